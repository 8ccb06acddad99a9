package org.hscheck.extract.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hscheck.extract.text.Guarded;

/**
 * What a section's headings say about the mentions inside it: project arrangements, background, or neither. One
 * instance serves one document and reads each heading and each heading path once.
 */
final class Sections {
  /** The kind of section a mention sits in. */
  enum Kind { PARTICIPATION, BACKGROUND, NEUTRAL }

  private static final Guarded PARTICIPATION = Guarded.compile(
      "partner|implement|management|managing|coordinat|arrangement|governance|institutional|roles?\\b|responsib"
          + "|division of labou?r|budget|work ?plan|activities|outputs|results framework|logical framework|logframe"
          + "|stakeholder|lead agency|participating|executing|execution|operational|cover page|programme summary"
          + "|partenai|partenariat|mise en oeuvre|gestion|pilotage|modalit|dispositif|cadre institutionnel|plan de travail"
          + "|activites|produits|cadre de resultats|cadre logique|agence chef|parties prenantes"
          + "|socio|alianza|ejecucion|implementacion|arreglos|funciones|presupuesto|plan de trabajo|actividades"
          + "|productos|marco de resultados|marco logico|agencia lider|actores");
  private static final Guarded BACKGROUND = Guarded.compile(
      "background|context|rationale|justification|problem|situation|lessons|previous|past |prior |experience"
          + "|references|bibliograph|literature|annex of sources|sources|baseline data|country profile|history"
          + "|contexte|historique|justification|problematique|lecons|experiences|antecedents|references|bibliographie"
          + "|contexto|antecedentes|justificacion|problema|situacion|lecciones|experiencias|referencias|bibliografia");

  private final Map<List<String>, Kind> byPath = new HashMap<>();
  /** What each heading says on its own; NEUTRAL when nothing. */
  private final Map<String, Kind> byHeading = new HashMap<>();

  /** The kind decided by the innermost heading that says something; NEUTRAL when none does. */
  Kind of(List<String> sectionPath) {
    Kind kind = byPath.get(sectionPath);
    if (kind == null) {
      kind = Kind.NEUTRAL;
      for (int i = sectionPath.size() - 1; i >= 0 && kind == Kind.NEUTRAL; i--) {
        kind = byHeading.computeIfAbsent(sectionPath.get(i), Sections::says);
      }
      byPath.put(sectionPath, kind);
    }
    return kind;
  }

  /** What one heading says: participation wins when it says both. */
  private static Kind says(String heading) {
    String h = Fold.fold(heading);
    if (PARTICIPATION.find(h)) return Kind.PARTICIPATION;
    return BACKGROUND.find(h) ? Kind.BACKGROUND : Kind.NEUTRAL;
  }
}
