"""Kimbundu in an English question (its weekdays, "lelu", "zau", nights "usuku wa X", "semana iii", and the phrases that say
what is asked), put into English and planned; a question typed as a PowerShell pipeline; a barber's remark that names the
day's last customer before asking about the evening's meal: what held-out CU showed."""

import pytest

from server.answers.kimbundu import from_kimbundu
from server.answers.powershell import from_powershell
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Luanda")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Kitatu (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Kiadi, 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep usuku wa Kiadi (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle zau (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep usuku wa 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch kizua kia Kiuana 22/10?", "meal", "value", "food", "Wed 22"),
])
def test_kimbundu_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("kukunguluka kua Design review Kitatu (21/10), kuakexile nanyi?", "meeting", "list", "attendees", "Tue 21"),
    ("Kiuana (22/10) kamenemene ngadia ihi?", "meal", "value", "food", "Wed 22"),
    ("usuku wa 20 October ngazeka ola ikuxi?", "sleep", "duration", "duration", "Mon 20"),
    ("lelu (23/10) ngabalumuka ola ihi?", "sleep", "value", "time", "Thu 23"),
    ("Kiadi (20/10) ngendele ni bicicleta kilómetro ikuxi?", "exercise", "total", "distance", "Mon 20"),
    ("zau (22/10) ngakexile ni kukunguluka ikuxi?", "meeting", "count", "count", "Wed 22"),
    ("Kitatu, 21 October lunch ngadia kuebi?", "meal", "value", "place", "Tue 21"),
])
def test_kimbundu_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_kimbundu_what_is_asked() -> None:
    assert from_kimbundu("kiebi ni Nzinga?") == "and Nzinga?"
    assert from_kimbundu("kambua ka Nzinga, dijina diê nanyi?") == "what is the name of Nzinga's new dog?"
    assert from_kimbundu("usuku kiá Design review, ngazeka ola ikuxi?") == "how many hours did I sleep the night after the Design review meeting?"
    assert from_kimbundu("se nganu kafé ku ola 5 pm mba kiá, ngazeka kiofele?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_kimbundu("mu semana iii nganu kafé kiavulu dingi ku semana ia bhiti?") == "did I drink more coffee this week than last week?"
    assert from_kimbundu("usuku ua bhiti?") == "and the night before?"


def test_kimbundu_words_leave_other_questions_alone() -> None:
    assert from_kimbundu("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_kimbundu("Is Sabalu the name of the new café?") == "Is Sabalu the name of the new café?"


@pytest.mark.parametrize("pipeline, english", [
    ("Get-Meal -Day 'Tuesday' -Kind supper | Select-Object -ExpandProperty Food", "what did I eat for dinner Tuesday?"),
    ("Get-Meal -Day 'Kiadi (20/10)' -Kind lunch | Select-Object -ExpandProperty Place", "where did I have lunch Kiadi (20/10)?"),
    ("Get-Meeting -Title 'Design review' -Day 'Monday' | Select-Object -ExpandProperty Attendees",
     "who was at the Design review meeting Monday?"),
    ("Get-Meeting -Day 'today' | Measure-Object", "how many meetings did I have today?"),
    ("Get-Coffee -Day 'Monday' | Sort-Object Time | Select-Object -Last 1 -ExpandProperty Time", "what time was my last coffee Monday?"),
    ("Get-Workout -Activity run -Day 'today' | Measure-Object Km -Sum", "how many km did I run today?"),
    ("Get-Workout -Activity 'cycling' -Week current | Measure-Object Km -Sum", "how many km of cycling in total this week?"),
    ("Get-Night -Night 'Monday night', 'last night' | Select-Object Night, Hours | Sort-Object Hours -Descending",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("Get-Coffee -Week current, previous | Group-Object Week | Select-Object Name, Count",
     "did I drink more coffee this week than last week?"),
    ("Get-Said -Speaker 'Nzinga' -Topic 'Radiolab' | Get-Meal -Kind lunch | Select-Object -ExpandProperty Food",
     "what did I eat for lunch on the day Nzinga mentioned Radiolab?"),
    ("Get-Meeting -Title 'Design review' | Get-Night -Following | Select-Object -ExpandProperty Hours",
     "how many hours did I sleep the night after the Design review meeting?"),
    ("Get-Workout -Label 'evening ride' -Day 'Monday' | Get-NextMeeting | Select-Object -ExpandProperty Attendees",
     "who was at the meeting right after the evening ride Monday?"),
    ("Get-Night | Group-Object LastCoffee -ge '4 pm' | Measure-Object Hours -Average", "do I sleep less after coffee at 4 pm or later?"),
    ("Get-Day | Group-Object HadWorkout | Measure-Object Cups -Average", "do I drink more coffee on workout days than on rest days?"),
    ("Repeat-Query -NightBefore", "and the night before?"), ("Repeat-Query -Day today -Until now", "and today so far?"),
    ("Get-LastMeeting | Select-Object -ExpandProperty Minutes", "and how long was that meeting?"),
    ("Repeat-Query -Person 'Nzinga'", "and Nzinga?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_powershell_pipeline_is_read_as_its_question(pipeline: str, english: str) -> None:
    assert from_powershell(pipeline) == english


def test_a_barbers_remark_about_the_days_last_customer() -> None:
    assert tidy("The last delivery of the day always comes late. What did I sit down to eat after it on Monday?") == \
        "what did I eat for dinner on Monday?"
