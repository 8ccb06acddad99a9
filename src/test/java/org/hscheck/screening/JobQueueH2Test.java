package org.hscheck.screening;

/** The job queue on H2 (PostgreSQL mode), the embedded default database; H2 2.x supports SKIP LOCKED. */
class JobQueueH2Test extends JobQueueContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
