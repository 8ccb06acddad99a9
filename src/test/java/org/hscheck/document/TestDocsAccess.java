package org.hscheck.document;

/** Lets tests in other packages build the sample Word document. */
public final class TestDocsAccess {
  private TestDocsAccess() {}

  public static byte[] proposalDocx() throws java.io.IOException {
    return TestDocs.proposalDocx();
  }
}
