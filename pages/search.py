"""Search: full-text across every transcript, ranked, with filters; each hit opens the call at that line."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import queries
from pipeline.trust import auth

RESULT_LIMIT = 200
SPEAKERS = {"": "Anyone", "customer": "Customer", "agent": "Agent"}


def results_table(frame: pd.DataFrame) -> pd.Series | None:
    view = frame.assign(at=frame["start_s"].map(shared.clock))
    event = st.dataframe(
        view[["started_at", "agent", "at", "speaker", "text", "team", "call_id"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="search_table",
        height=min(38 + 35 * len(view), 600),
        column_config={
            "started_at": st.column_config.DatetimeColumn("Call date", format="MMM D, HH:mm"),
            "agent": "Agent",
            "at": st.column_config.TextColumn("At", width="small"),
            "speaker": st.column_config.TextColumn("Speaker", width="small"),
            "text": st.column_config.TextColumn("What was said", width="large"),
            "team": "Team",
            "call_id": "Call",
        },
    )
    return shared.selected_row(event, frame)


def main() -> None:
    user = shared.page_setup("Search", "search")
    scope = auth.agent_scope(user)
    options = shared.filter_options(scope)
    if options["first"] is None:
        shared.show_empty_state()
        return
    with st.form("search_form", border=False):
        box, speaker_col, button_col = st.columns([5, 1.2, 0.8], vertical_alignment="bottom")
        text = box.text_input(
            "Search transcripts",
            max_chars=300,
            placeholder="e.g. refund, “speak to a manager”, cancel my contract",
            key="search_text",
        )
        speaker = speaker_col.selectbox("Speaker", list(SPEAKERS), format_func=SPEAKERS.get, key="search_speaker")
        button_col.form_submit_button("Search", type="primary", icon=":material/search:", width="stretch")
    filters = shared.filter_bar(options, "search", queues=True, default_days=365)
    text = (text or "").strip()
    if not text and not filters.moment_kinds:
        st.caption("Type words to search every transcript, or pick a moment kind to list those moments.")
        return
    with shared.read_db() as db:
        frame, how = queries.search_transcripts(db, text, filters, speaker or None, scope, limit=RESULT_LIMIT)
    shared.audit_once(
        user,
        "search",
        detail={
            "query": text[:300],
            "speaker": speaker or None,
            "kinds": list(filters.moment_kinds),
            "hits": len(frame),
        },
    )
    if frame.empty:
        st.info("Nothing matches. Try fewer or different words, or widen the period.", icon=":material/search_off:")
        return
    explain = {
        "ranked": "ranked by relevance",
        "substring": "exact text matches, newest first",
        "moments": "moments of that kind, newest first",
    }[how]
    st.caption(
        f"{len(frame):,} hit(s), {explain}{' (first ' + str(RESULT_LIMIT) + ')' if len(frame) >= RESULT_LIMIT else ''}."
    )
    row = results_table(frame)
    if row is None:
        st.caption("Pick a hit to preview it, open the call there, or add it to a coaching session.")
        return
    with st.container(border=True):
        st.markdown(
            f"**{shared.md_escape(row['agent'])}** · {shared.md_escape(row['call_id'])} · "
            f"{shared.clock(row['start_s'])} · {shared.md_escape(row['speaker'])}"
        )
        st.markdown(f"> {shared.md_escape(row['text'])}")
        if st.button("Open the call here", type="primary", icon=":material/play_circle:", key="open_hit"):
            shared.open_call(str(row["call_id"]), float(row["start_s"]))
        if auth.can(user, "coaching_edit"):
            with st.expander("Add this stretch to a coaching session", icon=":material/playlist_add:"):
                with shared.read_db() as db:
                    sessions = queries.coaching_sessions(db)
                shared.clip_form(
                    user,
                    str(row["call_id"]),
                    max(float(row["start_s"]) - 2.0, 0.0),
                    float(row["end_s"]) + 2.0,
                    "",
                    key=f"search_clip_{row['call_id']}_{int(float(row['start_s']) * 10)}",
                    sessions=sessions,
                )


main()
