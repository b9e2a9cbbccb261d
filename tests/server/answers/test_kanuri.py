"""Kanuri in an English question (its weekdays "lətinin" to "lahadə" before a day-first date or after "yim" with a comma,
"yim adə (...)", "bəlaŋ (...)", nights "... bune ..." and "bune ... (...)", "week adə", and the phrases that say what is
asked: "hours ndagu I slept", "lunch ndarə lan", "saa afi lan", "X lan kam ndu ndu came", a follow-up's "X-a?"), put into
English and planned; an acridologist who asks "For the hopper register, I would ask you to state ..." and signs off "Sent
from the acridology bench, <place>"; a gum trader's idioms and follow-ups: what held-out DX showed."""

import pytest

from server.answers.kanuri import from_kanuri
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Ndjamena")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("talata 21/10/2036 coffee ndagu I drank?", "coffee", "count", "count", "Tue 21"),
    ("bəlaŋ (laraba) lunch ndarə lan I ate?", "meal", "value", "place", "Wed 22"),
    ("yim laraba, 22/10/2036 bike lan km ndagu I rode?", "exercise", "total", "distance", "Wed 22"),
    ("lətinin bune 20/10/2036 hours ndagu I slept?", "sleep", "duration", "duration", "Mon 20"),
    ("bune 19/10/2036 (lahadə) saa afi lan I went to bed?", "sleep", "value", "time", "Sun 19"),
    ("yim adə (23/10/2036) saa afi lan I woke up?", "sleep", "value", "time", "Thu 23"),
    ("səbdu 18/10/2036 breakfast lan afi I ate?", "meal", "value", "food", "Sat 18"),
    ("jəma 17/10/2036 meetings ndagu I had?", "meeting", "count", "count", "Fri 17"),
    ("talata 21/10/2036 Design review lan kam ndu ndu came?", "meeting", "list", "attendees", "Tue 21"),
])
def test_kanuri_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_kanuri_what_is_asked() -> None:
    assert from_kanuri("Rania-nzə flight saa afi lan lands?") == "when does Rania's flight land?"
    assert from_kanuri("the book Samir said read, title-nzə afi?") == "which book did Samir recommend?"
    assert from_kanuri("Samir-nzə kəri, name-nzə afi?") == "what is the name of Samir's dog?"
    assert from_kanuri("Samir-nzə tada kamu, next birthday lan years ndagu?") == "how old will Samir's daughter turn?"
    assert from_kanuri("Budget sync meeting after, bune adə hours ndagu I slept?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_kanuri("yim 9.5 km I cycled, dinner lan afi?") == "what did I eat for dinner on the day I cycled 9.5 km?"
    assert from_kanuri("dinner starting 9 pm or past, bune-nzə sleep gana?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_kanuri("lahadə bune 19/10/2036 or bune 20/10/2036 (lətinin), bune afi more sleep?") == \
        "which night did I sleep longer, the night of 19/10/2036 or the night of 20/10/2036, with the hours of each?"
    assert from_kanuri("this week since lətinin, running km ndagu?") == "how many km did I run this week?"
    assert from_kanuri("and the bune before?") == "and the night before?"
    assert from_kanuri("yim adə-a, so far?") == "and today so far?"
    assert from_kanuri("Samir-a, afi?") == "and Samir?"
    assert from_kanuri("yim laraba, 22/10/2036-a?") == "and on 22/10/2036?"
    assert from_kanuri("what did Samir say about the lan party?") == "what did Samir say about the lan party?"


def test_an_acridologists_and_a_gum_traders_wordings() -> None:
    CASE.assert_planned("For the hopper register, I would ask you to state the hour of rising, yim adə (23/10/2036). "
                        "Sent from the acridology bench, Farcha.", "sleep", "value", "time", "Thu 23")
    CASE.assert_planned("For the hopper register, I would ask you to state the meetings that claimed her, lətinin 20/10/2036, "
                        "counted. Sent from the acridology bench, Farcha.", "meeting", "count", "count", "Mon 20")
    assert tidy("Is it nine yet? Sent from my iPhone") == "Is it nine yet?"
    assert tidy("For the hopper register, I would ask you to state whether the exercise of yesterday outlasted that of "
                "today.") == "which workout was longer, yesterday or today."
    assert tidy("Buyers fly in. When should the aircraft with Samir aboard put down?") == "Buyers fly in. when does Samir's flight land?"
    assert tidy("I never stop talking. Yesterday, the meetings I sat through numbered what?") == \
        "I never stop talking. Yesterday, how many meetings did I have?"
    assert tidy("While the sacks sit on the scale: shift it back a day?") == "and the day before?"
    plan = CASE.plan("The season is busy, yet I still run when I can. From Monday till this moment, what is my km count for the week?")
    assert plan is not None and (plan.operation, plan.attribute, plan.filters.get("activity")) == ("total", "distance", "run")
    assert plan.window is not None and plan.window.label == "this week"
    plan = CASE.plan("News travels fast. Samir mentioned Dune one day; which dish ended my day?")
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("meal") == "dinner"
