"""A question typed as one AQL query (``FOR m IN meals FILTER ... RETURN m.food`` for a value, ``COLLECT WITH COUNT INTO n``
for a count, ``COLLECT AGGREGATE km = SUM(w.km)`` for a total, ``SORT c.time ASC LIMIT 1`` for the first and ``DESC`` for the
last, ``DATE_ISOWEEK(...) == DATE_ISOWEEK(DATE_NOW())`` for this week, a second ``FOR`` for a day named by another record or
the meeting after a workout, ``IN [...]`` for two values compared, ``COLLECT late = ... AGGREGATE h = AVERAGE(...)`` for a
habit, ``rerun_with(...)`` for a follow-up), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.aql import from_aql
from server.answers.code_readers import from_code

_DAY = "Tuesday 14/04/2037"
_NIGHT = "Monday 13/04/2037"


@pytest.mark.parametrize("line, english", [
    ('FOR t IN tips FILTER t.from == "Priya" AND t.kind == "book" RETURN t.title', "which book did Priya recommend?"),
    ('FOR t IN tips FILTER t.kind == "restaurant" AND t.from == "Tomasz" RETURN t.place', "which restaurant did Tomasz recommend?"),
    ('FOR n IN news FILTER n.topic == "offsite" AND n.source == "Priya" SORT n.ts DESC LIMIT 1 RETURN n.venue',
     "where is the offsite now, according to Priya?"),
    ('FOR n IN news FILTER n.project == "Orion" AND n.source == "Tomasz" SORT n.ts DESC LIMIT 1 RETURN n.launch_date',
     "what is the new date of the Orion launch according to Tomasz?"),
    ('FOR f IN flights FILTER f.passenger == "Priya" RETURN f.arrives', "when does Priya's flight land?"),
    ('FOR k IN kids FILTER k.parent == "Tomasz" AND k.relation == "daughter" RETURN k.age + 1', "how old will Tomasz's daughter turn?"),
    (f'FOR m IN meals FILTER m.meal == "lunch" AND m.day == "{_DAY}" RETURN m.place', f"where did I have lunch {_DAY}?"),
    (f'FOR w IN workouts FILTER w.day == "{_DAY}" RETURN w.sport', f"what kind of workout did I do {_DAY}?"),
    (f'FOR s IN sleep FILTER s.night == "{_NIGHT}" RETURN s.bed', f"what time did I go to bed {_NIGHT}?"),
    (f'FOR s IN sleep FILTER s.woke_on == "{_DAY}" RETURN s.woke', f"what time did I wake up {_DAY}?"),
    (f'FOR w IN workouts FILTER w.sport == "swim" AND w.day == "{_DAY}" COLLECT AGGREGATE m = SUM(w.km * 1000) RETURN m',
     f"how far did I swim {_DAY}?"),
    ('FOR c IN coffees FILTER c.day == "today" COLLECT AGGREGATE mg = SUM(c.mg) RETURN mg', "how much caffeine in mg today?"),
    (f'FOR m IN meetings FILTER m.day == "{_DAY}" COLLECT WITH COUNT INTO n RETURN n', f"how many meetings did I have {_DAY}?"),
    ("FOR w IN workouts FILTER DATE_ISOWEEK(w.ts) == DATE_ISOWEEK(DATE_NOW()) COLLECT WITH COUNT INTO n RETURN n",
     "how many workouts did I do this week?"),
    ('FOR c IN coffees FILTER c.day == "today" SORT c.time DESC LIMIT 1 RETURN c.time', "what time was my last coffee today?"),
    ('FOR m IN meetings FILTER m.day == "today" SORT m.start ASC LIMIT 1 RETURN m.start', "what time did my first meeting start today?"),
    ('FOR w IN workouts FILTER w.km == 12.5 AND w.did == "cycled" FOR m IN meals FILTER m.day == w.day AND m.meal == "dinner" '
     "RETURN m.food", "what did I eat for dinner on the day I cycled 12.5 km?"),
    ('FOR x IN meetings FILTER x.title == "Roadmap review" FOR s IN sleep FILTER s.night == x.day RETURN s.hours',
     "how many hours did I sleep the night after the Roadmap review meeting?"),
    ('FOR x IN said FILTER x.who == "Priya" AND x.what == "Solaris" FOR m IN meals FILTER m.day == x.day AND m.meal == "lunch" '
     "RETURN m.food", "what did I eat for lunch on the day Priya mentioned Solaris?"),
    ('FOR w IN workouts FILTER w.label == "hill repeats" AND w.day == "today" FOR m IN meetings FILTER m.start > w.end '
     "SORT m.start ASC LIMIT 1 RETURN m.attendees", "who was at the meeting right after the hill repeats today?"),
    (f'FOR s IN sleep FILTER s.night IN ["last night", "{_NIGHT}"] SORT s.hours DESC LIMIT 1 RETURN s.night',
     f"which night did I sleep longer, last night or {_NIGHT}, with the hours of each?"),
    ('FOR c IN coffees FILTER c.day IN ["yesterday", "today"] COLLECT day = c.day AGGREGATE mg = SUM(c.mg) SORT mg DESC LIMIT 1 '
     "RETURN day", "which day had more caffeine, yesterday or today, with the mg of each?"),
    ("FOR c IN coffees FILTER DATE_ISOWEEK(c.ts) >= DATE_ISOWEEK(DATE_NOW()) - 1 COLLECT wk = DATE_ISOWEEK(c.ts) WITH COUNT INTO n "
     "RETURN [wk, n]", "did I drink more coffee this week than last week?"),
    ('FOR n IN nights COLLECT late = n.last_coffee >= "4 pm" AGGREGATE h = AVERAGE(n.sleep_h) RETURN [late, h]',
     "do I sleep less after coffee at 4 pm or later?"),
    ("FOR n IN nights COLLECT heavy = n.mg_day >= 250 AGGREGATE h = AVERAGE(n.sleep_h) RETURN [heavy, h]",
     "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"),
    ("FOR d IN days COLLECT trained = d.trained AGGREGATE cups = AVERAGE(d.coffees) RETURN [trained, cups]",
     "do I drink more coffee on workout days than on rest days?"),
])
def test_reads_a_query_as_its_question(line: str, english: str) -> None:
    assert from_aql(line) == english
    assert from_code(line) == english


@pytest.mark.parametrize("line, english", [
    ('rerun_with("day", DATE_SUBTRACT(@day, 1, "day"))', "and the day before?"),
    ('rerun_with("night", DATE_SUBTRACT(@night, 1, "day"))', "and the night before?"),
    (f'rerun_with("day", "{_DAY}")', f"and {_DAY}?"),
    ('rerun_with("who", "Tomasz")', "and Tomasz?"),
    ('rerun_with("day", DATE_FORMAT(DATE_NOW(), "%dd/%mm/%yyyy"))', "and today so far?"),
    ("FOR m IN meetings FILTER m._key == @last_meeting RETURN m.minutes", "and how long was that meeting?"),
])
def test_reads_a_follow_up_as_a_rerun(line: str, english: str) -> None:
    assert from_aql(line) == english


@pytest.mark.parametrize("line", [
    'FOR c IN coffees FILTER c.day != "today" COLLECT WITH COUNT INTO n RETURN n',  # every day but one
    'FOR m IN meals FILTER m.day == "today" OR m.meal == "lunch" RETURN m.food',  # either test
    'FOR t IN tips FILTER t.title =~ "^Dune" RETURN t.from',  # a pattern
    'FOR w IN workouts FILTER w.day == "today" COLLECT AGGREGATE top = MAX(w.km) RETURN top',  # the longest, not the total
    'FOR k IN kids FILTER k.parent == "Priya" RETURN k.age',  # an age now, not at the next birthday
    'FOR m IN meals FILTER m.day == "today" SORT m.food ASC LIMIT 1 RETURN m.food',  # the first meal by name
    'rerun_with("day", DATE_SUBTRACT(@day, 2, "day"))',
    "FOR EACH Meal NO-LOCK WHERE Meal.Kind = \"lunch\": DISPLAY Meal.Food. END.",
    "what did I eat for lunch today?",
])
def test_leaves_what_it_does_not_read(line: str) -> None:
    assert from_aql(line) == line
