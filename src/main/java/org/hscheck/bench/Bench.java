package org.hscheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hscheck.check.CheckResult;
import org.hscheck.check.Checker;
import org.hscheck.document.ReadLimits;
import org.hscheck.eval.Evaluator;
import org.hscheck.report.Report;
import org.hscheck.report.render.Renderer;
import org.hscheck.report.render.Renderers;
import org.hscheck.rules.RuleSet;

/**
 * Measures the pipeline: warm per-stage timings, throughput and peak heap over a folder of samples and generated large
 * proposals, the same files through bare library text extraction, and cold start in child JVMs.
 */
public final class Bench {
  /**
   * @param pages      sizes of the generated proposals, each as .docx and .pdf
   * @param launcher   the command prefix that runs {@code org.hscheck.cli.Main} in a child JVM
   * @param smallHeap  the -Xmx under which the largest generated PDF must be checked
   */
  public record Options(int warmup, int runs, List<Integer> pages, boolean cold, int coldRuns, List<String> launcher,
                        String smallHeap) {}

  private final Checker checker;
  private final Renderer json;

  public Bench(Checker checker) {
    this.checker = checker;
    this.json = jsonRenderer();
  }

  /** The JSON renderer, or null while none is available in this build. */
  static Renderer jsonRenderer() {
    try {
      return Renderers.forFormat("json");
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** Writes the generated proposals into {@code dir}: {@code large-N.docx} and {@code large-N.pdf} per size. */
  public static List<Path> generate(List<Integer> pages, Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (int n : pages) {
      out.add(Files.write(dir.resolve("large-" + n + ".docx"), LargeProposals.docx(n)));
      out.add(Files.write(dir.resolve("large-" + n + ".pdf"), LargeProposals.pdf(n)));
    }
    return out;
  }

  /**
   * Warms the JIT over all the files before any is measured: {@code rounds} passes, each checking, rendering and
   * barely extracting every file in turn, so that the first files measured do not pay for code the later ones
   * warm. A file that fails is left to {@link #measure} to report.
   */
  public void warmUp(List<Path> files, int rounds, Consumer<String> progress) throws IOException {
    for (int i = 0; i < rounds; i++) {
      progress.accept("warm-up " + (i + 1) + "/" + rounds + " over " + files.size() + " files");
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        String name = f.getFileName().toString();
        try {
          render(checker.check(bytes, name).report());
          BareExtraction.text(bytes, name);
        } catch (RuntimeException e) {
          // measured, and reported, by measure()
        }
      }
    }
  }

  /** Warm figures for each file, after {@link #warmUp}: {@code runs} measured checks. */
  public List<FileFigures> measure(List<Path> files, String group, int runs, Consumer<String> progress)
      throws IOException {
    List<FileFigures> out = new ArrayList<>();
    for (Path f : files) {
      progress.accept(group + ": " + f.getFileName());
      try {
        out.add(measure(f, group, runs));
      } catch (RuntimeException e) {
        progress.accept(group + ": " + f.getFileName() + " failed: " + e);
        out.add(FileFigures.failed(f.getFileName().toString(), group, Files.size(f), e));
      }
    }
    return out;
  }

  private static long bare(byte[] bytes, String name) {
    long t0 = System.nanoTime();
    BareExtraction.text(bytes, name);
    return System.nanoTime() - t0;
  }

  FileFigures measure(Path file, String group, int runs) throws IOException {
    String name = file.getFileName().toString();
    byte[] bytes = Files.readAllBytes(file);
    Integer pages = generatedPages(name);
    long[] read = new long[runs];
    long[] extract = new long[runs];
    long[] rules = new long[runs];
    long[] render = new long[runs];
    long[] check = new long[runs];
    long[] bare = new long[runs];
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    String outcome = null;
    // checks and bare extractions alternate, so that neither is timed with a JIT the other has warmed further
    for (int i = 0; i < runs; i++) {
      if (i % 2 == 1) bare[i] = bare(bytes, name);
      CheckResult r = checker.check(bytes, name);
      long t0 = System.nanoTime();
      render(r.report());
      render[i] = System.nanoTime() - t0;
      read[i] = r.timings().readNanos();
      extract[i] = r.timings().extractNanos();
      rules[i] = r.timings().rulesNanos();
      check[i] = r.timings().totalNanos() + (json == null ? 0 : render[i]);
      outcome = r.report().outcome().name();
      if (pages == null) pages = r.report().document().pages();
      if (i % 2 == 0) bare[i] = bare(bytes, name);
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new FileFigures(name, group, pages, bytes.length, outcome, Stats.ofNanos(read), Stats.ofNanos(extract),
        Stats.ofNanos(rules), json == null ? null : Stats.ofNanos(render), Stats.ofNanos(check), Stats.ofNanos(bare),
        BareExtraction.library(name), peak);
  }

  private void render(Report report) {
    if (json != null) json.render(report);
  }

  private static Integer generatedPages(String name) {
    var m = java.util.regex.Pattern.compile("large-(\\d+)\\.(docx|pdf)").matcher(name);
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** The documents of a sample folder. */
  public static List<Path> samples(Path dir) throws IOException {
    return Evaluator.documents(dir);
  }

  // ---- cold start -------------------------------------------------------------------------------------------------

  /**
   * The child side of a cold-start measurement ({@code bench --one FILE}): loads the rules, checks the file once and
   * renders it, then prints one line of {@code key=value} figures.
   */
  public static int one(Path file, PrintStream out) throws IOException {
    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.nanoTime();
    RuleSet rules = RuleSet.loadDefault();
    long t1 = System.nanoTime();
    Checker checker = new Checker(rules, ReadLimits.defaults());
    byte[] bytes = Files.readAllBytes(file);
    CheckResult r = checker.check(bytes, file.getFileName().toString());
    long t2 = System.nanoTime();
    Renderer json = jsonRenderer();
    if (json != null) json.render(r.report());
    long t3 = System.nanoTime();
    long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    out.printf("main_after_ms=%d rules_ms=%.1f check_ms=%.1f render_ms=%.1f outcome=%s heap_peak_mb=%.1f max_heap_mb=%.1f%n",
        sinceStart, (t1 - t0) / 1e6, (t2 - t1) / 1e6, json == null ? -1.0 : (t3 - t2) / 1e6, r.report().outcome(),
        peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    return 0;
  }

  /** Cold-start figures: each child run {@code coldRuns} times, medians kept. */
  public static ColdStart cold(Options o, Path file, Path largePdf, Consumer<String> progress)
      throws IOException, InterruptedException {
    List<Double> jvm = new ArrayList<>();
    List<Double> one = new ArrayList<>();
    List<Map<String, String>> figures = new ArrayList<>();
    List<Double> checkCmd = new ArrayList<>();
    for (int i = 0; i < o.coldRuns(); i++) {
      progress.accept("cold start " + (i + 1) + "/" + o.coldRuns());
      jvm.add(child(o.launcher(), List.of(), List.of("bench", "--noop")).millis());
      Child c = child(o.launcher(), List.of(), List.of("bench", "--one", file.toString()));
      if (c.exit() != 0) throw new IOException("cold check of " + file + " failed (exit " + c.exit() + "): " + c.output());
      one.add(c.millis());
      figures.add(keyValues(c.output()));
      Child k = child(o.launcher(), List.of(), List.of("check", file.toString()));
      boolean available = !(k.exit() == 3 && k.output().contains("unknown command"));
      checkCmd.add(available ? k.millis() : -1);
    }
    List<Double> script = new ArrayList<>();
    if (Files.isRegularFile(SCRIPT)) {
      progress.accept("cold start through " + SCRIPT + " (its first run prepares the fast start)");
      List<String> bash = List.of("bash", SCRIPT.toString());
      child(bash, List.of(), List.of("check", file.toString()));
      for (int i = 0; i < o.coldRuns(); i++) script.add(child(bash, List.of(), List.of("check", file.toString())).millis());
    }
    progress.accept("small heap: " + largePdf.getFileName() + " under -Xmx" + o.smallHeap());
    Child small = child(o.launcher(), List.of("-Xmx" + o.smallHeap()), List.of("bench", "--one", largePdf.toString()));
    Map<String, String> sf = keyValues(small.output());
    boolean ok = small.exit() == 0 && "ASSESSED".equals(sf.get("outcome"));
    String detail = ok ? "check " + sf.get("check_ms") + " ms, heap peak " + sf.get("heap_peak_mb") + " MB of "
        + sf.get("max_heap_mb") + " MB" : "exit " + small.exit() + ": " + tail(small.output());
    return new ColdStart(String.join(" ", launcherLabel(o.launcher())), file.getFileName().toString(), median(jvm),
        median(one), medianOf(figures, "rules_ms"), medianOf(figures, "check_ms"), medianOf(figures, "render_ms"),
        median(checkCmd), script.isEmpty() ? -1 : median(script), largePdf.getFileName().toString(), o.smallHeap(), ok,
        detail);
  }

  /** The fast-start launcher of the command line, measured when the bench runs in a checkout. */
  private static final Path SCRIPT = Path.of("bin", "hscheck");

  private record Child(int exit, double millis, String output) {}

  private static Child child(List<String> launcher, List<String> jvmArgs, List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(launcher.get(0));
    cmd.addAll(jvmArgs);
    cmd.addAll(launcher.subList(1, launcher.size()));
    cmd.addAll(args);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("child JVM did not finish in 10 minutes: " + String.join(" ", cmd));
    }
    return new Child(p.exitValue(), (System.nanoTime() - t0) / 1e6, output);
  }

  private static List<String> launcherLabel(List<String> launcher) {
    int cp = launcher.indexOf("-cp");
    if (cp < 0) return launcher;
    List<String> l = new ArrayList<>(launcher);
    l.set(cp + 1, "<classpath>");
    return l;
  }

  static Map<String, String> keyValues(String output) {
    Map<String, String> m = new HashMap<>();
    for (String line : output.split("\n")) {
      if (!line.startsWith("main_after_ms=")) continue;
      for (String kv : line.strip().split(" ")) {
        int eq = kv.indexOf('=');
        if (eq > 0) m.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return m;
  }

  private static double medianOf(List<Map<String, String>> figures, String key) {
    List<Double> v = new ArrayList<>();
    for (Map<String, String> f : figures) if (f.containsKey(key)) v.add(Double.parseDouble(f.get(key)));
    return median(v);
  }

  private static double median(List<Double> v) {
    if (v.isEmpty()) return Double.NaN;
    List<Double> s = new ArrayList<>(v);
    s.sort(Double::compare);
    return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
  }

  private static String tail(String s) {
    String t = s.strip();
    return t.length() <= 300 ? t : "…" + t.substring(t.length() - 300);
  }
}
