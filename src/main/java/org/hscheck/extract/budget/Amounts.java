package org.hscheck.extract.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses money amounts as budgets print them: "1,234,567", "1 234 567,50", "1.234.567", "US$ 250,000",
 * "$1.2 million", "2,5 millions d'euros". Values carry two decimals.
 */
final class Amounts {
  private Amounts() {}

  /** An amount and the currency printed with it (empty when none). */
  record Money(BigDecimal value, String currency) {}

  static final String CURRENCY =
      "US\\s?\\$|USD|U\\.S\\.\\s?\\$|\\$|EUR|€|CHF|GBP|£|JPY|¥|dollars?(?:\\s+(?:am[ée]ricains|des [ée]tats unis|US))?"
          + "|d[óo]lares(?:\\s+(?:estadounidenses|americanos))?|euros?";
  private static final String NUMBER = "\\d(?:[\\d\\s\u00A0\u202F\u2009',.]*\\d)?";
  private static final String MULTIPLIER =
      "millions?|million|mill[óo]n|millones|mio\\.?|mn|m|bn|billions?|milliards?|mil millones|k";
  private static final Pattern CELL = Pattern.compile(
      "^\\s*(" + CURRENCY + ")?\\s*(" + NUMBER + ")\\s*(" + MULTIPLIER + ")?\\.?\\s*(?:de\\s+|d')?(" + CURRENCY + ")?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_PROSE = Pattern.compile(
      "(?<![\\p{L}\\d])(?:(" + CURRENCY + ")\\s*(" + NUMBER + ")(?:\\s*(" + MULTIPLIER + ")(?![\\p{L}]))?"
          + "|(" + NUMBER + ")(?:\\s*(" + MULTIPLIER + ")(?![\\p{L}]))?\\s*(?:de\\s+|d')?(" + CURRENCY + "))",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern GROUPED_BY_DOTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
  private static final Pattern GROUPED_BY_COMMAS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
  private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** The amount a table cell holds, when the cell holds only an amount (with currency and multiplier). */
  static Optional<Money> cell(String text) {
    if (text == null || !hasDigitAndNoPercent(text)) return Optional.empty();
    String stripped = text.strip();
    if (bareNumber(stripped)) return number(stripped, null).map(v -> new Money(v, ""));
    Matcher m = CELL.matcher(stripped);
    if (!m.matches()) return Optional.empty();
    String currency = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : "";
    return number(m.group(2), m.group(3)).map(v -> new Money(v, currency.strip()));
  }

  /** True when {@code text} holds a digit and no per cent sign. */
  private static boolean hasDigitAndNoPercent(String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') return false;
      if (!digit && Character.isDigit(c)) digit = true;
    }
    return digit;
  }

  /** A money amount found in prose, with its position. */
  record Found(Money money, int start, int end) {}

  /** The first amount with a currency in {@code text} at or after {@code from}, if any. */
  static Optional<Found> inProse(String text, int from) {
    Matcher m = IN_PROSE.matcher(text);
    while (m.find(from)) {
      boolean before = m.group(1) != null;
      String currency = before ? m.group(1) : m.group(6);
      String num = before ? m.group(2) : m.group(4);
      String mult = before ? m.group(3) : m.group(5);
      Optional<BigDecimal> v = number(num.strip(), mult);
      if (v.isPresent()) return Optional.of(new Found(new Money(v.get(), currency.strip()), m.start(), m.end()));
      from = m.end();
    }
    return Optional.empty();
  }

  /** True when the text is digits and separators only, first and last a digit: {@link #CELL} would match it whole as the number. */
  private static boolean bareNumber(String s) {
    if (s.isEmpty() || !isAsciiDigit(s.charAt(0)) || !isAsciiDigit(s.charAt(s.length() - 1))) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiDigit(c) && " \t\u00A0\u202F\u2009',.".indexOf(c) < 0) return false;
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses the digits of an amount, deciding which separator is decimal. */
  static Optional<BigDecimal> number(String raw, String multiplier) {
    StringBuilder digits = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F' && c != '\u2009' && c != '\'') digits.append(c);
    }
    String s = digits.toString();
    if (s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1))) return Optional.empty();
    int dots = count(s, '.');
    int commas = count(s, ',');
    String plain;
    if (dots > 0 && commas > 0) {
      char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
      char group = decimal == '.' ? ',' : '.';
      if (count(s, decimal) > 1) return Optional.empty();
      plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
    } else if (dots + commas == 0) {
      plain = s;
    } else {
      char sep = dots > 0 ? '.' : ',';
      int n = dots + commas;
      int last = s.lastIndexOf(sep);
      int after = s.length() - last - 1;
      boolean grouped = (sep == '.' ? GROUPED_BY_DOTS : GROUPED_BY_COMMAS).matcher(s).matches();
      if (n > 1) {
        if (!grouped) return Optional.empty();
        plain = s.replace(String.valueOf(sep), "");
      } else if (grouped && multiplier == null) {
        plain = s.replace(String.valueOf(sep), "");
      } else if (after >= 1 && after <= 3) {
        plain = s.replace(sep, '.');
      } else {
        return Optional.empty();
      }
    }
    if (!PLAIN.matcher(plain).matches()) return Optional.empty();
    BigDecimal v = new BigDecimal(plain).multiply(factor(multiplier));
    return Optional.of(v.setScale(2, RoundingMode.HALF_UP));
  }

  private static BigDecimal factor(String multiplier) {
    if (multiplier == null) return BigDecimal.ONE;
    String m = multiplier.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    if (m.equals("k")) return BigDecimal.valueOf(1_000);
    if (m.startsWith("bn") || m.startsWith("billion") || m.startsWith("milliard") || m.equals("mil millones")) {
      return BigDecimal.valueOf(1_000_000_000L);
    }
    return BigDecimal.valueOf(1_000_000);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }
}
