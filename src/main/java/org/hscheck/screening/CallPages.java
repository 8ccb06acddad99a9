package org.hscheck.screening;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hscheck.admin.RuleSetRegistry;
import org.hscheck.report.Criterion;
import org.hscheck.report.Verdict;
import org.hscheck.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's pages: calls, batch upload, live progress, the grid with filters, exports, re-screening. */
@Controller
@RequestMapping("/calls")
class CallPages {
  private final CallService calls;
  private final RuleSetRegistry ruleSets;

  CallPages(CallService calls, RuleSetRegistry ruleSets) {
    this.calls = calls;
    this.ruleSets = ruleSets;
  }

  /** A criterion as a grid column: its id and a readable label. */
  public record Column(String id, String label) {}

  static final List<Column> COLUMNS = Arrays.stream(Criterion.values())
      .map(c -> new Column(c.name(), label(c.name())))
      .toList();

  @GetMapping
  String list(Model model) {
    model.addAttribute("calls", calls.list());
    return "calls/list";
  }

  @PostMapping
  String create(@RequestParam("name") String name,
                @RequestParam(value = "files", required = false) List<MultipartFile> files, Principal user,
                RedirectAttributes flash) {
    UploadResult r = calls.create(name, user.getName(), Uploads.parts(files));
    flash.addFlashAttribute("upload", r);
    return "redirect:/calls/" + r.call().id();
  }

  @GetMapping("/{id}")
  String call(@PathVariable UUID id, @RequestParam(required = false) String criterion,
              @RequestParam(required = false) String verdict, @RequestParam(required = false) String status,
              @RequestParam(required = false) String text, @RequestParam(required = false) String sort,
              @RequestParam(required = false) String dir, Model model) {
    CallSummary call = calls.find(id).orElseThrow(() -> ProblemException.notFound("call " + id));
    GridQuery query = GridQuery.of(criterion, verdict, status, text, sort, dir);
    model.addAttribute("call", call);
    model.addAttribute("query", query);
    model.addAttribute("rows", calls.grid(id, query));
    model.addAttribute("columns", COLUMNS);
    model.addAttribute("verdicts", Verdict.values());
    model.addAttribute("statuses", List.of("QUEUED", "RUNNING", "DONE", "FAILED", "ASSESSED", "REJECTED", "NO_TEXT"));
    model.addAttribute("changes", calls.changes(id));
    model.addAttribute("activeRuleSet", ruleSets.activeInfo());
    return "calls/call";
  }

  @GetMapping("/{id}/progress")
  @ResponseBody
  Progress progress(@PathVariable UUID id) {
    return calls.progress(id);
  }

  @GetMapping("/{id}/grid.{format}")
  ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format,
                                @RequestParam(required = false) String criterion,
                                @RequestParam(required = false) String verdict,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String text, @RequestParam(required = false) String sort,
                                @RequestParam(required = false) String dir) {
    return CallApi.download(calls, id, Uploads.exportFormat(format),
        GridQuery.of(criterion, verdict, status, text, sort, dir));
  }

  @PostMapping("/{id}/files")
  String add(@PathVariable UUID id, @RequestParam(value = "files", required = false) List<MultipartFile> files,
             Principal user, RedirectAttributes flash) {
    flash.addFlashAttribute("upload", calls.add(id, user.getName(), Uploads.parts(files)));
    return "redirect:/calls/" + id;
  }

  @PostMapping("/{id}/rescreen")
  String rescreen(@PathVariable UUID id, RedirectAttributes flash) {
    flash.addFlashAttribute("rescreen", calls.rescreen(id));
    return "redirect:/calls/" + id;
  }

  /** "THREE_ONES_FRAMEWORK" as "Three ones framework". */
  static String label(String id) {
    String s = id.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
