-- Screening calls and the database job queue shared by every instance of the application (issue 7).
-- Portable between PostgreSQL and H2 in PostgreSQL mode. Checks use "= ANY (ARRAY[...])", not "IN (...)": H2 2.4
-- evaluates an IN list of constants with the session that created the constraint, and once that connection is
-- closed every insert fails with "Check constraint invalid".

-- A call for proposals screened as one batch. rule_set_digest is the rule set of the latest screening
-- requested; previous_rule_set_digest the one before it (what "what changed" compares against).
CREATE TABLE screening_call (
  id                       UUID PRIMARY KEY,
  name                     VARCHAR(200) NOT NULL,
  created_by               VARCHAR(100) NOT NULL,
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  rule_set_digest          VARCHAR(100) NOT NULL,
  previous_rule_set_digest VARCHAR(100)
);

-- One proposal version to screen with one rule set. A job is claimed by one worker at a time: the worker
-- holds a lease (locked_by, locked_until) that it renews while it works; an expired lease may be claimed
-- by another worker. Only the lease holder can finish a job, so each job is completed exactly once.
CREATE TABLE screening_job (
  id              UUID PRIMARY KEY,
  call_id         UUID NOT NULL REFERENCES screening_call (id),
  version_id      UUID NOT NULL REFERENCES submission_version (id),
  rule_set_digest VARCHAR(100) NOT NULL,
  status          VARCHAR(10) NOT NULL CHECK (status = ANY (ARRAY['QUEUED', 'RUNNING', 'DONE', 'FAILED'])),
  attempts        INT NOT NULL DEFAULT 0,
  locked_by       VARCHAR(100),
  locked_until    TIMESTAMP WITH TIME ZONE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at      TIMESTAMP WITH TIME ZONE,
  finished_at     TIMESTAMP WITH TIME ZONE,
  error_code      VARCHAR(40),
  CONSTRAINT screening_job_once UNIQUE (version_id, rule_set_digest)
);

CREATE INDEX screening_job_claim ON screening_job (status, created_at);
CREATE INDEX screening_job_call ON screening_job (call_id, rule_set_digest);
