package org.hscheck.document;

/** A document that could not be read into the model, with a code and a message a person understands. */
public final class DocumentException extends Exception {
  private final ErrorCode code;

  public DocumentException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public DocumentException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
