package dev.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archives (Java 25: AOT caches) the launchers make from {@code guide
 * cds-training GROUP}, one for each group of commands, cover each everyday command as a person
 * runs it: every class such a run loads comes from its group's archive, but for a few the JVM
 * makes at run time. A class missing from it is
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
  void everyEverydayCommandLoadsItsClassesFromItsGroupsArchive() throws Exception {
    Path answers = Files.writeString(dir.resolve("answers.txt"), Files.readString(
        JAR.getParent().getParent().resolve("src/test/resources/situations/01-work-pressure-explains.answers")));
    Path plan = Files.writeString(dir.resolve("plan.txt"), Files.readString(
        JAR.getParent().getParent().resolve("src/test/resources/plans/29-keeps-cancelling.answers"))
        .replaceAll("(?m)^plan\\.by:.*$", "plan.by: in 2 weeks"));
    // The groups as the launcher picks them (src/dist/bin/guide), each with the commands it serves.
    Map<String, List<List<String>>> groups = new LinkedHashMap<>();
    groups.put("entries", List.of(List.of("reasons"), List.of("reason", "fear-of-intimacy"), List.of("signs"),
        List.of("safety"), List.of("search", "afraid"), List.of("--version")));
    groups.put("answers", List.of(List.of("ask", "--answers", answers.toString()), List.of("plan", "--answers", plan.toString())));
    groups.put("validate", List.of(List.of("validate")));
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> group : groups.entrySet()) {
      Path archive = dir.resolve(group.getKey() + (AOT ? ".aot" : ".jsa"));
      run(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", (AOT ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=")
          + archive, "-Xlog:disable", "-Xlog:all=off", "-jar", JAR.toString(), "cds-training", group.getKey())).assertExit(0);
      for (List<String> command : group.getValue()) {
        List<String> args = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            (AOT ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive, AOT ? "-XX:AOTMode=on" : "-Xshare:on",
            "-Xlog:class+load=info", "-jar", JAR.toString()));
        args.addAll(command);
        CommandResult result = run(args).assertExit(0);
        List<String> outside = result.out().lines().filter(line -> line.contains("[class,load]"))
            .filter(line -> !line.contains("shared objects file") && !line.contains("AOT cache"))
            .map(line -> line.replaceFirst(".*\\[class,load\\] ", "")).toList();
        if (outside.size() > ALLOWED) {
          missing.add(group.getKey() + ": " + String.join(" ", command) + ": " + outside.size()
              + " classes not from the archive, such as " + outside.subList(0, Math.min(outside.size(), 12)));
        }
      }
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void aGroupTheTrainingRunDoesNotKnowIsRefused() throws Exception {
    CommandResult result = run(List.of(JAVA, "-jar", JAR.toString(), "cds-training", "everything"));
    result.assertExit(2);
    assertTrue(result.err().contains("no training group 'everything'"), result.err());
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
