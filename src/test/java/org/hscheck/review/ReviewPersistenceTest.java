package org.hscheck.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;
import org.hscheck.submission.StoredProposals;
import org.hscheck.submission.Stores;
import org.hscheck.web.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit trail on H2 and on the local PostgreSQL. */
class ReviewPersistenceTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void decisionsAreAppendedWithWhoWhenAndTheEnginesVerdict(String kind) {
    try (TestDatabases db = TestDatabases.of(kind)) {
      Stores st = Stores.on(db.dataSource(), tmp);
      var stored = new StoredProposals(st.submissions(), st.reports());
      var s = stored.store("applicant", "Peace", StoredProposals.report("p.pdf", Map.of(Criterion.GENDER, Verdict.NOT_MET)));
      UUID version = stored.versionId(s, 1);
      ReviewService reviews = new ReviewService(db.jdbc(), st.submissions(), st.reports());

      reviews.decide(version, Criterion.GENDER, Decision.Kind.OVERRIDE, Verdict.MET, "Annex 2 has the gender analysis.", "reviewer", null);
      reviews.decide(version, Criterion.GENDER, Decision.Kind.CONFIRM, null, "On reflection the engine is right.", "admin", null);

      var history = reviews.history(version);
      assertThat(history).extracting(Decision::reviewer).containsExactly("reviewer", "admin");
      assertThat(history).extracting(Decision::engineVerdict).containsOnly(Verdict.NOT_MET);
      assertThat(history).extracting(Decision::verdict).containsExactly(Verdict.MET, Verdict.NOT_MET);
      assertThat(history.get(0).decidedAt()).isBeforeOrEqualTo(history.get(1).decidedAt());
      assertThat(history.get(0).ruleSetDigest()).isEqualTo("sha256:test");
      assertThat(reviews.open(version).current().get(Criterion.GENDER).decision()).isEqualTo(Decision.Kind.CONFIRM);
    }
  }
}
