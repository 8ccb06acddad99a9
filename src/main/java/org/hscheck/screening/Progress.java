package org.hscheck.screening;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many jobs of one screening are in each state. */
public record Progress(int queued, int running, int done, int failed) {

  @JsonProperty
  public int total() {
    return queued + running + done + failed;
  }

  /** True when no job is left waiting or running. */
  @JsonProperty
  public boolean finished() {
    return queued == 0 && running == 0;
  }
}
