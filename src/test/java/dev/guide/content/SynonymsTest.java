package dev.guide.content;

import static dev.guide.content.BrokenContent.assertDefect;
import static dev.guide.content.BrokenContent.only;
import static dev.guide.content.BrokenContent.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** synonyms.json: read into the content, checked like the rest, each defect at its line and column. */
class SynonymsTest {

  @TempDir Path temp;

  BrokenContent content;

  @BeforeEach
  void copyRealContent() {
    content = BrokenContent.copy(temp);
  }

  private List<Defect> withSynonyms(String... entries) {
    return write(entries).defects();
  }

  private BrokenContent write(String... entries) {
    return content.write("synonyms.json", "{\n  \"synonyms\": [\n" + String.join(",\n", entries) + "\n  ]\n}\n");
  }

  @Test
  void theBuiltInSynonymsAreReadAndCompiledIntoTheBundle() throws ContentException {
    Content fromJson = ContentReader.read(ContentReader.builtIn());
    assertFalse(fromJson.synonyms().isEmpty());
    assertEquals(fromJson.synonyms(), ContentReader.readBuiltIn().synonyms());
  }

  @Test
  void aFolderWithoutSynonymsIsFineAndHasNone() throws ContentException {
    assertEquals(List.of(), ContentReader.read(ContentReader.directory(content.dir())).synonyms());
  }

  @Test
  void aGoodEntryIsRead() throws ContentException {
    write("    { \"word\": \"ghosting\", \"finds\": [\"silent\", \"contact\"] }");
    assertEquals(List.of(new Synonym("ghosting", List.of("silent", "contact"))),
        ContentReader.read(ContentReader.directory(content.dir())).synonyms());
  }

  @Test
  void aWordTheContentDoesNotHaveFindsNothingAndSaysSo() {
    Defect defect = only(withSynonyms("    { \"word\": \"ghosting\", \"finds\": [\"silent\", \"xyzzy\"] }"));
    assertDefect(defect, "synonyms.json", 3, "synonym 'ghosting'", "'xyzzy' is in no reason, sign or advice");
    assertEquals(47, defect.column(), defect.toString());
  }

  @Test
  void aWordIsOneLowerCaseWord() {
    List<Defect> defects = withSynonyms("    { \"word\": \"Ghost ing\", \"finds\": [\"silent\"] }",
        "    { \"word\": \"job\", \"finds\": [\"hard work\"] }");
    assertEquals(2, defects.size(), show(defects));
    assertDefect(defects.get(0), "synonyms.json", 3, "'word' is 'Ghost ing'; a synonym is one lower-case word");
    assertDefect(defects.get(1), "synonyms.json", 4, "'hard work' is not one lower-case word");
  }

  @Test
  void aWordGivenTwiceInAnyFormIsADefect() {
    Defect defect = only(withSynonyms("    { \"word\": \"ghosting\", \"finds\": [\"silent\"] }",
        "    { \"word\": \"ghosted\", \"finds\": [\"quiet\"] }"));
    assertDefect(defect, "synonyms.json", 4, "'ghosted' is given already at line 3");
  }

  @Test
  void findsIsNotEmptyNotTheWordItselfAndNotTwice() {
    List<Defect> defects = withSynonyms("    { \"word\": \"ghosting\", \"finds\": [] }",
        "    { \"word\": \"work\", \"finds\": [\"working\"] }",
        "    { \"word\": \"job\", \"finds\": [\"career\", \"careers\"] }");
    assertEquals(3, defects.size(), show(defects));
    assertDefect(defects.get(0), "synonyms.json", 3, "'finds' is empty");
    assertDefect(defects.get(1), "synonyms.json", 4, "'working' is a form of 'work' itself");
    assertDefect(defects.get(2), "synonyms.json", 5, "'careers' is given twice");
  }

  @Test
  void unknownFieldsAndABrokenFileAreReportedAsEverywhere() {
    assertDefect(only(withSynonyms("    { \"word\": \"job\", \"finds\": [\"work\"], \"weight\": 2 }")),
        "synonyms.json", 3, "weight");
    Defect syntax = only(content.write("synonyms.json", "{\"synonyms\": [\n  {\"word\": \"job\",\n}").defects());
    assertTrue(syntax.file().equals("synonyms.json") && syntax.line() > 0, syntax.toString());
  }

  @Test
  void validateChecksSynonymsToo() {
    write("    { \"word\": \"ghosting\", \"finds\": [\"xyzzy\"] }");
    dev.guide.Guide.run("validate", content.dir().toString()).assertExit(dev.guide.ExitCode.FAILED)
        .assertErrContains("synonyms.json:3:");
  }
}
