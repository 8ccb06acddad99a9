package org.hscheck.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small proposals written for the tests: .docx files with headings and paragraphs, and zips of them. */
final class Proposals {
  private Proposals() {}

  private static final String[][] SECTIONS = {
      {"Background", "Displaced families in the northern districts face food insecurity and violence."},
      {"Partners", "The project is implemented jointly by UNDP, UNICEF and WFP with the district authorities."},
      {"Needs assessment", "A joint needs assessment was carried out by the three agencies in March."},
      {"Protection and empowerment", "Community protection committees are trained and women's groups lead"
          + " livelihood activities."},
      {"Monitoring", "A joint monitoring framework with baseline and indicators is used by all partners."},
  };

  /** A proposal for one country; {@code sections} of the fixed outline are included. */
  static byte[] docx(String country, int sections) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Human security programme for " + country);
      for (int i = 0; i < Math.min(sections, SECTIONS.length); i++) {
        var h = doc.createParagraph();
        h.setStyle("Heading1");
        h.createRun().setText((i + 1) + ". " + SECTIONS[i][0]);
        doc.createParagraph().createRun().setText(SECTIONS[i][1]);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip of {@code n} proposals named {@code prefix-i.docx}, plus a text file that is not a proposal. */
  static byte[] zip(String prefix, int n) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 1; i <= n; i++) entries.put("proposals/" + prefix + "-" + i + ".docx", docx(prefix + " " + i, 1 + i % 5));
    entries.put("proposals/README.txt", "not a proposal".getBytes(StandardCharsets.UTF_8));
    try {
      return BatchUploadTest.zip(entries, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
