package org.hscheck.rules.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** A number the secretariat may change, inserted by the decision table {@code rules/thresholds.drl.xlsx}. */
public final class Threshold {
  private final String name;
  private final BigDecimal value;

  public Threshold(String name, BigDecimal value) {
    this.name = Objects.requireNonNull(name, "threshold name");
    this.value = Objects.requireNonNull(value, () -> "value of threshold " + name);
  }

  public String getName() { return name; }
  public BigDecimal getValue() { return value; }
  /** The value as a whole number (counts). */
  public int getIntValue() { return value.intValue(); }

  @Override public boolean equals(Object o) {
    return o instanceof Threshold t && t.name.equals(name) && t.value.compareTo(value) == 0;
  }
  @Override public int hashCode() { return name.hashCode(); }
  @Override public String toString() { return name + "=" + value.toPlainString(); }
}
