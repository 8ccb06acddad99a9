package org.hscheck.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hscheck.report.Report;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of checks and submissions (HTTP Basic; problem details on error). */
@RestController
@RequestMapping("/api")
@Tag(name = "Checks and submissions", description = "Pre-check a draft, submit it, keep versions, see what changed")
class SubmissionApi {
  private final CheckService checks;
  private final Proposals proposals;

  SubmissionApi(CheckService checks, Proposals proposals) {
    this.checks = checks;
    this.proposals = proposals;
  }

  /** A submission in a list. */
  record SubmissionSummary(UUID id, String title, String owner, OffsetDateTime createdAt, int versions,
                           String latestOutcome, long latestMet, long latestNotMet) {}

  /** One version of a submission. */
  record VersionSummary(UUID id, int versionNo, String fileName, String format, String sha256, long sizeBytes,
                        String uploadedBy, OffsetDateTime uploadedAt, String outcome, long met, long notMet) {}

  /** A submission with its versions and the changes from the previous version to the latest. */
  record SubmissionDetail(UUID id, String title, String owner, OffsetDateTime createdAt, List<VersionSummary> versions,
                          VersionChanges changesSincePrevious) {}

  @Operation(summary = "Pre-check a draft (.docx, .doc, .pdf); nothing is stored",
      description = "Returns the report as json (default), html or pdf. A file that cannot be assessed gives a problem "
          + "with its code: ENCRYPTED, CORRUPT, UNSUPPORTED_TYPE, TOO_LARGE or NO_TEXT.")
  @PostMapping(value = "/checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<byte[]> check(@RequestPart("file") MultipartFile file,
                               @RequestParam(defaultValue = "json") String format) throws IOException {
    Report report = checked(file);
    return Downloads.report(report, format);
  }

  @Operation(summary = "Pre-check a draft and return it annotated (Word comments or PDF annotations at the evidence)")
  @PostMapping(value = "/checks/annotated", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<byte[]> annotate(@RequestPart("file") MultipartFile file) throws IOException {
    byte[] content = file.getBytes();
    return Downloads.annotated(content, checked(file));
  }

  @Operation(summary = "The caller's submissions (all applicants' for secretariat, reviewer, admin)")
  @GetMapping("/submissions")
  List<SubmissionSummary> list(Authentication auth) {
    return proposals.visibleTo(auth).stream().map(proposals::detail).map(d -> {
      var latest = d.latest();
      return new SubmissionSummary(d.submission().id(), d.submission().title(), d.submission().owner(),
          d.submission().createdAt(), d.versions().size(), latest == null ? null : latest.outcome(),
          latest == null ? 0 : latest.met(), latest == null ? 0 : latest.notMet());
    }).toList();
  }

  @Operation(summary = "Submit a draft: checks it and keeps it as version 1 of a new submission (applicants)")
  @PostMapping(value = "/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<SubmissionDetail> submit(@RequestPart("file") MultipartFile file,
                                          @RequestParam(required = false) String title, Authentication auth)
      throws IOException {
    Proposals.Detail d = proposals.checkAndSubmit(auth, title, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/submissions/" + d.submission().id())).body(detail(d));
  }

  @Operation(summary = "A submission with its versions and what changed since the previous version")
  @GetMapping("/submissions/{id}")
  SubmissionDetail get(@PathVariable UUID id, Authentication auth) {
    return detail(proposals.detail(proposals.readable(id, auth)));
  }

  @Operation(summary = "Upload the next version of one's own submission; it is checked and kept")
  @PostMapping(value = "/submissions/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<SubmissionDetail> addVersion(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
                                              Authentication auth) throws IOException {
    Proposals.Detail d = proposals.checkAndAddVersion(auth, id, file.getOriginalFilename(), file.getBytes());
    int no = d.latest().version().versionNo();
    return ResponseEntity.created(URI.create("/api/submissions/" + id + "/versions/" + no + "/report")).body(detail(d));
  }

  @Operation(summary = "The report of a version as json (default), html or pdf")
  @GetMapping("/submissions/{id}/versions/{no}/report")
  ResponseEntity<byte[]> report(@PathVariable UUID id, @PathVariable int no,
                                @RequestParam(defaultValue = "json") String format, Authentication auth) {
    return Downloads.report(proposals.report(proposals.readableVersion(id, no, auth)), format);
  }

  @Operation(summary = "A version's file annotated with its findings")
  @GetMapping("/submissions/{id}/versions/{no}/annotated")
  ResponseEntity<byte[]> annotated(@PathVariable UUID id, @PathVariable int no, Authentication auth) {
    Version v = proposals.readableVersion(id, no, auth);
    return Downloads.annotated(proposals.content(v), proposals.report(v));
  }

  @Operation(summary = "A version's file as uploaded")
  @GetMapping("/submissions/{id}/versions/{no}/original")
  ResponseEntity<byte[]> original(@PathVariable UUID id, @PathVariable int no, Authentication auth) {
    Version v = proposals.readableVersion(id, no, auth);
    return Downloads.original(proposals.content(v), v.fileName(), v.format());
  }

  @Operation(summary = "What changed between two versions: verdicts gained and lost, findings fixed and new")
  @GetMapping("/submissions/{id}/changes")
  VersionChanges changes(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Authentication auth) {
    return proposals.changes(auth, id, from, to);
  }

  private Report checked(MultipartFile file) throws IOException {
    byte[] content = file.getBytes();
    CheckService.requireUpload(file.getOriginalFilename(), content);
    Report report = checks.check(content, file.getOriginalFilename()).report();
    CheckService.requireAssessed(report);
    return report;
  }

  private static SubmissionDetail detail(Proposals.Detail d) {
    var s = d.submission();
    return new SubmissionDetail(s.id(), s.title(), s.owner(), s.createdAt(), d.versions().stream()
        .map(v -> new VersionSummary(v.version().id(), v.version().versionNo(), v.version().fileName(),
            v.version().format(), v.version().sha256(), v.version().sizeBytes(), v.version().uploadedBy(),
            v.version().uploadedAt(), v.outcome(), v.met(), v.notMet()))
        .toList(), d.changes());
  }
}
