package dev.guide.content;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: checks content/ and compiles it into the bundle the guide reads at start. A defect
 * fails the build with the same messages {@code guide validate} prints.
 */
public final class ContentCompiler {

  private ContentCompiler() {}

  /** Arguments: the content folder and the bundle file to write. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Path bundle = Path.of(args[1]);
    Content content;
    try {
      content = ContentReader.read(ContentReader.directory(folder));
    } catch (ContentException e) {
      StringBuilder message = new StringBuilder(e.getMessage());
      e.defects().forEach(d -> message.append("\n  ").append(d));
      throw new IllegalStateException(message.toString());
    }
    Files.createDirectories(bundle.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(bundle);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
      ContentBundle.write(content, out);
    }
  }
}
