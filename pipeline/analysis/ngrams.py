"""The word n-gram half of the learned layer: a logistic model per kind over TF-IDF of 1-3 word n-grams.

The network in `learned.py` reads sentence embeddings, which place a line near the lines it was trained
on by overall meaning. On a writer it never saw it missed about a quarter of the moments (README,
Evaluation), many of them carried by a few plain words in new company: "your home insurance would be
the people to ring", "shouting at me isn't going to get you anywhere". A linear model over the words
themselves reaches those. Measured in round 17 on three writers round 15 had never seen (blind12,
train_h, train_i: round 15's rules, its network retrained with these models beside it on the same 640
calls), recall went from 0.733 to 0.824 at the same precision, 0.880 (README, Evaluation).

This module is the model (its terms, weights and `probabilities`) in plain numpy, so analysis needs
nothing beyond what the network needs; `fit_ngrams` fits it with scikit-learn and runs only in training.
It reads the rules' normal form of each utterance (lowercase, contractions spelled out), the text the
phrase rules read.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

MAX_N = 3  # word n-grams of 1 to MAX_N words
MIN_DOCUMENTS = 2  # a term seen in fewer training utterances is left out
# Shorter lines get no n-gram score: "okay so" or "right" carries no behaviour (the conventions: fillers are
# never one by themselves), and with so few terms a kind's intercept alone would decide (a real bank
# call's "okay so" read as a blame shift before this).
MIN_WORDS = 3
_WORD = re.compile(r"\b\w\w+\b")  # scikit-learn's default token: two or more word characters


def terms(text: str) -> list[str]:
    """The word 1-3-grams of a normalised utterance, in order (the analyzer for training and scoring)."""
    return _grams(_WORD.findall(text))


def _grams(words: Sequence[str]) -> list[str]:
    return [" ".join(words[i : i + n]) for n in range(1, MAX_N + 1) for i in range(len(words) - n + 1)]


@dataclass(frozen=True)
class NgramModel:
    """TF-IDF weights of the training vocabulary and one logistic model per kind over them."""

    vocabulary: tuple[str, ...]
    idf: np.ndarray  # (terms,)
    coef: np.ndarray  # (terms, kinds)
    bias: np.ndarray  # (kinds,)

    @cached_property
    def index(self) -> dict[str, int]:
        """Each term's column; built on first use, so loading the rules does not pay for it."""
        return {term: i for i, term in enumerate(self.vocabulary)}

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(n, kinds): sublinear term counts times idf, l2-normalised, through each kind's logistic model."""
        index = self.index
        logits = np.tile(self.bias.astype(np.float32), (len(texts), 1))
        short = np.zeros(len(texts), dtype=bool)
        for row, text in enumerate(texts):
            words = _WORD.findall(text)
            short[row] = len(words) < MIN_WORDS
            counts = Counter(t for t in _grams(words) if t in index)
            if not counts or short[row]:
                continue
            columns = np.fromiter((index[t] for t in counts), dtype=np.int64, count=len(counts))
            weights = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float32, count=len(counts))
            weights *= self.idf[columns]
            weights /= max(float(np.linalg.norm(weights)), 1e-12)
            logits[row] += weights @ self.coef[columns]
        probability = 1.0 / (1.0 + np.exp(-logits))
        probability[short] = 0.0
        return probability


def fit_ngrams(texts: Sequence[str], y: np.ndarray, mask: np.ndarray, c: float = 4.0) -> NgramModel | None:
    """One class-balanced logistic model per column of y, each on the rows where mask > 0 (the weight).

    None when the texts share too few terms to learn from (a handful of verdicts, say).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=terms, min_df=MIN_DOCUMENTS, sublinear_tf=True)
    try:
        x = vectorizer.fit_transform(list(texts))
    except ValueError:  # empty vocabulary
        return None
    vocabulary = tuple(sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__))
    coef = np.zeros((len(vocabulary), y.shape[1]), np.float32)
    bias = np.full(y.shape[1], -10.0, np.float32)  # a kind with nothing to learn from is never marked
    for k in range(y.shape[1]):
        rows = mask[:, k] > 0
        target = y[rows, k] > 0
        if target.all() or not target.any():
            continue
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        model.fit(x[rows], target, sample_weight=mask[rows, k])
        coef[:, k] = model.coef_[0]
        bias[k] = model.intercept_[0]
    return NgramModel(vocabulary, vectorizer.idf_.astype(np.float32), coef, bias)
