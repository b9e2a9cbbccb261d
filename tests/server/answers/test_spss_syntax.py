"""A question typed as SPSS command syntax (``DATASET ACTIVATE``, ``SELECT IF`` or ``COMPUTE ... FILTER BY`` for the cases,
``LIST``, ``DESCRIPTIVES /STATISTICS=SUM|MIN|MAX|MEAN``, ``FREQUENCIES`` for a value, a sum, the first, the last or a count,
``!monday`` for this week, ``!day_of``/``!said_on`` for a day named by what happened on it, ``!end_of`` for the meeting after a
workout, ``ANY(...)`` with ``MEANS TABLES=... BY`` for two compared, ``MEANS``/``T-TEST`` by a flag for a habit, ``!rerun`` for
a rerun), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.spss_syntax import from_spss


@pytest.mark.parametrize("statement, english", [
    ("DATASET ACTIVATE meals. TEMPORARY. SELECT IF meal = 'lunch' AND day = 'Tuesday 14.04.2037'. LIST VARIABLES=food.",
     "what did I eat for lunch Tuesday 14.04.2037?"),
    ("USE ALL. COMPUTE keep = (meal = 'dinner' AND day = '7 April 2037'). FILTER BY keep. LIST venue.",
     "where did I have dinner 7 April 2037?"),
    ("TEMPORARY. SELECT IF (source = 'Wilhelmina' AND kind = 'podcast'). LIST VARIABLES=title.",
     "which podcast did Wilhelmina recommend?"),
    ("DATASET ACTIVATE news. TEMPORARY. SELECT IF topic = 'offsite' AND source = 'Oskar'. LIST VARIABLES=new_place.",
     "where is the offsite now, according to Oskar?"),
    ("DATASET ACTIVATE flights. TEMPORARY. SELECT IF passenger = 'Oskar'. LIST VARIABLES=lands_at.",
     "when does Oskar's flight land?"),
    ("DATASET ACTIVATE launches. TEMPORARY. SELECT IF project = 'Halcyon' AND told_by = 'Oskar'. LIST VARIABLES=moved_to.",
     "what is the new date of the Halcyon launch according to Oskar?"),
    ("TEMPORARY. SELECT IF activity = 'swim' AND day = 'Tuesday 14.04.2037'. DESCRIPTIVES VARIABLES=metres /STATISTICS=SUM.",
     "how far did I swim Tuesday 14.04.2037?"),
    ("TEMPORARY. SELECT IF day = '7 April 2037' AND workout = 'tempo run by the canal'. DESCRIPTIVES avg_hr /STATISTICS=MEAN.",
     "what was my average heart rate during the tempo run by the canal 7 April 2037?"),
    ("DATASET ACTIVATE coffee. TEMPORARY. SELECT IF day = 'yesterday'. FREQUENCIES VARIABLES=day.",
     "how many coffees did I drink yesterday?"),
    ("TEMPORARY. SELECT IF date >= !monday. FREQUENCIES VARIABLES=activity.", "how many workouts did I do this week?"),
    ("DATASET ACTIVATE coffee. TEMPORARY. SELECT IF day = '7 April 2037'. DESCRIPTIVES VARIABLES=time /STATISTICS=MAX.",
     "what time was my last coffee 7 April 2037?"),
    ("DATASET ACTIVATE meetings. TEMPORARY. SELECT IF day = 'Tuesday 14.04.2037'. DESCRIPTIVES start /STATISTICS=MIN.",
     "what time did my first meeting start Tuesday 14.04.2037?"),
    ("DATASET ACTIVATE attendance. TEMPORARY. SELECT IF meeting = 'Budget sync' AND day = '7 April 2037'. LIST VARIABLES=person.",
     "who was at the Budget sync meeting 7 April 2037?"),
    ("DATASET ACTIVATE days. TEMPORARY. SELECT IF km = 12.5 AND activity_past = 'cycled'. LIST VARIABLES=dinner.",
     "what did I eat for dinner on the day I cycled 12.5 km?"),
    ("SORT CASES BY start. TEMPORARY. SELECT IF day = 'today' AND start > !end_of('tempo run by the canal'). "
     "LIST VARIABLES=attendees /CASES=FROM 1 TO 1.", "who was at the meeting right after the tempo run by the canal today?"),
    ("DATASET ACTIVATE sleep. TEMPORARY. SELECT IF night = !day_of('Budget sync'). LIST VARIABLES=hours.",
     "how many hours did I sleep the night after the Budget sync meeting?"),
    ("DATASET ACTIVATE meals. TEMPORARY. SELECT IF meal = 'dinner' AND day = !said_on('Oskar', 'Dune'). LIST VARIABLES=food.",
     "what did I eat for dinner on the day Oskar mentioned Dune?"),
    ("DATASET ACTIVATE coffee. TEMPORARY. SELECT IF ANY(day, 'Monday 13.04.2037', 'Tuesday 14.04.2037'). "
     "MEANS TABLES=mg BY day /CELLS=SUM.",
     "which day had more caffeine, Monday 13.04.2037 or Tuesday 14.04.2037, with the mg of each?"),
    ("DATASET ACTIVATE coffee. TEMPORARY. SELECT IF date >= DATESUM(!monday, -7, 'days'). COMPUTE now = (date >= !monday). "
     "FREQUENCIES VARIABLES=now.", "did I drink more coffee this week than last week?"),
    ("DATASET ACTIVATE sleep. COMPUTE late = (last_cup >= !clock('4 pm')). MEANS TABLES=hours BY late /CELLS=MEAN.",
     "do I sleep less after coffee at 4 pm or later?"),
    ("DATASET ACTIVATE sleep. T-TEST GROUPS=trained(1 0) /VARIABLES=hours.",
     "do I sleep longer after workout days than after rest days?"),
    ("!rerun shift=-1.", "and the day before?"),
    ("!rerun night_shift=-1.", "and the night before?"),
    ("!rerun who='Wilhelmina'.", "and Wilhelmina?"),
    ("!rerun day=XDATE.DATE($TIME).", "and today so far?"),
    ("LIST VARIABLES=minutes.", "and how long was that meeting?"),
    ("GET FILE='survey.sav'. FREQUENCIES VARIABLES=age.", "GET FILE='survey.sav'. FREQUENCIES VARIABLES=age."),
    ("TEMPORARY. SELECT IF meal = 'lunch' AND day <> 'Monday 13.04.2037'. LIST VARIABLES=food.",
     "TEMPORARY. SELECT IF meal = 'lunch' AND day <> 'Monday 13.04.2037'. LIST VARIABLES=food."),
    ("what did I eat today?", "what did I eat today?"),
])
def test_an_spss_command_is_read_as_its_question(statement: str, english: str) -> None:
    assert from_spss(statement) == english


def test_the_code_readers_read_spss_syntax() -> None:
    assert from_code("DATASET ACTIVATE meetings. TEMPORARY. SELECT IF day = 'Tuesday 14.04.2037'. FREQUENCIES VARIABLES=title.") == \
        "how many meetings did I have Tuesday 14.04.2037?"
