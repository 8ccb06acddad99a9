package org.hscheck.report;

/** Why a document was not assessed: a code of the contract and a message an applicant understands. */
public record ReportError(String code, String message) {}
