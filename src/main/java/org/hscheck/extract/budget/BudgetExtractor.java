package org.hscheck.extract.budget;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hscheck.document.Block;
import org.hscheck.document.Location;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.Table;
import org.hscheck.extract.BudgetSummary;
import org.hscheck.extract.BudgetTable;
import org.hscheck.extract.BudgetTable.BudgetLine;
import org.hscheck.extract.Evidence;
import org.hscheck.extract.org.OrganisationNames;
import org.hscheck.extract.text.PatternSet;

/**
 * Reads a proposal's budget tables into numbers: which column holds the amounts, which rows are lines and which
 * are totals ("Total", "Grand total", "Sous-total", "Total general"), whether the lines are per organisation, and
 * which lines are communication and outreach. The summary takes the programme total from the tables (the largest
 * stated total, else the largest sum of lines), or from prose ("a total budget of US$ 2,450,000") when there is no
 * table. English, French and Spanish headings and labels.
 */
public final class BudgetExtractor {
  private static final int MAX_QUOTE = 300;

  /** The budget tables and the summary; an empty result when the proposal gives no budget figures. */
  public BudgetExtraction extract(ProposalDocument document, String language) {
    String lang = language == null ? "und" : language;
    List<BudgetTable> tables = new ArrayList<>();
    String previousText = "";
    for (Block b : document.blocks()) {
      if (b instanceof Table t) {
        readTables(t, caption(t, previousText), lang, tables);
      } else {
        previousText = b.text();
      }
    }
    if (tables.isEmpty()) {
      proseBreakdown(document, lang).ifPresent(tables::add);
    } else if (tables.stream().noneMatch(BudgetTable::byOrganisation)) {
      // tables by category only, and the text shares the same total among the organisations ("L'UNFPA gérera 610 000 USD,
      // l'OIT 415 000 USD ..."): the shares are the budget by organisation, and must add up too
      proseBreakdown(document, lang).filter(p -> tables.stream().anyMatch(t -> sameTotal(t, p))).ifPresent(tables::add);
    }
    BudgetSummary summary = tables.isEmpty() ? fromProse(document) : fromTables(tables, document);
    if (summary != null && !tables.isEmpty()) summary = withRequested(summary, document);
    return new BudgetExtraction(tables, summary);
  }

  /**
   * The amount requested from the Trust Fund, stated apart from the budget tables: a two-cell row of another table
   * ("Total requested from the UNTFHS | USD 1,926,000"), or a sentence ("the amount requested is USD 1,926,000").
   */
  private static final Pattern REQUESTED = Pattern.compile(
      "\\b(?:(?:total |amount |funding |budget )?requested|request(?:ed)? (?:amount|budget|funding)|montant (?:total )?(?:demande|sollicite)"
          + "|(?:total|budget) (?:demande|sollicite)|(?:monto|total|presupuesto) (?:total )?solicitado)\\b");

  private static BudgetSummary withRequested(BudgetSummary summary, ProposalDocument document) {
    for (Block b : document.blocks()) {
      if (b instanceof Table t) {
        for (Table.Row r : t.rows()) {
          if (r.cells().size() != 2) continue;
          String label = fold(r.cells().get(0).text());
          Optional<Amounts.Money> money = Amounts.cell(r.cells().get(1).text());
          if (money.isPresent() && REQUESTED.matcher(label).find() && !MIXED_FUNDING.matcher(label).find()
              && sameCurrency(money.get().currency(), summary.currency())) {
            String quote = r.cells().get(0).text() + " | " + r.cells().get(1).text();
            return summary.withRequested(money.get().value(), evidence(quote, t.location(), 0, 0));
          }
        }
      } else {
        String text = b.text();
        if (text.chars().noneMatch(Character::isDigit)) continue; // no amount to state
        String folded = fold(text);
        Matcher m = REQUESTED.matcher(folded);
        while (m.find()) {
          Optional<Amounts.Found> money = Amounts.inProse(text, m.end());
          if (money.isEmpty() || money.get().start() - m.end() > REQUESTED_REACH) continue;
          String sentence = sentenceAround(text, m.start(), money.get().end());
          if (MIXED_FUNDING.matcher(fold(sentence)).find() || !sameCurrency(money.get().money().currency(), summary.currency())) continue;
          return summary.withRequested(money.get().money().value(),
              evidence(sentence, b.location(), 0, text.length()));
        }
      }
    }
    return summary;
  }

  /** True when both currencies are known and name the same one ("US$", "$" and "USD" are one). */
  private static boolean sameCurrency(String a, String b) {
    String x = currencyCode(a);
    return !x.isEmpty() && x.equals(currencyCode(b));
  }

  private static String currencyCode(String c) {
    String s = c == null ? "" : c.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    return switch (s) {
      case "US$", "$", "USD", "DOLLARS", "DÓLARES", "DOLARES" -> "USD";
      case "€", "EUR", "EUROS" -> "EUR";
      default -> s;
    };
  }

  /** Characters between the words of a request and its amount in a sentence. */
  private static final int REQUESTED_REACH = 60;
  /** Co-funding, or a share of the request: the amount is then not the whole request the tables cost. */
  private static final Pattern MIXED_FUNDING = Pattern.compile(
      "\\b(?:co[- ]?funding|co[- ]?financ\\w*|cofinanc\\w*|contribution (?:of|from|de|du)|in[- ]kind|en nature|en especie|per year|par an|por ano"
          + "|first year|premiere annee|primer ano|phase|tranche|of which|dont|de los cuales|de ellos)\\b");

  private static void readTables(Table t, String caption, String lang, List<BudgetTable> out) {
    read(t, caption, lang).ifPresent(out::add);
    for (Table.Row r : t.rows()) {
      for (Table.Cell c : r.cells()) for (Table n : c.nested()) readTables(n, caption, lang, out);
    }
  }

  private static final Pattern CAPTION = Pattern.compile("^(?:table|tableau|cuadro|tabla|annex|annexe|anexo)\\b.{0,150}$",
      Pattern.CASE_INSENSITIVE);

  private static String caption(Table t, String previousText) {
    String prev = previousText.strip();
    if (CAPTION.matcher(prev).matches() || prev.length() <= 150 && BUDGET_WORDS.matcher(fold(prev)).find()) return prev;
    return t.location().section();
  }

  // ---- one table ----

  private static final Pattern BUDGET_WORDS = Pattern.compile(
      "\\b(?:budget|budgets|budgetary|amount|amounts|total|totals|cost|costs|usd|us\\$|\\$|eur|€|funding|financial"
          + "|montant|montants|cout|couts|financement|budgetaire|presupuesto|presupuestos|monto|montos|costo|costos"
          + "|importe|financiamiento|financiacion|presupuestario)(?![\\p{L}])");
  private static final Pattern NOT_AMOUNT_COLUMN = Pattern.compile(
      "\\b(?:qty|quantity|quantities|units?|unit cost|unit price|cost per unit|per unit|no\\.?|number|nombre|quantite"
          + "|cout unitaire|prix unitaire|unite|cantidad|unidad|costo unitario|precio unitario|%|percent|percentage"
          + "|pourcentage|porcentaje|share|part|year|annee|ano|days?|jours?|dias?|months?|mois|meses|rate|taux|tasa"
          + "|code|ref|reference|line|ligne|linea|object class|categorie|categoria)\\b|^#$");
  private static final Pattern TOTAL_COLUMN = Pattern.compile("\\btotal\\b");
  private static final Pattern AMOUNT_COLUMN = Pattern.compile(
      "\\b(?:amount|budget|cost|costs|usd|us\\$|eur|montant|cout|couts|monto|presupuesto|costo|importe|total)\\b|\\$|€");
  private static final Pattern GRAND_TOTAL = Pattern.compile(
      "^(?:grand |overall )?total(?: general| global| generale)?(?: (?:programme|program|project|projet|proyecto|programa"
          + "|du|del|de|la|le|of|the|for|budget|budgetaire|presupuesto|cost|costs|cout|couts|costo|costos|amount|montant"
          + "|monto|requested|request|requested from|untfhs|usd|us\\$|eur|general|global|estimated|estime|estimado"
          + "|contribution|budget request))*$|^(?:budget|montant|cout|costo|monto|presupuesto) (?:total|global)(?: .*)?$");
  private static final Pattern SUB_TOTAL = Pattern.compile("^(?:sub ?totals?|sous ?totals?|subtotal(?:es)?|total\\b)");
  private static final Pattern COMMUNICATION = Pattern.compile(
      "communicat|(?<!(?:mrc|health|mobile|medical|clinical|testing|service|legal|field) )outreach|visibility|dissemination|public information|media(?!tion|tor|teur|cion|dor)|advocacy material|knowledge product"
          + "|visibilite|diffusion|plaidoyer|comunicacion|difusion|visibilidad|divulgacion|materiales de incidencia");
  /** A health or social service that goes out to people: its "outreach" is the service, not communication. */
  private static final Pattern SERVICE = Pattern.compile(
      "\\b(?:hiv|vih|aids|sida|testing|tests?|depistage|prueba|prep|condoms?|preservatifs?|condones|vaccinat\\w*|vacunaci\\w*|immuni[sz]\\w*"
          + "|clinics?|cliniques?|clinicas?|health|sante|salud|nurses?|infirmier\\w*|enfermer\\w*|nutrition|nutricion)\\b");

  /**
   * A line of communication costs: it names communication, and no other kind of cost (a mixed line), and its only word
   * for it is not the outreach of a health service ("HIV testing and PrEP outreach (outreach days, self-test kits)").
   */
  private static boolean communicationLine(String folded) {
    Matcher m = COMMUNICATION.matcher(folded);
    if (!m.find() || MIXED_WITH.matcher(folded).find()) return false;
    if (!SERVICE.matcher(folded).find()) return true;
    do {
      if (!m.group().equals("outreach")) return true;
    } while (m.find());
    return false;
  }

  /** Other costs that make a line naming communication a mixed one ("Programme management, M&E, communication"). */
  private static final Pattern MIXED_WITH = Pattern.compile(
      "\\b(?:(?:programme|program|project|joint) management|monitoring|evaluation|staff|personnel|operating|operations"
          + "|administration|gestion (?:du|de la|des) (?:programme|projet)|suivi|fonctionnement|seguimiento|evaluacion"
          + "|gestion del (?:programa|proyecto)|personal\\b"
          // "Guardia indígena: formación, dotación y comunicaciones": training and equipment with radios
          + "|training|formation|formacion|capacitacion|equipment|equipement|equipo|dotacion|supplies|fournitures|suministros)");
  private static final Pattern ORG_COLUMN = Pattern.compile(
      "organi[sz]ation|agency|agencies|agence|organisme|organismo|entity|entidad|partner|partenaire|socio"
          + "|implementing|participating");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

  private static Optional<BudgetTable> read(Table t, String caption, String lang) {
    List<Table.Row> rows = t.rows();
    if (rows.size() < 2) return Optional.empty();
    int headerRows = t.headerRows();
    if (headerRows == 0 && !hasAmount(rows.get(0))) headerRows = 1;
    headerRows = Math.min(headerRows, rows.size() - 1);
    int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<String> header = new ArrayList<>();
    StringBuilder rawHeader = new StringBuilder();
    for (int c = 0; c < width; c++) {
      StringBuilder h = new StringBuilder();
      for (int r = 0; r < headerRows; r++) {
        List<Table.Cell> cells = rows.get(r).cells();
        if (c < cells.size()) h.append(' ').append(cells.get(c).text());
      }
      rawHeader.append(' ').append(h);
      header.add(fold(h.toString().strip()));
    }
    String context = fold(caption + " " + String.join(" ", header));
    int amountColumn = amountColumn(rows, headerRows, header, width);
    if (amountColumn < 0) return Optional.empty();
    if (!BUDGET_WORDS.matcher(context).find() && !currencyInColumn(rows, headerRows, amountColumn)) {
      return Optional.empty();
    }
    List<BudgetLine> lines = new ArrayList<>();
    List<BudgetTable.RowSum> rowSums = new ArrayList<>();
    BigDecimal statedTotal = null;
    // a "Total direct costs" row that ends a table without a grand total states that table's total
    BigDecimal closingTotal = null;
    String currency = currencyOf(caption + " " + rawHeader);
    int labelColumn = labelColumn(rows, headerRows, header, amountColumn);
    List<Integer> parts = partColumns(header, labelColumn, amountColumn);
    int orgLabels = 0;
    int offset = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = rows.get(r).cells().stream().map(Table.Cell::text).toList();
      String rowText = String.join("\t", cells);
      int rowStart = offset;
      offset += rowText.length() + 1;
      if (r < headerRows || amountColumn >= cells.size()) continue;
      Optional<Amounts.Money> money = Amounts.cell(cells.get(amountColumn));
      if (money.isEmpty()) continue;
      if (currency.isEmpty()) currency = money.get().currency();
      String label = label(cells, labelColumn, amountColumn);
      String folded = labelKey(label);
      Evidence ev = evidence(String.join(" | ", cells), t.location(), rowStart, rowStart + rowText.length());
      rowSum(cells, parts, money.get().value(), label, ev).ifPresent(rowSums::add);
      List<String> labels = cells.subList(0, amountColumn).stream().map(BudgetExtractor::labelKey).toList();
      if (labels.stream().anyMatch(c -> GRAND_TOTAL.matcher(c).matches())) {
        statedTotal = money.get().value();
        continue;
      }
      if (labels.stream().anyMatch(c -> SUB_TOTAL.matcher(c).find())) {
        closingTotal = labels.stream().anyMatch(c -> c.startsWith("total")) ? money.get().value() : null;
        continue;
      }
      if (label.isEmpty()) continue;
      closingTotal = null;
      if (OrganisationNames.namesOrganisation(label, lang)) orgLabels++;
      // a mixed line does not say what communication costs: the prose may
      boolean communication = communicationLine(folded);
      lines.add(new BudgetLine(label, money.get().value(), communication, ev));
    }
    if (statedTotal == null && !lines.isEmpty()) statedTotal = closingTotal;
    if (lines.isEmpty() && statedTotal == null) return Optional.empty();
    if (statedTotal != null && sum(lines).compareTo(statedTotal) != 0) {
      List<BudgetLine> leaves = withoutGroupRows(lines);
      List<BudgetLine> unsubtotalled = withoutClosingSubtotals(lines);
      if (sum(leaves).compareTo(statedTotal) == 0) lines = leaves;
      else if (sum(unsubtotalled).compareTo(statedTotal) == 0) lines = unsubtotalled;
    }
    String labelHeader = header.isEmpty() ? "" : header.get(0);
    boolean byOrg = !lines.isEmpty()
        && (orgLabels * 10 >= lines.size() * 6 || ORG_COLUMN.matcher(labelHeader).find() && orgLabels > 0);
    String title = caption.isBlank() ? String.join(" | ", header).strip() : caption.strip();
    Evidence tableEvidence = evidence(title.isEmpty() ? "budget table" : title, t.location(), 0,
        t.location().charEnd() - t.location().charStart());
    return Optional.of(new BudgetTable(title, currency, lines, statedTotal, byOrg, tableEvidence, rowSums));
  }

  /** A column of years or periods ("Año 1", "Year 2", "2025"): parts of a row total, though no amount column. */
  private static final Pattern PERIOD_COLUMN = Pattern.compile("\\b(?:year|annee|ano|y\\d|20\\d\\d|phase|semester|semestre|trimestre|quarter)\\b");

  /**
   * The columns between the label and a "Total" amount column that hold its parts (years, cost types), or none
   * when the amount column is no total or a column between counts units, prices or shares (a total that is a
   * product, not a sum).
   */
  private static List<Integer> partColumns(List<String> header, int labelColumn, int amountColumn) {
    if (amountColumn >= header.size() || !TOTAL_COLUMN.matcher(header.get(amountColumn)).find()) return List.of();
    List<Integer> out = new ArrayList<>();
    for (int c = labelColumn + 1; c < amountColumn; c++) {
      String h = header.get(c);
      if (NOT_AMOUNT_COLUMN.matcher(h).find() && !PERIOD_COLUMN.matcher(h).find()) return List.of();
      out.add(c);
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** The row's parts beside its total, when every part is an amount. */
  private static Optional<BudgetTable.RowSum> rowSum(List<String> cells, List<Integer> parts, BigDecimal total,
                                                      String label, Evidence ev) {
    if (parts.isEmpty()) return Optional.empty();
    BigDecimal sum = BigDecimal.ZERO;
    for (int c : parts) {
      if (c >= cells.size()) return Optional.empty();
      Optional<Amounts.Money> m = Amounts.cell(cells.get(c));
      if (m.isEmpty()) return Optional.empty();
      sum = sum.add(m.get().value());
    }
    return Optional.of(new BudgetTable.RowSum(label, sum, total, ev));
  }

  private static BigDecimal sum(List<BudgetLine> lines) {
    return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Drops rows that only sum the rows under them (an output row whose amount is the total of its activities),
   * so that each amount counts once.
   */
  private static List<BudgetLine> withoutGroupRows(List<BudgetLine> lines) {
    List<BudgetLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!groupCandidate(lines, i)) {
        out.add(lines.get(i));
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      boolean group = false;
      for (int j = i + 1; j < lines.size() && j - i <= 30; j++) {
        sum = sum.add(lines.get(j).amount());
        int cmp = sum.compareTo(lines.get(i).amount());
        if (cmp == 0) {
          group = true;
          break;
        }
        if (cmp > 0) break;
      }
      if (!group) out.add(lines.get(i));
    }
    return out;
  }

  /**
   * The lines without those that close a run of lines with its sum ("Direct costs" after six categories, with no word
   * "total" in its label): used only when that makes the lines meet the stated total.
   */
  private static List<BudgetLine> withoutClosingSubtotals(List<BudgetLine> lines) {
    List<BudgetLine> out = new ArrayList<>();
    BigDecimal run = BigDecimal.ZERO;
    int count = 0;
    for (BudgetLine line : lines) {
      if (count >= 2 && run.compareTo(line.amount()) == 0) {
        run = BigDecimal.ZERO;
        count = 0;
        continue;
      }
      out.add(line);
      run = run.add(line.amount());
      count++;
    }
    return out;
  }

  private static final Pattern GROUP_LABEL = Pattern.compile(
      "^(?:outcome|output|objective|component|result|category|resultat|produit|effet|objectif|composante|axe"
          + "|resultado|producto|objetivo|componente|categoria)\\b");

  private static final Pattern CODE = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)*)");

  /** A row that may head a group: "Output 1: ...", or numbered "1" above "1.1". */
  private static boolean groupCandidate(List<BudgetLine> lines, int i) {
    if (GROUP_LABEL.matcher(fold(lines.get(i).label())).find()) return true;
    if (i + 1 >= lines.size()) return false;
    Matcher a = CODE.matcher(lines.get(i).label());
    Matcher b = CODE.matcher(lines.get(i + 1).label());
    return a.find() && b.find() && b.group(1).startsWith(a.group(1) + ".");
  }

  private static int amountColumn(List<Table.Row> rows, int headerRows, List<String> header, int width) {
    int best = -1;
    int bestScore = 0;
    for (int c = 1; c < width; c++) {
      String h = c < header.size() ? header.get(c) : "";
      if (!h.isEmpty() && NOT_AMOUNT_COLUMN.matcher(h).find() && !TOTAL_COLUMN.matcher(h).find()) continue;
      int numeric = 0;
      int filled = 0;
      for (int r = headerRows; r < rows.size(); r++) {
        List<Table.Cell> cells = rows.get(r).cells();
        if (c >= cells.size() || cells.get(c).text().isBlank()) continue;
        filled++;
        if (Amounts.cell(cells.get(c).text()).isPresent()) numeric++;
      }
      if (numeric == 0 || numeric * 2 < filled) continue;
      int score = TOTAL_COLUMN.matcher(h).find() ? 3 : AMOUNT_COLUMN.matcher(h).find() ? 2 : 1;
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean hasAmount(Table.Row row) {
    return row.cells().stream().skip(1).anyMatch(c -> Amounts.cell(c.text()).isPresent());
  }

  private static boolean currencyInColumn(List<Table.Row> rows, int headerRows, int column) {
    for (int r = headerRows; r < rows.size(); r++) {
      List<Table.Cell> cells = rows.get(r).cells();
      if (column < cells.size()) {
        Optional<Amounts.Money> m = Amounts.cell(cells.get(column).text());
        if (m.isPresent() && !m.get().currency().isEmpty()) return true;
      }
    }
    return false;
  }

  private static String labelKey(String cell) {
    return SPACES.matcher(LABEL_PUNCTUATION.matcher(fold(cell)).replaceAll(" ")).replaceAll(" ").strip();
  }

  private static final Pattern LABEL_PUNCTUATION = Pattern.compile("[:.()\\[\\]*]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern LABEL_HEADER = Pattern.compile(
      "organi[sz]ation|agency|agencies|agence|organisme|organismo|entity|entidad|partner|item|line|description"
          + "|category|categorie|categoria|rubrique|libelle|poste|partida|concepto|rubro|activity|activite|actividad|output"
          + "|produit|producto|component|composante|componente|cost|cout|costo");

  /** The column holding the row labels: the first whose header names labels, else the first with words. */
  private static int labelColumn(List<Table.Row> rows, int headerRows, List<String> header, int amountColumn) {
    for (int c = 0; c < amountColumn && c < header.size(); c++) {
      if (LABEL_HEADER.matcher(header.get(c)).find() && !AMOUNT_COLUMN.matcher(header.get(c)).find()) return c;
    }
    for (int c = 0; c < amountColumn; c++) {
      int withWords = 0;
      int data = 0;
      for (int r = headerRows; r < rows.size(); r++) {
        List<Table.Cell> cells = rows.get(r).cells();
        if (c >= cells.size()) continue;
        data++;
        if (LETTERS.matcher(cells.get(c).text()).find()) withWords++;
      }
      if (data > 0 && withWords * 2 >= data) return c;
    }
    return 0;
  }

  /** The row's label: its label-column cell, else its first cell with words left of the amounts. */
  private static String label(List<String> cells, int labelColumn, int amountColumn) {
    if (labelColumn < cells.size() && LETTERS.matcher(cells.get(labelColumn)).find()) {
      return cells.get(labelColumn).strip();
    }
    String first = "";
    for (int c = 0; c < amountColumn && c < cells.size(); c++) {
      String s = cells.get(c).strip();
      if (first.isEmpty() && !s.isEmpty()) first = s;
      if (LETTERS.matcher(s).find()) return s;
    }
    return first;
  }

  private static final Pattern CURRENCY_WORD = Pattern.compile(
      "US\\s?\\$|USD|U\\.S\\.\\s?\\$|EUR|€|CHF|GBP|£|\\$|(?i:dollars?|d[óo]lares|euros?)");

  private static String currencyOf(String text) {
    Matcher m = CURRENCY_WORD.matcher(text);
    return m.find() ? m.group() : "";
  }

  // ---- summary ----

  private static BudgetSummary fromTables(List<BudgetTable> tables, ProposalDocument document) {
    BudgetTable main = tables.stream()
        .max(Comparator.comparing(BudgetExtractor::totalOf)).orElseThrow();
    BigDecimal total = totalOf(main);
    BigDecimal communication = communication(main);
    if (communication == null) {
      communication = tables.stream().filter(t -> communication(t) != null)
          .max(Comparator.comparing(BudgetExtractor::totalOf)).map(BudgetExtractor::communication).orElse(null);
    }
    if (communication == null) communication = communicationFromProse(document, total);
    return new BudgetSummary(total, communication, main.currency(), main.evidence());
  }

  private static BigDecimal totalOf(BudgetTable t) {
    return t.statedTotal() != null ? t.statedTotal() : t.computedTotal();
  }

  private static BigDecimal communication(BudgetTable t) {
    List<BudgetLine> comm = t.lines().stream().filter(BudgetLine::communication).toList();
    if (comm.isEmpty()) return null;
    return comm.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static final Pattern TOTAL_PROSE = Pattern.compile(
      "(?:total|overall|global) (?:programme |program |project |estimated )?(?:budget|cost)|budget (?:total|global)"
          + "|(?:cout|montant) (?:total|global)|presupuesto (?:total|global)|(?:costo|monto) total|total budget");
  /** Prefilters: blocks without a word these patterns need are not searched. */
  private static final PatternSet TOTAL_PROSE_WORDS = new PatternSet(List.of(TOTAL_PROSE));
  private static final PatternSet COMMUNICATION_WORDS = new PatternSet(List.of(COMMUNICATION));
  private static final Pattern PERCENT = Pattern.compile(
      "(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?(?:%|per ?cent\\b|pour ?cent\\b|por ?ciento\\b)", Pattern.CASE_INSENSITIVE);

  /** A total stated in a paragraph: where its words start and the amount after them. */
  private record ProseTotal(int start, Amounts.Found amount) {}

  /** The first total {@code text} states ("the total budget is USD 2,450,000"), the amount within 80 characters. */
  private static Optional<ProseTotal> proseTotal(String text) {
    String folded = fold(text);
    if (!TOTAL_PROSE_WORDS.mayMatch(folded)) return Optional.empty();
    Matcher m = TOTAL_PROSE.matcher(folded);
    while (m.find()) {
      Optional<Amounts.Found> money = Amounts.inProse(text, m.end());
      if (money.isPresent() && money.get().start() - m.end() <= 80) return Optional.of(new ProseTotal(m.start(), money.get()));
    }
    return Optional.empty();
  }

  private static BudgetSummary fromProse(ProposalDocument document) {
    for (Block b : document.blocks()) {
      if (b instanceof Table) continue;
      String text = b.text();
      Optional<ProseTotal> t = proseTotal(text);
      if (t.isEmpty()) continue;
      Amounts.Found money = t.get().amount();
      BigDecimal total = money.money().value();
      Evidence ev = evidence(sentenceAround(text, t.get().start(), money.end()), b.location(), 0, text.length());
      return new BudgetSummary(total, communicationFromProse(document, total), money.money().currency(), ev);
    }
    return null;
  }

  /**
   * A budget by organisation stated in prose, in the paragraph that states the total ("The total budget requested is
   * USD 2,030,900. ... UNDP will receive USD 1,005,800 (...), FAO USD 663,400 (...) and UNICEF USD 331,700"): each
   * organisation's first amount outside brackets is a line, the total its stated total. Two organisations at least.
   */
  /** True when both tables state the same total in the same currency. */
  private static boolean sameTotal(BudgetTable a, BudgetTable b) {
    return a.statedTotal() != null && b.statedTotal() != null && a.statedTotal().compareTo(b.statedTotal()) == 0
        && sameCurrency(a.currency(), b.currency());
  }

  private static Optional<BudgetTable> proseBreakdown(ProposalDocument document, String lang) {
    for (Block b : document.blocks()) {
      if (b instanceof Table) continue;
      String text = b.text();
      Optional<ProseTotal> stated = proseTotal(text);
      if (stated.isEmpty()) continue;
      Amounts.Found total = stated.get().amount();
      List<BudgetLine> lines = new ArrayList<>();
      int from = 0;
      int scanned = 0;
      int open = 0; // brackets open at the amount, counted as the scan goes
      for (Optional<Amounts.Found> f = Amounts.inProse(text, 0); f.isPresent(); f = Amounts.inProse(text, f.get().end())) {
        Amounts.Found a = f.get();
        String before = text.substring(from, a.start());
        from = a.end();
        for (; scanned < a.start(); scanned++) {
          char ch = text.charAt(scanned);
          if (ch == '(') open++;
          else if (ch == ')' && open > 0) open--;
        }
        if (a.start() == total.start() || open > 0) continue;
        if (!sameCurrency(a.money().currency(), total.money().currency())) continue;
        // the words since the last amount or bracket name the organisation: "By organization, UNDP will receive", "FAO"
        int cut = Math.max(before.lastIndexOf(')'), Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'),
            before.lastIndexOf(':'))));
        String label = before.substring(cut + 1).strip();
        if (label.length() > 60 || !OrganisationNames.namesOrganisation(label, lang)) continue;
        lines.add(new BudgetLine(label, a.money().value(), false,
            evidence(label + " " + text.substring(a.start(), a.end()), b.location(), a.start(), a.end())));
      }
      if (lines.size() < 2) continue;
      Evidence ev = evidence(sentenceAround(text, stated.get().start(), total.end()), b.location(), 0, text.length());
      return Optional.of(new BudgetTable("Budget by organisation stated in the text", total.money().currency(), lines,
          total.money().value(), true, ev, List.of()));
    }
    return Optional.empty();
  }

  /** A communication amount stated in prose ("US$ 45,000 for communication", "3% of the budget for outreach"). */
  private static BigDecimal communicationFromProse(ProposalDocument document, BigDecimal total) {
    for (Block b : document.blocks()) {
      if (b instanceof Table) continue;
      String text = b.text();
      String folded = fold(text);
      if (!COMMUNICATION_WORDS.mayMatch(folded)) continue;
      Matcher c = COMMUNICATION.matcher(folded);
      while (c.find()) {
        // the list item or sentence that names it ("...; communication and outreach, USD 54,000, 3 % ...; ...")
        int from = Math.max(0, Math.max(c.start() - 120, itemStart(text, c.start())));
        int to = Math.min(text.length(), Math.min(c.end() + 120, itemEnd(text, c.end())));
        String window = text.substring(from, to);
        Amounts.Found nearest = null;
        int keyword = c.start() - from;
        for (Optional<Amounts.Found> f = Amounts.inProse(window, 0); f.isPresent();
             f = Amounts.inProse(window, f.get().end())) {
          if (nearest == null || distance(f.get(), keyword) < distance(nearest, keyword)) nearest = f.get();
        }
        if (nearest != null) return nearest.money().value();
        Matcher p = PERCENT.matcher(window);
        if (p.find() && total != null && BUDGET_WORDS.matcher(fold(window)).find()) {
          BigDecimal pct = new BigDecimal(p.group(1).replace(',', '.'));
          return total.multiply(pct).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
        }
      }
    }
    return null;
  }

  /** Where the list item or sentence holding position {@code at} starts: after the last ";" or ". " before it. */
  private static int itemStart(String text, int at) {
    int semi = text.lastIndexOf(';', at);
    int stop = text.lastIndexOf(". ", at);
    return Math.max(semi, stop < 0 ? -1 : stop + 1) + 1;
  }

  /** Where the list item or sentence holding position {@code at} ends: at the next ";" or ". ", else the text's end. */
  private static int itemEnd(String text, int at) {
    int semi = text.indexOf(';', at);
    int stop = text.indexOf(". ", at);
    int end = text.length();
    if (semi >= 0) end = Math.min(end, semi);
    if (stop >= 0) end = Math.min(end, stop + 1);
    return end;
  }

  private static int distance(Amounts.Found f, int at) {
    return f.end() <= at ? at - f.end() : Math.max(0, f.start() - at);
  }

  private static String sentenceAround(String text, int from, int to) {
    int s = Math.max(0, Math.max(text.lastIndexOf(". ", from) + 2, 0));
    int e = text.indexOf(". ", to);
    return text.substring(Math.min(s, from), e < 0 ? text.length() : e + 1);
  }

  private static Evidence evidence(String quote, Location loc, int from, int to) {
    String q = SPACES.matcher(quote.strip()).replaceAll(" ");
    if (q.length() > MAX_QUOTE) q = q.substring(0, MAX_QUOTE - 1) + "…";
    Location at = new Location(loc.page(), loc.sectionPath(), loc.block(), loc.charStart() + from,
        Math.min(loc.charEnd(), loc.charStart() + Math.max(from, to)));
    return new Evidence(q, at);
  }

  /**
   * Lower-cased, accents and other marks removed (NFD), hyphens and en dashes as spaces. Text whose characters are
   * all Latin (below U+0300) or general punctuation and currency signs (U+2000 to U+20FF) is folded one character
   * at a time through a table, which gives what {@link #foldExactly} gives: those characters decompose alone, into
   * one letter and marks at most, and none lower-cases by context.
   */
  static String fold(String s) {
    int n = s.length();
    char[] out = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char f = c < 0x300 ? tableFold(LATIN_FOLD, c, 0)
          : c >= 0x2000 && c < 0x2100 ? tableFold(PUNCTUATION_FOLD, c, 0x2000) : NO_FOLD;
      if (f == NO_FOLD) return foldExactly(s);
      if (f != c && out == null) out = s.toCharArray();
      if (out != null) out[i] = f;
    }
    return out == null ? s : new String(out);
  }

  /**
   * The folding of {@code c} from {@code table} (whose first character is {@code from}), filled as characters are
   * met: a race only writes the same value twice.
   */
  private static char tableFold(char[] table, char c, int from) {
    char f = table[c - from];
    if (f == UNKNOWN) {
      String folded = foldExactly(String.valueOf(c));
      f = folded.length() == 1 ? folded.charAt(0) : NO_FOLD;
      table[c - from] = f;
    }
    return f;
  }

  /** The folding of {@link #fold}, by the book: NFD, marks removed, lower case (root locale), dashes as spaces. */
  static String foldExactly(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return d.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u2013', ' ');
  }

  /** Marks a character {@link #fold} leaves to {@link #foldExactly} (it folds to no single character). */
  private static final char NO_FOLD = '\uFFFF';
  /** Marks a character whose folding is not in its table yet. */
  private static final char UNKNOWN = '\0';
  private static final char[] LATIN_FOLD = new char[0x300];
  private static final char[] PUNCTUATION_FOLD = new char[0x100];
}
