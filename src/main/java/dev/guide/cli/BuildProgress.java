package dev.guide.cli;

import java.lang.management.ManagementFactory;

/**
 * Prints one line of progress for a phase of the build, with the seconds since Maven started (it
 * runs in Maven's own JVM, through exec:java): `./mvnw -q` prints nothing else until the tests
 * report. Run by the build, not by users.
 */
public final class BuildProgress {

  private BuildProgress() {}

  /** Arguments: what is done, in words ("compiled the guide and its content"). */
  public static void main(String[] args) {
    long seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
    System.out.println("build: " + String.join(" ", args) + " (" + seconds + " s)");
    System.out.flush();
  }
}
