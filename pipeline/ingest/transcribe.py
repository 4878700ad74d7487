"""Speech to word-timed utterances, one channel at a time.

Stereo call recordings put the agent and the customer on separate channels, so each channel is
transcribed on its own and the speaker label comes from the channel mapping; utterances are cut
at pauses between words, so their start and end are the first and last word's, not a padded
segment's. Mono recordings are transcribed once and the speakers told apart by `speakers.py`.

Only speech is decoded: `speech_regions` runs Silero VAD (tuned for one side of a telephone call,
see VAD_RESTART_S and the vad_* options), and the regions go to Whisper in their own order with
the silences between them shortened, not spliced out, so a turn's first words are neither lost
nor glued to the end of the previous turn.

Whisper invents text on silence and hold music; `drop_hallucinations` removes the usual forms:
segments on audio with no energy, repeated lines, over-compressed (looping) output, and text made
only of music symbols or with very low word confidence.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from pipeline.ingest.audio import SAMPLE_RATE, above_line_noise, dbfs, frame_levels
from pipeline.ingest.options import IngestOptions
from pipeline.ingest.vocabulary import hotwords
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
    """Run Whisper on one 16 kHz channel with word timestamps; the generator is consumed here.

    With `options.vad`, only the speech regions found by `speech_regions` are decoded: they are
    packed into clips of at most 30 s with the pauses between them shortened (not removed), and the
    words are mapped back to the channel's time. Each region comes back as its own segment, so the
    hallucination guard judges one turn at a time rather than a whole 30 s clip.
    """
    kwargs = {
        "language": options.language,
        "beam_size": options.beam_size,
        "word_timestamps": True,
        # Feeding the previous text back is what lets Whisper loop on hold music; calls don't need it.
        "condition_on_previous_text": False,
    }
    if options.vocabulary:
        kwargs["hotwords"] = hotwords(options.vocabulary)
    if not options.vad:
        segments, _info = model.transcribe(samples, vad_filter=False, **kwargs)
        return [_raw_segment(seg, [_word(w) for w in seg.words or []]) for seg in segments]
    regions = speech_regions(samples, options)
    if not regions:
        return []
    packed = _pack(samples, regions, options.vad_max_pause_s)
    if options.batch_size:
        from faster_whisper import BatchedInferencePipeline

        segments, _info = BatchedInferencePipeline(model).transcribe(
            packed.audio,
            batch_size=options.batch_size,
            clip_timestamps=[{"start": a, "end": b} for a, b in packed.clips],
            **kwargs,
        )
        segments = _redo_loops(model, packed, list(segments), kwargs)
    else:
        clips = [t for clip in packed.clips for t in clip]
        segments, _info = model.transcribe(packed.audio, vad_filter=False, clip_timestamps=clips, **kwargs)
    result = []
    for seg in segments:
        by_region: dict[int, list[Word]] = {}
        for w in seg.words or []:
            region, word = packed.to_channel_time(_word(w))
            by_region.setdefault(region, []).append(word)
        for words in by_region.values():
            result.append(_raw_segment(seg, words, " ".join(w.text for w in words)))
        if not by_region:  # text with no words: kept so the hallucination guard counts it
            result.append(_raw_segment(seg, []))
    return result


def _word(w) -> Word:
    return Word(_clean_word(w.word), float(w.start), float(w.end), float(w.probability))


def _raw_segment(seg, words: list[Word], text: str | None = None) -> RawSegment:
    words = [w for w in words if w.text]
    text = seg.text.strip() if text is None else text
    return RawSegment(
        words[0].start if words else float(seg.start),
        words[-1].end if words else float(seg.end),
        text,
        words,
        float(seg.avg_logprob),
        float(seg.no_speech_prob),
        float(seg.compression_ratio) if text == seg.text.strip() else _compression_ratio(text),
    )


def _compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 1.0


def _redo_loops(model, packed: _Packed, segments: list, kwargs: dict) -> list:
    """Decode again, with temperature fallback, the clips where the batched greedy pass looped.

    The batched pipeline decodes each clip once at temperature 0; now and then it gets stuck
    repeating a word for the whole clip ("so, so, so, ..."), and the hallucination guard then drops
    every real word in it. The sequential decoder retries such output at higher temperatures.
    """
    result = []
    redone_clips = set()
    for seg in segments:
        if _compression_ratio(seg.text) <= LOOP_COMPRESSION_RATIO:
            result.append(seg)
            continue
        start, end = next(((a, b) for a, b in packed.clips if a - 0.01 <= seg.start <= b), packed.clips[-1])
        if (start, end) in redone_clips:
            continue
        redone_clips.add((start, end))
        clip = packed.audio[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
        redone, _info = model.transcribe(clip, vad_filter=False, **kwargs)
        for again in redone:
            for w in again.words or []:
                w.start, w.end = w.start + start, w.end + start
            result.append(again)
    return result


# --- Speech regions -----------------------------------------------------------------------------

VAD_WINDOW = 512  # samples per Silero decision (32 ms at 16 kHz)
# Silero carries a recurrent state from window to window. On one side of a call the channel sits in
# line noise for seconds at a time (while the other side talks, on hold), and the state drifts: the
# next turn's opening words score 0.1-0.3 instead of 0.4-0.6, and after ~10 s of silence whole turns
# score under 0.05 (measured on the eval audio). So Silero is also run afresh every VAD_RESTART_S,
# each run fed VAD_LEAD_IN_S of audio before its span, and the higher of the two scores is used: the
# restarted runs catch onsets after silence, the continuous run keeps long turns (a run restarted in
# the middle of speech under-scores it).
VAD_RESTART_S = 2.0
VAD_LEAD_IN_S = 1.0
# Whisper's window; a clip handed to it holds at most this much audio.
CLIP_S = 30.0
# Text this repetitive (gzip ratio, faster-whisper's own limit) is a decoding loop.
LOOP_COMPRESSION_RATIO = 2.4


def speech_probabilities(samples: np.ndarray) -> np.ndarray:
    """Silero's speech probability for each 32 ms window of a 16 kHz channel (see VAD_RESTART_S)."""
    from faster_whisper.vad import get_vad_model

    vad = get_vad_model()
    n = -(-len(samples) // VAD_WINDOW)
    padded = np.zeros(n * VAD_WINDOW, dtype=np.float32)
    padded[: len(samples)] = samples
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    continuous = vad(padded).reshape(-1)
    restarted = np.zeros(n, dtype=np.float32)
    # A restarted run is only worth its cost where something is louder than the line noise; on one
    # side of a call that skips about half the blocks.
    audible = above_line_noise(frame_levels(padded, VAD_WINDOW), 0.25)
    step, lead = int(VAD_RESTART_S * SAMPLE_RATE / VAD_WINDOW), int(VAD_LEAD_IN_S * SAMPLE_RATE / VAD_WINDOW)
    for first in range(0, n, step):
        begin, stop = max(0, first - lead), min(n, first + step)
        if not audible[first:stop].any():
            continue
        scores = vad(padded[begin * VAD_WINDOW : stop * VAD_WINDOW]).reshape(-1)
        restarted[first:stop] = scores[first - begin :]
    return np.maximum(continuous, restarted)


def speech_regions(samples: np.ndarray, options: IngestOptions) -> list[tuple[float, float]]:
    """Spans (seconds) of a channel that hold speech: padded, merged, none longer than a clip."""
    probs = speech_probabilities(samples)
    window = VAD_WINDOW / SAMPLE_RATE
    duration = len(samples) / SAMPLE_RATE
    on, off = options.vad_threshold, max(options.vad_threshold - 0.15, 0.01)
    min_silence = options.vad_min_silence_ms / 1000
    raw: list[tuple[float, float]] = []
    start = quiet_since = None
    for i, p in enumerate(probs):
        t = i * window
        if start is None:
            if p >= on:
                start, quiet_since = t, None
        elif p >= on:
            quiet_since = None
        elif p < off:
            quiet_since = t if quiet_since is None else quiet_since
            if t + window - quiet_since >= min_silence:
                raw.append((start, quiet_since))
                start = quiet_since = None
    if start is not None:
        raw.append((start, duration if quiet_since is None else quiet_since))
    pad = options.vad_speech_pad_ms / 1000
    merged: list[list[float]] = []
    for a, b in raw:
        if b - a < 2 * window:  # a lone window over the threshold: a click, not a word
            continue
        a, b = max(0.0, a - pad), min(duration, b + pad)
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    regions = []
    longest = CLIP_S - 0.5
    for a, b in merged:
        while b - a > longest:
            # Cut a long region where speech is least likely, in the second half of what fits.
            lo, hi = int((a + longest / 2) / window), int((a + longest) / window)
            cut = (lo + int(np.argmin(probs[lo:hi]))) * window
            regions.append((a, cut))
            a = cut
        regions.append((a, b))
    return regions


@dataclass
class _Packed:
    """Speech regions laid end to end with shortened pauses, and how to map times back."""

    audio: np.ndarray
    clips: list[tuple[float, float]]  # packed-audio spans handed to Whisper, each <= CLIP_S
    starts: np.ndarray  # per region: start in the packed audio
    ends: np.ndarray  # per region: end in the packed audio
    offsets: np.ndarray  # per region: channel time minus packed time

    def to_channel_time(self, word: Word) -> tuple[int, Word]:
        """The word's region (by its middle; in a pause, the nearer side) and the word in channel time."""
        middle = (word.start + word.end) / 2
        k = max(int(np.searchsorted(self.starts, middle, side="right")) - 1, 0)
        if middle > self.ends[k] and k + 1 < len(self.starts) and self.starts[k + 1] - middle < middle - self.ends[k]:
            k += 1
        lo, hi, offset = float(self.starts[k]), float(self.ends[k]), float(self.offsets[k])
        start = min(max(word.start, lo), hi) + offset
        end = min(max(word.end, lo), hi) + offset
        return k, Word(word.text, round(start, 3), round(end, 3), word.probability)


def _pack(samples: np.ndarray, regions: list[tuple[float, float]], max_pause: float) -> _Packed:
    pieces: list[np.ndarray] = []
    clips: list[tuple[float, float]] = []
    starts, ends, offsets = [], [], []
    position = clip_start = 0.0

    def cut(a: float, b: float) -> np.ndarray:
        return samples[round(a * SAMPLE_RATE) : round(b * SAMPLE_RATE)]

    for k, (a, b) in enumerate(regions):
        if k:
            pause = a - regions[k - 1][1]
            kept = min(pause, max_pause)
            if position + kept + (b - a) - clip_start > CLIP_S:
                clips.append((clip_start, position))
                clip_start = position
            else:
                # A long pause keeps its two edges (the audio just after the last region and just
                # before the next), so the line noise runs on naturally across the join.
                before = regions[k - 1][1]
                gap = [cut(before, a)] if pause <= max_pause else [cut(before, before + kept / 2), cut(a - kept / 2, a)]
                pieces += gap
                position += sum(len(g) for g in gap) / SAMPLE_RATE
        piece = cut(a, b)
        starts.append(position)
        ends.append(position + len(piece) / SAMPLE_RATE)
        offsets.append(a - position)
        pieces.append(piece)
        position += len(piece) / SAMPLE_RATE
    clips.append((clip_start, position))
    return _Packed(
        np.concatenate(pieces).astype(np.float32),
        clips,
        np.array(starts),
        np.array(ends),
        np.array(offsets),
    )


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
        if seg.compression_ratio > LOOP_COMPRESSION_RATIO:
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
    levels = frame_levels(samples, SAMPLE_RATE // 20)
    if not len(levels):
        return dbfs(samples)
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
    levels = frame_levels(samples, SAMPLE_RATE // 100)  # 10 ms frames
    n = len(levels)
    if n == 0:
        return utterances
    # Halfway-ish between the line noise and speech, and held for 20 ms, so background hiss and
    # clicks are not taken for a voice onset.
    loud = above_line_noise(levels, 0.4)
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
