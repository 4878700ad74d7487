"""Contact reasons: why each customer called, found offline from what they say early in the call.

1. **Opening.** The customer's lines in the first `OPENING_S` seconds, skipping formalities (greetings,
   "my name is …", "yes", "thanks": lines whose embedding is within `FORMALITY_SIMILARITY` of one of
   `FORMALITIES`) and lines of one word; the first `OPENING_LINES` of the rest, each cut to
   `MAX_LINE_WORDS` words. Its vector is the normalised mean of the lines' all-MiniLM-L6-v2 embeddings
   (`pipeline.analysis.embed`, the model the semantic matcher ships with).
2. **Discovery.** k-means (scikit-learn, k-means++ with 10 restarts) on the openings' vectors, for every
   k from 2 to `MAX_REASONS` (at most one reason per `MIN_CALLS_PER_REASON` calls); the k with the best
   mean silhouette (cosine) wins. Each cluster becomes a reason named by its most characteristic words
   (class-based TF-IDF over the cluster's openings) and shown with its most central openings.
3. **Assignment.** A call takes the reason whose centroid, or one of whose pinned sentences, is nearest
   its opening (cosine). The assignment stores the reason set's version (`store.reasons.reasons_version`:
   the centroids, the pins and the model), so `python -m pipeline analyze` re-assigns exactly the calls an
   admin's merge, split or pin changed, from the stored vectors: nothing is transcribed or embedded again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.analysis import embed as embedding
from pipeline.analysis import embed_cache
from pipeline.store import reasons as store
from pipeline.store.connection import Database

OPENING_S = 120.0
OPENING_LINES = 3
MAX_LINE_WORDS = 40
FORMALITY_SIMILARITY = 0.6
FORMALITIES = (
    "hi",
    "hello",
    "hello how are you",
    "good morning",
    "my name is john smith",
    "hi my name is mary johnson",
    "yes",
    "yes that's right",
    "okay thank you",
    "thanks",
    "i'm doing well thank you",
    "sure",
    "uh huh",
)
MAX_REASONS = 20
MIN_CALLS_PER_REASON = 5
MIN_CALLS_TO_DISCOVER = 20  # fewer calls than this and no reason set is discovered automatically
SILHOUETTE_SAMPLE = 3000  # above this many calls the silhouette is estimated on a sample
BATCH = 500
NAME_WORDS = 3
NAME_MIN_SHARE = 0.25
# Words that say nothing about why someone calls (beside scikit-learn's English stop words).
CALL_STOP_WORDS = {
    "hi",
    "hello",
    "um",
    "uh",
    "er",
    "ah",
    "oh",
    "yeah",
    "yes",
    "okay",
    "ok",
    "like",
    "just",
    "want",
    "wanted",
    "need",
    "calling",
    "call",
    "help",
    "name",
    "know",
    "thank",
    "thanks",
    "today",
    "good",
    "morning",
    "afternoon",
    "really",
    "gonna",
    "got",
    "ve",
    "ll",
    "don",
    "did",
    "does",
    "doing",
    "said",
    "think",
    "right",
    "sure",
    "hey",
    "actually",
    "going",
    "im",
    "wondering",
    "able",
    "let",
    "mm",
    "hmm",
    "sorry",
    "please",
}
_WORD = re.compile(r"[a-z][a-z']+")
_TAG = re.compile(r"\[[^\]]*\]|<[^>]*>")  # transcriber tags: "[noise]", "<unk>"; redaction tags "[CARD]"


@dataclass(frozen=True)
class Opening:
    call_id: str
    text: str
    vector: np.ndarray | None  # None: the customer said nothing usable early on


@functools.cache
def model_key() -> str:
    """The embedding model's files and the opening settings: part of every reason set's version."""
    return embed_cache.model_key(embedding.model_dir(), "reasons", OPENING_S, OPENING_LINES, FORMALITY_SIMILARITY)


def opening_lines(
    lines: Sequence[str], formal: np.ndarray | None = None, vectors: np.ndarray | None = None
) -> list[int]:
    """Indexes of the lines that make the opening (see the module docstring)."""
    keep = []
    for i, line in enumerate(lines):
        if len(keep) == OPENING_LINES:
            break
        if len(_WORD.findall(line.lower())) < 2:
            continue
        if formal is not None and vectors is not None and float((vectors[i] @ formal.T).max()) >= FORMALITY_SIMILARITY:
            continue
        keep.append(i)
    return keep


def openings(lines_by_call: dict[str, list[str]]) -> list[Opening]:
    """Each call's opening and its vector, embedding all lines of a batch at once."""
    cut = {c: [" ".join(line.split()[:MAX_LINE_WORDS]) for line in lines] for c, lines in lines_by_call.items()}
    flat = [line for lines in cut.values() for line in lines]
    vectors = embedding.embed(flat) if flat else np.zeros((0, embedding.DIM), dtype=np.float32)
    formal = embedding.embed(list(FORMALITIES))
    out, at = [], 0
    for call_id, lines in cut.items():
        own = vectors[at : at + len(lines)]
        at += len(lines)
        keep = opening_lines(lines, formal, own)
        if not keep:
            out.append(Opening(call_id, "", None))
            continue
        mean = own[keep].mean(axis=0)
        out.append(
            Opening(call_id, " … ".join(lines[i] for i in keep), (mean / np.linalg.norm(mean)).astype(np.float32))
        )
    return out


def nearest(vectors: np.ndarray, reasons: Sequence[store.Reason]) -> tuple[np.ndarray, np.ndarray]:
    """For each row: the index of its reason (centroid or pin, whichever is closer) and that cosine."""
    scores = np.stack([_reason_scores(vectors, r) for r in reasons], axis=1)
    best = scores.argmax(axis=1)
    return best, scores[np.arange(len(vectors)), best]


def _reason_scores(vectors: np.ndarray, reason: store.Reason) -> np.ndarray:
    anchors = np.vstack([reason.centroid, *reason.pins]) if reason.pins else reason.centroid[None, :]
    return (vectors @ anchors.T).max(axis=1)


@dataclass
class AssignSummary:
    embedded: int = 0
    assigned: int = 0
    discovered: int = 0
    skipped: str = ""


def assign_reasons(db: Database, *, all_calls: bool = False, discover_if_missing: bool = True) -> AssignSummary:
    """Embed the openings of calls that have none, then assign every call whose assignment is out of date.

    With no reason set yet it waits for `MIN_CALLS_TO_DISCOVER` stored calls, then discovers one first.
    Without the embedding model it does nothing and says why (`skipped`).
    """
    summary = AssignSummary()
    reasons = store.active_reasons(db)
    if not reasons and store.ready_calls(db) < MIN_CALLS_TO_DISCOVER:
        return summary  # nothing to assign to, nor enough calls to find reasons: the model is not even loaded
    if not embedding.available():
        summary.skipped = "the sentence-embedding model is not installed; contact reasons were not assigned"
        return summary
    key = model_key()
    version = store.reasons_version(reasons, key) if reasons else None
    # Openings are embedded once (again for every call with all_calls); assignment then reads the stored vectors.
    todo = store.calls_needing_reason(db, version, everything=all_calls)
    for offset in range(0, len(todo), BATCH):
        chunk = todo[offset : offset + BATCH]
        have = {} if all_calls else store.stored_openings(db, chunk)
        missing = [c for c in chunk if c not in have]
        fresh = openings(store.customer_lines(db, missing, OPENING_S)) if missing else []
        summary.embedded += sum(1 for o in fresh if o.vector is not None)
        rows = [(o.call_id, o.text, o.vector) for o in fresh] + [(c, t, v) for c, (t, v) in have.items()]
        summary.assigned += _store(db, rows, reasons, version)
    if not reasons and discover_if_missing and len(store.all_vectors(db)[0]) >= MIN_CALLS_TO_DISCOVER:
        summary.discovered = len(discover(db, actor=None))
        reasons = store.active_reasons(db)
        version = store.reasons_version(reasons, key)
        todo = store.calls_needing_reason(db, version)
        for offset in range(0, len(todo), BATCH):
            have = store.stored_openings(db, todo[offset : offset + BATCH])
            summary.assigned += _store(db, [(c, t, v) for c, (t, v) in have.items()], reasons, version)
    return summary


def _store(
    db: Database, rows: list[tuple[str, str, np.ndarray | None]], reasons: Sequence[store.Reason], version: str | None
) -> int:
    """Save openings with their nearest reason (none yet when there is no reason set); returns how many got one."""
    with_vector = [r for r in rows if r[2] is not None]
    picks: dict[str, tuple[int, float]] = {}
    if reasons and with_vector:
        best, sims = nearest(np.vstack([r[2] for r in with_vector]), reasons)
        picks = {r[0]: (reasons[int(b)].reason_id, float(s)) for r, b, s in zip(with_vector, best, sims, strict=True)}
    store.save_assignments(
        db,
        [(c, *(picks.get(c) or (None, None)), t, v, version if reasons else None) for c, t, v in rows],
    )
    return len(picks)


# --- discovery -------------------------------------------------------------------------------------


def choose_clusters(vectors: np.ndarray, max_k: int = MAX_REASONS, seed: int = 0) -> np.ndarray:
    """Cluster labels: k-means for each k, the k with the best mean silhouette (cosine)."""
    from threadpoolctl import threadpool_limits

    n = len(vectors)
    top = min(max_k, n // MIN_CALLS_PER_REASON)
    if top < 2:
        return np.zeros(n, dtype=int)
    # One thread: on a shared or busy machine k-means' thread pool waits on itself (20x slower at 50 calls).
    with threadpool_limits(1):
        return _best_k(vectors, top, seed)


def _best_k(vectors: np.ndarray, top: int, seed: int) -> np.ndarray:
    from sklearn.cluster import KMeans, MiniBatchKMeans
    from sklearn.metrics import silhouette_score

    n = len(vectors)
    best_labels, best_score = np.zeros(n, dtype=int), -1.0
    for k in range(2, top + 1):
        if n > 20000:
            model = MiniBatchKMeans(k, n_init=3, random_state=seed, batch_size=4096)
        else:
            model = KMeans(k, n_init=10, random_state=seed)
        labels = model.fit_predict(vectors)
        score = silhouette_score(
            vectors, labels, metric="cosine", sample_size=min(n, SILHOUETTE_SAMPLE), random_state=seed
        )
        if score > best_score:
            best_labels, best_score = labels, float(score)
    return best_labels


def describe(
    texts: Sequence[str], vectors: np.ndarray, labels: np.ndarray, origin: str = "discovered"
) -> list[store.NewReason]:
    """A reason per cluster: centroid, a name from its most characteristic words, its most central openings."""
    names = characteristic_names(texts, labels)
    out = []
    for label in sorted({int(x) for x in labels}):
        members = np.flatnonzero(labels == label)
        mean = vectors[members].mean(axis=0)
        centroid = (mean / np.linalg.norm(mean)).astype(np.float32)
        ranked = [texts[i] for i in members[np.argsort(-(vectors[members] @ centroid))]]
        examples = tuple(dict.fromkeys(ranked))[:3]  # distinct: a transferred leg repeats its parent's opening
        out.append(store.NewReason(names[label], centroid, examples, origin))
    return out


def characteristic_names(texts: Sequence[str], labels: np.ndarray) -> dict[int, str]:
    """Class-based TF-IDF: each cluster's words weighted by how much more often its openings use them.

    A word or pair must occur in at least `NAME_MIN_SHARE` of the cluster's openings (and in two), so one
    caller's name never names a reason.
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

    groups = sorted({int(x) for x in labels})
    cleaned = [_TAG.sub(" ", t.lower()) for t in texts]
    try:
        vectorizer = CountVectorizer(
            stop_words=sorted(ENGLISH_STOP_WORDS | CALL_STOP_WORDS),
            ngram_range=(1, 2),
            token_pattern=r"\b[a-z]{3,}\b",  # "it's" and "i'm" leave nothing to name a reason by
            binary=True,
        )
        present = vectorizer.fit_transform(cleaned).toarray().astype(float)
    except ValueError:  # nothing but stop words
        return {g: f"Reason {i + 1}" for i, g in enumerate(groups)}
    terms = vectorizer.get_feature_names_out()
    labels = np.asarray(labels)
    share = np.vstack([present[labels == g].mean(axis=0) for g in groups])  # openings of the cluster using it
    counts = np.vstack([present[labels == g].sum(axis=0) for g in groups])
    weight = share * np.log(1 + len(texts) / np.maximum(present.sum(axis=0), 1))
    weight[(share < NAME_MIN_SHARE) | (counts < 2)] = 0
    names = {}
    for row, g in enumerate(groups):
        chosen: list[str] = []
        for j in np.argsort(-weight[row]):
            if weight[row, j] <= 0 or len(chosen) == NAME_WORDS:
                break
            term = str(terms[j])
            if any(term in c or c in term for c in chosen):
                continue
            chosen.append(term)
        names[g] = ", ".join(chosen).capitalize() if chosen else f"Reason {row + 1}"
    return names


def discover(db: Database, actor: str | None, max_reasons: int = MAX_REASONS) -> list[int]:
    """Cluster every embedded opening into a new reason set (retiring the old one) and assign all calls."""
    _, texts, vectors = store.all_vectors(db)
    if len(texts) < 2:
        raise ValueError("too few calls with an opening to find reasons (run `python -m pipeline analyze` first)")
    labels = choose_clusters(vectors, max_reasons)
    ids = store.replace_reasons(db, describe(texts, vectors, labels), actor)
    return ids


def merge(db: Database, actor: str, keep_id: int, merged_id: int) -> None:
    """Merge two reasons; the kept one's centroid becomes the mean opening of both reasons' calls."""
    vectors = np.vstack([store.all_vectors(db, keep_id)[2], store.all_vectors(db, merged_id)[2]])
    if not len(vectors):
        raise ValueError("neither reason has calls to merge")
    mean = vectors.mean(axis=0)
    store.merge_reasons(db, actor, keep_id, merged_id, (mean / np.linalg.norm(mean)).astype(np.float32))


def split(db: Database, actor: str, reason_id: int, parts: int = 2) -> list[int]:
    """Split a reason in `parts` by k-means on its calls' openings."""
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    _, texts, vectors = store.all_vectors(db, reason_id)
    if len(texts) < 2 * parts:
        raise ValueError(f"reason {reason_id} has {len(texts)} calls: too few to split in {parts}")
    with threadpool_limits(1):
        labels = KMeans(parts, n_init=10, random_state=0).fit_predict(vectors)
    return store.split_reason(db, actor, reason_id, describe(texts, vectors, labels, origin="split"))


def pin(db: Database, actor: str, reason_id: int, text: str) -> None:
    """Pin an example sentence to a reason: openings nearer it than to any centroid take that reason."""
    store.pin_sentence(db, actor, reason_id, text, embedding.embed([text])[0])


# --- measuring against known reasons ----------------------------------------------------------------


@dataclass(frozen=True)
class Agreement:
    calls: int
    true_reasons: int
    found_reasons: int
    purity: float  # share of calls whose found reason's most common true reason is theirs
    adjusted_mutual_info: float
    names: dict[str, str]  # found reason name -> its most common true reason


def agreement(true_labels: Sequence[str], found: Sequence[int], names: dict[int, str] | None = None) -> Agreement:
    """How well found reasons match known ones: purity and adjusted mutual information (scikit-learn)."""
    from collections import Counter

    from sklearn.metrics import adjusted_mutual_info_score

    by_found: dict[int, Counter[str]] = {}
    for t, f in zip(true_labels, found, strict=True):
        by_found.setdefault(int(f), Counter())[t] += 1
    purity = sum(c.most_common(1)[0][1] for c in by_found.values()) / max(len(true_labels), 1)
    return Agreement(
        calls=len(true_labels),
        true_reasons=len(set(true_labels)),
        found_reasons=len(by_found),
        purity=purity,
        adjusted_mutual_info=float(adjusted_mutual_info_score(list(true_labels), [int(f) for f in found])),
        names={(names or {}).get(f, str(f)): c.most_common(1)[0][0] for f, c in sorted(by_found.items())},
    )


def discover_on(lines_by_call: dict[str, list[str]], true_labels: dict[str, str]) -> Agreement:
    """Discover reasons on calls given as customer lines (no database) and compare with the known ones."""
    found = [o for o in openings(lines_by_call) if o.vector is not None]
    vectors = np.vstack([o.vector for o in found])
    labels = choose_clusters(vectors)
    names = characteristic_names([o.text for o in found], labels)
    return agreement([true_labels[o.call_id] for o in found], labels, names)
