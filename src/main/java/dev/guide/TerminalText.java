package dev.guide;

/**
 * Text from files (answer files, check-ins, content) made safe to show at a terminal: control
 * characters, which a terminal would obey (clear the screen, retitle the window, fake a prompt),
 * are shown as escapes such as {@code \x1b}, and so are bidirectional overrides and halves of a
 * character. Line ends and tabs stay as they are.
 */
public final class TerminalText {

  private TerminalText() {}

  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Bidirectional overrides and isolates make a line read otherwise than it is; a lone surrogate is half a character.
      boolean control = c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f
          || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || lone(text, i);
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c < 0x80) {
          out.append(String.format("\\x%02x", (int) c));
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether the char at {@code i} is a surrogate without its other half. */
  private static boolean lone(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
