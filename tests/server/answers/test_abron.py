"""Abron (an Akan language) in an English question (its weekdays Dwoada to Kwasiada alone, with "a ɛyɛ" or "no," before a
slashed date, before a comma and a date in words, "ɛnnɛ", "ɛnnora" before a weekday, nights "anadwo ... ne ...", "X anadwo,"
with a date in words, "fi Dwoada", "nnawɔtwe yi", and the phrases that say what is asked), put into English and planned; a
question typed as a Kusto (KQL) query (where, then project, count or summarize sum, avg, min, max; summarize ... by for two
compared, this week's coffees or a habit; an inner "Day in ((... | project Day))" naming a day; "last_result | ..." for a
rerun); a sign-off "With the regards of ...", "Might your register disclose", "Pray put the same enquiry again, ...", a
minibus conductor's idioms, a remark's "count these too", and a capitalised word after "the" that is no meeting where the
log's titles are known: what held-out DH showed."""

import pytest

from server.answers.abron import from_abron
from server.answers.kql import from_kql
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Abidjan")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Benada a ɛyɛ 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Dwoada no, 20/10?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle Wukuada 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep anadwo Kwasiada 19/10 ne 20/10?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep Benada anadwo, 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Memeneda, 18 October?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have ɛnnora Wukuada 22/10?", "meeting", "count", "count", "Wed 22"),
])
def test_abron_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("hwan ne hwan na wɔbaa Budget sync Benada 21/10?", "meeting", "list", "attendees", "Tue 21"),
    ("Fiada 17/10 anɔpa aduane, dɛn na medii?", "meal", "value", "food", "Fri 17"),
    ("anadwo Dwoada 20/10 ne 21/10 meda nnɔnhwerew ahe?", "sleep", "duration", "duration", "Mon 20"),
    ("ɛnnɛ 23/10 bere bɛn na mesɔree?", "sleep", "value", "time", "Thu 23"),
    ("Dwoada 20/10 sakre so km ahe?", "exercise", "total", "distance", "Mon 20"),
    ("awia aduane Wukuada a ɛyɛ 22/10, dɛn?", "meal", "value", "food", "Wed 22"),
    ("ɛnnora Wukuada 22/10 kɔfe kuruwa ahe?", "coffee", "count", "count", "Wed 22"),
])
def test_abron_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_abron_what_is_asked() -> None:
    assert from_abron("Akosua kraman foforo, ne din de sɛn?") == "what is the name of Akosua's new dog?"
    assert from_abron("Akosua wimhyɛn no, bere bɛn na ɛbɛsi fam?") == "when does Akosua's flight land?"
    assert from_abron("Budget sync akyi, anadwo no meda nnɔnhwerew ahe?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_abron("da a Yaw kaa Dune ho asɛm no, anwummerɛ aduane dɛn?") == "what did I eat for dinner on the day Yaw mentioned Dune?"
    assert from_abron("da a mi swam 1.5 km no, anwummerɛ aduane dɛn?") == "what did I eat for dinner on the day I swam 1.5 km?"
    assert from_abron("nnawɔtwe yi kɔfe dɔɔso sen nnawɔtwe a atwam?") == "did I drink more coffee this week than last week?"
    assert from_abron("kɔfe a etwa toɔ 5 pm anaa akyi, meda kakra?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_abron("anadwo a edi kan no ɛ?") == "and the night before?"
    assert from_abron("ɛnnɛ nso, de besi seesei?") == "and today so far?"
    assert from_abron("Akosua nso ɛ?") == "and Akosua?"


def test_one_abron_looking_word_in_english_is_left_alone() -> None:
    assert from_abron("what did Akosua say about the bere?") == "what did Akosua say about the bere?"


@pytest.mark.parametrize("query, english", [
    ('Meals | where Meal == "breakfast" | where Day == "Tuesday" | project Food', "what did I eat for breakfast Tuesday?"),
    ('Meetings | where Title == "Budget sync" | where Day == "Monday" | project Attendees', "who was at the Budget sync meeting Monday?"),
    ('Meetings | where Title == "Budget sync" | where Day == "Monday" | summarize sum(Minutes)',
     "how many minutes was the Budget sync meeting Monday?"),
    ('Meetings | where Day == "today" | count', "how many meetings did I have today?"),
    ('Meetings | where Day == "Monday" | summarize min(StartsAt)', "what time did my first meeting start Monday?"),
    ('Drinks | where Drink == "coffee" | where Day == "Monday" | summarize max(At)', "what time was my last coffee Monday?"),
    ('Drinks | where Day == "Monday" | summarize sum(CaffeineMg)', "how much caffeine in mg Monday?"),
    ('Workouts | where Activity == "cycle" | where Day == "today" | summarize sum(Km)', "how many km did I cycle today?"),
    ('Workouts | where Day >= startofweek(now(), 1) | count', "how many workouts did I do this week?"),
    ('Workouts | where Session == "hill run" | where Day == "Monday" | summarize avg(Bpm)',
     "what was my average heart rate during the hill run Monday?"),
    ('Sleep | where WokeOn == "Monday" | project WokeAt', "what time did I wake up Monday?"),
    ('Flights | where Passenger == "Akosua" | project ArrivesAt', "when does Akosua's flight land?"),
    ('Kin | where Parent == "Akosua" and Relation == "daughter" | project NextAge = Age + 1', "how old will Akosua's daughter turn?"),
    ('Sleep | where Night in ("Monday night", "last night") | summarize sum(Hours) by SleptOn = Night',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('Drinks | where Drink == "coffee" and Day >= startofweek(ago(7d), 1) | summarize count() by startofweek(Day, 1)',
     "did I drink more coffee this week than last week?"),
    ('Nights | summarize avg(Hours) by LateDinner = DinnerAt >= "9 pm"', "do I sleep less after dinner at 9 pm or later?"),
    ("Days | summarize avg(CoffeeCups) by Exercised = Trained", "do I drink more coffee on workout days than on rest days?"),
    ('Meals | where Meal == "lunch" and Day in ((Meetings | where Title == "Budget sync" | project Day)) | project Place',
     "where did I have lunch on the day of the Budget sync meeting?"),
    ('Meals | where Meal == "dinner" and Day in ((Talk | where Speaker == "Yaw" and Text has "Dune" | project Day)) | project Food',
     "what did I eat for dinner on the day Yaw mentioned Dune?"),
    ("last_result | extend Night = Night - 1d", "and the night before?"),
    ("last_result | where Day == startofday(now()) and At <= now()", "and today so far?"),
    ('last_result | where Who == "Akosua"', "and Akosua?"), ("last_result | project Minutes", "and how long was that meeting?"),
    ("Meals | are good", "Meals | are good"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_kusto_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_kql(query) == english


def test_a_wardens_and_a_conductors_wordings() -> None:
    assert tidy("Might your register disclose the metres I swam on Tuesday. With the regards of an old ranger of the Niokolo.") == \
        "Might your register disclose the metres I swam on Tuesday"
    assert tidy("Pray put the same enquiry again, a night further back.") == "and the night before?"
    assert tidy("Pray put the same enquiry again, touching Tuesday.") == "and Tuesday?"
    assert tidy("Pray add how many minutes that meeting lasted.") == "and how long was that meeting?"
    assert tidy("Reverse the bus one day.") == "and the day before?"
    assert tidy("Same route, but pick up Akosua.") == "and Akosua?"
    assert tidy("Same route for today, as far as we have come.") == "and today so far?"
    assert "where did I have dinner" in tidy("Which roadside spot fed me once night fell on Tuesday?")
    assert "which restaurant did Yaw recommend" in tidy("What maquis or eating house did Yaw praise to me?")
    assert tidy("The Budget sync took up one of my days; where did the noon stop put my plate that day?") == \
        "where did I have lunch on the day of the Budget sync meeting?"
    assert tidy("What time did the horn get me off my mat on Tuesday?").startswith("what time did I wake up")
    assert "since Monday" in tidy("With this week's Monday as the start, what distance has my running added up to in km?")


def test_a_remarks_count_and_a_capitalised_word_after_the() -> None:
    plan = CASE.plan("I count heads all day, so count these too. Whose heads would I have counted at the Budget sync on Tuesday?")
    assert plan is not None and (plan.operation, plan.attribute) == ("list", "attendees")
    plan = CASE.plan("Rain keeps me at the coffee stall. Is the Nescafé seller getting more of my coins this week than the week before?")
    assert plan is not None and plan.kinds == ["coffee"] and plan.operation == "compare"
