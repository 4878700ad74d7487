"""Speech to word-timed utterances, one channel at a time.

Stereo call recordings put the agent and the customer on separate channels, so each channel is
transcribed on its own and the speaker label comes from the channel mapping; utterances are cut
at pauses between words, so their start and end are the first and last word's, not a padded
segment's. Mono recordings are transcribed once and the speakers told apart by `speakers.py`.

Whisper invents text on silence and hold music; `drop_hallucinations` removes the usual forms:
segments on audio with no energy, repeated lines, over-compressed (looping) output, and text made
only of music symbols or with very low word confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from pipeline.audio import SAMPLE_RATE, dbfs
from pipeline.options import IngestOptions
from pipeline.records import Utterance, Word

# A pause longer than this between two words starts a new utterance.
UTTERANCE_GAP_S = 0.8
# After a sentence end, a shorter pause is enough.
SENTENCE_GAP_S = 0.3
_SENTENCE_END = re.compile(r"[.?!]$")
_ONLY_SYMBOLS = re.compile(r"^[\W_♪♫]*$")
# Output Whisper is known to produce on silence or music in telephony recordings.
_STOCK_PHRASES = {
    "thanks for watching",
    "thank you for watching",
    "please subscribe",
    "subtitles by the amara org community",
    "music",
    "applause",
}


@dataclass
class RawSegment:
    """The parts of a faster-whisper Segment we use (a plain record, easy to build in tests)."""

    start: float
    end: float
    text: str
    words: list[Word]
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    compression_ratio: float = 1.0


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def _clean_word(token: str) -> str:
    """Whisper sometimes glues a hyphen to the front of a word on noisy audio ("-billing")."""
    return re.sub(r"^-+(?=\w)", "", token.strip())


def transcribe_channel(model, samples: np.ndarray, options: IngestOptions) -> list[RawSegment]:
    """Run Whisper on one 16 kHz channel with word timestamps; the generator is consumed here."""
    kwargs = {
        "language": options.language,
        "beam_size": options.beam_size,
        "word_timestamps": True,
        "vad_filter": options.vad,
        # Feeding the previous text back is what lets Whisper loop on hold music; calls don't need it.
        "condition_on_previous_text": False,
    }
    if options.batch_size:
        from faster_whisper import BatchedInferencePipeline

        segments, _info = BatchedInferencePipeline(model).transcribe(samples, batch_size=options.batch_size, **kwargs)
    else:
        segments, _info = model.transcribe(samples, **kwargs)
    result = []
    for seg in segments:
        words = [
            Word(_clean_word(w.word), float(w.start), float(w.end), float(w.probability)) for w in (seg.words or [])
        ]
        words = [w for w in words if w.text]
        result.append(
            RawSegment(
                float(seg.start),
                float(seg.end),
                seg.text.strip(),
                words,
                float(seg.avg_logprob),
                float(seg.no_speech_prob),
                float(seg.compression_ratio),
            )
        )
    return result


def drop_hallucinations(segments: list[RawSegment], samples: np.ndarray | None) -> tuple[list[RawSegment], int]:
    """Remove segments that are not speech; returns the kept segments and how many were dropped."""
    speech_level = None
    if samples is not None and len(samples):
        speech_level = _speech_level(samples)
    kept: list[RawSegment] = []
    recent: list[str] = []
    for seg in segments:
        norm = _normalise(seg.text)
        words = seg.words
        if not words or _ONLY_SYMBOLS.match(seg.text) or not norm:
            continue
        if seg.compression_ratio > 2.4:
            continue
        if seg.no_speech_prob > 0.6 and seg.avg_logprob < -0.8:
            continue
        mean_prob = sum(w.probability for w in words) / len(words)
        if mean_prob < 0.3:
            continue
        if norm in _STOCK_PHRASES and mean_prob < 0.7:
            continue
        # The same line again and again is Whisper looping, not a customer repeating themselves.
        if recent.count(norm) >= (1 if len(norm.split()) >= 3 else 2):
            continue
        if speech_level is not None and _is_quiet(samples, words[0].start, words[-1].end, speech_level):
            continue
        kept.append(seg)
        recent = ([*recent, norm])[-3:]
    return kept, len(segments) - len(kept)


def _speech_level(samples: np.ndarray) -> float:
    """The channel's loud-frame level: 90th percentile of 50 ms frame levels, in dBFS."""
    frame = SAMPLE_RATE // 20
    n = len(samples) // frame
    if n == 0:
        return dbfs(samples)
    frames = samples[: n * frame].reshape(n, frame)
    levels = 10 * np.log10(np.maximum(np.mean(frames.astype(np.float64) ** 2, axis=1), 1e-12))
    return float(np.percentile(levels, 90))


def _is_quiet(samples: np.ndarray, start: float, end: float, speech_level: float) -> bool:
    """Text over a span 35 dB below the channel's speech is text on silence."""
    a, b = int(start * SAMPLE_RATE), int(max(end, start + 0.05) * SAMPLE_RATE)
    return dbfs(samples[a:b]) < speech_level - 35


def words_to_utterances(words: Iterable[Word], speaker: str) -> list[Utterance]:
    """Cut a channel's words into utterances at pauses; times come from the words themselves."""
    utterances: list[Utterance] = []
    current: list[Word] = []
    last_end = -1.0
    for word in words:
        start = max(word.start, last_end if last_end > 0 else word.start)
        end = max(word.end, start)
        word = Word(word.text, start, end, word.probability)
        if current:
            gap = word.start - current[-1].end
            if gap > UTTERANCE_GAP_S or (gap > SENTENCE_GAP_S and _SENTENCE_END.search(current[-1].text)):
                utterances.append(_make_utterance(current, speaker))
                current = []
        current.append(word)
        last_end = end
    if current:
        utterances.append(_make_utterance(current, speaker))
    return utterances


def _make_utterance(words: list[Word], speaker: str) -> Utterance:
    text = " ".join(w.text for w in words)
    duration = max(words[-1].end - words[0].start, 0.01)
    return Utterance(
        speaker=speaker,
        start=round(words[0].start, 3),
        end=round(words[-1].end, 3),
        text=text,
        words=list(words),
        speech_rate=round(len(words) / duration, 3),
    )


def refine_times(utterances: list[Utterance], samples: np.ndarray) -> list[Utterance]:
    """Snap each utterance's edges to where the speaker's channel actually has voice energy.

    Whisper puts the first word of a VAD chunk at the chunk's padded start, often 0.2–0.4 s early;
    on a channel that carries one speaker, the energy envelope shows the true onset and offset.
    """
    if not utterances or not len(samples):
        return utterances
    hop = SAMPLE_RATE // 100  # 10 ms frames
    n = len(samples) // hop
    if n == 0:
        return utterances
    frames = samples[: n * hop].reshape(n, hop).astype(np.float64)
    levels = 10 * np.log10(np.maximum(np.mean(frames**2, axis=1), 1e-12))
    # Halfway-ish between the line noise (20th percentile) and speech (90th), and held for 20 ms,
    # so background hiss and clicks are not taken for a voice onset.
    noise, speech = float(np.percentile(levels, 20)), float(np.percentile(levels, 90))
    loud = levels > noise + 0.4 * (speech - noise)
    active = loud & np.concatenate([loud[1:], [False]])
    for k, u in enumerate(utterances):
        # Never reach into the neighbouring utterances: their energy is not this one's.
        floor = utterances[k - 1].end if k else 0.0
        ceiling = utterances[k + 1].start if k + 1 < len(utterances) else n / 100
        first = int(max(u.start - 0.3, floor) * 100)
        stop = int(min(u.start + 0.8, u.end) * 100)
        onset = next((i for i in range(first, min(stop, n)) if active[i]), None)
        last = int(min(u.end + 0.3, ceiling) * 100)
        begin = int(max(u.end - 0.8, u.start) * 100)
        offset = next((i for i in range(min(last, n) - 1, begin - 1, -1) if active[i]), None)
        if onset is not None and u.words and onset / 100 < u.words[0].end:
            u.start = u.words[0].start = round(onset / 100, 3)
        if offset is not None and u.words and (offset + 1) / 100 > max(u.words[-1].start, u.start):
            u.end = u.words[-1].end = round((offset + 1) / 100, 3)
    return utterances


def channel_utterances(model, samples: np.ndarray, speaker: str, options: IngestOptions) -> tuple[list[Utterance], int]:
    """Transcribe one channel into utterances for `speaker`; returns them and the hallucinations dropped."""
    segments = transcribe_channel(model, samples, options)
    kept, dropped = drop_hallucinations(segments, samples)
    words = [w for seg in kept for w in seg.words]
    return refine_times(words_to_utterances(words, speaker), samples), dropped
