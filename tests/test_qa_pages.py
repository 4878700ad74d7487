"""The QA loop through the real pages (AppTest): the pre-filled form with its evidence on Call review,
an override that needs a reason, the QA queue, and automatic beside human QA on the Scorecard."""

from __future__ import annotations

import pytest

from pages import shared
from pipeline.store.db import open_database
from tests.app_fixtures import SeededFile, open_page, signed_in, texts, use_cheap_password_hashing


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    use_cheap_password_hashing(monkeypatch)


def stored(path, sql: str, params=()) -> list[dict]:
    db = open_database(path, read_only=True)
    try:
        return db.query(sql, list(params))
    finally:
        db.close()


def test_prefilled_form_override_agent_dispute_supervisor_overturn_scorecard(seeded_db: SeededFile) -> None:
    auto = {
        r["criterion"]: r["answer"]
        for r in stored(seeded_db.path, "SELECT criterion, answer FROM qa_answers WHERE call_id = 'C-1001'")
    }
    assert auto["ownership"] == "not_met"  # the seeded call shifts the blame
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1001")
    content = texts(at)
    assert "Automatic QA" in [m.label for m in at.metric] and "blame shift at 0:" in content
    ownership = at.segmented_control(key="qa_C-1001_ownership")
    assert ownership.value == "not_met"  # pre-filled with the automatic answer
    play = next(b for b in at.button if "That's not our fault" in b.label.replace("\\", ""))
    play.click().run()
    blame = stored(seeded_db.path, "SELECT start_s FROM moments WHERE call_id = 'C-1001' AND kind = 'blame_shift'")
    assert float(at.query_params["t"]) == pytest.approx(blame[0]["start_s"], abs=0.05)  # plays the call from there
    at.segmented_control(key="qa_C-1001_ownership").set_value("met").run()
    at.button(key="qa_save_C-1001").click().run()
    assert any("Ownership: say why" in e.value for e in at.error)
    at.text_input(key="qa_reason_C-1001_ownership").set_value("Owned it at the end <b>'I'll call you'</b>").run()
    at.button(key="qa_save_C-1001").click().run()
    assert not at.exception and not at.error
    rows = stored(
        seeded_db.path,
        "SELECT criterion, auto_answer, answer, reason FROM qa_review_answers WHERE call_id = 'C-1001' AND overridden",
    )
    assert rows == [
        {"criterion": "ownership", "auto_answer": "not_met", "answer": "met",
         "reason": "Owned it at the end <b>'I'll call you'</b>"}
    ]  # fmt: skip
    scores = stored(seeded_db.path, "SELECT total, auto_total FROM qa_scores WHERE call_id = 'C-1001'")
    assert len(scores) == 1 and scores[0]["total"] > scores[0]["auto_total"]
    actions = [r["action"] for r in stored(seeded_db.path, "SELECT action FROM audit_log WHERE call_id = 'C-1001'")]
    assert "qa_override" in actions and "qa" in actions

    # The agent sees the reviewed answers and disputes one; another agent's call is not theirs to see.
    at = open_page(signed_in("agent"), "pages/my_qa.py", call="C-1001")
    assert "C-1001" in set(at.dataframe[0].value["call_id"]) and "C-1002" not in set(at.dataframe[0].value["call_id"])
    at.selectbox(key="dispute_target_C-1001").set_value("Criterion: Closing")
    at.text_area(key="dispute_reason_C-1001").set_value("I said <i>goodbye</i> at 1:05")
    next(b for b in at.button if b.label == "Send dispute").click().run()
    assert not at.exception and not at.error
    human_before = scores[0]["total"]

    # The supervisor's queue lists the dispute; they overturn it; the agent sees the outcome.
    at = open_page(signed_in("supervisor"), "pages/qa_queue.py")
    assert "I said <i>goodbye</i> at 1:05" in texts(at)
    # Needs review: the unsure answers (below the form's review_below, 0.7) of calls nobody has reviewed.
    unsure = {r["call_id"] for r in stored(seeded_db.path, "SELECT call_id FROM qa_answers WHERE confidence < 0.7")}
    listed = set(at.dataframe[0].value["call_id"]) if at.dataframe else set()
    assert listed == unsure - {"C-1001"}
    assert bool(listed) or any("Nothing waiting" in m.value for m in at.success)
    dispute_id = stored(seeded_db.path, "SELECT dispute_id FROM qa_disputes")[0]["dispute_id"]
    at.text_input(key=f"resolution_{dispute_id}").set_value("Yes, a clear goodbye")
    next(b for b in at.button if b.label == "Decide").click().run()
    assert not at.exception and not at.error
    latest = stored(seeded_db.path, "SELECT total FROM qa_scores WHERE call_id = 'C-1001' ORDER BY qa_id DESC")
    assert latest[0]["total"] > human_before
    at = open_page(signed_in("agent"), "pages/my_qa.py", call="C-1001")
    assert "overturned in your favour" in texts(at) and "Yes, a clear goodbye" in texts(at)

    # The Scorecard shows both scores side by side and the agreement per criterion.
    at = open_page(signed_in("executive"), "pages/scorecard.py")
    assert not at.exception and not any("Agree" in d.value.columns for d in at.dataframe)  # asked for, not on load
    at.toggle(key="scorecard_qa").set_value(True).run()
    assert not at.exception
    tables = [d.value for d in at.dataframe]
    agreement = next(t for t in tables if "Agree" in t.columns)
    ownership_row = agreement[agreement["Criterion"] == "Ownership"].iloc[0]
    assert ownership_row["Agree"] == 0.0 and ownership_row["Overridden"] == 1
    side = next(t for t in tables if "human_total" in t.columns)
    assert side.iloc[0]["call_id"] == "C-1001" and side["auto_total"].notna().sum() >= 7
    assert side.iloc[0]["human_total"] == latest[0]["total"]  # the overturn changed the human score

    # Admin: dispute and overturn rates per reviewer.
    at = open_page(signed_in("admin"), "pages/admin.py")
    by_reviewer = next(d.value for d in at.dataframe if "dispute_rate" in d.value.columns)
    supervisor = by_reviewer[by_reviewer["reviewer"] == "supervisor"].iloc[0]
    assert supervisor["disputes"] == 1 and supervisor["overturn_rate"] == 1.0


def test_calibration_is_scored_blind_on_the_page_then_shows_results(seeded_db: SeededFile) -> None:
    from pipeline.store import calibration as cal

    db = open_database(seeded_db.path)
    try:
        session_id = cal.create_session(db, "trainer", "Week 49", ["C-1001", "C-1002"], ["supervisor", "trainer"])
    finally:
        db.close()
    # The trainer has not scored yet: the review page hides the automatic answers, and so do the results.
    at = open_page(signed_in("trainer"), shared.REVIEW_PAGE, call="C-1001")
    assert "scoring this call in a calibration session" in texts(at) and "Automatic QA" not in texts(at)
    at = open_page(signed_in("trainer"), "pages/calibration.py")
    assert "results open once you have submitted" in texts(at)
    for control in at.segmented_control:
        if control.key.startswith(f"cal_{session_id}_"):
            control.set_value("na" if control.key.endswith("_empathy") else "met")
    at.button(key=f"cal_submit_{session_id}").click().run()
    assert not at.exception and not at.error
    at = open_page(signed_in("supervisor"), "pages/calibration.py")
    for control in at.segmented_control:
        if control.key.startswith(f"cal_{session_id}_"):
            control.set_value("not_met" if control.key.endswith("_ownership") else "met")
    at.button(key=f"cal_submit_{session_id}").click().run()
    assert not at.exception and not at.error
    assert any(m.label.startswith("Group agreement") for m in at.metric)
    spread = next(d.value for d in at.dataframe if "Automatic" in d.value.columns)
    assert list(spread["Call"]) == ["C-1001", "C-1002"] and spread["Met"].sum() == 4  # greeting: both said met
