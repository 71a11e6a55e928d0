package dev.guide.cli;

import picocli.CommandLine.Option;

/** The --format option of the commands that show content. */
final class FormatOption {

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text for reading (default) or json for programs.")
  Format format = Format.text;

  boolean json() {
    return format == Format.json;
  }
}
