"""Arguments several command groups share."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.store.db import default_db_path


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="database file (default: $EARSHOT_DB or data/earshot.duckdb)"
    )


def db_path(args: argparse.Namespace) -> Path:
    """The database a command works on: --db, else $EARSHOT_DB, else data/earshot.duckdb."""
    return args.db or default_db_path()
