package org.hscheck.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sample proposal in the small markup of {@code src/test/resources/samples-src/}: directives ({@code %key: value}),
 * expected verdicts ({@code @CRITERION VERDICT reason}) and the body ({@code #} headings, {@code -} bullets,
 * {@code 1.} numbered items, {@code |} table rows, {@code [^n]: } footnotes, {@code %%pagebreak}).
 */
record SampleSource(Map<String, String> directives, Map<String, Expectation> expected, List<Block> blocks,
                    Map<String, String> footnotes) {

  /** What a careful reviewer concludes for one criterion. */
  record Expectation(String verdict, String reason) {}

  /** A unit of the body. */
  sealed interface Block permits Heading, Para, Item, TableBlock, PageBreak {}

  record Heading(int level, String text) implements Block {}

  record Para(String text) implements Block {}

  /** A list item; {@code numbered} for "1." items, {@code depth} 0 or 1. */
  record Item(String text, boolean numbered, int depth) implements Block {}

  record TableBlock(List<List<String>> rows) implements Block {}

  record PageBreak() implements Block {}

  String directive(String key, String fallback) {
    return directives.getOrDefault(key, fallback);
  }

  static SampleSource parse(String text) {
    Map<String, String> directives = new LinkedHashMap<>();
    Map<String, Expectation> expected = new LinkedHashMap<>();
    Map<String, String> footnotes = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    List<List<String>> table = new ArrayList<>();
    int lineNo = 0;
    for (String raw : text.split("\n", -1)) {
      lineNo++;
      String line = raw.stripTrailing();
      if (!line.startsWith("|") && !table.isEmpty()) {
        blocks.add(new TableBlock(List.copyOf(table)));
        table.clear();
      }
      boolean continuation = !line.isBlank() && para.length() > 0 && !isBlockStart(line);
      if (continuation) {
        para.append(' ').append(line.strip());
        continue;
      }
      if (para.length() > 0) {
        blocks.add(new Para(para.toString()));
        para.setLength(0);
      }
      if (line.isBlank()) continue;
      if (line.equals("%%pagebreak")) {
        blocks.add(new PageBreak());
      } else if (line.startsWith("%")) {
        int colon = line.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("line " + lineNo + ": directive without ':' : " + line);
        directives.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
      } else if (line.startsWith("@")) {
        String[] parts = line.substring(1).split("\\s+", 3);
        if (parts.length < 3) throw new IllegalArgumentException("line " + lineNo + ": expectation needs id, verdict, reason");
        expected.put(parts[0], new Expectation(parts[1], parts[2]));
      } else if (line.startsWith("#")) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') level++;
        blocks.add(new Heading(level, line.substring(level).strip()));
      } else if (line.startsWith("[^")) {
        int end = line.indexOf("]:");
        if (end < 0) throw new IllegalArgumentException("line " + lineNo + ": footnote without ']:' : " + line);
        footnotes.put(line.substring(2, end), line.substring(end + 2).strip());
      } else if (line.startsWith("|")) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        if (inner.matches("[\\s|:-]+")) continue;
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) cells.add(c.strip());
        table.add(cells);
      } else if (line.matches("\\s*[-*] .*")) {
        int depth = line.indexOf(line.strip()) >= 2 ? 1 : 0;
        blocks.add(new Item(line.strip().substring(2).strip(), false, depth));
      } else if (line.matches("\\s*\\d+\\. .*")) {
        int depth = line.indexOf(line.strip()) >= 2 ? 1 : 0;
        blocks.add(new Item(line.strip().replaceFirst("^\\d+\\.\\s+", ""), true, depth));
      } else {
        para.append(line.strip());
      }
    }
    if (para.length() > 0) blocks.add(new Para(para.toString()));
    if (!table.isEmpty()) blocks.add(new TableBlock(List.copyOf(table)));
    return new SampleSource(directives, expected, blocks, footnotes);
  }

  private static boolean isBlockStart(String line) {
    return line.startsWith("#") || line.startsWith("|") || line.startsWith("%") || line.startsWith("@")
        || line.startsWith("[^") || line.matches("\\s*[-*] .*") || line.matches("\\s*\\d+\\. .*");
  }

  /** Splits text into runs: plain, bold ({@code **x**}) and footnote references ({@code [^n]}). */
  static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\*\\*(.+?)\\*\\*|\\[\\^([^\\]]+)\\]").matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) out.add(new Span(text.substring(last, m.start()), false, null));
      if (m.group(1) != null) out.add(new Span(m.group(1), true, null));
      else out.add(new Span("", false, m.group(2)));
      last = m.end();
    }
    if (last < text.length()) out.add(new Span(text.substring(last), false, null));
    return out;
  }

  /** A run of text; {@code footnote} is the id of a footnote reference (then text is empty). */
  record Span(String text, boolean bold, String footnote) {}

  /** The text without markup, footnote references removed. */
  static String plain(String text) {
    return text.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("\\[\\^[^\\]]+\\]", "");
  }
}
