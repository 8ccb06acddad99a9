package org.hscheck.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of rule sets (admins). */
@RestController
@RequestMapping("/api/admin/rule-sets")
@Tag(name = "Rule sets", description = "The active rule set; upload, verify and activate a new one (admins)")
class AdminApi {
  private final RuleSetAdmin admin;

  AdminApi(RuleSetAdmin admin) {
    this.admin = admin;
  }

  /** The active rule set and every upload. */
  record RuleSets(RuleSetAdmin.Active active, List<RuleSetRecord> uploads) {}

  @Operation(summary = "The active rule set and every uploaded one")
  @GetMapping
  RuleSets list() {
    return new RuleSets(admin.active(), admin.list());
  }

  @Operation(summary = "Upload a rule set (.zip of the rules folder): compiled and its fixtures run; not yet active")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<RuleSetRecord> upload(@RequestPart("file") MultipartFile file, Authentication auth) throws IOException {
    RuleSetRecord r = admin.upload(file.getOriginalFilename(), file.getBytes(), auth.getName());
    return ResponseEntity.created(URI.create("/api/admin/rule-sets/" + r.id())).body(r);
  }

  @Operation(summary = "One uploaded rule set")
  @GetMapping("/{id}")
  RuleSetRecord get(@PathVariable UUID id) {
    return admin.get(id);
  }

  @Operation(summary = "Activate a verified rule set for every instance; a failed one gives 409 NOT_VERIFIED")
  @PostMapping("/{id}/activate")
  RuleSetRecord activate(@PathVariable UUID id, Authentication auth) {
    return admin.activate(id, auth.getName());
  }

  @Operation(summary = "Go back to the rule set packaged with the application")
  @PostMapping("/packaged/activate")
  RuleSetAdmin.Active activatePackaged() {
    admin.activatePackaged();
    return admin.active();
  }
}
