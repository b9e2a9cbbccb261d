"""Words of other languages mixed into English plan like the English question: Indonesian, Hinglish
(Hindi in Latin letters), Taglish (Tagalog), Banglish (Bengali), Hong Kong English and Vietnamese, follow-ups included, while an English question with
one such word is left alone; a closing "higher than ...?" that names nothing the log holds is an
aside; the noun after "which" names what was said; a day said twice ("3 days ago, Tue 11/5") is one
day; and the real answerer gives the same answer in either language."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sensors.synthetic import generate_life
from server.answers.bangla import from_bangla
from server.answers.dates import normalize_dates
from server.answers.focus import trailing_aside
from server.answers.hinglish import from_hinglish
from server.answers.indonesian import from_indonesian
from server.answers.planner import plan_question
from server.answers.said import asked_topic
from server.answers.service import GroundedAnswerer
from server.answers.taglish import from_taglish
from server.answers.typed_records import RecordStore

TZ = ZoneInfo("Asia/Jakarta")
NOW = datetime(2027, 5, 14, 21, 0, tzinfo=TZ)  # a Friday


def _plan(question: str, previous=None):
    plan = plan_question(question, NOW, TZ, previous, ["Tom Baker", "Priya Shah"], ["Design review"])
    assert plan is not None, question
    return plan


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d %H")


@pytest.mark.parametrize("mixed, english", [
    ("kemarin minum kopi berapa kali?", "yesterday coffee how many times?"),
    ("sarapan tgl 12/5 aku makan apa?", "breakfast 12/5 what did I eat?"),
    ("Rapat hari ini siapa saja yang hadir?", "meeting today who attended?"),
    ("tadi malam tidur berapa jam sih?", "last night sleep how many hours?"),
    ("the night of tgl 9/5", "the night of 9/5"),  # the word for "date" alone goes too
    ("dinner at Hari Krishna on Monday?", "dinner at Hari Krishna on Monday?"),  # one such word is a name
])
def test_indonesian_words_in_english(mixed: str, english: str) -> None:
    assert from_indonesian(mixed) == english


@pytest.mark.parametrize("question, kind, operation, day", [
    ("kemarin udah ngopi berapa kali?", "coffee", "count", "Thu 13 00"),
    ("makan siang 3 hari yang lalu aku makan apa ya?", "meal", "value", "Tue 11 00"),
    ("hari Rabu aku olahraga apa?", "exercise", "value", "Wed 12 00"),
    ("tadi malam tidur berapa jam?", "sleep", "duration", "Thu 13 18"),
    ("hari ini meeting-nya ada berapa sih?", "meeting", "count", "Fri 14 00"),
    ("kemarin aku bangun jam berapa?", "sleep", "value", "Thu 13 00"),
])
def test_an_indonesian_question_plans_like_the_english_one(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan.window)) == ([kind], operation, day)


def test_indonesian_comparisons_habits_and_follow_ups() -> None:
    compared = _plan("tgl 10/5 atau tgl 11/5, tidur lebih lama yang mana?")
    assert (compared.operation, _day(compared.window), _day(compared.compare_to)) == ("compare", "Mon 10 00", "Tue 11 00")
    habit = _plan("kalau dinner mulai jam 9 pm atau lebih, tidurnya lebih pendek nggak dibanding hari lain?")
    assert habit.operation == "relation"
    lunch = _plan("what did I have for lunch on Wednesday?")
    before = _plan("kalau sehari sebelumnya lunch apa?", lunch)
    assert (before.filters.get("meal"), _day(before.window)) == ("lunch", "Tue 11 00")
    said = _plan("What book did Tom recommend?")
    assert _plan("kalau Priya gimana? pertanyaan yang sama", said).filters.get("speaker") == "Priya"


def test_a_closing_comparison_with_nothing_the_log_holds_is_an_aside() -> None:
    assert trailing_aside("What was my heart rate on my run on Tuesday? Higher than in a blitz game?") == (
        "What was my heart rate on my run on Tuesday?", "Higher than in a blitz game?")
    assert trailing_aside("Where did I have dinner on Monday? Home game or away?") == (
        "Where did I have dinner on Monday?", "Home game or away?")
    assert trailing_aside("How far did I run?") == ("How far did I run?", "")
    assert _plan("Where did I have dinner on Monday? Home game or away?").kinds == ["meal"]
    plan = _plan("What average heart rate did I have on my run on Tuesday? Higher than in a blitz game?")
    assert (plan.operation, _day(plan.window)) != ("relation", None) and plan.operation != "relation"
    both = _plan("How long did I sleep on Tuesday night? Longer than on Monday night?")
    assert both.operation == "compare"  # a tail that names a day is part of the question


def test_the_noun_after_which_names_what_was_said() -> None:
    assert asked_topic("Grace named a book worth reading. Which book?") == "#book"
    assert asked_topic("what was the name of the dog Tom adopted?") == "#pet"
    assert asked_topic("the podcast Grace said I should have on during the dog walk") == "#podcast"
    assert asked_topic("A new arrival in Oscar's household! What's the dog's name?") == "#pet"  # not an arrival


def test_a_day_said_twice_after_days_ago_is_one_day() -> None:
    assert normalize_dates("more coffee 4 days ago, Mon 10/5 or 3 days ago, Tue 11/5?", False) == (
        "more coffee 4 days ago or 3 days ago?")
    assert normalize_dates("2 days ago, and 3 days ago", False) == "2 days ago, and 3 days ago"
    plan = _plan("Which day had more caffeine, 4 days ago, Mon 10/5 or 3 days ago, Tue 11/5?")
    assert (_day(plan.window), _day(plan.compare_to)) == ("Mon 10 00", "Tue 11 00")


def test_the_real_answerer_gives_the_same_answer_in_both_languages() -> None:
    store = RecordStore("sqlite://")
    store.add(generate_life(datetime(2027, 5, 8).date(), 7, seed=5, tz="Asia/Jakarta"))
    answerer = GroundedAnswerer(store.query, None, TZ)
    pairs = [("kemarin udah ngopi berapa kali?", "how many coffees did I have yesterday?"),
             ("tadi malam tidur berapa jam?", "how many hours did I sleep last night?"),
             ("makan malam kemarin aku makan apa?", "what did I have for dinner yesterday?")]
    for mixed, english in pairs:
        a, b = answerer.answer(mixed, NOW, TZ, []), answerer.answer(english, NOW, TZ, [])
        assert a.text == b.text and a.made_by == "computed", (mixed, a.text, b.text)


@pytest.mark.parametrize("question, kind, operation, day", [
    ("kal raat kitne ghante soya?", "sleep", "duration", "Thu 13 18"),
    ("aaj kitni baar coffee pi yaar?", "coffee", "count", "Fri 14 00"),
    ("mangalvar ko nashta mein kya khaya?", "meal", "value", "Tue 11 00"),
    ("2 din pehle run kitna door tha?", "exercise", "total", "Wed 12 00"),
    ("ilang oras ako natulog kagabi?", "sleep", "duration", "Thu 13 18"),
    ("ano kinain ko sa hapunan kahapon?", "meal", "value", "Thu 13 00"),
    ("ilang beses ako nagkape ngayon?", "coffee", "count", "Fri 14 00"),
    ("gaano kalayo yung takbo ko noong Martes?", "exercise", "total", "Tue 11 00"),
])
def test_a_hinglish_or_taglish_question_plans_like_the_english_one(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan.window)) == ([kind], operation, day)


@pytest.mark.parametrize("question, first, second", [
    ("budhvar ya guruvar, kis din zyada coffee pi?", "Wed 12 00", "Thu 13 00"),
    ("mas matagal ba tulog ko noong Lunes ng gabi o Martes ng gabi?", "Mon 10 18", "Tue 11 18"),
])
def test_mixed_comparisons_get_both_windows(question, first, second) -> None:
    plan = _plan(question)
    assert (plan.operation, _day(plan.window), _day(plan.compare_to)) == ("compare", first, second)


def test_mixed_habits_and_follow_ups() -> None:
    assert _plan("jis din maine exercise kiya, us raat zyada soya ya kam?").operation == "relation"
    assert _plan("sa mga araw na nag-exercise ako, mas matagal ba tulog ko kaysa sa ibang araw?").operation == "relation"
    said = _plan("What book did Tom recommend?")
    assert _plan("Priya ka kya?", said).filters.get("speaker") == "Priya"
    assert _plan("eh si Priya?", said).filters.get("speaker") == "Priya"
    lunch = _plan("what did I have for lunch on Wednesday?")
    for follow_up in ("usse ek din pehle lunch mein kya khaya?", "eh yung araw bago noon?"):
        before = _plan(follow_up, lunch)
        assert (before.filters.get("meal"), _day(before.window)) == ("lunch", "Tue 11 00")


@pytest.mark.parametrize("english", [
    "Where did I eat at Mesa ng Lola on Monday?",
    "How long was my run at noon on Monday?",
    "Is chai better than coffee for me?",
    "what did Kal say about the launch?",
])
def test_english_with_one_borrowed_word_is_left_alone(english: str) -> None:
    assert from_hinglish(english) == english and from_taglish(english) == english


@pytest.mark.parametrize("question, kind, operation, day", [
    ("kal raate koto ghonta ghumaisi?", "sleep", "duration", "Thu 13 18"),
    ("gotokal kokhon ghum theke uthsi?", "sleep", "value", "Thu 13 00"),
    ("aaj kotobar coffee khaisi?", "coffee", "count", "Fri 14 00"),
    ("mongolbar Design review e ke ke chhilo?", "meeting", "list", "Tue 11 00"),
])
def test_a_banglish_question_plans_like_the_english_one(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan.window)) == ([kind], operation, day)


def test_banglish_comparisons_habits_and_follow_ups() -> None:
    compared = _plan("shombar ar mongolbar, kon din beshi caffeine nisi?")
    assert (compared.operation, _day(compared.window), _day(compared.compare_to)) == ("compare", "Mon 10 00", "Tue 11 00")
    assert _plan("4 pm ba tar pore coffee khaile ki raate kom ghumai?").operation == "relation"
    assert _plan("workout er din ki beshi coffee khai?").operation == "relation"
    lunch = _plan("what did I have for lunch on Wednesday?")
    before = _plan("accha, tar ager din lunch e ki chhilo?", lunch)
    assert (before.filters.get("meal"), _day(before.window)) == ("lunch", "Tue 11 00")
    assert from_bangla("Is the kal-el comic any good?") == "Is the kal-el comic any good?"


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("yaar nashte mein kya khaya 2 din pehle?", "meal", "value", "food", "Wed 12 00"),
    ("raat ke khane mein kya tha kal?", "meal", "value", "food", "Thu 13 00"),
    ("kal pehli coffee kitne baje pee?", "coffee", "first", "time", "Thu 13 00"),
    ("on the night of the 11th kitne baje soya tha?", "sleep", "value", "time", "Tue 11 18"),
])
def test_more_hinglish_and_roman_urdu(question, kind, operation, attribute, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, plan.attribute, _day(plan.window)) == ([kind], operation, attribute, day)


def test_roman_urdu_habits_days_and_people() -> None:
    for habit in ("workout wale din raat ko zyada soya hun ya kam?", "3 pm ke baad coffee peene se neend kam hoti hai kya?",
                  "dinner 8:30 pm ke baad ho to neend pe kya asar hota hai?", "workout wale din coffee zyada peeta hun ya kam?"):
        assert _plan(habit).operation == "relation", habit
    anchored = _plan("jis din Tom ne Piranesi recommend kiya, us din dinner mein kya khaya?")
    assert (anchored.kinds, anchored.filters.get("meal"), "anchor" in anchored.filters) == (["meal"], "dinner", True)
    ride = _plan("jis din 33.3 km wala bike ride tha, us din dinner mein kya khaya?")
    assert (ride.kinds, "anchor" in ride.filters) == (["meal"], True)
    assert _plan("Priya ki beti kitne saal ki ho rahi hai?").filters.get("speaker") == "Priya"
    compared = _plan("on 10/5 zyada caffeine li ya on 11/5?")
    assert (compared.operation, _day(compared.window), _day(compared.compare_to)) == ("compare", "Mon 10 00", "Tue 11 00")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("dinner eat what ar? ytd", "meal", "value", "food", "Thu 13 00"),
    ("ytd i wake up what time ar?", "sleep", "value", "time", "Thu 13 00"),
    ("Tuesday night sleep how long ar?", "sleep", "duration", "duration", "Tue 11 18"),
])
def test_hong_kong_english_plans_like_the_english_one(question, kind, operation, attribute, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, plan.attribute, _day(plan.window)) == ([kind], operation, attribute, day)


def test_hong_kong_english_said_facts_habits_and_days() -> None:
    assert _plan("Tom ask me go try which restaurant ar?").filters.get("speaker") == "Tom"
    assert _plan("Priya new dog call what name ar?").filters.get("speaker") == "Priya"
    for habit in ("coffee after 3 pm then sleep less ga? check sin", "dinner eat after 8 pm, sleep shorter ar?",
                  "workout day drink more coffee ga?", "work out jor that day, sleep longer d ga?"):
        assert _plan(habit).operation == "relation", habit
    day = _plan("Tom recommend Piranesi that day, dinner eat what ar?")
    assert (day.kinds, "anchor" in day.filters) == (["meal"], True)


@pytest.mark.parametrize("question, kind, operation, day", [
    ("on T3 (11/05), ăn tối i eat món gì ha?", "meal", "value", "Tue 11 00"),
    ("yesterday i uống how many ly cà phê?", "coffee", "count", "Thu 13 00"),
    ("on T4 (12/05) i có how many cuộc họp?", "meeting", "count", "Wed 12 00"),
    ("the night of T2 10/05 i đi ngủ (go to bed) at what time?", "sleep", "value", "Mon 10 18"),
    ("What distance did I run on CN (09/05)?", "exercise", "total", "Sun 09 00"),
])
def test_vietnamese_and_numbered_weekdays(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan.window)) == ([kind], operation, day)


def test_vietnamese_comparisons_and_habits() -> None:
    compared = _plan("this week (tuần này) i drink more or fewer cà phê than last week?")
    assert (compared.operation, compared.kinds) == ("compare", ["coffee"])
    assert _plan("days caffeine 300 mg or more, i ngủ less không?").operation == "relation"
    nights = _plan("on Monday night (10/5 into 11/5) hay (or) the night between Tuesday and Wednesday, which night i ngủ longer?")
    assert (_day(nights.window), _day(nights.compare_to)) == ("Mon 10 18", "Tue 11 18")
