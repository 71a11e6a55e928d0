package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 through the packaged jar as a real process: the country comes from the real
 * environment (the locale, GUIDE_COUNTRY), and the safety entry and a fear answer show that
 * country's help.
 */
class SafetyJarIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  private CommandResult run(File stdin, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("GUIDE_"));
    builder.environment().putAll(env);
    builder.redirectInput(stdin == null ? new File("/dev/null") : stdin);
    return CommandResult.finish(builder.start(), 30);
  }

  @Test
  void aFearAnswerShowsTheHelpOfTheLocalesCountry() throws Exception {
    File answers = Files.writeString(dir.resolve("a.txt"), "how-long: few-months\nfeel-safe: afraid\n").toFile();
    String au = run(answers, Map.of("LANG", "en_AU.UTF-8"), "ask").assertExit(ExitCode.OK).out();
    assertTrue(au.contains("1800 737 732") && !au.contains("0808 2000 247"), au);
    String gb = run(answers, Map.of("LANG", "en_AU.UTF-8"), "ask", "--country", "GB").out();
    assertTrue(gb.indexOf("0808 2000 247") >= 0 && gb.indexOf("0808 2000 247") < gb.indexOf("999"), gb);
    String us = run(answers, Map.of("GUIDE_COUNTRY", "US"), "ask", "--format", "json").out();
    assertTrue(us.contains("\"contact\" : \"call 1-800-799-7233") && us.contains("\"confidence\""), us);
  }

  @Test
  void guideSafetyWorksWithNoLocaleAndNoInput() throws Exception {
    CommandResult result = run(null, Map.of(), "safety").assertExit(ExitCode.OK);
    result.assertOutContains("0808 2000 247").assertOutContains("1-800-799-7233").assertOutContains("1800 737 732");
    assertEquals("", result.err());
  }

  /**
   * 'guide ask < fear.txt' names the file the shell opened, as --answers does, after answers about
   * fear (a new user's trial: only --answers said so); a pipe names nothing.
   */
  @Test
  void answersAboutFearFromARedirectedFileSayTheFileStillHoldsThem() throws Exception {
    File answers = Files.writeString(dir.resolve("fear.txt"), "how-long: few-months\nfeel-safe: afraid\n").toFile();
    String err = run(answers, Map.of("GUIDE_COUNTRY", "GB"), "ask").assertExit(ExitCode.OK).err();
    assertTrue(err.contains(answers.getCanonicalPath() + " still holds your answers") && err.contains("rm '"), err);
    File calm = Files.writeString(dir.resolve("calm.txt"), "how-long: few-months\nfeel-safe: none\n").toFile();
    assertEquals("", run(calm, Map.of("GUIDE_COUNTRY", "GB"), "ask").assertExit(ExitCode.OK).err());
  }
}
