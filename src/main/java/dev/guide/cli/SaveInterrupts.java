package dev.guide.cli;

/**
 * What Ctrl-C does while {@code guide ask --save} waits at a question after the result (save it?
 * a passphrase? a plan?): the JVM ends at once, running only its shutdown hooks, so the action
 * that keeps or explains is one, for as long as the question is asked.
 */
final class SaveInterrupts {

  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private SaveInterrupts() {}

  /** Runs {@code work}; Ctrl-C meanwhile runs {@code onCtrlC} before the guide ends. */
  static <T, E extends Exception> T during(Runnable onCtrlC, Work<T, E> work) throws E {
    Thread hook = new Thread(onCtrlC);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return work.run();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C came: the hook is running, as it should.
      }
    }
  }
}
