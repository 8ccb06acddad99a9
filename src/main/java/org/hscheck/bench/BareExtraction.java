package org.hscheck.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The floor a full check is measured against: the plain text of a file by the libraries alone (PDFBox
 * {@code PDFTextStripper}, POI {@code XWPFWordExtractor} and {@code WordExtractor}), with no model, limits or rules.
 */
public final class BareExtraction {
  private BareExtraction() {}

  /** The library that extracts this file's text ("PDFBox PDFTextStripper"...), chosen by file name. */
  public static String library(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".pdf")) return "PDFBox PDFTextStripper";
    if (n.endsWith(".docx")) return "POI XWPFWordExtractor";
    if (n.endsWith(".doc")) return "POI WordExtractor";
    throw new IllegalArgumentException("no bare extractor for '" + name + "': expected .pdf, .docx or .doc");
  }

  /** The file's text as the bare library returns it. */
  public static String text(byte[] bytes, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    try {
      if (n.endsWith(".pdf")) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
          return new PDFTextStripper().getText(doc);
        }
      }
      if (n.endsWith(".docx")) {
        try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
          return x.getText();
        }
      }
      if (n.endsWith(".doc")) {
        try (WordExtractor x = new WordExtractor(new HWPFDocument(new ByteArrayInputStream(bytes)))) {
          return x.getText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bare extraction of " + name + " failed", e);
    }
    throw new IllegalArgumentException("no bare extractor for '" + name + "': expected .pdf, .docx or .doc");
  }
}
