package dev.guide.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/** Options that several commands take; each command adds its own, from these builders. */
final class SharedOptions {

  private SharedOptions() {}

  /** --format text|json, of the commands that show content. */
  static OptionSpec.Builder format() {
    return OptionSpec.builder("--format").paramLabel("text|json").type(Format.class).defaultValue("text")
        .description("text for reading (default) or json for programs.");
  }

  /** Whether --format asked for JSON. */
  static boolean json(OptionSpec format) {
    return format.getValue() == Format.json;
  }

  /** --data-dir DIR, of the commands that keep or read check-ins. */
  static OptionSpec.Builder dataDir() {
    return OptionSpec.builder("--data-dir").paramLabel("DIR").type(Path.class).converters(new FileName())
        .description("Keep check-ins in DIR instead of $GUIDE_DATA_DIR, else $XDG_DATA_HOME/guide (else ~/.local/share/guide).");
  }

  /** --country CC, of the commands that can show where to get help. */
  static OptionSpec.Builder country() {
    return OptionSpec.builder("--country").paramLabel("CC").type(String.class).converters(new CountryCode())
        // The shell completes the countries the guide lists; any other code is taken too.
        .completionCandidates(new Completions.CountryCodes())
        .description("Show help (helplines, emergency number) for this country, a two-letter code such as GB, "
            + "US or AU, or its name; else $GUIDE_COUNTRY, else the region of your locale (LANG=en_GB.UTF-8 is GB).");
  }

  /**
   * A country: its two-letter code, any case, or as a frightened person may type it, its
   * three-letter code or its English name ("USA", "Ireland", "united states"), which become its
   * two letters. Any other name is kept, in capitals, for the help list to match against the
   * names of the countries it lists or to say that it is no country and list them all ("12" too):
   * refusing it would show no help at all to someone who mistyped a country in {@code guide safety}.
   */
  static final class CountryCode implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String code = value.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
      if (code.matches("[A-Z]{2}")) {
        return code;
      }
      if (code.isEmpty() || code.length() > 60) {
        throw new TypeConversionException("needs a country: a two-letter code such as GB, US or AU, or its name");
      }
      // It may be said back ("'XY' is not a country code"): never let it steer the terminal.
      code = dev.guide.TerminalText.escape(code);
      for (String twoLetters : java.util.Locale.getISOCountries()) {
        java.util.Locale country = new java.util.Locale("", twoLetters);
        if (code.equals(country.getISO3Country())
            || code.equals(country.getDisplayCountry(java.util.Locale.ENGLISH).toUpperCase(java.util.Locale.ROOT))) {
          return twoLetters;
        }
      }
      return code;
    }
  }

  /**
   * A file or folder name as typed. An empty one would name the current folder, which no one
   * means by it: '--content ""' read the current folder as content, '--data-dir ""' kept check-ins there.
   */
  static final class FileName implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("needs a name, not an empty value");
      }
      return Path.of(value);
    }
  }
}
