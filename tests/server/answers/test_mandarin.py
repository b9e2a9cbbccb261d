"""Mandarin in pinyin in an English question (its weekdays Zhouyi to Zhouri before a year-first slashed date, with or
without brackets, after a date in characters, before "na tian" and a date in characters; "jintian", "zuotian", nights
"... wanshang ...", "... yeli", "zhege xingqi", "cong Zhouyi kaishi", and the phrases that say what is asked), put into
English and planned; dates in characters ("10月21日", "2036年10月21日"); a question typed as an Apache Pig Latin script
(FILTER, FOREACH ... GENERATE, GROUP ... ALL with COUNT, SUM, AVG, MIN, MAX; GROUP ... BY for two compared, this week's
coffees or a habit; JOIN for a day named by what happened on it; "FOREACH last" and "FILTER last" for a rerun); "Would the
ledger oblige me with", a sign-off "Most respectfully, ...", and a tea picker's idioms: what held-out DI showed."""

import pytest

from server.answers.mandarin import from_mandarin
from server.answers.pig_latin import from_pig_latin
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Shanghai")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Zhouer 2036/10/21?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Zhouyi (2036/10/20)?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle 10月22日 Zhousan?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep Zhouri wanshang 2036/10/19?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep 10月21日 Zhouer yeli?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Zhouliu na tian, 10月18日?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have 2036年10月22日?", "meeting", "count", "count", "Wed 22"),
])
def test_mandarin_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Budget sync Zhouer 2036/10/21 you shei lai le?", "meeting", "list", "attendees", "Tue 21"),
    ("Zhouwu 2036/10/17 zaofan wo chi le shenme?", "meal", "value", "food", "Fri 17"),
    ("Zhouyi wanshang 2036/10/20 shui le ji ge xiaoshi?", "sleep", "duration", "duration", "Mon 20"),
    ("jintian 2036/10/23 wo jidian qichuang?", "sleep", "value", "time", "Thu 23"),
    ("Zhouyi 2036/10/20 qi che qi le ji km?", "exercise", "total", "distance", "Mon 20"),
    ("wufan Zhousan 2036/10/22 chi de shenme?", "meal", "value", "food", "Wed 22"),
    ("zuotian Zhousan 2036/10/22 he le ji bei kafei?", "coffee", "count", "count", "Wed 22"),
])
def test_mandarin_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_mandarin_what_is_asked() -> None:
    assert from_mandarin("Xiaoming xin yang de xiao gou jiao shenme mingzi?") == "what is the name of Xiaoming's new dog?"
    assert from_mandarin("Xiaoming de feiji jidian dao?") == "when does Xiaoming's flight land?"
    assert from_mandarin("Budget sync na tian wanshang shui le ji ge xiaoshi?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_mandarin("Lihua tidao Dune na tian, wanfan chi le shenme?") == "what did I eat for dinner on the day Lihua mentioned Dune?"
    assert from_mandarin("swam 1.5 km na tian, wanfan chi shenme?") == "what did I eat for dinner on the day I swam 1.5 km?"
    assert from_mandarin("zhege xingqi de kafei bi shang xingqi duo ma?") == "did I drink more coffee this week than last week?"
    assert from_mandarin("zuihou yi bei kafei 5 pm huo geng wan, shui de shao ma?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_mandarin("qian yi ge wanshang ne?") == "and the night before?"
    assert from_mandarin("na ge hui kai le duo jiu?") == "and how long was that meeting?"
    assert from_mandarin("Xiaoming ne?") == "and Xiaoming?"


def test_french_articles_are_not_read_as_pinyin() -> None:
    assert from_mandarin("le déjeuner de lundi") == "le déjeuner de lundi"


@pytest.mark.parametrize("script, english", [
    ("r = FILTER meals BY meal == 'breakfast' AND day == 'Tuesday'; t = FOREACH r GENERATE dish; DUMP t;",
     "what did I eat for breakfast Tuesday?"),
    ("r = FILTER meetings BY title == 'Budget sync' AND day == 'Monday'; t = FOREACH r GENERATE guests; DUMP t;",
     "who was at the Budget sync meeting Monday?"),
    ("r = FILTER meetings BY day == 'today'; g = GROUP r ALL; t = FOREACH g GENERATE COUNT(r); DUMP t;",
     "how many meetings did I have today?"),
    ("r = FILTER drinks BY drink == 'coffee' AND day == 'Monday'; g = GROUP r ALL; t = FOREACH g GENERATE MAX(r.at); DUMP t;",
     "what time was my last coffee Monday?"),
    ("r = FILTER workouts BY sport == 'cycle' AND day == 'today'; g = GROUP r ALL; t = FOREACH g GENERATE SUM(r.km); DUMP t;",
     "how many km did I cycle today?"),
    ("r = FILTER workouts BY day >= ThisMonday(); g = GROUP r ALL; t = FOREACH g GENERATE COUNT(r); DUMP t;",
     "how many workouts did I do this week?"),
    ("r = FILTER flights BY traveller == 'Lihua'; t = FOREACH r GENERATE lands; DUMP t;", "when does Lihua's flight land?"),
    ("r = FILTER kin BY parent == 'Lihua' AND relation == 'daughter'; t = FOREACH r GENERATE age + 1; DUMP t;",
     "how old will Lihua's daughter turn?"),
    ("r = FILTER sleep BY night == 'Monday night' OR night == 'last night'; g = GROUP r BY night; "
     "t = FOREACH g GENERATE group, SUM(r.hours); DUMP t;", "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("n = FOREACH nights GENERATE hours, dinner_at >= '9 pm' AS late; g = GROUP n BY late; t = FOREACH g GENERATE group, AVG(n.hours); DUMP t;",
     "do I sleep less after dinner at 9 pm or later?"),
    ("g = GROUP days BY trained; t = FOREACH g GENERATE group, AVG(days.cups); DUMP t;",
     "do I drink more coffee on workout days than on rest days?"),
    ("h = FILTER meetings BY title == 'Budget sync'; m = FILTER meals BY meal == 'lunch'; j = JOIN m BY day, h BY day; "
     "t = FOREACH j GENERATE m::venue; DUMP t;", "where did I have lunch on the day of the Budget sync meeting?"),
    ("h = FILTER meetings BY title == 'Budget sync'; j = JOIN sleep BY night, h BY day; g = GROUP j ALL; "
     "t = FOREACH g GENERATE SUM(j.sleep::hours); DUMP t;", "how many hours did I sleep the night after the Budget sync meeting?"),
    ("prev = FOREACH last GENERATE night - 1; DUMP prev;", "and the night before?"),
    ("again = FILTER last BY day == Today() AND clock <= Now(); DUMP again;", "and today so far?"),
    ("again = FILTER last BY who == 'Lihua'; DUMP again;", "and Lihua?"), ("len = FOREACH last GENERATE minutes; DUMP len;",
                                                                           "and how long was that meeting?"),
    ("DUMP the notes", "DUMP the notes"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_pig_latin_script_is_read_as_its_question(script: str, english: str) -> None:
    assert from_pig_latin(script) == english


def test_an_abacus_masters_and_a_tea_pickers_wordings() -> None:
    assert tidy("Would the ledger oblige me with the metres I swam on Tuesday? Most respectfully, an old clerk of Suzhou.") == \
        "Would the ledger oblige me with the metres I swam on Tuesday?"
    assert "the restaurant Lihua recommended" in tidy("Would the ledger oblige me with the name of the dining house Lihua spoke well of?")
    assert tidy("What went in my bowl once the drying racks were put away on Tuesday?") == "what did I eat for dinner on Tuesday?"
    assert tidy("How many of those free minutes did the run round the lake on Tuesday eat?") == \
        "how many minutes did the run round the lake on Tuesday last?"
    assert tidy("Which hats did I see round the table at the Budget sync on Tuesday?").startswith("who was at the Budget sync")
    assert "since Monday" in tidy("Since Monday of this week, how many sessions have I done?")
    assert tidy("When Lihua spoke across the rows about Dune, what did I eat that evening once the baskets were in?") == \
        "what did I eat for dinner on the day Lihua mentioned Dune?"
    assert "do I sleep less after coffee at 4 pm or later" in tidy("If my last cup comes at 4 pm or afterwards, do my hours in bed shrink?")
    assert tidy("Weigh that basket again, one picking day earlier.") == "and the day before?"
    assert tidy("Weigh that basket again, this time with Lihua.") == "and Lihua?"
    assert tidy("Weigh that basket again for today's picking so far.") == "and today so far?"
