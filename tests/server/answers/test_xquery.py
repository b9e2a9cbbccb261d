"""A question typed as one XQuery expression (``//meal[@day="X"][@kind="lunch"]/food/string()`` for a value, ``count``/``sum``
over a path for a count or a total, ``(for ... order by ... return ...)[1]`` for the first, the last or the latest, an
``xs:date(...) ge current-date() - ...`` test for this week, ``let $d := ... return`` for a day named by another record or
the meeting after a workout, two values ordered for a comparison, ``count(...) gt count(...)`` for this week's coffees
against last week's, ``avg(...) lt avg(...)`` for a habit, ``local:ask-again(...)`` for a follow-up), read as the English
question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.xquery import from_xquery

_DAY = "Tuesday 14/04/2037"
_NIGHT = "Monday night 13/04/2037"
_WEEK = 'xs:date(@date) ge current-date() - xs:dayTimeDuration("P" || (number(format-date(current-date(), "[F1]")) - 1) || "D")'


@pytest.mark.parametrize("line, english", [
    ('//tip[@from="Marisol"][@kind="book"]/title/string()', "which book did Marisol recommend?"),
    ('//tip[@kind="restaurant"][@from="Tobias"]/place/string()', "which restaurant did Tobias recommend?"),
    ('(for $n in //news[@topic="offsite"][@source="Aiko"] order by $n/@ts descending return $n/@venue/string())[1]',
     "where is the offsite now, according to Aiko?"),
    ('(for $n in //news[@project="Helios"][@source="Aiko"] order by $n/@ts descending return $n/@launch_date/string())[1]',
     "what is the new date of the Helios launch according to Aiko?"),
    ('//flight[@passenger="Tobias"]/@arrives/string()', "when does Tobias's flight land?"),
    ('//pet[@owner="Marisol"][@species="dog"]/@name/string()', "what is the name of Marisol's new dog?"),
    ('//kid[@parent="Tobias"][@relation="daughter"]/@age + 1', "how old will Tobias's daughter turn?"),
    (f'//meal[@kind="lunch"][@day="{_DAY}"]/place/string()', f"where did I have lunch {_DAY}?"),
    (f'//workout[@day="{_DAY}"]/@sport/string()', f"what kind of workout did I do {_DAY}?"),
    (f'//sleep[@night="{_NIGHT}"]/@hours/string()', f"how many hours did I sleep {_NIGHT}?"),
    (f'//sleep[@woke_on="{_DAY}"]/@woke/string()', f"what time did I wake up {_DAY}?"),
    (f'//meeting[@day="{_DAY}"][@title="Roadmap"]/attendee/string()', f"who was at the Roadmap meeting {_DAY}?"),
    (f'sum(//workout[@sport="swim"][@day="{_DAY}"]/@km) * 1000', f"how far did I swim {_DAY}?"),
    (f'count(//coffee[@day="{_DAY}"])', f"how many coffees did I drink {_DAY}?"),
    (f'sum(//coffee[@day="{_DAY}"]/@mg)', f"how much caffeine in mg {_DAY}?"),
    (f'sum(//workout[@sport="cycle"][{_WEEK}]/@km)', "how many km of cycle in total this week?"),
    (f'count(//workout[{_WEEK}])', "how many workouts did I do this week?"),
    (f'(for $c in //coffee[@day="{_DAY}"] order by $c/@time ascending return $c/@time/string())[last()]',
     f"what time was my last coffee {_DAY}?"),
    (f'(for $m in //meeting[@day="{_DAY}"] order by $m/@start ascending return $m/@start/string())[1]',
     f"what time did my first meeting start {_DAY}?"),
    ('let $d := //workout[@km="12.5"][@did="cycled"]/@day return //meal[@day=$d][@kind="dinner"]/food/string()',
     "what did I eat for dinner on the day I cycled 12.5 km?"),
    ('let $d := //meeting[@title="Roadmap"]/@day return //sleep[@night=$d]/@hours/string()',
     "how many hours did I sleep the night after the Roadmap meeting?"),
    ('let $d := //said[@who="Aiko"][@what="Solaris"]/@day return //meal[@day=$d][@kind="dinner"]/food/string()',
     "what did I eat for dinner on the day Aiko mentioned Solaris?"),
    (f'let $w := //workout[@label="swim at the lido"][@day="{_DAY}"] return (for $m in //meeting[@start gt $w/@end] '
     'order by $m/@start ascending return $m/attendee/string())[1]',
     f"who was at the meeting right after the swim at the lido {_DAY}?"),
    (f'(for $s in //sleep[@night = ("last night", "{_NIGHT}")] order by number($s/@hours) descending '
     'return $s/@night/string())[1]', f"which night did I sleep longer, last night or {_NIGHT}, with the hours of each?"),
    ('(for $d in ("yesterday", "today") order by sum(//coffee[@day=$d]/@mg) descending return $d)[1]',
     "which day had more caffeine, yesterday or today, with the mg of each?"),
    ('count(//coffee[xs:date(@date) gt current-date() - xs:dayTimeDuration("P7D")]) gt count(//coffee[xs:date(@date) le '
     'current-date() - xs:dayTimeDuration("P7D")][xs:date(@date) gt current-date() - xs:dayTimeDuration("P14D")])',
     "did I drink more coffee this week than last week?"),
    ('avg(//night[@last_coffee ge "4 pm"]/@hours) lt avg(//night[@last_coffee lt "4 pm"]/@hours)',
     "do I sleep less after coffee at 4 pm or later?"),
    ('avg(//night[number(@mg_day) ge 250]/@hours) lt avg(//night[number(@mg_day) lt 250]/@hours)',
     "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"),
    ('avg(//day[@trained="true"]/@coffees) gt avg(//day[@trained="false"]/@coffees)',
     "do I drink more coffee on workout days than on rest days?"),
])
def test_reads_an_expression_as_its_question(line: str, english: str) -> None:
    assert from_xquery(line) == english
    assert from_code(line) == english


@pytest.mark.parametrize("line, english", [
    ('local:ask-again($day - xs:dayTimeDuration("P1D"))', "and the day before?"),
    ('local:ask-again($night - xs:dayTimeDuration("P1D"))', "and the night before?"),
    ('local:ask-again(format-date(current-date(), "[D01]/[M01]/[Y0001]"))', "and today so far?"),
    (f'local:ask-again("{_DAY}")', f"and {_DAY}?"),
    ('local:ask-again-for("Marisol")', "and Marisol?"),
    ('//meeting[@id=$last-meeting]/@minutes/string()', "and how long was that meeting?"),
])
def test_reads_a_follow_up_as_a_rerun(line: str, english: str) -> None:
    assert from_xquery(line) == english


@pytest.mark.parametrize("line", [
    '//kid[@parent="Marisol"][@relation="daughter"]/@age/string()',  # an age now, not at the next birthday
    '//meal[@day="today" or @kind="lunch"]/food/string()',  # either test
    '(for $m in //meal[@day="today"] order by $m/@time ascending return $m/food/string())[1]',  # the first meal's food
    'count(//coffee[@day != "today"])',  # every day but one
    'local:ask-again($day - xs:dayTimeDuration("P2D"))',
    'max(//workout[@day="today"]/@km)',  # the longest distance, no first or last
    "what did I eat for lunch today?",
])
def test_leaves_what_it_does_not_read(line: str) -> None:
    assert from_xquery(line) == line
