"""Role enforcement and hostile input through the real pages (`streamlit.testing.v1.AppTest`, seeded database).

Hiding a menu item is not the protection: each page is also run directly, as a deep link on a freshly
started server would run it, and must refuse by itself. What "refuse" means here: no exception, a
sign-in form or a message, and none of the calls' data anywhere in what was rendered.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pages import shared
from pipeline.store import queries
from pipeline.store import review as review_store
from pipeline.store.db import open_database
from pipeline.trust import auth
from tests.app_fixtures import (
    APP,
    ROOT,
    USERS,
    SeededFile,
    as_session_user,
    everything_rendered,
    iframes,
    open_page,
    signed_in,
    texts,
    use_cheap_password_hashing,
)
from tests.seed import CALLS, DIALOGUES, PENDING_CALL

EXISTING_PAGES = [p for p in shared.PAGES if (ROOT / p.path).exists()]
AGENT = USERS["agent"]
OWN_CALLS = {c.call_id for c in CALLS if c.agent_id == AGENT.agent_id}
OTHER_CALLS = sorted({c.call_id for c in CALLS if c.agent_id != AGENT.agent_id} | {PENDING_CALL})
# Calls of other agents that the agent's assigned coaching session does not use either (the session
# shows a clip of C-1002 on purpose: coaching assigned to an agent may use a colleague's call).
UNRELATED_CALLS = ["C-1003", "C-1006", "C-1007"]
AGENT_PAGES_REFUSED = [p for p in EXISTING_PAGES if not shared.allowed(AGENT, p.permissions)]


def transcript_lines(call_id: str) -> list[str]:
    call = next(c for c in CALLS if c.call_id == call_id)
    return [text for speaker, text, _ in DIALOGUES[call.dialogue] if not speaker.startswith("<pause")]


def assert_no_call_data(at: AppTest, call_ids: list[str] | set[str]) -> None:
    """None of these calls' ids or transcript lines anywhere on the page (player included)."""
    rendered = everything_rendered(at)
    for call_id in call_ids:
        assert call_id not in rendered, call_id
        seeded = next((c for c in CALLS if c.call_id == call_id), None)
        if seeded is None:
            continue
        for line in transcript_lines(call_id):
            assert line not in rendered, line


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    use_cheap_password_hashing(monkeypatch)


def _db_rows(path: Path, sql: str, params: list[object] | None = None) -> list[dict[str, object]]:
    db = open_database(path, read_only=True)
    try:
        return db.query(sql, params or [])
    finally:
        db.close()


# --- nobody signed in ---------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", EXISTING_PAGES, ids=lambda p: Path(p.path).stem)
def test_page_file_run_directly_without_sign_in_shows_nothing(seeded_db: SeededFile, spec: shared.PageSpec) -> None:
    at = AppTest.from_file(str(ROOT / spec.path), default_timeout=30)
    if spec.path == shared.REVIEW_PAGE:
        at.query_params["call"] = "C-1001"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    signed_out = [t.label for t in at.text_input] == ["Username", "Password"]
    refused = any("sign in" in e.value.lower() for e in at.error)
    assert signed_out or refused, texts(at)
    assert not at.dataframe and not iframes(at) and not at.get("plotly_chart") and not at.get("download_button")
    assert_no_call_data(at, [c.call_id for c in CALLS])
    assert shared.USER_KEY not in at.session_state


@pytest.mark.parametrize("spec", EXISTING_PAGES, ids=lambda p: Path(p.path).stem)
def test_app_deep_link_without_sign_in_shows_the_sign_in_form(seeded_db: SeededFile, spec: shared.PageSpec) -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    if spec.path == shared.REVIEW_PAGE:
        at.query_params["call"] = "C-1001"
    at.switch_page(spec.path).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.label for t in at.text_input] == ["Username", "Password"]
    assert not at.dataframe and not at.title and not iframes(at)
    assert_no_call_data(at, [c.call_id for c in CALLS])


def test_a_role_earshot_does_not_know_gets_nothing(seeded_db: SeededFile) -> None:
    at = AppTest.from_file(str(ROOT / shared.REVIEW_PAGE), default_timeout=30)
    at.session_state[shared.USER_KEY] = {"username": "mallory", "role": "superuser", "agent_id": None}
    at.query_params["call"] = "C-1001"
    at.run()
    assert not at.exception and at.error and not iframes(at)
    assert_no_call_data(at, [c.call_id for c in CALLS])


# --- agents ---------------------------------------------------------------------------------------------


def test_agent_sees_only_their_own_calls_on_my_calls(seeded_db: SeededFile) -> None:
    at = signed_in("agent")  # an agent lands on My calls
    assert "My calls & coaching" in texts(at)
    table = next(d for d in at.dataframe if "call_id" in d.value.columns)
    assert set(table.value["call_id"]) == OWN_CALLS
    assert_no_call_data(at, UNRELATED_CALLS)
    for name in ("Ben Okafor", "Chloé Martin", "A-200", "A-300"):
        assert name not in everything_rendered(at)


def test_agent_cannot_open_another_agents_call_by_its_id(seeded_db: SeededFile) -> None:
    for call_id in OTHER_CALLS:
        for at in (
            open_page(signed_in("agent"), shared.REVIEW_PAGE, call=call_id),
            _review_page_file(as_session_user(AGENT), call_id),
        ):
            assert not at.exception, [e.value for e in at.exception]
            assert any("that you can open" in w.value for w in at.warning), texts(at)
            assert not at.text_area and not at.get("plotly_chart")
            assert_no_call_data(at, [c for c in OTHER_CALLS if c != call_id])
            rendered = everything_rendered(at)
            if call_id != PENDING_CALL:
                assert not any(line in rendered for line in transcript_lines(call_id)), call_id
            assert not iframes(at)
    # (My calls, where the agent lands, plays the assigned coaching clips: those listens are expected.)
    viewed = _db_rows(
        seeded_db.path, "SELECT DISTINCT call_id FROM audit_log WHERE username = 'agent' AND action = 'view_transcript'"
    )
    assert not viewed, "a refused call is never logged as viewed"


def _review_page_file(session_user: dict[str, object], call_id: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / shared.REVIEW_PAGE), default_timeout=30)
    at.session_state[shared.USER_KEY] = session_user
    at.query_params["call"] = call_id
    return at.run()


def test_agent_opening_their_own_call_sees_no_colleagues_calls(seeded_db: SeededFile) -> None:
    # C-1001's customer also called A-300 (C-1003): the journey tab must not show that call.
    at = open_page(signed_in("agent"), shared.REVIEW_PAGE, call="C-1001")
    assert iframes(at) and "That&#x27;s not our fault" in iframes(at)[0]
    assert_no_call_data(at, ["C-1003"])
    assert "Chloé" not in everything_rendered(at)
    assert not at.text_area  # no notes or QA form for an agent


def test_agent_navigation_does_not_offer_the_other_pages(seeded_db: SeededFile) -> None:
    at = signed_in("agent")
    for spec in AGENT_PAGES_REFUSED:
        with pytest.raises(ValueError):
            at.switch_page(spec.path)  # not registered in the agent's navigation


@pytest.mark.parametrize("spec", AGENT_PAGES_REFUSED, ids=lambda p: Path(p.path).stem)
def test_agent_running_a_page_they_may_not_open_is_refused(seeded_db: SeededFile, spec: shared.PageSpec) -> None:
    at = AppTest.from_file(str(ROOT / spec.path), default_timeout=30)
    at.session_state[shared.USER_KEY] = as_session_user(AGENT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.error and f"cannot open {spec.title}" in at.error[0].value
    assert not at.dataframe and not at.text_input and not at.get("plotly_chart") and not at.button
    assert not iframes(at)
    assert_no_call_data(at, [c.call_id for c in CALLS])


def test_named_pages_are_among_those_refused_to_agents() -> None:
    refused = {p.path for p in AGENT_PAGES_REFUSED}
    assert {"pages/worst_calls.py", "pages/search.py", "pages/admin.py"} <= refused
    if (ROOT / "pages/scorecard.py").exists():
        assert "pages/scorecard.py" in refused


def test_agent_without_an_agent_id_gets_a_message_not_a_stack_trace(seeded_db: SeededFile) -> None:
    unlinked = {"username": "agent", "role": "agent", "agent_id": None}
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state[shared.USER_KEY] = unlinked
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert "not linked to an agent ID" in texts(at)
    assert not at.dataframe
    at = _review_page_file(unlinked, "C-1001")
    assert not at.exception and "not linked to an agent ID" in texts(at)
    assert_no_call_data(at, [c.call_id for c in CALLS])
    for page in ("pages/my_calls.py", shared.REVIEW_PAGE):
        direct = AppTest.from_file(str(ROOT / page), default_timeout=30)
        direct.session_state[shared.USER_KEY] = unlinked
        direct.run()
        assert not direct.exception and "not linked to an agent ID" in texts(direct)
        assert not direct.dataframe and not iframes(direct)
    with pytest.raises(PermissionError):
        auth.agent_scope(auth.User("agent", "agent", None))  # the check the pages rely on


# --- hostile input ----------------------------------------------------------------------------------------

LONG = ("'; DROP TABLE calls; -- <script>alert(1)</script> " * 250)[:10_000]
HOSTILE = [
    "'; DROP TABLE calls; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)> [link](javascript:alert(1)) <iframe src="//evil.example">',
    "\u202egnp.exe\u202c bidi override, zero\u200dwidth\u200djoiners 👩\u200d💻 and \u200b\ufeff",
    LONG,
]
LIVE_SCRIPT = re.compile(r"(?<!\\)<\s*script", re.IGNORECASE)  # a backslash-escaped < is literal text


def assert_no_live_markup(at: AppTest) -> None:
    """Markdown never carries user text as HTML; the player's HTML has only its own script."""
    for element in [*at.markdown, *at.caption, *at.info, *at.warning, *at.error]:
        body = str(element.value)
        assert not LIVE_SCRIPT.search(body), body[:200]
        if getattr(element.proto, "allow_html", False):
            assert "alert(" not in body and "script" not in body.lower(), body[:200]
    for page in iframes(at):
        assert len(re.findall(r"<\s*script", page, re.IGNORECASE)) == 1 and "const START" in page
        assert "alert(1)" not in page


def _calls_table_intact(path: Path) -> None:
    rows = _db_rows(path, "SELECT count(*) AS n FROM calls")
    assert rows[0]["n"] == len(CALLS) + 1  # and the pending one
    assert _db_rows(path, "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'calls'")[0]["n"]


def test_hostile_search_text_is_data(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("supervisor"), "pages/search.py")
    for text in HOSTILE:
        at.text_input(key="search_text").set_value(text)
        next(b for b in at.button if b.label == "Search").click().run()
        assert not at.exception, (text[:40], [e.value for e in at.exception])
        assert_no_live_markup(at)
    _calls_table_intact(seeded_db.path)
    logged = _db_rows(
        seeded_db.path, "SELECT detail FROM audit_log WHERE action = 'search' AND username = 'supervisor'"
    )
    queries_logged = [json.loads(str(r["detail"]))["query"] for r in logged]
    # Logged as typed; Streamlit's server caps the box at its 300 characters (whatever a client sends).
    assert queries_logged == [text[:300].strip() for text in HOSTILE]


def test_hostile_notes_are_stored_verbatim_and_shown_as_text(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1001")
    for text in HOSTILE:
        next(t for t in at.text_area if t.label == "Add a note").set_value(text)
        next(b for b in at.button if b.label == "Save note").click().run()
        assert not at.exception, (text[:40], [e.value for e in at.exception])
        assert not at.error, [e.value for e in at.error]
        assert_no_live_markup(at)
    _calls_table_intact(seeded_db.path)
    # Streamlit's server cuts the 10,000 characters to the note box's 5,000 (the store refuses longer
    # notes too: tests/test_review_store.py); everything else is stored exactly as typed.
    storable = [text[: review_store.MAX_NOTE_CHARS] for text in HOSTILE]
    db = open_database(seeded_db.path, read_only=True)
    try:
        stored = [n["body"] for n in queries.call_notes(db, "C-1001")]
    finally:
        db.close()
    assert sorted(stored) == sorted(text.strip() for text in storable)  # verbatim, and only those
    # Shown back as text: every note on the page, its markup escaped.
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1001")
    assert_no_live_markup(at)
    shown = texts(at)
    for text in storable:
        assert text.strip()[:300] in shown
