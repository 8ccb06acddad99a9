package org.hscheck.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a section is about, read from its headings in EN/FR/ES: the context before the project (background,
 * justification, lessons learned, references), the project's own results and activities, or anything else.
 * The innermost heading that says something decides.
 */
public enum SectionKind {
  /** Context, background, problem analysis, justification, lessons learned, past projects, references. */
  BACKGROUND,
  /** Objectives, outcomes, outputs, activities, strategy, results framework, work plan, project description. */
  RESULTS,
  /** Any other section (management, monitoring, budget, partners...), or no heading. */
  OTHER;

  private static final Pattern BACKGROUND_HEADING = Pattern.compile(
      "\\b(?:background|context|situation|problem|justification|rationale|lessons?|learned|learnt|previous|past experience"
          + "|references|bibliography|acronyms|abbreviations|contexte|problematique|lecons|enseignements|experiences? anterieures?"
          + "|bibliographie|sigles|antecedentes|contexto|justificacion|problematica|lecciones|aprendidas|experiencias? previas?"
          + "|bibliografia|siglas|analisis de (?:la )?situacion|analyse de (?:la )?situation)\\b");
  private static final Pattern RESULTS_HEADING = Pattern.compile(
      "\\b(?:objectives?|outcomes?|outputs?|results?|activit(?:y|ies)|strateg(?:y|ies)|logframe|logical framework|work ?plan"
          + "|programme description|project description|program description|intervention|components?|approach|implementation"
          + "|objectifs?|resultats?|produits?|activites?|strategies?|cadre logique|plan de travail|description du (?:projet|programme)"
          + "|composantes?|approche|mise en oeuvre|objetivos?|resultados?|productos?|actividad(?:es)?|estrategias?|marco logico"
          + "|plan de trabajo|descripcion del (?:proyecto|programa)|componentes?|enfoque|ejecucion|implementacion)\\b");

  /** The kind of the section with this heading path (outermost first). */
  public static SectionKind of(List<String> sectionPath) {
    for (int i = sectionPath.size() - 1; i >= 0; i--) {
      String h = Text.fold(sectionPath.get(i));
      if (BACKGROUND_HEADING.matcher(h).find()) return BACKGROUND;
      if (RESULTS_HEADING.matcher(h).find()) return RESULTS;
    }
    return OTHER;
  }
}
