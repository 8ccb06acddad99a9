package org.hscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.hscheck.check.Checker;
import org.hscheck.document.ReadLimits;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.DocumentInfo;
import org.hscheck.report.Outcome;
import org.hscheck.report.Report;
import org.hscheck.report.ReportError;
import org.hscheck.report.Verdict;
import org.hscheck.report.render.Renderers;
import org.hscheck.rules.RuleSet;
import org.hscheck.rules.RuleSetException;

/**
 * {@code hscheck check [--format F] [--out DIR] [--rules DIR] FILE|DIR...}: checks proposals and writes their reports
 * (report-contract.md). Exit 0 every applicable criterion met, 1 any NOT_MET, 2 any document not assessed,
 * 3 usage or internal error.
 */
public final class CheckCommand extends Command {
  static final String USAGE = """
      Usage: hscheck check [options] FILE|DIR...
      Checks proposals (.docx, .doc, PDF) against the Trust Fund's criteria and writes a report per file.
      Folders are searched, with their subfolders, for .docx, .doc and .pdf files.
        --format F    json (default), html, pdf, docx, csv or xlsx
                        docx: the applicant's own file returned with a comment at each finding
                              (a .docx gets Word comments, a PDF highlights and notes; a .doc cannot
                              carry comments and gets its JSON report instead)
                        csv, xlsx: one proposals x criteria grid for all inputs
        --out DIR     write DIR/<input name>.<format> per input (DIR/<input name>.annotated.docx|pdf
                      for docx) and, for several inputs, DIR/summary.csv and DIR/summary.xlsx;
                      without it, the one input's report goes to standard output
        --rules DIR   check with the rules in DIR instead of the packaged rule set
        --help        this text
      Progress for several inputs goes to standard error, never into a report.
      Exit status: 0 every applicable criterion is MET; 1 at least one is NOT_MET; 2 at least one
      document could not be assessed (rejected or no text); 3 usage or internal error.
      """;

  private static final Set<String> FORMATS = Set.of("json", "html", "pdf", "docx", "csv", "xlsx");
  private static final List<String> SUFFIXES = List.of(".docx", ".doc", ".pdf");

  public CheckCommand() {}

  CheckCommand(PrintStream out, PrintStream err) {
    super(out, err);
  }

  /** Runs the command; returns the exit status. Never throws. */
  @Override
  public int run(String[] args) {
    String format = "json";
    Path outDir = null;
    Path rulesDir = null;
    List<Path> inputs = new ArrayList<>();
    boolean anyPath = false;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            out.print(USAGE);
            return 0;
          }
          case "--format" -> {
            format = value(args, ++i, a).toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
              throw new IllegalArgumentException("unknown format '" + args[i] + "': use json, html, pdf, docx, csv or xlsx");
            }
          }
          case "--out" -> outDir = Path.of(value(args, ++i, a));
          case "--rules" -> rulesDir = Path.of(value(args, ++i, a));
          default -> {
            if (a.startsWith("-")) throw new IllegalArgumentException("unknown option '" + a + "'");
            inputs.addAll(expand(Path.of(a)));
            anyPath = true;
          }
        }
      }
      if (!anyPath) throw new IllegalArgumentException("no FILE or DIR given");
      if (inputs.isEmpty()) throw new IllegalArgumentException("no .docx, .doc or .pdf file found in the folders given");
      boolean grid = format.equals("csv") || format.equals("xlsx");
      if (outDir == null && inputs.size() > 1 && !grid) {
        throw new IllegalArgumentException(inputs.size() + " files to check: give --out DIR for their reports "
            + "(or --format csv|xlsx for one grid on standard output)");
      }
      if (rulesDir != null && !Files.isDirectory(rulesDir)) {
        throw new IllegalArgumentException("rules folder not found: " + rulesDir);
      }
    } catch (IllegalArgumentException e) {
      err.println("hscheck check: " + e.getMessage());
      err.println("Run 'hscheck check --help' for usage.");
      return 3;
    }
    Quiet.parserLogs();
    // the packaged rules load on another thread while the first document is read and its facts extracted
    CompletableFuture<RuleSet> rules;
    try {
      rules = rulesDir == null ? RuleSet.loadDefaultAsync() : CompletableFuture.completedFuture(RuleSet.load(rulesDir));
    } catch (RuntimeException e) {
      err.println("hscheck check: cannot load the rules: " + e.getMessage());
      return 3;
    }
    try {
      return check(inputs, format, outDir, new Checker(rules, ReadLimits.defaults()));
    } catch (RuleSetException e) {
      err.println("hscheck check: cannot load the rules: " + e.getMessage());
      return 3;
    } catch (RuntimeException | Error e) {
      err.println("hscheck check: " + Quiet.describe(e));
      return 3;
    }
  }

  private int check(List<Path> inputs, String format, Path outDir, Checker checker) {
    boolean batch = inputs.size() > 1;
    List<Report> reports = new ArrayList<>();
    Set<String> names = new HashSet<>();
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        err.println("hscheck check: cannot create " + outDir + ": " + e.getMessage());
        return 3;
      }
    }
    int n = 0;
    for (Path input : inputs) {
      n++;
      long t0 = System.nanoTime();
      String name = input.getFileName().toString();
      byte[] bytes;
      Report report;
      try {
        bytes = Files.size(input) > ReadLimits.defaults().maxBytes() ? null : Files.readAllBytes(input);
      } catch (IOException e) {
        err.println("hscheck check: cannot read " + input + ": " + e.getMessage());
        return 3;
      }
      report = bytes == null ? tooLarge(input, name, checker.rules()) : checker.check(bytes, name).report();
      reports.add(report);
      if (batch) {
        err.printf(Locale.ROOT, "[%d/%d] %s: %s (%d ms)%n", n, inputs.size(), input, summary(report),
            (System.nanoTime() - t0) / 1_000_000);
      }
      if (format.equals("csv") || format.equals("xlsx")) continue;
      try {
        Output o = output(format, report, bytes, name);
        if (outDir == null) {
          out.write(o.bytes());
          out.flush();
        } else {
          Path target = outDir.resolve(unique(names, name + o.suffix()));
          Files.write(target, o.bytes());
        }
      } catch (IOException e) {
        err.println("hscheck check: cannot write the report of " + input + ": " + e.getMessage());
        return 3;
      }
    }
    try {
      if (format.equals("csv") || format.equals("xlsx")) {
        byte[] grid = Renderers.grid(reports, format);
        if (outDir == null) {
          out.write(grid);
          out.flush();
        } else {
          Files.write(outDir.resolve("summary." + format), grid);
        }
      } else if (outDir != null && batch) {
        Files.write(outDir.resolve("summary.csv"), Renderers.grid(reports, "csv"));
        Files.write(outDir.resolve("summary.xlsx"), Renderers.grid(reports, "xlsx"));
      }
    } catch (IOException e) {
      err.println("hscheck check: cannot write the summary grid: " + e.getMessage());
      return 3;
    }
    if (outDir != null) err.println("hscheck check: reports written to " + outDir);
    return status(reports);
  }

  private record Output(String suffix, byte[] bytes) {}

  private Output output(String format, Report report, byte[] original, String name) {
    if (!format.equals("docx")) {
      var r = Renderers.forFormat(format);
      return new Output("." + r.extension(), r.render(report));
    }
    String kind = original == null ? "" : Renderers.annotatable(original);
    if (report.outcome() != Outcome.ASSESSED || kind.isEmpty()) {
      err.println("hscheck check: " + name + (report.outcome() != Outcome.ASSESSED
          ? " was not assessed, so it carries no comments"
          : " is not a .docx or PDF and cannot carry comments") + "; writing its JSON report instead");
      return new Output(".json", Renderers.forFormat("json").render(report));
    }
    if (kind.equals("pdf")) err.println("hscheck check: " + name + " is a PDF: writing it with highlights and notes");
    return new Output(".annotated." + kind, Renderers.annotate(original, report));
  }

  /** Exit status of a batch: 2 if any document was not assessed, else 1 if any criterion is NOT_MET, else 0. */
  static int status(List<Report> reports) {
    if (reports.stream().anyMatch(r -> r.outcome() != Outcome.ASSESSED)) return 2;
    boolean notMet = reports.stream().flatMap(r -> r.criteria().stream())
        .map(CriterionResult::verdict).anyMatch(v -> v == Verdict.NOT_MET);
    return notMet ? 1 : 0;
  }

  static String summary(Report r) {
    if (r.outcome() != Outcome.ASSESSED) {
      return r.outcome() + (r.error() == null ? "" : " " + r.error().code() + ": " + r.error().message());
    }
    long notMet = r.criteria().stream().filter(c -> c.verdict() == Verdict.NOT_MET).count();
    long met = r.criteria().stream().filter(c -> c.verdict() == Verdict.MET).count();
    return met + " met, " + notMet + " not met";
  }

  private static Report tooLarge(Path input, String name, RuleSet rules) {
    long max = ReadLimits.defaults().maxBytes();
    return new Report(new DocumentInfo(name, null, null, null), Outcome.REJECTED,
        new ReportError("TOO_LARGE", "The file is larger than " + (max / (1024 * 1024)) + " MB. Reduce its size "
            + "(for example by compressing images) and upload it again."),
        rules.info(), List.of(), List.of(), List.of());
  }

  private static String unique(Set<String> used, String fileName) {
    String candidate = fileName;
    for (int k = 2; !used.add(candidate); k++) candidate = k + "-" + fileName;
    return candidate;
  }

  /** A file as given, or the proposals in a folder and its subfolders, sorted by path. */
  private static List<Path> expand(Path p) {
    if (Files.isRegularFile(p)) return List.of(p);
    if (!Files.isDirectory(p)) throw new IllegalArgumentException("no such file or folder: " + p);
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return !n.startsWith("~$") && !n.startsWith(".") && SUFFIXES.stream().anyMatch(n::endsWith);
          })
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + p, e);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }
}
