"""A coaching session as one self-contained HTML page, for a team meeting with no Earshot access.

Each clip is cut from the call's REDACTED audio copy, re-encoded as Ogg/Opus and embedded as a
`data:` URI, with its transcript excerpt, behaviour and talking points. Everything that came from
a person or a transcript is html-escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import av
import numpy as np

from pipeline.store import queries
from pipeline.store.db import Database

# (audio path, start s, end s) -> Ogg bytes, or None when the audio cannot be had.
AudioLoader = Callable[[str, float, float], bytes | None]

CLIP_SAMPLE_RATE = 16000
OPUS_FRAME = 320  # 20 ms at 16 kHz, a frame size Opus accepts
CLIP_PADDING_S = 0.0


def resolve_audio_path(path: str | None, base: Path | None = None) -> Path | None:
    """Where a stored audio path lives now: as stored, or relative to `base` (the database's folder)."""
    if not path:
        return None
    candidate = Path(path)
    if candidate.is_absolute() or candidate.exists():
        return candidate
    if base is not None and (base / candidate).exists():
        return base / candidate
    return candidate


def decode_clip(path: str | Path, start_s: float, end_s: float) -> np.ndarray:
    """Mono float32 samples at CLIP_SAMPLE_RATE between start and end (seconds)."""
    from faster_whisper.audio import decode_audio

    samples = decode_audio(str(path), sampling_rate=CLIP_SAMPLE_RATE)
    first = max(int(start_s * CLIP_SAMPLE_RATE), 0)
    last = max(int(end_s * CLIP_SAMPLE_RATE), first)
    return np.asarray(samples[first:last], dtype=np.float32)


def encode_ogg_opus(samples: np.ndarray, sample_rate: int = CLIP_SAMPLE_RATE) -> bytes:
    """Encode mono float samples as Ogg/Opus (small, and every current browser plays it)."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
    if len(pcm) % OPUS_FRAME:
        pcm = np.concatenate([pcm, np.zeros(OPUS_FRAME - len(pcm) % OPUS_FRAME, dtype=np.int16)])
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=sample_rate, layout="mono")
        stream.bit_rate = 24000
        for offset in range(0, len(pcm), OPUS_FRAME):
            frame = av.AudioFrame.from_ndarray(
                pcm[offset : offset + OPUS_FRAME].reshape(1, -1), format="s16", layout="mono"
            )
            frame.sample_rate = sample_rate
            frame.pts = offset
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()


def cut_clip_ogg(path: str, start_s: float, end_s: float) -> bytes | None:
    """The default AudioLoader: the clip as Ogg/Opus bytes, None when the file is missing or unreadable."""
    audio_path = Path(path)
    if not audio_path.is_file():
        return None
    try:
        samples = decode_clip(audio_path, max(start_s - CLIP_PADDING_S, 0.0), end_s + CLIP_PADDING_S)
    except (av.error.FFmpegError, ValueError, OSError):
        return None
    if not len(samples):
        return None
    return encode_ogg_opus(samples)


def _clock(seconds: float | None) -> str:
    seconds = max(float(seconds or 0.0), 0.0)
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2430; max-width: 880px;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { margin-bottom: .2rem; } .meta { color: #6b7280; margin-top: 0; }
.clip { border: 1px solid #e5e7eb; border-radius: 10px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
.clip h2 { font-size: 1.1rem; margin: 0 0 .35rem 0; }
.behaviour { display: inline-block; background: #eef2ff; color: #3730a3; border-radius: 999px; padding: .1rem .6rem;
             font-size: .85rem; margin-right: .5rem; }
.where { color: #6b7280; font-size: .9rem; }
audio { width: 100%; margin: .6rem 0; }
.points { background: #fffbeb; border-left: 4px solid #f59e0b; padding: .5rem .8rem; white-space: pre-wrap; }
.excerpt { margin: .6rem 0 0 0; padding: 0; list-style: none; }
.excerpt li { margin: .2rem 0; }
.spk { font-weight: 600; text-transform: capitalize; } .t { color: #9ca3af; font-size: .85rem; margin-right: .4rem; }
.missing { color: #b45309; }
"""


def export_session_html(
    db: Database,
    session_id: int,
    audio_loader: AudioLoader = cut_clip_ogg,
    audio_base: Path | None = None,
) -> str:
    """The whole session as one HTML page; raises ValueError when the session does not exist."""
    session = queries.coaching_session(db, session_id)
    if session is None:
        raise ValueError("that coaching session does not exist")
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{_e(session['title'])} · Earshot coaching</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(session['title'])}</h1>",
        f"<p class='meta'>Coaching session by {_e(session['created_by'] or 'unknown')} · exported "
        f"{_e(datetime.now().strftime('%Y-%m-%d %H:%M'))} · {len(session['clips'])} clip(s)</p>",
    ]
    if session.get("notes"):
        parts.append(f"<p class='points'>{_e(session['notes'])}</p>")
    for number, clip in enumerate(session["clips"], start=1):
        started = clip["started_at"].strftime("%Y-%m-%d %H:%M") if clip.get("started_at") else "date unknown"
        parts.append("<section class='clip'>")
        parts.append(f"<h2>Clip {number}: <span class='behaviour'>{_e(clip['behaviour'])}</span></h2>")
        parts.append(
            f"<div class='where'>Call {_e(clip['call_id'])} · {_e(clip['agent'] or 'unknown agent')} · {_e(started)}"
            f" · {_clock(clip['start_s'])}–{_clock(clip['end_s'])}</div>"
        )
        audio_path = resolve_audio_path(clip.get("redacted_audio_path"), audio_base)
        ogg = audio_loader(str(audio_path), float(clip["start_s"]), float(clip["end_s"])) if audio_path else None
        if ogg:
            encoded = base64.b64encode(ogg).decode("ascii")
            parts.append(f"<audio controls preload='metadata' src='data:audio/ogg;base64,{encoded}'></audio>")
        else:
            parts.append("<p class='missing'>Audio for this clip is not available; the transcript is below.</p>")
        if clip.get("talking_points"):
            parts.append(f"<div class='points'><strong>Talking points</strong>\n{_e(clip['talking_points'])}</div>")
        if clip["excerpt"]:
            parts.append("<ul class='excerpt'>")
            for line in clip["excerpt"]:
                parts.append(
                    f"<li><span class='t'>{_clock(line['start_s'])}</span>"
                    f"<span class='spk'>{_e(line['speaker'])}:</span> {_e(line['text'])}</li>"
                )
            parts.append("</ul>")
        parts.append("</section>")
    if not session["clips"]:
        parts.append("<p class='missing'>This session has no clips yet.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
