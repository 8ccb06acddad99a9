package org.hscheck.rules;

import org.hscheck.extract.ProposalFacts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test helper: the project's rule set as the jar loads it (precompiled at build time, from the same files as rules/),
 * and facts written in the fixture format.
 */
final class TestRules {
  private TestRules() {}

  static RuleSet rules() {
    return RuleSet.loadDefault();
  }

  /** Facts from one fixture case written in JSON (single quotes allowed for readability). */
  static ProposalFacts facts(String json) {
    return FixtureFacts.parse(JsonMapper.builder().build().readTree(json.replace('\'', '"')), "test");
  }

  /** A proposal that meets every criterion, HIV/AIDS included. */
  static final String COMPLETE = """
      {'orgs': ['UNDP UN LEAD +', 'UNICEF UN PARTICIPATING +', 'MOH GOVERNMENT GOVERNMENT +',
                'ActionAid CIVIL_SOCIETY CIVIL_SOCIETY +', 'UNHCR UN CITED'],
       'signals': ['COORDINATION_MECHANISM AFFIRMED', 'COORDINATION_INCLUDES_CIVIL_SOCIETY AFFIRMED',
                   'PARTNERS_IN_DESIGN AFFIRMED', 'PROTECTION_ACTIVITY AFFIRMED', 'EMPOWERMENT_ACTIVITY AFFIRMED',
                   'PROTECTION_EMPOWERMENT_LINK AFFIRMED', 'NATIONAL_AIDS_FRAMEWORK AFFIRMED',
                   'NATIONAL_AIDS_AUTHORITY AFFIRMED', 'NATIONAL_ME_SYSTEM AFFIRMED', 'PROGRAMME_COORDINATOR AFFIRMED',
                   'PEOPLE_CENTRED AFFIRMED', 'COMPREHENSIVE AFFIRMED', 'CONTEXT_SPECIFIC AFFIRMED',
                   'PREVENTION_ORIENTED AFFIRMED', 'GENDER AFFIRMED', 'COMMUNICATION AFFIRMED', 'ME_INDICATORS AFFIRMED',
                   'ME_TARGETS AFFIRMED', 'ME_REPORTING AFFIRMED', 'SUSTAINABILITY AFFIRMED'],
       'needs': ['AFFIRMED community authorities'],
       'hiv': 'SUBSTANTIAL',
       'tables': [{'caption': 'Table 2 Budget per organisation', 'total': '1000.00', 'lines': ['600.00', '400.00'], 'byOrganisation': true}],
       'budget': {'total': '1000', 'communication': '25', 'currency': 'USD'}}
      """;
}
