package dev.guide.io;

/**
 * Ignores Ctrl-C (SIGINT) for a while, as a program that hands the terminal to another must. The
 * JDK has no supported API for this; sun.misc.Signal (module jdk.unsupported) is the one every
 * JDK ships. Where it is missing, the guide simply keeps the default: Ctrl-C ends it.
 *
 * <p>Ignoring is a handler that does nothing, not {@code SIG_IGN}: HotSpot never installs a
 * handler for a shutdown signal that is ignored (as under nohup), so once SIGINT had been set to
 * SIG_IGN the JVM's own handler could not be put back, and Ctrl-C after the pager ended the guide
 * only by the ten-second fallback below. A child starts with the default, as exec resets every
 * caught signal; the pager's shell ignores Ctrl-C itself (see {@link Pager}).
 */
final class Interrupts {

  private Interrupts() {}

  @SuppressWarnings("removal")
  static void ignoreWhile(Runnable work) {
    Object previous = null;
    try {
      previous = sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> { });
    } catch (IllegalArgumentException | LinkageError e) {
      // No SIGINT here (or no sun.misc): run the work as it is.
    }
    try {
      work.run();
    } finally {
      if (previous != null) {
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), (sun.misc.SignalHandler) previous);
      }
    }
  }

  /**
   * Ends the guide as Ctrl-C at a terminal does, for a line editor that reads Ctrl-C as a key:
   * the signal is raised, so the JVM runs the shutdown hooks and exits with 130; where it cannot
   * be raised, the same exit.
   */
  @SuppressWarnings("removal")
  static void endAsCtrlCDoes() {
    try {
      sun.misc.Signal.raise(new sun.misc.Signal("INT"));
      // The JVM is ending on another thread; wait for it.
      Thread.sleep(10_000);
    } catch (IllegalArgumentException | LinkageError e) {
      // No SIGINT here: exit as it would.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().exit(130);
  }
}
