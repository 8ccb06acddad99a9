package org.hscheck.submission;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Test wiring of the submission stores on a given database and folder, without Spring. */
public record Stores(FileStore files, SubmissionService submissions, ReportStore reports) {
  public static Stores on(DataSource dataSource, Path dir) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
    FileStore files = new FileStore(new StorageProperties(dir.resolve("files")));
    return new Stores(files, new SubmissionService(jdbc, files, transactions), new ReportStore(jdbc, transactions));
  }
}
