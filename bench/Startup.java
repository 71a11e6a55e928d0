import java.io.File;
import java.io.IOException;
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
 * installed.
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
        line.addAll(List.of("sh", "-c", command.getValue()));
        ProcessBuilder builder = new ProcessBuilder(line)
            .redirectInput(new File("/dev/null"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double elapsed = (System.nanoTime() - start) / 1e6;
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

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
