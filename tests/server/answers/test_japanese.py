"""Japanese in kanji and kana in an English question (a year-first date with its weekday's kanji in brackets or the weekday in
full before it, "今日(...)", "昨日(火)", nights "火曜の夜 ...", "...(火)の夜", "ゆうべ(...)", "今週", "先週", a name with
"さん", and the phrases that say what is asked), put into English and planned; a writer who "requests that the station
record state" what he asks and signs off "Entered at <place>"; follow-ups opened "Under the same heading," or "Back from the
... shed, one more:"; and a snow-vehicle maintainer's idioms: what held-out DT showed."""

import pytest

from server.answers.japanese import from_japanese
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Antarctica/Syowa")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("2036/10/21(火)、coffee 何杯飲んだ?", "coffee", "count", "count", "Tue 21"),
    ("月曜日 2036/10/20、lunch はどこで食べた?", "meal", "value", "place", "Mon 20"),
    ("2036/10/22(水)、bike で何 km 漕いだ?", "exercise", "total", "distance", "Wed 22"),
    ("日曜の夜 2036/10/19 は何時間寝た?", "sleep", "duration", "duration", "Sun 19"),
    ("2036/10/21(火)の夜、何時に寝た?", "sleep", "value", "time", "Tue 21"),
    ("昨日(水) は meeting いくつあった?", "meeting", "count", "count", "Wed 22"),
    ("今日(2036/10/23) の朝ごはん、何食べたっけ?", "meal", "value", "food", "Thu 23"),
    ("2036/10/17(金) の Design review、誰が出てた?", "meeting", "list", "attendees", "Fri 17"),
    ("土曜日 2036/10/18、何時に起きた?", "sleep", "value", "time", "Sat 18"),
])
def test_japanese_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_japanese_what_is_asked() -> None:
    assert from_japanese("Kenさんちの dog、名前なんだっけ?") == "what is the name of Ken's new dog?"
    assert from_japanese("Kenさんの flight、何時に着く?") == "when does Ken's flight land?"
    assert from_japanese("Emiさんが聞けって言ってた podcast、何だっけ?") == "which podcast did Emi recommend?"
    assert from_japanese("Emiさんが Dune の話してた日、夕飯何食べた?") == "what did I eat for dinner on the day Emi mentioned Dune?"
    assert from_japanese("Budget sync の日の夜、何時間寝れた?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_japanese("今週の coffee、先週より多い?") == "did I drink more coffee this week than last week?"
    assert from_japanese("今週、swimming で合計何 km? 月曜から") == "how many km did I swim this week?"
    assert from_japanese("9 pm 以降に夕飯だと、睡眠時間減る?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_japanese("その前の夜は?") == "and the night before?"
    assert from_japanese("今日は?") == "and today so far?"
    assert from_japanese("Kenさんだと?") == "and Ken?"
    assert from_japanese("what did I eat on Monday?") == "what did I eat on Monday?"


def test_a_station_records_writer_and_a_snow_vehicle_maintainers_wordings() -> None:
    CASE.assert_planned("The tide gauge keeper of the island party requests that the station record state the metres he swam, "
                        "昨日(水). Entered at Mawson Station, Holme Bay.", "exercise", "total", "distance", "Wed 22")
    assert tidy("Under the same heading, the record is asked for the day standing behind that one.") == "and the day before?"
    assert tidy("Under the same heading, the record is asked for the same particular, for Ken.") == "and Ken?"
    assert tidy("Back from the vehicle shed, one more: that meeting, what did it eat of my day?") == "and how long was that meeting?"
    assert tidy("Which faces sat round for the Design review, yesterday?") == "who was at the Design review, yesterday?"
    assert tidy("Should a day's caffeine climb to 250 mg or beyond, is the night that follows any shorter?") == \
        "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"
    assert tidy("Once I have trained, does the coffee go down faster?") == "do I drink more coffee on workout days than on rest days?"
    assert tidy("The 9.4 km I ran that one day: what was served to me in the evening after?") == \
        "what did I eat for dinner on the day I ran 9.4 km?"
