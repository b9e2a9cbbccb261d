"""Sango in an English question (its weekdays, "laso", "biri", nights with "bi ti", French months, and the phrases that say
what is asked), put into English and planned; a question typed as an XPath expression; a retired harbour master's
formulas ("Convey to me", "Indicate to me", "Relate to me", "Bring to my notice", "A word by return will suffice", "Pose
the identical question"); a brickmaker's remarks around the question: what held-out CL showed."""

import pytest

from server.answers.requests import without_request
from server.answers.sango import from_sango
from server.answers.tidy import tidy
from server.answers.xpath import from_xpath
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Bangui")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Bikua-use (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 octobre (Bikua-oko)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep bi ti Bikua-oko (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle biri (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep bi ti 21 octobre?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Bikua-ota 22 octobre?", "meal", "value", "food", "Wed 22"),
])
def test_sango_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("zo wa si a-yeke na Budget sync Bikua-use (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("Bikua-ota (22/10) kobe ti ndapre, mbi te nye?", "meal", "value", "food", "Wed 22"),
    ("kobe ti bekombite 21 octobre (Bikua-use), mbi te nye?", "meal", "value", "food", "Tue 21"),
    ("bi ti 20 octobre mbi lango ngbonga oke?", "sleep", "duration", "duration", "Mon 20"),
    ("laso mbi kpe km oke?", "exercise", "total", "distance", "Thu 23"),
    ("biri mbi gue na bungbi oke?", "meeting", "count", "count", "Wed 22"),
    ("Bikua-use (21/10) mbi nyon kawa oke?", "coffee", "count", "count", "Tue 21"),
    ("bungbi Design review Bikua-oko (20/10) a-mu minutes oke?", "meeting", "duration", "duration", "Mon 20"),
])
def test_sango_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_sango_what_is_asked() -> None:
    assert from_sango("lango so a-si kozo ti ni?") == "and the day before?"
    assert from_sango("Kossi ni?") == "and Kossi?"
    assert from_sango("mbo ti Kossi so a-yeke fini, iri ti lo nye?") == "what is the name of Kossi's new dog?"
    assert from_sango("bi so a-ga na peko ti Budget sync, mbi lango ngbonga oke?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_sango("lango so mbi cycled 20 km, mbi te nye na kobe ti bekombite?") == \
        "what did I eat for lunch on the day I cycled 20 km?"
    assert from_sango("tongana mbi nyon kawa na 5 pm wala na peko ni, lango ti mbi a-kiri kete?") == \
        "do I sleep less after coffee at 5 pm or later?"
    assert from_sango("laso kobe ti bi, mbi te nye? poisson wala poulet?") == "today what did I eat for dinner?"


def test_sango_words_leave_other_questions_alone() -> None:
    assert from_sango("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_sango("Wanjiru ni mwalimu?") == "Wanjiru ni mwalimu?"
    assert from_sango("iraua te km ae i biri ngkoananoa?") == "iraua te km ae i biri ngkoananoa?"  # Gilbertese "biri": run


@pytest.mark.parametrize("path, english", [
    ('//day[@date="Tuesday"]/dinner/dishes', "what did I eat for dinner Tuesday?"),
    ('//day[@date="yesterday"]/breakfast/@venue', "where did I have breakfast yesterday?"),
    ('//meeting[@title="Budget sync"][@date="Monday"]/attendee/@name', "who was at the Budget sync meeting Monday?"),
    ('//meeting[@title="Budget sync"][@date="Monday"]/@duration-minutes', "how many minutes was the Budget sync meeting Monday?"),
    ('//night[@date="last night"]/@hours-asleep', "how many hours did I sleep last night?"),
    ('//night[@date="Sunday night"]/@quality', "how well did I sleep Sunday night, good or poor?"),
    ('//day[@date="today"]/ride/@km', "how many km did I cycle today?"),
    ('sum(//week[@current]/swimming/@km)', "how many km of swimming in total this week?"),
    ('count(//day[@date="Monday"]/meeting)', "how many meetings did I have Monday?"),
    ('//day[said[@by="Kossi"]/@about="Radiolab"]/lunch/food', "what did I eat for lunch on the day Kossi mentioned Radiolab?"),
    ('//night[preceding::meeting[1]/@title="Design review"]/@hours', "how many hours did I sleep the night after the Design review meeting?"),
    ('//night[@date="Monday night" or @date="last night"]/@hours', "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('//day[@date="Monday" or @date="Tuesday"]/sum(coffee/@caffeine-mg)', "which day had more caffeine, Monday or Tuesday, with the mg of each?"),
    ('//night[preceding::coffee[1]/@time >= "5 pm"]/@hours', "do I sleep less after coffee at 5 pm or later?"),
    ('//person[@name="Kossi"]/recommended/podcast/@title', "which podcast did Kossi recommend?"),
    ('$last[@date="Tuesday"]', "and Tuesday?"), ("$last/preceding::night[1]", "and the night before?"),
    ("what did I eat today?", "what did I eat today?"), ("// TODO: lunch", "// TODO: lunch"),
])
def test_an_xpath_expression_is_read_as_its_question(path: str, english: str) -> None:
    assert from_xpath(path) == english


def test_xpath_expressions_are_planned() -> None:
    CASE.assert_planned('//day[@date="Bikua-use (21/10)"]/run/@km', "exercise", "total", "distance", "Tue 21")
    CASE.assert_planned('//night[@date="22/10"]/@lights-out', "sleep", "value", "time", "Wed 22")
    CASE.assert_planned('count(//day[@date="today"]/coffee)', "coffee", "count", "count", "Thu 23")


def test_a_retired_harbour_masters_formulas() -> None:
    assert without_request("Convey to me where I had lunch.") == "where I had lunch."
    assert without_request("Bring to my notice how far I swam.") == "how far I swam."
    assert without_request("Relate to me the number of meetings I sat in.") == "the number of meetings I sat in."
    assert tidy("How many coffees did I drink on Monday? A word by return will suffice.") == "How many coffees did I drink on Monday?"
    assert tidy("Pose the identical question for Tuesday. A word by return will suffice.") == "and Tuesday?"
    assert tidy("Pose the identical question as to how long that meeting lasted.") == "and how long was that meeting?"
    assert tidy("Convey to me the title of the volume Kossi pressed upon me.") == "Convey to me which book did Kossi recommend."
    plan = CASE.plan("Indicate to me whether supper at 8 pm or afterwards lessens my sleep.")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
    plan = CASE.plan("Relate to me whether my coffee drinking this week surpasses that of the week preceding.")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["coffee"], plan


def test_a_brickmakers_remarks() -> None:
    plan = CASE.plan("My shoulders ache after long sessions. Set the Monday workout beside the Tuesday workout: which one ran past the other?")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["exercise"], plan
    plan = CASE.plan("The kiln keeps me up. A coffee at 4 pm or later: do my sleeping hours pay for it?")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
    assert tidy("Since the Monday, what sum of cycling kilometres?") == "since Monday, how many km of cycling in total?"
    assert tidy("Step me back one night, like the kiln before this one.") == "and the night before?"
