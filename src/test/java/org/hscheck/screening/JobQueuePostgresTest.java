package org.hscheck.screening;

/** The job queue on the local PostgreSQL, in a fresh schema. */
class JobQueuePostgresTest extends JobQueueContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
