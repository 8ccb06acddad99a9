package org.hscheck.extract.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hscheck.document.Block;
import org.hscheck.document.Location;
import org.hscheck.document.Note;
import org.hscheck.document.ProposalDocument;
import org.hscheck.document.Section;
import org.hscheck.document.Table;
import org.hscheck.extract.Evidence;
import org.hscheck.extract.OrgType;
import org.hscheck.extract.Participant;
import org.hscheck.extract.Role;
import org.hscheck.extract.text.Guarded;
import org.hscheck.extract.text.Sentences;
import org.hscheck.extract.org.Gazetteer.Policy;
import org.hscheck.extract.org.OrgFinder.Mention;
import org.hscheck.extract.org.RoleCues.Cue;
import org.hscheck.extract.org.RoleCues.Reading;

/**
 * Finds the organisations a proposal names and decides each one's role in the project.
 *
 * <p>Bodies come from the gazetteer ({@code gazetteer.tsv}: UN bodies, donors, IFIs, common NGOs, in English, French
 * and Spanish, with former names), from name patterns ("Ministry of ...", "... Foundation", "Asociación ...") and
 * from acronyms the document defines. One participant per body: UNIFEM, UN Women and ONU Femmes are one; PNUD is
 * UNDP; PAHO/OPS fold into WHO. A body takes part when a sentence says so (future or responsibility verbs, "in
 * partnership with", "implemented by", "lead agency"), when a table row gives it work or money, or when it is
 * named in a partnership, management or budget section without being cited; a body only cited (statistics,
 * reports, past projects, examples) or said not to take part is CITED.
 *
 * <p>Policy for bodies that never count as participating UN organisations: UNAIDS (a joint programme of cosponsors)
 * is reported with role CITED whatever the text says; "the UN", the UN system, the UN Country Team and Resident
 * Coordinator, and the Trust Fund and its Human Security Unit (the funder applied to) name no partner and are not
 * reported at all. IOM has type UN_RELATED. Exactly one LEAD when the text designates a single UN lead agency (the
 * one designated most often when readings differ); none when it designates none or co-leads; several when one
 * sentence or table row makes several bodies lead, each of its own part.
 */
public final class ParticipantExtractor {
  private static final int MAX_EVIDENCE = 6;
  private static final int MAX_QUOTE = 400;

  /** Every organisation named, with its role, responsibilities and evidence; {@code language} is "en", "fr" or "es". */
  public List<Participant> extract(ProposalDocument document, String language) {
    String lang = language == null ? "und" : language.toLowerCase(java.util.Locale.ROOT);
    if (!lang.equals("en") && !lang.equals("fr") && !lang.equals("es")) lang = "und";
    List<Block> blocks = document.blocks();
    List<String> texts = new ArrayList<>();
    for (Block b : blocks) collectTexts(b, texts);
    for (Section s : document.sections()) texts.add(s.heading());
    Pass pass = new Pass(lang);
    pass.finder.learnDefinitions(texts);
    for (Block b : blocks) pass.read(b);
    return pass.tally.participants();
  }

  private static void collectTexts(Block b, List<String> out) {
    if (b instanceof Table t) {
      for (Table.Row r : t.rows()) {
        for (Table.Cell c : r.cells()) {
          out.add(c.text());
          for (Table n : c.nested()) collectTexts(n, out);
        }
      }
    } else {
      out.add(b.text());
    }
  }

  /**
   * The reading of one document: its finder, cues, section kinds and tally, and the sentences of each text and the
   * readings of each sentence read so far (texts recur: a cell and its sentence, repeated cells and lines).
   */
  private static final class Pass {
    final OrgFinder finder;
    final RoleCues cues;
    final Sections sections = new Sections();
    final Tally tally = new Tally();
    private final Map<String, List<String>> sentences = new HashMap<>();
    private final Map<String, List<Reading>> readings = new HashMap<>();

    Pass(String lang) {
      finder = new OrgFinder(lang);
      cues = new RoleCues(lang);
    }

    void read(Block b) {
      Sections.Kind kind = b instanceof Note ? Sections.Kind.BACKGROUND : sections.of(b.location().sectionPath());
      if (b instanceof Table t) {
        readTable(t, kind);
      } else {
        readText(b.text(), b.location(), 0, kind);
      }
    }

    void readText(String text, Location loc, int offset, Sections.Kind kind) {
      List<String> split = sentences.computeIfAbsent(text, Sentences::split);
      for (int k = 0; k < split.size(); k++) {
        String sentence = split.get(k);
        List<Mention> ms = finder.find(sentence);
        if (onlyGeneric(ms)) continue; // the tally drops generic words, whatever their reading
        List<Reading> rs = readings.computeIfAbsent(sentence, s -> withoutDeferredRoles(s, ms, cues.read(s, ms)));
        // "UNHCR joins as a co-implementing organization. Its activities and budget will be defined later."
        if (k + 1 < split.size() && !ms.isEmpty() && ms.get(0).start() <= SUBJECT_REACH && rs.get(0).responsibility()
            && LEADING_ROLE_DEFERRED.find(Fold.fold(split.get(k + 1)))) {
          rs = new ArrayList<>(rs);
          Reading r = rs.get(0);
          rs.set(0, new Reading(r.cue(), false, r.shared(), r.presentTense()));
        }
        // "UNICEF supports MoHCC in ..., and FAO runs a ... project. Both programmes are complementary and are not part of
        // this proposal.": what the bodies do there is their own work outside the programme
        if (k + 1 < split.size() && !ms.isEmpty() && OTHERS_NOT_PART.find(Fold.fold(split.get(k + 1)))) {
          rs = rs.stream().map(r -> r.cue() == Cue.LEAD || r.cue() == Cue.CO_LEAD ? r : new Reading(Cue.NEG, false)).toList();
        }
        Evidence ev = evidence(sentence, loc, offset, offset + text.length());
        for (int i = 0; i < ms.size(); i++) tally.add(ms.get(i), rs.get(i), kind, ev);
      }
    }

    /**
     * The readings, without the responsibility of a body whose own part the sentence puts off, between its name and the
     * next: "UN Women brings its experience; its contribution will be defined once its funding is confirmed".
     */
    private static List<Reading> withoutDeferredRoles(String sentence, List<Mention> ms, List<Reading> rs) {
      String f = Fold.fold(sentence);
      if (!ROLE_DEFERRED.guard().mayMatch(f)) return rs;
      List<Reading> out = new ArrayList<>(rs);
      for (int i = 0; i < ms.size(); i++) {
        Reading r = out.get(i);
        int to = i + 1 < ms.size() ? ms.get(i + 1).start() : f.length();
        if (r.responsibility() && to > ms.get(i).end() && ROLE_DEFERRED.find(f.substring(ms.get(i).end(), to))) {
          out.set(i, new Reading(r.cue(), false, r.shared(), r.presentTense()));
        }
      }
      return out;
    }

    void readTable(Table t, Sections.Kind kind) {
      List<Table.Row> rows = t.rows();
      int headerRows = Math.max(t.headerRows(), rows.isEmpty() ? 0 : looksLikeHeader(rows.get(0)) ? 1 : 0);
      if (headerRows > 0 && labelCue(cellTexts(rows.get(0))) != null) headerRows = 0;
      List<String> header = headerRows > 0 ? cellTexts(rows.get(0)) : List.of();
      Boolean[] responsibleColumns = new Boolean[header.size()];
      int rowOffset = 0;
      for (int r = 0; r < rows.size(); r++) {
        Table.Row row = rows.get(r);
        int rowLength = Math.max(0, row.cells().size() - 1); // the row's text: its cells joined by tabs
        for (Table.Cell c : row.cells()) rowLength += c.text().length();
        int rowStart = rowOffset;
        rowOffset += rowLength + 1;
        for (Table.Cell c : row.cells()) for (Table n : c.nested()) readTable(n, kind);
        if (r < headerRows) continue;
        List<List<Mention>> mentions = new ArrayList<>(row.cells().size());
        boolean any = false;
        for (Table.Cell c : row.cells()) {
          List<Mention> ms = finder.find(c.text());
          mentions.add(ms);
          any |= !ms.isEmpty();
        }
        if (!any) continue;
        List<String> cells = cellTexts(row);
        Evidence rowEvidence = evidence(String.join(" | ", cells), t.location(), rowStart, rowStart + rowLength);
        Cue labelCue = labelCue(cells);
        boolean hasMoney = false;
        for (String c : cells) hasMoney |= money(c);
        int cellOffset = rowStart;
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c);
          int cellStart = cellOffset;
          cellOffset += cell.length() + 1;
          List<Mention> ms = mentions.get(c);
          if (ms.isEmpty()) continue;
          if (labelCue != null && c > 0) {
            for (Mention m : ms) tally.add(m, new Reading(labelCue, labelCue == Cue.LEAD, true), kind, rowEvidence);
            continue;
          }
          boolean responsibleColumn = c > 0 && c < header.size() && responsibleColumn(header, responsibleColumns, c);
          boolean wholeCellNames = ms.size() <= 4 && namesOnly(cell, ms);
          if ((responsibleColumn || hasMoney && c == 0) && wholeCellNames) {
            for (Mention m : ms) tally.add(m, new Reading(Cue.PART, true, true), kind, rowEvidence);
            continue;
          }
          if (wholeCellNames && cells.size() > 1 && kind != Sections.Kind.BACKGROUND && (hasMoney || c > 0)) {
            for (Mention m : ms) tally.add(m, new Reading(Cue.PART, true, true), kind, rowEvidence);
            continue;
          }
          readText(cell, t.location(), cellStart, kind);
        }
      }
    }
  }

  // ---- tables ----

  /** A body's own part put off: "its contribution will be defined", "ses activités ... seront définies", "su rol se definirá". */
  private static final String ROLE_DEFERRED_SOURCE =
      "(?:\\b(?:its|their) |^\\s*['’]s )(?:specific |own |exact )?(?:contribution|role|activities|activities and resources|part|share|tasks|budget)"
          + " (?:[\\w'-]+ ){0,4}?(?:will|shall|is to|are to) be (?:defined|determined|agreed|set out|specified|decided|identified"
          + "|clarified|costed|confirmed|detailed|finali[sz]ed|worked out)"
          + "|\\b(?:sa|leur|ses|leurs) (?:contribution|role|activites|part|taches|budget)s? (?:[\\w'-]+ ){0,4}?(?:sera|seront)"
          + " (?:definie?s?|precisee?s?|determinee?s?|arretee?s?|fixee?s?|convenue?s?)"
          + "|\\b(?:su|sus) (?:contribucion|rol|papel|actividades|aporte|tareas|presupuesto)(?:es)? (?:[\\w'-]+ ){0,4}?"
          + "(?:se (?:definir|precisar|determinar|acordar)an?|(?:sera|seran) (?:definid|precisad|determinad|acordad)[oa]s?)";
  private static final Guarded ROLE_DEFERRED = Guarded.compile(ROLE_DEFERRED_SOURCE);
  /** The same, opening a sentence: it speaks of the body the sentence before opened with. */
  private static final Guarded LEADING_ROLE_DEFERRED = Guarded.compile("^\\W*(?:" + ROLE_DEFERRED_SOURCE + ")");
  /** The programmes of the sentence before said to be outside this one: "Both programmes ... are not part of this proposal". */
  private static final Guarded OTHERS_NOT_PART = Guarded.compile(
      "^\\W*(?:both|these|those|the two|their|the other) (?:programmes?|programs?|projects?|initiatives?|interventions?)\\b[^.;]{0,80}?"
          + "\\b(?:are|is|remain) not (?:part of|included in|covered by|funded (?:by|under)) (?:this|the present) (?:proposal|programme|program|project)"
          + "|^\\W*(?:ces|les deux) (?:programmes|projets|initiatives)\\b[^.;]{0,80}?\\bne (?:font|fait) pas partie (?:de la presente proposition|de ce (?:programme|projet)|du present (?:programme|projet))"
          + "|^\\W*(?:ambos|estos|esos|los dos) (?:programas|proyectos|iniciativas)\\b[^.;]{0,80}?\\bno (?:forman|son) parte (?:de (?:esta|la presente) propuesta|de este (?:programa|proyecto))");
  /** Characters into a sentence within which a name opens it as its subject. */
  private static final int SUBJECT_REACH = 12;
  /** A lead of a part of the programme: "lead agency for the early-warning output", "chef de file du volet 2". */
  private static final Guarded PART_LEAD = Guarded.compile(
      "\\blead (?:un )?(?:agency|organi[sz]ation|entity) (?:for|of) (?:the |its |their |this )?(?:[\\w-]+ ){0,3}?(?:outputs?|components?|results?"
          + "|outcomes?|pillars?|strands?|activit\\w+|sectors?|clusters?|areas?|matters|purposes|work ?streams?|districts?|provinces?|regions?)\\b"
          + "|\\bchef de file (?:du|de la|des|pour le|pour la|pour les) (?:[\\w'-]+ ){0,3}?(?:volets?|composantes?|resultats?|produits?|axes?|secteurs?|clusters?|activites?)\\b"
          + "|\\b(?:agencia|organismo) (?:lider|principal) (?:del|de la|de los|de las|para el|para la) (?:[\\w-]+ ){0,3}?(?:componentes?|resultados?|productos?|ejes?|sectores?|clusters?|actividades?)\\b");
  private static final Guarded LEAD_LABEL = Guarded.compile(
      "lead (?:un )?(?:agency|organi[sz]ation|entity)|convening agency|agence (?:chef de file|principale|lead)|chef de file"
          + "|agencia (?:lider|principal|coordinadora)|organismo (?:lider|principal|coordinador)|entidad lider"
          + "|coordinating agency|agence coordonnatrice");
  private static final Guarded PART_LABEL = Guarded.compile(
      "participating|implementing|partner|executing|co ?implementing|responsible (?:agenc|organi[sz]ation|party|parties)"
          + "|participantes?|partenaires?|d'execution|de mise en oeuvre|co ?executant|executante?s?|socios?|ejecutor|co ?ejecutor|implementador|responsables?");
  private static final Guarded DONOR_LABEL = Guarded.compile(
      "donors?|co ?funding|co ?financing|funding (?:source|partner)|source of fund|bailleurs?|cofinancement"
          + "|donantes?|cofinanciamiento|cofinanciacion|fuentes? de financiamiento");
  private static final Guarded RESPONSIBLE_COLUMN = Guarded.compile(
      "responsib|lead|agenc|implementing|partner|organi[sz]ation|executing|who\\b|entity|responsable|organisme"
          + "|organismo|entidad|socio|chef de file|ejecutor|implementador|executant|acteurs?|actor(?:es)?");
  private static final Pattern MONEY = Pattern.compile(
      "(?:US\\$|USD|\\$|EUR|€|CHF|£)\\s*\\d|\\d\\s*(?:US\\$|USD|\\$|EUR|€)|\\d{1,3}(?:[,.\\s\u00A0\u202F]\\d{3})+(?:[.,]\\d{1,2})?"
          + "|\\b\\d{5,}\\b");

  private static boolean onlyGeneric(List<Mention> ms) {
    for (Mention m : ms) if (m.policy() != Policy.GENERIC) return false;
    return true;
  }

  /** True when the header of column {@code c} names who is responsible; {@code known} holds the answers so far. */
  private static boolean responsibleColumn(List<String> header, Boolean[] known, int c) {
    if (known[c] == null) known[c] = RESPONSIBLE_COLUMN.find(Fold.fold(header.get(c)));
    return known[c];
  }

  /** The role a label-value row gives the bodies in its other cells ("Lead agency | UNDP"), or null. */
  private static Cue labelCue(List<String> cells) {
    if (cells.size() < 2 || cells.get(0).length() > 160 || money(cells.get(0))) return null;
    String label = Fold.fold(cells.get(0));
    // a long label names its role first ("Agence chef de file du programme conjoint, interlocutrice de l'Unité ...")
    if (label.length() > 80) label = label.substring(0, 60);
    if (LEAD_LABEL.find(label)) return Cue.LEAD;
    if (DONOR_LABEL.find(label)) return Cue.DONOR;
    if (PART_LABEL.find(label)) return Cue.PART;
    return null;
  }

  private static final Pattern NAME_GLUE = Pattern.compile("^[\\s,;/&()+\\-–—:.•*]*(?:(?:and|et|y|with|avec|con|lead|chef de file|lider)[\\s,;/&()+\\-–—:.]*)*$",
      Pattern.CASE_INSENSITIVE);

  /** True when the cell holds little but organisation names ("UNICEF", "UNDP / UNFPA", "WHO (lead)"). */
  private static boolean namesOnly(String cell, List<Mention> ms) {
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (Mention m : ms) {
      rest.append(cell, at, m.start()).append(' ');
      at = m.end();
    }
    rest.append(cell.substring(at));
    return NAME_GLUE.matcher(rest.toString()).matches();
  }

  private static boolean looksLikeHeader(Table.Row row) {
    if (row.cells().size() < 2) return false;
    for (Table.Cell c : row.cells()) if (money(c.text())) return false;
    return true;
  }

  /** True when {@code text} holds an amount of money; each form has a digit, so text without one is skipped. */
  private static boolean money(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') return MONEY.matcher(text).find();
    }
    return false;
  }

  private static List<String> cellTexts(Table.Row row) {
    List<String> out = new ArrayList<>(row.cells().size());
    for (Table.Cell c : row.cells()) out.add(c.text());
    return out;
  }

  private static Evidence evidence(String quote, Location loc, int from, int to) {
    String q = Fold.collapseSpaces(quote.strip());
    if (q.length() > MAX_QUOTE) q = q.substring(0, MAX_QUOTE - 1) + "…";
    Location at = new Location(loc.page(), loc.sectionPath(), loc.block(), loc.charStart() + from,
        Math.min(loc.charEnd(), loc.charStart() + to));
    return new Evidence(q, at);
  }

  // ---- deciding ----

  /** What is known of one body across the document. */
  private static final class Body {
    final String key;
    final OrgType type;
    final Policy policy;
    final int order;
    String firstName;
    String partName;
    final List<Evidence> strong = new ArrayList<>();
    final List<Evidence> weak = new ArrayList<>();
    final List<Evidence> background = new ArrayList<>();
    final List<Evidence> cited = new ArrayList<>();
    final List<Evidence> negated = new ArrayList<>();
    final List<Evidence> lead = new ArrayList<>();
    final List<Evidence> duties = new ArrayList<>();
    int leads;
    /** Designations as lead of the whole programme, not of a part ("lead agency for the early-warning output"). */
    int wholeLeads;
    /** Readings that give a part other than by a verb in the present (a future, a label, an output, a table row). */
    int beyondPresent;
    int coLeads;
    int firstLead = Integer.MAX_VALUE;

    Body(String key, OrgType type, Policy policy, int order) {
      this.key = key;
      this.type = type;
      this.policy = policy;
      this.order = order;
    }

    /**
     * A body counts when a reading gives it a part and no denial says otherwise; a denial ("Ni el PMA ni la OIM forman
     * parte de este programa") outweighs readings that only describe what it does now ("El PMA ejecuta su programa").
     */
    boolean participates() {
      if (policy != Policy.COUNT) return false;
      if (!strong.isEmpty()) return negated.isEmpty() || beyondPresent > 0;
      return !weak.isEmpty() && negated.isEmpty();
    }
  }

  private static final class Tally {
    private final Map<String, Body> bodies = new LinkedHashMap<>();
    /** The UN bodies designated lead by each sentence or table row, to tell a lead divided between several. */
    private final Map<Evidence, Set<String>> leadsBy = new HashMap<>();
    private int counter;

    void add(Mention m, Reading r, Sections.Kind kind, Evidence ev) {
      if (m.policy() == Policy.GENERIC) return;
      Body b = bodies.computeIfAbsent(m.key(), k -> new Body(k, m.type(), m.policy(), bodies.size()));
      int at = counter++;
      if (b.firstName == null) b.firstName = m.surface();
      boolean background = kind == Sections.Kind.BACKGROUND;
      switch (r.cue()) {
        case LEAD, CO_LEAD, PART, DONOR -> {
          if (background) {
            addOnce(b.background, ev);
            return;
          }
          addOnce(b.strong, ev);
          if (!r.presentTense()) b.beyondPresent++;
          if (b.partName == null) b.partName = m.surface();
          if (r.responsibility()) addOnce(b.duties, ev);
          if (r.cue() == Cue.LEAD) {
            b.leads++;
            if (!PART_LEAD.find(Fold.fold(ev.quote()))) b.wholeLeads++;
            b.firstLead = Math.min(b.firstLead, at);
            addOnce(b.lead, ev);
            if (b.type == OrgType.UN || b.type == OrgType.UN_RELATED) leadsBy.computeIfAbsent(ev, e -> new HashSet<>()).add(b.key);
          }
          if (r.cue() == Cue.CO_LEAD) b.coLeads++;
        }
        case CITE -> addOnce(b.cited, ev);
        case NEG -> addOnce(b.negated, ev);
        case NONE -> {
          if (kind == Sections.Kind.PARTICIPATION) {
            addOnce(b.weak, ev);
            if (b.partName == null) b.partName = m.surface();
          } else {
            addOnce(b.cited, ev);
          }
        }
      }
    }

    List<Participant> participants() {
      Body designated = bodies.values().stream()
          .filter(b -> (b.type == OrgType.UN || b.type == OrgType.UN_RELATED) && b.participates() && b.leads > 0)
          .max(Comparator.comparingInt((Body b) -> b.leads).thenComparingInt(b -> -b.firstLead))
          .orElse(null);
      // "UNHCR and UNICEF will co-lead the programme and share the responsibilities of lead agency": a lead called
      // co-lead at least as often as sole lead, with another UN body co-leading, is no single lead
      boolean shared = designated != null && designated.coLeads >= designated.leads && bodies.values().stream()
          .anyMatch(b -> b != designated && b.coLeads > 0 && b.participates() && (b.type == OrgType.UN || b.type == OrgType.UN_RELATED));
      Body lead = shared ? null : designated;
      // one sentence or row making several bodies lead, each of its part ("UNDP is the lead agency for administrative
      // purposes, and FAO the lead agency for technical matters"): each is a lead, whatever the others say
      Set<String> divided = new HashSet<>();
      for (Set<String> keys : leadsBy.values()) if (keys.size() > 1) divided.addAll(keys);
      List<Participant> out = new ArrayList<>();
      for (Body b : bodies.values()) {
        boolean part = b.participates();
        boolean leads = b == lead || divided.contains(b.key) || contradicting(b, lead);
        Role role = !part ? Role.CITED : leads ? Role.LEAD : roleOf(b);
        List<Evidence> evidence = new ArrayList<>();
        if (part) {
          if (leads) evidence.addAll(b.lead);
          fill(evidence, b.strong);
          fill(evidence, b.weak);
        } else {
          fill(evidence, b.negated);
          fill(evidence, b.cited);
          fill(evidence, b.background);
          fill(evidence, b.strong);
          fill(evidence, b.weak);
        }
        List<Evidence> duties = part ? b.duties.stream().limit(MAX_EVIDENCE * 2L).toList() : List.of();
        String name = part && b.partName != null ? b.partName : b.firstName;
        out.add(new Participant(b.key, name, b.type, role, duties, evidence.stream().limit(MAX_EVIDENCE).toList()));
      }
      return out;
    }

    /**
     * True when {@code b}, a UN body other than {@code lead}, is designated the lead agency of the whole programme too:
     * the cover names UNDP, section G says "FAO, as lead agency for this programme"; neither is the single lead then.
     */
    private static boolean contradicting(Body b, Body lead) {
      return lead != null && b != lead && b.wholeLeads > 0 && lead.wholeLeads > 0 && b.participates()
          && (b.type == OrgType.UN || b.type == OrgType.UN_RELATED);
    }

    private static Role roleOf(Body b) {
      return switch (b.type) {
        case UN, UN_RELATED -> Role.PARTICIPATING;
        case GOVERNMENT -> Role.GOVERNMENT;
        case CIVIL_SOCIETY -> Role.CIVIL_SOCIETY;
        case BILATERAL_DONOR, IFI, FUND -> Role.DONOR;
      };
    }

    private static void fill(List<Evidence> into, List<Evidence> from) {
      for (Evidence e : from) if (into.size() < MAX_EVIDENCE) addOnce(into, e);
    }

    private static void addOnce(List<Evidence> list, Evidence e) {
      if (!list.contains(e)) list.add(e);
    }
  }
}
