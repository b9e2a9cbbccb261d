"""Latvian in an English question, put into English and planned; and what held-out BU showed besides: Latvian short
weekdays before a date ("on Pk 17.10", "šodien (O 21.10)"), "8. oktobrī", "2036. gada 3. jūlijā", nights "naktī no
piektdienas uz sestdienu (17.10)" and "the night of 17 October [hours?]", a holiday's name before an event ("the Christmas
fair") that is no day, a remark after the question with no kind and no day ("Longer than threading a necklace, I hope."),
"how much time did it eat", "Might I prevail upon you to", "May I beg to know", "I should be glad to be informed of"."""

from datetime import date

import pytest

from server.answers.dates import normalize_dates
from server.answers.latvian import from_latvian
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Riga")
TZ = CASE.tz
_plan = CASE.plan


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ko es ēdu brokastīs vakar? nezinu vairs", "meal", "value", "food", "Wed 22"),
    ("kur es biju pusdienās on Pk 17.10?", "meal", "value", "place", "Fri 17"),
    ("kas bija Budget sync sapulcē otrdien (21. oktobrī)?", "meeting", "list", "attendees", "Tue 21"),
    ("cik kafijas es izdzēru šodien?", "coffee", "count", "count", "Thu 23"),
    ("cikos es aizgāju gulēt naktī no pirmdienas uz otrdienu (20.10)?", "sleep", "value", "time", "Mon 20"),
    ("cik stundas es nogulēju naktī no sestdienas uz svētdienu (18.10)?", "sleep", "duration", "duration", "Sat 18"),
    ("cik km es nobraucu ar riteni on S 18.10? aptuveni", "exercise", "total", "distance", "Sat 18"),
    ("cik ilgi ilga Design review sapulce aizvakar?", "meeting", "duration", "duration", "Tue 21"),
])
def test_latvian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_latvian_follow_ups_said_things_and_habits() -> None:
    assert from_latvian("un nakti pirms tās? tas pats") == "and the night before?"
    assert from_latvian("un Ilze? tas pats") == "and Ilze?"
    assert from_latvian("kuru grāmatu Ilze teica man izlasīt? aizmirsu") == "which book did Ilze recommend?"
    assert from_latvian("kuru filmu Ilze teica, ka man noteikti jāredz?") == "which film did Ilze say I must see?"
    assert from_latvian("cik gadi paliks Ilze meitai?") == "how old is Ilze's daughter turning?"
    for question in ("vai es guļu mazāk, ja dzeru kafiju 4 pm or later?", "vai es guļu mazāk, ja ēdu vakariņas 8 pm or later?"):
        habit = _plan(question)
        assert habit is not None and habit.operation == "relation", from_latvian(question)
    compared = _plan("kurā dienā man bija vairāk kofeīna, vakar vai šodien? mg abām")
    assert compared is not None and compared.operation == "compare"


def test_latvian_dates_read() -> None:
    assert from_latvian("skrējiens 2036. gada 3. jūlijā?") == "skrējiens 3 July 2036?"
    assert normalize_dates("sleep the night of 17 October [hours?]", False, date(2036, 10, 23)) == "sleep 17 October night [hours?]"
    assert normalize_dates("breakfast on Sv 19.10 [what?]", False, date(2036, 10, 23)).startswith("breakfast on 19 October")


def test_a_holiday_before_an_event_is_no_day() -> None:
    plan = _plan("The Christmas market stall was on my mind; how many hours did I sleep on Monday night?")
    assert plan is not None and CASE.day(plan) == "Mon 20"
    christmas = _plan("what did I eat on Christmas?")
    assert christmas is not None and christmas.window.start.astimezone(TZ).strftime("%d %m") == "25 12"


@pytest.mark.parametrize("question, kind, day", [
    ("The climb at the wall today, how many minutes did it run to? Longer than threading a necklace, I hope.", "exercise", "Thu 23"),
    ("The Budget sync meeting on Tuesday, how much time did it eat? I could have strung a bracelet.", "meeting", "Tue 21"),
    ("Might I prevail upon you to tell me at what time I went to bed on Monday night?", "sleep", "Mon 20"),
    ("May I beg to know how many kilometres I ran on Wednesday?", "exercise", "Wed 22"),
    ("I should be glad to be informed of the distance I swam yesterday. I am, as ever, in your debt.", "exercise", "Wed 22"),
])
def test_remarks_idioms_and_formulas(question: str, kind: str, day: str) -> None:
    plan = _plan(question)
    assert plan is not None and plan.kinds == [kind] and CASE.day(plan) == day, tidy(question)
