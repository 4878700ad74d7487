"""The `users`, `audit`, `backup` and `restore` commands; `pipeline/cli.py` adds them with `add_commands`.

    python -m pipeline users add NAME --role ROLE [--agent-id ID] [--email E] [--password-stdin | --sso-only]
    python -m pipeline users list [--json]
    python -m pipeline users disable NAME | enable NAME | unlock NAME
    python -m pipeline users passwd NAME [--password-stdin]
    python -m pipeline users role NAME --role ROLE [--agent-id ID]
    python -m pipeline audit [--since DATE] [--until DATE] [--user U] [--action A] [--call ID] [--csv FILE]
    python -m pipeline backup DEST [--parquet] [--force]
    python -m pipeline restore SRC [--force]

Every command takes `--db FILE` (default: $EARSHOT_DB or data/earshot.duckdb). Changes are written
to the audit trail as `cli:<login name>`: whoever runs these has the database file in hand, which
makes them an administrator. Exit codes: 0 done, 2 refused (bad input, or a file already there).
"""

from __future__ import annotations

import argparse
import getpass
import json
import secrets
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pipeline.cli.arguments import add_db, db_path
from pipeline.store.db import Database, session

DEMO_ADMIN = "admin"
EXIT_REFUSED = 2


def actor() -> str:
    """Who runs the command, for the audit trail."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name in some containers
        return "cli"


def add_commands(subparsers: Any) -> None:
    users = subparsers.add_parser("users", help="add, list, disable and unlock sign-ins")
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")

    p = users_sub.add_parser("add", help="create a user (password asked twice, or read from stdin)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=_roles())
    p.add_argument("--agent-id", default=None, help="for role agent: the agent ID their calls carry (required)")
    p.add_argument("--email", default=None, help="address a single sign-on identity is matched on")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    how.add_argument("--sso-only", action="store_true", help="no password: signs in through single sign-on only")
    add_db(p)
    p.set_defaults(handler=run_users_add)

    p = users_sub.add_parser("list", help="list users (never their password hashes)")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(handler=run_users_list)

    for name, helptext in (
        ("disable", "stop a user signing in (history stays)"),
        ("enable", "let a disabled user sign in again"),
        ("unlock", "clear failed sign-ins and any lock"),
    ):
        p = users_sub.add_parser(name, help=helptext)
        p.add_argument("name")
        add_db(p)
        p.set_defaults(handler=run_users_change, change=name)

    p = users_sub.add_parser("passwd", help="set a new password")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    add_db(p)
    p.set_defaults(handler=run_users_passwd)

    p = users_sub.add_parser("role", help="change a user's role")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=_roles())
    p.add_argument("--agent-id", default=None)
    add_db(p)
    p.set_defaults(handler=run_users_role)

    p = subparsers.add_parser("audit", help="print or export the audit trail")
    p.add_argument("--since", type=_date_or_time, default=None, help="from this date or ISO time (UTC)")
    p.add_argument("--until", type=_date_or_time, default=None, help="up to this date (inclusive) or ISO time")
    p.add_argument("--user", default=None)
    p.add_argument("--action", default=None)
    p.add_argument("--call", default=None, help="one call ID")
    p.add_argument("--limit", type=int, default=100, help="rows to print, newest first (default 100)")
    p.add_argument("--csv", type=Path, default=None, metavar="FILE", help="write every matching row to FILE as CSV")
    add_db(p)
    p.set_defaults(handler=run_audit)

    p = subparsers.add_parser("backup", help="write a consistent copy of the database (safe while the app runs)")
    p.add_argument("dest", type=Path, help="new .duckdb file (or a folder to put one in); with --parquet a new folder")
    p.add_argument("--parquet", action="store_true", help="a folder of Parquet files instead of a DuckDB file")
    p.add_argument("--force", action="store_true", help="replace DEST if it exists")
    add_db(p)
    p.set_defaults(handler=run_backup)

    p = subparsers.add_parser("restore", help="bring a backup back as the database (stop any ingest first)")
    p.add_argument("src", type=Path, help="a backup .duckdb file or Parquet folder")
    p.add_argument("--force", action="store_true", help="replace an existing database (it is kept as *.pre-restore-*)")
    add_db(p)
    p.set_defaults(handler=run_restore)


def _roles() -> tuple[str, ...]:
    from pipeline.trust.credentials import ROLES

    return ROLES


def _date_or_time(text: str) -> date | datetime:
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or ISO time: {text!r}") from None


def _refuse(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _read_password(from_stdin: bool) -> str:
    """From stdin's first line, or asked twice at the terminal; ValueError when the two differ."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    second = getpass.getpass("Same password again: ")
    if first != second:
        raise ValueError("the two passwords differ")
    return first


# --- users ------------------------------------------------------------------------------------


def run_users_add(args: argparse.Namespace) -> int:
    from pipeline.trust import accounts as users

    try:
        password = None if args.sso_only else _read_password(args.password_stdin)
        with session(db_path(args)) as db:
            name = users.add_user(
                db, args.name, password, args.role, agent_id=args.agent_id, email=args.email, actor=actor()
            )
    except ValueError as exc:
        return _refuse(str(exc))
    print(f"added {name} ({args.role}{', agent ' + args.agent_id if args.agent_id else ''})")
    return 0


def run_users_list(args: argparse.Namespace) -> int:
    from pipeline.trust import accounts as users

    path = db_path(args)
    if not path.exists():
        return _refuse(f"no database at {path}")
    with session(path, read_only=True) as db:
        rows = users.list_users(db)
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
        return 0
    for row in rows:
        state = "disabled" if row["disabled"] else "locked" if row["locked_until"] else "active"
        fields = [row["username"], row["role"], row["agent_id"] or "-", row["email"] or "-", state]
        print("\t".join(str(f) for f in fields))
    return 0


def run_users_change(args: argparse.Namespace) -> int:
    from pipeline.trust import accounts as users

    change = {"disable": users.disable, "enable": users.enable, "unlock": users.reset_failures}[args.change]
    try:
        with session(db_path(args)) as db:
            change(db, args.name, actor=actor())
    except ValueError as exc:
        return _refuse(str(exc))
    print(f"{args.name} {({'disable': 'disabled', 'enable': 'enabled', 'unlock': 'unlocked'})[args.change]}")
    return 0


def run_users_passwd(args: argparse.Namespace) -> int:
    from pipeline.trust import accounts as users

    try:
        password = _read_password(args.password_stdin)
        with session(db_path(args)) as db:
            users.set_password(db, args.name, password, actor=actor())
    except ValueError as exc:
        return _refuse(str(exc))
    print(f"password changed for {args.name}")
    return 0


def run_users_role(args: argparse.Namespace) -> int:
    from pipeline.trust import accounts as users

    try:
        with session(db_path(args)) as db:
            users.set_role(db, args.name, args.role, agent_id=args.agent_id, actor=actor())
    except ValueError as exc:
        return _refuse(str(exc))
    print(f"{args.name} is now {args.role}")
    return 0


def ensure_demo_admin(db: Database) -> tuple[str, str] | None:
    """On a database without users, create `admin` with a random password and return (name, password).

    The password exists only in the return value (for the demo to print once); the database holds
    its Argon2 hash. None when there are users already.
    """
    from pipeline.trust import accounts as users

    if users.count_users(db):
        return None
    password = secrets.token_urlsafe(12)
    try:
        users.add_user(db, DEMO_ADMIN, password, "admin", actor="demo")
    except ValueError:  # another demo got there first
        return None
    return DEMO_ADMIN, password


# --- audit ------------------------------------------------------------------------------------


def run_audit(args: argparse.Namespace) -> int:
    from pipeline.store import audit

    path = db_path(args)
    if not path.exists():
        return _refuse(f"no database at {path}")
    filters = {"since": args.since, "until": args.until, "username": args.user, "action": args.action}
    filters["call_id"] = args.call
    if args.csv is not None:
        # Exporting the trail is itself an audited event: a write session.
        with session(path) as db:
            written = audit.export_csv(db, args.csv, **filters)
            audit.log(db, actor(), "audit_export", detail={"file": str(args.csv), "rows": written})
        print(f"wrote {written} rows to {args.csv}")
        return 0
    with session(path, read_only=True) as db:
        rows = audit.entries(db, limit=args.limit, **filters)
    for row in rows:
        detail = json.dumps(row["detail"], ensure_ascii=False) if row["detail"] is not None else ""
        fields = [row["logged_at"], row["username"] or "-", row["action"], row["call_id"] or "-", detail]
        # Logged text is data: strip anything that would drive the terminal.
        print("\t".join(_printable(str(f)) for f in fields))
    return 0


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text)


# --- backup and restore -----------------------------------------------------------------------


def run_backup(args: argparse.Namespace) -> int:
    from pipeline.store import audit
    from pipeline.trust.backup import backup

    path = db_path(args)
    fmt = "parquet" if args.parquet else "duckdb"
    try:
        written = backup(path, args.dest, format=fmt, overwrite=args.force)
    except (FileExistsError, FileNotFoundError, ValueError) as exc:
        return _refuse(str(exc))
    with session(path) as db:
        audit.log(db, actor(), "backup", detail={"dest": str(written), "format": fmt})
    print(f"backup written to {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from pipeline.trust.backup import restore

    path = db_path(args)
    try:
        kept = restore(args.src, path, force=args.force, actor=actor())
    except (FileExistsError, FileNotFoundError, ValueError) as exc:
        return _refuse(str(exc))
    print(f"restored {args.src} to {path}")
    if kept is not None:
        print(f"the previous database is kept as {kept}")
    return 0
