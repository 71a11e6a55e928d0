package dev.guide.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import dev.guide.content.Partner;
import dev.guide.quiz.Answers;
import dev.guide.quiz.Strength;
import dev.guide.quiz.TinyContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Check-ins on disk: the format, owner-only files, whole writes, and files that cannot be read. */
class CheckInStoreTest {

  @TempDir Path dir;

  private Path folder() {
    return dir.resolve("data/guide");
  }

  private CheckInStore store() {
    return new CheckInStore(folder());
  }

  static CheckIn checkIn(String when, Answers answers, CheckIn.ReasonLine... reasons) {
    OffsetDateTime at = OffsetDateTime.parse(when);
    return new CheckIn(CheckInStore.idFor(at), at, Partner.HE, answers,
        new CheckIn.Summary(List.of(reasons), List.of(new CheckIn.SignLine("keeps-cancelling", "He keeps cancelling plans")),
            false, false));
  }

  static CheckIn.ReasonLine reason(String id, double score, Strength strength) {
    return new CheckIn.ReasonLine(id, "title of " + id, score, strength);
  }

  private static final CheckIn FIRST = checkIn("2026-11-15T20:00:00+01:00",
      TinyContent.answers("how-long", "few-months", "life-stress", List.of("work-pressure", "health"), "pace", List.of()),
      reason("outside-stress", 4, Strength.MODERATE), reason("past-hurt", 2.5, Strength.SOME));

  @Test
  void aCheckInComesBackAsItWasSaved() throws Exception {
    Path file = store().save(FIRST);
    assertEquals("check-in-2026-11-15T20-00-00.json", file.getFileName().toString());
    assertEquals(List.of(FIRST), store().load().checkIns());
    String text = Files.readString(file);
    assertTrue(text.contains("\"format\" : \"guide check-in\"") && text.contains("\"version\" : 1")
        && text.contains("\"savedAt\" : \"2026-11-15T20:00:00+01:00\""), text);
  }

  @Test
  void theFolderAndEveryFileAreTheOwnersAlone() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = store().save(FIRST);
    Path draft = store().saveDraft(new Draft(FIRST.savedAt(), Partner.HE, FIRST.answers(), List.of("how-long")));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(draft)));
  }

  @Test
  void checkInsLoadNewestFirstAndTwoInOneSecondKeepTheirOwnFiles() throws Exception {
    CheckIn later = checkIn("2026-11-22T09:00:00+01:00", Answers.none());
    // Made earlier in the world, though its local clock read later: the instant decides.
    CheckIn earlierElsewhere = checkIn("2026-11-22T10:00:00+05:00", Answers.none());
    store().save(later);
    store().save(FIRST);
    store().save(earlierElsewhere);
    Path twin = store().save(later);
    assertEquals("check-in-2026-11-22T09-00-00-2.json", twin.getFileName().toString());
    List<String> loaded = store().load().checkIns().stream().map(CheckIn::id).toList();
    assertEquals(List.of("2026-11-22T09-00-00-2", "2026-11-22T09-00-00", "2026-11-22T10-00-00", "2026-11-15T20-00-00"),
        loaded);
  }

  @Test
  void aSaveLeavesNoTemporaryFile() throws Exception {
    store().save(FIRST);
    store().saveDraft(new Draft(FIRST.savedAt(), Partner.HE, Answers.none(), List.of()));
    store().saveDraft(new Draft(FIRST.savedAt(), Partner.HE, FIRST.answers(), List.of("how-long")));
    try (Stream<Path> files = Files.list(folder())) {
      assertEquals(List.of("check-in-2026-11-15T20-00-00.json", "draft.json"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aTemporaryFileLeftByACrashIsNotACheckIn() throws Exception {
    store().save(FIRST);
    Path leftover = Files.writeString(folder().resolve(".check-in-2026-11-16T10-00-00.json.123.tmp"), "{\"format\": \"gu");
    CheckInStore.Loaded loaded = store().load();
    assertEquals(List.of(FIRST), loaded.checkIns());
    assertEquals(List.of(), loaded.skipped());
    assertTrue(store().files().contains(leftover), "forget deletes it");
  }

  @Test
  void anAbsentFolderHoldsNothingAndIsNotCreatedByReading() throws Exception {
    assertEquals(List.of(), store().load().checkIns());
    assertTrue(store().draft().isEmpty());
    assertEquals(List.of(), store().files());
    assertFalse(Files.exists(folder()));
  }

  static Stream<Arguments> corrupt() {
    return Stream.of(
        Arguments.of("{\"format\": \"guide check-in\", \"version\": 1, \"id\": ", "ends too early"),
        Arguments.of("", "empty"),
        Arguments.of("not json at all", "not valid JSON"),
        Arguments.of("[1, 2]", "should hold one JSON object"),
        Arguments.of("{\"format\": \"something else\", \"version\": 1}", "its 'format' is 'something else'"),
        Arguments.of("{\"format\": \"guide check-in\"}", "'version' should be a whole number"),
        Arguments.of("{\"format\": \"guide check-in\", \"version\": 7}", "written by a newer version of the guide"),
        Arguments.of("{\"format\": \"guide check-in\", \"version\": 1, \"id\": \"x\"}", "'result' is missing"),
        Arguments.of(valid().replace("\"strength\" : \"moderate\"", "\"strength\" : \"huge\""), "a strength is 'huge'"),
        Arguments.of(valid().replace("\"2026-11-15T20:00:00+01:00\"", "\"last tuesday\""), "'savedAt' is 'last tuesday'"),
        Arguments.of(valid().replace("\"partner\" : \"he\"", "\"partner\" : \"it\""), "'partner' is 'it'"),
        Arguments.of(valid().replace("[ \"few-months\" ]", "\"few-months\""), "'answers.how-long' should be a list"),
        Arguments.of("{\"a\": 1, \"a\": 2}", "not valid JSON"),
        Arguments.of("[".repeat(100), "not valid JSON"));
  }

  private static String valid() {
    return CheckInJson.write(FIRST);
  }

  @ParameterizedTest
  @MethodSource("corrupt")
  void aFileThatCannotBeReadIsNamedSkippedAndLeftAsItIs(String text, String why) throws Exception {
    store().save(FIRST);
    Path bad = Files.writeString(folder().resolve("check-in-2026-11-16T10-00-00.json"), text);
    byte[] before = Files.readAllBytes(bad);
    CheckInStore.Loaded loaded = store().load();
    assertEquals(List.of(FIRST), loaded.checkIns(), "the other check-ins still load");
    assertEquals(1, loaded.skipped().size());
    CheckInStore.Skipped skipped = loaded.skipped().get(0);
    assertEquals(bad, skipped.file());
    assertTrue(skipped.why().contains(why), skipped.why());
    assertTrue(skipped.warning().contains(bad.toString()) && skipped.warning().contains("left as it is"), skipped.warning());
    assertArrayEquals(before, Files.readAllBytes(bad), "never changed");
  }

  @Test
  void binaryAndHugeFilesAreSkippedToo() throws Exception {
    Files.createDirectories(folder());
    Files.write(folder().resolve("check-in-a.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    Files.write(folder().resolve("check-in-b.json"), new byte[CheckInStore.MAX_BYTES + 1]);
    CheckInStore.Loaded loaded = store().load();
    assertEquals(2, loaded.skipped().size(), loaded::toString);
    assertTrue(loaded.skipped().get(1).why().contains("larger than"), loaded::toString);
  }

  /** A check-in as an earlier guide wrote it, when the questionnaire had other questions and choices. */
  static final String OLD_QUESTIONS = OldCheckIn.text();

  @Test
  void aCheckInMadeWithOtherQuestionsStillLoadsAndKeepsEveryAnswer() throws Exception {
    Files.createDirectories(folder());
    Path file = Files.writeString(folder().resolve("check-in-2026-10-01T08-30-00.json"), OLD_QUESTIONS);
    CheckIn old = store().load().checkIns().get(0);
    assertEquals(Partner.SHE, old.partner());
    assertEquals(List.of("gloomy"), old.answers().of("mood-lately"));
    assertEquals(List.of("recent-breakup", "left-at-altar"), old.answers().of("past"));
    assertEquals(List.of("mood-lately", "past: left-at-altar"),
        SavedAnswers.noLongerAsked(old.answers(), TinyContent.real().questionnaire()));
    assertEquals(OLD_QUESTIONS, Files.readString(file), "the file is never rewritten");
  }

  @Test
  void aDraftIsKeptReplacedAndDeleted() throws Exception {
    Draft first = new Draft(FIRST.savedAt(), Partner.HE, TinyContent.answers("how-long", "few-weeks"), List.of("how-long"));
    Draft second = new Draft(FIRST.savedAt().plusMinutes(5), Partner.HE,
        TinyContent.answers("how-long", "few-weeks", "pace", "very-fast"), List.of("how-long", "pace"));
    store().saveDraft(first);
    assertEquals(first, store().draft().orElseThrow());
    store().saveDraft(second);
    assertEquals(second, store().draft().orElseThrow());
    store().deleteDraft();
    assertTrue(store().draft().isEmpty());
  }

  @Test
  void aDraftThatCannotBeReadIsAFailureThatNamesItAndKeepsIt() throws Exception {
    Files.createDirectories(folder());
    Path draft = Files.writeString(folder().resolve("draft.json"), "{\"format\": \"guide draft\", ");
    GuideException e = assertThrows(GuideException.class, () -> store().draft());
    assertEquals(ExitCode.FAILED, e.exitCode());
    assertTrue(e.getMessage().contains(draft.toString()) && e.getMessage().contains("left as it is"), e.getMessage());
    assertTrue(Files.exists(draft));
  }

  @Test
  void forgetDeletesTheGuidesFilesOnlyAndTheFolderWhenEmpty() throws Exception {
    store().save(FIRST);
    store().saveDraft(new Draft(FIRST.savedAt(), Partner.HE, Answers.none(), List.of()));
    Path corrupt = Files.writeString(folder().resolve("check-in-broken.json"), "{");
    Path mine = Files.writeString(folder().resolve("notes.txt"), "not the guide's");
    List<Path> deleted = store().forget();
    assertEquals(3, deleted.size(), deleted::toString);
    assertTrue(deleted.contains(corrupt), "an unreadable check-in is still a check-in to forget");
    assertTrue(Files.exists(mine));
    assertEquals("2 check-ins and an unfinished questionnaire", CheckInStore.describe(deleted));
    Files.delete(mine);
    store().save(FIRST);
    store().forget();
    assertFalse(Files.exists(folder()), "nothing left, not even the folder");
  }

  @Test
  void aFolderThatCannotBeMadeIsAFailureThatSaysWhere() throws IOException {
    Files.writeString(dir.resolve("data"), "a file where the folder should be", StandardCharsets.UTF_8);
    GuideException e = assertThrows(GuideException.class, () -> store().save(FIRST));
    assertEquals(ExitCode.FAILED, e.exitCode());
    assertTrue(e.getMessage().contains("cannot create the folder " + folder()) && e.getMessage().contains("--data-dir"),
        e.getMessage());
  }
}
