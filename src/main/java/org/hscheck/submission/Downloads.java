package org.hscheck.submission;

import java.nio.charset.StandardCharsets;
import org.hscheck.report.Report;
import org.hscheck.report.render.Renderer;
import org.hscheck.report.render.Renderers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads of a report: the rendered report (json, html, pdf), the annotated original, the original. */
final class Downloads {
  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final MediaType DOC = MediaType.parseMediaType("application/msword");

  private Downloads() {}

  /** The report rendered as json, html or pdf, as an attachment named after the document. */
  static ResponseEntity<byte[]> report(Report report, String format) {
    Renderer r = Renderers.forFormat(format);
    return file(r.render(report), stem(report.document().name()) + "-report." + r.extension(),
        MediaType.parseMediaType(r.mediaType()));
  }

  /** The applicant's own file with the findings as comments (Word) or annotations (PDF). */
  static ResponseEntity<byte[]> annotated(byte[] original, Report report) {
    CheckService.requireAssessed(report);
    byte[] out = Renderers.annotate(original, report);
    boolean pdf = out.length > 4 && new String(out, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF");
    return file(out, stem(report.document().name()) + "-annotated." + (pdf ? "pdf" : "docx"),
        pdf ? MediaType.APPLICATION_PDF : DOCX);
  }

  /** The file as uploaded. */
  static ResponseEntity<byte[]> original(byte[] content, String fileName, String format) {
    MediaType type = format == null ? MediaType.APPLICATION_OCTET_STREAM : switch (format) {
      case "PDF" -> MediaType.APPLICATION_PDF;
      case "DOCX" -> DOCX;
      case "DOC" -> DOC;
      default -> MediaType.APPLICATION_OCTET_STREAM;
    };
    return file(content, fileName, type);
  }

  private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(type).body(body);
  }

  static String stem(String fileName) {
    String base = fileName == null ? "document" : fileName.replaceAll(".*[/\\\\]", "");
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
