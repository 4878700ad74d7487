"""Calibration: reviewers score the same calls blind, then see the spread of answers, how far each agrees
with the expert, with the automatic QA and with each other (kappa), and agree an interpretation."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import calibration as cal
from pipeline.store import review as review_store
from pipeline.trust import auth

ANSWER_LABELS = {"met": "Met", "not_met": "Not met", "na": "N/A"}
PERCENT = st.column_config.NumberColumn(format="percent")
KAPPA = st.column_config.NumberColumn(format="%.2f", help="Cohen's kappa: 1 perfect, 0 chance, below 0 worse")


def new_session_tab(user: auth.User) -> None:
    with shared.read_db() as db:
        calls = cal.candidate_calls(db)
        people = cal.reviewers(db)
    if not calls:
        st.caption("No evaluated calls yet.")
        return
    labels = {c["call_id"]: f"{c['call_id']} · {c['agent'] or '–'} · {shared.when(c['started_at'])}" for c in calls}
    with st.form("new_calibration", clear_on_submit=True):
        title = st.text_input("Title", max_chars=review_store.MAX_TITLE_CHARS, key="cal_title")
        picked = st.multiselect(
            f"Calls (at most {cal.MAX_CALLS})",
            list(labels),
            format_func=labels.get,
            key="cal_calls",
            max_selections=cal.MAX_CALLS,
        )
        participants = st.multiselect("Participants", people, key="cal_people")
        expert = st.selectbox(
            "Expert (their answers are the reference; optional)",
            ["", *people],
            key="cal_expert",
            format_func=lambda p: p or "no expert",
        )
        if st.form_submit_button("Create session", type="primary", icon=":material/add:"):
            created = shared.run_write(
                lambda db: cal.create_session(db, user.username, title, picked, participants, expert or None),
                success="Session created: the participants find it under Score",
            )
            if created:
                st.rerun()


def score_tab(user: auth.User, sessions: list[dict[str, Any]], criteria: list[review_store.Criterion]) -> None:
    todo = [s for s in sessions if user.username in s["participants"] and not s["submitted"]]
    if not todo:
        st.caption("No session is waiting for your answers.")
        return
    names = {int(s["session_id"]): s["title"] for s in todo}
    session_id = st.selectbox("Session", list(names), format_func=names.get, key="cal_score_session")
    found = next(s for s in todo if int(s["session_id"]) == session_id)
    st.caption(
        "Score blind: you see the others' answers and the automatic ones only after you submit. The review page "
        "hides them too until then."
    )
    answers: dict[str, dict[str, str]] = {}
    for call_id in found["call_ids"]:
        with st.container(border=True):
            st.markdown(f"**Call {shared.md_escape(call_id)}** · [listen]({shared.call_link(call_id)})")
            with shared.read_db() as db:
                lines = cal.call_lines(db, call_id)
            with st.expander("Transcript"):
                st.markdown(
                    "  \n".join(
                        f"`{shared.clock(u['start_s'])}` **{u['speaker']}**: {shared.md_escape(u['text'])}"
                        for u in lines
                    )
                    or "No speech."
                )
            answers[call_id] = {}
            for criterion in criteria:
                choice = st.segmented_control(
                    f"{criterion.label} ({criterion.points} pts)",
                    list(ANSWER_LABELS),
                    format_func=ANSWER_LABELS.get,
                    key=f"cal_{session_id}_{call_id}_{criterion.key}",
                    help=criterion.help or None,
                )
                if choice:
                    answers[call_id][criterion.key] = choice
    if st.button("Submit my answers", type="primary", key=f"cal_submit_{session_id}", icon=":material/send:"):
        done = shared.run_write(
            lambda db: cal.submit_answers(db, user.username, session_id, answers, [c.key for c in criteria]) or True,
            success="Submitted: the results are open to you now",
        )
        if done:
            st.rerun()


def results_tab(user: auth.User, sessions: list[dict[str, Any]], criteria: list[review_store.Criterion]) -> None:
    manager = auth.can(user, "notes_qa")
    with shared.read_db() as db:
        visible = [s for s in sessions if cal.may_see_results(db, user.username, int(s["session_id"]), manager)]
    if not visible:
        st.caption("No results you may see yet: results open once you have submitted your own answers.")
        return
    names = {int(s["session_id"]): f"{s['title']} · {s['n_submitted']} submitted" for s in visible}
    session_id = st.selectbox("Session", list(names), format_func=names.get, key="cal_results_session")
    keys = [c.key for c in criteria]
    with shared.read_db() as db:
        result = cal.results(db, session_id, keys)
        notes = cal.notes(db, session_id)
    if len(result["participants"]) < 2:
        st.caption("Results need at least two participants' answers.")
    mean = result["mean_fleiss_kappa"]
    st.metric("Group agreement (mean Fleiss' kappa)", "–" if mean is None else f"{mean:.2f}")
    people = pd.DataFrame(
        [
            {
                "Participant": p,
                "With the expert": v.get("expert_agreement"),
                "With the automatic QA": v.get("auto_agreement"),
            }
            for p, v in result["people"].items()
        ]
    )
    if not people.empty:
        st.dataframe(
            people,
            hide_index=True,
            placeholder="–",
            column_config={"With the expert": PERCENT, "With the automatic QA": PERCENT},
        )
    for criterion in criteria:
        item = result["criteria"][criterion.key]
        kappa = item["fleiss_kappa"]
        with st.expander(f"{criterion.label} · Fleiss' kappa {'–' if kappa is None else f'{kappa:.2f}'}"):
            spread = pd.DataFrame(item["spread"]).rename(
                columns={"call_id": "Call", "met": "Met", "not_met": "Not met", "na": "N/A", "automatic": "Automatic"}
            )
            st.dataframe(spread, hide_index=True, placeholder="–")
            rows = [
                {
                    "Participant": p,
                    "Agreement with the expert": v.get("expert_agreement"),
                    "Kappa with the expert": v.get("expert_kappa"),
                    "Agreement with automatic": v.get("auto_agreement"),
                }
                for p, v in item["people"].items()
            ]
            st.dataframe(
                pd.DataFrame(rows),
                hide_index=True,
                placeholder="–",
                column_config={
                    "Agreement with the expert": PERCENT,
                    "Kappa with the expert": KAPPA,
                    "Agreement with automatic": PERCENT,
                },
            )
            pairs = pd.DataFrame(item["pairs"]).rename(
                columns={"a": "Reviewer", "b": "With", "kappa": "Kappa", "agreement": "Agreement"}
            )
            if not pairs.empty:
                st.dataframe(
                    pairs, hide_index=True, placeholder="–", column_config={"Kappa": KAPPA, "Agreement": PERCENT}
                )
            note = notes.get(criterion.key, {}).get("note", "")
            text = st.text_area(
                "Agreed interpretation",
                value=note,
                max_chars=review_store.MAX_NOTE_CHARS,
                key=f"cal_note_{session_id}_{criterion.key}",
            )
            left, right = st.columns(2)
            if left.button("Save note", key=f"cal_note_save_{session_id}_{criterion.key}") and shared.run_write(
                lambda db, k=criterion.key, t=text: cal.save_note(db, user.username, session_id, k, t) or True,
                success="Note saved",
            ):
                st.rerun()
            if (
                auth.can(user, "admin_rules")
                and right.button(
                    "Write into the form's help text",
                    key=f"cal_help_{session_id}_{criterion.key}",
                    help="Replaces this criterion's help in data/qa_form.toml (audited); the automatic answers stay.",
                )
                and shared.run_write(
                    lambda db, k=criterion.key, t=text: cal.write_help_text(db, user.username, k, t) or True,
                    success="Help text updated",
                )
            ):
                st.rerun()


def history_tab() -> None:
    try:
        keys = [c.key for c in review_store.load_qa_form().criteria]
    except (OSError, ValueError, KeyError):
        keys = []
    with shared.read_db() as db:
        rows = cal.history(db, keys)
    if not rows:
        st.caption("No session with results yet.")
        return
    frame = pd.DataFrame(rows)
    st.line_chart(frame, x="created_at", y=["fleiss_kappa", "expert_agreement", "auto_agreement"], height=220)
    st.dataframe(
        frame[["created_at", "title", "participants", "fleiss_kappa", "expert_agreement", "auto_agreement"]],
        hide_index=True,
        placeholder="–",
        column_config={
            "created_at": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD"),
            "title": "Session",
            "participants": "Participants",
            "fleiss_kappa": st.column_config.NumberColumn("Fleiss' kappa", format="%.2f"),
            "expert_agreement": st.column_config.NumberColumn("With the expert", format="percent"),
            "auto_agreement": st.column_config.NumberColumn("With automatic", format="percent"),
        },
    )


def main() -> None:
    user = shared.page_setup("Calibration", ("notes_qa", "coaching_edit"))
    try:
        criteria = list(review_store.load_qa_form().criteria)
    except (OSError, ValueError, KeyError) as exc:
        st.error(f"The QA form (data/qa_form.toml) could not be read: {exc}")
        return
    with shared.read_db() as db:
        sessions = cal.sessions_for(db, user.username, see_all=auth.can(user, "notes_qa"))
    score, results, history, new = st.tabs(["Score", "Results", "Over time", "New session"])
    with score:
        score_tab(user, sessions, criteria)
    with results:
        results_tab(user, sessions, criteria)
    with history:
        history_tab()
    with new:
        new_session_tab(user)


main()
