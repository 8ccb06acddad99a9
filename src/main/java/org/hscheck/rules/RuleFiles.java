package org.hscheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a rule set as listed by its index {@code ruleset.properties} ({@code version}, {@code files}: rule files
 * relative to the rule directory, comma separated), read from a directory or from the classpath.
 */
record RuleFiles(String version, Map<String, byte[]> files, String origin) {
  static final String INDEX = "ruleset.properties";
  static final String CLASSPATH_ROOT = "rules/";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|(\\S+))");

  /** Reads a rule directory; every .drl and .drl.xlsx in it must be listed in the index. */
  static RuleFiles fromDirectory(Path dir) {
    Path index = dir.resolve(INDEX);
    if (!Files.isRegularFile(index)) throw new RuleSetException(index + " is missing: a rule directory needs its index");
    Properties p = properties(read(index), index.toString());
    Map<String, byte[]> files = new TreeMap<>();
    for (String f : listed(p, index.toString())) {
      Path file = dir.resolve(f);
      if (!Files.isRegularFile(file)) throw new RuleSetException(index + " lists " + f + ", which does not exist in " + dir);
      files.put(f, read(file));
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(f).toString().replace('\\', '/');
        if (isRuleFile(rel) && !files.containsKey(rel)) {
          throw new RuleSetException(dir.resolve(rel) + " is not listed in " + index + ": add it to 'files' or remove it");
        }
      }
    } catch (IOException e) {
      throw new RuleSetException("cannot list rule directory " + dir + ": " + e.getMessage(), e);
    }
    return new RuleFiles(version(p, index.toString()), files, dir.toString());
  }

  /** Reads the rule set packaged under {@code rules/} on the classpath (works inside the Spring Boot jar). */
  static RuleFiles fromClasspath() {
    ClassLoader cl = RuleFiles.class.getClassLoader();
    String indexName = CLASSPATH_ROOT + INDEX;
    byte[] indexBytes = resource(cl, indexName);
    if (indexBytes == null) throw new RuleSetException("classpath:" + indexName + " is missing: the jar carries no rule set");
    Properties p = properties(indexBytes, "classpath:" + indexName);
    Map<String, byte[]> files = new TreeMap<>();
    for (String f : listed(p, indexName)) {
      byte[] b = resource(cl, CLASSPATH_ROOT + f);
      if (b == null) throw new RuleSetException("classpath:" + indexName + " lists " + f + ", which is not in the jar");
      files.put(f, b);
    }
    return new RuleFiles(version(p, indexName), files, "classpath:rules");
  }

  static boolean isRuleFile(String name) {
    return name.endsWith(".drl") || name.endsWith(".drl.xlsx");
  }

  /** "sha256:" + hex of the sorted relative paths and bytes of every rule file. */
  String digest() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (var e : new TreeMap<>(files).entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue());
        md.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The file of each DRL rule, by "package/rule name" (the executable model keeps no source of a rule). */
  Map<String, String> ruleFiles() {
    Map<String, String> out = new TreeMap<>();
    drlSources().forEach((file, text) -> {
      Matcher pkg = PACKAGE.matcher(text);
      String prefix = pkg.find() ? pkg.group(1) + "/" : "/";
      for (Matcher m = RULE.matcher(text); m.find(); ) out.put(prefix + (m.group(1) != null ? m.group(1) : m.group(2)), file);
    });
    return out;
  }

  /** The DRL files' text by relative path, for checks over their source. */
  Map<String, String> drlSources() {
    Map<String, String> out = new LinkedHashMap<>();
    files.forEach((k, v) -> { if (k.endsWith(".drl")) out.put(k, new String(v, StandardCharsets.UTF_8)); });
    return out;
  }

  private static List<String> listed(Properties p, String where) {
    String v = p.getProperty("files");
    if (v == null || v.isBlank()) throw new RuleSetException(where + " has no 'files' entry");
    List<String> out = new ArrayList<>();
    for (String f : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
      if (!isRuleFile(f)) throw new RuleSetException(where + " lists " + f + ": rule files end in .drl or .drl.xlsx");
      out.add(f);
    }
    return out;
  }

  private static String version(Properties p, String where) {
    String v = p.getProperty("version");
    if (v == null || v.isBlank()) throw new RuleSetException(where + " has no 'version' entry");
    return v.strip();
  }

  private static Properties properties(byte[] bytes, String where) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    } catch (IOException | IllegalArgumentException e) {
      throw new RuleSetException(where + " is not a valid properties file: " + e.getMessage(), e);
    }
    return p;
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new RuleSetException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  private static byte[] resource(ClassLoader cl, String name) {
    try (InputStream in = cl.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new RuleSetException("cannot read classpath:" + name + ": " + e.getMessage(), e);
    }
  }
}
