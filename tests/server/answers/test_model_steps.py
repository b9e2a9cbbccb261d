"""The model's two steps on the grounded path, with the real bundled model: whatever it outputs is a
valid plan, and a short answer is always a verbatim span of the evidence."""

from datetime import datetime
from zoneinfo import ZoneInfo

from server.answers.model_steps import candidate_spans, model_plan, pick_span
from shared.plan import QuestionPlan

TZ = ZoneInfo("Europe/Berlin")
QUOTE = "I loved Piranesi by Susanna Clarke, you should read it."


def test_spans_are_cut_from_the_text() -> None:
    spans = candidate_spans(QUOTE)
    assert "Piranesi by Susanna Clarke" in spans and all(span in QUOTE for span in spans)


def test_model_plan_is_always_a_valid_plan(server_services) -> None:
    at = datetime(2026, 11, 20, 12, 0, tzinfo=TZ)
    for question in ("Anything new with the garden?", "Summarise my week", "Was yesterday a good day?"):
        plan = model_plan(server_services.engine, question, at, TZ)
        assert plan is None or (isinstance(plan, QuestionPlan) and plan.parsed_by == "model")
    plan = model_plan(server_services.engine, "Was yesterday a good day?", at, TZ)
    assert plan is not None and plan.window is not None and plan.window.label == "yesterday"


def test_picked_span_is_verbatim_evidence(server_services) -> None:
    picked = pick_span(server_services.engine, "What book did Tom recommend?", [QUOTE])
    assert picked is None or picked in QUOTE


def test_model_phrasing_never_changes_a_number(server_services) -> None:
    from datetime import date

    from sensors.synthetic import generate_life
    from server.answers.service import GroundedAnswerer
    from server.answers.typed_records import RecordStore
    from server.answers.verify import claims

    store = RecordStore("sqlite://")
    store.add(generate_life(date(2026, 11, 2), 3, seed=5))
    at = datetime(2026, 11, 4, 21, 0, tzinfo=TZ)
    plain = GroundedAnswerer(store.query, None, TZ)
    phrased = GroundedAnswerer(store.query, None, TZ, engine=server_services.engine)
    for question in ("How many coffees did I have today?", "How long did I sleep last night?"):
        template, answer = plain.answer(question, at), phrased.answer(question, at)
        assert answer.verified and all(claim in answer.text for claim in claims(template.text))
