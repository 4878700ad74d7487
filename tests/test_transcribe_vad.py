"""Speech regions and the packing of them for Whisper: no Whisper model needed (Silero only)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from pipeline.ingest import audio
from pipeline.ingest.audio import SAMPLE_RATE
from pipeline.ingest.options import IngestOptions
from pipeline.ingest.transcribe import CLIP_S, _pack, speech_probabilities, speech_regions
from pipeline.records import Word

EVAL_AUDIO = Path(__file__).resolve().parent / "eval" / "audio"


def test_packing_shortens_long_pauses_and_maps_words_back() -> None:
    samples = np.arange(20 * SAMPLE_RATE, dtype=np.float32)
    regions = [(1.0, 2.0), (2.5, 3.0), (10.0, 11.0)]
    packed = _pack(samples, regions, max_pause=1.0)
    # 1 s + the 0.5 s pause kept whole + 0.5 s + 1 s (the 7 s pause cut to 1 s) + 1 s
    assert len(packed.audio) == 4 * SAMPLE_RATE
    assert packed.clips == [(0.0, 4.0)]
    # the long pause keeps its two edges: 0.5 s after the second region, 0.5 s before the third
    assert packed.audio[2 * SAMPLE_RATE] == samples[3 * SAMPLE_RATE]
    assert packed.audio[int(2.5 * SAMPLE_RATE)] == samples[int(9.5 * SAMPLE_RATE)]
    assert packed.audio[3 * SAMPLE_RATE] == samples[10 * SAMPLE_RATE]
    region, word = packed.to_channel_time(Word("hello", 3.1, 3.4, 0.9))
    assert region == 2 and (word.start, word.end) == (10.1, 10.4)
    # a word Whisper stretched into the shortened pause goes to the nearer region, clamped to it
    region, word = packed.to_channel_time(Word("so", 2.1, 2.3, 0.9))
    assert region == 1 and (word.start, word.end) == (3.0, 3.0)
    region, word = packed.to_channel_time(Word("well", 2.8, 3.2, 0.9))
    assert region == 2 and (word.start, word.end) == (10.0, 10.2)


def test_packing_starts_a_new_clip_rather_than_exceed_whispers_window() -> None:
    samples = np.zeros(120 * SAMPLE_RATE, dtype=np.float32)
    regions = [(0.0, 12.0), (20.0, 32.0), (40.0, 52.0)]
    packed = _pack(samples, regions, max_pause=1.0)
    assert packed.clips == [(0.0, 25.0), (25.0, 37.0)]
    assert all(b - a <= CLIP_S for a, b in packed.clips)
    region, word = packed.to_channel_time(Word("x", 26.0, 26.5, 0.9))
    assert region == 2 and (word.start, word.end) == (41.0, 41.5)


def test_silence_has_no_speech_regions() -> None:
    rng = np.random.default_rng(0)
    hiss = (rng.standard_normal(30 * SAMPLE_RATE) * 0.001).astype(np.float32)
    assert speech_regions(hiss, IngestOptions()) == []
    assert len(speech_probabilities(hiss)) == -(-len(hiss) // 512)


@pytest.mark.parametrize("call_id", ["dev_01", "ho2_09"])
def test_every_turn_starts_inside_a_speech_region(call_id: str) -> None:
    # dev_01: turns whose first words Silero scores 0.2-0.5; ho2_09: two turns after 70 s of line
    # noise, which Silero run continuously (as faster-whisper runs it) scores under 0.05 throughout.
    truth = json.loads((EVAL_AUDIO / f"{call_id}.json").read_text())
    decoded = audio.decode(EVAL_AUDIO / f"{call_id}.ogg", 2)
    for speaker, samples in zip(("agent", "customer"), decoded.channels, strict=True):
        regions = speech_regions(samples, IngestOptions())
        for u in truth["utterances"]:
            if u["speaker"] != speaker:
                continue
            assert any(a <= u["start"] + 0.1 < b for a, b in regions), (speaker, u["text"])
            covered = sum(max(0.0, min(b, u["end"]) - max(a, u["start"])) for a, b in regions)
            assert covered >= 0.9 * (u["end"] - u["start"]), (speaker, u["text"])


def test_voice_detection_options_reach_ingest_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.ingest.runner
    from pipeline.cli import main

    db = str(tmp_path / "x.duckdb")
    assert main(["ingest", str(tmp_path), "--db", db, "--vad-threshold", "1.5"]) == 2
    assert "vad_threshold must be between 0 and 1" in capsys.readouterr().err

    seen = []

    def record(paths: object, db: object, options: IngestOptions, out: object = None) -> SimpleNamespace:
        seen.append(options)  # what the command line asked for; nothing is transcribed
        return SimpleNamespace(ok=True)

    monkeypatch.setattr(pipeline.ingest.runner, "ingest", record)
    monkeypatch.setattr(pipeline.ingest.runner, "format_summary", lambda summary: "")
    argv = ["ingest", str(tmp_path), "--db", db, "--no-vad", "--vad-speech-pad-ms", "200", "--vad-max-pause-s", "2"]
    assert main(argv) == 0
    assert not seen[0].vad and seen[0].vad_speech_pad_ms == 200 and seen[0].vad_max_pause_s == 2.0
