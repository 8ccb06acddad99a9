package org.hscheck.extract.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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
  private final Map<String, Matchers> byLanguage = new ConcurrentHashMap<>();

  private Gazetteer(Map<String, Entry> entries, List<Form> forms) {
    this.entries = entries;
    this.forms = forms;
  }

  static Gazetteer get() {
    return INSTANCE;
  }

  Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The entry whose full name (any language) is exactly this text, folded. */
  Optional<Entry> byName(String text) {
    String c = Fold.canonical(text);
    for (Form f : forms) {
      if (f.kind == Kind.NAME && Fold.canonical(f.text).equals(c)) return Optional.of(f.entry);
    }
    return Optional.empty();
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
    Matcher nm = m.names.matcher(folded);
    while (nm.find()) {
      Entry e = m.nameIndex.get(Fold.canonical(nm.group()));
      if (e != null) hits.add(new Hit(nm.start(), nm.end(), e, false));
    }
    String kept = Fold.foldKeepCase(text);
    Matcher am = m.acronyms.matcher(kept);
    while (am.find()) {
      Form f = m.acronymIndex.get(am.group());
      if (f == null || shouting(kept, am.start(), am.end())) continue;
      if (f.kind == Kind.DONOR && !donorContext(kept, am.start(), am.end(), lang)) continue;
      hits.add(new Hit(am.start(), am.end(), f.entry, true));
    }
    return hits;
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

  private record Matchers(Pattern names, Map<String, Entry> nameIndex, Pattern acronyms,
                          Map<String, Form> acronymIndex) {}

  private Matchers compile(String lang) {
    Map<String, Entry> nameIndex = new HashMap<>();
    Map<String, Form> acronymIndex = new HashMap<>();
    for (Form f : forms) {
      if (!f.usedIn(lang)) continue;
      if (f.kind == Kind.NAME) nameIndex.putIfAbsent(Fold.canonical(f.text), f.entry);
      else acronymIndex.putIfAbsent(f.text, f);
    }
    List<String> names = new ArrayList<>(nameIndex.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    List<String> acrs = new ArrayList<>(acronymIndex.keySet());
    acrs.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder np = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) np.append('|');
      String[] words = names.get(i).split(" ");
      for (int w = 0; w < words.length; w++) {
        if (w > 0) np.append("\\s+");
        np.append(Pattern.quote(words[w]));
      }
    }
    np.append(")(?![\\p{L}\\p{N}])");
    StringBuilder ap = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < acrs.size(); i++) {
      if (i > 0) ap.append('|');
      ap.append(Pattern.quote(acrs.get(i)));
    }
    ap.append(")(?![\\p{L}\\p{N}])");
    return new Matchers(Pattern.compile(np.toString()), nameIndex, Pattern.compile(ap.toString()), acronymIndex);
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
