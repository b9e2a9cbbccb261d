"""Chechen in Latin letters in an English question (its weekdays before dotted dates, "tahna", "selhana", nights "buysa X",
"hokhu kira", the case ending "-ah", and the phrases that say what is asked), put into English and planned; a question typed
as a Gremlin traversal; a felt-rug maker's remarks ("the cold floor", "my noon meal", "what happens to my night"): what
held-out CY showed."""

import pytest

from server.answers.chechen import from_chechen
from server.answers.gremlin import from_gremlin
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Moscow")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Shinara 21.10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Orshot 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep buysa Orshot 20.10-21.10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle selhana 22.10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep buysa 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch de Qaara (22.10)?", "meal", "value", "food", "Wed 22"),
])
def test_chechen_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("mila yara Design review-gah Shinara 21.10?", "meeting", "list", "attendees", "Tue 21"),
    ("Qaara 22.10 uyrenan yuurg, hun diira as?", "meal", "value", "food", "Wed 22"),
    ("buysa 20 October masa saht nab yira as?", "sleep", "duration", "duration", "Mon 20"),
    ("tahna 23.10 so maca sama vella?", "sleep", "value", "time", "Thu 23"),
    ("Orshot 20.10 bike-ah masa km lelira?", "exercise", "total", "distance", "Mon 20"),
    ("selhana 22.10 masa meeting yara suna?", "meeting", "count", "count", "Wed 22"),
    ("suyrenan yuurg Shinara 21 October michah dara?", "meal", "value", "place", "Tue 21"),
])
def test_chechen_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_chechen_what_is_asked() -> None:
    assert from_chechen("Zelimkhan hun?") == "and Zelimkhan?"
    assert from_chechen("Zelimkhan kerla zhalin kiorni, tsunna hun tsie du?") == "what is the name of Zelimkhan's new dog?"
    assert from_chechen("Design review tIakha buysa masa saht nab yira?") == \
        "how many hours did I sleep the night after the Design review meeting?"
    assert from_chechen("5 pm tIakha kofe miicha, nab kezig hulu?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_chechen("hokhu kira kofe dukha miira as, dakhadella kira-l?") == "did I drink more coffee this week than last week?"
    assert from_chechen("mulla de dukha caffeine, Orshot 20.10-ah ya selhana 22.10-ah?") == \
        "which day had more caffeine, on 20.10 or yesterday 22.10, with the mg of each?"
    assert from_chechen("Orshot-ah dolalo cycling masa km?") == "since Monday how many km of cycling in total?"
    assert from_chechen("tsunna hyalkha dolchu buysa?") == "and the night before?"
    assert from_chechen("tahna, hintsalc?") == "and today so far?"


def test_chechen_words_leave_other_questions_alone() -> None:
    assert from_chechen("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_chechen("¿Qué comí de almuerzo hoy?") == "¿Qué comí de almuerzo hoy?"


@pytest.mark.parametrize("traversal, english", [
    ("g.V().has('meal','kind','dinner').has('day','Tuesday').values('food')", "what did I eat for dinner Tuesday?"),
    ("g.V().has('meal','kind','lunch').has('day','de Orshot (20.10)').values('place')", "where did I have lunch de Orshot (20.10)?"),
    ("g.V().has('meeting','title','Design review').has('day','Monday').out('attended_by').values('name')",
     "who was at the Design review meeting Monday?"),
    ("g.V().has('meeting','title','Design review').has('day','Monday').values('minutes')", "how many minutes was the Design review meeting Monday?"),
    ("g.V().has('meeting','day','today').count()", "how many meetings did I have today?"),
    ("g.V().has('coffee','day','Monday').order().by('at',desc).limit(1).values('at')", "what time was my last coffee Monday?"),
    ("g.V().has('coffee','day','Monday').values('caffeine_mg').sum()", "how much caffeine in mg Monday?"),
    ("g.V().has('workout','activity','run').has('day','today').values('km').sum()", "how many km did I run today?"),
    ("g.V().has('workout','activity','cycling').has('day',gte('Orshot')).values('km').sum()", "how many km of cycling in total this week?"),
    ("g.V().hasLabel('workout').has('week','current').count()", "how many workouts did I do this week?"),
    ("g.V().has('day','name','Monday').values('woke_at')", "what time did I wake up Monday?"),
    ("g.V().has('night','name','last night').values('bed_at')", "what time did I go to bed last night?"),
    ("g.inject('Monday night','last night').order().by(__.as('n').V().has('night','name',select('n')).values('hours'),desc).limit(1)",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("g.V().hasLabel('coffee').groupCount().by('week').select('current','previous')", "did I drink more coffee this week than last week?"),
    ("g.V().has('remark','by','Zelimkhan').has('about','Radiolab').values('day').as('d').V().has('meal','kind','lunch')"
     ".where(eq('d')).values('food')", "what did I eat for lunch on the day Zelimkhan mentioned Radiolab?"),
    ("g.V().has('workout','verb','swam').has('km',1.2).values('day').as('d').V().has('meal','kind','dinner').where(eq('d')).values('food')",
     "what did I eat for dinner on the day I swam 1.2 km?"),
    ("g.V().has('meeting','title','Design review').out('night_after').values('hours')",
     "how many hours did I sleep the night after the Design review meeting?"),
    ("g.V().has('workout','name','evening ride').has('day','Monday').out('followed_by').hasLabel('meeting').out('attended_by').values('name')",
     "who was at the meeting right after the evening ride Monday?"),
    ("g.V().hasLabel('night').group().by(__.values('last_coffee').is(gte('4 pm'))).by(__.values('hours').mean())",
     "do I sleep less after coffee at 4 pm or later?"),
    ("g.V().hasLabel('night').group().by(__.values('day_caffeine').is(gte(350))).by(__.values('hours').mean())",
     "how do I sleep after days of 350 mg of caffeine or more compared to other nights?"),
    ("g.V().hasLabel('day').group().by('has_workout').by(__.values('coffees').mean())",
     "do I drink more coffee on workout days than on rest days?"),
    ("g.V().has('person','name','Zelimkhan').out('recommended').hasLabel('film').values('title')", "which film did Zelimkhan recommend?"),
    ("g.V().has('person','name','Zelimkhan').out('owns').has('pet','young',true).values('name')", "what is the name of Zelimkhan's new dog?"),
    ("prev.night_shift(-1)", "and the night before?"), ("prev.has('day','today').until('now')", "and today so far?"),
    ("prev.has('person','name','Zelimkhan')", "and Zelimkhan?"), ("prev.has('day','Monday')", "and Monday?"),
    ("prev.out('meeting').values('minutes')", "and how long was that meeting?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_gremlin_traversal_is_read_as_its_question(traversal: str, english: str) -> None:
    assert from_gremlin(traversal) == english


def test_a_felt_makers_remarks() -> None:
    assert "did I get up" in tidy("The water must be hot before light. When did my feet touch the cold floor today?")
    plan = CASE.plan("On meeting days I eat out. Where did my noon meal happen on the day of the Design review?")
    assert plan is not None and plan.attribute == "place" and plan.filters.get("meal") == "lunch" and plan.filters.get("anchor"), plan
    plan = CASE.plan("Too much coffee and my hands shake. Once a day's caffeine reaches 250 mg or more, what happens to my night?")
    assert plan is not None and plan.operation == "relation", plan
