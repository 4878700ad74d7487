"""The store API: every write Earshot makes goes through these functions.

One module per concept: `calls` (ingest and analysis), `review` (notes, moment verdicts, QA,
follow-ups, coaching), `users` and `audit` (sign-in and the audit trail).
"""

from pipeline.store import audit, review, users
from pipeline.store.calls import (
    call_status,
    known_hashes,
    mark_failed,
    rebuild_search_index,
    record_error,
    register_pending,
    save_analysis,
    save_call,
    start_run,
    update_metadata,
    update_run,
)

__all__ = [
    "audit",
    "call_status",
    "known_hashes",
    "mark_failed",
    "rebuild_search_index",
    "record_error",
    "register_pending",
    "review",
    "save_analysis",
    "save_call",
    "start_run",
    "update_metadata",
    "update_run",
    "users",
]
