package org.hscheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.hscheck.extract.Docs;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void detectsEnglishFrenchAndSpanishFromFunctionWords() {
    assertThat(Languages.detect("The project will work with the district and the communities of the region to"
        + " strengthen services for women.")).isEqualTo("en");
    assertThat(Languages.detect("Le projet sera mis en œuvre avec les communautés et les autorités locales dans"
        + " la région du nord pour renforcer les services.")).isEqualTo("fr");
    assertThat(Languages.detect("El proyecto se ejecutará con las comunidades y los gobiernos locales para"
        + " fortalecer los servicios del municipio y su red.")).isEqualTo("es");
    assertThat(Languages.detect("UNDP 2024")).isEqualTo(Languages.UNDETERMINED);
  }

  @Test
  void prefersTheReadersLanguageAndDetectsWhenUndetermined() {
    String fr = "Le projet sera mis en œuvre avec les communautés et les autorités locales dans la région du nord.";
    assertThat(Languages.of(Docs.in("es").section("1", fr).build())).isEqualTo("es");
    assertThat(Languages.of(Docs.in("und").section("1", fr).build())).isEqualTo("fr");
    assertThat(Languages.of(Docs.in("und").section("1", "UNDP").build())).isEqualTo("en");
  }

  @Test
  void unsupportedLanguagesFallBackToEnglish() {
    assertThat(java.util.Arrays.asList("fr", "es", "en", "de", "und", null)
        .stream().map(Languages::orEnglish).toList()).containsExactly("fr", "es", "en", "en", "en", "en");
  }
}
