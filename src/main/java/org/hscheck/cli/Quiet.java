package org.hscheck.cli;

import java.util.List;

/** Keeps library logging off the console of check and diff, and turns failures into one line without a stack trace. */
final class Quiet {
  private Quiet() {}

  /**
   * Sends the command line's logging to standard error, so that standard output carries only what a command prints
   * (a JSON report, a model, a grid), whichever library logs.
   */
  static void logsToStandardError() {
    if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
      ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      root.iteratorForAppenders().forEachRemaining(a -> {
        if (a instanceof ch.qos.logback.core.ConsoleAppender<?> console) {
          console.stop();
          console.setTarget("System.err");
          console.start();
        }
      });
    }
  }

  /** PDFBox, POI, Drools and openhtmltopdf log recoveries, builds and timings; the outcome is in the report. */
  static void parserLogs() {
    if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
      for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "com.openhtmltopdf",
          "org.drools", "org.kie")) {
        ctx.getLogger(name).setLevel(ch.qos.logback.classic.Level.OFF);
      }
    }
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  /** An unexpected failure in one line: its kind and message, and the first cause's. */
  static String describe(Throwable e) {
    String s = "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    if (e.getCause() != null && e.getCause() != e) {
      s += " (caused by " + e.getCause().getClass().getSimpleName()
          + (e.getCause().getMessage() == null ? "" : ": " + e.getCause().getMessage()) + ")";
    }
    return s;
  }
}
