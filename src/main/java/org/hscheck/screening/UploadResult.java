package org.hscheck.screening;

import java.util.List;

/**
 * What an upload into a call did.
 *
 * @param queued  the proposal files taken and queued for screening, by name
 * @param skipped files of the upload left out, with the reason ("archive.zip: notes.txt: not a .docx ...")
 */
public record UploadResult(CallSummary call, List<String> queued, List<String> skipped) {}
