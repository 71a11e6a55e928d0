package dev.guide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.ExitCode;
import dev.guide.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pager is told the text is UTF-8, so less under LANG=C does not show quote marks as <E2><80><9C>. */
class PagerCharsetTest {

  @TempDir Path root;

  @Test
  void lessIsToldTheTextIsUtf8() throws IOException {
    assumeTrue(System.getenv("LESSCHARSET") == null, "LESSCHARSET is set in this environment, and is left as it is");
    Path seen = root.resolve("seen");
    Guide.guide().terminal(new Terminal(false, false, true)).env("LINES", "10")
        .env("PAGER", "printf %s \"$LESSCHARSET\" > '" + seen + "'; cat > /dev/null").exec("reason", "past-hurt")
        .assertExit(ExitCode.OK);
    assertEquals("utf-8", Files.readString(seen));
  }

  /** As git does: PAGER=less alone gets LESS=FRX (colour, not escape codes), unless LESS is set. */
  @Test
  void aPlainLessGetsFrxUnlessLessIsSet() throws IOException {
    Path seen = root.resolve("less");
    String pager = "printf %s \"$LESS\" > '" + seen + "'; cat > /dev/null";
    Guide.guide().terminal(new Terminal(false, false, true)).env("LINES", "10").env("PAGER", pager)
        .exec("reason", "past-hurt").assertExit(ExitCode.OK);
    assertEquals("FRX", Files.readString(seen));
    Guide.guide().terminal(new Terminal(false, false, true)).env("LINES", "10").env("PAGER", pager).env("LESS", "R")
        .exec("reason", "past-hurt").assertExit(ExitCode.OK);
    assertEquals("", Files.readString(seen), "a LESS of the person's own is left to the environment");
  }
}
