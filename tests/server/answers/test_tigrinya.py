"""Tigrinya in Latin letters in an English question (its weekdays Senuy to Senbet before a slashed date, alone, after
"mealti" or with the weekday in brackets after the date; "lomi", "timali", nights "leyti ...", "... ameshay ...", "timali
leyti, ...", "ezi semun", "zihalefe semun", "kab Senuy jemiru", and the phrases that say what is asked), put into English and
planned; a question typed as a kdb+ q-sql query (exec with sum, avg, min, max and count i; select ... by for two compared or a
habit; a day named by an inner exec; eval @[q;...] for a rerun); a writer who names himself "an old ... man" and begs leave
to learn, a sign-off "With respects from ...", and a tinsmith's idioms: what held-out DK showed."""

import pytest

from server.answers.q_sql import from_q_sql
from server.answers.tidy import tidy
from server.answers.tigrinya import from_tigrinya
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Asmara")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Selus 21/10/2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch mealti Senuy 20/10/2036?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle 22/10/2036 (Rebue)?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep leyti Senbet 19/10/2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep Selus ameshay 21/10/2036?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Qedam 18/10/2036?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have timali Rebue 22/10/2036?", "meeting", "count", "count", "Wed 22"),
])
def test_tigrinya_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ab akeba Budget sync Selus 21/10/2036 men neyru?", "meeting", "list", "attendees", "Tue 21"),
    ("Arbi 17/10/2036 n-qurs intay beli'e?", "meal", "value", "food", "Fri 17"),
    ("leyti Senuy 20/10/2036 kendey saat dekkisey?", "sleep", "duration", "duration", "Mon 20"),
    ("lomi 23/10/2036 meas tensiey?", "sleep", "value", "time", "Thu 23"),
    ("Senuy 20/10/2036 b-bicycle kendey km gesiseye?", "exercise", "total", "distance", "Mon 20"),
    ("dirar mealti Rebue 22/10/2036 abey neyru?", "meal", "value", "place", "Wed 22"),
    ("timali Rebue 22/10/2036 kendey sini bun setye?", "coffee", "count", "count", "Wed 22"),
])
def test_tigrinya_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_tigrinya_what_is_asked() -> None:
    assert from_tigrinya("Selam zi-amSe'o nish'ti kelbi, semu intay eyu?") == "what is the name of Selam's new dog?"
    assert from_tigrinya("nay Selam nefarit meas ti-are'ef?") == "when does Selam's flight land?"
    assert from_tigrinya("Yonas ab abey beta-mgbi ile zi-megbeni?") == "which restaurant did Yonas recommend?"
    assert from_tigrinya("leyti nay Budget sync kendey saat dekkisey?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_tigrinya("Yonas bezaEba Dune zi-zereba mealti dirar intay beli'e?") == "what did I eat for dinner on the day Yonas mentioned Dune?"
    assert from_tigrinya("ezi semun kab zihalefe semun zibezhe bun setye dye?") == "did I drink more coffee this week than last week?"
    assert from_tigrinya("dirar 9 pm wey dihriu kons, qulqul dekkis yinkis dye?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_tigrinya("leyti qidmiu ke?") == "and the night before?"
    assert from_tigrinya("lomi kab hiji ke?") == "and today so far?"
    assert from_tigrinya("nay Selam ke?") == "and Selam?"


def test_an_english_question_with_a_weekday_name_as_a_word_is_left_alone() -> None:
    assert from_tigrinya("what did Arbi say about lunch?") == "what did Arbi say about lunch?"


@pytest.mark.parametrize("query, english", [
    ('exec dish from meals where meal=`breakfast, day~"Tuesday"', "what did I eat for breakfast Tuesday?"),
    ('exec guests from meetings where title like "Budget sync", day~"Monday"', "who was at the Budget sync meeting Monday?"),
    ('exec count i from meetings where day~"today"', "how many meetings did I have today?"),
    ('exec max at from drinks where drink=`coffee, day~"Monday"', "what time was my last coffee Monday?"),
    ('exec sum km from workouts where sport=`cycle, day~"today"', "how many km did I cycle today?"),
    ("exec count i from workouts where day>=`week$.z.d", "how many workouts did I do this week?"),
    ("exec 1+age from kin where parent=`Selam, rel=`daughter", "how old will Selam's daughter turn?"),
    ("exec called from pets where keeper=`Selam, species=`dog, months<6", "what is the name of Selam's new dog?"),
    ('select sum hours by night from sleep where night in ("Monday night";"last night")',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('select avg hours by late:dinner_at>="9 pm" from nights', "do I sleep less after dinner at 9 pm or later?"),
    ("select avg cups by trained from days", "do I drink more coffee on workout days than on rest days?"),
    ("select count i by `week$day from drinks where drink=`coffee, day>=-7+`week$.z.d", "did I drink more coffee this week than last week?"),
    ('exec distinct venue from meals where meal=`lunch, day in exec day from meetings where title like "Budget sync"',
     "where did I have lunch on the day of the Budget sync meeting?"),
    ('exec distinct dish from meals where meal=`dinner, day in exec day from talk where speaker=`Yonas, said like "*Dune*"',
     "what did I eat for dinner on the day Yonas mentioned Dune?"),
    ("exec distinct dish from meals where meal=`dinner, day in exec day from workouts where km=6.5, verb=`cycled",
     "what did I eat for dinner on the day I cycled 6.5 km?"),
    ("eval @[q;`night;-;1]", "and the night before?"), ("eval @[q;`day;:;.z.d]", "and today so far?"),
    ("eval @[q;`who;:;`Selam]", "and Selam?"), ('eval @[q;`day;:;"Friday"]', "and Friday?"), ("exec minutes from r", "and how long was that meeting?"),
    ("SELECT dish FROM meals WHERE day = 'Monday'", "SELECT dish FROM meals WHERE day = 'Monday'"),
    ("select film from recs by Selam", "select film from recs by Selam"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_q_sql_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_q_sql(query) == english


def test_an_engine_drivers_and_a_tinsmiths_wordings() -> None:
    CASE.assert_planned("An old signalman begs leave to learn where he lunched on Tuesday 21/10/2036. With respects from the signal "
                        "box, a retired signalman of the Keren line.", "meal", "value", "place", "Tue 21")
    CASE.assert_planned("An old signalman begs leave to learn how many hours he slept Selus ameshay 21/10/2036.", "sleep", "duration",
                        "duration", "Tue 21")
    assert tidy("An old signalman begs leave to be told which film Selam commended to him.").endswith("which film Selam commended to me.")
    assert tidy("The first sit-down of the day, when did it begin on Tuesday?").startswith("The first meeting")
    assert tidy("On the day of the 6.5 km I cycled, what filled my tin plate at night?") == \
        "on the day I cycled 6.5 km, what did I eat for dinner?"
    assert tidy("The night the Budget sync ended, how long did I sleep?") == "how long did I sleep the night after the Budget sync meeting?"
    assert tidy("Are my cups adding up higher this week than the week gone?") == "did I drink more coffee this week than last week?"
    assert tidy("When my caffeine gets to 250 mg or more, how do my nights fare?") == \
        "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"
    assert tidy("Which place to eat did Yonas point me towards?") == "which restaurant did Yonas recommend?"
    assert tidy("One more blow on the same nail: the night ahead of that one?") == "and the night before?"


def test_a_meeting_named_only_by_a_remark_leaves_the_night_after_one_to_sleep() -> None:
    plan = CASE.plan("Meetings tire me out. How many hours did my head stay on the pillow the night after the Budget sync?")
    assert plan is not None and plan.kinds == ["sleep"]
    plan = CASE.plan("Who was at the meeting the night after the Budget sync?")
    assert plan is not None and plan.kinds == ["meeting"]
