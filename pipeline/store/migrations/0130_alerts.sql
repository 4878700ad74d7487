-- Alerts: admin-written rules over signals Earshot already has (pipeline/insights/alerts.py), and
-- every firing, kept until it is delivered: a notice that could not be sent is retried, never lost.
CREATE SEQUENCE alert_rules_seq START 1;
CREATE TABLE alert_rules (
    rule_id        BIGINT PRIMARY KEY DEFAULT nextval('alert_rules_seq'),
    name           VARCHAR NOT NULL,
    signal         VARCHAR NOT NULL,       -- see insights.alerts.SIGNALS
    threshold      DOUBLE,                 -- the N of "third contact", "score above", "QA below"
    teams          VARCHAR[],              -- scope: empty = every team
    queues         VARCHAR[],              -- scope: empty = every queue
    channel        VARCHAR NOT NULL,       -- email | webhook
    target         VARCHAR NOT NULL,       -- e-mail addresses (comma separated) or the webhook URL
    secret         VARCHAR,                -- webhook: the shared secret the HMAC signature uses
    recipient_role VARCHAR NOT NULL,       -- what the notice may show: that role's view
    agent_id       VARCHAR,                -- recipient_role agent: whose calls
    enabled        BOOLEAN NOT NULL DEFAULT true,
    created_by     VARCHAR,
    created_at     TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE alert_firings (
    rule_id      BIGINT NOT NULL,
    subject      VARCHAR NOT NULL,         -- a call id, follow-up:<moment id>, or reason:<id>:<ISO year>-W<week>
    call_id      VARCHAR,
    summary      VARCHAR,                  -- one line for the notice (redacted text only)
    fired_at     TIMESTAMP DEFAULT current_timestamp,
    delivered_at TIMESTAMP,                -- NULL: not delivered yet; retried by the next check
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   VARCHAR,
    PRIMARY KEY (rule_id, subject)
);
