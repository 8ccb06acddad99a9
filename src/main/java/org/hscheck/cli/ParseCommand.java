package org.hscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hscheck.document.Block;
import org.hscheck.document.DocumentException;
import org.hscheck.document.DocumentReaders;
import org.hscheck.document.ListItem;
import org.hscheck.document.Location;
import org.hscheck.document.Note;
import org.hscheck.document.Paragraph;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.ReadLimits;
import org.hscheck.document.Section;
import org.hscheck.document.Table;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hscheck parse FILE}: prints the document model as JSON, an aid for rule authors.
 * Exit 0 when read, 2 when the document cannot be read (JSON {@code {"error":{"code","message"}}}), 3 on usage errors.
 */
public final class ParseCommand extends Command {
  private static final String USAGE = """
      Usage: hscheck parse [options] FILE
      Reads a .docx, .doc or PDF file and prints its document model (metadata, sections, blocks with
      locations, page furniture) as JSON on standard output.
        --timeout-seconds N   wall-clock limit for reading (default %d)
        --max-pages N         most PDF pages read (default %d)
        --max-chars N         most characters of text (default %d)
        --max-table-cells N   most table cells (default %d)
        --compact             one line of JSON instead of indented output
        --help                this text
      Exit status: 0 read, 2 the document cannot be read (encrypted, corrupt, unsupported, too large,
      no text), 3 usage error.
      """;

  public ParseCommand() {}

  ParseCommand(PrintStream out, PrintStream err) {
    super(out, err);
  }

  /** Runs the command; returns the exit status. */
  @Override
  public int run(String[] args) {
    ReadLimits limits = ReadLimits.defaults();
    boolean compact = false;
    String file = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            out.print(usage());
            return 0;
          }
          case "--timeout-seconds" -> limits = limits.withTimeout(Duration.ofSeconds(number(args, ++i, a)));
          case "--max-pages" -> limits = limits.withMaxPages(Math.toIntExact(number(args, ++i, a)));
          case "--max-chars" -> limits = limits.withMaxChars(number(args, ++i, a));
          case "--max-table-cells" -> limits = limits.withMaxTableCells(Math.toIntExact(number(args, ++i, a)));
          case "--compact" -> compact = true;
          default -> {
            if (a.startsWith("-")) throw new IllegalArgumentException("unknown option '" + a + "'");
            if (file != null) throw new IllegalArgumentException("one FILE expected, got '" + file + "' and '" + a + "'");
            file = a;
          }
        }
      }
      if (file == null) throw new IllegalArgumentException("FILE is missing");
    } catch (IllegalArgumentException | ArithmeticException e) {
      err.println("hscheck parse: " + e.getMessage());
      err.print(usage());
      return 3;
    }
    Path path = Path.of(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      err.println("hscheck parse: cannot read " + path + ": " + e.getMessage());
      return 3;
    }
    Quiet.parserLogs();
    JsonMapper json = JsonMapper.builder().configure(SerializationFeature.INDENT_OUTPUT, !compact).build();
    try {
      ProposalDocument doc = DocumentReaders.read(bytes, path.getFileName().toString(), limits);
      out.println(json.writeValueAsString(toJson(doc)));
      return 0;
    } catch (DocumentException e) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", e.code().name());
      error.put("message", e.getMessage());
      out.println(json.writeValueAsString(Map.of("error", error)));
      return 2;
    }
  }


  private static String usage() {
    ReadLimits d = ReadLimits.defaults();
    return USAGE.formatted(d.timeout().toSeconds(), d.maxPages(), d.maxChars(), d.maxTableCells());
  }

  private static long number(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a number");
    try {
      long n = Long.parseLong(args[i]);
      if (n <= 0) throw new IllegalArgumentException(option + " must be positive, was " + args[i]);
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + args[i] + "'");
    }
  }

  /** The model as plain maps and lists, with a "type" discriminator on every block. */
  static Map<String, Object> toJson(ProposalDocument doc) {
    Map<String, Object> m = new LinkedHashMap<>();
    var md = doc.metadata();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", md.name());
    meta.put("sha256", md.sha256());
    meta.put("format", md.format().name());
    meta.put("pages", md.pages());
    meta.put("language", md.language());
    m.put("metadata", meta);
    Map<String, Object> furniture = new LinkedHashMap<>();
    furniture.put("headers", doc.furniture().headers());
    furniture.put("footers", doc.furniture().footers());
    m.put("furniture", furniture);
    m.put("root", section(doc.root()));
    return m;
  }

  private static Map<String, Object> section(Section s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", s.level());
    m.put("number", s.number());
    m.put("heading", s.heading());
    m.put("location", location(s.location()));
    List<Object> blocks = new ArrayList<>();
    for (Block b : s.blocks()) blocks.add(block(b));
    m.put("blocks", blocks);
    m.put("sections", s.children().stream().map(ParseCommand::section).toList());
    return m;
  }

  private static Map<String, Object> block(Block b) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (b instanceof Paragraph p) {
      m.put("type", "paragraph");
      m.put("text", p.text());
    } else if (b instanceof ListItem li) {
      m.put("type", "listItem");
      m.put("label", li.label());
      m.put("level", li.level());
      m.put("text", li.text());
    } else if (b instanceof Note n) {
      m.put("type", n.kind() == Note.Kind.FOOTNOTE ? "footnote" : "endnote");
      m.put("label", n.label());
      m.put("text", n.text());
    } else if (b instanceof Table t) {
      m.put("type", "table");
      m.putAll(table(t));
    }
    m.put("location", location(b.location()));
    return m;
  }

  private static Map<String, Object> table(Table t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("headerRows", t.headerRows());
    List<Object> rows = new ArrayList<>();
    for (Table.Row r : t.rows()) {
      List<Object> cells = new ArrayList<>();
      for (Table.Cell c : r.cells()) {
        if (c.nested().isEmpty()) {
          cells.add(c.text());
        } else {
          Map<String, Object> cell = new LinkedHashMap<>();
          cell.put("text", c.text());
          cell.put("nested", c.nested().stream().map(ParseCommand::table).toList());
          cells.add(cell);
        }
      }
      rows.add(cells);
    }
    m.put("rows", rows);
    return m;
  }

  private static Map<String, Object> location(Location l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("page", l.page());
    m.put("sectionPath", l.sectionPath());
    m.put("block", l.block());
    m.put("charStart", l.charStart());
    m.put("charEnd", l.charEnd());
    return m;
  }
}
