package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Choice;
import dev.guide.content.Question;
import dev.guide.render.JsonOutput;
import dev.guide.render.View;
import dev.guide.render.Wrap;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/** {@code guide questions}: the questionnaire, with ids and choices, for answer files. */
final class QuestionsCommand extends BaseCommand {

  private final OptionSpec format = add(SharedOptions.format());

  QuestionsCommand(Session session) {
    super(session, "questions",
        new String[] {"List the questions 'guide ask' asks, with their ids and choices (for writing answer files)."},
        "  guide questions", "  guide questions --format json");
  }

  @Override
  int run() throws Exception {
    List<Question> questions = content().questionnaire().questions();
    View view = view();
    if (SharedOptions.json(format)) {
      print(new JsonOutput(view).questions(questions));
      return ExitCode.OK;
    }
    StringBuilder out = new StringBuilder();
    for (Question question : questions) {
      String notes = (question.multiple() ? "  (pick all that fit)" : "")
          + question.when().map(w -> "  (only when " + w.question() + " is " + String.join(" or ", w.anyOf()) + ")").orElse("");
      out.append(view.styler().name(question.id()));
      if (question.id().length() + notes.length() <= view.width()) {
        out.append(notes).append('\n');
      } else {
        // Too narrow for one line: the notes follow, wrapped, under the id.
        out.append('\n').append(String.join("\n", Wrap.lines(notes.strip(), view.width(), "  ", "  "))).append('\n');
      }
      out.append(Wrap.block(view.say(question.text()), view.width(), "  "));
      for (int i = 0; i < question.choices().size(); i++) {
        Choice choice = question.choices().get(i);
        String prefix = "    " + (i + 1) + "  " + choice.id() + ": ";
        if (prefix.length() > view.width()) {
          // The number and id alone are wider than the screen: the id wraps, the label follows under it.
          out.append(String.join("\n", Wrap.lines(choice.id() + ":", view.width(), "    " + (i + 1) + "  ", "        ")))
              .append('\n').append(String.join("\n", Wrap.lines(view.say(choice.label()), view.width(), "        ",
                  "        "))).append('\n');
          continue;
        }
        out.append(String.join("\n", Wrap.lines(view.say(choice.label()), view.width(), prefix, "        "))).append('\n');
      }
      out.append('\n');
    }
    print(out.toString().stripTrailing() + "\n");
    return ExitCode.OK;
  }
}
