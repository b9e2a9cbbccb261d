"""Guinea-Bissau Kriol in an English question (its weekdays before slashed dates, after "na", before dates in words or in
brackets after "dia" and the date, "aos", "onti", nights "noti di ... pa ...", "es simana", and the phrases that say what is
asked), put into English and planned; a question typed as a Wolfram Language query (Select over a dataset, Length, Total,
Mean, Min, Max, GroupBy for two compared or a habit, an inner First[...] naming a day, ReplaceAll[%, ...] for a rerun); a
formal asker's "the company that assembled for the X", "supping at T", "a day of exercise lengthens the sleep"; an oyster
gatherer's "minutes of talk did the X hold me for", "ahead of what it was the week before", and "the rest" (the others) no
longer read as sleep: what held-out DD showed."""

import pytest

from server.answers.kriol import from_kriol
from server.answers.tidy import tidy
from server.answers.wolfram import from_wolfram
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Bissau")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Tersa-fera 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner na Sigunda-fera 20/10?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep noti di Sigunda-fera 20/10 pa 21/10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle onti 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep noti di 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch dia 22/10 (Kuarta-fera)?", "meal", "value", "food", "Wed 22"),
])
def test_kriol_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Tersa-fera 21/10 kin ku staba na runion Design review?", "meeting", "list", "attendees", "Tue 21"),
    ("na Kuarta-fera 22/10 ke ku n kume na matabicu?", "meal", "value", "food", "Wed 22"),
    ("noti di 20 October kantu ora ku n durmi?", "sleep", "duration", "duration", "Mon 20"),
    ("aos 23/10 ki ora ku n korda?", "sleep", "value", "time", "Thu 23"),
    ("Sigunda-fera 20/10 kantu km ku bisikleta?", "exercise", "total", "distance", "Mon 20"),
    ("onti 22/10 kantu runion ku n tene?", "meeting", "count", "count", "Wed 22"),
    ("Tersa-fera 21 October nunde ku n kume janta?", "meal", "value", "place", "Tue 21"),
])
def test_kriol_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_kriol_what_is_asked() -> None:
    assert from_kriol("Binta tene un kacur pikininu novu, kuma ki si nomi?") == "what is the name of Binta's new dog?"
    assert from_kriol("dipus di Budget sync, kantu ora ku n durmi es noti?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_kriol("si n bibi kafe dipus di 4 pm, n ta durmi menus?") == "do I sleep less after coffee at 4 pm or later?"
    assert from_kriol("es simana n bibi mas kafe ku simana pasadu?") == "did I drink more coffee this week than last week?"
    assert from_kriol("i noti antis di el?") == "and the night before?"
    assert from_kriol("i Samba nbin?") == "and Samba?"


def test_kriol_words_leave_other_questions_alone() -> None:
    assert from_kriol("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"


@pytest.mark.parametrize("query, english", [
    ('meals[Select[#meal == "dinner" && #day == "Tuesday" &], "food"]', "what did I eat for dinner Tuesday?"),
    ('meals[Select[#meal == "lunch" && #day == "Monday" &], "place"]', "where did I have lunch Monday?"),
    ('meetings[Select[#title == "Design review" && #day == "Monday" &], "attendees"]', "who was at the Design review meeting Monday?"),
    ('Length[meetings[Select[#day == "today" &]]]', "how many meetings did I have today?"),
    ('Min[meetings[Select[#day == "Monday" &], "start"]]', "what time did my first meeting start Monday?"),
    ('Max[drinks[Select[#drink == "coffee" && #day == "Monday" &], "time"]]', "what time was my last coffee Monday?"),
    ('Total[drinks[Select[#day == "Monday" &], "caffeineMg"]]', "how much caffeine in mg Monday?"),
    ('Total[workouts[Select[#activity == "run" && #day == "today" &], "km"]]', "how many km did I run today?"),
    ('Total[workouts[Select[#activity == "cycling" && #day >= ThisMonday &], "km"]]', "how many km of cycling in total this week?"),
    ('Length[workouts[Select[#day >= ThisMonday &]]]', "how many workouts did I do this week?"),
    ('sleep[Select[#wokeOn == "Monday" &], "wakeTime"]', "what time did I wake up Monday?"),
    ('Mean[workouts[Select[#session == "hill run" && #day == "Monday" &], "bpm"]]',
     "what was my average heart rate during the hill run Monday?"),
    ('sleep[Select[#night == "Monday night" || #night == "last night" &], GroupBy["night"], Total, "hours"]',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('drinks[Select[#drink == "coffee" && #day >= LastMonday &], GroupBy["week"], Length]', "did I drink more coffee this week than last week?"),
    ('meals[Select[#meal == "lunch" && #day == First[meetings[Select[#title == "Design review" &], "day"]] &], "place"]',
     "where did I have lunch on the day of the Design review meeting?"),
    ('Total[sleep[Select[#night == First[meetings[Select[#title == "Design review" &], "day"]] &], "hours"]]',
     "how many hours did I sleep the night after the Design review meeting?"),
    ('meals[Select[#meal == "dinner" && #day == First[talk[Select[#speaker == "Binta" && StringContainsQ[#text, "Dune"] &], "day"]] &], "food"]',
     "what did I eat for dinner on the day Binta mentioned Dune?"),
    ('meals[Select[#meal == "breakfast" && #day == First[workouts[Select[#km == 1.5 && #verb == "swam" &], "day"]] &], "food"]',
     "what did I eat for breakfast on the day I swam 1.5 km?"),
    ('nights[GroupBy[#lastCoffee >= "4 pm" &], Mean, "hours"]', "do I sleep less after coffee at 4 pm or later?"),
    ('days[GroupBy["trained"], Mean, "cups"]', "do I drink more coffee on workout days than on rest days?"),
    ('recs[Select[#from == "Samba" && #medium == "podcast" &], "title"]', "which podcast did Samba recommend?"),
    ('family[Select[#parent == "Binta" && #relation == "daughter" &], #age + 1 &]', "how old will Binta's daughter turn?"),
    ("ReplaceAll[%, night -> DayPlus[night, -1]]", "and the night before?"), ("ReplaceAll[%, day -> Today, upTo -> Now]", "and today so far?"),
    ('ReplaceAll[%, who -> "Samba"]', "and Samba?"), ('Total[ReplaceAll[%, field -> "minutes"]]', "and how long was that meeting?"),
    ("Plot[Sin[x], x]", "Plot[Sin[x], x]"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_wolfram_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_wolfram(query) == english


def test_a_formal_askers_and_a_gatherers_wordings() -> None:
    assert tidy("I desire to be apprised of the company that assembled for the Budget sync on Tuesday.").endswith(
        "who was at the Budget sync on Tuesday.")
    assert "do I sleep longer after workout days" in tidy("whether a day of exercise lengthens the sleep that follows")
    assert tidy("How many minutes of talk did the Budget sync hold me for on Tuesday?") == \
        "how many minutes was the Budget sync meeting on Tuesday?"
    CASE.assert_planned("How many meetings did the cooperative and the rest pull me into Tersa-fera 21/10?", "meeting", "count", "count",
                        "Tue 21")
