package org.hscheck.extract.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hscheck.extract.org.TestDocs.doc;
import static org.hscheck.extract.org.TestDocs.p;
import static org.hscheck.extract.org.TestDocs.row;
import static org.hscheck.extract.org.TestDocs.sec;
import static org.hscheck.extract.org.TestDocs.table;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.hscheck.document.ProposalDocument;
import org.junit.jupiter.api.Test;

/** The shortcuts the organisation matching takes must answer as the plain computation would. */
class MatchingInternalsTest {

  @Test
  void foldingThroughTheTableMatchesNormalisingEachCharacter() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      char expected = switch (c) {
        case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
        case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00A0', '\u2007', '\u2009', '\u202F', '\t',
            '\n', '\r' -> ' ';
        default -> c < 128 ? Character.toLowerCase(c)
            : Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
      };
      assertThat(Fold.foldChar(c)).as("U+%04X", i).isEqualTo(expected);
    }
  }

  @Test
  void foldingMakesNoLetterOfAnotherCharacterSoTextWithoutLettersNamesNothing() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Character.isLetter(c)) continue;
      assertThat(Character.isLetter(Fold.foldChar(c))).as("U+%04X", i).isFalse();
      assertThat(Character.isLetter(Fold.keepCaseChar(c))).as("U+%04X", i).isFalse();
    }
    assertThat(Gazetteer.get().needsLetters()).isTrue();
    assertThat(new OrgFinder("en").find("25,000 | 2024 – (3)")).isEmpty();
  }

  @Test
  void collapsingSpacesIsTheRegexReplacement() {
    Pattern spaces = Pattern.compile("\\s+");
    for (String s : List.of("", " ", "a", "  a  b\t\tc\n", "a\u000Bb\fc\rd", "a\u00A0 b", " \t ", "x  y z ")) {
      assertThat(Fold.collapseSpaces(s)).isEqualTo(spaces.matcher(s).replaceAll(" "));
    }
    assertThat(Fold.canonical("  The  Raks-Thai\tFoundation ")).isEqualTo("the raks thai foundation");
  }

  @Test
  void compatibilityIdeographsBreakNameWordsButNotAcronyms() {
    // U+FA6C decomposes outside the Basic Multilingual Plane: folded it is half a surrogate pair, no letter
    assertThat(Character.isLetterOrDigit(Fold.foldChar('\uFA6C'))).isFalse();
    assertThat(Character.isLetterOrDigit(Fold.keepCaseChar('\uFA6C'))).isTrue();
    Gazetteer g = Gazetteer.get();
    assertThat(g.find("UNDP\uFA6C and UNICEF", "en")).extracting(h -> h.entry().key()).containsExactly("UNICEF");
    assertThat(g.find("world\uFA6Chealth organization", "en")).extracting(h -> h.entry().key()).containsExactly("WHO");
    assertThat(g.find("the World Health Organization\uFA6C", "en")).extracting(h -> h.entry().key())
        .containsExactly("WHO");
  }

  @Test
  void longestFormWinsAndTheNextSearchStartsAfterIt() {
    Gazetteer g = Gazetteer.get();
    var hits = g.find("United Nations Development Programme (UNDP) and the United Nations", "en");
    assertThat(hits).filteredOn(h -> !h.acronym()).first().satisfies(h -> {
      assertThat(h.entry().key()).isEqualTo("UNDP");
      assertThat(h.start()).isZero();
      assertThat(h.end()).isEqualTo("United Nations Development Programme".length());
    });
    assertThat(hits).filteredOn(Gazetteer.Hit::acronym).extracting(Gazetteer.Hit::start).containsExactly(38);
  }

  @Test
  void anchoredOnlyWhenEveryAlternativeStartsWithACaret() {
    assertThat(RoleCues.anchored(Pattern.compile("^a|^b"))).isTrue();
    assertThat(RoleCues.anchored(Pattern.compile("^(?:a|b)c"))).isTrue();
    assertThat(RoleCues.anchored(Pattern.compile("^a[|]b|^c\\|d"))).isTrue();
    assertThat(RoleCues.anchored(Pattern.compile("^a|b"))).isFalse();
    assertThat(RoleCues.anchored(Pattern.compile("(^a)"))).isFalse();
    assertThat(RoleCues.anchored(Pattern.compile("\\^a"))).isFalse();
    assertThat(RoleCues.anchored(Pattern.compile("^a(?m)b"))).isFalse();
    assertThat(RoleCues.anchored(Pattern.compile("^[]|]|b"))).isFalse();
    assertThat(RoleCues.anchored(Pattern.compile("^a", Pattern.MULTILINE))).isFalse();
  }

  @Test
  void sectionKindsAreReadOncePerHeadingYetPerPath() {
    Sections sections = new Sections();
    assertThat(sections.of(List.of("Background", "Implementing partners"))).isEqualTo(Sections.Kind.PARTICIPATION);
    assertThat(sections.of(List.of("Background", "Annex"))).isEqualTo(Sections.Kind.BACKGROUND);
    assertThat(sections.of(List.of("Annex"))).isEqualTo(Sections.Kind.NEUTRAL);
    assertThat(sections.of(List.of("Partnership background"))).isEqualTo(Sections.Kind.PARTICIPATION);
  }

  @Test
  void whatOneDocumentDefinesStaysInIt() {
    ParticipantExtractor extractor = new ParticipantExtractor();
    ProposalDocument defines = doc("en", sec("Partners", p("The Raks Thai Foundation (RTF) will run the centres."),
        table(row("Output", "Responsible"), row("Outreach", "RTF"), row("Outreach", "RTF"))));
    ProposalDocument mentions = doc("en", sec("Partners", p("RTF will run the centres.")));
    var first = extractor.extract(defines, "en");
    assertThat(extractor.extract(mentions, "en")).noneMatch(x -> x.name().contains("Raks"));
    assertThat(extractor.extract(defines, "en")).isEqualTo(first);
    assertThat(OrganisationNames.namesOrganisation("RTF", "en")).isFalse();
    assertThat(OrganisationNames.namesOrganisation("the Ministry of Health", "en")).isTrue();
  }
}
