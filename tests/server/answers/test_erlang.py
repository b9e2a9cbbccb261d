"""A question typed as one Erlang expression at the erl shell (``hd([E#meal.food || E <- Meals, ...]).`` for a value,
``lists:last`` for the latest news, ``length``/``lists:sum`` for a count or a total, ``hd``/``lists:last`` of ``lists:sort`` for the
first and the last time, ``>= monday()`` for this week, ``day_of``/``said_on``/``finish`` for a day or a meeting named by
another record, ``H = fun(X) -> ... end, H(A) > H(B)`` for two values compared, ``lists:partition`` and two means for a habit,
``rerun(...)`` for a follow-up), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.erlang import from_erlang

_DAY = "Tuesday 14/04/2037"
_NIGHT = "the night of 13/04/2037"


@pytest.mark.parametrize("line, english", [
    ('hd([E#tip.title || E <- Tips, E#tip.giver =:= "Marta", E#tip.type =:= book]).', "which book did Marta recommend?"),
    ('lists:last([E#news.venue || E <- News, E#news.teller =:= "Kofi"]).', "where is the offsite now, according to Kofi?"),
    ('lists:last([E#launch.date || E <- Launches, E#launch.project =:= "Beacon", E#launch.teller =:= "Kofi"]).',
     "what is the new date of the Beacon launch according to Kofi?"),
    ('hd([E#kid.age + 1 || E <- Kids, E#kid.parent =:= "Marta", E#kid.relation =:= daughter]).', "how old will Marta's daughter turn?"),
    (f'hd([E#meal.food || E <- Meals, E#meal.kind =:= lunch, E#meal.day =:= "{_DAY}"]).', f"what did I eat for lunch {_DAY}?"),
    (f'[E#workout.type || E <- Workouts, E#workout.day =:= "{_DAY}"].', f"what kind of workout did I do {_DAY}?"),
    ('hd([E#meeting.minutes || E <- Meetings, E#meeting.title =:= "Budget sync", E#meeting.day =:= "today"]).',
     "how many minutes was the Budget sync meeting today?"),
    ('lists:sum([E#workout.km || E <- Workouts, E#workout.type =:= cycle, E#workout.day =:= "yesterday"]).',
     "how many km did I cycle yesterday?"),
    ('1000 * lists:sum([E#workout.km || E <- Workouts, E#workout.type =:= swim, E#workout.day =:= "today"]).', "how far did I swim today?"),
    (f'length([E || E <- Coffees, E#coffee.day =:= "{_DAY}"]).', f"how many coffees did I drink {_DAY}?"),
    ('lists:sum([E#workout.km || E <- Workouts, E#workout.type =:= "run", E#workout.day >= monday()]).',
     "how many km of run in total this week?"),
    ("length([E || E <- Workouts, E#workout.day >= monday()]).", "how many workouts did I do this week?"),
    ('hd(lists:sort([E#coffee.time || E <- Coffees, E#coffee.day =:= "today"])).', "what time was my first coffee today?"),
    ('hd(lists:sort([E#meeting.start || E <- Meetings, E#meeting.day =:= "today"])).', "what time did my first meeting start today?"),
    ('hd([E#day.dinner || E <- Days, E#day.km_done =:= 21.4, E#day.did =:= "cycled"]).',
     "what did I eat for dinner on the day I cycled 21.4 km?"),
    ('hd([E#meeting.people || E <- Meetings, E#meeting.start > finish("today", "run by the lake")]).',
     "who was at the meeting right after the run by the lake today?"),
    ('hd([E#meal.where || E <- Meals, E#meal.kind =:= lunch, E#meal.day =:= day_of("Budget sync")]).',
     "where did I have lunch on the day of the Budget sync meeting?"),
    ('hd([E#meal.food || E <- Meals, E#meal.kind =:= dinner, E#meal.day =:= said_on("Olu", "Dune")]).',
     "what did I eat for dinner on the day Olu mentioned Dune?"),
    (f'H = fun(X) -> hd([E#sleep.hours || E <- Sleeps, E#sleep.night =:= X]) end, H("last night") > H("{_NIGHT}").',
     f"which night did I sleep longer, last night or {_NIGHT}, with the hours of each?"),
    ('M = fun(D) -> lists:sum([E#workout.minutes || E <- Workouts, E#workout.day =:= D]) end, M("yesterday") < M("today").',
     "which workout was longer, yesterday or today, with the minutes of each?"),
    ("length(this_week(Coffees)) > length(last_week(Coffees)).", "did I drink more coffee this week than last week?"),
    ('P = lists:partition(fun(X) -> X#night.last_coffee >= "4 pm" end, Nights), mean(element(1, P)) < mean(element(2, P)).',
     "do I sleep less after coffee at 4 pm or later?"),
    ("mean(trained(Nights)) > mean(untrained(Nights)).", "do I sleep longer after workout days than after rest days?"),
    ("mean(above(250, Nights)) < mean(below(250, Nights)).",
     "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"),
    ("mean(cups(trained_days(Days))) > mean(cups(rest_days(Days))).", "do I drink more coffee on workout days than on rest days?"),
])
def test_reads_an_expression_as_its_question(line: str, english: str) -> None:
    assert from_erlang(line) == english
    assert from_code(line) == english


@pytest.mark.parametrize("line, english", [
    ("rerun(day_back).", "and the day before?"),
    ("rerun(night_back).", "and the night before?"),
    (f'rerun(date, "{_DAY}").', f"and {_DAY}?"),
    ('rerun(person, "Olu").', "and Olu?"),
    ("rerun(date, today).", "and today so far?"),
    ("(last_meeting())#meeting.minutes.", "and how long was that meeting?"),
])
def test_reads_a_follow_up_as_a_rerun(line: str, english: str) -> None:
    assert from_erlang(line) == english


@pytest.mark.parametrize("line", [
    'hd([E#meal.food || E <- Meals, E#meal.day =/= "today", E#meal.kind =:= lunch]).',  # every day but one
    'lists:max([E#workout.km || E <- Workouts, E#workout.day =:= "today"]).',  # the longest, not the total
    'hd([E#kid.age || E <- Kids, E#kid.parent =:= "Marta"]).',  # an age now, not at the next birthday
    'P = lists:partition(fun(X) -> X#night.bed_time >= "11 pm" end, Nights), mean(element(1, P)) < mean(element(2, P)).',
    "rerun(day_back, 2).",
    'hd([E#meal.food || E <- Meals, E#meal.kind =:= lunch, E#meal.day =:= "today"])',  # no full stop
    "I had lunch (late) today.",
])
def test_leaves_what_it_does_not_read(line: str) -> None:
    assert from_erlang(line) == line
