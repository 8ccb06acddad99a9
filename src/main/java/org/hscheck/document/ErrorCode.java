package org.hscheck.document;

/** Why a document could not be assessed; the codes of the report contract. */
public enum ErrorCode {
  /** A password or rights management locks the text. */
  ENCRYPTED,
  /** The file claims a supported format but its structure is broken beyond repair. */
  CORRUPT,
  /** The bytes are not a Word (.docx, .doc) or PDF document, whatever the file name says. */
  UNSUPPORTED_TYPE,
  /** A size, page, depth, cell, text-length, time or memory limit was reached. */
  TOO_LARGE,
  /** The file opens but holds no readable text (an image-only scan, an empty body). */
  NO_TEXT
}
