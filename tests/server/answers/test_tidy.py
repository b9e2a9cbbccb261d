"""A question dressed up (padding, doubled spaces, short weekdays, month ordinals, lower-case names) is
the same question: the tidy step takes the dressing away, and the real answerer gives the same answer."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sensors.synthetic import generate_life
from server.answers.service import GroundedAnswerer
from server.answers.tidy import restore_case, tidy
from server.answers.typed_records import RecordStore

TZ = ZoneInfo("Europe/Berlin")
AS_OF = datetime(2026, 11, 8, 21, 0, tzinfo=TZ)


@pytest.mark.parametrize("dressed, plain", [
    ("pls  what about   Bea?", "what about Bea?"),
    ("hey, how many coffees today thanks", "how many coffees today"),
    ("quick q: sleep last night? thx!", "sleep last night?"),
    ("how far did I run Wed just gone", "how far did I run Wednesday just gone"),
    ("coffee on thurs or fri?", "coffee on Thursday or Friday?"),
    ("lunch on Tuesday, November 10th", "lunch on Tuesday, November 10"),
    ("did I sit in the sun on sat", "did I sit in the sun on Saturday"),
    ("I sat down with Tom", "I sat down with Tom"),
    ("design review wed - who came?", "design review Wednesday - who came?"),
    ("in the sun, then I sat - coffee?", "in the sun, then I sat - coffee?"),
    ("thanks", "thanks"),
])
def test_tidy_takes_the_dressing_away(dressed: str, plain: str) -> None:
    assert tidy(dressed) == plain
    assert tidy(plain) == plain


PEOPLE = ["Grace Whitfield", "Tom Brennan", "June", "May Lee"]
TITLES = ["Sprint planning"]


@pytest.mark.parametrize("typed, restored", [
    ("what did tom say about the offsite", "what did Tom say about the offsite"),
    ("grace told me to read something", "Grace told me to read something"),
    ("how about grace?", "how about Grace?"),
    ("who was at sprint planning", "who was at Sprint planning"),
    ("dinner on june 5", "dinner on june 5"),
    ("what may happen to tom brennan's plan", "what may happen to Tom Brennan's plan"),
    ("I said grace before dinner", "I said grace before dinner"),
])
def test_known_names_and_titles_get_the_logs_case(typed: str, restored: str) -> None:
    assert restore_case(typed, PEOPLE, TITLES) == restored


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> GroundedAnswerer:
    path: Path = tmp_path_factory.mktemp("records") / "records.sqlite3"
    store = RecordStore(f"sqlite:///{path}")
    store.add(generate_life(date(2026, 11, 2), 7, seed=3))
    return GroundedAnswerer(store.query, None, TZ)


@pytest.mark.parametrize("plain, dressed", [
    ("How many coffees did I have on Wednesday, November 4?", "pls  how many coffees did i have on wed, nov 4th thanks"),
    ("How much caffeine did I have on Wednesday?", "hey, how much caffeine did i have wed?"),
    ("How long did I sleep last night?", "quick q:   how long did i sleep last night   thx"),
])
def test_a_dressed_question_gets_the_plain_questions_answer(answerer, plain: str, dressed: str) -> None:
    expected = answerer.answer(plain, AS_OF)
    assert expected.made_by == "computed"
    assert answerer.answer(dressed, AS_OF).text == expected.text


@pytest.mark.parametrize("typed, plain", [
    ("coffee on the twelfth?", "coffee on the 12th?"),
    ("the twenty-first of March", "the 21st of March"),
    ("lunch March third", "lunch March 3"),
    ("sleep on Tuesday the fourth", "sleep on Tuesday the 4th"),
    ("coffee on the third or the fifth?", "coffee on the 3rd or the 5th?"),
    ("coffee on the first?", "coffee on the 1st?"),
    ("and the first?", "and the first?"),  # the first one, not the first of the month
    ("the second meeting yesterday", "the second meeting yesterday"),
    ("today, 24/10 Sunday first coffee what time?", "today, 24/10 Sunday first coffee what time?"),  # Sunday's first coffee
    ("coffees on Monday first or Tuesday second?", "coffees on Monday 1st or Tuesday 2nd?"),
])
def test_days_of_the_month_in_words_become_numbers(typed: str, plain: str) -> None:
    assert tidy(typed) == plain


@pytest.mark.parametrize("typed, plain", [
    ("how gud was my sleep sun nite", "how good was my sleep Sunday night"),
    ("n 2day so far?", "and today so far?"),
    ("wen was my first coffee before 3 days", "when was my first coffee 3 days ago"),
    ("avg sleep: days with caffeine >= 300 mg vs under", "avg sleep: days with caffeine at least 300 mg vs under"),
    ("days w/ coffee at or after 3 pm vs days w/o", "days with coffee at or after 3 pm vs days without"),
    ("I went to the U2 concert", "I went to the U2 concert"),
])
def test_texting_and_second_language_forms(typed: str, plain: str) -> None:
    assert tidy(typed) == plain


@pytest.mark.parametrize("typed, plain", [
    ("lunch three days previous? food", "lunch three days ago? food"),
    ("what time I went to bed the night previous to last night", "what time I went to bed the night before last"),
    ("I was wondering whether late dinners mean I sleep less", "whether late dinners mean I sleep less"),
    ("I was wondering about Ana's, too.", "Ana's, too."),
    ("dinner day i ran 7km?", "dinner day I ran 7km?"),
])
def test_older_and_indirect_english(typed: str, plain: str) -> None:
    assert tidy(typed) == plain


@pytest.mark.parametrize("said, meant", [
    ("lunch on Monday, no, sorry, Tuesday?", "lunch on Tuesday?"),
    ("coffees on the 3rd - I mean the 4th", "coffees on the 4th"),
    ("how far did I, uh, run yesterday", "how far did I run yesterday"),
    ("um, who was at the, um, the standup", "who was at the standup"),
    ("did I swim on Tuesday or no?", "did I swim on Tuesday or no?"),
    ("what did Ana say about the umbrella", "what did Ana say about the umbrella"),
])
def test_corrections_and_fillers_leave_what_is_meant(said: str, meant: str) -> None:
    assert tidy(said) == meant


@pytest.mark.parametrize("question, said", [
    ("Snow is the only quiet place I know. How far did I get across it on Sunday?", "across the snow on Sunday"),
    ("It is late. How far did I get through it?", "through it?"),  # no subject to stand for
])
def test_it_stands_for_the_remark_s_subject(question: str, said: str) -> None:
    assert said in tidy(question)
