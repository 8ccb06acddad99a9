package org.hscheck.report;

/** The checked document as a report names it. */
public record DocumentInfo(String name, String sha256, String format, Integer pages) {}
