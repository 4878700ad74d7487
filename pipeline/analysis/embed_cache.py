"""An on-disk cache of sentence embeddings, keyed by the model's files and the text.

Embedding is most of what analysis costs. Re-analysing stored calls after a rules change
(`python -m pipeline analyze --all`), evaluating (`make eval`) and training embed the same texts
again and again; with this cache a text seen before, in any process, costs a lookup.

* Keys are sha256(model key, text), 16 bytes: the cache holds digests and vectors, never the text
  of a call, so it adds no personal data to the disk beside the database.
* The model key is a digest of the weights, the tokenizer and the truncation length, so another
  model (or a changed encoder) never reads this model's vectors.
* Vectors are stored as computed (float32): a cached vector is bit-identical to a fresh one, and
  every figure is the same with the cache on or off.
* Layout: `<folder>/<model key>/<shard>.npz`. Each shard is written whole under a temporary name and
  renamed, so a reader never sees half a shard and concurrent processes (ingest workers) each add
  their own. When more than `MAX_SHARDS` have piled up the next reader merges them into one.

Where: `$EARSHOT_EMBED_CACHE`, default `data/cache/embeddings` in the checkout; `off` turns it off.
Deleting the folder is always safe: it only costs the time to embed again.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ENV_VAR = "EARSHOT_EMBED_CACHE"
DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "data" / "cache" / "embeddings"
KEY_BYTES = 16
MAX_SHARDS = 32  # more than this on load, and they are merged into one
FLUSH_EVERY = 2000  # new vectors kept in memory before they are written as a shard


def cache_folder() -> Path | None:
    """The cache's folder from $EARSHOT_EMBED_CACHE (None when set to "off")."""
    value = os.environ.get(ENV_VAR, "").strip()
    if value.lower() in ("off", "0", "false", "no"):
        return None
    return Path(value) if value else DEFAULT_FOLDER


def model_key(model_folder: Path, *extra: object) -> str:
    """A digest of the model's files (weights, tokenizer, config) and any setting that changes its output."""
    digest = hashlib.sha256()
    for name in ("model.safetensors", "tokenizer.json", "config.json"):
        with (model_folder / name).open("rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    digest.update(repr(extra).encode())
    return digest.hexdigest()[:24]


class VectorCache:
    """Vectors by text for one model, read from and added to `<folder>/<model key>/`."""

    def __init__(self, folder: Path, key: str, dim: int) -> None:
        self.folder = folder / key
        self.key = key.encode()
        self.dim = dim
        self._rows: dict[bytes, int] = {}
        self._vectors = np.zeros((0, dim), np.float32)
        self._pending: dict[bytes, np.ndarray] = {}  # added since the last flush
        self._load()

    def digest(self, text: str) -> bytes:
        return hashlib.sha256(self.key + b"\0" + text.encode("utf-8", "surrogatepass")).digest()[:KEY_BYTES]

    def __len__(self) -> int:
        return len(self._rows) + len(self._pending)

    def get(self, text: str) -> np.ndarray | None:
        key = self.digest(text)
        row = self._rows.get(key)
        return self._vectors[row] if row is not None else self._pending.get(key)

    def add(self, items: Iterable[tuple[str, np.ndarray]]) -> None:
        """Remember new vectors; written as a shard every FLUSH_EVERY, and by `flush`."""
        for text, vector in items:
            key = self.digest(text)
            if key not in self._rows:
                self._pending[key] = np.asarray(vector, np.float32)
        if len(self._pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Write the vectors added since the last flush as one shard (atomically)."""
        if not self._pending:
            return
        new_keys = list(self._pending)
        keys = np.frombuffer(b"".join(new_keys), np.uint8).reshape(-1, KEY_BYTES)
        vectors = np.stack(list(self._pending.values()))
        try:
            self._write_shard(keys, vectors)
        except OSError:
            return  # a read-only or full disk costs only speed; keep the vectors for the next flush
        start = len(self._vectors)
        self._vectors = np.concatenate([self._vectors, vectors])
        for offset, key in enumerate(new_keys):
            self._rows[key] = start + offset
        self._pending = {}

    def _write_shard(self, keys: np.ndarray, vectors: np.ndarray) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = uuid.uuid4().hex
        temporary = self.folder / f".{name}.tmp"
        with temporary.open("wb") as out:
            np.savez(out, keys=keys, vectors=vectors)
        final = self.folder / f"{name}.npz"
        os.replace(temporary, final)
        return final

    def _load(self) -> None:
        shards = sorted(self.folder.glob("*.npz")) if self.folder.is_dir() else []
        keys, vectors, read = [], [], []
        for shard in shards:
            try:
                with np.load(shard, allow_pickle=False) as data:
                    shard_keys, shard_vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError):
                continue  # removed by a concurrent merge, or damaged: it is only a cache
            if (
                shard_vectors.ndim != 2
                or shard_vectors.shape[1] != self.dim
                or shard_keys.shape != (len(shard_vectors), KEY_BYTES)
            ):
                continue
            keys.append(shard_keys)
            vectors.append(shard_vectors.astype(np.float32, copy=False))
            read.append(shard)
        if not keys:
            return
        all_keys = np.concatenate(keys)
        self._vectors = np.concatenate(vectors)
        raw = np.ascontiguousarray(all_keys, np.uint8).tobytes()
        for row in range(len(all_keys)):
            self._rows.setdefault(raw[row * KEY_BYTES : (row + 1) * KEY_BYTES], row)
        if len(read) > MAX_SHARDS:
            self._merge(all_keys, read)

    def _merge(self, all_keys: np.ndarray, read: list[Path]) -> None:
        try:
            self._write_shard(all_keys, self._vectors)
        except OSError:
            return
        for shard in read:
            shard.unlink(missing_ok=True)
