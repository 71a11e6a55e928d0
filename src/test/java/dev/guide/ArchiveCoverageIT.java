package dev.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive (Java 25: the AOT cache) the launchers make from {@code guide
 * cds-training} covers each everyday command as a person runs it: every class such a run loads
 * comes from the archive, but for a few the JVM makes at run time. A class missing from it is
 * read, parsed and checked at every start.
 */
class ArchiveCoverageIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final boolean AOT = Runtime.version().feature() >= 25;
  /** Hidden classes spun at run time, and the odd one the JVM loads outside any archive. */
  private static final int ALLOWED = 4;

  @TempDir Path dir;

  @Tag("slow")
  @Test
  void everyEverydayCommandLoadsItsClassesFromTheArchive() throws Exception {
    Path archive = dir.resolve(AOT ? "guide.aot" : "guide.jsa");
    run(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", (AOT ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=")
        + archive, "-Xlog:disable", "-Xlog:all=off", "-jar", JAR.toString(), "cds-training")).assertExit(0);
    Path answers = Files.writeString(dir.resolve("answers.txt"), Files.readString(
        JAR.getParent().getParent().resolve("src/test/resources/situations/01-work-pressure-explains.answers")));
    Path plan = Files.writeString(dir.resolve("plan.txt"), Files.readString(
        JAR.getParent().getParent().resolve("src/test/resources/plans/29-keeps-cancelling.answers"))
        .replaceAll("(?m)^plan\\.by:.*$", "plan.by: in 2 weeks"));
    List<String> missing = new ArrayList<>();
    for (List<String> command : List.of(List.of("reasons"), List.of("reason", "fear-of-intimacy"), List.of("signs"),
        List.of("safety"), List.of("search", "afraid"), List.of("validate"), List.of("ask", "--answers", answers.toString()),
        List.of("plan", "--answers", plan.toString()), List.of("--version"))) {
      List<String> args = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          (AOT ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive, AOT ? "-XX:AOTMode=on" : "-Xshare:on",
          "-Xlog:class+load=info", "-jar", JAR.toString()));
      args.addAll(command);
      CommandResult result = run(args).assertExit(0);
      List<String> outside = result.out().lines().filter(line -> line.contains("[class,load]"))
          .filter(line -> !line.contains("shared objects file") && !line.contains("AOT cache"))
          .map(line -> line.replaceFirst(".*\\[class,load\\] ", "")).toList();
      if (outside.size() > ALLOWED) {
        missing.add(String.join(" ", command) + ": " + outside.size() + " classes not from the archive, such as "
            + outside.subList(0, Math.min(outside.size(), 12)));
      }
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  private CommandResult run(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"));
    builder.environment().put("HOME", dir.toString());
    builder.environment().remove("XDG_DATA_HOME");
    builder.environment().remove("GUIDE_CONTENT");
    builder.environment().put("GUIDE_PARTNER", "he");
    return CommandResult.finish(builder.start(), 120);
  }
}
