package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations' check constraints keep working on H2 after the connection that created them is closed
 * (H2 2.4 ties an {@code IN (...)} check to its creating session; a pool retiring the Flyway connection then broke
 * every insert), and still reject values outside their lists.
 */
class MigrationChecksTest {

  private final String url = "jdbc:h2:mem:checks-" + UUID.randomUUID()
      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void checksHoldAfterTheMigratingConnectionIsClosed() throws SQLException {
    Flyway.configure().dataSource(url, "sa", "").load().migrate(); // Flyway's own connections are closed here
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO app_user (username, password_hash, role) VALUES ('ana', '{noop}x', 'REVIEWER')");
      assertThat(s.executeQuery("SELECT COUNT(*) FROM app_user").next()).isTrue();
      assertThatThrownBy(() -> s.executeUpdate(
          "INSERT INTO app_user (username, password_hash, role) VALUES ('bob', '{noop}x', 'GUEST')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CONSTRAINT");
    }
  }
}
