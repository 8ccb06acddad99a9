package org.hscheck.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page model as {@code me}, for the layout's navigation. */
@ControllerAdvice
class CurrentUserAdvice {

  /** The signed-in user of a page: name and roles without the ROLE_ prefix; an anonymous visitor has none. */
  public record Me(String name, Set<String> roles) {
    public boolean has(String role) {
      return roles.contains(role);
    }

    public boolean signedIn() {
      return name != null;
    }
  }

  @ModelAttribute("me")
  Me me() {
    return current();
  }

  /** The signed-in user of the current request. */
  static Me current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
      return new Me(null, Set.of());
    }
    return new Me(a.getName(), a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .map(s -> s.startsWith("ROLE_") ? s.substring(5) : s).collect(Collectors.toUnmodifiableSet()));
  }
}
