package dev.guide.cli;

import dev.guide.io.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the files the install archive carries besides the jar: the man page and the completion
 * scripts, all from the command model. Run by the build ({@code package}), not by users.
 */
public final class DistFiles {

  private DistFiles() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/dist"));
    PrintStream sink = new PrintStream(PrintStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Session session = new Session(InputStream.nullInputStream(), sink, sink, Map.of(), Terminal.NONE);
    CommandLine commandLine = new CommandLine(new GuideCommand(session));
    String version = new VersionProvider().getVersion()[0];
    Files.writeString(dir.resolve("guide.1"), ManPage.of(commandLine, version), StandardCharsets.UTF_8);
    String bash = AutoComplete.bash("guide", commandLine);
    Files.writeString(dir.resolve("guide.bash"), bash, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("_guide.zsh"), CompletionCommand.ZSH_PREAMBLE + bash, StandardCharsets.UTF_8);
  }
}
