"""The real parts the memory benchmark drives: settings, device pipeline, sync, ``tether server``.

Imported first by every ``bench_memory_*`` module: it puts the repository on ``sys.path`` and keeps
the hub and telemetry offline before anything heavy loads.
"""

from __future__ import annotations

import os
import platform
import secrets
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from memory_evalset import TZ_NAME  # noqa: E402

from device.client.api import ServerUnreachableError  # noqa: E402
from device.client.http import HttpServerApi, wait_until_ready  # noqa: E402
from device.pipeline.flow import DevicePipeline  # noqa: E402
from device.storage.outbox import Outbox  # noqa: E402
from device.storage.store import ObservationStore  # noqa: E402
from server.learning.recall import LEARNED_KINDS  # noqa: E402
from shared.observation import Observation  # noqa: E402
from shared.settings import ServerSettings  # noqa: E402

K = 10
SYNC_BATCH = 500


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (``p`` in 0..100)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def machine_facts(settings: ServerSettings) -> dict[str, Any]:
    """Cores, threads, Python, and the models in use."""
    import chromadb
    import torch

    from shared.model_locator import locate_embedding_model, locate_gguf

    return {
        "cpu_count": os.cpu_count(),
        "cores_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "llama_threads": settings.n_threads,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "embedder": locate_embedding_model(settings.embedding_model_path).name,
        "embedder_path": str(locate_embedding_model(settings.embedding_model_path)),
        "llm": locate_gguf(settings.model_path).name,
        "chromadb": chromadb.__version__,
        "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


def device_pipeline(directory: Path) -> DevicePipeline:
    """A real device pipeline (local store and outbox on disk); no privacy filter, as in the demo."""
    directory.mkdir(parents=True, exist_ok=True)
    return DevicePipeline(ObservationStore(directory / "observations.sqlite3"), Outbox(directory / "outbox.sqlite3"))


def ingest(pipeline: DevicePipeline, api: HttpServerApi, observations: list[Observation]) -> dict[str, float]:
    """Accept on the device, then sync everything to the server; returns the counts and seconds."""
    started = time.perf_counter()
    pipeline.accept(observations)
    accepted_at = time.perf_counter()
    report = pipeline.sync(api, SYNC_BATCH)
    done = time.perf_counter()
    if report.rejected or report.remaining:
        raise RuntimeError(f"sync left {report.remaining} queued, rejected {report.rejected[:3]}")
    return {"raw": len(observations), "memories": report.accepted, "accept_s": accepted_at - started,
            "sync_s": done - accepted_at, "seconds": done - started}


def hit_sources(hits: list[Any], raw_only: bool) -> list[list[str]]:
    """Each hit's source ids; with ``raw_only``, learned memories (day summaries, facts) are left out."""
    return [hit.source_ids for hit in hits if not (raw_only and hit.kind in LEARNED_KINDS)]


def bench_settings(home: Path) -> ServerSettings:
    """Server settings for an in-process benchmark server in ``home`` (no learning, no rate limit)."""
    return ServerSettings(home=home, token=secrets.token_urlsafe(16), timezone=TZ_NAME, learning=False,
                          **({"rate_limit_per_s": 0.0} if "rate_limit_per_s" in ServerSettings.model_fields else {}))


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


PASSED_SETTINGS = ("TETHER_EMBEDDING_MODEL_PATH",)
"""Settings the ``tether server`` subprocess keeps from this process's environment (``--embedder``), so
it embeds with the same model as the in-process servers; every other ``TETHER_`` variable is dropped."""


def server_env(home: Path, token: str, tz_name: str = TZ_NAME) -> dict[str, str]:
    """The environment of a benchmark ``tether server``: no user settings or config file, except ``PASSED_SETTINGS``."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("TETHER_") or k in PASSED_SETTINGS},
            "TETHER_HOME": str(home), "TETHER_TOKEN": token, "TETHER_TIMEZONE": tz_name, "TETHER_LEARNING": "false",
            "TETHER_RATE_LIMIT_PER_S": "0", "TETHER_CONFIG": str(home / "no-config.toml")}


@contextmanager
def server_process(home: Path, token: str, tz_name: str = TZ_NAME) -> Iterator[tuple[str, Any]]:
    """``tether server`` in a subprocess on a free loopback port; yields its URL and a psutil handle."""
    import psutil

    port = _free_port()
    env = server_env(home, token, tz_name)
    log_path = home / "server.log"
    home.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "device.cli", "server", "--port", str(port)],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_until_ready(f"{url}/healthz", 300, process, interval_s=0.2)
        except ServerUnreachableError as exc:
            raise RuntimeError(f"tether server did not start ({exc}): {log_path.read_text()[-2000:]}") from exc
        yield url, psutil.Process(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
