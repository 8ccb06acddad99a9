package org.hscheck.admin;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.rules.FixtureRunner;
import org.hscheck.rules.RuleSet;
import org.hscheck.submission.FileStore;
import org.hscheck.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploading, verifying and activating rule sets. An upload (a .zip of a {@code rules/} folder) is compiled and has all
 * its fixtures run; only a rule set that compiled and passed every fixture (at least one) can be activated.
 */
@Service
class RuleSetAdmin {
  private static final Logger log = LoggerFactory.getLogger(RuleSetAdmin.class);
  private static final String COLUMNS = "id, version, digest, file_name, uploaded_by, uploaded_at, status, "
      + "fixtures_passed, fixtures_failed, messages, active, activated_by, activated_at";
  private final JdbcClient jdbc;
  private final FileStore files;
  private final RuleSetRegistry registry;
  private final TransactionTemplate tx;

  RuleSetAdmin(JdbcClient jdbc, FileStore files, RuleSetRegistry registry, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.files = files;
    this.registry = registry;
    this.tx = new TransactionTemplate(transactions);
  }

  /** The active rule set: where it comes from, and its identity (null when it cannot be loaded). */
  record Active(String source, RuleSetInfo info, UUID recordId, String problem) {}

  Active active() {
    Optional<RuleSetRecord> uploaded = list().stream().filter(RuleSetRecord::active).findFirst();
    String source = uploaded.map(r -> "uploaded " + r.fileName()).orElse("packaged with the application");
    try {
      return new Active(source, registry.activeInfo(), uploaded.map(RuleSetRecord::id).orElse(null), null);
    } catch (RuntimeException e) {
      log.error("the active rule set cannot be loaded: {}", e.toString());
      return new Active(source, null, uploaded.map(RuleSetRecord::id).orElse(null),
          "The active rule set cannot be loaded: " + e.getMessage());
    }
  }

  /** Every upload, newest first. */
  List<RuleSetRecord> list() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM rule_set_record ORDER BY uploaded_at DESC, id")
        .query(RuleSetAdmin::record).list();
  }

  RuleSetRecord get(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM rule_set_record WHERE id = ?").param(id)
        .query(RuleSetAdmin::record).optional().orElseThrow(() -> ProblemException.notFound("rule set " + id));
  }

  /** Stores, unpacks, compiles and runs the fixtures of an uploaded rule set; returns the record with the outcome. */
  RuleSetRecord upload(String fileName, byte[] zip, String user) {
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".zip") || zip.length == 0) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_TYPE",
          "Upload the rule set as a .zip of the rules folder; '" + fileName + "' is not one.");
    }
    UUID id = UUID.randomUUID();
    String key = files.store(zip);
    String version = null;
    String digest = null;
    int passed = 0;
    int failed = 0;
    List<String> messages = new ArrayList<>();
    try {
      Path dir = RuleSetArchive.unpack(zip, registry.directoryOf(id));
      RuleSetInfo info = RuleSet.load(dir).info();
      version = info.version();
      digest = info.digest();
      for (FixtureRunner.Result r : FixtureRunner.run(dir)) {
        if (r.passed()) {
          passed++;
        } else {
          failed++;
          messages.add(r.ruleId() + " / " + r.fixture() + ": " + r.message());
        }
      }
      if (passed + failed == 0) {
        messages.add("The rule set has no fixtures; every rule needs a passing and a failing fixture.");
      }
    } catch (RuntimeException e) {
      messages.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    boolean verified = digest != null && failed == 0 && passed > 0;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("INSERT INTO rule_set_record (id, version, digest, storage_key, file_name, uploaded_by, uploaded_at, "
            + "status, fixtures_passed, fixtures_failed, messages, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")
        .params(id, version, digest, key, fileName, user, now, verified ? "VERIFIED" : "FAILED", passed, failed,
            messages.isEmpty() ? null : String.join("\n", messages))
        .update();
    return get(id);
  }

  /**
   * Makes a verified upload the active rule set of every instance sharing the database. Activations take turns (see
   * {@link #lockAll}), so at most one rule set is ever active, whichever instances activate at once.
   */
  RuleSetRecord activate(UUID id, String user) {
    return tx.execute(status -> {
      lockAll();
      RuleSetRecord r = get(id);
      if (r.status() != RuleSetRecord.Status.VERIFIED) {
        throw new ProblemException(HttpStatus.CONFLICT, "NOT_VERIFIED",
            "Rule set " + id + " did not compile or failed fixtures, so it cannot be activated.");
      }
      jdbc.sql("UPDATE rule_set_record SET active = FALSE WHERE active = TRUE").update();
      jdbc.sql("UPDATE rule_set_record SET active = TRUE, activated_by = ?, activated_at = ? WHERE id = ?")
          .params(user, OffsetDateTime.now(ZoneOffset.UTC), id).update();
      return get(id);
    });
  }

  /** Goes back to the rule set packaged with the application. */
  void activatePackaged() {
    tx.executeWithoutResult(status -> {
      lockAll();
      jdbc.sql("UPDATE rule_set_record SET active = FALSE WHERE active = TRUE").update();
    });
  }

  /**
   * Locks every upload's row until the transaction ends. Without it two activations at once could each clear the
   * flags they saw and set their own, leaving two rule sets active; in id order, so that two lockers cannot deadlock.
   */
  private void lockAll() {
    jdbc.sql("SELECT id FROM rule_set_record ORDER BY id FOR UPDATE").query(UUID.class).list();
  }

  private static RuleSetRecord record(ResultSet rs, int row) throws SQLException {
    return new RuleSetRecord(rs.getObject("id", UUID.class), rs.getString("version"), rs.getString("digest"),
        rs.getString("file_name"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class),
        RuleSetRecord.Status.valueOf(rs.getString("status")), rs.getInt("fixtures_passed"),
        rs.getInt("fixtures_failed"), rs.getString("messages"), rs.getBoolean("active"), rs.getString("activated_by"),
        rs.getObject("activated_at", OffsetDateTime.class));
  }
}
