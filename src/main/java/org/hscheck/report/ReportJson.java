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
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
          JsonInclude.Include.ALWAYS))
      .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
      .defaultPrettyPrinter(prettyPrinter())
      .build();

  private ReportJson() {}

  /** The mapper configured for reports (for callers that embed reports in other JSON). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** The report as pretty-printed JSON text ending with a newline. */
  public static String write(Report report) {
    return MAPPER.writeValueAsString(report) + "\n";
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
      Report r = MAPPER.readValue(json, Report.class);
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
