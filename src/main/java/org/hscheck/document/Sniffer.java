package org.hscheck.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a file's format from its bytes alone, never from its name, and refuses what HSCheck cannot read:
 * other formats, macro-enabled documents, encrypted or rights-managed files, broken packages.
 */
final class Sniffer {
  /**
   * What the bytes hold: the format and the bytes to hand its reader (decrypted where the policy allows).
   *
   * @param docx for a .docx, the package opened while sniffing, for its reader to read and close; otherwise null
   */
  record Sniffed(Format format, byte[] bytes, String mainPart, boolean defaultPasswordDecrypted, DocxPackage docx) {}

  static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  static final String WORD_TEMPLATE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
  private static final String OFFICE_DOCUMENT_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  private static final String STRICT_OFFICE_DOCUMENT_REL =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
  private static final int SMALL_PART_LIMIT = 1 << 20;
  private static final XMLInputFactory XML = xmlFactory();

  private Sniffer() {}

  static Sniffed sniff(byte[] bytes) throws DocumentException {
    if (bytes.length == 0) throw new DocumentException(ErrorCode.CORRUPT, "The file is empty (0 bytes).");
    if (pdfHeader(bytes)) return new Sniffed(Format.PDF, bytes, null, false, null);
    FileMagic magic = FileMagic.valueOf(bytes);
    return switch (magic) {
      case OOXML -> sniffZip(bytes, false);
      case OLE2 -> sniffOle2(bytes);
      case MSWRITE -> throw unsupported("a Microsoft Write (.wri) file");
      case WORD2 -> throw unsupported("a Word 2 document, a format older than Word 97");
      case RTF -> throw unsupported("a Rich Text Format (.rtf) file");
      case HTML -> throw unsupported("a web page (HTML)");
      case XML -> throw unsupported("an XML file (a Word 2003 XML document is not supported)");
      case PNG, JPEG, GIF, TIFF, BMP, WMF, EMF -> throw unsupported("an image (" + magic + ")");
      case BIFF2, BIFF3, BIFF4 -> throw unsupported("an Excel workbook");
      default -> throw unsupported(textLike(bytes) ? "plain text" : "not a format HSCheck recognises");
    };
  }

  private static DocumentException unsupported(String what) {
    return new DocumentException(ErrorCode.UNSUPPORTED_TYPE, "The file is " + what
        + ", not a Word (.docx, .doc) or PDF document. Save the proposal as .docx or PDF and upload it again.");
  }

  /** "%PDF-" within the first kilobyte, as readers tolerate leading junk. */
  private static boolean pdfHeader(byte[] b) {
    int end = Math.min(b.length, 1024) - 5;
    for (int i = 0; i <= end; i++) {
      if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') return true;
    }
    return false;
  }

  private static boolean textLike(byte[] b) {
    int n = Math.min(b.length, 512);
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x09 || c > 0x0D && c < 0x20) return false;
    }
    return true;
  }

  static Sniffed sniffZip(byte[] bytes, boolean decrypted) throws DocumentException {
    ZipFile zip = null;
    try {
      zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
      Set<String> names = new HashSet<>();
      for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
        if (!names.add(e.getName().toLowerCase(Locale.ROOT))) {
          throw new DocumentException(ErrorCode.CORRUPT, "The Word package is malformed: it holds two ZIP entries "
              + "named '" + e.getName() + "', so its content is ambiguous.");
        }
      }
      ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
      if (types == null) {
        throw unsupported("a ZIP archive without Office content types (" + names.size() + " entries)");
      }
      String main = mainPart(zip);
      String type = contentType(zip, types, main);
      if (WORD_MAIN.equals(type) || WORD_TEMPLATE.equals(type)) {
        if (zip.getEntry(main.substring(1)) == null) {
          throw new DocumentException(ErrorCode.CORRUPT, "The Word package is malformed: its main part " + main
              + " is missing.");
        }
        Sniffed docx = new Sniffed(Format.DOCX, bytes, main.substring(1), decrypted, DocxPackage.of(zip));
        zip = null; // the reader closes it
        return docx;
      }
      String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
      if (t.contains("macroenabled")) {
        throw unsupported("a macro-enabled Office document (.docm)");
      }
      if (t.contains("spreadsheetml") || t.contains("ms-excel")) throw unsupported("an Excel workbook");
      if (t.contains("presentationml") || t.contains("ms-powerpoint")) throw unsupported("a PowerPoint presentation");
      throw unsupported("an Office package whose main part is '" + (type == null ? "unknown" : type) + "'");
    } catch (IOException e) {
      throw new DocumentException(ErrorCode.CORRUPT, "The file is a damaged ZIP package (" + e.getMessage()
          + "); it may be truncated. Save the document again and upload the new copy.", e);
    } finally {
      if (zip != null) {
        try {
          zip.close();
        } catch (IOException e) {
          // an archive over bytes in memory holds nothing to release
        }
      }
    }
  }

  /** The main part's name ("/word/document.xml") from the package relationships. */
  private static String mainPart(ZipFile zip) throws IOException, DocumentException {
    ZipArchiveEntry rels = zip.getEntry("_rels/.rels");
    if (rels == null) return "/word/document.xml";
    try (InputStream in = zip.getInputStream(rels)) {
      XMLStreamReader r = xml(limited(in));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
          String type = r.getAttributeValue(null, "Type");
          if (OFFICE_DOCUMENT_REL.equals(type) || STRICT_OFFICE_DOCUMENT_REL.equals(type)) {
            String target = r.getAttributeValue(null, "Target");
            if (target == null || target.isBlank()) break;
            return target.startsWith("/") ? target : "/" + target;
          }
        }
      }
      return "/word/document.xml";
    } catch (XMLStreamException e) {
      throw new DocumentException(ErrorCode.CORRUPT, "The package relationships (_rels/.rels) are not valid XML: "
          + e.getMessage(), e);
    }
  }

  private static String contentType(ZipFile zip, ZipArchiveEntry types, String part)
      throws IOException, DocumentException {
    String ext = part.substring(part.lastIndexOf('.') + 1);
    String byDefault = null;
    try (InputStream in = zip.getInputStream(types)) {
      XMLStreamReader r = xml(limited(in));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new DocumentException(ErrorCode.CORRUPT, "[Content_Types].xml declares a DTD, which Office "
              + "packages must not do.");
        }
        if (ev != XMLStreamConstants.START_ELEMENT) continue;
        if ("Override".equals(r.getLocalName()) && part.equalsIgnoreCase(r.getAttributeValue(null, "PartName"))) {
          return r.getAttributeValue(null, "ContentType");
        }
        if ("Default".equals(r.getLocalName()) && ext.equalsIgnoreCase(r.getAttributeValue(null, "Extension"))) {
          byDefault = r.getAttributeValue(null, "ContentType");
        }
      }
      return byDefault;
    } catch (XMLStreamException e) {
      throw new DocumentException(ErrorCode.CORRUPT, "[Content_Types].xml is not valid XML: " + e.getMessage(), e);
    }
  }

  private static InputStream limited(InputStream in) throws IOException {
    byte[] b = in.readNBytes(SMALL_PART_LIMIT + 1);
    if (b.length > SMALL_PART_LIMIT) throw new LimitExceeded("A package index part is larger than 1 MB.");
    return new ByteArrayInputStream(b);
  }

  /**
   * A StAX reader that resolves no DTD and no external entity, from one factory made at class load: the JDK's own,
   * as no other is on the class path ({@code newFactory()} would search the whole class path for one on every
   * call). Its readers are made concurrently without harm, as its properties never change after set-up.
   */
  static XMLStreamReader xml(InputStream in) throws XMLStreamException {
    return XML.createXMLStreamReader(in);
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  private static Sniffed sniffOle2(byte[] bytes) throws DocumentException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
        return decryptDefault(fs, bytes.length);
      }
      if (root.hasEntryCaseInsensitive("\u0006DataSpaces") || root.hasEntryCaseInsensitive("DRMContent")
          || root.hasEntryCaseInsensitive("\u0009DRMContent") || root.hasEntryCaseInsensitive("DataSpaces")) {
        throw new DocumentException(ErrorCode.ENCRYPTED, "The document is protected by rights management (IRM): "
            + "its text is encrypted. Remove the restriction in Word and upload it again.");
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        if (fibEncrypted(root)) {
          throw new DocumentException(ErrorCode.ENCRYPTED, "The Word document is protected with a password. "
              + "Remove the password in Word (File > Info > Protect Document) and upload it again.");
        }
        return new Sniffed(Format.DOC, bytes, null, false, null);
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        throw unsupported("an Excel workbook (.xls)");
      }
      if (root.hasEntryCaseInsensitive("PowerPoint Document")) throw unsupported("a PowerPoint presentation (.ppt)");
      throw unsupported("an OLE2 compound file that holds no Word document");
    } catch (IOException | RuntimeException e) {
      if (e instanceof LimitExceeded le) throw le;
      throw new DocumentException(ErrorCode.CORRUPT, "The file is a damaged Office compound file ("
          + e.getMessage() + ").", e);
    }
  }

  /** Byte 11 of the FIB holds fEncrypted (0x01) in a Word 97-2003 document. */
  private static boolean fibEncrypted(DirectoryNode root) throws IOException {
    try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive("WordDocument"))) {
      byte[] fib = in.readNBytes(12);
      return fib.length == 12 && (fib[11] & 0x01) != 0;
    }
  }

  /**
   * An encrypted OOXML package: read it only when it opens with Word's built-in default password
   * ("VelvetSweatshop"), which Word applies without asking anyone and which hides nothing.
   */
  private static Sniffed decryptDefault(POIFSFileSystem fs, long encryptedSize) throws IOException, DocumentException {
    Decryptor d;
    try {
      d = Decryptor.getInstance(new EncryptionInfo(fs));
      if (!d.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
        throw new DocumentException(ErrorCode.ENCRYPTED, "The Word document is protected with a password. "
            + "Remove the password in Word (File > Info > Protect Document) and upload it again.");
      }
    } catch (java.security.GeneralSecurityException | org.apache.poi.EncryptedDocumentException e) {
      throw new DocumentException(ErrorCode.ENCRYPTED, "The document is encrypted in a way HSCheck cannot open ("
          + e.getMessage() + "). Remove the protection in Word and upload it again.", e);
    }
    byte[] inner;
    try (InputStream in = d.getDataStream(fs)) {
      long declared = d.getLength();
      if (declared < 0 || declared > encryptedSize) {
        throw new DocumentException(ErrorCode.CORRUPT, "The encrypted package declares a size of " + declared
            + " bytes, more than the whole file holds.");
      }
      inner = in.readNBytes((int) declared);
    } catch (java.security.GeneralSecurityException e) {
      throw new DocumentException(ErrorCode.CORRUPT, "The encrypted package could not be decrypted: "
          + e.getMessage(), e);
    }
    if (FileMagic.valueOf(inner) != FileMagic.OOXML) {
      throw unsupported("an encrypted package that holds no Word document");
    }
    return sniffZip(inner, true);
  }
}
