"""`python -m pipeline …`: a thin command line over the library.

Owns the parser and one module per command group, each adding its commands with
`add_commands(subparsers)`: `calls` (ingest, show, list, demo), `analysis` (analyze, eval, train)
`trust` (users, audit, backup, restore) and `insights`
(reasons). It may import every other package; nothing imports it.

Exit codes: 0 success, 1 some input failed (the rest was processed), 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import signal
import sys

from pipeline.cli import analysis, calls, insights, trust
from pipeline.store.db import DatabaseBusy


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Earshot: call recordings in, insight out.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for group in (calls, analysis, trust, insights):
        group.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # `show … | head` should end quietly, like any Unix tool.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.error(f"unknown command {args.command}")
    try:
        return int(handler(args) or 0)
    except DatabaseBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: every finished call is stored; run the same command again to resume", file=sys.stderr)
        return 130
