package dev.guide.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Pretty-printed JSON text written through Jackson's streaming generator, the same for every file and output. */
public final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();

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
