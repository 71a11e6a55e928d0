package dev.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 through the packaged jar as a real process: at a real (pseudo-)terminal the emergency
 * number comes within one screen of a hurt-or-threatened answer, and the output is the same UTF-8
 * whatever the locale says, installed or not.
 */
class SafetyTerminalIT {

  private static final Path JAR = Path.of(System.getProperty("guide.jar", "target/guide.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  /** One screen of a small terminal. */
  private static final int SCREEN = 24;

  @TempDir Path dir;

  private ProcessBuilder builder(List<String> command, Map<String, String> env) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("GUIDE_"));
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
    builder.environment().putAll(env);
    return builder;
  }

  @Test
  void atATerminalTheEmergencyNumberComesWithinOneScreenOfAHurtAnswer() throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute(), "util-linux script makes the pseudo-terminal");
    String guide = JAVA + " -jar " + JAR + " ask --country GB";
    Process process = builder(List.of("/usr/bin/script", "-qec", guide, "/dev/null"),
        Map.of("NO_COLOR", "1", "TERM", "dumb", "LANG", "C.UTF-8")).start();
    CompletableFuture<String> out = read(process.getInputStream());
    read(process.getErrorStream());
    // The partner question, how long, where things stand, then "he has hurt me or threatened to".
    try (OutputStream in = process.getOutputStream()) {
      in.write("he\n1\n1\n5\nq\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError("the guide did not finish in 60 s:\n" + out.getNow(""));
      }
    }
    String shown = out.get(10, TimeUnit.SECONDS).replace("\r", "");
    List<String> lines = List.of(shown.split("\n"));
    int answer = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("has hurt me or threatened to")) {
        answer = i;
      }
    }
    assertTrue(answer >= 0, shown);
    String screen = String.join(" ", lines.subList(answer, Math.min(lines.size(), answer + SCREEN))).replaceAll("\\s+", " ");
    assertTrue(screen.contains("call 999"), "the emergency number within one screen:\n" + shown);
    assertTrue(screen.contains("0808 2000 247"), "the first line within one screen:\n" + shown);
  }

  @Test
  void theOutputIsTheSameUtf8WhateverTheLocale() throws Exception {
    File answers = Files.writeString(dir.resolve("a.txt"), "how-long: few-months\nfeel-safe: afraid\n").toFile();
    Map<String, String> outputs = new java.util.LinkedHashMap<>();
    for (String lang : List.of("C.UTF-8", "en_GB.UTF-8", "C")) {
      for (List<String> args : List.of(List.of("ask", "--country", "GB"), List.of("safety", "--country", "GB"))) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = builder(command, Map.of("LANG", lang, "NO_COLOR", "1"));
        builder.redirectInput(args.get(0).equals("ask") ? answers : new File("/dev/null"));
        CommandResult result = CommandResult.finish(builder.start(), 30).assertExit(ExitCode.OK);
        outputs.put(lang + " " + args.get(0), result.out());
      }
    }
    String ask = outputs.get("C.UTF-8 ask");
    assertTrue(ask.contains("\u201cI'm afraid of him"), ask);
    for (String lang : List.of("en_GB.UTF-8", "C")) {
      assertEquals(ask, outputs.get(lang + " ask"), "LANG=" + lang);
      assertEquals(outputs.get("C.UTF-8 safety"), outputs.get(lang + " safety"), "LANG=" + lang);
    }
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        return "";
      }
    });
  }
}
