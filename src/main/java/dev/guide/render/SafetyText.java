package dev.guide.render;

/** Texts of the safety section as {@code guide safety} itself shows them. */
public final class SafetyText {

  private SafetyText() {}

  /**
   * An advice text without its pointer to {@code guide safety} in brackets ("a helpline from the
   * list ('guide safety' shows it any time)"): inside {@code guide safety} it points to itself.
   */
  public static String withoutSelfReference(String text) {
    return text.replaceAll("\\s*\\([^()]*'guide safety'[^()]*\\)", "");
  }
}
