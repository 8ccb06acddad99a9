package org.hscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hscheck.check.Checker;
import org.hscheck.document.ReadLimits;
import org.hscheck.eval.EvalPrinter;
import org.hscheck.eval.EvalResult;
import org.hscheck.eval.Evaluator;
import org.hscheck.rules.RuleSet;
import org.hscheck.rules.RuleSetException;

/**
 * {@code eval [--json] [--rules DIR] [FOLDER]}: checks every sample in FOLDER (default {@code sample-proposals}) and
 * compares the verdicts with each {@code NAME.expected.json}. Exit status 0 at full agreement, 1 otherwise, 3 for
 * usage errors, a malformed expected file or a rule set that does not load.
 */
public final class EvalCommand extends Command {
  static final String USAGE = """
      usage: hscheck eval [--json] [--rules DIR] [FOLDER]
        Checks every .docx, .doc and .pdf in FOLDER (default: sample-proposals) and compares each report with
        NAME.expected.json beside it: per-criterion agreement, false MET and false NOT_MET counts, and every
        disagreement with the evidence of the findings behind it.
        --json       print the comparison as JSON instead of text
        --rules DIR  use the rules in DIR instead of the rule set in the jar
      exit status: 0 full agreement, 1 any disagreement or unlabelled document, 3 usage or input error""";

  public EvalCommand() {}

  EvalCommand(PrintStream out, PrintStream err) {
    super(out, err);
  }

  @Override
  public int run(String[] args) {
    boolean json = false;
    Path rules = null;
    Path folder = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        case "--json" -> json = true;
        case "--rules" -> {
          if (i + 1 == args.length) return usage("--rules needs a directory");
          rules = Path.of(args[++i]);
        }
        default -> {
          if (args[i].startsWith("-")) return usage("unknown option '" + args[i] + "'");
          if (folder != null) return usage("only one FOLDER may be given, found '" + folder + "' and '" + args[i] + "'");
          folder = Path.of(args[i]);
        }
      }
    }
    if (folder == null) folder = Path.of("sample-proposals");
    if (!Files.isDirectory(folder)) return usage("'" + folder + "' is not a directory");
    try {
      RuleSet set = rules == null ? RuleSet.loadDefault() : RuleSet.load(rules);
      Checker checker = new Checker(set, ReadLimits.defaults());
      EvalResult result = new Evaluator(checker).evaluate(folder, name -> err.println("eval: " + name));
      if (json) out.print(EvalPrinter.json(result));
      else EvalPrinter.text(result, out);
      return result.fullAgreement() ? 0 : 1;
    } catch (RuleSetException | IllegalArgumentException e) {
      err.println("hscheck eval: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("hscheck eval: cannot read " + folder + ": " + e.getMessage());
      return 3;
    }
  }

  private int usage(String problem) {
    err.println("hscheck eval: " + problem + "\n" + USAGE);
    return 3;
  }
}
