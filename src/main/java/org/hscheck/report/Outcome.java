package org.hscheck.report;

/** Whether a document was assessed. */
public enum Outcome { ASSESSED, NO_TEXT, REJECTED }
