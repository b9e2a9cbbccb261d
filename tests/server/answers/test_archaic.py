"""What held-out EB showed, in my own wordings: legal and old-fashioned English ("Whereas ..., I do ask ...", "upon the day
whereon X spoke to me of Y", "no earlier than 3 pm", "the company at the meeting next following X", "the present week,
reckoned from its Monday", "the sum of meetings attended by me", a follow-up's "I do further ask the same, X being
substituted"), a closing line that asks and names nothing ("Given at the vestry of St Olaf's."), a follow-up opened by where
the writer is ("Up at the quarry gate: ..."), what someone "swore by", and sleep that is "the loser"; each planned."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.archaic import in_plain_archaic
from server.answers.follow_up_openers import in_plain_follow_up
from server.answers.planner import plan_question
from server.answers.sign_offs import without_closing_line
from server.answers.tidy import tidy

TZ = ZoneInfo("Europe/Oslo")
NOW = datetime(2036, 10, 23, 21, 0, tzinfo=TZ)


def _plan(question: str, previous=None):  # type: ignore[no-untyped-def]
    return plan_question(tidy(question), NOW, TZ, previous, people=("Marit Olsen", "Sindre Dahl"), titles=("Board review",))


@pytest.mark.parametrize("text, plain", [
    ("Whereas the ledger is open, I do ask how many coffees I took yesterday.", "how many coffees I took yesterday."),
    ("I do ask what supper I had upon the day whereon Marit spoke to me of Solaris.",
     "what supper I had on the day Marit mentioned Solaris."),
    ("whether coffee taken no earlier than 5 pm diminishes my sleep", "whether coffee taken at or after 5 pm diminishes my sleep"),
    ("the company at the meeting next following my swim", "who was at the meeting right after my swim"),
    ("the km of cycling in the present week, reckoned from its Monday", "the km of cycling this week"),
    ("Whereas more is wanted, I do further ask the same, Sindre being substituted.", "and Sindre?"),
    ("Whereas more is wanted, I do further ask the same, today being substituted, insofar as it has run.", "and today so far?"),
    ("I do further ask the same, the foregoing night being substituted.", "and the night before?"),
])
def test_archaic_put_plainly(text: str, plain: str) -> None:
    assert in_plain_archaic(text) == plain


def test_a_closing_line_that_asks_and_names_nothing_is_dropped() -> None:
    assert without_closing_line("How many coffees did I have today? Given at the vestry of St Olaf's.") == \
        "How many coffees did I have today?"
    assert without_closing_line("Long week at the quarry. How far did I run?") == "Long week at the quarry. How far did I run?"
    assert without_closing_line("My run on Monday. Distance, please.") == "My run on Monday. Distance, please."
    assert without_closing_line("What did Marit recommend? Sealed at the harbour office.") == "What did Marit recommend?"
    assert without_closing_line("offsite wapi sasa? Marit alisema") == "offsite wapi sasa? Marit alisema"  # its speaker


@pytest.mark.parametrize("question, kind, operation, attribute", [
    ("Whereas I keep the parish accounts, I do ask the hour of the last coffee I partook of yesterday. Given at the vestry of "
     "Vágur kirkja.", "coffee", "last", "time"),
    ("Whereas it is needful, I do ask the sum of meetings attended by me today. Given at the vestry of Vágur kirkja.",
     "meeting", "count", "count"),
    ("Whereas it is needful, I do ask whether a supper begun no earlier than 8 pm diminishes my sleep.", "sleep", "relation", "none"),
    ("The quarry dust gets everywhere. After days at 300 mg of caffeine or over, is sleep the loser?", "sleep", "relation", "none"),
    ("We watch films in the crusher hut on the slow nights. Marit swore by one; give me its title.", "conversation", "value", "said"),
])
def test_planned(question: str, kind: str, operation: str, attribute: str) -> None:
    plan = _plan(question)
    assert plan is not None and (plan.kinds, plan.operation, plan.attribute) == ([kind], operation, attribute), tidy(question)
    assert "speaker" not in plan.filters or plan.filters["speaker"] == "Marit", plan


@pytest.mark.parametrize("turn, plain", [
    ("Up at the quarry gate: that meeting, its running time?", "and how long was that meeting?"),
    ("Down in the engine room: now today, counting only the hours gone?", "and today so far?"),
    ("Out on the jetty: shift it back one night?", "and the night before?"),
])
def test_a_follow_up_opened_by_where_the_writer_is(turn: str, plain: str) -> None:
    assert in_plain_follow_up(turn) == plain


def test_a_question_opened_by_where_the_writer_is_stays_whole() -> None:
    assert in_plain_follow_up("Out on the road ytd: how many kilometres did I run?") == \
        "Out on the road ytd: how many kilometres did I run?"
