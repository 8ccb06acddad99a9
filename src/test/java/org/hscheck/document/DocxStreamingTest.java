package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The streaming .docx reader on hand-written WordprocessingML: what XWPF derived from styles and runs, and limits. */
class DocxStreamingTest {
  private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  @Test
  void headingLevelFollowsTheBasedOnChainUntilATitleStyle() throws Exception {
    String styles = "<w:styles " + NS + ">"
        + style("Heading2", "heading 2", null)
        + style("Custom", "Custom", "Heading2")
        + style("Title", "Title", "Heading2")
        + style("Subtitle2", "Sub", "Title")
        + "</w:styles>";
    ProposalDocument doc = read(body(p("Custom", "Reached through basedOn") + p(null, "Body text")
        + p("Subtitle2", "Stopped at the title style")), Map.of("word/styles.xml", styles));
    assertThat(doc.sections()).extracting(Section::level, Section::heading)
        .contains(org.assertj.core.groups.Tuple.tuple(2, "Reached through basedOn"));
    assertThat(doc.blocks()).extracting(Block::text).contains("Stopped at the title style");
  }

  @Test
  void runsReadAsXwpfRendersThem() throws Exception {
    String runs = "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>"
        + "<w:r><w:delText>gone</w:delText></w:r>"
        + "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        + "<w:r><w:rPr><w:caps/></w:rPr><w:t> loud</w:t></w:r>"
        + "<w:ins><w:r><w:t> inserted</w:t></w:r><w:ins><w:hyperlink><w:r><w:t> skipped</w:t></w:r></w:hyperlink></w:ins></w:ins>"
        + "<w:hyperlink><w:r><w:t> linked</w:t></w:r></w:hyperlink></w:p>";
    ProposalDocument doc = read(body(runs), Map.of());
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("a\tb\nc LOUD inserted linked");
  }

  @Test
  void limitsOnTheMainPartWinOverAnErrorInAnEarlierBodyElement() throws Exception {
    StringBuilder cells = new StringBuilder("<w:tbl><w:tr>");
    for (int i = 0; i < 30; i++) cells.append("<w:tc><w:p/></w:tc>");
    cells.append("</w:tr></w:tbl>");
    byte[] docx = docx(body("<w:p><w:r><w:footnoteReference w:id=\"not-a-number\"/></w:r></w:p>" + cells),
        Map.of());
    ReadLimits limits = ReadLimits.defaults().withMaxTableCells(20);
    assertThatThrownBy(() -> DocumentReaders.read(docx, "cells.docx", limits))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("tables hold more than 20 cells");
    assertThatThrownBy(() -> DocumentReaders.read(docx, "cells.docx", ReadLimits.defaults()))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("Invalid integer value: not-a-number");
  }

  @Test
  void textLimitStopsTheReadBeforeTheEndOfTheMainPart() throws Exception {
    java.util.Random random = new java.util.Random(3);
    StringBuilder text = new StringBuilder();
    while (text.length() < 2_000_000) text.append((char) ('a' + random.nextInt(26)));
    String big = "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    byte[] docx = docx(body(big) + "<broken", Map.of());
    assertThatThrownBy(() -> DocumentReaders.read(docx, "big.docx", ReadLimits.defaults().withMaxChars(100_000)))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("holds more than 100000 characters");
  }

  private static String style(String id, String name, String basedOn) {
    return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
        + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "</w:style>";
  }

  private static String p(String style, String text) {
    return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
        + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  private static String body(String content) {
    return "<w:document " + NS + "><w:body>" + content + "</w:body></w:document>";
  }

  private static ProposalDocument read(String document, Map<String, String> parts) throws Exception {
    return DocumentReaders.read(docx(document, parts), "test.docx", ReadLimits.defaults());
  }

  /** A package with the main part and the given parts, each related to the main part by its name's type. */
  private static byte[] docx(String document, Map<String, String> parts) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + Sniffer.WORD_MAIN + "\"/></Types>");
    entries.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>");
    StringBuilder rels = new StringBuilder(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int id = 1;
    for (String name : List.copyOf(parts.keySet())) {
      String type = name.substring(name.lastIndexOf('/') + 1).replace(".xml", "");
      rels.append("<Relationship Id=\"rId").append(id++).append("\" Type=\"").append(REL).append(type)
          .append("\" Target=\"").append(name.substring("word/".length())).append("\"/>");
    }
    entries.put("word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
    entries.put("word/document.xml", document);
    entries.putAll(parts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
