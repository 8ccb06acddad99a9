package org.hscheck.extract.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.hscheck.document.DocumentException;
import org.hscheck.document.DocumentReaders;
import org.hscheck.document.ReadLimits;
import java.util.regex.Pattern;
import org.hscheck.extract.text.Cues;
import org.hscheck.extract.text.PatternSet;
import org.hscheck.extract.text.Search;
import org.hscheck.extract.text.UnicodePattern;
import org.hscheck.extract.text.Sentence;
import org.hscheck.extract.text.Sentences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of every sample, against every language's cues, sector words, principle keywords, past-project and
 * HIV patterns: the prefilter never hides a pattern that matches, and a pattern run as its ASCII twin finds what the
 * Unicode pattern finds.
 */
class LexiconPrefilterTest {
  private static final List<String> TEXTS = new ArrayList<>();

  @BeforeAll
  static void readSamples() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("sample-proposals"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(docx|doc|pdf)$")).sorted().toList()) {
        try {
          var doc = DocumentReaders.read(Files.readAllBytes(f), f.getFileName().toString(), ReadLimits.defaults());
          for (Sentence s : Sentences.of(doc)) {
            TEXTS.add(s.folded());
            if (!s.columnHead().isEmpty()) TEXTS.add(s.columnHead().toLowerCase());
          }
        } catch (DocumentException e) {
          // the image-only scan has no text
        }
      }
    }
    assertTrue(TEXTS.size() > 1000, "sentences read: " + TEXTS.size());
  }

  private static List<PatternSet> sets() {
    List<PatternSet> out = new ArrayList<>();
    for (String language : List.of("en", "fr", "es")) out.add(Lexicon.scan(language).set());
    return out;
  }

  @Test
  void everyMatchingCueIsACandidate() {
    int matches = 0;
    for (PatternSet set : sets()) {
      for (String text : TEXTS) {
        BitSet candidates = set.candidates(text);
        for (int i = 0; i < set.patterns().size(); i++) {
          if (set.patterns().get(i).matcher(text).find()) {
            matches++;
            assertTrue(candidates.get(i), "pattern " + set.patterns().get(i) + " matches but was filtered out: " + text);
          }
        }
      }
    }
    assertTrue(matches > 1000, "cue matches checked: " + matches);
  }

  @Test
  void asciiTwinsFindWhatTheUnicodePatternsFind() {
    int matches = 0;
    for (PatternSet set : sets()) {
      for (String text : TEXTS) {
        for (int i = 0; i < set.patterns().size(); i++) {
          List<String> expected = spans(set.patterns().get(i).matcher(text));
          assertEquals(expected, spans(set.matcher(i, text)), set.patterns().get(i) + " over: " + text);
          matches += expected.size();
        }
      }
    }
    assertTrue(matches > 1000, "matches compared: " + matches);
  }

  @Test
  void patternsSharingWordBoundariesFindWhatTheWrittenPatternsFind() {
    List<UnicodePattern> patterns = new ArrayList<>();
    for (String language : List.of("en", "fr", "es")) {
      Lexicon.of(language).forEach(c -> patterns.add(c.pattern()));
      Cues cues = Cues.of(language);
      patterns.addAll(List.of(cues.negation(), cues.negDeterminer(), cues.planned(), cues.deferral(), cues.plannedLower(),
          cues.done(), cues.doneLower(), cues.boundary(), cues.subordinator(), cues.relativizer()));
    }
    int rewritten = 0;
    int matches = 0;
    for (UnicodePattern p : patterns) {
      if (p.pattern().pattern().equals(p.written())) continue;
      rewritten++;
      Pattern written = Pattern.compile(p.written(), Pattern.UNICODE_CHARACTER_CLASS);
      for (String text : TEXTS) {
        for (String t : List.of(text, text.toUpperCase(java.util.Locale.ROOT))) {
          List<String> expected = spans(written.matcher(t));
          assertEquals(expected, spans(p.pattern().matcher(t)), p.written() + " over: " + t);
          assertEquals(expected, spans(p.matcher(t)), p.written() + " (twin) over: " + t);
          matches += expected.size();
        }
      }
    }
    assertTrue(rewritten >= 10, "patterns rewritten: " + rewritten);
    assertTrue(matches > 100, "matches compared: " + matches);
  }

  @Test
  void searchesFindWhatMatchersFind() {
    List<UnicodePattern> patterns = new ArrayList<>();
    for (String language : List.of("en", "fr", "es")) {
      Lexicon.of(language).forEach(c -> patterns.add(c.pattern()));
      Cues cues = Cues.of(language);
      patterns.addAll(List.of(cues.negation(), cues.negDeterminer(), cues.planned(), cues.deferral(), cues.done(),
          cues.boundary(), cues.condition(), cues.backReference()));
    }
    int searched = 0;
    int matches = 0;
    for (UnicodePattern p : patterns) {
      if (p.starts() != null) searched++;
      for (String text : TEXTS) {
        List<String> expected = spans(p.matcher(text));
        List<String> found = new ArrayList<>();
        for (Search s = p.search(text); s.find(); ) found.add(s.start() + "-" + s.end());
        assertEquals(expected, found, p.written() + " over: " + text);
        matches += expected.size();
      }
    }
    for (PatternSet set : sets()) {
      for (String text : TEXTS) {
        for (int i = 0; i < set.patterns().size(); i++) {
          List<String> found = new ArrayList<>();
          for (Search s = set.search(i, text); s.find(); ) found.add(s.start() + "-" + s.end());
          assertEquals(spans(set.matcher(i, text)), found, set.patterns().get(i) + " over: " + text);
        }
      }
    }
    assertTrue(searched > patterns.size() / 2, "patterns with known starts: " + searched + " of " + patterns.size());
    assertTrue(matches > 1000, "matches compared: " + matches);
  }

  private static List<String> spans(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.start() + "-" + m.end());
    return out;
  }
}
