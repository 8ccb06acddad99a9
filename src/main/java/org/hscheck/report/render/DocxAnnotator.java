package org.hscheck.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Finding;
import org.hscheck.report.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The applicant's .docx with a Word comment per finding: anchored at the paragraph (table cells included) whose text
 * holds the evidence quote, or, without evidence, at the heading of the section where the evidence belongs. Runs and
 * their text are never changed; only comment ranges and reference runs are added.
 */
final class DocxAnnotator {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final Report report;
  private final XWPFDocument doc;
  private final List<Para> paras = new ArrayList<>();
  private XWPFComments comments;
  private BigInteger nextId;

  /** A body paragraph, its normalised text, and the heading it falls under (-1 before the first). */
  private record Para(XWPFParagraph p, String text, boolean heading, int headingIndex) {}

  private DocxAnnotator(Report report, XWPFDocument doc) {
    this.report = report;
    this.doc = doc;
  }

  static byte[] annotate(byte[] original, Report report) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(original))) {
      new DocxAnnotator(report, doc).run();
      ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 16_384);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not annotate " + report.document().name() + ": " + e.getMessage(), e);
    }
  }

  private void run() {
    collect(doc.getBodyElements());
    comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
    nextId = comments.getComments().stream().map(c -> new BigInteger(c.getId())).max(BigInteger::compareTo)
        .map(BigInteger.ONE::add).orElse(BigInteger.ZERO);
    for (Finding f : report.findings()) {
      String note = Anchors.note(report, f);
      if (f.evidence().isEmpty()) {
        comment(sectionFor(f.criterion(), null), note);
        continue;
      }
      List<XWPFParagraph> done = new ArrayList<>();
      for (EvidenceRef e : Anchors.evidenceToMark(report, f)) {
        XWPFParagraph at = evidence(e).orElseGet(() -> sectionFor(f.criterion(), e.section()));
        if (at != null && !done.contains(at)) {
          comment(at, note);
          done.add(at);
        }
      }
    }
    for (CriterionResult c : Anchors.notMetWithoutFindings(report)) {
      comment(sectionFor(c.id().name(), null), Anchors.note(report, c));
    }
  }

  private void collect(List<IBodyElement> elements) {
    for (IBodyElement el : elements) {
      if (el instanceof XWPFParagraph p) {
        boolean heading = isHeading(p) && !p.getText().isBlank();
        int under = paras.isEmpty() ? -1 : paras.get(paras.size() - 1).headingIndex();
        paras.add(new Para(p, Anchors.normalise(p.getText()), heading, heading ? paras.size() : under));
      } else if (el instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) collect(cell.getBodyElements());
        }
      }
    }
  }

  private boolean isHeading(XWPFParagraph p) {
    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null) return true;
    String id = p.getStyleID();
    if (id == null) return false;
    String names = id;
    if (doc.getStyles() != null) {
      XWPFStyle style = doc.getStyles().getStyle(id);
      if (style != null) {
        names += " " + style.getName();
        if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getOutlineLvl() != null) return true;
      }
    }
    String n = Anchors.normalise(names).toLowerCase(Locale.ROOT);
    return n.contains("heading") || n.contains("titre") || n.contains("titulo") || n.contains("berschrift")
        || n.equals("title") || n.startsWith("title ");
  }

  /** The paragraph holding the quote; among several, one under the evidence's section. */
  private Optional<XWPFParagraph> evidence(EvidenceRef e) {
    String section = e.section() == null ? "" : Anchors.normalise(e.section());
    for (String needle : Anchors.needles(e.quote())) {
      List<Para> hits = paras.stream().filter(p -> !p.text().isEmpty() && p.text().contains(needle)).toList();
      if (hits.isEmpty()) continue;
      return Optional.of(hits.stream()
          .filter(p -> p.headingIndex() >= 0 && section.endsWith(paras.get(p.headingIndex()).text()))
          .findFirst().orElse(hits.get(0)).p());
    }
    return Optional.empty();
  }

  /** The heading named by the section path, else the one the criterion's words fit, else the first, else the first paragraph. */
  private XWPFParagraph sectionFor(String criterion, String sectionPath) {
    List<Para> headings = paras.stream().filter(Para::heading).toList();
    List<String> titles = headings.stream().map(Para::text).toList();
    if (sectionPath != null && !sectionPath.isBlank()) {
      String s = Anchors.normalise(sectionPath);
      for (Para h : headings) {
        if (s.endsWith(h.text())) return h.p();
      }
    }
    Optional<Integer> i = Anchors.bestHeading(titles, Anchors.headingWords(criterion));
    if (i.isPresent()) return headings.get(i.get()).p();
    if (!headings.isEmpty()) return headings.get(0).p();
    return paras.stream().filter(p -> !p.text().isEmpty()).findFirst().or(() -> paras.stream().findFirst())
        .map(Para::p).orElse(null);
  }

  private void comment(XWPFParagraph at, String note) {
    if (at == null) return;
    BigInteger id = nextId;
    nextId = nextId.add(BigInteger.ONE);
    XWPFComment c = comments.createComment(id);
    c.setAuthor("HSCheck");
    c.setInitials("HS");
    c.setDate(Calendar.getInstance());
    for (String line : note.split("\n")) c.createParagraph().createRun().setText(line);

    CTP ctp = at.getCTP();
    try (XmlCursor cur = ctp.newCursor()) {
      boolean placed = false;
      if (cur.toFirstChild() && (!cur.getName().getLocalPart().equals("pPr") || cur.toNextSibling())) {
        cur.beginElement(new QName(W, "commentRangeStart", "w"));
        cur.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
        placed = true;
      }
      if (!placed) ctp.addNewCommentRangeStart().setId(id);
    }
    ctp.addNewCommentRangeEnd().setId(id);
    CTR ref = ctp.addNewR();
    ref.addNewCommentReference().setId(id);
  }
}
