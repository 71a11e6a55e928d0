package dev.guide.cli;

import dev.guide.ExitCode;
import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Questionnaire.Messages;
import dev.guide.render.Document;
import dev.guide.render.HelpList;
import dev.guide.render.SafetyJson;
import dev.guide.render.SafetyText;
import dev.guide.render.View;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code guide safety}: for anyone afraid of, controlled by or hurt by a partner, readable at any
 * time without answering a question: the safety text, the help list for the reader's country, and
 * the guide's own advice for when safety is at stake.
 */
final class SafetyCommand extends BaseCommand {

  private final OptionSpec country = add(SharedOptions.country());
  private final OptionSpec format = add(SharedOptions.format());

  SafetyCommand(Session session) {
    super(session, "safety",
        new String[] {"If you are afraid of your partner, controlled or hurt: where to get help in your country, "
                + "and what can help.",
            "Works without a network connection; nothing is asked or kept."},
        "  guide safety", "  guide safety --country GB", "  guide safety --country IE --format json");
  }

  @Override
  int run() throws Exception {
    Content content = content();
    View view = view();
    Messages messages = content.questionnaire().messages();
    Optional<String> where = session().country(country.getValue());
    if (SharedOptions.json(format)) {
      print(new SafetyJson(view).write(content.helplines(), where, messages.safetyOwn(),
          messages.safetyAdvice().stream().map(id -> content.adviceItem(id).orElseThrow()).toList()));
      return ExitCode.OK;
    }
    Document doc = Document.text(view);
    doc.heading("If you are afraid of your partner");
    doc.warning(view.say(content.helplines().intro()));
    doc.paragraph(view.say(messages.safetyOwn()));
    new HelpList(content.helplines()).withCrisis().writeAll(doc, where);
    doc.heading("What can help");
    for (String id : messages.safetyAdvice()) {
      Advice advice = content.adviceItem(id).orElseThrow();
      doc.entry(view.say(advice.title()));
      doc.paragraph(view.say(SafetyText.withoutSelfReference(advice.text())));
    }
    print(doc.text());
    return ExitCode.OK;
  }
}
