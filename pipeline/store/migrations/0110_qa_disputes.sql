-- Agents see their evaluations: they acknowledge them, or dispute a criterion or a flagged moment.
CREATE TABLE qa_acknowledgements (
    call_id         VARCHAR NOT NULL,
    agent_id        VARCHAR NOT NULL,
    username        VARCHAR,
    acknowledged_at TIMESTAMP DEFAULT current_timestamp
);

CREATE SEQUENCE qa_dispute_seq;
CREATE TABLE qa_disputes (
    dispute_id        BIGINT DEFAULT nextval('qa_dispute_seq'),
    call_id           VARCHAR NOT NULL,
    agent_id          VARCHAR NOT NULL,
    raised_by         VARCHAR,
    criterion         VARCHAR,             -- the disputed criterion, or NULL for a moment
    moment_id         VARCHAR,             -- the disputed moment, or NULL for a criterion
    moment_kind       VARCHAR,
    answer            VARCHAR,             -- the answer disputed (met | not_met | na | partly)
    evaluated_by      VARCHAR,             -- whose answer: a reviewer's username, or 'automatic'
    reason            VARCHAR NOT NULL,
    raised_at         TIMESTAMP DEFAULT current_timestamp,
    status            VARCHAR NOT NULL DEFAULT 'open',   -- open | upheld | overturned
    resolved_by       VARCHAR,
    resolved_at       TIMESTAMP,
    resolution_reason VARCHAR
);
