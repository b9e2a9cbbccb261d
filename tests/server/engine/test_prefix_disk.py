"""Prefix KV states on disk: bounded, damage-tolerant, and warm after a restart with the real model."""

from __future__ import annotations

from server.engine.base import ChatMessage, GenerationStats, TokenPiece
from server.engine.llamacpp import LlamaCppEngine
from server.engine.prefix_cache import PrefixStateCache
from server.engine.prefix_disk import DiskPrefixStates
from server.engine.seq_state import SeqState


def fake_state(n_tokens: int, payload: bytes) -> SeqState:
    return SeqState(tuple(range(1, n_tokens + 1)), payload)


def test_round_trip_and_ram_miss_reads_disk(tmp_path):
    disk = DiskPrefixStates(tmp_path, "model-a", 10_000_000)
    PrefixStateCache(10_000_000, disk).put("k1", fake_state(5, b"kv-bytes"), 8)
    fresh = PrefixStateCache(10_000_000, DiskPrefixStates(tmp_path, "model-a", 10_000_000))
    state = fresh.get("k1")
    assert state == fake_state(5, b"kv-bytes")
    assert fresh.disk_hits == 1 and len(fresh) == 1  # now in RAM too
    # another model's folder does not see it
    assert PrefixStateCache(10, DiskPrefixStates(tmp_path, "model-b", 10_000)).get("k1") is None


def test_damaged_file_is_a_miss_and_deleted(tmp_path):
    disk = DiskPrefixStates(tmp_path, "m", 10_000_000)
    disk.save("k", fake_state(3, b"abc"))
    path = tmp_path / "m" / "k.npz"
    path.write_bytes(path.read_bytes()[:40])
    assert disk.load("k") is None
    assert not path.exists()


def test_folder_stays_within_its_bound_dropping_least_recently_used(tmp_path):
    disk = DiskPrefixStates(tmp_path, "m", int(20_000 * 2.5))
    for key in ("a", "b"):
        disk.save(key, fake_state(2, bytes(20_000)))
    assert disk.load("a") is not None  # "a" is now more recent than "b"
    disk.save("c", fake_state(2, bytes(20_000)))
    assert disk.size_bytes <= disk.capacity_bytes
    assert disk.load("b") is None and disk.load("a") is not None and disk.load("c") is not None


def _answer(engine: LlamaCppEngine, messages: list[ChatMessage]) -> tuple[str, GenerationStats]:
    events = list(engine.generate(messages, 8))
    return "".join(e.text for e in events if isinstance(e, TokenPiece)), events[-1]


def test_restarted_engine_starts_with_the_prefix_warm_and_answers_the_same(gguf_path, tmp_path):
    messages = [ChatMessage("system", "You are Tether, a careful personal assistant. " * 12),
                ChatMessage("user", "Say hello.")]
    first = LlamaCppEngine(gguf_path, n_ctx=1024, n_threads=2, prefix_cache_dir=tmp_path)
    try:
        cold_text, cold = _answer(first, messages)
    finally:
        first.close()
    assert cold.cached_prefix_tokens == 0
    assert len(list(tmp_path.rglob("*.npz"))) == 1
    # one sequence's KV cells only: about 23 KB per token for SmolLM2-135M
    assert max(p.stat().st_size for p in tmp_path.rglob("*.npz")) < 8 * 1024**2

    second = LlamaCppEngine(gguf_path, n_ctx=1024, n_threads=2, prefix_cache_dir=tmp_path)
    try:
        warm_text, warm = _answer(second, messages)
        assert second.prefix_cache.disk_hits == 1
    finally:
        second.close()
    assert warm.cached_prefix_tokens >= 100
    assert warm_text == cold_text
