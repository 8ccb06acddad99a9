package org.hscheck.document;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * PDFBox's random access over one byte array, with a look-back that only moves the position. PDFBox's own
 * buffer seeks through its chunk list for every byte the content-stream parser peeks at and puts back, a tenth
 * of reading a page; this reader holds one array, so none of that is needed.
 */
final class ByteArrayRead implements RandomAccessRead {
  private final byte[] bytes;
  private int position;
  private boolean closed;

  ByteArrayRead(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public int read() throws IOException {
    open();
    return position < bytes.length ? bytes[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    open();
    if (position >= bytes.length) return -1;
    int n = Math.min(len, bytes.length - position);
    System.arraycopy(bytes, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public int peek() throws IOException {
    open();
    return position < bytes.length ? bytes[position] & 0xff : -1;
  }

  @Override
  public void rewind(int n) throws IOException {
    seek((long) position - n);
  }

  @Override
  public long getPosition() throws IOException {
    open();
    return position;
  }

  @Override
  public void seek(long to) throws IOException {
    open();
    if (to < 0) throw new IOException("Invalid position " + to);
    position = (int) Math.min(to, bytes.length);
  }

  @Override
  public long length() throws IOException {
    open();
    return bytes.length;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean isEOF() throws IOException {
    open();
    return position >= bytes.length;
  }

  @Override
  public RandomAccessReadView createView(long start, long length) throws IOException {
    open();
    return new RandomAccessReadView(this, start, length);
  }

  @Override
  public void close() {
    closed = true;
  }

  private void open() throws IOException {
    if (closed) throw new IOException("the page content has been closed");
  }
}
