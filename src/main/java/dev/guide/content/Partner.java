package dev.guide.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the guide refers to the partner. Content is written with tokens such as {@code {he}},
 * {@code {his}} and {@code {keeps/keep}} so one text reads correctly for he, she and they.
 */
public enum Partner {
  HE("he", "him", "his", "himself"),
  SHE("she", "her", "her", "herself"),
  THEY("they", "them", "their", "themselves");

  private static final Map<String, Integer> PRONOUNS =
      Map.of("he", 0, "him", 1, "his", 2, "himself", 3);

  private final String[] forms;

  Partner(String... forms) {
    this.forms = forms;
  }

  public static Optional<Partner> parse(String name) {
    for (Partner partner : values()) {
      if (partner.forms[0].equalsIgnoreCase(name.strip())) {
        return Optional.of(partner);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return forms[0];
  }

  /** The text with every token replaced; text without tokens comes back as it is. */
  public String render(String text) {
    int open = text.indexOf('{');
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (open >= 0) {
      int close = text.indexOf('}', open);
      if (close < 0) {
        break;
      }
      out.append(text, from, open);
      String token = text.substring(open + 1, close);
      String value = replacement(token);
      out.append(value == null ? text.substring(open, close + 1) : value);
      from = close + 1;
      open = text.indexOf('{', from);
    }
    return out.append(text, from, text.length()).toString();
  }

  /** What is wrong with a text's tokens, or empty when every token is one the guide knows. */
  public static Optional<String> checkTokens(String text) {
    if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
      return Optional.empty();
    }
    int depth = 0;
    int open = -1;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '{') {
        if (depth > 0) {
          return Optional.of("a '{' inside a token");
        }
        depth = 1;
        open = i;
      } else if (c == '}') {
        if (depth == 0) {
          return Optional.of("a '}' with no '{' before it");
        }
        depth = 0;
        String token = text.substring(open + 1, i);
        if (HE.replacement(token) == null) {
          return Optional.of(
              "unknown token {" + token + "}; use {he} {him} {his} {himself} (or capitalised) or {form/they-form}");
        }
      }
    }
    return depth == 0 ? Optional.empty() : Optional.of("a '{' that is never closed");
  }

  private String replacement(String token) {
    int slash = token.indexOf('/');
    if (slash >= 0) {
      if (slash == 0 || slash == token.length() - 1 || token.indexOf('/', slash + 1) >= 0) {
        return null;
      }
      return this == THEY ? token.substring(slash + 1) : token.substring(0, slash);
    }
    Integer index = PRONOUNS.get(token);
    if (index != null) {
      return forms[index];
    }
    String lower = token.toLowerCase(Locale.ROOT);
    index = PRONOUNS.get(lower);
    if (index == null || !token.equals(capitalise(lower))) {
      return null;
    }
    return capitalise(forms[index]);
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
