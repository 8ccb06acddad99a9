package org.hscheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hscheck.report.Criterion;
import org.hscheck.report.Outcome;
import org.hscheck.report.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a careful reviewer concludes about one sample document ({@code NAME.expected.json}): its outcome and, when
 * assessed, a verdict with a one-line reason for every criterion.
 */
public record Expectation(String document, Outcome outcome, Map<Criterion, Expected> criteria) {
  public Expectation {
    criteria = criteria.isEmpty() ? Map.of() : new EnumMap<>(criteria);
  }

  /** One criterion's expected verdict and the reviewer's reason. */
  public record Expected(Verdict verdict, String reason) {}

  private record Json(String document, String outcome, LinkedHashMap<String, JsonCriterion> criteria) {}

  private record JsonCriterion(String verdict, String reason) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Reads an expected-verdicts file.
   *
   * @throws IllegalArgumentException naming the file and what in it is wrong (unknown criterion or verdict, a
   *                                  criterion missing from an assessed document, criteria given for one that is not)
   */
  public static Expectation read(Path file) throws IOException {
    Json json;
    try {
      json = MAPPER.readValue(Files.readString(file), Json.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not an expected-verdicts file: " + e.getOriginalMessage(), e);
    }
    if (json == null || json.document() == null || json.outcome() == null) {
      throw new IllegalArgumentException(file + ": \"document\" and \"outcome\" are required");
    }
    Outcome outcome = parse(Outcome.class, json.outcome(), file, "outcome");
    Map<Criterion, Expected> criteria = new EnumMap<>(Criterion.class);
    if (json.criteria() != null) {
      json.criteria().forEach((id, c) -> {
        Criterion criterion = parse(Criterion.class, id, file, "criterion");
        if (c == null || c.verdict() == null) throw new IllegalArgumentException(file + ": " + id + " has no verdict");
        criteria.put(criterion, new Expected(parse(Verdict.class, c.verdict(), file, id + " verdict"), c.reason()));
      });
    }
    if (outcome == Outcome.ASSESSED) {
      for (Criterion c : Criterion.values()) {
        if (!criteria.containsKey(c)) throw new IllegalArgumentException(file + ": no expected verdict for " + c);
      }
    } else if (!criteria.isEmpty()) {
      throw new IllegalArgumentException(file + ": outcome " + outcome + " takes no criteria, found " + criteria.size());
    }
    return new Expectation(json.document(), outcome, criteria);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, Path file, String what) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": unknown " + what + " '" + value + "'", e);
    }
  }
}
