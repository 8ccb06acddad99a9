package org.hscheck.document;

import java.util.List;

/** Running headers, footers and page numbers, kept apart from the body text. */
public record PageFurniture(List<String> headers, List<String> footers) {
  public PageFurniture {
    headers = List.copyOf(headers);
    footers = List.copyOf(footers);
  }

  public static PageFurniture none() {
    return new PageFurniture(List.of(), List.of());
  }
}
