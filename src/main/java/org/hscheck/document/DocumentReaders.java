package org.hscheck.document;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a file's bytes into the model, choosing the reader by content, within {@link ReadLimits}.
 *
 * <p>Each parse runs on a worker thread with a 64 MB stack from a small shared pool, under a wall-clock
 * timeout; every failure, including {@link OutOfMemoryError} and {@link StackOverflowError}, ends as a
 * {@link DocumentException} with a typed {@link ErrorCode}. A worker that overruns its time is interrupted
 * and stops at its next budget check; the caller does not wait for it. Meanwhile the calling thread computes the
 * file's digest. Thread-safe.
 */
public final class DocumentReaders {
  private static final long WORKER_STACK = 64L * 1024 * 1024;
  private static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());
  private static final ExecutorService POOL = pool();

  private DocumentReaders() {}

  private static ExecutorService pool() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor p = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(null, r, "hscheck-reader-" + n.incrementAndGet(), WORKER_STACK);
          t.setDaemon(true);
          return t;
        });
    p.allowCoreThreadTimeOut(true);
    return p;
  }

  /**
   * Reads a document.
   *
   * @param bytes the file's content (not modified)
   * @param name  the file name as uploaded (for metadata only; never used to choose the reader)
   * @throws DocumentException with the reason the document cannot be assessed, including {@link ErrorCode#NO_TEXT}
   */
  public static ProposalDocument read(byte[] bytes, String name, ReadLimits limits) throws DocumentException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(limits, "limits");
    if (bytes.length > limits.maxBytes()) {
      throw new DocumentException(ErrorCode.TOO_LARGE, "The file is " + megabytes(bytes.length)
          + " MB; the limit is " + megabytes(limits.maxBytes()) + " MB.");
    }
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<String> digest = new CompletableFuture<>();
    Future<ProposalDocument> f = POOL.submit(() -> {
      started.countDown();
      return parse(bytes, name == null ? "" : name, limits, digest);
    });
    try {
      digest.complete(sha256(bytes));
    } catch (RuntimeException | Error e) {
      digest.completeExceptionally(e);
      throw e;
    }
    try {
      return await(f, started, limits);
    } catch (DocumentException e) {
      throw e.withSha256(digest.getNow(null));
    }
  }

  /** The worker's document, or the reason it has none. */
  private static ProposalDocument await(Future<ProposalDocument> f, CountDownLatch started, ReadLimits limits)
      throws DocumentException {
    long timeoutMs = limits.timeout().toMillis();
    try {
      if (!started.await(Math.max(timeoutMs * 10, 60_000), TimeUnit.MILLISECONDS)) {
        f.cancel(true);
        throw new DocumentException(ErrorCode.TOO_LARGE, "Every document reader stayed busy for too long; "
            + "try again later.");
      }
      return f.get(timeoutMs + 250, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new DocumentException(ErrorCode.TOO_LARGE, "Reading the document took longer than the limit of "
          + limits.timeout().toSeconds() + " s; it is too large or too complex.");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new DocumentException(ErrorCode.TOO_LARGE, "Reading the document was interrupted.");
    } catch (CancellationException e) {
      throw new DocumentException(ErrorCode.TOO_LARGE, "Reading the document was cancelled.");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof DocumentException de) throw de;
      throw classify(c, null);
    }
  }

  /** Runs on the worker: sniff, read, build; every Throwable becomes a DocumentException. */
  private static ProposalDocument parse(byte[] bytes, String name, ReadLimits limits, CompletableFuture<String> digest)
      throws DocumentException {
    ReadBudget budget = new ReadBudget(limits);
    Format format = null;
    try {
      Sniffer.Sniffed s = Sniffer.sniff(bytes);
      format = s.format();
      ModelBuilder out = new ModelBuilder(budget);
      switch (s.format()) {
        case PDF -> PdfReader.read(s.bytes(), out);
        case DOCX -> DocxReader.read(s.docx(), s.mainPart(), out);
        case DOC -> DocReader.read(s.bytes(), out);
      }
      return out.build(name, digest.join(), format);
    } catch (DocumentException e) {
      throw e;
    } catch (Throwable t) {
      throw classify(t, format);
    }
  }

  /** Maps whatever a parser threw to a typed error with a message a person understands. */
  static DocumentException classify(Throwable t, Format format) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof LimitExceeded le) {
        return new DocumentException(ErrorCode.TOO_LARGE, le.getMessage() + " The limit protects the service; "
            + "split or simplify the document.", t);
      }
      if (c instanceof DocumentException de) return de;
    }
    if (t instanceof OutOfMemoryError) {
      return new DocumentException(ErrorCode.TOO_LARGE, "The document is too large or complex to read: it "
          + "needed more memory than the service allows.", t);
    }
    if (t instanceof StackOverflowError) {
      return new DocumentException(ErrorCode.TOO_LARGE, "The document is too complex to read: its structure "
          + "is nested too deeply.", t);
    }
    String what = format == null ? "document" : switch (format) {
      case PDF -> "PDF";
      case DOCX -> "Word (.docx) document";
      case DOC -> "Word 97-2003 (.doc) document";
    };
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidPasswordException || c instanceof org.apache.poi.EncryptedDocumentException) {
        return new DocumentException(ErrorCode.ENCRYPTED, "The " + what + " is protected with a password. "
            + "Remove the password and upload it again.", t);
      }
      String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("zip bomb") || m.contains("tried to allocate") || m.contains("node depth exceeds")
          || m.contains("exceeds the maximum")) {
        return new DocumentException(ErrorCode.TOO_LARGE, "The " + what + " is too large or complex to read ("
            + c.getMessage() + ").", t);
      }
    }
    String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (detail.length() > 200) detail = detail.substring(0, 200) + "…";
    return new DocumentException(ErrorCode.CORRUPT, "The " + what + " is damaged and cannot be read ("
        + detail + "). Save it again from the program that made it and upload the new copy.", t);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String megabytes(long n) {
    return String.format(Locale.ROOT, "%.1f", n / (1024.0 * 1024.0));
  }
}
