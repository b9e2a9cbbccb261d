"""A question typed as one JMESPath expression (a filter projection ``meals[?kind=='lunch' && date=='X'].place | [0]`` for a
value, ``length``/``sum`` over one for a count or a total, ``min_by``/``max_by``/``sort_by(...)[-1]`` for the first, the last
or the latest, ``in_this_week(date)`` for this week, ``date==($.meetings[?...].date | [0])`` for a day named by another
record, ``sort_by(meetings[?start > ($.workouts[...].end | [0])], &start)[0]`` for the meeting after a workout, two nights
or two sums compared, ``length(...) < length(...)`` for this week's coffees against last week's, ``avg(...) < avg(...)`` for
a habit, ``again_with(...)`` for a follow-up), read as the English question it stands for; any other text is left as it
is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.jmespath_queries import from_jmespath

_DAY = "Tuesday 14/04/2037"
_NIGHT = "Monday night 13/04/2037"


@pytest.mark.parametrize("line, english", [
    ("tips[?from=='Marisol' && kind=='book'].title | [0]", "which book did Marisol recommend?"),
    ("recs[?kind=='restaurant' && by=='Tobias'].place | [0]", "which restaurant did Tobias recommend?"),
    ("sort_by(news[?topic=='offsite' && source=='Aiko'], &ts)[-1].place", "where is the offsite now, according to Aiko?"),
    ("sort_by(news[?project=='Helios' && told_by=='Aiko'], &posted)[-1].launchDate",
     "what is the new date of the Helios launch according to Aiko?"),
    ("flights[?passenger=='Tobias'].arrives | [0]", "when does Tobias's flight land?"),
    ("pets[?keeper=='Marisol' && species=='dog'].petName | [0]", "what is the name of Marisol's new dog?"),
    ("kids[?parent=='Tobias' && relation=='daughter'].ageNext | [0]", "how old will Tobias's daughter turn?"),
    ("kids[?gender=='female' && parent=='Tobias'].turning | [0]", "how old will Tobias's daughter turn?"),
    (f"meals[?kind=='lunch' && date=='{_DAY}'].place | [0]", f"where did I have lunch {_DAY}?"),
    ("meals[?meal=='dinner' && day=='yesterday'].food | [0]", "what did I eat for dinner yesterday?"),
    (f"workouts[?date=='{_DAY}'].activity", f"what kind of workout did I do {_DAY}?"),
    (f"workouts[?session=='swim at the lido' && date=='{_DAY}'].avgHr | [0]",
     f"what was my average heart rate during the swim at the lido {_DAY}?"),
    (f"workouts[?session=='ride to the lighthouse' && date=='{_DAY}'].minutes | [0]",
     f"how many minutes did the ride to the lighthouse {_DAY} last?"),
    (f"sleep[?night=='{_NIGHT}'].hours | [0]", f"how many hours did I sleep {_NIGHT}?"),
    (f"sleep[?night=='{_NIGHT}'].quality | [0]", f"how well did I sleep {_NIGHT}, good or poor?"),
    (f"sleep[?night=='{_NIGHT}'].bedTime | [0]", f"what time did I go to bed {_NIGHT}?"),
    (f"nights[?woke_on=='{_DAY}'].wake_time | [0]", f"what time did I wake up {_DAY}?"),
    (f"meetings[?subject=='Roadmap' && date=='{_DAY}'].minutes | [0]", f"how many minutes was the Roadmap meeting {_DAY}?"),
    (f"meetings[?date=='{_DAY}' && subject=='Roadmap'].attendees[]", f"who was at the Roadmap meeting {_DAY}?"),
    (f"sum(workouts[?activity=='cycle' && date=='{_DAY}'].km)", f"how many km did I cycle {_DAY}?"),
    (f"sum(workouts[?date=='{_DAY}' && activity=='swim'].meters)", f"how far did I swim {_DAY}?"),
    (f"length(coffees[?date=='{_DAY}'])", f"how many coffees did I drink {_DAY}?"),
    (f"sum(coffees[?date=='{_DAY}'].caffeineMg)", f"how much caffeine in mg {_DAY}?"),
    (f"length(meetings[?date=='{_DAY}'])", f"how many meetings did I have {_DAY}?"),
    ("sum(workouts[?activity=='cycle' && in_this_week(date)].km)", "how many km of cycle in total this week?"),
    ("length(workouts[?in_this_week(date)])", "how many workouts did I do this week?"),
    (f"min_by(coffees[?date=='{_DAY}'], &time).time", f"what time was my first coffee {_DAY}?"),
    (f"max_by(coffees[?date=='{_DAY}'], &time).time", f"what time was my last coffee {_DAY}?"),
    (f"sort_by(coffees[?day=='{_DAY}'], &time)[-1].time", f"what time was my last coffee {_DAY}?"),
    (f"min_by(meetings[?date=='{_DAY}'], &start).start", f"what time did my first meeting start {_DAY}?"),
    ("meals[?kind=='dinner' && day==($.workouts[?distance==`12.5` && verb=='cycled'].date | [0])].food | [0]",
     "what did I eat for dinner on the day I cycled 12.5 km?"),
    ("meals[?meal=='lunch' && date==($.meetings[?subject=='Roadmap'].date | [0])].place | [0]",
     "where did I have lunch on the day of the Roadmap meeting?"),
    ("sleep[?night==($.meetings[?title=='Roadmap'].day | [0])].hours | [0]",
     "how many hours did I sleep the night after the Roadmap meeting?"),
    ("meals[?kind=='dinner' && day==($.remarks[?speaker=='Aiko' && about==`\"Solaris\"`].day | [0])].food | [0]",
     "what did I eat for dinner on the day Aiko mentioned Solaris?"),
    (f"sort_by(meetings[?start > ($.workouts[?session=='swim at the lido' && date=='{_DAY}'].end | [0])], &start)[0].attendees",
     f"who was at the meeting right after the swim at the lido {_DAY}?"),
    (f"max_by(sleep[?night=='last night' || night=='{_NIGHT}'], &hours).night",
     f"which night did I sleep longer, last night or {_NIGHT}, with the hours of each?"),
    ("[sum(coffees[?date=='yesterday'].mg), sum(coffees[?date=='today'].mg)]",
     "which day had more caffeine, yesterday or today, with the mg of each?"),
    ("[sum(workouts[?day=='yesterday'].minutes), sum(workouts[?day=='today'].minutes)]",
     "which workout was longer, yesterday or today, with the minutes of each?"),
    ("length(coffees[?in_last_week(date)]) < length(coffees[?in_this_week(date)])",
     "did I drink more coffee this week than last week?"),
    ("avg(nights[?last_coffee >= '4 pm'].hours) < avg(nights[?last_coffee < '4 pm'].hours)",
     "do I sleep less after coffee at 4 pm or later?"),
    ("avg(nights[?dinner_start >= '8 pm'].sleep_h) < avg(nights[?dinner_start < '8 pm'].sleep_h)",
     "do I sleep less after dinner at 8 pm or later?"),
    ("avg(sleep[?caffeineMg >= `250`].hours) < avg(sleep[?caffeineMg < `250`].hours)",
     "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"),
    ("avg(nights[?trainedBefore].hours) > avg(nights[?!trainedBefore].hours)",
     "do I sleep longer after workout days than after rest days?"),
    ("avg(days[?workout].coffees) > avg(days[?!workout].coffees)", "do I drink more coffee on workout days than on rest days?"),
])
def test_reads_an_expression_as_its_question(line: str, english: str) -> None:
    assert from_jmespath(line) == english
    assert from_code(line) == english


@pytest.mark.parametrize("line, english", [
    ("again_with('date', shift(`-1`))", "and the day before?"),
    ("again_with('night', shift(`-1`))", "and the night before?"),
    ("again_with('date', today())", "and today so far?"),
    (f"again_with('day', '{_DAY}')", f"and {_DAY}?"),
    ("again_with('who', 'Marisol')", "and Marisol?"),
    ("meetings[?title==last_meeting()].minutes | [0]", "and how long was that meeting?"),
])
def test_reads_a_follow_up_as_a_rerun(line: str, english: str) -> None:
    assert from_jmespath(line) == english
    assert from_code(line) == english


@pytest.mark.parametrize("line", [
    "kids[?parent=='Tobias' && relation=='daughter'].age | [0]",  # an age now, not at the next birthday
    "meals[?date=='today' || kind=='lunch'].food | [0]",  # either test
    "length(coffees[?date!='today'])",  # every day but one
    "meals[?date==\"today\"].food | [0]",  # a field named today, not the string
    "sort_by(news[?topic=='offsite' && source=='Aiko'], &ts)[0].place",  # the first news, not the latest
    f"min_by(sleep[?night=='last night' || night=='{_NIGHT}'], &hours).night",  # the shorter night
    "max_by(coffees[?date=='yesterday' || date=='today'], &mg).date",  # the strongest cup, no day's total
    "max_by(workouts[?date=='today'], &km).km",  # the longest distance, no first or last
    "length(coffees[?in_last_week(date)])",  # last week alone
    "avg(nights[?last_coffee >= '4 pm'].hours) < avg(nights[?last_coffee < '5 pm'].hours)",  # two thresholds
    "meals[?date=='today'].{food: food, place: place}",  # a multi-select hash
    "meals[*].food | [0]",  # no filter
    "again_with('day', shift(`-2`))",
    "what did I eat for lunch today?",
])
def test_leaves_what_it_does_not_read(line: str) -> None:
    assert from_jmespath(line) == line
