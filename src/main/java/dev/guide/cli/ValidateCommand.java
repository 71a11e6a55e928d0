package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.ContentReader;
import java.nio.file.Path;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide validate [DIR]}: checks a content folder and reports every defect. */
final class ValidateCommand extends BaseCommand {

  private final PositionalParamSpec dir = add(PositionalParamSpec.builder().paramLabel("DIR").arity("0..1")
      .type(Path.class).converters(new SharedOptions.FileName()).description("The folder to check (default: the content in use)."));

  ValidateCommand(Session session) {
    super(session, "validate",
        new String[] {"Check a content folder: JSON syntax, fields, ids, references, conditions and weights.",
            "Every defect is reported with its file and line. Exit 0 when clean, 1 when not, 2 when DIR is no folder."},
        "  guide validate                 check the content in use", "  guide validate my-content/     check another folder");
  }

  @Override
  int run() throws Exception {
    Path given = dir.getValue();
    ContentReader.Folder folder = given != null ? session().folder(given) : session().folder();
    Content content = ContentReader.read(folder);
    print("content " + folder.name() + " is valid: " + content.reasons().size() + " reasons, " + content.signs().size()
        + " signs, " + content.advice().size() + " advice items, " + content.questionnaire().questions().size()
        + " questions, " + content.sources().size() + " sources, helplines for " + content.helplines().countries().size()
        + " countries\n");
    return ExitCode.OK;
  }
}
