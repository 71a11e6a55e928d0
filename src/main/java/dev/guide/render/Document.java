package dev.guide.render;

/**
 * A report being written in some markup: wrapped plain text for a terminal or a file, or Markdown.
 * The report says what to write; the document decides how it looks.
 */
public interface Document {

  /** A section heading. */
  Document heading(String text);

  /** A named entry within a section, such as a reason with its strength. */
  Document entry(String text);

  /** A paragraph of prose. */
  Document paragraph(String text);

  /** A paragraph the reader must not miss (the safety note, walk-away signs). */
  Document warning(String text);

  /** One item of a list. */
  Document bullet(String text);

  /** One item of a list nested under the last entry or bullet. */
  Document subBullet(String text);

  /** The finished document. */
  String text();

  /** Plain text wrapped to the view's width, with headings styled for a terminal. */
  static Document text(View view) {
    return new Buffer() {
      private boolean afterList;

      @Override
      public Document heading(String text) {
        gap();
        for (String line : Wrap.lines(text.toUpperCase(java.util.Locale.ROOT), view.width(), "", "")) {
          out.append(view.styler().heading(line)).append('\n');
        }
        out.append('\n');
        afterList = false;
        return this;
      }

      @Override
      public Document entry(String text) {
        gap();
        for (String line : Wrap.lines(text, view.width(), "", "   ")) {
          out.append(view.styler().name(line)).append('\n');
        }
        afterList = false;
        return this;
      }

      @Override
      public Document paragraph(String text) {
        if (afterList) {
          gap();
        }
        out.append(Wrap.block(text, view.width(), "")).append('\n');
        afterList = false;
        return this;
      }

      @Override
      public Document warning(String text) {
        gap();
        // Styled line by line: a pager such as less -R ends a style at the end of each line.
        for (String line : Wrap.lines(text, view.width(), "", "")) {
          out.append(view.styler().warning(line)).append('\n');
        }
        out.append('\n');
        afterList = false;
        return this;
      }

      @Override
      public Document bullet(String text) {
        out.append(String.join("\n", Wrap.lines(text, view.width(), "  - ", "    "))).append('\n');
        afterList = true;
        return this;
      }

      @Override
      public Document subBullet(String text) {
        // A marker and a hanging indent, so each item of a nested list can be told from the next.
        out.append(String.join("\n", Wrap.lines(text, view.width(), "    - ", "      "))).append('\n');
        afterList = true;
        return this;
      }


    };
  }

  /** Markdown, for notes and sharing; not wrapped, since Markdown viewers wrap. */
  static Document markdown() {
    return new Buffer() {

      @Override
      public Document heading(String text) {
        gap();
        out.append("## ").append(escape(text)).append("\n\n");
        return this;
      }

      @Override
      public Document entry(String text) {
        gap();
        out.append("### ").append(escape(text)).append("\n\n");
        return this;
      }

      @Override
      public Document paragraph(String text) {
        gap();
        out.append(escapeStart(escape(text))).append("\n\n");
        return this;
      }

      @Override
      public Document warning(String text) {
        gap();
        out.append("> **").append(escape(text)).append("**\n\n");
        return this;
      }

      @Override
      public Document bullet(String text) {
        out.append("- ").append(escapeStart(escape(text))).append('\n');
        return this;
      }

      @Override
      public Document subBullet(String text) {
        out.append("  - ").append(escapeStart(escape(text))).append('\n');
        return this;
      }



      private String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
      }

      /** Text that would start a list ("1. ", "- ", "+ ") or a rule ("---") at the start of a block stays text. */
      private String escapeStart(String text) {
        return text.replaceFirst("^(\\d{1,9})([.)])(?=\\s|$)", "$1\\\\$2")
            .replaceFirst("^([-+])(?=\\s|$|-+\\s*$)", "\\\\$1");
      }
    };
  }

  /** What both kinds of document share: the text so far, and a blank line between blocks. */
  abstract class Buffer implements Document {
    final StringBuilder out = new StringBuilder();

    @Override
    public String text() {
      return out.toString().stripTrailing() + "\n";
    }

    /** Ends the last block with a blank line, unless it already has one or nothing came before. */
    void gap() {
      int n = out.length();
      if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
        out.append('\n');
      }
    }
  }
}
