package org.hscheck.admin;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A rule set an admin uploaded: whether it compiled and passed its fixtures, and whether it is active.
 *
 * @param version  the rule set's version, or null when it did not compile
 * @param messages compile errors and failed fixtures, one a line, or null
 */
public record RuleSetRecord(UUID id, String version, String digest, String fileName, String uploadedBy,
                            OffsetDateTime uploadedAt, Status status, int fixturesPassed, int fixturesFailed,
                            String messages, boolean active, String activatedBy, OffsetDateTime activatedAt) {

  /** VERIFIED: compiled and every fixture passed, so it may be activated. */
  public enum Status { VERIFIED, FAILED }
}
