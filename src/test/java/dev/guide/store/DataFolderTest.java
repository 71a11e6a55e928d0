package dev.guide.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where check-ins are kept: --data-dir, else XDG_DATA_HOME, else HOME. */
class DataFolderTest {

  @Test
  void dataDirWinsOverTheEnvironment() throws GuideException {
    assertEquals(Path.of("/tmp/mine").toAbsolutePath(),
        DataFolder.locate(Path.of("/tmp/mine"), Map.of("XDG_DATA_HOME", "/x", "HOME", "/h")));
  }

  @Test
  void xdgDataHomeThenHome() throws GuideException {
    assertEquals(Path.of("/x/guide"), DataFolder.locate(null, Map.of("XDG_DATA_HOME", "/x", "HOME", "/h")));
    assertEquals(Path.of("/h/.local/share/guide"), DataFolder.locate(null, Map.of("HOME", "/h")));
  }

  @Test
  void aRelativeOrEmptyXdgDataHomeIsIgnoredAsTheSpecificationSays() throws GuideException {
    assertEquals(Path.of("/h/.local/share/guide"), DataFolder.locate(null, Map.of("XDG_DATA_HOME", "data", "HOME", "/h")));
    assertEquals(Path.of("/h/.local/share/guide"), DataFolder.locate(null, Map.of("XDG_DATA_HOME", "", "HOME", "/h")));
  }

  @Test
  void withNeitherItSaysHowToChooseAFolder() {
    GuideException e = assertThrows(GuideException.class, () -> DataFolder.locate(null, Map.of()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
  }

  @Test
  void guideDataDirNamesTheFolderForEveryCommandAndDataDirStillWins() throws GuideException {
    assertEquals(Path.of("/d/mine"), DataFolder.locate(null, Map.of("GUIDE_DATA_DIR", "/d/mine", "XDG_DATA_HOME", "/x")));
    assertEquals(Path.of("/tmp/other").toAbsolutePath(),
        DataFolder.locate(Path.of("/tmp/other"), Map.of("GUIDE_DATA_DIR", "/d/mine")));
    GuideException e = assertThrows(GuideException.class, () -> DataFolder.locate(null, Map.of("GUIDE_DATA_DIR", "rel")));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("GUIDE_DATA_DIR"), e.getMessage());
  }
}
