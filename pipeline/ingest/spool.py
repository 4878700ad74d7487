"""The result spool: finished calls waiting on disk for the writer, so nothing transcribed is lost.

The cluster ingest's driver receives each finished call from Ray and first writes it here, then
stores spooled calls in batches. A database held by a backup or a user therefore only delays the
storing while the cluster keeps transcribing, and a driver killed mid-run leaves its finished calls
here: the next run stores them without transcribing them again.

An entry is one file per call, keyed by the recording's content hash and a fingerprint of everything
that shapes its record (the transcription and redaction options, the rules file and its learned
model), so a run with other options never takes another run's results. Each file is written to a
temporary name, flushed and renamed, so an entry is whole or absent. Entries are pickles written by
this driver alone: the spool folder sits beside the database, private to its owner (mode 0700), and
is as trusted as the database file itself. No worker writes here and nothing here opens the database.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from dataclasses import fields, is_dataclass
from pathlib import Path

from pipeline.ingest.options import IngestOptions
from pipeline.records import CallRecord

SUFFIX = ".call"
# Options that change how fast a call is done or where files go, never what is stored for it.
_NOT_IN_FINGERPRINT = frozenset({"workers", "cpu_threads", "redacted_audio_dir"})
_FORMAT = 1


def spool_dir(db_path: Path) -> Path:
    """The spool of the database at `db_path`: a folder beside it, named after it."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".spool")


def options_fingerprint(options: IngestOptions) -> str:
    """A short hash of everything that shapes a call's record besides the recording itself."""
    from pipeline.analysis.rules import read_rules

    shaping = {f.name: getattr(options, f.name) for f in fields(options) if f.name not in _NOT_IN_FINGERPRINT}
    digest = hashlib.sha256(json.dumps(shaping, sort_keys=True, default=_stable).encode())
    rules = read_rules(options.rules_path)
    for path in (rules.path, rules.learned.model_path):
        if path is not None and Path(path).is_file():
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    digest.update(str(_FORMAT).encode())
    return digest.hexdigest()[:16]


def _stable(value: object) -> object:
    """JSON for option values that JSON lacks, the same in every process (sets sorted, not in hash order)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return str(value)


class ResultSpool:
    """Finished call records on disk, one file each, keyed by content hash and options fingerprint."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint

    def _path(self, content_hash: str) -> Path:
        if not content_hash or not all(c in "0123456789abcdef" for c in content_hash):
            raise ValueError(f"not a content hash: {content_hash!r}")
        return self.folder / f"{content_hash}-{self.fingerprint}{SUFFIX}"

    def put(self, record: CallRecord) -> Path:
        """Write a record whole (temporary file, fsync, rename); returns its path."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        dest = self._path(record.content_hash)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=self.folder)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(record, out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, dest)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return dest

    def get(self, content_hash: str) -> CallRecord | None:
        """The spooled record for this recording under these options, or None (absent or unreadable)."""
        path = self._path(content_hash)
        try:
            with path.open("rb") as handle:
                record = pickle.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            # Written by an older Earshot or damaged on disk: transcribe again rather than trust it.
            path.unlink(missing_ok=True)
            return None
        return record if isinstance(record, CallRecord) and record.content_hash == content_hash else None

    def remove(self, content_hash: str) -> None:
        self._path(content_hash).unlink(missing_ok=True)

    def hashes(self) -> list[str]:
        """Content hashes of every entry under this fingerprint."""
        if not self.folder.is_dir():
            return []
        tail = f"-{self.fingerprint}{SUFFIX}"
        return sorted(p.name[: -len(tail)] for p in self.folder.glob(f"*{tail}") if not p.name.startswith("."))

    def clear_leftovers(self) -> None:
        """Remove temporary files a killed driver left half-written (never a finished entry)."""
        if self.folder.is_dir():
            for path in self.folder.glob(f".tmp-*{SUFFIX}"):
                path.unlink(missing_ok=True)
