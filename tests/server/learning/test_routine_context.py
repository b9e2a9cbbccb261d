"""Habit questions get the routine statistics as facts with their evidence: in the prompt the server
builds and in the evidence of `tether ask` (real model, real server)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from device.cli.main import main
from sensors.synthetic import generate_life
from server.learning.routine_context import ROUTINE_KIND, is_habit_question, question_topics, routine_hits
from server.learning.routines import learn_routines
from shared.observation import write_jsonl
from shared.timeutil import utc_now
from shared.wire import ChatRequest
from tests.server.memory_fixtures import TZ

SEED = 5
LATE_COFFEE = "How do I sleep after late coffee?"


@pytest.mark.parametrize(("question", "habit", "topics"), [
    (LATE_COFFEE, True, {"sleep", "coffee"}),
    ("How often do I exercise?", True, {"exercise"}),
    ("What's my average sleep?", True, {"sleep"}),
    ("Do I usually run on Sundays?", True, {"exercise"}),
    ("What did I have for lunch yesterday?", False, set()),
    ("When did I last have coffee?", False, {"coffee"}),
])
def test_habit_questions_and_their_topics(question: str, habit: bool, topics: set[str]) -> None:
    assert is_habit_question(question) is habit
    assert question_topics(question) == topics


def test_statistics_for_a_question_carry_their_evidence() -> None:
    life = generate_life(utc_now().date() - timedelta(days=22), 21, seed=SEED, tz="Europe/Berlin")
    routines = learn_routines(life, TZ)
    ids = {o.id for o in life}
    hits = routine_hits(routines, LATE_COFFEE)
    assert hits[0].text.endswith(routines.relations[0].line()) and "coffee after 15:00 -> sleep that night" in hits[0].text
    assert {h.text.split(": ", 1)[1].split(":")[0] for h in hits[1:]} == {"sleep", "coffee"}  # no exercise lines
    assert all(h.kind == ROUTINE_KIND and h.source_ids and set(h.source_ids) <= ids for h in hits)
    exercise = routine_hits(routines, "How often do I exercise?")
    assert any("times a week" in h.text for h in exercise) and all("coffee" not in h.text for h in exercise)
    assert routine_hits(routines, "What did I have for lunch yesterday?") == []


def test_tether_ask_puts_routine_statistics_in_the_prompt_and_evidence(capsys, tmp_path: Path, tmp_path_factory,
                                                                       server_settings, server_services) -> None:
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("routine-server")})
    services = build_services(settings, engine=server_services.engine, embedder=server_services.embedder)
    life = generate_life(utc_now().astimezone(TZ).date() - timedelta(days=14), 14, seed=SEED, tz="Europe/Berlin")
    path = tmp_path / "life.jsonl"
    path.write_text(write_jsonl(life))
    with BackgroundServer(create_app(settings, services=services)) as url:
        remote = ["--home", str(tmp_path / "device"), "--server", url, "--token", settings.token, "--tz", "Europe/Berlin"]
        assert main(["ingest", str(path), *remote]) == 0
        capsys.readouterr()

        # The context the server builds: statistics first, as lines of the prompt.
        evidence, messages, _ = services.chat.context(ChatRequest(question=LATE_COFFEE, k=3))
        stats = [hit for hit in evidence if hit.kind == ROUTINE_KIND]
        assert stats and "coffee after 15:00 -> sleep that night" in stats[0].text
        assert all(hit.text in messages[-1].content for hit in stats)
        assert all(set(hit.source_ids) <= {o.id for o in life} for hit in stats)
        plain, _, _ = services.chat.context(ChatRequest(question="What did I have for lunch yesterday?", k=3))
        assert all(hit.kind != ROUTINE_KIND for hit in plain)

        # Through `tether ask`: the device condenses, the server answers with the statistics as evidence.
        assert main(["ask", LATE_COFFEE, "--json", "--max-tokens", "8", *remote]) == 0
        answer = json.loads(capsys.readouterr().out)
    services.store.close()
    assert answer["source"] == "server"
    routine = [hit for hit in answer["evidence"] if hit["kind"] == ROUTINE_KIND]
    assert [hit["text"] for hit in routine] == [hit.text for hit in stats]
    assert routine[0]["source_ids"] == list(stats[0].source_ids)
    assert answer["metrics"]["hits"] == len(answer["evidence"])
