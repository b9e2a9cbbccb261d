"""Adyghe in Cyrillic in an English question (its weekdays "Блыпэ" to "Тхьаумаф" before a day-first date or in brackets
after one, "непэ (...)", "тыгъуасэ (...)", nights "... чэщым ...", "мы тхьамафэм", and the phrases that say what is asked,
with case endings glued to English words: "flight-р", "... workshop-м", "bike-мкIэ"), put into English and planned; a writer
who "would have the diary yield up" what he asks and signs off "Inscribed at <place>"; follow-ups opened "..., one more:" or
"On the same stone, the diary is to yield up"; and a dredge operator's idioms: what held-out DU showed."""

import pytest

from server.answers.adyghe import from_adyghe
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Amman")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Гъубдж 21/10/2036 coffee тхьапш сешъуагъ?", "coffee", "count", "count", "Tue 21"),
    ("22/10/2036 (Бэрэскэжъый) lunch тыдэ сшхыгъа?", "meal", "value", "place", "Wed 22"),
    ("тыгъуасэ (Бэрэскэжъый) bike-мкIэ km тхьапш?", "exercise", "total", "distance", "Wed 22"),
    ("Блыпэ чэщым 20/10/2036 сыхьат тхьапш сычъыягъ?", "sleep", "duration", "duration", "Mon 20"),
    ("19/10/2036 (Тхьаумаф) чэщым сыдигъо сычъыягъ?", "sleep", "value", "time", "Sun 19"),
    ("непэ (23/10/2036) сыдигъо сыкъэушъыгъ?", "sleep", "value", "time", "Thu 23"),
    ("Мэфэзакъу 18/10/2036 пщэдджыжьышхэм сыд сшхыгъа?", "meal", "value", "food", "Sat 18"),
    ("17/10/2036 (Бэрэскэшхо) meeting тхьапш щыIагъ?", "meeting", "count", "count", "Fri 17"),
    ("Гъубдж 21/10/2036 Design review-м хэт щыIагъ?", "meeting", "list", "attendees", "Tue 21"),
])
def test_adyghe_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_adyghe_what_is_asked() -> None:
    assert from_adyghe("Rania и flight-р сыдигъо къэсыщт?") == "when does Rania's flight land?"
    assert from_adyghe("Samir ыIуагъэ book-р сыд ыцIэ? I lost the note") == "which book did Samir recommend?"
    assert from_adyghe("Samir ыпхъу birthday нэужым ыныбжь тхьапш хъущт?") == "how old will Samir's daughter turn?"
    assert from_adyghe("Budget sync ыуж а чэщым сыхьат тхьапш сычъыягъ?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_adyghe("9.5 km cycled мафэм dinner сыд сшхыгъа?") == "what did I eat for dinner on the day I cycled 9.5 km?"
    assert from_adyghe("мы тхьамафэм coffee нахьыба блэкIыгъэ тхьамафэм нахьи?") == "did I drink more coffee this week than last week?"
    assert from_adyghe("мы тхьамафэм swimming km тхьапш? Блыпэ къыщегъэжьагъэу") == "how many km did I swim this week?"
    assert from_adyghe("9 pm ыуж dinner сшхымэ, sleep нахь макIа?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_adyghe("ащ ыпэрэ чэщыр?") == "and the night before?"
    assert from_adyghe("непэ шъхьае?") == "and today so far?"
    assert from_adyghe("Samir шъхьае?") == "and Samir?"
    assert from_adyghe("what did Samir say about the budget?") == "what did Samir say about the budget?"


def test_an_epigraphers_and_a_dredge_operators_wordings() -> None:
    CASE.assert_planned("The epigrapher would have the diary yield up the hour he rose, Гъубдж 21/10/2036. "
                        "Inscribed at Jabal al-Qal'a, Amman.", "sleep", "value", "time", "Tue 21")
    CASE.assert_planned("The epigrapher would have the diary yield up the noon fare, 22/10/2036 (Бэрэскэжъый).",
                        "meal", "value", "food", "Wed 22")
    plan = CASE.plan("The keeper of the scrolls would have his ledger state the supper of the date whereon he swam 1.2 km.")
    assert plan is not None and (plan.kinds, plan.filters) == (["meal"], {"meal": "dinner", "anchor": "I swam 1.2 km"})
    assert tidy("Off the pontoon for a second, one more: shift it back by a night?") == "and the night before?"
    assert tidy("On the same stone, the diary is to yield up the matter again for Samir.") == "and Samir?"
    assert tidy("On the same stone, the diary is to yield up the span of the meeting last named.") == "and how long was that meeting?"
    assert tidy("The one with Rania on board, when does it touch down?") == "when does Rania's flight land?"
    assert tidy("When did my head hit the pillow, yesterday?") == "what time did I go to bed, yesterday?"
    assert tidy("When did the pot pour me the final cup, today?") == "what time was my last coffee, today?"
    assert tidy("Weighing Monday up with Tuesday, which had me swallowing more caffeine?") == \
        "which day had more caffeine, Monday or Tuesday?"
    assert tidy("When a day's cups pass 350 mg, does the night that follows get shorter?") == \
        "how do I sleep after days of 350 mg of caffeine or more compared to other nights?"
