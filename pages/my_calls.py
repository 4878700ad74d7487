"""My calls & coaching (agents): their own calls, and the coaching sessions assigned to them."""

from __future__ import annotations

import streamlit as st

from pages import shared
from pipeline.store import queries
from pipeline.store import review as review_store
from pipeline.trust import auth


def sessions_panel(user: auth.User, agent_id: str) -> None:
    with shared.read_db() as db:
        sessions = queries.coaching_sessions(db, agent_scope=agent_id)
        details = [queries.coaching_session(db, int(s), agent_scope=agent_id) for s in sessions["session_id"]]
    if not details:
        st.caption("No coaching sessions assigned to you.")
        return
    for session in details:
        if session is None:
            continue
        assignment = session["assignments"][0] if session["assignments"] else {}
        acknowledged = assignment.get("acknowledged_at")
        status = f"acknowledged {shared.when(acknowledged)}" if acknowledged else "to do"
        with st.expander(f"{session['title']} · {len(session['clips'])} clip(s) · {status}", expanded=not acknowledged):
            if session.get("notes"):
                st.markdown(shared.md_escape(session["notes"]))
            if assignment.get("trainer_notes"):
                st.info(f"**Your trainer's notes:** {shared.md_escape(assignment['trainer_notes'])}")
            for number, clip in enumerate(session["clips"], start=1):
                with st.container(border=True):
                    st.markdown(
                        f"**Clip {number}** · :violet-badge[{shared.md_escape(clip['behaviour'])}] · "
                        f"{shared.clock(clip['start_s'])}–{shared.clock(clip['end_s'])}"
                    )
                    shared.clip_audio(user, clip)
                    if clip["excerpt"]:
                        st.markdown(shared.excerpt_markdown(clip["excerpt"]))
                    if clip.get("talking_points"):
                        st.caption(f"Talking points: {shared.md_escape(clip['talking_points'])}")
            if not acknowledged and st.button(
                "Acknowledge: I have gone through this session",
                key=f"ack_{session['session_id']}",
                type="primary",
                icon=":material/done_all:",
            ):
                session_id = int(session["session_id"])
                if shared.run_write(
                    lambda db, s=session_id: review_store.acknowledge_session(db, user.username, agent_id, s) or True,
                    success="Thanks — acknowledged",
                ):
                    st.rerun()


def calls_panel(agent_id: str) -> None:
    with shared.read_db() as db:
        calls = queries.agent_calls(db, agent_id)
    if calls.empty:
        st.caption("No calls of yours are stored yet.")
        return
    calls = calls.assign(reasons=calls["reasons"].map(lambda r: "; ".join(r) if r is not None else ""))
    st.caption("Pick a call to listen to it and read its transcript.")
    event = st.dataframe(
        calls[["started_at", "queue", "duration_s", "n_moments", "reasons", "status", "call_id"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="my_calls_table",
        column_config={
            "started_at": st.column_config.DatetimeColumn("When", format="MMM D, HH:mm"),
            "queue": "Queue",
            "duration_s": st.column_config.NumberColumn("Length (s)", format="%.0f"),
            "n_moments": st.column_config.NumberColumn("Moments"),
            "reasons": st.column_config.TextColumn("Flags", width="large"),
            "status": "Status",
            "call_id": "Call",
        },
    )
    row = shared.selected_row(event, calls)
    if row is not None:
        shared.open_call(str(row["call_id"]))


NOT_LINKED = "Your account is not linked to an agent ID; ask an admin to set the agent ID your calls carry."


def main() -> None:
    user = shared.page_setup("My calls & coaching", "own_calls_only")
    try:
        agent_id = auth.agent_scope(user)
    except PermissionError:  # an agent account without an agent ID: nothing to show, and say why
        agent_id = None
    if not agent_id:
        st.warning(NOT_LINKED, icon=":material/link_off:")
        return
    shared.filter_options(agent_id)  # shows the empty state when there is no database yet
    coaching_col, calls_col = st.columns([1.1, 1.4], gap="large")
    with coaching_col:
        st.subheader("Coaching assigned to you", anchor=False)
        sessions_panel(user, agent_id)
    with calls_col:
        st.subheader("Your calls", anchor=False)
        calls_panel(agent_id)


main()
