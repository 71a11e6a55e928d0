package dev.guide.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Partner;
import dev.guide.quiz.Strength;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller points of issue 21 in the store: each once let something slip. */
class StoreEdgesTest {

  private static final Passphrase OLD = new Passphrase("old correct horse".toCharArray());

  @TempDir Path dir;

  @Test
  void leftoverTemporaryFilesAreRemovedAtEverySave() throws Exception {
    Path folder = dir.resolve("guide");
    CheckInStore store = new CheckInStore(folder);
    store.save(FolderLockTest.checkIn("2026-11-15T20:00:00+01:00", "few-months"));
    // What a save killed part way leaves: its answers, unlocked, under a temporary name.
    Path left = Files.writeString(folder.resolve(".check-in-2026-11-16T20-00-00.json.123.tmp"), "{\"answers\": ...}");
    Path draft = Files.writeString(folder.resolve(".draft.json.456.tmp"), "{\"answers\": ...}");
    store.save(FolderLockTest.checkIn("2026-11-22T20:00:00+01:00", "year-plus"));
    assertFalse(Files.exists(left), "removed at the next save");
    assertFalse(Files.exists(draft), "removed at the next save");
  }

  @Test
  void aLockedCheckInThatWouldBeTooLargeToReadIsNotSaved() throws Exception {
    Path folder = dir.resolve("guide");
    FolderLockTest.lock(folder, OLD).change(new CheckInStore(folder), OLD);
    // A plain check-in just under the limit: locked, its header and tag take it over.
    OffsetDateTime at = OffsetDateTime.parse("2026-11-22T20:00:00+01:00");
    CheckIn base = FolderLockTest.checkIn("2026-11-22T20:00:00+01:00", "year-plus");
    List<CheckIn.ReasonLine> lines = new ArrayList<>();
    CheckIn big = base;
    while (CheckInJson.write(big).length() < CheckInStore.MAX_BYTES - 400) {
      lines.add(new CheckIn.ReasonLine("outside-stress", "x".repeat(4000), 1, Strength.MODERATE));
      big = new CheckIn(base.id(), at, Partner.HE, base.answers(), new CheckIn.Summary(lines, List.of(), false, false));
    }
    lines.remove(lines.size() - 1);
    int room = CheckInStore.MAX_BYTES - 100 - CheckInJson.write(new CheckIn(base.id(), at, Partner.HE, base.answers(),
        new CheckIn.Summary(lines, List.of(), false, false))).length();
    lines.add(new CheckIn.ReasonLine("outside-stress", "x".repeat(room - 120), 1, Strength.MODERATE));
    CheckIn near = new CheckIn(base.id(), at, Partner.HE, base.answers(), new CheckIn.Summary(lines, List.of(), false, false));
    int plain = CheckInJson.write(near).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertTrue(plain <= CheckInStore.MAX_BYTES && plain > CheckInStore.MAX_BYTES - 200, "plain size " + plain);
    CheckInStore store = new CheckInStore(folder).lockedWith(FolderLockTest.lock(folder, OLD));
    GuideException e = assertThrows(GuideException.class, () -> store.save(near));
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of("keyring"), files.map(f -> f.getFileName().toString()).toList(), "nothing saved that cannot be read");
    }
  }

  @Test
  void wipingTheLockOverwritesThePassphraseInMemory() throws Exception {
    Path folder = dir.resolve("guide");
    Passphrase given = new Passphrase("wipe me after use".toCharArray());
    FolderLock lock = FolderLockTest.lock(folder, given);
    lock.change(new CheckInStore(folder), given);
    assertFalse(given.sameAs(new Passphrase(new char["wipe me after use".length()])));
    lock.wipe();
    assertTrue(given.sameAs(new Passphrase(new char["wipe me after use".length()])), "every character overwritten");
  }

  private Path secret(String name, String text) throws IOException {
    Path file = Files.writeString(dir.resolve(name), text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  @Test
  void aPassphraseFileWithAFirstLineOverTheLimitIsRefusedNotCut() throws Exception {
    Path file = secret("long.txt", "a".repeat(5000) + "\n");
    GuideException e = assertThrows(GuideException.class, () -> PassphraseFile.read(file, "--new-file"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("longer than 4096 bytes"), e.getMessage());
    Path missing = dir.resolve("missing.txt");
    GuideException gone = assertThrows(GuideException.class, () -> PassphraseFile.read(missing, "--new-file"));
    assertFalse(gone.getMessage().contains("unset --new-file"), gone.getMessage());
  }

  @Test
  void aPassphraseFileThatIsAPipeIsRefusedWithoutWaiting() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "needs mkfifo");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
    GuideException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(GuideException.class, () -> PassphraseFile.read(fifo, "GUIDE_PASSPHRASE_FILE")));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
  }
}
