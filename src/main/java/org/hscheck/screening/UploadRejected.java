package org.hscheck.screening;

/**
 * An upload of the secretariat that cannot be taken as a whole.
 *
 * @param code TOO_LARGE, CORRUPT, ENCRYPTED or INVALID_REQUEST
 */
final class UploadRejected extends RuntimeException {
  private final String code;

  UploadRejected(String code, String message) {
    super(message);
    this.code = code;
  }

  String code() {
    return code;
  }
}
