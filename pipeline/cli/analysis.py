"""The `analyze` and `eval` commands; `pipeline/cli.py` adds them with `add_commands(subparsers)`.

    python -m pipeline analyze [--all] [--db FILE] [--rules FILE]
    python -m pipeline eval [--rules FILE] [--audio] [--json] [--verbose]
    python -m pipeline train [--rules FILE] [--calls DIR ...] [--out FILE]

A bad rules file prints the `RulesError` (which names the rule and the problem) and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from pipeline.analysis.evaluate import SET_NAMES
from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import RulesError
from pipeline.cli.arguments import add_db
from pipeline.store.db import default_db_path, session

EXIT_BAD_RULES = 2


def add_commands(subparsers: Any) -> None:
    analyze = subparsers.add_parser(
        "analyze",
        help="re-analyse stored calls with the current rules (no transcription)",
        description="Re-run moment detection, tone, metrics and scores on stored transcripts. Without --all only "
        "calls never analysed, or analysed with a different rules file, are done.",
    )
    analyze.add_argument("--all", action="store_true", help="re-analyse every stored call")
    add_db(analyze)
    analyze.add_argument("--rules", type=Path, default=None, help="rules file (default: data/rules.toml)")
    analyze.add_argument(
        "--qa-form", type=Path, default=None, help="QA form answered on every call (default: data/qa_form.toml)"
    )
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
    evaluate.add_argument(
        "--sets",
        nargs="+",
        choices=SET_NAMES,
        default=None,
        metavar="SET",
        help=f"only these labelled sets ({', '.join(SET_NAMES)}; default all)",
    )
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    evaluate.set_defaults(handler=run_eval)

    qa_eval = subparsers.add_parser(
        "qa-eval",
        help="agreement of the automatic QA answers with a reviewer's, per criterion",
        description="Answers the QA form automatically on the labelled calls a reviewer answered "
        "(tests/eval/qa/reviewer_answers.json: the set the form was tuned on and the unseen set; "
        "reviewer_answers_round2.json and _round3.json: later reviewers' calls; and all together) and "
        "prints, per criterion, how often the two agree (README, Automatic QA).",
    )
    qa_eval.add_argument("--rules", type=Path, default=None, help="rules file (default: data/rules.toml)")
    qa_eval.add_argument(
        "--qa-form", type=Path, default=None, help="QA form to answer (default: data/qa_form.toml)"
    )
    qa_eval.add_argument("--json", action="store_true", help="print the figures as JSON")
    qa_eval.add_argument("--verbose", "-v", action="store_true", help="list every disagreement with its reason")
    qa_eval.set_defaults(handler=run_qa_eval)

    roles = subparsers.add_parser(
        "train-roles",
        help="train the agent-versus-customer language model that tells the roles apart on mono calls",
        description="Fits the naive-Bayes role model (pipeline/ingest/roles.py) on the labelled training sets "
        "(the same folders as train) and the real Harper Valley bank calls, prints a 5-fold check on the real "
        "calls, and writes data/role_model.json (or --out).",
    )
    roles.add_argument("--out", type=Path, default=None, help="where to write the model (default data/role_model.json)")
    roles.set_defaults(handler=run_train_roles)

    train = subparsers.add_parser(
        "train",
        help="train the learned moment model from labelled calls",
        description="Fits the per-kind model of the rules file's [learned] section from labelled transcripts "
        "(eval JSON format) and writes it where that section points. Thresholds come from 5-fold "
        "cross-validation by call; the figures are printed and stored in the model. Blind sets are refused.",
    )
    train.add_argument("--rules", type=Path, default=None, help="rules file (default: data/rules.toml)")
    train.add_argument(
        "--calls",
        type=Path,
        nargs="+",
        default=None,
        help="folders of labelled calls (default: tests/eval/dev, heldout, train_a-train_i, blind-blind14 and "
        "the demo truth); a folder holding a BLIND marker file is refused",
    )
    train.add_argument("--out", type=Path, default=None, help="model file (default: the one [learned] names)")
    add_db(train)
    train.add_argument(
        "--no-verdicts", action="store_true", help="leave out the supervisors' verdicts stored in the database"
    )
    train.add_argument(
        "--verdict-weight",
        type=float,
        default=None,
        help="how many labelled lines one verdict counts as (default 3; README, Learned model)",
    )
    train.set_defaults(handler=run_train)


def _load_rules_or_exit(path: Path | None, with_learned: bool = True):
    try:
        return load_rules(path, with_learned=with_learned)
    except RulesError as exc:
        print(f"error: bad rules file: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_RULES) from None


def load_qa_form_or_exit(path: Path | None):
    from pipeline.analysis.qa import QAFormError, load_form

    try:
        return load_form(path)
    except QAFormError as exc:
        print(f"error: bad QA form: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_RULES) from None


def run_analyze(args: argparse.Namespace) -> int:
    from pipeline.analysis.stored import analyze_stored, calls_needing_analysis

    rules = _load_rules_or_exit(args.rules)
    form = load_qa_form_or_exit(args.qa_form)
    started = time.perf_counter()
    with session(args.db or default_db_path()) as db:
        call_ids = None if args.all else calls_needing_analysis(db, rules.version, form)
        if call_ids is not None and not call_ids:
            print(
                f"all calls are analysed with rules {rules.version} and QA form {form.version};"
                " nothing to do (use --all to force)"
            )
        else:
            count = analyze_stored(db, call_ids, rules, form)
            print(
                f"analysed {count} call(s) with rules {rules.version} and QA form {form.version}"
                f" in {time.perf_counter() - started:.1f} s"
            )
    _assign_reasons(args)
    return 0


def run_qa_eval(args: argparse.Namespace) -> int:
    from pipeline.analysis.qa_eval import qa_reports

    rules = _load_rules_or_exit(args.rules)
    form = load_qa_form_or_exit(args.qa_form)
    reports = qa_reports(rules, form)
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        print("\n\n".join(r.format(args.verbose) for r in reports))
    return 0


def _assign_reasons(args: argparse.Namespace) -> None:
    """Contact reasons for calls without one, or assigned with an older reason set (no transcription)."""
    from pipeline.insights.reasons import assign_reasons

    with session(args.db or default_db_path()) as db:
        summary = assign_reasons(db, all_calls=args.all)
    if summary.skipped:
        print(f"warning: {summary.skipped}", file=sys.stderr)
        return
    if summary.discovered:
        print(f"found {summary.discovered} contact reasons (`python -m pipeline reasons list`)")
    if summary.assigned or summary.embedded:
        print(f"contact reasons: {summary.embedded} opening(s) embedded, {summary.assigned} call(s) assigned")


def run_eval(args: argparse.Namespace) -> int:
    from pipeline.analysis.evaluate import BLIND_SETS, EVAL_DIR, format_report, real_reports, transcript_reports

    rules = _load_rules_or_exit(args.rules)
    reports = transcript_reports(rules, only=args.sets)
    real = []
    if args.sets is None:
        real_report, flags = real_reports(rules)
        reports.append(real_report)
        real.append(flags)
    roles = []
    if args.audio:
        from pipeline.ingest.audio_eval import audio_reports, real_role_report

        reports += audio_reports(rules, model_name=args.model)
        # each blind set's rendered recordings, where they exist (tests/eval/audio_<set>)
        for blind in BLIND_SETS:
            folder, name = f"audio_{blind}", f"audio, {blind}"
            if (EVAL_DIR / folder).is_dir():
                reports += audio_reports(rules, model_name=args.model, audio_dir=EVAL_DIR / folder, name=name)
        roles = [real_role_report(model_name=args.model)]
    if args.json:
        body = {
            "rules_version": rules.version,
            "reports": [r.to_dict() for r in reports],
            "real_speech": [r.to_dict() for r in real + roles],
        }
        print(json.dumps(body, indent=2))
    else:
        print(f"rules {rules.path} (version {rules.version})\n")
        print(
            "\n\n".join(
                [format_report(r, verbose=args.verbose) for r in reports]
                + [r.format(args.verbose) for r in real + roles]
            )
        )
    return 0


# Labelled sets the shipped model is trained on. `blind` … `blind6` joined after each had been measured
# once as the unseen set of its round (README, Evaluation); the current blind set carries a BLIND marker.
TRAINING_SETS = (
    "dev",
    "heldout",
    "train_a",
    "train_b",
    "train_c",
    "train_d",
    "train_e",
    "train_f",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "train_g",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "train_h",
    "train_i",
    "blind13",
    "blind14",
)
BLIND_MARKER = "BLIND"


def run_train(args: argparse.Namespace) -> int:
    import datetime as dt
    import hashlib

    from pipeline.analysis.evaluate import EVAL_DIR, SAMPLES_TRUTH_DIR, load_eval_calls, load_sample_truth
    from pipeline.analysis.training import VERDICT_WEIGHT, train, training_rows, verdict_rows

    rules = _load_rules_or_exit(args.rules, with_learned=False)  # the model learns from what the rules find
    folders = args.calls or [*(EVAL_DIR / name for name in TRAINING_SETS), SAMPLES_TRUTH_DIR]
    calls = []
    for folder in folders:
        if (folder / BLIND_MARKER).exists():
            # a blind set measures wording nobody tuned on; training on it would make its figures meaningless
            print(f"error: {folder} is a blind evaluation set; it is never used for training", file=sys.stderr)
            return EXIT_BAD_RULES
        if not folder.is_dir():
            print(f"error: {folder} is not a folder of labelled calls", file=sys.stderr)
            return EXIT_BAD_RULES
        found = (
            load_sample_truth(folder) if folder.resolve() == SAMPLES_TRUTH_DIR.resolve() else load_eval_calls(folder)
        )
        print(f"{folder}: {len(found)} calls")
        calls += found
    if not calls:
        print("error: no labelled calls found", file=sys.stderr)
        return EXIT_BAD_RULES
    out = args.out or rules.learned.model_path or (rules.path.parent / "moment_model.npz")
    started = time.perf_counter()
    rows = training_rows(calls, rules)
    verdicts = [] if args.no_verdicts else _stored_verdicts(args.db or default_db_path())
    weight = VERDICT_WEIGHT if args.verdict_weight is None else args.verdict_weight
    if verdicts:
        rows = rows + verdict_rows(verdicts, rules, weight)
        print(f"{len(verdicts)} supervisor verdicts (each counts {weight:g}x for its kind)")
    model = train(rows)
    model.metadata.update(
        trained_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        trained_on=[_shown(f) for f in folders],
        rules_file_sha256=hashlib.sha256(rules.path.read_bytes()).hexdigest()[:16],
        verdicts=len(verdicts),
        verdict_weight=weight,
    )
    model.save(out)
    figures = model.metadata["cross_validated"]
    print(f"\ntrained on {len(rows.labels)} utterances of {len(calls)} calls in {time.perf_counter() - started:.0f} s")
    print("5-fold cross-validation by call (rules + matcher + model):")
    print(f"{'kind':<20}{'threshold':>10}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}")
    for kind, f in figures.items():
        precision = f["tp"] / max(f["tp"] + f["fp"], 1)
        recall = f["tp"] / max(f["tp"] + f["fn"], 1)
        print(f"{kind:<20}{f['threshold']:>10.2f}{f['tp']:>5}{f['fp']:>5}{f['fn']:>5}{precision:>11.3f}{recall:>8.3f}")
    overall = model.metadata["cross_validated_overall"]
    print(
        f"{'OVERALL':<20}{'':>10}{overall['tp']:>5}{overall['fp']:>5}{overall['fn']:>5}"
        f"{overall['precision']:>11.3f}{overall['recall']:>8.3f}"
    )
    print(f"wrote {out}; run `python -m pipeline analyze` to re-analyse stored calls")
    return 0


def _stored_verdicts(path: Path) -> list[dict[str, Any]]:
    """The supervisors' verdicts in the database, when there is one (read-only: the app may be running)."""
    from pipeline.store.review import verdict_labels

    if not Path(path).exists():
        return []
    with session(path, read_only=True) as db:
        return verdict_labels(db)


def run_train_roles(args: argparse.Namespace) -> int:
    from pipeline.analysis.evaluate import EVAL_DIR, load_eval_calls, load_sample_truth
    from pipeline.analysis.real_calls import load_harper_valley
    from pipeline.ingest.roles import DEFAULT_ROLE_MODEL, train_role_model

    synthetic = [c for name in TRAINING_SETS for c in load_eval_calls(EVAL_DIR / name)] + load_sample_truth()
    real = load_harper_valley()
    lines = [(u.speaker, u.text) for c in synthetic for u in c.utterances]
    folds = 5
    right = total = 0
    for k in range(folds):
        held = real[k::folds]
        fitted = train_role_model(lines + [(u.speaker, u.text) for c in real if c not in held for u in c.utterances])
        for call in held:
            for u in call.utterances:
                right += (fitted.score(u.text) > 0) == (u.speaker == "agent")
                total += 1
    model = train_role_model(
        lines + [(u.speaker, u.text) for c in real for u in c.utterances],
        {
            "synthetic_calls": len(synthetic),
            "real_calls": len(real),
            "real_line_accuracy_5fold": round(right / total, 3),
        },
    )
    out = args.out or DEFAULT_ROLE_MODEL
    model.save(out)
    print(f"trained on {len(synthetic)} labelled calls and {len(real)} real Harper Valley calls")
    print(f"real lines whose role the words alone get right (5-fold by call): {right / total:.3f} of {total}")
    print(f"wrote {out}")
    return 0


def _shown(folder: Path) -> str:
    """A folder as recorded in the model: relative to the repository when inside it (no machine paths)."""
    root = Path(__file__).resolve().parents[2]
    try:
        return str(folder.resolve().relative_to(root))
    except ValueError:
        return str(folder)
