package dev.guide.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.quiz.Limit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan kept with a check-in: written when there is one, read leniently, absent from older files. */
class CheckInPlanTest {

  @TempDir Path folder;

  static final Limit LIMIT = new Limit(Optional.of("Plans I can count on"), Optional.empty(),
      Optional.of(LocalDate.of(2026, 12, 15)), Optional.of("I'll step back"));

  private static String withPlan(String plan) {
    return OldCheckIn.text().replaceFirst("\\}\\s*$", ", \"plan\": " + plan + "}\n");
  }

  @Test
  void aPlanComesBackAsItWasSaved() throws Exception {
    CheckIn first = CheckInStoreTest.checkIn("2026-12-06T10:00:00+00:00", dev.guide.quiz.Answers.none());
    CheckIn planned = new CheckIn(first.id(), first.savedAt(), first.partner(), first.answers(), first.summary(),
        Optional.of(LIMIT));
    Path file = new CheckInStore(folder).save(planned);
    String text = Files.readString(file);
    assertTrue(text.contains("\"plan\" : {\n    \"needs\" : \"Plans I can count on\",\n    \"by\" : \"2026-12-15\""), text);
    assertEquals(Optional.of(LIMIT), new CheckInStore(folder).load().checkIns().get(0).plan());
  }

  @Test
  void aCheckInWithoutAPlanHasNoneAndWritesNone() throws Exception {
    Files.writeString(folder.resolve("check-in-2026-10-01T08-30-00.json"), OldCheckIn.text());
    assertEquals(Optional.empty(), new CheckInStore(folder).load().checkIns().get(0).plan());
    CheckIn plain = CheckInStoreTest.checkIn("2026-12-06T10:00:00+00:00", dev.guide.quiz.Answers.none());
    assertTrue(!Files.readString(new CheckInStore(folder).save(plain)).contains("\"plan\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"soon\"", "[]", "{\"by\": \"soon\", \"needs\": 5}", "{\"by\": 20261215, \"otherwise\": \"  \"}"})
  void aPlanThatCannotBeReadIsLeftOutAndTheCheckInStillLoads(String plan) throws Exception {
    Files.writeString(folder.resolve("check-in-2026-10-01T08-30-00.json"), withPlan(plan));
    CheckInStore.Loaded loaded = new CheckInStore(folder).load();
    assertEquals(List.of(), loaded.skipped());
    Optional<Limit> read = loaded.checkIns().get(0).plan();
    assertTrue(read.isEmpty() || read.get().by().isEmpty() && read.get().needs().isEmpty(), read::toString);
  }
}
