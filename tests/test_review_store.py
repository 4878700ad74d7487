"""The app's writes: each stored in one transaction with its audit row; hostile text kept as data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.store import queries, review
from pipeline.store.coaching_export import cut_clip_ogg, export_session_html
from pipeline.store.db import Database
from pipeline.trust import settings
from tests.seed import SeedInfo

Seeded = tuple[Database, SeedInfo]
HOSTILE = "<script>alert('x')</script> '; DROP TABLE notes; -- ![img](http://evil.example/x.png) \u202e𝔘𝔫𝔦"


def audit_actions(db: Database) -> list[str]:
    return [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY audit_id")]


def test_note_is_stored_verbatim_and_audited(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    note_id = review.add_note(db, "supervisor", "C-1001", HOSTILE)
    notes = queries.call_notes(db, "C-1001")
    assert notes[0]["note_id"] == note_id and notes[0]["body"] == HOSTILE.strip()
    assert audit_actions(db)[-1] == "note"
    assert db.scalar("SELECT count(*) FROM notes") == 1


def test_note_validation(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    with pytest.raises(ValueError, match="empty"):
        review.add_note(db, "supervisor", "C-1001", "  \x00\x07 ")
    with pytest.raises(ValueError, match="too long"):
        review.add_note(db, "supervisor", "C-1001", "x" * (review.MAX_NOTE_CHARS + 1))
    with pytest.raises(ValueError, match="not in the database"):
        review.add_note(db, "supervisor", "nope", "hello")
    assert review.clean_text("a\x00b\nc\ud800", 100, field="t") == "ab\nc?"
    assert db.scalar("SELECT count(*) FROM notes") == 0
    assert "note" not in audit_actions(db)


def test_verdicts_are_kept_and_counted_per_rule(seeded_conn: Seeded) -> None:
    db, info = seeded_conn
    blame = next(m for m in info.moment_ids["C-1001"] if ":blame_shift:" in m)
    hold = next(m for m in info.moment_ids["C-1001"] if ":hold:" in m)
    review.set_moment_verdict(db, "supervisor", blame, "confirmed")
    review.set_moment_verdict(db, "supervisor", hold, "confirmed")
    review.set_moment_verdict(db, "admin", hold, "dismissed")  # changed mind: the latest counts
    assert db.scalar("SELECT count(*) FROM moment_reviews") == 3
    feedback = queries.rule_feedback(db).set_index("rule")
    assert feedback.loc["hold.phrases", "dismissed"] == 1 and feedback.loc["hold.phrases", "confirmed"] == 0
    assert feedback.loc["blame_shift.phrases", "confirmed"] == 1
    call = queries.review_call(db, "C-1001")
    assert {m["moment_id"]: m["verdict"] for m in call["moments"]}[hold] == "dismissed"  # type: ignore[index]
    assert audit_actions(db)[-3:] == ["moment_review"] * 3
    with pytest.raises(ValueError):
        review.set_moment_verdict(db, "supervisor", blame, "maybe")
    with pytest.raises(ValueError):
        review.set_moment_verdict(db, "supervisor", "C-1001:nothing:0", "confirmed")


def test_qa_form_and_scores(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    form = review.load_qa_form()
    assert {c.key for c in form.criteria} >= {"greeting", "verification", "empathy", "ownership", "resolution"}
    answers: dict[str, float | None] = {c.key: float(c.points) for c in form.criteria}
    answers["empathy"] = 0.0
    answers["verification"] = None  # not applicable
    total = review.save_qa_score(db, "supervisor", "C-1001", answers, "Good save at the end", form)
    empathy = next(c.points for c in form.criteria if c.key == "empathy")
    verification = next(c.points for c in form.criteria if c.key == "verification")
    expected = round(100 * (form.max_points - empathy - verification) / (form.max_points - verification), 1)
    assert total == expected
    stored = queries.call_qa_scores(db, "C-1001")[0]
    assert stored["total"] == expected and stored["answers"]["verification"] is None
    assert audit_actions(db)[-1] == "qa"
    with pytest.raises(ValueError, match="unknown"):
        review.save_qa_score(db, "supervisor", "C-1001", {"made_up": 1.0}, "", form)


def test_qa_form_file_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "qa.toml"
    bad.write_text('[[criteria]]\nkey = "a"\npoints = 0\n')
    with pytest.raises(ValueError):
        review.load_qa_form(bad)
    bad.write_text("title = 'empty'\n")
    with pytest.raises(ValueError):
        review.load_qa_form(bad)


def test_follow_up_close_and_reopen(seeded_conn: Seeded) -> None:
    db, info = seeded_conn
    promise = next(m for m in info.moment_ids["C-1001"] if ":follow_up_promise:" in m)
    review.close_follow_up(db, "supervisor", promise, "done", "Refund confirmed by phone")
    tasks = queries.follow_ups(db, info.now, ("done",))
    assert list(tasks["moment_id"]) == [promise] and tasks.iloc[0]["closed_by"] == "supervisor"
    review.reopen_follow_up(db, "supervisor", promise)
    assert queries.follow_ups(db, info.now, ("overdue",))["moment_id"].tolist().count(promise) == 1
    review.close_follow_up(db, "supervisor", promise, "missed")
    assert queries.follow_up_counts(db, info.now)["missed"] == 1
    with pytest.raises(ValueError):
        review.close_follow_up(db, "supervisor", promise, "open")
    blame = next(m for m in info.moment_ids["C-1001"] if ":blame_shift:" in m)
    with pytest.raises(ValueError):
        review.close_follow_up(db, "supervisor", blame, "done")  # not a promise


def test_coaching_workflow(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    session_id = review.create_coaching_session(db, "trainer", "  Empathy first  ", "for the Monday huddle")
    clip_id = review.add_clip(db, "trainer", session_id, "C-1006", 3.0, 9.0, "feeling_dismissal", HOSTILE)
    review.update_clip(db, "trainer", clip_id, "feeling_dismissal", "Never say calm down")
    assert review.assign_session(db, "trainer", session_id, ["A-300", "A-300", "A-100"]) == 2
    assert review.assign_session(db, "trainer", session_id, ["A-300"]) == 0
    review.set_trainer_notes(db, "trainer", session_id, "A-300", "Practise the acknowledgement phrase")
    review.acknowledge_session(db, "agent3", "A-300", session_id)
    session = queries.coaching_session(db, session_id)
    assert session is not None and session["title"] == "Empathy first"
    assert session["clips"][0]["talking_points"] == "Never say calm down"
    chloe = next(a for a in session["assignments"] if a["agent_id"] == "A-300")
    assert chloe["acknowledged_at"] is not None and chloe["trainer_notes"].startswith("Practise")
    with pytest.raises(ValueError, match="not assigned"):
        review.acknowledge_session(db, "agent2", "A-200", session_id)
    with pytest.raises(ValueError, match="end after"):
        review.add_clip(db, "trainer", session_id, "C-1006", 9.0, 3.0, "x")
    with pytest.raises(ValueError, match="does not exist"):
        review.add_clip(db, "trainer", 99999, "C-1006", 1.0, 3.0, "x")
    review.remove_clip(db, "trainer", clip_id)
    assert queries.coaching_session(db, session_id)["clips"] == []  # type: ignore[index]
    ops = [json.loads(r["detail"])["op"] for r in db.query("SELECT detail FROM audit_log WHERE action = 'coaching'")]
    for op in (
        "session_created",
        "clip_added",
        "clip_updated",
        "assigned",
        "trainer_notes",
        "acknowledged",
        "clip_removed",
    ):
        assert op in ops


def test_settings_are_whitelisted(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    assert queries.get_setting(db, "allow_original_playback", False) is False
    settings.set_setting(db, "admin", "allow_original_playback", True)
    assert queries.get_setting(db, "allow_original_playback", False) is True
    with pytest.raises(ValueError):
        settings.set_setting(db, "admin", "anything_else", 1)
    with pytest.raises(ValueError):
        settings.set_setting(db, "admin", "allow_original_playback", "yes")


def test_export_is_self_contained_and_escaped(seeded_conn: Seeded) -> None:
    db, info = seeded_conn
    assert info.session_id is not None
    review.add_clip(db, "trainer", info.session_id, "C-1007", 1.0, 4.0, "apology", HOSTILE)  # audio deleted
    page = export_session_html(db, info.session_id)
    sources = re.findall(r"<audio[^>]*src='data:audio/ogg;base64,([A-Za-z0-9+/=]+)'", page)
    assert len(sources) == 2  # the two clips with audio; the third says its audio is missing
    assert "Audio for this clip is not available" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "http://" not in page.replace("http://evil.example", "")  # nothing loads from elsewhere
    assert "Who owns it?" in page and "not our fault" in page


def test_cut_clip_is_playable_ogg(seeded_conn: Seeded) -> None:
    _, info = seeded_conn
    ogg = cut_clip_ogg(str(info.audio_dir / "C-1001.ogg"), 2.0, 6.0)
    assert ogg is not None and ogg[:4] == b"OggS" and len(ogg) > 1000
    assert cut_clip_ogg(str(info.audio_dir / "missing.ogg"), 0, 1) is None


def test_audit_detail_is_json(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    review.log_access(db, "supervisor", "search", detail={"query": HOSTILE})
    stored = db.scalar("SELECT detail FROM audit_log ORDER BY audit_id DESC LIMIT 1")
    assert json.loads(stored)["query"] == HOSTILE


def setting_changes(db: Database) -> list[dict[str, object]]:
    return [
        json.loads(r["detail"])
        for r in db.query("SELECT detail FROM audit_log WHERE action = 'setting_changed' ORDER BY audit_id")
    ]


def test_redaction_settings_are_validated_stored_under_the_ingest_keys_and_audited(seeded_conn: Seeded) -> None:
    from pipeline.ingest.runner import _redaction_settings
    from pipeline.trust.redact import KINDS, SETTING_KEYS, RedactionOptions

    db, _ = seeded_conn
    kinds_key, mode_key = SETTING_KEYS["kinds"], SETTING_KEYS["audio_mode"]
    changed = settings.set_settings(db, "admin", {kinds_key: ["email", "CARD", "card"], mode_key: "bleep"})
    assert changed == [kinds_key, mode_key]
    assert queries.get_setting(db, kinds_key) == ["CARD", "EMAIL"]  # normalised: upper case, sorted, once each
    assert _redaction_settings(db) == RedactionOptions(kinds=frozenset({"CARD", "EMAIL"}), audio_mode="bleep")
    assert [(c["key"], c["value"], c["previous"]) for c in setting_changes(db)] == [
        (kinds_key, ["CARD", "EMAIL"], sorted(KINDS)),
        (mode_key, "bleep", "silence"),
    ]
    # Saving the same values (or a default that has no row yet) changes nothing and logs nothing.
    assert settings.set_settings(db, "admin", {kinds_key: ["EMAIL", "CARD"], mode_key: "bleep"}) == []
    assert settings.set_settings(db, "admin", {"allow_original_playback": False}) == []
    assert len(setting_changes(db)) == 2
    # Refused before anything is stored: unknown types, no types, an unknown mode, wrong types, other keys.
    for values in (
        {kinds_key: ["CARD", "BANANA"]},
        {kinds_key: []},
        {kinds_key: "CARD"},
        {kinds_key: [1, 2]},
        {mode_key: "loud"},
        {mode_key: 1},
        {kinds_key: ["CARD"], mode_key: "loud"},  # all or nothing
        {"redaction_payment_window_s": 0.0},
    ):
        with pytest.raises(ValueError):
            settings.set_settings(db, "admin", values)
        if len(values) == 1:
            with pytest.raises(ValueError):
                settings.set_setting(db, "admin", *next(iter(values.items())))
    assert queries.get_setting(db, kinds_key) == ["CARD", "EMAIL"] and queries.get_setting(db, mode_key) == "bleep"
    assert len(setting_changes(db)) == 2


def test_review_store_never_writes_the_users_table_itself() -> None:
    """Account changes go through pipeline.trust.accounts (last-admin guard, audit); nothing here bypasses it."""
    source = Path(review.__file__).read_text(encoding="utf-8")
    assert not re.search(r"\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+users\b", source, re.IGNORECASE)
    assert not re.search(r"\bdisabled\s*=", source)
