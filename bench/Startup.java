import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times whole commands, interleaved, and prints each median, min and max, its ratio to the first
 * command (the floor), its median processor time (user and system, all its processes: on a busy
 * machine a steadier figure than the time it took) and its peak memory. Run by bench/startup; a
 * harness, not part of the guide.
 *
 * <p>Usage: java Startup.java RUNS WARMUP NAME COMMAND [NAME COMMAND ...], each COMMAND a shell
 * command line. Processor time and peak memory come from GNU time (/usr/bin/time) where it is
 * installed. A COMMAND may begin with a line {@code until:SEEN...SEEN|TYPED}: it is then timed
 * until its output has shown each SEEN in order (a prompt at a terminal, say), after which TYPED
 * ({@code \n} for Enter) is typed to end it.
 */
public final class Startup {

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    int warmup = Integer.parseInt(args[1]);
    Map<String, String> commands = new LinkedHashMap<>();
    for (int i = 2; i + 1 < args.length; i += 2) {
      commands.put(args[i], args[i + 1]);
    }
    boolean gnuTime = new File("/usr/bin/time").canExecute();
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, Long> peakKb = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    commands.keySet().forEach(name -> millis.put(name, new ArrayList<>()));
    commands.keySet().forEach(name -> cpu.put(name, new ArrayList<>()));
    Path rss = Files.createTempFile("startup-rss", ".txt");
    for (int round = -warmup; round < runs; round++) {
      // Interleaved: every command once per round, so a busy moment hurts all of them alike.
      for (Map.Entry<String, String> command : commands.entrySet()) {
        List<String> line = new ArrayList<>();
        if (gnuTime) {
          line.addAll(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", rss.toString()));
        }
        String shell = command.getValue();
        String[] until = null;
        if (shell.startsWith(UNTIL)) {
          // "until:SEEN...SEEN|TYPED" and the command on the next line: timed until the output
          // shows each SEEN in order; then TYPED is typed and the command's end awaited, untimed.
          String head = shell.substring(UNTIL.length(), shell.indexOf('\n'));
          until = new String[] {head.substring(0, head.lastIndexOf('|')), head.substring(head.lastIndexOf('|') + 1)};
          shell = shell.substring(shell.indexOf('\n') + 1);
        }
        line.addAll(List.of("sh", "-c", shell));
        ProcessBuilder builder = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (until == null) {
          builder.redirectInput(new File("/dev/null")).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        double elapsed = 0;
        if (until != null) {
          awaitInOrder(process.getInputStream(), until[0].split("\\.\\.\\.", -1));
          elapsed = (System.nanoTime() - start) / 1e6;
          process.getOutputStream().write(until[1].replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
          process.getOutputStream().flush();
          process.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        int exit = process.waitFor();
        if (until == null) {
          elapsed = (System.nanoTime() - start) / 1e6;
        }
        if (exit != 0) {
          throw new IllegalStateException(command.getKey() + " exited " + exit + ": " + command.getValue());
        }
        if (round >= 0) {
          millis.get(command.getKey()).add(elapsed);
          if (gnuTime) {
            String[] figures = Files.readString(rss).strip().replaceAll("(?s).*\n", "").split(" ");
            cpu.get(command.getKey()).add((Double.parseDouble(figures[0]) + Double.parseDouble(figures[1])) * 1000);
            peakKb.merge(command.getKey(), Long.parseLong(figures[2]), Math::max);
          }
        }
      }
    }
    Files.deleteIfExists(rss);
    double floor = median(millis.values().iterator().next());
    System.out.printf(Locale.ROOT, "%-34s %8s %8s %8s %7s %8s %9s%n", "command", "median", "min", "max", "ratio", "cpu", "peak RSS");
    for (Map.Entry<String, List<Double>> entry : millis.entrySet()) {
      List<Double> times = entry.getValue();
      double median = median(times);
      String memory = peakKb.containsKey(entry.getKey()) ? String.format(Locale.ROOT, "%.1f MiB", peakKb.get(entry.getKey()) / 1024.0) : "n/a";
      String processor = cpu.get(entry.getKey()).isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.0fms", median(cpu.get(entry.getKey())));
      System.out.printf(Locale.ROOT, "%-34s %6.1fms %6.1fms %6.1fms %6.2fx %8s %9s%n", entry.getKey(), median,
          times.stream().mapToDouble(Double::doubleValue).min().orElse(0),
          times.stream().mapToDouble(Double::doubleValue).max().orElse(0), median / floor, processor, memory);
    }
  }

  private static final String UNTIL = "until:";

  /** Reads until each of {@code parts} has been seen, in this order. */
  private static void awaitInOrder(InputStream in, String[] parts) throws IOException {
    StringBuilder seen = new StringBuilder();
    int part = 0;
    int from = 0;
    byte[] buffer = new byte[8192];
    while (part < parts.length) {
      int n = in.read(buffer);
      if (n < 0) {
        throw new IllegalStateException("ended before showing '" + parts[part] + "': " + seen);
      }
      seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      int at;
      while (part < parts.length && (at = seen.indexOf(parts[part], from)) >= 0) {
        from = at + parts[part].length();
        part++;
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
