"""A question typed as a DAX query (``CALCULATETABLE ( VALUES ( ... ) ... )`` or ``SELECTCOLUMNS ( FILTER ( ... ) ... )`` for a
value, ``ROW`` of ``CALCULATE ( SUM|MIN|MAX|AVERAGE|COUNTROWS ... )`` or of ``SUMX``/``MINX``/``MAXX`` over a ``FILTER`` for a
sum, a first, a last, a mean or a count, ``[WeekStart]`` for this week, ``DEFINE VAR`` of a ``LOOKUPVALUE`` for a day named by
what happened on it, ``TOPN ( 1, ... > _end )`` for the meeting after a workout, ``SUMMARIZECOLUMNS``/``ADDCOLUMNS`` for two
compared or a habit, a ``ROW`` of two averages for a habit, ``DEFINE VAR _x = ... -- rest as before`` for a rerun), read as
the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.dax_queries import from_dax


@pytest.mark.parametrize("query, english", [
    ('EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] = "lunch", Meals[Day] = "Tuesday 2037/04/28" )',
     "what did I eat for lunch Tuesday 2037/04/28?"),
    ('EVALUATE SELECTCOLUMNS ( FILTER ( Meals, Meals[Day] = "7 April 2037" && Meals[Meal] = "dinner" ), "where", Meals[Venue] )',
     "where did I have dinner 7 April 2037?"),
    ('EVALUATE SELECTCOLUMNS ( FILTER ( Tips, Tips[Kind] = "podcast" && Tips[From] = "Ingrid" ), "show", Tips[Title] )',
     "which podcast did Ingrid recommend?"),
    ("EVALUATE CALCULATETABLE ( VALUES ( 'Flights'[LandsAt] ), 'Flights'[Passenger] = \"Tobias\" )",
     "when does Tobias's flight land?"),
    ('EVALUATE CALCULATETABLE ( VALUES ( Launches[NewDate] ), Launches[Project] = "Kestrel", Launches[ToldBy] = "Ingrid" )',
     "what is the new date of the Kestrel launch according to Ingrid?"),
    ('EVALUATE ROW ( "age", CALCULATE ( MAX ( Family[AgeNext] ), Family[Parent] = "Tobias", Family[Relation] = "daughter" ) )',
     "how old will Tobias's daughter turn?"),
    ('EVALUATE ROW ( "m", CALCULATE ( SUM ( Workouts[Metres] ), Workouts[Activity] = "swim", Workouts[Day] = "7 April 2037" ) )',
     "how far did I swim 7 April 2037?"),
    ('EVALUATE ROW ( "km", SUMX ( FILTER ( Workouts, Workouts[Activity] = "cycle" && Workouts[Day] = "yesterday" ), Workouts[Km] ) )',
     "how many km did I cycle yesterday?"),
    ('EVALUATE ROW ( "bpm", CALCULATE ( AVERAGE ( Workouts[AvgHR] ), Workouts[Name] = "hill sprints", Workouts[Day] = "today" ) )',
     "what was my average heart rate during the hill sprints today?"),
    ('EVALUATE ROW ( "cups", CALCULATE ( COUNTROWS ( Coffee ), Coffee[Day] = "Tuesday 2037/04/28" ) )',
     "how many coffees did I drink Tuesday 2037/04/28?"),
    ('EVALUATE ROW ( "n", COUNTROWS ( FILTER ( Meetings, Meetings[Day] = "7 April 2037" ) ) )',
     "how many meetings did I have 7 April 2037?"),
    ('EVALUATE ROW ( "sessions", CALCULATE ( COUNTROWS ( Workouts ), Workouts[Date] >= [WeekStart] ) )',
     "how many workouts did I do this week?"),
    ('EVALUATE ROW ( "last", MAXX ( FILTER ( Coffee, Coffee[Day] = "7 April 2037" ), Coffee[Time] ) )',
     "what time was my last coffee 7 April 2037?"),
    ('EVALUATE ROW ( "start", CALCULATE ( MIN ( Meetings[Start] ), Meetings[Day] = "Tuesday 2037/04/28" ) )',
     "what time did my first meeting start Tuesday 2037/04/28?"),
    ('EVALUATE CALCULATETABLE ( VALUES ( Sleep[WokeAt] ), Sleep[Morning] = "7 April 2037" )',
     "what time did I wake up 7 April 2037?"),
    ('EVALUATE CALCULATETABLE ( VALUES ( Days[Dinner] ), Days[Km] = 8.4, Days[ActivityPast] = "cycled" )',
     "what did I eat for dinner on the day I cycled 8.4 km?"),
    ('DEFINE VAR _end = CALCULATE ( MAX ( Workouts[End] ), Workouts[Name] = "hill sprints", Workouts[Day] = "today" ) '
     'EVALUATE SELECTCOLUMNS ( TOPN ( 1, FILTER ( Meetings, Meetings[Start] > _end ), Meetings[Start], ASC ), "who", '
     'Meetings[Attendees] )', "who was at the meeting right after the hill sprints today?"),
    ('DEFINE VAR _d = LOOKUPVALUE ( Meetings[Day], Meetings[Title], "Budget review" ) '
     'EVALUATE CALCULATETABLE ( VALUES ( Sleep[Hours] ), Sleep[Night] = _d )',
     "how many hours did I sleep the night after the Budget review meeting?"),
    ('DEFINE VAR _d = LOOKUPVALUE ( Said[Day], Said[Speaker], "Ingrid", Said[Value], "Solaris" ) '
     'EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] = "dinner", Meals[Day] = _d )',
     "what did I eat for dinner on the day Ingrid mentioned Solaris?"),
    ('EVALUATE SUMMARIZECOLUMNS ( Coffee[Day], FILTER ( ALL ( Coffee[Day] ), Coffee[Day] = "Monday 2037/04/27" || '
     'Coffee[Day] = "Tuesday 2037/04/28" ), "mg", SUM ( Coffee[Mg] ) )',
     "which day had more caffeine, Monday 2037/04/27 or Tuesday 2037/04/28, with the mg of each?"),
    ('EVALUATE ROW ( "now", CALCULATE ( COUNTROWS ( Coffee ), Coffee[Date] >= [WeekStart] ), "before", CALCULATE ( COUNTROWS '
     '( Coffee ), Coffee[Date] >= [WeekStart] - 7, Coffee[Date] < [WeekStart] ) )', "did I drink more coffee this week than last week?"),
    ('DEFINE VAR _t = TIMEVALUE ( "4 pm" ) EVALUATE ROW ( "late", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[LastCup] >= _t ), '
     '"early", CALCULATE ( AVERAGE ( Nights[Hours] ), Nights[LastCup] < _t ) )', "do I sleep less after coffee at 4 pm or later?"),
    ('EVALUATE ADDCOLUMNS ( VALUES ( Nights[TrainedThatDay] ), "avg", CALCULATE ( AVERAGE ( Nights[Hours] ) ) )',
     "do I sleep longer after workout days than after rest days?"),
    ("DEFINE VAR _shift = -1 -- rest as before", "and the day before?"),
    ("DEFINE VAR _nightshift = -1 -- rest as before", "and the night before?"),
    ('DEFINE VAR _who = "Ingrid" -- rest as before', "and Ingrid?"),
    ("DEFINE VAR _day = INT ( NOW ( ) ) -- rest as before", "and today so far?"),
    ('EVALUATE ROW ( "minutes", [MeetingMinutes] ) -- that meeting', "and how long was that meeting?"),
    ('EVALUATE TOPN ( 10, Sales, Sales[Amount], DESC )', 'EVALUATE TOPN ( 10, Sales, Sales[Amount], DESC )'),
    ('EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] = "lunch", Meals[Day] <> "7 April 2037" )',
     'EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] = "lunch", Meals[Day] <> "7 April 2037" )'),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_dax_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_dax(query) == english


def test_the_code_readers_read_dax_queries() -> None:
    assert from_code('EVALUATE ROW ( "km", CALCULATE ( SUM ( Workouts[Km] ), Workouts[Activity] = "run", Workouts[Date] >= '
                     '[WeekStart] ) )') == "how many km of run in total this week?"
