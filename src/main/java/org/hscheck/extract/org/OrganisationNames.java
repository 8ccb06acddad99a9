package org.hscheck.extract.org;

import org.hscheck.extract.org.Gazetteer.Policy;

/** Tells whether a short text (a table label) names an organisation, for the other extractors. */
public final class OrganisationNames {
  private OrganisationNames() {}

  /**
   * True when {@code text} names a specific organisation (gazetteer body or a name such as "Ministry of ..."), not
   * only a category ("NGOs") or generic words ("the UN"); {@code language} is "en", "fr" or "es".
   */
  public static boolean namesOrganisation(String text, String language) {
    String lang = language == null ? "und" : language;
    return new OrgFinder(lang).find(text).stream()
        .anyMatch(m -> m.policy() != Policy.GENERIC && !OrgFinder.CATEGORY_KEYS.contains(m.key()));
  }
}
