package org.hscheck.screening;

/** How many jobs of one screening are in each state. */
public record Progress(int queued, int running, int done, int failed) {

  public int total() {
    return queued + running + done + failed;
  }

  /** True when no job is left waiting or running. */
  public boolean finished() {
    return queued == 0 && running == 0;
  }
}
