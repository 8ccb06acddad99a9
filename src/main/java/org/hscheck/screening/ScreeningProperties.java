package org.hscheck.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the background screening ({@code hscheck.screening.*}); unset values take the defaults below.
 *
 * @param workers        worker threads of this instance (0: this instance only enqueues, others screen); default 2
 * @param pollInterval   how long an idle worker waits before looking for work again; default 1 s
 * @param lease          how long a claimed job stays with its worker without a heartbeat; default 60 s
 * @param maxAttempts    leases that may run out before a job fails with LEASE_EXPIRED; default 3
 * @param shutdownGrace  how long a graceful shutdown waits for running jobs before returning them; default 20 s
 * @param instanceId     this instance's name in {@code locked_by}; default host name and process id
 * @param maxFiles       most proposal files (and zip entries) in one upload; default 300
 * @param maxUploadSize  most bytes of one upload once unzipped; default 200 MB
 */
@ConfigurationProperties(prefix = "hscheck.screening")
record ScreeningProperties(Integer workers, Duration pollInterval, Duration lease, Integer maxAttempts,
                           Duration shutdownGrace, String instanceId, Integer maxFiles, DataSize maxUploadSize) {
  ScreeningProperties {
    if (workers == null) workers = 2;
    if (pollInterval == null) pollInterval = Duration.ofSeconds(1);
    if (lease == null) lease = Duration.ofSeconds(60);
    if (maxAttempts == null) maxAttempts = 3;
    if (shutdownGrace == null) shutdownGrace = Duration.ofSeconds(20);
    if (instanceId == null || instanceId.isBlank()) instanceId = defaultInstanceId();
    if (maxFiles == null) maxFiles = 300;
    if (maxUploadSize == null) maxUploadSize = DataSize.ofMegabytes(200);
    if (workers < 0) throw new IllegalArgumentException("hscheck.screening.workers must be 0 or more, was " + workers);
  }

  private static String defaultInstanceId() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "host";
    }
    return host + ":" + ProcessHandle.current().pid();
  }
}
