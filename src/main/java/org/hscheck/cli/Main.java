package org.hscheck.cli;

/**
 * The command line: {@code java -jar target/hscheck.jar COMMAND ...}. With no command it starts the web application.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String command = args.length == 0 ? "serve" : args[0];
    String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
    int status = switch (command) {
      // one line per command; each command class parses its own options and prints its own --help
      case "serve" -> new org.hscheck.web.ServeCommand().run(rest);
      case "rules" -> new RulesCommand().run(rest);
      case "parse" -> new ParseCommand().run(rest);
      case "facts" -> new FactsCommand().run(rest);
      case "eval" -> new EvalCommand().run(rest);
      case "bench" -> new BenchCommand().run(rest);
      default -> {
        System.err.println("hscheck: unknown command '" + command + "'. Commands: check, diff, parse, facts, rules, eval, bench, serve");
        yield 3;
      }
    };
    if (status >= 0) System.exit(status);
  }
}
