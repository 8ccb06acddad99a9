package org.hscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hscheck.bench.Bench;
import org.hscheck.bench.BenchReport;
import org.hscheck.bench.ColdStart;
import org.hscheck.bench.FileFigures;
import org.hscheck.check.Checker;
import org.hscheck.document.ReadLimits;
import org.hscheck.rules.RuleSet;
import org.hscheck.rules.RuleSetException;

/**
 * {@code bench [options] [FOLDER]}: warm per-stage timings, throughput and peak heap over the samples in FOLDER
 * (default {@code sample-proposals}) and over generated large proposals, side by side with bare PDFBox and POI text
 * extraction, plus cold start measured in child JVMs. Prints Markdown. Exit 0 when measured, 3 on usage errors.
 */
public final class BenchCommand extends Command {
  static final String USAGE = """
      usage: hscheck bench [--warmup N] [--runs N] [--pages 50,200] [--cold-runs N] [--no-cold]
                           [--small-heap 256m] [--jar PATH] [FOLDER]
        Checks every .docx, .doc and .pdf in FOLDER (default: sample-proposals) and generated proposals of the given
        page counts (.docx and .pdf each): read, extract, rules and JSON render times, documents and pages per second,
        peak heap, and the same files through bare PDFBox/POI text extraction with the ratio. Then, in child JVMs:
        JVM start-up, rule set load, a cold check of the first sample, and the largest PDF under --small-heap.
        --warmup N      unmeasured rounds over all the files first, each checking every file (default 20:
                        Drools needs some hundreds of evaluations before its network runs compiled)
        --runs N        measured checks per file (default 5)
        --pages LIST    page counts of the generated proposals (default 50,200)
        --cold-runs N   repetitions of each cold-start child (default 1)
        --no-cold       skip the child JVMs
        --small-heap S  the -Xmx for the largest generated PDF (default 256m)
        --jar PATH      launch children with java -jar PATH (default target/hscheck.jar when present, else this
                        JVM's class path)
      internal, used by the cold-start children:
        hscheck bench --one FILE   load the rules, check FILE once, render it, print key=value figures
        hscheck bench --noop       start and exit""";

  public BenchCommand() {}

  BenchCommand(PrintStream out, PrintStream err) {
    super(out, err);
  }

  @Override
  public int run(String[] args) {
    int warmup = 20;
    int runs = 5;
    int coldRuns = 1;
    boolean cold = true;
    String smallHeap = "256m";
    List<Integer> pages = List.of(50, 200);
    Path jar = null;
    Path folder = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            out.println(USAGE);
            return 0;
          }
          case "--noop" -> {
            return 0;
          }
          case "--one" -> {
            if (i + 1 == args.length) return usage("--one needs a file");
            return Bench.one(Path.of(args[i + 1]), out);
          }
          case "--warmup" -> warmup = count(a, value(args, ++i, a), 0);
          case "--runs" -> runs = count(a, value(args, ++i, a), 1);
          case "--cold-runs" -> coldRuns = count(a, value(args, ++i, a), 1);
          case "--no-cold" -> cold = false;
          case "--small-heap" -> {
            smallHeap = value(args, ++i, a);
            if (!smallHeap.matches("\\d+[kKmMgG]?")) return usage("--small-heap takes a size like 256m, got '" + smallHeap + "'");
          }
          case "--pages" -> {
            List<Integer> p = new ArrayList<>();
            for (String s : value(args, ++i, a).split(",")) p.add(count(a, s.strip(), 1));
            pages = List.copyOf(p);
          }
          case "--jar" -> jar = Path.of(value(args, ++i, a));
          default -> {
            if (a.startsWith("-")) return usage("unknown option '" + a + "'");
            if (folder != null) return usage("only one FOLDER may be given, found '" + folder + "' and '" + a + "'");
            folder = Path.of(a);
          }
        }
      }
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    } catch (IOException e) {
      err.println("hscheck bench: " + e.getMessage());
      return 3;
    }
    if (folder == null) folder = Path.of("sample-proposals");
    if (!Files.isDirectory(folder)) return usage("'" + folder + "' is not a directory");
    if (jar == null && Files.isRegularFile(Path.of("target/hscheck.jar"))) jar = Path.of("target/hscheck.jar");
    if (jar != null && !Files.isRegularFile(jar)) return usage("--jar: '" + jar + "' is not a file");
    List<String> launcher = launcher(jar);
    Bench.Options options = new Bench.Options(warmup, runs, pages, cold, coldRuns, launcher, smallHeap);
    Path tmp = null;
    try {
      Checker checker = new Checker(RuleSet.loadDefault(), ReadLimits.defaults());
      Bench bench = new Bench(checker);
      List<Path> samples = Bench.samples(folder);
      tmp = Files.createTempDirectory("hscheck-bench");
      List<Path> generated = Bench.generate(pages, tmp);
      List<FileFigures> figures = new ArrayList<>();
      List<Path> all = new ArrayList<>(samples);
      all.addAll(generated);
      bench.warmUp(all, warmup, s -> err.println("bench: " + s));
      figures.addAll(bench.measure(samples, "samples", runs, s -> err.println("bench: " + s)));
      figures.addAll(bench.measure(generated, "generated", runs, s -> err.println("bench: " + s)));
      ColdStart coldStart = null;
      if (cold && !samples.isEmpty()) {
        Path largestPdf = generated.stream().filter(p -> p.toString().endsWith(".pdf")).reduce((a, b) -> b).orElseThrow();
        coldStart = Bench.cold(options, samples.get(0), largestPdf, s -> err.println("bench: " + s));
      }
      BenchReport.print(out, options, figures, coldStart);
      return 0;
    } catch (RuleSetException e) {
      err.println("hscheck bench: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("hscheck bench: " + e.getMessage());
      return 3;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("hscheck bench: interrupted");
      return 3;
    } finally {
      if (tmp != null) deleteQuietly(tmp);
    }
  }

  /** The command prefix that runs Main in a child JVM: the jar if given, else this JVM's class path. */
  static List<String> launcher(Path jar) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    if (jar != null) return List.of(java, "-jar", jar.toString());
    return List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName());
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }

  private static int count(String option, String value, int min) {
    try {
      int n = Integer.parseInt(value);
      if (n < min) throw new IllegalArgumentException(option + " must be at least " + min + ", got " + n);
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, got '" + value + "'");
    }
  }

  private int usage(String problem) {
    err.println("hscheck bench: " + problem + "\n" + USAGE);
    return 3;
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }
}
