package org.hscheck.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Sign-in page and the landing page of each role. */
@Controller
class HomeController {
  private final boolean demoUsers;

  HomeController(@Value("${hscheck.demo-users:false}") boolean demoUsers) {
    this.demoUsers = demoUsers;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("demoUsers", demoUsers);
    return "login";
  }

  /** Sends each role to where its work starts. */
  @GetMapping("/home")
  String home(@ModelAttribute("me") CurrentUserAdvice.Me me) {
    if (me.has("ADMIN")) {
      return "redirect:/admin/rules";
    }
    if (me.has("SECRETARIAT")) {
      return "redirect:/calls";
    }
    if (me.has("REVIEWER")) {
      return "redirect:/review";
    }
    return "redirect:/";
  }
}
