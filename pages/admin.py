"""Admin: users, the audit trail (browse, CSV export), rule feedback and the rules file, settings, alerts, digest."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import audit, queries
from pipeline.store import qa as qa_store
from pipeline.store.db import Database
from pipeline.trust import accounts as user_store
from pipeline.trust import auth, credentials
from pipeline.trust import settings as settings_api
from pipeline.trust.redact import AUDIO_MODES, KINDS, SETTING_KEYS, RedactionOptions

RULES_PATH = Path(__file__).resolve().parents[1] / "data" / "rules.toml"


def users_tab(admin: auth.User) -> None:
    with shared.read_db() as db:
        users = queries.list_users(db)
    st.dataframe(
        users,
        hide_index=True,
        placeholder="–",
        column_config={
            "username": "User",
            "role": "Role",
            "agent_id": "Agent ID",
            "email": "Email",
            "disabled": st.column_config.CheckboxColumn("Disabled"),
            "failed_attempts": st.column_config.NumberColumn("Failed sign-ins"),
            "locked_until": st.column_config.DatetimeColumn("Locked until", format="MMM D, HH:mm"),
            "created_at": st.column_config.DatetimeColumn("Created", format="YYYY-MM-DD"),
        },
    )
    add_col, toggle_col = st.columns(2, gap="large")
    with add_col, st.form("add_user", clear_on_submit=True):
        st.markdown("**Add a user**")
        username = st.text_input("Username", max_chars=100)
        password = st.text_input(
            "Password", type="password", max_chars=200, help=f"At least {credentials.MIN_PASSWORD_LENGTH} characters."
        )
        role = st.selectbox("Role", credentials.ROLES, index=credentials.ROLES.index("supervisor"))
        agent_id = st.text_input("Agent ID (agents only)", max_chars=100)
        if st.form_submit_button("Add user", type="primary", icon=":material/person_add:"):
            if role == "agent" and not agent_id.strip():
                st.error("An agent account needs the agent ID whose calls it may see.")
            elif shared.run_write(
                lambda db: _add_user(db, admin, username.strip(), password, role, agent_id.strip() or None),
                success=f"User {username.strip()} added",
            ):
                st.rerun()
    with toggle_col, st.form("toggle_user"):
        st.markdown("**Disable or enable a user**")
        st.caption("A disabled user is signed out at their next click and cannot sign in again.")
        target = st.selectbox("User", list(users["username"]) if not users.empty else [])
        disable_col, enable_col = st.columns(2)
        for column, change, label in (
            (disable_col, user_store.disable, "Disable"),
            (enable_col, user_store.enable, "Enable"),
        ):
            clicked = column.form_submit_button(label, width="stretch")
            if (
                clicked
                and target
                and shared.run_write(
                    lambda db, change=change: change(db, target, actor=admin.username) or True,
                    success=f"{target}: {label.lower()}d",
                )
            ):
                st.rerun()


def _add_user(db: Database, admin: auth.User, username: str, password: str, role: str, agent_id: str | None) -> bool:
    # users.add_user checks the name, role, agent ID and password policy (ValueError) and writes the audit row.
    user_store.add_user(db, username, password, role, agent_id=agent_id, actor=admin.username)
    return True


def audit_tab(admin: auth.User) -> None:
    with shared.read_db() as db:
        facets = queries.audit_facets(db)
    cols = st.columns(4)
    username = cols[0].selectbox("User", [""] + facets["users"], format_func=lambda u: u or "Everyone")
    action = cols[1].selectbox("Action", [""] + facets["actions"], format_func=lambda a: a or "All actions")
    period = cols[2].date_input("Period", value=(date.today() - timedelta(days=30), date.today()), key="audit_period")
    call_id = cols[3].text_input("Call ID", max_chars=200)
    date_from, date_to = period if isinstance(period, tuple) and len(period) == 2 else (None, None)
    with shared.read_db() as db:
        entries = queries.audit_entries(
            db, username or None, action or None, date_from, date_to, call_id.strip() or None
        )
    st.caption(f"{len(entries):,} entries (newest first, up to 1,000 shown; the export has them all).")
    st.dataframe(
        entries,
        hide_index=True,
        placeholder="–",
        height=420,
        column_config={
            "audit_id": st.column_config.NumberColumn("#", width="small"),
            "logged_at": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm:ss"),
            "username": "User",
            "action": "Action",
            "call_id": "Call",
            "detail": st.column_config.TextColumn("Detail", width="large"),
        },
    )
    if st.button("Prepare CSV export", icon=":material/table:"):
        filters = {
            "since": date_from,
            "until": date_to,
            "username": username or None,
            "action": action or None,
            "call_id": call_id.strip() or None,
        }
        with shared.read_db() as db:
            st.session_state["audit_csv"] = audit.export_csv_text(db, **filters).encode("utf-8")
        with shared.write_db() as db:
            audit.log(db, admin.username, "audit_export", detail={k: v for k, v in filters.items() if v})
    if st.session_state.get("audit_csv"):
        st.download_button(
            "Download audit CSV",
            st.session_state["audit_csv"],
            "earshot-audit.csv",
            "text/csv",
            icon=":material/download:",
        )


def rules_tab() -> None:
    st.markdown("**How supervisors judged each rule's detections** (dismissals show where a rule needs tuning)")
    with shared.read_db() as db:
        feedback = queries.rule_feedback(db)
    feedback = feedback.assign(kind=feedback["kind"].map(shared.kind_label))
    st.dataframe(
        feedback,
        hide_index=True,
        placeholder="–",
        column_config={
            "kind": "Moment",
            "rule": "Rule",
            "detected": st.column_config.NumberColumn("Detected"),
            "confirmed": st.column_config.NumberColumn("Confirmed"),
            "dismissed": st.column_config.NumberColumn("Dismissed"),
            "dismissal_rate": st.column_config.ProgressColumn(
                "Dismissed share", min_value=0, max_value=100, format="%.0f%%", help="of the reviewed detections"
            ),
        },
    )
    st.markdown(
        "**Precision from supervisors' verdicts, week by week** (confirmed share of the reviewed flags; "
        "*added* are moments supervisors marked that the analysis missed). `python -m pipeline train` learns "
        "from these verdicts."
    )
    with shared.read_db() as db:
        weekly = queries.verdict_precision_by_week(db)
        sources = queries.dismissals_by_source(db)
    if weekly.empty:
        st.caption("No verdicts yet: confirm or dismiss moments on the Call review page.")
    else:
        weekly = weekly.assign(kind=weekly["kind"].map(shared.kind_label))
        st.dataframe(
            weekly,
            hide_index=True,
            placeholder="–",
            column_config={
                "week": st.column_config.DateColumn("Week of"),
                "kind": "Moment",
                "confirmed": st.column_config.NumberColumn("Confirmed"),
                "dismissed": st.column_config.NumberColumn("Dismissed"),
                "added": st.column_config.NumberColumn("Added (missed)"),
                "precision": st.column_config.ProgressColumn("Precision", min_value=0, max_value=1, format="%.2f"),
            },
        )
        st.markdown("**Where the dismissed flags came from** (rule, matcher or model, and the rules version)")
        sources = sources.assign(kind=sources["kind"].map(shared.kind_label))
        st.dataframe(
            sources,
            hide_index=True,
            placeholder="–",
            column_config={
                "kind": "Moment",
                "rule": "Found by",
                "rules_version": "Rules version",
                "dismissed": st.column_config.NumberColumn("Dismissed"),
            },
        )
    st.markdown(
        f"**Rules file** · `{RULES_PATH.relative_to(RULES_PATH.parents[1])}` (edit it in the repository; "
        "re-run the analysis to apply)"
    )
    if RULES_PATH.is_file():
        with st.expander("Show the rules file"):
            st.code(RULES_PATH.read_text(encoding="utf-8"), language="toml", height=500)
    else:
        st.caption("No rules file found.")


KIND_LABELS = {
    "CARD": "Card numbers [CARD]",
    "CVV": "Security codes [CVV]",
    "EXPIRY": "Expiry dates [EXPIRY]",
    "SSN": "Social security numbers [SSN]",
    "EMAIL": "E-mail addresses [EMAIL]",
    "PHONE": "Phone numbers [PHONE]",
    "PAYMENT": "Payment windows (audio silenced while card details are given)",
}
AUDIO_MODE_LABELS = {"silence": "Silence", "bleep": "Bleep (a 1 kHz tone)"}
KINDS_KEY = SETTING_KEYS["kinds"]
AUDIO_MODE_KEY = SETTING_KEYS["audio_mode"]
ORIGINAL_KEY = SETTING_KEYS["allow_original_playback"]


def current_redaction_options() -> tuple[RedactionOptions, str | None]:
    """The options the next ingest will use, and a problem with the stored rows (the defaults stand in)."""
    with shared.read_db() as db:
        stored = {key: queries.get_setting(db, key) for key in SETTING_KEYS.values()}
    try:
        return RedactionOptions.from_settings(stored), None
    except (TypeError, ValueError) as exc:
        return RedactionOptions(), str(exc)


def settings_tab(admin: auth.User) -> None:
    options, problem = current_redaction_options()
    if problem:
        st.error(f"The stored redaction settings are not valid ({problem}); the defaults are shown. Save to fix.")
    with st.form("settings"):
        allow = st.toggle(
            "Admins may play the original (unredacted) recordings",
            value=options.allow_original_playback,
            help="Everyone else always hears the redacted copy. Each play of an original is in the audit log.",
            key="settings_allow_original",
        )
        st.markdown("**Redaction**")
        st.caption(
            "Applies to calls ingested from now on. Calls already stored keep the transcript and audio "
            "redaction they were ingested with."
        )
        kinds = st.multiselect(
            "Redact these types",
            list(KINDS),
            default=[kind for kind in KINDS if kind in options.kinds],
            format_func=lambda kind: KIND_LABELS.get(kind, kind),
            help="Types left out stay readable in new transcripts and audible in new redacted audio.",
            key="settings_redaction_kinds",
        )
        audio_mode = st.radio(
            "Over redacted stretches of audio, play",
            list(AUDIO_MODES),
            index=list(AUDIO_MODES).index(options.audio_mode),
            format_func=lambda mode: AUDIO_MODE_LABELS.get(mode, mode),
            horizontal=True,
            key="settings_redaction_audio_mode",
        )
        if set(kinds) != set(KINDS):
            left_out = ", ".join(k for k in KINDS if k not in kinds)
            st.warning(f"Not redacted in calls ingested from now on: {left_out}.", icon=":material/warning:")
        submitted = st.form_submit_button("Save settings", type="primary")
    if not submitted:
        return
    values = {ORIGINAL_KEY: bool(allow), KINDS_KEY: list(kinds), AUDIO_MODE_KEY: str(audio_mode)}
    try:
        # The same check the ingest's reading makes, before anything is stored.
        RedactionOptions.from_settings(values)
    except (TypeError, ValueError) as exc:
        st.error(f"Not saved: {exc}")
        return
    changed = shared.run_write(lambda db: settings_api.set_settings(db, admin.username, values))
    if changed is None:
        return  # refused; run_write showed why
    if changed:
        st.toast("Settings saved", icon=":material/check_circle:")
        st.rerun()
    st.info("Nothing changed.")


def alerts_tab(admin: auth.User) -> None:
    """Alert rules (add, list) and a preview of each recipient's digest."""
    from pipeline.insights import digest as digest_logic
    from pipeline.store import alerts as alert_store

    with shared.read_db() as db:
        found = alert_store.rules(db)
        delivery = alert_store.delivery_settings(db)
        options = shared.filter_options()
    st.markdown("**Alert rules** (checked after each ingest and by `python -m pipeline alerts check`)")
    if found:
        st.dataframe(
            found,
            hide_index=True,
            placeholder="–",
            column_order=[
                "rule_id",
                "name",
                "signal",
                "threshold",
                "teams",
                "queues",
                "channel",
                "target",
                "recipient_role",
                "agent_id",
                "enabled",
                "fired",
                "pending",
            ],
        )
    else:
        st.caption("No alert rules yet.")
    host = delivery.get("smtp_host")
    st.caption(
        f"E-mail goes through {shared.md_escape(host)}:{delivery.get('smtp_port')} ({delivery.get('smtp_security')})"
        if host
        else "No SMTP server set: `python -m pipeline alerts smtp --host … --sender …` (webhooks need none)."
    )
    with st.form("alert_rule", clear_on_submit=True):
        st.markdown("**Add an alert rule**")
        left, right = st.columns(2)
        name = left.text_input("Name", max_chars=120, key="alert_name")
        signal = right.selectbox(
            "Signal", list(alert_store.SIGNALS), format_func=alert_store.SIGNALS.get, key="alert_signal"
        )
        threshold = left.number_input(
            "Threshold (N, score or QA points; blank for the default)", value=None, key="alert_threshold"
        )
        role = right.selectbox("Recipients' role", alert_store.RECIPIENT_ROLES, index=1, key="alert_role")
        teams = left.multiselect("Only teams", options["teams"], key="alert_teams", placeholder="All teams")
        queues = right.multiselect("Only queues", options["queues"], key="alert_queues", placeholder="All queues")
        channel = left.radio("Deliver by", alert_store.CHANNELS, horizontal=True, key="alert_channel")
        target = right.text_input("E-mail addresses or webhook URL", max_chars=500, key="alert_target")
        secret = left.text_input("Webhook secret", type="password", max_chars=200, key="alert_secret")
        agent_id = right.text_input("Agent ID (agent recipients)", max_chars=100, key="alert_agent")
        if st.form_submit_button("Add rule", type="primary") and shared.run_write(
            lambda db: alert_store.add_rule(
                db,
                admin.username,
                name,
                signal,
                channel,
                target,
                recipient_role=role,
                threshold=threshold,
                teams=teams,
                queues=queues,
                secret=secret or None,
                agent_id=agent_id.strip() or None,
            ),
            success="Alert rule added",
        ):
            st.rerun()
    st.markdown("**Digest preview** (what `python -m pipeline digest --period week --send` would e-mail)")
    with shared.read_db() as db:
        people = digest_logic.recipients(db)
    if not people:
        st.caption("Nobody receives the digest yet: give users an e-mail address.")
        return
    left, right = st.columns(2)
    who = left.selectbox("Recipient", [u.username for u in people], key="digest_who")
    period = right.selectbox("Period", list(digest_logic.PERIODS), index=1, key="digest_period")
    with shared.read_db() as db:
        built = digest_logic.digests(db, period, only=who)
    st.code(digest_logic.render_text(built[0]), language=None)


def qa_tab(admin: auth.User) -> None:
    """The dispute window, and dispute and overturn rates per reviewer and per criterion."""
    with shared.read_db() as db:
        days = qa_store.dispute_window_days(db)
        rates = qa_store.dispute_rates(db)
    with st.form("qa_settings"):
        window = st.number_input(
            "Days an agent has to dispute an evaluation",
            min_value=1,
            max_value=qa_store.MAX_DISPUTE_WINDOW_DAYS,
            value=days,
            step=1,
            key="qa_dispute_window",
        )
        if st.form_submit_button("Save") and shared.run_write(
            lambda db: qa_store.set_dispute_window(db, admin.username, int(window)) or True,
            success="Dispute window saved",
        ):
            st.rerun()
    rate = st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="percent")
    st.markdown("**Disputes per reviewer** · whose answers agents disputed, and how often they were overturned")
    st.dataframe(
        pd.DataFrame(rates["by_reviewer"]),
        hide_index=True,
        placeholder="–",
        column_config={"dispute_rate": rate, "overturn_rate": rate, "reviewer": "Reviewer", "calls": "Calls evaluated"},
    )
    st.markdown("**Disputes per criterion or moment kind**")
    if rates["by_criterion"]:
        st.dataframe(
            pd.DataFrame(rates["by_criterion"]),
            hide_index=True,
            placeholder="–",
            column_config={"overturn_rate": rate, "target": "Criterion"},
        )
    else:
        st.caption("No disputes yet.")


def main() -> None:
    admin = shared.page_setup("Admin", ("admin_users", "admin_rules", "admin_settings", "audit_view"))
    sections = [
        ("Users", "admin_users", lambda: users_tab(admin)),
        ("Audit log", "audit_view", lambda: audit_tab(admin)),
        ("Rules", "admin_rules", rules_tab),
        ("Settings", "admin_settings", lambda: settings_tab(admin)),
        ("Alerts & digest", "admin_settings", lambda: alerts_tab(admin)),
        ("QA disputes", "admin_settings", lambda: qa_tab(admin)),
    ]
    visible = [(name, render) for name, permission, render in sections if auth.can(admin, permission)]
    for tab, (_, render) in zip(st.tabs([name for name, _ in visible]), visible, strict=True):
        with tab:
            render()


main()
