"""Fixtures for ingest tests: tiny audio files made with numpy + PyAV, and a run of the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


def write_audio(path: Path, channels: list[np.ndarray], rate: int = 8000) -> Path:
    """Write float32 channels (-1..1) to any container PyAV can encode, chosen by the suffix."""
    codec = {".wav": "pcm_s16le", ".flac": "flac", ".ogg": "libvorbis", ".mp3": "libmp3lame", ".m4a": "aac"}[
        path.suffix
    ]
    layout = "stereo" if len(channels) == 2 else "mono"
    data = np.stack(channels).astype(np.float32)
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate, layout=layout)
        fmt = "s16p" if codec == "pcm_s16le" else "fltp"
        if codec == "pcm_s16le":
            stream.codec_context.format = "s16"
            frame_data = (np.clip(data.T, -1, 1) * 32767).astype(np.int16).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(frame_data, format="s16", layout=layout)
        else:
            frame = av.AudioFrame.from_ndarray(data, format=fmt, layout=layout)
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def tone(seconds: float, rate: int = 8000, freq: float = 220.0, level: float = 0.2) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def run_cli(
    *args: str, db: Path, env: dict[str, str] | None = None, timeout: float = 900
) -> subprocess.CompletedProcess:
    """Run `python -m pipeline …` as a user would, in a fresh process."""
    full_env = {**os.environ, "EARSHOT_DB": str(db), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def write_long_silence(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A long, nearly empty FLAC (its header declares the full duration), written in chunks."""
    chunk = np.zeros((1, rate * 60), dtype=np.int16)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("flac", rate=rate, layout="mono")
        stream.codec_context.format = "s16"
        for i in range(int(seconds // 60)):
            frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="mono")
            frame.sample_rate = rate
            frame.pts = i * chunk.shape[1]
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path
