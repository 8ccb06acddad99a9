package org.hscheck.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hscheck.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-screenings of one call started at the same moment take turns: one switches the call to the active rule set, the
 * others find it switched, and the rule set before is kept as the one changes are measured against.
 */
@WebTest
class SimultaneousRescreenTest {
  @Autowired CallService calls;
  @Autowired JdbcClient jdbc;

  @Test
  void oneOfSimultaneousRescreensSwitchesAndThePreviousRuleSetIsKept() throws Exception {
    int n = 4;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      for (int round = 0; round < 5; round++) {
        UUID call = UUID.randomUUID();
        jdbc.sql("INSERT INTO screening_call (id, name, created_by, created_at, rule_set_digest) "
                + "VALUES (?, ?, 'secretariat', CURRENT_TIMESTAMP, 'sha256:old')")
            .params(call, "Simultaneous " + round).update();
        CyclicBarrier together = new CyclicBarrier(n);
        List<Future<RescreenResult>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          results.add(pool.submit(() -> {
            together.await();
            return calls.rescreen(call);
          }));
        }
        int switched = 0;
        for (Future<RescreenResult> r : results) {
          if (r.get().newRuleSet()) switched++;
        }
        assertThat(switched).as("round %d", round).isEqualTo(1);
        CallSummary after = calls.find(call).orElseThrow();
        assertThat(after.previousRuleSetDigest()).as("round %d", round).isEqualTo("sha256:old");
        assertThat(after.ruleSetDigest()).isNotEqualTo("sha256:old");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
