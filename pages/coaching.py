"""Coaching: sessions built from clips of real calls, assigned to agents, exported for a team meeting."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import queries
from pipeline.store import review as review_store
from pipeline.store.coaching_export import export_session_html
from pipeline.trust import auth

SELECTED = "coaching_selected_session"


def _pick(picker_key: str) -> None:
    st.session_state[SELECTED] = st.session_state[picker_key]


def session_list(sessions: pd.DataFrame) -> int | None:
    ids = [int(s) for s in sessions["session_id"]]
    if st.session_state.get(SELECTED) not in ids:
        st.session_state[SELECTED] = ids[0]
    titles = {int(r.session_id): f"{r.title}  ·  {int(r.n_clips)} clip(s)" for r in sessions.itertuples()}
    st.selectbox(
        "Session",
        ids,
        index=ids.index(st.session_state[SELECTED]),
        format_func=titles.get,
        key="coaching_picker",
        on_change=_pick,
        args=("coaching_picker",),
    )
    overview = sessions.assign(
        acknowledged=sessions["n_acknowledged"].astype(str) + " / " + sessions["n_assigned"].astype(str)
    )
    st.dataframe(
        overview[["title", "n_clips", "acknowledged", "created_by", "created_at"]],
        hide_index=True,
        placeholder="–",
        column_config={
            "title": "Session",
            "n_clips": st.column_config.NumberColumn("Clips"),
            "acknowledged": st.column_config.TextColumn("Acknowledged", help="agents who acknowledged / assigned"),
            "created_by": "By",
            "created_at": st.column_config.DatetimeColumn("Created", format="MMM D"),
        },
    )
    return int(st.session_state[SELECTED])


def new_session_form(user: auth.User) -> None:
    with st.expander("New session", icon=":material/add:", expanded=False), st.form("new_session", border=False):
        title = st.text_input("Title", max_chars=review_store.MAX_TITLE_CHARS, placeholder="e.g. Owning the problem")
        notes = st.text_area("Notes for the session", max_chars=review_store.MAX_NOTE_CHARS, height=80)
        if st.form_submit_button("Create session", type="primary"):
            session_id = shared.run_write(
                lambda db: review_store.create_coaching_session(db, user.username, title, notes),
                success="Session created",
            )
            if session_id is not None:
                st.session_state[SELECTED] = session_id
                st.rerun()


def clip_card(user: auth.User, number: int, clip: dict[str, Any]) -> None:
    clip_id = int(clip["clip_id"])
    with st.container(border=True):
        head, open_col = st.columns([4, 1])
        head.markdown(
            f"**Clip {number}** · :violet-badge[{shared.md_escape(clip['behaviour'])}] · "
            f"{shared.md_escape(clip['agent'] or '–')} · call {shared.md_escape(clip['call_id'])} · "
            f"{shared.clock(clip['start_s'])}–{shared.clock(clip['end_s'])}"
        )
        if open_col.button("Open call", key=f"open_clip_{clip_id}", icon=":material/open_in_new:"):
            shared.open_call(str(clip["call_id"]), float(clip["start_s"]))
        shared.clip_audio(user, clip)
        if clip["excerpt"]:
            st.markdown(shared.excerpt_markdown(clip["excerpt"]))
        with st.form(f"clip_edit_{clip_id}", border=False):
            behaviour = st.text_input(
                "Behaviour", value=clip["behaviour"] or "", key=f"behaviour_{clip_id}", max_chars=200
            )
            points = st.text_area(
                "Talking points", value=clip["talking_points"] or "", key=f"points_{clip_id}", max_chars=5000, height=80
            )
            save, remove = st.columns([1, 1])
            if save.form_submit_button("Save clip", icon=":material/save:"):
                shared.run_write(
                    lambda db: review_store.update_clip(db, user.username, clip_id, behaviour, points),
                    success="Clip saved",
                )
            if remove.form_submit_button("Remove clip", icon=":material/delete:"):
                shared.run_write(
                    lambda db: review_store.remove_clip(db, user.username, clip_id), success="Clip removed"
                )
                st.rerun()


def assignments_panel(user: auth.User, session: dict[str, Any], agents: list[dict[str, Any]]) -> None:
    session_id = int(session["session_id"])
    names = {a["agent_id"]: f"{a['agent_name']} ({a['team'] or 'no team'})" for a in agents}
    assigned = {a["agent_id"] for a in session["assignments"]}
    with st.form(f"assign_{session_id}", border=False):
        chosen = st.multiselect(
            "Assign to agents",
            [a for a in names if a not in assigned],
            format_func=lambda a: names.get(a, a),
            placeholder="Choose agents",
        )
        if st.form_submit_button("Assign", icon=":material/send:") and chosen:
            added = shared.run_write(lambda db: review_store.assign_session(db, user.username, session_id, chosen))
            if added is not None:
                st.toast(f"Assigned to {added} agent(s)", icon=":material/check_circle:")
                st.rerun()
    if not session["assignments"]:
        st.caption("Not assigned to anyone yet.")
        return
    frame = pd.DataFrame(session["assignments"])
    st.dataframe(
        frame[["agent", "assigned_at", "acknowledged_at", "trainer_notes"]],
        hide_index=True,
        placeholder="–",
        column_config={
            "agent": "Agent",
            "assigned_at": st.column_config.DatetimeColumn("Assigned", format="MMM D, HH:mm"),
            "acknowledged_at": st.column_config.DatetimeColumn("Acknowledged", format="MMM D, HH:mm"),
            "trainer_notes": st.column_config.TextColumn("Trainer's notes", width="large"),
        },
    )
    with st.form(f"trainer_notes_{session_id}", border=False):
        agent_id = st.selectbox(
            "Trainer's notes for",
            [a["agent_id"] for a in session["assignments"]],
            format_func=lambda a: names.get(a, a),
        )
        current = next((a["trainer_notes"] for a in session["assignments"] if a["agent_id"] == agent_id), "") or ""
        notes = st.text_area("Notes", value=current, max_chars=5000, height=80, key=f"tn_{session_id}_{agent_id}")
        if st.form_submit_button("Save notes", icon=":material/save:"):
            shared.run_write(
                lambda db: review_store.set_trainer_notes(db, user.username, session_id, agent_id, notes),
                success="Notes saved",
            )
            st.rerun()


def export_panel(user: auth.User, session: dict[str, Any]) -> None:
    session_id = int(session["session_id"])
    ready_key = f"export_{session_id}"
    if st.button("Prepare HTML export", icon=":material/draft:", key=f"prepare_{session_id}"):
        with st.spinner("Cutting the clips…"), shared.read_db() as db:
            st.session_state[ready_key] = export_session_html(
                db, session_id, audio_base=shared.db_path().resolve().parent
            )
        with shared.write_db() as db:
            review_store.log_access(
                db,
                user.username,
                "export_clip",
                detail={"session_id": session_id, "clips": [int(c["clip_id"]) for c in session["clips"]]},
            )
    page = st.session_state.get(ready_key)
    if page:
        slug = re.sub(r"[^a-z0-9]+", "-", str(session["title"]).lower()).strip("-")[:60] or "session"
        st.download_button(
            "Download the session page",
            data=page.encode("utf-8"),
            file_name=f"earshot-coaching-{slug}.html",
            mime="text/html",
            icon=":material/download:",
            type="primary",
            key=f"download_{session_id}",
        )
        st.caption("One self-contained HTML file: the clips play in any browser, offline.")


def main() -> None:
    user = shared.page_setup("Coaching", "coaching_edit")
    with shared.read_db() as db:
        sessions = queries.coaching_sessions(db)
        agents = queries.agents(db)
    left, right = st.columns([1.1, 2.4], gap="large")
    with left:
        new_session_form(user)
        if sessions.empty:
            st.info("No coaching sessions yet. Create one here, or pick **Clip** on a moment in Call review.")
            return
        session_id = session_list(sessions)
    with shared.read_db() as db:
        session = queries.coaching_session(db, session_id)
    if session is None:
        st.session_state.pop(SELECTED, None)
        st.rerun()
        return
    with right:
        with st.form(f"session_{session_id}", border=False):
            title = st.text_input("Session title", value=session["title"], max_chars=review_store.MAX_TITLE_CHARS)
            notes = st.text_area(
                "Notes", value=session["notes"] or "", max_chars=review_store.MAX_NOTE_CHARS, height=70
            )
            if st.form_submit_button("Save session", icon=":material/save:"):
                shared.run_write(
                    lambda db: review_store.update_coaching_session(db, user.username, session_id, title, notes),
                    success="Session saved",
                )
                st.rerun()
        clips_tab, agents_tab, export_tab = st.tabs(
            [f"Clips ({len(session['clips'])})", f"Agents ({len(session['assignments'])})", "Export"]
        )
        with clips_tab:
            if not session["clips"]:
                st.caption("No clips yet: open a call, pick **Clip** on a moment, or add one from Search.")
            for number, clip in enumerate(session["clips"], start=1):
                clip_card(user, number, clip)
        with agents_tab:
            assignments_panel(user, session, agents)
        with export_tab:
            st.caption("A page to show at a team meeting: clips as audio, transcript excerpts and talking points.")
            if auth.can(user, "export_clips"):
                export_panel(user, session)
            else:
                st.caption("Your role cannot export clips.")


main()
