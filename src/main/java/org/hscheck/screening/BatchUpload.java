package org.hscheck.screening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The proposal files of one secretariat upload: plain files as they are, and the .docx, .doc and .pdf entries of
 * .zip files, read with guards: at most {@code maxFiles} entries, at most {@code maxBytes} once unzipped (counted
 * as read, never trusting the sizes the archive declares), names reduced to their last path segment without
 * control characters. Folders, hidden and system entries, nested archives and other file types are skipped and
 * listed. Names are only shown; they are never used as paths.
 */
final class BatchUpload {
  private static final List<String> PROPOSAL_TYPES = List.of(".docx", ".doc", ".pdf");
  private static final int MAX_NAME = 200;

  /** A file as uploaded. */
  record Part(String name, byte[] content) {}

  /** One proposal file of the upload. */
  record Proposal(String name, byte[] content) {
    /** The name without its extension, the proposal's title. */
    String title() {
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
  }

  /** A file left out of the upload, and why. */
  record Skipped(String name, String reason) {}

  private final List<Proposal> proposals = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final int maxFiles;
  private final long maxBytes;
  private final long maxFileBytes;
  private int entries;
  private long bytes;

  private BatchUpload(int maxFiles, long maxBytes, long maxFileBytes) {
    this.maxFiles = maxFiles;
    this.maxBytes = maxBytes;
    this.maxFileBytes = maxFileBytes;
  }

  /**
   * Reads the parts of one upload.
   *
   * @param maxBytes     most bytes of the whole upload, archives unzipped
   * @param maxFileBytes most bytes of one proposal file (the document readers' limit), in an archive or not
   * @throws UploadRejected when a limit is passed, an archive is corrupt or encrypted, or no proposal file is left
   */
  static BatchUpload read(List<Part> parts, int maxFiles, long maxBytes, long maxFileBytes) {
    BatchUpload upload = new BatchUpload(maxFiles, maxBytes, maxFileBytes);
    for (Part p : parts) {
      String name = displayName(p.name());
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        upload.unzip(name, p.content());
      } else {
        upload.count(name, p.content().length);
        upload.proposals.add(new Proposal(name, p.content()));
      }
    }
    if (upload.proposals.isEmpty()) {
      throw new UploadRejected("INVALID_REQUEST", "The upload holds no .docx, .doc or .pdf file"
          + (upload.skipped.isEmpty() ? "." : " (skipped: " + upload.skipped.size() + ")."));
    }
    return upload;
  }

  List<Proposal> proposals() {
    return List.copyOf(proposals);
  }

  List<Skipped> skipped() {
    return List.copyOf(skipped);
  }

  private void unzip(String archive, byte[] zip) {
    try {
      unzip(archive, zip, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notUtf8) {
      // entry names written by older tools are in the DOS code page; read the archive again with it
      unzip(archive, zip, Charset.forName("IBM437"));
    }
  }

  private void unzip(String archive, byte[] zip, Charset names) {
    List<Proposal> taken = new ArrayList<>();
    List<Skipped> left = new ArrayList<>();
    int entriesBefore = entries;
    long bytesBefore = bytes;
    boolean any = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        any = true;
        String path = e.getName();
        String name = displayName(path);
        String where = archive + ": " + (name.isEmpty() ? path : name);
        if (e.isDirectory()) continue;
        if (++entries > maxFiles) {
          throw new UploadRejected("TOO_LARGE", "The upload holds more than " + maxFiles + " files (at " + where + ").");
        }
        String reason = skipReason(path, name);
        if (reason != null) {
          left.add(new Skipped(where, reason));
          continue;
        }
        taken.add(new Proposal(name, readEntry(in, where)));
      }
    } catch (ZipException z) {
      entries = entriesBefore;
      bytes = bytesBefore;
      String m = String.valueOf(z.getMessage());
      if (m.contains("encrypted")) throw new UploadRejected("ENCRYPTED", archive + " is password-protected.");
      throw new UploadRejected("CORRUPT", archive + " is not a readable zip archive (" + m + ").");
    } catch (IOException io) {
      throw new UploadRejected("CORRUPT", archive + " could not be read (" + io.getMessage() + ").");
    } catch (IllegalArgumentException badNames) {
      entries = entriesBefore;
      bytes = bytesBefore;
      throw badNames;
    }
    if (!any) throw new UploadRejected("CORRUPT", archive + " is not a zip archive or is empty.");
    proposals.addAll(taken);
    skipped.addAll(left);
  }

  private byte[] readEntry(ZipInputStream in, String where) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      bytes += n;
      if (bytes > maxBytes) {
        throw new UploadRejected("TOO_LARGE", "The upload is larger than " + size(maxBytes)
            + " once unzipped (at " + where + ").");
      }
      if (out.size() + n > maxFileBytes) {
        throw tooLargeFile(where);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private void count(String name, long size) {
    if (++entries > maxFiles) {
      throw new UploadRejected("TOO_LARGE", "The upload holds more than " + maxFiles + " files (at " + name + ").");
    }
    if (size > maxFileBytes) {
      throw tooLargeFile(name);
    }
    bytes += size;
    if (bytes > maxBytes) {
      throw new UploadRejected("TOO_LARGE", "The upload is larger than " + size(maxBytes) + " (at " + name + ").");
    }
  }

  private UploadRejected tooLargeFile(String where) {
    return new UploadRejected("TOO_LARGE", where + " is larger than the " + size(maxFileBytes)
        + " a proposal may have; the upload was not stored.");
  }

  private static String size(long n) {
    return n >= 1024 * 1024 ? n / (1024 * 1024) + " MB" : n + " bytes";
  }

  /** Why a zip entry is not a proposal, or null when it is one. */
  private static String skipReason(String path, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.startsWith(".") || path.startsWith("__MACOSX/") || path.contains("/__MACOSX/")
        || lower.equals("thumbs.db") || lower.equals("desktop.ini")) {
      return "hidden or system file";
    }
    if (lower.endsWith(".zip")) return "archives inside archives are not opened";
    if (PROPOSAL_TYPES.stream().noneMatch(lower::endsWith)) return "not a .docx, .doc or .pdf file";
    return null;
  }

  /** The last segment of a path, without control characters, at most 200 characters. */
  static String displayName(String path) {
    String p = path == null ? "" : path;
    String last = p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
    StringBuilder b = new StringBuilder();
    last.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .forEach(b::appendCodePoint);
    String clean = b.toString().strip();
    if (clean.length() > MAX_NAME) {
      int dot = clean.lastIndexOf('.');
      String ext = dot > 0 && clean.length() - dot <= 6 ? clean.substring(dot) : "";
      clean = clean.substring(0, MAX_NAME - ext.length()) + ext;
    }
    return clean;
  }
}
