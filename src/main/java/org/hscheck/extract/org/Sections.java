package org.hscheck.extract.org;

import java.util.List;
import java.util.regex.Pattern;

/** What a section's headings say about the mentions inside it: project arrangements, background, or neither. */
final class Sections {
  private Sections() {}

  /** The kind of section a mention sits in. */
  enum Kind { PARTICIPATION, BACKGROUND, NEUTRAL }

  private static final Pattern PARTICIPATION = Pattern.compile(
      "partner|implement|management|managing|coordinat|arrangement|governance|institutional|roles?\\b|responsib"
          + "|division of labou?r|budget|work ?plan|activities|outputs|results framework|logical framework|logframe"
          + "|stakeholder|lead agency|participating|executing|execution|operational|cover page|programme summary"
          + "|partenai|partenariat|mise en oeuvre|gestion|pilotage|modalit|dispositif|cadre institutionnel|plan de travail"
          + "|activites|produits|cadre de resultats|cadre logique|agence chef|parties prenantes"
          + "|socio|alianza|ejecucion|implementacion|arreglos|funciones|presupuesto|plan de trabajo|actividades"
          + "|productos|marco de resultados|marco logico|agencia lider|actores");
  private static final Pattern BACKGROUND = Pattern.compile(
      "background|context|rationale|justification|problem|situation|lessons|previous|past |prior |experience"
          + "|references|bibliograph|literature|annex of sources|sources|baseline data|country profile|history"
          + "|contexte|historique|justification|problematique|lecons|experiences|antecedents|references|bibliographie"
          + "|contexto|antecedentes|justificacion|problema|situacion|lecciones|experiencias|referencias|bibliografia");

  /** The kind decided by the innermost heading that says something; NEUTRAL when none does. */
  static Kind of(List<String> sectionPath) {
    for (int i = sectionPath.size() - 1; i >= 0; i--) {
      String h = Fold.fold(sectionPath.get(i));
      boolean part = PARTICIPATION.matcher(h).find();
      boolean back = BACKGROUND.matcher(h).find();
      if (part && !back) return Kind.PARTICIPATION;
      if (back && !part) return Kind.BACKGROUND;
      if (part) return Kind.PARTICIPATION;
    }
    return Kind.NEUTRAL;
  }
}
