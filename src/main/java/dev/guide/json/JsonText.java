package dev.guide.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Pretty-printed JSON text written through Jackson's streaming generator, the same for every file and output. */
public final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new TerminalSafe());

  /**
   * Escapes, besides what JSON must, what a terminal would obey or that turns text around when the
   * JSON is shown as it is ({@code guide history --format json} at a terminal): DEL, the C1 controls
   * (U+009B is a one-character ESC [), and the bidirectional overrides and isolates.
   */
  private static final class TerminalSafe extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    TerminalSafe() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int c) {
      boolean unsafe = c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
         ;
      return unsafe ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", c)) : null;
    }
  }

  /** Writes one JSON value. */
  @FunctionalInterface
  public interface Writer {
    void write(JsonGenerator json) throws IOException;
  }

  private JsonText() {}

  /** The value as pretty-printed JSON, with Unix line ends and a final newline. */
  public static String of(Writer writer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      writer.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return out.toString().replace("\r\n", "\n") + "\n";
  }
}
