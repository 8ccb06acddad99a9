package org.hscheck.report;

/** How serious a finding is. */
public enum Severity { ERROR, WARNING, INFO }
