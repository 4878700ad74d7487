"""The incremental full-text index: the same ranked hits as DuckDB's FTS extension, kept call by call."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import pytest

from bench.search import SearchCase, extension_search, index_search, load_queries, resolve
from pipeline.records import CallMeta, CallRecord, Utterance
from pipeline.store import queries, search_index
from pipeline.store.calls import rebuild_search_index, save_call
from pipeline.store.db import Database, in_memory
from tests.seed import SeedInfo

Seeded = tuple[Database, SeedInfo]
HIT = ["call_id", "start_s", "text"]


def test_every_benchmark_query_ranks_as_the_fts_extension_did(seeded_conn: Seeded,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = seeded_conn
    assert db.load_fts()
    db.execute("PRAGMA create_fts_index('utterances', 'utt_id', 'text', overwrite=1)")
    cases = load_queries()
    assert len(cases) >= 30
    # Both ways the index reads: one pass (few postings, as here), and newest slice first (a big archive).
    for one_pass in (search_index.ONE_PASS_DOCS, 0):
        monkeypatch.setattr(search_index, "ONE_PASS_DOCS", one_pass)
        ranked = 0
        for case in cases:
            args = resolve(db, case)
            before = extension_search(db, args)
            after, how = queries.search_transcripts(db, args.text, args.filters, args.speaker, args.agent_scope)
            if before.empty:
                assert how != "ranked", case.label
                continue
            ranked += 1
            assert how == "ranked", case.label
            pd.testing.assert_frame_equal(after[HIT], before[HIT], check_dtype=False, obj=case.label)
            assert after["score"].tolist() == pytest.approx(before["score"].tolist(), rel=1e-9), case.label
        assert ranked >= 12  # the comparison is not vacuous: most of the list finds something in the samples


def test_a_search_stops_reading_once_nothing_older_can_enter(seeded_conn: Seeded,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = seeded_conn
    assert search_index.is_complete(db)
    monkeypatch.setattr(search_index, "ONE_PASS_DOCS", 0)
    read: list[str] = []
    execute = db.execute
    monkeypatch.setattr(db, "execute", lambda sql, params=None: (read.append(sql), execute(sql, params))[1])
    everything = search_index.ranked_hits(db, "refund", 100)
    slices_read = sum("search_postings p JOIN q" in sql for sql in read)
    read.clear()
    best = search_index.ranked_hits(db, "refund", 1)  # the best utterance is in the newest slice holding one
    assert best == everything[:1]
    assert sum("search_postings p JOIN q" in sql for sql in read) < slices_read
    # However it stops (the best possible score reached, or only several-term utterances left to read),
    # the first hits are the first of the full ranking.
    for text in ("refund confirmation", "call you back", "manager please", "account postcode"):
        full = search_index.ranked_hits(db, text, 100)
        for limit in (1, 2, 3):
            assert search_index.ranked_hits(db, text, limit) == full[:limit], (text, limit)


def _record(call_id: str, texts: list[str], started_at: datetime) -> CallRecord:
    utterances = [Utterance("agent" if i % 2 == 0 else "customer", 2.0 * i, 2.0 * i + 1.5, text)
                  for i, text in enumerate(texts)]
    return CallRecord(meta=CallMeta(call_id, agent_id="A-1", team="Billing", started_at=started_at),
                      content_hash=call_id, source_path=f"{call_id}.json", source_kind="json", duration_s=60.0,
                      channels=2, speakers_estimated=False, utterances=utterances)


CALLS = {
    "K-1": ["Hello, I was charged twice for my refund.", "Let me check the refund for you."],
    "K-2": ["The courier lost my parcel again!", "I am sorry, the courier should have called."],
    "K-3": ["I want to cancel my account.", "Can I ask why you want to cancel?", "The refund never came."],
}
WORDS = ["refund", "courier", "cancel my account", "parcel", "charged twice", "called", "sorry manager"]


def _hits(db: Database) -> dict[str, list[tuple]]:
    out = {}
    for word in WORDS:
        frame = index_search(db, resolve(db, SearchCase(word)))
        out[word] = [(r.call_id, r.start_s, round(r.score, 12)) for r in frame.itertuples()]
    return out


def test_index_kept_call_by_call_equals_a_whole_rebuild() -> None:
    db = in_memory()
    assert search_index.is_complete(db)  # a new database starts with an empty, complete index
    start = datetime(2024, 5, 1, 9)
    for n, (call_id, texts) in enumerate(CALLS.items()):
        save_call(db, _record(call_id, texts, start + timedelta(hours=n)))
    other_postings = db.query("SELECT * FROM search_postings WHERE doc_id >= 65536 ORDER BY ALL")
    # Re-storing a call replaces its utterances in the index and leaves the other calls' rows alone.
    save_call(db, _record("K-1", ["Where is my parcel? I was told a refund."], start))
    assert db.query("SELECT * FROM search_postings WHERE doc_id >= 65536 AND doc_id < 3 * 65536 ORDER BY ALL") == \
        other_postings
    kept = _hits(db)
    assert {h[0] for h in kept["parcel"]} == {"K-1", "K-2"} and {h[0] for h in kept["refund"]} == {"K-1", "K-3"}
    assert not any(h[0] == "K-1" and h[1] == 2.0 for h in kept["refund"])  # the old text is gone
    stats = _statistics(db)

    assert rebuild_search_index(db)
    assert _hits(db) == kept
    assert _statistics(db) == stats


def _statistics(db: Database) -> tuple:
    """What BM25 reads besides the postings: document frequencies, (tf, length) counts, collection size."""
    return (
        db.query("SELECT term, df FROM search_terms WHERE df > 0 ORDER BY term"),
        db.query("SELECT t.term, i.tf, i.doc_len, i.n FROM search_impacts i JOIN search_terms t USING (term_id)"
                 " WHERE i.n > 0 ORDER BY ALL"),
        db.query("SELECT num_docs, total_len FROM search_state"),
    )


def test_bulk_loaded_database_searches_by_substring_until_indexed(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    db.execute("UPDATE search_state SET complete = FALSE")  # e.g. a database from before the index
    record = _record("K-9", ["A parcel went missing."], datetime(2024, 5, 2))
    save_call(db, record)  # not indexed alone: the statistics would be wrong
    assert queries.search_transcripts(db, "parcel")[1] == "substring"
    assert rebuild_search_index(db)
    hits, how = queries.search_transcripts(db, "parcel")
    assert how == "ranked" and "K-9" in set(hits["call_id"])
