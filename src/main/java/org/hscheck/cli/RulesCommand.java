package org.hscheck.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hscheck.rules.FixtureRunner;
import org.hscheck.rules.RuleInfo;
import org.hscheck.rules.RuleSet;
import org.hscheck.rules.RuleSetException;

/**
 * {@code rules list [--rules DIR]} prints the rule catalogue; {@code rules test [DIR]} runs every rule's fixtures
 * against a rule directory (default: the rule set in the jar). Exit status 0 when all pass, 1 when a fixture fails,
 * 3 for usage errors or a rule set that does not load.
 */
public final class RulesCommand extends Command {
  public RulesCommand() {}

  RulesCommand(PrintStream out, PrintStream err) {
    super(out, err);
  }

  static final String USAGE = """
      usage: hscheck rules list [--rules DIR]   print the rule catalogue (id, criterion, severity, verdict, guideline)
             hscheck rules test [DIR]           run every rule's fixtures against DIR (default: the rules in the jar)""";

  @Override
  public int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      (args.length == 0 ? err : out).println(USAGE);
      return args.length == 0 ? 3 : 0;
    }
    Quiet.parserLogs();
    try {
      return switch (args[0]) {
        case "list" -> list(args);
        case "test" -> test(args);
        default -> {
          err.println("hscheck rules: unknown subcommand '" + args[0] + "'\n" + USAGE);
          yield 3;
        }
      };
    } catch (RuleSetException e) {
      err.println("hscheck rules: " + e.getMessage());
      return 3;
    }
  }

  private int list(String[] args) {
    RuleSet set;
    if (args.length == 1) set = RuleSet.loadDefault();
    else if (args.length == 3 && args[1].equals("--rules")) set = RuleSet.load(dir(args[2]));
    else {
      err.println("hscheck rules list: expected no argument or --rules DIR\n" + USAGE);
      return 3;
    }
    out.println("rule set " + set.info().version() + " " + set.info().digest() + " (" + set.origin() + ")");
    out.println();
    String criterion = "";
    for (RuleInfo r : set.catalogue()) {
      if (!r.criterion().equals(criterion)) {
        criterion = r.criterion();
        out.println(criterion);
      }
      out.printf("  %-34s %-7s %-15s %s%n", r.id(), r.severity(), r.verdict().isEmpty() ? "-" : r.verdict(), r.file());
      out.println("      " + r.source() + ": " + r.section());
    }
    out.println();
    out.println("thresholds (thresholds.drl.xlsx):");
    set.thresholds().forEach((k, v) -> out.printf("  %-36s %s%n", k, v.toPlainString()));
    out.println();
    out.println(set.catalogue().size() + " rules");
    return 0;
  }

  private int test(String[] args) {
    if (args.length > 2) {
      err.println("hscheck rules test: expected at most one DIR\n" + USAGE);
      return 3;
    }
    List<FixtureRunner.Result> results = args.length == 2 ? FixtureRunner.run(dir(args[1])) : FixtureRunner.runDefault();
    long failed = results.stream().filter(r -> !r.passed()).count();
    for (FixtureRunner.Result r : results) {
      if (!r.passed()) out.println("FAIL " + r.ruleId() + " " + r.fixture() + ": " + r.message());
    }
    out.println(results.size() - failed + " passed, " + failed + " failed, " + results.size() + " fixture cases");
    return failed == 0 ? 0 : 1;
  }


  private static Path dir(String arg) {
    Path p = Path.of(arg);
    if (!Files.isDirectory(p)) throw new RuleSetException(arg + " is not a directory");
    return p;
  }
}
