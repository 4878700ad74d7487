"""Moment detection: each kind, negation, speech-recognition noise, holds, transfers, context rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from pipeline.analysis.call import analyze_call
from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import LearnedConfig, Rules, SemanticConfig
from pipeline.records import CallAnalysis, CallMeta, CallRecord, Utterance, kind_speaker


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def call_of(lines: list[tuple[str, str] | float], call_id: str = "t1") -> CallRecord:
    """("agent"|"customer", text) lines, 0.5 s apart; a bare number inserts that much silence."""
    utterances, t = [], 1.0
    for line in lines:
        if isinstance(line, float | int):
            t += float(line)
            continue
        speaker, text = line
        duration = max(1.0, len(text.split()) / 2.6)
        utterances.append(Utterance(speaker, t, t + duration, text))
        t += duration + 0.5
    return CallRecord(CallMeta(call_id, started_at=datetime(2026, 3, 3, 10)), "h", "p", "json", t, 2, False, utterances)


def kinds_in(analysis: CallAnalysis) -> list[str]:
    return [m.kind for m in analysis.moments]


POSITIVE = [
    ("policy_recital", "agent", "I'm afraid our policy states that refunds take ten working days"),
    ("blame_shift", "agent", "that was the billing department's mistake, not ours"),
    ("cant_language", "agent", "there's nothing I can do about that today"),
    ("feeling_dismissal", "agent", "okay you need to calm down"),
    ("channel_redirect", "agent", "you'll have to go on our website and fill in the online form"),
    ("apology", "agent", "I'm so sorry about the delay"),
    ("ownership", "agent", "let me sort this out for you right now"),
    ("follow_up_promise", "agent", "I'll call you back tomorrow morning with an update"),
    ("transfer", "agent", "I'm going to transfer you to our technical team now"),
    ("hold", "agent", "can I put you on hold for a moment please"),
    ("escalation_request", "customer", "I want to speak to your manager"),
    ("repeat_contact", "customer", "this is the third time I've called about this"),
]


def said_alone(kind: str, speaker: str, text: str) -> CallRecord:
    """A call of one line; a hold announcement is followed by its silence and the agent's return."""
    if kind == "hold":
        return call_of([(speaker, text), 20.0, ("agent", "thanks for waiting, I have it here now")])
    return call_of([(speaker, text)])


@pytest.mark.parametrize(("kind", "speaker", "text"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_each_kind_is_detected(rules: Rules, kind: str, speaker: str, text: str) -> None:
    analysis = analyze_call(said_alone(kind, speaker, text), rules)
    assert kind in kinds_in(analysis)
    moment = next(m for m in analysis.moments if m.kind == kind)
    assert moment.speaker == speaker and moment.text == text and moment.rule


@pytest.mark.parametrize(("kind", "speaker", "text"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_kinds_need_the_right_speaker(rules: Rules, kind: str, speaker: str, text: str) -> None:
    other = "customer" if speaker == "agent" else "agent"
    assert kind not in kinds_in(analyze_call(said_alone(kind, other, text), rules))


PARAPHRASES = [
    ("blame_shift", "agent", "honestly it's them who messed up, not us"),
    ("cant_language", "agent", "that isn't something I'm able to do"),
    ("feeling_dismissal", "agent", "there's no reason to get so worked up about it"),
    ("channel_redirect", "agent", "address changes can only be requested through your online account"),
    ("ownership", "agent", "I'll see this one through myself, you won't have to chase anyone"),
    ("follow_up_promise", "agent", "I'll give you a quick ring wednesday evening to check it arrived"),
    ("transfer", "agent", "that's the payments people, I'll pop you over to them"),
    ("escalation_request", "customer", "I'd like to take this higher please"),
    ("repeat_contact", "customer", "I've explained this twice already"),
]


@pytest.mark.parametrize(("kind", "speaker", "text"), PARAPHRASES, ids=[p[0] for p in PARAPHRASES])
def test_paraphrases_are_caught(rules: Rules, kind: str, speaker: str, text: str) -> None:
    assert kind in kinds_in(analyze_call(call_of([(speaker, text)]), rules))


@pytest.mark.parametrize(
    "text",
    [
        "I can do that for you",
        "that's not a problem",
        "there's no policy stopping me from adding a credit",
        "no need to call back, it's done",
        "I won't put you on hold, it only takes a second",
        "I won't transfer you, I'll handle it here",
        "it's not your fault at all",
        "sorry, could you repeat that",
        "I can't wait to hear how it goes",
        "you don't need to go online, I've done it",
    ],
)
def test_negations_and_lookalikes_do_not_fire(rules: Rules, text: str) -> None:
    found = kinds_in(analyze_call(call_of([("agent", text)]), rules))
    assert not set(found) - {"ownership"}, found


def test_a_step_reported_done_is_not_ownership(rules: Rules) -> None:
    # the labelling guide: routine follow-through is not taking the fix on personally
    for text in ("I've refunded the fee, it'll show in three to five days", "I've booked an engineer for Thursday"):
        assert "ownership" not in kinds_in(analyze_call(call_of([("agent", text)]), rules)), text
    assert "ownership" in kinds_in(analyze_call(call_of([("agent", "I've booked it and I'll chase it myself")]), rules))


def test_not_able_to_fires_cant_language(rules: Rules) -> None:
    assert "cant_language" in kinds_in(analyze_call(call_of([("agent", "I'm not able to change that booking")]), rules))


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("cant_language", "im unable too do that"),
        ("cant_language", "i cant refund it from here"),
        ("blame_shift", "the curry er must have lost it"),
        ("transfer", "ill put you threw to the credits team"),
        ("escalation_request", "can i speak to a super visor"),
        ("repeat_contact", "this is my forth call this week"),
        ("follow_up_promise", "im gonna ring you on thursday once hes replied"),
    ],
)
def test_speech_recognition_noise(rules: Rules, kind: str, text: str) -> None:
    assert kind in kinds_in(analyze_call(call_of([(kind_speaker(kind), text)]), rules))


def test_hold_spans_the_silence_and_counts_hold_seconds(rules: Rules) -> None:
    analysis = analyze_call(
        call_of(
            [
                ("agent", "can you hold for a moment please"),
                30.0,
                ("agent", "thanks for holding"),
                5.0,
                ("customer", "hello?"),
            ]
        ),
        rules,
    )
    hold = next(m for m in analysis.moments if m.kind == "hold")
    assert hold.end - hold.start > 30
    assert analysis.hold_s == pytest.approx(30.5, abs=0.1)
    assert analysis.silence_s == pytest.approx(5.5, abs=0.1)  # the later gap is dead air, not hold


def test_soft_hold_needs_a_real_silence(rules: Rules) -> None:
    with_gap = analyze_call(call_of([("agent", "bear with me"), 20.0, ("agent", "okay found it")]), rules)
    without = analyze_call(call_of([("agent", "bear with me"), ("agent", "okay found it")]), rules)
    assert "hold" in kinds_in(with_gap) and "hold" not in kinds_in(without)


def test_dead_air_without_announcement_is_silence(rules: Rules) -> None:
    analysis = analyze_call(call_of([("agent", "let me check"), 20.0, ("agent", "right, here it is")]), rules)
    assert "hold" not in kinds_in(analysis)
    assert analysis.silence_s == pytest.approx(20.5, abs=0.1) and analysis.hold_s == 0


def test_warm_and_cold_transfers(rules: Rules) -> None:
    warm = analyze_call(
        call_of(
            [
                ("agent", "I'll put you through to the mortgage team"),
                ("agent", "hi tom I have a customer on the line, she's calling about overpayments"),
            ]
        ),
        rules,
    )
    cold = analyze_call(call_of([("agent", "I'll transfer you to accounts"), ("customer", "okay whatever")]), rules)
    assert [m.detail["type"] for m in warm.moments if m.kind == "transfer"] == ["warm"]
    assert [m.detail["type"] for m in cold.moments if m.kind == "transfer"] == ["cold"]
    assert warm.transfers == 1 and cold.transfers == 1


def test_repeated_transfer_announcement_is_one_transfer_but_two_handoffs_are_two(rules: Rules) -> None:
    one = analyze_call(
        call_of([("agent", "let me transfer you to billing"), ("agent", "okay transferring you now")]), rules
    )
    two = analyze_call(
        call_of(
            [
                ("agent", "let me transfer you to billing"),
                15.0,
                ("agent", "billing, this is Sam speaking, how can I help"),
                ("customer", "I was just transferred and my router is still broken"),
                ("agent", "that is technical, I'll put you through to them"),
            ]
        ),
        rules,
    )
    assert one.transfers == 1 and two.transfers == 2


def test_hold_needs_its_silence(rules: Rules) -> None:
    on_the_account = call_of(
        [("agent", "I've put the bill on hold while it's looked at, so you won't get reminders"), ("customer", "great")]
    )
    checked_live = call_of(
        [("agent", "hang on a sec let me find it"), ("agent", "right yes, it says delivered at two")]
    )
    assert "hold" not in kinds_in(analyze_call(on_the_account, rules))
    assert "hold" not in kinds_in(analyze_call(checked_live, rules))


def test_a_transfer_offer_answered_with_more_talk_is_not_a_transfer(rules: Rules) -> None:
    offer = call_of(
        [
            ("agent", "I could put you through to the technical team if that helps"),
            ("customer", "no, I'd rather you just looked at it"),
            ("agent", "okay, let me have a look at the line from here then"),
        ]
    )
    carried = call_of(
        [
            ("agent", "I can put you through to the technical team, would that help?"),
            ("customer", "yes please"),
            ("agent", "okay, putting you through now"),
            12.0,
            ("agent", "hi, Priya in technical, I can see the notes"),
        ]
    )
    assert analyze_call(offer, rules).transfers == 0
    analysis = analyze_call(carried, rules)
    assert analysis.transfers == 1  # the offer and the hand-off are one transfer
    transfer = next(m for m in analysis.moments if m.kind == "transfer")
    assert transfer.end >= carried.utterances[2].end  # ... reaching the line that carried it out


def test_hold_answered_by_someone_new_is_a_transfer_and_the_wait_a_hold(rules: Rules) -> None:
    analysis = analyze_call(
        call_of(
            [
                ("customer", "can I speak to someone more senior"),
                ("agent", "one moment please"),
                25.0,
                ("agent", "hello, this is Denise, I'm the team leader, how can I help"),
            ]
        ),
        rules,
    )
    # round 11: the customer waiting while someone new is fetched is on hold as well as transferred
    assert kinds_in(analysis).count("transfer") == 1 and kinds_in(analysis).count("hold") == 1
    assert analysis.transfers == 1 and analysis.hold_s == pytest.approx(25.5, abs=0.1)


def test_hold_the_line_while_i_transfer_you_is_one_transfer_and_its_wait_one_hold(rules: Rules) -> None:
    analysis = analyze_call(
        call_of(
            [
                ("agent", "I'll transfer you to my supervisor, please hold the line"),
                20.0,
                ("agent", "hi this is Gemma, one of the supervisors"),
            ]
        ),
        rules,
    )
    assert sorted(kinds_in(analysis)) == ["hold", "transfer"] and analysis.transfers == 1
    assert analysis.hold_s == pytest.approx(20.5, abs=0.1)


def test_a_hold_on_the_way_to_a_transfer_is_that_hand_offs_only_hold(rules: Rules) -> None:
    analysis = analyze_call(
        call_of(
            [
                ("agent", "I'll pop you on hold while I get someone from the claims team"),
                ("customer", "okay"),
                25.0,
                ("agent", "thanks for holding, I've got Priya from claims, putting you through now"),
                15.0,
                ("agent", "hi this is Priya in claims, how can I help"),
            ]
        ),
        rules,
    )
    assert sorted(kinds_in(analysis)) == ["hold", "transfer"] and analysis.transfers == 1


def test_a_transfer_without_a_wait_is_no_hold(rules: Rules) -> None:
    analysis = analyze_call(
        call_of([("agent", "I'll transfer you to my supervisor"), ("agent", "hi this is Gemma, a supervisor")]),
        rules,
    )
    assert kinds_in(analysis) == ["transfer"] and analysis.hold_s == 0


def test_the_caller_holds_while_the_agent_briefs_the_next_person(rules: Rules) -> None:
    analysis = analyze_call(
        call_of(
            [
                ("agent", "I'll bring in one of our pension specialists and explain it to them first"),
                ("agent", "would you mind holding while I get hold of them"),
                40.0,
                ("agent", "hi Mark, I've got a customer on the line, he's 61 and asking about drawdown"),
                ("agent", "okay, you're through to Mark now"),
            ]
        ),
        rules,
    )
    assert sorted(kinds_in(analysis)) == ["hold", "transfer"]
    assert next(m for m in analysis.moments if m.kind == "transfer").detail["type"] == "warm"


def test_context_rule_only_after_a_complaint(rules: Rules) -> None:
    soft_recital = ("agent", "that's just how it works I'm afraid")
    after = analyze_call(call_of([("customer", "this is absolutely ridiculous"), soft_recital]), rules)
    alone = analyze_call(call_of([("customer", "can I change my date"), soft_recital]), rules)
    late = analyze_call(call_of([("customer", "this is absolutely ridiculous"), 40.0, soft_recital]), rules)
    # the context rule's own moments (the learned layer judges such a line on its words, context or not)
    assert "policy-after-complaint" in {m.rule for m in after.moments}
    assert "policy-after-complaint" not in {m.rule for m in alone.moments}
    assert "policy-after-complaint" not in {m.rule for m in late.moments}


def test_over_apology_becomes_a_reason(rules: Rules) -> None:
    sorry = [
        ("agent", "I'm so sorry"),
        ("customer", "so when is it coming then"),
        ("agent", "I do apologise"),
        ("customer", "you don't know do you"),
        ("agent", "really sorry about that"),
        ("customer", "this is hopeless I'm really not happy"),
    ]
    analysis = analyze_call(call_of(sorry), rules)
    assert analysis.tone["over_apology"] is True
    assert "over-apologised without resolving" in analysis.reasons
    fixed = analyze_call(call_of([*sorry, ("agent", "let me sort this out for you")]), rules)
    assert fixed.tone["over_apology"] is False


def test_moments_carry_rule_and_utterance(rules: Rules) -> None:
    analysis = analyze_call(call_of([("customer", "hi"), ("agent", "our policy states no refunds")]), rules)
    moment = analysis.moments[0]
    assert moment.rule == "policy-states" and moment.detail["utterance"] == 1 and moment.detail["match"]


# Round 16: each new rule on wording of its family that no labelled set uses, and the look-alikes from
# other writers' sets that its first draft fired on (README, Evaluation).
ROUND_16 = [
    ("ownership-for-you-now", "agent", "right, let me shift the delivery to next tuesday for you now"),
    ("ownership-for-you-now", "agent", "I'll swap the plan over for you while we're talking"),
    ("feeling-tone-policing", "agent", "there's no need to get snippy with me"),
    ("feeling-tone-policing", "agent", "yelling at me isn't going to speed anything up"),
    ("feeling-tone-policing", "agent", "I understand it's annoying, but that's just how the system works"),
    ("redirect-your-own", "agent", "you'd need to check with your insurer about that part"),
    ("redirect-your-own", "agent", "I'd suggest emailing the head office with the receipts"),
    ("blame-their-side", "agent", "that's the landlord's side really, we just pass it on"),
    ("blame-their-side", "agent", "the depot should have told you the van was running late"),
    ("repeat-counted", "customer", "I've phoned you lot three times about this"),
    ("repeat-counted", "customer", "I've left five voicemails and nobody rang back"),
    ("transfer-bring-on", "agent", "hold on, I'll get my team leader on the line for you"),
    ("escalation-complaint-to", "customer", "I want to make a complaint to your manager about this"),
    ("policy-charter", "agent", "our service level only gives standard jobs up to ten working days"),
    ("cant-nobody-override", "agent", "a manager couldn't overrule the decision either"),
]


@pytest.mark.parametrize(("rule_id", "speaker", "text"), ROUND_16, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROUND_16)])
def test_round_16_rules_catch_their_family(rules: Rules, rule_id: str, speaker: str, text: str) -> None:
    """The line's kind is found; the new rule would find it even where an older rule gets there first."""
    alone = [rule for rule in rules.rules if rule.id == rule_id]
    assert alone, f"no rule {rule_id}"
    kind = alone[0].kind
    assert kind in kinds_in(analyze_call(call_of([(speaker, text)]), rules))
    only_new = replace(rules, rules=tuple(alone), semantic=SemanticConfig(), learned=LearnedConfig())
    assert [m.rule for m in analyze_call(call_of([(speaker, text)]), only_new).moments] == [rule_id]


ROUND_16_LOOKALIKES = [
    ("agent", "That's the walnut side table and the two lamps?"),  # a side table, not the other side's job
    ("agent", "The fault is at the street cabinet, and I've already raised a job for Thursday."),
    ("customer", "i turned roaming off before i left i checked it twice"),  # an action repeated, not a contact
    ("customer", "I asked him twice in the shop."),
    ("agent", "ok bear with me ill get my supervisor for you now"),  # fetching a manager is a hand-off
    ("agent", "There's a troubleshooting page on our site too, but you're sorted now."),
    ("agent", "I've locked it so the automatic review can't override the new amount."),
    ("agent", "Our terms give thirty days on faulty items and you're well inside that, so the exchange is done."),
]
ROUND_16_IDS = {r[0] for r in ROUND_16}


@pytest.mark.parametrize(("speaker", "text"), ROUND_16_LOOKALIKES)
def test_round_16_rules_leave_lookalikes_alone(rules: Rules, speaker: str, text: str) -> None:
    found = {m.rule for m in analyze_call(call_of([(speaker, text)]), rules).moments}
    assert not found & ROUND_16_IDS, found


@pytest.mark.parametrize(
    "pickup",
    ["hello ravi, anita here, I hear the crown came loose", "Mrs Hale, it's Daniel Okafor. I heard the end of that."],
)
def test_a_colleague_beside_the_agent_picking_up_carries_out_the_transfer(rules: Rules, pickup: str) -> None:
    # round 16: no silence long enough for a transfer, but someone new introduces themself
    call = call_of(
        [
            ("agent", "she's just in the back office, I'll pass you over to her now"),
            2.0,
            ("agent", pickup),
            ("customer", "yes, it came off on Tuesday"),
        ]
    )
    analysis = analyze_call(call, rules)
    assert "transfer" in kinds_in(analysis) and analysis.transfers == 1


def test_the_same_agent_saying_hello_again_is_not_someone_new(rules: Rules) -> None:
    call = call_of(
        [
            ("agent", "I'll pass you over to her now"),
            2.0,
            ("agent", "hello, are you still here? I think the line dipped"),
            ("customer", "yes I'm here, no, stay with me please"),
        ]
    )
    assert "transfer" not in kinds_in(analyze_call(call, rules))


def test_a_call_back_made_myself_is_a_promise_and_calling_a_third_party_myself_is_ownership(rules: Rules) -> None:
    # round 18: 18 of the 21 labelled "I'll ring you myself …" lines are promises without ownership
    call_back = analyze_call(call_of([("agent", "I'll ring you myself tomorrow at ten to confirm the time")]), rules)
    assert "follow_up_promise" in kinds_in(call_back)
    assert not {"ownership-myself", "ownership-broad"} & {m.rule for m in call_back.moments}
    chase = analyze_call(call_of([("agent", "leave it with me, I'll ring the depot myself this afternoon")]), rules)
    assert "ownership" in kinds_in(chase)


@pytest.mark.parametrize(
    "text",
    ["sorry sir your voice is breaking, can you say the number once more slowly", "sorry whereabouts did you say"],
)
def test_a_sorry_for_the_line_or_to_hear_it_again_is_no_apology(rules: Rules, text: str) -> None:
    assert "apology" not in kinds_in(analyze_call(call_of([("agent", text)]), rules))


def test_a_colleagues_slip_explained_while_the_agent_fixes_it_is_no_blame_shift(rules: Rules) -> None:
    # round 20: AWS call 49, "they probably just forgot to flip that little switch", then the fix
    explained = ("agent", "sometimes the lads are busy and they probably just forgot to flip that little switch")
    fixed = analyze_call(call_of([explained, ("agent", "let's get that fixed for you right now")]), rules)
    left = analyze_call(call_of([explained, ("customer", "so what am I meant to do now")]), rules)
    assert "blame-other-party" not in {m.rule for m in fixed.moments}
    assert "blame-other-party" in {m.rule for m in left.moments}


def test_walking_the_customer_through_it_on_the_call_is_no_redirect(rules: Rules) -> None:
    text = "Okay, so if you would like, I am happy to walk you through resetting that little button yourself."
    assert "channel_redirect" not in kinds_in(analyze_call(call_of([("agent", text)]), rules))
