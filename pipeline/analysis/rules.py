"""Loading and validating the behaviour rules file (`data/rules.toml`).

Supervisors edit that file, so every mistake must come back as one clear sentence naming the rule
and the problem (`RulesError`), never as a stack trace from deep inside the matcher. Everything is
compiled once here; analysing a call only runs the compiled regexes.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.analysis.patterns import PatternError, compile_pattern
from pipeline.analysis.text import Normaliser, basic_tokens, words_of
from pipeline.records import MOMENT_KINDS

DEFAULT_RULES_PATH = Path(__file__).resolve().parents[2] / "data" / "rules.toml"
SPEAKER_CHOICES = ("agent", "customer", "any")
# The behaviour kinds that can carry a score weight of their own (the rest have dedicated terms).
SCORE_TERMS = (
    "ended_negative",
    "sentiment_drop",
    "transfer",
    "transferred_leg",
    "hold_minute",
    "dead_air_minute",
    "repeat_contact",
    "escalation_request",
    "over_apology",
    "ownership",
)


@dataclass(frozen=True)
class CompiledPattern:
    """One compiled pattern and the words written in it (a negator written in the pattern is intended)."""

    regex: re.Pattern[str]
    source: str
    literal_words: frozenset[str]


class RulesError(ValueError):
    """The rules file is unreadable or a rule in it is invalid; the message names the rule and the problem."""


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    speaker: str
    patterns: tuple[CompiledPattern, ...]
    sources: tuple[str, ...]
    unless: tuple[CompiledPattern, ...] = ()
    negation_guard: bool = True
    after: str | None = None
    within_s_after: float | None = None
    in_first_s: float | None = None
    in_last_s: float | None = None
    requires_gap_s: float | None = None
    # an offer that leads nowhere: dropped when a moment of one of these kinds follows within_s_then
    unless_then: tuple[str, ...] = ()
    within_s_then: float | None = None
    weight: float = 1.0
    notes: str = ""


@dataclass(frozen=True)
class Cue:
    """A named context (e.g. "complaint") that rules can require before them; never a moment itself."""

    name: str
    speaker: str
    patterns: tuple[CompiledPattern, ...]
    unless: tuple[CompiledPattern, ...] = ()
    sentiment_below: float | None = None


@dataclass(frozen=True)
class Settings:
    negators: frozenset[str] = frozenset({"not", "no", "never", "nothing", "nobody", "without"})
    negation_window: int = 4
    fuzzy_min_len: int = 6
    fuzzy_cutoff: float = 0.86
    hold_min_gap_s: float = 10.0
    hold_search_s: float = 30.0
    dead_air_min_s: float = 3.0
    merge_within_s: dict[str, float] = field(default_factory=lambda: {"transfer": 45.0, "hold": 20.0})
    warm_transfer_cue: str = "briefing"
    warm_within_s: float = 90.0
    transfer_min_gap_s: float = 5.0
    new_agent_cue: str = "new_agent"
    tone_utterances: int = 3
    tone_min_words: int = 3
    ended_negative_below: float = -0.25
    angry_below: float = -0.5
    over_apology_min: int = 3
    resolution_cue: str = "resolution"
    follow_up_default_hours: float = 48.0
    follow_up_due_hour: int = 17
    journey_window_days: int = 7
    # A moment of one of `possible_kinds` found only by the learned model below this probability, or
    # only by the semantic matcher below this similarity, is "possible": shown apart, never scored.
    finding_min_probability: float = 0.0
    finding_min_similarity: float = 0.0
    # ... and so is one on an utterance of fewer words than this, whatever its probability or similarity
    finding_min_words: int = 0
    possible_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ScoreConfig:
    """score = logistic(bias + Σ weight × signal); see data/rules.toml [score] for each signal."""

    bias: float = -3.0
    weights: dict[str, float] = field(default_factory=dict)
    moment_weights: dict[str, float] = field(default_factory=dict)
    moment_cap: int = 3
    reason_min: float = 0.35
    max_reasons: int = 4


@dataclass(frozen=True)
class SemanticKind:
    """[semantic.kinds.<kind>]: sentences that mean the kind, and look-alikes that do not."""

    kind: str
    speaker: str  # agent | customer | any: from the kind's rules unless the section says otherwise
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    threshold: float
    margin: float
    polarity: bool = True  # compare a clause only with examples that negate (or not) as it does
    unless: tuple[CompiledPattern, ...] = ()  # every `unless` of the kind's rules also cancels a semantic match


@dataclass(frozen=True)
class SemanticConfig:
    """[semantic]: the learned matcher that adds moments the phrase rules missed (see semantic.py)."""

    enabled: bool = False
    threshold: float = 0.65
    margin: float = 0.05
    min_words: int = 3  # shorter clauses are not compared
    window_words: int = 10  # clauses longer than long_words are also read in windows this long ...
    window_step: int = 5  # ... starting this many words apart
    long_words: int = 14
    top_k: int = 2  # a clause's similarity to a kind = mean of its k best example similarities
    only_unflagged: bool = True  # read only utterances in which no phrase rule found a moment
    kinds: dict[str, SemanticKind] = field(default_factory=dict)
    neutral: tuple[str, ...] = ()  # everyday lines that are no moment: counter-examples of every kind
    unavailable: str = ""  # why the embedding model cannot be used ("" when it can, or when disabled)


@dataclass(frozen=True)
class LearnedConfig:
    """[learned]: the trained model that makes the final call per utterance (see learned.py)."""

    enabled: bool = False
    model_path: Path | None = None
    model: Any = None  # learned.LearnedModel once load.load_rules has loaded it; None when off or not loaded
    unavailable: str = ""  # why it cannot run (the embedding package is missing), "" when it can


@dataclass(frozen=True)
class Rules:
    version: str  # sha256 of the file's bytes (first 16 hex digits): stored with each analysis
    path: Path
    settings: Settings
    rules: tuple[Rule, ...]
    cues: dict[str, Cue]
    normaliser: Normaliser
    score: ScoreConfig
    semantic: SemanticConfig = field(default_factory=SemanticConfig)
    learned: LearnedConfig = field(default_factory=LearnedConfig)
    warnings: tuple[str, ...] = ()  # problems that do not stop analysis (e.g. the semantic matcher is off)

    def for_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]


# field name -> (accepted types, required); bool is excluded from numbers on purpose (TOML true is not 1)
_NUMBER = (int, float)
_RULE_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "id": ((str,), True),
    "kind": ((str,), True),
    "speaker": ((str,), True),
    "patterns": ((list,), True),
    "unless": ((list,), False),
    "negation_guard": ((bool,), False),
    "after": ((str,), False),
    "within_s_after": (_NUMBER, False),
    "in_first_s": (_NUMBER, False),
    "in_last_s": (_NUMBER, False),
    "requires_gap_s": (_NUMBER, False),
    "unless_then": ((list,), False),
    "within_s_then": (_NUMBER, False),
    "weight": (_NUMBER, False),
    "notes": ((str,), False),
}
_CUE_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "speaker": ((str,), True),
    "patterns": ((list,), False),
    "unless": ((list,), False),
    "sentiment_below": (_NUMBER, False),
    "notes": ((str,), False),
}
_TOP_LEVEL = {"settings", "slots", "asr_variants", "cues", "rule", "score", "semantic", "learned"}
_LEARNED_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "enabled": ((bool,), False),
    "model": ((str,), True),
    "notes": ((str,), False),
}
_SEMANTIC_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "enabled": ((bool,), False),
    "only_unflagged": ((bool,), False),
    "threshold": (_NUMBER, False),
    "margin": (_NUMBER, False),
    "min_words": ((int,), False),
    "window_words": ((int,), False),
    "window_step": ((int,), False),
    "long_words": ((int,), False),
    "top_k": ((int,), False),
    "kinds": ((dict,), False),
    "neutral": ((list,), False),
    "notes": ((str,), False),
}
_SEMANTIC_KIND_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "examples": ((list,), True),
    "counter_examples": ((list,), False),
    "threshold": (_NUMBER, False),
    "margin": (_NUMBER, False),
    "speaker": ((str,), False),
    "polarity": ((bool,), False),
    "notes": ((str,), False),
}
log = logging.getLogger("earshot.analysis")


def read_rules(path: str | Path | None = None, *, with_learned: bool = True) -> Rules:
    """Read, validate and compile a rules file (default: data/rules.toml in the repository) into plain data.

    The [learned] section is read as where its model lives; the model itself is loaded by
    `pipeline.analysis.load.load_rules`, which everything that analyses calls goes through, so that
    reading the rules never imports the detectors. `with_learned=False` leaves the model out (the
    rules decide alone): what `train` needs, since the model is trained on what the rules find.
    """
    path = Path(path) if path is not None else DEFAULT_RULES_PATH
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"cannot read rules file {path}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw_bytes.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: not valid TOML: {exc}") from exc
    try:
        learned = _learned(data.get("learned"), path, with_learned)
        digest = hashlib.sha256(raw_bytes)
        if learned.enabled and learned.model_path is not None:
            # a retrained model changes what is found, so it changes the version analyses are stored with
            try:
                digest.update(learned.model_path.read_bytes())
            except FileNotFoundError:
                raise RulesError(
                    f"[learned]: model file {learned.model_path} not found; train one with `python -m pipeline train`"
                ) from None
            except OSError as exc:
                raise RulesError(f"[learned]: cannot read model file {learned.model_path}: {exc}") from None
        return _build(data, path, digest.hexdigest()[:16], learned)
    except RulesError as exc:
        raise RulesError(f"{path}: {exc}") from None


def _embedding_unavailable() -> str:
    """Why the sentence-embedding model (semantic matcher, learned model) cannot run; "" when it can."""
    from pipeline.analysis.embed import EmbeddingUnavailable, model_dir

    try:
        model_dir()
    except EmbeddingUnavailable as exc:
        return str(exc)
    return ""


def _learned(body: Any, rules_path: Path, load: bool = True) -> LearnedConfig:
    if body is None:
        return LearnedConfig()
    if not isinstance(body, dict):
        raise RulesError("[learned] must be a table")
    _check_fields("[learned]", body, _LEARNED_FIELDS)
    model_path = (rules_path.parent / body["model"]).resolve()
    if not body.get("enabled", True) or not load:
        return LearnedConfig(model_path=model_path)
    return LearnedConfig(enabled=True, model_path=model_path, unavailable=_embedding_unavailable())


def _build(data: dict[str, Any], path: Path, version: str, learned: LearnedConfig | None = None) -> Rules:
    unknown = set(data) - _TOP_LEVEL
    if unknown:
        raise RulesError(f"unknown section(s) {sorted(unknown)}; expected some of {sorted(_TOP_LEVEL)}")
    settings = _settings(data.get("settings", {}))
    slots = _slots(data.get("slots", {}))
    variants = _variants(data.get("asr_variants", {}))

    def compile_list(owner: str, name: str, sources: list[Any]) -> tuple[CompiledPattern, ...]:
        compiled = []
        for source in sources:
            if not isinstance(source, str) or not source.strip():
                raise RulesError(f"{owner}: every entry of '{name}' must be a non-empty string, got {source!r}")
            try:
                regex = compile_pattern(source.strip(), slots)
                compiled.append(CompiledPattern(regex, source, frozenset(basic_tokens(source.replace("re:", " ")))))
            except PatternError as exc:
                raise RulesError(f"{owner}: pattern {source!r}: {exc}") from None
        return tuple(compiled)

    cues: dict[str, Cue] = {}
    all_sources: list[str] = [p for phrases in slots.values() for p in phrases] + list(variants.values())
    cue_table = data.get("cues", {})
    if not isinstance(cue_table, dict):
        raise RulesError("[cues] must be a table of named cues")
    for name, body in cue_table.items():
        owner = f"cue {name!r}"
        if name in MOMENT_KINDS:
            raise RulesError(f"{owner}: a cue may not share its name with a moment kind")
        _check_fields(owner, body, _CUE_FIELDS)
        speaker = _speaker(owner, body["speaker"])
        if not body.get("patterns") and "sentiment_below" not in body:
            raise RulesError(f"{owner}: needs 'patterns' or 'sentiment_below'")
        cues[name] = Cue(
            name=name,
            speaker=speaker,
            patterns=compile_list(owner, "patterns", body.get("patterns", [])),
            unless=compile_list(owner, "unless", body.get("unless", [])),
            sentiment_below=_opt_float(body.get("sentiment_below")),
        )
        all_sources += body.get("patterns", [])

    rule_list = data.get("rule", [])
    if not isinstance(rule_list, list) or not rule_list:
        raise RulesError("no rules: add [[rule]] entries")
    rules: list[Rule] = []
    seen: set[str] = set()
    for position, body in enumerate(rule_list, start=1):
        rule_id = body.get("id") if isinstance(body, dict) else None
        owner = f"rule {rule_id!r}" if isinstance(rule_id, str) else f"rule #{position}"
        _check_fields(owner, body, _RULE_FIELDS)
        if rule_id in seen:
            raise RulesError(f"{owner}: duplicate id")
        seen.add(rule_id)
        kind = body["kind"]
        if kind not in MOMENT_KINDS:
            raise RulesError(f"{owner}: unknown kind {kind!r}; use one of {', '.join(MOMENT_KINDS)}")
        if not body["patterns"]:
            raise RulesError(f"{owner}: 'patterns' is empty")
        after = body.get("after")
        within = _opt_float(body.get("within_s_after"))
        if (after is None) != (within is None):
            raise RulesError(
                f"{owner}: 'after' and 'within_s_after' go together (e.g. after = \"complaint\", within_s_after = 30)"
            )
        if after is not None and after not in cues and after not in MOMENT_KINDS:
            raise RulesError(f"{owner}: 'after' names {after!r}, which is neither a cue nor a moment kind")
        unless_then = body.get("unless_then", [])
        within_then = _opt_float(body.get("within_s_then"))
        if bool(unless_then) != (within_then is not None):
            raise RulesError(
                f"{owner}: 'unless_then' and 'within_s_then' go together "
                '(e.g. unless_then = ["transfer"], within_s_then = 120)'
            )
        for then_kind in unless_then:
            if then_kind not in MOMENT_KINDS:
                raise RulesError(
                    f"{owner}: 'unless_then' names {then_kind!r}; use moment kinds ({', '.join(MOMENT_KINDS)})"
                )
        for name in ("within_s_after", "in_first_s", "in_last_s", "requires_gap_s", "within_s_then"):
            value = body.get(name)
            if value is not None and value <= 0:
                raise RulesError(f"{owner}: '{name}' must be a positive number of seconds, got {value!r}")
        rules.append(
            Rule(
                id=rule_id,
                kind=kind,
                speaker=_speaker(owner, body["speaker"]),
                patterns=compile_list(owner, "patterns", body["patterns"]),
                sources=tuple(body["patterns"]),
                unless=compile_list(owner, "unless", body.get("unless", [])),
                negation_guard=body.get("negation_guard", True),
                after=after,
                within_s_after=within,
                in_first_s=_opt_float(body.get("in_first_s")),
                in_last_s=_opt_float(body.get("in_last_s")),
                requires_gap_s=_opt_float(body.get("requires_gap_s")),
                unless_then=tuple(unless_then),
                within_s_then=within_then,
                weight=float(body.get("weight", 1.0)),
                notes=body.get("notes", ""),
            )
        )
        all_sources += body["patterns"]

    explicit = data.get("settings", {})
    for setting in ("warm_transfer_cue", "resolution_cue", "new_agent_cue"):
        cue_name = getattr(settings, setting)
        # a file that names a cue must define it; one that relies on the default name may leave the
        # cue out (then transfers are all "cold" and every resolution goes unnoticed)
        if setting in explicit and cue_name and cue_name not in cues:
            raise RulesError(f"[settings] {setting} names cue {cue_name!r}, which is not defined under [cues]")
    normaliser = Normaliser(
        variants=variants,
        vocabulary=frozenset(w for w in words_of(s for s in all_sources if not s.startswith("re:")) if len(w) >= 4),
        fuzzy_min_len=settings.fuzzy_min_len,
        fuzzy_cutoff=settings.fuzzy_cutoff,
    )
    semantic = _semantic(data.get("semantic", {}), rules)
    learned = learned or LearnedConfig()
    warnings = (f"semantic matcher off, phrase rules only: {semantic.unavailable}",) if semantic.unavailable else ()
    if learned.unavailable:
        warnings += (f"learned model off, rules decide alone: {learned.unavailable}",)
    for warning in warnings:
        _warn_once(warning)
    return Rules(
        version=version,
        path=path,
        settings=settings,
        rules=tuple(rules),
        cues=cues,
        normaliser=normaliser,
        score=_score(data.get("score", {})),
        semantic=semantic,
        learned=learned,
        warnings=warnings,
    )


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning(message)


def _semantic(body: Any, rules: list[Rule]) -> SemanticConfig:
    if not isinstance(body, dict):
        raise RulesError("[semantic] must be a table")
    _check_fields("[semantic]", body, _SEMANTIC_FIELDS)
    defaults = SemanticConfig()
    threshold = _fraction("[semantic]", "threshold", body.get("threshold", defaults.threshold))
    margin = _fraction("[semantic]", "margin", body.get("margin", defaults.margin))
    sizes = {}
    for name in ("min_words", "window_words", "window_step", "long_words", "top_k"):
        value = body.get(name, getattr(defaults, name))
        if isinstance(value, bool) or value < 1:
            raise RulesError(f"[semantic]: {name} must be a whole number ≥ 1, got {value!r}")
        sizes[name] = value
    kinds: dict[str, SemanticKind] = {}
    for kind, section in body.get("kinds", {}).items():
        owner = f"[semantic.kinds.{kind}]"
        if kind not in MOMENT_KINDS:
            raise RulesError(f"{owner}: unknown kind {kind!r}; use one of {', '.join(MOMENT_KINDS)}")
        _check_fields(owner, section, _SEMANTIC_KIND_FIELDS)
        examples = _sentences(owner, "examples", section["examples"])
        if not examples:
            raise RulesError(f"{owner}: 'examples' is empty")
        kind_rules = [r for r in rules if r.kind == kind]
        if "speaker" in section:
            speaker = _speaker(owner, section["speaker"])
        else:
            speakers = {r.speaker for r in kind_rules}
            speaker = speakers.pop() if len(speakers) == 1 else "any"
        kinds[kind] = SemanticKind(
            kind=kind,
            speaker=speaker,
            examples=examples,
            counter_examples=_sentences(owner, "counter_examples", section.get("counter_examples", [])),
            threshold=_fraction(owner, "threshold", section.get("threshold", threshold)),
            margin=_fraction(owner, "margin", section.get("margin", margin)),
            polarity=section.get("polarity", True),
            unless=tuple(p for r in kind_rules for p in r.unless),
        )
    enabled = body.get("enabled", bool(kinds))
    unavailable = ""
    if enabled and kinds:
        unavailable = _embedding_unavailable()
    return SemanticConfig(
        enabled=bool(enabled and kinds),
        only_unflagged=body.get("only_unflagged", defaults.only_unflagged),
        threshold=threshold,
        margin=margin,
        kinds=kinds,
        neutral=_sentences("[semantic]", "neutral", body.get("neutral", [])),
        unavailable=unavailable,
        **sizes,
    )


def _fraction(owner: str, name: str, value: Any) -> float:
    if not isinstance(value, _NUMBER) or isinstance(value, bool) or not 0 <= value <= 1:
        raise RulesError(f"{owner}: {name} must be a number from 0 to 1, got {value!r}")
    return float(value)


def _sentences(owner: str, name: str, values: list[Any]) -> tuple[str, ...]:
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise RulesError(f"{owner}: every entry of '{name}' must be a non-empty string")
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(" ".join(value.split()), None)
    return tuple(seen)


def _check_fields(owner: str, body: Any, schema: dict[str, tuple[tuple[type, ...], bool]]) -> None:
    if not isinstance(body, dict):
        raise RulesError(f"{owner}: must be a table")
    unknown = set(body) - set(schema)
    if unknown:
        raise RulesError(f"{owner}: unknown field(s) {sorted(unknown)}; allowed: {', '.join(schema)}")
    for name, (types, required) in schema.items():
        if name not in body:
            if required:
                raise RulesError(f"{owner}: missing required field '{name}'")
            continue
        value = body[name]
        # TOML true/false are bools, and bool is an int in Python: refuse them where a number is wanted
        ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
        if not ok:
            wanted = " or ".join("number" if t in _NUMBER else t.__name__ for t in types)
            raise RulesError(f"{owner}: field '{name}' must be {wanted}, got {type(value).__name__} {value!r}")


def _speaker(owner: str, value: str) -> str:
    if value not in SPEAKER_CHOICES:
        raise RulesError(f"{owner}: speaker must be one of {', '.join(SPEAKER_CHOICES)}, got {value!r}")
    return value


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _settings(body: Any) -> Settings:
    if not isinstance(body, dict):
        raise RulesError("[settings] must be a table")
    defaults = Settings()
    values: dict[str, Any] = {}
    for name, value in body.items():
        if not hasattr(defaults, name):
            raise RulesError(f"[settings]: unknown setting {name!r}")
        default = getattr(defaults, name)
        if isinstance(default, frozenset):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RulesError(f"[settings]: {name} must be a list of words")
            value = frozenset(v.lower() for v in value)
        elif isinstance(default, dict):
            if not isinstance(value, dict) or not all(isinstance(v, _NUMBER) for v in value.values()):
                raise RulesError(f"[settings]: {name} must be a table of numbers")
            value = {k: float(v) for k, v in value.items()}
        elif isinstance(default, str):
            if not isinstance(value, str):
                raise RulesError(f"[settings]: {name} must be a string")
        elif isinstance(default, int) and not isinstance(default, bool):
            if not isinstance(value, int) or isinstance(value, bool):
                raise RulesError(f"[settings]: {name} must be a whole number")
        elif isinstance(default, float):
            if not isinstance(value, _NUMBER) or isinstance(value, bool):
                raise RulesError(f"[settings]: {name} must be a number")
            value = float(value)
        values[name] = value
    unknown = sorted(set(values.get("possible_kinds", ())) - set(MOMENT_KINDS))
    if unknown:
        kinds = ", ".join(MOMENT_KINDS)
        raise RulesError(f"[settings]: possible_kinds names unknown kinds {unknown}; kinds are {kinds}")
    return Settings(**values)


def _slots(body: Any) -> dict[str, list[str]]:
    if not isinstance(body, dict):
        raise RulesError("[slots] must be a table of phrase lists")
    for name, phrases in body.items():
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise RulesError(f"[slots]: slot name {name!r} must be lowercase letters, digits and _")
        if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise RulesError(f"[slots]: {name} must be a non-empty list of phrases")
    return {name: list(phrases) for name, phrases in body.items()}


def _variants(body: Any) -> dict[str, str]:
    if not isinstance(body, dict) or not all(isinstance(v, str) for v in body.values()):
        raise RulesError("[asr_variants] must map misheard text to meant text, both strings")
    # keys and values are normalised like transcripts so that "cant" style keys still meet the text
    variants = {" ".join(basic_tokens(k)): " ".join(basic_tokens(v)) for k, v in body.items()}
    if any(not k for k in variants):
        raise RulesError("[asr_variants]: an empty key")
    return variants


def _score(body: Any) -> ScoreConfig:
    if not isinstance(body, dict):
        raise RulesError("[score] must be a table")
    body = dict(body)
    moment_weights = body.pop("moments", {})
    if not isinstance(moment_weights, dict):
        raise RulesError("[score.moments] must be a table of kind = weight")
    for kind, weight in moment_weights.items():
        if kind not in MOMENT_KINDS:
            raise RulesError(f"[score.moments]: unknown kind {kind!r}")
        if not isinstance(weight, _NUMBER) or isinstance(weight, bool):
            raise RulesError(f"[score.moments]: weight of {kind} must be a number")
    options: dict[str, Any] = {}
    for name in ("bias", "reason_min"):
        if name in body:
            value = body.pop(name)
            if not isinstance(value, _NUMBER) or isinstance(value, bool):
                raise RulesError(f"[score]: {name} must be a number")
            options[name] = float(value)
    for name in ("moment_cap", "max_reasons"):
        if name in body:
            value = body.pop(name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise RulesError(f"[score]: {name} must be a whole number ≥ 1")
            options[name] = value
    weights: dict[str, float] = {}
    for name, value in body.items():
        if name not in SCORE_TERMS:
            raise RulesError(f"[score]: unknown term {name!r}; terms are {', '.join(SCORE_TERMS)}")
        if not isinstance(value, _NUMBER) or isinstance(value, bool):
            raise RulesError(f"[score]: weight {name} must be a number")
        weights[name] = float(value)
    return ScoreConfig(weights=weights, moment_weights={k: float(v) for k, v in moment_weights.items()}, **options)
