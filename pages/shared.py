"""What every page shares: sign-in and role checks, short database sessions, links to calls, formatting.

Pages are thin: they call `page_setup`, read through `pipeline.store.queries` inside `read_db()`, write
through `pipeline.store.review` inside `write_db()`, and render. Database sessions are opened per
use and closed at once (DuckDB allows one writing process or many readers per file, and the ingest
must get its turn); nothing here keeps a connection across reruns.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from pipeline.store import queries
from pipeline.store import review as review_store
from pipeline.store.db import Database, DatabaseBusy, default_db_path, is_config_conflict, open_database
from pipeline.store.queries import CallFilters
from pipeline.trust import auth, credentials

USER_KEY = "earshot_user"
AFTER_SIGN_IN_KEY = "earshot_after_sign_in"
MAIN_SCRIPT = "app.py"
REVIEW_PAGE = "pages/review.py"
REVIEW_URL_PATH = "review"
# A page waits this long for the ingest to release the file before saying it is busy.
PAGE_LOCK_TIMEOUT_S = 8.0
CACHE_TTL_S = 30

MARKDOWN_SPECIALS = set("\\`*_{}[]()<>#+-.!|~$:")


# --- pages and who may open them -------------------------------------------------------------


@dataclass(frozen=True)
class PageSpec:
    """One page of the app: its file, title, nav section, and the permissions that open it (any of)."""

    path: str
    title: str
    icon: str
    section: str
    permissions: tuple[str, ...]
    url_path: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/worst_calls.py", "Worst calls", ":material/report:", "Supervise", ("review_calls",), "worst-calls"),
    PageSpec(
        REVIEW_PAGE,
        "Call review",
        ":material/headphones:",
        "Supervise",
        ("view_calls",),
        REVIEW_URL_PATH,
    ),
    PageSpec("pages/search.py", "Search", ":material/search:", "Supervise", ("search",), "search"),
    PageSpec("pages/follow_ups.py", "Follow-ups", ":material/task_alt:", "Supervise", ("follow_ups",), "follow-ups"),
    PageSpec("pages/journeys.py", "Journeys", ":material/route:", "Supervise", ("review_calls",), "journeys"),
    PageSpec("pages/qa_queue.py", "QA queue", ":material/fact_check:", "Supervise", ("notes_qa",), "qa-queue"),
    PageSpec("pages/coaching.py", "Coaching", ":material/school:", "Coach", ("coaching_edit",), "coaching"),
    PageSpec(
        "pages/calibration.py",
        "Calibration",
        ":material/balance:",
        "Coach",
        ("notes_qa", "coaching_edit"),
        "calibration",
    ),
    PageSpec(
        "pages/agent_trends.py", "Agent trends", ":material/trending_down:", "Coach", ("coaching_edit",), "agent-trends"
    ),
    PageSpec(
        "pages/my_calls.py",
        "My calls & coaching",
        ":material/person:",
        "My work",
        ("own_calls_only",),
        "my-calls",
    ),
    PageSpec("pages/my_qa.py", "My QA", ":material/fact_check:", "My work", ("own_calls_only",), "my-qa"),
    PageSpec("pages/scorecard.py", "Scorecard", ":material/leaderboard:", "Executive", ("scorecard",), "scorecard"),
    PageSpec("pages/drivers.py", "Drivers", ":material/category:", "Executive", ("scorecard",), "drivers"),
    PageSpec(
        "pages/admin.py",
        "Admin",
        ":material/admin_panel_settings:",
        "Admin",
        ("admin_users", "admin_rules", "admin_settings", "audit_view"),
        "admin",
    ),
)
SECTIONS = ("My work", "Supervise", "Coach", "Executive", "Admin")
# The page a role lands on after signing in.
HOME_PAGE = {
    "agent": "pages/my_calls.py",
    "executive": "pages/scorecard.py",
    "trainer": "pages/coaching.py",
    "admin": "pages/worst_calls.py",
    "supervisor": "pages/worst_calls.py",
}


def allowed(user: auth.User | None, permissions: str | Sequence[str]) -> bool:
    wanted = (permissions,) if isinstance(permissions, str) else tuple(permissions)
    return user is not None and any(auth.can(user, p) for p in wanted)


def pages_for(user: auth.User, root: Path | None = None) -> list[PageSpec]:
    """The pages this user's role may open (and whose file exists: the scorecard is a teammate's)."""
    root = root or Path(__file__).resolve().parents[1]
    return [p for p in PAGES if allowed(user, p.permissions) and (root / p.path).exists()]


# --- sign-in state -----------------------------------------------------------------------------


def current_user() -> auth.User | None:
    """The signed-in user, rebuilt from plain values on each run.

    Session state keeps plain values, not the User object: Streamlit reloads a module whose file
    changed, and an object of the old class would no longer pass for a User.
    """
    stored = st.session_state.get(USER_KEY)
    if stored is None:
        return None
    values = stored if isinstance(stored, dict) else getattr(stored, "__dict__", {})
    if not values.get("username") or values.get("role") not in credentials.ROLES:
        return None
    return auth.User(str(values["username"]), str(values["role"]), values.get("agent_id"))


def sign_in_as(user: auth.User) -> None:
    st.session_state[USER_KEY] = {"username": user.username, "role": user.role, "agent_id": user.agent_id}


def sign_out() -> None:
    for key in list(st.session_state.keys()):
        del st.session_state[key]


def page_setup(title: str, permission: str | Sequence[str], *, show_title: bool = True) -> auth.User:
    """Check sign-in and role for this page (stopping with a message when not allowed) and title it."""
    user = current_user()
    if user is None:
        _to_sign_in(title)
        st.error("Please sign in to use Earshot.")
        st.stop()
    if not allowed(user, permission):
        st.error(f"Your role ({user.role}) cannot open {title}.")
        st.stop()
    try:
        auth.agent_scope(user)
    except PermissionError as exc:  # an agent account with no agent ID sees nothing, with the reason
        st.error(str(exc))
        st.stop()
    if show_title:
        st.title(title)
    return user


def _to_sign_in(title: str) -> None:
    """Send a visitor who is not signed in to the sign-in screen, remembering where they were going.

    Normally app.py never runs a page for a visitor who is not signed in. But on a freshly started
    server, before any session has called st.navigation, Streamlit serves `pages/` the old way
    (each file its own page), so a deep link can run a page file directly.
    """
    target = next((p.path for p in PAGES if p.title == title), None)
    params = st.query_params.to_dict()
    if target is not None:
        st.session_state[AFTER_SIGN_IN_KEY] = {"page": target, "params": params}
    try:
        st.switch_page(MAIN_SCRIPT, query_params=params)
    except st.errors.StreamlitAPIException:
        return  # not a multipage run (a test of the page file alone): the caller shows the message


# --- database sessions ---------------------------------------------------------------------------


class _ReadWriteGate:
    """Within the app process, many readers or one writer at a time.

    DuckDB shares one database instance per file inside a process, and refuses a read-write
    connection while a read-only one is open there (and the reverse); two users clicking at once
    must queue here instead of failing.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._readers:
                self._cond.wait()
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


@st.cache_resource
def _gate() -> _ReadWriteGate:
    # One gate per server process (a lock, not a connection: connections are never cached).
    return _ReadWriteGate()


def db_path() -> Path:
    return default_db_path()


def db_exists() -> bool:
    return db_path().exists()


def show_empty_state() -> None:
    st.info(
        "**No calls yet** — run `make demo` or `python -m pipeline ingest PATH` to load recordings, "
        "then reload this page.",
        icon=":material/inbox:",
    )


def _busy() -> None:
    st.info("The database is busy with an ingest; retrying…", icon=":material/hourglass_top:")
    time.sleep(1.0 + random.random())
    st.rerun()


def _open(read_only: bool) -> Database:
    # A config conflict means another session of this process holds the other kind of connection
    # for an instant (the gate prevents it for our own sessions; this covers the rest).
    deadline = time.monotonic() + PAGE_LOCK_TIMEOUT_S
    while True:
        try:
            return open_database(db_path(), read_only=read_only, timeout_s=PAGE_LOCK_TIMEOUT_S)
        except Exception as exc:
            if not is_config_conflict(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def read_db() -> Iterator[Database]:
    """A short read-only session; an absent file shows the empty state and stops the page."""
    if not db_exists():
        show_empty_state()
        st.stop()
    with _gate().reading():
        try:
            db = _open(read_only=True)
        except FileNotFoundError:
            show_empty_state()
            st.stop()
        except DatabaseBusy:
            _busy()
        try:
            yield db
        finally:
            db.close()


@contextmanager
def write_db() -> Iterator[Database]:
    """A short read-write session for one change."""
    with _gate().writing():
        try:
            db = _open(read_only=False)
        except DatabaseBusy:
            _busy()
        try:
            yield db
        finally:
            db.close()


def db_stamp() -> tuple[str, int]:
    """Changes whenever the database file (or its write-ahead log) changes: the key for cached reads.

    Cached functions take it as a parameter named without a leading underscore: Streamlit leaves
    underscore parameters out of the cache key.
    """
    path = db_path()
    stamp = 0
    for candidate in (path, path.with_name(path.name + ".wal")):
        try:
            stat = candidate.stat()
        except OSError:
            continue
        stamp ^= stat.st_mtime_ns ^ stat.st_size
    return str(path), stamp


@st.cache_data(ttl=CACHE_TTL_S, show_spinner=False)
def _cached_filter_options(stamp: tuple[str, int], agent_scope: str | None) -> dict[str, Any]:
    with _gate().reading():
        db = _open(read_only=True)
        try:
            return queries.filter_options(db, agent_scope)
        finally:
            db.close()


def filter_options(agent_scope: str | None = None) -> dict[str, Any]:
    if not db_exists():
        show_empty_state()
        st.stop()
    try:
        return _cached_filter_options(db_stamp(), agent_scope)
    except DatabaseBusy:
        _busy()
        raise


def run_write(action: Callable[[Database], Any], success: str | None = None) -> Any:
    """Run one store write; a refusal (ValueError) is shown to the user instead of a stack trace."""
    try:
        with write_db() as db:
            result = action(db)
    except ValueError as exc:
        st.error(str(exc))
        return None
    if success:
        st.toast(success, icon=":material/check_circle:")
    return result


def audit_once(user: auth.User, action: str, call_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """Log a read in the audit trail once per session and subject (reruns of the same view are not new views)."""
    memo_key = f"_audited:{action}:{call_id}:{sorted((detail or {}).items())!r}"
    if st.session_state.get(memo_key):
        return
    with write_db() as db:
        review_store.log_access(db, user.username, action, call_id=call_id, detail=detail)
    st.session_state[memo_key] = True


# --- links to calls ------------------------------------------------------------------------------


def call_link(call_id: str, start: float | None = None) -> str:
    """URL of the review page at that moment."""
    params = {"call": call_id}
    if start is not None:
        params["t"] = f"{max(float(start), 0.0):.1f}"
    return f"/{REVIEW_URL_PATH}?{urlencode(params)}"


def open_call(call_id: str, start: float | None = None) -> None:
    """Switch to the review page showing that call (at `start` seconds)."""
    params = {"call": call_id}
    if start is not None:
        params["t"] = f"{max(float(start), 0.0):.1f}"
    st.switch_page(REVIEW_PAGE, query_params=params)


def selected_row(event: Any, frame: pd.DataFrame) -> pd.Series | None:
    """The row picked in a `st.dataframe(on_select="rerun")`, if any."""
    try:
        rows = event.selection.rows
    except AttributeError:
        return None
    if not rows or rows[0] >= len(frame):
        return None
    return frame.iloc[rows[0]]


def selected_point(event: Any) -> dict[str, Any] | None:
    """The first point clicked in a `st.plotly_chart(on_select="rerun")`, if any."""
    try:
        points = event.selection.points
    except AttributeError:
        return None
    return points[0] if points else None


# --- filters -----------------------------------------------------------------------------------


def filter_bar(
    options: dict[str, Any],
    key: str,
    *,
    teams: bool = True,
    agents: bool = True,
    queues: bool = True,
    kinds: bool = True,
    default_days: int = 30,
) -> CallFilters:
    """The row of filters pages share; defaults to the last `default_days` of stored calls."""
    last: datetime | None = options.get("last")
    first: datetime | None = options.get("first")
    end = last.date() if last else date.today()
    start = first.date() if first else end
    default_start = max(start, date.fromordinal(end.toordinal() - default_days + 1))
    shown = [True, teams, agents, queues, kinds]
    columns = iter(st.columns([1.4, 1, 1.2, 1, 1.2][: sum(shown)]))
    with next(columns):
        picked = st.date_input(
            "Period", value=(default_start, end), min_value=start, max_value=max(end, start), key=f"{key}_period"
        )
    date_from, date_to = picked if isinstance(picked, tuple) and len(picked) == 2 else (default_start, end)
    team_values: list[str] = []
    agent_values: list[str] = []
    queue_values: list[str] = []
    kind_values: list[str] = []
    if teams:
        with next(columns):
            team_values = st.multiselect("Team", options["teams"], key=f"{key}_teams", placeholder="All teams")
    if agents:
        names = {a["agent_id"]: a["agent_name"] for a in options["agents"]}
        with next(columns):
            agent_values = st.multiselect(
                "Agent",
                list(names),
                format_func=lambda a: names.get(a, a),
                key=f"{key}_agents",
                placeholder="All agents",
            )
    if queues:
        with next(columns):
            queue_values = st.multiselect("Queue", options["queues"], key=f"{key}_queues", placeholder="All queues")
    if kinds:
        with next(columns):
            kind_values = st.multiselect(
                "Moment", options["moment_kinds"], format_func=kind_label, key=f"{key}_kinds", placeholder="Any moment"
            )
    return CallFilters(
        date_from=date_from,
        date_to=date_to,
        teams=tuple(team_values),
        agent_ids=tuple(agent_values),
        queues=tuple(queue_values),
        moment_kinds=tuple(kind_values),
    )


# --- formatting ----------------------------------------------------------------------------------


def kind_label(kind: str | None) -> str:
    return (kind or "").replace("_", " ").capitalize()


def clock(seconds: float | None) -> str:
    """m:ss (h:mm:ss past an hour)."""
    if seconds is None or pd.isna(seconds):
        return "–"
    total = int(max(float(seconds), 0.0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def md_escape(text: Any) -> str:
    """Text from a person or a transcript shown through markdown as literal text (no links, images, HTML)."""
    return "".join("\\" + ch if ch in MARKDOWN_SPECIALS else ch for ch in str(text if text is not None else ""))


def when(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return "–"
    if isinstance(value, datetime | pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").lower() in {"1", "true", "yes"}


# --- the coaching clip form (review page and search page) ------------------------------------------


def prefill_clip_form(key: str, start_s: float, end_s: float, behaviour: str) -> None:
    """Set what `clip_form(key=...)` shows next run; call from a widget callback (before the form is drawn)."""
    st.session_state[f"{key}_start"] = float(max(start_s, 0.0))
    st.session_state[f"{key}_end"] = float(max(end_s, start_s + 1.0))
    st.session_state[f"{key}_behaviour"] = behaviour


def clip_form(
    user: auth.User,
    call_id: str,
    start_s: float,
    end_s: float,
    behaviour: str,
    key: str,
    sessions: pd.DataFrame,
) -> None:
    """Add a stretch of this call to a coaching session (new or existing).

    The form's key stays the same while the prefill changes (`prefill_clip_form` from a callback),
    so the form is updated in place rather than drawn anew beside the old one.
    """
    new_label = "New session…"
    st.session_state.setdefault(f"{key}_start", float(max(start_s, 0.0)))
    st.session_state.setdefault(f"{key}_end", float(max(end_s, start_s + 1.0)))
    st.session_state.setdefault(f"{key}_behaviour", behaviour)
    choices: dict[Any, str] = {new_label: new_label}
    for row in sessions.itertuples():
        choices[int(row.session_id)] = f"{row.title} (#{int(row.session_id)})"
    with st.form(key=f"{key}_form", border=True):
        session_choice = st.selectbox("Coaching session", list(choices), format_func=choices.get, key=f"{key}_session")
        new_title = st.text_input(
            "Title for a new session", key=f"{key}_title", placeholder="e.g. Owning the problem", max_chars=200
        )
        left, right = st.columns(2)
        start = left.number_input("Start (s)", min_value=0.0, step=1.0, format="%.1f", key=f"{key}_start")
        end = right.number_input("End (s)", min_value=0.0, step=1.0, format="%.1f", key=f"{key}_end")
        behaviour_text = st.text_input("Behaviour it shows", key=f"{key}_behaviour", max_chars=200)
        points = st.text_area("Talking points", key=f"{key}_points", max_chars=5000, height=90)
        submitted = st.form_submit_button("Add clip to session", type="primary", icon=":material/playlist_add:")
    if not submitted:
        return

    def add(db: Database) -> int:
        session_id = session_choice
        if session_choice == new_label:
            session_id = review_store.create_coaching_session(db, user.username, new_title)
        review_store.add_clip(db, user.username, int(session_id), call_id, start, end, behaviour_text, points)
        return int(session_id)

    session_id = run_write(add)
    if session_id is not None:
        st.session_state["coaching_selected_session"] = session_id
        st.success(f"Clip {clock(start)}–{clock(end)} added to “{choices.get(session_id, new_title)}”.")


def clip_audio(user: auth.User, clip: dict[str, Any]) -> None:
    """Play one coaching clip (the redacted copy, between its start and end), or say why not."""
    from pipeline.store.coaching_export import resolve_audio_path

    path = resolve_audio_path(clip.get("redacted_audio_path"), db_path().resolve().parent)
    if path is None:
        st.caption(":material/volume_off: No audio for this call; the transcript excerpt is below.")
        return
    if not path.is_file():
        st.caption(f":material/volume_off: Audio file not found at {md_escape(path)}; the transcript excerpt is below.")
        return
    suffix = path.suffix.lower()
    mime = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".flac": "audio/flac", ".m4a": "audio/mp4"}.get(
        suffix, "audio/ogg"
    )
    st.audio(path.read_bytes(), format=mime, start_time=int(clip["start_s"]), end_time=int(clip["end_s"]) + 1)
    audit_once(user, "listen", str(clip["call_id"]), {"clip_id": int(clip["clip_id"])})


def excerpt_markdown(lines: list[dict[str, Any]]) -> str:
    """A clip's transcript lines as escaped markdown."""
    return "\n\n".join(
        f"`{clock(u['start_s'])}` **{md_escape(str(u['speaker']).capitalize())}:** {md_escape(u['text'])}"
        for u in lines
    )
