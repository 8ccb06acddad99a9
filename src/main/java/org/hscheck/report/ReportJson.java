package org.hscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link Report} (report-contract.md): fields in the contract's order, nulls written
 * ({@code "error": null}, {@code "page": null}), enums as their names, pretty-printed with a trailing newline.
 * Reads the same form back, tolerating fields added later and lists left out. Thread-safe.
 */
public final class ReportJson {
  /** The mapper, built on first use: writing a report does not need it, and building it loads some 500 classes. */
  private static final class Mapper {
    static final JsonMapper INSTANCE = JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
            JsonInclude.Include.ALWAYS))
        .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
        .defaultPrettyPrinter(prettyPrinter())
        .build();
  }

  private ReportJson() {}

  /** The mapper configured for reports (for callers that embed reports in other JSON). */
  public static JsonMapper mapper() {
    return Mapper.INSTANCE;
  }

  /**
   * The report as pretty-printed JSON text ending with a newline: what {@link #mapper()} writes (ReportJsonTest
   * compares the two), written directly: the mapper loads some 500 classes on first use and takes several times longer.
   */
  public static String write(Report report) {
    Writer w = new Writer();
    w.begin('{');
    w.name("document");
    DocumentInfo d = report.document();
    if (d == null) {
      w.nul();
    } else {
      w.begin('{');
      w.name("name").string(d.name());
      w.name("sha256").string(d.sha256());
      w.name("format").string(d.format());
      w.name("pages").number(d.pages());
      w.end('}');
    }
    w.name("outcome").string(report.outcome() == null ? null : report.outcome().name());
    ReportError error = report.error();
    if (error == null) w.name("error").nul();
    else w.name("error").pair("code", error.code(), "message", error.message());
    RuleSetInfo rules = report.ruleSet();
    if (rules == null) w.name("ruleSet").nul();
    else w.name("ruleSet").pair("version", rules.version(), "digest", rules.digest());
    w.name("criteria").begin('[');
    for (CriterionResult c : report.criteria()) {
      w.element().begin('{');
      w.name("id").string(c.id() == null ? null : c.id().name());
      w.name("verdict").string(c.verdict() == null ? null : c.verdict().name());
      w.name("summary").string(c.summary());
      w.name("findings").begin('[');
      for (String f : c.findings()) w.element().string(f);
      w.end(']');
      w.end('}');
    }
    w.end(']');
    w.name("findings").begin('[');
    for (Finding f : report.findings()) {
      w.element().begin('{');
      w.name("id").string(f.id());
      w.name("ruleId").string(f.ruleId());
      w.name("criterion").string(f.criterion());
      w.name("severity").string(f.severity() == null ? null : f.severity().name());
      w.name("message").string(f.message());
      w.name("hint").string(f.hint());
      if (f.guideline() == null) w.name("guideline").nul();
      else w.name("guideline").pair("source", f.guideline().source(), "section", f.guideline().section());
      w.name("evidence").begin('[');
      for (EvidenceRef e : f.evidence()) {
        w.element().begin('{');
        w.name("quote").string(e.quote());
        w.name("page").number(e.page());
        w.name("section").string(e.section());
        w.name("paragraph").number(e.paragraph());
        w.end('}');
      }
      w.end(']');
      w.end('}');
    }
    w.end(']');
    w.name("outline").begin('[');
    for (Report.OutlineEntry o : report.outline()) {
      w.element().begin('{');
      w.name("level").number(o.level());
      w.name("title").string(o.title());
      w.name("page").number(o.page());
      w.end('}');
    }
    w.end(']');
    w.end('}');
    return w.out.append('\n').toString();
  }

  /**
   * Pretty-printed JSON as the mapper's printer lays it out: each member and element on a line of its own, indented by
   * two spaces a level, {@code "name": value}, empty containers as {@code {}} and {@code []}.
   */
  private static final class Writer {
    final StringBuilder out = new StringBuilder(8192);
    private int depth;
    /** Whether the container being written has no member or element yet. */
    private boolean empty;

    void begin(char open) {
      out.append(open);
      depth++;
      empty = true;
    }

    void end(char close) {
      depth--;
      if (!empty) newline();
      out.append(close);
      empty = false;
    }

    /** Starts a member: separator, new line, name. */
    Writer name(String name) {
      element();
      string(name);
      out.append(": ");
      return this;
    }

    /** Starts an element of an array (or a member): separator and new line. */
    Writer element() {
      if (!empty) out.append(',');
      newline();
      empty = false;
      return this;
    }

    private void newline() {
      out.append('\n');
      for (int i = 0; i < depth; i++) out.append("  ");
    }

    void nul() {
      out.append("null");
    }

    /** An object of two string members. */
    void pair(String name1, String value1, String name2, String value2) {
      begin('{');
      name(name1).string(value1);
      name(name2).string(value2);
      end('}');
    }

    void number(Integer n) {
      if (n == null) nul();
      else out.append(n.intValue());
    }

    void string(String s) {
      if (s == null) {
        nul();
        return;
      }
      out.append('"');
      int from = 0;
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s, from, i);
        from = i + 1;
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
      }
      out.append(s, from, s.length()).append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  }

  /** The report as UTF-8 JSON bytes. */
  public static byte[] writeBytes(Report report) {
    return write(report).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a report written by {@link #write}.
   *
   * @throws IllegalArgumentException naming what in the JSON is not a report
   */
  public static Report read(String json) {
    try {
      Report r = mapper().readValue(json, Report.class);
      if (r == null || r.document() == null || r.outcome() == null) {
        throw new IllegalArgumentException("not a report: \"document\" and \"outcome\" are required");
      }
      return r;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a report: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a report from UTF-8 JSON bytes. */
  public static Report read(byte[] json) {
    return read(new String(json, StandardCharsets.UTF_8));
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators seps = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(seps);
    pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return pp;
  }
}
