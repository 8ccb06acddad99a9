package org.hscheck.submission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One uploaded file of a submission; its bytes are in the {@link FileStore} under {@code storageKey}.
 *
 * @param format DOCX, DOC or PDF as the reader recognised it, or null when the file could not be read
 */
public record Version(UUID id, UUID submissionId, int versionNo, String fileName, String format, String sha256,
                      String storageKey, long sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {}
