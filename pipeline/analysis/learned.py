"""The learned layer: per-kind logistic models, trained on labelled calls, add what the rules missed.

Phrase rules and the semantic matcher (`moments.detect`, `semantic.find`) catch wording like what they
were written from; on calls in wording their authors never saw they missed about a third of the
moments (README, Call analysis). This layer reads every utterance, not only the ones something
flagged, and decides per kind with a logistic model over:

* the utterance's sentence embedding (all-MiniLM-L6-v2, `embed.py`),
* the element-wise maximum of its clauses' embeddings (`semantic.clauses`), so that one clause that
  blames the courier counts even inside a long utterance about something else,
* whether the rules or the matcher found this kind in this utterance (0/1); only the kind's own
  flag carries a weight.

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

from pipeline.records import MOMENT_KINDS, Moment, Utterance, kind_speaker, speaker_fits

if TYPE_CHECKING:
    from pipeline.analysis.evaluate import EvalCall
    from pipeline.analysis.rules import Rules

log = logging.getLogger("earshot.analysis")

# Kinds the model decides. `hold` and `transfer` are events with structure (a silence after the
# announcement, a second agent, warm or cold) that the rules check and the model cannot see.
JUDGED_KINDS = tuple(k for k in MOMENT_KINDS if k not in ("hold", "transfer"))
FEATURE_LAYOUT = (
    "utterance-embedding(384) + clause-max-embedding(384) + rule-flags(12, MOMENT_KINDS order; "
    "each kind weighs only its own flag)"
)


@dataclass(frozen=True)
class LearnedModel:
    """Per-kind logistic weights over `features(...)` columns, with the decision thresholds."""

    kinds: tuple[str, ...]
    weights: np.ndarray  # (len(kinds), n_features)
    bias: np.ndarray  # (len(kinds),)
    thresholds: np.ndarray  # (len(kinds),) probability at or above which the kind is marked
    metadata: dict[str, Any]  # what it was trained on, when, and its cross-validated figures

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """(n, len(kinds)) probabilities for feature rows x."""
        return 1.0 / (1.0 + np.exp(-(x @ self.weights.T + self.bias)))

    def save(self, path: Path) -> None:
        with path.open("wb") as out:
            np.savez_compressed(
                out,
                kinds=np.array(self.kinds),
                weights=self.weights.astype(np.float32),
                bias=self.bias.astype(np.float32),
                thresholds=self.thresholds.astype(np.float32),
                metadata=np.array(json.dumps(self.metadata, sort_keys=True)),
            )


class ModelFileError(ValueError):
    """The model file named in the rules cannot be used (missing, damaged, or for other kinds)."""


def load_model(path: Path) -> LearnedModel:
    try:
        with np.load(path, allow_pickle=False) as data:
            model = LearnedModel(
                kinds=tuple(str(k) for k in data["kinds"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                thresholds=data["thresholds"].astype(np.float32),
                metadata=json.loads(str(data["metadata"])),
            )
    except FileNotFoundError:
        raise ModelFileError(f"model file {path} not found; train one with `python -m pipeline train`") from None
    except (OSError, ValueError, KeyError) as exc:
        raise ModelFileError(f"model file {path} is not a usable Earshot model: {exc}") from None
    unknown = set(model.kinds) - set(JUDGED_KINDS)
    if unknown:
        raise ModelFileError(f"model file {path} judges kinds Earshot does not: {sorted(unknown)}")
    n = len(model.kinds)
    if model.weights.shape[0] != n or model.bias.shape != (n,) or model.thresholds.shape != (n,):
        raise ModelFileError(f"model file {path}: weights, bias and thresholds do not match its {n} kinds")
    return model


def features(
    utterances: Sequence[Utterance], normalised: Sequence[str], flags: Sequence[set[str]], rules: Rules
) -> np.ndarray:
    """One row per utterance: see FEATURE_LAYOUT. Raises EmbeddingUnavailable without the model package."""
    from pipeline.analysis.embed import DIM, embed
    from pipeline.analysis.semantic import clauses

    normalise = rules.normaliser.normalise
    pieces: list[list[str]] = []
    for u, text in zip(utterances, normalised, strict=True):
        parts = [normalise(piece) for piece, _ in clauses(u.text, rules.semantic)]
        pieces.append([text, *(part for part in parts if part)])
    unique = sorted({p for ps in pieces for p in ps})
    vectors = embed(unique) if unique else np.zeros((0, DIM), np.float32)
    row_of = {text: i for i, text in enumerate(unique)}
    x = np.zeros((len(utterances), 2 * DIM + len(MOMENT_KINDS)), np.float32)
    for i, ps in enumerate(pieces):
        whole = vectors[row_of[ps[0]]]
        x[i, :DIM] = whole
        x[i, DIM : 2 * DIM] = vectors[[row_of[p] for p in ps[1:]]].max(axis=0) if len(ps) > 1 else whole
        for k, kind in enumerate(MOMENT_KINDS):
            x[i, 2 * DIM + k] = kind in flags[i]
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
    probability = model.probabilities(features(utterances, normalised, flags, rules))
    column = {kind: k for k, kind in enumerate(model.kinds)}
    kept = list(found)
    for m in kept:
        k = column.get(m.kind)
        index = m.detail.get("utterance")
        if k is not None and index is not None:
            m.detail["probability"] = round(float(probability[index, k]), 3)
    for index, u in enumerate(utterances):
        for kind, k in column.items():
            if kind in flags[index] or probability[index, k] < model.thresholds[k]:
                continue
            if not speaker_fits(kind_speaker(kind), u.speaker):
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


# --------------------------------------------------------------------------- training
def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 600) -> tuple[np.ndarray, float]:
    """Class-balanced, L2-regularised logistic regression by Adam from zero (deterministic)."""
    x = np.asarray(x, np.float64)  # once: mixing float32 rows with float64 weights would convert every step
    y = np.asarray(y, np.float64)
    n, dim = x.shape
    w = np.zeros(dim)
    b = 0.0
    share = float(y.mean()) if n else 0.0
    sample_weight = np.where(y == 1, 0.5 / max(share, 1e-3), 0.5 / max(1 - share, 1e-3))
    m_w, v_w, m_b, v_b = np.zeros(dim), np.zeros(dim), 0.0, 0.0
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * sample_weight
        g_w = x.T @ g / n + l2 * w / n
        g_b = float(g.mean())
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w**2
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b**2
        w -= rate * (m_w / (1 - beta1**t)) / (np.sqrt(v_w / (1 - beta2**t)) + 1e-8)
        b -= rate * (m_b / (1 - beta1**t)) / (np.sqrt(v_b / (1 - beta2**t)) + 1e-8)
    return w, b


@dataclass
class TrainingRows:
    """Feature rows of labelled utterances with their labels and the call each belongs to."""

    x: np.ndarray  # (n, features)
    labels: list[set[str]]
    speakers: list[str]
    calls: list[str]


def best_threshold(
    probability: np.ndarray, truth: np.ndarray, found: np.ndarray | None = None
) -> tuple[float, int, int, int]:
    """The threshold (0.30-0.98) with the best F1 on out-of-fold probabilities; with its tp, fp, fn.

    `found` marks rows already flagged by the rules or the matcher: they count as marked whatever
    the probability, as in `decide`.
    """
    best = (0.5, -1.0, 0, 0, 0)
    already = np.zeros_like(truth) if found is None else found
    for t in np.arange(0.30, 0.985, 0.02):
        predicted = (probability >= t) | already
        tp = int((predicted & truth).sum())
        fp = int((predicted & ~truth).sum())
        fn = int((~predicted & truth).sum())
        f1 = 2 * tp / max(2 * tp + fp + fn, 1)
        if f1 > best[1]:
            best = (round(float(t), 2), f1, tp, fp, fn)
    return best[0], best[2], best[3], best[4]


def training_rows(calls: Sequence[EvalCall], rules: Rules) -> TrainingRows:
    """Feature rows for labelled calls, with the rules and the matcher run as analysis runs them.

    `rules` must have the learned layer off (the flags are what the model reads, not what it decided).
    """
    from pipeline.analysis.call import detect_moments

    blocks, labels, speakers, owners = [], [], [], []
    for call in calls:
        utterances = call.utterances
        _, _, detection = detect_moments(utterances, rules)
        flags = flags_of(detection.moments, len(utterances))
        blocks.append(features(utterances, detection.normalised, flags, rules))
        by_utterance: list[set[str]] = [set() for _ in utterances]
        for label in call.labels:
            by_utterance[label.utterance].add(label.kind)
        labels += by_utterance
        speakers += [u.speaker for u in utterances]
        owners += [call.call_id] * len(utterances)
    return TrainingRows(np.concatenate(blocks) if blocks else np.zeros((0, 0)), labels, speakers, owners)


def train(rows: TrainingRows, folds: int = 5, l2: float = 1.0, seed: int = 0) -> LearnedModel:
    """Thresholds by cross-validation by call, then weights fitted on every row."""
    calls = sorted(set(rows.calls))
    np.random.default_rng(seed).shuffle(calls)
    fold_of_call = {c: i % folds for i, c in enumerate(calls)}
    fold = np.array([fold_of_call[c] for c in rows.calls])
    speakers = np.array(rows.speakers)
    weights, biases, thresholds, figures = [], [], [], {}
    flag_start = rows.x.shape[1] - len(MOMENT_KINDS)
    for kind in JUDGED_KINDS:
        mine = (speakers == kind_speaker(kind)) | (speakers == "unknown")
        y = np.array([kind in labels for labels in rows.labels], dtype=float)
        x = rows.x.astype(np.float64)  # a copy, in the precision the fits use
        others = [flag_start + i for i, k in enumerate(MOMENT_KINDS) if k != kind]
        x[:, others] = 0.0  # only the kind's own flag (see the module docstring); its weights stay 0
        out_of_fold = np.zeros(len(y))
        for f in range(folds):
            train_rows, test_rows = mine & (fold != f), mine & (fold == f)
            if not y[train_rows].any() or not test_rows.any():
                continue
            w, b = fit_logistic(x[train_rows], y[train_rows], l2)
            out_of_fold[test_rows] = 1.0 / (1.0 + np.exp(-(x[test_rows] @ w + b)))
        # what the rules and the matcher found stands, so a threshold is judged on what it adds to them
        found = x[:, flag_start + MOMENT_KINDS.index(kind)] > 0
        threshold, tp, fp, fn = best_threshold(out_of_fold[mine], y[mine].astype(bool), found[mine])
        w, b = fit_logistic(x[mine], y[mine], l2)
        weights.append(w)
        biases.append(b)
        thresholds.append(threshold)
        figures[kind] = {"threshold": threshold, "tp": tp, "fp": fp, "fn": fn, "positives": int(y[mine].sum())}
    total = {key: sum(f[key] for f in figures.values()) for key in ("tp", "fp", "fn")}
    metadata = {
        "feature_layout": FEATURE_LAYOUT,
        "folds": folds,
        "l2": l2,
        "utterances": len(rows.labels),
        "calls": len(calls),
        "cross_validated": figures,
        "cross_validated_overall": {
            **total,
            "precision": round(total["tp"] / max(total["tp"] + total["fp"], 1), 3),
            "recall": round(total["tp"] / max(total["tp"] + total["fn"], 1), 3),
        },
    }
    return LearnedModel(
        kinds=JUDGED_KINDS,
        weights=np.array(weights, dtype=np.float32),
        bias=np.array(biases, dtype=np.float32),
        thresholds=np.array(thresholds, dtype=np.float32),
        metadata=metadata,
    )
