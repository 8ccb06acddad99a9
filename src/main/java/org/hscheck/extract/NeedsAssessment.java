package org.hscheck.extract;

/**
 * A statement about identifying needs: how, with whom and when.
 *
 * @param method          "needs assessment", "consultation", "baseline survey", "focus groups", ... as normalised by the extractor
 * @param withCommunity   the affected people or their community took part
 * @param withAuthorities local or national authorities took part
 * @param timing          done before design (AFFIRMED), planned after start (PLANNED), or denied (NEGATED)
 */
public record NeedsAssessment(String method, boolean withCommunity, boolean withAuthorities, Status timing,
                              Evidence evidence) {}
