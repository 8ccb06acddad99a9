package org.hscheck.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table: rows of cells; the first {@code headerRows} rows are headers.
 * Cells may hold nested tables.
 */
public record Table(List<Row> rows, int headerRows, Location location) implements Block {
  public Table {
    rows = List.copyOf(rows);
  }

  /** A table row. */
  public record Row(List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** A table cell: its text and any tables nested in it. */
  public record Cell(String text, List<Table> nested) {
    public Cell {
      nested = List.copyOf(nested);
    }

    public Cell(String text) {
      this(text, List.of());
    }
  }

  @Override
  public String text() {
    return rows.stream()
        .map(r -> r.cells().stream().map(Cell::text).collect(Collectors.joining("\t")))
        .collect(Collectors.joining("\n"));
  }

  /** The header row's cell texts, or an empty list when the table has no header. */
  public List<String> header() {
    return headerRows == 0 || rows.isEmpty()
        ? List.of()
        : rows.get(0).cells().stream().map(Cell::text).toList();
  }
}
