"""Which side of a call a line sounds like: an agent-versus-customer language model.

On a mono recording the voices say who spoke when (`speakers.py`), but not who is the agent. What
each side says does: agents greet, name the company, verify, offer, close ("thank you for calling",
"is there anything else"); customers explain, ask, complain ("I was charged twice", "my card").
A single phrase is a weak cue ("my name is" is said by both sides), so the model weighs every word
and word pair of a line, learned from transcripts whose roles are known.

The model is a multinomial naive Bayes over lower-cased words and adjacent word pairs, with add-one
smoothing: `score(text)` is the sum of the log-odds of the line's features, plus the prior, clipped
per feature so that one rare word cannot decide a line alone. Positive means agent. It is trained by
`python -m pipeline train-roles` on the labelled sets in `tests/eval` (synthetic calls) and the real
Harper Valley bank calls in `tests/eval/real` (human transcripts with their real roles), and shipped
as `data/role_model.json`.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_ROLE_MODEL = Path(__file__).resolve().parents[2] / "data" / "role_model.json"
MIN_COUNT = 2  # features seen fewer times (both sides together) are left out
MAX_FEATURE_LOG_ODDS = 3.0  # one feature moves a line's score by at most this much
_WORD = re.compile(r"[a-z0-9']+")


def features(text: str) -> list[str]:
    """Lower-cased words and adjacent word pairs ("thank", "thank you", …)."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class RoleModel:
    """Per-feature log-odds of agent over customer, and the prior log-odds of a line being the agent's."""

    log_odds: dict[str, float]
    prior: float = 0.0
    metadata: dict[str, Any] = field(default_factory=dict)

    def score(self, text: str) -> float:
        """Log-odds that `text` was said by the agent (positive) rather than the customer (negative)."""
        return self.prior + sum(self.log_odds.get(f, 0.0) for f in features(text))

    def save(self, path: Path) -> None:
        rounded = {f: round(v, 3) for f, v in sorted(self.log_odds.items())}
        body = {"prior": round(self.prior, 4), "metadata": self.metadata, "log_odds": rounded}
        path.write_text(json.dumps(body, indent=0, sort_keys=False) + "\n")


class RoleModelError(ValueError):
    """The role model file is missing or unreadable; the message names the file."""


def load_role_model(path: Path | None = None) -> RoleModel:
    path = path or DEFAULT_ROLE_MODEL
    try:
        body = json.loads(path.read_text())
        return RoleModel(
            log_odds={str(k): float(v) for k, v in body["log_odds"].items()},
            prior=float(body.get("prior", 0.0)),
            metadata=dict(body.get("metadata", {})),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RoleModelError(f"role model {path} is not usable: {exc}") from None


def train_role_model(lines: Iterable[tuple[str, str]], metadata: dict[str, Any] | None = None) -> RoleModel:
    """Naive Bayes from (speaker, text) pairs, speaker "agent" or "customer"; other speakers are skipped."""
    counts = {"agent": Counter[str](), "customer": Counter[str]()}
    n_lines = Counter[str]()
    for speaker, text in lines:
        if speaker in counts:
            counts[speaker].update(features(text))
            n_lines[speaker] += 1
    if not n_lines["agent"] or not n_lines["customer"]:
        raise ValueError("training needs lines of both the agent and the customer")
    vocabulary = [f for f in counts["agent"].keys() | counts["customer"].keys() if _total(counts, f) >= MIN_COUNT]
    agent_total = sum(counts["agent"][f] for f in vocabulary) + len(vocabulary)
    customer_total = sum(counts["customer"][f] for f in vocabulary) + len(vocabulary)
    log_odds = {}
    for f in vocabulary:
        value = math.log((counts["agent"][f] + 1) / agent_total) - math.log(
            (counts["customer"][f] + 1) / customer_total
        )
        log_odds[f] = max(-MAX_FEATURE_LOG_ODDS, min(MAX_FEATURE_LOG_ODDS, value))
    prior = math.log(n_lines["agent"] / n_lines["customer"])
    return RoleModel(log_odds=log_odds, prior=prior, metadata={**(metadata or {}), "lines": dict(n_lines)})


def _total(counts: dict[str, Counter[str]], feature: str) -> int:
    return counts["agent"][feature] + counts["customer"][feature]
