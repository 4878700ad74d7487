"""`python -m pipeline …`: a thin command line over the library.

Exit codes: 0 success, 1 some input failed (the rest was processed), 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from pipeline.db import DatabaseBusy, default_db_path, session


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="DuckDB file (default: $EARSHOT_DB or data/earshot.duckdb)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Earshot: call recordings in, insight out.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="transcribe, analyse and store recorded calls (files or folders)")
    p.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="audio or transcript files, or folders (recursive)"
    )
    _add_db(p)
    p.add_argument(
        "--model", default="base", help="base (bundled, default), tiny.en (bundled), a faster-whisper name or a folder"
    )
    p.add_argument("--workers", type=int, default=None, help="transcription processes (default: one per core, up to 4)")
    p.add_argument(
        "--device", default="cpu", choices=["cpu", "cuda", "auto"], help="where the model runs (default cpu)"
    )
    p.add_argument(
        "--compute-type", default="default", help="CTranslate2 compute type (default: int8 on CPU, float16 on GPU)"
    )
    p.add_argument("--beam-size", type=int, default=1, help="beam width (default 1, greedy)")
    p.add_argument(
        "--batch-size",
        type=int,
        default=8,
        help="VAD chunks decoded together (BatchedInferencePipeline); 0 = one by one",
    )
    p.add_argument("--cpu-threads", type=int, default=0, help="threads per worker (0 = cores / workers)")
    p.add_argument("--no-vad", action="store_true", help="decode each channel whole, without voice detection")
    p.add_argument(
        "--vad-threshold", type=float, default=0.25, help="speech probability that starts a region (default 0.25)"
    )
    p.add_argument("--vad-min-silence-ms", type=int, default=300, help="silence that ends a region (default 300)")
    p.add_argument(
        "--vad-speech-pad-ms", type=int, default=300, help="audio kept either side of a region (default 300)"
    )
    p.add_argument(
        "--vad-max-pause-s", type=float, default=1.0, help="longest pause kept between packed regions (default 1.0)"
    )
    p.add_argument(
        "--max-duration-min", type=float, default=240, help="refuse recordings longer than this (default 240)"
    )
    p.add_argument(
        "--no-redact", action="store_true", help="store transcripts without removing card numbers and personal data"
    )
    p.add_argument("--rules", type=Path, default=None, help="behaviour rules file (default data/rules.toml)")
    p.add_argument("--quiet", action="store_true", help="no per-call progress lines")

    p = sub.add_parser("show", help="print one stored call")
    p.add_argument("call_id")
    _add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON (metadata, utterances, analysis)")

    p = sub.add_parser("list", help="list stored calls")
    _add_db(p)
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = sub.add_parser("demo", help="ingest the bundled sample calls and create a demo admin if there are no users")
    _add_db(p)
    p.add_argument("--model", default="base")
    p.add_argument("--workers", type=int, default=None, help="transcription processes (default: one per core, up to 4)")

    for module_name in ("pipeline.cli_analysis", "pipeline.cli_trust"):
        module = __import__(module_name, fromlist=["add_commands"])
        module.add_commands(sub)
    return parser


def cmd_ingest(args: argparse.Namespace) -> int:
    from pipeline.ingest import format_summary, ingest
    from pipeline.options import IngestOptions

    try:
        options = IngestOptions.from_dict(
            {
                "model": args.model,
                "workers": args.workers,
                "device": args.device,
                "compute_type": args.compute_type,
                "beam_size": args.beam_size,
                "batch_size": args.batch_size,
                "cpu_threads": args.cpu_threads,
                "vad": not args.no_vad,
                "vad_threshold": args.vad_threshold,
                "vad_min_silence_ms": args.vad_min_silence_ms,
                "vad_speech_pad_ms": args.vad_speech_pad_ms,
                "vad_max_pause_s": args.vad_max_pause_s,
                "max_duration_s": args.max_duration_min * 60,
                "redact": not args.no_redact,
                "rules_path": args.rules,
            }
        )
        _check_rules(options.rules_path)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = ingest(args.paths, args.db or default_db_path(), options, out=None if args.quiet else sys.stderr)
    print(format_summary(summary))
    return 0 if summary.ok else 1


def _check_rules(path: Path | None) -> None:
    """Fail before any transcription if the rules file is bad (RulesError is a ValueError)."""
    from pipeline.analysis import load_rules

    load_rules(path)


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.queries import call_detail

    with session(args.db or default_db_path(), read_only=_exists(args.db)) as db:
        call = call_detail(db, args.call_id)
    if call is None:
        print(f"error: no call {args.call_id!r} in {args.db or default_db_path()}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(call, indent=2, default=str))
    else:
        who = f"agent {call['agent_id'] or '?'}  customer {call['customer_id'] or '?'}"
        print(f"{call['call_id']}  {call['started_at'] or ''}  {who}")
        for u in call["utterances"]:
            print(f"[{u['start']:7.2f}-{u['end']:7.2f}] {u['speaker']:>8}: {u['text']}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from pipeline.queries import list_calls

    with session(args.db or default_db_path(), read_only=_exists(args.db)) as db:
        calls = list_calls(db)
    if args.json:
        print(json.dumps(calls, indent=2, default=str))
    else:
        for c in calls:
            duration = f"{c['duration_s']:.0f}s" if c["duration_s"] is not None else "-"
            fields = [c["call_id"], c["status"], c["started_at"], c["agent_id"], c["customer_id"], duration]
            print("\t".join(str(f) if f is not None else "-" for f in fields))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.cli_trust import ensure_demo_admin
    from pipeline.ingest import format_summary, ingest
    from pipeline.options import IngestOptions

    db_path = args.db or default_db_path()
    samples = Path(__file__).resolve().parents[1] / "data" / "samples"
    # The manifest names exactly the demo's calls (the folder also holds their ground-truth transcripts).
    options = IngestOptions.from_dict({"model": args.model, "workers": args.workers})
    summary = ingest([samples / "calls.csv"], db_path, options)
    print(format_summary(summary))
    with session(db_path) as db:
        created = ensure_demo_admin(db)
    if created:
        name, password = created
        print(f"\nDemo admin created. Sign in as '{name}' with password: {password}")
        print("(Shown once. Add users with: python -m pipeline users add NAME --role ROLE)")
    return 0 if summary.ok else 1


def _exists(db: Path | None) -> bool:
    """Open read-only when the file exists, so `show` and `list` never block a running ingest's writes."""
    return (db or default_db_path()).exists()


def main(argv: list[str] | None = None) -> int:
    # `show … | head` should end quietly, like any Unix tool.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {"ingest": cmd_ingest, "show": cmd_show, "list": cmd_list, "demo": cmd_demo}
    handler = handlers.get(args.command) or getattr(args, "handler", None)
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
