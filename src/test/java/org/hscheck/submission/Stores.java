package org.hscheck.submission;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test wiring of the submission stores on a given database and folder, without Spring. */
public record Stores(FileStore files, SubmissionService submissions, ReportStore reports) {
  public static Stores on(JdbcClient jdbc, Path dir) {
    FileStore files = new FileStore(new StorageProperties(dir.resolve("files")));
    return new Stores(files, new SubmissionService(jdbc, files), new ReportStore(jdbc));
  }
}
