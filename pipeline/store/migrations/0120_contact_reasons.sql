-- Contact reasons: why customers call, found from what the customer says early in the call
-- (pipeline/insights/reasons.py). A reason is a centroid in the sentence-embedding space; each
-- call is assigned the nearest reason, and the assignment records the version of the reason set
-- it was made with, like analysis.rules_version.
CREATE SEQUENCE reasons_seq START 1;
CREATE TABLE reasons (
    reason_id   BIGINT PRIMARY KEY DEFAULT nextval('reasons_seq'),
    name        VARCHAR NOT NULL,          -- shown everywhere; admins may rename
    auto_name   VARCHAR,                   -- the most characteristic words, as discovered
    centroid    FLOAT[384],                -- unit vector: mean opening of its calls
    examples    VARCHAR[],                 -- the openings nearest the centroid (redacted text)
    active      BOOLEAN NOT NULL DEFAULT true,
    merged_into BIGINT,                    -- set when an admin merged this reason into another
    origin      VARCHAR,                   -- discovered | split | merged
    created_at  TIMESTAMP DEFAULT current_timestamp,
    updated_at  TIMESTAMP
);

-- Sentences an admin pinned to a reason: a call whose opening is closer to a pin than to any
-- centroid takes the pin's reason.
CREATE TABLE reason_pins (
    reason_id BIGINT NOT NULL,
    text      VARCHAR NOT NULL,
    vector    FLOAT[384] NOT NULL,
    pinned_by VARCHAR,
    pinned_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE call_reasons (
    call_id         VARCHAR PRIMARY KEY,
    reason_id       BIGINT,                -- NULL: the customer said nothing early enough to tell
    similarity      DOUBLE,                -- cosine of the opening to its reason
    opening         VARCHAR,               -- the customer's early words the reason was read from
    vector          FLOAT[384],            -- the opening's embedding (re-assignment needs no transcript)
    reasons_version VARCHAR,               -- the reason set it was assigned with
    assigned_at     TIMESTAMP
);
