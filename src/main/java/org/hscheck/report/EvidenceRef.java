package org.hscheck.report;

/**
 * A quote in a report, with where it is in the document.
 *
 * @param page      page number, or null where the format records none
 * @param section   heading path as the document numbers and names it ("4 Partnerships > 4.2 Implementing partners")
 * @param paragraph block index in document order
 */
public record EvidenceRef(String quote, Integer page, String section, int paragraph) {}
