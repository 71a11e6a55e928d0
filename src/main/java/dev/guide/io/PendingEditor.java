package dev.guide.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The line editor while it is still being made on a thread of its own: JLine loads, and reads the
 * terminal's settings through a process, for about as long as the guide takes to load its
 * content and show the first question. The question is shown meanwhile (wrapped to the width the
 * guide was given); the prompt, and every line, wait for the editor. Where none could be made,
 * the lines come plainly from the terminal.
 */
public final class PendingEditor implements LineInput, AutoCloseable {

  private final Thread opening;
  private final PrintWriter out;
  private final BufferedReader lines;
  private volatile LineEditor opened;
  private LineInput ready;

  private PendingEditor(PrintWriter out, BufferedReader lines) {
    this.out = out;
    this.lines = lines;
    // A thread of its own kind rather than a method reference, whose linking would cost the start.
    this.opening = new Thread("line editor") {
      @Override
      public void run() {
        opened = LineEditor.open(out).orElse(null);
      }
    };
    opening.setDaemon(true);
  }

  /**
   * Starts making the editor of the process's own terminal, shown on {@code out}; where JLine
   * cannot take the terminal, lines come plainly from {@code lines}.
   */
  public static PendingEditor start(PrintWriter out, BufferedReader lines) {
    PendingEditor editor = new PendingEditor(out, lines);
    editor.opening.start();
    return editor;
  }

  @Override
  public String readLine(String prompt) throws IOException {
    return made().readLine(prompt);
  }

  /** The editor's width once it is made; until then {@code otherwise}, without waiting for it. */
  @Override
  public int width(int otherwise) {
    return ready != null || !opening.isAlive() ? made().width(otherwise) : otherwise;
  }

  @Override
  public int height(int otherwise) {
    return ready != null || !opening.isAlive() ? made().height(otherwise) : otherwise;
  }

  @Override
  public boolean edits() {
    return made().edits();
  }

  /** Gives the terminal back: waits for the editor, should it still be being made, and closes it. */
  @Override
  public void close() {
    if (made() instanceof LineEditor editor) {
      editor.close();
    }
  }

  /** The editor, waited for; the plain lines where none could be made. */
  private LineInput made() {
    if (ready == null) {
      boolean interrupted = false;
      while (opening.isAlive()) {
        try {
          opening.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      LineEditor editor = opened;
      ready = editor != null ? editor : LineInput.plain(lines, out);
    }
    return ready;
  }
}
