package dev.guide.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. A {@link PrintStream} only keeps a flag,
 * but a full disk or a closed descriptor must be reported while a reader that went away (a closed
 * pipe, as with {@code | head}) must not: only the cause tells them apart.
 */
public final class StandardOutput extends PrintStream {

  private final Recorder recorder;

  public StandardOutput(OutputStream out) {
    this(new Recorder(out));
  }

  private StandardOutput(Recorder recorder) {
    super(recorder, false, StandardCharsets.UTF_8);
    this.recorder = recorder;
  }

  /** An output whose every write fails: standard output was closed before the guide started. */
  public static OutputStream closed() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("it is closed");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("it is closed");
      }
    };
  }

  /** The first write that failed, if one did. */
  public Optional<IOException> failure() {
    return Optional.ofNullable(recorder.failure);
  }

  /** Whether the failure is the reader going away, which ends the guide quietly. */
  public static boolean readerWentAway(IOException e) {
    String message = e.getMessage();
    return message != null && message.contains("Broken pipe");
  }

  /** Passes bytes on, keeping the first exception a write or flush threw. */
  private static final class Recorder extends OutputStream {
    private final OutputStream out;
    private IOException failure;

    Recorder(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
