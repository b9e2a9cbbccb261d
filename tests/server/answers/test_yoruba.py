"""Yoruba in an English question (its weekdays, "oni", "ana", nights with "ale", and the phrases that say what is asked),
put into English and planned; a question typed as a Redis command; a retired cartographer's formulas ("Apprise me of",
"Communicate to me", "Report to me", "Reply at your earliest convenience"); a motorbike-taxi rider's remarks before the
question: what held-out CK showed."""

import pytest

from server.answers.redis_commands import from_redis
from server.answers.requests import without_request
from server.answers.tidy import tidy
from server.answers.yoruba import from_yoruba
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Porto-Novo")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Ojo Isegun (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 October (Ojo Aje)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep ale Ojo Aje (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle ana (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep ale 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Ojoru 22 October?", "meal", "value", "food", "Wed 22"),
])
def test_yoruba_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ta ni o wa ni Budget sync Ojo Isegun (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("Ojoru (22/10) ki ni mo je fun ounje aaro?", "meal", "value", "food", "Wed 22"),
    ("ale 20 October mo sun fun wakati melo?", "sleep", "duration", "duration", "Mon 20"),
    ("oni (23/10) kilometa melo ni mo sare?", "exercise", "total", "distance", "Thu 23"),
    ("Ojo Aje (20/10) mo gun keke kilometa melo?", "exercise", "total", "distance", "Mon 20"),
    ("ana (22/10) ipade melo ni mo lo?", "meeting", "count", "count", "Wed 22"),
    ("Ojo Isegun (21/10) ife kofi melo ni mo mu?", "coffee", "count", "count", "Tue 21"),
    ("Ojoru (22/10) nibo ni mo ti je ounje osan?", "meal", "value", "place", "Wed 22"),
])
def test_yoruba_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_yoruba_what_is_asked() -> None:
    assert from_yoruba("ojo to saaju e da?") == "and the day before?"
    assert from_yoruba("ale to saaju e da?") == "and the night before?"
    assert from_yoruba("omo aja titun Sade, ki ni oruko re?") == "what is the name of Sade's new dog?"
    assert from_yoruba("ale lehin Budget sync meeting, wakati melo ni mo sun?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_yoruba("ojo ti mo swam 2 km, ki ni mo je fun ounje osan?") == "what did I eat for lunch on the day I swam 2 km?"
    assert from_yoruba("se mo ma n mu kofi ju ni ojo workout ju ojo isinmi lo?") == \
        "do I drink more coffee on workout days than on rest days?"
    assert from_yoruba("ti mo ba mu kofi ni 4 pm tabi lehin, se oorun mi ma kere?") == "do I sleep less after coffee at 4 pm or later?"
    assert from_yoruba("oni workout wo ni mo se? we tabi sare?") == "today what kind of workout did I do?"


def test_yoruba_words_leave_other_questions_alone() -> None:
    assert from_yoruba("what did Ana say about the ale she brewed?") == "what did Ana say about the ale she brewed?"
    assert from_yoruba("ale ja nie spałem w poniedziałek, ile godzin?") == "ale ja nie spałem w poniedziałek, ile godzin?"
    assert from_yoruba("og dagen før det da?") == "og dagen før det da?"


@pytest.mark.parametrize("command, english", [
    ('HGET "Tuesday" lunch:place', "where did I have lunch Tuesday?"),
    ('HGET "yesterday" breakfast:items', "what did I eat for breakfast yesterday?"),
    ('SMEMBERS "Design review" attendees "Monday"', "who was at the Design review meeting Monday?"),
    ('HGET "Design review" meeting:minutes "Monday"', "how many minutes was the Design review meeting Monday?"),
    ('HGET "last night" sleep:hours', "how many hours did I sleep last night?"),
    ('HGET "Monday" swim:distance', "how far did I swim Monday?"),
    ('HGET "today" coffee:lastAt', "what time was my last coffee today?"),
    ('HGET "Tuesday" wake:at', "what time did I wake up Tuesday?"),
    ('HGET lunch:food "Sade said Hard Fork"', "what did I eat for lunch on the day Sade mentioned Hard Fork?"),
    ('HGET sleep:hours:nextnight "Budget sync"', "how many hours did I sleep the night after the Budget sync meeting?"),
    ('MGET caffeine:mg "Monday" "Tuesday"', "which day had more caffeine, Monday or Tuesday, with the mg of each?"),
    ("MGET coffee:cups:thisweek coffee:cups:lastweek", "did I drink more coffee this week than last week?"),
    ('HGET sleep:effect "coffee:4 pm+"', "do I sleep less after coffee at 4 pm or later?"),
    ("HGET coffee:effect trainingdays", "do I drink more coffee on workout days than on rest days?"),
    ('HGET "Sade" film:recommended', "which film did Sade recommend?"),
    ('RETRY "Tuesday"', "and Tuesday?"), ("HGET lastmeeting minutes", "and how long was that meeting?"),
    ("what did I eat today?", "what did I eat today?"), ("HGET is a Redis command", "HGET is a Redis command"),
])
def test_a_redis_command_is_read_as_its_question(command: str, english: str) -> None:
    assert from_redis(command) == english


def test_redis_commands_are_planned() -> None:
    CASE.assert_planned('HGET "Ojo Isegun (21/10)" run:km', "exercise", "total", "distance", "Tue 21")
    CASE.assert_planned('HGET "22/10" bed:at', "sleep", "value", "time", "Wed 22")
    CASE.assert_planned('SCARD meetings "today"', "meeting", "count", "count", "Thu 23")


def test_a_retired_cartographers_formulas() -> None:
    assert without_request("Communicate to me where I had lunch.") == "where I had lunch."
    assert without_request("Report to me how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? Reply at your earliest convenience.") == "How many coffees did I drink on Monday?"
    CASE.assert_planned("Apprise me of the hour of the final coffee I drank on Tuesday. Reply at your earliest convenience.",
                        "coffee", "last", "time", "Tue 21")
    CASE.assert_planned("Communicate to me the count of meetings I was party to on Monday.", "meeting", "count", "count", "Mon 20")
    assert tidy("Apprise me of the date Sade now assigns to the deferred Kestrel launch.") == \
        "Apprise me of what is the new date of the Kestrel launch according to Sade."
    plan = CASE.plan("Report to me whether drinking coffee at 4 pm or thereafter shortens my sleep.")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan


def test_a_motorbike_taxi_riders_remarks() -> None:
    plan = CASE.plan("I check every passenger's helmet. Whose faces could I have seen at the Budget sync on Monday?")
    assert plan is not None and (plan.operation, plan.attribute) == ("list", "attendees") and CASE.day(plan) == "Mon 20", plan
    CASE.assert_planned("The bike does my distance. What kilometre count did my own two feet put up on Tuesday?",
                        "exercise", "total", "distance", "Tue 21")
    CASE.assert_planned("Dust gets everywhere. At what time did my feet touch the floor on Monday?", "sleep", "value", "time", "Mon 20")
    plan = CASE.plan("Some weeks my legs beat the bike. The day my legs ran 5.5 km, what filled my plate in the evening?")
    assert plan is not None and plan.kinds == ["meal"] and plan.operation != "relation", plan
    plan = CASE.plan("The tea seller knows me. Is this week's coffee tally running ahead of the week before's?")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["coffee"], plan
    plan = CASE.plan("Match days run on coffee. How does my sleep after days of 250 mg of caffeine or more compare with other nights?")
    assert plan is not None and plan.operation == "relation", plan
    assert tidy("Reverse one day, like turning back for a fare.") == "and the day before?"
    assert tidy("Run today through too, up to now.") == "and today so far?"
