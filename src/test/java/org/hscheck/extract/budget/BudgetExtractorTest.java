package org.hscheck.extract.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hscheck.extract.org.TestDocs.doc;
import static org.hscheck.extract.org.TestDocs.p;
import static org.hscheck.extract.org.TestDocs.row;
import static org.hscheck.extract.org.TestDocs.sec;
import static org.hscheck.extract.org.TestDocs.table;

import java.math.BigDecimal;
import org.hscheck.document.ProposalDocument;
import org.hscheck.extract.BudgetTable;
import org.junit.jupiter.api.Test;

class BudgetExtractorTest {
  private final BudgetExtractor extractor = new BudgetExtractor();

  private BudgetExtraction run(ProposalDocument d) {
    return extractor.extract(d, d.metadata().language());
  }

  private static BigDecimal usd(String s) {
    return new BigDecimal(s).setScale(2);
  }

  @Test
  void budgetByOrganisationWithTotal() {
    var r = run(doc("en", sec("Budget", p("Table 2: Budget by implementing organisation (USD)"),
        table(row("Organisation", "Year 1", "Year 2", "Total"),
            row("UNDP", "200,000", "250,000", "450,000"),
            row("UNICEF", "150,000", "150,000", "300,000"),
            row("Total", "350,000", "400,000", "750,000")))));
    assertThat(r.tables()).singleElement().satisfies(t -> {
      assertThat(t.byOrganisation()).isTrue();
      assertThat(t.lines()).extracting(BudgetTable.BudgetLine::label).containsExactly("UNDP", "UNICEF");
      assertThat(t.statedTotal()).isEqualTo(usd("750000"));
      assertThat(t.computedTotal()).isEqualTo(usd("750000"));
      assertThat(t.currency()).isEqualTo("USD");
    });
    assertThat(r.summary().programmeTotal()).isEqualTo(usd("750000"));
    assertThat(r.summary().communicationAmount()).isNull();
  }

  @Test
  void detailedBudgetWithSubtotalsAndCommunication() {
    var r = run(doc("en", sec("Detailed budget", table(row("Budget line", "Amount (US$)"),
        row("Staff and personnel", "400,000.00"),
        row("Training workshops", "250,000.00"),
        row("Communication and visibility", "30,000.00"),
        row("Sub-total direct costs", "680,000.00"),
        row("Programme support costs (7%)", "47,600.00"),
        row("Grand total", "727,600.00")))));
    BudgetTable t = r.tables().get(0);
    assertThat(t.lines()).hasSize(4);
    assertThat(t.byOrganisation()).isFalse();
    assertThat(t.lines()).filteredOn(BudgetTable.BudgetLine::communication).singleElement()
        .satisfies(l -> assertThat(l.amount()).isEqualTo(usd("30000")));
    assertThat(t.statedTotal()).isEqualTo(usd("727600"));
    assertThat(t.computedTotal()).isEqualTo(usd("727600"));
    assertThat(r.summary().communicationAmount()).isEqualTo(usd("30000"));
    assertThat(r.summary().communicationPercent()).isEqualByComparingTo("4.12");
  }

  @Test
  void aTotalRowClosingATableWithoutGrandTotalIsItsStatedTotal() {
    var r = run(doc("en", sec("Budget", p("Table 3: Direct costs by category (USD)"),
        table(row("Category", "Amount"),
            row("Violence interruption and mediation", "196,000"),
            row("Communication and outreach", "40,000"),
            row("Transport", "44,000"),
            row("Total direct costs", "300,000")))));
    assertThat(r.tables()).singleElement().satisfies(t -> {
      assertThat(t.statedTotal()).isEqualByComparingTo("300000");
      assertThat(t.computedTotal()).isEqualByComparingTo("280000");
      // "mediation" is no media work
      assertThat(t.lines()).filteredOn(BudgetTable.BudgetLine::communication).extracting(BudgetTable.BudgetLine::label)
          .containsExactly("Communication and outreach");
    });
    var services = run(doc("en", sec("Budget", table(row("Category", "Amount"),
        row("Migration desks, palika procedures and MRC outreach", "148,000"),
        row("Communication and outreach", "34,000"), row("Total", "182,000")))));
    assertThat(services.tables().get(0).lines()).filteredOn(BudgetTable.BudgetLine::communication)
        .extracting(BudgetTable.BudgetLine::label).containsExactly("Communication and outreach");
    // "information" holds the French "formation" (training), which makes a line a mixed one only as a word of its own
    var information = run(doc("en", sec("Budget", table(row("Category", "Amount"),
        row("Public information, radio and visibility", "84,000"), row("Formation, information et visibilité", "20,000"),
        row("Transport", "16,000"), row("Total", "120,000")))));
    assertThat(information.tables().get(0).lines()).filteredOn(BudgetTable.BudgetLine::communication)
        .extracting(BudgetTable.BudgetLine::label).containsExactly("Public information, radio and visibility");
    // a "Direct costs" row closing the category lines, with no word "total", is a sub-total
    var matrix = run(doc("en", sec("Budget", p("Table 2: Budget by category and UN organization (USD)"),
        table(row("Category", "UNICEF", "UNDP", "Total"),
            row("Staff", "210,000", "110,000", "320,000"), row("Grants", "365,000", "380,000", "745,000"),
            row("Direct costs", "575,000", "490,000", "1,065,000"), row("Support costs (7%)", "40,250", "34,300", "74,550"),
            row("Total", "615,250", "524,300", "1,139,550")))));
    assertThat(matrix.tables().get(0).computedTotal()).isEqualByComparingTo("1139550");
    var subtotals = run(doc("en", sec("Budget", table(row("Budget line", "Amount"),
        row("Staff", "100,000"), row("Sub-total staff", "100,000"),
        row("Activities", "200,000"), row("Sub-total activities", "200,000")))));
    assertThat(subtotals.tables().get(0).statedTotal()).isNull();
  }

  @Test
  void aLineMixingCommunicationWithOtherCostsIsNoCommunicationAmount() {
    var r = run(doc("en", sec("Budget", table(row("Output", "Lead", "Budget (USD)"),
            row("1. Joint projects", "UNDP", "520,000"),
            row("Programme management, monitoring and evaluation, communication", "UNDP", "320,000"),
            row("Total", "", "840,000"))),
        sec("Communication", p("Communication and outreach are budgeted at 2 per cent of the budget."))));
    assertThat(r.tables().get(0).lines()).noneMatch(BudgetTable.BudgetLine::communication);
    assertThat(r.summary().communicationPercent()).isEqualByComparingTo("2");
  }

  @Test
  void theOutreachOfAHealthServiceIsNoCommunicationLine() {
    var r = run(doc("en", sec("Budget", table(row("Category", "Amount"),
        row("HIV prevention, testing and PrEP outreach (outreach days, self-test kits, condoms)", "238,000"),
        row("Communication and outreach", "39,000"),
        row("Travel", "64,000"),
        row("Total direct costs", "341,000")))));
    assertThat(r.tables().get(0).lines()).filteredOn(BudgetTable.BudgetLine::communication)
        .extracting(BudgetTable.BudgetLine::label).containsExactly("Communication and outreach");
    assertThat(r.summary().communicationAmount()).isEqualTo(usd("39000"));
  }

  @Test
  void aCommunicationAmountInAProseListIsTheOneOfItsOwnItem() {
    var r = run(doc("es", p("El monto total solicitado es de USD 1,926,000. Por categoría: transferencias a contrapartes, "
        + "USD 150,000; comunicación y difusión, USD 54,000, equivalentes al 3 % de los costos directos; y gastos "
        + "generales, USD 36,000.")));
    assertThat(r.summary().communicationAmount()).isEqualTo(usd("54000"));
  }

  @Test
  void theAmountRequestedOnTheCoverIsReadBesideTheTablesTotal() {
    var cover = table(row("Programme title", "Safe and strong"), row("Lead agency", "UNFPA"),
        row("Participating UN organizations", "UNFPA, UNICEF, WFP"), row("Duration", "36 months"),
        row("Total requested from the UNTFHS", "USD 1,926,000"));
    var budget = table(row("Organization", "Total (USD)"), row("UNFPA", "813,200"), row("UNICEF", "556,400"),
        row("WFP", "492,200"), row("Total", "1,861,800"));
    var r = run(doc("en", sec("Cover", cover), sec("Budget", budget)));
    assertThat(r.summary().programmeTotal()).isEqualTo(usd("1861800"));
    assertThat(r.summary().requested()).isEqualTo(usd("1926000"));
    assertThat(r.summary().requestedEvidence().quote()).contains("Total requested");
    var otherCurrency = run(doc("es", sec("Ficha", table(row("Monto solicitado", "US$ 1,498,000"), row("Duración", "36 meses"))),
        sec("Presupuesto", table(row("Categoría", "Monto"), row("Personal", "EUR 3,000,000"), row("Equipos", "EUR 2,000,000"),
            row("Total", "EUR 5,000,000")))));
    assertThat(otherCurrency.summary().programmeTotal()).isEqualTo(usd("5000000"));
    assertThat(otherCurrency.summary().requested()).isNull();
    var cofunded = run(doc("en", sec("Summary", p("The amount requested, with co-funding from the ministry, is USD 2,500,000.")),
        sec("Budget", budget)));
    assertThat(cofunded.summary().requested()).isNull();
  }

  @Test
  void aRowTotalBesideItsYearsIsCheckedAcross() {
    var r = run(doc("es", sec("Presupuesto", table(row("Agencia", "Año 1", "Año 2", "Total"),
        row("PNUD", "600.000", "565.000", "1.170.000"), row("OPS/OMS", "400.000", "330.000", "730.000"),
        row("Total", "1.000.000", "895.000", "1.900.000")))));
    BudgetTable t = r.tables().get(0);
    assertThat(t.rowSums()).extracting(BudgetTable.RowSum::parts, BudgetTable.RowSum::total).containsExactly(
        org.assertj.core.groups.Tuple.tuple(usd("1165000"), usd("1170000")),
        org.assertj.core.groups.Tuple.tuple(usd("730000"), usd("730000")),
        org.assertj.core.groups.Tuple.tuple(usd("1895000"), usd("1900000")));
  }

  @Test
  void aTotalThatIsAProductOfUnitsAndPriceIsNotCheckedAcross() {
    var r = run(doc("en", sec("Budget", table(row("Item", "Units", "Unit cost", "Total (USD)"),
        row("Motorbikes", "4", "3,000", "12,000"), row("Radios", "10", "200", "2,000"), row("Total", "", "", "14,000")))));
    assertThat(r.tables().get(0).rowSums()).isEmpty();
    assertThat(r.tables().get(0).computedTotal()).isEqualTo(usd("14000"));
  }

  @Test
  void inconsistentTotalIsReportedAsStated() {
    var r = run(doc("en", table(row("Agency", "Budget (USD)"), row("UNDP", "100,000"), row("WHO", "50,000"),
        row("Total", "175,000"))));
    BudgetTable t = r.tables().get(0);
    assertThat(t.statedTotal()).isEqualTo(usd("175000"));
    assertThat(t.computedTotal()).isEqualTo(usd("150000"));
  }

  @Test
  void frenchTableWithSpacesAndCommaDecimals() {
    var r = run(doc("fr", sec("Budget", table(row("Rubrique", "Montant (USD)"),
        row("Personnel", "120 000,00"), row("Communication et visibilité", "6 000,00"),
        row("Sous-total", "126 000,00"), row("Total général", "126 000,00")))));
    BudgetTable t = r.tables().get(0);
    assertThat(t.lines()).hasSize(2);
    assertThat(t.statedTotal()).isEqualTo(usd("126000"));
    assertThat(r.summary().communicationAmount()).isEqualTo(usd("6000"));
  }

  @Test
  void spanishTableWithDotThousands() {
    var r = run(doc("es", sec("Presupuesto", table(row("Organismo", "Monto (US$)"),
        row("PNUD", "1.200.000"), row("OIM", "800.000"), row("Total general", "2.000.000")))));
    BudgetTable t = r.tables().get(0);
    assertThat(t.byOrganisation()).isTrue();
    assertThat(t.statedTotal()).isEqualTo(usd("2000000"));
    assertThat(t.computedTotal()).isEqualTo(usd("2000000"));
  }

  @Test
  void outputRowsThatSumTheirActivitiesCountOnce() {
    var r = run(doc("en", table(row("Item", "Amount USD"), row("Output 1: shelters", "300,000"),
        row("Activity 1.1 build", "200,000"), row("Activity 1.2 equip", "100,000"),
        row("Output 2: training", "50,000"), row("Activity 2.1 train", "50,000"),
        row("Total", "350,000"))));
    assertThat(r.tables().get(0).computedTotal()).isEqualTo(usd("350000"));
  }

  @Test
  void labelColumnChosenByItsHeaderWhenAnotherColumnHoldsStrayText() {
    var r = run(doc("en", table(row("stray text from a column", "Agency", "Amount (USD)"),
        row("more stray text", "IOM", "620,000"), row("and more", "FAO", "380,000"),
        row("end of stray text.", "Total", "1,000,000"))));
    BudgetTable t = r.tables().get(0);
    assertThat(t.lines()).extracting(BudgetTable.BudgetLine::label).containsExactly("IOM", "FAO");
    assertThat(t.statedTotal()).isEqualTo(usd("1000000"));
    assertThat(t.currency()).isEqualTo("USD");
    assertThat(t.byOrganisation()).isTrue();
  }

  @Test
  void quantityAndUnitCostColumnsAreNotAmounts() {
    var r = run(doc("en", table(row("Item", "Unit", "Quantity", "Unit cost", "Total (USD)"),
        row("Community facilitators", "month", "24", "1,500", "36,000"),
        row("Training workshops", "workshop", "10", "2,000", "20,000"),
        row("Total", "", "", "", "56,000"))));
    BudgetTable t = r.tables().get(0);
    assertThat(t.lines()).extracting(BudgetTable.BudgetLine::amount).containsExactly(usd("36000"), usd("20000"));
    assertThat(t.statedTotal()).isEqualTo(usd("56000"));
  }

  @Test
  void tablesWithoutMoneyAreNotBudgets() {
    var r = run(doc("en", table(row("Activity", "Responsible", "Timing"), row("Train teachers", "UNICEF", "Q1")),
        table(row("Indicator", "Baseline", "Target"), row("Women trained", "0", "500"))));
    assertThat(r.tables()).isEmpty();
    assertThat(r.summary()).isNull();
  }

  @Test
  void proseGivesTheTotalWhenThereIsNoTable() {
    var r = run(doc("en", p("The programme has a total budget of US$ 2,450,000, of which US$ 50,000 is for "
        + "communication and outreach.")));
    assertThat(r.tables()).isEmpty();
    assertThat(r.summary().programmeTotal()).isEqualTo(usd("2450000"));
    assertThat(r.summary().currency()).isEqualTo("US$");
    assertThat(r.summary().communicationAmount()).isEqualTo(usd("50000"));
  }

  @Test
  void aBudgetByOrganisationInProseIsReadAsItsLinesAndTotal() {
    var r = run(doc("en", p("The total budget requested from the Trust Fund is USD 2,030,900. Direct costs amount to USD "
        + "1,870,000, to which support costs of USD 130,900 are added. By organization, UNDP will receive USD 1,005,800 "
        + "(USD 940,000 in direct costs and USD 65,800 in support costs), FAO USD 663,400 (USD 620,000 and USD 43,400) "
        + "and UNICEF USD 331,700 (USD 310,000 and USD 21,700).")));
    assertThat(r.tables()).singleElement().satisfies(t -> {
      assertThat(t.lines()).extracting(BudgetTable.BudgetLine::amount)
          .containsExactly(usd("1005800"), usd("663400"), usd("331700"));
      assertThat(t.statedTotal()).isEqualTo(usd("2030900"));
      assertThat(t.computedTotal()).isEqualTo(usd("2000900"));
    });
    var es = run(doc("es", p("El monto total solicitado al Fondo es de USD 1,926,000, de los cuales USD 1,800,000 son costos "
        + "directos y USD 126,000 costos de apoyo del 7 %. Por organización, la FAO recibirá USD 802,500 (750,000 en costos "
        + "directos), el PNUD USD 642,000 y UNICEF USD 481,500.")));
    assertThat(es.tables()).singleElement().satisfies(t -> assertThat(t.computedTotal()).isEqualTo(t.statedTotal()));
    var one = run(doc("en", p("The programme has a total budget of US$ 2,450,000, of which UNDP will receive US$ 1,200,000.")));
    assertThat(one.tables()).isEmpty();
    assertThat(one.summary().programmeTotal()).isEqualTo(usd("2450000"));
  }

  @Test
  void sharesByOrganisationInTheTextBesideATableByCategoryMustAddUpToo() {
    var category = table(row("Category", "USD"), row("Staff", "800 000"), row("Activities", "650 000"), row("Total", "1 450 000"));
    var r = run(doc("fr", p("Le budget total du programme s'élève à 1 450 000 USD sur trois ans. L'UNFPA gérera 610 000 USD "
        + "(résultat 1), l'OIT 415 000 USD (résultat 2) et l'OIM 375 000 USD (résultat 3)."), category));
    assertThat(r.tables()).hasSize(2).anySatisfy(t -> {
      assertThat(t.byOrganisation()).isTrue();
      assertThat(t.computedTotal()).isEqualByComparingTo("1400000");
      assertThat(t.statedTotal()).isEqualByComparingTo("1450000");
    });
    // another total in the text is another statement, not the shares of the tables' total
    var other = run(doc("fr", p("Le programme national dispose de 9 000 000 USD. L'UNFPA y apporte 610 000 USD et l'OIT "
        + "415 000 USD."), category));
    assertThat(other.tables()).singleElement().satisfies(t -> assertThat(t.byOrganisation()).isFalse());
  }

  @Test
  void noBudgetFiguresGiveAnEmptyExtraction() {
    var r = run(doc("en", p("The project will train 500 women in 12 villages in 2025.")));
    assertThat(r.tables()).isEmpty();
    assertThat(r.summary()).isNull();
  }
}
