"""Tamil in Latin letters in an English question, as Malaysian Tamils chat (its weekdays Thingal to Nyaayiru before a slashed
date, alone or with "kizhamai", or after the date and a comma; "inniki", "nethu", nights "... raathiri ...", "raathiri, ...",
"nethu raathiri, ...", "indha vaaram", "poana vaaram", and the phrases that say what is asked), put into English and planned;
a question typed as an expression for the Immediate window of Microsoft Access (DLookup, DSum, DCount, DMin, DMax; DoCmd.
OpenReport for who was there; DSum(A) > DSum(B) for two compared; DAvg(A) - DAvg(B) for a habit; a DLookup('day', ...) in the
criteria for a day named by what happened; "Me.Requery" for a rerun); a writer who asks "Permit a retired ... to enquire" and
signs off "Entered in the ... ledger, ...", and a pepper farmer's idioms: what held-out DM showed."""

import pytest

from server.answers.ms_access import from_ms_access
from server.answers.tamil import from_tamil
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Kuching")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Sevvaai 21/10/2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Thingal kizhamai 20/10/2036?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle on 22/10/2036, Pudhan?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep Nyaayiru raathiri 19/10/2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep raathiri, Sevvaai 21/10/2036?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Sani 18/10/2036?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have nethu Pudhan 22/10/2036?", "meeting", "count", "count", "Wed 22"),
])
def test_tamil_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Sevvaai 21/10/2036 Budget sync ku yaaru yaaru vandhaanga?", "meeting", "list", "attendees", "Tue 21"),
    ("Velli 17/10/2036 kaalai tiffin enna saapten?", "meal", "value", "food", "Fri 17"),
    ("Thingal raathiri 20/10/2036 ethana mani neram thoonginen?", "sleep", "duration", "duration", "Mon 20"),
    ("inniki 23/10/2036 eppo ezhundhen?", "sleep", "value", "time", "Thu 23"),
    ("Thingal 20/10/2036 cycle la ethana km poanen?", "exercise", "total", "distance", "Mon 20"),
    ("Pudhan kizhamai 22/10/2036 dinner ku enga poanen?", "meal", "value", "place", "Wed 22"),
    ("nethu Pudhan 22/10/2036 ethana kaapi kudichen?", "coffee", "count", "count", "Wed 22"),
])
def test_tamil_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_tamil_what_is_asked() -> None:
    assert from_tamil("Meena oda pudhu naai kutti peru enna?") == "what is the name of Meena's new dog?"
    assert from_tamil("Meena oda flight eppo land aagum?") == "when does Meena's flight land?"
    assert from_tamil("Ravi sonna restaurant enga?") == "which restaurant did Ravi recommend?"
    assert from_tamil("Budget sync mudinja anniki raathiri ethana mani neram thoonginen?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_tamil("Ravi Dune pathi sonna anniki raathiri enna saapten?") == "what did I eat for dinner on the day Ravi mentioned Dune?"
    assert from_tamil("indha vaaram ah poana vaaram ah, endha vaaram kaapi adhigam?") == "did I drink more coffee this week than last week?"
    assert from_tamil("9 pm ku appuram dinner saapta, thookam kammi aagudha?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_tamil("adhuku munnadi raathiri?") == "and the night before?"
    assert from_tamil("inniki ippo varaikum?") == "and today so far?"
    assert from_tamil("Meena na?") == "and Meena?"


def test_a_question_ending_na_in_another_language_is_left_alone() -> None:
    assert from_tamil("Jak se má Meena na?") == "Jak se má Meena na?"


@pytest.mark.parametrize("expression, english", [
    ('Debug.Print DLookup("food", "tbl_Meals", "meal = \'breakfast\' AND log_day = \'Tuesday\'")', "what did I eat for breakfast Tuesday?"),
    ('DoCmd.OpenReport "rptPeople", acViewPreview, , "meeting = \'Budget sync\' AND log_day = \'Monday\'"',
     "who was at the Budget sync meeting Monday?"),
    ('Debug.Print DCount("*", "tbl_Meetings", "log_day = \'today\'")', "how many meetings did I have today?"),
    ('Debug.Print DMax("drunk_at", "tbl_Coffee", "log_day = \'Monday\'")', "what time was my last coffee Monday?"),
    ('Debug.Print DSum("km", "tbl_Workouts", "activity = \'cycle\' AND log_day = \'today\'")', "how many km did I cycle today?"),
    ('Debug.Print DCount("*", "tbl_Workouts", "log_day >= dtMonday")', "how many workouts did I do this week?"),
    ('Debug.Print DLookup("turns", "tbl_Family", "parent = \'Meena\' AND child = \'daughter\'")', "how old will Meena's daughter turn?"),
    ('Debug.Print DSum("hours", "tbl_Sleep", "log_night = \'Monday night\'") > DSum("hours", "tbl_Sleep", "log_night = \'last night\'")',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('Debug.Print DAvg("hours", "qrySleepAfterDinner", "dinner_start >= \'9 pm\'") - DAvg("hours", "qrySleepAfterDinner", "dinner_start < \'9 pm\'")',
     "do I sleep less after dinner at 9 pm or later?"),
    ('Debug.Print DAvg("cups", "qryCoffeeDays", "exercised = True") - DAvg("cups", "qryCoffeeDays", "exercised = False")',
     "do I drink more coffee on workout days than on rest days?"),
    ('Debug.Print DLookup("place", "tbl_Meals", "meal = \'lunch\' AND day = DLookup(\'day\', \'tbl_Meetings\', \'title = \'\'Budget sync\'\'\')")',
     "where did I have lunch on the day of the Budget sync meeting?"),
    ('Debug.Print DLookup("food", "tbl_Meals", "meal = \'dinner\' AND day = DLookup(\'day\', \'tbl_Tips\', \'giver = \'\'Ravi\'\' AND title = '
     '\'\'Dune\'\'\')")', "what did I eat for dinner on the day Ravi mentioned Dune?"),
    ("dtNight = dtNight - 1: Me.Requery", "and the night before?"), ("dtDay = Date: Me.Requery", "and today so far?"),
    ('strWho = "Meena": Me.Requery', "and Meena?"), ('dtDay = "Friday": Me.Requery', "and Friday?"),
    ('Debug.Print DLookup("minutes", "tbl_Meetings", "title = \'" & strTitle & "\' AND day = \'" & dtDay & "\'")',
     "and how long was that meeting?"),
    ("Debug.Print Now()", "Debug.Print Now()"), ("what did I eat today?", "what did I eat today?"),
])
def test_an_access_expression_is_read_as_its_question(expression: str, english: str) -> None:
    assert from_ms_access(expression) == english


def test_a_curators_and_a_pepper_farmers_wordings() -> None:
    CASE.assert_planned("Permit a retired archivist to enquire where he lunched on 21/10/2036, Sevvaai. Entered in the parish register, "
                        "Kapit.", "meal", "value", "place", "Tue 21")
    CASE.assert_planned("Permit a retired archivist to enquire after the whole caffeine, reckoned up in mg, that he ingested on Thingal "
                        "20/10/2036.", "coffee", "total", "amount", "Mon 20")
    assert tidy("On the same herbarium sheet, the night preceding it.") == "and the night before?"
    assert tidy("On the same herbarium sheet, Meena being the party.") == "and Meena?"
    assert tidy("At what o'clock did my head meet the pillow last night?").startswith("what time did I go to bed")
    assert tidy("Whichever day Ravi brought Dune into the talk, what did I sup on?") == "what did I eat for dinner on the day Ravi mentioned Dune?"
    assert tidy("Same vine, next post along: the night that came ahead of it?") == "and the night before?"
    assert "Meena's flight lands" in tidy("Permit a retired archivist to enquire at what hour the aeroplane conveying Meena is expected to alight.")
