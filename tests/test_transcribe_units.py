"""The parts of transcription that need no model: utterance cutting, the hallucination guard."""

from __future__ import annotations

import numpy as np

from pipeline.ingest.audio import SAMPLE_RATE
from pipeline.ingest.transcribe import RawSegment, drop_hallucinations, refine_times, words_to_utterances
from pipeline.records import Utterance, Word


def words(*spec: tuple[str, float, float]) -> list[Word]:
    return [Word(t, s, e, 0.9) for t, s, e in spec]


def test_utterances_are_cut_at_pauses_and_timed_by_their_words() -> None:
    ws = words(("Hello", 1.0, 1.3), ("there.", 1.35, 1.7), ("How", 2.2, 2.4), ("are", 2.45, 2.6), ("you", 4.0, 4.3))
    utterances = words_to_utterances(ws, "agent")
    assert [(u.start, u.end, u.text) for u in utterances] == [
        (1.0, 1.7, "Hello there."),  # sentence end + 0.5 s pause
        (2.2, 2.6, "How are"),
        (4.0, 4.3, "you"),  # 1.4 s pause
    ]
    assert all(u.speaker == "agent" for u in utterances)


def voice(seconds: float, freq: float, level: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (level * np.sign(np.sin(2 * np.pi * freq * t)) * 0.5).astype(np.float32)


def test_text_over_silence_and_repeated_lines_are_dropped() -> None:
    samples = np.concatenate([voice(3, 150), np.zeros(SAMPLE_RATE * 5, dtype=np.float32)])
    speech = RawSegment(
        0.1, 2.9, "I need a refund please", words(("I", 0.1, 0.3), ("need", 0.4, 0.8), ("refund", 1, 2.9))
    )
    on_silence = RawSegment(4, 6, "Thank you.", words(("Thank", 4.0, 4.5), ("you.", 4.6, 5.0)))
    music = RawSegment(0.1, 1, "♪ ♪", [Word("♪", 0.1, 1.0, 0.9)])
    loop = RawSegment(
        0.1, 2.9, "I need a refund please", words(("I", 0.1, 0.3), ("need", 0.4, 0.8), ("refund", 1, 2.9))
    )
    unsure = RawSegment(0.1, 2, "blah blah", [Word("blah", 0.1, 1, 0.1), Word("blah", 1, 2, 0.1)])
    kept, dropped = drop_hallucinations([speech, on_silence, music, loop, unsure], samples)
    assert kept == [speech] and dropped == 4


def test_refine_times_snaps_edges_to_the_voice() -> None:
    samples = np.concatenate([np.zeros(SAMPLE_RATE, dtype=np.float32), voice(2, 150)])
    utterance = Utterance("agent", 0.6, 3.0, "hello", [Word("hello", 0.6, 3.0)])
    refine_times([utterance], samples)
    assert abs(utterance.start - 1.0) <= 0.02 and abs(utterance.end - 3.0) <= 0.02


def test_hyphens_glued_to_words_are_removed_but_real_hyphens_kept() -> None:
    from pipeline.ingest.transcribe import _clean_word

    assert [_clean_word(w) for w in [" -billing", " well-known", " 4-5", " -"]] == ["billing", "well-known", "4-5", "-"]
