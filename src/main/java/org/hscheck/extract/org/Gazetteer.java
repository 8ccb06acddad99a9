package org.hscheck.extract.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hscheck.extract.OrgType;

/**
 * The organisation gazetteer ({@code gazetteer.tsv} beside this class): bodies with their type, names, acronyms,
 * former names and French and Spanish forms. Loaded once per class loader; immutable and thread-safe.
 */
final class Gazetteer {
  static final String RESOURCE = "gazetteer.tsv";

  /** How a body is treated when counting participants. */
  enum Policy {
    /** Role decided from the text. */
    COUNT,
    /** A real body that is never counted as taking part: always CITED. */
    EXCLUDE,
    /** Words that name no single body: matched, then dropped. */
    GENERIC
  }

  /** A body of the gazetteer. */
  record Entry(String key, OrgType type, Policy policy, String displayName) {}

  private enum Kind { ACRONYM, NAME, DONOR }

  private record Form(Entry entry, Kind kind, Set<String> langs, String text) {
    boolean usedIn(String lang) {
      return langs.contains("*") || langs.contains(lang) || "und".equals(lang) && !langs.contains("fr")
          && !langs.contains("es");
    }
  }

  /** A gazetteer match in a text: [start, end) of the original text. */
  record Hit(int start, int end, Entry entry, boolean acronym) {}

  private static final Gazetteer INSTANCE = load();

  private final Map<String, Entry> entries;
  private final List<Form> forms;
  /** The entry of each full name, by its canonical form; the first form listed wins. */
  private final Map<String, Entry> byName = new java.util.HashMap<>();
  private final Map<String, Matchers> byLanguage = new ConcurrentHashMap<>();

  private Gazetteer(Map<String, Entry> entries, List<Form> forms) {
    this.entries = entries;
    this.forms = forms;
    for (Form f : forms) if (f.kind == Kind.NAME) byName.putIfAbsent(Fold.canonical(f.text), f.entry);
  }

  static Gazetteer get() {
    return INSTANCE;
  }

  Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The entry whose full name (any language) is exactly this text, folded. */
  Optional<Entry> byName(String text) {
    return Optional.ofNullable(byName.get(Fold.canonical(text)));
  }

  /** The entry an acronym stands for in documents of this language, if the gazetteer knows it. */
  Optional<Entry> byAcronym(String acronym, String lang) {
    for (Form f : forms) {
      if (f.kind != Kind.NAME && f.text.equals(acronym) && f.usedIn(lang)) return Optional.of(f.entry);
    }
    return Optional.empty();
  }

  /** Every gazetteer match in {@code text}, possibly overlapping; acronyms of the donor kind only in a donor context. */
  List<Hit> find(String text, String lang) {
    Matchers m = byLanguage.computeIfAbsent(lang, this::compile);
    List<Hit> hits = new ArrayList<>();
    String folded = Fold.fold(text);
    List<int[]> nameTokens = tokens(folded);
    for (int i = 0; i < nameTokens.size(); ) {
      int[] end = new int[1];
      Form f = m.names.longest(folded, nameTokens, i, end);
      if (f == null) {
        i++;
        continue;
      }
      hits.add(new Hit(nameTokens.get(i)[0], nameTokens.get(end[0])[1], f.entry, false));
      i = end[0] + 1;
    }
    String kept = Fold.foldKeepCase(text);
    List<int[]> acronymTokens = tokens(kept);
    for (int i = 0; i < acronymTokens.size(); ) {
      int[] end = new int[1];
      Form f = m.acronyms.longest(kept, acronymTokens, i, end);
      if (f == null) {
        i++;
        continue;
      }
      int s = acronymTokens.get(i)[0];
      int e = acronymTokens.get(end[0])[1];
      if (e < kept.length() && kept.charAt(e) == '.' && f.text.endsWith(".")) e++;
      i = end[0] + 1;
      if (shouting(kept, s, e)) continue;
      if (f.kind == Kind.DONOR && !donorContext(kept, s, e, lang)) continue;
      hits.add(new Hit(s, e, f.entry, true));
    }
    return hits;
  }

  /** The [start, end) of every run of letters and digits. */
  static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
      int start = i;
      while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
      if (i > start) out.add(new int[] {start, i});
    }
    return out;
  }

  /** A word trie of surface forms; each node may end a form. */
  private static final class Trie {
    private final Map<String, Trie> next = new HashMap<>();
    private Form form;

    void add(String[] words, Form f) {
      Trie t = this;
      for (String w : words) t = t.next.computeIfAbsent(w, k -> new Trie());
      if (t.form == null) t.form = f;
    }

    /** The longest form starting at token {@code i}; {@code end[0]} receives its last token. */
    Form longest(String text, List<int[]> tokens, int i, int[] end) {
      Trie t = this;
      Form best = null;
      for (int j = i; j < tokens.size(); j++) {
        int[] tok = tokens.get(j);
        t = t.next.get(text.substring(tok[0], tok[1]));
        if (t == null) break;
        if (t.form != null) {
          best = t.form;
          end[0] = j;
        }
      }
      return best;
    }
  }

  /** True when the acronym sits in text written in capitals (a heading such as "PEOPLE WHO ..."). */
  static boolean shouting(String text, int start, int end) {
    int from = Math.max(0, start - 30);
    int to = Math.min(text.length(), end + 30);
    int letters = 0;
    int upper = 0;
    for (int i = from; i < to; i++) {
      if (i >= start && i < end) continue;
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    return letters >= 12 && upper * 10 >= letters * 8;
  }

  private static final Pattern AIDS_NEIGHBOUR = Pattern.compile("(?i)(?:vih|hiv)\\s*/\\s*$");
  private static final Pattern DONOR_WORDS = Pattern.compile(
      "(?i)swed|su[eé]d|suec|donor|donante|bailleur|fund(?:ed|ing)|financ|cooperation agency|coop[eé]ration|cooperaci[oó]n");

  private static boolean donorContext(String text, int start, int end, String lang) {
    String before = text.substring(Math.max(0, start - 8), start);
    if (AIDS_NEIGHBOUR.matcher(before).find()) return false;
    if (end < text.length() && text.charAt(end) == '/') return false;
    if ("en".equals(lang)) return true;
    int from = Math.max(0, start - 120);
    int to = Math.min(text.length(), end + 120);
    return DONOR_WORDS.matcher(text.substring(from, to)).find();
  }

  private record Matchers(Trie names, Trie acronyms) {}

  private Matchers compile(String lang) {
    Trie names = new Trie();
    Trie acronyms = new Trie();
    for (Form f : forms) {
      if (!f.usedIn(lang)) continue;
      if (f.kind == Kind.NAME) {
        names.add(words(Fold.fold(f.text)), f);
      } else {
        acronyms.add(words(Fold.foldKeepCase(f.text)), f);
      }
    }
    return new Matchers(names, acronyms);
  }

  private static String[] words(String s) {
    return tokens(s).stream().map(t -> s.substring(t[0], t[1])).toArray(String[]::new);
  }

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
    }
  }

  static Gazetteer parse(BufferedReader reader) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<Form> forms = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      if (c.length != 6) {
        throw new IllegalStateException("gazetteer line " + n + " has " + c.length + " columns, expected 6: " + line);
      }
      OrgType type = OrgType.valueOf(c[1]);
      Policy policy = Policy.valueOf(c[2].toUpperCase(java.util.Locale.ROOT));
      Kind kind = Kind.valueOf(c[3].toUpperCase(java.util.Locale.ROOT));
      Entry existing = entries.get(c[0]);
      if (existing != null && (existing.type() != type || existing.policy() != policy)) {
        throw new IllegalStateException("gazetteer line " + n + " gives key " + c[0] + " a second type or policy");
      }
      Entry e = existing != null ? existing : new Entry(c[0], type, policy, c[5]);
      entries.putIfAbsent(c[0], e);
      forms.add(new Form(e, kind, Set.of(c[4].split(",")), c[5]));
    }
    return new Gazetteer(Map.copyOf(entries), List.copyOf(forms));
  }
}
