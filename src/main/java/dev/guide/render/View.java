package dev.guide.render;

import dev.guide.content.Partner;
import java.util.Objects;

/**
 * How output is to look: the partner's pronouns, the width to wrap prose to, the styling, and
 * whether the reader is a person at a terminal (headings) or a program at the end of a pipe.
 */
public record View(Partner partner, int width, Styler styler, boolean terminal) {

  public static final int MIN_WIDTH = 20;
  public static final int MAX_WIDTH = 500;

  public View {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(styler, "styler");
    width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
  }

  /** Content text with the partner's pronouns in place. */
  public String say(String text) {
    return partner.render(text);
  }
}
