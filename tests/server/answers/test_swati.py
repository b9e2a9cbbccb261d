"""siSwati in an English question (its weekdays, "lamuhla", "itolo", nights with "ebusuku", and the phrases that say what
is asked), put into English and planned; a question typed as a jq filter; a retired district commissioner's formulas
("Render me an account of", "Certify to me", "Declare to me", "Set out for me", "Your reply shall be duly minuted", "Apply
that question afresh to"); a glassblower's remarks around the question: what held-out CM showed."""

import pytest

from server.answers.jq_filters import from_jq
from server.answers.requests import without_request
from server.answers.swati import from_swati
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Mbabane")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Lesibili (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 October (Msombuluko)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep ebusuku ngaMsombuluko (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle itolo (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep ebusuku bamhla 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Lesitsatfu 22 October?", "meal", "value", "food", "Wed 22"),
])
def test_swati_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("bobani labebakhona ku-Budget sync Lesibili (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("Lesitsatfu (22/10) ngidleni ekuseni?", "meal", "value", "food", "Wed 22"),
    ("ebusuku bamhla 20 October ngilele emahora lamangakhi?", "sleep", "duration", "duration", "Mon 20"),
    ("lamuhla ngivuke ngasikhatsi sini?", "sleep", "value", "time", "Thu 23"),
    ("Msombuluko 20 October ngigibele i-bike ema-km lamangakhi?", "exercise", "total", "distance", "Mon 20"),
    ("itolo bengisemihlanganweni lemingakhi?", "meeting", "count", "count", "Wed 22"),
    ("Lesibili (21/10) nginatse tinkomishi letingakhi te-khofi?", "coffee", "count", "count", "Tue 21"),
    ("umhlangano we-Design review Msombuluko (20/10) utsetse imizuzu lemingakhi?", "meeting", "duration", "duration", "Mon 20"),
])
def test_swati_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_swati_what_is_asked() -> None:
    assert from_swati("busuku bangembili kwalobo?") == "and the night before?"
    assert from_swati("kutsiwani nga-Lesibili 21 October?") == "and on Tuesday 21 October?"
    assert from_swati("kutsiwani ngalamuhla kuze kube manje?") == "and today so far?"
    assert from_swati("inja lencane ya Sipho, ngubani libito layo?") == "what is the name of Sipho's new dog?"
    assert from_swati("ebusuku emva kwe-Budget sync, ngilele emahora lamangakhi?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_swati("lilanga lengi-swam 2 km, ngidleni emini?") == "what did I eat for lunch on the day I swam 2 km?"
    assert from_swati("nangabe nginatsa likhofi nga-4 pm noma emva kwaloko, ngilala kancane yini?") == \
        "do I sleep less after coffee at 4 pm or later?"


def test_swati_words_leave_other_questions_alone() -> None:
    assert from_swati("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_swati("Nimeamka saa ngapi leo?") == "Nimeamka saa ngapi leo?"


@pytest.mark.parametrize("flt, english", [
    ('.days[] | select(.date == "Tuesday") | .evening_meal.dishes', "what did I eat for dinner Tuesday?"),
    ('.days[] | select(.date == "yesterday") | .morning_meal.venue', "where did I have breakfast yesterday?"),
    ('.meetings[] | select(.title == "Budget sync" and .date == "Monday") | .present[]', "who was at the Budget sync meeting Monday?"),
    ('.meetings[] | select(.title == "Budget sync" and .date == "Monday") | .mins', "how many minutes was the Budget sync meeting Monday?"),
    ('.nights[] | select(.date == "last night") | .asleep_hours', "how many hours did I sleep last night?"),
    ('.days[] | select(.date == "today") | .cycling_km', "how many km did I cycle today?"),
    ("[.this_week.swimming[].km] | add", "how many km of swimming in total this week?"),
    ('[.days[] | select(.date == "Monday") | .meetings[]] | length', "how many meetings did I have Monday?"),
    ('.days[] | select(.date == "Monday") | .coffees[-1].at', "what time was my last coffee Monday?"),
    ('.days[] | select(.said["Sipho"] == "Radiolab") | .noon_meal.food', "what did I eat for lunch on the day Sipho mentioned Radiolab?"),
    ('.days[] | select(.cycled_km == "20") | .noon_meal.venue', "where did I have lunch on the day I cycled 20 km?"),
    ('.nights[] | select(.after_meeting == "Design review") | .asleep_hours', "how many hours did I sleep the night after the Design review meeting?"),
    ('.nights[] | select(.date == "Monday night" or .date == "last night") | .asleep_hours',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('.nights[] | select(.coffee_last_at >= "5 pm") | .asleep_hours', "do I sleep less after coffee at 5 pm or later?"),
    ('.people[] | select(.name == "Sipho") | .film_tip', "which film did Sipho recommend?"),
    ('$answer | .date = "Tuesday"', "and Tuesday?"), ("$answer | .previous_night", "and the night before?"),
    ("what did I eat today?", "what did I eat today?"), (". is the end", ". is the end"),
])
def test_a_jq_filter_is_read_as_its_question(flt: str, english: str) -> None:
    assert from_jq(flt) == english


def test_jq_filters_are_planned() -> None:
    CASE.assert_planned('.days[] | select(.date == "Lesibili (21/10)") | .running_km', "exercise", "total", "distance", "Tue 21")
    CASE.assert_planned('.days[] | select(.date == "22/10") | .woke_at', "sleep", "value", "time", "Wed 22")
    CASE.assert_planned('[.days[] | select(.date == "today") | .coffees[]] | length', "coffee", "count", "count", "Thu 23")


def test_a_retired_district_commissioners_formulas() -> None:
    assert without_request("Render me an account of where I had lunch.") == "where I had lunch."
    assert without_request("Certify to me how far I swam.") == "how far I swam."
    assert without_request("Set out for me the number of meetings I sat in.") == "the number of meetings I sat in."
    assert tidy("How many coffees did I drink on Monday? Your reply shall be duly minuted.") == "How many coffees did I drink on Monday?"
    assert tidy("Apply that question afresh to Tuesday. Your reply shall be duly minuted.") == "and Tuesday?"
    assert tidy("Apply that question afresh to the length of that meeting.") == "and how long was that meeting?"


def test_a_glassblowers_remarks() -> None:
    assert tidy("The furnace roars. What was that eatery Sipho could not stop praising?") == \
        "The furnace roars. which restaurant did Sipho recommend?"
    assert tidy("Whatever was lunch on Monday?") == "What was lunch on Monday?"
    assert tidy("At midday the kilns cool and so do we. What filled me at that break on Monday?") == \
        "At midday the kilns cool and so do we. what did I eat for lunch on Monday?"
    assert tidy("Buyers chat at the bench. One day Sipho went on about Radiolab. What did I have for lunch on that same day?") == \
        "Buyers chat at the bench. What did I have for lunch on the day Sipho mentioned Radiolab?"
    plan = CASE.plan("The kiln knows. Between the workout on Monday and the one on Tuesday, which one dragged out further?")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["exercise"], plan
    plan = CASE.plan("The urn empties fast. Is this week's coffee outrunning last week's for me?")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["coffee"], plan
    assert tidy("Wind it back one more night, like reheating the glass.") == "and the night before?"
    assert tidy("Now ask it of Sipho instead.") == "and Sipho?"
