package org.hscheck.screening;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A migrated database for one test class: an H2 in-memory database, or a fresh schema in the PostgreSQL at
 * 127.0.0.1:5432 (database {@code test}, trust auth, user postgres or root) that {@link #close} drops.
 * PostgreSQL tests are skipped, saying why, only when no server answers.
 */
final class TestDatabase implements AutoCloseable {
  static final String PG_URL = System.getProperty("hscheck.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");

  private final HikariDataSource dataSource;
  private final JdbcClient jdbc;
  private final String schema;

  private TestDatabase(String url, String user, String schema) {
    this.dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(user);
    dataSource.setPassword("");
    dataSource.setMaximumPoolSize(6);
    this.jdbc = JdbcClient.create(dataSource);
    this.schema = schema;
    Flyway.configure().dataSource(dataSource).schemas(schema == null ? new String[0] : new String[] {schema})
        .locations("classpath:db/migration").load().migrate();
  }

  static TestDatabase h2() {
    String url = "jdbc:h2:mem:t_" + random() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    return new TestDatabase(url, "sa", null);
  }

  /** A fresh schema in the local PostgreSQL; the calling test is skipped when no server answers. */
  static TestDatabase postgres() {
    String user = postgresUser();
    String schema = "t_" + random();
    return new TestDatabase(PG_URL + "?currentSchema=" + schema, user, schema);
  }

  /** The user the local PostgreSQL accepts (postgres, else root); skips the test when no server answers. */
  static String postgresUser() {
    SQLException last = null;
    for (String user : new String[] {"postgres", "root"}) {
      try (Connection c = DriverManager.getConnection(PG_URL, user, "")) {
        return user;
      } catch (SQLException e) {
        last = e;
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) break; // no server: another user will not help
      }
    }
    assumeTrue(false, "PostgreSQL tests skipped: no server answers at " + PG_URL + " (" + last.getMessage() + ")");
    throw new AssertionError("unreachable");
  }

  private static String random() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  DataSource dataSource() {
    return dataSource;
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  TransactionTemplate tx() {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Inserts a submission with one version and returns the version's id. */
  UUID insertVersion(String title) {
    UUID submission = UUID.randomUUID();
    UUID version = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc().sql("INSERT INTO submission (id, owner, title, created_at) VALUES (?, ?, ?, ?)")
        .params(submission, "secretariat", title, now).update();
    jdbc().sql("""
            INSERT INTO submission_version (id, submission_id, version_no, file_name, format, sha256, storage_key,
              size_bytes, uploaded_by, uploaded_at)
            VALUES (?, ?, 1, ?, 'DOCX', ?, ?, 10, 'secretariat', ?)""")
        .params(version, submission, title + ".docx", "0".repeat(64), "key-" + version, now).update();
    return version;
  }

  /** Inserts a screening call and returns its id. */
  UUID insertCall(String name, String ruleSetDigest) {
    UUID id = UUID.randomUUID();
    jdbc().sql("INSERT INTO screening_call (id, name, created_by, created_at, rule_set_digest) VALUES (?, ?, ?, ?, ?)")
        .params(id, name, "secretariat", OffsetDateTime.now(ZoneOffset.UTC), ruleSetDigest).update();
    return id;
  }

  @Override
  public void close() {
    try {
      jdbc.sql(schema != null ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN").update();
    } finally {
      dataSource.close();
    }
  }
}
