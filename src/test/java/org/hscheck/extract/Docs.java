package org.hscheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hscheck.document.Block;
import org.hscheck.document.DocumentMetadata;
import org.hscheck.document.Format;
import org.hscheck.document.ListItem;
import org.hscheck.document.Location;
import org.hscheck.document.Note;
import org.hscheck.document.PageFurniture;
import org.hscheck.document.Paragraph;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.Section;
import org.hscheck.document.Table;

/** Builds small documents for extractor tests: sections of paragraphs, list items and tables. */
public final class Docs {
  private final String language;
  private final List<Section> sections = new ArrayList<>();
  private int block;
  private int notes;

  private Docs(String language) {
    this.language = language;
  }

  /** A document builder whose metadata declares {@code language} ("en", "fr", "es" or "und"). */
  public static Docs in(String language) {
    return new Docs(language);
  }

  /**
   * A top-level section of paragraphs (a text starting with "- " becomes a list item, one starting with "^ " a footnote
   * numbered in order).
   */
  public Docs section(String heading, String... paragraphs) {
    List<String> path = List.of(heading);
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      Location at = new Location(1, path, block++, 0, p.length());
      if (p.startsWith("- ")) blocks.add(new ListItem("-", 0, p.substring(2), at));
      else if (p.startsWith("^ ")) blocks.add(new Note(Note.Kind.FOOTNOTE, String.valueOf(++notes), p.substring(2), at));
      else blocks.add(new Paragraph(p, at));
    }
    sections.add(new Section(heading, 1, "", blocks, List.of(), new Location(1, path, block++, 0, 0)));
    return this;
  }

  /** A top-level section holding one table; the first row is its header, cells separated by " | ". */
  public Docs table(String heading, String... rows) {
    List<String> path = List.of(heading);
    List<Table.Row> out = new ArrayList<>();
    for (String r : rows) {
      out.add(new Table.Row(Arrays.stream(r.split(" \\| ")).map(Table.Cell::new).toList()));
    }
    Location at = new Location(2, path, block++, 0, 0);
    sections.add(new Section(heading, 1, "", List.of(new Table(out, 1, at)), List.of(),
        new Location(2, path, block++, 0, 0)));
    return this;
  }

  public ProposalDocument build() {
    Section root = new Section("", 0, "", List.of(), sections, new Location(null, List.of(), 0, 0, 0));
    return new ProposalDocument(new DocumentMetadata("test.docx", "0", Format.DOCX, null, language), root,
        PageFurniture.none());
  }
}
