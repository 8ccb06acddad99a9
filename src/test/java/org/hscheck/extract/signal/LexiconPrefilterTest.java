package org.hscheck.extract.signal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.hscheck.document.DocumentException;
import org.hscheck.document.DocumentReaders;
import org.hscheck.document.ReadLimits;
import org.hscheck.extract.text.PatternSet;
import org.hscheck.extract.text.Sentence;
import org.hscheck.extract.text.Sentences;
import org.junit.jupiter.api.Test;

/** The prefilter never hides a cue that matches: every sentence of every sample, against every language's cues. */
class LexiconPrefilterTest {

  @Test
  void everyMatchingCueIsACandidate() throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("sample-proposals"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(docx|doc|pdf)$")).sorted().toList()) {
        try {
          var doc = DocumentReaders.read(Files.readAllBytes(f), f.getFileName().toString(), ReadLimits.defaults());
          for (Sentence s : Sentences.of(doc)) {
            texts.add(s.folded());
            if (!s.columnHead().isEmpty()) texts.add(s.columnHead().toLowerCase());
          }
        } catch (DocumentException e) {
          // the image-only scan has no text
        }
      }
    }
    assertTrue(texts.size() > 1000, "sentences read: " + texts.size());
    int matches = 0;
    for (String language : List.of("en", "fr", "es")) {
      for (PatternSet set : List.of(Lexicon.cueSet(language), Lexicon.SECTORS.get(language))) {
        for (String text : texts) {
          BitSet candidates = set.candidates(text);
          for (int i = 0; i < set.patterns().size(); i++) {
            if (set.patterns().get(i).matcher(text).find()) {
              matches++;
              assertTrue(candidates.get(i), "pattern " + set.patterns().get(i) + " matches but was filtered out: " + text);
            }
          }
        }
      }
    }
    assertTrue(matches > 1000, "cue matches checked: " + matches);
  }
}
