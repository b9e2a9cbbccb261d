"""Bemba (Icibemba) in an English question (its weekdays, "lelo", "mailo", nights "ubushiku bwa X", "uyu mulungu", and the
phrases that say what is asked), put into English and planned; a question typed as a pandas expression; a retired
postmistress's formulas, who writes of herself as "this correspondent" in the third person ("Inform this correspondent of
her dinner upon the day she ran ...", "Yours in anticipation", "Kindly repeat the enquiry for"); a malachite polisher's
remarks around the question, one of them opening with "After exercise": what held-out CT showed."""

import pytest

from server.answers.bemba import from_bemba
from server.answers.pandas_queries import from_pandas
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Lubumbashi")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Palichibili (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Palichimo 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep ubushiku bwa Palichimo (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle mailo (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep ubushiku bwa 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch Palichitatu, 22 October?", "meal", "value", "food", "Wed 22"),
])
def test_bemba_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ukulongana kwa Design review Palichibili (21/10) kwali nani?", "meeting", "list", "attendees", "Tue 21"),
    ("Palichitatu (22/10) ulucelo nalile cinshi?", "meal", "value", "food", "Wed 22"),
    ("ubushiku bwa 20 October nalele ama hour ayenga?", "sleep", "duration", "duration", "Mon 20"),
    ("lelo (23/10) nabukile pa nshita nshi?", "sleep", "value", "time", "Thu 23"),
    ("Palichimo (20/10) nenshile bicycle ama kilometre ayenga?", "exercise", "total", "distance", "Mon 20"),
    ("mailo (22/10) nali na ukulongana kunga?", "meeting", "count", "count", "Wed 22"),
    ("Palichibili 21 October lunch nalile kwi?", "meal", "value", "place", "Tue 21"),
])
def test_bemba_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_bemba_what_is_asked() -> None:
    assert from_bemba("Mwila kuli shani?") == "and Mwila?"
    assert from_bemba("akabwa ka Mwila bakainike shani?") == "what is the name of Mwila's new dog?"
    assert from_bemba("ubushiku panuma ya Design review, nalele ama hour ayenga?") == \
        "how many hours did I sleep the night after the Design review meeting?"
    assert from_bemba("nga nanwa kofi pa 5 pm nangu panuma, ndala panono?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_bemba("uyu mulungu nanwene kofi uwingi ukucila umulungu wafumineko?") == \
        "did I drink more coffee this week than last week?"
    assert from_bemba("ubushiku bwa ntanshi yakwe?") == "and the night before?"


def test_bemba_words_leave_other_questions_alone() -> None:
    assert from_bemba("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_bemba("Is Lelo the name of the new café?") == "Is Lelo the name of the new café?"


@pytest.mark.parametrize("expression, english", [
    ("meals.query(\"kind=='supper' & day=='Tuesday'\").food", "what did I eat for dinner Tuesday?"),
    ("meals.query(\"kind=='lunch' & day=='Palichimo (20/10)'\").place", "where did I have lunch Palichimo (20/10)?"),
    ("meetings.query(\"title=='Design review' & day=='Monday'\").attendees", "who was at the Design review meeting Monday?"),
    ("meetings.query(\"day=='today'\").shape[0]", "how many meetings did I have today?"),
    ("coffees.query(\"day=='Monday'\").time.max()", "what time was my last coffee Monday?"),
    ("workouts.query(\"activity=='run' & day=='today'\").km.sum()", "how many km did I run today?"),
    ("workouts.query(\"activity=='cycling' & week=='current'\").km.sum()", "how many km of cycling in total this week?"),
    ("nights.query(\"night in ['Monday night', 'last night']\").set_index(\"night\").hours",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("coffees.groupby(\"week\").size()[[\"current\", \"previous\"]]", "did I drink more coffee this week than last week?"),
    ("meals[meals.day.isin(said.query(\"speaker=='Mwila' & topic=='Radiolab'\").day)].query(\"kind=='lunch'\").food",
     "what did I eat for lunch on the day Mwila mentioned Radiolab?"),
    ("nights[nights.night.isin(meetings.query(\"title=='Design review'\").day)].hours",
     "how many hours did I sleep the night after the Design review meeting?"),
    ("meetings[meetings.start > workouts.query(\"label=='evening ride' & day=='Monday'\").end.max()].iloc[0].attendees",
     "who was at the meeting right after the evening ride Monday?"),
    ("nights.assign(late=nights.last_coffee >= \"4 pm\").groupby(\"late\").hours.mean()", "do I sleep less after coffee at 4 pm or later?"),
    ("days.groupby(\"had_workout\").cups.mean()", "do I drink more coffee on workout days than on rest days?"),
    ("_.prev_night()", "and the night before?"), ("_.shift(day=\"today\", until=\"now\")", "and today so far?"),
    ("_.meeting.minutes", "and how long was that meeting?"), ("_.shift(sender=\"Mwila\")", "and Mwila?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_pandas_expression_is_read_as_its_question(expression: str, english: str) -> None:
    assert from_pandas(expression) == english


def test_a_postmistresss_formulas_and_a_malachite_polishers_remarks() -> None:
    assert tidy("Inform this correspondent of her dinner upon the day on which she swam 1.2 km.") == \
        "tell me my dinner upon the day on which I swam 1.2 km."
    assert tidy("This correspondent begs the age that the daughter of Mwila attains at her next birthday. Yours in anticipation.") == \
        "tell me the age that the daughter of Mwila attains at her next birthday"
    assert tidy("Kindly repeat the enquiry for the night preceding.") == "and the night before?"
    assert tidy("Kindly repeat the enquiry in respect of Mwila. Yours in anticipation.") == "and Mwila?"
    CASE.assert_planned("After a workout I go back to the kiln and then to whoever calls. Who sat in the meeting that followed "
                        "the evening ride on Monday?", "meeting", "list", "attendees", "Mon 20")
    CASE.assert_planned("The kiln fires before dawn. What did the noon pot give me on Tuesday?", "meal", "value", "food", "Tue 21")


def test_a_workout_named_by_three_places_is_the_anchor_whole() -> None:
    plan = CASE.plan("Who sat in the meeting straight after the swim in the lake at the boat club by the dam on Monday?")
    assert plan is not None and plan.filters.get("after") == "swim" and "dam" not in (plan.topic or ""), plan
