package org.hscheck.cli;

/**
 * The command line: {@code java -jar target/hscheck.jar COMMAND ...}. With no command it starts the web application.
 */
public final class Main {
  private Main() {}

  /** The commands, for {@code hscheck --help}; each command prints its own options with {@code --help}. */
  static final String USAGE = """
      Usage: java -jar hscheck.jar COMMAND [options]   (no COMMAND: serve)
      Commands:
        check    check proposals (.docx, .doc, PDF) and write reports: json, html, pdf, the
                 annotated file, or a csv/xlsx grid for a batch
        diff     compare two drafts (or two JSON reports): verdicts changed, findings fixed and new
        parse    print a file's document model as JSON
        facts    print the facts extracted from a file as JSON
        rules    list the rules or run their fixtures (rules list | rules test)
        eval     check the sample proposals and compare with their expected verdicts
        serve    start the web application
      Run 'hscheck COMMAND --help' for a command's options.
      Exit status of check and diff: 0 every applicable criterion met, 1 at least one not met,
      2 a document could not be assessed, 3 usage or internal error.
      """;

  public static void main(String[] args) {
    String command = args.length == 0 ? "serve" : args[0];
    String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
    if (!"serve".equals(command)) Quiet.logsToStandardError();
    int status = switch (command) {
      // one line per command; each command class parses its own options and prints its own --help
      case "--help", "-h", "help" -> {
        System.out.print(USAGE);
        yield 0;
      }
      case "check" -> new CheckCommand().run(rest);
      case "diff" -> new DiffCommand().run(rest);
      case "serve" -> new org.hscheck.web.ServeCommand().run(rest);
      case "rules" -> new RulesCommand().run(rest);
      case "parse" -> new ParseCommand().run(rest);
      case "facts" -> new FactsCommand().run(rest);
      case "eval" -> new EvalCommand().run(rest);
      case "bench" -> new BenchCommand().run(rest);
      default -> {
        System.err.println("hscheck: unknown command '" + command + "'. Run 'hscheck --help' for the commands.");
        yield 3;
      }
    };
    if (status >= 0) System.exit(status);
  }
}
