package org.hscheck.extract;

/** What kind of body an organisation is (gazetteer types of guidelines.md part d). */
public enum OrgType {
  /** A UN system entity (agency, fund, programme, secretariat office). */
  UN,
  /** A UN-related organisation (e.g. IOM before and after 2016). Counts as a UN body for multi-agency purposes. */
  UN_RELATED,
  /** National or local government, ministries, authorities, national AIDS councils. */
  GOVERNMENT,
  /** NGOs, civil society, community-based organisations, associations, foundations, universities. */
  CIVIL_SOCIETY,
  /** Bilateral donors and development agencies. */
  BILATERAL_DONOR,
  /** International financial institutions. */
  IFI,
  /** Multilateral funds and partnerships (Global Fund, EU). */
  FUND
}
