"""The server through a real uvicorn server on loopback, real httpx, real model and chromadb."""

import json

import httpx
import pytest

BATCH = [
    {"id": "api-coffee-1", "sensor": "manual", "kind": "coffee", "start": "2026-11-20T08:15:00+01:00",
     "data": {"drink": "pistachio cortado", "caffeine_mg": 120}},
    {"id": "api-run-1", "sensor": "health", "kind": "exercise", "start": "2026-11-20T07:00:00+01:00",
     "end": "2026-11-20T07:32:00+01:00", "data": {"activity": "run", "distance_km": 5.2}},
    {"id": "api-bad-1", "sensor": "manual", "start": "2026-11-20T09:00:00+01:00"},
    {"id": "api-bad-2", "sensor": "manual", "kind": "meal", "start": "noon"},
    {"id": "api-meal-1", "sensor": "manual", "kind": "meal", "start": "2026-11-20T12:30:00+01:00",
     "food": "kohlrabi schnitzel", "source_ids": ["x"]},
]


@pytest.fixture(scope="module")
def client(live_server, server_settings):
    with httpx.Client(base_url=live_server, headers={"Authorization": f"Bearer {server_settings.token}"},
                      timeout=60) as c:
        yield c


def test_health_needs_no_token(live_server) -> None:
    response = httpx.get(f"{live_server}/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}])
def test_routes_need_the_token(live_server, headers) -> None:
    for method, path in (("POST", "/v1/observations"), ("GET", "/v1/memory/search?q=x"), ("POST", "/v1/chat")):
        response = httpx.request(method, f"{live_server}{path}", headers=headers, json={})
        assert response.status_code == 401, (method, path)
        assert response.json()["error"] == "unauthorized"
        assert "token" in response.json()["detail"]


def test_batch_ingest_is_partial_and_idempotent(client) -> None:
    first = client.post("/v1/observations", json={"observations": BATCH}).json()
    assert first["accepted"] == 3 and first["duplicates"] == 0
    assert [(r["index"], r["id"]) for r in first["rejected"]] == [(2, "api-bad-1"), (3, "api-bad-2")]
    assert first["rejected"][0]["error"].startswith("kind:")
    assert first["rejected"][1]["error"].startswith("start:")
    again = client.post("/v1/observations", json={"observations": BATCH}).json()
    assert again["accepted"] == 0 and again["duplicates"] == 3


def test_malformed_body_is_a_clear_422(client) -> None:
    response = client.post("/v1/observations", json={"nope": []})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("observations:")


def test_search_returns_hits_with_sources(client) -> None:
    # The session's server is shared with other tests: look for what only this batch has.
    client.post("/v1/observations", json={"observations": BATCH})
    body = client.get("/v1/memory/search", params={"q": "pistachio cortado", "k": 3}).json()
    hit = next(h for h in body["hits"] if h["id"] == "api-coffee-1")
    assert hit["source_ids"] == ["api-coffee-1"] and "pistachio cortado" in hit["text"]
    assert body["retrieval_ms"] > 0
    hits = client.get("/v1/memory/search", params={"q": "kohlrabi schnitzel", "k": 3}).json()["hits"]
    meal = next(h for h in hits if h["id"] == "api-meal-1")
    assert meal["source_ids"] == ["x"]


def test_chat_streams_tokens_then_final_event(client) -> None:
    client.post("/v1/observations", json={"observations": BATCH})
    events = []
    with client.stream("POST", "/v1/chat", json={"question": "When did I drink the pistachio cortado?", "max_tokens": 24,
                                                   "answer_path": "model"}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        name = None
        for line in r.iter_lines():
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                events.append((name, json.loads(line[5:])))
    kinds = [name for name, _ in events]
    assert kinds[-1] == "final" and kinds.count("final") == 1 and "token" in kinds
    final = events[-1][1]
    streamed = "".join(data["text"] for name, data in events if name == "token")
    assert final["answer"] == streamed.strip()
    assert any(hit["id"] == "api-coffee-1" for hit in final["evidence"])
    m = final["metrics"]
    assert m["prompt_tokens"] > 20 and m["decode_tokens"] >= 1
    assert m["prefill_ms"] > 0 and m["ttft_ms"] >= m["prefill_ms"] and m["retrieval_ms"] > 0
    assert m["hits"] == len(final["evidence"])


def test_chat_validation_error_names_the_field(client) -> None:
    response = client.post("/v1/chat", json={"question": ""})
    assert response.status_code == 422 and response.json()["detail"].startswith("question:")


def test_metrics_are_prometheus_text_with_phase_histograms(client) -> None:
    client.post("/v1/chat", json={"question": "Anything?", "max_tokens": 4, "answer_path": "model"}).read()
    response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    for name in ("tether_prefill_ms_bucket", "tether_ttft_ms_count", "tether_prompt_tokens_sum",
                 "tether_cached_prefix_tokens_bucket", "tether_engine_waiting"):
        assert name in text
    count = next(line for line in text.splitlines() if line.startswith("tether_ttft_ms_count"))
    assert float(count.split()[-1]) >= 1


def test_metrics_need_the_token(live_server) -> None:
    assert httpx.get(f"{live_server}/metrics").status_code == 401


def test_full_engine_queue_is_a_503_with_retry_after(client, server_services) -> None:
    scheduler = server_services.scheduler
    saved = scheduler.max_waiting
    scheduler.max_waiting = 0
    try:
        response = client.post("/v1/chat", json={"question": "hi"})
    finally:
        scheduler.max_waiting = saved
    assert response.status_code == 503 and response.headers["retry-after"] == "2"
    assert response.json()["error"] == "engine_busy"


def test_client_disconnect_stops_decoding(live_server, server_settings, server_services) -> None:
    """A client that goes away frees the engine long before its 1000 tokens would have decoded."""
    import time

    headers = {"Authorization": f"Bearer {server_settings.token}"}
    body = {"question": "Write a very long story about a dragon and a coffee shop.", "max_tokens": 1000, "k": 0,
            "answer_path": "model"}
    with httpx.Client(base_url=live_server, headers=headers, timeout=60) as c:
        with c.stream("POST", "/v1/chat", json=body) as r:
            tokens = 0
            for line in r.iter_lines():
                if line.startswith("event: token"):
                    tokens += 1
                    if tokens == 3:
                        break
        assert server_services.scheduler.busy
    deadline = time.monotonic() + 5
    while server_services.scheduler.busy:
        assert time.monotonic() < deadline, "decoding went on after the client left"
        time.sleep(0.05)


def test_delete_route_forgets_and_refuses_everything(client) -> None:
    client.post("/v1/observations", json={"observations": BATCH})
    assert client.delete("/v1/memory", params={"id": "api-meal-1", "dry_run": "true"}).json() == {"forgotten": 1, "dry_run": True}
    assert client.delete("/v1/memory/x").json() == {"forgotten": 1, "dry_run": False}  # by source id
    hits = client.get("/v1/memory/search", params={"q": "kohlrabi schnitzel", "k": 5}).json()["hits"]
    assert all(h["id"] != "api-meal-1" for h in hits)
    response = client.delete("/v1/memory")
    assert response.status_code == 400 and "say what to forget" in response.json()["detail"]
    response = client.delete("/v1/memory", params={"start": "2026-11-20T10:00:00"})
    assert response.status_code == 400


def _final(client, body: dict) -> dict:
    with client.stream("POST", "/v1/chat", json=body) as r:
        assert r.status_code == 200
        lines = list(r.iter_lines())
    data = [json.loads(line[5:]) for line in lines if line.startswith("data:")]
    return data[-1]


def test_grounded_answer_is_computed_as_of_the_question_in_the_persons_zone(client) -> None:
    client.post("/v1/observations", json={"observations": BATCH})
    asked = {"question": "How far did I run today?", "as_of": "2026-11-20T20:00:00+01:00", "timezone": "Europe/Berlin"}
    final = _final(client, asked)
    assert final["made_by"] == "computed" and final["verified"] is True
    assert "5.2 km" in final["answer"] and "07:00" in final["answer"]
    assert final["plan"]["kinds"] == ["exercise"] and final["plan"]["filters"] == {"activity": "run"}
    assert [hit["id"] for hit in final["evidence"]] == ["api-run-1"]
    # Asked before the run happened, the same question finds nothing: no evidence from after the question.
    early = _final(client, {**asked, "as_of": "2026-11-20T06:30:00+01:00"})
    assert early["made_by"] == "unknown" and "today" in early["answer"] and early["evidence"] == []
    # Read in another zone, "today" is another day.
    tokyo = _final(client, {**asked, "as_of": "2026-11-21T06:30:00+09:00", "timezone": "Asia/Tokyo"})
    assert tokyo["made_by"] == "unknown"


def test_chat_refuses_an_unknown_zone_naming_the_field(client) -> None:
    response = client.post("/v1/chat", json={"question": "hi", "timezone": "Mars/Olympus"})
    assert response.status_code == 422 and response.json()["detail"].startswith("timezone:")


def test_free_text_quotes_only_memories_that_share_a_word_with_the_question(client) -> None:
    """A question no rule places quotes the memories it is about or from the time it names; one about nothing in the log (here, in
    words the log does not use) gets "I don't know", not the search's nearest unrelated memories."""
    note = {"id": "api-note-quince", "sensor": "manual", "kind": "note", "start": "2026-11-20T18:00:00+01:00",
            "data": {"text": "The quince tree by the allotment shed finally has fruit"}}
    client.post("/v1/observations", json={"observations": [note]})
    asked = {"as_of": "2026-11-20T21:00:00+01:00", "timezone": "Europe/Berlin"}
    quince = _final(client, {**asked, "question": "Anything new about the quince tree?"})
    assert quince["made_by"] == "quoted" and "quince" in quince["answer"].lower()
    evening = _final(client, {**asked, "question": "What happened this evening?"})  # no word shared: the time it names
    assert evening["made_by"] == "quoted" and "quince" in evening["answer"].lower()
    unrelated = _final(client, {**asked, "question": "xabarlar bormi, nima gap?"})
    assert unrelated["made_by"] == "unknown" and unrelated["answer"].startswith("I don't know")
