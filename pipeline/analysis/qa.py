"""Automatic QA: the QA form (`data/qa_form.toml`) answered for one call from its analysis.

Each criterion of the form may carry an `[criteria.auto]` table saying what answers it, as data the
admin edits (README, *Automatic QA*):

    present = ["ownership"]              any finding of these kinds: met
    absent = ["blame_shift"]             any finding of these kinds: not met
    examples = ["how can I help you"]    a line like one of these (embedding similarity): met
    phrases = ["thank you for calling"]  a line with one of these words or phrases in it: met
    speaker = "agent"                    whose lines the examples are matched on (agent | customer | any)
    first_s = 30 / last_s = 30           only lines in the first / last N seconds of the call
    min_similarity = 0.6                 how alike a line and an example must be
    signals = ["resolution_said"]        a true yes/no measure: met
    measures = { hold_s = { max = 180 }, ended_negative = false }     outside the limit: not met
    applies_if = { customer_min = { max = -0.3 } }                     otherwise: not applicable
    applies_when = { found = ["repeat_contact"], phrases = ["frustrated"], speaker = "customer",
                     except = ["my name"] }   or these were found / said (except inside these): it applies

A criterion with `applies_if` or `applies_when` applies when the measures hold, or something in
`applies_when` is found, or any evidence for or against the criterion itself is found (an agent who
verified, or dismissed a feeling, shows the criterion was in play); otherwise it is not applicable.
A criterion with positive evidence (present, examples, signals) is met when any of it is found and
nothing negative is; one without positive evidence is met when nothing negative is found. Only
findings count: moments marked `possible` never answer a criterion. `evaluate_call` is pure (a record
and its analysis in, a `QAEvaluation` out), so the ingest worker and `analyze` both call it; this module
never imports the store.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.records import (
    MOMENT_KINDS,
    CallAnalysis,
    CallRecord,
    Moment,
    QAAnswer,
    QAEvaluation,
    Utterance,
    speaker_fits,
)

QA_FORM_PATH = Path(__file__).resolve().parents[2] / "data" / "qa_form.toml"
DEFAULT_MIN_SIMILARITY = 0.6
DEFAULT_REVIEW_BELOW = 0.7
# Numbers a criterion can be measured on (`measures`, `applies_if`), and the yes/no ones (`signals` too).
NUMERIC_MEASURES: dict[str, str] = {
    "duration_s": "call length (s)",
    "transfers": "transfers",
    "hold_s": "hold time (s)",
    "silence_s": "dead air (s)",
    "talk_ratio_agent": "agent talk share",
    "overtalk_s": "overtalk (s)",
    "customer_start": "customer tone at the start",
    "customer_end": "customer tone at the end",
    "customer_min": "customer's lowest tone",
    "agent_mean": "agent tone",
}
FLAG_MEASURES: dict[str, str] = {
    "ended_negative": "the call ended negative",
    "resolution_said": "a resolution was said",
    "over_apology": "apologised instead of fixing",
}
_AUTO_KEYS = {
    "present",
    "absent",
    "examples",
    "phrases",
    "speaker",
    "first_s",
    "last_s",
    "min_similarity",
    "signals",
    "measures",
    "applies_if",
    "applies_when",
    "later_wins",
}
_APPLIES_WHEN_KEYS = {"found", "phrases", "speaker", "except"}
_SENTENCE = re.compile(r"(?<=[.?!,;])\s+")
_WORDS = re.compile(r"[a-z0-9']+")
CHUNK_WORDS = 14  # long lines are matched in windows of this many words, so one clause is not diluted


class QAFormError(ValueError):
    """The QA form is unreadable or a criterion in it is invalid; the message names the file, criterion, field."""


@dataclass(frozen=True)
class Limit:
    """A measure's allowed range (numbers) or required value (yes/no)."""

    measure: str
    min: float | None = None
    max: float | None = None
    equals: bool | None = None

    def holds(self, value: float | bool | None) -> bool | None:
        """Whether `value` is within the limit; None when the measure is unknown for this call."""
        if value is None:
            return None
        if self.equals is not None:
            return bool(value) == self.equals
        v = float(value)
        return (self.min is None or v >= self.min) and (self.max is None or v <= self.max)

    def margin(self, value: float | bool | None) -> float:
        """How far inside (or outside) the limit `value` is, 0..1: how sure an answer resting on it is."""
        if value is None:
            return 0.0
        if self.equals is not None:
            return 1.0
        v = float(value)
        bounds = [b for b in (self.min, self.max) if b is not None]
        distance = min(abs(v - b) for b in bounds)
        scale = max(max(abs(b) for b in bounds), 1.0 if self.measure not in _UNIT_MEASURES else 0.5)
        return min(distance / scale, 1.0)

    def describe(self) -> str:
        if self.equals is not None:
            return f"{self.measure} = {'yes' if self.equals else 'no'}"
        parts = []
        if self.min is not None:
            parts.append(f"≥ {self.min:g}")
        if self.max is not None:
            parts.append(f"≤ {self.max:g}")
        return f"{self.measure} {' and '.join(parts)}"


_UNIT_MEASURES = {"talk_ratio_agent", "customer_start", "customer_end", "customer_min", "agent_mean"}


@dataclass(frozen=True)
class AppliesWhen:
    """What makes a conditional criterion apply besides its measures (`auto.applies_when`)."""

    found: tuple[str, ...] = ()  # findings of these moment kinds
    phrases: tuple[str, ...] = ()  # a line of `speaker` with one of these words or phrases
    speaker: str = "any"
    unless: tuple[str, ...] = ()  # phrases taken out of a line first ("my name" does not make "my" count)

    def said_in(self, text: str) -> bool:
        said = f" {' '.join(_words(text))} "
        for phrase in self.unless:
            said = said.replace(f" {phrase} ", " ")
        return any(f" {p} " in said for p in self.phrases)


@dataclass(frozen=True)
class AutoRule:
    """What answers one criterion automatically (the `[criteria.auto]` table)."""

    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    speaker: str = "agent"
    first_s: float | None = None
    last_s: float | None = None
    min_similarity: float = DEFAULT_MIN_SIMILARITY
    signals: tuple[str, ...] = ()
    measures: tuple[Limit, ...] = ()
    applies_if: tuple[Limit, ...] = ()
    applies_when: AppliesWhen | None = None
    # the call's last word counts: a finding of a present kind after every negative finding makes it met
    # (a team leader who takes on what the first agent blamed on others)
    later_wins: bool = False

    @property
    def conditional(self) -> bool:
        """Whether the criterion can be not applicable."""
        return bool(self.applies_if) or self.applies_when is not None

    @property
    def positive(self) -> bool:
        return bool(self.present or self.examples or self.phrases or self.signals)


@dataclass(frozen=True)
class QACriterion:
    key: str
    label: str
    points: int
    help: str = ""
    auto: AutoRule | None = None


@dataclass(frozen=True)
class QAForm:
    title: str
    criteria: tuple[QACriterion, ...]
    version: str  # digest of the keys, points and auto tables (16 hex digits): see answers_version
    review_below: float = DEFAULT_REVIEW_BELOW
    path: Path = QA_FORM_PATH

    def criterion(self, key: str) -> QACriterion | None:
        return next((c for c in self.criteria if c.key == key), None)


def qa_version(form: QAForm, rules_version: str) -> str:
    """What an automatic evaluation depends on: the form and the rules (whose version covers the model)."""
    return hashlib.sha256(f"{form.version}:{rules_version}".encode()).hexdigest()[:16]


# --- reading the form ------------------------------------------------------------------------------


def load_form(path: str | Path | None = None) -> QAForm:
    """Read and validate the QA form; raises QAFormError naming the file, the criterion and the field."""
    path = Path(path) if path is not None else QA_FORM_PATH
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise QAFormError(f"{path}: cannot read the QA form ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise QAFormError(f"{path}: not valid TOML: {exc}") from None
    return parse_form(data, path, answers_version(data))


def answers_version(data: dict[str, Any]) -> str:
    """A digest of what the automatic answers depend on (keys, points, auto tables), so that editing a
    label or help text (as calibration does) does not make every call's evaluation out of date."""
    items = data.get("criteria") if isinstance(data.get("criteria"), list) else []
    basis = [[item.get("key"), item.get("points"), item.get("auto")] for item in items if isinstance(item, dict)]
    return hashlib.sha256(json.dumps(basis, sort_keys=True, default=str).encode()).hexdigest()[:16]


def parse_form(data: dict[str, Any], path: Path, version: str) -> QAForm:
    items = data.get("criteria")
    if not isinstance(items, list) or not items:
        raise QAFormError(f"{path}: defines no [[criteria]]")
    review_below = data.get("review_below", DEFAULT_REVIEW_BELOW)
    if not _number(review_below) or not 0 <= float(review_below) <= 1:
        raise QAFormError(f"{path}: review_below must be a number from 0 to 1, not {review_below!r}")
    criteria: list[QACriterion] = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise QAFormError(f"{path}: criterion {n} must be a table")
        key = item.get("key")
        if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise QAFormError(f"{path}: criterion {n}: key must be lower-case letters, digits and _, not {key!r}")
        where = f"{path}: criterion {key!r}"
        points = item.get("points")
        if not isinstance(points, int) or isinstance(points, bool) or points <= 0:
            raise QAFormError(f"{where}: points must be a whole number above 0, not {points!r}")
        if any(c.key == key for c in criteria):
            raise QAFormError(f"{where}: the key is used twice")
        auto = _auto(item["auto"], where) if "auto" in item else None
        criteria.append(QACriterion(key, str(item.get("label", key)), points, str(item.get("help", "")), auto))
    return QAForm(
        str(data.get("title", "Call quality review")),
        tuple(criteria),
        version,
        float(review_below),
        path,
    )


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _auto(table: Any, where: str) -> AutoRule:
    if not isinstance(table, dict):
        raise QAFormError(f"{where}: auto must be a table ([criteria.auto])")
    unknown = set(table) - _AUTO_KEYS
    if unknown:
        raise QAFormError(f"{where}: unknown field auto.{sorted(unknown)[0]} (known: {', '.join(sorted(_AUTO_KEYS))})")

    def kinds(name: str) -> tuple[str, ...]:
        return _kind_list(table, name, f"{where}: auto.{name}")

    examples = table.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, str) and e.strip() for e in examples):
        raise QAFormError(f"{where}: auto.examples must be a list of non-empty sentences")
    phrases = _phrase_list(table, "phrases", f"{where}: auto.phrases")
    speaker = _speaker(table, "agent", f"{where}: auto.speaker")
    windows = {}
    for name in ("first_s", "last_s"):
        if name in table:
            value = table[name]
            if not _number(value) or value <= 0:
                raise QAFormError(f"{where}: auto.{name} must be a number of seconds above 0, not {value!r}")
            windows[name] = float(value)
    if len(windows) == 2:
        raise QAFormError(f"{where}: auto.first_s and auto.last_s cannot both be set")
    similarity = table.get("min_similarity", DEFAULT_MIN_SIMILARITY)
    if not _number(similarity) or not 0 < similarity < 1:
        raise QAFormError(f"{where}: auto.min_similarity must be a number between 0 and 1, not {similarity!r}")
    signals = table.get("signals", [])
    if not isinstance(signals, list) or any(s not in FLAG_MEASURES for s in signals):
        raise QAFormError(f"{where}: auto.signals must be a list of yes/no measures ({', '.join(FLAG_MEASURES)})")
    rule = AutoRule(
        present=kinds("present"),
        absent=kinds("absent"),
        examples=tuple(e.strip() for e in examples),
        phrases=phrases,
        speaker=speaker,
        first_s=windows.get("first_s"),
        last_s=windows.get("last_s"),
        min_similarity=float(similarity),
        signals=tuple(signals),
        measures=_limits(table.get("measures", {}), f"{where}: auto.measures"),
        applies_if=_limits(table.get("applies_if", {}), f"{where}: auto.applies_if"),
        applies_when=_applies_when(table["applies_when"], f"{where}: auto.applies_when")
        if "applies_when" in table
        else None,
        later_wins=_flag(table, "later_wins", where),
    )
    if not (rule.positive or rule.absent or rule.measures):
        raise QAFormError(
            f"{where}: auto says nothing that answers the criterion (present, absent, examples, signals or measures)"
        )
    return rule


def _flag(table: dict[str, Any], name: str, where: str) -> bool:
    value = table.get(name, False)
    if not isinstance(value, bool):
        raise QAFormError(f"{where}: auto.{name} is yes/no: write true or false, not {value!r}")
    return value


def _applies_when(table: Any, where: str) -> AppliesWhen:
    if not isinstance(table, dict) or not table:
        raise QAFormError(f"{where} must be a table with found, phrases and/or speaker")
    unknown = set(table) - _APPLIES_WHEN_KEYS
    if unknown:
        raise QAFormError(
            f"{where}: unknown field {sorted(unknown)[0]} (known: {', '.join(sorted(_APPLIES_WHEN_KEYS))})"
        )
    found = _kind_list(table, "found", f"{where}.found")
    phrases = _phrase_list(table, "phrases", f"{where}.phrases")
    speaker = _speaker(table, "any", f"{where}.speaker")
    unless = _phrase_list(table, "except", f"{where}.except")
    if not found and not phrases:
        raise QAFormError(f"{where} says nothing that makes the criterion apply (found or phrases)")
    return AppliesWhen(found, phrases, speaker, unless)


def _kind_list(table: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = table.get(name, [])
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise QAFormError(f"{where} must be a list of moment kinds")
    for kind in value:
        if kind not in MOMENT_KINDS:
            raise QAFormError(f"{where}: unknown moment kind {kind!r} (known: {', '.join(MOMENT_KINDS)})")
    return tuple(value)


def _phrase_list(table: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    """Words or phrases, in the normal form lines are matched in (lower case, no punctuation)."""
    value = table.get(name, [])
    if not isinstance(value, list) or not all(isinstance(e, str) and _words(e) for e in value):
        raise QAFormError(f"{where} must be a list of words or phrases")
    return tuple(" ".join(_words(p)) for p in value)


def _speaker(table: dict[str, Any], default: str, where: str) -> str:
    speaker = table.get("speaker", default)
    if speaker not in ("agent", "customer", "any"):
        raise QAFormError(f"{where} must be agent, customer or any, not {speaker!r}")
    return speaker


def _limits(table: Any, where: str) -> tuple[Limit, ...]:
    if not isinstance(table, dict):
        raise QAFormError(f"{where} must be a table of measure = limit")
    limits = []
    for name, limit in table.items():
        if name in FLAG_MEASURES:
            if not isinstance(limit, bool):
                raise QAFormError(f"{where}.{name} is yes/no: write true or false, not {limit!r}")
            limits.append(Limit(name, equals=limit))
            continue
        if name not in NUMERIC_MEASURES:
            known = ", ".join([*NUMERIC_MEASURES, *FLAG_MEASURES])
            raise QAFormError(f"{where}: unknown measure {name!r} (known: {known})")
        if not isinstance(limit, dict) or not limit or set(limit) - {"min", "max"}:
            raise QAFormError(f"{where}.{name} must be a table with min and/or max, e.g. {{ max = 120 }}")
        for bound, value in limit.items():
            if not _number(value):
                raise QAFormError(f"{where}.{name}.{bound} must be a number, not {value!r}")
        if "min" in limit and "max" in limit and limit["min"] > limit["max"]:
            raise QAFormError(f"{where}.{name}: min is above max")
        limits.append(Limit(name, min=limit.get("min"), max=limit.get("max")))
    return tuple(limits)


# --- answering it ------------------------------------------------------------------------------------


def measures_of(record: CallRecord, analysis: CallAnalysis) -> dict[str, float | bool | None]:
    """The call measures a criterion can rest on (None where this call does not have one)."""
    tone = analysis.tone or {}
    values: dict[str, float | bool | None] = {
        "duration_s": record.duration_s or max((u.end for u in record.utterances), default=0.0),
        "transfers": analysis.transfers,
        "hold_s": analysis.hold_s,
        "silence_s": analysis.silence_s,
        "talk_ratio_agent": analysis.talk_ratio_agent,
        "overtalk_s": analysis.overtalk_s,
    }
    for name in ("customer_start", "customer_end", "customer_min", "agent_mean"):
        values[name] = tone.get(name)
    for name in FLAG_MEASURES:
        values[name] = tone.get(name)
    return values


def evaluate_call(form: QAForm, record: CallRecord, analysis: CallAnalysis, rules_version: str = "") -> QAEvaluation:
    """Answer every criterion of the form for one call. Criteria without an `auto` table are left out."""
    measures = measures_of(record, analysis)
    findings = [m for m in analysis.moments if not m.possible]
    utterances = sorted(record.utterances, key=lambda u: u.start)
    duration = float(measures["duration_s"] or 0.0)
    answers = []
    for criterion in form.criteria:
        if criterion.auto is not None:
            answers.append(_answer(criterion, criterion.auto, utterances, findings, measures, duration))
    applicable = [a for a in answers if a.answer != "na"]
    possible = sum(a.max_points for a in applicable)
    total = round(100.0 * sum(a.points or 0.0 for a in applicable) / possible, 1) if possible else None
    return QAEvaluation(qa_version(form, rules_version or analysis.rules_version), total, answers)


def _answer(
    criterion: QACriterion,
    rule: AutoRule,
    utterances: Sequence[Utterance],
    findings: Sequence[Moment],
    measures: dict[str, float | bool | None],
    duration: float,
) -> QAAnswer:
    def answer(kind: str, confidence: float, evidence: list[dict[str, Any]], why: str) -> QAAnswer:
        points = None if kind == "na" else (float(criterion.points) if kind == "met" else 0.0)
        return QAAnswer(
            criterion.key, kind, round(min(max(confidence, 0.0), 0.99), 2), points, criterion.points, evidence, why
        )

    # Negative evidence: a finding of an absent kind, or a measure outside its limit.
    against: list[tuple[float, dict[str, Any], str]] = []
    for m in findings:
        if m.kind in rule.absent:
            against.append((_moment_confidence(m), _moment(m), f"{m.kind.replace('_', ' ')} at {_clock(m.start)}"))
    for limit in rule.measures:
        value = measures.get(limit.measure)
        if limit.holds(value) is False:
            against.append(
                (
                    0.6 + 0.35 * limit.margin(value),
                    _measure(limit, value),
                    f"{limit.describe()} does not hold ({_fmt(value)})",
                )
            )

    # Positive evidence: a finding of a present kind, a true signal, a line like an example.
    support: list[tuple[float, dict[str, Any], str]] = []
    for m in findings:
        if m.kind in rule.present:
            support.append((_moment_confidence(m), _moment(m), f"{m.kind.replace('_', ' ')} at {_clock(m.start)}"))
    for name in rule.signals:
        if measures.get(name):
            support.append((0.85, {"type": "measure", "name": name, "value": True}, FLAG_MEASURES[name]))
    if against and rule.later_wins and _recovered(against, support):
        against = []  # what went wrong came before what put it right
    if against:
        # settled without reading the lines: the embedding match below is the costly part
        against.sort(key=lambda a: -a[0])
        return answer("not_met", against[0][0], [a[1] for a in against], "not met: " + "; ".join(a[2] for a in against))
    best_similarity: float | None = None
    match: Match | None = None
    lines = _window(utterances, rule, duration) if (rule.examples or rule.phrases) else []
    for u in lines if rule.phrases else []:
        said = f" {' '.join(_words(u.text))} "
        phrase = next((p for p in rule.phrases if f" {p} " in said), None)
        if phrase is not None:
            evidence = {
                "type": "line",
                "start": round(u.start, 2),
                "end": round(u.end, 2),
                "text": u.text,
                "speaker": u.speaker,
                "phrase": phrase,
            }
            support.append((0.85, evidence, f"“{phrase}” said at {_clock(u.start)}"))
            break
    if rule.examples:
        match = best_match(lines, rule.examples)
        if match is not None:
            best_similarity = match.similarity
            already = any(e.get("start") == round(match.utterance.start, 2) for _, e, _ in support)
            if match.similarity >= rule.min_similarity and not already:
                confidence = 0.6 + 2.0 * (match.similarity - rule.min_similarity)
                support.append((confidence, match.evidence(), f"“{match.chunk}” is like “{match.example}”"))
    if rule.conditional and not support:
        not_applicable = _not_applicable(rule, utterances, findings, measures)
        if not_applicable is not None:
            return answer("na", *not_applicable)
    clean = 0.9 if (rule.absent or rule.measures) else 0.99  # nothing against it was found
    if support:
        support.sort(key=lambda s: -s[0])
        return answer(
            "met", min(support[0][0], clean), [s[1] for s in support], "met: " + "; ".join(s[2] for s in support[:3])
        )
    if not rule.positive:
        checked = [_measure(limit, measures.get(limit.measure)) for limit in rule.measures]
        return answer("met", clean * 0.9, checked, "met: nothing against it was found")
    # Nothing positive found: not met, as sure as the closest line was far from the examples.
    evidence: list[dict[str, Any]] = []
    confidence = 0.7
    if best_similarity is not None and match is not None:
        evidence.append({**match.evidence(), "closest": True})  # the nearest miss, for the reviewer to judge
        confidence = 0.55 + 2.0 * (rule.min_similarity - best_similarity)
        if rule.present or rule.signals:
            confidence = min(confidence, 0.8)
    where = (
        f" in the {'first' if rule.first_s else 'last'} {rule.first_s or rule.last_s:g} s"
        if (rule.first_s or rule.last_s)
        else ""
    )
    return answer("not_met", confidence, evidence, f"not met: nothing that shows it was found{where}")


def _recovered(
    against: Sequence[tuple[float, dict[str, Any], str]], support: Sequence[tuple[float, dict[str, Any], str]]
) -> bool:
    """Whether a finding of a `present` kind comes after every piece of negative evidence. Only findings
    outweigh a fault (a phrase is weaker evidence), and measures have no time, so a measure against the
    criterion is never outweighed."""
    if any("start" not in e for _, e, _ in against):
        return False
    last_against = max(e["start"] for _, e, _ in against)
    return any(e.get("type") == "moment" and e["start"] > last_against for _, e, _ in support)


def _not_applicable(
    rule: AutoRule,
    utterances: Sequence[Utterance],
    findings: Sequence[Moment],
    measures: dict[str, float | bool | None],
) -> tuple[float, list[dict[str, Any]], str] | None:
    """(confidence, evidence, why) when the criterion does not apply to this call; None when it does."""
    failing = [(limit, measures.get(limit.measure)) for limit in rule.applies_if]
    failing = [(limit, value) for limit, value in failing if not limit.holds(value)]
    if rule.applies_if and not failing:
        return None
    when = rule.applies_when
    if when is not None:
        if any(m.kind in when.found for m in findings):
            return None
        if any(speaker_fits(when.speaker, u.speaker) and when.said_in(u.text) for u in utterances):
            return None
    why = [f"{limit.describe()} does not hold ({_fmt(value)})" for limit, value in failing]
    if when is not None:
        why.append(_nothing_said(when))
    confidence = 0.6 + 0.4 * min(limit.margin(value) for limit, value in failing) if failing else 0.75
    return confidence, [_measure(limit, value) for limit, value in failing], "not applicable: " + "; ".join(why)


def _nothing_said(when: AppliesWhen) -> str:
    """What applies_when looked for, in words a supervisor reads: 'no customer line says “my”, “account”
    … and no repeat contact'."""
    parts = []
    if when.phrases:
        who = "" if when.speaker == "any" else f"{when.speaker} "
        shown = ", ".join(f"“{p}”" for p in when.phrases[:3]) + (" …" if len(when.phrases) > 3 else "")
        parts.append(f"no {who}line says {shown}")
    if when.found:
        parts.append("no " + " or ".join(k.replace("_", " ") for k in when.found))
    return " and ".join(parts)


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower().replace("’", "'"))


def _moment_confidence(m: Moment) -> float:
    probability = m.detail.get("probability") if m.detail else None
    if m.rule.startswith(("learned:", "semantic:")):
        return max(0.6, min(float(probability), 0.95)) if isinstance(probability, float) else 0.75
    return 0.9


def _moment(m: Moment) -> dict[str, Any]:
    return {
        "type": "moment",
        "kind": m.kind,
        "start": round(m.start, 2),
        "end": round(m.end, 2),
        "text": m.text,
        "speaker": m.speaker,
        "rule": m.rule,
    }


def _measure(limit: Limit, value: float | bool | None) -> dict[str, Any]:
    label = NUMERIC_MEASURES.get(limit.measure) or FLAG_MEASURES.get(limit.measure, limit.measure)
    return {"type": "measure", "name": limit.measure, "label": label, "value": value, "limit": limit.describe()}


def _fmt(value: float | bool | None) -> str:
    if value is None:
        return "not measured"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _clock(seconds: float) -> str:
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


def _window(utterances: Sequence[Utterance], rule: AutoRule, duration: float) -> list[Utterance]:
    lines = [u for u in utterances if speaker_fits(rule.speaker, u.speaker) and u.text.strip()]
    if rule.first_s is not None:
        start = utterances[0].start if utterances else 0.0
        lines = [u for u in lines if u.start < start + rule.first_s]
    if rule.last_s is not None:
        end = max(duration, max((u.end for u in utterances), default=0.0))
        lines = [u for u in lines if u.end > end - rule.last_s]
    return lines


@dataclass(frozen=True)
class Match:
    utterance: Utterance
    chunk: str
    example: str
    similarity: float

    def evidence(self) -> dict[str, Any]:
        u = self.utterance
        return {
            "type": "line",
            "start": round(u.start, 2),
            "end": round(u.end, 2),
            "text": u.text,
            "speaker": u.speaker,
            "similarity": round(self.similarity, 3),
            "example": self.example,
        }


def chunks(text: str) -> list[str]:
    """A line as the pieces it is matched on: its sentences, long ones in overlapping word windows."""
    out = []
    for sentence in _SENTENCE.split(text.strip()):
        words = sentence.split()
        if len(words) <= CHUNK_WORDS:
            out.append(sentence)
            continue
        step = CHUNK_WORDS // 2
        for i in range(0, len(words) - step, step):
            out.append(" ".join(words[i : i + CHUNK_WORDS]))
    return [c for c in out if c.strip()]


def best_match(lines: Sequence[Utterance], examples: Sequence[str]) -> Match | None:
    """The line piece most like any example (cosine of the shipped sentence embeddings)."""
    from pipeline.analysis import embed

    pieces = [(u, c) for u in lines for c in chunks(u.text)]
    if not pieces or not examples or not embed.available():
        return None
    vectors = embed.embed([c for _, c in pieces] + list(examples))
    sims = vectors[: len(pieces)] @ vectors[len(pieces) :].T
    i, j = divmod(int(sims.argmax()), sims.shape[1])
    utterance, chunk = pieces[i]
    return Match(utterance, chunk, examples[j], float(sims[i, j]))
