package org.hscheck.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import com.zaxxer.hikari.HikariDataSource;
import org.hscheck.HsCheckApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Two instances of the application on random ports share one PostgreSQL schema and one file store. A batch is
 * uploaded to the first; the second is shut down while it is screening a proposal of it (with no grace, so it must
 * return that job); every proposal still ends screened exactly once.
 */
class TwoInstancesPostgresTest {
  private static final int PROPOSALS = 24;

  @Test
  void everyProposalIsScreenedExactlyOnceWhenOneInstanceStopsMidBatch() throws Exception {
    String user = TestDatabase.postgresUser();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    Path storage = Files.createTempDirectory("hscheck-two-instances");
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(TestDatabase.PG_URL + "?currentSchema=" + schema);
    pool.setUsername(user);
    pool.setMaximumPoolSize(2);
    JdbcClient db = JdbcClient.create(pool);
    ConfigurableApplicationContext a = null;
    ConfigurableApplicationContext b = null;
    try {
      a = start("a", schema, user, storage, "20s");
      b = start("b", schema, user, storage, "0s");
      int port = a.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

      HttpResponse<String> created = upload(port, Proposals.zip("Batch", PROPOSALS));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

      await("instance b has screened a proposal and is screening another", () -> count(db, """
          status = 'QUEUED' AND EXISTS (SELECT 1 FROM screening_job d WHERE d.status = 'DONE' AND d.locked_by LIKE 'b#%')
            AND EXISTS (SELECT 1 FROM screening_job r WHERE r.status = 'RUNNING' AND r.locked_by LIKE 'b#%')""") > 0
          || count(db, "status = 'QUEUED'") == 0);
      int waitingWhenStopped = count(db, "status = 'QUEUED'");
      List<UUID> runningOnB = db.sql("SELECT id FROM screening_job WHERE status = 'RUNNING' AND locked_by LIKE 'b#%'")
          .query(UUID.class).list();
      b.close();
      assertThat(waitingWhenStopped).as("b stopped in the middle of the batch; jobs: %s", jobs(db)).isPositive();
      assertThat(count(db, "status = 'RUNNING' AND locked_by LIKE 'b#%'"))
          .as("b finished or returned its running work").isZero();

      await("the batch is screened", () -> count(db, "status IN ('QUEUED', 'RUNNING')") == 0);
      assertThat(count(db, "status = 'DONE'")).isEqualTo(PROPOSALS);
      assertThat(count(db, "locked_by LIKE 'a#%'")).as("a screened some").isPositive();
      assertThat(count(db, "locked_by LIKE 'b#%'")).as("b screened some before it stopped").isPositive();
      for (UUID job : runningOnB) {
        Map<String, Object> j = db.sql("SELECT locked_by, attempts FROM screening_job WHERE id = ?").param(job)
            .query().singleRow();
        String by = (String) j.get("locked_by");
        int attempts = ((Number) j.get("attempts")).intValue();
        // finished by b within its (zero) grace, or returned by b and screened by a without counting b's attempt
        assertThat(by.startsWith("b#") || by.startsWith("a#") && attempts == 1)
            .as("job %s running on b at shutdown ended with %s after %d attempts", job, by, attempts).isTrue();
      }
      List<Map<String, Object>> perVersion = db.sql("""
              SELECT j.version_id, COUNT(r.id) AS reports FROM screening_job j
              LEFT JOIN report_record r ON r.version_id = j.version_id AND r.rule_set_digest = j.rule_set_digest
              GROUP BY j.version_id""").query().listOfRows();
      assertThat(perVersion).hasSize(PROPOSALS)
          .allSatisfy(row -> assertThat(((Number) row.get("reports")).intValue()).isEqualTo(1));
      assertThat(db.sql("SELECT COUNT(*) FROM report_record").query(Integer.class).single()).isEqualTo(PROPOSALS);
    } finally {
      if (b != null) b.close();
      if (a != null) a.close();
      db.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
      pool.close();
      FileSystemUtils.deleteRecursively(storage);
    }
  }

  private static ConfigurableApplicationContext start(String id, String schema, String user, Path storage, String grace) {
    // as command-line arguments, which win over the postgres profile's own settings
    Map<String, String> settings = Map.ofEntries(
        Map.entry("server.port", "0"),
        Map.entry("spring.datasource.url", TestDatabase.PG_URL + "?currentSchema=" + schema),
        Map.entry("spring.datasource.username", user),
        Map.entry("spring.datasource.hikari.maximum-pool-size", "4"),
        Map.entry("spring.flyway.schemas", schema),
        Map.entry("spring.main.banner-mode", "off"),
        Map.entry("logging.level.root", "WARN"),
        Map.entry("hscheck.storage-dir", storage.resolve("files").toString()),
        Map.entry("hscheck.demo-users", "true"),
        Map.entry("hscheck.screening.instance-id", id),
        Map.entry("hscheck.screening.workers", "1"),
        Map.entry("hscheck.screening.poll-interval", "100ms"),
        Map.entry("hscheck.screening.shutdown-grace", grace));
    String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(HsCheckApplication.class).profiles("postgres").run(args);
  }

  private static HttpResponse<String> upload(int port, byte[] zip) throws Exception {
    String boundary = "----hscheck" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nShared call\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"batch.zip\"\r\n"
        + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(zip);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/calls"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("secretariat:secretariat".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
  }

  /** Jobs by state and instance, for failure messages. */
  private static List<Map<String, Object>> jobs(JdbcClient db) {
    return db.sql("SELECT status, SUBSTRING(locked_by, 1, 1) AS instance, COUNT(*) AS n FROM screening_job"
        + " GROUP BY status, SUBSTRING(locked_by, 1, 1) ORDER BY 1, 2").query().listOfRows();
  }

  private static int count(JdbcClient db, String where) {
    return db.sql("SELECT COUNT(*) FROM screening_job WHERE " + where).query(Integer.class).single();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 3 minutes for: %s", what).isLessThan(deadline);
      Thread.sleep(25);
    }
  }
}
