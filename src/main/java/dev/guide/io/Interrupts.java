package dev.guide.io;

/**
 * Ignores Ctrl-C (SIGINT) for a while, as a program that hands the terminal to another must. The
 * JDK has no supported API for this; sun.misc.Signal (module jdk.unsupported) is the one every
 * JDK ships. Where it is missing, the guide simply keeps the default: Ctrl-C ends it.
 */
final class Interrupts {

  private Interrupts() {}

  @SuppressWarnings("removal")
  static void ignoreWhile(Runnable work) {
    Object previous = null;
    try {
      previous = sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
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
}
