package org.newsdedup.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measured program: a child JVM run under {@code /usr/bin/time}, which reports its wall
 * time, its CPU time (user and system, all threads) and peak resident set, with a GC log from which the peak heap in use is read (the
 * largest heap occupancy before a collection, or at exit). The child's standard output is kept:
 * the programs print their own inner timings as one JSON line.
 */
record MeasuredRun(
    String name, int exitCode, double wallSeconds, double cpuSeconds, long peakRssKb, long peakHeapMb,
    String output) {
  private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M");
  private static final Pattern HEAP_AT_EXIT = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");

  static MeasuredRun of(String name, List<String> javaArgs, Map<String, String> env, Path work)
      throws IOException, InterruptedException {
    Path timeFile = work.resolve(name + ".time");
    Path gcLog = work.resolve(name + ".gc.log");
    Path out = work.resolve(name + ".out");
    Path err = work.resolve(name + ".err");
    List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeFile.toString()));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
    command.addAll(javaArgs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    System.err.println("bench: running " + name);
    int exit = builder.start().waitFor();
    String[] time = Files.readString(timeFile).strip().split("\\s+");
    // A failed command's report starts with a line of its own: the figures are the last words.
    double wall = Double.parseDouble(time[time.length - 4]);
    double cpu = Double.parseDouble(time[time.length - 3]) + Double.parseDouble(time[time.length - 2]);
    long rss = Long.parseLong(time[time.length - 1]);
    MeasuredRun run =
        new MeasuredRun(name, exit, wall, cpu, rss, peakHeapMb(gcLog), Files.readString(out, StandardCharsets.UTF_8));
    if (exit != 0) {
      System.err.println("bench: " + name + " exited with " + exit + "; see " + err);
    }
    return run;
  }

  private static long peakHeapMb(Path gcLog) throws IOException {
    long peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = HEAP.matcher(line);
      while (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
      Matcher atExit = HEAP_AT_EXIT.matcher(line);
      if (atExit.find()) {
        peak = Math.max(peak, Long.parseLong(atExit.group(1)) / 1024);
      }
    }
    return peak;
  }

  /** A classpath argument list for a main class of this module. */
  static List<String> onClasspath(String classpath, String heap, String mainClass, String... args) {
    List<String> command = new ArrayList<>(List.of("-Xmx" + heap, "-cp", classpath, mainClass));
    command.addAll(List.of(args));
    return command;
  }

  static String classpath() {
    return System.getProperty("java.class.path") + File.pathSeparator;
  }
}
