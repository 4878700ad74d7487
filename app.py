"""Earshot: `streamlit run app.py` opens the call-review and coaching dashboard on EARSHOT_DB.

This entry file is the frame around every page: sign-in, the navigation the signed-in role may
see, the name and a one-line status. The pages themselves live in `pages/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from pages import shared
from pipeline.store import queries
from pipeline.store.db import DatabaseBusy
from pipeline.trust import auth

st.set_page_config(page_title="Earshot", page_icon=":material/hearing:", layout="wide")

# The wordmark: a small waveform and the name (an inline SVG, so nothing is fetched).
LOGO_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="150" height="32" viewBox="0 0 150 32">
<g fill="#e8590c"><rect x="2" y="12" width="3" height="8" rx="1.5"/><rect x="8" y="7" width="3" height="18" rx="1.5"/>
<rect x="14" y="3" width="3" height="26" rx="1.5"/><rect x="20" y="9" width="3" height="14" rx="1.5"/>
<rect x="26" y="13" width="3" height="6" rx="1.5"/></g>
<text x="36" y="23" font-family="Source Sans Pro, Helvetica, Arial, sans-serif" font-size="21" font-weight="700"
fill="#31333f">Earshot</text></svg>"""


def _secrets_section(name: str) -> dict[str, Any] | None:
    try:
        section = st.secrets.get(name)
    except Exception:  # no secrets file at all: Streamlit raises rather than returning nothing
        return None
    return dict(section) if section else None


def _all_pages_hidden() -> None:
    """Register every page, unshown, so a deep link (/review?call=…) survives the sign-in rerun."""
    root = Path(__file__).resolve().parent
    pages = [
        st.Page(p.path, title=p.title, url_path=p.url_path, default=(i == 0))
        for i, p in enumerate(q for q in shared.PAGES if (root / q.path).exists())
    ]
    st.navigation(pages, position="hidden")


def _sign_in_with_password() -> None:
    with st.form("sign_in", border=True):
        username = st.text_input("Username", max_chars=100, autocomplete="username")
        password = st.text_input("Password", type="password", max_chars=200, autocomplete="current-password")
        submitted = st.form_submit_button("Sign in", type="primary", width="stretch")
    if not submitted:
        return
    if not username or not password:
        st.error("Enter your username and password.")
        return
    try:
        with shared.write_db() as db:
            user = auth.authenticate(db, username.strip(), password)
            secret = auth.session_secret(db)
    except auth.AuthError as exc:
        st.error(str(exc))
        return
    shared.sign_in_as(user)
    # Set the remembered-sign-in cookie on the next run, once the app's pages are drawn.
    st.session_state[REMEMBER_KEY] = auth.issue_session_token(secret, user.username)
    _continue_after_sign_in(user)


def _continue_after_sign_in(user: auth.User) -> None:
    """On to the page a deep link asked for (when the role may open it), else this URL again."""
    target = st.session_state.pop(shared.AFTER_SIGN_IN_KEY, None)
    spec = next((p for p in shared.PAGES if target and p.path == target.get("page")), None)
    if spec is not None and shared.allowed(user, spec.permissions):
        st.switch_page(spec.path, query_params=target.get("params") or {})
    st.rerun()


def _sign_in_with_identity_provider(auth_config: dict[str, Any]) -> None:
    """`st.login()` (OIDC) when `.streamlit/secrets.toml` has an [auth] section."""
    if not st.user.is_logged_in:
        st.button("Sign in with single sign-on", type="primary", on_click=st.login, width="stretch")
        return
    # The whole [earshot] section: its [earshot.roles] and [earshot.agent_ids] tables (the README's Security section).
    mapping = _secrets_section("earshot") or {}
    claims = st.user.to_dict()
    groups = claims.get("groups") or claims.get("roles") or []
    if isinstance(groups, str):
        groups = [groups]
    with shared.write_db() as db:
        user = auth.user_from_identity(db, str(claims.get("email") or ""), list(groups), mapping)
    if user is None:
        st.error("Your account has no Earshot role yet. Ask an administrator to map your group to a role.")
        st.button("Sign out", on_click=st.logout)
        return
    shared.sign_in_as(user)
    _continue_after_sign_in(user)


def sign_in_screen() -> None:
    _all_pages_hidden()
    _, middle, _ = st.columns([1, 1.1, 1])
    with middle:
        st.markdown("## :material/hearing: Earshot")
        st.caption("Call review and coaching for customer-service teams")
        if not shared.db_exists():
            shared.show_empty_state()
            st.stop()
        auth_config = _secrets_section("auth")
        if auth_config:
            _sign_in_with_identity_provider(auth_config)
        else:
            _sign_in_with_password()


@st.cache_data(ttl=15, show_spinner=False)
def _account(stamp: tuple[str, int], username: str) -> dict[str, Any] | None:
    with shared.read_db() as db:
        return queries.user_record(db, username)


@st.cache_data(ttl=10, show_spinner=False)
def _status(stamp: tuple[str, int]) -> dict[str, Any]:
    with shared.read_db() as db:
        return queries.app_status(db)


def still_allowed(user: auth.User) -> bool:
    """A user disabled (or changed) by an admin loses the session at their next click."""
    try:
        account = _account(shared.db_stamp(), user.username)
    except DatabaseBusy:
        return True
    if account is None:
        # Single-sign-on identities may have no users row; their role came from the identity provider.
        return _secrets_section("auth") is not None
    return not account["disabled"] and account["role"] == user.role


def status_line() -> str:
    try:
        status = _status(shared.db_stamp())
    except DatabaseBusy:
        return "Database busy with an ingest"
    text = f"{status['ready']:,} calls"
    running = status["running"]
    if running:
        text += f" · ingest running {int(running['n_done'] or 0):,}/{int(running['n_total'] or 0):,}"
    elif status["pending"]:
        text += f" · {status['pending']:,} being ingested"
    if status["failed"]:
        text += f" · {status['failed']:,} failed"
    return text


REMEMBER_KEY = "earshot_remember_token"
SIGNED_OUT_KEY = "earshot_signed_out"


def _cookie_script(value: str, max_age: int) -> str:
    """Set (or, with max_age 0, clear) the sign-in cookie from a same-origin iframe.

    The value holds only base64url characters and dots (see auth.issue_session_token).
    """
    return (
        "<script>document.cookie = '"
        + f"{auth.SESSION_COOKIE}={value}; path=/; max-age={max_age}; SameSite=Strict'"
        + " + (location.protocol === 'https:' ? '; Secure' : '');</script>"
    )


def _remembered_user() -> auth.User | None:
    """The user a valid sign-in cookie names, unless they signed out in this browser session."""
    token = st.context.cookies.get(auth.SESSION_COOKIE)
    if not token or st.session_state.get(SIGNED_OUT_KEY) or not shared.db_exists():
        return None
    with shared.read_db() as db:
        secret = auth.session_secret(db, create=False)
        verified = auth.verify_session_token(secret, token) if secret else None
        return auth.user_for_session(db, *verified) if verified else None


def main() -> None:
    user = shared.current_user()
    if user is None:
        user = _remembered_user()
        if user is not None:
            shared.sign_in_as(user)
    if user is not None and shared.db_exists() and not still_allowed(user):
        shared.sign_out()
        user = None
        st.warning("Your account was changed or disabled; please sign in again.")
    if user is None:
        if st.session_state.get(SIGNED_OUT_KEY):
            st.iframe(_cookie_script("", 0), height=1)
        sign_in_screen()
        return
    token = st.session_state.pop(REMEMBER_KEY, None)
    if token:
        st.iframe(_cookie_script(token, auth.SESSION_TTL_S), height=1)

    home = shared.HOME_PAGE.get(user.role)
    sections: dict[str, list[Any]] = {}
    # The role's home page first in its section, then the others in their usual order.
    for spec in sorted(shared.pages_for(user), key=lambda p: p.path != home):
        page = st.Page(spec.path, title=spec.title, icon=spec.icon, url_path=spec.url_path, default=spec.path == home)
        # An agent's review page belongs with their own work, not under "Supervise".
        section = "My work" if user.role == "agent" else spec.section
        sections.setdefault(section, []).append(page)
    ordered = {name: sections[name] for name in shared.SECTIONS if name in sections}
    if not ordered:
        st.error("Your role has no pages in Earshot.")
        return
    page = st.navigation(ordered, position="sidebar", expanded=True)

    st.logo(LOGO_SVG, size="large")
    with st.sidebar:
        if shared.db_exists():
            st.caption(status_line())
        else:
            st.caption("No database yet")
        st.divider()
        agent_note = f" {shared.md_escape(user.agent_id)}" if user.agent_id else ""
        st.caption(f"Signed in as **{shared.md_escape(user.username)}** ({user.role}{agent_note})")
        if st.button("Sign out", icon=":material/logout:", key="sign_out"):
            with shared.write_db() as db:
                auth.end_sessions(db, user.username)
            shared.sign_out()
            st.session_state[SIGNED_OUT_KEY] = True  # the cookie is also cleared on the sign-in screen
            if _secrets_section("auth") and st.user.is_logged_in:
                st.logout()
            st.rerun()
    page.run()


main()
