"""Transcribe the AWS calls' mono mix-down with Earshot's own transcription, for the speaker tests.

    .venv/bin/python tests/eval/real/transcribe_aws_mono.py [--model base]

Writes `aws/<call>.mono_words.json`: the words (text, start, end, probability) of each utterance that
`channel_utterances` gives for the mix of the two channels, before any speaker is assigned. The tests
then run speaker assignment on real audio and real recognition output without running Whisper.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from pipeline.analysis.real_calls import AWS_DIR, aws_calls  # noqa: E402
from pipeline.ingest.audio_eval import aws_mono_mix  # noqa: E402
from pipeline.ingest.models import load_model  # noqa: E402
from pipeline.ingest.options import IngestOptions  # noqa: E402
from pipeline.ingest.transcribe import channel_utterances  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="base")
    args = parser.parse_args()
    options = IngestOptions.from_dict({"model": args.model})
    model = load_model(args.model, device="cpu", compute_type="int8")
    for name in aws_calls():
        utterances, _ = channel_utterances(model, aws_mono_mix(name), "unknown", options)
        body = {
            "model": args.model,
            "utterances": [
                {"words": [[w.text, w.start, w.end, round(w.probability, 3)] for w in u.words]} for u in utterances
            ],
        }
        (AWS_DIR / f"{name}.mono_words.json").write_text(json.dumps(body, separators=(",", ":")) + "\n")
        print(name, len(utterances), "utterances")


if __name__ == "__main__":
    main()
