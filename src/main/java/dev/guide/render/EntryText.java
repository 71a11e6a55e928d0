package dev.guide.render;

import dev.guide.content.Advice;
import dev.guide.content.Content;
import dev.guide.content.Reason;
import dev.guide.content.Source;
import dev.guide.content.SourceRef;
import dev.guide.content.WalkAwaySign;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Content entries as text for a person: one entry whole, or a list of ids and titles. */
public final class EntryText {

  private final Content content;
  private final View view;

  public EntryText(Content content, View view) {
    this.content = content;
    this.view = view;
  }

  public String reason(Reason reason) {
    StringBuilder out = new StringBuilder();
    title(out, reason.title(), reason.id());
    out.append('\n').append(prose(reason.summary(), ""));
    section(out, "What it can look like");
    for (String item : reason.looksLike()) {
      out.append(bullet(view.say(item)));
    }
    section(out, view.say("What may be going on for {him}"));
    out.append(prose(reason.goingOn(), "  "));
    adviceList(out, "What may help", reason.advice());
    if (!reason.related().isEmpty()) {
      section(out, "Related");
      for (String id : reason.related()) {
        Optional<Reason> related = content.reason(id);
        if (related.isPresent()) {
          out.append(bullet(view.say(related.get().title()) + " (" + related.get().id() + ")"));
        }
      }
    }
    sources(out, reason.sources());
    return out.toString();
  }

  public String sign(WalkAwaySign sign) {
    StringBuilder out = new StringBuilder();
    title(out, sign.title(), sign.id());
    section(out, "What it looks like");
    out.append(prose(sign.looksLike(), "  "));
    section(out, "Why it matters");
    out.append(prose(sign.whyItMatters(), "  "));
    section(out, "What to do");
    out.append(prose(sign.whatToDo(), "  "));
    adviceList(out, "What may help", sign.advice());
    sources(out, sign.sources());
    return out.toString();
  }

  public String advice(Advice advice) {
    StringBuilder out = new StringBuilder();
    title(out, advice.title(), advice.id());
    out.append('\n').append(prose(advice.text(), ""));
    if (advice.adapted().isPresent()) {
      section(out, "What was left out");
      out.append(prose(advice.adapted().get(), "  "));
    }
    if (advice.own()) {
      section(out, "Sources");
      out.append(prose(OWN, "  "));
    } else {
      sources(out, advice.sources());
    }
    return out.toString();
  }

  /** What an item of the guide's own says in place of its sources. */
  public static final String OWN = "The guide's own advice for when safety is at stake; it does not come from the articles.";

  public String source(Source source) {
    return citation(source) + "\n";
  }

  /**
   * Ids and titles, one a line: padded for a person, a long title wrapped under itself (or, where
   * the ids leave too little room, under its id); tab-separated for a program reading a pipe.
   */
  public <T> String list(String heading, List<T> items, Function<T, String> id, Function<T, String> title) {
    StringBuilder out = new StringBuilder();
    if (view.terminal()) {
      out.append(view.styler().heading(heading)).append("\n\n");
      int pad = items.stream().mapToInt(item -> id.apply(item).length()).max().orElse(0);
      for (T item : items) {
        out.append(String.join("\n", item(id.apply(item), view.say(title.apply(item)), pad))).append('\n');
      }
    } else {
      for (T item : items) {
        out.append(id.apply(item)).append('\t').append(view.say(title.apply(item))).append('\n');
      }
    }
    return out.toString();
  }

  /** Titles narrower than this go under their ids rather than beside them. */
  static final int MIN_TITLE_WIDTH = 20;

  /** One list item: the id (styled) in a column {@code pad} wide, and its title wrapped with a hanging indent. */
  private List<String> item(String name, String title, int pad) {
    String column = "  " + name + " ".repeat(pad - name.length() + 2);
    List<String> lines = new java.util.ArrayList<>();
    if (view.width() - column.length() >= MIN_TITLE_WIDTH) {
      lines.addAll(Wrap.lines(title, view.width(), column, " ".repeat(column.length())));
    } else {
      lines.add("  " + name);
      lines.addAll(Wrap.lines(title, view.width(), "      ", "      "));
    }
    // Style the id after wrapping: escape codes have no width on screen.
    lines.set(0, "  " + view.styler().name(name) + lines.get(0).substring(2 + name.length()));
    return lines;
  }

  /** "000  Why is He Pushing Me Away if… (Cat Harper, 2024-05-17)". */
  public static String citation(Source source) {
    return source.id() + "  " + title(source);
  }

  /** An article's short title with its byline and date where it has them. */
  public static String title(Source source) {
    StringBuilder out = new StringBuilder(source.title());
    if (source.byline().isPresent() || source.date().isPresent()) {
      out.append(" (");
      out.append(source.byline().orElse(""));
      if (source.byline().isPresent() && source.date().isPresent()) {
        out.append(", ");
      }
      out.append(source.date().orElse(""));
      out.append(')');
    }
    return out.toString();
  }

  private void title(StringBuilder out, String title, String id) {
    for (String line : Wrap.lines(view.say(title) + "  (" + id + ")", view.width(), "", "")) {
      out.append(view.styler().name(line)).append('\n');
    }
  }

  private void section(StringBuilder out, String heading) {
    out.append('\n');
    for (String line : Wrap.lines(heading, view.width(), "", "")) {
      out.append(view.styler().heading(line)).append('\n');
    }
  }

  private String prose(String text, String indent) {
    return Wrap.block(view.say(text), view.width(), indent);
  }

  private String bullet(String text) {
    return String.join("\n", Wrap.lines(text, view.width(), "  - ", "    ")) + "\n";
  }

  private void adviceList(StringBuilder out, String heading, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    section(out, heading);
    for (String id : ids) {
      Optional<Advice> item = content.adviceItem(id);
      if (item.isPresent()) {
        out.append(bullet(view.say(item.get().title()) + " (guide advice " + item.get().id() + ")"));
      }
    }
  }

  private void sources(StringBuilder out, List<SourceRef> refs) {
    section(out, "Sources");
    for (SourceRef ref : refs) {
      Optional<Source> source = content.source(ref.source());
      if (source.isPresent()) {
        out.append(bullet(ref.source() + " " + ref.cited() + ": " + title(source.get())));
      }
    }
  }
}
