"""Serbian in Latin letters in an English question, put into English and planned (while Croatian's and Slovenian's own
tables keep their words: "od ponedeljka", "ili više"); its days in an otherwise English question ("pre 3 dana (nedelja,
19. oktobra)", "u utorak (21.10.)", "juče", "prekjuče"); and what held-out BY showed besides: Serbian short weekdays before
a date ("on pet 17/10": not a pet), "the 20/10-21/10 night", a weekday with a date and year in words in brackets, "I pray
you to", "Vouchsafe to", "I would fain learn", "Moreover,", "reckon the minutes given to the", "the persons present at",
"the hour at which I laid myself down", "the length of water I swam", "runs above or beneath that of the week before"."""

from datetime import date

import pytest

from server.answers.dates import normalize_dates
from server.answers.languages import in_english
from server.answers.serbian import from_serbian
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Belgrade")
TZ = CASE.tz
_plan = CASE.plan


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("sta je bilo za rucak juče? ne secam se", "meal", "value", "food", "Wed 22"),
    ("gde sam vecerala u ponedeljak (20.10.)? bilo je dobro", "meal", "value", "place", "Mon 20"),
    ("ko je sve bio na Budget sync sastanku u utorak (21.10.)?", "meeting", "list", "attendees", "Tue 21"),
    ("koliko sam km istrcala pre 3 dana (ponedeljak, 20. oktobra)?", "exercise", "total", "distance", "Mon 20"),
    ("koliko sati sna sam imala noć između ponedeljka i utorka (20.10.-21.10.)?", "sleep", "duration", "duration", "Mon 20"),
    ("u koliko sam popila prvu kafu prekjuče?", "coffee", "first", "time", "Tue 21"),
])
def test_serbian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_serbian_follow_ups_said_things_and_habits() -> None:
    assert from_serbian("i dan pre toga? isto pitanje") == "and the day before?"
    assert from_serbian("isto pitanje, ali za Milica?") == "and Milica?"
    assert from_serbian("koliko godina puni cerka od Milica? hocu poklon") == "how old is Milica's daughter turning?"
    habit = _plan("kako spavam posle dana sa 300 mg kofeina ili vise, u poredjenju sa ostalim danima?")
    assert habit is not None and habit.operation == "relation"


def test_slovenian_and_croatian_words_stay_theirs() -> None:
    slovenian = "koliko km cycling sem naredila od ponedeljka?"
    assert from_serbian(slovenian) == slovenian  # left to the Slovenian reading
    assert in_english(slovenian) == "how many km of cycling have I done since Monday?"
    assert "kofeina ili vise" not in in_english("nakon dana s 300 mg kofeina ili vise, kako spavam?")


def test_serbian_days_and_short_weekdays() -> None:
    assert normalize_dates("meetings yesterday (pet 17/10), count?", False, date(2036, 10, 18)) == "meetings yesterday, count?"
    assert normalize_dates("hours of sleep the 20/10-21/10 night?", False, date(2036, 10, 23)) == "hours of sleep October 20 night?"
    plan = _plan("Lunch pre 3 dana (ponedeljak, 20. oktobra), what was on my plate by the press?")
    assert plan is not None and CASE.day(plan) == "Mon 20"
    unknown = _plan("Lunch u subotu (3. maja 2036.), what was on my plate?")
    assert unknown is not None and unknown.window.start.astimezone(TZ).strftime("%d %m") == "03 05"


@pytest.mark.parametrize("question, kind", [
    ("I pray you to reckon the minutes given to the run along the river yesterday.", "exercise"),
    ("Vouchsafe to name the persons present at the Design review meeting on Tuesday.", "meeting"),
    ("I would fain learn the length of water I swam on Monday.", "exercise"),
    ("I pray you to tell me the hour at which I laid myself down on Monday night.", "sleep"),
    ("I pray you to tell me whether my coffee this week runs above or beneath that of the week before.", "coffee"),
])
def test_formulas_and_idioms(question: str, kind: str) -> None:
    plan = _plan(question)
    assert plan is not None and plan.kinds == [kind], (tidy(question), plan)
