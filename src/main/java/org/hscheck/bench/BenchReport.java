package org.hscheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Prints benchmark figures as Markdown, ready for docs/performance.md. */
public final class BenchReport {
  /** Full check over bare extraction that the warm target allows. */
  public static final double MAX_RATIO = 1.25;
  /** Cold check of one document that the start-up target allows, in milliseconds. */
  public static final double MAX_COLD_MILLIS = 3000;

  private BenchReport() {}

  public static void print(PrintStream out, Bench.Options o, List<FileFigures> files, ColdStart cold) {
    out.println("## Run of " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    out.println();
    machine(out);
    out.printf(Locale.ROOT, "Warm-up: %d rounds over all the files, each checking every file once; then %d measured "
        + "checks per file (medians shown).%n%n", o.warmup(), o.runs());
    out.println("### Per file, warm (milliseconds)");
    out.println();
    out.println("| File | Set | Pages | KB | Outcome | Read | Extract | Rules | Render (JSON) | Full check | Bare extraction | Ratio | Peak heap (MB) |");
    out.println("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
    for (FileFigures f : files) {
      if (!f.measured()) {
        out.printf("| %s | %s | – | %d | %s | | | | | | | | |%n", f.name(), f.group(), f.bytes() / 1024,
            f.outcome().replace("|", "/"));
        continue;
      }
      out.printf(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s (%s) | %.2f | %.0f |%n", f.name(),
          f.group(), f.pages() == null ? "–" : f.pages(), f.bytes() / 1024, f.outcome(), ms(f.read()), ms(f.extract()),
          ms(f.rules()), f.render() == null ? "n/a" : ms(f.render()), ms(f.check()), ms(f.bare()), f.bareLibrary(),
          f.ratio(), f.peakHeap() / 1048576.0);
    }
    out.println();
    out.println("### Throughput, warm");
    out.println();
    out.println("| Set | Documents | Pages (known) | Full check total (s) | Documents/s | Pages/s | Bare pages/s |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    List<FileFigures> measured = files.stream().filter(FileFigures::measured).toList();
    for (String set : measured.stream().map(FileFigures::group).distinct().toList()) {
      throughput(out, set, measured.stream().filter(f -> f.group().equals(set)).toList());
    }
    throughput(out, "all", measured);
    out.println();
    out.println("### Targets");
    out.println();
    out.println("| Target | Measured | Met |");
    out.println("| --- | --- | --- |");
    long failed = files.size() - measured.size();
    measured.stream().max(Comparator.comparingDouble(FileFigures::ratio)).ifPresent(worst -> {
      long within = measured.stream().filter(f -> f.ratio() <= MAX_RATIO).count();
      out.printf(Locale.ROOT, "| full check ≤ %.2f× bare extraction, warm | worst %.2f× (%s); %d of %d files within%s | %s |%n",
          MAX_RATIO, worst.ratio(), worst.name(), within, measured.size(),
          failed == 0 ? "" : "; " + failed + " failed to check", within == measured.size() && failed == 0 ? "yes" : "no");
    });
    if (cold != null) {
      out.printf(Locale.ROOT, "| %s checked under -Xmx%s | %s | %s |%n", cold.smallHeapFile(), cold.smallHeap(),
          cold.smallHeapDetail().replace("|", "/"), cold.smallHeapOk() ? "yes" : "no");
      double coldCheck = cold.checkCmdMillis() >= 0 ? cold.checkCmdMillis() : cold.oneMillis();
      out.printf(Locale.ROOT, "| cold `check` of one document ≤ %.0f s | %.0f ms (%s) | %s |%n", MAX_COLD_MILLIS / 1000,
          coldCheck, cold.checkCmdMillis() >= 0 ? "`check " + cold.file() + "`" : "`bench --one " + cold.file() + "`",
          coldCheck <= MAX_COLD_MILLIS ? "yes" : "no");
      if (cold.scriptMillis() >= 0) {
        out.printf(Locale.ROOT, "| cold `check` of one document ≤ %.0f s, through `bin/hscheck` | %.0f ms (`bin/hscheck check %s`) | %s |%n",
            MAX_COLD_MILLIS / 1000, cold.scriptMillis(), cold.file(), cold.scriptMillis() <= MAX_COLD_MILLIS ? "yes" : "no");
      }
      out.println();
      out.println("### Where cold start goes (" + cold.launcher() + ", " + cold.file() + ")");
      out.println();
      out.println("| Phase | Milliseconds |");
      out.println("| --- | ---: |");
      out.printf(Locale.ROOT, "| JVM and launcher start, then exit (`bench --noop`) | %.0f |%n", cold.jvmMillis());
      out.printf(Locale.ROOT, "| rule set load (`RuleSet.loadDefault()`, precompiled) | %.0f |%n", cold.rulesMillis());
      out.printf(Locale.ROOT, "| first check, cold JIT (read + extract + rules) | %.0f |%n", cold.checkMillis());
      out.printf(Locale.ROOT, "| JSON rendering | %s |%n", cold.renderMillis() < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", cold.renderMillis()));
      out.printf(Locale.ROOT, "| whole child (`bench --one`), wall | %.0f |%n", cold.oneMillis());
      out.printf(Locale.ROOT, "| `check FILE` command, wall | %s |%n", cold.checkCmdMillis() < 0 ? "n/a (command not available)"
          : String.format(Locale.ROOT, "%.0f", cold.checkCmdMillis()));
      if (cold.scriptMillis() >= 0) {
        out.printf(Locale.ROOT, "| `bin/hscheck check FILE` (unpacked jar, class-data archive, quick JIT tier), wall | %.0f |%n",
            cold.scriptMillis());
      }
    }
    out.println();
  }

  private static void throughput(PrintStream out, String set, List<FileFigures> files) {
    double checkSeconds = files.stream().mapToDouble(f -> f.check().medianMillis()).sum() / 1000;
    List<FileFigures> paged = files.stream().filter(f -> f.pages() != null).toList();
    int pages = paged.stream().mapToInt(FileFigures::pages).sum();
    double pagedCheck = paged.stream().mapToDouble(f -> f.check().medianMillis()).sum() / 1000;
    double pagedBare = paged.stream().mapToDouble(f -> f.bare().medianMillis()).sum() / 1000;
    out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.1f | %s | %s |%n", set, files.size(), pages, checkSeconds,
        files.size() / checkSeconds, pages == 0 ? "–" : String.format(Locale.ROOT, "%.0f", pages / pagedCheck),
        pages == 0 ? "–" : String.format(Locale.ROOT, "%.0f", pages / pagedBare));
  }

  private static String ms(Stats s) {
    return String.format(Locale.ROOT, "%.1f", s.medianMillis());
  }

  private static void machine(PrintStream out) {
    out.println("Machine: `" + command("uname", "-a") + "`; " + cpuModel() + "; " + Runtime.getRuntime().availableProcessors()
        + " processors visible to the JVM; " + memTotal() + " RAM; load average at start " + loadAverage() + ".");
    out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), max heap "
        + Runtime.getRuntime().maxMemory() / 1048576 + " MB.");
    out.println();
  }

  private static String command(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor();
      return s;
    } catch (IOException e) {
      return "(" + String.join(" ", cmd) + " unavailable)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  private static String cpuModel() {
    return procLine("/proc/cpuinfo", "model name").map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("CPU model unknown");
  }

  private static String memTotal() {
    return procLine("/proc/meminfo", "MemTotal").map(l -> {
      long kb = Long.parseLong(l.replaceAll("\\D", ""));
      return String.format(Locale.ROOT, "%.1f GB", kb / 1048576.0);
    }).orElse("unknown");
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static java.util.Optional<String> procLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
