package org.hscheck.security;

/** The roles of the application; Spring Security authorities are {@code ROLE_} + name. */
public enum Role {
  APPLICANT, SECRETARIAT, REVIEWER, ADMIN;

  /** The granted authority name ("ROLE_ADMIN"). */
  public String authority() {
    return "ROLE_" + name();
  }
}
