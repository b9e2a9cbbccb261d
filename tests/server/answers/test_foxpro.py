"""A question typed as a FoxPro (Xbase) command over the log's tables (``LIST``/``DISPLAY`` for a value, ``COUNT``, ``SUM``,
``CALCULATE MIN/MAX/AVG``, ``>= DATE() - DOW(DATE(), 2) + 1`` for this week, ``SEEK(...)`` for a day named by what happened on
it, ``start > workouts.end ... NEXT 1`` for the meeting after a workout, two ``IIF`` aggregates for two compared or a habit,
``DO lastq WITH ...`` for a rerun), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.foxpro import from_foxpro

_WEEK = "DATE() - DOW(DATE(), 2) + 1"


@pytest.mark.parametrize("statement, english", [
    ('LIST meals.food FOR meals.day = "Tuesday 14/04/2037" .AND. meals.meal = "breakfast" OFF',
     "what did I eat for breakfast Tuesday 14/04/2037?"),
    ('DISPLAY meals.place FOR meals.meal = "dinner" .AND. meals.day = "7 April 2037"', "where did I have dinner 7 April 2037?"),
    ('LIST tips.title FOR tips.kind = "podcast" .AND. tips.giver = "Petra" OFF', "which podcast did Petra recommend?"),
    ('LIST tips.name FOR tips.giver = "Petra" .AND. tips.kind = "restaurant" OFF', "which restaurant did Petra recommend?"),
    ('LIST news.new_place FOR news.giver = "Petra" .AND. news.topic = "offsite" OFF', "where is the offsite now, according to Petra?"),
    ('DISPLAY flights.arrives FOR flights.traveller = "Petra"', "when does Petra's flight land?"),
    ('LIST pets.name FOR pets.owner = "Petra" .AND. pets.kind = "dog" OFF', "what is the name of Petra's new dog?"),
    ('DISPLAY launches.new_date FOR launches.giver = "Petra" .AND. launches.project = "Osprey"',
     "what is the new date of the Osprey launch according to Petra?"),
    ('DISPLAY family.turns FOR family.parent = "Petra" .AND. family.child = "daughter"', "how old will Petra's daughter turn?"),
    ('CALCULATE AVG(workouts.avg_hr) FOR workouts.day = "Tuesday 14/04/2037" .AND. workouts.name = "tempo run"',
     "what was my average heart rate during the tempo run Tuesday 14/04/2037?"),
    ('DISPLAY sleep.woke FOR sleep.morning = "yesterday"', "what time did I wake up yesterday?"),
    ('SUM workouts.metres FOR workouts.day = "Monday 13/04/2037" .AND. workouts.activity = "swim"', "how far did I swim Monday 13/04/2037?"),
    ('LIST attend.person FOR attend.meeting = "Budget sync" .AND. attend.day = "Tuesday 14/04/2037" OFF',
     "who was at the Budget sync meeting Tuesday 14/04/2037?"),
    ('COUNT FOR meetings.day = "today"', "how many meetings did I have today?"),
    (f"COUNT FOR workouts.day >= {_WEEK}", "how many workouts did I do this week?"),
    ('CALCULATE MAX(coffee.time) FOR coffee.day = "Monday 13/04/2037"', "what time was my last coffee Monday 13/04/2037?"),
    ('LIST meals.food FOR meals.meal = "dinner" .AND. SEEK(meals.day, "workouts") .AND. workouts.km = 12.5 OFF',
     "what did I eat for dinner on the day I did 12.5 km?"),
    ('LIST attend.person FOR attend.day = "today" .AND. attend.start > workouts.end .AND. workouts.name = "tempo run" NEXT 1 OFF',
     "who was at the meeting right after the tempo run today?"),
    ('DISPLAY sleep.hours FOR SEEK(sleep.night, "meetings") .AND. meetings.title = "Budget sync"',
     "how many hours did I sleep the night after the Budget sync meeting?"),
    ('LIST meals.food FOR meals.meal = "dinner" .AND. SEEK(meals.day, "tips") .AND. tips.giver = "Petra" .AND. tips.title = "Dune" OFF',
     "what did I eat for dinner on the day Petra mentioned Dune?"),
    ('CALCULATE SUM(IIF(coffee.day = "Monday 13/04/2037", coffee.mg, 0)), SUM(IIF(coffee.day = "7 April 2037, Tuesday", coffee.mg, 0))',
     "which day had more caffeine, Monday 13/04/2037 or 7 April 2037, Tuesday, with the mg of each?"),
    (f"CALCULATE CNT(IIF(coffee.day >= {_WEEK}, 1, .NULL.)), CNT(IIF(coffee.day < {_WEEK}, 1, .NULL.))",
     "did I drink more coffee this week than last week?"),
    ('CALCULATE AVG(IIF(sleep.last_cup >= "4 pm", sleep.hours, .NULL.)), AVG(IIF(sleep.last_cup < "4 pm", sleep.hours, .NULL.))',
     "do I sleep less after coffee at 4 pm or later?"),
    ("CALCULATE AVG(IIF(sleep.workout, sleep.hours, .NULL.)), AVG(IIF(.NOT. sleep.workout, sleep.hours, .NULL.))",
     "do I sleep longer after workout days than after rest days?"),
    ("DO lastq WITH nightback(m.night)", "and the night before?"),
    ("DO lastq WITH DATE()", "and today so far?"),
    ('DO lastq WITH "Petra"', "and Petra?"),
    ("DISPLAY meetings.minutes FOR meetings.title = m.title", "and how long was that meeting?"),
    ("LIST STRUCTURE", "LIST STRUCTURE"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_foxpro_command_is_read_as_its_question(statement: str, english: str) -> None:
    assert from_foxpro(statement) == english


def test_the_code_readers_read_a_foxpro_command() -> None:
    assert from_code('CALCULATE SUM(IIF(sleep.night = "Monday night", sleep.hours, 0)), SUM(IIF(sleep.night = "last night", '
                     'sleep.hours, 0))') == "which night did I sleep longer, Monday night or last night, with the hours of each?"
