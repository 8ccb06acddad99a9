package org.hscheck.check;

import org.hscheck.document.ProposalDocument;
import org.hscheck.extract.ProposalFacts;
import org.hscheck.report.Report;

/**
 * The result of checking one file.
 *
 * @param document the model read from the file, or null when it was rejected or had no text
 * @param facts    the facts extracted, or null when the document was not assessed
 */
public record CheckResult(Report report, ProposalDocument document, ProposalFacts facts, StageTimings timings) {}
