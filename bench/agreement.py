"""How often a second labeller agrees with a blind set's writer (tests/eval/agreement/README.md).

    .venv/bin/python bench/agreement.py                      # blind12, labelled twice
    .venv/bin/python bench/agreement.py --set blind12 --second tests/eval/agreement/blind12_second

The writer's labels are taken as the truth and the second labeller's are scored like the detector's:
a label matches the same kind on the same utterance, each at most once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analysis.evaluate import EVAL_DIR  # noqa: E402
from pipeline.records import MOMENT_KINDS  # noqa: E402


def labels(path: Path) -> set[tuple[str, int]]:
    return {(m["kind"], int(m["utterance"])) for m in json.loads(path.read_text())["moments"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="blind12", help="the labelled set under tests/eval (the writer's labels)")
    parser.add_argument("--second", type=Path, default=EVAL_DIR / "agreement" / "blind12_second")
    args = parser.parse_args(argv)
    agree, second_only, writer_only = Counter(), Counter(), Counter()
    files = sorted(args.second.glob("*.json"))
    if not files:
        print(f"no labelled calls in {args.second}", file=sys.stderr)
        return 2
    for second_file in files:
        writer_file = EVAL_DIR / args.set / second_file.name
        if not writer_file.is_file():
            print(f"{second_file.name}: no such call in {EVAL_DIR / args.set}", file=sys.stderr)
            return 2
        writer, second = labels(writer_file), labels(second_file)
        agree.update(kind for kind, _ in writer & second)
        second_only.update(kind for kind, _ in second - writer)
        writer_only.update(kind for kind, _ in writer - second)
    print(f"{len(files)} calls of {args.set}, second labeller scored against the writer")
    print(f"{'kind':20} {'agree':>6} {'second only':>12} {'writer only':>12} {'P':>7} {'R':>7}")
    for kind in (*MOMENT_KINDS, "OVERALL"):
        if kind == "OVERALL":
            a, s, w = sum(agree.values()), sum(second_only.values()), sum(writer_only.values())
        else:
            a, s, w = agree[kind], second_only[kind], writer_only[kind]
        if a + s + w == 0:
            continue
        p = f"{a / (a + s):.3f}" if a + s else "-"
        r = f"{a / (a + w):.3f}" if a + w else "-"
        print(f"{kind:20} {a:6} {s:12} {w:12} {p:>7} {r:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
