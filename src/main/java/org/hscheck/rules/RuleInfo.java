package org.hscheck.rules;

/**
 * One rule of the catalogue, from its metadata.
 *
 * @param verdict the verdict a finding of this rule argues for ("NOT_MET", "MET", "NOT_APPLICABLE"), or "" for warnings
 * @param file    the rule file, relative to the rule directory
 */
public record RuleInfo(String id, String criterion, String severity, String verdict, String source, String section,
                       String hint, String file, String name) {}
