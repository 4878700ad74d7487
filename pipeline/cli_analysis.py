"""The `analyze` and `eval` commands; `pipeline/cli.py` adds them with `add_commands(subparsers)`.

    python -m pipeline analyze [--all] [--db FILE] [--rules FILE]
    python -m pipeline eval [--rules FILE] [--audio] [--json] [--verbose]

A bad rules file prints the `RulesError` (which names the rule and the problem) and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from pipeline.analysis import RulesError, load_rules
from pipeline.db import default_db_path, session

EXIT_BAD_RULES = 2


def add_commands(subparsers: Any) -> None:
    analyze = subparsers.add_parser(
        "analyze",
        help="re-analyse stored calls with the current rules (no transcription)",
        description="Re-run moment detection, tone, metrics and scores on stored transcripts. Without --all only "
        "calls never analysed, or analysed with a different rules file, are done.",
    )
    analyze.add_argument("--all", action="store_true", help="re-analyse every stored call")
    analyze.add_argument(
        "--db", type=Path, default=None, help="database file (default: $EARSHOT_DB or data/earshot.duckdb)"
    )
    analyze.add_argument("--rules", type=Path, default=None, help="rules file (default: data/rules.toml)")
    analyze.set_defaults(handler=run_analyze)

    evaluate = subparsers.add_parser(
        "eval",
        help="precision/recall of the moment rules on the labelled evaluation set",
        description="Prints precision and recall per moment kind on tests/eval (dev, held-out, all); --audio also "
        "transcribes the rendered calls in tests/eval/audio/*.ogg with the default Whisper model and scores those.",
    )
    evaluate.add_argument("--rules", type=Path, default=None, help="rules file (default: data/rules.toml)")
    evaluate.add_argument("--audio", action="store_true", help="also evaluate on rendered audio through Whisper")
    evaluate.add_argument("--model", default=None, help="Whisper model for --audio (default: the pipeline's default)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    evaluate.set_defaults(handler=run_eval)


def _load_rules_or_exit(path: Path | None):
    try:
        return load_rules(path)
    except RulesError as exc:
        print(f"error: bad rules file: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_RULES) from None


def run_analyze(args: argparse.Namespace) -> int:
    from pipeline.analysis.stored import analyze_stored, calls_needing_analysis

    rules = _load_rules_or_exit(args.rules)
    started = time.perf_counter()
    with session(args.db or default_db_path()) as db:
        call_ids = None if args.all else calls_needing_analysis(db, rules.version)
        if call_ids is not None and not call_ids:
            print(f"all calls are analysed with rules {rules.version}; nothing to do (use --all to force)")
            return 0
        count = analyze_stored(db, call_ids, rules)
    print(f"analysed {count} call(s) with rules {rules.version} in {time.perf_counter() - started:.1f} s")
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from pipeline.analysis.evaluate import EVAL_DIR, format_report, transcript_reports

    rules = _load_rules_or_exit(args.rules)
    reports = transcript_reports(rules)
    if args.audio:
        from pipeline.analysis.audio_eval import audio_reports

        reports += audio_reports(rules, model_name=args.model)
        blind_audio = EVAL_DIR / "audio_blind"
        if blind_audio.is_dir():
            reports += audio_reports(rules, model_name=args.model, audio_dir=blind_audio, name="audio, blind")
    if args.json:
        print(json.dumps({"rules_version": rules.version, "reports": [r.to_dict() for r in reports]}, indent=2))
    else:
        print(f"rules {rules.path} (version {rules.version})\n")
        print("\n\n".join(format_report(r, verbose=args.verbose) for r in reports))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (python -m pipeline.cli_analysis ...) until the lead's cli.py wires these in."""
    parser = argparse.ArgumentParser(prog="pipeline")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
