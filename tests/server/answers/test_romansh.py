"""Romansh in an English question (its weekdays with "ils" before dotted dates, after "il di", before dates in words or in
brackets after slashed ones, "oz", "ier", nights "la notg da ...", "quest'emna", and the phrases that say what is asked), put
into English and planned; a question typed as a Splunk search (table, stats count/sum/avg/earliest/latest, OR ... by day, a
subsearch naming a day, eval if(...) for a habit, savedsearch for a rerun); a formal asker's "I would be gratified to learn";
a snowplough driver's "the alarm drag me out", "X went on about Y once ... that day", "Back one day on the road"; and a
place's name that holds a word of tendency ("the Ruinaulta gorge"): what held-out DC showed."""

import pytest

from server.answers.asked import asks_habit
from server.answers.romansh import from_romansh
from server.answers.splunk import from_splunk
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Zurich")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Mardi ils 21.10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner il di Glindesdi 20.10?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep la notg da Glindesdi 20.10-21.10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle ier ils 22.10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep la notg dals 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch 22/10 (Mesemna)?", "meal", "value", "food", "Wed 22"),
])
def test_romansh_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Mardi ils 21.10 tgi era a la sesida Design review?", "meeting", "list", "attendees", "Tue 21"),
    ("il di Mesemna 22.10 tge hai jau mangia a l'ensolver?", "meal", "value", "food", "Wed 22"),
    ("la notg dals 20 October quantas uras hai jau durmi?", "sleep", "duration", "duration", "Mon 20"),
    ("oz ils 23.10 cura sun jau sa dasda?", "sleep", "value", "time", "Thu 23"),
    ("Glindesdi ils 20.10 quants km cun il velo?", "exercise", "total", "distance", "Mon 20"),
    ("ier ils 22.10 quantas sesidas hai jau gia?", "meeting", "count", "count", "Wed 22"),
    ("Mardi 21 October nua hai jau fatg tschaina?", "meal", "value", "place", "Tue 21"),
])
def test_romansh_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_romansh_what_is_asked() -> None:
    assert from_romansh("Curdin ha in chaunet nov, tge num ha el?") == "what is the name of Curdin's new dog?"
    assert from_romansh("suenter la Budget sync, quantas uras hai jau durmi quella notg?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_romansh("sch'jau bav cafe suenter 4 pm, dorm jau damain?") == "do I sleep less after coffee at 4 pm or later?"
    assert from_romansh("quest'emna dapli cafe che l'emna passada?") == "did I drink more coffee this week than last week?"
    assert from_romansh("e la notg avant?") == "and the night before?"
    assert from_romansh("e Seraina lura?") == "and Seraina?"


def test_romansh_words_leave_other_questions_alone() -> None:
    assert from_romansh("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_romansh("where is the cafe Jau likes?") == "where is the cafe Jau likes?"


@pytest.mark.parametrize("search, english", [
    ('search sourcetype=meals meal=dinner day="Tuesday" | table food', "what did I eat for dinner Tuesday?"),
    ('search sourcetype=meals meal=lunch day="Monday" | table place', "where did I have lunch Monday?"),
    ('search sourcetype=meetings title="Design review" day="Monday" | table attendees', "who was at the Design review meeting Monday?"),
    ('search sourcetype=meetings day="today" | stats count', "how many meetings did I have today?"),
    ('search sourcetype=meetings day="Monday" | stats earliest(start)', "what time did my first meeting start Monday?"),
    ('search sourcetype=drinks drink=coffee day="Monday" | stats latest(time)', "what time was my last coffee Monday?"),
    ('search sourcetype=drinks day="Monday" | stats sum(caffeine_mg)', "how much caffeine in mg Monday?"),
    ('search sourcetype=workouts activity=cycle day="today" | stats sum(km)', "how many km did I cycle today?"),
    ('search sourcetype=workouts activity="swimming" earliest=@w1 | stats sum(km)', "how many km of swimming in total this week?"),
    ('search sourcetype=workouts earliest=@w1 | stats count', "how many workouts did I do this week?"),
    ('search sourcetype=sleep woke_on="Monday" | table wake_time', "what time did I wake up Monday?"),
    ('search sourcetype=workouts session="hill run" day="Monday" | stats avg(bpm)',
     "what was my average heart rate during the hill run Monday?"),
    ('search sourcetype=sleep night="Monday night" OR night="last night" | stats sum(hours) by night',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('search sourcetype=drinks drink=coffee earliest=-1w@w1 | stats count by week', "did I drink more coffee this week than last week?"),
    ('search sourcetype=meals meal=lunch [search sourcetype=meetings title="Design review" | fields day] | table place',
     "where did I have lunch on the day of the Design review meeting?"),
    ('search sourcetype=sleep [search sourcetype=meetings title="Design review" | fields night] | stats sum(hours)',
     "how many hours did I sleep the night after the Design review meeting?"),
    ('search sourcetype=meals meal=dinner [search sourcetype=talk speaker="Curdin" "Dune" | fields day] | table food',
     "what did I eat for dinner on the day Curdin mentioned Dune?"),
    ('search sourcetype=meals meal=breakfast [search sourcetype=workouts verb="swam" km=1.5 | fields day] | table food',
     "what did I eat for breakfast on the day I swam 1.5 km?"),
    ('search sourcetype=nights | eval late=if(last_coffee>="4 pm",1,0) | stats avg(hours) by late',
     "do I sleep less after coffee at 4 pm or later?"),
    ('search sourcetype=days | stats avg(cups) by trained', "do I drink more coffee on workout days than on rest days?"),
    ('search sourcetype=recs from="Seraina" medium=podcast | table title', "which podcast did Seraina recommend?"),
    ('search sourcetype=family parent="Curdin" relation=daughter | eval next_age=age+1 | table next_age',
     "how old will Curdin's daughter turn?"),
    ("| savedsearch last shift_night=-1", "and the night before?"), ("| savedsearch last day=today latest=now", "and today so far?"),
    ('| savedsearch last who="Seraina"', "and Seraina?"), ("search sourcetype=meetings id=$prev.id$ | stats sum(minutes)",
                                                         "and how long was that meeting?"),
    ("search the web for pizza", "search the web for pizza"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_splunk_search_is_read_as_its_question(search: str, english: str) -> None:
    assert from_splunk(search) == english


def test_a_formal_askers_and_a_drivers_wordings() -> None:
    CASE.assert_planned("I would be gratified to learn how many cups of coffee I drank Mardi ils 21.10. With the compliments of the season.",
                        "coffee", "count", "count", "Tue 21")
    assert tidy("At what hour did the alarm drag me out on Tuesday?").startswith("what time did I wake up")
    assert tidy("Curdin went on about Dune once. What did I have to eat in the evening of that day?") == \
        "what did I eat for dinner on the day Curdin mentioned Dune?"
    assert tidy("Back one night on the road, please.") == "and the night before?"


def test_a_places_name_is_no_tendency() -> None:
    assert not asks_habit("what was my average heart rate during the run up through the Ruinaulta gorge today?")
    assert asks_habit("do I sleep LESS after coffee?")
