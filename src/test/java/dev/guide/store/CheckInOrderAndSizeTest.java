package dev.guide.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Strength;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which check-in is the latest when many share a second, and that a saved check-in always loads. */
class CheckInOrderAndSizeTest {

  @TempDir Path dir;

  @Test
  void checkInsOfOneSecondAreOrderedByTheirNumberNotAsText() throws Exception {
    CheckInStore store = new CheckInStore(dir);
    List<Path> saved = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      saved.add(store.save(CheckInStoreTest.checkIn("2026-11-22T20:00:00+01:00", Answers.none())));
    }
    assertTrue(saved.get(23).toString().endsWith("-24.json"), saved.get(23).toString());
    List<String> ids = store.load().checkIns().stream().map(CheckIn::id).toList();
    assertEquals("2026-11-22T20-00-00-24", ids.get(0), "newest first");
    assertEquals("2026-11-22T20-00-00-10", ids.get(14));
    assertEquals("2026-11-22T20-00-00-9", ids.get(15));
    assertEquals("2026-11-22T20-00-00", ids.get(23));
  }

  @Test
  void whatCannotBeReadBackIsNotSaved() throws Exception {
    CheckInStore store = new CheckInStore(dir);
    // A title past what the reader takes (custom content can hold one): saved, it could never load.
    CheckIn.ReasonLine huge = new CheckIn.ReasonLine("past-hurt", "x".repeat(70_000), 2, Strength.SOME);
    GuideException refused = assertThrows(GuideException.class,
        () -> store.save(CheckInStoreTest.checkIn("2026-11-22T20:00:00+01:00", Answers.none(), huge)));
    assertEquals(ExitCode.FAILED, refused.exitCode());
    assertTrue(refused.getMessage().contains("nothing was saved"), refused.getMessage());
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
    List<CheckIn.ReasonLine> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(new CheckIn.ReasonLine("reason-" + i, "y".repeat(30_000), 1, Strength.SOME));
    }
    assertThrows(GuideException.class, () -> store.save(CheckInStoreTest.checkIn("2026-11-22T20:00:00+01:00",
        Answers.none(), many.toArray(CheckIn.ReasonLine[]::new))));
    assertEquals(List.of(), store.load().checkIns());
    assertEquals(List.of(), store.load().skipped());
  }
}
