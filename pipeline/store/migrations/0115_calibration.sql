-- Calibration sessions: several reviewers score the same calls blind, then compare (and agree an interpretation).
CREATE SEQUENCE calibration_seq;
CREATE TABLE calibration_sessions (
    session_id   BIGINT DEFAULT nextval('calibration_seq'),
    title        VARCHAR NOT NULL,
    created_by   VARCHAR,
    created_at   TIMESTAMP DEFAULT current_timestamp,
    call_ids     VARCHAR[] NOT NULL,
    participants VARCHAR[] NOT NULL,
    expert       VARCHAR                   -- whose answers are the reference, or NULL
);

CREATE TABLE calibration_answers (
    session_id   BIGINT NOT NULL,
    call_id      VARCHAR NOT NULL,
    username     VARCHAR NOT NULL,
    criterion    VARCHAR NOT NULL,
    answer       VARCHAR NOT NULL,         -- met | not_met | na
    submitted_at TIMESTAMP
);

CREATE TABLE calibration_notes (
    session_id BIGINT NOT NULL,
    criterion  VARCHAR NOT NULL,
    note       VARCHAR NOT NULL,           -- the interpretation the group agreed
    written_by VARCHAR,
    written_at TIMESTAMP DEFAULT current_timestamp
);
