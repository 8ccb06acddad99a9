package org.hscheck.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hscheck.web.ProblemException;
import org.springframework.web.multipart.MultipartFile;

/** What the secretariat's pages and API share: reading multipart files and naming export formats. */
final class Uploads {
  private Uploads() {}

  static List<BatchUpload.Part> parts(List<MultipartFile> files) {
    if (files == null) return List.of();
    return files.stream().filter(f -> !f.isEmpty()).map(f -> {
      try {
        return new BatchUpload.Part(f.getOriginalFilename(), f.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read an uploaded file", e);
      }
    }).toList();
  }

  /** "xlsx" or "csv", else 404 as for any other unknown path. */
  static String exportFormat(String format) {
    if (format.equals("xlsx") || format.equals("csv")) return format;
    throw ProblemException.notFound("grid export as ." + format);
  }
}
