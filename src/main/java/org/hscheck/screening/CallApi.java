package org.hscheck.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.hscheck.web.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The secretariat's REST API: calls, batch uploads, progress, grid, exports and re-screening (SECRETARIAT, ADMIN). */
@RestController
@RequestMapping("/api/calls")
@Tag(name = "Calls", description = "Screening a call's proposals in the background (secretariat)")
class CallApi {
  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final CallService calls;

  CallApi(CallService calls) {
    this.calls = calls;
  }

  @GetMapping
  @Operation(summary = "Every call with the progress of its screening, newest first")
  List<CallSummary> list() {
    return calls.list();
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Create a call from .docx, .doc, .pdf files and .zip archives; its proposals are queued for screening")
  ResponseEntity<UploadResult> create(@RequestParam("name") String name,
                                      @RequestParam(value = "files", required = false) List<MultipartFile> files,
                                      Principal user) {
    UploadResult r = calls.create(name, user.getName(), Uploads.parts(files));
    return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/calls/" + r.call().id()).body(r);
  }

  @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Add proposals to a call; they are screened with the call's current rule set")
  UploadResult add(@PathVariable UUID id, @RequestParam(value = "files", required = false) List<MultipartFile> files,
                   Principal user) {
    return calls.add(id, user.getName(), Uploads.parts(files));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One call with the progress of its screening")
  CallSummary get(@PathVariable UUID id) {
    return calls.find(id).orElseThrow(() -> ProblemException.notFound("call " + id));
  }

  @GetMapping("/{id}/progress")
  @Operation(summary = "Jobs of the call's current screening by state; poll it until finished is true")
  Progress progress(@PathVariable UUID id) {
    return calls.progress(id);
  }

  @GetMapping("/{id}/grid")
  @Operation(summary = "The proposals x criteria grid, filtered and sorted")
  List<GridRow> grid(@PathVariable UUID id, @RequestParam(required = false) String criterion,
                     @RequestParam(required = false) String verdict, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String text, @RequestParam(required = false) String sort,
                     @RequestParam(required = false) String dir) {
    return calls.grid(id, GridQuery.of(criterion, verdict, status, text, sort, dir));
  }

  @GetMapping("/{id}/grid.{format}")
  @Operation(summary = "The grid as an XLSX workbook or CSV file (format xlsx or csv), with the same filters")
  ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format,
                                @RequestParam(required = false) String criterion,
                                @RequestParam(required = false) String verdict,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String text, @RequestParam(required = false) String sort,
                                @RequestParam(required = false) String dir) {
    return download(calls, id, Uploads.exportFormat(format), GridQuery.of(criterion, verdict, status, text, sort, dir));
  }

  @PostMapping("/{id}/rescreen")
  @Operation(summary = "Screen every proposal of the call again with the active rule set")
  RescreenResult rescreen(@PathVariable UUID id) {
    return calls.rescreen(id);
  }

  @GetMapping("/{id}/changes")
  @Operation(summary = "Per proposal, what changed between the call's previous rule set and its current one")
  List<ProposalChange> changes(@PathVariable UUID id) {
    return calls.changes(id);
  }

  /** The export response shared with the pages. */
  static ResponseEntity<byte[]> download(CallService calls, UUID id, String format, GridQuery q) {
    byte[] body = calls.export(id, q, format);
    return ResponseEntity.ok()
        .contentType(format.equals("xlsx") ? XLSX : CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"call-" + id + "-grid." + format + "\"")
        .body(body);
  }
}
