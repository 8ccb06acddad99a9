-- The audit trail keeps what the engine said when the reviewer decided, and under which rule set.
ALTER TABLE review_decision ADD COLUMN engine_verdict VARCHAR(20) NULL;
ALTER TABLE review_decision ADD COLUMN rule_set_digest VARCHAR(100) NULL;
