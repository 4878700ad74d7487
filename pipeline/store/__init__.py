"""The store: Earshot's one DuckDB file, its schema, every write and every read.

Owns `connection` (the one `execute`, transactions, lock-aware opening), `schema` (migrations,
recorded in a table), `db` (opening a file with its schema up to date; what everyone else imports),
the write API (`calls`: ingest and analysis; `analysis`: journeys and follow-ups; `review`: notes,
verdicts, QA, follow-ups, coaching; `qa`: automatic QA, reviewed forms, disputes; `calibration`:
calibration sessions and their kappas; `audit`), the read API (`queries`, `scorecard`) and
`coaching_export` (a coaching session as one HTML page).

May import `pipeline.records` only: never analysis, ingest, trust, the CLI or Streamlit.
"""
