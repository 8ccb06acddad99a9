package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class ByteArrayReadTest {
  @Test
  void behavesAsPdfBoxsBufferOverRandomOperations() throws IOException {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      try (RandomAccessRead ours = new ByteArrayRead(bytes); RandomAccessRead pdfbox = new RandomAccessReadBuffer(bytes)) {
        for (int op = 0; op < 400; op++) {
          String what = "round " + round + ", operation " + op;
          switch (random.nextInt(7)) {
            case 0 -> assertThat(ours.read()).as(what).isEqualTo(pdfbox.read());
            case 1 -> assertThat(ours.peek()).as(what).isEqualTo(pdfbox.peek());
            case 2 -> {
              int back = (int) Math.min(ours.getPosition(), random.nextInt(4));
              ours.rewind(back);
              pdfbox.rewind(back);
            }
            case 3 -> {
              long to = random.nextInt(bytes.length + 10);
              ours.seek(to);
              pdfbox.seek(to);
            }
            case 4 -> {
              int len = random.nextInt(20);
              byte[] a = new byte[len + 3];
              byte[] b = new byte[len + 3];
              assertThat(ours.read(a, 1, len)).as(what).isEqualTo(pdfbox.read(b, 1, len));
              assertThat(a).as(what).isEqualTo(b);
            }
            case 5 -> assertThat(ours.isEOF()).as(what).isEqualTo(pdfbox.isEOF());
            default -> assertThat(ours.available()).as(what).isEqualTo(pdfbox.available());
          }
          assertThat(ours.getPosition()).as(what).isEqualTo(pdfbox.getPosition());
        }
        assertThat(ours.length()).isEqualTo(bytes.length);
      }
    }
  }

  @Test
  void aViewReadsItsRangeAndAClosedReaderRefusesToRead() throws IOException {
    byte[] bytes = "BT /F1 11 Tf (Hello) Tj ET".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ByteArrayRead read = new ByteArrayRead(bytes);
    byte[] view = new byte[5];
    try (var v = read.createView(14, 5)) {
      v.readFully(view);
    }
    assertThat(new String(view, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("Hello");
    assertThatThrownBy(() -> read.seek(-1)).isInstanceOf(IOException.class).hasMessageContaining("-1");
    read.close();
    assertThat(read.isClosed()).isTrue();
    assertThatThrownBy(read::read).isInstanceOf(IOException.class);
  }
}
