package org.hscheck.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleSupportTest {
  @Test
  void moneyGroupsThousandsWithTwoDecimals() {
    assertEquals("USD 1,250.00", RuleSupport.money(new BigDecimal("1250"), "USD"));
    assertEquals("1,000,000.01", RuleSupport.money(new BigDecimal("1000000.005"), null));
    assertEquals("-999.99", RuleSupport.money(new BigDecimal("-999.99"), " "));
    assertEquals("EUR 0.00", RuleSupport.money(BigDecimal.ZERO, "EUR"));
    assertEquals("(none)", RuleSupport.money(null, "USD"));
  }

  @Test
  void groupedWritesWhatStringFormatWrites() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      BigDecimal x = BigDecimal.valueOf(random.nextLong() >> random.nextInt(63), random.nextInt(6))
          .setScale(2, RoundingMode.HALF_UP);
      assertEquals(String.format(Locale.ROOT, "%,.2f", x), RuleSupport.grouped(x), x.toPlainString());
    }
  }

  @Test
  void squeezeCollapsesWhiteSpaceAsTheRegularExpressionDoes() {
    String[] cases = {"", "a", "a b", "a  b", " a ", "a\tb", "a\r\n\nb", "a \u00a0 b", "\u000b\f", "x \u2003y  z\n"};
    for (String c : cases) assertEquals(c.replaceAll("\\s+", " "), RuleSupport.squeeze(c), c);
    Random random = new Random(7);
    char[] alphabet = {'a', ' ', '\t', '\n', '\r', '\u00a0', 'é', '\f'};
    for (int i = 0; i < 2_000; i++) {
      char[] text = new char[random.nextInt(12)];
      for (int j = 0; j < text.length; j++) text[j] = alphabet[random.nextInt(alphabet.length)];
      String s = new String(text);
      assertEquals(s.replaceAll("\\s+", " "), RuleSupport.squeeze(s), s);
    }
  }

  @Test
  void quoteStripsSqueezesAndShortens() {
    assertEquals("\u201ca b\u201d", RuleSupport.quote("  a \n\t b "));
    String q = RuleSupport.quote("word ".repeat(60));
    assertEquals(RuleSupport.QUOTE_LENGTH + 2, q.length());
    assertEquals('\u2026', q.charAt(q.length() - 2));
  }
}
