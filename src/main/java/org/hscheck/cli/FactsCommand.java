package org.hscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hscheck.document.DocumentException;
import org.hscheck.document.DocumentReaders;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.ReadLimits;
import org.hscheck.extract.BudgetSummary;
import org.hscheck.extract.BudgetTable;
import org.hscheck.extract.Evidence;
import org.hscheck.extract.FactExtractor;
import org.hscheck.extract.NeedsAssessment;
import org.hscheck.extract.Participant;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.extract.Signal;
import org.hscheck.extract.SignalKind;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hscheck facts FILE}: prints the facts extracted from a proposal as JSON, each with its evidence
 * (quote, page, section, paragraph), so a reviewer can see why a rule fired.
 * Exit 0 when read, 2 when the document cannot be read, 3 on usage errors.
 */
public final class FactsCommand extends Command {
  private static final String USAGE = """
      Usage: hscheck facts [--compact] [--kind KIND]... FILE
      Reads a .docx, .doc or PDF proposal and prints, as JSON on standard output, the facts the rules
      reason over: language, participants and roles, needs assessments (method, with whom, timing),
      signals per kind with status AFFIRMED/PLANNED/NEGATED, HIV salience and budget; each with its
      evidence (quote, page, section, paragraph).
        --kind KIND   only signals of this kind (repeatable), e.g. --kind PROTECTION_ACTIVITY
        --compact     one line of JSON instead of indented output
        --help        this text
      Exit status: 0 read, 2 the document cannot be read (encrypted, corrupt, unsupported, too large,
      no text), 3 usage error.
      """;

  public FactsCommand() {}

  FactsCommand(PrintStream out, PrintStream err) {
    super(out, err);
  }

  /** Runs the command; returns the exit status. */
  @Override
  public int run(String[] args) {
    boolean compact = false;
    List<SignalKind> kinds = new ArrayList<>();
    String file = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            out.print(USAGE);
            return 0;
          }
          case "--compact" -> compact = true;
          case "--kind" -> kinds.add(kind(args, ++i));
          default -> {
            if (a.startsWith("-")) throw new IllegalArgumentException("unknown option '" + a + "'");
            if (file != null) throw new IllegalArgumentException("one FILE expected, got '" + file + "' and '" + a + "'");
            file = a;
          }
        }
      }
      if (file == null) throw new IllegalArgumentException("FILE is missing");
    } catch (IllegalArgumentException e) {
      err.println("hscheck facts: " + e.getMessage());
      err.print(USAGE);
      return 3;
    }
    Path path = Path.of(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      err.println("hscheck facts: cannot read " + path + ": " + e.getMessage());
      return 3;
    }
    Quiet.parserLogs();
    JsonMapper json = JsonMapper.builder().configure(SerializationFeature.INDENT_OUTPUT, !compact).build();
    try {
      ProposalDocument doc = DocumentReaders.read(bytes, path.getFileName().toString(), ReadLimits.defaults());
      ProposalFacts facts = new FactExtractor().extract(doc);
      out.println(json.writeValueAsString(toJson(facts, kinds)));
      return 0;
    } catch (DocumentException e) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", e.code().name());
      error.put("message", e.getMessage());
      out.println(json.writeValueAsString(Map.of("error", error)));
      return 2;
    }
  }


  private static SignalKind kind(String[] args, int i) {
    if (i >= args.length) throw new IllegalArgumentException("--kind needs a signal kind");
    try {
      return SignalKind.valueOf(args[i]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown signal kind '" + args[i] + "'; kinds: " + List.of(SignalKind.values()));
    }
  }

  /** The facts as plain maps and lists; signals grouped by kind in the enum's order, only {@code kinds} when given. */
  static Map<String, Object> toJson(ProposalFacts facts, List<SignalKind> kinds) {
    Map<String, Object> m = new LinkedHashMap<>();
    var md = facts.document();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("name", md.name());
    doc.put("format", md.format() == null ? null : md.format().name());
    doc.put("pages", md.pages());
    doc.put("language", md.language());
    m.put("document", doc);
    m.put("participants", facts.participants().stream().map(FactsCommand::participant).toList());
    m.put("needsAssessments", facts.needsAssessments().stream().map(FactsCommand::needs).toList());
    Map<String, Object> signals = new LinkedHashMap<>();
    for (SignalKind k : SignalKind.values()) {
      if (!kinds.isEmpty() && !kinds.contains(k)) continue;
      List<Map<String, Object>> of = facts.signals(k).stream().map(FactsCommand::signal).toList();
      signals.put(k.name(), of);
    }
    m.put("signals", signals);
    Map<String, Object> hiv = new LinkedHashMap<>();
    hiv.put("level", facts.hiv().level().name());
    hiv.put("evidence", facts.hiv().evidence().stream().map(FactsCommand::evidence).toList());
    m.put("hiv", hiv);
    m.put("budgetTables", facts.budgetTables().stream().map(FactsCommand::budgetTable).toList());
    m.put("budget", budget(facts.budget()));
    return m;
  }

  private static Map<String, Object> participant(Participant p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", p.key());
    m.put("name", p.name());
    m.put("type", p.type().name());
    m.put("role", p.role().name());
    m.put("responsibilities", p.responsibilities().stream().map(FactsCommand::evidence).toList());
    m.put("evidence", p.evidence().stream().map(FactsCommand::evidence).toList());
    return m;
  }

  private static Map<String, Object> needs(NeedsAssessment n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", n.method());
    m.put("withCommunity", n.withCommunity());
    m.put("withAuthorities", n.withAuthorities());
    m.put("timing", n.timing().name());
    m.put("evidence", evidence(n.evidence()));
    return m;
  }

  private static Map<String, Object> signal(Signal s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", s.status().name());
    m.put("detail", s.detail());
    m.put("evidence", evidence(s.evidence()));
    return m;
  }

  private static Map<String, Object> budgetTable(BudgetTable t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("caption", t.caption());
    m.put("currency", t.currency());
    m.put("byOrganisation", t.byOrganisation());
    m.put("statedTotal", t.statedTotal());
    m.put("computedTotal", t.computedTotal());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (BudgetTable.BudgetLine l : t.lines()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("label", l.label());
      line.put("amount", l.amount());
      line.put("communication", l.communication());
      lines.add(line);
    }
    m.put("lines", lines);
    m.put("evidence", t.evidence() == null ? null : evidence(t.evidence()));
    return m;
  }

  private static Map<String, Object> budget(BudgetSummary b) {
    if (b == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("programmeTotal", b.programmeTotal());
    m.put("communicationAmount", b.communicationAmount());
    BigDecimal pct = b.communicationPercent();
    m.put("communicationPercent", pct);
    m.put("currency", b.currency());
    m.put("evidence", b.evidence() == null ? null : evidence(b.evidence()));
    return m;
  }

  /** Evidence as the report contract shapes it: quote, page, section path, paragraph (block index). */
  static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quote", e.quote());
    m.put("page", e.location() == null ? null : e.location().page());
    m.put("section", e.location() == null ? null : String.join(" > ", e.location().sectionPath()));
    m.put("paragraph", e.location() == null ? null : e.location().block());
    return m;
  }
}
