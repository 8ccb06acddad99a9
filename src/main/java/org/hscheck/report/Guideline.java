package org.hscheck.report;

/** A reference into the Trust Fund's guidance: the source and its section. */
public record Guideline(String source, String section) {}
