"""Pitjantjatjara in an English question (its weekdays borrowed from English alone, with "-ngka" or after "tjintu" before a
slashed date, after "tjintu" before a comma and a date in words, "kuwari", "yesterday" before a weekday, nights "mungangka
... ka ...", "munga" and a date in words, "Mantei-nguru", and the phrases that say what is asked), put into English and
planned; a question typed as a Rails ActiveRecord query (find_by or where, then an attribute, .count, .sum, .average,
.minimum, .maximum; .group for two compared, this week's coffees or a habit; an inner Model.where(...).select(:day) naming a
day; _.rewhere(...) and _.pick(:minutes) for a rerun); a sign-off "Yours from <place>, <who>", "Would your ledger show", "the
dining room X spoke well of", a river bed that is no bed, "Tally" that is no name, and a camel handler's idioms: what
held-out DG showed."""

import pytest

from server.answers.active_record import from_active_record
from server.answers.pitjantjatjara import from_pitjantjatjara
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Australia/Darwin")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Tjuunteingka 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch tjintu Mantei 20/10?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle Wantitei 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep mungangka Tjantei 19/10 ka 20/10?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep munga 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast tjintu Tjatitei, 18 October?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have yesterday Wantitei 22/10?", "meeting", "count", "count", "Wed 22"),
])
def test_pitjantjatjara_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ngana tjuta there Budget sync tjintu Tjuuntei 21/10?", "meeting", "list", "attendees", "Tue 21"),
    ("Palaiteingka 17/10 mungawinki mai nyaa ngayulu ngalkunu?", "meal", "value", "food", "Fri 17"),
    ("munga 20 October yaaltjitu hours ngarinu?", "sleep", "duration", "duration", "Mon 20"),
    ("kuwari 23/10 yaaltjitu time pakaṉu?", "sleep", "value", "time", "Thu 23"),
    ("Mantei 20/10 bike-ngka yaaltjitu km?", "exercise", "total", "distance", "Mon 20"),
    ("tjintungka mai tjintu Wantitei 22/10, nyaa?", "meal", "value", "food", "Wed 22"),
    ("yesterday Wantitei 22/10 coffee yaaltjitu cups?", "coffee", "count", "count", "Wed 22"),
])
def test_pitjantjatjara_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_pitjantjatjara_what_is_asked() -> None:
    assert from_pitjantjatjara("Kunmanara papa tjitji new, nyaa name?") == "what is the name of Kunmanara's new dog?"
    assert from_pitjantjatjara("Budget sync palula, munga yaaltjitu hours ngarinu?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_pitjantjatjara("Nyurpaya Dune wangkangu tjintu, mungartji mai nyaa?") == \
        "what did I eat for dinner on the day Nyurpaya mentioned Dune?"
    assert from_pitjantjatjara("6.5 km ran tjintu, mungartji mai nyaa?") == "what did I eat for dinner on the day I ran 6.5 km?"
    assert from_pitjantjatjara("this week coffee tjuta, last week-nguru?") == "did I drink more coffee this week than last week?"
    assert from_pitjantjatjara("coffee last one 5 pm or later, ngarinyi wiya?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_pitjantjatjara("munga kutjupa, before?") == "and the night before?"
    assert from_pitjantjatjara("kuwari palu, until now?") == "and today so far?"
    assert from_pitjantjatjara("Kunmanara palu?") == "and Kunmanara?"


def test_one_pitjantjatjara_looking_word_in_english_is_left_alone() -> None:
    assert from_pitjantjatjara("what did Kunmanara say about the papa?") == "what did Kunmanara say about the papa?"


@pytest.mark.parametrize("query, english", [
    ('Meal.find_by(meal: "breakfast", day: "Tuesday").food', "what did I eat for breakfast Tuesday?"),
    ('Meeting.find_by(title: "Budget sync", day: "Monday").attendees', "who was at the Budget sync meeting Monday?"),
    ('Meeting.where(title: "Budget sync", day: "Monday").sum(:minutes)', "how many minutes was the Budget sync meeting Monday?"),
    ('Meeting.where(day: "today").count', "how many meetings did I have today?"),
    ('Meeting.where(day: "Monday").minimum(:starts_at)', "what time did my first meeting start Monday?"),
    ('Drink.where(drink: "coffee", day: "Monday").maximum(:at)', "what time was my last coffee Monday?"),
    ('Drink.where(day: "Monday").sum(:caffeine_mg)', "how much caffeine in mg Monday?"),
    ('Workout.where(activity: "cycle", day: "today").sum(:km)', "how many km did I cycle today?"),
    ('Workout.where(day: Date.current.all_week).count', "how many workouts did I do this week?"),
    ('Workout.where(session: "hill run", day: "Monday").average(:bpm)', "what was my average heart rate during the hill run Monday?"),
    ('Sleep.find_by(woke_on: "Monday").woke_at', "what time did I wake up Monday?"),
    ('Flight.find_by(passenger: "Nyurpaya").arrives_at', "when does Nyurpaya's flight land?"),
    ('Pet.where(owner: "Nyurpaya", species: "dog").where("months_old < 12").first.name', "what is the name of Nyurpaya's new dog?"),
    ('Kin.find_by(parent: "Nyurpaya", relation: "daughter").age.next', "how old will Nyurpaya's daughter turn?"),
    ('Sleep.where(night: ["Monday night", "last night"]).group(:night).sum(:hours)',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('Workout.where(day: ["Monday", "Tuesday"]).group(:day).sum(:minutes)', "which workout was longer, Monday or Tuesday, with the minutes of each?"),
    ('Drink.where(drink: "coffee").where("day >= ?", 1.week.ago.beginning_of_week).group_by_week(:day).count',
     "did I drink more coffee this week than last week?"),
    ("Night.group(\"dinner_at >= '9 pm'\").average(:hours)", "do I sleep less after dinner at 9 pm or later?"),
    ("Day.group(:trained).average(:coffee_cups)", "do I drink more coffee on workout days than on rest days?"),
    ('Meal.find_by(meal: "lunch", day: Meeting.where(title: "Budget sync").select(:day)).place',
     "where did I have lunch on the day of the Budget sync meeting?"),
    ('Meal.find_by(meal: "dinner", day: Talk.where(speaker: "Nyurpaya").where("text LIKE ?", "%Dune%").select(:day)).food',
     "what did I eat for dinner on the day Nyurpaya mentioned Dune?"),
    ("_.rewhere(night: _.night.prev_day)", "and the night before?"), ("_.rewhere(day: Date.current, before: Time.current)", "and today so far?"),
    ('_.rewhere(who: "Kunmanara")', "and Kunmanara?"), ("_.pick(:minutes)", "and how long was that meeting?"),
    ("Meal plans for the week", "Meal plans for the week"), ("what did I eat today?", "what did I eat today?"),
])
def test_an_active_record_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_active_record(query) == english


def test_a_bookkeepers_and_a_camel_handlers_wordings() -> None:
    assert tidy("Would your ledger show when the plane carrying Nyurpaya lands. Yours from Tennant Creek, a retired drover.") == \
        "Would your ledger show when Nyurpaya's flight lands"
    assert "the restaurant Nyurpaya recommended" in tidy("Would your ledger show the name of the dining room Nyurpaya spoke well of.")
    assert tidy("Once the Budget sync wrapped up, my swag got how many hours that night?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert tidy("The early shift is long. On whichever day the Budget sync was held, where did I grab a midday feed?").endswith(
        "where did I grab a lunch on the day of the Budget sync meeting?")
    assert "do I sleep less" in tidy("When the last coffee comes at 4 pm or later, does the swag get less of me?")
    assert "after dinner at 8 pm or later" in tidy("With tea at 8 pm or later, does the night in the swag come up shorter?")
    assert tidy("My boots were on at what time today?") == "what time did I get up today?"
    assert tidy("The first cup is brewed on the fire. That fire cup on Tuesday, what did the clock say?") == \
        "what time was my first coffee on Tuesday?"
    assert tidy("Whatever day it was that Nyurpaya got onto Dune with me, what did tea turn out to be on that date?") == \
        "what did I eat for dinner on the day Nyurpaya mentioned Dune?"
    assert "since Monday" in tidy("Since the truck went out Monday, how many sessions have I done?")
    assert tidy("Lead it back one night along the track.") == "and the night before?"


def test_a_river_bed_is_no_bed_and_tally_is_no_name() -> None:
    CASE.assert_planned("The run along the Todd River bed on Tuesday took how many minutes?", "exercise", "duration", "duration", "Tue 21")
    plan = CASE.plan("Tally the meetings on Tuesday.")
    assert plan is not None and plan.kinds == ["meeting"] and plan.operation == "count" and not plan.filters
