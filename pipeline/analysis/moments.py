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
from dataclasses import dataclass, field, replace

from pipeline.analysis import learned, semantic
from pipeline.analysis.metrics import Gap
from pipeline.analysis.negation import CLAUSE_BOUNDARY, harmless
from pipeline.analysis.rules import CompiledPattern, Cue, Rule, Rules, Settings
from pipeline.records import Moment, Utterance, speaker_fits

log = logging.getLogger("earshot.analysis")


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
    moments = _carried_out(moments, utterances, silences, cue_hits, settings)
    moments = _offers_kept(moments, rules)
    claimed = _stretch_holds(moments, silences, settings.hold_min_gap_s, settings.hold_search_s)
    _mark_transfers(moments, cue_hits.get(settings.warm_transfer_cue, []), settings.warm_within_s)
    _mark_possible(moments, settings)
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
        if word in negators and word not in pattern.literal_words and not harmless(inside, position):
            return True
    before = text[: match.start()].split()
    for position in range(len(before) - 1, max(-1, len(before) - 1 - window), -1):
        word = before[position]
        if word in CLAUSE_BOUNDARY:
            break
        if word in negators and not harmless(before + inside, position):
            return True
    return False


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


# An agent line this short ("okay", "one sec", "thanks") does not end the wait for a hold's or a
# transfer's silence; a longer one means the agent carried on talking instead.
_ASIDE_MAX_WORDS = 3


@dataclass(frozen=True)
class _Aftermath:
    """What follows an announcement, up to the agent's next real line (see `_carried_out`)."""

    silence_s: float  # the longest silence before that line
    next_agent: int | None  # index of that line; None when the agent says nothing more of substance
    introduced: bool  # that line is someone new introducing themself to the caller (cue new_agent)
    briefed: bool  # ... or the agent briefing the next person (the warm-transfer cue)


def _aftermath(
    moment: Moment,
    utterances: Sequence[Utterance],
    silences: Sequence[Gap],
    search_s: float,
    greeters: tuple[set[int], set[int]],
    skip: set[int],
) -> _Aftermath:
    """`greeters`: the lines where someone new introduces themself, and those briefing the next person."""
    own = {moment.detail.get("utterance"), *moment.detail.get("also", [])}
    following = sorted(
        (i for i, u in enumerate(utterances) if i not in own and u.start >= moment.end - 0.01),
        key=lambda i: utterances[i].start,
    )
    next_agent = next(
        (
            i
            for i in following
            if i not in skip
            and utterances[i].speaker != "customer"
            and len(utterances[i].text.split()) > _ASIDE_MAX_WORDS
        ),
        None,
    )
    until = utterances[next_agent].start if next_agent is not None else float("inf")
    latest = moment.end + search_s
    waits = [g.length for g in silences if moment.end - 0.5 <= g.start < until and g.start <= latest]
    introduced, briefed = greeters
    return _Aftermath(max(waits, default=0.0), next_agent, next_agent in introduced, next_agent in briefed)


def _offers_kept(moments: list[Moment], rules: Rules) -> list[Moment]:
    """Drop the moments of rules with `unless_then` that a moment of those kinds follows within
    `within_s_then`, in the same utterance or after it ("okay i can do that for you" is ownership only
    when the agent then does it, not when a transfer, a redirect or a refusal comes next)."""
    conditional = {r.id: r for r in rules.rules if r.unless_then}
    if not conditional:
        return moments
    kept = []
    for m in moments:
        rule = conditional.get(m.rule)
        if rule is not None and any(
            o.kind in rule.unless_then and m.start <= o.start <= m.end + (rule.within_s_then or 0.0) for o in moments
        ):
            continue
        kept.append(m)
    return kept


def _carried_out(
    moments: list[Moment],
    utterances: Sequence[Utterance],
    silences: Sequence[Gap],
    cue_hits: dict[str, list[tuple[float, float]]],
    settings: Settings,
) -> list[Moment]:
    """Holds and transfers that happened; announcements that were only words are dropped.

    A hold needs its silence (hold_min_gap_s) before the agent carries on; when the voice after that
    silence is someone new introducing themself, it was a transfer. A transfer needs a silence of
    transfer_min_gap_s, someone new (introduced or briefed) on the line, or the recording to end
    without the agent saying more; a hold on the way ("let me get them... would you mind holding")
    is part of it. Two announcements of one hand-off ("I can put you through to billing" ... "yes"
    ... "putting you through now") are one transfer: the one carried out.
    """

    def lines_saying(cue: str) -> set[int]:
        # a cue hit is the (start, end) of the utterance it fired on
        starts = [start for start, _ in cue_hits.get(cue, [])]
        return {i for i, u in enumerate(utterances) if any(abs(u.start - start) < 0.01 for start in starts)}

    greeters = (lines_saying(settings.new_agent_cue), lines_saying(settings.warm_transfer_cue))
    search_s = settings.hold_search_s
    # a hold announced on the way to a hand-off is passed over, unless the new person announced it
    hold_lines = {m.detail["utterance"] for m in moments if m.kind == "hold"} - greeters[0] - greeters[1]
    kept = [m for m in moments if m.kind not in ("hold", "transfer")]
    transfer_ends: dict[int | None, Moment] = {}

    def hand_off(moment: Moment, after: _Aftermath) -> None:
        earlier = transfer_ends.get(after.next_agent)
        if earlier is not None:
            kept.remove(earlier)  # an offer, then the hand-off itself: keep the one carried out
        transfer_ends[after.next_agent] = moment
        kept.append(moment)

    transfer_after: dict[int, _Aftermath] = {}
    for moment in sorted((m for m in moments if m.kind == "transfer"), key=lambda m: m.start):
        after = _aftermath(moment, utterances, silences, search_s, greeters, hold_lines)
        carried = after.silence_s >= settings.transfer_min_gap_s or after.introduced or after.briefed
        if carried or after.next_agent is None:
            transfer_after[id(moment)] = after
            hand_off(moment, after)

    def transfer_waits(found: list[Moment]) -> list[tuple[Moment, _Aftermath]]:
        """The hand-offs kept whose customer waited at least a hold's silence."""
        return [
            (m, transfer_after[id(m)])
            for m in found
            if m.kind == "transfer" and transfer_after[id(m)].silence_s >= settings.hold_min_gap_s
        ]
    waited = {after.next_agent: m for m, after in transfer_waits(kept)}
    for moment in sorted((m for m in moments if m.kind == "hold"), key=lambda m: m.start):
        after = _aftermath(moment, utterances, silences, search_s, greeters, set())
        if after.silence_s < settings.hold_min_gap_s:
            continue
        if after.introduced and after.next_agent not in transfer_ends:
            # announced as a hold; someone new answered after it: a transfer, and the wait a hold
            hand_off(replace(moment, kind="transfer", detail={**moment.detail, "from_hold": True}), after)
        waited.pop(after.next_agent, None)  # this announcement is the hold of that hand-off
        kept.append(moment)
    # A customer left waiting while the agent connects them is on hold as well as transferred: a
    # transfer whose wait no hold announcement covered gets a hold on its own announcement. A hold
    # announced on the way ("I'll pop you on hold while I get them" … "thanks for holding, putting you
    # through"), with the customer saying nothing of substance between, already is that hand-off's hold.
    holds = [m for m in kept if m.kind == "hold"]
    for transfer in waited.values():
        if not any(h.start < transfer.start and not customer_spoke(utterances, h.end, transfer.start) for h in holds):
            kept.append(replace(transfer, kind="hold", rule="transfer-wait", detail=dict(transfer.detail)))
    return kept


def customer_spoke(utterances: Sequence[Utterance], start: float, end: float) -> bool:
    """Whether the customer said something of substance (more than a brief aside) between these times."""
    return any(
        u.speaker == "customer" and start <= u.start < end and len(u.text.split()) > _ASIDE_MAX_WORDS
        for u in utterances
    )


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


def _mark_possible(moments: Sequence[Moment], settings: Settings) -> None:
    # Measured on the labelled sets: the rules' findings are right about 94 % of the time, the learned
    # model's below 0.8 probability about 70 %, the matcher's below 0.70 similarity under 75 %. A flag
    # shown as a finding must be one a supervisor would agree with, so weaker evidence is kept apart.
    # A short line is weak evidence whatever the score: Whisper's fragments ("You'd want at all.", "That
    # makes sense.") drew most of the model's false alarms on the round-18 recordings.
    for moment in moments:
        if moment.kind not in settings.possible_kinds:
            continue
        if moment.rule.startswith("learned:"):
            weak = float(moment.detail.get("probability", 1.0)) < settings.finding_min_probability
        elif moment.rule.startswith("semantic:"):
            weak = float(moment.detail.get("similarity", 1.0)) < settings.finding_min_similarity
        else:
            continue
        moment.possible = weak or len(moment.text.split()) < settings.finding_min_words


def _mark_transfers(moments: list[Moment], briefings: Sequence[tuple[float, float]], within_s: float) -> None:
    # A briefing shortly before the announcement ("Hi Sam, I've got Mrs Lee about a refund… putting
    # you through") or within warm_within_s after it makes the transfer warm.
    for moment in (m for m in moments if m.kind == "transfer"):
        warm = any(moment.start - 30.0 <= s <= moment.end + within_s for s, _ in briefings)
        moment.detail["type"] = "warm" if warm else "cold"
