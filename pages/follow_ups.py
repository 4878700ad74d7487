"""Follow-ups: every promise an agent made on a call, as a task with a due date; overdue ones first."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import queries
from pipeline.store import review as review_store
from pipeline.trust import auth

STATUS_LABELS = {"overdue": "Overdue", "open": "Open", "done": "Done", "missed": "Missed"}
STATUS_METRICS = {
    "overdue": ":red[:material/alarm: Overdue]",
    "open": ":orange[:material/pending: Open]",
    "done": ":green[:material/check_circle: Done]",
    "missed": ":gray[:material/cancel: Missed]",
}


def task_table(frame: pd.DataFrame) -> pd.Series | None:
    view = frame.assign(
        status_label=frame["status"].map(STATUS_LABELS),
        closed_by=frame["closed_by"].fillna(""),
        note=frame["note"].fillna(""),
    )

    def highlight(row: pd.Series) -> list[str]:
        colour = "background-color: #fff0f0" if row["status"] == "overdue" else ""
        return [colour] * len(row)

    columns = [
        "status_label",
        "due_at",
        "agent",
        "team",
        "promise",
        "call_at",
        "closed_by",
        "note",
        "call_id",
        "status",
    ]
    styled = view[columns].style.apply(highlight, axis=1)
    event = st.dataframe(
        styled,
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="follow_up_table",
        column_order=[c for c in columns if c != "status"],
        height=min(38 + 35 * len(view), 560),
        column_config={
            "status_label": st.column_config.TextColumn("Status", width="small"),
            "due_at": st.column_config.DatetimeColumn("Due", format="ddd MMM D, HH:mm"),
            "agent": "Agent",
            "team": "Team",
            "promise": st.column_config.TextColumn("Promise", width="large"),
            "call_at": st.column_config.DatetimeColumn("Call", format="MMM D, HH:mm"),
            "closed_by": "Closed by",
            "note": "Note",
            "call_id": "Call ID",
        },
    )
    return shared.selected_row(event, frame)


def task_panel(user: auth.User, task: pd.Series) -> None:
    with st.container(border=True):
        st.markdown(
            f"**{STATUS_METRICS.get(task['status'], task['status'])}** · due {shared.when(task['due_at'])} · "
            f"{shared.md_escape(task['agent'])} · call {shared.md_escape(task['call_id'])}"
            f" at {shared.clock(task['start_s'])}"
        )
        st.markdown(f"> {shared.md_escape(task['promise'])}")
        if task.get("note"):
            st.caption(f"Note: {shared.md_escape(task['note'])}")
        open_col, *action_cols = st.columns([1.2, 1, 1, 1])
        if open_col.button("Hear the promise", icon=":material/play_circle:", key="open_promise"):
            shared.open_call(str(task["call_id"]), float(task["start_s"]))
        if not auth.can(user, "follow_ups"):
            return
        moment_id = str(task["moment_id"])
        if task["status"] in ("open", "overdue"):
            note = st.text_input("Note (optional)", max_chars=500, key=f"note_{moment_id}")
            for column, status, label, icon in (
                (action_cols[0], "done", "Mark done", ":material/check_circle:"),
                (action_cols[1], "missed", "Mark missed", ":material/cancel:"),
            ):
                clicked = column.button(
                    label, icon=icon, key=f"{status}_{moment_id}", type="primary" if status == "done" else "secondary"
                )
                if clicked and shared.run_write(
                    lambda db, s=status: review_store.close_follow_up(db, user.username, moment_id, s, note) or True,
                    success=f"Follow-up marked {status}",
                ):
                    st.rerun()
        elif action_cols[0].button("Reopen", icon=":material/undo:", key=f"reopen_{moment_id}"):
            shared.run_write(lambda db: review_store.reopen_follow_up(db, user.username, moment_id))
            st.rerun()


def main() -> None:
    user = shared.page_setup("Follow-ups", "follow_ups")
    scope = auth.agent_scope(user)
    options = shared.filter_options(scope)
    if options["first"] is None:
        shared.show_empty_state()
        return
    now = datetime.now()
    with shared.read_db() as db:
        counts = queries.follow_up_counts(db, now, scope)
    metrics = st.columns(4)
    for column, status in zip(metrics, ("overdue", "open", "done", "missed"), strict=True):
        column.metric(STATUS_METRICS[status], f"{counts[status]:,}")
    statuses = st.pills(
        "Show",
        list(STATUS_LABELS),
        format_func=lambda s: STATUS_LABELS[s],
        selection_mode="multi",
        default=["overdue", "open"],
        key="follow_up_statuses",
    )
    filters = shared.filter_bar(options, "follow_ups", queues=False, kinds=False, default_days=90)
    with shared.read_db() as db:
        frame = queries.follow_ups(db, now, statuses or list(STATUS_LABELS), filters, scope)
    if frame.empty:
        st.info("No follow-ups match. Promises agents make on calls (“I'll call you back by Friday”) appear here.")
        return
    st.caption("Pick a task to close it or hear the promise.")
    task = task_table(frame)
    if task is not None:
        task_panel(user, task)


main()
