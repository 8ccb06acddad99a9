package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.hscheck.report.Criterion;
import org.hscheck.report.Report;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Verdict;
import org.hscheck.web.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Submissions, versions and reports on H2 and on the local PostgreSQL, through the same migrations. */
class SubmissionPersistenceTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void versionsAndReportsRoundTrip(String kind) throws Exception {
    try (TestDatabases db = TestDatabases.of(kind)) {
      Stores st = Stores.on(db.dataSource(), tmp);
      Submission s = st.submissions().create("applicant", "Water and health", null);
      Version v1 = st.submissions().addVersion(s.id(), "applicant", "v1.docx", "DOCX", "first".getBytes());
      Version v2 = st.submissions().addVersion(s.id(), "applicant", "v2.pdf", "PDF", "second".getBytes());
      assertThat(List.of(v1.versionNo(), v2.versionNo())).containsExactly(1, 2);
      assertThat(st.submissions().versions(s.id())).extracting(Version::fileName).containsExactly("v1.docx", "v2.pdf");
      assertThat(st.submissions().content(v2)).isEqualTo("second".getBytes());
      assertThat(st.submissions().find(s.id())).get().extracting(Submission::title).isEqualTo("Water and health");
      assertThat(st.submissions().ownedBy("applicant")).extracting(Submission::id).containsExactly(s.id());
      assertThat(st.submissions().ownedBy("applicant2")).isEmpty();
      assertThat(st.submissions().latestVersion(s.id())).get().extracting(Version::id).isEqualTo(v2.id());

      Report r1 = StoredProposals.report("v2.pdf", Map.of(Criterion.GENDER, Verdict.NOT_MET));
      st.reports().save(v2.id(), r1);
      Report r2 = new Report(r1.document(), r1.outcome(), null, new RuleSetInfo("2", "sha256:two"), r1.criteria(),
          r1.findings(), r1.outline());
      st.reports().save(v2.id(), r2);
      assertThat(st.reports().forRuleSet(v2.id(), "sha256:test")).contains(r1);
      assertThat(st.reports().latest(v2.id())).contains(r2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void concurrentUploadsGetDistinctVersionNumbers(String kind) throws Exception {
    try (TestDatabases db = TestDatabases.of(kind)) {
      Stores st = Stores.on(db.dataSource(), tmp);
      Submission s = st.submissions().create("applicant", "Busy proposal", null);
      var pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Version>> futures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
          int n = i;
          Callable<Version> upload = () -> st.submissions().addVersion(s.id(), "applicant", "d" + n + ".pdf", "PDF",
              ("draft " + n).getBytes());
          futures.add(pool.submit(upload));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Version> f : futures) {
          numbers.add(f.get().versionNo());
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 24).boxed().toList());
        assertThat(st.submissions().versions(s.id())).extracting(Version::versionNo)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, 24).boxed().toList());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aVersionOfAnUnknownSubmissionIsRefusedByName(String kind) throws Exception {
    try (TestDatabases db = TestDatabases.of(kind)) {
      Stores st = Stores.on(db.dataSource(), tmp);
      UUID unknown = UUID.randomUUID();
      assertThatThrownBy(() -> st.submissions().addVersion(unknown, "applicant", "d.pdf", "PDF", "x".getBytes()))
          .isInstanceOf(NoSuchElementException.class).hasMessage("no submission " + unknown);
      assertThat(st.submissions().versions(unknown)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void simultaneousSavesOfOneReportReplaceEachOther(String kind) throws Exception {
    try (TestDatabases db = TestDatabases.of(kind)) {
      Stores st = Stores.on(db.dataSource(), tmp);
      Submission s = st.submissions().create("applicant", "Busy report", null);
      Version v = st.submissions().addVersion(s.id(), "applicant", "d.pdf", "PDF", "draft".getBytes());
      // each save inside a caller's transaction, as a screening worker saves while it completes its job
      TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
      var pool = Executors.newFixedThreadPool(4);
      try {
        CyclicBarrier together = new CyclicBarrier(4);
        List<Future<UUID>> saves = new ArrayList<>();
        List<Report> saved = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          Report r = StoredProposals.report("d" + i + ".pdf", Map.of(Criterion.GENDER, Verdict.NOT_MET));
          saved.add(r);
          saves.add(pool.submit(() -> {
            together.await();
            return tx.execute(status -> st.reports().save(v.id(), r));
          }));
        }
        List<UUID> ids = new ArrayList<>();
        for (Future<UUID> f : saves) ids.add(f.get());
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM report_record WHERE version_id = ?").param(v.id())
            .query(Integer.class).single()).isEqualTo(1);
        assertThat(saved).contains(st.reports().forRuleSet(v.id(), "sha256:test").orElseThrow());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
