package org.hscheck.document;

/** A document that could not be read into the model, with a code and a message a person understands. */
public final class DocumentException extends Exception {
  private final ErrorCode code;
  /** The file's SHA-256 in hex when it was computed before the read failed, else null. */
  private final String sha256;

  public DocumentException(ErrorCode code, String message) {
    this(code, message, null, null);
  }

  public DocumentException(ErrorCode code, String message, Throwable cause) {
    this(code, message, cause, null);
  }

  private DocumentException(ErrorCode code, String message, Throwable cause, String sha256) {
    super(message, cause);
    this.code = code;
    this.sha256 = sha256;
  }

  /** This error, also carrying the digest of the file that could not be read (so that it is not computed twice). */
  DocumentException withSha256(String digest) {
    if (digest == null || digest.equals(sha256)) return this;
    DocumentException e = new DocumentException(code, getMessage(), getCause(), digest);
    e.setStackTrace(getStackTrace());
    return e;
  }

  public ErrorCode code() {
    return code;
  }

  /** The hex SHA-256 of the file, when it was computed before the read failed; otherwise null. */
  public String sha256() {
    return sha256;
  }
}
