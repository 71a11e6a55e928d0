package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.CommandResult;
import dev.guide.ExitCode;
import dev.guide.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guide forget --all}: the check-ins and the launchers' cache, asked about together. */
class ForgetAllTest {

  @TempDir Path home;

  private Path checkIn;
  private Path cache;

  @BeforeEach
  void aCheckInAndAnArchive() throws IOException {
    checkIn = Files.createDirectories(home.resolve(".local/share/guide")).resolve("check-in-2026-11-15T20-00-00.json");
    Files.writeString(checkIn, "{}");
    cache = Files.createDirectories(home.resolve(".cache/guide"));
    Files.writeString(cache.resolve("2166136261-3de8cad2fde46307-4972544.jsa"), "archive");
  }

  private Guide guide() {
    return Guide.guide().env("HOME", home.toString()).env("NO_COLOR", "1").env("COLUMNS", "500");
  }

  @Test
  void forgetLeavesTheCacheAndForgetAllDeletesItToo() {
    guide().exec("forget", "--yes").assertExit(ExitCode.OK).assertOutContains("Deleted 1 check-in:");
    assertTrue(Files.exists(cache));
    assertFalse(Files.exists(checkIn));
    CommandResult result = guide().exec("forget", "--all", "--yes").assertExit(ExitCode.OK);
    result.assertOutContains("Deleted the guide's cache " + cache + ".");
    assertFalse(Files.exists(cache));
    assertTrue(Files.exists(home.resolve(".cache")), "only the guide's own folder");
  }

  @Test
  void forgetAllAsksAboutBothAndDeletesOnlyOnYes() {
    String question = "Delete 1 check-in from " + checkIn.getParent() + " and the guide's cache " + cache + "? [y/N]";
    guide().typed("n\n").exec("forget", "--all").assertExit(ExitCode.OK).assertOutContains(question)
        .assertOutContains("Nothing was deleted.");
    assertTrue(Files.exists(cache));
    assertTrue(Files.exists(checkIn));
    guide().piped("y\n").exec("forget", "--all").assertExit(ExitCode.USAGE)
        .assertErrContains("this would delete 1 check-in from " + checkIn.getParent() + " and the guide's cache " + cache)
        .assertErrContains("add --yes");
    assertTrue(Files.exists(cache));
    guide().typed("y\n").exec("forget", "--all").assertExit(ExitCode.OK).assertOutContains("Deleted 1 check-in:")
        .assertOutContains("Deleted the guide's cache " + cache + ".");
    assertFalse(Files.exists(cache));
    assertFalse(Files.exists(checkIn));
  }

  @Test
  void forgetAllWithOnlyACacheOrNothing() throws IOException {
    Files.delete(checkIn);
    guide().exec("forget", "--all", "--yes").assertExit(ExitCode.OK).assertOutContains("Deleted the guide's cache " + cache + ".");
    guide().exec("forget", "--all", "--yes").assertExit(ExitCode.OK).assertOutContains("Nothing to forget")
        .assertOutContains("and there is no cache");
  }

  @Test
  void theCacheIsWhereTheLaunchersKeepIt() throws IOException {
    Path xdg = Files.createDirectories(home.resolve("xdg/guide"));
    Files.writeString(xdg.resolve("archive.jsa"), "archive");
    guide().env("XDG_CACHE_HOME", xdg.getParent().toString()).exec("forget", "--all", "--yes").assertExit(ExitCode.OK)
        .assertOutContains("Deleted the guide's cache " + xdg + ".");
    assertFalse(Files.exists(xdg));
    assertTrue(Files.exists(cache), "not ~/.cache when XDG_CACHE_HOME names another");
    // A relative XDG_CACHE_HOME is ignored, as the launchers ignore it.
    guide().env("XDG_CACHE_HOME", "xdg").exec("forget", "--all", "--yes").assertExit(ExitCode.OK)
        .assertOutContains("Deleted the guide's cache " + cache + ".");
  }

  @Test
  void aLinkedCacheFolderLosesTheLinkNotWhatItPointsTo() throws IOException {
    Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
    Path kept = Files.writeString(elsewhere.resolve("kept.txt"), "not the guide's");
    Path xdg = Files.createDirectories(home.resolve("linked"));
    Files.createSymbolicLink(xdg.resolve("guide"), elsewhere);
    guide().env("XDG_CACHE_HOME", xdg.toString()).exec("forget", "--all", "--yes").assertExit(ExitCode.OK);
    assertFalse(Files.exists(xdg.resolve("guide"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals("not the guide's", Files.readString(kept));
  }
}
