package dev.guide.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A check-in file as an earlier guide wrote it, with questions and choices since removed. */
public final class OldCheckIn {

  private OldCheckIn() {}

  public static String text() {
    try (InputStream in = OldCheckIn.class.getResourceAsStream("/check-ins/old-questions.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
