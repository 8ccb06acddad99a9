package org.hscheck.extract.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** {@link #wordChar} of the ASCII characters, for names and for acronyms (set before the gazetteer loads). */
  private static final char[] NAME_ASCII = new char[128];
  private static final char[] ACRONYM_ASCII = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      NAME_ASCII[c] = readWordChar(c, true);
      ACRONYM_ASCII[c] = readWordChar(c, false);
    }
  }

  private static final Gazetteer INSTANCE = load();

  private final Map<String, Entry> entries;
  private final List<Form> forms;
  /** The entry of each full name, by its canonical form; the first form listed wins. */
  private final Map<String, Entry> byName = new HashMap<>();
  /** The acronym and donor forms of each surface, in the order listed. */
  private final Map<String, List<Form>> acronymForms = new HashMap<>();
  private final Map<String, Matchers> byLanguage = new ConcurrentHashMap<>();
  /** Every form holds a letter once read as its trie reads it (see {@link #needsLetters}). */
  private final boolean needsLetters;

  private Gazetteer(Map<String, Entry> entries, List<Form> forms) {
    this.entries = entries;
    this.forms = forms;
    boolean letters = true;
    for (Form f : forms) {
      if (f.kind == Kind.NAME) {
        byName.putIfAbsent(Fold.canonical(f.text), f.entry);
      } else {
        acronymForms.computeIfAbsent(f.text, k -> new ArrayList<>()).add(f);
      }
      String read = f.kind == Kind.NAME ? Fold.fold(f.text) : Fold.foldKeepCase(f.text);
      letters &= read.chars().anyMatch(Character::isLetter);
    }
    needsLetters = letters;
  }

  /**
   * True when no text without a letter can match a form: every form holds one, and folding turns no other
   * character into a letter.
   */
  boolean needsLetters() {
    return needsLetters;
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
    for (Form f : acronymForms.getOrDefault(acronym, List.of())) if (f.usedIn(lang)) return Optional.of(f.entry);
    return Optional.empty();
  }

  /** Every gazetteer match in {@code text}, possibly overlapping; acronyms of the donor kind only in a donor context. */
  List<Hit> find(String text, String lang) {
    Matchers m = byLanguage.computeIfAbsent(lang, this::compile);
    List<Hit> hits = new ArrayList<>();
    int[] end = new int[1];
    for (int i = nextWord(text, 0, true); i < text.length(); ) {
      Form f = m.names.longest(text, true, i, end);
      if (f == null) {
        i = nextWord(text, wordEnd(text, i, true), true);
        continue;
      }
      hits.add(new Hit(i, end[0], f.entry, false));
      i = nextWord(text, end[0], true);
    }
    String kept = null;
    for (int i = nextWord(text, 0, false); i < text.length(); ) {
      Form f = m.acronyms.longest(text, false, i, end);
      if (f == null) {
        i = nextWord(text, wordEnd(text, i, false), false);
        continue;
      }
      int s = i;
      int e = end[0];
      if (e < text.length() && text.charAt(e) == '.' && f.text.endsWith(".")) e++;
      i = nextWord(text, end[0], false);
      if (kept == null) kept = Fold.foldKeepCase(text);
      if (shouting(kept, s, e)) continue;
      if (f.kind == Kind.DONOR && !donorContext(kept, s, e, lang)) continue;
      hits.add(new Hit(s, e, f.entry, true));
    }
    return hits;
  }

  /**
   * The start of the first word at or after {@code from}, or the text's length when none. Words are runs of letters
   * and digits once folded (names) or once folded keeping case (acronyms); the two differ for a few characters only,
   * such as the CJK compatibility ideographs whose decomposition leaves the Basic Multilingual Plane.
   */
  private static int nextWord(String text, int from, boolean names) {
    int i = from;
    while (i < text.length() && wordChar(text.charAt(i), names) == 0) i++;
    return i;
  }

  /** The end of the word that holds {@code i}. */
  private static int wordEnd(String text, int i, boolean names) {
    while (i < text.length() && wordChar(text.charAt(i), names) != 0) i++;
    return i;
  }

  /** The words of {@code form} as a trie reads them. */
  private static String[] words(String form, boolean names) {
    String read = names ? Fold.fold(form) : Fold.foldKeepCase(form);
    List<String> out = new ArrayList<>();
    for (int i = nextWord(form, 0, names); i < form.length(); i = nextWord(form, i, names)) {
      int start = i;
      i = wordEnd(form, i, names);
      out.add(read.substring(start, i));
    }
    return out.toArray(String[]::new);
  }

  /**
   * The character as a trie reads it (folded for names, folded keeping case for acronyms) when it belongs to a word,
   * else 0.
   */
  private static char wordChar(char c, boolean names) {
    if (c < 128) return names ? NAME_ASCII[c] : ACRONYM_ASCII[c];
    return readWordChar(c, names);
  }

  private static char readWordChar(char c, boolean names) {
    char r = names ? Fold.foldChar(c) : Fold.keepCaseChar(c);
    return Character.isLetterOrDigit(r) ? r : 0;
  }

  /**
   * A trie of surface forms, character by character: each form is its words joined by a space (a character no word
   * holds), so a form matches whole words only. Nodes are numbered; the root is 0.
   */
  private static final class Trie {
    private static final char WORD_BREAK = ' ';
    /** Characters leaving each node, ascending, and the nodes they lead to. */
    private char[][] keys = {new char[0]};
    private int[][] targets = {new int[0]};
    /** The form ending at each node, or null. */
    private Form[] forms = {null};
    private int size = 1;
    /** The root's transitions for ASCII characters (-1 for none): every word is tried from the root. */
    private final int[] rootAscii = new int[128];

    Trie() {
      Arrays.fill(rootAscii, -1);
    }

    void add(String[] words, Form f) {
      if (words.length == 0) return;
      int node = 0;
      for (int w = 0; w < words.length; w++) {
        if (w > 0) node = child(node, WORD_BREAK);
        for (int i = 0; i < words[w].length(); i++) node = child(node, words[w].charAt(i));
      }
      if (forms[node] == null) forms[node] = f;
    }

    /** The node {@code c} leads to from {@code node}, made when missing. */
    private int child(int node, char c) {
      char[] k = keys[node];
      int at = Arrays.binarySearch(k, c);
      if (at >= 0) return targets[node][at];
      if (size == forms.length) {
        keys = Arrays.copyOf(keys, size * 2);
        targets = Arrays.copyOf(targets, size * 2);
        forms = Arrays.copyOf(forms, size * 2);
      }
      int made = size++;
      keys[made] = new char[0];
      targets[made] = new int[0];
      int insert = -at - 1;
      char[] nk = new char[k.length + 1];
      int[] nt = new int[k.length + 1];
      System.arraycopy(k, 0, nk, 0, insert);
      System.arraycopy(targets[node], 0, nt, 0, insert);
      nk[insert] = c;
      nt[insert] = made;
      System.arraycopy(k, insert, nk, insert + 1, k.length - insert);
      System.arraycopy(targets[node], insert, nt, insert + 1, k.length - insert);
      keys[node] = nk;
      targets[node] = nt;
      if (node == 0 && c < 128) rootAscii[c] = made;
      return made;
    }

    /** The node {@code c} leads to from {@code node}, or -1. */
    private int step(int node, char c) {
      if (node == 0 && c < 128) return rootAscii[c];
      char[] k = keys[node];
      if (k.length <= 8) {
        for (int i = 0; i < k.length; i++) if (k[i] == c) return targets[node][i];
        return -1;
      }
      int at = Arrays.binarySearch(k, c);
      return at >= 0 ? targets[node][at] : -1;
    }

    /**
     * The longest form whose words start at {@code start}, the text read as for names or acronyms; {@code end[0]}
     * receives the end of its last word.
     */
    Form longest(String text, boolean names, int start, int[] end) {
      int node = 0;
      Form best = null;
      int p = start;
      while (true) {
        for (char c; p < text.length() && (c = wordChar(text.charAt(p), names)) != 0; p++) {
          if ((node = step(node, c)) < 0) return best;
        }
        if (forms[node] != null) {
          best = forms[node];
          end[0] = p;
        }
        p = nextWord(text, p, names);
        if (p == text.length() || (node = step(node, WORD_BREAK)) < 0) return best;
      }
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
        names.add(words(f.text, true), f);
      } else {
        acronyms.add(words(f.text, false), f);
      }
    }
    return new Matchers(names, acronyms);
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
