"""A mono call saved as stereo is one recording, not two parties (real speech: the AWS sample calls)."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
import pytest

from pipeline.ingest import audio
from pipeline.ingest.audio_eval import aws_channels


def _through_opus(samples: np.ndarray) -> np.ndarray:
    """Encode to Ogg/Opus at a low bitrate and decode again: what lossy storage does to a mix."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=48000)
        stream.bit_rate = 24000
        frame = av.AudioFrame.from_ndarray(
            (np.clip(samples, -1, 1) * 32767).astype(np.int16)[None, :], format="s16", layout="mono"
        )
        frame.sample_rate = audio.SAMPLE_RATE
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    path = Path(__file__).parent / ".opus-roundtrip.ogg"
    try:
        path.write_bytes(buffer.getvalue())
        return audio.decode(path, 1).channels[0]
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.parametrize("call", ["Auto_Repairs_40_UTC", "Auto_Repairs_49_UTC"])
def test_real_two_party_channels_are_not_one_mix(call: str) -> None:
    agent, caller = aws_channels(call)
    assert not audio.same_mix(agent, caller)


@pytest.mark.parametrize("call", ["Auto_Repairs_40_UTC", "Auto_Repairs_49_UTC"])
def test_a_real_mix_in_both_channels_is_one_recording(call: str) -> None:
    agent, caller = aws_channels(call)
    mix = (agent + caller) / 2
    assert audio.same_mix(mix, mix)
    assert audio.same_mix(mix, 0.7 * mix)  # one channel quieter
    lossy = _through_opus(mix)
    n = min(len(lossy), len(mix))
    assert audio.same_mix(mix[:n], lossy[:n])  # one channel re-encoded lossily
    assert not audio.same_mix(mix[:n], agent[:n])  # a mix beside one party's own channel is not


def test_silence_and_empty_channels_are_not_a_mix() -> None:
    silent = np.zeros(audio.SAMPLE_RATE * 2, np.float32)
    assert audio.same_mix(silent, silent)  # identical: the caller still transcribes it once
    assert not audio.same_mix(np.zeros(0, np.float32), np.zeros(0, np.float32))
