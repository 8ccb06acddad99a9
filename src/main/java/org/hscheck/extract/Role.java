package org.hscheck.extract;

/** What part an organisation plays in the proposed project. */
public enum Role {
  /** The lead (UN) agency. */
  LEAD,
  /** A participating or implementing UN body other than the lead. */
  PARTICIPATING,
  /** A government partner (national or local). */
  GOVERNMENT,
  /** A civil-society partner (NGO, CBO, association). */
  CIVIL_SOCIETY,
  /** A funder of the project (co-funding, the Trust Fund aside). */
  DONOR,
  /** Only mentioned: a statistic, a report, a definition, a past project, background. */
  CITED
}
