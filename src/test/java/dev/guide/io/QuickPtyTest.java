package dev.guide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;

/** The terminal's size as {@code stty -a} says it, in both forms it takes. */
class QuickPtyTest {

  @Test
  void readsGnuStty() {
    Size size = QuickPty.sizeOf("speed 38400 baud; rows 24; columns 100; line = 0;\nintr = ^C; quit = ^\\;");
    assertEquals(100, size.getColumns());
    assertEquals(24, size.getRows());
  }

  @Test
  void readsBsdStty() {
    Size size = QuickPty.sizeOf("speed 9600 baud; 40 rows; 132 columns;\nlflags: icanon isig iexten echo");
    assertEquals(132, size.getColumns());
    assertEquals(40, size.getRows());
  }

  @Test
  void noSizeIsZero() {
    Size size = QuickPty.sizeOf("speed 38400 baud; line = 0;");
    assertEquals(0, size.getColumns());
    assertEquals(0, size.getRows());
  }
}
