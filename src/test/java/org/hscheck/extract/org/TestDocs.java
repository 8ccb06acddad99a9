package org.hscheck.extract.org;

import java.util.ArrayList;
import java.util.List;
import org.hscheck.document.Block;
import org.hscheck.document.DocumentMetadata;
import org.hscheck.document.Format;
import org.hscheck.document.ListItem;
import org.hscheck.document.Location;
import org.hscheck.document.PageFurniture;
import org.hscheck.document.Paragraph;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.Section;
import org.hscheck.document.Table;

/** Builds small proposal documents for extractor tests: sections of paragraphs, list items and tables. */
public final class TestDocs {
  private TestDocs() {}

  /** A block to be placed: a paragraph, a list item or a table given as rows of cell texts. */
  public sealed interface Part permits Para, Item, Grid {}

  public record Para(String text) implements Part {}

  public record Item(String text) implements Part {}

  /** A table; the first row is a header when {@code header} is true. */
  public record Grid(boolean header, List<List<String>> rows) implements Part {}

  /** A top-level section with a heading and its parts. */
  public record Sec(String heading, List<Part> parts) {}

  public static Para p(String text) {
    return new Para(text);
  }

  public static Item li(String text) {
    return new Item(text);
  }

  public static Grid table(List<String>... rows) {
    return new Grid(true, List.of(rows));
  }

  public static Grid tableNoHeader(List<String>... rows) {
    return new Grid(false, List.of(rows));
  }

  public static List<String> row(String... cells) {
    return List.of(cells);
  }

  public static Sec sec(String heading, Part... parts) {
    return new Sec(heading, List.of(parts));
  }

  /** A document of one untitled section holding the given parts. */
  public static ProposalDocument doc(String lang, Part... parts) {
    return docOf(lang, List.of(new Sec("", List.of(parts))));
  }

  /** A document of titled top-level sections. */
  public static ProposalDocument doc(String lang, Sec... sections) {
    return docOf(lang, List.of(sections));
  }

  private static ProposalDocument docOf(String lang, List<Sec> secs) {
    int[] pos = {0};
    int[] index = {0};
    List<Block> rootBlocks = new ArrayList<>();
    List<Section> children = new ArrayList<>();
    for (Sec s : secs) {
      List<String> path = s.heading().isEmpty() ? List.of() : List.of(s.heading());
      List<Block> blocks = new ArrayList<>();
      for (Part part : s.parts()) blocks.add(block(part, path, pos, index));
      if (s.heading().isEmpty()) {
        rootBlocks.addAll(blocks);
      } else {
        children.add(new Section(s.heading(), 1, "", blocks, List.of(), new Location(null, path, index[0], pos[0], pos[0])));
      }
    }
    Section root = new Section("", 0, "", rootBlocks, children, new Location(null, List.of(), 0, 0, 0));
    DocumentMetadata meta = new DocumentMetadata("test.docx", "0".repeat(64), Format.DOCX, null, lang);
    return new ProposalDocument(meta, root, PageFurniture.none());
  }

  private static Block block(Part part, List<String> path, int[] pos, int[] index) {
    if (part instanceof Para p) return new Paragraph(p.text(), loc(path, pos, index, p.text().length()));
    if (part instanceof Item i) return new ListItem("•", 0, i.text(), loc(path, pos, index, i.text().length()));
    Grid g = (Grid) part;
    List<Table.Row> rows = g.rows().stream()
        .map(r -> new Table.Row(r.stream().map(Table.Cell::new).toList())).toList();
    Table probe = new Table(rows, g.header() ? 1 : 0, new Location(null, path, 0, 0, 0));
    return new Table(rows, g.header() ? 1 : 0, loc(path, pos, index, probe.text().length()));
  }

  private static Location loc(List<String> path, int[] pos, int[] index, int length) {
    Location l = new Location(null, path, index[0]++, pos[0], pos[0] + length);
    pos[0] += length + 2;
    return l;
  }
}
