package org.hscheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void english() {
    assertThat(LanguageDetector.detect("The programme will protect the communities that were displaced by the "
        + "conflict and it has been designed with their leaders.")).isEqualTo("en");
  }

  @Test
  void french() {
    assertThat(LanguageDetector.detect("Le programme protège les communautés déplacées par le conflit et il a été "
        + "conçu avec leurs représentants dans les villages.")).isEqualTo("fr");
  }

  @Test
  void spanish() {
    assertThat(LanguageDetector.detect("El programa protege a las comunidades desplazadas por el conflicto y fue "
        + "diseñado con sus líderes en los municipios del departamento.")).isEqualTo("es");
  }

  @Test
  void tooShortOrNoWordsIsUndetermined() {
    assertThat(LanguageDetector.detect("UNDP 250,000")).isEqualTo("und");
    assertThat(LanguageDetector.detect("")).isEqualTo("und");
  }
}
