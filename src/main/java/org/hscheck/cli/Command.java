package org.hscheck.cli;

import java.io.PrintStream;

/** A command of the command line, writing to the process's standard output and error, or to a test's. */
abstract class Command {
  protected final PrintStream out;
  protected final PrintStream err;

  Command() {
    this(System.out, System.err);
  }

  Command(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command with {@code args} (the words after its name); returns the exit status. */
  public abstract int run(String[] args);
}
