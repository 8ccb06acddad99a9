package org.hscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hscheck.check.Checker;
import org.hscheck.document.ReadLimits;
import org.hscheck.report.Finding;
import org.hscheck.report.Report;
import org.hscheck.report.ReportDiff;
import org.hscheck.report.ReportJson;
import org.hscheck.report.Verdict;
import org.hscheck.rules.RuleSet;

/**
 * {@code hscheck diff [--format text|json] [--rules DIR] OLD NEW}: what changed between two drafts (or two saved JSON
 * reports): criteria whose verdict changed, findings fixed and findings new. Exits as {@code check} would for NEW.
 */
public final class DiffCommand extends Command {
  static final String USAGE = """
      Usage: hscheck diff [options] OLD NEW
      Compares two drafts of a proposal: which criteria changed verdict, which findings were fixed and
      which are new. OLD and NEW are proposals (.docx, .doc, PDF), which are checked first, or JSON
      reports saved by 'hscheck check'.
        --format F    text (default) or json
        --rules DIR   check with the rules in DIR instead of the packaged rule set
        --help        this text
      Exit status, as 'check' gives for NEW: 0 every applicable criterion is MET; 1 at least one is
      NOT_MET; 2 NEW could not be assessed; 3 usage or internal error.
      """;

  public DiffCommand() {}

  DiffCommand(PrintStream out, PrintStream err) {
    super(out, err);
  }

  /** Runs the command; returns the exit status. Never throws. */
  @Override
  public int run(String[] args) {
    String format = "text";
    Path rulesDir = null;
    List<Path> files = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            out.print(USAGE);
            return 0;
          }
          case "--format" -> {
            if (++i >= args.length) throw new IllegalArgumentException("--format needs a value");
            format = args[i].toLowerCase(Locale.ROOT);
            if (!format.equals("text") && !format.equals("json")) {
              throw new IllegalArgumentException("unknown format '" + args[i] + "': use text or json");
            }
          }
          case "--rules" -> {
            if (++i >= args.length) throw new IllegalArgumentException("--rules needs a folder");
            rulesDir = Path.of(args[i]);
            if (!Files.isDirectory(rulesDir)) throw new IllegalArgumentException("rules folder not found: " + rulesDir);
          }
          default -> {
            if (a.startsWith("-")) throw new IllegalArgumentException("unknown option '" + a + "'");
            Path p = Path.of(a);
            if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file: " + p);
            files.add(p);
          }
        }
      }
      if (files.size() != 2) {
        throw new IllegalArgumentException("two files expected (OLD NEW), got " + files.size());
      }
    } catch (IllegalArgumentException e) {
      err.println("hscheck diff: " + e.getMessage());
      err.println("Run 'hscheck diff --help' for usage.");
      return 3;
    }
    try {
      Quiet.parserLogs();
      byte[] older = Files.readAllBytes(files.get(0));
      byte[] newer = Files.readAllBytes(files.get(1));
      Checker checker = null;
      if (!isJson(older) || !isJson(newer)) {
        RuleSet rules = rulesDir == null ? RuleSet.loadDefault() : RuleSet.load(rulesDir);
        checker = new Checker(rules, ReadLimits.defaults());
      }
      Report before = report(older, files.get(0), checker);
      Report after = report(newer, files.get(1), checker);
      ReportDiff diff = ReportDiff.between(before, after);
      if (format.equals("json")) {
        out.print(ReportJson.mapper().writeValueAsString(json(before, after, diff)) + "\n");
      } else {
        out.print(text(before, after, diff));
      }
      out.flush();
      return CheckCommand.status(List.of(after));
    } catch (IOException e) {
      err.println("hscheck diff: cannot read: " + e.getMessage());
      return 3;
    } catch (IllegalArgumentException e) {
      err.println("hscheck diff: " + e.getMessage());
      return 3;
    } catch (RuntimeException | Error e) {
      err.println("hscheck diff: " + Quiet.describe(e));
      return 3;
    }
  }

  private static boolean isJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{') return true;
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) return false;
    }
    return false;
  }

  private static Report report(byte[] bytes, Path file, Checker checker) {
    if (isJson(bytes)) {
      try {
        return ReportJson.read(bytes);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + " is JSON but " + e.getMessage());
      }
    }
    return checker.check(bytes, file.getFileName().toString()).report();
  }

  static String text(Report before, Report after, ReportDiff diff) {
    StringBuilder b = new StringBuilder();
    b.append("OLD ").append(before.document().name()).append(": ").append(CheckCommand.summary(before)).append('\n');
    b.append("NEW ").append(after.document().name()).append(": ").append(CheckCommand.summary(after)).append('\n');
    if (diff.isEmpty()) return b.append("No changes.\n").toString();
    b.append('\n').append("Verdicts changed (").append(diff.changed().size()).append("):\n");
    for (ReportDiff.VerdictChange c : diff.changed()) {
      b.append(String.format(Locale.ROOT, "  %-30s %s -> %s%n", c.criterion(), word(c.before()), word(c.after())));
    }
    b.append('\n').append("Findings fixed (").append(diff.fixed().size()).append("):\n");
    for (Finding f : diff.fixed()) line(b, f);
    b.append('\n').append("Findings new (").append(diff.added().size()).append("):\n");
    for (Finding f : diff.added()) line(b, f);
    return b.toString();
  }

  private static void line(StringBuilder b, Finding f) {
    b.append("  ").append(f.severity()).append(' ').append(f.criterion()).append(" [").append(f.ruleId()).append("] ")
        .append(f.message()).append('\n');
  }

  private static String word(Verdict v) {
    return v == null ? "(not assessed)" : v.name();
  }

  private static Map<String, Object> json(Report before, Report after, ReportDiff diff) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("old", side(before));
    m.put("new", side(after));
    m.put("changed", diff.changed());
    m.put("fixed", diff.fixed());
    m.put("added", diff.added());
    return m;
  }

  private static Map<String, Object> side(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.document().name());
    m.put("sha256", r.document().sha256());
    m.put("outcome", r.outcome());
    m.put("ruleSet", r.ruleSet());
    return m;
  }
}
