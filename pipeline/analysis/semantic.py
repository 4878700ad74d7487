"""The semantic matcher: moments the phrase rules missed, found by meaning with sentence embeddings.

Phrase rules are precise but only catch wording like what they were written from. For each kind,
the rules file's `[semantic.kinds.<kind>]` lists example sentences (what the kind sounds like, in
many registers) and counter-examples (negations and look-alikes that are not the kind). They are
embedded once per rules file version with all-MiniLM-L6-v2 (`embed.py`).

Rules run first. The matcher reads only the utterances in which no rule found a moment (with
`only_unflagged = false`, also the other kinds of flagged ones), and compares their clauses with the
examples:

* clauses: the whole utterance, its sentences, their comma / "but" / "however" pieces, and, for long
  unpunctuated stretches (Whisper often writes none), windows of `window_words` words every
  `window_step` words; pieces under `min_words` words are skipped. All clauses of a call go to the
  model in one batch.
* polarity: a clause is compared only with examples and counter-examples of its own polarity --
  whether it holds a negator ("not", "no", "never", "unable", ...) that negates something, using the
  same "harmless negator" test as the rules ("no problem", "no, I want ..."); a window is judged with
  the few words before it. "I can do that for you" is never matched to "I can't do that", and "I
  won't transfer you" never to "I'll transfer you". A kind can turn this off (`polarity = false`).
* a clause fires kind K when its similarity to K -- the mean of its `top_k` best cosines to K's
  examples, so that two examples must agree -- reaches K's threshold AND beats its best cosine to
  K's counter-examples and the neutral lines by K's margin, the speaker fits (agent kinds on the
  agent, customer kinds on the customer), and no `unless` pattern of K's rules matches the utterance.

The matcher only adds moments, at most one per kind per utterance, with `rule = "semantic:<kind>"`
and `detail = {"similarity", "example", "match"}`. Without the model package the matcher is off and
analysis runs on the rules alone (the Rules object carries a warning, logged once).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.analysis.negation import harmless
from pipeline.analysis.rules import Rules, SemanticConfig
from pipeline.records import Moment, Utterance, speaker_fits

log = logging.getLogger("earshot.analysis")

# Words that negate what follows, besides [settings] negators ("unable to" reads like "not able to").
EXTRA_NEGATORS = frozenset({"unable", "neither", "nor", "none"})
_SENTENCE_END = re.compile(r"[.?!;:]+(?=\s|$)")
_CLAUSE_BREAK = re.compile(r",|\s(?=(?:but|however|though|although|whereas)\b)", re.IGNORECASE)


@dataclass
class _Bank:
    """Every example and counter-example of every kind, embedded once per rules version."""

    vectors: np.ndarray  # (n, 384) unit rows
    texts: list[str]
    negative: np.ndarray  # (n,) bool: the sentence holds a negator
    examples: dict[str, np.ndarray]  # kind -> row indices
    counters: dict[str, np.ndarray]  # kind -> row indices of its counter-examples and the neutral lines


_banks: dict[str, _Bank] = {}
_failed: set[str] = set()


def clauses(text: str, config: SemanticConfig, lead_words: int = 3) -> list[tuple[str, str]]:
    """The pieces of one utterance compared with the examples, as (piece, context) in raw text.

    The context is the piece itself, except for a window cut from a long stretch: there it also has
    the `lead_words` words before the window, so that a negation just before the cut still counts
    ("you don't have to | go anywhere, I'll set it up" is not a hand-off). Duplicates are removed.
    """
    pieces: list[tuple[str, str]] = []
    words = text.split()
    if len(words) <= 2 * config.long_words:
        pieces.append((text, text))
    for sentence in _SENTENCE_END.split(text):
        if not sentence.strip():
            continue
        pieces.append((sentence, sentence))
        parts = _merge_short([p for p in _CLAUSE_BREAK.split(sentence) if p.strip()], config.min_words)
        if len(parts) > 1:
            pieces += [(part, part) for part in parts]
        for part in parts:
            part_words = part.split()
            if len(part_words) > config.long_words:
                pieces += _windows(part_words, config.window_words, config.window_step, lead_words)
    seen: dict[str, str] = {}
    for piece, context in pieces:
        cleaned = " ".join(piece.split()).strip(" ,.;:")
        if len(cleaned.split()) >= config.min_words:
            seen.setdefault(cleaned, " ".join(context.split()))
    return list(seen.items())


def _merge_short(parts: list[str], min_words: int) -> list[str]:
    """'I'm sorry, but' -> one piece: a piece too short to judge joins the next (the last joins the one before)."""
    merged: list[str] = []
    carry = ""
    for part in parts:
        joined = f"{carry} {part}".strip() if carry else part.strip()
        if len(joined.split()) < min_words:
            carry = joined
            continue
        merged.append(joined)
        carry = ""
    if carry:
        if merged:
            merged[-1] = f"{merged[-1]} {carry}"
        else:
            merged.append(carry)
    return merged


def _windows(words: list[str], size: int, step: int, lead: int) -> list[tuple[str, str]]:
    if len(words) <= size:
        return [(" ".join(words), " ".join(words))]
    starts = list(range(0, len(words) - size + 1, step))
    if starts[-1] != len(words) - size:
        starts.append(len(words) - size)
    return [(" ".join(words[s : s + size]), " ".join(words[max(0, s - lead) : s + size])) for s in starts]


def negative(normal_text: str, negators: frozenset[str]) -> bool:
    """Whether a normalised text negates something ("no problem" and "no, I want ..." do not count)."""
    words = normal_text.split()
    return any(w in negators and not harmless(words, i) for i, w in enumerate(words))


def _negators(rules: Rules) -> frozenset[str]:
    return rules.settings.negators | EXTRA_NEGATORS


def _bank(rules: Rules) -> _Bank:
    bank = _banks.get(rules.version)
    if bank is not None:
        return bank
    from pipeline.analysis.embed import embed

    texts: list[str] = list(rules.semantic.neutral)
    neutral = np.arange(len(texts))
    examples: dict[str, np.ndarray] = {}
    counters: dict[str, np.ndarray] = {}
    for kind, section in rules.semantic.kinds.items():
        start = len(texts)
        texts += section.examples
        examples[kind] = np.arange(start, len(texts))
        start = len(texts)
        texts += section.counter_examples
        counters[kind] = np.concatenate([np.arange(start, len(texts)), neutral])
    normal = [rules.normaliser.normalise(t) for t in texts]
    negators = _negators(rules)
    bank = _Bank(
        vectors=embed(normal),
        texts=texts,
        negative=np.array([negative(t, negators) for t in normal], dtype=bool),
        examples=examples,
        counters=counters,
    )
    _banks[rules.version] = bank
    return bank


def find(
    utterances: Sequence[Utterance], normalised: Sequence[str], rules: Rules, found: Sequence[Moment]
) -> list[Moment]:
    """Semantic moments for kinds the rules (`found`) did not already mark in each utterance."""
    config = rules.semantic
    if not config.enabled or config.unavailable or not config.kinds or rules.version in _failed:
        return []
    from pipeline.analysis.embed import EmbeddingUnavailable, embed

    try:
        bank = _bank(rules)
    except EmbeddingUnavailable as exc:
        _failed.add(rules.version)
        log.warning("semantic matcher off, phrase rules only: %s", exc)
        return []
    done: dict[int, set[str]] = {}
    for moment in found:
        for index in [moment.detail.get("utterance"), *moment.detail.get("also", [])]:
            if index is not None:
                done.setdefault(index, set()).add(moment.kind)

    negators = _negators(rules)
    lead = rules.settings.negation_window
    wanted: list[tuple[int, list[str]]] = []  # utterance index -> kinds still open for it
    owners: list[int] = []  # per clause: its utterance
    clause_text: list[str] = []
    clause_negative: list[bool] = []
    for index, u in enumerate(utterances):
        if config.only_unflagged and index in done:
            continue
        kinds = [
            k
            for k, section in config.kinds.items()
            if k not in done.get(index, ()) and speaker_fits(section.speaker, u.speaker)
        ]
        if not kinds:
            continue
        pieces: dict[str, bool] = {}
        for piece, context in clauses(u.text, config, lead):
            text = rules.normaliser.normalise(piece)
            if len(text.split()) >= config.min_words and text not in pieces:
                pieces[text] = negative(rules.normaliser.normalise(context), negators)
        if not pieces:
            continue
        wanted.append((index, kinds))
        owners += [index] * len(pieces)
        clause_text += pieces
        clause_negative += pieces.values()
    if not clause_text:
        return []
    try:
        vectors = embed(clause_text)
    except EmbeddingUnavailable as exc:
        _failed.add(rules.version)
        log.warning("semantic matcher off, phrase rules only: %s", exc)
        return []
    raw = vectors @ bank.vectors.T  # (clauses, all examples)
    # for kinds with polarity, a clause is only compared with sentences that negate (or not) as it does
    polar = np.where(np.array(clause_negative, dtype=bool)[:, None] == bank.negative[None, :], raw, -1.0)
    owner_rows: dict[int, list[int]] = {}
    for row, index in enumerate(owners):
        owner_rows.setdefault(index, []).append(row)

    moments: list[Moment] = []
    for index, kinds in wanted:
        rows = np.array(owner_rows[index])
        u = utterances[index]
        for kind in kinds:
            section = config.kinds[kind]
            sims = polar if section.polarity else raw
            ex_cols = bank.examples[kind]
            ex_sims = sims[np.ix_(rows, ex_cols)]
            best_ex = _top_mean(ex_sims, config.top_k)
            if not (best_ex >= section.threshold).any():
                continue
            co_cols = bank.counters[kind]
            best_co = sims[np.ix_(rows, co_cols)].max(axis=1) if len(co_cols) else np.full(len(rows), -1.0)
            ok = (best_ex >= section.threshold) & (best_ex - best_co >= section.margin)
            if not ok.any():
                continue
            if any(p.regex.search(normalised[index]) for p in section.unless):
                continue
            pick = int(np.argmax(np.where(ok, best_ex, -np.inf)))
            example = int(ex_cols[int(np.argmax(ex_sims[pick]))])
            moments.append(
                Moment(
                    kind=kind,
                    speaker=u.speaker,
                    start=round(u.start, 2),
                    end=round(u.end, 2),
                    text=u.text.strip(),
                    rule=f"semantic:{kind}",
                    detail={
                        "utterance": index,
                        "match": clause_text[rows[pick]],
                        "similarity": round(float(best_ex[pick]), 3),
                        "example": bank.texts[example],
                    },
                )
            )
    return moments


def _top_mean(sims: np.ndarray, k: int) -> np.ndarray:
    """Per row, the mean of the k largest values (all of them when a row has fewer)."""
    k = min(k, sims.shape[1])
    if k == 1:
        return sims.max(axis=1)
    return np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:].mean(axis=1)


def clear_cache() -> None:
    """Forget embedded example banks (tests)."""
    _banks.clear()
    _failed.clear()
