package org.hscheck.admin;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.check.Checker;
import org.hscheck.document.ReadLimits;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.rules.RuleSet;
import org.hscheck.submission.FileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The active rule set and its {@link Checker}. Active is the rule set an admin activated ({@code rule_set_record}),
 * else the one in {@code hscheck.rules-dir} when set, else the one packaged in the application. The database decides,
 * so every instance sharing it uses the same rule set; compiled rule sets are cached. Thread-safe.
 */
@Component
public class RuleSetRegistry {
  private final JdbcClient jdbc;
  private final FileStore files;
  private final ReadLimits limits;
  private final String rulesDir;
  private volatile Loaded loaded;

  private record Loaded(UUID recordId, RuleSet rules, Checker checker) {}

  RuleSetRegistry(JdbcClient jdbc, FileStore files, LimitsProperties limits, @Value("${hscheck.rules-dir:}") String rulesDir) {
    this.jdbc = jdbc;
    this.files = files;
    this.limits = limits.toReadLimits();
    this.rulesDir = rulesDir;
  }

  /** The active rule set, compiled on first use. */
  public RuleSet active() {
    return current().rules();
  }

  /** A checker with the active rule set and the configured read limits. */
  public Checker checker() {
    return current().checker();
  }

  /** Version and digest of the active rule set. */
  public RuleSetInfo activeInfo() {
    return active().info();
  }

  /** The read limits every check runs within. */
  public ReadLimits limits() {
    return limits;
  }

  private Loaded current() {
    UUID wanted = activeRecordId().orElse(null);
    Loaded l = loaded;
    if (l != null && java.util.Objects.equals(l.recordId(), wanted)) {
      return l;
    }
    synchronized (this) {
      l = loaded;
      if (l != null && java.util.Objects.equals(l.recordId(), wanted)) {
        return l;
      }
      RuleSet rules = wanted == null ? builtIn() : RuleSet.load(unpacked(wanted));
      l = new Loaded(wanted, rules, new Checker(rules, limits));
      loaded = l;
      return l;
    }
  }

  private RuleSet builtIn() {
    return rulesDir == null || rulesDir.isBlank() ? RuleSet.loadDefault() : RuleSet.load(Path.of(rulesDir));
  }

  private Optional<UUID> activeRecordId() {
    return jdbc.sql("SELECT id FROM rule_set_record WHERE active = TRUE").query(UUID.class).optional();
  }

  /** Where an uploaded rule set is unpacked: beside the file store, never served. */
  Path directoryOf(UUID recordId) {
    return files.root().resolveSibling("rulesets").resolve(recordId.toString());
  }

  /** The unpacked directory of an uploaded rule set, unpacked again from the file store when missing. */
  Path unpacked(UUID recordId) {
    Path target = directoryOf(recordId);
    String key = jdbc.sql("SELECT storage_key FROM rule_set_record WHERE id = ?").param(recordId)
        .query(String.class).single();
    return RuleSetArchive.rootOf(target).orElseGet(() -> RuleSetArchive.unpack(files.load(key), target));
  }
}
