package dev.guide.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The guide(1) man page in roff, written from picocli's command model, so it always says what
 * {@code --help} says. (Picocli's own generator writes AsciiDoc, which needs Asciidoctor and a
 * JRuby runtime at build time to become a man page; roff needs nothing.)
 */
final class ManPage {

  private final StringBuilder out = new StringBuilder();

  private ManPage() {}

  static String of(CommandLine root, String version) {
    return new ManPage().write(root.getCommandSpec(), version);
  }

  private String write(CommandSpec root, String version) {
    line(".TH GUIDE 1 \"\" \"" + escape(version) + "\" \"User Commands\"");
    line(".SH NAME");
    line("guide \\- a reflection guide for when your partner seems to pull away");
    line(".SH SYNOPSIS");
    line(".B guide");
    line("[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]");
    line(".SH DESCRIPTION");
    for (String paragraph : root.usageMessage().description()) {
      paragraph(paragraph);
    }
    line(".SH OPTIONS");
    line("These options work with every command, before or after it.");
    options(root);
    line(".SH COMMANDS");
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      line(".SS \"guide " + spec.name() + synopsis(spec) + "\"");
      for (String paragraph : spec.usageMessage().description()) {
        paragraph(paragraph);
      }
      options(spec);
      examples(spec);
    }
    examplesSection();
    line(".SH EXIT STATUS");
    item("0", "The command did what was asked.");
    item("1", "The work failed: broken content, a file that could not be written, nothing found by search.");
    item("2", "The command line or the input was wrong; the message says how to fix it.");
    item("130", "Interrupted with Ctrl-C.");
    line(".SH ENVIRONMENT");
    item("GUIDE_CONTENT", "A content folder to read instead of the built-in content.");
    item("GUIDE_PARTNER", "he, she or they: how to refer to your partner when --partner is not given.");
    item("GUIDE_COUNTRY", "Your country (two letters, such as GB, or its name) for the help lists when --country is not given; "
        + "else the region of the locale.");
    item("GUIDE_DATA_DIR", "The data folder (a full path) for every command; --data-dir wins for one.");
    item("GUIDE_PASSPHRASE_FILE", "A file (yours alone) whose first line is the passphrase of locked check-ins, for "
        + "scripts; at a terminal the passphrase is typed instead.");
    item("NO_COLOR", "When set and not empty, no colour (as with --color=never).");
    item("COLUMNS", "The width to wrap prose to; 80 when unset.");
    item("LINES", "The height of the screen where the terminal does not tell: longer output goes through the "
        + "pager, and a longer review of your answers comes a screenful at a time; 24 when unset.");
    item("PAGER", "The pager for long output on a terminal; less -FRX when unset.");
    item("LESS", "Options for less; FRX when unset, as git sets it.");
    item("TERM", "At a terminal, the questionnaire edits its lines (JLine) and runs in the alternate screen, "
        + "where a wrong answer redraws the question with the problem under it, and what matters is said again "
        + "after the screen is left; with TERM unset or dumb, neither.");
    item("XDG_DATA_HOME", "Where saved check-ins go: XDG_DATA_HOME/guide, else ~/.local/share/guide (or --data-dir).");
    item("XDG_CACHE_HOME", "Where the launcher keeps its class-data archives: XDG_CACHE_HOME/guide, else ~/.cache/guide "
        + "(a relative path is ignored).");
    item("GUIDE_NOW", "Pretend it is this date and time (such as 2026-11-22T19:04:00+01:00) when saving and "
        + "comparing check-ins: for trying them out, and for examples.");
    line(".SH FILES");
    item("~/.local/share/guide/check-in-*.json", "Saved check-ins (guide ask --save), readable by you only.");
    item("~/.local/share/guide/draft.json", "A questionnaire stopped after --save, for guide ask --resume.");
    item("~/.local/share/guide/keyring", "In a folder locked with a passphrase (guide passphrase): the keys of "
        + "the check-ins, opened only by the passphrase.");
    item("~/.cache/guide/", "The launcher's class-data archives, one for each group of commands: the guide's "
        + "own classes, nothing about you; guide forget --all deletes them.");
    line(".SH PRIVACY");
    paragraph("The guide never opens a network connection and writes nothing about you to disk unless you "
        + "ask: the file you name with --output, and the check-ins you keep with --save, both readable by "
        + "you only. guide forget deletes every check-in.");
    line(".SH NOTES");
    paragraph("The guide is a reflection aid built from three articles (see guide sources); it is not "
        + "therapy and not a diagnosis. If you are afraid of your partner, reach someone you trust, "
        + "a domestic-abuse helpline, or emergency services: guide safety lists the helplines, crisis lines and "
        + "emergency number for your country, without a network connection. If you are worried your partner may "
        + "harm themselves, the crisis line is there for you too. The safety texts, helplines and danger-signs "
        + "question are the guide's own additions; guide sources credits the research they draw on.");
    return out.toString();
  }

  /**
   * Examples with what the guide prints, as in the README: ManPageExamplesTest runs each (with
   * the partner as "he", 80 columns, no colour) and fails when the guide prints otherwise.
   */
  private void examplesSection() {
    line(".SH EXAMPLES");
    paragraph("The reasons the guide knows, each id with its title:");
    shown("$ guide reasons",
        "Reasons he may be pulling away",
        "",
        "  fear-of-intimacy           He's afraid of getting close",
        "  low-self-esteem            He doesn't feel good enough for you",
        "  past-hurt                  He's been hurt before",
        "  someone-else               He may be seeing someone else",
        "  falling-for-you            He's falling for you",
        "  outside-stress             Something else is weighing on him",
        "  unsure-about-relationship  He's unsure about being in a relationship",
        "  next-step-nerves           He's nervous about a big next step",
        "  moving-too-fast            Things are moving too fast for him",
        "  fear-of-vulnerability      Opening up feels risky to him",
        "  emotionally-unavailable    He may be emotionally unavailable",
        "  fear-of-commitment         Commitment itself scares him",
        "  losing-interest            His interest may have faded");
    paragraph("Finding what speaks of a word, best matches first (shortened here):");
    shown("$ guide search commitment",
        "reason fear-of-commitment  Commitment itself scares him",
        "...");
    paragraph("Answering from a file, and keeping the result in a file readable by you only:");
    shown("$ guide ask --answers answers.txt --output result.md",
        "guide: wrote the result to result.md");
  }

  private void shown(String... lines) {
    line(".RS");
    line(".nf");
    for (String text : lines) {
      line(escapeStart(escape(text)));
    }
    line(".fi");
    line(".RE");
  }

  private static String synopsis(CommandSpec spec) {
    StringBuilder synopsis = new StringBuilder();
    for (PositionalParamSpec param : spec.positionalParameters()) {
      if (!param.hidden()) {
        boolean optional = param.arity().min() == 0;
        synopsis.append(' ').append(optional ? "[" : "").append(param.paramLabel())
            .append(param.arity().max() > 1 ? "..." : "").append(optional ? "]" : "");
      }
    }
    return synopsis.toString();
  }

  private void options(CommandSpec spec) {
    for (OptionSpec option : spec.options()) {
      if (option.hidden() || option.inherited() || isStandardHelp(option) && spec.parent() != null) {
        continue;
      }
      String names = String.join(", ", option.names());
      String label = option.arity().max() > 0 ? "=" + option.paramLabel() : "";
      line(".TP");
      line("\\fB" + escape(names) + "\\fR" + (label.isEmpty() ? "" : "\\fI" + escape(label) + "\\fR"));
      line(escapeStart(escape(String.join(" ", option.description()).replace("${DEFAULT-VALUE}",
          String.valueOf(option.defaultValue())))));
    }
    for (PositionalParamSpec param : spec.positionalParameters()) {
      if (!param.hidden()) {
        item(param.paramLabel(), String.join(" ", param.description()));
      }
    }
  }

  private static boolean isStandardHelp(OptionSpec option) {
    return option.usageHelp() || option.versionHelp();
  }

  private void examples(CommandSpec spec) {
    String[] footer = spec.usageMessage().footer();
    List<String> lines = footer == null ? List.of() : List.of(footer);
    if (lines.isEmpty()) {
      return;
    }
    line(".PP");
    line("Examples:");
    line(".RS");
    line(".nf");
    for (String example : lines) {
      line(escapeStart(escape(example.strip())));
    }
    line(".fi");
    line(".RE");
  }

  private void item(String tag, String text) {
    line(".TP");
    line("\\fB" + escape(tag) + "\\fR");
    line(escapeStart(escape(text)));
  }

  private void paragraph(String text) {
    // Picocli's own texts end lines with %n, its line-break format.
    for (String part : text.split("%n")) {
      if (!part.isBlank()) {
        line(".PP");
        line(escapeStart(escape(part.strip())));
      }
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /** Backslashes and hyphens as roff wants them: a literal backslash, a real minus sign. */
  private static String escape(String text) {
    return text.replace("\\", "\\e").replace("-", "\\-");
  }

  /** A line starting with a dot or an apostrophe would be read as a request. */
  private static String escapeStart(String text) {
    return text.startsWith(".") || text.startsWith("'") ? "\\&" + text : text;
  }
}
