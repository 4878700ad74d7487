"""Redaction of spoken and written card numbers, CVVs, expiry dates, SSNs, e-mails and phone numbers.

Transcripts are built by hand with word timings, the way the recogniser hands them over; the audio
tests render speech with espeak-ng so that the word spans are known exactly.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.records import Redaction, Utterance, Word
from pipeline.trust.redact import (
    KINDS,
    RedactionOptions,
    _decode,
    luhn_valid,
    redact_utterances,
    write_redacted_audio,
)

REPO = Path(__file__).resolve().parents[1]

# --- helpers ----------------------------------------------------------------------------------


def said(
    speaker: str, text: str, start: float = 0.0, step: float = 0.35, pauses: dict[int, float] | None = None
) -> Utterance:
    """An utterance whose words are `text.split()`, `step` seconds apart, with extra pauses before word i."""
    words, t = [], start
    for i, token in enumerate(text.split()):
        t += (pauses or {}).get(i, 0.0)
        words.append(Word(" " + token, t, t + step * 0.8, 0.9))
        t += step
    return Utterance(speaker, words[0].start, words[-1].end, " ".join(text.split()), words)


def call(*parts: tuple[str, str] | Utterance, gap: float = 0.5) -> list[Utterance]:
    """Utterances in sequence, each starting `gap` seconds after the previous one ends."""
    utterances, t = [], 0.0
    for part in parts:
        u = part if isinstance(part, Utterance) else said(part[0], part[1], start=t)
        utterances.append(u)
        t = u.end + gap
    return utterances


def text_of(utterances: list[Utterance]) -> str:
    return " | ".join(u.text for u in utterances)


_WORD_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


def digits_left(utterances: list[Utterance]) -> str:
    """Every digit still said in the transcript (written digits and digit words), in order."""
    out = []
    for u in utterances:
        for token in re.findall(r"[a-z]+|[0-9]+", u.text.lower()):
            out.append(_WORD_DIGITS.get(token, token if token.isdigit() else ""))
    return "".join(out)


def kinds(redactions: list[Redaction]) -> list[str]:
    """The word-level spans' kinds (payment windows, which cover stretches of audio, are tested apart)."""
    return [r.kind for r in redactions if r.kind != "PAYMENT"]


def windows(redactions: list[Redaction]) -> list[tuple[float, float]]:
    return [(r.start, r.end) for r in redactions if r.kind == "PAYMENT"]


def assert_card_gone(result: list[Utterance], redactions: list[Redaction], card: str) -> None:
    assert "CARD" in kinds(redactions), text_of(result)
    assert card not in digits_left(result), text_of(result)
    assert "[CARD]" in text_of(result)


# --- cards: forms people say and recognisers write --------------------------------------------

VISA = "4111111111111111"
MASTERCARD = "5105105105105100"
AMEX = "378282246310005"

CARD_FORMS = {
    "written groups": ("4111 1111 1111 1111", VISA),
    "one token with dashes": ("4111-1111-1111-1111", VISA),
    "one token": ("4111111111111111.", VISA),
    "two-digit tokens": ("41 11 11 11 11 11 11 11", VISA),
    "digit words with commas": ("four one one one, one one one one, one one one one, one one one one.", VISA),
    "pairs": ("forty-one eleven eleven eleven eleven eleven eleven eleven", VISA),
    "pairs as two words": ("forty one eleven eleven eleven eleven eleven eleven eleven", VISA),
    "oh and double": ("five one oh five, one oh five one, oh five one oh, five one double oh", MASTERCARD),
    "zero and triple": (
        "five five five five five five five five five five five five four four four four",
        "5555555555554444",
    ),
    "triple": ("triple five five, triple five five, triple five five, four triple four", "5555555555554444"),
    "amex in 4-6-5": ("3782 822463 10005", AMEX),
    "amex spoken": ("three seven eight two, eight two two four six three, one oh oh oh five", AMEX),
    "mixed words and digits": ("4111 one one one one 1111 1111", VISA),
    "thousands": (
        "four thousand one hundred eleven, one thousand one hundred eleven, "
        "one thousand one hundred eleven, one thousand one hundred eleven",
        VISA,
    ),
    "thirteen digits": ("4222 2222 22222", "4222222222222"),
    "with fillers": ("4111 um 1111 uh 1111 yes 1111", VISA),
    "discover": ("six oh one one one one one one one one one one one one one seven", "6011111111111117"),
}


@pytest.mark.parametrize("form", sorted(CARD_FORMS))
def test_card_forms_are_redacted(form: str) -> None:
    spoken, card = CARD_FORMS[form]
    assert luhn_valid(card)
    utterances = call(("agent", "Can I take the long number please?"), ("customer", f"Sure, it's {spoken} okay"))
    result, redactions = redact_utterances(utterances)
    assert_card_gone(result, redactions, card)
    assert result[0] is utterances[0]  # untouched utterances come back as they were
    assert result[1].text.startswith("Sure, it's [CARD]")
    assert result[1].text.endswith("okay")


def test_card_split_by_a_long_pause_in_one_utterance() -> None:
    utterances = call(("customer", "four one one one one one one one one one one one one one one one"))
    utterances = [said("customer", "four one one one one one one one one one one one one one one one", pauses={8: 6.0})]
    result, redactions = redact_utterances(utterances)
    assert_card_gone(result, redactions, VISA)
    [span] = redactions
    assert span.start == utterances[0].words[0].start
    assert span.end == utterances[0].words[-1].end


def test_card_split_across_utterances_of_one_speaker() -> None:
    utterances = [
        said("customer", "it's 4111 1111", start=0.0),
        said("customer", "sorry 1111 1111", start=9.0),  # looked for the card for a few seconds
    ]
    result, redactions = redact_utterances(utterances)
    assert_card_gone(result, redactions, VISA)
    assert [u.text for u in result] == ["it's [CARD]", "sorry [CARD]"]


def test_card_continued_by_the_other_speaker() -> None:
    utterances = [
        said("customer", "four one one one one one one one", 0.0),
        said("agent", "one one one one one one one one", 3.5),
    ]
    result, redactions = redact_utterances(utterances)
    assert_card_gone(result, redactions, VISA)
    assert {r.speaker for r in redactions} == {"customer", "agent"}


def test_card_with_the_agent_echoing_each_group() -> None:
    utterances = []
    for i, group in enumerate(["4111", "1111", "1111", "1111"]):
        utterances.append(said("customer", group, start=4.0 * i))
        utterances.append(said("agent", f"{group} yes", start=4.0 * i + 1.5))
    result, redactions = redact_utterances(utterances)
    assert_card_gone(result, redactions, VISA)
    assert all(u.text.startswith("[CARD]") for u in result)


def test_card_read_back_by_the_agent() -> None:
    utterances = call(
        ("customer", "it's 5105 1051 0510 5100"),
        ("agent", "let me read that back five one oh five one oh five one oh five one oh five one oh oh"),
    )
    result, redactions = redact_utterances(utterances)
    assert_card_gone(result, redactions, MASTERCARD)
    assert result[1].text == "let me read that back [CARD]"


def test_card_split_by_a_question_from_the_other_speaker() -> None:
    utterances = call(
        ("customer", "my visa card is 4111 1111 1111"),
        ("agent", "and the last four?"),
        ("customer", "1111"),
    )
    result, redactions = redact_utterances(utterances)
    assert_card_gone(result, redactions, VISA)
    assert result[1].text == "and the last four?"


def test_card_said_straight_into_the_cvv() -> None:
    result, redactions = redact_utterances(
        [said("customer", "four one one one one one one one one one one one one one one one one two three")]
    )
    assert_card_gone(result, redactions, VISA)
    assert digits_left(result) == ""


def test_misheard_card_with_card_words_nearby_is_redacted() -> None:
    # The recogniser got one digit wrong, so Luhn fails: still a card number to the customer.
    misheard = "4111 1111 1111 1121"
    assert not luhn_valid(misheard.replace(" ", ""))
    result, redactions = redact_utterances(call(("customer", f"the card number is {misheard}")))
    assert "1121" not in result[0].text
    assert kinds(redactions) == ["CARD"]
    # The fallback can be switched off.
    _, redactions = redact_utterances(
        call(("customer", f"the card number is {misheard}")), RedactionOptions(card_context_fallback=False)
    )
    assert kinds(redactions) == []


def test_transcript_without_word_timings_is_redacted_on_its_text() -> None:
    utterance = Utterance("customer", 10.0, 20.0, "my card is 4111 1111 1111 1111 thanks", [])
    [result], [span] = redact_utterances([utterance])[0], redact_utterances([utterance])[1]
    assert result.text == "my card is [CARD] thanks"
    assert result.words == []
    assert 10.0 < span.start < span.end < 20.0


# --- things that are not card numbers ---------------------------------------------------------

NOT_SENSITIVE = [
    "my order number is 1234 5678 9012 3456",
    "the order number is one two three four five six seven eight nine oh one two three four five six",
    "reference 1234-5678-9012-3456 on the invoice",
    "I'll call you back in 5 minutes",
    "I'll call you in five minutes, around 3:45 or at five thirty",
    "it costs $49.99 or 1,200 dollars, maybe forty nine ninety nine",
    "we sent it on 12/25 and again in 2019",
    "oh I see, one of them arrived two or three days ago",
    "someone said the first four were fine",
    "room 123, extension 4567, zip code 90210",
    "your ticket is 123456789012",
    "I'm at home dot",
    "look at the dot on the screen",
    "double check it please, triple check",
]


@pytest.mark.parametrize("text", NOT_SENSITIVE)
def test_ordinary_numbers_are_left_alone(text: str) -> None:
    utterances = call(("customer", text))
    result, redactions = redact_utterances(utterances)
    assert redactions == [], text_of(result)
    assert result == utterances


def test_order_number_failing_luhn_is_not_a_card_even_after_card_words() -> None:
    assert not luhn_valid("1234567890123456")
    utterances = call(
        ("agent", "do you want to pay by card?"), ("customer", "first, my order number is 1234 5678 9012 3456")
    )
    _, redactions = redact_utterances(utterances)
    assert redactions == []


# --- CVV and expiry ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("expiry oh nine twenty seven", ["EXPIRY"]),
        ("it expires 09/27", ["EXPIRY"]),
        ("it expires september twenty seven", ["EXPIRY"]),
        ("valid until september 2027", ["EXPIRY"]),
        ("expiry oh nine slash twenty seven", ["EXPIRY"]),
        ("expiry date zero nine twenty twenty seven", ["EXPIRY"]),
        ("the security code is one two three", ["CVV"]),
        ("cvv 1234", ["CVV"]),
        ("expiry 0927 and the code on the back is 123", ["EXPIRY", "CVV"]),
    ],
)
def test_cvv_and_expiry_after_a_card(after: str, expected: list[str]) -> None:
    utterances = call(("customer", "card number 4111 1111 1111 1111"), ("agent", "thank you"), ("customer", after))
    result, redactions = redact_utterances(utterances)
    assert kinds(redactions) == ["CARD", *expected], text_of(result)
    assert digits_left(result[2:]) == ""
    assert "september" not in result[2].text


def test_cvv_like_numbers_long_after_a_card_are_left_alone() -> None:
    utterances = [said("customer", "card number 4111 1111 1111 1111", 0.0), said("customer", "my flat is 123", 60.0)]
    result, redactions = redact_utterances(utterances)
    assert kinds(redactions) == ["CARD"]
    assert result[1].text == "my flat is 123"


def test_cvv_without_a_card_is_left_alone() -> None:
    _, redactions = redact_utterances(call(("customer", "the security code is one two three")))
    assert kinds(redactions) == []


# --- SSN, e-mail, phone -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("it's 123-45-6789", "123456789"),
        ("my social security number is 123 45 6789", "123456789"),
        ("social is one two three four five six seven eight nine", "123456789"),
        ("the last four of my social are 6789", "6789"),
    ],
)
def test_ssn(text: str, secret: str) -> None:
    result, redactions = redact_utterances(call(("customer", text)))
    assert kinds(redactions) == ["SSN"], text_of(result)
    assert secret[-4:] not in digits_left(result)


def test_nine_digits_without_ssn_words_are_not_an_ssn() -> None:
    _, redactions = redact_utterances(call(("customer", "the parcel code is 123 45 6789")))
    assert "SSN" not in kinds(redactions)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("my email is john.smith@example.com thanks", "my email is [EMAIL] thanks"),
        ("it's john dot smith at gmail dot com", "it's [EMAIL]"),
        ("jsmith84 at hotmail.co.uk", "[EMAIL]"),
        ("j o h n at example dot co dot uk please", "[EMAIL] please"),
        ("mary underscore jones at outlook dot com.", "[EMAIL]."),
    ],
)
def test_email(text: str, left: str) -> None:
    result, redactions = redact_utterances(call(("customer", text)))
    assert kinds(redactions) == ["EMAIL"]
    assert result[0].text == left


@pytest.mark.parametrize(
    "text",
    [
        "call me on 555-123-4567",
        "it's (555) 123-4567",
        "five five five, one two three, four five six seven",
        "my mobile is +44 20 7946 0958",
        "1 800 555 1234",
        "five five five one two three four five six seven",
    ],
)
def test_phone(text: str) -> None:
    result, redactions = redact_utterances(call(("customer", text)))
    assert kinds(redactions) == ["PHONE"], text_of(result)
    assert len(digits_left(result)) <= 0


# --- payment windows ----------------------------------------------------------------------------


def test_payment_window_covers_what_the_recogniser_garbled() -> None:
    # What a recogniser made of "five five five five, …" on a sample call: no digits at all.
    utterances = [
        said("agent", "And when you're ready, the card number please.", start=30.0),
        said("customer", "Time, time, time, time. Time, time, time.", start=35.0),
        said("agent", "And the next diary.", start=43.0),
        said("agent", "lovely, the payment is gone through.", start=51.5),
        said("customer", "thanks", start=60.0),
    ]
    result, redactions = redact_utterances(utterances)
    assert windows(redactions) == [(utterances[0].end, utterances[3].start)]
    assert [r.speaker for r in redactions] == ["unknown"]
    assert result == utterances  # nothing in the words to replace: the window is for the audio


def test_payment_window_without_a_confirmation_runs_to_the_last_payment_talk() -> None:
    utterances = [
        said("agent", "whenever you're ready, what's the long number on the card?", start=37.0),
        said("customer", "It's 411111111111111111111111111", start=41.7),  # digits repeated by the recogniser
        said("customer", "2829123.", start=62.5),  # expiry and CVV run together
        said("customer", "Yes please,", start=69.3),
    ]
    result, redactions = redact_utterances(utterances)
    assert windows(redactions) == [(utterances[0].end, utterances[2].end)]
    assert [u.text for u in result[1:]] == ["It's [CARD]", "[CARD].", "Yes please,"]


def test_payment_window_has_a_minimum_and_a_maximum() -> None:
    request = said("agent", "can I take the card details", start=0.0)
    [(start, end)] = windows(redact_utterances([request])[1])
    assert (start, end) == (request.end, request.end + 20.0)
    late_confirmation = said("agent", "that's approved", start=request.end + 90.0)
    _, redactions = redact_utterances([request, late_confirmation], RedactionOptions(payment_window_s=30.0))
    assert windows(redactions) == [(request.end, request.end + 20.0)]


def test_amounts_and_the_askers_numbers_stay_in_a_payment_window() -> None:
    utterances = [
        said("agent", "what's the card number? the total is 210 today", start=0.0),
        said("customer", "is that 210 pounds or 300 dollars for 2 items", start=5.0),
        said("agent", "that's gone through", start=10.0),
    ]
    result, redactions = redact_utterances(utterances)
    assert kinds(redactions) == []
    assert result[:2] == utterances[:2]


def test_payment_windows_can_be_turned_off() -> None:
    utterances = [said("agent", "the card number please", start=0.0), said("customer", "Time, time", start=3.0)]
    for options in (RedactionOptions(payment_window_s=0), RedactionOptions(kinds=frozenset(set(KINDS) - {"PAYMENT"}))):
        assert redact_utterances(utterances, options)[1] == []


# --- the sample calls' own transcripts --------------------------------------------------------

SAMPLE_TRUTH = REPO / "data" / "samples" / "truth"
TRUTH_KINDS = {"card_number": "CARD", "expiry": "EXPIRY", "cvv": "CVV", "email": "EMAIL", "phone": "PHONE"}


def test_sample_calls_personal_data_is_redacted_and_nothing_else_is() -> None:
    checked = 0
    for path in sorted(SAMPLE_TRUTH.glob("*.json")):
        truth = json.loads(path.read_text())
        utterances = [said(u["speaker"], u["text"], start=u["start"]) for u in truth["utterances"]]
        result, redactions = redact_utterances(utterances)
        pii = {(p["start"], p["text"]): TRUTH_KINDS[p["kind"]] for p in truth.get("pii", [])}
        for original, redacted, source in zip(utterances, result, truth["utterances"], strict=True):
            kind = pii.get((source["start"], source["text"]))
            if kind is None:
                # Business addresses ("repairs at fixit dot example dot com") are redacted too: fine.
                assert redacted.text == original.text or set(re.findall(r"\[([A-Z]+)\]", redacted.text)) == {"EMAIL"}, (
                    path.name,
                    original.text,
                    redacted.text,
                )
            else:
                assert f"[{kind}]" in redacted.text, (path.name, original.text, redacted.text)
                assert not re.search(
                    r"\b(one|two|three|four|five|six|seven|eight|nine|oh|[0-9])\b", redacted.text, re.I
                )
                checked += 1
        for item in truth.get("pii", []):
            if item["kind"] in ("card_number", "expiry", "cvv"):
                assert any(s <= said_start(item) and said_end(item) <= e for s, e in windows(redactions)), item
    assert checked >= 10


def said_start(item: dict) -> float:
    return float(item["start"])


def said_end(item: dict) -> float:
    """End of a truth line as `said` times it (its words are 0.35 s apart from its start)."""
    return float(item["start"]) + 0.35 * len(item["text"].split())


# --- options and shape of the result ----------------------------------------------------------


def test_only_the_configured_kinds_are_replaced() -> None:
    utterances = call(
        ("customer", "card 4111 1111 1111 1111 and the security code is 123"),
        ("customer", "email me at x@example.com or call 555-123-4567"),
    )
    result, redactions = redact_utterances(utterances, RedactionOptions(kinds=frozenset({"CVV", "PHONE"})))
    assert kinds(redactions) == ["CVV", "PHONE"]  # the CVV is still found after the card that stays
    assert "4111 1111 1111 1111" in result[0].text
    assert "x@example.com" in result[1].text


def test_inputs_are_not_changed_and_tags_are_timed_from_first_to_last_word() -> None:
    utterances = call(("customer", "It's 4111 1111 1111 1111. Thanks."))
    before = copy.deepcopy(utterances)
    result, [span] = redact_utterances(utterances)
    assert utterances == before
    words = result[0].words
    assert [w.text for w in words] == [" It's", " [CARD].", " Thanks."]
    assert (words[1].start, words[1].end) == (utterances[0].words[1].start, utterances[0].words[4].end)
    assert (span.kind, span.speaker, span.start, span.end) == ("CARD", "customer", words[1].start, words[1].end)
    assert result[0].text == "It's [CARD]. Thanks."


def test_options_round_trip_through_settings_rows_and_validation() -> None:
    options = RedactionOptions(kinds=frozenset({"card", "SSN"}), allow_original_playback=True, audio_mode="bleep")
    assert options.kinds == {"CARD", "SSN"}
    rows = options.to_settings()
    assert rows["redaction_kinds"] == ["CARD", "SSN"]
    assert rows["allow_original_playback"] is True  # the key the admin page sets
    assert RedactionOptions.from_settings(rows) == options
    assert RedactionOptions.from_settings(None) == RedactionOptions()
    assert RedactionOptions.from_settings({"unrelated": 1}) == RedactionOptions()
    assert RedactionOptions().kinds == set(KINDS)
    assert RedactionOptions().allow_original_playback is False
    with pytest.raises(ValueError, match="unknown redaction kinds"):
        RedactionOptions(kinds=frozenset({"PASSPORT"}))
    with pytest.raises(ValueError, match="audio_mode"):
        RedactionOptions(audio_mode="mute")


def test_every_card_in_a_long_transcript_is_redacted() -> None:
    utterances = []
    for i in range(600):  # a long call: 600 utterances, numbers all over it
        text = (
            "so your order 1234 is with us and the card is 4111 1111 1111 1111 thanks"
            if i % 10 == 0
            else ("I understand, let me check that for you one moment please")
        )
        utterances.append(said("agent" if i % 2 else "customer", text, start=i * 6.0))
    _, redactions = redact_utterances(utterances)
    assert kinds(redactions).count("CARD") == 60


# --- properties -------------------------------------------------------------------------------

_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_PLAIN_WORDS = [
    "hello", "thanks", "please", "account", "balance", "refund", "delivery", "sorry", "understand",
    "manager", "today", "tomorrow", "policy", "the", "a", "is", "was", "we", "you", "can", "help",
    "with", "that", "this", "your", "my", "parcel", "broken", "waiting", "week", "again", "really",
]  # fmt: skip
_FILLERS = ["um", "uh", "yes", "okay", "sorry", "that's", "and"]


def _luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError


@st.composite
def spoken_card(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    """A Luhn-valid 13–19 digit number as the tokens someone might say, each token a list of words."""
    length = draw(st.integers(13, 19))
    # Card numbers start with their industry digit, 2–6 for the card schemes (never 0).
    body = draw(st.sampled_from("23456")) + "".join(
        draw(st.lists(st.sampled_from("0123456789"), min_size=length - 2, max_size=length - 2))
    )
    number = _luhn_complete(body)
    tokens: list[list[str]] = []
    i = 0
    while i < len(number):
        form = draw(st.sampled_from(["word", "word", "written", "pair", "double"]))
        if form == "written":
            size = draw(st.integers(1, 4))
            tokens.append([number[i : i + size]])
            i += size
        elif form == "pair" and i + 1 < len(number) and number[i] != "0":
            value = int(number[i : i + 2])
            if value < 20:
                tokens.append([_TEENS[value - 10]])
            elif value % 10:
                tokens.append([_TENS[value // 10], _DIGIT_WORDS[value % 10]])
            else:
                tokens.append([_TENS[value // 10] + ","])  # "forty, one" — said as a pause
            i += 2
        elif form == "double" and i + 1 < len(number) and number[i] == number[i + 1]:
            tokens.append(
                ["double", draw(st.sampled_from(["oh", "zero"])) if number[i] == "0" else _DIGIT_WORDS[int(number[i])]]
            )
            i += 2
        else:
            tokens.append([draw(st.sampled_from(["oh", "zero"])) if number[i] == "0" else _DIGIT_WORDS[int(number[i])]])
            i += 1
    return number, tokens


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=spoken_card(), data=st.data())
def test_no_spoken_card_survives(card: tuple[str, list[list[str]]], data: st.DataObject) -> None:
    number, tokens = card
    speakers = ["customer", "agent"]
    utterances: list[Utterance] = [said("agent", "can I take the card number please", start=0.0)]
    card_words: list[Word] = []
    t = utterances[0].end + 0.5
    current: list[Word] = []
    speaker = "customer"

    def flush() -> None:
        if current:
            utterances.append(
                Utterance(
                    speaker, current[0].start, current[-1].end, " ".join(w.text.strip() for w in current), list(current)
                )
            )
            current.clear()

    for k, token in enumerate(tokens):
        if k and data.draw(st.booleans()):
            # Split here: a pause, a speaker change, or a filler word.
            choice = data.draw(st.sampled_from(["pause", "speaker", "filler"]))
            if choice == "pause":
                t += data.draw(st.floats(0.5, 8.0))
            elif choice == "speaker":
                flush()
                speaker = data.draw(st.sampled_from(speakers))
                t += data.draw(st.floats(0.1, 3.0))
            else:
                current.append(Word(" " + data.draw(st.sampled_from(_FILLERS)), t, t + 0.2))
                t += 0.3
        for word in token:
            w = Word(" " + word, t, t + 0.25)
            current.append(w)
            card_words.append(w)
            t += 0.3
    flush()
    utterances.append(said("customer", "thanks that is all", start=t + 1.0))

    result, redactions = redact_utterances(utterances)
    remaining = [w for u in result for w in u.words]
    assert not any(any(w is c for c in card_words) for w in remaining), text_of(result)
    assert number not in digits_left(result), text_of(result)
    assert "CARD" in kinds(redactions)


_plain_text = st.lists(st.sampled_from(_PLAIN_WORDS), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(st.tuples(st.sampled_from(["agent", "customer"]), _plain_text), min_size=1, max_size=8),
    gap=st.floats(0.0, 10.0),
)
def test_text_without_numbers_is_untouched(texts: list[tuple[str, str]], gap: float) -> None:
    utterances = call(*texts, gap=gap)
    before = copy.deepcopy(utterances)
    result, redactions = redact_utterances(utterances)
    assert redactions == []
    assert result == before


_any_word = st.text(min_size=0, max_size=25)
_any_time = st.one_of(st.floats(-5, 1e5), st.just(float("nan")), st.just(float("inf")))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["agent", "customer", "unknown"]),
            st.lists(st.tuples(_any_word, _any_time, st.floats(0, 5)), max_size=30),
            _any_word,
        ),
        max_size=6,
    )
)
def test_any_input_gives_a_result_not_an_exception(raw: list[tuple[str, list[tuple[str, float, float]], str]]) -> None:
    utterances = [
        Utterance(speaker, 0.0, 1.0, text, [Word(w, s, s + d) for w, s, d in words]) for speaker, words, text in raw
    ]
    result, redactions = redact_utterances(utterances)
    assert len(result) == len(utterances)
    assert all(r.kind in KINDS for r in redactions)


# --- audio ------------------------------------------------------------------------------------

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(
    ESPEAK is None, reason="espeak-ng is not installed: cannot render speech to test audio"
)
RATE = 8000


def _speak(text: str, tmp: Path) -> np.ndarray:
    """`text` spoken by espeak-ng, as float32 mono at 8 kHz (telephone quality)."""
    path = tmp / f"say-{abs(hash(text))}.wav"
    subprocess.run([ESPEAK, "-s", "160", "-w", str(path), text], check=True, capture_output=True)
    audio, rate = _decode(path)
    assert rate == RATE or rate >= RATE
    mono = audio[0]
    step = rate // RATE
    return mono[::step].astype(np.float32) if step > 1 else mono


def _write_stereo(path: Path, left: np.ndarray, right: np.ndarray) -> None:
    pcm = (np.clip(np.stack([left, right], axis=1), -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())


def _rms(audio: np.ndarray, rate: int, start: float, end: float) -> float:
    chunk = audio[:, int(start * rate) : int(end * rate)]
    return float(np.sqrt(np.mean(chunk.astype(np.float64) ** 2)))


@pytest.fixture(scope="module")
def spoken_card_call(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Utterance]]:
    """A stereo call: the agent (left) asks for the card, the customer (right) reads it digit by digit.

    Every word is rendered on its own so its time span in the file is known exactly, standing in for
    the recogniser's word timestamps.
    """
    tmp = tmp_path_factory.mktemp("speech")
    script = [
        ("agent", "Thanks for calling. Can I take the card number please?"),
        ("customer", "sure it's " + " ".join(_DIGIT_WORDS[int(d)] for d in VISA)),
        ("agent", "Thank you, that's gone through."),
    ]
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    utterances = []
    t = 0.0
    for speaker, text in script:
        words = []
        for token in text.split():
            audio = _speak(token, tmp)
            words.append(Word(" " + token, t, t + len(audio) / RATE))
            silence = np.zeros_like(audio)
            left.append(audio if speaker == "agent" else silence)
            right.append(silence if speaker == "agent" else audio)
            t += len(audio) / RATE
        gap = np.zeros(RATE // 2, dtype=np.float32)
        left.append(gap)
        right.append(gap)
        t += 0.5
        utterances.append(Utterance(speaker, words[0].start, words[-1].end, text, words))
    path = tmp / "call.wav"
    _write_stereo(path, np.concatenate(left), np.concatenate(right))
    return path, utterances


@needs_espeak
@pytest.mark.parametrize("suffix", [".ogg", ".wav"])
def test_redacted_audio_is_silent_where_the_card_was_said(
    spoken_card_call: tuple[Path, list[Utterance]], tmp_path: Path, suffix: str
) -> None:
    source, utterances = spoken_card_call
    result, spans = redact_utterances(utterances)
    assert kinds(spans) == ["CARD"] and "[CARD]" in result[1].text
    # The payment window runs from the request to the confirmation.
    assert windows(spans) == [(utterances[0].end, utterances[2].start)]
    dest = write_redacted_audio(source, tmp_path / f"redacted{suffix}", spans)
    assert dest.exists() and dest.suffix == suffix
    original, rate0 = _decode(source)
    redacted, rate = _decode(dest)
    assert redacted.shape[0] == 2  # both channels kept
    assert abs(redacted.shape[1] / rate - original.shape[1] / rate0) < 0.1
    card = next(s for s in spans if s.kind == "CARD")
    greeting = utterances[0]
    assert _rms(original, rate0, card.start, card.end) > 0.01  # there was speech to remove
    assert _rms(redacted, rate, card.start, card.end) < 1e-3
    assert _rms(redacted, rate, greeting.start, greeting.end) > 0.01
    # Every digit word's own span is silent, on both channels.
    for word in utterances[1].words[2:]:
        assert _rms(redacted, rate, word.start, word.end) < 1e-3
    # The source file is never touched.
    assert _decode(source)[0].shape == original.shape


@needs_espeak
def test_bleep_mode_replaces_the_span_with_a_tone(
    spoken_card_call: tuple[Path, list[Utterance]], tmp_path: Path
) -> None:
    source, utterances = spoken_card_call
    _, spans = redact_utterances(utterances)
    dest = write_redacted_audio(source, tmp_path / "bleeped.ogg", spans, mode="bleep")
    audio, rate = _decode(dest)
    card = next(s for s in spans if s.kind == "CARD")
    chunk = audio[0, int((card.start + 0.2) * rate) : int((card.end - 0.2) * rate)]
    spectrum = np.abs(np.fft.rfft(chunk))
    peak_hz = np.argmax(spectrum) * rate / len(chunk)
    assert abs(peak_hz - 1000) < 20


def test_write_redacted_audio_rejects_unknown_modes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="mode"):
        write_redacted_audio(tmp_path / "x.wav", tmp_path / "y.ogg", [], mode="mute")


def test_a_ten_minute_call_is_silenced_in_every_span(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    minutes = 10
    noise = (0.1 * rng.standard_normal((2, RATE * 60 * minutes))).astype(np.float32)
    source = tmp_path / "long.wav"
    _write_stereo(source, noise[0], noise[1])
    spans = [Redaction("CARD", "customer", 30.0 * i, 30.0 * i + 6) for i in range(1, 15)]
    dest = write_redacted_audio(source, tmp_path / "long.ogg", spans)
    audio, rate = _decode(dest)
    for span in spans:
        assert _rms(audio, rate, span.start + 0.5, span.end - 0.5) < 1e-3, f"audible at {span.start} s"
    assert _rms(audio, rate, 10.0, 20.0) > 0.05


@pytest.mark.parametrize("call_id", ["CALL-0007", "CALL-0017"])
def test_sample_call_audio_is_silent_where_card_details_were_said(call_id: str, tmp_path: Path) -> None:
    """The bundled sample calls' real audio, with their reference transcripts (utterance times only:
    word times are spread over each utterance, as for a text transcript)."""
    truth = json.loads((SAMPLE_TRUTH / f"{call_id}.json").read_text())
    source = SAMPLE_TRUTH.parent / truth["file"]
    utterances = [Utterance(u["speaker"], u["start"], u["end"], u["text"], []) for u in truth["utterances"]]
    _, spans = redact_utterances(utterances)
    dest = write_redacted_audio(source, tmp_path / f"{call_id}.ogg", spans, agent_channel=truth["agent_channel"])
    original, rate0 = _decode(source)
    redacted, rate = _decode(dest)
    card_details = [p for p in truth["pii"] if p["kind"] in ("card_number", "expiry", "cvv")]
    assert len(card_details) >= 3
    for item in card_details:
        assert _rms(original, rate0, item["start"], item["end"]) > 0.005, item
        assert _rms(redacted, rate, item["start"], item["end"]) < 1e-3, item
    first_words = truth["utterances"][0]
    assert _rms(redacted, rate, first_words["start"], first_words["end"]) > 0.005
