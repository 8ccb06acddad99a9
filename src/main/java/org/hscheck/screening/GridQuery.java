package org.hscheck.screening;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;

/**
 * Filters and sort order of a call's grid; every part is optional.
 *
 * @param criterion with {@code verdict}: rows with that verdict on that criterion
 * @param verdict   alone: rows with that verdict on any criterion
 * @param status    a job status (QUEUED, RUNNING, DONE, FAILED) or an outcome (ASSESSED, REJECTED, NO_TEXT)
 * @param text      words in the title or file name, case-insensitive
 * @param sort      title (default), file, status, met, notMet, or a criterion id
 * @param desc      descending order
 */
public record GridQuery(Criterion criterion, Verdict verdict, String status, String text, String sort, boolean desc) {
  static final GridQuery ALL = new GridQuery(null, null, null, null, null, false);

  public GridQuery {
    status = blankToNull(status);
    text = blankToNull(text);
    sort = blankToNull(sort);
  }

  /** Parses the request parameters, naming the one that is not valid. */
  static GridQuery of(String criterion, String verdict, String status, String text, String sort, String dir) {
    Criterion c = parse(Criterion.class, "criterion", criterion);
    Verdict v = parse(Verdict.class, "verdict", verdict);
    String s = blankToNull(status);
    if (s != null && !STATUSES.contains("," + s.toUpperCase(Locale.ROOT) + ",")) {
      throw new IllegalArgumentException("status '" + s + "' is not one of QUEUED, RUNNING, DONE, FAILED, ASSESSED,"
          + " REJECTED, NO_TEXT");
    }
    String k = blankToNull(sort);
    if (k != null && !SORTS.containsKey(k)) {
      Criterion byCriterion = parse(Criterion.class, "sort", k);
      if (byCriterion == null) throw new IllegalArgumentException("sort '" + k + "' is not a column");
      k = byCriterion.name();
    }
    String d = blankToNull(dir);
    if (d != null && !d.equalsIgnoreCase("asc") && !d.equalsIgnoreCase("desc")) {
      throw new IllegalArgumentException("dir '" + d + "' is not asc or desc");
    }
    return new GridQuery(c, v, s == null ? null : s.toUpperCase(Locale.ROOT), text, k, "desc".equalsIgnoreCase(d));
  }

  private static final String STATUSES = ",QUEUED,RUNNING,DONE,FAILED,ASSESSED,REJECTED,NO_TEXT,";

  private static final Map<String, Comparator<GridRow>> SORTS = Map.of(
      "title", Comparator.comparing(GridRow::title, String.CASE_INSENSITIVE_ORDER),
      "file", Comparator.comparing(GridRow::fileName, String.CASE_INSENSITIVE_ORDER),
      "status", Comparator.comparing((GridRow r) -> r.outcome() != null ? r.outcome() : r.status()),
      "met", Comparator.comparingInt(GridRow::met),
      "notMet", Comparator.comparingInt(GridRow::notMet));

  /** Whether a row passes the filters. */
  boolean accepts(GridRow r) {
    if (verdict != null) {
      boolean hit = criterion != null ? r.verdicts().get(criterion) == verdict : r.verdicts().containsValue(verdict);
      if (!hit) return false;
    }
    if (status != null && !status.equals(r.status()) && !status.equals(r.outcome())) return false;
    if (text != null) {
      String t = text.toLowerCase(Locale.ROOT);
      return r.title().toLowerCase(Locale.ROOT).contains(t) || r.fileName().toLowerCase(Locale.ROOT).contains(t);
    }
    return true;
  }

  /** The order of the rows; ties keep the upload order. */
  Comparator<GridRow> order() {
    Comparator<GridRow> c;
    if (sort == null) {
      c = SORTS.get("title");
    } else if (SORTS.containsKey(sort)) {
      c = SORTS.get(sort);
    } else {
      Criterion by = Criterion.valueOf(sort);
      c = Comparator.comparingInt(r -> rank(r.verdicts().get(by)));
    }
    return desc ? c.reversed() : c;
  }

  /** The query string of this query sorted by {@code column}: ascending, or flipped when it is the current one. */
  public String sortedBy(String column) {
    boolean current = column.equals(sort == null ? "title" : sort);
    return queryString(column, current && !desc);
  }

  /** The query string of this very query, for the export links. */
  public String queryString() {
    return queryString(sort == null ? "title" : sort, desc);
  }

  private String queryString(String column, boolean descending) {
    StringBuilder q = new StringBuilder();
    if (criterion != null) q.append("criterion=").append(criterion).append('&');
    if (verdict != null) q.append("verdict=").append(verdict).append('&');
    if (status != null) q.append("status=").append(status).append('&');
    if (text != null) q.append("text=").append(URLEncoder.encode(text, StandardCharsets.UTF_8)).append('&');
    return q.append("sort=").append(column).append("&dir=").append(descending ? "desc" : "asc").toString();
  }

  /** MET first, then not applicable, then NOT_MET, then not assessed. */
  private static int rank(Verdict v) {
    if (v == null) return 3;
    return switch (v) {
      case MET -> 0;
      case NOT_APPLICABLE -> 1;
      case NOT_MET -> 2;
    };
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String param, String value) {
    String v = blankToNull(value);
    if (v == null) return null;
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      if (param.equals("sort")) return null;
      throw new IllegalArgumentException(param + " '" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
