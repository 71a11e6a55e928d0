package dev.guide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --output's file: whole or not at all, never replacing what is not a file, and nothing hidden left behind. */
class OutputFileTest {

  @TempDir Path dir;

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("result.fifo");
    assumeTrue(run("mkfifo", fifo.toString()), "needs mkfifo");
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    OutputFile.write(fifo, "the result\n", true);
    assertEquals("the result\n", read.get(10, TimeUnit.SECONDS));
    assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo), "still a FIFO");
    assertEquals(List.of("result.fifo"), names());
  }

  @Test
  void aCharacterDeviceIsWrittenThroughNeverReplaced() throws Exception {
    // A null device of our own: the machine's /dev/null must never be at stake in a test.
    Path device = dir.resolve("null");
    assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "needs mknod (root) to make a device node");
    OutputFile.write(device, "the result\n", true);
    assertFalse(Files.isRegularFile(device), "still a device node");
    assertEquals(0, Files.size(device));
    assertEquals(List.of("null"), names());
  }

  @Test
  void aSymbolicLinkIsNeverReplacedNorWhatItPointsTo() throws Exception {
    Path kept = Files.writeString(dir.resolve("kept.txt"), "mine\n");
    Path link = Files.createSymbolicLink(dir.resolve("result.txt"), kept.getFileName());
    GuideException refused = assertThrows(GuideException.class, () -> OutputFile.write(link, "the result\n", true));
    assertEquals(ExitCode.USAGE, refused.exitCode());
    assertTrue(refused.getMessage().contains("is a symbolic link to kept.txt"), refused.getMessage());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("mine\n", Files.readString(kept));
    assertEquals(List.of("kept.txt", "result.txt"), names());
  }

  @Test
  void aDanglingLinkIsNotReplacedEither() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("result.txt"), dir.resolve("nowhere"));
    assertThrows(GuideException.class, () -> OutputFile.write(link, "the result\n", true));
    assertThrows(GuideException.class, () -> OutputFile.write(link, "the result\n", false));
    assertTrue(Files.isSymbolicLink(link));
    assertFalse(Files.exists(dir.resolve("nowhere")));
  }

  @Test
  void aLongNameTheFolderAllowsWorks() throws Exception {
    // 239 characters: well within the usual 255-byte limit, though a temporary name built from it was not.
    Path file = dir.resolve("r".repeat(235) + ".txt");
    OutputFile.write(file, "the result\n", false);
    assertEquals("the result\n", Files.readString(file));
    assertEquals(List.of(file.getFileName().toString()), names());
  }

  @Test
  void aTemporaryFileAKilledRunLeftIsRemovedByTheNextButOneInUseIsNot() throws Exception {
    Path stale = Files.writeString(dir.resolve(".guide-123456789.tmp"), "half");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(65)));
    Path fresh = Files.writeString(dir.resolve(".guide-987654321.tmp"), "writing");
    Path notOurs = Files.writeString(dir.resolve(".guide-notes.tmp"), "mine");
    Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minusSeconds(3600)));
    OutputFile.write(dir.resolve("result.txt"), "the result\n", false);
    assertEquals(List.of(fresh.getFileName().toString(), notOurs.getFileName().toString(), "result.txt"), names());
  }

  /** Issue 21: in a shared folder, --output deleted another person's old temporary file. */
  @Test
  void anotherPersonsOldTemporaryFileIsLeftAlone() throws Exception {
    Path theirs = Files.writeString(dir.resolve(".guide-555555555.tmp"), "their write");
    Files.setLastModifiedTime(theirs, FileTime.from(Instant.now().minusSeconds(3600)));
    java.nio.file.attribute.UserPrincipal nobody;
    try {
      nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(theirs, nobody);
    } catch (IOException | UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "needs to give a file to another user (root): " + e);
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(!System.getProperty("user.name").equals("nobody"));
    OutputFile.write(dir.resolve("result.txt"), "the result\n", false);
    assertTrue(Files.exists(theirs), "another person's file, however old, is theirs to delete");
  }

  @Test
  void aFolderByADotNameIsAFolder() {
    for (String name : new String[] {".", "..", "sub/."}) {
      GuideException refused = assertThrows(GuideException.class, () -> OutputFile.write(dir.resolve(name), "x", true));
      assertTrue(refused.getMessage().contains("is a folder"), refused.getMessage());
    }
  }
}
