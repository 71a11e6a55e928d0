package dev.guide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jline.terminal.Size;
import org.jline.terminal.impl.exec.ExecPty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The terminal's size and settings as {@code stty -a} says them, in both forms it takes. */
class QuickPtyTest {

  private static final String GNU = """
      speed 38400 baud; rows 24; columns 80; line = 0;
      intr = ^C; quit = ^\\; erase = ^?; kill = ^U; eof = ^D; eol = <undef>;
      eol2 = <undef>; swtch = <undef>; start = ^Q; stop = ^S; susp = ^Z; rprnt = ^R;
      werase = ^W; lnext = ^V; discard = ^O; min = 1; time = 0;
      -parenb -parodd -cmspar cs8 -hupcl -cstopb cread -clocal -crtscts
      -ignbrk -brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr icrnl ixon -ixoff
      -iuclc -ixany -imaxbel iutf8
      opost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0
      isig icanon iexten echo echoe echok -echonl -noflsh -xcase -tostop -echoprt
      echoctl echoke -flusho -extproc
      """;

  private static final String BSD = """
      speed 9600 baud; 24 rows; 80 columns;
      lflags: icanon isig iexten echo echoe -echok echoke -echonl echoctl
      	-echoprt -altwerase -noflsh -tostop -flusho pendin -nokerninfo
      	-extproc
      iflags: -istrip icrnl -inlcr -igncr ixon -ixoff ixany imaxbel iutf8
      	-ignbrk brkint -inpck -ignpar -parmrk
      oflags: opost onlcr -oxtabs -onocr -onlret
      cflags: cread cs8 -parenb -parodd hupcl -clocal -cstopb -crtscts -dsrflow
      	-dtrflow -mdmbuf
      cchars: discard = ^O; dsusp = ^Y; eof = ^D; eol = <undef>;
      	eol2 = <undef>; erase = ^?; intr = ^C; kill = ^U; lnext = ^V;
      	min = 1; quit = ^\\; reprint = ^R; start = ^Q; status = ^T;
      	stop = ^S; susp = ^Z; time = 0; werase = ^W;
      """;

  /** Read as JLine reads them, flag for flag and character for character (a raw terminal's settings too). */
  @ParameterizedTest
  @ValueSource(strings = {GNU, BSD,
      "-icanon -echo min = 0; time = 1; intr = 3; quit = 034; erase = DEL; kill = M-^C; eof = M-x; susp = ^@;",
      "icanon -icanon echo; intr=^C; quit =^D; eol = <undef>",
      ""})
  void readsTheSettingsAsJlineDoes(String config) throws Exception {
    assertEquals(ExecPty.doGetAttr(config).toString(), QuickPty.attributesOf(config).toString());
  }

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
