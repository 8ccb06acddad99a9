package org.hscheck.report;

/** A criterion's verdict. */
public enum Verdict { MET, NOT_MET, NOT_APPLICABLE }
