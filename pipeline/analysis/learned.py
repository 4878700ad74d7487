"""The learned layer: a small network, trained on labelled calls, adds what the rules missed.

This module is the detector (the model file, its features, `decide`); fitting it lives in
`training.py`, which sits on top of the whole analysis.

Phrase rules and the semantic matcher (`moments.detect`, `semantic.find`) catch wording like what they
were written from; on calls in wording their authors never saw they missed about a third of the
moments (README, Call analysis). This layer reads every utterance, not only the ones something
flagged, and scores every judgement kind at once with a small neural network (one hidden layer of
ReLU units shared by the kinds, a sigmoid output per kind; a few networks trained from different
seeds and averaged) over:

* the utterance's sentence embedding (all-MiniLM-L6-v2, `embed.py`),
* the element-wise maximum of its clauses' embeddings (`semantic.clauses`), so that one clause that
  blames the courier counts even inside a long utterance about something else,
* which kinds the rules or the matcher found in this utterance (0/1 per kind).

Beside the networks sit word n-gram models (`ngrams.py`, since round 17): a logistic model per kind over
the utterance's own words. An utterance's probability for a kind is the higher of the two, so a line
whose meaning the embeddings place far from anything labelled can still be marked by its words.

The shared hidden layer is why it is a network rather than one logistic model per kind (the first
version): the kinds are learned together from few labels each ("it's the warehouse" and "the
warehouse will ring you" differ in the same units for blame and for a promise). Measured leaving
one writer's set out at a time (README, Evaluation), it was 1.5 points of precision better than the
per-kind logistic models at the same recall.

For each kind it judges (`JUDGED_KINDS`; holds and transfers stay with the rules, which check the
silence that follows and merge repeats), an utterance of the kind's speaker that the rules and the
matcher left without that kind gets it when its probability reaches the kind's threshold, with
`rule = "learned:<kind>"` and `detail = {"utterance", "probability"}`. What the rules and the
matcher found always stands (with the model's probability added to its detail): a supervisor's rule
is never silently overruled. An earlier version let the model drop rule hits; it learned from the
labelling convention "naming the team that can act is can't-language, not blame" to drop blame
shifts that came with a can't ("that's the courier's fault, there's nothing I can do").

Weights and thresholds live in an `.npz` file named by the rules file's `[learned]` section
(`data/moment_model.npz`), written by `python -m pipeline train` from labelled calls; thresholds come
from 5-fold cross-validation by call. Its bytes are part of the rules version, so a retrained model
makes `analyze` redo the stored calls. Without the embedding package the layer is off and the rules'
moments stand (the Rules object carries a warning).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from pipeline.analysis.embed import DIM
from pipeline.analysis.ngrams import NgramModel
from pipeline.records import MOMENT_KINDS, Moment, Utterance, kind_speaker, speaker_fits

if TYPE_CHECKING:
    from pipeline.analysis.rules import Rules

log = logging.getLogger("earshot.analysis")

# Kinds the model decides. `hold` and `transfer` are events with structure (a silence after the
# announcement, a second agent, warm or cold) that the rules check and the model cannot see.
JUDGED_KINDS = tuple(k for k in MOMENT_KINDS if k not in ("hold", "transfer"))
FEATURE_LAYOUT = "utterance-embedding(384) + clause-max-embedding(384) + rule-flags(12, MOMENT_KINDS order)"
FLAG_START = 2 * DIM  # the rule flags follow the two embeddings
FEATURES = FLAG_START + len(MOMENT_KINDS)


@dataclass(frozen=True)
class LearnedModel:
    """An ensemble of one-hidden-layer networks over `features(...)` rows, with decision thresholds."""

    kinds: tuple[str, ...]
    hidden_weights: np.ndarray  # (members, FEATURES, hidden)
    hidden_bias: np.ndarray  # (members, hidden)
    output_weights: np.ndarray  # (members, hidden, len(kinds))
    output_bias: np.ndarray  # (members, len(kinds))
    thresholds: np.ndarray  # (len(kinds),) probability at or above which the kind is marked
    metadata: dict[str, Any]  # what it was trained on, when, and its cross-validated figures
    # the word n-gram models (`ngrams.py`); a line's probability is the higher of the two. None in model
    # files written before round 17, which then judge by the network alone
    ngrams: NgramModel | None = None

    def probabilities(self, x: np.ndarray, texts: Sequence[str] | None = None) -> np.ndarray:
        """(n, len(kinds)) probabilities for feature rows x (and the rows' normalised texts, for the n-grams)."""
        total = np.zeros((len(x), len(self.kinds)), np.float32)
        for w1, b1, w2, b2 in zip(
            self.hidden_weights, self.hidden_bias, self.output_weights, self.output_bias, strict=True
        ):
            total += forward(x, w1, b1, w2, b2)
        network = total / len(self.hidden_weights)
        if self.ngrams is None or texts is None:
            return network
        return np.maximum(network, self.ngrams.probabilities(texts))

    def save(self, path: Path) -> None:
        with path.open("wb") as out:
            np.savez_compressed(
                out,
                kinds=np.array(self.kinds),
                hidden_weights=self.hidden_weights.astype(np.float32),
                hidden_bias=self.hidden_bias.astype(np.float32),
                output_weights=self.output_weights.astype(np.float32),
                output_bias=self.output_bias.astype(np.float32),
                thresholds=self.thresholds.astype(np.float32),
                metadata=np.array(json.dumps(self.metadata, sort_keys=True)),
                **(
                    {}
                    if self.ngrams is None
                    else {
                        "ngram_vocabulary": np.array(self.ngrams.vocabulary),
                        "ngram_idf": self.ngrams.idf.astype(np.float32),
                        "ngram_coef": self.ngrams.coef.astype(np.float32),
                        "ngram_bias": self.ngrams.bias.astype(np.float32),
                    }
                ),
            )


def forward(x: np.ndarray, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.maximum(x @ w1 + b1, 0.0) @ w2 + b2)))


class ModelFileError(ValueError):
    """The model file named in the rules cannot be used (missing, damaged, or for other kinds)."""


def load_model(path: Path) -> LearnedModel:
    try:
        with np.load(path, allow_pickle=False) as data:
            model = LearnedModel(
                kinds=tuple(str(k) for k in data["kinds"]),
                hidden_weights=data["hidden_weights"].astype(np.float32),
                hidden_bias=data["hidden_bias"].astype(np.float32),
                output_weights=data["output_weights"].astype(np.float32),
                output_bias=data["output_bias"].astype(np.float32),
                thresholds=data["thresholds"].astype(np.float32),
                metadata=json.loads(str(data["metadata"])),
                ngrams=(
                    NgramModel(
                        tuple(str(t) for t in data["ngram_vocabulary"]),
                        data["ngram_idf"].astype(np.float32),
                        data["ngram_coef"].astype(np.float32),
                        data["ngram_bias"].astype(np.float32),
                    )
                    if "ngram_vocabulary" in data.files
                    else None
                ),
            )
    except FileNotFoundError:
        raise ModelFileError(f"model file {path} not found; train one with `python -m pipeline train`") from None
    except (OSError, ValueError, KeyError) as exc:
        raise ModelFileError(f"model file {path} is not a usable Earshot model: {exc}") from None
    unknown = set(model.kinds) - set(JUDGED_KINDS)
    if unknown:
        raise ModelFileError(f"model file {path} judges kinds Earshot does not: {sorted(unknown)}")
    n = len(model.kinds)
    members, features, hidden = model.hidden_weights.shape if model.hidden_weights.ndim == 3 else (0, 0, 0)
    if (
        members == 0
        or features != FEATURES
        or model.hidden_bias.shape != (members, hidden)
        or model.output_weights.shape != (members, hidden, n)
        or model.output_bias.shape != (members, n)
        or model.thresholds.shape != (n,)
        or (
            model.ngrams is not None
            and (
                model.ngrams.idf.shape != (len(model.ngrams.vocabulary),)
                or model.ngrams.coef.shape != (len(model.ngrams.vocabulary), n)
                or model.ngrams.bias.shape != (n,)
            )
        )
    ):
        raise ModelFileError(
            f"model file {path}: its layers do not fit {FEATURES} features and its {n} kinds; retrain it with "
            "`python -m pipeline train`"
        )
    return model


def features(
    utterances: Sequence[Utterance], normalised: Sequence[str], flags: Sequence[set[str]], rules: Rules
) -> np.ndarray:
    """One row per utterance: see FEATURE_LAYOUT. Raises EmbeddingUnavailable without the model package."""
    from pipeline.analysis.embed import embed
    from pipeline.analysis.semantic import clauses

    normalise = rules.normaliser.normalise
    pieces: list[list[str]] = []
    for u, text in zip(utterances, normalised, strict=True):
        parts = [normalise(piece) for piece, _ in clauses(u.text, rules.semantic)]
        pieces.append([text, *(part for part in parts if part)])
    unique = sorted({p for ps in pieces for p in ps})
    vectors = embed(unique) if unique else np.zeros((0, DIM), np.float32)
    row_of = {text: i for i, text in enumerate(unique)}
    x = np.zeros((len(utterances), FEATURES), np.float32)
    for i, ps in enumerate(pieces):
        whole = vectors[row_of[ps[0]]]
        x[i, :DIM] = whole
        x[i, DIM : 2 * DIM] = vectors[[row_of[p] for p in ps[1:]]].max(axis=0) if len(ps) > 1 else whole
        for k, kind in enumerate(MOMENT_KINDS):
            x[i, FLAG_START + k] = kind in flags[i]
    return x


def flags_of(moments: Sequence[Moment], count: int) -> list[set[str]]:
    """Per utterance, the kinds that the rules and the matcher found in it."""
    flags: list[set[str]] = [set() for _ in range(count)]
    for m in moments:
        for index in [m.detail.get("utterance"), *m.detail.get("also", [])]:
            if index is not None and 0 <= index < count:
                flags[index].add(m.kind)
    return flags


def decide(
    model: LearnedModel,
    utterances: Sequence[Utterance],
    normalised: Sequence[str],
    found: list[Moment],
    rules: Rules,
) -> list[Moment]:
    """The call's moments after the model's decision (see the module docstring)."""
    if not utterances:
        return found
    flags = flags_of(found, len(utterances))
    probability = model.probabilities(features(utterances, normalised, flags, rules), normalised)
    column = {kind: k for k, kind in enumerate(model.kinds)}
    kept = list(found)
    for m in kept:
        k = column.get(m.kind)
        index = m.detail.get("utterance")
        if k is not None and index is not None:
            m.detail["probability"] = round(float(probability[index, k]), 3)
    # a supervisor's exclusion holds for every detector: the `unless` patterns of a kind's rules also
    # cancel the model's finding, as they cancel the semantic matcher's
    exclusions = {kind: [p for rule in rules.for_kind(kind) for p in rule.unless] for kind in column}
    for index, u in enumerate(utterances):
        for kind, k in column.items():
            if kind in flags[index] or probability[index, k] < model.thresholds[k]:
                continue
            if not speaker_fits(kind_speaker(kind), u.speaker):
                continue
            if any(p.regex.search(normalised[index]) for p in exclusions[kind]):
                continue
            kept.append(
                Moment(
                    kind=kind,
                    speaker=u.speaker,
                    start=round(u.start, 2),
                    end=round(u.end, 2),
                    text=u.text.strip(),
                    rule=f"learned:{kind}",
                    detail={"utterance": index, "probability": round(float(probability[index, k]), 3)},
                )
            )
    return kept
