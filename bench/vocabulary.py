"""Word error rate with and without a vocabulary file, and each bundled model's speed and words.

    .venv/bin/python bench/vocabulary.py [--model base] [--sets audio audio_blind7]

Transcribes the rendered evaluation calls (tests/eval/<set>/*.ogg, both channels, the ingest's own
transcription) twice: without a vocabulary, and with one made the way a deployment would make it
(the company and agent names of those calls' greetings, plus the phrases the rules need most). Prints
word error rate against the scripts, how often the vocabulary's own terms come out right, and the
speed (audio seconds per wall second on this machine).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analysis.evaluate import EVAL_DIR  # noqa: E402
from pipeline.ingest import audio  # noqa: E402
from pipeline.ingest.audio_eval import word_errors  # noqa: E402
from pipeline.ingest.models import load_model  # noqa: E402
from pipeline.ingest.options import IngestOptions  # noqa: E402
from pipeline.ingest.transcribe import channel_utterances  # noqa: E402

GREETING = re.compile(
    r"(?:thank(?:s| you) for calling|welcome to|you'?re through to) ((?:[a-z]+ ){0,3}?[a-z]+),? "
    r"(?:my name is|this is|you'?re speaking (?:to|with)) ([a-z]+)"
)
RULE_PHRASES = ("how can I help", "is there anything else", "let me transfer you", "I'll call you back")


def deployment_vocabulary(references: list[str]) -> tuple[str, ...]:
    """Company and agent names from the greetings, as an admin would list them, and the rule phrases."""
    names: list[str] = []
    for text in references:
        for company, agent in GREETING.findall(text.lower()):
            for term in (company.strip().title(), agent.title()):
                if term and term not in names:
                    names.append(term)
    return (*names[:40], *RULE_PHRASES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="base")
    parser.add_argument("--sets", nargs="+", default=["audio"])
    args = parser.parse_args()
    files = sorted(p for s in args.sets for p in (EVAL_DIR / s).glob("*.ogg"))
    truths = {p: json.loads(p.with_suffix(".json").read_text()) for p in files}
    references = {
        (p, speaker): " ".join(u["text"] for u in truths[p]["utterances"] if u["speaker"] == speaker)
        for p in files
        for speaker in ("agent", "customer")
    }
    vocabulary = deployment_vocabulary(list(references.values()))
    model = load_model(args.model, device="cpu", compute_type="int8")
    print(f"{len(files)} rendered calls from {', '.join(args.sets)}; model {args.model}")
    print(f"vocabulary ({len(vocabulary)} terms): {', '.join(vocabulary)}\n")
    for label, terms in (("without vocabulary", ()), ("with vocabulary", vocabulary)):
        options = IngestOptions.from_dict({"model": args.model, "vocabulary": list(terms)})
        errors = words = 0
        term_said = term_heard = 0
        audio_s = 0.0
        started = time.perf_counter()
        for path in files:
            decoded = audio.decode(path, 2)
            audio_s += decoded.duration_s
            for speaker, samples in zip(("agent", "customer"), decoded.channels, strict=False):
                found, _ = channel_utterances(model, samples, speaker, options)
                hypothesis = " ".join(u.text for u in found)
                e, n = word_errors(references[(path, speaker)], hypothesis)
                errors, words = errors + e, words + n
                for term in vocabulary:
                    said = references[(path, speaker)].lower().count(term.lower())
                    term_said += said
                    term_heard += min(said, hypothesis.lower().count(term.lower()))
        wall = time.perf_counter() - started
        print(
            f"{label:<20} WER {errors / words:.3f} ({errors} / {words} words)   vocabulary terms heard "
            f"{term_heard}/{term_said}   {audio_s / wall:.1f}x real time"
        )


if __name__ == "__main__":
    main()
