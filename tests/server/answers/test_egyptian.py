"""Egyptian Arabic in Latin letters in an English question (its weekdays el-Etnein to el-Had before a slashed date, alone,
after "yom", before a comma or with the date in brackets; "ennaharda", "embareh", nights "leilet ...", "... bel-leil ...",
"el-esbou da", "men el-Etnein lehad delwa'ti", and the phrases that say what is asked; "we X?" only for a name or a day), put
into English and planned; a question typed as a SAS program (a data step with where and keep; proc means with sum, mean, min,
max; proc freq; class for two compared; proc ttest for a habit; proc sql joining on the day; "set last" for a rerun);
"Might I beg of the daybook", a sign-off "Your servant among the tombs, ...", "Let the daybook be searched afresh ...", and a
tentmaker's idioms: what held-out DJ showed."""

import pytest

from server.answers.egyptian import from_egyptian
from server.answers.sas import from_sas
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Cairo")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have el-Talat 21/10/2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch yom el-Etnein 20/10/2036?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle el-Arbaa (22/10/2036)?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep leilet el-Had 19/10/2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep el-Talat bel-leil 21/10/2036?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast el-Sabt, 18/10/2036?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have embareh el-Arbaa 22/10/2036?", "meeting", "count", "count", "Wed 22"),
])
def test_egyptian_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("meen kan fel Budget sync el-Talat 21/10/2036?", "meeting", "list", "attendees", "Tue 21"),
    ("el-Gomaa 17/10/2036 fetert eh?", "meal", "value", "food", "Fri 17"),
    ("nemt kam saa leilet el-Etnein 20/10/2036?", "sleep", "duration", "duration", "Mon 20"),
    ("ennaharda 23/10/2036 sehit emta?", "sleep", "value", "time", "Thu 23"),
    ("el-Etnein 20/10/2036 sout el-agala kam km?", "exercise", "total", "distance", "Mon 20"),
    ("el-ghada el-Arbaa 22/10/2036 kan eh?", "meal", "value", "food", "Wed 22"),
    ("embareh el-Arbaa 22/10/2036 shrebt kam fengan ahwa?", "coffee", "count", "count", "Wed 22"),
])
def test_egyptian_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_egyptian_what_is_asked() -> None:
    assert from_egyptian("el-kalb el-soghayyar elli Mona gabo, esmo eh?") == "what is the name of Mona's new dog?"
    assert from_egyptian("tayyaret Mona hatenzel emta?") == "when does Mona's flight land?"
    assert from_egyptian("leilet el Budget sync nemt kam saa?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_egyptian("el-yom elli Omar etkallem fih an Dune, etasheit eh?") == "what did I eat for dinner on the day Omar mentioned Dune?"
    assert from_egyptian("el-esbou da shrebt ahwa aktar men el-esbou elli fat?") == "did I drink more coffee this week than last week?"
    assert from_egyptian("lamma atasha 9 pm aw baadha, banam a'all?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_egyptian("wel-leila elli ablaha?") == "and the night before?"
    assert from_egyptian("we ennaharda lehad delwa'ti?") == "and today so far?"
    assert from_egyptian("we Mona?") == "and Mona?"


def test_an_english_we_is_not_read_as_arabic() -> None:
    assert from_egyptian("we had dinner where?") == "we had dinner where?"


@pytest.mark.parametrize("program, english", [
    ("data t; set meals; where meal = 'breakfast' and day = 'Tuesday'; keep dish; run; proc print data=t; run;",
     "what did I eat for breakfast Tuesday?"),
    ("data t; set meetings; where title = 'Budget sync' and day = 'Monday'; keep guests; run; proc print data=t; run;",
     "who was at the Budget sync meeting Monday?"),
    ("proc freq data=meetings; where day = 'today'; tables day; run;", "how many meetings did I have today?"),
    ("proc means data=drinks max; where drink = 'coffee' and day = 'Monday'; var at; run;", "what time was my last coffee Monday?"),
    ("proc means data=workouts sum; where sport = 'cycle' and day = 'today'; var km; run;", "how many km did I cycle today?"),
    ("proc freq data=workouts; where day >= intnx('week.2', today(), 0); tables sport; run;", "how many workouts did I do this week?"),
    ("data t; set kin; where parent = 'Mona' and relation = 'daughter'; age1 = age + 1; keep age1; run; proc print data=t; run;",
     "how old will Mona's daughter turn?"),
    ("proc means data=sleep sum; where night in ('Monday night', 'last night'); class night; var hours; run;",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("data n; set nights; late = dinner_at ge '9 pm'; run; proc ttest data=n; class late; var hours; run;",
     "do I sleep less after dinner at 9 pm or later?"),
    ("proc ttest data=days; class trained; var cups; run;", "do I drink more coffee on workout days than on rest days?"),
    ("proc sql; select distinct ml.venue from meals as ml, meetings as mt where mt.title = 'Budget sync' and ml.meal = 'lunch' "
     "and ml.day = mt.day; quit;", "where did I have lunch on the day of the Budget sync meeting?"),
    ("proc sql; select distinct ml.dish from meals as ml, talk as tk where tk.speaker = 'Omar' and tk.text contains 'Dune' "
     "and ml.meal = 'dinner' and ml.day = tk.day; quit;", "what did I eat for dinner on the day Omar mentioned Dune?"),
    ("data t; set meetings; where title = 'Budget sync' and day = 'el-Talat (21/10/2036)'; keep guests; run;",
     "who was at the Budget sync meeting el-Talat (21/10/2036)?"),
    ("data prev; set last; night = night - 1; run;", "and the night before?"),
    ("data again; set last; where day = today() and clock <= time(); run;", "and today so far?"),
    ("data again; set last; where who = 'Mona'; run;", "and Mona?"), ("proc print data=last; var minutes; run;", "and how long was that meeting?"),
    ("the data set is run daily", "the data set is run daily"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_sas_program_is_read_as_its_question(program: str, english: str) -> None:
    assert from_sas(program) == english


def test_an_inspectors_and_a_tentmakers_wordings() -> None:
    assert tidy("Might I beg of the daybook the metres I swam on Tuesday? Your servant among the tombs, an old keeper of the Fayum.") == \
        "Might I beg of the day book the metres I swam on Tuesday?"
    assert tidy("Let the daybook be searched afresh for Tuesday.") == "and Tuesday?"
    assert tidy("Let the daybook be searched afresh for today, until the present moment.") == "and today so far?"
    assert tidy("Let the daybook add, moreover, the length in minutes of that meeting.") == "and how long was that meeting?"
    assert tidy("What did I eat before the shutters went up on Tuesday?") == "what did I eat for breakfast on Tuesday?"
    assert tidy("How many minutes did the Budget sync on Tuesday keep us talking?") == "how many minutes did the Budget sync on Tuesday last?"
    assert tidy("Whose hands were at the table for the Budget sync on Tuesday?").startswith("who was at the Budget sync")
    assert "since Monday" in tidy("How many times have I trained from this Monday on?")
    assert tidy("On the day Omar went on about Dune across the lane, what did I eat that night?") == \
        "what did I eat for dinner on the day Omar mentioned Dune?"
    assert tidy("The meeting I went to from the swim at the club pool on Tuesday: who sat round its table?") == \
        "who was at the meeting right after the swim at the club pool on Tuesday?"
