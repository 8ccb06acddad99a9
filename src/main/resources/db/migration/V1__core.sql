-- Core tables of the web application (portable: H2 in PostgreSQL mode and PostgreSQL).

-- Accounts besides the demo users; password_hash is a Spring Security encoded password ("{bcrypt}$2a$...").
CREATE TABLE app_user (
  username      VARCHAR(100) PRIMARY KEY,
  password_hash VARCHAR(200) NOT NULL,
  role          VARCHAR(20)  NOT NULL CHECK (role = ANY (ARRAY['APPLICANT', 'SECRETARIAT', 'REVIEWER', 'ADMIN'])),
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE
);

-- A proposal submitted by an applicant (or uploaded by the secretariat into a call); it keeps every version.
CREATE TABLE submission (
  id         UUID PRIMARY KEY,
  owner      VARCHAR(100) NOT NULL,
  title      VARCHAR(300) NOT NULL,
  call_id    UUID NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX submission_owner_idx ON submission (owner);
CREATE INDEX submission_call_idx ON submission (call_id);

-- One uploaded file of a submission; the bytes live in the file store under storage_key.
CREATE TABLE submission_version (
  id            UUID PRIMARY KEY,
  submission_id UUID NOT NULL REFERENCES submission (id),
  version_no    INT NOT NULL,
  file_name     VARCHAR(300) NOT NULL,
  format        VARCHAR(10) NULL,
  sha256        VARCHAR(64) NOT NULL,
  storage_key   VARCHAR(100) NOT NULL,
  size_bytes    BIGINT NOT NULL,
  uploaded_by   VARCHAR(100) NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT submission_version_no_uq UNIQUE (submission_id, version_no)
);

-- The report of one version under one rule set (the JSON report of report-contract.md).
CREATE TABLE report_record (
  id               UUID PRIMARY KEY,
  version_id       UUID NOT NULL REFERENCES submission_version (id),
  rule_set_version VARCHAR(100) NOT NULL,
  rule_set_digest  VARCHAR(100) NOT NULL,
  outcome          VARCHAR(20) NOT NULL,
  report_json      TEXT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT report_record_version_rules_uq UNIQUE (version_id, rule_set_digest)
);

-- Reviewer judgements, append-only: the audit trail. The engine's verdict is never changed.
CREATE TABLE review_decision (
  id         UUID PRIMARY KEY,
  version_id UUID NOT NULL REFERENCES submission_version (id),
  criterion  VARCHAR(60) NOT NULL,
  decision   VARCHAR(10) NOT NULL CHECK (decision = ANY (ARRAY['CONFIRM', 'OVERRIDE'])),
  verdict    VARCHAR(20) NOT NULL,
  reason     TEXT NOT NULL,
  reviewer   VARCHAR(100) NOT NULL,
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_decision_version_idx ON review_decision (version_id, criterion, decided_at);

-- Rule sets uploaded by an admin: the zip as uploaded (in the file store), whether it compiled and passed its
-- fixtures, and which one is active (at most one; none active means the rule set packaged in the application).
CREATE TABLE rule_set_record (
  id              UUID PRIMARY KEY,
  version         VARCHAR(100) NULL,
  digest          VARCHAR(100) NULL,
  storage_key     VARCHAR(100) NOT NULL,
  file_name       VARCHAR(300) NOT NULL,
  uploaded_by     VARCHAR(100) NOT NULL,
  uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  status          VARCHAR(20) NOT NULL CHECK (status = ANY (ARRAY['VERIFIED', 'FAILED'])),
  fixtures_passed INT NOT NULL DEFAULT 0,
  fixtures_failed INT NOT NULL DEFAULT 0,
  messages        TEXT NULL,
  active          BOOLEAN NOT NULL DEFAULT FALSE,
  activated_by    VARCHAR(100) NULL,
  activated_at    TIMESTAMP WITH TIME ZONE NULL
);
