package dev.guide.render;

/** How headings and names are emphasised: plain text, or colour and bold on a terminal. */
public interface Styler {

  /** No styling at all: for pipes, files, NO_COLOR and tests. */
  Styler PLAIN = new Styler() {
    @Override
    public String heading(String text) {
      return text;
    }

    @Override
    public String name(String text) {
      return text;
    }

    @Override
    public String warning(String text) {
      return text;
    }
  };

  /** A section heading. */
  String heading(String text);

  /** An entry's title or id. */
  String name(String text);

  /** Something the person must not miss: walk-away signs, the safety note. */
  String warning(String text);
}
