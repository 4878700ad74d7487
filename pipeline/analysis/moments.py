"""Finding moments: running the compiled rules over a call's utterances.

One pass in time order. For each utterance and each rule (in file order) the checks are, cheapest
first: speaker, time window, context ("after a complaint"), `unless` patterns, then the patterns
themselves with the negation guard. Afterwards repeated announcements of one event are merged,
holds are stretched over the silence that follows them, and transfers are marked warm or cold.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.analysis import learned, semantic
from pipeline.analysis.metrics import Gap
from pipeline.analysis.rules import CompiledPattern, Cue, Rule, Rules
from pipeline.records import Moment, Utterance, speaker_fits

log = logging.getLogger("earshot.analysis")

# Phrases that contain a negator but negate nothing the rules care about ("no problem, I'll transfer you").
_HARMLESS_AFTER_NEGATOR = frozenset({"problem", "worries", "worry", "bother", "trouble", "doubt", "matter", "only"})
# "no, I want a manager" / "no no you'll have to go online": a negator answering the previous turn,
# followed by a fresh subject, negates nothing after it.
_NEW_SUBJECT = frozenset({"i", "we", "you", "they", "he", "she", "no", "yes", "yeah", "ok", "okay"})
# Words that start a new clause in unpunctuated ASR text: a negator before them belongs to another clause.
_CLAUSE_BOUNDARY = frozenset(
    {"but", "so", "and", "then", "because", "if", "okay", "ok", "right", "well", "now", "though"}
)


@dataclass
class Detection:
    """What the rules found in one call, before timings are turned into metrics."""

    moments: list[Moment]
    cue_hits: dict[str, list[tuple[float, float]]]
    claimed_gaps: list[Gap] = field(default_factory=list)  # silences explained by holds
    normalised: list[str] = field(default_factory=list)


def detect(
    utterances: Sequence[Utterance],
    rules: Rules,
    sentiments: Sequence[float],
    silences: Sequence[Gap],
    duration_s: float | None = None,
) -> Detection:
    settings = rules.settings
    normalised = [rules.normaliser.normalise(u.text) for u in utterances]
    duration = duration_s or max((u.end for u in utterances), default=0.0)
    cue_hits = {
        name: _cue_hits(cue, utterances, normalised, sentiments, settings.negators) for name, cue in rules.cues.items()
    }
    kind_spans: dict[str, list[tuple[float, float]]] = {}
    moments: list[Moment] = []
    order = sorted(range(len(utterances)), key=lambda i: (utterances[i].start, i))
    for index in order:
        u, text = utterances[index], normalised[index]
        found_kinds: set[str] = set()
        for rule in rules.rules:
            if rule.kind in found_kinds or not speaker_fits(rule.speaker, u.speaker):
                continue
            if rule.in_first_s is not None and u.start > rule.in_first_s:
                continue
            if rule.in_last_s is not None and u.end < duration - rule.in_last_s:
                continue
            if rule.after is not None:
                spans = cue_hits.get(rule.after) or kind_spans.get(rule.after) or []
                if not any(s < u.start and u.start - e <= (rule.within_s_after or 0) for s, e in spans):
                    continue
            if any(p.regex.search(text) for p in rule.unless):
                continue
            match = _first_match(rule, text, settings.negators, settings.negation_window)
            if match is None:
                continue
            if rule.requires_gap_s is not None and not any(
                g.length >= rule.requires_gap_s and u.start <= g.start <= u.end + settings.hold_search_s
                for g in silences
            ):
                continue
            found_kinds.add(rule.kind)
            kind_spans.setdefault(rule.kind, []).append((u.start, u.end))
            moments.append(
                Moment(
                    kind=rule.kind,
                    speaker=u.speaker,
                    start=round(u.start, 2),
                    end=round(u.end, 2),
                    text=u.text.strip(),
                    rule=rule.id,
                    detail={"utterance": index, "match": match.strip()},
                )
            )
    # what the phrase rules missed, found by meaning (no-op when [semantic] is off or the model is absent)
    moments += semantic.find(utterances, normalised, rules, moments)
    # the trained model makes the final call on the judgement kinds (no-op when [learned] is off)
    moments = _learned_decision(utterances, normalised, rules, moments)
    moments = _merge_repeats(moments, settings.merge_within_s, utterances, settings.tone_min_words)
    claimed = _stretch_holds(moments, silences, settings.hold_min_gap_s, settings.hold_search_s)
    _mark_transfers(moments, cue_hits.get(settings.warm_transfer_cue, []), settings.warm_within_s)
    moments.sort(key=lambda m: (m.start, m.kind))
    return Detection(moments=moments, cue_hits=cue_hits, claimed_gaps=claimed, normalised=normalised)


def _learned_decision(
    utterances: Sequence[Utterance], normalised: Sequence[str], rules: Rules, found: list[Moment]
) -> list[Moment]:
    config = rules.learned
    if not config.enabled or config.unavailable or config.model is None:
        return found
    from pipeline.analysis.embed import EmbeddingUnavailable

    try:
        return learned.decide(config.model, utterances, normalised, found, rules)
    except EmbeddingUnavailable as exc:
        log.warning("learned model off, rules decide alone: %s", exc)
        return found


def _cue_hits(
    cue: Cue,
    utterances: Sequence[Utterance],
    normalised: Sequence[str],
    sentiments: Sequence[float],
    negators: frozenset[str],
) -> list[tuple[float, float]]:
    hits = []
    for u, text, sentiment in zip(utterances, normalised, sentiments, strict=True):
        if not speaker_fits(cue.speaker, u.speaker):
            continue
        if cue.sentiment_below is not None and sentiment < cue.sentiment_below:
            hits.append((u.start, u.end))
            continue
        if any(p.regex.search(text) for p in cue.unless):
            continue
        if any(p.regex.search(text) for p in cue.patterns):
            hits.append((u.start, u.end))
    return hits


def _first_match(rule: Rule, text: str, negators: frozenset[str], window: int) -> str | None:
    for pattern in rule.patterns:
        for match in pattern.regex.finditer(text):
            if rule.negation_guard and _negated(match, text, pattern, negators, window):
                continue
            return match.group(0)
    return None


def _negated(match: re.Match[str], text: str, pattern: CompiledPattern, negators: frozenset[str], window: int) -> bool:
    """A negator shortly before the match, or one the pattern did not ask for inside it (absorbed by a gap)."""
    inside = match.group(0).split()
    for position, word in enumerate(inside):
        if word in negators and word not in pattern.literal_words and not _harmless(inside, position):
            return True
    before = text[: match.start()].split()
    for position in range(len(before) - 1, max(-1, len(before) - 1 - window), -1):
        word = before[position]
        if word in _CLAUSE_BOUNDARY:
            break
        if word in negators and not _harmless(before + inside, position):
            return True
    return False


def _harmless(words: Sequence[str], position: int) -> bool:
    following = words[position + 1 : position + 3]
    if not following:
        return False
    if words[position] == "no" and following[0] in _NEW_SUBJECT:
        return True
    return following[0] in _HARMLESS_AFTER_NEGATOR or following[-1] in _HARMLESS_AFTER_NEGATOR


def _merge_repeats(
    moments: list[Moment], merge_within_s: dict[str, float], utterances: Sequence[Utterance], min_words: int
) -> list[Moment]:
    """'Let me transfer you… (hold, briefing)… OK, putting you through now' is one transfer.

    A repeated announcement of a kind listed in merge_within_s joins the previous one when it
    comes within that many seconds and the customer said nothing of substance in between (the
    agent is still carrying out the same hand-off). The merged span covers both.
    """
    customer_turns = [u.start for u in utterances if u.speaker == "customer" and len(u.text.split()) >= min_words]
    merged: list[Moment] = []
    last_of_kind: dict[str, Moment] = {}
    for moment in sorted(moments, key=lambda m: (m.start, m.kind)):
        limit = merge_within_s.get(moment.kind)
        previous = last_of_kind.get(moment.kind)
        if (
            limit is not None
            and previous is not None
            and (
                moment.start - previous.end <= limit
                and not any(previous.end <= t < moment.start for t in customer_turns)
            )
        ):
            previous.end = max(previous.end, moment.end)
            previous.detail.setdefault("also", []).append(moment.detail["utterance"])
            continue
        merged.append(moment)
        last_of_kind[moment.kind] = moment
    return merged


def _stretch_holds(moments: list[Moment], silences: Sequence[Gap], min_gap: float, search_s: float) -> list[Gap]:
    """Each hold moment takes the first long silence starting soon after it; returns the silences taken."""
    claimed: list[Gap] = []
    for moment in (m for m in moments if m.kind == "hold"):
        for gap in silences:
            if gap in claimed or gap.length < min_gap:
                continue
            if moment.start <= gap.start <= moment.end + search_s:
                claimed.append(gap)
                moment.end = round(max(moment.end, gap.end), 2)
                moment.detail["hold_s"] = round(gap.length, 2)
                moment.detail["silence_start"] = round(gap.start, 2)
                break
        else:
            moment.detail["hold_s"] = 0.0
    return claimed


def _mark_transfers(moments: list[Moment], briefings: Sequence[tuple[float, float]], within_s: float) -> None:
    # A briefing shortly before the announcement ("Hi Sam, I've got Mrs Lee about a refund… putting
    # you through") or within warm_within_s after it makes the transfer warm.
    for moment in (m for m in moments if m.kind == "transfer"):
        warm = any(moment.start - 30.0 <= s <= moment.end + within_s for s, _ in briefings)
        moment.detail["type"] = "warm" if warm else "cold"
