package dev.guide.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The fish completion script, written from picocli's command model as the bash one is (picocli
 * writes bash only): the commands with their one-line descriptions, each command's options, the
 * options of every command, and the values they take (ids, country codes, choices, file names).
 */
final class FishCompletion {

  private final StringBuilder out = new StringBuilder();

  private FishCompletion() {}

  static String of(CommandLine root) {
    return new FishCompletion().write(root.getCommandSpec());
  }

  private String write(CommandSpec root) {
    line("# fish completion for guide, written from its command model: guide completion fish | source");
    line("complete -c guide -f");
    List<String> names = new ArrayList<>();
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (!spec.usageMessage().hidden()) {
        names.add(spec.name());
      }
    }
    for (String name : names) {
      CommandSpec spec = root.subcommands().get(name).getCommandSpec();
      line("complete -c guide -n __fish_use_subcommand -a " + quote(name) + " -d " + quote(summary(spec.usageMessage().header().length > 0
          ? spec.usageMessage().header() : spec.usageMessage().description())));
    }
    // The options of every command: before a command or after it.
    for (OptionSpec option : root.options()) {
      if (!option.hidden()) {
        option("", option);
      }
    }
    for (String name : names) {
      CommandSpec spec = root.subcommands().get(name).getCommandSpec();
      String when = "-n " + quote("__fish_seen_subcommand_from " + name) + " ";
      for (OptionSpec option : spec.options()) {
        if (!option.hidden() && !option.inherited() && !option.usageHelp() && !option.versionHelp()) {
          option(when, option);
        }
      }
      for (PositionalParamSpec param : spec.positionalParameters()) {
        List<String> values = values(param);
        if (!param.hidden() && !values.isEmpty()) {
          line("complete -c guide " + when + "-a " + quote(String.join(" ", values)));
        } else if (!param.hidden() && isPath(param)) {
          line("complete -c guide " + when + "-F");
        }
      }
    }
    return out.toString();
  }

  private void option(String when, OptionSpec option) {
    StringBuilder line = new StringBuilder("complete -c guide ").append(when);
    for (String name : option.names()) {
      line.append(name.startsWith("--") ? "-l " + name.substring(2) : "-s " + name.substring(1)).append(' ');
    }
    if (option.arity().max() > 0) {
      List<String> values = values(option);
      if (!values.isEmpty()) {
        line.append("-x -a ").append(quote(String.join(" ", values))).append(' ');
      } else if (isPath(option)) {
        line.append("-r -F ");
      } else {
        line.append("-x ");
      }
    }
    line.append("-d ").append(quote(summary(option.description())));
    line(line.toString());
  }

  /** What a value may be: the candidates given, or the constants of an enum. */
  private static List<String> values(ArgSpec arg) {
    List<String> values = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(values::add);
    } else if (arg.type().isEnum()) {
      for (Object constant : arg.type().getEnumConstants()) {
        values.add(constant.toString());
      }
    }
    return values;
  }

  private static boolean isPath(ArgSpec arg) {
    return Path.class.isAssignableFrom(arg.type());
  }

  /** The first sentence of a description, for the one line fish shows beside a word. */
  private static String summary(String[] description) {
    String text = description.length == 0 ? "" : description[0].replace("%n", " ").strip();
    int end = text.indexOf(". ");
    text = end > 0 ? text.substring(0, end + 1) : text;
    return text.replace("${DEFAULT-VALUE}", "").replaceAll("\\s+", " ");
  }

  /** A word in single quotes, as fish reads it: only the quote and the backslash are escaped. */
  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
