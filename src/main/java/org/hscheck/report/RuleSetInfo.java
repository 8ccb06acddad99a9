package org.hscheck.report;

/** The identity of the rule set that produced a report: its version and a content digest ("sha256:..."). */
public record RuleSetInfo(String version, String digest) {}
