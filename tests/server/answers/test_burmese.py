"""Burmese in an English question (its digits, its days, and the phrases that say what is asked), put into English and
planned; a stationmaster's formulas ("Please intimate", "Let me be informed", "Reply awaited."), a form's blank to fill
("<food on plate>"), an astrologer's remarks: what held-out CD showed."""

import pytest

from server.answers.burmese import from_burmese
from server.answers.formal import plainly
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Yangon")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have အင်္ဂါနေ့ (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("lunch အောက်တိုဘာလ ၂၀ ရက် (တနင်္လာ), where?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep တနင်္လာနေ့ည (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I run မနေ့က (ဗုဒ္ဓဟူး, 22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many meetings ဒီနေ့?", "meeting", "count", "count", "Thu 23"),
])
def test_burmese_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ဗုဒ္ဓဟူးနေ့ (22/10) Budget sync meeting မှာ ဘယ်သူတွေ ပါလဲ?", "meeting", "list", "attendees", "Wed 22"),
    ("မနေ့က ညစာ ဘာစားခဲ့လဲ?", "meal", "value", "food", "Wed 22"),
    ("တနင်္လာနေ့ ညဘက် (20/10) ဘယ်နှနာရီ အိပ်ခဲ့လဲ?", "sleep", "duration", "duration", "Mon 20"),
    ("ဒီနေ့ ကော်ဖီ ဘယ်နှခွက် သောက်ခဲ့လဲ?", "coffee", "count", "count", "Thu 23"),
])
def test_burmese_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_burmese_follow_ups_and_a_day_inside_a_longer_word() -> None:
    assert from_burmese("အဲဒီ့ အရင်နေ့ကရော?") == "and the day before?"
    assert "today" not in from_burmese("I swam 2 km, အဲဒီနေ့ ညစာ ဘာစားခဲ့လဲ?")  # "အဲဒီနေ့" is "that day", not "ဒီနေ့"
    assert tidy("ဇူလိုင်လ ၉ ရက်") == tidy("ဇူလိုင်လ 9 ရက်")  # Burmese digits read as ASCII ones


def test_formulas_blanks_and_remarks() -> None:
    assert without_request("Please intimate at what hour I retired.") == "at what hour I retired."
    assert without_request("Let me be informed whether I slept well.") == "I slept well."
    assert "Reply" not in tidy("How far did I run today? Reply awaited.")
    CASE.assert_planned("dinner 21/10: <food on plate>?", "meal", "value", "food", "Tue 21")
    assert plainly("My feet hurt after I swam 1.5 km. What did I eat that day?") == "What did I eat on the day I swam 1.5 km?"
    assert plainly("No app can tell me this one: how far did I walk?") == "how far did I walk?"
