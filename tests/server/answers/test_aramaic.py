"""Assyrian Neo-Aramaic in Latin letters in an English question (its weekdays Trushaba to Khushaba before a slashed date, after
"yoma d-" and before a comma, or after the date and a comma; "idyu,", "timmal,", nights "lelya d-...", "lelya, ...", "lelya
d-timmal, ...", "ay shabua", "shabua qamaya", a day after a meeting's "d-", and the phrases that say what is asked), put into
English and planned; a question typed as one AppleScript statement to a diary app (values through their containers, "first X
whose ...", "count", "every", a comparison, a habit, "day of meeting", "set theDay to ..." for a rerun); a writer who "desires to
know" and signs off "Struck and dated, ...", follow-ups opened with a phrase of one's trade ("From the same ..., ...", "Another
... : ..."), and a distiller's idioms: what held-out DO showed."""

import pytest

from server.answers.applescript import from_applescript
from server.answers.aramaic import from_aramaic
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Damascus")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Tlatushaba 21/10/2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch yoma d-Trushaba, 20/10/2036?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle on 22/10/2036, Arbushaba?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep lelya d-Khushaba 19/10/2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep lelya, Tlatushaba 21/10/2036?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Shapta 18/10/2036?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have timmal, Arbushaba 22/10/2036?", "meeting", "count", "count", "Wed 22"),
])
def test_aramaic_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("b-Budget sync d-Tlatushaba 21/10/2036 mani ithwa tama?", "meeting", "list", "attendees", "Tue 21"),
    ("Design review d-idyu, 23/10/2036, kma sa'ate yan daqiqe?", "meeting", "duration", "duration", "Thu 23"),
    ("mudi khlili l-ikhala d-sapra Erota 17/10/2036?", "meal", "value", "food", "Fri 17"),
    ("kma sa'ate dmikhli lelya d-Trushaba 20/10/2036?", "sleep", "duration", "duration", "Mon 20"),
    ("idyu, 23/10/2036 aymat qimli from bed?", "sleep", "value", "time", "Thu 23"),
    ("Trushaba 20/10/2036 b-bisklet kma km zilli?", "exercise", "total", "distance", "Mon 20"),
    ("yoma d-Arbushaba, 22/10/2036 dinner eka khlili?", "meal", "value", "place", "Wed 22"),
    ("timmal, Arbushaba 22/10/2036 kma qahwe shtili?", "coffee", "count", "count", "Wed 22"),
])
def test_aramaic_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_aramaic_what_is_asked() -> None:
    assert from_aramaic("kalba zora d-Ninos, mudi shimmeh?") == "what is the name of Ninos's new dog?"
    assert from_aramaic("tayyara d-Ninos aymat lands?") == "when does Ninos's flight land?"
    assert from_aramaic("ayna bet ikhala mirre Shamiram? i forgot") == "which restaurant did Shamiram recommend?"
    assert from_aramaic("lelya batar Budget sync, kma sa'ate dmikhli?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_aramaic("yoma d-Shamiram mhukele 'al Dune, dinner mudi wewa?") == "what did I eat for dinner on the day Shamiram mentioned Dune?"
    assert from_aramaic("yoma d-cycled 14.5 km, ikhala d-ramsha mudi wewa?") == "what did I eat for dinner on the day I cycled 14.5 km?"
    assert from_aramaic("ay shabua yan shabua qamaya, ayna bish qahwe?") == "did I drink more coffee this week than last week?"
    assert from_aramaic("dinner 9 pm yan bish drang, shintha bish qalila?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_aramaic("Atlas launch l-ayna yoma pishla? Ninos mirre it slipped") == \
        "what is the new date of the Atlas launch according to Ninos?"
    assert from_aramaic("w lelya d-qameh?") == "and the night before?"
    assert from_aramaic("idyu hal hasha?") == "and today so far?"
    assert from_aramaic("w d-Shamiram?") == "and Shamiram?"
    assert from_aramaic("Trushaba 20/10/2036 ham?") == "and on 20/10/2036?"


@pytest.mark.parametrize("statement, english", [
    ('tell application "Diary" to get food of meal "breakfast" of day "Tuesday"', "what did I eat for breakfast Tuesday?"),
    ('tell application "Diary" to get name of every attendee of meeting "Budget sync" of day "Monday"',
     "who was at the Budget sync meeting Monday?"),
    ('tell application "Diary" to count meetings of day "today"', "how many meetings did I have today?"),
    ('tell application "Diary" to get time of last coffee of day "Monday"', "what time was my last coffee Monday?"),
    ('tell application "Diary" to get distance of every ride of day "today"', "how many km did I cycle today?"),
    ('tell application "Diary" to count workouts of current week', "how many workouts did I do this week?"),
    ('tell application "Diary" to get coming age of daughter of person "Ninos"', "how old will Ninos's daughter turn?"),
    ('tell application "Diary" to get name of dog of person "Ninos"', "what is the name of Ninos's new dog?"),
    ('tell application "Diary" to get title of first film whose recommender is "Shamiram"', "which film did Shamiram recommend?"),
    ('tell application "Diary" to get (sleep duration of night "Monday night") > (sleep duration of night "last night")',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('tell application "Diary" to get (average sleep of nights whose dinner time >= "9 pm") - (average sleep of nights whose '
     'dinner time < "9 pm")', "do I sleep less after dinner at 9 pm or later?"),
    ('tell application "Diary" to get (average coffee count of days whose workout day is true) - (average coffee count of days '
     'whose workout day is false)', "do I drink more coffee on workout days than on rest days?"),
    ('tell application "Diary" to get place of meal "lunch" of day of meeting "Budget sync"',
     "where did I have lunch on the day of the Budget sync meeting?"),
    ('tell application "Diary" to get food of meal "dinner" of day of (first tip whose teller is "Shamiram" and title is "Dune")',
     "what did I eat for dinner on the day Shamiram mentioned Dune?"),
    ('tell application "Diary" to get sleep duration of night of day of meeting "Budget sync"',
     "how many hours did I sleep the night after the Budget sync meeting?"),
    ("set theNight to theNight - 1 * days -- again", "and the night before?"),
    ("set theDay to current date", "and today so far?"),
    ('set thePerson to "Ninos" -- rerun', "and Ninos?"), ('set theDay to "Friday"', "and Friday?"),
    ('tell application "Diary" to get duration of theMeeting', "and how long was that meeting?"),
    ('tell application "Finder" to empty the trash', 'tell application "Finder" to empty the trash'),
    ("what did I eat today?", "what did I eat today?"),
])
def test_an_applescript_statement_is_read_as_its_question(statement: str, english: str) -> None:
    assert from_applescript(statement) == english


def test_a_collectors_and_a_distillers_wordings() -> None:
    CASE.assert_planned("A retired archivist desires to know what he took at breakfast, Tlatushaba 21/10/2036. Signed and dated, "
                        "Homs.", "meal", "value", "food", "Tue 21")
    CASE.assert_planned("A retired archivist desires to know how long the Budget sync sat, yoma d-Trushaba, 20/10/2036.",
                        "meeting", "duration", "duration", "Mon 20")
    assert tidy("From the same ledger, the night preceding.").rstrip(".?") == "and the night before"
    assert tidy("Another crate to pack: the day that came before?") == "and the day before?"
    assert tidy("From the same ledger, Ninos in place of the first.") == "and Ninos?"
    assert tidy("Another crate to pack: the present day thus far?") == "and today so far?"
    assert tidy("What did I put in my stomach before work, yesterday?") == "what did I eat for breakfast, yesterday?"
    assert tidy("On the day Ninos talked up Dune, what was on the evening table?") == \
        "on the day Ninos mentioned Dune, what did I eat for dinner?"
    assert tidy("The Budget sync, yesterday: how many minutes of talk did it come to?") == \
        "how many minutes was the Budget sync meeting yesterday?"
