"""The scorecard's per-call facts (`scorecard_calls`), kept up to date by the writer.

The scorecard aggregates one row per call. Built on the fly that row joins calls, analysis, every
moment and every QA review of the period, which at a million calls is seconds per page. This table
holds the row ready-made, a call's moment kinds as the bits of `moment_bits`. The writer calls
`refresh` for the calls it stores, re-analyses, re-links into journeys, re-labels or reviews, inside
the same transaction, so the table can never disagree with the calls it covers (a writer killed
mid-way rolls both back). `rebuild` fills it whole (a database from before it existed, a bulk load);
until then `is_complete` is false and the scorecard reads the base tables instead.

Which moments count in scores is decided in one place, `COUNTED_MOMENT_SQL`, used here and by the
scorecard's on-the-fly query alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.records import MOMENT_KINDS
from pipeline.store.connection import Database

# The moments that count towards the behaviour shares (over a `moments` row aliased `m`). Evidence too
# weak to count (e.g. a `possible` flag) is excluded here and only here; changing it makes
# `is_complete` false, so the next writer rebuilds the table and pages meanwhile read the base tables.
COUNTED_MOMENT_SQL = "NOT m.possible"
# The kinds a call's `moment_bits` stand for, bit i for KINDS[i] (a bitmask is read ~5x faster than a list).
KINDS: list[str] = list(MOMENT_KINDS)
assert len(KINDS) < 64, "moment_bits is a BIGINT"


def kind_flag_sql(kind: str, column: str = "c.moment_bits") -> str:
    """SQL: whether the call has a counted moment of `kind`."""
    return f"({column} & {1 << KINDS.index(kind)}) <> 0"

_COLUMNS = (
    "call_id, started_at, agent_id, agent_name, team, customer_id, analysed, duration_s, hold_s, silence_s,"
    " transfers, customer_start, customer_end, ended_negative, contact_number, resolved, moment_bits, qa_score"
)
# What each _COLUMNS entry is read from (k: the call's counted moment kinds as bits, q: its QA reviews),
# shared by the set-wide rebuild and the one-call refresh
_FACT_EXPRESSIONS = (
    "c.call_id, c.started_at, c.agent_id, coalesce(c.agent_name, c.agent_id), c.team, c.customer_id,"
    " a.call_id IS NOT NULL, c.duration_s, a.hold_s, a.silence_s, a.transfers, a.customer_start,"
    " a.customer_end, a.ended_negative, a.contact_number, a.resolved, coalesce(k.bits, 0), q.qa_score"
)


def _facts_sql(call_filter: str) -> str:
    """SELECT of the facts of the ready calls matching `call_filter` (a condition on `c`)."""
    return f"""
        SELECT {_FACT_EXPRESSIONS}
        FROM calls c
        LEFT JOIN analysis a ON a.call_id = c.call_id
        LEFT JOIN (SELECT m.call_id, bit_or(1::BIGINT << (list_position($kinds, m.kind) - 1)) AS bits
                   FROM moments m WHERE {COUNTED_MOMENT_SQL} AND list_contains($kinds, m.kind)
                   AND m.call_id IN (SELECT c.call_id FROM calls c WHERE {call_filter})
                   GROUP BY m.call_id) k ON k.call_id = c.call_id
        LEFT JOIN (SELECT s.call_id, avg(s.total) AS qa_score FROM qa_scores s
                   WHERE s.call_id IN (SELECT c.call_id FROM calls c WHERE {call_filter})
                   GROUP BY s.call_id) q ON q.call_id = c.call_id
        WHERE c.status = 'ready' AND {call_filter}
    """


def _one_call_sql() -> str:
    """SELECT of one call's facts ($id), each table read through its key."""
    return f"""
    SELECT {_FACT_EXPRESSIONS}
    FROM calls c
    LEFT JOIN analysis a ON a.call_id = c.call_id
    LEFT JOIN (SELECT bit_or(1::BIGINT << (list_position($kinds, m.kind) - 1)) AS bits FROM moments m
               WHERE m.call_id = $id AND {COUNTED_MOMENT_SQL} AND list_contains($kinds, m.kind)) k ON TRUE
    LEFT JOIN (SELECT avg(s.total) AS qa_score FROM qa_scores s WHERE s.call_id = $id) q ON TRUE
    WHERE c.call_id = $id AND c.status = 'ready'
    """


def refresh(db: Database, call_ids: Iterable[str]) -> None:
    """Recompute the facts of these calls (gone when a call is no longer ready). Call it in the
    transaction that changed them. One call at a time, each row found through an index (the calls',
    analysis' and this table's primary keys, `moments_by_call`), so the cost does not grow with the
    archive."""
    ids = sorted(set(call_ids))
    if not ids:
        return
    db.execute("UPDATE scorecard_state SET kinds = ?, counted = ? WHERE kinds IS NULL",
               [KINDS, COUNTED_MOMENT_SQL])
    for call_id in ids:
        db.execute("DELETE FROM scorecard_calls WHERE call_id = ?", [call_id])
        db.execute(f"INSERT INTO scorecard_calls ({_COLUMNS}) {_one_call_sql()}", {"id": call_id, "kinds": KINDS})


def rebuild(db: Database) -> None:
    """Fill the table whole from the base tables and mark it complete, in one transaction."""
    with db.atomic():
        db.execute("DELETE FROM scorecard_calls")
        db.execute(f"INSERT INTO scorecard_calls ({_COLUMNS}) {_facts_sql('TRUE')} ORDER BY c.started_at",
                   {"kinds": KINDS})
        db.execute("UPDATE scorecard_state SET complete = TRUE, kinds = ?, counted = ?", [KINDS, COUNTED_MOMENT_SQL])


def is_complete(db: Database) -> bool:
    """True when the table covers every ready call, its bits stand for today's moment kinds and it
    counted the moments `COUNTED_MOMENT_SQL` counts today."""
    row = db.execute("SELECT complete, kinds, counted FROM scorecard_state").fetchone()
    if row is None or not row[0]:
        return False
    return row[1] is None or (list(row[1]) == KINDS and row[2] == COUNTED_MOMENT_SQL)


def ensure(db: Database) -> bool:
    """Rebuild only when the table does not cover every call yet; True when it did the rebuild."""
    if is_complete(db):
        return False
    rebuild(db)
    return True
