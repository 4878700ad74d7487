-- The scorecard's per-call facts, kept by the writer (pipeline/store/scorecard_calls.py): one row
-- per ready call with every column the scorecard's metrics read, the kinds of its counted moments
-- and its mean QA total already gathered. The scorecard, its distributions and its drill-down all
-- read this one table, so a figure and the calls behind it always agree, and no page joins the
-- moments or QA tables at fleet volume.
CREATE TABLE scorecard_calls (
    call_id        VARCHAR PRIMARY KEY,
    started_at     TIMESTAMP,
    agent_id       VARCHAR,
    agent_name     VARCHAR,            -- coalesce(calls.agent_name, calls.agent_id)
    team           VARCHAR,
    customer_id    VARCHAR,
    analysed       BOOLEAN NOT NULL,
    duration_s     DOUBLE,
    hold_s         DOUBLE,
    silence_s      DOUBLE,
    transfers      INTEGER,
    customer_start DOUBLE,
    customer_end   DOUBLE,
    ended_negative BOOLEAN,
    contact_number INTEGER,
    resolved       BOOLEAN,
    moment_bits    BIGINT,             -- bit i set: a counted moment of kind i of scorecard_state.kinds
    qa_score       DOUBLE              -- mean QA total of the call's reviews; NULL when unreviewed
);

-- The writer refreshes one call's facts at a time: looking its moments up by call, not scanning them
-- all, keeps that cost the same whatever the archive's size.
CREATE INDEX moments_by_call ON moments (call_id);

-- One row: whether scorecard_calls covers every ready call (true for a new database; an older one is
-- filled by its next ingest or analyze, and until then the scorecard reads the base tables), and
-- the moment kinds its bits stand for and which moments counted (when the code changes either, the
-- table is rebuilt).
CREATE TABLE scorecard_state (complete BOOLEAN NOT NULL, kinds VARCHAR[], counted VARCHAR);
INSERT INTO scorecard_state SELECT (SELECT count(*) FROM calls) = 0, NULL, NULL;
