package dev.guide.cli;

import dev.guide.io.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the files the install archive carries besides the jar: the man page and the completion
 * scripts, all from the command model. Run by the build ({@code package}), not by users.
 */
public final class DistFiles {

  private DistFiles() {}

  /**
   * Arguments: the folder for the man page and completion scripts, and the jar, beside which goes
   * its build id (what the launchers name the class-data archive after).
   */
  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    Path jar = Path.of(args[1]);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar));
    String id = HexFormat.of().formatHex(digest, 0, 8);
    String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    Files.writeString(jar.resolveSibling(name + ".id"), id + "\n", StandardCharsets.UTF_8);
    PrintStream sink = new PrintStream(PrintStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Session session = new Session(InputStream.nullInputStream(), sink, sink, Map.of(), Terminal.NONE);
    CommandLine commandLine = session.commandLine(null);
    String version = new VersionProvider().getVersion()[0];
    Files.writeString(dir.resolve("guide.1"), ManPage.of(commandLine, version), StandardCharsets.UTF_8);
    String bash = AutoComplete.bash("guide", commandLine);
    Files.writeString(dir.resolve("guide.bash"), bash, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("_guide.zsh"), CompletionCommand.ZSH_PREAMBLE + bash, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("guide.fish"), FishCompletion.of(commandLine), StandardCharsets.UTF_8);
  }
}
