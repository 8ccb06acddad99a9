package org.hscheck.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged rule set as a Drools executable model, generated at build time so that the jar loads it without
 * compiling DRL. {@link #main} (run by Maven in {@code process-classes}) builds the rules under {@code rules/} on the
 * class path and writes the generated classes into the class output directory, with the index {@value #INDEX}: the
 * version and digest of the rule files they were built from, the model class, and the classes written.
 */
final class PrecompiledRules {
  static final String INDEX = "rules-compiled/index.properties";
  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

  private PrecompiledRules() {}

  /**
   * The KieBase precompiled from exactly these rule files, or null (with a warning) when there is none on the class
   * path or it was built from other files.
   */
  static KieBase load(RuleFiles files) {
    Properties index = new Properties();
    try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        LOG.warn("no precompiled rule set on the class path ({} is missing): compiling the packaged rules now", INDEX);
        return null;
      }
      index.load(in);
    } catch (IOException e) {
      throw new RuleSetException("cannot read classpath:" + INDEX + ": " + e.getMessage(), e);
    }
    if (!files.digest().equals(index.getProperty("digest"))) {
      LOG.warn("the precompiled rule set was built from other rule files ({}, packaged {}): compiling the packaged rules now",
          index.getProperty("digest"), files.digest());
      return null;
    }
    try {
      Class<?> model = Class.forName(index.getProperty("model"), true, PrecompiledRules.class.getClassLoader());
      return KieBaseBuilder.createKieBaseFromModel(
          ((CanonicalKieModuleModel) model.getConstructor().newInstance()).getModels());
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new RuleSetException("the precompiled rule set " + index.getProperty("model") + " cannot be loaded: " + e, e);
    }
  }

  /**
   * Build step: precompiles the rules under {@code rules/} on the class path into {@code args[0]} (the class output
   * directory, itself on the class path), then loads them back as {@link RuleSet#loadDefault()} will. Exits with 1,
   * naming the rule file and line, when a rule does not compile.
   */
  public static void main(String[] args) throws IOException {
    if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
      ctx.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
      ctx.getLogger("org.drools").setLevel(ch.qos.logback.classic.Level.OFF);
    }
    long start = System.nanoTime();
    try {
      RuleFiles files = RuleFiles.fromClasspath();
      int classes = write(files, Path.of(args[0]));
      RuleSet set = RuleSet.loadPackaged();
      if (!set.origin().endsWith("(precompiled)")) throw new RuleSetException("the precompiled rule set was not loaded back");
      System.out.printf("precompiled rule set %s %s: %d rules, %d classes, %.1f s%n", files.version(), files.digest(),
          set.catalogue().size(), classes, (System.nanoTime() - start) / 1e9);
    } catch (RuleSetException e) {
      System.err.println("hscheck: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Builds the executable model of the rule files and writes its classes and the index into {@code out}, replacing
   * those of a previous run; returns the number of classes written.
   */
  static int write(RuleFiles files, Path out) throws IOException {
    deletePrevious(out);
    KieServices ks = KieServices.Factory.get();
    ReleaseId rid = ks.newReleaseId("org.hscheck", "hscheck-rules", "1.0.0");
    KieBuilder kb = RuleSet.kieBuilder(ks, rid, files).buildAll(ExecutableModelProject.class);
    if (kb.getResults().hasMessages(Message.Level.ERROR)) {
      RuleSet.compile(files); // the classic compiler names the rule file and line
      RuleSet.failOnErrors(kb, files); // else an error of the executable model only, in its generated sources
    }
    List<String> classes = writeClasses(((InternalKieModule) kb.getKieModule()).getBytes(), out);
    Properties index = new Properties();
    index.setProperty("version", files.version());
    index.setProperty("digest", files.digest());
    index.setProperty("model", CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(rid));
    index.setProperty("classes", String.join(",", classes));
    Files.createDirectories(out.resolve(INDEX).getParent());
    try (Writer w = Files.newBufferedWriter(out.resolve(INDEX), StandardCharsets.UTF_8)) {
      index.store(w, "written by " + PrecompiledRules.class.getName() + " from classpath:rules; do not edit");
    }
    return classes.size();
  }

  /** Removes the classes a previous run wrote, so that none of an older rule set stays in the jar. */
  private static void deletePrevious(Path out) throws IOException {
    Path index = out.resolve(INDEX);
    if (!Files.isRegularFile(index)) return;
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(index)) {
      p.load(in);
    }
    for (String c : Arrays.asList(p.getProperty("classes", "").split(","))) {
      if (!c.isBlank()) Files.deleteIfExists(out.resolve(c));
    }
    Files.delete(index);
  }

  private static List<String> writeClasses(byte[] kjar, Path out) throws IOException {
    List<String> written = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (!e.getName().endsWith(".class")) continue;
        Path target = out.resolve(e.getName());
        Files.createDirectories(target.getParent());
        Files.write(target, zip.readAllBytes());
        written.add(e.getName());
      }
    }
    return written;
  }
}
