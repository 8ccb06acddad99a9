package org.hscheck.extract;

/** The kinds of evidence the extractors look for, one or more per criterion. */
public enum SignalKind {
  /** A needs assessment, consultation or baseline with the affected people (see {@link NeedsAssessment} for details). */
  NEEDS_ASSESSMENT,
  /** Implementing partners took part in designing the project or writing the proposal. */
  PARTNERS_IN_DESIGN,
  /** A top-down protection activity: laws, policies, institutions, services, early warning, training of officials. */
  PROTECTION_ACTIVITY,
  /** A bottom-up empowerment activity: community organisation, skills, livelihoods, awareness, participation. */
  EMPOWERMENT_ACTIVITY,
  /** A statement that protection and empowerment reinforce each other, or an activity serving both. */
  PROTECTION_EMPOWERMENT_LINK,
  /** HIV/AIDS framed as a national framework or strategic plan the project aligns with. */
  NATIONAL_AIDS_FRAMEWORK,
  /** Work with or through the national AIDS coordinating authority. */
  NATIONAL_AIDS_AUTHORITY,
  /** Reporting into the national HIV/AIDS monitoring and evaluation system. */
  NATIONAL_ME_SYSTEM,
  /** A monitoring system of the project's own, separate from the national one. */
  PARALLEL_ME_SYSTEM,
  /** A coordination mechanism: steering committee, working group, joint meetings, information network. */
  COORDINATION_MECHANISM,
  /** The coordination mechanism includes NGOs or civil society. */
  COORDINATION_INCLUDES_CIVIL_SOCIETY,
  /** Designation of the lead agency. */
  LEAD_AGENCY_DESIGNATION,
  /** A programme coordinator or focal point. */
  PROGRAMME_COORDINATOR,
  /** M&E: indicators. */
  ME_INDICATORS,
  /** M&E: baselines. */
  ME_BASELINES,
  /** M&E: targets. */
  ME_TARGETS,
  /** M&E: who reports, how often. */
  ME_REPORTING,
  /** Exit strategy, handover, national ownership, sustainability after funding. */
  SUSTAINABILITY,
  /** People-centred principle. */
  PEOPLE_CENTRED,
  /** Comprehensive principle (several sectors or insecurities). */
  COMPREHENSIVE,
  /** Context-specific principle. */
  CONTEXT_SPECIFIC,
  /** Prevention-oriented principle (root causes, early warning, resilience). */
  PREVENTION_ORIENTED,
  /** Age- and gender-sensitive dimension: gender analysis, sex-disaggregated data, activities for women and girls with a reason. */
  GENDER,
  /** A communication and outreach component. */
  COMMUNICATION
}
