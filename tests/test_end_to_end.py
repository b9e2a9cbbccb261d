"""One path through every real part: sensor -> device -> outbox -> server (uvicorn) -> chromadb -> chat.

Also the offline path: the server stops mid-session, the device answers alone and keeps
everything, and after the restart every observation arrives exactly once.
"""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from device.ask import ask
from device.context import DeviceContext
from server.api.app import create_app
from server.api.background import BackgroundServer
from server.services.container import build_services
from sensors.manual import manual_observation
from sensors.replay import ReplaySensor
from sensors.synthetic import write_life_jsonl
from shared.observation import Observation, read_jsonl
from shared.settings import DeviceSettings
from tests.local_servers import free_port

TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 19)
AT = datetime.combine(DAY, time(21, 0), tzinfo=TZ)


@pytest.mark.slow
def test_sensor_to_answer_and_offline(tmp_path, tmp_path_factory, server_settings, server_services) -> None:
    life = tmp_path / "life.jsonl"
    write_life_jsonl(life, start=DAY, days=1, seed=21, tz="Europe/Berlin")
    sensor = ReplaySensor(life)
    sensor_log = [o for o in read_jsonl(life.read_text().splitlines()) if isinstance(o, Observation)]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = DeviceSettings(home=tmp_path / "device-home", server_url=url, token=server_settings.token,
                              timezone="Europe/Berlin")
    ctx = DeviceContext(settings)
    # Own data directory (empty memory), the session's loaded models.
    own = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("e2e-server")})
    app = create_app(own, services=build_services(own, engine=server_services.engine, embedder=server_services.embedder))
    try:
        with BackgroundServer(app, port=port):
            accepted = ctx.pipeline.accept(sensor.poll())
            assert accepted.stored > 40 and sensor.errors == []
            before = ctx.server.health().memories
            answer = ask(ctx, "What did I have for lunch?", at=AT, max_tokens=24)
            assert answer.source == "server" and answer.text
            assert ctx.server.health().memories == before + accepted.queued
            assert ctx.outbox.depth() == 0
            assert any(h.kind == "meal" for h in answer.evidence)
            assert all(i.startswith("syn-21-") for h in answer.evidence for i in h.source_ids)
            assert answer.metrics.tokens_after_condense < answer.metrics.tokens_before_condense
            # Grounded: the lunch comes from the typed records, and the answer quotes it.
            lunch = next(o for o in sensor_log if o.kind == "meal" and o.data["meal"] == "lunch")
            assert answer.made_by == "computed" and answer.verified and lunch.data["food"] in answer.text

        # Server gone mid-session: log something, then ask. The device answers alone and keeps the log.
        ctx.pipeline.accept([manual_observation("coffee", ["drink=mocha"], at=AT)])
        offline = ask(ctx, "How much coffee did I have today?", at=AT, max_tokens=16)
        assert offline.source == "device" and "cannot reach" in offline.offline_reason
        # Offline answers are grounded too, over the device's own store: every coffee of the day, the mocha included.
        coffees = [o for o in sensor_log if o.kind == "coffee" and o.start.astimezone(TZ).date() == DAY]
        assert offline.made_by == "computed" and f"{len(coffees) + 1} coffees" in offline.text
        assert {h.id for h in offline.evidence} >= {o.id for o in coffees}
        assert ctx.outbox.depth() == 1

        with BackgroundServer(app, port=port):
            report = ctx.pipeline.sync(ctx.server)
            assert (report.sent, report.accepted, report.duplicates, report.remaining) == (1, 1, 0, 0)
            assert ctx.server.health().memories == before + accepted.queued + 1
            hits = ctx.server.search("mocha coffee", 1).hits
            assert "mocha" in hits[0].text
    finally:
        ctx.close()
