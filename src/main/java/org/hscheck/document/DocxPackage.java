package org.hscheck.document;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * An OPC package (the ZIP of a .docx) opened once: its parts by name, as OPC compares names (case-insensitively),
 * each part's relationships in POI's order (by id), and parts read as streams that stop at a zip-bomb ratio.
 */
final class DocxPackage implements Closeable {
  /** A relationship of a part: its id, type and target part name (null for an external target). */
  record Relationship(String id, String type, String target) {}

  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  /** Largest part accepted, uncompressed, and the highest compression ratio (as POI's zip-bomb check). */
  static final long MAX_PART_BYTES = 512L * 1024 * 1024;
  static final int MAX_INFLATE_RATIO = 100;

  private final ZipFile zip;
  private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

  private DocxPackage(ZipFile zip) {
    this.zip = zip;
    for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
      entries.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e);
    }
  }

  /** The package of an archive already open (as {@link Sniffer} leaves it); closing the package closes it. */
  static DocxPackage of(ZipFile zip) {
    return new DocxPackage(zip);
  }

  /** The entry of part {@code name} ("word/document.xml", no leading slash), or null. */
  ZipArchiveEntry entry(String name) {
    return name == null ? null : entries.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The part's content, refused once it inflates beyond {@value #MAX_INFLATE_RATIO} times its compressed size
   * (at least 1 KB) or {@link #MAX_PART_BYTES}.
   */
  InputStream open(ZipArchiveEntry e, String what) throws IOException {
    long compressed = Math.max(e.getCompressedSize(), 1024);
    return new CappedStream(zip.getInputStream(e), Math.min(MAX_PART_BYTES, compressed * MAX_INFLATE_RATIO), what);
  }

  /**
   * The relationships of part {@code source} (null for the package's own), sorted by id as POI keeps them; empty
   * when it has none.
   */
  List<Relationship> relationships(String source) throws IOException {
    String dir = source == null ? "" : source.substring(0, source.lastIndexOf('/') + 1);
    String name = source == null ? "_rels/.rels" : dir + "_rels/" + source.substring(dir.length()) + ".rels";
    ZipArchiveEntry e = entry(name);
    if (e == null) return List.of();
    TreeMap<String, Relationship> byId = new TreeMap<>();
    List<String[]> unnamed = new ArrayList<>();
    try (InputStream in = open(e, name)) {
      XMLStreamReader r = Sniffer.xml(in);
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) throw new IOException(name + " declares a DTD");
        if (ev != XMLStreamConstants.START_ELEMENT || !"Relationship".equals(r.getLocalName())
            || !RELATIONSHIPS_NS.equals(r.getNamespaceURI())) {
          continue;
        }
        String id = value(r, "Id");
        String type = value(r, "Type");
        String mode = r.getAttributeValue(null, "TargetMode");
        boolean internal = mode == null || mode.toLowerCase(Locale.ROOT).equals("internal");
        String target = internal ? resolve(dir, value(r, "Target")) : null;
        if (id.isEmpty()) unnamed.add(new String[] {type, target});
        else byId.put(id, new Relationship(id, type, target));
      }
    } catch (XMLStreamException ex) {
      throw new IOException("the relationships part " + name + " is not well-formed XML: " + ex.getMessage(), ex);
    }
    int next = byId.size() + 1;
    for (String[] u : unnamed) {
      String id;
      do {
        id = "rId" + next++;
      } while (byId.containsKey(id));
      byId.put(id, new Relationship(id, u[0], u[1]));
    }
    return List.copyOf(byId.values());
  }

  private static String value(XMLStreamReader r, String attribute) {
    String v = r.getAttributeValue(null, attribute);
    return v == null ? "" : v;
  }

  /** The part name a relationship target points to, relative to the source part's folder; fragments dropped. */
  static String resolve(String dir, String target) {
    String t = target.replace('\\', '/');
    int hash = t.indexOf('#');
    if (hash >= 0) t = t.substring(0, hash);
    String path = t.startsWith("/") ? t.substring(1) : dir + t;
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (s.isEmpty() || s.equals(".")) continue;
      if (s.equals("..")) {
        if (!segments.isEmpty()) segments.remove(segments.size() - 1);
      } else {
        segments.add(decode(s));
      }
    }
    return String.join("/", segments);
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) return s;
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** Stops reading once more than {@code cap} bytes came out of a (decompressing) stream. */
  private static final class CappedStream extends FilterInputStream {
    private final long cap;
    private final String part;
    private long read;

    CappedStream(InputStream in, long cap, String part) {
      super(in);
      this.cap = cap;
      this.part = part;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count(1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count(n);
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > cap) {
        throw new LimitExceeded("The document's " + part + " inflates to more than " + cap / (1024 * 1024)
            + " MB (" + MAX_INFLATE_RATIO + " times its compressed size at most): it looks like a zip bomb.");
      }
    }
  }
}
