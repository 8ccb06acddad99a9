package org.hscheck.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the job queue promises, run against each database the application supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobQueueContract {
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final String DIGEST = "sha256:aaaa";

  private TestDatabase db;
  private MutableClock clock;
  private JobQueue queue;
  private UUID call;

  abstract TestDatabase open();

  @BeforeAll
  void migrate() {
    db = open();
  }

  @AfterAll
  void drop() {
    if (db != null) db.close();
  }

  @BeforeEach
  void freshCall() {
    db.jdbc().sql("DELETE FROM screening_job").update();
    clock = new MutableClock();
    queue = new JobQueue(db.jdbc(), db.tx(), clock, LEASE, 3);
    call = db.insertCall("Call " + UUID.randomUUID(), DIGEST);
  }

  private List<UUID> enqueue(int n) {
    List<UUID> versions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      UUID v = db.insertVersion("proposal " + i);
      assertThat(queue.enqueue(call, v, DIGEST)).isTrue();
      versions.add(v);
      clock.advance(Duration.ofMillis(1));
    }
    return versions;
  }

  @Test
  void aVersionIsQueuedOncePerRuleSet() {
    UUID v = enqueue(1).get(0);
    assertThat(queue.enqueue(call, v, DIGEST)).isFalse();
    assertThat(queue.enqueue(call, v, "sha256:bbbb")).isTrue();
    assertThat(queue.progress(call, DIGEST)).isEqualTo(new Progress(1, 0, 0, 0));
    assertThat(queue.progress(call, "sha256:bbbb")).isEqualTo(new Progress(1, 0, 0, 0));
  }

  @Test
  void claimLeasesTheOldestJobsToOneWorker() {
    List<UUID> versions = enqueue(3);
    List<Job> claimed = queue.claim("w1", 2);
    assertThat(claimed).extracting(Job::versionId).containsExactly(versions.get(0), versions.get(1));
    assertThat(claimed).allSatisfy(j -> {
      assertThat(j.status()).isEqualTo(JobStatus.RUNNING);
      assertThat(j.lockedBy()).isEqualTo("w1");
      assertThat(j.attempts()).isEqualTo(1);
      assertThat(j.lockedUntil().toInstant()).isEqualTo(clock.instant().plus(LEASE));
    });
    assertThat(queue.claim("w2", 5)).extracting(Job::versionId).containsExactly(versions.get(2));
    assertThat(queue.claim("w3", 5)).isEmpty();
    assertThat(queue.progress(call, DIGEST)).isEqualTo(new Progress(0, 3, 0, 0));
  }

  @Test
  void onlyTheLeaseHolderCompletesAndOnlyOnce() {
    enqueue(1);
    Job job = queue.claim("w1", 1).get(0);
    assertThat(queue.complete(job.id(), "w2")).isFalse();
    assertThat(queue.complete(job.id(), "w1")).isTrue();
    assertThat(queue.complete(job.id(), "w1")).isFalse();
    assertThat(queue.fail(job.id(), "w1", "CORRUPT")).isFalse();
    Job done = queue.find(List.of(job.id())).get(0);
    assertThat(done.status()).isEqualTo(JobStatus.DONE);
    assertThat(done.lockedBy()).isEqualTo("w1");
    assertThat(done.lockedUntil()).isNull();
    assertThat(queue.claim("w2", 1)).isEmpty();
  }

  @Test
  void anExpiredLeaseIsReclaimedAndTheOldHolderCanNoLongerFinish() {
    enqueue(1);
    Job first = queue.claim("w1", 1).get(0);
    clock.advance(LEASE.minusSeconds(1));
    assertThat(queue.claim("w2", 1)).as("lease still running").isEmpty();
    clock.advance(Duration.ofSeconds(2));
    Job second = queue.claim("w2", 1).get(0);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.lockedBy()).isEqualTo("w2");
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(queue.heartbeat("w1", List.of(first.id()))).isEmpty();
    assertThat(queue.complete(first.id(), "w1")).isFalse();
    assertThat(queue.complete(second.id(), "w2")).isTrue();
  }

  @Test
  void heartbeatKeepsTheLease() {
    enqueue(1);
    Job job = queue.claim("w1", 1).get(0);
    clock.advance(LEASE.minusSeconds(5));
    assertThat(queue.heartbeat("w1", List.of(job.id()))).containsExactly(job.id());
    clock.advance(LEASE.minusSeconds(5));
    assertThat(queue.claim("w2", 1)).isEmpty();
    assertThat(queue.find(List.of(job.id())).get(0).lockedUntil().toInstant())
        .isEqualTo(clock.instant().plusSeconds(5));
  }

  @Test
  void releasedWorkGoesBackWithoutCountingTheAttempt() {
    enqueue(1);
    Job job = queue.claim("w1", 1).get(0);
    assertThat(queue.release(job.id(), "w2")).isFalse();
    assertThat(queue.release(job.id(), "w1")).isTrue();
    assertThat(queue.progress(call, DIGEST)).isEqualTo(new Progress(1, 0, 0, 0));
    Job again = queue.claim("w2", 1).get(0);
    assertThat(again.id()).isEqualTo(job.id());
    assertThat(again.attempts()).isEqualTo(1);
  }

  @Test
  void aJobWhoseLeasesKeepRunningOutFails() {
    enqueue(1);
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(queue.claim("w" + attempt, 1)).extracting(Job::attempts).containsExactly(attempt);
      clock.advance(LEASE.plusSeconds(1));
    }
    assertThat(queue.claim("w4", 1)).isEmpty();
    Job failed = queue.jobs(call, DIGEST).get(0);
    assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
    assertThat(failed.errorCode()).isEqualTo(JobQueue.LEASE_EXPIRED);
    assertThat(queue.retryFailed(call, DIGEST)).isEqualTo(1);
    assertThat(queue.claim("w4", 1)).extracting(Job::attempts).containsExactly(1);
  }

  @Test
  void failedJobsKeepTheirErrorCode() {
    enqueue(2);
    List<Job> jobs = queue.claim("w1", 2);
    assertThat(queue.fail(jobs.get(0).id(), "w1", "ENCRYPTED")).isTrue();
    assertThat(queue.complete(jobs.get(1).id(), "w1")).isTrue();
    assertThat(queue.progress(call, DIGEST)).isEqualTo(new Progress(0, 0, 1, 1));
    assertThat(queue.jobs(call, DIGEST)).extracting(Job::errorCode).containsExactly("ENCRYPTED", null);
  }

  @Test
  void concurrentWorkersNeverClaimTheSameJob() throws Exception {
    int jobs = 60;
    int workers = 4;
    enqueue(jobs);
    Set<UUID> completed = ConcurrentHashMap.newKeySet();
    List<UUID> claims = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        String worker = "w" + w;
        futures.add(pool.submit(() -> {
          start.await();
          List<Job> batch;
          while (!(batch = queue.claim(worker, 2)).isEmpty()) {
            for (Job j : batch) {
              claims.add(j.id());
              if (queue.complete(j.id(), worker)) completed.add(j.id());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(claims).hasSize(jobs).doesNotHaveDuplicates();
    assertThat(completed).hasSize(jobs);
    assertThat(queue.progress(call, DIGEST)).isEqualTo(new Progress(0, 0, jobs, 0));
  }
}
