"""Insights for leadership: why customers call and what is rising, with alerts and a digest that bring calls to them.

Owns `reasons` (contact reasons: an opening per call, discovered by clustering, assigned, edited by admins),
`drivers` (per reason: volume, change and the rising test, and the calls behind each figure). Reads and
writes the store through `pipeline.store` (`reasons`, `drivers`), embeds with `pipeline.analysis.embed`.

May import `pipeline.analysis`, `pipeline.trust`, `pipeline.store` and `pipeline.records`; the ingest and the
CLI import it, and pages call it for the admin's edits; it never imports ingest, the CLI or Streamlit.
"""
