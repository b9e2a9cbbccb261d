"""Status pieces: the server's /metrics parsed, answer metrics, where sensor health comes from."""

from __future__ import annotations

import httpx

from device.agent.status import AgentStatus
from device.tui.widgets.answer_card import metrics_line
from device.status_probe import (
    fetch_engine_stats,
    parse_prometheus,
    sensor_rows,
    session_engine_stats,
)
from server.engine.base import GenerationStats
from server.metrics import ServerMetrics
from shared.settings import DeviceSettings, SensorSettings
from shared.wire import PhaseMetrics


def _stats(ttft: float, per_token: float, tokens: int) -> GenerationStats:
    return GenerationStats(prompt_tokens=100, cached_prefix_tokens=0, prefill_ms=ttft - 5, ttft_ms=ttft,
                           decode_tokens=tokens, decode_ms=per_token * (tokens - 1), finish_reason="stop")


def test_metrics_from_the_servers_exposition_over_http(tmp_path) -> None:
    metrics = ServerMetrics()  # the server's own registry and text format
    metrics.observe(_stats(100.0, 20.0, 10))
    metrics.observe(_stats(300.0, 40.0, 30))
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200, content=metrics.render())

    settings = DeviceSettings(home=tmp_path, server_url="http://tether.test", token="secret")
    stats = fetch_engine_stats(settings, transport=httpx.MockTransport(handler))
    assert seen == ["Bearer secret"]
    assert (stats.answers, stats.decode_tokens, stats.ttft_ms, stats.ms_per_output_token) == (2, 40, 200.0, 30.0)
    assert round(stats.tokens_per_s, 1) == 33.3 and stats.waiting == 0
    assert fetch_engine_stats(DeviceSettings(home=tmp_path)) is None  # embedded: nothing to fetch
    assert parse_prometheus("").answers == 0


def test_session_stats_and_the_answer_metrics_line() -> None:
    answers = [PhaseMetrics(ttft_ms=100, ms_per_output_token=25, decode_tokens=8, condense_ms=40),
               PhaseMetrics(ttft_ms=300, ms_per_output_token=50, decode_tokens=12)]
    stats = session_engine_stats(answers)
    assert (stats.answers, stats.decode_tokens, stats.ttft_ms, stats.tokens_per_s) == (2, 20, 200.0, 1000 / 37.5)
    assert metrics_line(answers[0], "server") == "condense 40 ms · TTFT 100 ms · 40.0 tok/s"
    device = PhaseMetrics(condense_ms=12, ttft_ms=100, total_ms=1100)
    assert metrics_line(device, "device", streamed_pieces=11) == "condense 12 ms · TTFT 100 ms · ~10.0 tok/s"


def test_sensor_health_comes_from_a_running_agent_else_is_probed_here(tmp_path) -> None:
    settings = DeviceSettings(home=tmp_path, sensors=SensorSettings(enabled=["manual", "no-such-sensor"]))
    running = AgentStatus(running=True, sensors={"window": "unavailable: no X11 display", "system": "ok"})
    rows, source = sensor_rows(settings, running)
    assert source == "as the agent saw them"
    assert [(r.name, r.status, r.reason) for r in rows] == [("system", "ok", ""),
                                                            ("window", "unavailable", "no X11 display")]
    rows, source = sensor_rows(settings, AgentStatus(running=False, sensors={"system": "ok"}))
    assert source == "probed here" and [(r.name, r.status) for r in rows] == [("manual", "ok"),
                                                                             ("no-such-sensor", "error")]
