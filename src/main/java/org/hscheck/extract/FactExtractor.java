package org.hscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.hscheck.document.DocumentMetadata;
import org.hscheck.document.ProposalDocument;
import org.hscheck.extract.budget.BudgetExtraction;
import org.hscheck.extract.budget.BudgetExtractor;
import org.hscheck.extract.org.ParticipantExtractor;
import org.hscheck.extract.org.ShortNames;
import org.hscheck.extract.signal.HivExtractor;
import org.hscheck.extract.signal.NeedsExtractor;
import org.hscheck.extract.signal.SignalExtractor;
import org.hscheck.extract.text.Languages;
import org.hscheck.extract.text.Sentence;
import org.hscheck.extract.text.Sentences;

/**
 * Extracts the facts the rules reason over from a document: the language (the readers' or detected), the
 * participants and budget (from {@link ParticipantExtractor} and {@link BudgetExtractor}), the needs
 * statements, the evidence signals and HIV salience. Stateless and thread-safe.
 */
public final class FactExtractor {
  private final ParticipantExtractor participants = new ParticipantExtractor();
  private final BudgetExtractor budgets = new BudgetExtractor();
  private final NeedsExtractor needs = new NeedsExtractor();
  private final SignalExtractor signals = new SignalExtractor();
  private final HivExtractor hiv = new HivExtractor();

  /**
   * Extracts every fact, each with its evidence. The facts' document metadata carries the language used
   * ("en", "fr" or "es"), detected from the text when the readers left it undetermined.
   */
  public ProposalFacts extract(ProposalDocument document) {
    String language = Languages.of(document);
    List<Sentence> sentences = Sentences.of(document);
    List<Participant> found = participants.extract(document, language);
    BudgetExtraction budget = budgets.extract(document, language);
    List<NeedsAssessment> needsFound = needs.extract(sentences, language);
    List<Signal> all = new ArrayList<>(NeedsExtractor.signals(needsFound));
    List<String> civilSociety = new ArrayList<>();
    List<String> texts = null;
    for (Participant p : found) {
      if (p.type() == OrgType.CIVIL_SOCIETY && p.participates()) {
        if (texts == null) texts = sentences.stream().map(Sentence::text).toList();
        civilSociety.add(p.name());
        civilSociety.add(p.key());
        civilSociety.addAll(ShortNames.of(p.name(), texts));
      }
    }
    all.addAll(signals.extract(sentences, language, civilSociety));
    DocumentMetadata metadata = document.metadata().withLanguage(language);
    return new ProposalFacts(metadata, found, needsFound, all, hiv.extract(sentences, language), budget.tables(),
        budget.summary());
  }
}
