"""Every page through `streamlit.testing.v1.AppTest` on a seeded database file, as each role that may open it.

The app is run from `app.py` (sign-in, navigation) and switched to each page, as a browser would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pages import shared
from pipeline.store.db import open_database
from pipeline.trust import auth
from pipeline.trust.redact import KINDS, SETTING_KEYS, RedactionOptions
from tests.app_fixtures import (
    APP,
    ROOT,
    USERS,
    SeededFile,
    as_session_user,
    iframes,
    open_page,
    signed_in,
    texts,
    use_cheap_password_hashing,
)
from tests.seed import PASSWORDS, PENDING_CALL

# Pages of this issue (the scorecard page is tested by its owner; here only that it opens).
MY_PAGES = [p for p in shared.PAGES if p.path != "pages/scorecard.py"]
CASES = [
    pytest.param(spec, role, id=f"{Path(spec.path).stem}-{role}")
    for spec in MY_PAGES
    for role, user in USERS.items()
    if shared.allowed(user, spec.permissions)
]


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    use_cheap_password_hashing(monkeypatch)


@pytest.mark.parametrize(("spec", "role"), CASES)
def test_page_renders_for_role(seeded_db: SeededFile, spec: shared.PageSpec, role: str) -> None:
    at = signed_in(role)
    params = {"call": "C-1001", "t": "24"} if spec.path == shared.REVIEW_PAGE else {}
    open_page(at, spec.path, **params)
    assert not at.error, [e.value for e in at.error]
    content = texts(at)
    if spec.path == shared.REVIEW_PAGE:
        assert "Call C-1001" in content
        player = iframes(at)[0]
        assert "<audio id='audio'" in player and "data:audio/ogg;base64," in player
        assert "That&#x27;s not our fault" in player and "const START = 24.00" in player
    else:
        assert spec.title in content
    if spec.path in ("pages/worst_calls.py", "pages/follow_ups.py", "pages/journeys.py", "pages/my_calls.py"):
        assert at.dataframe, "the page should list its rows"


def test_every_page_is_registered_in_the_navigation(seeded_db: SeededFile) -> None:
    for spec in shared.PAGES:
        roles = [role for role, user in USERS.items() if shared.allowed(user, spec.permissions)]
        assert roles, f"no role may open {spec.path}"
        if (ROOT / spec.path).exists():
            signed_in(roles[0]).switch_page(spec.path)  # raises when st.navigation did not register the file


def test_not_signed_in_sees_only_the_sign_in_form(seeded_db: SeededFile) -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert [t.label for t in at.text_input] == ["Username", "Password"]
    assert not at.dataframe and not at.title
    at.switch_page("pages/worst_calls.py").run()  # a deep link: still the sign-in form, no data
    assert [t.label for t in at.text_input] == ["Username", "Password"] and not at.dataframe


def test_sign_in_with_password(seeded_db: SeededFile) -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.text_input[0].set_value("supervisor")
    at.text_input[1].set_value("not the password")
    at.button[0].click().run()
    assert at.error and shared.USER_KEY not in at.session_state
    at.text_input[1].set_value(PASSWORDS["supervisor"])
    at.button[0].click().run()
    assert not at.exception
    assert at.session_state[shared.USER_KEY]["role"] == "supervisor"
    assert "Worst calls" in texts(at)


def test_page_file_refuses_a_role_without_permission(seeded_db: SeededFile) -> None:
    at = AppTest.from_file(str(ROOT / "pages/worst_calls.py"), default_timeout=30)
    at.session_state[shared.USER_KEY] = {"username": "agent", "role": "agent", "agent_id": "A-100"}
    at.run()
    assert at.error and "cannot open Worst calls" in at.error[0].value
    assert not at.dataframe


def test_agent_navigation_has_only_their_pages(seeded_db: SeededFile) -> None:
    at = signed_in("agent")
    assert "My calls & coaching" in texts(at)
    for path in ("pages/worst_calls.py", "pages/search.py", "pages/admin.py", "pages/coaching.py"):
        with pytest.raises(ValueError):
            at.switch_page(path)


def test_agent_cannot_open_another_agents_call(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("agent"), shared.REVIEW_PAGE, call="C-1002")
    assert "no call" in texts(at) and not iframes(at)
    at = open_page(signed_in("agent"), shared.REVIEW_PAGE, call="C-1001")
    assert iframes(at) and not at.text_area  # their own call: listen and read, no notes or QA form


def test_review_states_never_stack_trace(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1007")
    assert "Audio file not found at" in iframes(at)[0] and "<audio" not in iframes(at)[0]
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1008")
    assert "came in as a transcript" in iframes(at)[0]
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call=PENDING_CALL)
    assert "Still being ingested" in texts(at) and not iframes(at)
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="<script>alert(1)</script>", t="nan")
    assert "no call" in texts(at)
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE)
    assert "Call ID" in [t.label for t in at.text_input]


def test_review_says_when_mono_speaker_roles_are_uncertain(seeded_db: SeededFile) -> None:
    db = open_database(seeded_db.path)
    try:
        db.execute("UPDATE calls SET speakers_estimated = true, speaker_confidence = 0.42 WHERE call_id = 'C-1001'")
        db.execute("UPDATE calls SET speakers_estimated = true, speaker_confidence = 0.97 WHERE call_id = 'C-1002'")
    finally:
        db.close()
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1001")
    warnings = [w.value for w in at.warning]
    assert any("low confidence (0.42)" in w for w in warnings)
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1002")
    assert not any("low confidence" in w.value for w in at.warning)


def test_supervisor_adds_a_missed_moment_that_becomes_a_training_label(seeded_db: SeededFile) -> None:
    db = open_database(seeded_db.path, read_only=True)
    try:
        lines = db.query("SELECT idx, speaker, text FROM utterances WHERE call_id = 'C-1001' ORDER BY idx")
    finally:
        db.close()
    agent_line = next(i for i, u in enumerate(lines) if u["speaker"] == "agent")
    customer_line = next(i for i, u in enumerate(lines) if u["speaker"] == "customer")
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1001")
    next(s for s in at.selectbox if s.label == "Line").set_value(customer_line)
    next(s for s in at.selectbox if s.label == "Moment").set_value("apology")
    next(b for b in at.button if b.label == "Add moment").click().run()
    assert any("shown by the agent" in e.value for e in at.error)  # an agent's kind on a customer's line
    next(s for s in at.selectbox if s.label == "Line").set_value(agent_line)
    next(s for s in at.selectbox if s.label == "Moment").set_value("apology")
    next(b for b in at.button if b.label == "Add moment").click().run()
    assert not at.exception
    db = open_database(seeded_db.path, read_only=True)
    try:
        rows = db.query("SELECT kind, verdict, speaker, text, reviewer FROM moment_reviews WHERE verdict = 'added'")
    finally:
        db.close()
    expected = {"kind": "apology", "verdict": "added", "reviewer": "supervisor"}
    assert rows == [{**expected, "speaker": "agent", "text": lines[agent_line]["text"]}]


def test_review_note_verdict_and_audit(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("supervisor"), shared.REVIEW_PAGE, call="C-1001")
    note_box = next(t for t in at.text_area if t.label == "Add a note")
    note_box.set_value("Listen from 0:24 <b>blame</b>")
    next(b for b in at.button if b.label == "Save note").click().run()
    assert not at.exception
    next(b for b in at.button if b.label == "Dismiss").click().run()
    assert not at.exception
    db = open_database(seeded_db.path, read_only=True)
    try:
        assert db.scalar("SELECT body FROM notes WHERE call_id = 'C-1001'") == "Listen from 0:24 <b>blame</b>"
        assert db.scalar("SELECT verdict FROM moment_reviews WHERE call_id = 'C-1001'") == "dismissed"
        actions = {r["action"] for r in db.query("SELECT action FROM audit_log WHERE username = 'supervisor'")}
    finally:
        db.close()
    assert {"view_transcript", "listen", "note", "moment_review"} <= actions


def test_empty_database_shows_the_friendly_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EARSHOT_DB", str(tmp_path / "none-yet.duckdb"))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert "No calls yet" in texts(at) and not at.exception
    at = AppTest.from_file(str(ROOT / "pages/worst_calls.py"), default_timeout=30)
    at.session_state[shared.USER_KEY] = {"username": "s", "role": "supervisor", "agent_id": None}
    at.run()
    assert "No calls yet" in texts(at) and not at.exception
    assert not (tmp_path / "none-yet.duckdb").exists()  # looking never creates the file


def test_search_logs_and_lists_hits(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("supervisor"), "pages/search.py")
    search = next(b for b in at.button if b.label == "Search")
    at.text_input[0].set_value("refund' OR 1=1 --")
    search.click().run()
    assert not at.exception
    at.text_input[0].set_value("refund")
    next(b for b in at.button if b.label == "Search").click().run()
    assert at.dataframe and len(at.dataframe[0].value) >= 2
    db = open_database(seeded_db.path, read_only=True)
    try:
        queries_logged = db.query("SELECT detail FROM audit_log WHERE action = 'search'")
    finally:
        db.close()
    assert len(queries_logged) == 2


def test_coaching_export_and_agent_acknowledgement(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("trainer"), "pages/coaching.py")
    next(b for b in at.button if b.label == "Prepare HTML export").click().run()
    assert not at.exception and at.get("download_button")
    at = open_page(signed_in("agent"), "pages/my_calls.py")
    ack = next(b for b in at.button if b.label.startswith("Acknowledge"))
    ack.click().run()
    assert not at.exception
    db = open_database(seeded_db.path, read_only=True)
    try:
        assert db.scalar("SELECT acknowledged_at IS NOT NULL FROM coaching_assignments WHERE agent_id = 'A-100'")
        assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'export_clip'") == 1
    finally:
        db.close()


def test_disabled_user_is_signed_out(seeded_db: SeededFile) -> None:
    at = signed_in("supervisor")
    db = open_database(seeded_db.path)
    try:
        db.execute("UPDATE users SET disabled = true WHERE username = 'supervisor'")
    finally:
        db.close()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.label for t in at.text_input] == ["Username", "Password"], texts(at)


# --- single sign-on --------------------------------------------------------------------------------

SSO_SECRETS = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "test-cookie-secret-not-used-for-anything-real",
        "client_id": "earshot",
        "client_secret": "not-a-secret",
        "server_metadata_url": "https://idp.example.com/.well-known/openid-configuration",
    },
    # The layout the README's Security section documents: [earshot.roles] and [earshot.agent_ids].
    "earshot": {
        "roles": {
            "admin": ["ops-lead@example.com", "group:cc-admins"],
            "supervisor": ["group:cc-supervisors"],
            "agent": ["group:cc-agents"],
        },
        "agent_ids": {"dee@example.com": "A-100"},
    },
}


def signed_in_through_identity_provider(email: str, groups: list[str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for name, section in SSO_SECRETS.items():
        at.secrets[name] = section
    at.user = {"is_logged_in": True, "email": email, "groups": groups}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_single_sign_on_reads_the_documented_earshot_roles_and_agent_ids(seeded_db: SeededFile) -> None:
    at = signed_in_through_identity_provider("dee@example.com", ["cc-agents"])
    assert at.session_state[shared.USER_KEY] == {"username": "dee@example.com", "role": "agent", "agent_id": "A-100"}
    assert "My calls & coaching" in texts(at)
    at = signed_in_through_identity_provider("Ops-Lead@Example.com", [])
    assert at.session_state[shared.USER_KEY]["role"] == "admin"
    at = signed_in_through_identity_provider("sam@example.com", ["cc-supervisors", "cc-agents"])
    assert at.session_state[shared.USER_KEY]["role"] == "supervisor"  # the most privileged match
    # An agent by group but with no [earshot.agent_ids] entry, and someone matching nothing: refused.
    for email, groups in (("eve@example.com", ["cc-agents"]), ("stranger@example.org", ["guests"])):
        at = signed_in_through_identity_provider(email, groups)
        assert shared.USER_KEY not in at.session_state
        assert "no Earshot role yet" in texts(at) and not at.dataframe
    db = open_database(seeded_db.path, read_only=True)
    try:
        logins = db.query("SELECT username, detail FROM audit_log WHERE action = 'login' ORDER BY audit_id")
        denied = db.query("SELECT username FROM audit_log WHERE action = 'login_sso_denied' ORDER BY audit_id")
    finally:
        db.close()
    assert [r["username"] for r in logins] == ["dee@example.com", "ops-lead@example.com", "sam@example.com"]
    assert all(json.loads(r["detail"])["method"] == "sso" for r in logins)
    assert [r["username"] for r in denied] == ["eve@example.com", "stranger@example.org"]


# --- admin: users ------------------------------------------------------------------------------------


def _by_label(widgets: object, label: str) -> list:
    return [w for w in widgets if w.label == label]  # type: ignore[attr-defined]


def _click(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_admin_page_adds_a_user_with_exactly_one_audit_row(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("admin"), "pages/admin.py")
    _by_label(at.text_input, "Username")[0].set_value("Dana")
    _by_label(at.text_input, "Password")[0].set_value("dana-password-1")
    _by_label(at.selectbox, "Role")[0].set_value("agent")
    _by_label(at.text_input, "Agent ID (agents only)")[0].set_value("A-300")
    _click(at, "Add user")
    assert not at.error, [e.value for e in at.error]
    db = open_database(seeded_db.path, read_only=True)
    try:
        row = db.query_one("SELECT role, agent_id FROM users WHERE username = 'dana'")
        added = db.query("SELECT username, detail FROM audit_log WHERE action = 'user_added'")
    finally:
        db.close()
    assert row == {"role": "agent", "agent_id": "A-300"}
    for_dana = [r for r in added if json.loads(r["detail"])["username"] == "dana"]
    assert len(for_dana) == 1 and for_dana[0]["username"] == "admin"


def _disable(at: AppTest, target: str) -> AppTest:
    _by_label(at.selectbox, "User")[0].set_value(target)  # the users tab comes first: its form's picker
    return _click(at, "Disable")


def _user_disabled(path: Path, username: str) -> bool:
    db = open_database(path, read_only=True)
    try:
        return bool(db.scalar("SELECT disabled FROM users WHERE username = ?", [username]))
    finally:
        db.close()


def test_admin_page_disables_through_the_user_store(seeded_db: SeededFile) -> None:
    at = _disable(open_page(signed_in("admin"), "pages/admin.py"), "trainer")
    assert _user_disabled(seeded_db.path, "trainer")
    db = open_database(seeded_db.path, read_only=True)
    try:
        audited = db.query("SELECT username, detail FROM audit_log WHERE action = 'user_disabled'")
    finally:
        db.close()
    assert [(r["username"], json.loads(r["detail"])) for r in audited] == [("admin", {"username": "trainer"})]
    # Its own account: refused by users.disable, shown as a message.
    at = _disable(at, "admin")
    assert any("cannot disable your own account" in e.value for e in at.error)
    assert not _user_disabled(seeded_db.path, "admin")


def test_admin_page_cannot_disable_the_last_enabled_admin(seeded_db: SeededFile) -> None:
    # A single-sign-on admin (no users row) and the database's only admin account.
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = SSO_SECRETS["auth"]
    at.session_state[shared.USER_KEY] = as_session_user(auth.User("ops-lead@example.com", "admin"))
    at.run()
    at = _disable(open_page(at, "pages/admin.py"), "admin")
    assert any("last enabled admin" in e.value for e in at.error), [e.value for e in at.error]
    assert not _user_disabled(seeded_db.path, "admin")


# --- admin: settings ----------------------------------------------------------------------------------


def _stored_settings(path: Path) -> tuple[dict[str, object], list[dict[str, object]]]:
    db = open_database(path, read_only=True)
    try:
        rows = {r["key"]: json.loads(r["value"]) for r in db.query("SELECT key, value FROM settings")}
        changes = [
            json.loads(r["detail"])
            for r in db.query("SELECT detail FROM audit_log WHERE action = 'setting_changed' ORDER BY audit_id")
        ]
    finally:
        db.close()
    return rows, changes


def test_admin_sets_redaction_types_and_audio_mode_for_new_ingests(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("admin"), "pages/admin.py")
    assert "Applies to calls ingested from now on" in texts(at)
    kinds = _by_label(at.multiselect, "Redact these types")[0]
    assert kinds.options == [str(k) for k in kinds.options] and len(kinds.options) == len(KINDS)
    assert set(kinds.value) == set(KINDS)  # the default: everything
    kinds.set_value(["CARD", "CVV", "EXPIRY"])
    _by_label(at.radio, "Over redacted stretches of audio, play")[0].set_value("bleep")
    _click(at, "Save settings")
    assert not at.error, [e.value for e in at.error]
    rows, changes = _stored_settings(seeded_db.path)
    assert rows[SETTING_KEYS["kinds"]] == ["CARD", "CVV", "EXPIRY"]
    assert rows[SETTING_KEYS["audio_mode"]] == "bleep"
    # One audit row per change; the playback toggle was left at its default and is not a change.
    assert [(c["key"], c["value"]) for c in changes] == [
        (SETTING_KEYS["kinds"], ["CARD", "CVV", "EXPIRY"]),
        (SETTING_KEYS["audio_mode"], "bleep"),
    ]
    # What the ingest will use from now on.
    from pipeline.ingest.runner import _redaction_settings

    db = open_database(seeded_db.path, read_only=True)
    try:
        options = _redaction_settings(db)
    finally:
        db.close()
    assert options == RedactionOptions(kinds=frozenset({"CARD", "CVV", "EXPIRY"}), audio_mode="bleep")
    # The page shows what is stored, and warns about the types left out.
    at = open_page(signed_in("admin"), "pages/admin.py")
    assert set(_by_label(at.multiselect, "Redact these types")[0].value) == {"CARD", "CVV", "EXPIRY"}
    assert _by_label(at.radio, "Over redacted stretches of audio, play")[0].value == "bleep"


def test_admin_settings_refuse_redacting_nothing(seeded_db: SeededFile) -> None:
    at = open_page(signed_in("admin"), "pages/admin.py")
    _by_label(at.multiselect, "Redact these types")[0].set_value([])
    _click(at, "Save settings")
    assert any("at least one redaction type" in e.value for e in at.error), [e.value for e in at.error]
    rows, changes = _stored_settings(seeded_db.path)
    assert SETTING_KEYS["kinds"] not in rows and not changes
