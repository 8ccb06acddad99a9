package org.hscheck.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hscheck.report.Criterion;
import org.hscheck.report.Report;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Verdict;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A submission, its version and the version's report are stored together or not at all: a report the database refuses
 * (here a rule-set digest longer than its column) leaves neither a submission without versions nor a version without
 * its report.
 */
@WebTest
class ProposalsAtomicityTest {
  @Autowired Proposals proposals;
  @Autowired SubmissionService submissions;

  private final String owner = "atomic-" + UUID.randomUUID();
  private final Authentication applicant =
      new UsernamePasswordAuthenticationToken(owner, "n/a", List.of(new SimpleGrantedAuthority("ROLE_APPLICANT")));

  private static Report refused() {
    Report r = StoredProposals.report("draft.pdf", Map.of(Criterion.GENDER, Verdict.NOT_MET));
    return new Report(r.document(), r.outcome(), null, new RuleSetInfo("1", "sha256:" + "f".repeat(200)), r.criteria(),
        r.findings(), r.outline());
  }

  @Test
  void aRefusedReportLeavesNoNewSubmission() {
    assertThatThrownBy(() -> proposals.submit(applicant, "Water", "draft.pdf", "%PDF-1.4 a".getBytes(), refused()))
        .isInstanceOf(DataAccessException.class);
    assertThat(submissions.ownedBy(owner)).isEmpty();
  }

  @Test
  void aRefusedReportLeavesNoNewVersion() {
    Report ok = StoredProposals.report("draft.pdf", Map.of());
    Submission s = proposals.submit(applicant, "Water", "draft.pdf", "%PDF-1.4 a".getBytes(), ok).submission();
    assertThatThrownBy(() -> proposals.addVersion(applicant, s.id(), "v2.pdf", "%PDF-1.4 b".getBytes(), refused()))
        .isInstanceOf(DataAccessException.class);
    assertThat(submissions.versions(s.id())).extracting(Version::versionNo).containsExactly(1);
  }
}
