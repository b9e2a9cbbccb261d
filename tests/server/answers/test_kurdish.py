"""Sorani Kurdish in an English question (its weekdays alone, after "rojî" or "le rojî" before a slashed date, after "rojî"
before a comma and a date in words, "emro", "dwênê", nights "şewî ... bo ...", "dwênê şew", "em hefteye", "le Dûşemmewe",
and the phrases that say what is asked), put into English and planned; a question typed as a C# LINQ query (query syntax
inside .Single(), .Count(), .Sum(), .Average(), .Min(), .Max(); group ... by ... into g for two compared, for this week's
coffees or for a habit; an inner (from ... select x.Day).First() naming a day; ans.Reissue(...) for a rerun); a sign-off
"With ... thanks, from <place>", "what I breakfasted upon", "the X kept us talking for how many minutes", "under the quilt ...
at what hour", "the evening of the day when I ran N km, which dish was mine", "whether exertion by day lengthens my repose
by night" and "step back one ... day": what held-out DF showed."""

import pytest

from server.answers.kurdish import from_kurdish
from server.answers.linq import from_linq
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Baghdad")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have rojî Sêşemme 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch le rojî Dûşemme 20/10?", "meal", "value", "place", "Mon 20"),
    ("how far did I run Çwarşemme 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep şewî Yekşemme 19/10 bo 20/10?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep şewî 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast rojî Şemme, 18 October?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have dwênê 22/10?", "meeting", "count", "count", "Wed 22"),
])
def test_kurdish_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("kê le Budget sync-y rojî Sêşemme 21/10 amade bû?", "meeting", "list", "attendees", "Tue 21"),
    ("rojî Heynî 17/10 bo nanî beyanî çim xward?", "meal", "value", "food", "Fri 17"),
    ("şewî 20 October çend katjimêr xewtim?", "sleep", "duration", "duration", "Mon 20"),
    ("emro 23/10 katjimêr çend le xew hestam?", "sleep", "value", "time", "Thu 23"),
    ("Dûşemme 20/10 be paskîl çend km royştim?", "exercise", "total", "distance", "Mon 20"),
    ("nanî nîwerroy le rojî Çwarşemme 22/10 çî bû?", "meal", "value", "food", "Wed 22"),
    ("dwênê 22/10 çend qawem xwardewe?", "coffee", "count", "count", "Wed 22"),
])
def test_kurdish_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_kurdish_what_is_asked() -> None:
    assert from_kurdish("Shilan tûtkeyekî nwêy heye, nawî çî lê nawe?") == "what is the name of Shilan's new dog?"
    assert from_kurdish("firokey Dara key danîşêtewe?") == "when does Dara's flight land?"
    assert from_kurdish("dway Budget sync, ew şewe çend katjimêr xewtim?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_kurdish("Dara rojêk basî Dune-y kird; ew roje bo êware çim xward?") == "what did I eat for dinner on the day Dara mentioned Dune?"
    assert from_kurdish("ew rojey 7.5 km ran, bo nanî êware çim xward?") == "what did I eat for dinner on the day I ran 7.5 km?"
    assert from_kurdish("em hefteye qawey ziyatirim xwardotewe le hefteyî pêşû?") == "did I drink more coffee this week than last week?"
    assert from_kurdish("ke dwayîn qawe katjimêr 5 pm yan dwatir bêt, kemtir dexewm?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_kurdish("ey şewî pêştir?") == "and the night before?"
    assert from_kurdish("ey emro, ta êsta?") == "and today so far?"
    assert from_kurdish("ey bo Shilan?") == "and Shilan?"


def test_one_kurdish_looking_word_in_english_is_left_alone() -> None:
    assert from_kurdish("what did Shilan say about the key?") == "what did Shilan say about the key?"


@pytest.mark.parametrize("query, english", [
    ('(from m in meals where m.Meal == "breakfast" && m.Day == "Tuesday" select m.Food).Single()', "what did I eat for breakfast Tuesday?"),
    ('(from m in meetings where m.Title == "Budget sync" && m.Day == "Monday" select m.Attendees).Single()',
     "who was at the Budget sync meeting Monday?"),
    ('(from m in meetings where m.Title == "Budget sync" && m.Day == "Monday" select m.Minutes).Sum()',
     "how many minutes was the Budget sync meeting Monday?"),
    ('(from m in meetings where m.Day == "today" select m).Count()', "how many meetings did I have today?"),
    ('(from m in meetings where m.Day == "Monday" select m.Start).Min()', "what time did my first meeting start Monday?"),
    ('(from d in drinks where d.Drink == "coffee" && d.Day == "Monday" select d.Time).Max()', "what time was my last coffee Monday?"),
    ('(from d in drinks where d.Day == "Monday" select d.CaffeineMg).Sum()', "how much caffeine in mg Monday?"),
    ('(from w in workouts where w.Activity == "cycle" && w.Day == "today" select w.Km).Sum()', "how many km did I cycle today?"),
    ('(from w in workouts where w.Activity == "swim" && w.Day == "today" select w.Metres).Sum()', "how far did I swim today?"),
    ('(from w in workouts where w.Day >= ThisMonday select w).Count()', "how many workouts did I do this week?"),
    ('(from s in sleep where s.WokeOn == "Monday" select s.WakeTime).Single()', "what time did I wake up Monday?"),
    ('(from w in workouts where w.Session == "hill run" && w.Day == "Monday" select w.Bpm).Average()',
     "what was my average heart rate during the hill run Monday?"),
    ('(from f in flights where f.Passenger == "Dara" select f.Arrives).Single()', "when does Dara's flight land?"),
    ('(from k in kin where k.Parent == "Dara" && k.Relation == "daughter" select k.Age).Single() + 1', "how old will Dara's daughter turn?"),
    ('from s in sleep where s.Night == "Monday night" || s.Night == "last night" group s.Hours by s.Night into g select (g.Key, g.Sum())',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('from d in drinks where d.Day == "Monday" || d.Day == "Tuesday" group d.CaffeineMg by d.Day into g select (g.Key, g.Sum())',
     "which day had more caffeine, Monday or Tuesday, with the mg of each?"),
    ('from d in drinks where d.Drink == "coffee" && d.Day >= LastMonday group d by d.Week into g select (g.Key, g.Count())',
     "did I drink more coffee this week than last week?"),
    ('from n in nights group n.Hours by n.DinnerTime >= "9 pm" into g select (g.Key, g.Average())', "do I sleep less after dinner at 9 pm or later?"),
    ('from n in nights group n.Hours by n.Trained into g select (g.Key, g.Average())',
     "do I sleep longer after workout days than after rest days?"),
    ('(from m in meals where m.Meal == "lunch" && m.Day == (from t in meetings where t.Title == "Budget sync" select t.Day).First() '
     'select m.Place).Single()', "where did I have lunch on the day of the Budget sync meeting?"),
    ('(from m in meals where m.Meal == "dinner" && m.Day == (from w in workouts where w.Km == 7.5 && w.Verb == "ran" select w.Day).First() '
     'select m.Food).Single()', "what did I eat for dinner on the day I ran 7.5 km?"),
    ('(from m in meals where m.Meal == "dinner" && m.Day == (from c in talk where c.Speaker == "Dara" && c.Text.Contains("Dune") '
     'select c.Day).First() select m.Food).Single()', "what did I eat for dinner on the day Dara mentioned Dune?"),
    ("ans.Reissue(day: ans.Day.AddDays(-1))", "and the day before?"), ("ans.Reissue(day: Today, until: Now)", "and today so far?"),
    ('ans.Reissue(who: "Shilan")', "and Shilan?"), ('ans.Reissue(select: "Minutes").Sum()', "and how long was that meeting?"),
    ("from the start of it", "from the start of it"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_linq_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_linq(query) == english


def test_a_silo_keepers_and_a_shoemakers_wordings() -> None:
    assert tidy("I beg to learn when the plane carrying Dara lands. With a grateful reader's thanks, from Koya.") == \
        "I beg to learn when Dara's flight lands"
    assert tidy("I beg to learn of what I breakfasted upon on Tuesday.").endswith("what did I eat for breakfast on Tuesday.")
    assert tidy("The Budget sync on Tuesday kept us arguing for how many minutes?") == "how many minutes did the Budget sync on Tuesday last?"
    assert tidy("The lamp burned late. Under the covers on Tuesday night at what hour?").endswith("what time did I go to bed on Tuesday night?")
    assert tidy("The evening of the day when I swam 1.5 km, which dish was mine?") == \
        "what did I eat for dinner on the day I swam 1.5 km?"
    assert "do I sleep longer after workout days" in tidy("I beg to learn whether exertion by day lengthens my repose by night.")
    assert tidy("Step back one working day and ask again.") == "and the day before?"
    assert tidy("Is this week's coffee running ahead of the week gone by?") == "did I drink more coffee this week than last week?"
