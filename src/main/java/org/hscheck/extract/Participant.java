package org.hscheck.extract;

import java.util.List;

/**
 * An organisation named in a proposal and its role in the project.
 *
 * @param key             gazetteer key ("UNDP", "UNWOMEN") or a key derived from the name for bodies found by pattern
 * @param name            the name as the document gives it (first participating mention)
 * @param type            what kind of body it is
 * @param role            its role in this project
 * @param responsibilities evidence of activities, outputs, components or budget lines of its own (empty when none)
 * @param evidence        the mentions that decided the role
 */
public record Participant(String key, String name, OrgType type, Role role,
                          List<Evidence> responsibilities, List<Evidence> evidence) {
  public Participant {
    responsibilities = List.copyOf(responsibilities);
    evidence = List.copyOf(evidence);
  }

  /** True for UN system and UN-related bodies. */
  public boolean isUn() {
    return type == OrgType.UN || type == OrgType.UN_RELATED;
  }

  /** True when the body takes part in the project (any role but CITED). */
  public boolean participates() {
    return role != Role.CITED;
  }

  /** True when the document gives the body activities, outputs, components or budget of its own. */
  public boolean hasResponsibilities() {
    return !responsibilities.isEmpty();
  }
}
