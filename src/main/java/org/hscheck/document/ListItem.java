package org.hscheck.document;

/**
 * An item of a bulleted or numbered list.
 *
 * @param label the label as printed ("a)", "2.", "•"), or empty when none could be read
 * @param level 0-based nesting level
 */
public record ListItem(String label, int level, String text, Location location) implements Block {}
