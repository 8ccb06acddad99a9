package org.hscheck.admin;

import java.io.IOException;
import java.util.UUID;
import org.hscheck.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's rule set page: the active rule set, uploads with their verification, activation. */
@Controller
class AdminPages {
  private final RuleSetAdmin admin;

  AdminPages(RuleSetAdmin admin) {
    this.admin = admin;
  }

  @GetMapping("/admin/rules")
  String rules(Model model) {
    model.addAttribute("active", admin.active());
    model.addAttribute("uploads", admin.list());
    return "admin-rules";
  }

  @PostMapping("/admin/rules")
  String upload(@RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes redirect)
      throws IOException {
    try {
      RuleSetRecord r = admin.upload(file.getOriginalFilename(), file.getBytes(), auth.getName());
      redirect.addFlashAttribute(r.status() == RuleSetRecord.Status.VERIFIED ? "saved" : "problem",
          r.status() == RuleSetRecord.Status.VERIFIED
              ? "Rule set " + r.version() + " compiled and passed " + r.fixturesPassed() + " fixtures; you may activate it."
              : "Rule set '" + r.fileName() + "' cannot be activated: see its messages below.");
    } catch (ProblemException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/admin/rules";
  }

  @PostMapping("/admin/rules/{id}/activate")
  String activate(@PathVariable UUID id, Authentication auth, RedirectAttributes redirect) {
    RuleSetRecord r = admin.activate(id, auth.getName());
    redirect.addFlashAttribute("saved", "Rule set " + r.version() + " is now active.");
    return "redirect:/admin/rules";
  }

  @PostMapping("/admin/rules/packaged")
  String packaged(RedirectAttributes redirect) {
    admin.activatePackaged();
    redirect.addFlashAttribute("saved", "The rule set packaged with the application is now active.");
    return "redirect:/admin/rules";
  }
}
