"""Importing existing transcripts (.vtt with voice tags, .json) as calls."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.transcripts import TranscriptError, parse_json, parse_vtt, speaker_from_label

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.500
<v Agent Maria>Thank you for calling, how can I help?</v>

2
00:00:05.200 --> 00:01:09.000
<v Customer>My refund never arrived.

00:01:10.000 --> 00:01:12.000
<v.loud Caller>Still waiting!
"""


def test_vtt_voice_tags_become_speakers_and_times() -> None:
    utterances = parse_vtt(VTT)
    assert [(u.speaker, u.start, u.end) for u in utterances] == [
        ("agent", 1.0, 4.5),
        ("customer", 5.2, 69.0),
        ("customer", 70.0, 72.0),
    ]
    assert utterances[0].text == "Thank you for calling, how can I help?"
    words = utterances[0].words
    assert words[0].start == 1.0 and words[-1].end == pytest.approx(4.5)


def test_json_transcript_is_sorted_and_validated() -> None:
    data = {
        "utterances": [
            {"speaker": "customer", "start": 3, "end": 4, "text": "hi"},
            {"speaker": "agent", "start": 0.5, "end": 2.0, "text": "Hello,   welcome"},
        ]
    }
    utterances = parse_json(json.dumps(data))
    assert [u.speaker for u in utterances] == ["agent", "customer"]
    assert utterances[0].text == "Hello, welcome"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "utterances"),
        ('{"utterances": [{"speaker": "robot", "start": 0, "end": 1, "text": "x"}]}', 'agent" or "customer'),
        ('{"utterances": [{"speaker": "agent", "start": 5, "end": 1, "text": "x"}]}', "start <= end"),
        ('{"utterances": [{"speaker": "agent", "start": "soon", "end": 1, "text": "x"}]}', "numbers of seconds"),
        ('{"utterances": []}', "no utterances"),
    ],
)
def test_bad_json_transcripts_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(TranscriptError, match=message):
        parse_json(text, "call.json")


def test_a_file_that_is_not_vtt_is_refused() -> None:
    with pytest.raises(TranscriptError, match="WEBVTT"):
        parse_vtt("hello\n00:00:01.000 --> 00:00:02.000\n<v Agent>x")


def test_speaker_labels() -> None:
    assert speaker_from_label("Support Agent 3") == "agent"
    assert speaker_from_label("Caller") == "customer"
    assert speaker_from_label("Speaker 1") == "unknown"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_any_vtt_text_parses_or_raises_transcript_error(text: str) -> None:
    for candidate in (text, "WEBVTT\n\n" + text, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + text):
        with contextlib.suppress(TranscriptError):
            parse_vtt(candidate)


json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.text(max_size=20) | st.integers(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"speaker": json_values | st.sampled_from(["agent", "customer"]), "start": json_values, "end": json_values},
            optional={"text": json_values},
        ),
        max_size=5,
    )
)
def test_any_json_structure_parses_or_raises_transcript_error(items: list) -> None:
    try:
        utterances = parse_json(json.dumps({"utterances": items}))
    except TranscriptError:
        return
    assert all(0 <= u.start <= u.end for u in utterances)
