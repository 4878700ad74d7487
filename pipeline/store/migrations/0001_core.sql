-- Core schema: calls, their transcripts, analysis, and the supervisors' and trainers' records.
-- Migrations are numbered files in this folder, applied in order once each and recorded in
-- schema_migrations. Never edit an applied migration: add a new file.

CREATE TABLE calls (
    call_id            VARCHAR PRIMARY KEY,
    content_hash       VARCHAR,            -- sha256 of the source file: identifies it across runs
    status             VARCHAR NOT NULL DEFAULT 'ready',  -- pending | ready | failed
    error              VARCHAR,
    source_path        VARCHAR,            -- the original recording or transcript, where the customer keeps it
    source_kind        VARCHAR,            -- audio | vtt | json
    redacted_audio_path VARCHAR,           -- the copy the app serves, sensitive spans silenced
    agent_id           VARCHAR,
    agent_name         VARCHAR,
    team               VARCHAR,
    customer_id        VARCHAR,
    queue              VARCHAR,
    started_at         TIMESTAMP,
    direction          VARCHAR,
    agent_channel      VARCHAR,
    parent_call_id     VARCHAR,
    extra              JSON,               -- manifest columns Earshot does not know, kept verbatim
    duration_s         DOUBLE,
    channels           INTEGER,
    speakers_estimated BOOLEAN DEFAULT FALSE,
    model              VARCHAR,
    transcribe_s       DOUBLE,
    warnings           VARCHAR[],
    ingest_run_id      VARCHAR,
    ingested_at        TIMESTAMP
);

CREATE TABLE utterances (
    utt_id      VARCHAR NOT NULL,          -- call_id || ':' || idx, the full-text index key
    call_id     VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    speaker     VARCHAR NOT NULL,
    start_s     DOUBLE NOT NULL,
    end_s       DOUBLE NOT NULL,
    text        VARCHAR NOT NULL,
    words       STRUCT(w VARCHAR, s DOUBLE, e DOUBLE, p DOUBLE)[],
    loudness_db DOUBLE,
    pitch_var   DOUBLE,
    speech_rate DOUBLE,
    sentiment   DOUBLE
);

CREATE TABLE redactions (
    call_id VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,
    speaker VARCHAR,
    start_s DOUBLE,
    end_s   DOUBLE
);

CREATE TABLE analysis (
    call_id           VARCHAR PRIMARY KEY,
    transfers         INTEGER,
    hold_s            DOUBLE,
    silence_s         DOUBLE,
    talk_ratio_agent  DOUBLE,
    overtalk_s        DOUBLE,
    customer_start    DOUBLE,
    customer_end      DOUBLE,
    agent_mean        DOUBLE,
    ended_negative    BOOLEAN,
    tone              JSON,
    score             DOUBLE,
    reasons           VARCHAR[],
    journey_id        VARCHAR,
    contact_number    INTEGER,             -- this call is the customer's Nth contact in the journey
    resolved          BOOLEAN,             -- first-contact resolution: no repeat contact followed in the window
    rules_version     VARCHAR,
    analyzed_at       TIMESTAMP
);

CREATE TABLE moments (
    moment_id VARCHAR NOT NULL,            -- call_id:kind:start_ms, stable across re-analysis
    call_id   VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    speaker   VARCHAR,
    start_s   DOUBLE,
    end_s     DOUBLE,
    text      VARCHAR,
    rule      VARCHAR,
    detail    JSON
);

CREATE TABLE journeys (
    journey_id   VARCHAR PRIMARY KEY,
    customer_id  VARCHAR NOT NULL,
    started_at   TIMESTAMP,
    ended_at     TIMESTAMP,
    n_calls      INTEGER,
    n_agents     INTEGER,
    n_teams      INTEGER,
    n_transfers  INTEGER,
    resolved     BOOLEAN,
    call_ids     VARCHAR[]
);

-- Supervisors' verdicts on detected moments; kept so dismissals can be counted per rule.
CREATE TABLE moment_reviews (
    moment_id   VARCHAR NOT NULL,
    call_id     VARCHAR NOT NULL,
    kind        VARCHAR,
    rule        VARCHAR,
    verdict     VARCHAR NOT NULL,          -- confirmed | dismissed
    reviewer    VARCHAR,
    reviewed_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE follow_ups (
    moment_id  VARCHAR PRIMARY KEY,        -- the follow_up_promise moment it came from
    call_id    VARCHAR NOT NULL,
    agent_id   VARCHAR,
    promise    VARCHAR,
    due_at     TIMESTAMP,
    status     VARCHAR NOT NULL DEFAULT 'open',  -- open | done | missed
    closed_by  VARCHAR,
    closed_at  TIMESTAMP,
    note       VARCHAR
);

CREATE SEQUENCE notes_seq;
CREATE TABLE notes (
    note_id    BIGINT DEFAULT nextval('notes_seq'),
    call_id    VARCHAR NOT NULL,
    author     VARCHAR,
    body       VARCHAR NOT NULL,
    created_at TIMESTAMP DEFAULT current_timestamp
);

CREATE SEQUENCE qa_seq;
CREATE TABLE qa_scores (
    qa_id      BIGINT DEFAULT nextval('qa_seq'),
    call_id    VARCHAR NOT NULL,
    reviewer   VARCHAR,
    answers    JSON,                       -- {criterion: points}
    total      DOUBLE,                     -- 0..100
    comment    VARCHAR,
    created_at TIMESTAMP DEFAULT current_timestamp
);

CREATE SEQUENCE coaching_seq;
CREATE TABLE coaching_sessions (
    session_id BIGINT DEFAULT nextval('coaching_seq'),
    title      VARCHAR NOT NULL,
    created_by VARCHAR,
    created_at TIMESTAMP DEFAULT current_timestamp,
    notes      VARCHAR
);

CREATE SEQUENCE clips_seq;
CREATE TABLE coaching_clips (
    clip_id        BIGINT DEFAULT nextval('clips_seq'),
    session_id     BIGINT NOT NULL,
    call_id        VARCHAR NOT NULL,
    start_s        DOUBLE NOT NULL,
    end_s          DOUBLE NOT NULL,
    behaviour      VARCHAR,
    talking_points VARCHAR,
    position       INTEGER
);

CREATE TABLE coaching_assignments (
    session_id      BIGINT NOT NULL,
    agent_id        VARCHAR NOT NULL,
    assigned_at     TIMESTAMP DEFAULT current_timestamp,
    acknowledged_at TIMESTAMP,
    trainer_notes   VARCHAR
);

CREATE TABLE users (
    username        VARCHAR PRIMARY KEY,
    password_hash   VARCHAR,               -- argon2; NULL for single-sign-on identities
    role            VARCHAR NOT NULL,      -- admin | supervisor | trainer | executive | agent
    agent_id        VARCHAR,               -- for role agent: whose calls they may see
    email           VARCHAR,
    disabled        BOOLEAN DEFAULT FALSE,
    failed_attempts INTEGER DEFAULT 0,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP DEFAULT current_timestamp
);

-- Append-only: rows are inserted, never updated or deleted.
CREATE SEQUENCE audit_seq;
CREATE TABLE audit_log (
    audit_id BIGINT DEFAULT nextval('audit_seq'),
    logged_at TIMESTAMP DEFAULT current_timestamp,
    username VARCHAR,
    action   VARCHAR NOT NULL,             -- listen | export_clip | view_transcript | search | note | qa | ...
    call_id  VARCHAR,
    detail   JSON
);

CREATE TABLE settings (
    key   VARCHAR PRIMARY KEY,
    value JSON
);

CREATE TABLE ingest_runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMP,
    finished_at TIMESTAMP,
    status      VARCHAR,                   -- running | done | failed | interrupted
    n_total     INTEGER,
    n_ingested  INTEGER DEFAULT 0,
    n_updated   INTEGER DEFAULT 0,
    n_skipped   INTEGER DEFAULT 0,
    n_failed    INTEGER DEFAULT 0,
    audio_s     DOUBLE DEFAULT 0,
    args        JSON
);

CREATE TABLE ingest_errors (
    run_id  VARCHAR,
    path    VARCHAR,
    call_id VARCHAR,
    error   VARCHAR,
    failed_at TIMESTAMP DEFAULT current_timestamp
);
