package dev.guide;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * One line of progress per test phase on standard output, which Maven shows even with -q: the
 * count when the phase ends, and a line every 20 s while it runs, so that a test run is never
 * silent for long. (Registered in META-INF/services; surefire runs the unit tests, failsafe the
 * jar tests, which it tells apart by the guide.jar property failsafe sets.)
 */
public final class TestProgress implements TestExecutionListener {

  private static final long EVERY_SECONDS = 20;

  private final AtomicLong passed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final String phase = System.getProperty("guide.jar") == null ? "unit tests" : "jar tests";
  private long start;
  private ScheduledExecutorService ticker;

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    start = System.nanoTime();
    ticker = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "test-progress");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(() -> say("running, " + (passed.get() + failed.get() + skipped.get()) + " done so far"),
        EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (test.isTest()) {
      skipped.incrementAndGet();
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!test.isTest()) {
      return;
    }
    switch (result.getStatus()) {
      case SUCCESSFUL -> passed.incrementAndGet();
      case ABORTED -> skipped.incrementAndGet();
      case FAILED -> failed.incrementAndGet();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    ticker.shutdownNow();
    say(passed.get() + " passed, " + failed.get() + " failed, " + skipped.get() + " skipped");
  }

  private void say(String what) {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    synchronized (System.out) {
      System.out.println(phase + ": " + what + " (" + seconds + " s)");
      System.out.flush();
    }
  }
}
