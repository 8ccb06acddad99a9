package org.hscheck.extract;

/** Whether a statement asserts something done or present, only planned, or denies it. */
public enum Status {
  /** Stated as done, present or part of the project's design ("was conducted", "the project establishes"). */
  AFFIRMED,
  /** Stated as something that will happen only after the project starts ("will be conducted in the first quarter"). */
  PLANNED,
  /** Denied or stated as absent ("no consultation has yet taken place"). */
  NEGATED
}
