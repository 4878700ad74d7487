"""How often the automatic QA answers agree with a reviewer's, per criterion, on labelled calls.

The first reviewer's answers live in `tests/eval/qa/reviewer_answers.json` (call id -> criterion -> met
| not_met | na) in two sets: `calls`, which the form's `auto` tables were tuned on, and `unseen`, answered
after that tuning. A second and a third reviewer wrote `reviewer_answers_round2.json` and
`reviewer_answers_round3.json` (a blind set and more Harper Valley calls each, measured once). Calls come
from the labelled sets (tests/eval/dev, heldout, train_a, blind10, blind11) and the real Harper Valley
calls. `python -m pipeline qa-eval` prints the figures the README reports.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.analysis.call import analyze_call
from pipeline.analysis.evaluate import EVAL_DIR, EvalCall, load_eval_calls, real_eval_calls, record_of
from pipeline.analysis.qa import QAForm, evaluate_call
from pipeline.analysis.rules import Rules

REVIEWER_ANSWERS = EVAL_DIR / "qa" / "reviewer_answers.json"
# Later rounds: another reviewer each (not the one who wrote the form's rules) answered 52 calls nobody
# had tuned on: a blind set and 20 more Harper Valley calls. Each is measured once, like a blind set,
# and may be tuned on after that.
REVIEWER_ANSWERS_ROUND2 = EVAL_DIR / "qa" / "reviewer_answers_round2.json"
REVIEWER_ANSWERS_ROUND3 = EVAL_DIR / "qa" / "reviewer_answers_round3.json"
LATER_ROUNDS = (
    (REVIEWER_ANSWERS_ROUND2, "round 2: a second reviewer (measured once in round 13, tuned on since)"),
    (REVIEWER_ANSWERS_ROUND3, "unseen, round 3: a third reviewer"),
)
# Folders whose calls the reviewers answered (besides the real calls, whose ids start with "hv-").
FOLDERS = ("dev", "heldout", "train_a", "blind10", "blind11")
SETS = {"calls": "tuned on", "unseen": "unseen"}


@dataclass
class CriterionAgreement:
    criterion: str
    n: int = 0
    agreed: int = 0
    # (reviewer, automatic) -> count: where they differ is where to look
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        return self.agreed / self.n if self.n else None


@dataclass
class QAAgreementReport:
    name: str
    calls: int
    real_calls: int
    criteria: list[CriterionAgreement]
    misses: list[tuple[str, str, str, str, str]]  # call, criterion, reviewer, automatic, why

    @property
    def overall(self) -> float | None:
        n = sum(c.n for c in self.criteria)
        return sum(c.agreed for c in self.criteria) / n if n else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "calls": self.calls,
            "real_calls": self.real_calls,
            "overall": self.overall,
            "criteria": {
                c.criterion: {
                    "n": c.n,
                    "agreed": c.agreed,
                    "agreement": c.rate,
                    "confusion": {f"{r}->{a}": k for (r, a), k in sorted(c.confusion.items())},
                }
                for c in self.criteria
            },
        }

    def format(self, verbose: bool = False) -> str:
        lines = [
            f"QA agreement with the reviewer, {self.name}: {self.calls} calls ({self.real_calls} real speech)",
            f"{'criterion':<14}{'calls':>6}{'agree':>8}   disagreements (reviewer -> automatic)",
        ]
        for c in self.criteria:
            rate = "–" if c.rate is None else f"{c.rate:.0%}"
            diffs = ", ".join(f"{r}->{a} {k}" for (r, a), k in sorted(c.confusion.items()) if r != a)
            lines.append(f"{c.criterion:<14}{c.n:>6}{rate:>8}   {diffs}")
        overall = "–" if self.overall is None else f"{self.overall:.1%}"
        lines.append(f"{'overall':<14}{sum(c.n for c in self.criteria):>6}{overall:>8}")
        if verbose:
            lines.append("")
            lines += [f"{call} {crit}: reviewer {r}, automatic {a} ({why})" for call, crit, r, a, why in self.misses]
        return "\n".join(lines)


def load_reviewer_answers(path: Path = REVIEWER_ANSWERS, which: str = "calls") -> dict[str, dict[str, str]]:
    return {cid: dict(answers) for cid, answers in json.loads(path.read_text()).get(which, {}).items()}


def labelled_calls(wanted: Sequence[str]) -> list[EvalCall]:
    calls = [c for folder in FOLDERS for c in load_eval_calls(EVAL_DIR / folder, folder)]
    calls += real_eval_calls()
    by_id = {c.call_id: c for c in calls}
    missing = [cid for cid in wanted if cid not in by_id]
    if missing:
        raise ValueError(f"{REVIEWER_ANSWERS}: calls not found in the labelled sets: {', '.join(missing[:5])}")
    return [by_id[cid] for cid in wanted]


def qa_reports(rules: Rules, form: QAForm, answers_path: Path = REVIEWER_ANSWERS) -> list[QAAgreementReport]:
    """One report per set of reviewer answers (tuned on, unseen), then both together."""
    reports = [qa_agreement(rules, form, answers_path, which) for which in SETS]
    if answers_path == REVIEWER_ANSWERS:
        later = [(path, name) for path, name in LATER_ROUNDS if path.exists()]
        reports += [qa_agreement(rules, form, path, "unseen", name=name) for path, name in later]
    both = QAAgreementReport("all", sum(r.calls for r in reports), sum(r.real_calls for r in reports), [], [])
    for key in [c.criterion for c in reports[0].criteria]:
        merged = CriterionAgreement(key)
        for report in reports:
            part = next(c for c in report.criteria if c.criterion == key)
            merged.n += part.n
            merged.agreed += part.agreed
            for pair, count in part.confusion.items():
                merged.confusion[pair] = merged.confusion.get(pair, 0) + count
        both.criteria.append(merged)
    return [*reports, both]


def qa_agreement(
    rules: Rules, form: QAForm, answers_path: Path = REVIEWER_ANSWERS, which: str = "calls", name: str | None = None
) -> QAAgreementReport:
    reviewer = load_reviewer_answers(answers_path, which)
    keys = [c.key for c in form.criteria if c.auto is not None]
    per = {k: CriterionAgreement(k) for k in keys}
    misses = []
    calls = labelled_calls(list(reviewer))
    for call in calls:
        record = record_of(call)
        evaluation = evaluate_call(form, record, analyze_call(record, rules))
        auto = {a.criterion: a for a in evaluation.answers}
        for key in keys:
            human = reviewer[call.call_id].get(key)
            if human is None or key not in auto:
                continue
            got = auto[key].answer
            item = per[key]
            item.n += 1
            item.agreed += human == got
            item.confusion[(human, got)] = item.confusion.get((human, got), 0) + 1
            if human != got:
                misses.append((call.call_id, key, human, got, auto[key].why))
    real = sum(c.split == "real" for c in calls)
    return QAAgreementReport(name or SETS.get(which, which), len(calls), real, list(per.values()), misses)
