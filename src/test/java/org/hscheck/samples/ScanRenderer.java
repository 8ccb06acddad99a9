package org.hscheck.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Renders a sample as a scanned paper copy: each page is a slightly skewed, speckled greyscale image and the PDF has no
 * text layer at all, as when a signed proposal is put through an office scanner.
 */
final class ScanRenderer {
  private static final int DPI = 110;

  private ScanRenderer() {}

  static byte[] render(SampleSource src) throws IOException {
    Font base;
    try {
      base = Font.createFont(Font.TRUETYPE_FONT, new File(PdfRenderer.FONT_DIR + "DejaVuSerif.ttf"));
    } catch (FontFormatException e) {
      throw new IOException("DejaVuSerif.ttf is not a usable font", e);
    }
    int pw = Math.round(PDRectangle.A4.getWidth() / 72 * DPI);
    int ph = Math.round(PDRectangle.A4.getHeight() / 72 * DPI);
    Font body = base.deriveFont(15f);
    Font head = base.deriveFont(Font.BOLD, 18f);
    List<String[]> lines = new ArrayList<>();
    String title = src.directive("title", null);
    if (title != null) lines.add(new String[] {"H", title});
    for (SampleSource.Block b : src.blocks()) {
      if (b instanceof SampleSource.Heading h) {
        lines.add(new String[] {"H", SampleSource.plain(h.text())});
      } else if (b instanceof SampleSource.Para p) {
        lines.add(new String[] {"P", SampleSource.plain(p.text())});
      } else if (b instanceof SampleSource.Item i) {
        lines.add(new String[] {"P", "  • " + SampleSource.plain(i.text())});
      } else if (b instanceof SampleSource.TableBlock t) {
        t.rows().forEach(r -> lines.add(new String[] {"P", String.join("   ", r)}));
      } else if (b instanceof SampleSource.PageBreak) {
        lines.add(new String[] {"B", ""});
      }
    }
    Random noise = new Random(src.directive("file", "scan").hashCode());
    try (PDDocument doc = new PDDocument()) {
      BufferedImage img = null;
      Graphics2D g = null;
      int y = 0;
      int margin = DPI;
      for (String[] l : lines) {
        Font f = l[0].equals("H") ? head : body;
        if (g == null || l[0].equals("B")) {
          if (g != null) addPage(doc, img, g, noise);
          img = new BufferedImage(pw, ph, BufferedImage.TYPE_BYTE_GRAY);
          g = img.createGraphics();
          g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
          g.setColor(new Color(244, 242, 236));
          g.fillRect(0, 0, pw, ph);
          g.rotate(Math.toRadians(0.6 + noise.nextDouble() * 0.5), pw / 2.0, ph / 2.0);
          g.setColor(new Color(35, 35, 35));
          y = margin;
          if (l[0].equals("B")) continue;
        }
        g.setFont(f);
        var fm = g.getFontMetrics();
        StringBuilder line = new StringBuilder();
        List<String> wrapped = new ArrayList<>();
        for (String w : l[1].split(" ")) {
          if (line.length() > 0 && fm.stringWidth(line + " " + w) > pw - 2 * margin) {
            wrapped.add(line.toString());
            line.setLength(0);
          }
          line.append(line.length() == 0 ? "" : " ").append(w);
        }
        wrapped.add(line.toString());
        for (String w : wrapped) {
          if (y + fm.getHeight() > ph - margin) {
            addPage(doc, img, g, noise);
            img = new BufferedImage(pw, ph, BufferedImage.TYPE_BYTE_GRAY);
            g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(244, 242, 236));
            g.fillRect(0, 0, pw, ph);
            g.setColor(new Color(35, 35, 35));
            g.setFont(f);
            y = margin;
          }
          y += fm.getAscent();
          g.drawString(w, margin, y);
          y += fm.getDescent() + 3;
        }
        y += l[0].equals("H") ? 10 : 6;
      }
      if (g != null) addPage(doc, img, g, noise);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void addPage(PDDocument doc, BufferedImage img, Graphics2D g, Random noise) throws IOException {
    g.dispose();
    for (int i = 0; i < img.getWidth() * img.getHeight() / 400; i++) {
      int x = noise.nextInt(img.getWidth());
      int y = noise.nextInt(img.getHeight());
      img.getRaster().setSample(x, y, 0, 120 + noise.nextInt(100));
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    var image = JPEGFactory.createFromImage(doc, img, 0.6f);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    }
  }
}
