package org.hscheck.document;

/** A paragraph of body text. */
public record Paragraph(String text, Location location) implements Block {}
