package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Content;
import dev.guide.content.ContentReader;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code guide validate [DIR]}: checks a content folder and reports every defect. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a content folder: JSON syntax, fields, ids, references, conditions and weights.",
        "Every defect is reported with its file and line. Exit 0 when clean, 1 when not."},
    footerHeading = "%nExamples:%n",
    footer = {"  guide validate                 check the content in use", "  guide validate my-content/     check another folder"})
final class ValidateCommand extends BaseCommand {

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "The folder to check (default: the content in use).")
  Path dir;

  @Override
  int run() throws Exception {
    ContentReader.Folder folder = session().folder(dir != null ? dir : root.content);
    Content content = ContentReader.read(folder);
    print("content " + folder.name() + " is valid: " + content.reasons().size() + " reasons, " + content.signs().size()
        + " signs, " + content.advice().size() + " advice items, " + content.questionnaire().questions().size()
        + " questions, " + content.sources().size() + " sources\n");
    return ExitCode.OK;
  }
}
