"""Redaction of e-mail addresses and phone numbers in the forms speech recognisers really write.

The synthetic calls the redactor was first built on say "john dot smith at gmail dot com"; real
recordings come back from Whisper as "john smith .gmail .com", "smith@ gmail. com", "accounting at acme
transportation inc dot com", spelled letters, digits in groups, numbers split across utterances. Each
test checks what a reviewer would: the personal data is gone from the stored text, every word around it
is kept exactly, and the tag's time span (the one the served audio is silenced over) runs from the first
to the last word it replaced.
"""

from __future__ import annotations

import re
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.records import Redaction, Utterance
from pipeline.trust.redact import AUDIO_PAD_S, RedactionOptions, _decode, redact_utterances, write_redacted_audio
from tests.test_redact import call, digits_left, kinds, said, text_of

EMAIL_QUESTION = ("agent", "and what's your email address?")
PHONE_QUESTION = ("agent", "and what's the best phone number to reach you on?")


def _tag(kind: str, secret: str) -> str:
    """The tag that replaces `secret`: the trailing punctuation of its last word stays with the tag."""
    punctuation = re.search(r"[.,;:!?…]+$", secret)
    return f"[{kind}]{punctuation[0] if punctuation else ''}"


def assert_replaced(
    before: str, secret: str, after: str, kind: str, question: tuple[str, str] | None = None
) -> tuple[list[Utterance], list[Redaction]]:
    """Say `before secret after` (after `question`, if any): `secret` becomes one tag of `kind`, timed from
    its first to its last word; `before` and `after` are kept word for word; nothing else is redacted."""
    parts = [question] if question else []
    text = " ".join(p for p in (before, secret, after) if p)
    utterances = call(*parts, ("customer", text))
    result, redactions = redact_utterances(utterances)
    expected = " ".join(p for p in (before, _tag(kind, secret), after) if p)
    assert result[-1].text == expected, text_of(result)
    if question:
        assert result[0] is utterances[0]
    words = utterances[-1].words
    first, last = len(before.split()), len(before.split()) + len(secret.split()) - 1
    [span] = [r for r in redactions if r.kind != "PAYMENT"]
    assert (span.kind, span.speaker) == (kind, "customer")
    assert (span.start, span.end) == (words[first].start, words[last].end)
    # The tag word carries the same span, and every other word keeps its own text and timing.
    new_words = result[-1].words
    assert new_words[:first] == words[:first]
    assert (new_words[first].start, new_words[first].end) == (span.start, span.end)
    assert new_words[first + 1 :] == words[last + 1 :]
    return result, redactions


def assert_untouched(*parts: tuple[str, str]) -> None:
    utterances = call(*parts)
    result, redactions = redact_utterances(utterances)
    assert kinds(redactions) == [], text_of(result)
    assert result == utterances


# --- e-mail: the forms recognisers write ------------------------------------------------------

EMAIL_FORMS = {
    # Spoken in full, the way the synthetic calls said them.
    "spoken dots": ("sure my email is", "john dot smith at gmail dot com", "thanks"),
    "spoken, one name": ("sure my email is", "john at gmail dot com", "thanks"),
    "underscore, country domain": ("it's", "john underscore smith at hotmail dot co dot uk", "okay"),
    # Whisper writes the dots it hears as dots.
    "written dots, spoken at": ("it's", "john.smith at gmail.com", "thanks"),
    "capitals and full stop": ("it's", "John.Smith at Gmail.com.", ""),
    "said in capitals": ("it's", "John Smith AT GMAIL DOT COM", "thanks"),
    "comma after com": ("it's", "john dot smith at gmail dot com,", "is that okay?"),
    # Whisper's dotted tokens where the "at" was (a real call: "… .gmail .com").
    "dotted tokens": ("yes it's", "john smith .gmail .com", "okay"),
    "dotted token, glued tld": ("it's", "johnsmith .gmail.com", "okay"),
    "at sign glued left": ("it's", "smith@ gmail. com", "right"),
    "at sign glued right": ("it's", "john smith @gmail.com", "right"),
    "provider written without at": ("it's", "johnsmith gmail.com", "okay"),
    "one word without at": ("it's", "johnsmith.gmail.com", "okay"),
    "at symbol said": ("email is", "john at symbol gmail dot com", "thanks"),
    "at said twice": ("email is", "john at at gmail dot com", "thanks"),
    # ".com" not said.
    "at gmail": ("my email is", "john smith at gmail", "and that's it"),
    "at outlook, real eval line": ("its", "mel dot nguyen at outlook", ""),
    # Spelled out.
    "letters": ("email is", "j o h n s m i t h at gmail dot com", ""),
    "letters with full stops": ("it's", "J. O. H. N. at gmail dot com", ""),
    "hyphenated letters": ("it's", "J-O-H-N at yahoo dot com", ""),
    "spelling note": ("it's", "john with an h smith at outlook dot com", ""),
    "name then its spelling": ("Aye, it's", "jean dot robson, R O B S O N, at hotmail.", ""),
    "spelled name with a and i": ("it's", "m a r y at gmail dot com", "thanks"),
    "double letter": ("it's", "j o double n y at gmail dot com", "thanks"),
    # Digits in the local part.
    "digit figures": ("it's", "john 1 2 3 at gmail dot com", ""),
    "digit words": ("it's", "john one two three at gmail", "thanks"),
    "pair words": ("its", "mike dot t seventy eight at gmail", ""),
    "oh among digits": ("it's", "john oh seven at gmail dot com", "thanks"),
    # Company addresses.
    "company name in words": ("send it to", "accounting at acme transportation inc dot com", "please"),
    "company, country domain": ("send it to", "sales at acme dot co dot uk", "please"),
    "company with hyphen": ("write to", "info at acme-trucking dot net", "please"),
    "company after email them at": ("you can email them at", "safety at streamline plus dot com", "with a photo"),
}


@pytest.mark.parametrize("form", sorted(EMAIL_FORMS))
def test_email_forms_are_redacted_and_nothing_around_them(form: str) -> None:
    before, secret, after = EMAIL_FORMS[form]
    assert_replaced(before, secret, after, "EMAIL", EMAIL_QUESTION)


@pytest.mark.parametrize("form", ["dotted tokens", "company name in words", "letters", "written dots, spoken at"])
def test_email_forms_need_no_question_before_them(form: str) -> None:
    before, secret, after = EMAIL_FORMS[form]
    assert_replaced(before, secret, after, "EMAIL")


def test_email_right_edge_leaves_the_phone_rule_its_words() -> None:
    utterances = call(
        EMAIL_QUESTION,
        ("customer", "it's john at gmail dot com and my phone is five five five one two three four five six seven"),
    )
    result, redactions = redact_utterances(utterances)
    assert result[1].text == "it's [EMAIL] and my phone is [PHONE]"
    assert kinds(redactions) == ["EMAIL", "PHONE"]


def test_email_ends_at_a_sentence_full_stop_after_its_domain() -> None:
    # "In" is a top-level domain too; after "com." it starts the next sentence.
    assert_replaced("it's", "john dot smith at gmail.com.", "In the morning I'm out", "EMAIL", EMAIL_QUESTION)
    assert_replaced("it's", "john dot smith at gmail dot com.", "In the morning I'm out", "EMAIL", EMAIL_QUESTION)


def test_email_spelled_across_two_utterances_of_the_speaker() -> None:
    utterances = [
        said("agent", "what's your email address?", start=0.0),
        said("customer", "it's j o h n", start=3.0),
        said("customer", "s m i t h at gmail dot com thanks", start=6.0),
    ]
    result, redactions = redact_utterances(utterances)
    assert [u.text for u in result] == ["what's your email address?", "it's [EMAIL]", "[EMAIL] thanks"]
    spans = [r for r in redactions if r.kind == "EMAIL"]
    assert [(s.start, s.end) for s in spans] == [
        (utterances[1].words[1].start, utterances[1].words[-1].end),
        (utterances[2].words[0].start, utterances[2].words[-2].end),
    ]


def test_the_other_speakers_backchannel_inside_an_address_is_kept() -> None:
    customer = said("customer", "it's john dot smith at gmail dot com thanks", start=2.0)
    agent = said("agent", "mm-hmm", start=customer.words[3].start + 0.05)  # said over "smith"
    result, redactions = redact_utterances([said("agent", "your email?", start=0.0), customer, agent])
    assert result[1].text == "it's [EMAIL] thanks"
    assert result[2] is agent
    [span] = redactions
    assert (span.start, span.end) == (customer.words[1].start, customer.words[-2].end)


def test_written_address_with_look_alike_letters_and_wide_forms() -> None:
    # Pasted or odd text: Cyrillic letters that look Latin, full-width forms, a zero-width space.
    assert_replaced("it's", "jоhn at gmаil dot cоm", "thanks", "EMAIL", EMAIL_QUESTION)
    assert_replaced("it's", "ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "thanks", "EMAIL", EMAIL_QUESTION)
    assert_replaced("it's", "jo\u200bhn at gmail dot com", "thanks", "EMAIL", EMAIL_QUESTION)
    assert_replaced("😀", "john at gmail dot com", "👍 thanks", "EMAIL", EMAIL_QUESTION)


def test_transcript_without_word_timings_is_redacted_on_its_text() -> None:
    utterance = Utterance("customer", 10.0, 20.0, "sure my email is john smith .gmail .com thanks", [])
    [result], [span] = redact_utterances([utterance])
    assert result.text == "sure my email is [EMAIL] thanks"
    assert result.words == []
    assert 10.0 < span.start < span.end < 20.0


# --- e-mail: what is not an address -----------------------------------------------------------

NOT_EMAIL = [
    "we're at the office dot dot dot",
    "look at this dot",
    "at the end of the day it's fine",
    "meet me at 5 dot 30 it costs $12.50",
    "see you at 5.30 or at five thirty",
    "at at at dot dot dot",
    "dot dot dot at at",
    "@ @@ . .. @. .@",
    "no one at gmail replied",
    "I use gmail.com for everything",
    "my gmail dot com account is locked",
    "the .NET framework is at version 4.5",
    "I remember the dot com bubble",
    "you can submit expenses on the baggage portal at skyhaven dot com slash bags",
    "I'll see you at the gym dot",
    "he's at yahoo now",
]


@pytest.mark.parametrize("text", NOT_EMAIL)
def test_email_like_talk_is_left_alone(text: str) -> None:
    assert_untouched(EMAIL_QUESTION, ("customer", text))


def test_a_provider_alone_needs_talk_of_email() -> None:
    assert_untouched(("customer", "an engineer at yahoo said so"))
    assert_replaced("it's", "mary jones at yahoo", "", "EMAIL", EMAIL_QUESTION)


@pytest.mark.parametrize(
    ("before", "secret", "after"),
    [
        # Ordinary words before the address stay (the local part stops at them).
        ("sure, my email is", "john at gmail dot com", ""),
        ("yeah so the address I use is", "john dot smith at gmail dot com", ""),
        ("okay please send it to", "john at gmail dot com", ""),
        ("I'm looking at", "jsmith84 at hotmail.co.uk", ""),
        # Two names side by side are both taken, a third word is not.
        ("thanks, Peter", "john smith at gmail dot com", ""),
    ],
)
def test_local_part_stops_at_ordinary_words(before: str, secret: str, after: str) -> None:
    assert_replaced(before, secret, after, "EMAIL", EMAIL_QUESTION)


def test_company_address_without_email_talk_takes_one_name() -> None:
    # Without talk of e-mail and at no mail provider, a word before the name is ordinary speech.
    assert_replaced("write to the billing", "team at acme dot com", "", "EMAIL")
    assert_replaced("write to our", "accounting at acme transportation inc dot com", "", "EMAIL")
    assert_replaced("you can write to", "office at acme dot co dot uk", "", "EMAIL")


# --- phone numbers ----------------------------------------------------------------------------

PHONE_FORMS = {
    "dashes": ("call me on", "555-123-4567", "thanks"),
    "brackets": ("it's", "(555) 123 4567", "thanks"),
    "dots": ("it's", "555.123.4567", "thanks"),
    "plus one": ("it's", "+1 (555) 123-4567", "thanks"),
    "leading one": ("it's", "1 800 555 1234", "thanks"),
    "digit words in groups": ("it's", "five five five, one two three, four five six seven", "thanks"),
    "digit words straight": ("it's", "five five five one two three four five six seven", "thanks"),
    "uk with oh": ("it's", "oh seven seven oh oh, nine oh oh, four five six.", ""),
    "double": ("it's", "double five five, one two three, four five six seven", "okay"),
    "triple": ("it's", "triple five, one two three, four five six seven", "okay"),
    "international": ("my mobile is", "+44 20 7946 0958", "thanks"),
    "plus said": ("my mobile is", "plus four four, two oh, seven nine four six, oh nine five eight", "thanks"),
    "mixed figures and words": ("it's", "555 one two three 4567", "thanks"),
    "extension": ("call me on", "555-123-4567 extension 89", "thanks"),
    "ext.": ("call me on", "555-123-4567 ext. 12", "thanks"),
    "extension in words": (
        "call me on",
        "five five five, one two three, four five six seven, extension two three four",
        "thanks",
    ),
    "local number after phone words": ("my cell is", "five five five, one two three four", "thanks"),
    "local number written": ("it's", "555-1234", "thanks"),
    "ends in oh before a word": ("it's", "two oh two, five five five, one one one oh", "thanks"),
}


@pytest.mark.parametrize("form", sorted(PHONE_FORMS))
def test_phone_forms_are_redacted_and_nothing_around_them(form: str) -> None:
    before, secret, after = PHONE_FORMS[form]
    assert_replaced(before, secret, after, "PHONE", PHONE_QUESTION)


def test_phone_split_across_two_utterances_of_the_speaker() -> None:
    utterances = [
        said("agent", "what's the best number to reach you on?", start=0.0),
        said("customer", "my number is five five five one two three", start=3.0),
        said("customer", "four five six seven thanks", start=8.0),
    ]
    result, redactions = redact_utterances(utterances)
    assert [u.text for u in result[1:]] == ["my number is [PHONE]", "[PHONE] thanks"]
    assert [(r.start, r.end) for r in redactions] == [
        (utterances[1].words[3].start, utterances[1].words[-1].end),
        (utterances[2].words[0].start, utterances[2].words[3].end),
    ]


@pytest.mark.parametrize(
    "between",
    [
        "mm-hmm",  # a backchannel
        "sorry, what was that last bit?",  # the other party cuts in
        "five five five one two three, yes?",  # … or echoes the first part
    ],
)
def test_phone_continued_after_the_other_party_speaks(between: str) -> None:
    utterances = call(
        ("customer", "my number is five five five one two three"),
        ("agent", between),
        ("customer", "four five six seven"),
    )
    result, redactions = redact_utterances(utterances)
    assert result[0].text == "my number is [PHONE]"
    assert result[2].text == "[PHONE]"
    if re.search(r"\bfive\b", between):
        assert result[1].text == "[PHONE], yes?"  # the echo is as personal as the number
    else:
        assert result[1] is utterances[1]
    assert set(kinds(redactions)) == {"PHONE"}


def test_phone_read_back_by_the_agent() -> None:
    utterances = call(("customer", "it's 555-123-4567"), ("agent", "so that's 555 123 4567?"), ("customer", "yes"))
    result, _ = redact_utterances(utterances)
    assert [u.text for u in result] == ["it's [PHONE]", "so that's [PHONE]?", "yes"]


NOT_PHONE = [
    "room 123, extension 4567, zip code 90210",
    "the part is 555-1234 in the order",
    "call me back in 5 minutes",
    "call me at 5 dot 30, it's $12.50 or 1,200 dollars",
    "I'll pay twenty plus five dollars",
    "my phone battery is at 5 percent",
]


@pytest.mark.parametrize("text", NOT_PHONE)
def test_phone_like_talk_is_left_alone(text: str) -> None:
    assert_untouched(PHONE_QUESTION, ("customer", text))


def test_other_numbers_near_a_phone_stay() -> None:
    utterances = call(("customer", "my phone is 555-123-4567 and I'm in room 123"))
    result, _ = redact_utterances(utterances)
    assert result[0].text == "my phone is [PHONE] and I'm in room 123"


def test_an_order_number_read_in_two_goes_is_not_a_phone() -> None:
    assert_untouched(
        ("customer", "my order is one two three four five"),
        ("agent", "sorry, what was that?"),
        ("customer", "six seven eight nine oh"),
    )


# A real bank call (Harper Valley, human transcript, lower case): the agent asks for the phone number, the
# customer dictates it in groups and the agent reads each group back, then the whole number. The times are
# the call's own: each read-back overlaps the group it repeats.
DICTATED_PHONE = [
    ("agent", 19.509, 22.929, "okay i'd be glad to help you reset your password"),
    ("agent", 23.909, 24.719, "and"),
    ("agent", 25.479, 27.399, "what is your phone number"),
    ("customer", 32.22, 33.57, "one two nine"),
    ("agent", 32.979, 34.029, "one two nine"),
    ("customer", 38.29, 39.43, "three five three"),
    ("agent", 38.479, 39.529, "three five three"),
    ("customer", 43.65, 45.96, "seven four zero two"),
    ("agent", 45.679, 50.479, "okay so that's one two nine three five three seven four zero two"),
    ("agent", 53.559, 54.369, "okay great"),
]
DICTATED_QUESTION = 2
DICTATED_READ_BACKS = {4, 6, 8}


def dictated_call(lines: list[tuple[str, float, float, str]], word_timings: bool) -> list[Utterance]:
    """The lines as the transcript gives them (no word timings), or with words spread over each line."""
    if not word_timings:
        return [Utterance(speaker, start, end, text) for speaker, start, end, text in lines]
    return [said(speaker, text, start, (end - start) / len(text.split())) for speaker, start, end, text in lines]


def assert_dictated_phone_gone(lines: list[tuple[str, float, float, str]], word_timings: bool) -> None:
    """Each line of digits becomes one [PHONE] tag, the whole number read back too ("okay so that's
    [PHONE]"); every other line comes back as it was; every span is a PHONE of the line's speaker."""
    utterances = dictated_call(lines, word_timings)
    result, redactions = redact_utterances(utterances, RedactionOptions())
    pieces = [k for k, (_, _, _, text) in enumerate(lines) if re.search(r"\b(one|three|seven)\b", text)]
    expected = [u.text for u in utterances]
    for k in pieces:
        expected[k] = "okay so that's [PHONE]" if expected[k].startswith("okay so that's") else "[PHONE]"
    assert [u.text for u in result] == expected, text_of(result)
    assert digits_left(result) == "", text_of(result)
    assert all(result[k] is utterances[k] for k in range(len(lines)) if k not in pieces)
    assert [(r.kind, r.speaker) for r in redactions] == [("PHONE", lines[k][0]) for k in pieces]


@pytest.mark.parametrize("word_timings", [False, True], ids=["transcript", "word timings"])
def test_phone_dictated_in_groups_and_read_back_is_redacted_whole(word_timings: bool) -> None:
    """Every group, every read-back and the whole number read back are PHONE, the first group included;
    the number is ten digits after a phone question, never a card."""
    assert_dictated_phone_gone(DICTATED_PHONE, word_timings)


@pytest.mark.parametrize("word_timings", [False, True], ids=["transcript", "word timings"])
def test_phone_dictated_in_groups_without_read_back_is_redacted(word_timings: bool) -> None:
    lines = [line for k, line in enumerate(DICTATED_PHONE) if k not in DICTATED_READ_BACKS]
    assert_dictated_phone_gone(lines, word_timings)


@pytest.mark.parametrize("question", ["what is your zip code", "what is the address"])
@pytest.mark.parametrize("read_back", [True, False], ids=["read back", "no read-back"])
@pytest.mark.parametrize("word_timings", [False, True], ids=["transcript", "word timings"])
def test_the_same_groups_after_an_address_question_stay(question: str, read_back: bool, word_timings: bool) -> None:
    """Addresses and zip codes are not redacted: the same digits dictated after asking for one stay, neither
    a phone number nor a card."""
    lines = [
        (speaker, start, end, question if k == DICTATED_QUESTION else text)
        for k, (speaker, start, end, text) in enumerate(DICTATED_PHONE)
        if read_back or k not in DICTATED_READ_BACKS
    ]
    utterances = dictated_call(lines, word_timings)
    result, redactions = redact_utterances(utterances, RedactionOptions())
    assert redactions == [], text_of(result)
    assert result == utterances


# --- hostile input ----------------------------------------------------------------------------


def test_a_very_long_hostile_utterance_is_fast_and_only_the_address_goes() -> None:
    noise = "at at at dot dot dot . .gmail @ .com at gmail. j o one 😀"
    text = " ".join([noise] * 800 + ["sure it's", "john dot smith at gmail dot com", "thanks"] + [noise] * 800)
    utterances = [said("agent", "your email address please", start=0.0), said("customer", text, start=2.0, step=0.1)]
    started = time.perf_counter()
    result, redactions = redact_utterances(utterances)
    assert time.perf_counter() - started < 10.0
    assert result[1].text == text.replace("john dot smith at gmail dot com", "[EMAIL]")
    assert kinds(redactions) == ["EMAIL"]


def test_every_address_in_a_long_call_is_redacted() -> None:
    utterances = []
    for i in range(400):
        text = "sure it's jane dot doe at gmail dot com thanks" if i % 20 == 0 else "let me check that for you"
        utterances.append(said("customer" if i % 2 == 0 else "agent", text, start=i * 4.0))
    result, redactions = redact_utterances([said("agent", "your email?", start=-3.0), *utterances])
    assert kinds(redactions) == ["EMAIL"] * 20
    assert sum(u.text == "sure it's [EMAIL] thanks" for u in result) == 20


# --- properties -------------------------------------------------------------------------------

_NAMES = ["john", "smith", "mary", "o'brien", "jsmith84", "nguyen", "robson", "anna-lee", "dominguez"]
_LETTERS = list("bcdefghjklmnopqrstuvwxyz")
_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_CONNECTORS = ["dot", "underscore", "dash", "period"]
# Words said before and after an address that must never be taken with it.
_BEFORE = ["sure", "my", "email", "is", "it's", "yeah", "okay", "so", "the", "address", "please", "send", "to", "um"]
_AFTER = ["and", "thanks", "please", "my", "phone", "is", "okay", "bye", "that's", "it", "right", "for", "now"]


@st.composite
def spoken_local(draw: st.DrawFn) -> str:
    def piece() -> str:
        if draw(st.booleans()):
            return draw(st.sampled_from(_NAMES))
        letters = draw(st.lists(st.sampled_from(_LETTERS), min_size=2, max_size=6))
        return draw(st.sampled_from([" ", "-", ". "])).join(letters) + ("." if draw(st.booleans()) else "")

    local = piece()
    if draw(st.booleans()):
        local += " " + draw(st.sampled_from(["", *_CONNECTORS])) + " " + piece()
    if draw(st.booleans()):
        digits = draw(st.lists(st.integers(1, 9), min_size=1, max_size=3))
        local += " " + " ".join(draw(st.sampled_from([str(d), _DIGIT_WORDS[d]])) for d in digits)
    return " ".join(local.split())


_DOMAINS = [
    "at gmail dot com", "at gmail.com", ".gmail .com", ".gmail.com", "@gmail.com", "@ gmail. com", "at gmail",
    "at yahoo dot co dot uk", "at outlook", "at acme transportation inc dot com", "at acme dot co dot uk",
    "at acme-trucking dot net", "at symbol hotmail dot com", "at hotmail.co.uk",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.lists(st.sampled_from(_BEFORE), max_size=5),
    local=spoken_local(),
    domain=st.sampled_from(_DOMAINS),
    case=st.sampled_from(["lower", "title", "upper"]),
    end=st.sampled_from(["", ",", "."]),
    after=st.lists(st.sampled_from(_AFTER), max_size=5),
)
def test_no_spoken_address_survives_and_no_word_around_it_goes(
    before: list[str], local: str, domain: str, case: str, end: str, after: list[str]
) -> None:
    secret = f"{local} {domain}".replace(" @", "@") if domain.startswith("@ ") else f"{local} {domain}"
    secret = {"lower": secret, "title": secret.title(), "upper": secret.upper()}[case] + end
    assert_replaced(" ".join(before), secret, " ".join(after), "EMAIL", EMAIL_QUESTION)


@st.composite
def spoken_phone(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A 10-digit number and its groups (3-3-4) as someone might say or a recogniser write them."""
    number = str(draw(st.integers(2, 9))) + "".join(str(draw(st.integers(0, 9))) for _ in range(9))
    groups = [number[:3], number[3:6], number[6:]]
    said_groups = []
    for group in groups:
        form = draw(st.sampled_from(["figures", "words", "words", "double"]))
        if form == "figures":
            said_groups.append(group)
            continue
        words, i = [], 0
        while i < len(group):
            digit = int(group[i])
            word = draw(st.sampled_from(["oh", "zero"])) if digit == 0 else _DIGIT_WORDS[digit]
            if form == "double" and i + 1 < len(group) and group[i + 1] == group[i]:
                words += ["double", word]
                i += 2
            else:
                words.append(word)
                i += 1
        said_groups.append(" ".join(words))
    separator = draw(st.sampled_from([" ", ", "]))
    return number, [g + separator.strip() for g in said_groups[:-1]] + [said_groups[-1]]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phone=spoken_phone(), split=st.integers(0, 2), gap=st.floats(0.3, 6.0))
def test_no_spoken_phone_number_survives(phone: tuple[str, list[str]], split: int, gap: float) -> None:
    _, groups = phone
    head, tail = " ".join(groups[: split + 1]), " ".join(groups[split + 1 :])
    first = said("customer", f"my number is {head}", start=3.0)
    utterances = [said("agent", "what's the best number to reach you on?", start=0.0), first]
    if tail:
        utterances.append(said("customer", f"{tail} thanks", start=first.end + gap))
    else:
        utterances[-1] = said("customer", f"my number is {head} thanks", start=3.0)
    result, redactions = redact_utterances(utterances)
    assert set(kinds(redactions)) == {"PHONE"}, text_of(result)
    assert result[0] is utterances[0]
    spoken = " ".join(u.text for u in result[1:])
    assert spoken.startswith("my number is [PHONE]") and spoken.endswith("thanks"), spoken
    assert not re.search(r"[0-9]|\b(oh|zero|one|two|three|four|five|six|seven|eight|nine|double)\b", spoken), spoken


# Words that look like pieces of addresses, times and amounts but never make one: no top-level domain after
# a dot (so no "at" or "email" either: "office dot at" is an Austrian domain), no mail provider, and no run of digits
# long enough for a phone number. The spoken "at" is in NOT_EMAIL.
_DECOYS = [
    "@", "dot", ".", "..", "dot.", ".dot", "@.", "point", "period", "the", "office", "look",
    "this", "end", "of", "day", "5.30", "$12.50", "12.50", "we're", "i'm", "my", "is", "😀",
    "ｄｏｔ", "＠", "j", "o", "h", "n", "oh", "with", "an", "-", "_", "underscore", "jоhn", "\u200b",
    "at-at", "a.b", "x@", "@y", "dash",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.lists(st.sampled_from(_DECOYS), min_size=1, max_size=30).map(" ".join), max_size=4))
def test_decoy_words_in_any_order_are_left_alone(texts: list[str]) -> None:
    assert_untouched(EMAIL_QUESTION, *[("customer", text) for text in texts])


# --- audio --------------------------------------------------------------------------------------

RATE = 8000


def _rms(audio: np.ndarray, rate: int, start: float, end: float) -> float:
    chunk = audio[:, int(start * rate) : int(end * rate)]
    return float(np.sqrt(np.mean(chunk.astype(np.float64) ** 2)))


def test_served_audio_is_silent_over_the_spoken_address_and_number(tmp_path: Path) -> None:
    utterances = call(
        EMAIL_QUESTION,
        ("customer", "sure it's j o h n s m i t h .gmail .com and my phone is five five five one two three four five "
         "six seven okay"),
    )  # fmt: skip
    result, spans = redact_utterances(utterances)
    assert result[1].text == "sure it's [EMAIL] and my phone is [PHONE] okay"
    seconds = utterances[-1].end + 1.0
    rng = np.random.default_rng(1)
    noise = (0.1 * rng.standard_normal(int(seconds * RATE))).astype(np.float32)
    source = tmp_path / "call.wav"
    with wave.open(str(source), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((noise * 32767).astype("<i2").tobytes())
    dest = write_redacted_audio(source, tmp_path / "served.wav", spans)
    audio, rate = _decode(dest)
    words = utterances[1].words
    said_words = [w.text.strip() for w in words]
    address, number = slice(2, said_words.index("and")), slice(said_words.index("five"), said_words.index("okay"))
    secret = [*words[address], *words[number]]
    assert [w.text.strip() for w in secret] == [*"johnsmith", ".gmail", ".com", *("five " * 3).split(),
                                                "one", "two", "three", "four", "five", "six", "seven"]  # fmt: skip
    for word in secret:
        assert _rms(audio, rate, word.start, word.end) < 1e-3, word
    # The words around them are heard, except within AUDIO_PAD_S of a span (word times are approximate).
    for word in [*words[: address.start], *words[address.stop : number.start], *words[number.stop :]]:
        start, end = word.start, word.end
        for span in spans:
            if span.end + AUDIO_PAD_S <= word.end:
                start = max(start, span.end + AUDIO_PAD_S)
            if span.start - AUDIO_PAD_S >= word.start:
                end = min(end, span.start - AUDIO_PAD_S)
        assert end - start > 0.05 and _rms(audio, rate, start, end) > 0.05, word
