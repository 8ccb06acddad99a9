package org.hscheck.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the glyphs of a PDF's pages into the model: lines and text chunks, page furniture (text repeated at
 * the top or bottom of pages, page numbers), columns in reading order, then headings (bookmarks, font size,
 * weight, numbering), list items, aligned tables, footnotes and paragraphs.
 */
final class PdfLayout {
  /**
   * A run of text on one line, with no wide gap inside; {@code gaps} holds, for each gap wider than a loose space
   * (see {@link #INNER_GAP}), the index in {@code text} of the space standing for it and where the gap begins and
   * ends on the page, three floats each: where a table's column starts there, two cells met.
   */
  record Chunk(int page, float x0, float x1, float y, float size, boolean bold, String text, float[] gaps) {
    float width() {
      return x1 - x0;
    }
  }

  /** A gap inside a chunk, in font sizes, that may separate two table cells set close together. */
  private static final float INNER_GAP = 0.45f;
  private static final float[] NO_GAPS = {};

  /** A page: its number, size in points, and its text chunks. */
  record Page(int number, float width, float height, List<Chunk> chunks) {}

  /** Chunks side by side on one line of one column, left to right; {@code text} is theirs joined by spaces. */
  record Row(int page, int column, float y, float size, boolean bold, List<Chunk> cells, float columnLeft,
             float columnRight, float pageHeight, String text) {
    float x0() {
      return cells.get(0).x0();
    }

    float x1() {
      return cells.get(cells.size() - 1).x1();
    }
  }

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?iu)^(?:(?:page|p\\.|página|pag\\.)\\s*)?[-–—]?\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*[-–—]?"
          + "(?:\\s*(?:of|/|de|sur)\\s*\\d{1,4})?$");
  private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,3}|[*†‡])\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern NOTE_MARK = Pattern.compile("[0-9*†‡]+");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)*");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?:]$");
  private static final Pattern ENDS_CLAUSE = Pattern.compile("(?s).*[.!?:;]$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Comparator<PdfReader.Glyph> GLYPH_BY_X = (a, b) -> Float.compare(a.x(), b.x());
  private static final Comparator<Chunk> CHUNK_BY_X = (a, b) -> Float.compare(a.x0(), b.x0());
  private static final Comparator<Chunk> CHUNK_BY_Y_X = (a, b) -> {
    int c = Float.compare(a.y(), b.y());
    return c != 0 ? c : Float.compare(a.x0(), b.x0());
  };
  private static final float BAND = 0.09f;

  private final ModelBuilder out;
  private final List<Page> pages;
  private final Map<String, Integer> bookmarkLevels = new HashMap<>();
  private float bodySize = 10;
  private float lineGap = 12;
  private final List<Float> headingSizes = new ArrayList<>();

  PdfLayout(ModelBuilder out, List<Page> pages, List<PdfReader.Bookmark> bookmarks) {
    this.out = out;
    this.pages = pages;
    for (PdfReader.Bookmark b : bookmarks) bookmarkLevels.putIfAbsent(norm(b.title()), b.level());
  }

  void build() {
    List<List<Chunk>> chunks = new ArrayList<>(pages.size());
    for (Page p : pages) chunks.add(p.chunks());
    bodySize = dominantSize(chunks);
    removeFurniture(chunks);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) rows.addAll(order(chunks.get(i), pages.get(i)));
    lineGap = typicalLineGap(rows);
    rankHeadingSizes(rows);
    emit(rows);
    flushTable();
  }

  // ---------------------------------------------------------------- glyphs to chunks

  /** A page from its glyphs, which are sorted in place: taken as soon as the page is read, while they are at hand. */
  static Page page(int number, float width, float height, List<PdfReader.Glyph> glyphs) {
    return new Page(number, width, height, chunks(number, glyphs));
  }

  private static List<Chunk> chunks(int page, List<PdfReader.Glyph> gs) {
    sortByY(gs);
    List<List<PdfReader.Glyph>> lines = new ArrayList<>();
    List<PdfReader.Glyph> line = null;
    float base = 0;
    float size = 0;
    for (PdfReader.Glyph g : gs) {
      float s = Math.max(1, g.size());
      if (line == null || Math.abs(g.y() - base) > 0.5f * Math.max(size, s)) {
        line = new ArrayList<>();
        lines.add(line);
        base = g.y();
        size = s;
      }
      line.add(g);
      if (!g.blank() && s > size) size = s;
    }
    List<Chunk> out = new ArrayList<>();
    for (List<PdfReader.Glyph> l : lines) {
      l.sort(GLYPH_BY_X);
      splitLine(page, l, out);
    }
    return out;
  }

  /**
   * Sorts glyphs by y as a stable sort by {@link Float#compare} would, through primitive keys: the sortable bits
   * of y above the glyph's index.
   */
  private static void sortByY(List<PdfReader.Glyph> gs) {
    int n = gs.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      int bits = Float.floatToIntBits(gs.get(i).y());
      keys[i] = (long) (bits ^ (bits >> 31 & 0x7FFFFFFF)) << 32 | i;
    }
    Arrays.sort(keys);
    PdfReader.Glyph[] copy = gs.toArray(new PdfReader.Glyph[0]);
    for (int i = 0; i < n; i++) gs.set(i, copy[(int) keys[i]]);
  }

  /** The gap, in font sizes, that separates a word from an amount after it: twice a loose justified space. */
  private static final float AMOUNT_GAP = 0.7f;

  /** True when {@code g} opens a number and {@code prev} ends a word, not a digit group ("1 000 000"). */
  private static boolean amountStarts(PdfReader.Glyph prev, PdfReader.Glyph g) {
    String t = g.text();
    String p = prev.text();
    if (t.isEmpty() || p.isEmpty()) return false;
    char c = t.charAt(0);
    char b = p.charAt(p.length() - 1);
    boolean opens = Character.isDigit(c) || c == '$' || c == '€' || c == '£';
    return opens && !Character.isDigit(b) && b != ',' && b != '.' && b != '$' && b != '€' && b != '£';
  }

  private static void splitLine(int page, List<PdfReader.Glyph> line, List<Chunk> out) {
    StringBuilder sb = new StringBuilder();
    float[] gaps = NO_GAPS;
    int gapCount = 0;
    float x0 = 0;
    float x1 = 0;
    float y = 0;
    float size = 0;
    int bold = 0;
    int count = 0;
    boolean space = false;
    PdfReader.Glyph prev = null;
    for (PdfReader.Glyph g : line) {
      if (g.blank()) {
        space = true;
        continue;
      }
      if (prev != null && noteReference(g, prev)) continue;
      float s = Math.max(1, g.size());
      if (prev != null && Math.abs(g.x() - prev.x()) < 0.01f * s && g.text().equals(prev.text())) continue;
      if (prev != null) {
        float gap = g.x() - x1;
        // a wide gap, or a narrower one before an amount: a table cell filled almost to the next ("women's  640,000");
        // wide for the smaller of the two sizes, so that a body line is not joined to a larger heading set beside it
        // in the other column
        if (gap > 1.5f * Math.min(s, size) || gap > AMOUNT_GAP * Math.max(s, size) && amountStarts(prev, g)) {
          out.add(new Chunk(page, x0, x1, y, size, bold * 2 > count, sb.toString().strip(),
              Arrays.copyOf(gaps, gapCount)));
          sb.setLength(0);
          gapCount = 0;
          bold = 0;
          count = 0;
          size = 0;
          prev = null;
        } else if (space || gap > 0.2f * s) {
          if (gap > INNER_GAP * Math.max(s, size)) {
            if (gapCount + 3 > gaps.length) gaps = Arrays.copyOf(gaps, Math.max(6, 2 * gaps.length));
            gaps[gapCount++] = sb.length();
            gaps[gapCount++] = x1;
            gaps[gapCount++] = g.x();
          }
          sb.append(' ');
        }
      }
      if (prev == null) {
        x0 = g.x();
        y = g.y();
      }
      space = false;
      sb.append(g.text());
      x1 = Math.max(x1, g.x() + g.w());
      if (prev == null) x1 = g.x() + g.w();
      if (s > size) {
        size = s;
        y = g.y();
      }
      if (g.bold()) bold++;
      count++;
      prev = g;
    }
    if (count > 0 && !sb.toString().isBlank()) {
      out.add(new Chunk(page, x0, x1, y, size, bold * 2 > count, sb.toString().strip(), Arrays.copyOf(gaps, gapCount)));
    }
  }

  /**
   * A small digit or mark raised right after the text it follows: a footnote reference, kept out of that word.
   * Measured against the glyph it follows, not the largest on the line: a two-column line may also hold a
   * heading of the other column, beside which an amount in a table would look small and low.
   */
  private static boolean noteReference(PdfReader.Glyph g, PdfReader.Glyph before) {
    return g.size() <= 0.8f * before.size() && before.y() - g.y() > 0.15f * before.size()
        && g.x() - before.x() < 2.5f * before.size() && NOTE_MARK.matcher(g.text()).matches();
  }

  private static float dominantSize(List<List<Chunk>> pages) {
    Map<Float, Integer> weight = new HashMap<>();
    for (List<Chunk> p : pages) {
      for (Chunk c : p) weight.merge(Math.round(c.size() * 2) / 2f, c.text().length(), Integer::sum);
    }
    return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
  }

  // ---------------------------------------------------------------- furniture

  /** Drops text repeated in the top or bottom band of most pages, and page numbers there, into the furniture. */
  private void removeFurniture(List<List<Chunk>> chunks) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    int pagesWithText = 0;
    for (int i = 0; i < chunks.size(); i++) {
      if (!chunks.get(i).isEmpty()) pagesWithText++;
      float h = pages.get(i).height();
      for (Chunk c : chunks.get(i)) {
        String band = band(c, h);
        if (band != null) seen.computeIfAbsent(band + key(c.text()), k -> new HashSet<>()).add(i);
      }
    }
    int needed = Math.max(2, (pagesWithText + 1) / 2);
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, String> footers = new LinkedHashMap<>();
    for (int i = 0; i < chunks.size(); i++) {
      float h = pages.get(i).height();
      boolean hasBody = chunks.get(i).stream().anyMatch(c -> band(c, h) == null);
      List<Chunk> keep = new ArrayList<>();
      for (Chunk c : chunks.get(i)) {
        String band = hasBody ? band(c, h) : null;
        boolean furniture = band != null && (seen.get(band + key(c.text())).size() >= needed
            || PAGE_NUMBER.matcher(c.text()).matches());
        if (!furniture) {
          keep.add(c);
        } else {
          (band.equals("top:") ? headers : footers).putIfAbsent(key(c.text()), c.text());
        }
      }
      chunks.set(i, keep);
    }
    headers.values().forEach(out::header);
    footers.values().forEach(out::footer);
  }

  private static String band(Chunk c, float pageHeight) {
    if (c.y() < pageHeight * BAND + c.size()) return "top:";
    if (c.y() > pageHeight * (1 - BAND)) return "bottom:";
    return null;
  }

  private static String key(String text) {
    return WHITESPACE.matcher(DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ").strip();
  }

  // ---------------------------------------------------------------- reading order

  /** The page's chunks in reading order grouped into rows; two-column pages read left column first. */
  private List<Row> order(List<Chunk> chunks, Page page) {
    if (chunks.isEmpty()) return List.of();
    Float gutter = gutter(chunks, page.width());
    List<Row> rows = new ArrayList<>();
    List<Chunk> byY = new ArrayList<>(chunks);
    byY.sort(CHUNK_BY_Y_X);
    if (gutter == null) {
      addRows(byY, 0, rows, page);
      return rows;
    }
    float g = gutter;
    List<Chunk> band = new ArrayList<>();
    for (Chunk c : byY) {
      if (c.x0() < g && c.x1() > g) {
        flushBand(band, g, rows, page);
        addRows(List.of(c), 0, rows, page);
      } else {
        band.add(c);
      }
    }
    flushBand(band, g, rows, page);
    return rows;
  }

  private void flushBand(List<Chunk> band, float g, List<Row> rows, Page page) {
    if (tableAcross(band, g)) {
      // a table across the whole width whose column gaps line up into what looks like a gutter: read it as one column
      addRows(new ArrayList<>(band), 0, rows, page);
      band.clear();
      return;
    }
    List<Chunk> left = new ArrayList<>();
    List<Chunk> right = new ArrayList<>();
    for (Chunk c : band) {
      if (c.x1() <= g) left.add(c);
      if (c.x0() >= g) right.add(c);
    }
    addRows(left, 1, rows, page);
    addRows(right, 2, rows, page);
    band.clear();
  }

  /**
   * True when the band, read line by line, is a table across the gutter rather than two columns of text: of the lines
   * with text on both sides, at least half hold three chunks or more (cells) and at least two hold two chunks or more
   * on each side, and fewer than three lines are running text filling their side. A line of two columns of text holds
   * one chunk a side, a table set in one column beside text gives several chunks on one side only, and two tables side
   * by side, one in each column, come with text lines around them. {@code band} is in reading order (by y, then x).
   */
  private static boolean tableAcross(List<Chunk> band, float g) {
    // each side's extent: from its leftmost to its rightmost text
    float leftFrom = Float.MAX_VALUE;
    float leftTo = -Float.MAX_VALUE;
    float rightFrom = Float.MAX_VALUE;
    float rightTo = -Float.MAX_VALUE;
    for (Chunk c : band) {
      if (c.x1() <= g) {
        leftFrom = Math.min(leftFrom, c.x0());
        leftTo = Math.max(leftTo, c.x1());
      } else if (c.x0() >= g) {
        rightFrom = Math.min(rightFrom, c.x0());
        rightTo = Math.max(rightTo, c.x1());
      }
    }
    int textLines = 0;
    int both = 0;
    int cells = 0;
    int bothMulti = 0;
    int i = 0;
    while (i < band.size()) {
      Chunk first = band.get(i);
      int left = 0;
      int right = 0;
      int j = i;
      for (; j < band.size(); j++) {
        Chunk c = band.get(j);
        if (!sameLine(c, first)) break;
        if (c.x1() <= g) left++;
        else if (c.x0() >= g) right++;
      }
      if (left > 0 && right > 0) {
        both++;
        if (left + right >= 3) cells++;
        if (left >= 2 && right >= 2) bothMulti++;
      }
      // a line of running text: alone on its side and filling it, as in a column of text beside a table
      if (left == 1 && textLine(band, i, j, c -> c.x1() <= g, (leftTo - leftFrom) * 0.9f)) textLines++;
      if (right == 1 && textLine(band, i, j, c -> c.x0() >= g, (rightTo - rightFrom) * 0.9f)) textLines++;
      i = j;
    }
    return bothMulti >= 2 && 2 * cells >= both && textLines < 3;
  }

  /** True when the one chunk of {@code [from, to)} on the side {@code side} picks is at least {@code width} wide. */
  private static boolean textLine(List<Chunk> band, int from, int to, java.util.function.Predicate<Chunk> side, float width) {
    for (int k = from; k < to; k++) {
      Chunk c = band.get(k);
      if (side.test(c)) return c.x1() - c.x0() >= width;
    }
    return false;
  }

  /** True when two chunks sit on one line: their baselines less than half the larger font size apart. */
  private static boolean sameLine(Chunk a, Chunk b) {
    return Math.abs(a.y() - b.y()) <= 0.5f * Math.max(a.size(), b.size());
  }

  private static void addRows(List<Chunk> chunks, int column, List<Row> rows, Page page) {
    if (chunks.isEmpty()) return;
    float left = chunks.get(0).x0();
    float right = chunks.get(0).x1();
    for (Chunk c : chunks) {
      left = Math.min(left, c.x0());
      right = Math.max(right, c.x1());
    }
    List<Chunk> row = new ArrayList<>();
    for (Chunk c : chunks) {
      if (!row.isEmpty() && !sameLine(c, row.get(0))) {
        rows.add(row(row, column, left, right, page));
        row = new ArrayList<>();
      }
      row.add(c);
    }
    rows.add(row(row, column, left, right, page));
  }

  private static Row row(List<Chunk> cells, int column, float left, float right, Page page) {
    List<Chunk> sorted = new ArrayList<>(cells);
    sorted.sort(CHUNK_BY_X);
    float size = sorted.get(0).size();
    boolean bold = true;
    StringBuilder text = new StringBuilder();
    for (Chunk c : sorted) {
      size = Math.max(size, c.size());
      bold &= c.bold();
      if (!text.isEmpty()) text.append(' ');
      text.append(c.text());
    }
    return new Row(page.number(), column, sorted.get(0).y(), size, bold, sorted, left, right, page.height(),
        text.toString());
  }

  /**
   * A vertical gap in the middle of the page that no text crosses but that has text on both sides, in
   * chunks wide enough to be running text rather than table cells; null for single-column pages.
   */
  private static Float gutter(List<Chunk> chunks, float width) {
    // A chunk is left of x when x1 <= x, else right of it when x0 >= x, else across. For chunks with x0 < x1 the
    // sweep counts these from sorted edges; the others (empty, reversed, NaN) are tested at every x.
    int n = chunks.size();
    float[] starts = new float[n];
    float[] ends = new float[n];
    int m = 0;
    List<Chunk> odd = new ArrayList<>();
    for (Chunk c : chunks) {
      if (c.x0() < c.x1()) {
        starts[m] = c.x0();
        ends[m++] = c.x1();
      } else {
        odd.add(c);
      }
    }
    Arrays.sort(starts, 0, m);
    Arrays.sort(ends, 0, m);
    int endedBefore = 0;
    int startedBefore = 0;
    Float best = null;
    int bestCross = Integer.MAX_VALUE;
    for (float x = width * 0.3f; x <= width * 0.7f; x += 2) {
      while (endedBefore < m && ends[endedBefore] <= x) endedBefore++;
      while (startedBefore < m && starts[startedBefore] < x) startedBefore++;
      int left = endedBefore;
      int right = m - startedBefore;
      int cross = m - left - right;
      for (Chunk c : odd) {
        if (c.x1() <= x) left++;
        else if (c.x0() >= x) right++;
        else cross++;
      }
      if (left < 3 || right < 3) continue;
      if (cross < bestCross || cross == bestCross && Math.abs(x - width / 2) < Math.abs(best - width / 2)) {
        bestCross = cross;
        best = x;
      }
    }
    if (best == null) return null;
    float g = best;
    int left = 0;
    int right = 0;
    int wideLeft = 0;
    int wideRight = 0;
    for (Chunk c : chunks) {
      boolean wide = c.width() >= width * 0.2f;
      if (c.x1() <= g) {
        left++;
        if (wide) wideLeft++;
      }
      if (c.x0() >= g) {
        right++;
        if (wide) wideRight++;
      }
    }
    if (bestCross > 0.2 * (left + right)) return null;
    if (wideLeft < 3 || wideRight < 3) return null;
    return best;
  }

  /** The most common distance between consecutive lines of body text: the document's leading. */
  private float typicalLineGap(List<Row> rows) {
    Map<Float, Integer> counts = new HashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      Row a = rows.get(i - 1);
      Row b = rows.get(i);
      if (!sameBlockArea(a, b) || Math.abs(a.size() - bodySize) > 0.5f || Math.abs(b.size() - bodySize) > 0.5f) continue;
      float gap = b.y() - a.y();
      if (gap > 0.8f * bodySize && gap < 3f * bodySize) counts.merge(Math.round(gap * 2) / 2f, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(1.2f * bodySize);
  }

  /** Largest distance to the next line that still continues a block set in this size. */
  private float maxLineGap(float size) {
    return Math.max(1.05f * size, lineGap / bodySize * size * 1.3f);
  }

  // ---------------------------------------------------------------- blocks

  private boolean headingCandidate(Row r) {
    if (r.cells().size() != 1) return false;
    String t = r.text();
    if (t.length() > 200 || t.length() < 2 || !LETTER.matcher(t).find()) return false;
    if (bookmarked(t)) return true;
    if (r.size() >= bodySize * 1.15f) return true;
    if (!r.bold() || r.size() < bodySize * 0.95f || t.length() > 120) return false;
    if (r.x1() > r.columnLeft() + 0.85f * (r.columnRight() - r.columnLeft())) return false;
    return !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(";");
  }

  private void rankHeadingSizes(List<Row> rows) {
    TreeSet<Float> sizes = new TreeSet<>(Comparator.reverseOrder());
    for (Row r : rows) {
      if (headingCandidate(r) && !bookmarked(r.text())) sizes.add(Math.round(r.size() * 2) / 2f);
    }
    headingSizes.addAll(sizes);
  }

  private int levelBySize(Row r) {
    int i = headingSizes.indexOf(Math.round(r.size() * 2) / 2f);
    return i < 0 ? 1 : Math.min(9, i + 1);
  }

  private void emit(List<Row> rows) {
    int i = 0;
    while (i < rows.size()) {
      out.budget().checkTime();
      Row r = rows.get(i);
      if (headingCandidate(r)) {
        i = heading(rows, i);
      } else if (r.cells().size() >= 2 && tableFollows(rows, i)) {
        i = table(rows, i);
      } else if (footnote(r)) {
        i = note(rows, i);
      } else if (Structure.typedListLabel(r.text()) != null) {
        i = listItem(rows, i);
      } else {
        i = paragraph(rows, i);
      }
    }
  }

  /**
   * True when the row at {@code i} (of two cells or more) is followed in its column by another such row, the
   * wrapped lines of its cells in between ("Amount" over "(USD)"), or by a row whose cells, set close together, formed
   * one chunk that a cell of row {@code i} cuts ("Personnel (coordinator, field staff, 318 000" under "Category" and
   * "Amount").
   */
  private boolean tableFollows(List<Row> rows, int i) {
    int k = i + 1;
    while (k < rows.size() && sameBlockArea(rows.get(i), rows.get(k)) && cellContinuation(rows.get(k - 1), rows.get(k))) {
      k++;
    }
    return k < rows.size() && sameBlockArea(rows.get(i), rows.get(k))
        && (rows.get(k).cells().size() >= 2 || cellsMet(rows.get(k), rows, i, i + 1));
  }

  private int heading(List<Row> rows, int i) {
    Row first = rows.get(i);
    StringBuilder sb = new StringBuilder(first.text());
    int j = i + 1;
    while (j < rows.size() && j - i < 3) {
      Row n = rows.get(j);
      if (!sameBlockArea(first, n) || !headingCandidate(n) || n.bold() != first.bold()
          || Math.abs(n.size() - first.size()) > 0.5f || n.y() - rows.get(j - 1).y() > maxLineGap(first.size())
          || bookmarked(n.text()) || Structure.splitNumber(n.text()).number().length() > 0) {
        break;
      }
      sb.append(' ').append(n.text());
      j++;
    }
    String text = sb.toString();
    Structure.Split split = Structure.splitNumber(text);
    Integer marked = bookmarkLevels.isEmpty() ? null : bookmarkLevels.get(norm(text));
    int level;
    if (marked != null) level = marked;
    else if (DECIMAL.matcher(split.number()).matches()) level = split.number().split("\\.").length;
    else level = levelBySize(first);
    flushTable();
    out.heading(level, split.number(), split.text(), first.page());
    return j;
  }

  private int table(List<Row> rows, int i) {
    int j = i;
    while (j < rows.size() && sameBlockArea(rows.get(i), rows.get(j))
        && (j == i || rows.get(j).y() - rows.get(j - 1).y() < 3f * rows.get(j).size())
        && (rows.get(j).cells().size() >= 2 || j > i && (cellContinuation(rows.get(j - 1), rows.get(j))
            || cellsMet(rows.get(j), rows, i, j) || wrappedBetweenRows(rows, i, j)))) {
      j++;
    }
    // where rows are set apart by more than a line (cell padding), a line at plain line spacing under a row holds
    // the wrapped lines of its cells, however many ("UN" / "Women" beside "GBV referral pathway," / "leadership")
    // (at least a third of the lines of several cells stand apart from the line above them, as when every row and
    // the header wrap once; a table of single-line rows at line spacing keeps every row)
    boolean[] ofCells = new boolean[j - i];
    boolean[] tight = new boolean[j - i];
    int apart = 0;
    int close = 0;
    for (int k = i + 1; k < j; k++) {
      ofCells[k - i] = rows.get(k).cells().size() >= 2 || cellsMet(rows.get(k), rows, i, j);
      tight[k - i] = tight(rows.get(k - 1), rows.get(k));
      if (!ofCells[k - i]) continue;
      if (tight[k - i]) close++;
      else apart++;
    }
    boolean padded = apart > 0 && 2 * apart >= close;
    boolean[] wrapped = new boolean[j - i];
    for (int k = i + 1; k < j; k++) wrapped[k - i] = !ofCells[k - i] || padded && tight[k - i];
    float[] columns = new float[8];
    int n = 0;
    for (int k = i; k < j; k++) {
      if (rows.get(k).cells().size() < 2) continue;
      for (Chunk c : rows.get(k).cells()) {
        if (column(columns, n, c) < 0) {
          if (n == columns.length) columns = Arrays.copyOf(columns, 2 * n);
          columns[n++] = c.x0();
        }
      }
    }
    Arrays.sort(columns, 0, n);
    List<List<ModelBuilder.CellDraft>> cells = new ArrayList<>();
    String[] texts = null;
    for (int k = i; k < j; k++) {
      boolean continuation = wrapped[k - i];
      if (!continuation) {
        if (texts != null) cells.add(draftRow(texts));
        texts = new String[n];
        Arrays.fill(texts, "");
      }
      for (Chunk whole : rows.get(k).cells()) {
        for (Chunk c : atColumns(whole, columns, n)) {
          int col = nearest(columns, n, c.x0());
          texts[col] = texts[col].isEmpty() ? c.text() : texts[col] + " " + c.text();
        }
      }
    }
    cells.add(draftRow(texts));
    int header = rows.get(i).bold() && j - i > 1 && !rows.get(i + 1).bold() || Structure.looksLikeHeader(cells) ? 1 : 0;
    hold(new ModelBuilder.TableDraft(cells, header), rows.get(i).page());
    return j;
  }

  /**
   * {@code c} cut at its inner gaps that end where one of the table's columns starts: two cells set so close that
   * their texts formed one chunk ("Agency Direct costs" over the columns "Agency" and "Direct costs").
   */
  private static List<Chunk> atColumns(Chunk c, float[] columns, int n) {
    if (c.gaps().length == 0) return List.of(c);
    List<Chunk> out = new ArrayList<>(2);
    float[] g = c.gaps();
    int from = 0;
    float x0 = c.x0();
    for (int k = 0; k + 2 < g.length; k += 3) {
      float end = g[k + 2];
      boolean columnStarts = false;
      for (int m = 0; m < n && !columnStarts; m++) columnStarts = Math.abs(columns[m] - end) < 0.5f * c.size();
      if (!columnStarts) continue;
      int at = (int) g[k];
      if (at <= from || at >= c.text().length()) continue;
      out.add(new Chunk(c.page(), x0, g[k + 1], c.y(), c.size(), c.bold(), c.text().substring(from, at).strip(), NO_GAPS));
      from = at + 1;
      x0 = end;
    }
    if (out.isEmpty()) return List.of(c);
    out.add(new Chunk(c.page(), x0, c.x1(), c.y(), c.size(), c.bold(), c.text().substring(from).strip(), NO_GAPS));
    return out;
  }

  /** The table last laid out, held back until the next block shows whether it continues there. */
  private ModelBuilder.TableDraft heldTable;
  private Integer heldPage;

  /**
   * Holds {@code draft}, or appends its rows to the held table when it continues it: a table broken by a column or
   * page end goes on under a repeat of its header rows, which are dropped.
   */
  private void hold(ModelBuilder.TableDraft draft, Integer page) {
    if (heldTable != null && continues(heldTable, draft)) {
      List<List<ModelBuilder.CellDraft>> rows = new ArrayList<>(heldTable.rows());
      rows.addAll(draft.rows().subList(draft.headerRows(), draft.rows().size()));
      heldTable = new ModelBuilder.TableDraft(rows, heldTable.headerRows());
      return;
    }
    flushTable();
    heldTable = draft;
    heldPage = page;
  }

  private static boolean continues(ModelBuilder.TableDraft held, ModelBuilder.TableDraft next) {
    int h = held.headerRows();
    if (h == 0 || next.headerRows() != h || next.rows().size() <= h) return false;
    for (int r = 0; r < h; r++) {
      List<ModelBuilder.CellDraft> a = held.rows().get(r);
      List<ModelBuilder.CellDraft> b = next.rows().get(r);
      if (a.size() != b.size()) return false;
      for (int c = 0; c < a.size(); c++) if (!norm(a.get(c).text()).equals(norm(b.get(c).text()))) return false;
    }
    return true;
  }

  /** Emits the held table, if any; called before any other block and at the end. */
  private void flushTable() {
    if (heldTable == null) return;
    out.table(heldTable, heldPage);
    heldTable = null;
    heldPage = null;
  }

  /**
   * True when the one chunk of {@code r} holds cells set close together: an inner gap of it ends where a cell of the
   * rows {@code [from, to)} above starts ("Women leadership" under "UN" and "Referral pathway").
   */
  private static boolean cellsMet(Row r, List<Row> rows, int from, int to) {
    if (r.cells().size() != 1) return false;
    float[] g = r.cells().get(0).gaps();
    for (int k = 2; k < g.length; k += 3) {
      for (int m = from; m < to; m++) {
        if (rows.get(m).cells().size() < 2) continue;
        for (Chunk c : rows.get(m).cells()) if (Math.abs(c.x0() - g[k]) < 0.5f * r.size()) return true;
      }
    }
    return false;
  }

  /**
   * True when the single chunk of row {@code j} is the wrapped line of a cell of the table row above it: at plain line
   * spacing under it, starting where one of its cells starts, with another row of cells of the table {@code i..}
   * below. It is told so even where it starts at the column's left edge, as on a page that holds only the table.
   */
  private boolean wrappedBetweenRows(List<Row> rows, int i, int j) {
    Row r = rows.get(j);
    Row above = rows.get(j - 1);
    if (r.cells().size() != 1 || j + 1 >= rows.size() || !tight(above, r)) return false;
    Row below = rows.get(j + 1);
    if (below.cells().size() < 2 || !sameBlockArea(rows.get(i), below) || below.y() - r.y() >= 3f * below.size()) return false;
    for (int k = j - 1; k >= i; k--) {
      if (rows.get(k).cells().size() < 2) continue;
      for (Chunk c : rows.get(k).cells()) if (Math.abs(c.x0() - r.x0()) < 0.5f * r.size()) return true;
      return false;
    }
    return false;
  }

  /** Lines at plain line spacing: at most 1.4 font sizes apart, as wrapped lines of one paragraph or cell. */
  private static boolean tight(Row prev, Row next) {
    float gap = next.y() - prev.y();
    return gap > 0 && gap <= 1.4f * Math.max(prev.size(), next.size());
  }

  /** A single chunk close under a table row: the wrapped second line of one of its cells. */
  private boolean cellContinuation(Row prev, Row n) {
    float gap = n.y() - prev.y();
    return n.cells().size() == 1 && gap > 0 && gap <= maxLineGap(n.size()) && !headingCandidate(n)
        && n.x0() > n.columnLeft() + 2f;
  }

  private List<ModelBuilder.CellDraft> draftRow(String[] texts) {
    out.budget().addCells(texts.length);
    List<ModelBuilder.CellDraft> row = new ArrayList<>();
    for (String t : texts) row.add(new ModelBuilder.CellDraft(t, List.of()));
    return row;
  }

  /** The first of the {@code n} columns that starts within 1.5 font sizes of the chunk, or -1. */
  private static int column(float[] columns, int n, Chunk c) {
    for (int k = 0; k < n; k++) {
      if (Math.abs(columns[k] - c.x0()) < 1.5f * c.size()) return k;
    }
    return -1;
  }

  private static int nearest(float[] columns, int n, float x) {
    int best = 0;
    for (int k = 0; k < n; k++) {
      if (Math.abs(columns[k] - x) < Math.abs(columns[best] - x)) best = k;
    }
    return best;
  }

  private boolean footnote(Row r) {
    return r.size() <= bodySize * 0.85f && r.y() > r.pageHeight() * 0.6f && FOOTNOTE.matcher(r.text()).matches();
  }

  private int note(List<Row> rows, int i) {
    Row first = rows.get(i);
    var m = FOOTNOTE.matcher(first.text());
    m.matches();
    StringBuilder sb = new StringBuilder(m.group(2));
    int j = i + 1;
    while (j < rows.size() && sameBlockArea(first, rows.get(j)) && rows.get(j).size() <= bodySize * 0.85f
        && !footnote(rows.get(j))) {
      join(sb, rows.get(j).text());
      j++;
    }
    flushTable();
    out.note(Note.Kind.FOOTNOTE, m.group(1), sb.toString(), first.page());
    return j;
  }

  private int listItem(List<Row> rows, int i) {
    Row first = rows.get(i);
    Structure.Split s = Structure.typedListLabel(first.text());
    StringBuilder sb = new StringBuilder(s.text());
    int j = i + 1;
    while (j < rows.size()) {
      Row n = rows.get(j);
      if (!continues(rows.get(j - 1), n) || Structure.typedListLabel(n.text()) != null
          || n.x0() <= first.x0() + 0.5f) {
        break;
      }
      join(sb, n.text());
      j++;
    }
    int level = first.x0() > first.columnLeft() + 1.5f * first.size() ? 1 : 0;
    flushTable();
    out.listItem(s.number(), level, sb.toString(), first.page());
    return j;
  }

  private int paragraph(List<Row> rows, int i) {
    Row first = rows.get(i);
    StringBuilder sb = new StringBuilder(first.text());
    int j = i + 1;
    while (j < rows.size()) {
      Row prev = rows.get(j - 1);
      Row n = rows.get(j);
      boolean flows = continues(prev, n) || continuesAcrossBreak(prev, n);
      if (!flows || Structure.typedListLabel(n.text()) != null || footnote(n)) break;
      if (endsEarly(prev) && ENDS_SENTENCE.matcher(prev.text()).matches()) break;
      join(sb, n.text());
      j++;
    }
    flushTable();
    out.paragraph(sb.toString(), first.page());
    return j;
  }

  /** The next line of the same block: same column of the same page, close below, same font, not a heading. */
  private boolean continues(Row prev, Row n) {
    if (!sameBlockArea(prev, n) || headingCandidate(n) || n.cells().size() >= 2) return false;
    float gap = n.y() - prev.y();
    return gap > 0 && gap <= maxLineGap(Math.max(prev.size(), n.size())) && Math.abs(n.size() - prev.size()) <= 1f;
  }

  /** A paragraph cut by a column or page break: the line ends mid-sentence and the next starts in lower case. */
  private boolean continuesAcrossBreak(Row prev, Row n) {
    if (sameBlockArea(prev, n) || headingCandidate(n) || n.cells().size() >= 2) return false;
    return !ENDS_CLAUSE.matcher(prev.text()).matches() && !n.text().isEmpty() && Character.isLowerCase(n.text().charAt(0))
        && Math.abs(n.size() - prev.size()) <= 1f;
  }

  private static boolean endsEarly(Row r) {
    return r.x1() < r.columnLeft() + 0.75f * (r.columnRight() - r.columnLeft());
  }

  private static boolean sameBlockArea(Row a, Row b) {
    return a.page() == b.page() && a.column() == b.column();
  }

  private static void join(StringBuilder sb, String next) {
    int n = sb.length();
    if (n > 1 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2)) && !next.isEmpty()
        && Character.isLowerCase(next.charAt(0))) {
      sb.setLength(n - 1);
      sb.append(next);
    } else {
      sb.append(' ').append(next);
    }
  }

  /** Whether the text is a bookmark's title. */
  private boolean bookmarked(String text) {
    return !bookmarkLevels.isEmpty() && bookmarkLevels.containsKey(norm(text));
  }

  private static String norm(String s) {
    return WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
