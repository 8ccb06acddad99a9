package org.hscheck.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import org.hscheck.report.Report;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;

/**
 * The applicant's PDF with a highlight over each evidence quote (found on its page, else anywhere) and a note beside
 * it carrying the message, fix hint and guideline; findings without evidence, and quotes not found, become a note at
 * the top of the page where the evidence belongs. Page content is not changed.
 */
final class PdfAnnotator {
  private static final float ICON = 18;

  private final Report report;
  private final PDDocument doc;
  private final Map<Integer, PageText> texts = new HashMap<>();
  private final Map<Integer, Integer> topNotes = new HashMap<>();

  private PdfAnnotator(Report report, PDDocument doc) {
    this.report = report;
    this.doc = doc;
  }

  static byte[] annotate(byte[] original, Report report) {
    try (PDDocument doc = Loader.loadPDF(original)) {
      new PdfAnnotator(report, doc).run();
      ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 16_384);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not annotate " + report.document().name() + ": " + e.getMessage(), e);
    }
  }

  private void run() throws IOException {
    if (doc.getNumberOfPages() == 0) return;
    for (Finding f : report.findings()) {
      String note = Anchors.note(report, f);
      PDColor colour = colour(f);
      if (f.evidence().isEmpty()) {
        noteAtTop(pageFor(f.criterion(), null), note, colour);
        continue;
      }
      for (EvidenceRef e : Anchors.evidenceToMark(report, f)) {
        Optional<Match> m = find(e);
        if (m.isPresent()) {
          highlight(m.get(), note, colour);
        } else {
          noteAtTop(pageFor(f.criterion(), e.page()), note, colour);
        }
      }
    }
    for (CriterionResult c : Anchors.notMetWithoutFindings(report)) {
      noteAtTop(pageFor(c.id().name(), null), Anchors.note(report, c), red());
    }
  }

  /** The quote's glyphs on its stated page, else on the first page holding it. */
  private Optional<Match> find(EvidenceRef e) throws IOException {
    List<Integer> order = new ArrayList<>();
    if (e.page() != null && e.page() >= 1 && e.page() <= doc.getNumberOfPages()) order.add(e.page() - 1);
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      if (!order.contains(i)) order.add(i);
    }
    for (String needle : Anchors.needles(e.quote())) {
      for (int i : order) {
        PageText t = text(i);
        int at = t.text.indexOf(needle);
        if (at >= 0) return Optional.of(new Match(i, t.glyphs.subList(at, at + needle.length())));
      }
    }
    return Optional.empty();
  }

  /** 0-based page index: the evidence's page, else the page of the outline heading the criterion's words fit, else the first. */
  private int pageFor(String criterion, Integer page) {
    if (page != null && page >= 1 && page <= doc.getNumberOfPages()) return page - 1;
    List<Report.OutlineEntry> withPages = report.outline().stream().filter(o -> o.page() != null).toList();
    Optional<Integer> i = Anchors.bestHeading(withPages.stream().map(Report.OutlineEntry::title).toList(),
        Anchors.headingWords(criterion));
    if (i.isPresent()) {
      int p = withPages.get(i.get()).page();
      if (p >= 1 && p <= doc.getNumberOfPages()) return p - 1;
    }
    return 0;
  }

  private void highlight(Match m, String note, PDColor colour) throws IOException {
    PDPage page = doc.getPage(m.page);
    PDRectangle box = page.getCropBox();
    List<float[]> lines = new ArrayList<>();
    float[] cur = null;
    for (TextPosition g : m.glyphs) {
      if (g == null) continue;
      float x0 = box.getLowerLeftX() + g.getXDirAdj();
      float x1 = x0 + g.getWidthDirAdj();
      float base = box.getUpperRightY() - g.getYDirAdj();
      float top = base + Math.max(g.getHeightDir(), 4f) + 1.5f;
      float bottom = base - 2.5f;
      if (cur == null || Math.abs(cur[4] - base) > 1.5f) {
        cur = new float[] {x0, bottom, x1, top, base};
        lines.add(cur);
      } else {
        cur[0] = Math.min(cur[0], x0);
        cur[1] = Math.min(cur[1], bottom);
        cur[2] = Math.max(cur[2], x1);
        cur[3] = Math.max(cur[3], top);
      }
    }
    if (lines.isEmpty()) {
      noteAtTop(m.page, note, colour);
      return;
    }
    float[] quads = new float[lines.size() * 8];
    float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      float[] l = lines.get(i);
      float[] q = {l[0], l[3], l[2], l[3], l[0], l[1], l[2], l[1]};
      System.arraycopy(q, 0, quads, i * 8, 8);
      minX = Math.min(minX, l[0]);
      minY = Math.min(minY, l[1]);
      maxX = Math.max(maxX, l[2]);
      maxY = Math.max(maxY, l[3]);
    }
    PDAnnotationHighlight h = new PDAnnotationHighlight();
    h.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
    h.setQuadPoints(quads);
    h.setColor(colour);
    h.setContents(note);
    h.setTitlePopup("HSCheck");
    h.setModifiedDate(Calendar.getInstance());
    h.setPrinted(true);
    h.constructAppearances(doc);
    page.getAnnotations().add(h);

    float[] first = lines.get(0);
    float x = Math.max(box.getLowerLeftX() + 2, first[0] - ICON - 4);
    page.getAnnotations().add(textNote(new PDRectangle(x, first[3] - ICON, ICON, ICON), note, colour));
  }

  private void noteAtTop(int pageIndex, String note, PDColor colour) throws IOException {
    PDPage page = doc.getPage(pageIndex);
    PDRectangle box = page.getCropBox();
    int k = topNotes.merge(pageIndex, 1, Integer::sum) - 1;
    float perRow = Math.max(1, (box.getWidth() - 20) / (ICON + 6));
    float x = box.getLowerLeftX() + 10 + (k % (int) perRow) * (ICON + 6);
    float y = box.getUpperRightY() - 10 - ICON - (k / (int) perRow) * (ICON + 6);
    page.getAnnotations().add(textNote(new PDRectangle(x, y, ICON, ICON), note, colour));
  }

  private PDAnnotationText textNote(PDRectangle rect, String note, PDColor colour) {
    PDAnnotationText t = new PDAnnotationText();
    t.setRectangle(rect);
    t.setName(PDAnnotationText.NAME_COMMENT);
    t.setContents(note);
    t.setTitlePopup("HSCheck");
    t.setColor(colour);
    t.setModifiedDate(Calendar.getInstance());
    t.setPrinted(true);
    t.constructAppearances(doc);
    return t;
  }

  private PDColor colour(Finding f) {
    Verdict v = Anchors.verdictOf(report, f.criterion());
    if (v == Verdict.NOT_MET || f.severity() == Severity.ERROR) return red();
    if (f.severity() == Severity.WARNING) return new PDColor(new float[] {1f, 0.85f, 0.2f}, PDDeviceRGB.INSTANCE);
    return new PDColor(new float[] {0.55f, 0.9f, 0.55f}, PDDeviceRGB.INSTANCE);
  }

  private static PDColor red() {
    return new PDColor(new float[] {1f, 0.55f, 0.55f}, PDDeviceRGB.INSTANCE);
  }

  private PageText text(int pageIndex) throws IOException {
    PageText t = texts.get(pageIndex);
    if (t == null) {
      t = PageText.of(doc, pageIndex);
      texts.put(pageIndex, t);
    }
    return t;
  }

  private record Match(int page, List<TextPosition> glyphs) {}

  /** A page's text normalised like {@link Anchors#normalise}, with the glyph behind each character (null for spaces). */
  private record PageText(String text, List<TextPosition> glyphs) {
    static PageText of(PDDocument doc, int pageIndex) throws IOException {
      StringBuilder text = new StringBuilder();
      List<TextPosition> glyphs = new ArrayList<>();
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void writeString(String ignored, List<TextPosition> positions) {
          space();
          for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank()) {
              space();
              continue;
            }
            String n = Anchors.normalise(u);
            for (int i = 0; i < n.length(); i++) {
              if (n.charAt(i) == ' ') {
                space();
              } else {
                text.append(n.charAt(i));
                glyphs.add(p);
              }
            }
          }
        }

        private void space() {
          if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
            glyphs.add(null);
          }
        }
      };
      s.setStartPage(pageIndex + 1);
      s.setEndPage(pageIndex + 1);
      s.getText(doc);
      return new PageText(text.toString(), glyphs);
    }
  }
}
