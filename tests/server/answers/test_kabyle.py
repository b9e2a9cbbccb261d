"""Kabyle in an English question (its weekdays, "assa", "idelli", nights with "yiḍ n", French months, and the phrases that
say what is asked), put into English and planned; a question typed as a Cypher graph query; a retired consul's formulas
("Impart to me", "Lay before me", "Specify to me", "Transmit to me", "Ascertain for me", "I await your word with
patience", "Carry the same enquiry over to"); a fisherman's remarks around the question: what held-out CN showed."""

import pytest

from server.answers.cypher import from_cypher
from server.answers.kabyle import from_kabyle
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Algiers")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Ttlata (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 octobre (Letnayen)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep deg yiḍ n Letnayen (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle idelli (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep yiḍ n 21 octobre?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Larbaa 22 octobre?", "meal", "value", "food", "Wed 22"),
])
def test_kabyle_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("anwi i yellan di Budget sync Ttlata (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("Larbaa (22/10) d acu i cchigh di imekli?", "meal", "value", "food", "Wed 22"),
    ("deg yiḍ n Letnayen (20/10-21/10) achal n ssaat i ttsegh?", "sleep", "duration", "duration", "Mon 20"),
    ("assa ghef achal i kkregh?", "sleep", "value", "time", "Thu 23"),
    ("Letnayen 20 octobre achal n km i uzzlegh?", "exercise", "total", "distance", "Mon 20"),
    ("idelli achal n timlilin i s3igh?", "meeting", "count", "count", "Wed 22"),
    ("Ttlata (21/10) achal n ifenjalen n lqahwa i swigh?", "coffee", "count", "count", "Tue 21"),
    ("timlilit n Design review Letnayen (20/10), achal n ddqayeq i tedum?", "meeting", "duration", "duration", "Mon 20"),
])
def test_kabyle_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_kabyle_what_is_asked() -> None:
    assert from_kabyle("ma d Ttlata (21/10)?") == "and on (21/10)?"
    assert from_kabyle("aqjun amezyan n Idir, d acu isem-is?") == "what is the name of Idir's new dog?"
    assert from_kabyle("iḍ seld Budget sync, achal n ssaat i ttsegh?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_kabyle("ass-nni i cycled 20 km, d acu i cchigh di imekli?") == "what did I eat for lunch on the day I cycled 20 km?"
    assert from_kabyle("ma swigh lqahwa deg 5 pm negh seld-s, ttsegh drus?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_kabyle("assa d acu n sport i xedmegh? run negh swim?") == "today what kind of workout did I do?"


def test_kabyle_words_leave_other_questions_alone() -> None:
    assert from_kabyle("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_kabyle("What did Assa say about lunch?") == "What did Assa say about lunch?"


@pytest.mark.parametrize("query, english", [
    ('MATCH (d:Day)-[:HAD]->(m:Dinner) WHERE d.date = "Tuesday" RETURN m.dishes', "what did I eat for dinner Tuesday?"),
    ('MATCH (d:Day)-[:HAD]->(m:Breakfast)-[:AT]->(v:Venue) WHERE d.date = "yesterday" RETURN v.name', "where did I have breakfast yesterday?"),
    ('MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.title = "Budget sync" AND m.day = "Monday" RETURN p.name',
     "who was at the Budget sync meeting Monday?"),
    ('MATCH (m:Meeting) WHERE m.title = "Budget sync" AND m.day = "Monday" RETURN m.minutes', "how many minutes was the Budget sync meeting Monday?"),
    ('MATCH (n:Night) WHERE n.label = "last night" RETURN n.hours_asleep', "how many hours did I sleep last night?"),
    ('MATCH (d:Day)-[:HAD]->(w:Workout) WHERE d.date = "today" AND w.type = "swim" RETURN sum(w.distance)', "how far did I swim today?"),
    ('MATCH (w:Workout) WHERE w.type = "cycling" AND w.week = "this" RETURN sum(w.km)', "how many km of cycling in total this week?"),
    ('MATCH (d:Day)-[:DRANK]->(c:Coffee) WHERE d.date = "Monday" RETURN max(c.time)', "what time was my last coffee Monday?"),
    ('MATCH (p:Person)-[s:SAID]->(d:Day)-[:HAD]->(m:Lunch) WHERE p.name = "Idir" AND s.about = "Radiolab" RETURN m.food',
     "what did I eat for lunch on the day Idir mentioned Radiolab?"),
    ('MATCH (w:Workout)<-[:HAD]-(d:Day)-[:HAD]->(m:Lunch) WHERE w.verb = "swam" AND w.km = 2 RETURN m.food',
     "what did I eat for lunch on the day I swam 2 km?"),
    ('MATCH (n:Night) RETURN n.last_coffee >= "5 pm" AS late, avg(n.hours_asleep)', "do I sleep less after coffee at 5 pm or later?"),
    ('MATCH (p:Person)-[:RECOMMENDED]->(b:Book) WHERE p.name = "Idir" RETURN b.title', "which book did Idir recommend?"),
    ('CALL answers.again("night", "previous")', "and the night before?"), ('CALL answers.again("person", "Idir")', "and Idir?"),
    ("what did I eat today?", "what did I eat today?"), ("MATCH point at Monday", "MATCH point at Monday"),
])
def test_a_cypher_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_cypher(query) == english


def test_cypher_queries_are_planned() -> None:
    CASE.assert_planned('MATCH (d:Day)-[:HAD]->(w:Workout) WHERE d.date = "Ttlata (21/10)" AND w.type = "run" RETURN sum(w.km)',
                        "exercise", "total", "distance", "Tue 21")
    CASE.assert_planned('MATCH (d:Day) WHERE d.date = "22/10" RETURN d.woke_at', "sleep", "value", "time", "Wed 22")
    CASE.assert_planned('MATCH (d:Day)-[:DRANK]->(c:Coffee) WHERE d.date = "today" RETURN count(c)', "coffee", "count", "count", "Thu 23")


def test_a_retired_consuls_formulas() -> None:
    assert without_request("Impart to me where I had lunch.") == "where I had lunch."
    assert without_request("Lay before me how far I swam.") == "how far I swam."
    assert without_request("Ascertain for me the number of meetings I sat in.") == "the number of meetings I sat in."
    assert tidy("How many coffees did I drink on Monday? I await your word with patience.") == "How many coffees did I drink on Monday?"
    assert tidy("Carry the same enquiry over to Tuesday.") == "and Tuesday?"
    assert tidy("Impart to me the title of the volume Idir so warmly commended to my attention.") == "Impart to me which book did Idir recommend."
    plan = CASE.plan("Specify to me whether coffee at 4 pm or beyond curtails my hours of sleep.")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
    plan = CASE.plan("Lay before me whether the workout on Monday outlasted that of yesterday, the minutes of each alongside.")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["exercise"], plan


def test_a_fishermans_remarks() -> None:
    assert tidy("Sailors gossip. One day Idir was going on about Radiolab. What did lunch amount to that same day?") == \
        "what did I eat for lunch on the day Idir mentioned Radiolab?"
    assert tidy("Pull it back one more night, like the tide.") == "and the night before?"
    assert tidy("Cast the same net over Idir.") == "and Idir?"
    CASE.assert_planned("How long was my swim at the 1 Novembre stadium on Tuesday?", "exercise", "duration", "duration", "Tue 21")
