package org.hscheck.screening;

/**
 * What a request to re-screen a call did.
 *
 * @param ruleSetVersion the version of the active rule set the call is now screened with
 * @param newRuleSet     false when the call was already screened with that rule set (only missing jobs were queued)
 * @param queued         jobs queued by this request
 */
public record RescreenResult(CallSummary call, String ruleSetVersion, boolean newRuleSet, int queued) {}
