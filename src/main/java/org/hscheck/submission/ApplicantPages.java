package org.hscheck.submission;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.hscheck.check.CheckResult;
import org.hscheck.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.ResponseEntity;

/**
 * The applicant's pages: upload and pre-check (nothing stored), the report with its downloads, submitting, the list
 * of submissions, a submission with its versions and what changed.
 */
@Controller
class ApplicantPages {
  private final CheckService checks;
  private final Proposals proposals;

  ApplicantPages(CheckService checks, Proposals proposals) {
    this.checks = checks;
    this.proposals = proposals;
  }

  @GetMapping("/")
  String start() {
    return "check";
  }

  /** Pre-check: the report is shown and kept only in the session until the applicant submits. */
  @PostMapping("/check")
  String check(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
               HttpServletResponse response) throws IOException {
    byte[] content = file.getBytes();
    try {
      CheckService.requireUpload(file.getOriginalFilename(), content);
    } catch (ProblemException e) {
      response.setStatus(e.status().value());
      model.addAttribute("problem", e.getMessage());
      model.addAttribute("problemCode", e.code());
      return "check";
    }
    CheckResult result = checks.check(content, file.getOriginalFilename());
    Precheck p = Precheck.keep(session, file.getOriginalFilename(), content, result.report());
    return "redirect:/report/precheck/" + p.token();
  }

  @GetMapping("/report/precheck/{token}")
  String precheckReport(@PathVariable String token, HttpSession session, Model model, Authentication auth) {
    Precheck p = precheck(session, token);
    model.addAttribute("report", p.report());
    model.addAttribute("base", "/report/precheck/" + token);
    model.addAttribute("precheck", p);
    model.addAttribute("mine", proposals.ownedBy(auth));
    model.addAttribute("canSubmit", Proposals.has(auth, org.hscheck.security.Role.APPLICANT));
    return "report";
  }

  @GetMapping("/report/precheck/{token}/annotated")
  ResponseEntity<byte[]> precheckAnnotated(@PathVariable String token, HttpSession session) {
    Precheck p = precheck(session, token);
    return Downloads.annotated(p.content(), p.report());
  }

  @GetMapping("/report/precheck/{token}/report.{format}")
  ResponseEntity<byte[]> precheckRendered(@PathVariable String token, @PathVariable String format, HttpSession session) {
    return Downloads.report(precheck(session, token).report(), format);
  }

  /** Submits a pre-checked draft: a new submission, or the next version of one of the applicant's submissions. */
  @PostMapping("/report/precheck/{token}/submit")
  String submit(@PathVariable String token, @RequestParam(required = false) String title,
                @RequestParam(required = false) UUID submissionId, HttpSession session, Authentication auth) {
    Optional<Precheck> taken = Precheck.take(session, token);
    if (taken.isEmpty()) {
      // a second click on the submit button: show what the first stored, never store it twice
      return "redirect:" + Precheck.submittedTo(session, token).orElseThrow(() -> missing(token));
    }
    Precheck p = taken.get();
    Proposals.Detail d;
    try {
      d = submissionId == null
          ? proposals.submit(auth, title, p.fileName(), p.content(), p.report())
          : proposals.addVersion(auth, submissionId, p.fileName(), p.content(), p.report());
    } catch (RuntimeException e) {
      Precheck.putBack(session, p);
      throw e;
    }
    String page = "/submissions/" + d.submission().id();
    Precheck.submitted(session, token, page);
    return "redirect:" + page;
  }

  @GetMapping("/submissions")
  String submissions(Model model, Authentication auth) {
    model.addAttribute("submissions", proposals.visibleTo(auth).stream().map(proposals::detail).toList());
    return "submissions";
  }

  @GetMapping("/submissions/{id}")
  String submission(@PathVariable UUID id, Model model, Authentication auth) {
    Proposals.Detail d = proposals.detail(proposals.readable(id, auth));
    model.addAttribute("detail", d);
    model.addAttribute("canUpload", d.submission().owner().equals(auth.getName()) && d.submission().callId() == null);
    return "submission";
  }

  @PostMapping("/submissions/{id}/versions")
  String newVersion(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Authentication auth)
      throws IOException {
    proposals.checkAndAddVersion(auth, id, file.getOriginalFilename(), file.getBytes());
    return "redirect:/submissions/" + id;
  }

  @GetMapping("/report/{versionId}")
  String versionReport(@PathVariable UUID versionId, Model model, Authentication auth) {
    Version v = proposals.readableVersion(versionId, auth);
    model.addAttribute("report", proposals.report(v));
    model.addAttribute("base", "/report/" + versionId);
    model.addAttribute("version", v);
    return "report";
  }

  @GetMapping("/report/{versionId}/annotated")
  ResponseEntity<byte[]> versionAnnotated(@PathVariable UUID versionId, Authentication auth) {
    Version v = proposals.readableVersion(versionId, auth);
    return Downloads.annotated(proposals.content(v), proposals.report(v));
  }

  @GetMapping("/report/{versionId}/report.{format}")
  ResponseEntity<byte[]> versionRendered(@PathVariable UUID versionId, @PathVariable String format, Authentication auth) {
    return Downloads.report(proposals.report(proposals.readableVersion(versionId, auth)), format);
  }

  @GetMapping("/report/{versionId}/original")
  ResponseEntity<byte[]> original(@PathVariable UUID versionId, Authentication auth) {
    Version v = proposals.readableVersion(versionId, auth);
    return Downloads.original(proposals.content(v), v.fileName(), v.format());
  }

  private static Precheck precheck(HttpSession session, String token) {
    return Precheck.find(session, token).orElseThrow(() -> missing(token));
  }

  private static ProblemException missing(String token) {
    return ProblemException.notFound(
        "pre-check " + token + " in this session (a pre-check is kept only until you sign out; check the file again)");
  }
}
