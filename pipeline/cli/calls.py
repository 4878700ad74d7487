"""The `ingest`, `show`, `list` and `demo` commands; `pipeline/cli/__init__.py` adds them with `add_commands`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline.cli.arguments import add_db, db_path
from pipeline.ingest.vocabulary import read_vocabulary
from pipeline.store.db import default_db_path, session


def add_commands(subparsers: Any) -> None:
    p = subparsers.add_parser("ingest", help="transcribe, analyse and store recorded calls (files or folders)")
    p.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="audio or transcript files, or folders (recursive)"
    )
    add_db(p)
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
    p.add_argument(
        "--vocabulary",
        type=Path,
        default=None,
        help="the company's own words for Whisper, one per line (README, Transcription); default none",
    )
    p.add_argument("--quiet", action="store_true", help="no per-call progress lines")
    ray = p.add_argument_group("on a Ray cluster (README, Running on a cluster)")
    ray.add_argument(
        "--ray",
        metavar="auto|ADDRESS",
        default=None,
        help="transcribe on Ray: 'auto' joins the cluster this machine is in (else starts Ray here), "
        "or HOST:PORT of a cluster's head; this process stays the only writer",
    )
    ray.add_argument(
        "--ray-workers", type=int, default=0, metavar="N", help="Ray actors (default 0: as many as the cluster fits)"
    )
    ray.add_argument(
        "--ray-cpus-per-worker",
        type=float,
        default=1.0,
        metavar="X",
        help="CPUs each actor reserves, also its transcription threads (default 1; fractions allowed)",
    )
    ray.add_argument(
        "--ray-gpus-per-worker",
        type=float,
        default=0.0,
        metavar="Y",
        help="GPUs each actor reserves (default 0; fractions share a GPU; above 0 runs the model on CUDA)",
    )
    p.set_defaults(handler=cmd_ingest)

    p = subparsers.add_parser("show", help="print one stored call")
    p.add_argument("call_id")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON (metadata, utterances, analysis)")
    p.set_defaults(handler=cmd_show)

    p = subparsers.add_parser("list", help="list stored calls")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(handler=cmd_list)

    p = subparsers.add_parser(
        "demo", help="ingest the bundled sample calls and create a demo admin if there are no users"
    )
    add_db(p)
    p.add_argument("--model", default="base")
    p.add_argument("--workers", type=int, default=None, help="transcription processes (default: one per core, up to 4)")
    p.set_defaults(handler=cmd_demo)


def cmd_ingest(args: argparse.Namespace) -> int:
    from pipeline.ingest.options import IngestOptions
    from pipeline.ingest.runner import format_summary, ingest

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
                "vocabulary": read_vocabulary(args.vocabulary) if args.vocabulary else None,
            }
        )
        _check_rules(options.rules_path)
        ray_options = _ray_options(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = None if args.quiet else sys.stderr
    if ray_options is None:
        summary = ingest(args.paths, db_path(args), options, out=out)
    else:
        from pipeline.ingest.fleet import ingest_on_ray
        from pipeline.ingest.options import ClusterError

        try:
            summary = ingest_on_ray(args.paths, db_path(args), options, ray_options, out=out)
        except ClusterError as exc:
            print(f"error: {exc}", file=sys.stderr)
            print("every finished call is stored or spooled; run the same command again to resume", file=sys.stderr)
            return 2
    print(format_summary(summary))
    return 0 if summary.ok else 1


def _ray_options(args: argparse.Namespace):
    """The cluster options, or None for a single-machine run (then no --ray-* option may be given)."""
    from pipeline.ingest.options import RayOptions

    given = {
        "workers": args.ray_workers,
        "cpus_per_worker": args.ray_cpus_per_worker,
        "gpus_per_worker": args.ray_gpus_per_worker,
    }
    if args.ray is None:
        changed = [name for name, value in given.items() if value != getattr(RayOptions, name)]
        if changed:
            flags = ", ".join("--ray-" + name.replace("_per_", "-per-").replace("_", "-") for name in changed)
            raise ValueError(f"{flags} only apply with --ray")
        return None
    if args.workers is not None or args.cpu_threads:
        raise ValueError("with --ray, size the workers with --ray-workers and --ray-cpus-per-worker")
    return RayOptions(address=args.ray, **given).validated()


def _check_rules(path: Path | None) -> None:
    """Fail before any transcription if the rules file is bad (RulesError is a ValueError)."""
    from pipeline.analysis.load import load_rules

    load_rules(path)


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.store.queries import call_detail

    with session(db_path(args), read_only=_exists(args.db)) as db:
        call = call_detail(db, args.call_id)
    if call is None:
        print(f"error: no call {args.call_id!r} in {db_path(args)}", file=sys.stderr)
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
    from pipeline.store.queries import list_calls

    with session(db_path(args), read_only=_exists(args.db)) as db:
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
    from pipeline.cli.trust import ensure_demo_admin
    from pipeline.ingest.options import IngestOptions
    from pipeline.ingest.runner import format_summary, ingest

    database = db_path(args)
    samples = Path(__file__).resolve().parents[2] / "data" / "samples"
    # The manifest names exactly the demo's calls (the folder also holds their ground-truth transcripts).
    options = IngestOptions.from_dict({"model": args.model, "workers": args.workers})
    summary = ingest([samples / "calls.csv"], database, options)
    print(format_summary(summary))
    with session(database) as db:
        created = ensure_demo_admin(db)
    if created:
        name, password = created
        print(f"\nDemo admin created. Sign in as '{name}' with password: {password}")
        print("(Shown once. Add users with: python -m pipeline users add NAME --role ROLE)")
    return 0 if summary.ok else 1


def _exists(db: Path | None) -> bool:
    """Open read-only when the file exists, so `show` and `list` never block a running ingest's writes."""
    return (db or default_db_path()).exists()
