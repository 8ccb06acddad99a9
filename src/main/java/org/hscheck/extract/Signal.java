package org.hscheck.extract;

/**
 * One piece of evidence of a kind the rules look for, with its status (done, planned, negated).
 *
 * @param detail a short extractor-specific note (e.g. the matched activity class), may be empty
 */
public record Signal(SignalKind kind, Status status, String detail, Evidence evidence) {}
