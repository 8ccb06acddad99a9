package org.hscheck.screening;

/** Where a screening job is: waiting, leased to a worker, finished with a report, or given up. */
enum JobStatus { QUEUED, RUNNING, DONE, FAILED }
