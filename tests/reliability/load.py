"""The ``load`` scenario: many devices sync at once while one person chats; ingest latency,
throughput, backpressure met, and chat time to first token idle and under that load."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from device.client.http import HttpServerApi
from device.client.api import ServerRequestError
from shared.wire import ChatFinalEvent, ChatRequest, ChatTokenEvent
from tests.reliability.harness import (
    BACKPRESSURE,
    DeviceClient,
    ServerProcess,
    SyncStats,
    ensure_running,
    make_observations,
    summarize_ms,
    sync_or_record,
)


def many_devices_while_chatting(work: Path, server: ServerProcess, clients: int = 4, per_client: int = 200,
                                batch: int = 100, chat_tokens: int = 16, baseline_chats: int = 3,
                                warmup_chats: int = 1) -> dict[str, Any]:
    """``clients`` devices sync ``per_client`` observations each, all at once, while one user chats."""
    ensure_running(server)
    sensor = "rel-load"
    devices = []
    sent = 0
    for i in range(clients):
        device = DeviceClient(work / f"load-device-{i}", server.url, server.token, batch=batch)
        sent += device.accept(make_observations(f"load{i:02d}", sensor, per_client))
        devices.append(device)
    _chats(server, warmup_chats, chat_tokens)  # the first answer after a start is cold: not a fair baseline
    idle = _chats(server, baseline_chats, chat_tokens)
    stop = threading.Event()
    chat_results: dict[str, Any] = {}
    chatter = threading.Thread(target=lambda: chat_results.update(_chats(server, None, chat_tokens, stop)), daemon=True)
    failures: list[BaseException] = []
    deadline_s = max(900.0, sent / 5.0)  # generous: 100,000 observations embed slowly on 2 cores
    threads = [threading.Thread(target=sync_or_record, args=(d, failures, deadline_s), daemon=True) for d in devices]
    started = time.monotonic()
    chatter.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()  # each device gives up by itself after its deadline
    wall_s = time.monotonic() - started
    stop.set()
    chatter.join(timeout=300)
    stats = SyncStats()
    for device in devices:
        stats.merge(device.stats)
        device.close()
    stored = server.count_sensor(sensor)
    return {
        "sensor": sensor, "clients": clients, "per_client": per_client, "batch": batch,
        "sent": sent, "stored": stored, "lost": sent - stored, "wall_s": round(wall_s, 1),
        "throughput_obs_per_s": round(stored / wall_s, 1) if wall_s else None,
        "ingest_latency": summarize_ms(stats.latencies_ms), "requests": stats.requests,
        "backpressure": stats.backpressure, "errors": [str(f) for f in failures] + stats.errors,
        "chat_idle": idle, "chat_under_load": chat_results,
    }


def _chats(server: ServerProcess, count: int | None, max_tokens: int,
           stop: threading.Event | None = None) -> dict[str, Any]:
    """Ask questions one after another (``count`` of them, or until ``stop``); TTFT as the client
    saw it (request sent to first token) and as the server measured it."""
    api = HttpServerApi(server.url, server.token, timeout_s=300)
    client_ttft: list[float] = []
    server_ttft: list[float] = []
    retrieval: list[float] = []
    prefill: list[float] = []
    busy = 0
    errors: list[str] = []
    questions = ("What did I note about the budget sheet?", "When was my last run in the park?",
                 "Who did I have coffee with?", "What happened at the standup?")
    try:
        i = 0
        while (count is None or i < count) and not (stop is not None and stop.is_set()):
            request = ChatRequest(question=questions[i % len(questions)], k=4, max_tokens=max_tokens)
            i += 1
            started = time.perf_counter()
            first: float | None = None
            try:
                for event in api.chat(request):
                    if isinstance(event, ChatTokenEvent) and first is None:
                        first = (time.perf_counter() - started) * 1000.0
                    elif isinstance(event, ChatFinalEvent):
                        metrics = event.metrics
                        for values, value in ((server_ttft, metrics.ttft_ms), (retrieval, metrics.retrieval_ms),
                                              (prefill, metrics.prefill_ms)):
                            if value is not None:
                                values.append(value)
            except ServerRequestError as exc:
                if exc.status in BACKPRESSURE:
                    busy += 1
                    time.sleep(exc.retry_after_s or 1.0)
                    continue
                errors.append(str(exc))
                continue
            except Exception as exc:  # reported, never hidden
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            if first is not None:
                client_ttft.append(first)
    finally:
        api.close()
    return {"chats": len(client_ttft), "ttft_client": summarize_ms(client_ttft),
            "ttft_server": summarize_ms(server_ttft), "retrieval": summarize_ms(retrieval),
            "prefill": summarize_ms(prefill), "busy_retries": busy, "errors": errors}
