"""A question typed as one Miller command line (``mlr --c2p filter '...' then cut -f food meals.csv`` for a value, ``then
count`` or ``stats1 -a sum -f km`` for a count or a total, ``sort -f time then head -n 1`` for the first time, ``$wk ==
strftime(systime(), "%V")`` for this week, ``join -j date -f meetings.csv`` for a day named by another record, ``||`` of two
days for two compared, ``count -g wk`` for this week's coffees against last week's, ``stats1 -a mean -g`` for a habit, ``sh
last.sh --back 1d`` for a follow-up), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.miller import from_miller

_DAY = "Tuesday 14/04/2037"
_NIGHT = "Monday night 13/04/2037"
_M = "mlr --c2p"


@pytest.mark.parametrize("line, english", [
    (f"""{_M} filter '$giver == "Marta" && $kind == "book"' then cut -f title tips.csv""", "which book did Marta recommend?"),
    (f"""{_M} filter '$kind == "film" && $from == "Olek"' then cut -f title tips.csv""", "which film did Olek recommend?"),
    (f"""{_M} filter '$teller == "Olek" && $topic == "offsite"' then tail -n 1 then cut -f venue news.csv""",
     "where is the offsite now, according to Olek?"),
    (f"""{_M} filter '$passenger == "Marta"' then cut -f lands flights.csv""", "when does Marta's flight land?"),
    (f"""{_M} filter '$owner == "Olek" && $species == "Dog"' then cut -f name pets.csv""", "what is the name of Olek's new dog?"),
    (f"""{_M} filter '$project == "Kestrel" && $teller == "Marta"' then tail -n 1 then cut -f date launches.csv""",
     "what is the new date of the Kestrel launch according to Marta?"),
    (f"""{_M} filter '$parent == "Olek" && $rel == "daughter"' then put '$next_age = $age + 1' then cut -f next_age kids.csv""",
     "how old will Olek's daughter turn?"),
    (f"""{_M} filter '$date == "{_DAY}" && $meal == "breakfast"' then cut -f food meals.csv""", f"what did I eat for breakfast {_DAY}?"),
    (f"""{_M} filter '$meal == "lunch" && $date == "{_DAY}"' then cut -f place meals.csv""", f"where did I have lunch {_DAY}?"),
    (f"""{_M} filter '$date == "{_DAY}"' then cut -f sport workouts.csv""", f"what kind of workout did I do {_DAY}?"),
    (f"""{_M} filter '$date == "{_DAY}" && $label == "hill repeats"' then cut -f avg_bpm workouts.csv""",
     f"what was my average heart rate during the hill repeats {_DAY}?"),
    (f"""{_M} filter '$night == "{_NIGHT}"' then cut -f hours sleep.csv""", f"how many hours did I sleep {_NIGHT}?"),
    (f"""{_M} filter '$night == "{_NIGHT}"' then cut -f bed sleep.csv""", f"what time did I go to bed {_NIGHT}?"),
    (f"""{_M} filter '$title == "Roadmap review" && $date == "today"' then cut -f people meetings.csv""",
     "who was at the Roadmap review meeting today?"),
    (f"""{_M} filter '$sport == "run" && $date == "today"' then stats1 -a sum -f km workouts.csv""", "how many km did I run today?"),
    (f"""{_M} filter '$sport == "swim" && $date == "today"' then put '$m = $km * 1000' then stats1 -a sum -f m workouts.csv""",
     "how far did I swim today?"),
    (f"""{_M} filter '$date == "{_DAY}"' then count coffee.csv""", f"how many coffees did I drink {_DAY}?"),
    (f"""{_M} filter '$date == "today"' then stats1 -a sum -f mg coffee.csv""", "how much caffeine in mg today?"),
    (f"""{_M} filter '$wk == strftime(systime(), "%V")' then count workouts.csv""", "how many workouts did I do this week?"),
    (f"""{_M} filter '$date == "today"' then sort -f time then tail -n 1 then cut -f time coffee.csv""",
     "what time was my last coffee today?"),
    (f"""{_M} filter '$date == "today"' then sort -f start then head -n 1 then cut -f start meetings.csv""",
     "what time did my first meeting start today?"),
    (f"""{_M} filter '$did == "cycled" && $km == 41.5' then cut -f dinner days.csv""", "what did I eat for dinner on the day I cycled 41.5 km?"),
    (f"""{_M} filter '$after_workout == "hill repeats today"' then sort -f start then head -n 1 then cut -f people meetings.csv""",
     "who was at the meeting right after the hill repeats today?"),
    (f"""{_M} join -j date -f meetings.csv then filter '$title == "Roadmap review" && $meal == "dinner"' then cut -f food meals.csv""",
     "what did I eat for dinner on the day of the Roadmap review meeting?"),
    (f"""{_M} join -j night -f meetings.csv then filter '$title == "Roadmap review"' then cut -f hours sleep.csv""",
     "how many hours did I sleep the night after the Roadmap review meeting?"),
    (f"""{_M} join -j date -f said.csv then filter '$who == "Olek" && $said == "Solaris" && $meal == "lunch"' then cut -f food meals.csv""",
     "what did I eat for lunch on the day Olek mentioned Solaris?"),
    (f"""{_M} filter '$night == "last night" || $night == "{_NIGHT}"' then sort -nr hours then head -n 1 then cut -f night sleep.csv""",
     f"which night did I sleep longer, last night or {_NIGHT}, with the hours of each?"),
    (f"""{_M} filter '$date == "yesterday" || $date == "{_DAY}"' then stats1 -a sum -f minutes -g date then sort -nr minutes_sum workouts.csv""",
     f"which workout was longer, yesterday or {_DAY}, with the minutes of each?"),
    (f"""{_M} filter '$wk >= strftime(systime() - 604800, "%V")' then count -g wk coffee.csv""",
     "did I drink more coffee this week than last week?"),
    (f"""{_M} put '$late = $dinner_at >= "9 pm"' then stats1 -a mean -f sleep_h -g late nights.csv""",
     "do I sleep less after dinner at 9 pm or later?"),
    (f"""{_M} put '$strong = $day_mg >= 250' then stats1 -a mean -f hours -g strong nights.csv""",
     "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"),
    (f"{_M} stats1 -a mean -f sleep_h -g trained_before nights.csv", "do I sleep longer after workout days than after rest days?"),
    (f"{_M} stats1 -a mean -f cups -g workout_day days.csv", "do I drink more coffee on workout days than on rest days?"),
])
def test_reads_a_command_line_as_its_question(line: str, english: str) -> None:
    assert from_miller(line) == english
    assert from_code(line) == english


@pytest.mark.parametrize("line, english", [
    ("sh last.sh --back 1d", "and the day before?"),
    ("sh last.sh --back 1n", "and the night before?"),
    (f"sh last.sh --date '{_DAY}'", f"and {_DAY}?"),
    ("sh last.sh --date today", "and today so far?"),
    ("sh last.sh --who 'Marta'", "and Marta?"),
    (f"{_M} tail -n 1 then cut -f minutes last.csv", "and how long was that meeting?"),
])
def test_reads_a_follow_up_as_a_rerun(line: str, english: str) -> None:
    assert from_miller(line) == english


@pytest.mark.parametrize("line", [
    f"""{_M} filter '$date != "today"' then count coffee.csv""",  # every day but one
    f"""{_M} filter '$title =~ "Road"' then cut -f people meetings.csv""",  # a pattern, not a title
    f"""{_M} filter '$date == "today" || $meal == "lunch"' then cut -f food meals.csv""",  # either test
    f"""{_M} filter '$date == "today"' then stats1 -a max -f km workouts.csv""",  # the longest, not the total
    f"""{_M} filter '$date == "today"' then uniq -g food meals.csv""",  # a verb not read
    f"""{_M} filter '$parent == "Olek"' then cut -f age kids.csv""",  # an age now, not at the next birthday
    f"""{_M} filter '$date == "today"' then sort -f food then head -n 1 then cut -f food meals.csv""",  # the first by name
    f"{_M} put '$late = $bed_time >= \"11 pm\"' then stats1 -a mean -f sleep_h -g late nights.csv",
    "sh last.sh --back 2d",
    "mlr --icsv --opprint cat meals.csv",
    "what did I eat for lunch today?",
])
def test_leaves_what_it_does_not_read(line: str) -> None:
    assert from_miller(line) == line
