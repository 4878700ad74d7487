"""The labelled evaluation set and the `eval` command.

The floors here are regression guards on the figures reported in the README's Call analysis section, not the
product bar: they fail when a rules change makes detection clearly worse than it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.analysis.evaluate import (
    EVAL_DIR,
    Label,
    load_eval_calls,
    match_moments,
    round11_conventions,
    transcript_reports,
)
from pipeline.analysis.load import load_rules
from pipeline.records import MOMENT_KINDS, Moment
from tests.eval.eval_format import call_problems, count_problems


@pytest.fixture(scope="module")
def reports():
    """The rules' own sets; every labelled set is evaluated by `make eval` (figures in the README)."""
    return {r.name: r for r in transcript_reports(load_rules(), only=("dev", "heldout"))}


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_eval_files_are_well_formed_and_cover_every_kind(split: str) -> None:
    calls = load_eval_calls(EVAL_DIR / split)
    assert len(calls) >= 15
    seen = {label.kind for call in calls for label in call.labels}
    assert seen == set(MOMENT_KINDS)
    for path in (EVAL_DIR / split).glob("*.json"):
        data = json.loads(path.read_text())
        assert {"call_id", "utterances", "moments", "transfers"} <= set(data)
        assert all(0 <= m["utterance"] < len(data["utterances"]) for m in data["moments"])
        assert all(u["speaker"] in ("agent", "customer") and u["end"] > u["start"] for u in data["utterances"])


@pytest.mark.parametrize(
    "split",
    [
        "train_a",
        "train_b",
        "train_c",
        "train_d",
        "train_e",
        "train_f",
        "train_g",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
    ],
)
def test_sets_written_to_the_brief_follow_the_labelling_rules(split: str) -> None:
    docs = [json.loads(path.read_text()) for path in sorted((EVAL_DIR / split).glob("*.json"))]
    assert len(docs) == 30
    assert [problem for doc in docs for problem in call_problems(doc)] == []
    assert count_problems(docs) == []


def test_labelling_rules_catch_a_broken_call() -> None:
    doc = json.loads((EVAL_DIR / "train_a" / "tra_01.json").read_text())
    assert call_problems(doc) == []
    customer_line = next(i for i, u in enumerate(doc["utterances"]) if u["speaker"] == "customer")
    doc["moments"] += [{"kind": "apology", "utterance": customer_line}, {"kind": "hold", "utterance": 0}]
    doc["transfers"] += 1
    problems = call_problems(doc)
    assert any("agent kind apology on a customer line" in p for p in problems)
    assert any("hold not followed by a 15 s gap" in p for p in problems)
    assert any("transfers field" in p for p in problems)
    assert count_problems([doc]) != []  # one call is far below every set's floors


def test_heldout_calls_are_not_in_dev() -> None:
    dev = {c.call_id for c in load_eval_calls(EVAL_DIR / "dev")}
    heldout = {c.call_id for c in load_eval_calls(EVAL_DIR / "heldout")}
    assert dev and heldout and not dev & heldout


def test_dev_figures(reports) -> None:
    overall = reports["transcripts: dev"].overall
    assert overall.precision >= 0.93 and overall.recall >= 0.95


def test_heldout_figures_do_not_regress(reports) -> None:
    report = reports["transcripts: held-out"]
    overall = report.overall
    assert overall.precision >= 0.85
    assert overall.recall >= 0.5
    hits, k = report.worst_call_precision()
    assert hits / k >= 0.7  # most of the calls scored worst are ones a supervisor picked


def test_worst_calls_surface_first_on_dev(reports) -> None:
    hits, k = reports["transcripts: dev"].worst_call_precision()
    assert hits / k >= 0.9


def test_matching_is_one_to_one_by_kind_and_time() -> None:
    labels = [Label("apology", 0, 2, 0), Label("apology", 5, 7, 1)]
    found = [
        Moment("apology", "agent", 0.5, 1.5, "sorry", "r"),
        Moment("apology", "agent", 1.0, 1.8, "sorry", "r"),
        Moment("blame_shift", "agent", 5, 7, "x", "r"),
    ]
    per_kind, false_alarms, misses = match_moments(labels, found)
    assert (per_kind["apology"].tp, per_kind["apology"].fp, per_kind["apology"].fn) == (1, 1, 1)
    assert per_kind["blame_shift"].fp == 1 and len(false_alarms) == 2 and len(misses) == 1


def test_rendered_eval_audio_is_small_and_labelled() -> None:
    audio = sorted((EVAL_DIR / "audio").glob("*.ogg"))
    assert audio and sum(p.stat().st_size for p in audio) <= 3 * 1024 * 1024
    splits = set()
    for path in audio:
        truth = json.loads(path.with_suffix(".json").read_text())
        splits.add(truth["split"])
        source = json.loads((EVAL_DIR / truth["split"] / f"{truth['call_id']}.json").read_text())
        assert truth["moments"] == source["moments"] and len(truth["utterances"]) == len(source["utterances"])
    assert splits == {"dev", "heldout"}


def test_eval_command_prints_figures(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from pipeline.cli import main

    assert main(["eval", "--json", "--sets", "heldout", "samples"]) == 0
    data = json.loads(capsys.readouterr().out)
    names = [r["name"] for r in data["reports"]]
    assert names == ["transcripts: held-out", "transcripts: demo calls (data/samples truth, unseen)"]
    assert set(data["reports"][0]["per_kind"]) == set(MOMENT_KINDS)
    assert main(["eval", "--sets", "heldout"]) == 0
    text = capsys.readouterr().out
    assert "OVERALL" in text and "held-out" in text and "precision" in text and "transcripts: dev" not in text
    with pytest.raises(SystemExit):
        main(["eval", "--sets", "no_such_set"])
    with pytest.raises(ValueError, match="unknown evaluation set"):
        transcript_reports(load_rules(), only=("no_such_set",))


def test_real_bank_calls_without_a_negative_behaviour_raise_almost_no_negative_flag() -> None:
    """Real speech (Harper Valley human transcripts, the AWS calls as Earshot transcribes them): at most
    0.1 negative findings per call that has no negative behaviour."""
    from pipeline.analysis.evaluate import real_reports

    report, flags = real_reports(load_rules())
    assert report.calls == 102 and flags.calls >= 97
    # every real call without the behaviour, bank and car repair alike (findings only: "possible" is apart)
    assert len(flags.flags) / flags.calls <= 0.1, flags.format(verbose=True)
    # the one labelled redirect ("give us another call back … to expedite"), which the matcher finds with a
    # similarity below the finding threshold, is still shown to the supervisor, apart, as possible
    assert report.per_kind["channel_redirect"].tp + report.possible.tp >= 1


def test_eval_prints_the_real_speech_figures_beside_the_synthetic(monkeypatch, capsys) -> None:
    from pipeline.analysis import evaluate
    from pipeline.cli import main

    monkeypatch.setattr(evaluate, "transcript_reports", lambda rules, only=None: [])
    assert main(["eval", "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in body["reports"]] == [
        "real: Harper Valley bank calls and the AWS calls as transcripts (labelled)"
    ]
    assert body["real_speech"][0]["calls"] >= 95 and "per_call" in body["real_speech"][0]


@pytest.mark.parametrize(
    ("marker", "expected"),
    [
        (None, False),
        ("Labelled to the conventions of round 11 (Real speech).", True),
        ("Labelled to the conventions of round 16 (Real speech and Round 16 addition).", True),
        ("Labelled to the conventions of round 9.", False),
    ],
)
def test_sets_labelled_to_round_11_or_later_keep_their_own_holds(
    tmp_path: Path, marker: str | None, expected: bool
) -> None:
    if marker is not None:
        (tmp_path / "CONVENTIONS").write_text(marker + "\n")
    assert round11_conventions(tmp_path) is expected
