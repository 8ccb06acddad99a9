package org.hscheck.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hscheck.extract.SignalKind;
import org.hscheck.report.EvidenceRef;
import org.hscheck.report.Severity;
import org.hscheck.report.Verdict;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Helpers for rule consequences: build a {@link RuleFinding} from the firing rule's metadata, quote evidence, list
 * names. Rule files import these as functions.
 */
public final class RuleSupport {
  /** Longest quote a message carries, in characters. */
  public static final int QUOTE_LENGTH = 160;

  /** The four principles besides protection and empowerment (HSA-01). */
  public static final Set<SignalKind> PRINCIPLES = java.util.Collections.unmodifiableSet(EnumSet.of(
      SignalKind.PEOPLE_CENTRED, SignalKind.COMPREHENSIVE, SignalKind.CONTEXT_SPECIFIC, SignalKind.PREVENTION_ORIENTED));
  /** What an M&E plan measures against: indicators, baselines, targets. */
  public static final Set<SignalKind> ME_MEASURES = java.util.Collections.unmodifiableSet(EnumSet.of(
      SignalKind.ME_INDICATORS, SignalKind.ME_BASELINES, SignalKind.ME_TARGETS));

  private RuleSupport() {}

  /** The responsibilities (activities, outputs, budget lines) of the organisations given. */
  public static List<EvidenceRef> responsibilities(Collection<?> orgs) {
    return refs(orgs.stream().map(o -> ((OrgFact) o).getResponsibilities()).toList());
  }

  /**
   * The finding of the rule now firing: id, criterion, severity, guideline and hint come from its metadata
   * ({@code @id @criterion @severity @source @section @hint}, optional {@code @verdict("NOT_APPLICABLE")}).
   *
   * @param evidence {@link EvidenceRef}s, {@link Evidenced} facts or collections of either
   */
  public static RuleFinding finding(RuleContext kcontext, String message, Object... evidence) {
    Map<String, Object> meta = kcontext.getRule().getMetaData();
    String id = required(meta, "id", kcontext);
    Severity severity = Severity.valueOf(required(meta, "severity", kcontext));
    Verdict supports = switch (severity) {
      case ERROR -> Verdict.NOT_MET;
      case WARNING -> null;
      case INFO -> meta.containsKey("verdict") ? Verdict.valueOf(String.valueOf(meta.get("verdict"))) : Verdict.MET;
    };
    return new RuleFinding(id, required(meta, "criterion", kcontext), severity, supports, message,
        required(meta, "hint", kcontext), required(meta, "source", kcontext), required(meta, "section", kcontext),
        refs(evidence));
  }

  private static String required(Map<String, Object> meta, String key, RuleContext k) {
    Object v = meta.get(key);
    if (v == null || String.valueOf(v).isBlank()) {
      throw new IllegalStateException("rule '" + k.getRule().getName() + "' has no @" + key + " metadata");
    }
    return String.valueOf(v);
  }

  /** Flattens evidence arguments into a list without duplicates, in order. */
  public static List<EvidenceRef> refs(Object... evidence) {
    Set<EvidenceRef> out = new LinkedHashSet<>();
    for (Object o : evidence) add(out, o);
    return new ArrayList<>(out);
  }

  private static void add(Set<EvidenceRef> out, Object o) {
    if (o instanceof EvidenceRef r) out.add(r);
    else if (o instanceof Evidenced e) out.addAll(e.getEvidence());
    else if (o instanceof Collection<?> c) c.forEach(x -> add(out, x));
    else if (o != null) throw new IllegalArgumentException("not evidence: " + o.getClass().getName());
  }

  /** The text in typographic quotes, shortened to {@value #QUOTE_LENGTH} characters. */
  public static String quote(String text) {
    String t = text == null ? "" : squeeze(text.strip());
    if (t.length() > QUOTE_LENGTH) t = t.substring(0, QUOTE_LENGTH - 1).stripTrailing() + "…";
    return "“" + t + "”";
  }

  /** Each run of ASCII white space ({@code \\s} in a regular expression) as one space. */
  static String squeeze(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (out != null) out.append(c);
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(s.charAt(end))) end++;
      if (out == null) {
        if (c == ' ' && end == i + 1) continue;
        out = new StringBuilder(n).append(s, 0, i);
      }
      out.append(' ');
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The first quote of an evidenced fact, quoted; or "(no quote)" when it has none. */
  public static String quoteOf(Evidenced e) {
    return e.getQuote().isBlank() ? "(no quote)" : quote(e.getQuote());
  }

  /** The first quote of the first fact of a list. */
  public static String firstQuote(Collection<?> facts) {
    for (Object o : facts) if (o instanceof Evidenced e && !e.getQuote().isBlank()) return quote(e.getQuote());
    return "(no quote)";
  }

  /** Organisation labels joined with commas, in document order. */
  public static String names(Collection<?> orgs) {
    return orgs.stream().map(o -> ((OrgFact) o).getLabel()).distinct().collect(Collectors.joining(", "));
  }

  /** The kinds among {@code wanted} that have affirmed evidence. */
  public static Set<SignalKind> addressed(Collection<?> signals, Collection<SignalKind> wanted) {
    Set<SignalKind> out = EnumSet.noneOf(SignalKind.class);
    Set<SignalKind> denied = EnumSet.noneOf(SignalKind.class);
    for (Object o : signals) {
      SignalFact s = (SignalFact) o;
      if (!wanted.contains(s.getKind())) continue;
      if (s.isAffirmed()) out.add(s.getKind());
      if (s.isDeniedByName()) denied.add(s.getKind());
    }
    out.removeAll(denied);
    return out;
  }

  /** " Only deferred to after the start: “quote”." for planned evidence, or "" when there is none. */
  public static String deferred(Collection<?> planned) {
    return planned.isEmpty() ? "" : " Only deferred to after the start: " + firstQuote(planned) + ".";
  }

  /** The kinds among {@code wanted} that {@link #addressed} does not return, as readable words. */
  public static String missing(Collection<?> signals, Collection<SignalKind> wanted) {
    Set<SignalKind> m = EnumSet.copyOf(wanted);
    m.removeAll(addressed(signals, wanted));
    return m.isEmpty() ? "none" : m.stream().map(RuleSupport::words).collect(Collectors.joining(", "));
  }

  /** The kinds present, as readable words. */
  public static String words(Collection<SignalKind> kinds) {
    if (kinds.isEmpty()) return "none";
    return kinds.stream().map(RuleSupport::words).collect(Collectors.joining(", "));
  }

  /** "PREVENTION_ORIENTED" as "prevention-oriented"; "ME_TARGETS" as "targets". */
  public static String words(SignalKind k) {
    return switch (k) {
      case PEOPLE_CENTRED -> "people-centred";
      case PREVENTION_ORIENTED -> "prevention-oriented";
      case CONTEXT_SPECIFIC -> "context-specific";
      case ME_INDICATORS -> "indicators";
      case ME_BASELINES -> "baselines";
      case ME_TARGETS -> "targets";
      default -> k.name().toLowerCase().replace('_', ' ');
    };
  }

  /** An amount with two decimals and the currency, e.g. "USD 1,250.00". */
  public static String money(BigDecimal amount, String currency) {
    if (amount == null) return "(none)";
    String n = grouped(amount.setScale(2, RoundingMode.HALF_UP));
    return currency == null || currency.isBlank() ? n : currency + " " + n;
  }

  /** A two-decimal amount with commas between thousands, as {@code String.format(Locale.ROOT, "%,.2f", x)} writes it. */
  static String grouped(BigDecimal twoDecimals) {
    String plain = twoDecimals.abs().toPlainString();
    int point = plain.indexOf('.');
    StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 + 1);
    if (twoDecimals.signum() < 0) out.append('-');
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) out.append(',');
      out.append(plain.charAt(i));
    }
    return out.append(plain, point, plain.length()).toString();
  }

  /** A number without trailing zeros ("3", "2.5"). */
  public static String num(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
