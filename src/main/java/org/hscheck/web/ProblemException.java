package org.hscheck.web;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served, with the HTTP status and the problem {@code code} the client sees
 * (the report contract's codes, or NOT_FOUND, FORBIDDEN, INVALID_REQUEST, CONFLICT).
 * The message is shown to the user: it names what was wrong and never quotes document text.
 */
public class ProblemException extends RuntimeException {
  private final HttpStatus status;
  private final String code;

  public ProblemException(HttpStatus status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** 404 NOT_FOUND naming what was looked for ("submission 1234"). */
  public static ProblemException notFound(String what) {
    return new ProblemException(HttpStatus.NOT_FOUND, "NOT_FOUND", "No " + what + " exists.");
  }

  /** 403 FORBIDDEN. */
  public static ProblemException forbidden(String message) {
    return new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
  }

  /** 400 INVALID_REQUEST. */
  public static ProblemException invalid(String message) {
    return new ProblemException(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", message);
  }
}
