package org.hscheck.document;

/** Reads a file's bytes into the model, choosing the reader by content, within {@link ReadLimits}. */
public final class DocumentReaders {
  private DocumentReaders() {}

  /**
   * Reads a document.
   *
   * @param bytes the file's content
   * @param name  the file name as uploaded (for metadata only; never used to choose the reader)
   * @throws DocumentException with the reason the document cannot be assessed, including {@link ErrorCode#NO_TEXT}
   */
  public static ProposalDocument read(byte[] bytes, String name, ReadLimits limits) throws DocumentException {
    throw new UnsupportedOperationException("readers not yet written (issue 2)");
  }
}
