"""Discovery: which files under the given paths are calls, each paired with its manifest metadata.

`discover` walks the paths, reads every `calls.csv`, and pairs each audio or transcript file with
its metadata (files no manifest names get their file name as call id). Nothing is read from the
store here; `runner.plan` decides what is new.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.audio import AUDIO_SUFFIXES
from pipeline.ingest.manifest import MANIFEST_NAME, ManifestError, read_manifest
from pipeline.ingest.transcripts import TRANSCRIPT_SUFFIXES
from pipeline.ingest.worker import IngestJob
from pipeline.records import CallMeta

INGESTABLE_SUFFIXES = AUDIO_SUFFIXES | TRANSCRIPT_SUFFIXES
@dataclass
class Failure:
    path: str
    call_id: str | None
    reason: str

    def __str__(self) -> str:
        who = f" ({self.call_id})" if self.call_id else ""
        return f"{self.path}{who}: {self.reason}"


@dataclass
class Discovered:
    jobs: list[IngestJob] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def discover(paths: Iterable[Path]) -> Discovered:
    """Pair every ingestable file under `paths` with its manifest metadata."""
    found = Discovered()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            found.failures.append(Failure(str(path), None, "no such file or folder"))
            continue
        if path.is_file():
            if path.name == MANIFEST_NAME:
                _add_folder(path.parent, found, seen, recursive=False)
            elif path.suffix.lower() in INGESTABLE_SUFFIXES:
                _add_manifest_or_default(path, found, seen)
            else:
                found.failures.append(
                    Failure(str(path), None, f"not a call recording or transcript ({path.suffix or 'no extension'})")
                )
            continue
        _add_folder(path, found, seen, recursive=True)
    return found


def _add_manifest_or_default(path: Path, found: Discovered, seen: set[Path]) -> None:
    """A single file named on the command line still gets its folder's manifest row, if there is one."""
    manifest_path = path.parent / MANIFEST_NAME
    if manifest_path.exists():
        try:
            manifest = read_manifest(manifest_path)
        except ManifestError as exc:
            found.failures.append(Failure(str(path), None, f"not ingested: {exc}"))
            return
        for entry in manifest.entries:
            if entry.path == path.resolve():
                _add_job(found, seen, entry.path, entry.meta, entry.warnings)
                return
    _add_job(found, seen, path.resolve(), CallMeta(call_id=path.stem), [])


def _add_folder(folder: Path, found: Discovered, seen: set[Path], *, recursive: bool) -> None:
    manifests = sorted(folder.rglob(MANIFEST_NAME) if recursive else [folder / MANIFEST_NAME])
    claimed: set[Path] = set()
    blocked: list[Path] = []
    for manifest_path in manifests:
        if not manifest_path.exists():
            continue
        try:
            manifest = read_manifest(manifest_path)
        except ManifestError as exc:
            # Without trustworthy rows we cannot tell which file is which call: ingest none of that folder.
            found.failures.append(Failure(str(manifest_path), None, f"{exc}; its folder was not ingested"))
            blocked.append(manifest_path.parent)
            continue
        for problem in manifest.problems:
            if problem.fatal:
                found.failures.append(
                    Failure(str(problem.manifest), problem.call_id, f"line {problem.row}: {problem.message}")
                )
                if problem.file is not None:
                    claimed.add(problem.file)
            else:
                found.notes.append(str(problem))
        for entry in manifest.entries:
            claimed.add(entry.path)
            _add_job(found, seen, entry.path, entry.meta, entry.warnings)
    # A manifest is the list of calls for its folder tree: files it does not name (ground-truth files,
    # stray recordings) are reported, not ingested under made-up ids. Name such a file on the command
    # line to ingest it anyway.
    manifest_folders = [m.parent for m in manifests if m.exists()]
    unlisted: dict[Path, list[Path]] = {}
    files = folder.rglob("*") if recursive else folder.glob("*")
    for path in sorted(files):
        if not path.is_file() or path.suffix.lower() not in INGESTABLE_SUFFIXES:
            continue
        resolved = path.resolve()
        if resolved in claimed or resolved in seen or any(_is_under(path, b) for b in blocked):
            continue
        owner = next((m for m in manifest_folders if _is_under(path, m)), None)
        if owner is not None:
            unlisted.setdefault(owner, []).append(path)
            continue
        _add_job(found, seen, resolved, CallMeta(call_id=path.stem), [])
    for owner, paths in unlisted.items():
        example = paths[0].relative_to(owner)
        found.notes.append(
            f"{len(paths)} file(s) under {owner} are not named in its {MANIFEST_NAME} and were not ingested "
            f"(e.g. {example}); name a file on the command line to ingest it without the manifest"
        )


def _is_under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _add_job(found: Discovered, seen: set[Path], path: Path, meta: CallMeta, warnings: list[str]) -> None:
    if path in seen:
        return
    seen.add(path)
    found.jobs.append(IngestJob(path=path, meta=meta, content_hash="", warnings=list(warnings)))


