-- Automatic QA: the form answered on every analysed call (pipeline/analysis/qa.py), one row per criterion.
CREATE TABLE qa_evaluations (
    call_id      VARCHAR PRIMARY KEY,
    qa_version   VARCHAR NOT NULL,         -- the form and rules behind it (analyze re-answers when it changes)
    total        DOUBLE,                   -- 0..100 over the criteria that apply; NULL when none applies
    evaluated_at TIMESTAMP
);

CREATE TABLE qa_answers (
    call_id    VARCHAR NOT NULL,
    criterion  VARCHAR NOT NULL,
    answer     VARCHAR NOT NULL,           -- met | not_met | na
    confidence DOUBLE,
    points     DOUBLE,
    max_points INTEGER,
    why        VARCHAR,
    evidence   JSON                        -- [{"type": "line" | "moment" | "measure", ...}]
);

-- A supervisor's reviewed form: per criterion the automatic answer, the human one, and the reason for an override.
ALTER TABLE qa_scores ADD COLUMN auto_total DOUBLE;
ALTER TABLE qa_scores ADD COLUMN auto_version VARCHAR;

CREATE TABLE qa_review_answers (
    qa_id       BIGINT NOT NULL,
    call_id     VARCHAR NOT NULL,
    criterion   VARCHAR NOT NULL,
    auto_answer VARCHAR,                   -- met | not_met | na; NULL when the call had no automatic answer
    answer      VARCHAR,                   -- met | partly | not_met | na: the reviewer's
    overridden  BOOLEAN NOT NULL,
    reason      VARCHAR,
    reviewer    VARCHAR,
    created_at  TIMESTAMP DEFAULT current_timestamp
);
