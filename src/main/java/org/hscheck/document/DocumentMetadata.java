package org.hscheck.document;

/**
 * What is known about a document as a file.
 *
 * @param name     file name as uploaded
 * @param sha256   hex digest of the file's bytes
 * @param format   format detected from the content
 * @param pages    page count where known (PDF; Word only from rendered page breaks), else {@code null}
 * @param language detected language as an ISO 639-1 code ("en", "fr", "es"), or "und"
 */
public record DocumentMetadata(String name, String sha256, Format format, Integer pages, String language) {
  public DocumentMetadata withLanguage(String lang) {
    return new DocumentMetadata(name, sha256, format, pages, lang);
  }
}
