package org.hscheck.rules.facts;

import java.util.List;
import org.hscheck.extract.OrgType;
import org.hscheck.extract.Participant;
import org.hscheck.extract.Role;
import org.hscheck.report.EvidenceRef;

/** An organisation named in the proposal, with its type and role (adapter of {@link Participant}). */
public final class OrgFact implements Evidenced {
  private final Participant p;
  private final List<EvidenceRef> evidence;
  private final List<EvidenceRef> responsibilities;

  public OrgFact(Participant p) {
    this.p = p;
    this.evidence = Refs.of(p.evidence());
    this.responsibilities = Refs.of(p.responsibilities());
  }

  public String getKey() { return p.key(); }
  public String getName() { return p.name(); }
  public OrgType getType() { return p.type(); }
  public Role getRole() { return p.role(); }
  /** UN system or UN-related body. */
  public boolean isUn() { return p.isUn(); }
  /** UN body taking part as lead or participating organisation. */
  public boolean isUnParticipant() { return p.isUn() && (p.role() == Role.LEAD || p.role() == Role.PARTICIPATING); }
  /** Any role but CITED. */
  public boolean isParticipating() { return p.participates(); }
  /** Has activities, outputs, components or budget of its own. */
  public boolean isResponsible() { return p.hasResponsibilities(); }
  public List<EvidenceRef> getResponsibilities() { return responsibilities; }
  @Override public List<EvidenceRef> getEvidence() { return evidence; }

  /** The name as printed, with "(lead)" for the lead agency. */
  public String getLabel() { return p.name() + (p.role() == Role.LEAD ? " (lead)" : ""); }

  @Override public String toString() { return "OrgFact[" + p.key() + " " + p.type() + " " + p.role() + "]"; }
}
