package org.hscheck.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.report.Criterion;
import org.hscheck.report.CriterionResult;
import org.hscheck.report.Finding;
import org.hscheck.report.Guideline;
import org.hscheck.report.RuleSetInfo;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;
import org.hscheck.rules.facts.BudgetFact;
import org.hscheck.rules.facts.BudgetTableFact;
import org.hscheck.rules.facts.HivFact;
import org.hscheck.rules.facts.NeedsFact;
import org.hscheck.rules.facts.OrgFact;
import org.hscheck.rules.facts.RuleFinding;
import org.hscheck.rules.facts.SignalFact;
import org.hscheck.rules.facts.Threshold;
import org.hscheck.rules.facts.VerdictFact;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * A compiled, verified rule set, shared read-only; evaluates one document per session.
 * Load it once at start ({@link #loadDefault()} or {@link #load(Path)}); {@link #evaluate} is thread-safe.
 */
public final class RuleSet {
  /** Rules in this package drive the engine (verdicts, queries, thresholds) and carry no finding metadata. */
  static final String ENGINE_PACKAGE = "hscheck.engine";
  /** Upper bound on rule firings per document: far above any real proposal, it stops a looping rule. */
  static final int MAX_FIRINGS = 100_000;
  private static final Pattern THRESHOLD_USE = Pattern.compile("Threshold\\s*\\(\\s*name\\s*==\\s*\"([A-Za-z0-9_]+)\"");

  private static CompletableFuture<RuleSet> packaged;

  private final KieBase kieBase;
  /** Sessions reused across documents: a disposed session is reset and goes back to the pool. */
  private final KieSessionsPool sessions;
  private final RuleSetInfo info;
  private final List<RuleInfo> catalogue;
  private final Map<String, BigDecimal> thresholds;
  private final String origin;

  private RuleSet(KieBase kieBase, RuleSetInfo info, List<RuleInfo> catalogue, String origin) {
    this.kieBase = kieBase;
    this.sessions = kieBase.newKieSessionsPool(1);
    this.info = info;
    this.catalogue = catalogue;
    this.origin = origin;
    this.thresholds = readThresholds();
  }

  /**
   * Loads the rule set packaged in the jar, once per JVM, then shared: the executable model precompiled from it at build
   * time ({@link PrecompiledRules}), or, when that is missing or was built from other rule files, the files compiled now.
   */
  public static RuleSet loadDefault() {
    return await(loadDefaultAsync());
  }

  /** The rule set once {@code loading} completes; a rule set that failed to load throws its own error. */
  public static RuleSet await(CompletableFuture<RuleSet> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /**
   * Starts loading the packaged rule set on a background thread, once per JVM, so that a caller can read its document
   * meanwhile; {@link #loadDefault()} waits for it.
   */
  public static synchronized CompletableFuture<RuleSet> loadDefaultAsync() {
    if (packaged == null) {
      packaged = CompletableFuture.supplyAsync(RuleSet::loadPackaged, task -> {
        Thread t = new Thread(task, "hscheck-rules-load");
        t.setDaemon(true);
        t.start();
      });
    }
    return packaged;
  }

  /** The packaged rule set, from its precompiled executable model when that was built from these very files. */
  static RuleSet loadPackaged() {
    RuleFiles files = RuleFiles.fromClasspath();
    KieBase precompiled = PrecompiledRules.load(files);
    return precompiled == null ? compile(files) : create(precompiled, files, files.origin() + " (precompiled)");
  }

  /** Loads and compiles the rules in a directory; fails naming the file and line of a rule that does not compile. */
  public static RuleSet load(Path dir) {
    return compile(RuleFiles.fromDirectory(dir));
  }

  /** Version and content digest of this rule set. */
  public RuleSetInfo info() {
    return info;
  }

  /** Where the rules were read from: a directory, "classpath:rules" or "classpath:rules (precompiled)". */
  public String origin() {
    return origin;
  }

  /** Every rule with findings, ordered by criterion and id. */
  public List<RuleInfo> catalogue() {
    return catalogue;
  }

  /** The thresholds the decision table defines, by name. */
  public Map<String, BigDecimal> thresholds() {
    return thresholds;
  }

  /** Runs the rules over one document's facts in a fresh session, always disposed. */
  public Evaluation evaluate(ProposalFacts facts) {
    KieSession session = sessions.newKieSession();
    List<RuleFinding> raw = new ArrayList<>();
    List<VerdictFact> verdicts = new ArrayList<>();
    try {
      for (Criterion c : Criterion.values()) session.insert(c);
      facts.participants().forEach(p -> session.insert(new OrgFact(p)));
      facts.signals().forEach(s -> session.insert(new SignalFact(s)));
      facts.needsAssessments().forEach(n -> session.insert(new NeedsFact(n)));
      facts.budgetTables().forEach(t -> session.insert(new BudgetTableFact(t)));
      if (facts.budget() != null) session.insert(new BudgetFact(facts.budget()));
      session.insert(new HivFact(facts.hiv()));
      int fired = session.fireAllRules(MAX_FIRINGS);
      if (fired >= MAX_FIRINGS) {
        throw new IllegalStateException("rule set " + info.version() + " fired " + fired + " times on one document: a rule loops");
      }
      for (QueryResultsRow row : session.getQueryResults("findings")) raw.add((RuleFinding) row.get("$f"));
      for (QueryResultsRow row : session.getQueryResults("verdicts")) verdicts.add((VerdictFact) row.get("$v"));
    } finally {
      session.dispose();
    }
    return assemble(raw, verdicts);
  }

  private static Evaluation assemble(List<RuleFinding> raw, List<VerdictFact> verdicts) {
    List<RuleFinding> sorted = new ArrayList<>(raw);
    sorted.sort(FINDING_ORDER);
    Map<String, Integer> sequence = new HashMap<>();
    Map<RuleFinding, Finding> findings = new LinkedHashMap<>();
    for (RuleFinding f : sorted) {
      String family = f.getRuleId().contains("-") ? f.getRuleId().substring(0, f.getRuleId().indexOf('-')) : f.getRuleId();
      int n = sequence.merge(family, 1, Integer::sum);
      findings.put(f, new Finding(family + "-" + threeDigits(n), f.getRuleId(), f.getCriterion(), f.getSeverity(),
          f.getMessage(), f.getHint(), new Guideline(f.getSource(), f.getSection()), f.getEvidence()));
    }
    Map<String, List<RuleFinding>> byCriterionName = new HashMap<>();
    for (RuleFinding f : findings.keySet()) byCriterionName.computeIfAbsent(f.getCriterion(), k -> new ArrayList<>()).add(f);
    Map<Criterion, List<Verdict>> byCriterion = new EnumMap<>(Criterion.class);
    for (VerdictFact v : verdicts) byCriterion.computeIfAbsent(v.criterion(), k -> new ArrayList<>()).add(v.verdict());
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      List<Verdict> vs = byCriterion.getOrDefault(c, List.of());
      if (vs.size() != 1) {
        throw new IllegalStateException("criterion " + c + " got " + vs.size() + " verdicts " + vs
            + " (exactly one expected): the rules for " + c + " do not cover this document");
      }
      Verdict verdict = vs.get(0);
      List<RuleFinding> behind = new ArrayList<>();
      for (RuleFinding f : byCriterionName.getOrDefault(c.name(), List.of())) {
        if (f.getSupports() == verdict || (f.getSeverity() == Severity.WARNING && verdict != Verdict.NOT_APPLICABLE)) {
          behind.add(f);
        }
      }
      List<String> ids = new ArrayList<>(behind.size());
      for (RuleFinding f : behind) ids.add(findings.get(f).id());
      results.add(new CriterionResult(c, verdict, summary(verdict, behind), ids));
    }
    return new Evaluation(results, List.copyOf(findings.values()));
  }

  /** Findings in report order: criterion, severity, rule, first evidence paragraph, message. */
  private static final Comparator<RuleFinding> FINDING_ORDER =
      Comparator.comparingInt((RuleFinding f) -> criterionOrder(f.getCriterion()))
          .thenComparing(RuleFinding::getSeverity)
          .thenComparing(RuleFinding::getRuleId)
          .thenComparingInt(f -> f.getEvidence().isEmpty() ? -1 : f.getEvidence().get(0).paragraph())
          .thenComparing(RuleFinding::getMessage);

  /** {@code n} with leading zeros to three digits, as "%03d" writes it. */
  static String threeDigits(int n) {
    return n >= 100 || n < 0 ? Integer.toString(n) : n >= 10 ? "0" + n : "00" + n;
  }

  private static String summary(Verdict verdict, List<RuleFinding> behind) {
    RuleFinding first = null;
    int decisive = 0;
    for (RuleFinding f : behind) {
      if (f.getSupports() != verdict) continue;
      if (first == null) first = f;
      decisive++;
    }
    if (first == null) return verdict.name();
    return decisive == 1 ? first.getMessage() : first.getMessage() + " (and " + (decisive - 1) + " more)";
  }

  private static final Map<String, Integer> CRITERION_ORDER = java.util.Arrays.stream(Criterion.values())
      .collect(Collectors.toUnmodifiableMap(Criterion::name, Criterion::ordinal));

  private static int criterionOrder(String criterion) {
    return CRITERION_ORDER.getOrDefault(criterion, Criterion.values().length);
  }

  private Map<String, BigDecimal> readThresholds() {
    KieSession session = kieBase.newKieSession();
    try {
      session.fireAllRules(MAX_FIRINGS);
      Map<String, BigDecimal> out = new TreeMap<>();
      for (QueryResultsRow row : session.getQueryResults("thresholds")) {
        Threshold t = (Threshold) row.get("$t");
        if (out.put(t.getName(), t.getValue()) != null) {
          throw new RuleSetException("threshold " + t.getName() + " is defined twice in " + origin);
        }
      }
      return java.util.Collections.unmodifiableMap(out);
    } finally {
      session.dispose();
    }
  }

  // ---- compiling

  /** Compiles DRL and decision tables now (classic engine): seconds of CPU on a cold JVM. */
  static RuleSet compile(RuleFiles files) {
    KieServices ks = KieServices.Factory.get();
    ReleaseId rid = ks.newReleaseId("org.hscheck", "rules-" + UUID.randomUUID(), "1.0.0");
    KieBuilder kb = kieBuilder(ks, rid, files).buildAll();
    failOnErrors(kb, files);
    KieBase base = ks.newKieContainer(rid).getKieBase();
    ks.getRepository().removeKieModule(rid);
    return create(base, files, files.origin());
  }

  /** A builder over the rule files, not yet built. */
  static KieBuilder kieBuilder(KieServices ks, ReleaseId rid, RuleFiles files) {
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(rid);
    files.files().forEach((path, bytes) -> kfs.write(ks.getResources().newByteArrayResource(bytes)
        .setSourcePath(KFS_ROOT + path)
        .setResourceType(path.endsWith(".drl.xlsx") ? ResourceType.DTABLE : ResourceType.DRL)));
    return ks.newKieBuilder(kfs);
  }

  /** Throws a {@link RuleSetException} listing each error of a build with its file and line. */
  static void failOnErrors(KieBuilder kb, RuleFiles files) {
    List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new RuleSetException("rule set " + files.origin() + " does not compile:\n" + errors.stream()
          .map(m -> "  " + display(m.getPath()) + " line " + m.getLine() + ": " + m.getText().strip())
          .collect(Collectors.joining("\n")));
    }
  }

  private static RuleSet create(KieBase base, RuleFiles files, String origin) {
    RuleSet set = new RuleSet(base, new RuleSetInfo(files.version(), files.digest()), catalogue(base, files), origin);
    set.checkThresholdsDefined(files);
    return set;
  }

  /** Where rule files sit in the in-memory Kie module; reported paths drop this prefix. */
  private static final String KFS_ROOT = "src/main/resources/rules/";

  private static String display(String path) {
    if (path == null) return "(unknown file)";
    return path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
  }

  private void checkThresholdsDefined(RuleFiles files) {
    for (var e : files.drlSources().entrySet()) {
      String[] lines = e.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = THRESHOLD_USE.matcher(lines[i]);
        while (m.find()) {
          if (!thresholds.containsKey(m.group(1))) {
            throw new RuleSetException("rules/" + e.getKey() + " line " + (i + 1) + ": threshold " + m.group(1)
                + " is not defined in the decision table (defined: " + thresholds.keySet() + ")");
          }
        }
      }
    }
  }

  private static List<RuleInfo> catalogue(KieBase base, RuleFiles files) {
    Map<String, String> ruleFiles = files.ruleFiles();
    List<RuleInfo> out = new ArrayList<>();
    for (var pkg : base.getKiePackages()) {
      if (pkg.getName().equals(ENGINE_PACKAGE)) continue;
      for (Rule r : pkg.getRules()) {
        Map<String, Object> m = r.getMetaData();
        String severity = str(m.get("severity"));
        String verdict = switch (severity) {
          case "ERROR" -> "NOT_MET";
          case "INFO" -> m.containsKey("verdict") ? str(m.get("verdict")) : "MET";
          default -> "";
        };
        out.add(new RuleInfo(str(m.get("id")), str(m.get("criterion")), severity, verdict, str(m.get("source")),
            str(m.get("section")), str(m.get("hint")), ruleFiles.getOrDefault(pkg.getName() + "/" + r.getName(), ""), r.getName()));
      }
    }
    out.sort(Comparator.comparingInt((RuleInfo r) -> criterionOrder(r.criterion())).thenComparing(RuleInfo::id));
    return List.copyOf(out);
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
