"""Javanese in an English question (its weekdays, "dino iki", "wingi", nights with "bengi", and the phrases that say what
is asked), put into English and planned; a question typed as a Haskell list comprehension; a retired lighthouse keeper's
formulas ("Render unto me", "Instruct me as to", "Make plain to me", "Recount to me", "Set forth for me", "I close with
thanks laid up in advance"); a gamelan smith's remarks around the question: what held-out CP showed."""

import pytest

from server.answers.haskell import from_haskell
from server.answers.javanese import from_javanese
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Makassar")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Selasa (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 October (Senen)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep Senen bengi (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle wingi (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep 21 October bengi?", "sleep", "duration", "duration", "Tue 21"),
])
def test_javanese_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("rapat Budget sync Selasa (21/10) sing teko sopo wae?", "meeting", "list", "attendees", "Tue 21"),
    ("Rebo (22/10) sarapan aku mangan opo?", "meal", "value", "food", "Wed 22"),
    ("Senen bengi (20/10-21/10) aku turu pirang jam?", "sleep", "duration", "duration", "Mon 20"),
    ("Senen (20/10) sepedaan piro km?", "exercise", "total", "distance", "Mon 20"),
    ("Selasa (21/10) ngombe kopi piro gelas?", "coffee", "count", "count", "Tue 21"),
    ("Rebo (22/10) maem awan nang ngendi aku?", "meal", "value", "place", "Wed 22"),
])
def test_javanese_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_javanese_what_is_asked() -> None:
    assert from_javanese("bengi sakdurunge?") == "and the night before?"
    assert from_javanese("kirik e Wulan jenenge sopo?") == "what is the name of Wulan's new dog?"
    assert from_javanese("podcast sing disaranke Wulan opo jenenge?") == "which podcast did Wulan recommend?"
    assert from_javanese("dino aku swam 2 km, bengine mangan opo?") == "what did I eat for dinner on the day I swam 2 km?"
    assert from_javanese("nek ngombe kopi jam 5 pm utawa luwih bengi, turuku dadi kurang ora?") == "do I sleep less after coffee at 5 pm or later?"


def test_javanese_words_leave_other_questions_alone() -> None:
    assert from_javanese("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_javanese("Did Setu call me about the minggu iki plan?") == "Did Setu call me about the this week plan?"


@pytest.mark.parametrize("comprehension, english", [
    ('[food m | m <- meals, day m == "Tuesday", kind m == Dinner]', "what did I eat for dinner Tuesday?"),
    ('[venue m | m <- meals, day m == "yesterday", kind m == Breakfast]', "where did I have breakfast yesterday?"),
    ('[attendees m | m <- meetings, title m == "Budget sync", day m == "Monday"]', "who was at the Budget sync meeting Monday?"),
    ('[hours n | n <- nights, night n == "last night"]', "how many hours did I sleep last night?"),
    ('[km w | w <- workouts, activity w == Cycle, day w == "today"]', "how many km did I cycle today?"),
    ('length [c | c <- coffees, day c == "Monday"]', "how many coffees did I drink Monday?"),
    ('maximum [time c | c <- coffees, day c == "Monday"]', "what time was my last coffee Monday?"),
    ('[food m | w <- workouts, verb w == "swam", km w == 2, m <- meals, kind m == Lunch, day m == day w]',
     "what did I eat for lunch on the day I swam 2 km?"),
    ('[hours n | r <- meetings, title r == "Design review", n <- nights, night n == day r]',
     "how many hours did I sleep the night after the Design review meeting?"),
    ('mean [hours n | n <- nights, lastCoffee n >= "5 pm"] < mean [hours n | n <- nights, lastCoffee n < "5 pm"]',
     "do I sleep less after coffee at 5 pm or later?"),
    ('sortOn (Down . snd) [(day w, minutes w) | w <- workouts, day w `elem` ["Monday", "Tuesday"]]',
     "which workout was longer, Monday or Tuesday, with the minutes of each?"),
    ('[podcastTip p | p <- people, name p == "Wulan"]', "which podcast did Wulan recommend?"),
    ("rerun lastQuery previousNight", "and the night before?"), ('rerun lastQuery (forDay "Tuesday")', "and Tuesday?"),
    ("what did I eat today?", "what did I eat today?"), ("[draft] lunch notes", "[draft] lunch notes"),
])
def test_a_haskell_comprehension_is_read_as_its_question(comprehension: str, english: str) -> None:
    assert from_haskell(comprehension) == english


def test_a_lighthouse_keepers_formulas_and_a_smiths_remarks() -> None:
    assert without_request("Render unto me where I had lunch.") == "where I had lunch."
    assert without_request("Instruct me as to how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? I close with thanks laid up in advance.") == "How many coffees did I drink on Monday?"
    CASE.assert_planned("Sparks fly at every strike. Which faces turned up at the Budget sync on Monday?", "meeting", "list", "attendees", "Mon 20")
    plan = CASE.plan("Render unto me which day of the pair Monday and Tuesday bore the larger dose of caffeine, the milligrams of each appended.")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["coffee"], plan
    plan = CASE.plan("The stall knows me. Am I ahead of last week's coffee count this week?")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["coffee"], plan
    plan = CASE.plan("Festivals run late. When my plate comes at 9 pm or later still, does the night pay for the late plate?")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
