"""How well the detector does on a writer it never learned from: leave one labelled set out at a time.

    .venv/bin/python bench/writers.py                 # the shipped network settings
    .venv/bin/python bench/writers.py --members 1     # faster (one network instead of the ensemble)

Each training set under tests/eval/ was written by a different helper (README, Evaluation). For each
of them in turn, the learned model is trained (`training.train`, thresholds by cross-validation as
`python -m pipeline train` chooses them) on every other set, then judged on the one left out:
rules + matcher + model, counted per utterance and kind (holds and transfers from the rules). This
is the closest stand-in for "wording nobody tuned on" short of a fresh blind set, and how the model
and its settings were chosen; the rules themselves were written with every set in view, so the
figures are a little kind to them. Takes about 8 minutes on 2 cores with `--members 1`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from pipeline.analysis.evaluate import EVAL_DIR, Counts, load_eval_calls, load_sample_truth  # noqa: E402
from pipeline.analysis.learned import FLAG_START, JUDGED_KINDS  # noqa: E402
from pipeline.analysis.load import load_rules  # noqa: E402
from pipeline.analysis.training import NetworkOptions, TrainingRows, train, training_rows  # noqa: E402
from pipeline.records import MOMENT_KINDS, kind_speaker, speaker_fits  # noqa: E402

WRITERS = ("train_a", "train_b", "train_c", "train_d", "train_e", "train_f", "blind", "blind2", "blind3")
ALWAYS_TRAINED = ("dev", "heldout")  # the rules' author's own sets, and the demo truth


def subset(rows: TrainingRows, keep: np.ndarray) -> TrainingRows:
    index = np.flatnonzero(keep)
    return TrainingRows(
        rows.x[index],
        [rows.labels[i] for i in index],
        [rows.speakers[i] for i in index],
        [rows.calls[i] for i in index],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=NetworkOptions().members)
    args = parser.parse_args()
    options = NetworkOptions(members=args.members)
    rules = load_rules(with_learned=False)
    started = time.perf_counter()
    sets = {name: load_eval_calls(EVAL_DIR / name, name) for name in (*ALWAYS_TRAINED, *WRITERS)}
    sets["samples"] = load_sample_truth()
    calls = [c for name in sets for c in sets[name]]
    rows = training_rows(calls, rules)
    owner = np.array([name for name in sets for c in sets[name] for _ in c.utterances])
    print(f"features for {len(rows.labels)} utterances in {time.perf_counter() - started:.0f} s")
    total = Counts()
    print(f"{'left out':<10}{'precision':>10}{'recall':>8}")
    for writer in WRITERS:
        held = owner == writer
        model = train(subset(rows, ~held), options)
        test = subset(rows, held)
        probability = model.probabilities(test.x)
        counts = Counts()
        for k, kind in enumerate(MOMENT_KINDS):
            marked = test.x[:, FLAG_START + k] > 0
            if kind in JUDGED_KINDS:
                j = model.kinds.index(kind)
                fits = np.array([speaker_fits(kind_speaker(kind), s) for s in test.speakers])
                marked |= fits & (probability[:, j] >= model.thresholds[j])
            truth = np.array([kind in labels for labels in test.labels])
            counts.add(Counts(int((marked & truth).sum()), int((marked & ~truth).sum()), int((~marked & truth).sum())))
        total.add(counts)
        print(f"{writer:<10}{counts.precision:>10.3f}{counts.recall:>8.3f}")
    print(f"{'ALL':<10}{total.precision:>10.3f}{total.recall:>8.3f}   ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
