"""Drivers: why customers call, what each reason costs, what is rising, and the calls behind every figure."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.insights import drivers as drivers_logic
from pipeline.insights import reasons as reasons_logic
from pipeline.store import drivers as drivers_store
from pipeline.store import reasons as reasons_store
from pipeline.store.db import Database
from pipeline.store.queries import CallFilters
from pipeline.trust import auth

TABLE_KEY = "drivers_table"
FLAG_LABELS = {"new": "▲ New", "rising": "▲ Rising"}


@st.cache_data(ttl=shared.CACHE_TTL_S, show_spinner=False)
def _drivers(stamp: tuple[str, int], filters: CallFilters) -> pd.DataFrame:
    with shared.read_db() as db:
        return drivers_logic.drivers(db, filters)


@st.cache_data(ttl=shared.CACHE_TTL_S, show_spinner=False)
def _reasons(stamp: tuple[str, int]) -> list[dict[str, Any]]:
    with shared.read_db() as db:
        return reasons_store.reason_list(db)


def drivers_table(table: pd.DataFrame) -> int | None:
    """The reasons with their figures; returns the reason of the selected row."""
    shown = table.assign(
        flag=table["flag"].map(FLAG_LABELS).fillna(""),
        change=table["change"].astype(float) * 100,
        repeat_rate=table["repeat_rate"].astype(float) * 100,
        fcr=table["fcr"].astype(float) * 100,
        transferred_share=table["transferred_share"].astype(float) * 100,
    )
    columns = ["name", "flag", "calls", "previous", "change", "worst_score", "repeat_rate", "fcr"]
    columns += ["transferred_share", "mean_hold_s", "bounced", "p_value"]
    event = st.dataframe(
        shown[columns],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key=TABLE_KEY,
        column_config={
            "name": st.column_config.TextColumn("Reason", width="large"),
            "flag": st.column_config.TextColumn("Trend", help="Rising or new by the test described below"),
            "calls": st.column_config.NumberColumn("Calls"),
            "previous": st.column_config.NumberColumn("Before", help="Calls in the period of equal length before"),
            "change": st.column_config.NumberColumn("Change", format="%+.0f%%"),
            "worst_score": st.column_config.ProgressColumn("Worst call", min_value=0, max_value=1, format="%.2f"),
            "repeat_rate": st.column_config.NumberColumn("Repeat", format="%.0f%%", help="Repeat-contact rate"),
            "fcr": st.column_config.NumberColumn("FCR", format="%.0f%%", help="First-contact resolution"),
            "transferred_share": st.column_config.NumberColumn("Transferred", format="%.0f%%"),
            "mean_hold_s": st.column_config.NumberColumn("Avg hold", format="%.0f s"),
            "bounced": st.column_config.TextColumn("Bounced between", width="medium"),
            "p_value": st.column_config.NumberColumn("q", format="%.3f", help="The rising test's corrected p-value"),
        },
    )
    row = shared.selected_row(event, table)
    return None if row is None else int(row["reason_id"])


def calls_behind(filters: CallFilters, table: pd.DataFrame, picked: int | None) -> None:
    """Every figure opens its calls: pick the reason and the figure, each call links to its review."""
    names = dict(zip(table["reason_id"].astype(int), table["name"], strict=True))
    ids = list(names)
    left, right = st.columns([1, 1.4])
    reason_id = left.selectbox(
        "Reason", ids, index=ids.index(picked) if picked in ids else 0, format_func=names.get, key="drivers_reason"
    )
    figure = right.segmented_control(
        "Calls behind",
        list(drivers_store.FIGURES),
        format_func=lambda f: drivers_store.FIGURES[f][0],
        default="calls",
        key="drivers_figure",
    )
    with shared.read_db() as db:
        calls = drivers_store.driver_calls(db, int(reason_id), figure or "calls", filters)
    if calls.empty:
        st.caption("No calls of this reason for this figure in the period.")
        return
    calls = calls.assign(
        link=[shared.call_link(c) for c in calls["call_id"]],
        reasons=[", ".join(r) if isinstance(r, list | tuple) else "" for r in calls["reasons"].map(_as_list)],
    )
    st.caption(f"{len(calls):,} call(s), worst first · open one to listen")
    st.dataframe(
        calls[["link", "score", "reasons", "opening", "started_at", "agent_name", "team", "queue", "contact_number"]],
        hide_index=True,
        placeholder="–",
        column_config={
            "link": st.column_config.LinkColumn("Call", display_text=r"call=([^&]+)"),
            "score": st.column_config.ProgressColumn("Score", min_value=0, max_value=1, format="%.2f"),
            "reasons": st.column_config.TextColumn("Why it scores", width="medium"),
            "opening": st.column_config.TextColumn("What the customer said first", width="large"),
            "started_at": st.column_config.DatetimeColumn("When", format="MMM D, HH:mm"),
            "agent_name": "Agent",
            "team": "Team",
            "queue": "Queue",
            "contact_number": st.column_config.NumberColumn("Contact #"),
        },
    )


def _as_list(value: Any) -> list[str]:
    try:
        return [str(v) for v in value]
    except TypeError:
        return []


def edit_reasons(admin: auth.User) -> None:
    """Rename, merge, split, pin: each re-assigns the calls it changes, from the stored openings."""
    reasons = _reasons(shared.db_stamp())
    if not reasons:
        return
    names = {int(r["reason_id"]): f"{r['name']} ({r['calls']})" for r in reasons}
    ids = list(names)
    rename_tab, merge_tab, split_tab, pin_tab = st.tabs(["Rename", "Merge", "Split", "Pin examples"])
    with rename_tab, st.form("reason_rename"):
        target = st.selectbox("Reason", ids, format_func=names.get, key="rename_target")
        name = st.text_input("New name", max_chars=reasons_store.MAX_NAME_CHARS, key="rename_name")
        if st.form_submit_button("Rename"):
            _apply(lambda db: reasons_store.rename_reason(db, admin.username, int(target), name), "Renamed")
    with merge_tab, st.form("reason_merge"):
        keep = st.selectbox("Keep", ids, format_func=names.get, key="merge_keep")
        merged = st.selectbox(
            "Merge into it", ids, index=min(1, len(ids) - 1), format_func=names.get, key="merge_other"
        )
        if st.form_submit_button("Merge"):
            _apply(lambda db: reasons_logic.merge(db, admin.username, int(keep), int(merged)), "Merged")
    with split_tab, st.form("reason_split"):
        target = st.selectbox("Reason", ids, format_func=names.get, key="split_target")
        parts = st.number_input("Into", min_value=2, max_value=5, value=2, key="split_parts")
        if st.form_submit_button("Split"):
            _apply(lambda db: reasons_logic.split(db, admin.username, int(target), int(parts)), "Split")
    with pin_tab, st.form("reason_pin"):
        target = st.selectbox("Reason", ids, format_func=names.get, key="pin_target")
        text = st.text_input(
            "Example sentence a customer might open with",
            max_chars=reasons_store.MAX_PIN_CHARS,
            placeholder="e.g. my card was swallowed by the cash machine",
            key="pin_text",
        )
        if st.form_submit_button("Pin"):
            _apply(lambda db: reasons_logic.pin(db, admin.username, int(target), text), "Pinned")
    with st.expander("Reasons, their examples and pins"):
        for r in reasons:
            st.markdown(
                f"**{shared.md_escape(r['name'])}** · {r['calls']} calls · "
                f"found as “{shared.md_escape(r['auto_name'])}”"
            )
            for example in (r["examples"] or [])[:3]:
                st.caption(f"e.g. {shared.md_escape(example)}")
            for pinned in r["pins"] or []:
                st.caption(f":material/push_pin: {shared.md_escape(pinned)}")


def _apply(change: Any, done: str) -> None:
    def run(db: Database) -> int:
        change(db)
        return reasons_logic.assign_reasons(db, discover_if_missing=False).assigned

    assigned = shared.run_write(run)
    if assigned is not None:
        st.toast(f"{done}; {assigned} call(s) re-assigned", icon=":material/check_circle:")
        st.cache_data.clear()
        st.rerun()


def main() -> None:
    user = shared.page_setup("Drivers", ("scorecard",))
    st.caption(
        "Why customers call: each call's contact reason is read from what the customer says in its first two "
        "minutes. Per reason, the period's figures against the period before; select a row, then a figure, to "
        "open the calls behind it."
    )
    options = shared.filter_options()
    filters = shared.filter_bar(options, "drivers", agents=False, kinds=False, default_days=7)
    table = _drivers(shared.db_stamp(), filters)
    if table.empty:
        st.info(
            "No contact reasons in this period. Reasons are found once 20 calls are stored "
            "(`python -m pipeline analyze`, or after an ingest).",
            icon=":material/category:",
        )
    else:
        picked = drivers_table(table)
        st.caption(
            f"**Rising**: the reason's share of calls grew beyond chance — one-sided exact binomial test of its "
            f"calls now against the period before, given each period's total, Benjamini–Hochberg corrected over "
            f"all reasons (q < {drivers_logic.ALPHA}), with at least {drivers_logic.MIN_CALLS} calls and "
            f"{drivers_logic.MIN_RATIO:g}× the share. **New**: rising with no call before."
        )
        st.subheader("Calls behind the figures")
        calls_behind(filters, table, picked)
    if auth.can(user, "admin_rules"):
        st.subheader("Edit reasons")
        edit_reasons(user)


main()
