package org.hscheck.extract.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortNamesTest {

  @Test
  void aDistinctiveFirstWordTheDocumentUsesAloneIsAShortName() {
    List<String> texts = List.of("Khuphuka Women's Resource Centre trains the safety committees.",
        "The committees were trained by Khuphuka in 2023.",
        "The working group includes the district, Khuphuka and two elected young women.");
    assertThat(ShortNames.of("Khuphuka Women's Resource Centre", texts)).containsExactly("Khuphuka");
  }

  @Test
  void theFirstWordsTheDocumentUsesAloneAreAShortName() {
    List<String> texts = List.of("Dar al-Amal Counselling Association runs the mobile teams.",
        "UNICEF funds and supervises Dar al-Amal and the women's centre.",
        "Its members are the agencies' officers, the counsellors, Dar al-Amal and the camp committees.");
    assertThat(ShortNames.of("Dar al-Amal Counselling Association", texts)).containsExactly("Dar al-Amal Counselling", "Dar al-Amal");
    // ordinary opening words alone are no name, whatever their use
    List<String> common = List.of("It trains national women and then National Women reach the districts, and then National Women lead.");
    assertThat(ShortNames.of("National Women Lawyers Association", common)).containsExactly("National Women Lawyers");
  }

  @Test
  void aFirstWordUsedAloneOnlyOnceOrOnlyBeforeTheRestOfTheNameIsNot() {
    assertThat(ShortNames.of("Khuphuka Women's Resource Centre",
        List.of("Khuphuka Women's Resource Centre trains mentors.", "The forum includes Khuphuka Women's Resource Centre.",
            "The working group includes Khuphuka and the clinic."))).isEmpty();
  }

  @Test
  void aFirstWordAtTheStartOfSentencesIsNotCountedAsUsedAlone() {
    assertThat(ShortNames.of("Ubuntu Settlement Health Trust",
        List.of("Ubuntu is a Zulu word.", "Ubuntu guides the dialogues."))).containsExactly("Ubuntu Settlement Health");
  }

  @Test
  void anOrdinaryOpeningWordNeverStandsForTheOrganisation() {
    List<String> texts = List.of("It reports to the National Treasury and to the National AIDS Council.",
        "The steering committee follows the National plan and the Community plan.",
        "It meets the National and the Community representatives twice.");
    assertThat(ShortNames.of("National Women's Council", texts)).isEmpty();
    assertThat(ShortNames.of("Community Health Network", texts)).containsExactly("Community Health");
  }

  @Test
  void aGenericLastWordCanBeLeftOut() {
    assertThat(ShortNames.of("Sewalanka Foundation", List.of())).containsExactly("Sewalanka");
    assertThat(ShortNames.of("Fundación Bosque y Río", List.of())).isEmpty();
  }
}
