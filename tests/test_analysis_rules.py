"""The rules file: the shipped one loads; every kind of mistake is a RulesError naming the rule."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import DEFAULT_RULES_PATH, RulesError
from pipeline.records import MOMENT_KINDS

GOOD_RULE = """
[[rule]]
id = "p1"
kind = "policy_recital"
speaker = "agent"
patterns = ["our policy (is|states)"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text)
    return path


def test_default_rules_load_and_cover_every_kind() -> None:
    rules = load_rules()
    assert rules.path == DEFAULT_RULES_PATH
    assert {r.kind for r in rules.rules} == set(MOMENT_KINDS)
    # the version covers the rules file (and the learned model, tested in test_analysis_learned.py)
    assert load_rules(with_learned=False).version == hashlib.sha256(DEFAULT_RULES_PATH.read_bytes()).hexdigest()[:16]
    assert rules.score.weights and rules.score.moment_weights


def test_version_changes_with_content(tmp_path: Path) -> None:
    first = load_rules(write(tmp_path, GOOD_RULE)).version
    second = load_rules(write(tmp_path, GOOD_RULE + "\n# a comment\n")).version
    assert first != second


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '[[rule]]\nid = "r1"\nkind = "rudeness"\nspeaker = "agent"\npatterns = ["x"]',
            ["'r1'", "unknown kind 'rudeness'"],
        ),
        (
            '[[rule]]\nid = "r2"\nkind = "apology"\nspeaker = "agent"\npatterns = ["re:(unclosed"]',
            ["'r2'", "bad regular expression"],
        ),
        (
            '[[rule]]\nid = "r3"\nkind = "apology"\nspeaker = "agent"\npatterns = ["sorry"]\npaterns = ["x"]',
            ["'r3'", "unknown field", "paterns"],
        ),
        (
            '[[rule]]\nid = "r4"\nkind = "apology"\nspeaker = "agent"\npatterns = "sorry"',
            ["'r4'", "'patterns' must be list"],
        ),
        (
            '[[rule]]\nid = "r5"\nkind = "apology"\nspeaker = "agent"\npatterns = ["sorry"]\nweight = "high"',
            ["'r5'", "'weight' must be number"],
        ),
        (
            '[[rule]]\nid = "r6"\nkind = "apology"\nspeaker = "boss"\npatterns = ["sorry"]',
            ["'r6'", "speaker must be one of"],
        ),
        ('[[rule]]\nid = "r7"\nkind = "apology"\npatterns = ["sorry"]', ["'r7'", "missing required field 'speaker'"]),
        (
            '[[rule]]\nid = "r8"\nkind = "apology"\nspeaker = "agent"\npatterns = ["sorry (about"]',
            ["'r8'", "missing ')'"],
        ),
        (
            '[[rule]]\nid = "r9"\nkind = "apology"\nspeaker = "agent"\npatterns = ["{nowhere}"]',
            ["'r9'", "unknown slot"],
        ),
        (
            '[[rule]]\nid = "r10"\nkind = "policy_recital"\nspeaker = "agent"\npatterns = ["x"]\nafter = "complaint"',
            ["'r10'", "go together"],
        ),
        (
            '[[rule]]\nid = "r11"\nkind = "policy_recital"\nspeaker = "agent"\npatterns = ["x"]\n'
            'after = "nope"\nwithin_s_after = 30',
            ["'r11'", "neither a cue nor a moment kind"],
        ),
        ('[[rule]]\nid = "r12"\nkind = "apology"\nspeaker = "agent"\npatterns = []', ["'r12'", "'patterns' is empty"]),
        (
            '[[rule]]\nid = "r13"\nkind = "apology"\nspeaker = "agent"\npatterns = ["sorry"]\nrequires_gap_s = -1',
            ["'r13'", "positive number of seconds"],
        ),
        (
            '[[rule]]\nid = "r14"\nkind = "apology"\nspeaker = "agent"\npatterns = ["sorry"]\nnegation_guard = "yes"',
            ["'r14'", "'negation_guard' must be bool"],
        ),
        (
            '[[rule]]\nid = "r15"\nkind = "ownership"\nspeaker = "agent"\npatterns = ["x"]\nunless_then = ["transfer"]',
            ["'r15'", "'unless_then' and 'within_s_then' go together"],
        ),
        (
            '[[rule]]\nid = "r16"\nkind = "ownership"\nspeaker = "agent"\npatterns = ["x"]\n'
            'unless_then = ["handoff"]\nwithin_s_then = 60',
            ["'r16'", "'unless_then' names 'handoff'"],
        ),
        (GOOD_RULE + GOOD_RULE, ["'p1'", "duplicate id"]),
        (GOOD_RULE + "\n[score]\nfrustration = 2", ["[score]", "unknown term 'frustration'"]),
        (GOOD_RULE + "\n[score.moments]\nrudeness = 1", ["[score.moments]", "unknown kind 'rudeness'"]),
        (GOOD_RULE + "\n[settings]\nhold_min_gap = 10", ["[settings]", "unknown setting 'hold_min_gap'"]),
        (GOOD_RULE + "\n[gossip]\nx = 1", ["unknown section", "gossip"]),
        ("[[rule]\nid = 1", ["not valid TOML"]),
        ("", ["no rules"]),
    ],
)
def test_bad_rules_name_the_rule_and_the_problem(tmp_path: Path, body: str, expected: list[str]) -> None:
    with pytest.raises(RulesError) as info:
        load_rules(write(tmp_path, body))
    message = str(info.value)
    for part in expected:
        assert part in message, message
    assert "Traceback" not in message


def test_missing_file_is_a_rules_error(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read rules file"):
        load_rules(tmp_path / "absent.toml")


def test_rules_error_is_a_value_error() -> None:
    # the ingest command catches ValueError to print option problems; RulesError must be one
    assert issubclass(RulesError, ValueError)


def test_cli_reports_bad_rules_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    bad = write(tmp_path, '[[rule]]\nid = "oops"\nkind = "sarcasm"\nspeaker = "agent"\npatterns = ["x"]')
    with pytest.raises(SystemExit) as info:
        main(["eval", "--rules", str(bad)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "rule 'oops'" in err and "unknown kind 'sarcasm'" in err


OFFER_RULES = """
[[rule]]
id = "offer"
kind = "ownership"
speaker = "agent"
patterns = ["i can do that for you"]
unless_then = ["transfer"]
within_s_then = 60

[[rule]]
id = "hand-off"
kind = "transfer"
speaker = "agent"
patterns = ["transfer you to"]
"""


def test_an_offer_followed_by_a_hand_off_is_not_ownership(tmp_path: Path) -> None:
    from pipeline.analysis.call import analyze_call
    from pipeline.records import CallMeta, CallRecord, Utterance

    rules = load_rules(write(tmp_path, OFFER_RULES), with_learned=False)

    def kinds(lines: list[tuple[str, str]]) -> list[str]:
        utterances = [Utterance(who, 5.0 * i, 5.0 * i + 4.0, text) for i, (who, text) in enumerate(lines)]
        record = CallRecord(CallMeta("o1"), "h", "/o1.json", "json", 5.0 * len(lines), 2, False, utterances)
        return sorted(m.kind for m in analyze_call(record, rules).moments)

    done = [("agent", "sure i can do that for you"), ("customer", "great"), ("agent", "that's changed now")]
    assert kinds(done) == ["ownership"]  # the offer, carried out in the call
    handed = [done[0], done[1], ("agent", "let me transfer you to billing")]
    assert kinds(handed) == ["transfer"]  # the same offer, then a hand-off: not ownership
