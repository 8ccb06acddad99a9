package org.hscheck.screening;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hscheck.admin.RuleSetRegistry;
import org.hscheck.check.CheckResult;
import org.hscheck.submission.CheckService;
import org.hscheck.submission.FileStore;
import org.hscheck.submission.ReportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedRuntimeException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background workers of this instance: each thread claims one job at a time from the {@link JobQueue}, checks
 * the proposal with the active rule set and, in one transaction, completes the job and stores the report, so that
 * a report is kept only while the worker still holds the job's lease. A heartbeat renews the leases of running
 * jobs. On shutdown the workers stop claiming, running jobs get {@code shutdownGrace} to finish, and whatever is
 * still running then is returned to the queue for another instance. Checks go through {@link CheckService} (document
 * metrics); {@code hscheck.screening.jobs} counts jobs by result (done, failed, returned, lost). Logs name jobs,
 * never document text.
 */
@Component
class ScreeningWorkers implements SmartLifecycle {
  /** A job queued with a rule set that is no longer the active one. */
  static final String RULE_SET_CHANGED = "RULE_SET_CHANGED";
  /** The uploaded file of a job is missing from the file store. */
  static final String FILE_MISSING = "FILE_MISSING";
  /** Checking the proposal failed unexpectedly. */
  static final String INTERNAL = "INTERNAL";

  private static final Logger log = LoggerFactory.getLogger(ScreeningWorkers.class);

  private final JobQueue queue;
  private final CallStore calls;
  private final FileStore files;
  private final ReportStore reports;
  private final RuleSetRegistry ruleSets;
  private final CheckService checks;
  private final MeterRegistry meters;
  private final TransactionTemplate tx;
  private final ScreeningProperties properties;
  /** Running jobs of this instance: job id to the worker holding it. */
  private final Map<UUID, String> running = new ConcurrentHashMap<>();
  private volatile boolean started;
  private volatile boolean stopping;
  private ExecutorService pool;
  private ScheduledExecutorService heartbeat;

  ScreeningWorkers(JobQueue queue, CallStore calls, FileStore files, ReportStore reports, RuleSetRegistry ruleSets,
                   CheckService checks, MeterRegistry meters, PlatformTransactionManager transactions,
                   ScreeningProperties properties) {
    this.queue = queue;
    this.calls = calls;
    this.files = files;
    this.reports = reports;
    this.ruleSets = ruleSets;
    this.checks = checks;
    this.meters = meters;
    this.tx = new TransactionTemplate(transactions);
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (started) return;
    stopping = false;
    int n = properties.workers();
    if (n > 0) {
      AtomicInteger seq = new AtomicInteger();
      pool = Executors.newFixedThreadPool(n,
          r -> daemon(r, "screening-" + properties.instanceId() + "-" + seq.incrementAndGet()));
      for (int i = 1; i <= n; i++) {
        String worker = properties.instanceId() + "#" + i;
        pool.execute(() -> work(worker));
      }
      long beat = Math.max(100, properties.lease().toMillis() / 3);
      heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "screening-heartbeat"));
      heartbeat.scheduleWithFixedDelay(this::renewLeases, beat, beat, TimeUnit.MILLISECONDS);
      log.info("screening: {} workers started as {}", n, properties.instanceId());
    }
    started = true;
  }

  @Override
  public void stop() {
    synchronized (this) {
      if (!started) return;
      stopping = true;
    }
    if (pool != null) {
      pool.shutdown();
      boolean finished = awaitQuietly(pool, properties.shutdownGrace());
      int returned = 0;
      for (Map.Entry<UUID, String> e : running.entrySet()) {
        if (release(e.getKey(), e.getValue())) {
          returned++;
          count("returned");
        }
      }
      pool.shutdownNow();
      heartbeat.shutdownNow();
      log.info("screening: workers stopped ({}; {} running jobs returned to the queue)",
          finished ? "all running jobs finished" : "grace of " + properties.shutdownGrace() + " ran out", returned);
    }
    synchronized (this) {
      started = false;
    }
  }

  @Override
  public boolean isRunning() {
    return started;
  }

  /** Ids of the jobs this instance is running now. */
  List<UUID> runningJobs() {
    return List.copyOf(running.keySet());
  }

  /**
   * One worker's loop, until shutdown. Nothing a claim or a check throws ends it: a database that cannot be reached
   * (a restart, a fail-over, an exhausted pool) is waited out, and a job whose check failed beyond its own handling
   * (say, out of memory) keeps its lease until it runs out and another attempt takes it.
   */
  private void work(String worker) {
    while (!stopping) {
      List<Job> claimed;
      try {
        claimed = queue.claim(worker, 1);
      } catch (RuntimeException e) {
        log.warn("screening: {} could not claim work: {}", worker, describe(e));
        claimed = List.of();
      }
      if (claimed.isEmpty()) {
        if (!pause(properties.pollInterval())) return;
        continue;
      }
      for (Job job : claimed) {
        try {
          screen(worker, job);
        } catch (Error e) { // screen() handles every RuntimeException itself
          log.error("screening: {} was stopped in job {} by {}; the job is retried when its lease runs out", worker,
              job.id(), e.getClass().getName());
          if (!pause(properties.pollInterval())) return;
        }
      }
    }
  }

  private static String describe(RuntimeException e) {
    Throwable cause = e instanceof NestedRuntimeException n ? n.getMostSpecificCause() : e;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private void screen(String worker, Job job) {
    running.put(job.id(), worker);
    try {
      if (!ruleSets.activeInfo().digest().equals(job.ruleSetDigest())) {
        queue.fail(job.id(), worker, RULE_SET_CHANGED);
        count("failed");
        return;
      }
      CallStore.VersionFile file = calls.file(job.versionId());
      byte[] bytes;
      try {
        bytes = files.load(file.storageKey());
      } catch (IllegalArgumentException missing) {
        log.error("screening: job {} has no stored file {}", job.id(), file.storageKey());
        queue.fail(job.id(), worker, FILE_MISSING);
        count("failed");
        return;
      }
      CheckResult result = checks.check(bytes, file.fileName());
      if (!result.report().ruleSet().digest().equals(job.ruleSetDigest())) {
        queue.fail(job.id(), worker, RULE_SET_CHANGED);
        count("failed");
        return;
      }
      Boolean kept = tx.execute(s -> {
        if (!queue.complete(job.id(), worker)) return false;
        reports.save(job.versionId(), result.report());
        return true;
      });
      if (Boolean.TRUE.equals(kept)) {
        count("done");
      } else {
        log.warn("screening: {} lost the lease of job {}; its result is dropped", worker, job.id());
        count("lost");
      }
    } catch (RuntimeException | StackOverflowError e) {
      if (stopping) {
        log.info("screening: job {} interrupted by shutdown ({})", job.id(), e.getClass().getSimpleName());
        return;
      }
      log.error("screening: job {} failed with {}", job.id(), e.getClass().getName());
      count("failed");
      try {
        queue.fail(job.id(), worker, INTERNAL);
      } catch (RuntimeException again) {
        log.warn("screening: could not mark job {} failed; its lease will run out", job.id());
      }
    } finally {
      running.remove(job.id());
    }
  }

  private void count(String result) {
    meters.counter("hscheck.screening.jobs", "result", result).increment();
  }

  private void renewLeases() {
    try {
      Map<String, List<UUID>> byWorker = new HashMap<>();
      running.forEach((job, worker) -> byWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(job));
      byWorker.forEach((worker, jobs) -> {
        List<UUID> held = queue.heartbeat(worker, jobs);
        if (held.size() < jobs.size()) {
          log.warn("screening: {} no longer holds the lease of {} job(s)", worker, jobs.size() - held.size());
        }
      });
    } catch (RuntimeException e) {
      log.warn("screening: heartbeat failed: {}", e.getClass().getName());
    }
  }

  private boolean release(UUID job, String worker) {
    try {
      return queue.release(job, worker);
    } catch (RuntimeException e) {
      log.warn("screening: could not return job {}; its lease will run out", job);
      return false;
    }
  }

  private boolean pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean awaitQuietly(ExecutorService pool, Duration grace) {
    try {
      return pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
