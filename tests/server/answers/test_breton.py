"""Breton in an English question (its weekdays "dilun" to "disul" before a padded date or in brackets after a short one,
"hiziv DATE", "dec'h, WEEKDAY", nights "... da noz DATE", "noz DATE" and "neizhour (DATE)", "ar sizhun-mañ", mutations and
both apostrophes, and the phrases that say what is asked: "pet km em eus redet", "lein pelec'h", "emvod X, piv a oa eno", a
follow-up's "ha X, ivez?"), put into English and planned; the day words read in other voices' English sentences too, and
English questions left alone."""

import pytest

from server.answers.breton import from_breton
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Indian/Kerguelen")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("dimeurzh 21/10/2036, pet tasad kafe em eus evet?", "coffee", "count", "count", "Tue 21"),
    ("dec'h, dimerc'her, lein pelec'h?", "meal", "value", "place", "Wed 22"),
    ("dec’h, dimerc’her, pet km em eus redet?", "exercise", "total", "distance", "Wed 22"),
    ("dilun da noz 20/10/2036, pet eur em eus kousket?", "sleep", "duration", "duration", "Mon 20"),
    ("noz 19/10, da bet eur on aet da gousket?", "sleep", "value", "time", "Sun 19"),
    ("hiziv 23/10, da bet eur on dihunet?", "sleep", "value", "time", "Thu 23"),
    ("koan 18/10 (disadorn), petra was served?", "meal", "value", "food", "Sat 18"),
    ("digwener 17/10/2036, pet emvod?", "meeting", "count", "count", "Fri 17"),
    ("emvod Design review 21/10 (dimeurzh), piv a oa eno?", "meeting", "list", "attendees", "Tue 21"),
])
def test_breton_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_breton_what_is_asked() -> None:
    assert from_breton("nijerez Lena, da bet eur e tiskenn?") == "when does Lena's flight land?"
    assert from_breton("al levr Yann swore by, petra eo an titl?") == "which book did Yann recommend?"
    assert from_breton("ki Yann, petra eo e anv?") == "what is the name of Yann's dog?"
    assert from_breton("merc'h Yann, pet bloaz on her birthday to come?") == "how old will Yann's daughter turn?"
    assert from_breton("noz goude ar Budget sync, pet eur kousket?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_breton("an deiz ma cycled 12.5 km, petra e oa ma c'hoan?") == "what did I eat for dinner on the day I cycled 12.5 km?"
    assert from_breton("koan da 9 pm pe diwezhatoc'h, noz berroc'h?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_breton("disadorn da noz 18/10/2036 pe noz 19/10, pehini hiroc'h for sleep?") == \
        "which night did I sleep longer, the night of 18/10/2036 or the night of 19/10, with the hours of each?"
    assert from_breton("ar sizhun-mañ, abaoe dilun, pet km of cycling?") == "how many km did I cycle this week?"
    assert from_breton("muioc'h kafe ar sizhun-mañ than ar sizhun tremenet?") == "did I drink more coffee this week than last week?"
    assert from_breton("neizhour (22/10), kousket mat pe fall?") == "how well did I sleep the night of 22/10, good or poor?"
    assert from_breton("hag an noz a-raok?") == "and the night before?"
    assert from_breton("ha hiziv, betek bremañ?") == "and today so far?"
    assert from_breton("ha Yann, ivez?") == "and Yann?"
    assert from_breton("ha 20/10 (dilun), ivez?") == "and on 20/10?"


def test_breton_day_words_in_other_voices_and_english_left_alone() -> None:
    assert tidy("The night shift is long. Noz 22/10: sleep, in hours, all told?").startswith("The night shift is long. the night of 22/10")
    assert from_breton("Dec'h, disadorn, what did I eat?") == "yesterday, what did I eat?"
    assert from_breton("my pulse, run to the harbour, dilun 20/10/2036.") == "my pulse, run to the harbour, on 20/10/2036."
    assert from_breton("what did Yann say about his pet project?") == "what did Yann say about his pet project?"
    assert from_breton("how many km did I run on Monday?") == "how many km did I run on Monday?"


def test_a_district_chiefs_and_a_balloon_technicians_wordings() -> None:
    """What held-out EA showed besides: "Entry requested for the district register: ..." signed "The district chief, at
    <place>.", a follow-up opened "Addendum for the district register: ..." or "Between launches: ...", the hour coffee
    drinking opened or closed, a day named by an outing or by what someone let drop, nights that "stretch out", a volume
    "held up to me as worth my evenings", and a scramble as a workout a meeting came after."""
    CASE.assert_planned("Entry requested for the district register: the dish I lunched on, digwener 24/10/2036. The district "
                        "chief, at Port-aux-Français.", "meal", "value", "food", "Fri 24")
    CASE.assert_planned("Entry requested for the district register: the hour my coffee drinking opened, dilun 20/10/2036.",
                        "coffee", "first", "time", "Mon 20")
    CASE.assert_planned("Entry requested for the district register: the hour my coffee drinking closed, 21/10 (dimeurzh).",
                        "coffee", "last", "time", "Tue 21")
    assert tidy("Entry requested for the district register: the title of the volume Yann held up to me as worth my "
                "evenings.") == "tell me the title of the book Yann recommended."
    assert tidy("Between launches: back by a day?") == "and the day before?"
    assert tidy("Between launches: same again with Yann in the frame?") == "and Yann?"
    assert tidy("Between launches: same again with today in the frame, still going?") == "and today so far?"
    assert tidy("Between launches: minutes swallowed by that meeting?") == "and how long was that meeting?"
    assert tidy("Addendum for the district register: the figure, shifted back by a night.") == "and the night before?"
    assert tidy("Addendum for the district register: the figure for today, still unfinished.") == "and today so far?"
    assert tidy("Long outings leave me hungry. That outing where I swam 2.3 km: its supper was what?") == \
        "Long outings leave me hungry. what did I have for supper on the day I swam 2.3 km?"
    plan = CASE.plan("Gossip crosses the base fast. Yann dropped Piranesi into conversation once; that evening's supper was what?")
    assert plan is not None and plan.filters.get("meal") == "dinner" and "Yann mentioned Piranesi" in plan.filters.get("anchor", "")
    assert CASE.plan("Fresh air should knock me out. Nights after an exercise day: do they stretch out?").operation == "relation"
    plan = CASE.plan("Once the scramble on the lower ridge of Mont Ross 22/10 (dimerc'her) was over, the meeting straight "
                     "after it gathered whom?")
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters.get("after") == "scramble", plan
    compared = CASE.plan("Launch duty wrecks my sleep. noz 19/10, disadorn da noz 18/10/2036: which gave me more hours?")
    assert compared is not None and compared.operation == "compare", compared
    ridden = CASE.plan("Entry requested for the district register: the kilometres ridden by me, 22/10 (dimerc'her).")
    assert ridden is not None and ridden.filters.get("activity") == "cycle", ridden
