package org.hscheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.report.CriterionResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every rule's passing and failing fixtures against a rule directory, so an edited rule set can be tested before use.
 * A rule's fixtures live beside its file: {@code <folder>/fixtures/<RULE-ID>.json} with a {@code fires} case (the rule
 * must produce a finding) and a {@code quiet} case (it must not); each case may be an array of cases, and may hold
 * {@code "expect": {"CRITERION": "VERDICT"}}. Every case must also yield exactly one verdict per criterion.
 */
public final class FixtureRunner {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FixtureRunner() {}

  /** One fixture's outcome. */
  public record Result(String ruleId, String fixture, boolean passed, String message) {}

  /** Compiles the rules in {@code rulesDir} and runs all their fixtures. */
  public static List<Result> run(Path rulesDir) {
    return run(RuleSet.load(rulesDir), rulesDir);
  }

  /** Runs the fixtures in {@code rulesDir} against a rule set already compiled from it. */
  static List<Result> run(RuleSet set, Path rulesDir) {
    List<Result> out = run(set, rel -> {
      Path f = rulesDir.resolve(rel);
      try {
        return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
      } catch (IOException e) {
        throw new RuleSetException("cannot read " + f + ": " + e.getMessage(), e);
      }
    });
    Set<String> ids = new LinkedHashSet<>();
    set.catalogue().forEach(r -> ids.add(r.id()));
    try (Stream<Path> walk = Files.walk(rulesDir)) {
      walk.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("fixtures"))
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
          .filter(id -> !ids.contains(id))
          .forEach(id -> out.add(new Result(id, "fixtures/" + id + ".json", false,
              "fixture file for rule " + id + ", which is not in the rule set")));
    } catch (IOException e) {
      throw new RuleSetException("cannot list " + rulesDir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Runs the fixtures packaged in the jar against the packaged rule set. */
  public static List<Result> runDefault() {
    ClassLoader cl = FixtureRunner.class.getClassLoader();
    return run(RuleSet.loadDefault(), rel -> {
      try (InputStream in = cl.getResourceAsStream(RuleFiles.CLASSPATH_ROOT + rel)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        throw new RuleSetException("cannot read classpath:rules/" + rel + ": " + e.getMessage(), e);
      }
    });
  }

  /** The fixture file of a rule, relative to the rule directory. */
  static String fixturePath(RuleInfo rule) {
    int slash = rule.file().lastIndexOf('/');
    String folder = slash < 0 ? "" : rule.file().substring(0, slash + 1);
    return folder + "fixtures/" + rule.id() + ".json";
  }

  private static List<Result> run(RuleSet set, Function<String, byte[]> files) {
    List<Result> out = new ArrayList<>();
    for (RuleInfo rule : set.catalogue()) {
      String path = fixturePath(rule);
      byte[] bytes = files.apply(path);
      if (bytes == null) {
        out.add(new Result(rule.id(), path, false, "no fixture file " + path));
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(bytes);
      } catch (JacksonException e) {
        out.add(new Result(rule.id(), path, false, path + " is not valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      for (String kind : List.of("fires", "quiet")) {
        JsonNode cases = root.get(kind);
        if (cases == null || !(cases.isObject() || cases.isArray()) || (cases.isArray() && cases.isEmpty())) {
          out.add(new Result(rule.id(), path + "#" + kind, false, path + " has no '" + kind + "' case"));
          continue;
        }
        List<JsonNode> list = new ArrayList<>();
        if (cases.isArray()) cases.forEach(list::add);
        else list.add(cases);
        for (int i = 0; i < list.size(); i++) {
          String name = path + "#" + kind + (list.size() > 1 ? "[" + i + "]" : "");
          out.add(runCase(set, rule.id(), name, kind.equals("fires"), list.get(i)));
        }
      }
    }
    return out;
  }

  private static Result runCase(RuleSet set, String ruleId, String name, boolean fires, JsonNode c) {
    try {
      ProposalFacts facts = FixtureFacts.parse(c, name);
      Evaluation e = set.evaluate(facts);
      boolean fired = e.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId));
      if (fired != fires) {
        return new Result(ruleId, name, false, fires ? ruleId + " did not fire" : ruleId + " fired but should stay quiet: "
            + e.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.message()).findFirst().orElse(""));
      }
      for (Map.Entry<String, JsonNode> exp : c.path("expect").properties()) {
        String actual = e.criteria().stream().filter(r -> r.id().name().equals(exp.getKey()))
            .map(CriterionResult::verdict).map(Enum::name).findFirst().orElse("(no such criterion)");
        if (!actual.equals(exp.getValue().asString())) {
          return new Result(ruleId, name, false, exp.getKey() + " is " + actual + ", expected " + exp.getValue().asString());
        }
      }
      return new Result(ruleId, name, true, fires ? "fires" : "quiet");
    } catch (RuntimeException ex) {
      return new Result(ruleId, name, false, ex.getClass().getSimpleName() + ": " + ex.getMessage());
    }
  }
}
