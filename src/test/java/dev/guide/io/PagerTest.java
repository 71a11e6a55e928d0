package dev.guide.io;

import static dev.guide.Guide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.quiz.TinyContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pager runs, and how: through a fake less that writes down what it was given. */
class PagerTest {

  private static final Terminal SCREEN = new Terminal(false, false, true);

  @TempDir Path dir;

  @Test
  void aPagerThatIsNotInstalledIsNotRunSoTheShellSaysNothing() {
    assertEquals(Optional.empty(), new Pager(Map.of("PAGER", "no-such-pager-anywhere")).command());
    assertEquals(Optional.empty(), new Pager(Map.of("PAGER", "/no/such/pager -R", "PATH", "/usr/bin")).command());
    assertEquals(Optional.empty(), new Pager(Map.of("PAGER", "more", "PATH", dir.toString())).command());
  }

  @Test
  void aPagerThatIsInstalledOrUsesTheShellIsRun() throws Exception {
    Path more = fake("more");
    assertEquals(Optional.of("more -d"), new Pager(Map.of("PAGER", "more -d", "PATH", dir.toString())).command());
    assertEquals(Optional.of(more + " -d"), new Pager(Map.of("PAGER", more + " -d")).command());
    assertEquals(Optional.of("cat > shown.txt"), new Pager(Map.of("PAGER", "cat > shown.txt", "PATH", "/usr/bin:/bin")).command());
    assertEquals(Optional.of("LESS=R less"), new Pager(Map.of("PAGER", "LESS=R less", "PATH", dir.toString())).command());
  }

  @Test
  void lessSaysHowToLeave() throws Exception {
    fake("less");
    String id = TinyContent.real().reasons().get(0).id();
    guide().terminal(SCREEN).env("PATH", dir.toString()).env("LINES", "10").env("NO_COLOR", "1")
        .exec("reason", id).assertExit(ExitCode.OK);
    String args = Files.readString(dir.resolve("less.args"));
    assertTrue(args.contains("-FRX") && args.contains("(END) q to leave"), args);
    assertTrue(Files.readString(dir.resolve("less.shown")).contains("(" + id + ")"));
  }

  @Test
  void aPlainLessInPagerGetsThePromptButOneThePersonSetIsKept() throws Exception {
    fake("less");
    assertTrue(new Pager(Map.of("PAGER", "less -R", "PATH", dir.toString())).command().orElseThrow().contains("q to leave"));
    assertEquals(Optional.of("less -Psmine"), new Pager(Map.of("PAGER", "less -Psmine", "PATH", dir.toString())).command());
  }

  /** A program {@code name} in the temporary folder that writes its arguments and its input beside itself. */
  private Path fake(String name) throws Exception {
    Path program = dir.resolve(name);
    Files.writeString(program, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + dir.resolve(name + ".args") + "\"\n"
        + "cat > \"" + dir.resolve(name + ".shown") + "\"\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    return program;
  }
}
