package org.hscheck.submission;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files are kept.
 *
 * @param storageDir directory of the file store, outside any served folder (default {@code ./data/files})
 */
@ConfigurationProperties(prefix = "hscheck")
record StorageProperties(Path storageDir) {
  StorageProperties {
    if (storageDir == null) {
      storageDir = Path.of("data", "files");
    }
  }
}
