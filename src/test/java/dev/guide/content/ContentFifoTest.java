package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content file that is a pipe is a defect, not a wait for a writer that never comes. */
class ContentFifoTest {

  @TempDir Path temp;

  @Test
  void aFifoContentFileIsADefect() throws Exception {
    Path dir = BrokenContent.copy(temp).dir();
    Path reasons = dir.resolve("reasons.json");
    Files.delete(reasons);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", reasons.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo");
    CommandResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Guide.run("validate", dir.toString()));
    result.assertExit(ExitCode.FAILED).assertErrContains("reasons.json").assertErrContains("not a regular file")
        .assertNoStackTrace();
  }
}
