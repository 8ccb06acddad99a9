package org.hscheck.screening;

import org.hscheck.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An upload of the secretariat that cannot be taken as a whole: 413 TOO_LARGE, 422 CORRUPT or ENCRYPTED, else
 * 400 INVALID_REQUEST.
 */
final class UploadRejected extends ProblemException {

  UploadRejected(String code, String message) {
    super(status(code), code, message);
  }

  private static HttpStatus status(String code) {
    return switch (code) {
      case "TOO_LARGE" -> HttpStatus.CONTENT_TOO_LARGE;
      case "CORRUPT", "ENCRYPTED" -> HttpStatus.UNPROCESSABLE_CONTENT;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
