package dev.guide.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's help lists its own options first, and the options every command takes (--partner,
 * --color, --content, --no-pager, --debug, --help, --version) apart under their own heading, as git and gh
 * do: sorted together, a command's few options were lost among the shared ones.
 */
final class SharedOptionsHelp {

  static final String HEADING = "Options of every command:";

  private SharedOptionsHelp() {}

  /** Sets the option list of every subcommand of {@code root} to list its own options first. */
  static void apply(CommandLine root) {
    for (CommandLine sub : root.getSubcommands().values()) {
      sub.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, SharedOptionsHelp::options);
    }
  }

  private static String options(Help help) {
    List<OptionSpec> own = new ArrayList<>();
    List<OptionSpec> shared = new ArrayList<>();
    for (OptionSpec option : help.commandSpec().options()) {
      if (option.hidden()) {
        continue;
      }
      (option.inherited() || option.usageHelp() || option.versionHelp() ? shared : own).add(option);
    }
    StringBuilder out = new StringBuilder();
    // The parameters (such as ID) have their own section, just before.
    if (!own.isEmpty()) {
      Help.Layout layout = help.createDefaultLayout();
      for (OptionSpec option : own) {
        layout.addOption(option, help.parameterLabelRenderer());
      }
      out.append(layout);
    }
    if (!shared.isEmpty()) {
      Help.Layout layout = help.createDefaultLayout();
      for (OptionSpec option : shared) {
        layout.addOption(option, help.parameterLabelRenderer());
      }
      out.append(String.format("%n")).append(HEADING).append(String.format("%n")).append(layout);
    }
    return out.toString();
  }
}
