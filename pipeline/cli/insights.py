"""The `reasons`, `alerts` and `digest` commands; `pipeline/cli/__init__.py` adds them with `add_commands(subparsers)`.

    python -m pipeline reasons list [--json]
    python -m pipeline reasons discover [--max-reasons N] [--force]
    python -m pipeline reasons rename ID NAME
    python -m pipeline reasons merge KEEP_ID MERGED_ID
    python -m pipeline reasons split ID [--parts N]
    python -m pipeline reasons pin ID SENTENCE
    python -m pipeline alerts add NAME --signal S --channel email|webhook --to TARGET [--secret S] [--role R] ...
    python -m pipeline alerts list [--json] | enable ID | disable ID | check
    python -m pipeline alerts smtp --host H [--port P] [--security starttls|ssl|none] [--username U] --sender S
    python -m pipeline digest [--period day|week|month] [--end DATE] [--to USER] [--send]

Every command takes `--db FILE`. Edits are audited as `cli:<login name>` and re-assign the calls they
change from the stored openings (nothing is transcribed again).
Exit codes: 0 done, 1 a notice could not be delivered (kept for the next check), 2 refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from pipeline.cli.arguments import add_db, db_path
from pipeline.cli.trust import actor
from pipeline.store.db import session

EXIT_REFUSED = 2


def add_commands(subparsers: Any) -> None:
    add_reason_commands(subparsers)
    add_alert_commands(subparsers)
    add_digest_command(subparsers)


def add_reason_commands(subparsers: Any) -> None:
    reasons = subparsers.add_parser("reasons", help="contact reasons: list, discover, rename, merge, split, pin")
    sub = reasons.add_subparsers(dest="reasons_command", required=True, metavar="ACTION")

    p = sub.add_parser("list", help="the reasons with their calls, examples and pinned sentences")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=run_list)

    p = sub.add_parser("discover", help="cluster every call's opening into a new reason set")
    p.add_argument("--max-reasons", type=int, default=None, help="most reasons to consider (default 20)")
    p.add_argument("--force", action="store_true", help="replace an existing reason set (admins' names are lost)")
    add_db(p)
    p.set_defaults(handler=run_discover)

    p = sub.add_parser("rename", help="give a reason a name")
    p.add_argument("reason_id", type=int)
    p.add_argument("name")
    add_db(p)
    p.set_defaults(handler=run_rename)

    p = sub.add_parser("merge", help="merge the second reason into the first")
    p.add_argument("keep_id", type=int)
    p.add_argument("merged_id", type=int)
    add_db(p)
    p.set_defaults(handler=run_merge)

    p = sub.add_parser("split", help="split a reason by clustering its calls' openings")
    p.add_argument("reason_id", type=int)
    p.add_argument("--parts", type=int, default=2)
    add_db(p)
    p.set_defaults(handler=run_split)

    p = sub.add_parser("pin", help="pin an example sentence to a reason")
    p.add_argument("reason_id", type=int)
    p.add_argument("sentence")
    add_db(p)
    p.set_defaults(handler=run_pin)


def run_list(args: argparse.Namespace) -> int:
    from pipeline.store.reasons import reason_list

    with session(db_path(args), read_only=True) as db:
        rows = reason_list(db)
    if args.json:
        print(json.dumps(rows, default=str, indent=2))
        return 0
    if not rows:
        print("no contact reasons yet: `python -m pipeline analyze` finds them once 20 calls are stored")
        return 0
    for r in rows:
        print(f"{r['reason_id']:>4}  {r['calls']:>6} calls  {r['name']}")
        for example in (r["examples"] or [])[:2]:
            print(f"              e.g. {example[:100]}")
        for pinned in r["pins"] or []:
            print(f"              pinned: {pinned[:100]}")
    return 0


def _edit(args: argparse.Namespace, change: Any, done: str) -> int:
    from pipeline.insights.reasons import assign_reasons

    try:
        with session(db_path(args)) as db:
            change(db)
            summary = assign_reasons(db, discover_if_missing=False)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{done}; {summary.assigned} call(s) re-assigned")
    return 0


def run_discover(args: argparse.Namespace) -> int:
    from pipeline.insights import reasons
    from pipeline.store.reasons import active_reasons

    with session(db_path(args)) as db:
        if active_reasons(db) and not args.force:
            print("error: a reason set exists; --force replaces it (renames and pins are lost)", file=sys.stderr)
            return EXIT_REFUSED
        summary = reasons.assign_reasons(db, discover_if_missing=False)  # embed openings not yet embedded
        if summary.skipped:
            print(f"error: {summary.skipped}", file=sys.stderr)
            return EXIT_REFUSED
    return _edit(
        args,
        lambda db: reasons.discover(db, actor(), args.max_reasons or reasons.MAX_REASONS),
        "discovered a new reason set",
    )


def run_rename(args: argparse.Namespace) -> int:
    from pipeline.store.reasons import rename_reason

    return _edit(args, lambda db: rename_reason(db, actor(), args.reason_id, args.name), "renamed")


def run_merge(args: argparse.Namespace) -> int:
    from pipeline.insights.reasons import merge

    return _edit(args, lambda db: merge(db, actor(), args.keep_id, args.merged_id), "merged")


def run_split(args: argparse.Namespace) -> int:
    from pipeline.insights.reasons import split

    return _edit(args, lambda db: split(db, actor(), args.reason_id, args.parts), "split")


def run_pin(args: argparse.Namespace) -> int:
    from pipeline.insights.reasons import pin

    return _edit(args, lambda db: pin(db, actor(), args.reason_id, args.sentence), "pinned")


# --- alerts ---------------------------------------------------------------------------------------------


def add_alert_commands(subparsers: Any) -> None:
    from pipeline.store.alerts import CHANNELS, RECIPIENT_ROLES, SIGNALS

    alerts = subparsers.add_parser("alerts", help="alert rules: add, list, enable, disable, check; the SMTP server")
    sub = alerts.add_subparsers(dest="alerts_command", required=True, metavar="ACTION")

    p = sub.add_parser("add", help="add an alert rule")
    p.add_argument("name")
    p.add_argument("--signal", required=True, choices=list(SIGNALS))
    p.add_argument("--threshold", type=float, default=None, help="N of repeat_contact, score_above, qa_below")
    p.add_argument("--team", action="append", default=[], help="only this team's calls (repeatable)")
    p.add_argument("--queue", action="append", default=[], help="only this queue's calls (repeatable)")
    p.add_argument("--channel", required=True, choices=CHANNELS)
    p.add_argument("--to", required=True, help="e-mail addresses (comma separated) or the webhook URL")
    p.add_argument("--secret", default=None, help="webhook: the shared secret of the HMAC signature")
    p.add_argument("--role", default="supervisor", choices=RECIPIENT_ROLES, help="the recipients' role")
    p.add_argument("--agent-id", default=None, help="--role agent: whose calls they may see")
    add_db(p)
    p.set_defaults(handler=run_alerts_add)

    p = sub.add_parser("list", help="the alert rules, with what fired and what waits to be delivered")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=run_alerts_list)

    for action in ("enable", "disable"):
        p = sub.add_parser(action, help=f"{action} an alert rule")
        p.add_argument("rule_id", type=int)
        add_db(p)
        p.set_defaults(handler=run_alerts_toggle, enabled=action == "enable")

    p = sub.add_parser("check", help="fire the rules on what is new and deliver every undelivered notice")
    add_db(p)
    p.set_defaults(handler=run_alerts_check)

    p = sub.add_parser("smtp", help="set the SMTP server alerts and digests are sent through")
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=587)
    p.add_argument("--security", choices=("starttls", "ssl", "none"), default="starttls")
    p.add_argument("--username", default="")
    p.add_argument("--sender", required=True, help="the From address")
    p.add_argument("--ca-file", default="", help="a private CA certificate (PEM) to trust")
    p.add_argument("--base-url", default="http://localhost:8501", help="the app's address, for links")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the SMTP password from stdin and store it (better: set $EARSHOT_SMTP_PASSWORD where alerts run)",
    )
    add_db(p)
    p.set_defaults(handler=run_alerts_smtp)


def run_alerts_add(args: argparse.Namespace) -> int:
    from pipeline.store.alerts import add_rule

    try:
        with session(db_path(args)) as db:
            rule_id = add_rule(
                db,
                actor(),
                args.name,
                args.signal,
                args.channel,
                args.to,
                recipient_role=args.role,
                threshold=args.threshold,
                teams=args.team,
                queues=args.queue,
                secret=args.secret,
                agent_id=args.agent_id,
            )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"added alert rule {rule_id}")
    return 0


def run_alerts_list(args: argparse.Namespace) -> int:
    from pipeline.store.alerts import rules

    with session(db_path(args), read_only=True) as db:
        found = rules(db)
    if args.json:
        print(json.dumps(found, default=str, indent=2))
        return 0
    for r in found:
        state = "on " if r["enabled"] else "off"
        print(
            f"{r['rule_id']:>4} {state} {r['name']} · {r['signal']} → {r['channel']} {r['target']}"
            f" · fired {r['fired']}, undelivered {r['pending']}"
        )
    if not found:
        print("no alert rules (python -m pipeline alerts add --help)")
    return 0


def run_alerts_toggle(args: argparse.Namespace) -> int:
    from pipeline.store.alerts import set_enabled

    try:
        with session(db_path(args)) as db:
            set_enabled(db, actor(), args.rule_id, args.enabled)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    return 0


def run_alerts_check(args: argparse.Namespace) -> int:
    from pipeline.insights.alerts import check_alerts

    try:
        with session(db_path(args)) as db:
            report = check_alerts(db)
    except ValueError as exc:  # a bad delivery setting
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{report.fired} new firing(s), {report.sent} notice item(s) delivered")
    for failure in report.failures:
        print(f"failed: {failure}", file=sys.stderr)
    return 1 if report.failures else 0


def run_alerts_smtp(args: argparse.Namespace) -> int:
    from pipeline.insights.delivery import DeliveryOptions
    from pipeline.store.alerts import delivery_settings, save_delivery_settings

    with session(db_path(args)) as db:
        values = {
            **delivery_settings(db),
            "smtp_host": args.host,
            "smtp_port": args.port,
            "smtp_security": args.security,
            "smtp_username": args.username,
            "smtp_sender": args.sender,
            "smtp_ca_file": args.ca_file,
            "base_url": args.base_url,
        }
        if args.password_stdin:
            values["smtp_password"] = sys.stdin.readline().rstrip("\n")
        try:
            DeliveryOptions.from_settings(values)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_REFUSED
        save_delivery_settings(db, actor(), values)
    print(f"alerts and digests are sent through {args.host}:{args.port} ({args.security})")
    return 0


# --- the digest ----------------------------------------------------------------------------------------


def add_digest_command(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "digest",
        help="the digest per recipient: changes, rising reasons, overdue follow-ups, worst and random calls",
        description="Builds each recipient's digest (enabled users with an e-mail address, scoped by role) and "
        "prints it, or e-mails it with --send through the SMTP server `alerts smtp` set.",
    )
    p.add_argument("--period", choices=("day", "week", "month"), default="week")
    p.add_argument("--end", type=date.fromisoformat, default=None, help="last day (default: the last day with calls)")
    p.add_argument("--to", default=None, help="only this user")
    p.add_argument("--send", action="store_true", help="e-mail the digests instead of printing them")
    add_db(p)
    p.set_defaults(handler=run_digest)


def run_digest(args: argparse.Namespace) -> int:
    from pipeline.insights.delivery import DeliveryOptions
    from pipeline.insights.digest import digests, render_text, send_digests
    from pipeline.store.alerts import delivery_settings

    try:
        with session(db_path(args), read_only=not args.send) as db:
            built = digests(db, args.period, args.end, args.to)
            if not args.send:
                print("\n\n".join(render_text(d) for d in built) or "no recipients: give users an e-mail address")
                return 0
            failures = send_digests(db, built, DeliveryOptions.from_settings(delivery_settings(db)))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"sent {len(built) - len(failures)} of {len(built)} digest(s)")
    for failure in failures:
        print(f"failed: {failure}", file=sys.stderr)
    return 1 if failures else 0
