package org.hscheck.submission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hscheck.admin.RuleSetRegistry;
import org.hscheck.check.CheckResult;
import org.hscheck.check.StageTimings;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Checks one file with the active rule set and records the metrics: {@code hscheck.documents.checked} (by outcome)
 * and {@code hscheck.check.stage} (time per stage: read, extract, rules). Every check in the application goes
 * through here.
 */
@Service
public class CheckService {
  /** File name endings accepted for upload. */
  public static final Set<String> EXTENSIONS = Set.of("docx", "doc", "pdf");
  private final RuleSetRegistry registry;
  private final MeterRegistry meters;

  CheckService(RuleSetRegistry registry, MeterRegistry meters) {
    this.registry = registry;
    this.meters = meters;
  }

  /** Checks a file; a file that cannot be read gives a report whose outcome says why. */
  public CheckResult check(byte[] content, String fileName) {
    CheckResult result = registry.checker().check(content, fileName);
    StageTimings t = result.timings();
    stage("read").record(t.readNanos(), TimeUnit.NANOSECONDS);
    if (result.report().outcome() == Outcome.ASSESSED) {
      stage("extract").record(t.extractNanos(), TimeUnit.NANOSECONDS);
      stage("rules").record(t.rulesNanos(), TimeUnit.NANOSECONDS);
    }
    Counter.builder("hscheck.documents.checked").description("Documents checked, by outcome")
        .tag("outcome", result.report().outcome().name()).register(meters).increment();
    return result;
  }

  /**
   * Refuses an upload whose name does not end in .docx, .doc or .pdf, or that is empty.
   *
   * @throws ProblemException UNSUPPORTED_TYPE (415) or INVALID_REQUEST (400)
   */
  public static void requireUpload(String fileName, byte[] content) {
    if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
      throw ProblemException.invalid("Choose a file to upload: the request carried none, or an empty one.");
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot < 0 || !EXTENSIONS.contains(lower.substring(dot + 1))) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_TYPE",
          "'" + fileName + "' is not a Word (.docx, .doc) or PDF file.");
    }
  }

  /**
   * Refuses a report that was not assessed, with the report's own error code and message.
   *
   * @throws ProblemException TOO_LARGE (413), UNSUPPORTED_TYPE (415) or another code (422)
   */
  public static void requireAssessed(Report report) {
    if (report.outcome() == Outcome.ASSESSED) {
      return;
    }
    String code = report.error() != null ? report.error().code() : report.outcome().name();
    String message = report.error() != null ? report.error().message() : "The document has no readable text.";
    HttpStatus status = switch (code) {
      case "TOO_LARGE" -> HttpStatus.CONTENT_TOO_LARGE;
      case "UNSUPPORTED_TYPE" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      default -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
    throw new ProblemException(status, code, message);
  }

  private Timer stage(String stage) {
    return Timer.builder("hscheck.check.stage").description("Time per stage of a check").tag("stage", stage)
        .register(meters);
  }
}
