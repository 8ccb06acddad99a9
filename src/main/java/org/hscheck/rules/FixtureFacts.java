package org.hscheck.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hscheck.document.DocumentMetadata;
import org.hscheck.document.Format;
import org.hscheck.document.Location;
import org.hscheck.extract.BudgetSummary;
import org.hscheck.extract.BudgetTable;
import org.hscheck.extract.Evidence;
import org.hscheck.extract.HivSalience;
import org.hscheck.extract.NeedsAssessment;
import org.hscheck.extract.OrgType;
import org.hscheck.extract.Participant;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.extract.Role;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import org.hscheck.extract.Status;
import tools.jackson.databind.JsonNode;

/**
 * Reads the compact fixture format into {@link ProposalFacts} (docs/rules.md, "Fixtures"). Every item may end with
 * {@code | quote}; without one the quote is generated. Fields, all optional:
 * <pre>
 * "orgs":    ["UNDP UN LEAD +", "ActionAid CIVIL_SOCIETY CIVIL_SOCIETY"]   key, OrgType, Role, "+" = has responsibilities
 * "signals": ["GENDER AFFIRMED", "SUSTAINABILITY NEGATED | no exit is foreseen"]   SignalKind, Status [declared|denied]
 * "needs":   ["AFFIRMED community authorities"]                            timing, then who took part
 * "hiv":     "SUBSTANTIAL"                                                 NONE (default), PASSING, SUBSTANTIAL
 * "tables":  [{"caption": "Table 2", "total": "100.00", "lines": ["60", "40"], "byOrganisation": true,
 *              "rows": ["30+30=60"]}]                                    parts and total of a row
 * "budget":  {"total": "1000", "communication": "20", "currency": "USD"}
 * </pre>
 */
final class FixtureFacts {
  private FixtureFacts() {}

  /** The facts of one fixture case; {@code where} names the file and case in error messages. */
  static ProposalFacts parse(JsonNode c, String where) {
    Counter block = new Counter();
    List<Participant> orgs = new ArrayList<>();
    for (String item : strings(c, "orgs", where)) {
      Item it = Item.of(item);
      if (it.words.size() < 3) throw bad(where, "orgs", item, "KEY TYPE ROLE [+]");
      String key = it.words.get(0);
      OrgType type = enumOf(OrgType.class, it.words.get(1), where, item);
      Role role = enumOf(Role.class, it.words.get(2), where, item);
      boolean responsible = it.words.size() > 3 && it.words.get(3).equals("+");
      Evidence ev = evidence(it.quote(key + " " + role.name().toLowerCase()), block);
      orgs.add(new Participant(key, key, type, role,
          responsible ? List.of(evidence(key + " delivers its own outputs", block)) : List.of(), List.of(ev)));
    }
    List<Signal> signals = new ArrayList<>();
    for (String item : strings(c, "signals", where)) {
      Item it = Item.of(item);
      boolean declared = it.words.size() == 3 && it.words.get(2).equals("declared");
      boolean denied = it.words.size() == 3 && it.words.get(2).equals("denied");
      if (it.words.size() != 2 && !declared && !denied) throw bad(where, "signals", item, "KIND STATUS [declared|denied] [| quote]");
      SignalKind kind = enumOf(SignalKind.class, it.words.get(0), where, item);
      Status status = enumOf(Status.class, it.words.get(1), where, item);
      signals.add(new Signal(kind, status, declared ? Signal.DECLARED_LINK : denied ? Signal.DENIED_PRINCIPLE : "",
          evidence(it.quote(kind + " " + status.name().toLowerCase()), block)));
    }
    List<NeedsAssessment> needs = new ArrayList<>();
    for (String item : strings(c, "needs", where)) {
      Item it = Item.of(item);
      if (it.words.isEmpty()) throw bad(where, "needs", item, "STATUS [community] [authorities] [| quote]");
      Status timing = enumOf(Status.class, it.words.get(0), where, item);
      needs.add(new NeedsAssessment("needs assessment", it.words.contains("community"), it.words.contains("authorities"),
          timing, evidence(it.quote("needs assessment " + timing.name().toLowerCase()), block)));
    }
    HivSalience.Level level = c.has("hiv") ? enumOf(HivSalience.Level.class, c.get("hiv").asString(), where, "hiv")
        : HivSalience.Level.NONE;
    HivSalience hiv = new HivSalience(level,
        level == HivSalience.Level.NONE ? List.of() : List.of(evidence("HIV/AIDS " + level.name().toLowerCase(), block)));
    List<BudgetTable> tables = new ArrayList<>();
    if (c.has("tables")) {
      for (JsonNode t : c.get("tables")) {
        List<BudgetTable.BudgetLine> lines = new ArrayList<>();
        int i = 0;
        for (JsonNode l : t.path("lines")) {
          lines.add(new BudgetTable.BudgetLine("line " + (++i), decimal(l, where), false, evidence("line " + i, block)));
        }
        List<BudgetTable.RowSum> rowSums = new ArrayList<>();
        for (JsonNode r : t.path("rows")) {
          String[] sides = r.asString().split("=");
          if (sides.length != 2) throw new IllegalArgumentException(where + ": table row '" + r.asString() + "' must be PART+PART=TOTAL");
          BigDecimal sum = BigDecimal.ZERO;
          for (String part : sides[0].split("\\+")) sum = sum.add(new BigDecimal(part.strip()));
          rowSums.add(new BudgetTable.RowSum("row " + (rowSums.size() + 1), sum, new BigDecimal(sides[1].strip()),
              evidence(r.asString(), block)));
        }
        tables.add(new BudgetTable(t.path("caption").asString("Budget table"), t.path("currency").asString("USD"), lines,
            t.has("total") ? decimal(t.get("total"), where) : null, t.path("byOrganisation").asBoolean(false),
            evidence(t.path("caption").asString("Budget table"), block), rowSums));
      }
    }
    BudgetSummary budget = null;
    if (c.has("budget")) {
      JsonNode b = c.get("budget");
      budget = new BudgetSummary(b.has("total") ? decimal(b.get("total"), where) : null,
          b.has("communication") ? decimal(b.get("communication"), where) : null, b.path("currency").asString("USD"),
          evidence("Total budget", block), b.has("requested") ? decimal(b.get("requested"), where) : null,
          b.has("requested") ? evidence("Total requested", block) : null);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = c.properties().iterator(); it.hasNext(); ) {
      String field = it.next().getKey();
      if (!List.of("orgs", "signals", "needs", "hiv", "tables", "budget", "expect").contains(field)) {
        throw new IllegalArgumentException(where + ": unknown field '" + field
            + "' (known: orgs, signals, needs, hiv, tables, budget, expect)");
      }
    }
    return new ProposalFacts(new DocumentMetadata("fixture", "", Format.DOCX, null, "en"), orgs, needs, signals, hiv,
        tables, budget);
  }

  private static final class Counter {
    int next;
  }

  private record Item(List<String> words, String quoteText) {
    static Item of(String s) {
      int bar = s.indexOf('|');
      String head = bar < 0 ? s : s.substring(0, bar);
      String quote = bar < 0 ? null : s.substring(bar + 1).strip();
      return new Item(List.of(head.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList(), quote);
    }

    String quote(String fallback) {
      return quoteText == null || quoteText.isEmpty() ? fallback : quoteText;
    }
  }

  private static Evidence evidence(String quote, Counter block) {
    return new Evidence(quote, new Location(null, List.of("Fixture"), block.next++, 0, quote.length()));
  }

  private static List<String> strings(JsonNode c, String field, String where) {
    List<String> out = new ArrayList<>();
    JsonNode n = c.get(field);
    if (n == null) return out;
    if (!n.isArray()) throw new IllegalArgumentException(where + ": '" + field + "' must be an array of strings");
    for (JsonNode s : n) out.add(s.asString());
    return out;
  }

  private static BigDecimal decimal(JsonNode n, String where) {
    try {
      return new BigDecimal(n.asString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": '" + n + "' is not a number");
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String where, String item) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": '" + name + "' in '" + item + "' is not a " + type.getSimpleName()
          + " (one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }
  }

  private static IllegalArgumentException bad(String where, String field, String item, String form) {
    return new IllegalArgumentException(where + ": " + field + " item '" + item + "' should read '" + form + "'");
  }
}
