package org.hscheck.extract.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1,234,567|1234567.00",
      "1 234 567,50|1234567.50",
      "1\u00A0234\u00A0567,50|1234567.50",
      "1.234.567|1234567.00",
      "1.234.567,89|1234567.89",
      "1,234,567.89|1234567.89",
      "US$ 250,000|250000.00",
      "USD 250,000.00|250000.00",
      "$1.2 million|1200000.00",
      "2,5 millions|2500000.00",
      "250 000 €|250000.00",
      "45000|45000.00",
      "12.50|12.50",
      "3,75|3.75"})
  void parsesCells(String cell, String expected) {
    assertThat(Amounts.cell(cell)).get().extracting(Amounts.Money::value).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"3%", "Output 1.2 training", "Q1-Q4", "n/a", "1,2,3", "''"})
  void rejectsWhatIsNotAnAmount(String cell) {
    assertThat(Amounts.cell(cell)).isEmpty();
  }

  @Test
  void currencyKeptAsPrinted() {
    assertThat(Amounts.cell("US$ 250,000")).get().extracting(Amounts.Money::currency).isEqualTo("US$");
    assertThat(Amounts.cell("250 000 €")).get().extracting(Amounts.Money::currency).isEqualTo("€");
  }

  @Test
  void findsAmountsInProse() {
    var f = Amounts.inProse("The programme has a total budget of US$ 2,450,000 over three years.", 0);
    assertThat(f).get().extracting(x -> x.money().value()).isEqualTo(new BigDecimal("2450000.00"));
    var fr = Amounts.inProse("Le budget total est de 1,5 million de dollars.", 0);
    assertThat(fr).get().extracting(x -> x.money().value()).isEqualTo(new BigDecimal("1500000.00"));
    assertThat(Amounts.inProse("Three districts and 12 villages in 2024.", 0)).isEmpty();
  }
}
