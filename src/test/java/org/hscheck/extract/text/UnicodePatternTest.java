package org.hscheck.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnicodePatternTest {

  @Test
  void asciiTextRunsOnTheTwinAndOtherTextOnTheUnicodePattern() {
    UnicodePattern p = UnicodePattern.compile("\\bmise en \\w+");
    assertNotSame(p.pattern(), p.ascii());
    assertSame(p.ascii(), p.matcher("la mise en place").pattern());
    Matcher m = p.matcher("la mise en œuvre");
    assertSame(p.pattern(), m.pattern());
    assertTrue(m.find());
    assertEquals("mise en œuvre", m.group(), "\\w takes œ as a letter");
  }

  @Test
  void punctuationAndSymbolsBeyondAsciiKeepTheTwin() {
    UnicodePattern p = UnicodePattern.compile("\\b\\w+ en \\w+\\b");
    Matcher m = p.matcher("« mise en place » – 5 000 € • “ok”");
    assertSame(p.ascii(), m.pattern());
    assertTrue(m.find());
    assertEquals("mise en place", m.group());
    assertSame(p.pattern(), p.matcher("mise\u00a0en place").pattern(), "a non-breaking space is a space to Unicode only");
    assertSame(p.pattern(), p.matcher("mise en ‿place").pattern(), "a connector is a word character to Unicode");
    assertSame(p.pattern(), p.matcher("Ⓐ en place").pattern(), "a circled letter is alphabetic");
  }

  @Test
  void wordBoundariesHoldInOtherScripts() {
    UnicodePattern p = UnicodePattern.compile("\\bvih\\b");
    assertFalse(p.matcher("vihж").find(), "ж is a letter, so no boundary after vih");
    assertTrue(p.matcher("le vih.").find());
  }

  @Test
  void noTwinWhereTheTwoCouldDifferOnAsciiText() {
    for (String regex : new String[] {"\\p{Punct}", "\\p{IsAlpha}+", "(?i)ſ", "caf\\u00e9", "x\\x{2212}y", "(?i)ok"}) {
      UnicodePattern p = UnicodePattern.compile(regex);
      assertSame(p.pattern(), p.ascii(), regex);
    }
    assertTrue(UnicodePattern.compile("\\p{Punct}").matcher("$").find() == Pattern.compile("\\p{Punct}",
        Pattern.UNICODE_CHARACTER_CLASS).matcher("$").find(), "\\p{Punct} keeps its Unicode meaning on ASCII text");
  }

  @Test
  void patternsWithoutUnicodeClassesAreTheirOwnTwin() {
    Pattern p = Pattern.compile("\\bwill\\b");
    assertSame(p, UnicodePattern.asciiTwin(p));
  }

  @Test
  void consecutiveAlternativesOpeningWithAWordBoundaryShareIt() {
    assertEquals("\\b(?:not\\b|never\\b)|n't\\b|\\b(?:none|nor)",
        UnicodePattern.shareWordBoundaries("\\bnot\\b|\\bnever\\b|n't\\b|\\bnone|\\bnor"));
    assertEquals("\\b(?:a|b)", UnicodePattern.compile("\\ba|\\bb").pattern().pattern());
    assertEquals("\\ba|\\bb", UnicodePattern.compile("\\ba|\\bb").written());
    // one alternative, alternatives inside groups or classes, \\B, quotes and inline flags are left as written
    for (String regex : List.of("\\bword\\b", "\\b(?:a|b)", "[|]\\ba", "\\ba|x|\\bb", "\\Ba|\\Bb", "\\Q|\\E\\ba|\\bb",
        "(?i)\\ba|\\bb", "\\b{g}a|\\b{g}b", "\\ba)|\\bb(")) {
      assertEquals(regex, UnicodePattern.shareWordBoundaries(regex), regex);
    }
    assertEquals(List.of("[a|(]", "\\|", "(x|y)"), UnicodePattern.topLevelAlternatives("[a|(]|\\||(x|y)"));
    assertEquals(List.of("[]|]", "[^]|]"), UnicodePattern.topLevelAlternatives("[]|]|[^]|]"));
  }

  @Test
  void sharedBoundariesMatchAsTheWrittenAlternatives() {
    String regex = "\\bnot\\b(?!\\s+only\\b)|n't\\b|\\bnever\\b|\\bno one\\b|\\bno\\b|\\bnone\\b";
    Pattern written = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    UnicodePattern shared = UnicodePattern.compile(regex);
    for (String text : List.of("no one came", "none, not only this but not that", "don't never", "nonono no-one not",
        "ニ no ニnot", "no")) {
      Matcher a = written.matcher(text);
      Matcher b = shared.matcher(text);
      while (a.find()) {
        assertTrue(b.find(), text);
        assertEquals(a.start() + "-" + a.end(), b.start() + "-" + b.end(), text);
      }
      assertFalse(b.find(), text);
    }
  }
}
