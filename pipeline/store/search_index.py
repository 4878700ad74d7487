"""The full-text index over utterances: BM25 ranking, kept up to date one stored call at a time.

DuckDB's FTS extension (`PRAGMA create_fts_index`) can only rebuild its index whole, which at a
fleet's volume means tens of seconds under the write lock after every ingest. This index keeps the
same statistics in plain tables (migration 0080) and changes only the rows of the calls being
stored: `index_calls` is called by the writer inside the transaction that stores the calls, and its
cost depends on those calls' size, not on the archive's. Terms are made exactly as the extension
makes them (its tokenizer, its English stop words, its Porter stemmer, through the extension's own
`stem` function) and scored with its BM25 formula (k = 1.2, b = 0.75, any query term may match), so
a search ranks the same utterances the same way the extension did.

Layout: an utterance is a document whose id is `call_seq * 65536 + idx`, so one call's documents
form a range (forgetting a re-stored call touches one range of postings, which DuckDB's zone maps
find without a scan) and a hit's call is a shift away. `search_postings` holds (term, document,
term count, document length) — everything BM25 reads from a document — plus what the filters and
the tie-break read (the call's start, the speaker, the utterance's times), so a search reads the
postings of its terms and nothing else until it has its best hits. `search_terms` holds each term's
document frequency; `search_impacts` how many postings of a term have each (count, length), from
which a term's best possible score is known without reading its postings; `search_words` every raw
token (a word in none of them is in no transcript); `search_state` the collection's size;
`search_calls` each call's range.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pipeline.records import CallRecord
from pipeline.store.connection import Database

# BM25 parameters: the FTS extension's defaults, so scores match the extension's.
K1 = 1.2
B = 0.75
DOCS_PER_CALL = 65536  # doc_id = call_seq * DOCS_PER_CALL + idx
REBUILD_SLICE = 2_000_000  # utterances indexed per step of a whole rebuild (bounds its memory)
STEMMER = "porter"
# The FTS extension's `tokenize` macro, verbatim: lower-case, accents stripped, digits and punctuation
# are separators.
_TOKENIZE = (
    "string_split_regex(regexp_replace(lower(strip_accents(CAST({text} AS VARCHAR))),"
    " '[0-9!@#$%^&*()_+={}\\[\\]:;<>,.?~\\\\/\\|''''\"`-]+', ' ', 'g'), '\\s+')"
)


def tokenize_sql(text: str) -> str:
    """SQL for the list of raw tokens of the SQL expression `text` (before stop words and stemming)."""
    return _TOKENIZE.replace("{text}", text)


def available(db: Database) -> bool:
    """True when the stemmer (from DuckDB's FTS extension) loads; without it nothing is indexed."""
    return db.load_fts()


def is_complete(db: Database) -> bool:
    """True when the index covers every stored utterance and can answer searches."""
    return bool(db.scalar("SELECT complete FROM search_state")) and available(db)


def _postings_sql(source: str) -> str:
    """SQL: one row per (utterance, term) of `source` (call_id, idx, text, started_at, speaker, start_s,
    end_s) with the term's count and the utterance's length."""
    return f"""
        WITH tokens AS (
            SELECT call_id, idx, started_at, speaker, start_s, end_s, unnest({tokenize_sql("text")}) AS token
            FROM {source}
        ), kept AS (
            SELECT call_id, idx, started_at, speaker, start_s, end_s, stem(token, '{STEMMER}') AS term FROM tokens
            WHERE token <> '' AND token NOT IN (SELECT sw FROM search_stopwords)
        ), counted AS (
            SELECT call_id, idx, started_at, speaker, start_s, end_s, term, count(*)::INTEGER AS tf
            FROM kept GROUP BY ALL
        )
        SELECT *, (sum(tf) OVER (PARTITION BY call_id, idx))::INTEGER AS doc_len FROM counted
    """


def _store_words(db: Database, source: str, params: Sequence[Any] = ()) -> None:
    """Add the raw tokens of `source` (a relation with a `text` column) that `search_words` lacks."""
    db.execute(
        f"INSERT INTO search_words SELECT DISTINCT token FROM (SELECT unnest({tokenize_sql('text')}) AS token"
        f" FROM {source}) WHERE token <> '' AND token NOT IN (SELECT word FROM search_words)",
        list(params),
    )


def could_contain(db: Database, text: str) -> bool:
    """False when no stored utterance can contain `text` (case-insensitively): one of its plain words
    (letters a-z only) is inside no token ever indexed. True when that cannot be ruled out."""
    words = [w for w in text.lower().split() if w.isascii() and w.isalpha()]
    if not words or not db.scalar("SELECT complete FROM search_state"):
        return True
    missing = db.scalar(
        "SELECT count(*) FROM (SELECT unnest(?::VARCHAR[]) AS w) q"
        " WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE contains(s.word, q.w))",
        [words],
    )
    return not missing


def _store_postings(db: Database, seq_table: str = "search_new_seq") -> None:
    """Move the temp table `search_new_postings` into the index: new terms, document frequencies, postings
    (the calls' sequence numbers from `seq_table`)."""
    # New terms get ids after the highest one; every term gains the documents that have it.
    db.execute(
        "INSERT INTO search_terms (term_id, term, df)"
        " SELECT (SELECT coalesce(max(term_id), -1) FROM search_terms) + row_number() OVER (ORDER BY term), term, 0"
        " FROM (SELECT DISTINCT term FROM search_new_postings) n"
        " WHERE NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = n.term)"
    )
    db.execute(
        "UPDATE search_terms t SET df = t.df + n.docs FROM"
        " (SELECT term, count(*) AS docs FROM search_new_postings GROUP BY term) n WHERE t.term = n.term"
    )
    _count_impacts(db, "(SELECT t.term_id, p.tf, p.doc_len FROM search_new_postings p"
                       " JOIN search_terms t USING (term))", +1)
    db.execute(
        "INSERT INTO search_postings (term_id, doc_id, tf, doc_len, started_at, speaker, start_s, end_s)"
        f" SELECT t.term_id, s.call_seq * {DOCS_PER_CALL} + p.idx, p.tf, p.doc_len, p.started_at, p.speaker,"
        " p.start_s, p.end_s"
        f" FROM search_new_postings p JOIN {seq_table} s USING (call_id) JOIN search_terms t USING (term)"
        " ORDER BY 2, 1"
    )
    db.execute("DROP TABLE search_new_postings")


def _count_impacts(db: Database, postings: str, sign: int, params: Sequence[Any] = ()) -> None:
    """Add (sign +1) or take away (-1) the `postings` (term_id, tf, doc_len) from `search_impacts`."""
    db.execute(
        f"CREATE OR REPLACE TEMP TABLE search_impact_delta AS SELECT term_id, tf, doc_len, count(*) AS n"
        f" FROM {postings} GROUP BY ALL",
        list(params),
    )
    db.execute(
        "INSERT INTO search_impacts (term_id, tf, doc_len, n) SELECT term_id, tf, doc_len, 0"
        " FROM search_impact_delta d WHERE NOT EXISTS (SELECT 1 FROM search_impacts i"
        "  WHERE i.term_id = d.term_id AND i.tf = d.tf AND i.doc_len = d.doc_len)"
    )
    db.execute(
        f"UPDATE search_impacts i SET n = i.n + {int(sign)} * d.n FROM search_impact_delta d"
        " WHERE i.term_id = d.term_id AND i.tf = d.tf AND i.doc_len = d.doc_len"
    )
    db.execute("DROP TABLE search_impact_delta")


def _store_calls(db: Database, seq_table: str = "search_new_seq") -> None:
    """Record the calls of `seq_table` (call_id, call_seq, n_docs) as indexed, with their lengths."""
    db.execute(
        "INSERT INTO search_calls (call_id, call_seq, n_docs, total_len)"
        " SELECT s.call_id, s.call_seq, s.n_docs, coalesce(p.total_len, 0)"
        f" FROM {seq_table} s LEFT JOIN (SELECT doc_id // {DOCS_PER_CALL} AS call_seq, sum(tf) AS total_len"
        f"  FROM search_postings WHERE doc_id >= (SELECT min(call_seq) FROM {seq_table}) * {DOCS_PER_CALL}"
        "  GROUP BY 1) p USING (call_seq)"
    )
    db.execute(
        f"UPDATE search_state SET next_seq = (SELECT coalesce(max(call_seq), next_seq - 1) + 1 FROM {seq_table}),"
        f" num_docs = num_docs + (SELECT coalesce(sum(n_docs), 0) FROM {seq_table}),"
        f" total_len = total_len + (SELECT coalesce(sum(tf), 0) FROM search_postings"
        f"  WHERE doc_id >= (SELECT min(call_seq) FROM {seq_table}) * {DOCS_PER_CALL})"
    )
    db.execute(f"DROP TABLE {seq_table}")


def index_calls(db: Database, records: Sequence[CallRecord]) -> None:
    """Bring the index up to date for these just-stored calls (replacing any earlier version of them).

    Call inside the transaction that stored the calls, so the index never disagrees with them; the
    work is proportional to these calls' utterances. Does nothing while the index has not been built
    whole (`rebuild`): a partial index would rank against the wrong statistics.
    """
    if not records or not db.scalar("SELECT complete FROM search_state") or not available(db):
        return
    for record in records:
        if len(record.utterances) > DOCS_PER_CALL:
            raise ValueError(f"call {record.meta.call_id} has {len(record.utterances):,} utterances; the index "
                             f"takes at most {DOCS_PER_CALL:,} per call")
    ids = [r.meta.call_id for r in records]
    forget_calls(db, ids)
    rows = [(r.meta.call_id, i, u.text, r.meta.started_at, u.speaker, u.start, u.end)
            for r in records for i, u in enumerate(r.utterances)]
    columns = list(zip(*rows, strict=True)) if rows else [[]] * 7
    db.execute(
        "CREATE OR REPLACE TEMP TABLE search_new_text AS SELECT unnest(?::VARCHAR[]) AS call_id,"
        " unnest(?::INTEGER[]) AS idx, unnest(?::VARCHAR[]) AS text, unnest(?::TIMESTAMP[]) AS started_at,"
        " unnest(?::VARCHAR[]) AS speaker, unnest(?::DOUBLE[]) AS start_s, unnest(?::DOUBLE[]) AS end_s",
        [list(c) for c in columns],
    )
    db.execute(
        "CREATE OR REPLACE TEMP TABLE search_new_seq AS"
        " SELECT unnest(?::VARCHAR[]) AS call_id, (SELECT next_seq FROM search_state) + unnest(range(?::BIGINT))"
        " AS call_seq, unnest(?::INTEGER[]) AS n_docs",
        [ids, len(ids), [len(r.utterances) for r in records]],
    )
    db.execute(f"CREATE OR REPLACE TEMP TABLE search_new_postings AS {_postings_sql('search_new_text')}")
    _store_words(db, "search_new_text")
    db.execute("DROP TABLE search_new_text")
    _store_postings(db)
    _store_calls(db)


def forget_calls(db: Database, call_ids: Sequence[str]) -> None:
    """Take these calls' utterances out of the index (a re-stored call is forgotten, then indexed again)."""
    if not call_ids:
        return
    for call_id in call_ids:  # one at a time: `call_id = ?` is a lookup in the primary key, not a scan
        row = db.query_one("SELECT call_seq, n_docs, total_len FROM search_calls WHERE call_id = ?", [call_id])
        if row is None:
            continue
        low, high = row["call_seq"] * DOCS_PER_CALL, (row["call_seq"] + 1) * DOCS_PER_CALL - 1
        db.execute(
            "UPDATE search_terms t SET df = t.df - g.docs FROM"
            " (SELECT term_id, count(*) AS docs FROM search_postings WHERE doc_id BETWEEN ? AND ? GROUP BY term_id) g"
            " WHERE t.term_id = g.term_id",
            [low, high],
        )
        _count_impacts(db, "(SELECT term_id, tf, doc_len FROM search_postings WHERE doc_id BETWEEN ? AND ?)", -1,
                       [low, high])
        db.execute("DELETE FROM search_postings WHERE doc_id BETWEEN ? AND ?", [low, high])
        db.execute("UPDATE search_state SET num_docs = num_docs - ?, total_len = total_len - ?",
                   [row["n_docs"], row["total_len"]])
        db.execute("DELETE FROM search_calls WHERE call_id = ?", [call_id])


def move_calls(db: Database, starts: Sequence[tuple[str, datetime | None]]) -> None:
    """A call's start time changed (a corrected manifest): its postings carry it for the tie-break and
    date filters."""
    for call_id, started_at in starts:
        seq = db.scalar("SELECT call_seq FROM search_calls WHERE call_id = ?", [call_id])
        if seq is not None:
            db.execute("UPDATE search_postings SET started_at = ? WHERE doc_id BETWEEN ? AND ?",
                       [started_at, seq * DOCS_PER_CALL, (seq + 1) * DOCS_PER_CALL - 1])


def rebuild(db: Database) -> bool:
    """Build the whole index from the stored utterances; False when the stemmer is unavailable.

    For a database from before this index existed, after a restore, or to repair; ordinary ingest
    keeps the index up to date call by call (`index_calls`).
    """
    if not available(db):
        return False
    with db.atomic():
        for table in ("search_postings", "search_terms", "search_calls", "search_impacts", "search_words"):
            db.execute(f"DELETE FROM {table}")
        db.execute("UPDATE search_state SET next_seq = 0, num_docs = 0, total_len = 0")
        # Calls numbered in time order, so the postings lie in time order as they do when ingested.
        db.execute(
            "CREATE OR REPLACE TEMP TABLE search_all_seq AS SELECT call_id,"
            " (row_number() OVER (ORDER BY c.started_at NULLS FIRST, call_id) - 1)::BIGINT AS call_seq, n_docs"
            " FROM (SELECT call_id, count(*)::INTEGER AS n_docs FROM utterances GROUP BY call_id)"
            " LEFT JOIN calls c USING (call_id)"
        )
        # A slice of the transcripts at a time, so memory stays bounded whatever the archive's size.
        last = db.scalar("SELECT max(rowid) FROM utterances")
        for low in range(0, -1 if last is None else last + 1, REBUILD_SLICE):
            source = ("(SELECT u.call_id, u.idx, u.text, c.started_at, u.speaker, u.start_s, u.end_s"
                      " FROM utterances u JOIN calls c USING (call_id) WHERE u.rowid BETWEEN ? AND ?)")
            db.execute(f"CREATE OR REPLACE TEMP TABLE search_new_postings AS {_postings_sql(source)}",
                       [low, low + REBUILD_SLICE - 1])
            _store_words(db, "(SELECT text FROM utterances WHERE rowid BETWEEN ? AND ?)",
                         [low, low + REBUILD_SLICE - 1])
            _store_postings(db, "search_all_seq")
        _store_calls(db, "search_all_seq")
        db.execute("UPDATE search_state SET complete = TRUE")
    return True


@dataclass(frozen=True)
class RankedHit:
    call_id: str
    idx: int
    score: float
    started_at: datetime | None
    doc_id: int

    def rank_key(self) -> tuple:
        """Best first: score, then the newest call (undated calls last), then document order."""
        newest = -self.started_at.timestamp() if self.started_at is not None else float("inf")
        return (-self.score, newest, self.doc_id)


# Searches read the newest calls first, in slices this many days back from the newest call, and stop
# as soon as no older utterance can beat the hits found (see `ranked_hits`).
SLICE_DAYS = (1, 7, 30, 120)
ONE_PASS_DOCS = 200_000  # up to this many utterances indexed, no slices


def ranked_hits(
    db: Database,
    text: str,
    limit: int,
    *,
    call_conditions: Sequence[str] = (),
    call_params: Sequence[Any] = (),
    speaker: str | None = None,
    moment_kinds: Sequence[str] = (),
) -> list[RankedHit]:
    """The `limit` best utterances for `text`, by the extension's BM25, then newest call first.

    BM25 per query term: idf = log10((N - df + 0.5) / (df + 0.5) + 1) times
    tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avgdl)), summed over the distinct query terms an
    utterance has. `call_conditions` are conditions on the call (alias `c`, with `call_params`);
    `speaker` and `moment_kinds` (an overlapping moment of one of these kinds) on the utterance.

    The answer is exact and read newest first: utterances are scored one time slice at a time (the
    last day of calls, the week, the month, …; the postings are stored in call order, so DuckDB's zone
    maps skip the rest), and the search stops once it holds `limit` hits none worse than the best
    score any utterance could reach (the sum of each term's best score). An older utterance can at
    most tie, and ties go to the newer call, so nothing older can enter. Most searches stop after
    the first slice. When the hits held already beat what any single term can give, only utterances
    with several of the terms could still enter, and the rest of the archive is read once for those.
    """
    terms = db.query(
        f"SELECT term_id, df FROM search_terms WHERE df > 0 AND term IN"
        f" (SELECT stem(unnest({tokenize_sql('?')}), '{STEMMER}'))",
        [text],
    )
    if not terms:
        return []
    num_docs, total_len, newest = db.execute(
        "SELECT num_docs, total_len, (SELECT max(started_at) FROM calls WHERE status = 'ready') FROM search_state"
    ).fetchone()
    # Each term's idf, and the BM25 of a (tf, len) pair: the FTS extension's formula.
    terms_sql = """
        WITH n AS (SELECT ?::DOUBLE AS num_docs, ?::DOUBLE / nullif(?::DOUBLE, 0) AS avgdl),
        q AS (SELECT term_id, log((n.num_docs - df + 0.5) / (df + 0.5) + 1) AS idf FROM
              (SELECT unnest(?::BIGINT[]) AS term_id, unnest(?::BIGINT[]) AS df) CROSS JOIN n)"""
    base_params: list[Any] = [num_docs, total_len, num_docs, [t["term_id"] for t in terms], [t["df"] for t in terms]]
    bm25 = f"q.idf * ((p.tf * ({K1} + 1)) / (p.tf + {K1} * ((1 - {B}) + {B} * (p.doc_len / n.avgdl))))"
    # The best score any utterance could reach: each term at its best, all in one utterance.
    best = db.execute(f"{terms_sql} SELECT p.term_id, max({bm25}) FROM search_impacts p"
                      " JOIN q USING (term_id) CROSS JOIN n WHERE p.n > 0 GROUP BY p.term_id", base_params).fetchall()
    ceiling = sum(score for _, score in best)
    speaker_sql = ""
    if speaker:
        speaker_sql = " AND p.speaker = ?"
        base_params.append(speaker)
    times = ", p.start_s, p.end_s" if moment_kinds else ""
    postings = f"""{terms_sql},
        p AS (
            SELECT p.doc_id, p.started_at{times}, {bm25} AS score
            FROM search_postings p JOIN q USING (term_id) CROSS JOIN n
            WHERE TRUE{speaker_sql} {{slice}}
        )"""
    if len(terms) == 1:
        scored = "scored AS (SELECT * FROM p)"
    else:
        times = ", max(start_s) AS start_s, max(end_s) AS end_s" if moment_kinds else ""
        scored = (f"scored AS (SELECT doc_id, max(started_at) AS started_at{times}, sum(score) AS score"
                  " FROM p GROUP BY doc_id)")
    order = " ORDER BY h.score DESC, h.started_at DESC NULLS LAST, h.doc_id LIMIT ?"
    filter_params: list[Any] = []
    if call_conditions or moment_kinds:
        conditions = ["c.status = 'ready'", *call_conditions]
        filter_params.extend(call_params)
        if moment_kinds:
            conditions.append(
                "EXISTS (SELECT 1 FROM moments sm WHERE sm.call_id = s.call_id AND NOT sm.possible"
                " AND sm.start_s < h.end_s"
                f" AND sm.end_s > h.start_s AND sm.kind IN ({', '.join('?' for _ in moment_kinds)}))"
            )
            filter_params.extend(moment_kinds)
        select = (f"{postings}, {scored} SELECT s.call_id, h.doc_id % {DOCS_PER_CALL} AS idx, h.score,"
                  " h.started_at, h.doc_id FROM scored h"
                  f" JOIN search_calls s ON s.call_seq = h.doc_id // {DOCS_PER_CALL}"
                  f" JOIN calls c ON c.call_id = s.call_id WHERE {' AND '.join(conditions)}{order}")
    else:
        select = (f"{postings}, {scored}, top AS (SELECT * FROM scored h{order})"
                  f" SELECT s.call_id, h.doc_id % {DOCS_PER_CALL} AS idx, h.score, h.started_at, h.doc_id"
                  f" FROM top h JOIN search_calls s ON s.call_seq = h.doc_id // {DOCS_PER_CALL}")
    found: list[RankedHit] = []
    single_best = max(score for _, score in best)

    def read(since: datetime | None, until: datetime | None, several_terms_only: bool = False) -> None:
        nonlocal found
        conditions, params = [], []
        if since is not None:
            conditions.append("{t}.started_at >= ?")
            params.append(since)
        if until is not None:
            conditions.append("({t}.started_at < ? OR {t}.started_at IS NULL)" if since is None
                              else "{t}.started_at < ?")
            params.append(until)
        slice_sql = "".join(" AND " + c.format(t="p") for c in conditions)
        slice_params = list(params)
        if several_terms_only:
            slice_sql += (" AND p.doc_id IN (SELECT x.doc_id FROM search_postings x SEMI JOIN q USING (term_id)"
                          f" WHERE TRUE{''.join(' AND ' + c.format(t='x') for c in conditions)}"
                          " GROUP BY x.doc_id HAVING count(*) > 1)")
            slice_params += params
        rows = db.execute(select.replace("{slice}", slice_sql),
                          [*base_params, *slice_params, *filter_params, limit]).fetchall()
        found = sorted([*found, *(RankedHit(*row) for row in rows)], key=RankedHit.rank_key)[:limit]

    # A small index: one pass over it costs less than a query per slice. (A rare term in a big index
    # still reads by slice: its postings are spread over the whole table, which only time prunes.)
    for since, until in _slices(newest if num_docs > ONE_PASS_DOCS else None):
        read(since, until)
        if len(found) < limit:
            continue
        if found[-1].score >= ceiling:
            break
        if len(terms) > 1 and found[-1].score >= single_best and since is not None:
            # No utterance with one of the terms can beat the hits held: only those with several can,
            # so everything older is read at once, for those alone.
            read(None, since, several_terms_only=True)
            break
    return found


def _slices(newest: datetime | None) -> list[tuple[datetime | None, datetime | None]]:
    """[since, until) ranges of call start, newest first, covering every call (undated ones last)."""
    if newest is None:
        return [(None, None)]
    cuts = [newest - timedelta(days=days) for days in SLICE_DAYS]
    slices: list[tuple[datetime | None, datetime | None]] = [(cuts[0], None)]
    slices += [(older, newer) for newer, older in itertools.pairwise(cuts)]
    slices.append((None, cuts[-1]))
    return slices
