package org.hscheck.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workers outlive a database they cannot reach for a while: with every connection of the pool taken, each claim
 * fails for want of a connection; once connections are back, a proposal uploaded then is screened.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=3",
    "spring.datasource.hikari.connection-timeout=250", "hscheck.screening.poll-interval=50ms",
    "hscheck.screening.workers=2"})
@ActiveProfiles("test")
class ScreeningOutageTest {
  @Autowired DataSource dataSource;
  @Autowired CallService calls;
  @Autowired JdbcClient jdbc;

  @Test
  void workersResumeOnceTheDatabaseCanBeReachedAgain() throws Exception {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) held.add(dataSource.getConnection());
      // long enough for each worker to fail several claims (250 ms to give up on a connection, 50 ms between tries)
      Thread.sleep(1_500);
    } finally {
      for (Connection c : held) c.close();
    }
    UploadResult upload = calls.create("After the outage", "secretariat",
        List.of(new BatchUpload.Part("outage.docx", Proposals.docx("Lao", 3))));
    UUID call = upload.call().id();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String status;
    do {
      Thread.sleep(50);
      status = jdbc.sql("SELECT status FROM screening_job WHERE call_id = ?").param(call).query(String.class).single();
    } while (!status.equals("DONE") && System.nanoTime() < deadline);
    assertThat(status).as("the job of a proposal uploaded after the outage").isEqualTo("DONE");
  }
}
