package org.hscheck.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database migrated by the application's Flyway migrations, for persistence tests outside a Spring context: H2 in
 * memory, or a fresh schema in the PostgreSQL at 127.0.0.1:5432 (database {@code test}, trust auth, user postgres or
 * root) that {@link #close} drops. A PostgreSQL test is skipped, saying why, only when no server answers.
 */
public final class TestDatabases implements AutoCloseable {
  public static final String PG_URL = System.getProperty("hscheck.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
  private final HikariDataSource dataSource;
  private final String schema;

  private TestDatabases(String url, String user, String schema) {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(user);
    dataSource.setPassword("");
    dataSource.setMaximumPoolSize(4);
    this.schema = schema;
    Flyway.configure().dataSource(dataSource).schemas(schema == null ? new String[0] : new String[] {schema})
        .locations("classpath:db/migration").load().migrate();
  }

  /** "h2" or "postgres". */
  public static TestDatabases of(String kind) {
    return switch (kind) {
      case "h2" -> new TestDatabases("jdbc:h2:mem:p_" + random()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", null);
      case "postgres" -> {
        String schema = "t_" + random();
        yield new TestDatabases(PG_URL + "?currentSchema=" + schema, postgresUser(), schema);
      }
      default -> throw new IllegalArgumentException("unknown database kind '" + kind + "': use h2 or postgres");
    };
  }

  private static String postgresUser() {
    SQLException last = null;
    for (String user : new String[] {"postgres", "root"}) {
      try (Connection c = DriverManager.getConnection(PG_URL, user, "")) {
        return user;
      } catch (SQLException e) {
        last = e;
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
          break;
        }
      }
    }
    assumeTrue(false, "PostgreSQL tests skipped: no server answers at " + PG_URL + " (" + last.getMessage() + ")");
    throw new AssertionError("unreachable");
  }

  private static String random() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  public JdbcClient jdbc() {
    return JdbcClient.create(dataSource);
  }

  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    try {
      jdbc().sql(schema != null ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN").update();
    } finally {
      dataSource.close();
    }
  }
}
