package org.hscheck.admin;

import java.time.Duration;
import org.hscheck.document.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bounds of every parse ({@code hscheck.limits.*}); unset values take {@link ReadLimits#defaults()}.
 */
@ConfigurationProperties(prefix = "hscheck.limits")
record LimitsProperties(Long maxBytes, Duration timeout, Integer maxPages, Long maxChars, Integer maxTableCells,
                        Integer maxDepth) {

  ReadLimits toReadLimits() {
    ReadLimits d = ReadLimits.defaults();
    return new ReadLimits(maxBytes == null ? d.maxBytes() : maxBytes, timeout == null ? d.timeout() : timeout,
        maxPages == null ? d.maxPages() : maxPages, maxChars == null ? d.maxChars() : maxChars,
        maxTableCells == null ? d.maxTableCells() : maxTableCells, maxDepth == null ? d.maxDepth() : maxDepth);
  }
}
