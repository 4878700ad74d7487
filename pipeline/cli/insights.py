"""The `reasons` commands; `pipeline/cli/__init__.py` adds them with `add_commands(subparsers)`.

    python -m pipeline reasons list [--json]
    python -m pipeline reasons discover [--max-reasons N] [--force]
    python -m pipeline reasons rename ID NAME
    python -m pipeline reasons merge KEEP_ID MERGED_ID
    python -m pipeline reasons split ID [--parts N]
    python -m pipeline reasons pin ID SENTENCE

Every command takes `--db FILE`. Edits are audited as `cli:<login name>` and re-assign the calls they
change from the stored openings (nothing is transcribed again). Exit codes: 0 done, 2 refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pipeline.cli.arguments import add_db, db_path
from pipeline.cli.trust import actor
from pipeline.store.db import session

EXIT_REFUSED = 2


def add_commands(subparsers: Any) -> None:
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
