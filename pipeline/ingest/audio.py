"""Reading recordings: probe, validate, decode to 16 kHz mono channels.

Decoding goes through PyAV (FFmpeg), which faster-whisper already depends on, so every format
FFmpeg reads works (wav, mp3, flac, ogg/opus, m4a) at any sample rate; telephony's 8 kHz is
resampled to the 16 kHz Whisper expects. Problems come back as `AudioError` with a message a user
can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

SAMPLE_RATE = 16000
AUDIO_SUFFIXES = frozenset({".wav", ".mp3", ".flac", ".ogg", ".opus", ".oga", ".m4a", ".mp4", ".aac", ".wma", ".webm"})
# Below this level (dBFS) a whole channel counts as silent.
SILENCE_DBFS = -55.0


class AudioError(ValueError):
    """The file cannot be used as a call recording; the message says why."""


@dataclass
class AudioInfo:
    """What the container says about a recording, read without decoding it."""

    duration_s: float | None
    channels: int
    sample_rate: int
    codec: str


@dataclass
class DecodedAudio:
    """A decoded recording: one float32 array per channel at `SAMPLE_RATE`."""

    channels: list[np.ndarray]
    declared_duration_s: float | None

    @property
    def duration_s(self) -> float:
        return len(self.channels[0]) / SAMPLE_RATE if self.channels else 0.0


def probe(path: Path) -> AudioInfo:
    """Read the container header; raises AudioError for empty, unreadable or non-audio files."""
    if not path.exists():
        raise AudioError("file not found")
    if path.stat().st_size == 0:
        raise AudioError("empty file (0 bytes)")
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError("no audio stream in the file")
            stream = container.streams.audio[0]
            duration = None
            if stream.duration is not None and stream.time_base is not None:
                duration = float(stream.duration * stream.time_base)
            elif container.duration is not None:
                duration = container.duration / 1_000_000
            if path.suffix.lower() == ".wav":
                # FFmpeg reports a cut-off WAV's duration from its size; the header says what was recorded.
                duration = _wav_declared_duration(path) or duration
            layout = stream.codec_context.layout
            channels = len(layout.channels) if layout is not None else 1
            return AudioInfo(duration, channels, stream.codec_context.sample_rate or 0, stream.codec_context.name)
    except AudioError:
        raise
    except (av.error.InvalidDataError, av.error.FFmpegError, UnicodeDecodeError) as exc:
        raise AudioError(f"not a readable audio file ({_ffmpeg_reason(exc)})") from exc


def decode(path: Path, channels: int) -> DecodedAudio:
    """Decode to 16 kHz float32; stereo files give two channels, others one (mixed down)."""
    from faster_whisper.audio import decode_audio

    info = probe(path)
    try:
        if channels >= 2:
            left, right = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
            arrays = [left, right]
        else:
            arrays = [decode_audio(str(path), sampling_rate=SAMPLE_RATE)]
    except (av.error.FFmpegError, ValueError) as exc:
        raise AudioError(f"the audio could not be decoded ({_ffmpeg_reason(exc)})") from exc
    if not len(arrays[0]):
        raise AudioError("the file holds no decodable audio (truncated or corrupt)")
    return DecodedAudio(arrays, info.duration_s)


def dbfs(samples: np.ndarray) -> float:
    """RMS level in dB relative to full scale; -inf-safe."""
    if not len(samples):
        return -120.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return 20 * np.log10(max(rms, 1e-6))


def frame_levels(samples: np.ndarray, frame: int) -> np.ndarray:
    """Level in dBFS of each whole frame of `frame` samples (a trailing partial frame is left out)."""
    n = len(samples) // frame
    frames = samples[: n * frame].reshape(n, frame).astype(np.float64)
    return 10 * np.log10(np.maximum(np.mean(frames**2, axis=1), 1e-12))


def above_line_noise(levels: np.ndarray, share: float) -> np.ndarray:
    """Frames louder than `share` of the way from the line noise (20th percentile) to speech (90th)."""
    noise, speech = float(np.percentile(levels, 20)), float(np.percentile(levels, 90))
    return levels > noise + share * (speech - noise)


# Two channels are one mix when, over the frames where anyone speaks, their loudness moves together
# (envelope correlation) at the same level. Separate parties never do: each channel is near silence
# while the other talks, so the correlation is low or negative and the levels differ by tens of dB.
SAME_MIX_ENVELOPE_CORRELATION = 0.9
SAME_MIX_LEVEL_DB = 6.0
_MIX_FRAME_S = 0.02


def same_mix(left: np.ndarray, right: np.ndarray) -> bool:
    """Whether two channels carry the same mono mix (a mono call saved as stereo by the call system).

    Identical channels, or ones that differ only by lossy encoding (joint-stereo MP3, Opus) or a small
    gain, are one recording with both parties in it; treating them as agent and customer would put
    every line in the transcript twice, once for each.
    """
    n = min(len(left), len(right))
    if n == 0:
        return False
    if np.array_equal(left[:n], right[:n]):
        return True
    frame = int(_MIX_FRAME_S * SAMPLE_RATE)
    if n < 10 * frame:
        return False
    a, b = frame_levels(left[:n], frame), frame_levels(right[:n], frame)
    louder = np.maximum(a, b)
    active = above_line_noise(louder, 0.5)
    if active.sum() < 10:
        return False
    a, b = a[active], b[active]
    if float(np.median(np.abs(a - b))) > SAME_MIX_LEVEL_DB:
        return False
    if np.std(a) < 1e-6 or np.std(b) < 1e-6:
        return False
    return float(np.corrcoef(a, b)[0, 1]) >= SAME_MIX_ENVELOPE_CORRELATION


def truncation_warning(audio: DecodedAudio) -> str | None:
    """A recording that decodes to much less than its header declares was cut off."""
    declared = audio.declared_duration_s
    if declared and declared > 5 and audio.duration_s < 0.9 * declared:
        return f"truncated: decoded {audio.duration_s:.0f} s of the {declared:.0f} s the file declares"
    return None


def _wav_declared_duration(path: Path) -> float | None:
    """Duration from a RIFF/WAVE header's fmt and data chunks (any codec: PCM, mu-law, ...)."""
    with path.open("rb") as handle:
        header = handle.read(4096)
    if header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        return None
    pos, byte_rate = 12, None
    while pos + 8 <= len(header):
        chunk_id, size = header[pos : pos + 4], int.from_bytes(header[pos + 4 : pos + 8], "little")
        if chunk_id == b"fmt " and pos + 16 <= len(header):
            byte_rate = int.from_bytes(header[pos + 16 : pos + 20], "little")
        elif chunk_id == b"data":
            # 0 and 0xFFFFFFFF mean "unknown length" (streamed recordings).
            if byte_rate and 0 < size < 0xFFFFFFFF:
                return size / byte_rate
            return None
        pos += 8 + size + (size & 1)
    return None


def _ffmpeg_reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return text.split(":")[-1].strip() or type(exc).__name__
