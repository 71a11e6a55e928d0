package dev.guide.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data-dir option of the commands that keep or read check-ins. */
final class DataDirOption {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep check-ins in DIR instead of $XDG_DATA_HOME/guide (else ~/.local/share/guide).")
  Path dir;
}
