package dev.guide.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Partner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What someone at the same login can do to a locked folder, and what the lock does about it: a
 * deleted or damaged keyring never leads to a plain save; a plain file put beside locked ones is
 * not used; a locked file copied over another's name is refused; 'passphrase' never rewrites a
 * file it cannot read; the keyring does not grow with changes stopped part way.
 */
class LockAttacksTest {

  private static final Passphrase OLD = new Passphrase("old correct horse".toCharArray());
  private static final Passphrase NEW = new Passphrase("new battery staple".toCharArray());

  @TempDir static Path shared;
  private static Path lockedWithOld;

  @TempDir Path dir;

  @BeforeAll
  static void lockedFolder() throws Exception {
    lockedWithOld = shared.resolve("locked");
    CheckInStore store = new CheckInStore(lockedWithOld);
    store.save(FolderLockTest.checkIn("2026-11-15T20:00:00+01:00", "few-months"));
    store.save(FolderLockTest.checkIn("2026-11-22T20:00:00+01:00", "year-plus"));
    FolderLockTest.lock(lockedWithOld, OLD).change(new CheckInStore(lockedWithOld), OLD);
  }

  private Path lockedCopy() throws IOException {
    Path folder = dir.resolve("guide");
    copy(lockedWithOld, folder);
    return folder;
  }

  private static CheckInStore store(Path folder, Passphrase passphrase) {
    return new CheckInStore(folder).lockedWith(FolderLockTest.lock(folder, passphrase));
  }

  @Test
  void aDeletedKeyringNeverLeadsToAPlainSaveAndThePassphraseRebuildsIt() throws Exception {
    Path folder = lockedCopy();
    Files.delete(folder.resolve("keyring"));
    FolderLock lock = FolderLockTest.lock(folder, OLD);
    assertTrue(lock.locked(), "locked files keep the folder locked");
    GuideException refused = assertThrows(GuideException.class, lock::writable);
    assertEquals(ExitCode.FAILED, refused.exitCode());
    assertTrue(refused.getMessage().contains("keyring") && refused.getMessage().contains("guide passphrase"),
        refused.getMessage());
    Map<String, byte[]> before = contents(folder);
    assertThrows(GuideException.class, () -> store(folder, OLD).save(FolderLockTest.checkIn("2026-11-29T20:00:00+01:00", "few-weeks")));
    assertThrows(GuideException.class, () -> store(folder, OLD).saveDraft(new Draft(
        OffsetDateTime.parse("2026-11-29T20:00:00+01:00"), Partner.HE, dev.guide.quiz.Answers.none(), List.of())));
    assertContentsEqual(before, contents(folder));
    // Reading still works with the passphrase; 'guide passphrase' rebuilds the keyring from the files.
    assertEquals(2, store(folder, OLD).load().checkIns().size());
    FolderLock repair = FolderLockTest.lock(folder, OLD);
    repair.change(new CheckInStore(folder), OLD);
    assertTrue(Files.exists(folder.resolve("keyring")));
    Path third = store(folder, OLD).save(FolderLockTest.checkIn("2026-11-29T20:00:00+01:00", "few-weeks"));
    assertTrue(CheckInLock.isLocked(Files.readAllBytes(third)));
    assertEquals(3, store(folder, OLD).load().checkIns().size());
  }

  @Test
  void aDamagedKeyringNeverLeadsToAPlainSaveAndRepairingRebuildsIt() throws Exception {
    Path folder = lockedCopy();
    Files.writeString(folder.resolve("keyring"), "guide-keyring v1\nnot hex\n");
    Map<String, byte[]> before = contents(folder);
    GuideException e = assertThrows(GuideException.class,
        () -> store(folder, OLD).save(FolderLockTest.checkIn("2026-11-29T20:00:00+01:00", "few-weeks")));
    assertTrue(e.getMessage().contains("'guide passphrase' rebuilds it"), e.getMessage());
    assertContentsEqual(before, contents(folder));
    FolderLockTest.lock(folder, OLD).repairing().change(new CheckInStore(folder), NEW);
    assertEquals(2, store(folder, NEW).load().checkIns().size());
    assertEquals(List.of(), store(folder, NEW).load().skipped());
  }

  @Test
  void aPlainCheckInPutInALockedFolderIsNotUsedNorLockedIn() throws Exception {
    Path folder = lockedCopy();
    Path plainFolder = dir.resolve("plain");
    Path forged = new CheckInStore(plainFolder).save(FolderLockTest.checkIn("2026-11-22T20:00:00+01:00", "few-weeks"));
    Path newest = folder.resolve("check-in-2026-11-22T20-00-00.json");
    Files.copy(forged, newest, StandardCopyOption.REPLACE_EXISTING);
    byte[] planted = Files.readAllBytes(newest);
    CheckInStore.Loaded loaded = store(folder, OLD).load();
    assertEquals(List.of("2026-11-15T20-00-00"), loaded.checkIns().stream().map(CheckIn::id).toList());
    assertEquals(List.of(newest), loaded.skipped().stream().map(CheckInStore.Skipped::file).toList());
    assertTrue(loaded.skipped().get(0).why().contains("plain JSON"), loaded.skipped().get(0).why());
    FolderLock.Changed changed = FolderLockTest.lock(folder, OLD).change(new CheckInStore(folder), NEW);
    assertEquals(List.of(newest), changed.skipped().stream().map(CheckInStore.Skipped::file).toList());
    assertArrayEquals(planted, Files.readAllBytes(newest), "never locked in");
  }

  @Test
  void aLockedCheckInCopiedOverAnothersNameIsRefused() throws Exception {
    Path folder = lockedCopy();
    Path older = folder.resolve("check-in-2026-11-15T20-00-00.json");
    Files.copy(folder.resolve("check-in-2026-11-22T20-00-00.json"), older, StandardCopyOption.REPLACE_EXISTING);
    CheckInStore.Loaded loaded = store(folder, OLD).load();
    assertEquals(List.of("2026-11-22T20-00-00"), loaded.checkIns().stream().map(CheckIn::id).toList());
    assertEquals(List.of(older), loaded.skipped().stream().map(CheckInStore.Skipped::file).toList());
    assertTrue(loaded.skipped().get(0).why().contains("locked as check-in-2026-11-22T20-00-00.json"),
        loaded.skipped().get(0).why());
  }

  @Test
  void aFirstLockStoppedPartWayLeavesPlainFilesThatStillLoadAndAreLockedWhenRunAgain() throws Exception {
    Path plainFolder = dir.resolve("first");
    new CheckInStore(plainFolder).save(FolderLockTest.checkIn("2026-11-15T20:00:00+01:00", "few-months"));
    new CheckInStore(plainFolder).save(FolderLockTest.checkIn("2026-11-22T20:00:00+01:00", "year-plus"));
    FolderLock stopping = FolderLockTest.lock(plainFolder, OLD);
    stopping.step = what -> {
      if (what.equals("replaced check-in-2026-11-15T20-00-00.json")) {
        throw new IllegalStateException("stopped");
      }
    };
    assertThrows(IllegalStateException.class, () -> stopping.change(new CheckInStore(plainFolder), OLD));
    FolderLock looking = FolderLockTest.lock(plainFolder, OLD);
    CheckInStore.Loaded loaded = new CheckInStore(plainFolder).lockedWith(looking).load();
    assertEquals(2, loaded.checkIns().size());
    assertEquals(List.of(plainFolder.resolve("check-in-2026-11-22T20-00-00.json")), looking.notLocked());
    FolderLockTest.lock(plainFolder, OLD).change(new CheckInStore(plainFolder), OLD);
    FolderLock after = FolderLockTest.lock(plainFolder, OLD);
    assertEquals(2, new CheckInStore(plainFolder).lockedWith(after).load().checkIns().size());
    assertEquals(List.of(), after.notLocked());
  }

  @Test
  void passphraseNeverRewritesAFileItCannotRead() throws Exception {
    Path folder = dir.resolve("odd");
    new CheckInStore(folder).save(FolderLockTest.checkIn("2026-11-15T20:00:00+01:00", "few-months"));
    String good = Files.readString(folder.resolve("check-in-2026-11-15T20-00-00.json"));
    Map<String, byte[]> odd = new LinkedHashMap<>();
    odd.put("check-in-2026-11-16T20-00-00.json", good.replace("\"version\" : 1", "\"version\" : 99").getBytes(StandardCharsets.UTF_8));
    odd.put("check-in-2026-11-17T20-00-00.json", good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8));
    for (var file : odd.entrySet()) {
      Files.write(folder.resolve(file.getKey()), file.getValue());
    }
    FolderLock.Changed changed = FolderLockTest.lock(folder, OLD).change(new CheckInStore(folder), OLD);
    assertEquals(List.of(folder.resolve("check-in-2026-11-15T20-00-00.json")), changed.files());
    assertEquals(2, changed.skipped().size(), changed.skipped().toString());
    for (var file : odd.entrySet()) {
      assertArrayEquals(file.getValue(), Files.readAllBytes(folder.resolve(file.getKey())), file.getKey() + " was changed");
    }
    // A newer guide's locked file in a locked folder is not wrapped again.
    odd.put("check-in-2026-11-18T20-00-00.json", "guide-locked v2\nkdf something newer\n\n0123".getBytes(StandardCharsets.US_ASCII));
    Files.write(folder.resolve("check-in-2026-11-18T20-00-00.json"), odd.get("check-in-2026-11-18T20-00-00.json"));
    // The same when the passphrase is changed, and when it is removed.
    FolderLockTest.lock(folder, OLD).change(new CheckInStore(folder), NEW);
    FolderLockTest.lock(folder, NEW).change(new CheckInStore(folder), null);
    for (var file : odd.entrySet()) {
      assertArrayEquals(file.getValue(), Files.readAllBytes(folder.resolve(file.getKey())), file.getKey() + " was changed");
    }
  }

  @Test
  void changesStoppedPartWayDoNotMakeTheKeyringGrow() throws Exception {
    Path folder = lockedCopy();
    List<Long> sizes = new ArrayList<>();
    Passphrase[] passphrases = {OLD, NEW};
    for (int i = 0; i < 12; i++) {
      Passphrase from = passphrases[i % 2];
      Passphrase to = passphrases[(i + 1) % 2];
      FolderLock stopping = FolderLockTest.lock(folder, from);
      stopping.step = what -> {
        if (what.startsWith("replaced check-in-2026-11-15")) {
          throw new IllegalStateException("stopped");
        }
      };
      assertThrows(IllegalStateException.class, () -> stopping.change(new CheckInStore(folder), to));
      assertEquals(2, store(folder, to).load().checkIns().size(), "change " + i);
      sizes.add(Files.size(folder.resolve("keyring")));
    }
    // Each stopped change once added a key (420 bytes); the keyring holds only the keys files use.
    assertTrue(sizes.get(sizes.size() - 1) <= sizes.get(1) + 100, "the keyring grew: " + sizes);
  }

  @Test
  void aRunWhoseKeysAnotherRunChangedMeanwhileWritesNothingWithThem() throws Exception {
    Path folder = lockedCopy();
    FolderLock first = FolderLockTest.lock(folder, OLD);
    FolderLock second = FolderLockTest.lock(folder, OLD);
    first.unlock();
    second.unlock();
    CheckInStore saving = new CheckInStore(folder).lockedWith(second);
    first.change(new CheckInStore(folder), NEW);
    Map<String, byte[]> before = contents(folder);
    GuideException e = assertThrows(GuideException.class, () -> second.change(new CheckInStore(folder), OLD));
    assertTrue(e.getMessage().contains("changed by another run"), e.getMessage());
    assertThrows(GuideException.class, () -> saving.save(FolderLockTest.checkIn("2026-11-29T20:00:00+01:00", "few-weeks")));
    assertContentsEqual(before, contents(folder));
    assertEquals(2, store(folder, NEW).load().checkIns().size());
  }

  static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        contents.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return contents;
  }

  private static void assertContentsEqual(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
  }

  static void copy(Path from, Path to) throws IOException {
    // Owner-only, as the guide makes its folder: one open to others is refused, not changed.
    Files.createDirectories(to, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(from)) {
      list.forEach(files::add);
    }
    for (Path file : files) {
      Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }
    assertFalse(files.isEmpty());
  }
}
