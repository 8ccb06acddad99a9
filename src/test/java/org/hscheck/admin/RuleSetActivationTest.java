package org.hscheck.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hscheck.submission.FileStore;
import org.hscheck.submission.Stores;
import org.hscheck.web.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** At most one uploaded rule set is active, even when admins of several instances activate at the same moment. */
class RuleSetActivationTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void simultaneousActivationsLeaveExactlyOneActive(String kind) throws Exception {
    try (TestDatabases db = TestDatabases.of(kind)) {
      JdbcClient jdbc = db.jdbc();
      FileStore files = Stores.on(db.dataSource(), tmp).files();
      RuleSetAdmin admin = new RuleSetAdmin(jdbc, files,
          new RuleSetRegistry(jdbc, files, new LimitsProperties(null, null, null, null, null, null), ""),
          new JdbcTransactionManager(db.dataSource()));
      List<UUID> verified = new ArrayList<>();
      for (int i = 0; i < 4; i++) verified.add(insertVerified(jdbc, i));
      ExecutorService pool = Executors.newFixedThreadPool(verified.size());
      try {
        for (int round = 0; round < 10; round++) {
          CyclicBarrier together = new CyclicBarrier(verified.size());
          List<Future<?>> done = new ArrayList<>();
          for (UUID id : verified) {
            done.add(pool.submit(() -> {
              together.await();
              return admin.activate(id, "admin");
            }));
          }
          for (Future<?> f : done) f.get();
          assertThat(admin.list().stream().filter(RuleSetRecord::active).count()).as("round %d", round).isEqualTo(1);
          admin.activatePackaged();
          assertThat(admin.list()).noneMatch(RuleSetRecord::active);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static UUID insertVerified(JdbcClient jdbc, int n) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            INSERT INTO rule_set_record (id, version, digest, storage_key, file_name, uploaded_by, uploaded_at, status,
              fixtures_passed, fixtures_failed, active)
            VALUES (?, ?, ?, ?, ?, 'admin', ?, 'VERIFIED', 1, 0, FALSE)""")
        .params(id, "1." + n, "sha256:" + n, "key" + n, "rules-" + n + ".zip", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    return id;
  }
}
