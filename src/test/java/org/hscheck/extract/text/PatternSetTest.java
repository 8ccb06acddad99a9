package org.hscheck.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternSetTest {

  private static List<List<Set<String>>> literals(String regex) {
    return RequiredLiterals.requirement(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
  }

  /** The requirement of one set of literals. */
  private static List<List<Set<String>>> one(String... literals) {
    return List.of(List.of(Set.of(literals)));
  }

  @Test
  void alternativesGiveOneLiteralEach() {
    assertEquals(one("law", "laws", "legal aid"), literals("\\b(?:laws?|legal aid)\\b"));
  }

  @Test
  void bothSidesOfAGapAreRequired() {
    assertEquals(List.of(List.of(Set.of("strengthen"), Set.of("services"))),
        literals("\\bstrengthen\\w*(?:\\W+\\w+){0,4}?\\W+services\\b"));
  }

  @Test
  void smallCharacterClassesAndOptionalLettersExpand() {
    assertEquals(one("centrado", "centrada", "centrados", "centradas"), literals("\\bcentrad[oa]s?\\b"));
  }

  @Test
  void quotedNamesAndLookaroundsAreRead() {
    assertEquals(one("a.b", "cd"), literals("(?<![\\p{L}\\p{N}])(?:" + Pattern.quote("a.b") + "|" + Pattern.quote("cd") + ")(?![\\p{L}\\p{N}])"));
  }

  @Test
  void anAlternativeWithoutLiteralsLeavesThePatternUnfiltered() {
    assertNull(literals("\\bfoo\\b|\\d+"));
    assertNull(literals("(?:foo)?"));
    assertNull(literals("^\\s*(?:-|\\?|x+)?\\s*$"));
  }

  @Test
  void caseInsensitivePatternsAreNeverFiltered() {
    assertNull(RequiredLiterals.requirement(Pattern.compile("laws?", Pattern.CASE_INSENSITIVE)));
    assertNull(literals("(?i)laws?"));
  }

  @Test
  void candidatesHoldEveryPatternThatMatches() {
    List<Pattern> patterns = List.of(Pattern.compile("\\blegal aid\\b"), Pattern.compile("\\bparalegals?\\b"),
        Pattern.compile("\\d+"), Pattern.compile("\\bshelters?\\b"));
    PatternSet set = new PatternSet(patterns);
    BitSet c = set.candidates("the paralegals give legal aid in 3 districts");
    assertTrue(c.get(0));
    assertTrue(c.get(1));
    assertTrue(c.get(2), "a pattern without literals is always a candidate");
    assertFalse(c.get(3), "no 'shelter' in the text");
  }

  @Test
  void overlappingLiteralsAreAllFound() {
    PatternSet set = new PatternSet(List.of(Pattern.compile("she"), Pattern.compile("he"), Pattern.compile("hers"),
        Pattern.compile("his")));
    BitSet c = set.candidates("ushers");
    assertEquals("{0, 1, 2}", c.toString());
  }

  @Test
  void literalsWithAccentsAreFoundAfterPartialMatchesAndUnknownCharacters() {
    PatternSet set = new PatternSet(List.of(Pattern.compile("niñez"), Pattern.compile("ñes"), Pattern.compile("año")));
    assertEquals("{0, 1}", set.candidates("la niñ€ niñez de niñes").toString());
    assertEquals("{}", set.candidates("la niñ€ nino anos").toString());
    assertTrue(set.mayMatch("el año"));
    assertFalse(set.mayMatch("el ano, la niñ"));
  }

  @Test
  void aPatternNeedsALiteralOfEachRequiredPart() {
    Pattern p = Pattern.compile("\\b(?:women|youth)(?:\\W+\\w+){0,8}?\\W+(?:report|refer)\\w*|\\bthe two strands\\b",
        Pattern.UNICODE_CHARACTER_CLASS);
    assertEquals(List.of(List.of(Set.of("women", "youth"), Set.of("report", "refer")), List.of(Set.of("the two strands"))),
        RequiredLiterals.requirement(p));
    PatternSet set = new PatternSet(List.of(p));
    assertFalse(set.mayMatch("women and youth met the mayor"), "one part alone does not make a candidate");
    assertTrue(set.mayMatch("youth groups report to the council"));
    assertTrue(set.mayMatch("the two strands meet"));
    assertEquals("{0}", set.candidates("a report on women").toString(), "the order of the parts is left to the pattern");
  }

  /** RoleCues relies on both: a set's answer for a pattern is the pattern's own, and grows with the text. */
  @Test
  void aSetAnswersForEachPatternAsItsOwnSetAndNeverLessForALongerText() {
    List<Pattern> patterns = List.of(Pattern.compile("\\bled by\\b"), Pattern.compile("\\b(?:with|and) (?:the )?support of\\b"),
        Pattern.compile("\\bimplement\\w*(?:\\W+\\w+){0,3}?\\W+(?:by|through)\\b"), Pattern.compile("\\d+"));
    PatternSet set = new PatternSet(patterns);
    String text = "activities implemented in three districts through partners, led by UNDP with the support of IOM";
    for (int from = 0; from < text.length(); from += 7) {
      for (int to = from; to <= text.length(); to += 11) {
        String part = text.substring(from, to);
        BitSet inPart = set.candidates(part);
        BitSet inWhole = set.candidates(text);
        for (int i = 0; i < patterns.size(); i++) {
          assertEquals(new PatternSet(List.of(patterns.get(i))).mayMatch(part), inPart.get(i), patterns.get(i) + " in " + part);
          if (inPart.get(i)) assertTrue(inWhole.get(i), patterns.get(i) + " possible in '" + part + "' but not in the whole");
        }
      }
    }
  }
}
