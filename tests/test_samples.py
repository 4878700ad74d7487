"""The bundled demo calls in data/samples: manifest, audio and ground truth agree (fast, no espeak)."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from pipeline.ingest.manifest import KNOWN_COLUMNS
from pipeline.records import MOMENT_KINDS

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RATE = 16000
# The call system export the README documents, plus one column Earshot does not know (kept verbatim).
COLUMNS = [*KNOWN_COLUMNS, "crm_ticket"]
KINDS = set(MOMENT_KINDS)


def manifest() -> list[dict[str, str]]:
    with (SAMPLES / "calls.csv").open(newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = manifest()
IDS = [r["call_id"] for r in ROWS]


def truth(call_id: str) -> dict:
    return json.loads((SAMPLES / "truth" / f"{call_id}.json").read_text())


@cache
def channels(call_id: str) -> tuple[np.ndarray, np.ndarray]:
    """(agent, customer) channels at 16 kHz, whichever side the agent is on."""
    row = next(r for r in ROWS if r["call_id"] == call_id)
    left, right = decode_audio(str(SAMPLES / row["file"]), sampling_rate=RATE, split_stereo=True)
    return (left, right) if row["agent_channel"] == "left" else (right, left)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if len(x) else 0.0


def span(x: np.ndarray, start: float, end: float) -> np.ndarray:
    return x[max(0, int(start * RATE)) : max(0, int(end * RATE))]


def quiet_mask(n: int, busy: list[tuple[float, float]], margin: float = 0.3) -> np.ndarray:
    """True where none of the busy spans (widened by margin) is."""
    mask = np.ones(n, dtype=bool)
    for start, end in busy:
        mask[max(0, int((start - margin) * RATE)) : max(0, int((end + margin) * RATE))] = False
    return mask


def test_manifest_has_the_export_columns_and_sane_rows() -> None:
    with (SAMPLES / "calls.csv").open(newline="") as handle:
        header = next(csv.reader(handle))
    assert header == COLUMNS
    assert 18 <= len(ROWS) <= 24
    assert len(set(IDS)) == len(IDS) and all(re.fullmatch(r"CALL-\d{4}", i) for i in IDS)
    for row in ROWS:
        when = datetime.fromisoformat(row["started_at"])
        assert (when.year, when.month) == (2026, 11) and 8 <= when.hour < 18, row
        assert row["direction"] in ("inbound", "outbound")
        assert row["agent_channel"] in ("left", "right")
        assert not Path(row["file"]).is_absolute() and (SAMPLES / row["file"]).is_file(), row["file"]
        if row["parent_call_id"]:
            parent = next(r for r in ROWS if r["call_id"] == row["parent_call_id"])
            assert parent["customer_id"] == row["customer_id"] and parent["started_at"] < row["started_at"]
    assert any(r["agent_channel"] == "right" for r in ROWS)
    assert any(r["parent_call_id"] for r in ROWS)
    assert any(r["direction"] == "outbound" for r in ROWS)
    assert {Path(r["file"]).suffix for r in ROWS} >= {".ogg", ".mp3", ".flac", ".wav", ".m4a"}
    # every file in the folder is named by the manifest
    audio = {p.name for p in SAMPLES.iterdir() if p.suffix in (".ogg", ".mp3", ".flac", ".wav", ".m4a")}
    assert audio == {r["file"] for r in ROWS}


def test_samples_are_small() -> None:
    total = sum(p.stat().st_size for p in SAMPLES.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 20 * 1024 * 1024
    minutes = sum(truth(i)["duration_s"] for i in IDS) / 60
    assert minutes <= 40


@pytest.mark.parametrize("call_id", IDS)
def test_audio_decodes_to_two_channels_of_the_truth_duration(call_id: str) -> None:
    expected = truth(call_id)
    agent, customer = channels(call_id)
    assert len(agent) == len(customer)
    assert abs(len(agent) / RATE - expected["duration_s"]) <= 0.5
    assert 60 <= expected["duration_s"] <= 150


@pytest.mark.parametrize("call_id", IDS)
def test_truth_times_match_the_speech_on_each_channel(call_id: str) -> None:
    expected = truth(call_id)
    agent, customer = channels(call_id)
    duration = len(agent) / RATE
    utts = expected["utterances"]
    assert utts and all(0 <= u["start"] < u["end"] <= duration + 0.05 for u in utts)
    assert [u["start"] for u in utts] == sorted(u["start"] for u in utts)
    music = [(e["start"], e["end"]) for e in expected.get("events", []) if e.get("music")]
    for speaker, own, other in (("agent", agent, customer), ("customer", customer, agent)):
        mine = [(u["start"], u["end"]) for u in utts if u["speaker"] == speaker]
        theirs = [(u["start"], u["end"]) for u in utts if u["speaker"] != speaker]
        busy = mine + (music if speaker == "customer" else [])
        floor = rms(own[quiet_mask(len(own), busy)])  # the channel's noise in its silent gaps
        assert floor > 0
        for start, end in mine:
            level = rms(span(own, start, end))
            assert level > 8 * floor, (speaker, start, level, floor)
            # speech starts at the stated time: loud just after it, only noise well before it
            assert rms(span(own, start, start + 0.15)) > 3 * floor, (speaker, start)
            if not any(s < start and e > start - 0.6 for s, e in busy):
                assert rms(span(own, start - 0.5, start - 0.2)) < 2 * floor, (speaker, start)
            # and it is on this channel, not the other one (where nobody else talks at that time)
            if not any(s < end and e > start for s, e in theirs + music):
                assert level > 8 * rms(span(other, start, end)), (speaker, start)


def test_moments_are_labelled_utterances_and_every_kind_appears() -> None:
    seen = set()
    for call_id in IDS:
        expected = truth(call_id)
        assert expected["call_id"] == call_id
        lines = {(u["speaker"], u["start"], u["end"], u["text"]) for u in expected["utterances"]}
        for m in expected["moments"]:
            assert m["kind"] in KINDS
            assert (m["speaker"], m["start"], m["end"], m["text"]) in lines
            seen.add(m["kind"])
    assert seen == KINDS


def test_holds_and_transfers_are_in_the_truth() -> None:
    events = [e for i in IDS for e in truth(i).get("events", [])]
    holds = [e for e in events if e["kind"] == "hold" and e["music"]]
    assert any(15 <= e["end"] - e["start"] <= 40 for e in holds)
    assert any(e["kind"] == "dead_air" and e["end"] - e["start"] >= 10 for e in events)
    # a second agent voice within one recording (warm or cold transfer)
    assert any(len({u["persona"] for u in truth(i)["utterances"] if u["speaker"] == "agent"}) > 1 for i in IDS)


def test_generator_is_importable_and_matches_the_committed_files() -> None:
    spec = importlib.util.spec_from_file_location("earshot_sample_generator_test", SAMPLES / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # importing must not render anything or need espeak
    assert callable(module.render_call) and callable(module.main)
    assert [s["call_id"] for s in module.SCRIPTS] == IDS
    for script in module.SCRIPTS:
        labels = [
            k for item in script["lines"] for line in ([item, *item.get("during", [])]) for k in line.get("moments", [])
        ]
        assert sorted(labels) == sorted(m["kind"] for m in truth(script["call_id"])["moments"])
