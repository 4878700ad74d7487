"""The vocabulary file: read with clear errors, and handed to Whisper as hotwords."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.cli import main
from pipeline.ingest.audio import SAMPLE_RATE
from pipeline.ingest.audio_eval import word_errors
from pipeline.ingest.options import IngestOptions
from pipeline.ingest.transcribe import transcribe_channel
from pipeline.ingest.vocabulary import MAX_CHARS, VocabularyError, read_vocabulary


def test_terms_are_read_once_in_order_without_comments(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.txt"
    path.write_text(
        "# our words\nHarper Valley National Bank\n\n  Earshot   Premium  # a product\nHarper Valley National Bank\n"
    )
    assert read_vocabulary(path) == ("Harper Valley National Bank", "Earshot Premium")


def test_bad_vocabulary_files_name_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="cannot read vocabulary file"):
        read_vocabulary(tmp_path / "missing.txt")
    long_term = tmp_path / "long.txt"
    long_term.write_text("fine\n" + "x" * 200 + "\n")
    with pytest.raises(VocabularyError, match=r"long.txt, line 2"):
        read_vocabulary(long_term)
    too_many = tmp_path / "many.txt"
    too_many.write_text("\n".join(f"term number {i}" for i in range(MAX_CHARS // 10)))
    with pytest.raises(VocabularyError, match="more than Whisper reads"):
        read_vocabulary(too_many)
    control = tmp_path / "control.txt"
    control.write_text("bad\x07bell\n")
    with pytest.raises(VocabularyError, match="line 1: control characters"):
        read_vocabulary(control)


def test_the_ingest_command_refuses_a_bad_vocabulary_before_transcribing(tmp_path: Path, capsys) -> None:
    code = main(["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--vocabulary", str(tmp_path / "no.txt")])
    assert code == 2 and "cannot read vocabulary file" in capsys.readouterr().err
    assert not (tmp_path / "x.duckdb").exists()


class RecordingModel:
    """Stands in for WhisperModel: records what transcription asked of it."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def transcribe(self, audio, **kwargs):  # type: ignore[no-untyped-def]
        self.calls.append(kwargs)
        return iter(()), None


def test_the_vocabulary_reaches_whisper_as_hotwords() -> None:
    model = RecordingModel()
    samples = np.zeros(SAMPLE_RATE, np.float32)
    transcribe_channel(model, samples, IngestOptions(vad=False, vocabulary=("Harper Valley", "Earshot Premium")))
    transcribe_channel(model, samples, IngestOptions(vad=False))
    assert model.calls[0]["hotwords"] == "Harper Valley, Earshot Premium"
    assert "hotwords" not in model.calls[1]
    assert IngestOptions.from_dict({"vocabulary": ["a", "b"]}).vocabulary == ("a", "b")


def test_word_errors_count_substitutions_deletions_and_insertions() -> None:
    assert word_errors("thank you for calling", "thank you for calling") == (0, 4)
    assert word_errors("thank you for calling", "thank you calling today") == (2, 4)
    assert word_errors("How may I assist you?", "how may i introduce you") == (1, 5)
    assert word_errors("", "noise") == (1, 0)
