"""The rule planner reads the ways people ask, not one template per question: casual, terse, lower
case, synonyms, days named by what happened on them, and follow-ups read against the last plan."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.anchors import split_anchor
from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.said import best_said
from shared.observation import Observation

TZ = ZoneInfo("Europe/London")
NOW = datetime(2027, 5, 14, 21, 0, tzinfo=TZ)  # a Friday
PEOPLE = ["Tom Baker", "Priya Shah", "Jonas Berg"]


def _plan(question: str, previous=None):
    plan = plan_question(question, NOW, TZ, previous, PEOPLE)
    assert plan is not None, question
    return plan


def _day(plan) -> str:
    return plan.window.start.astimezone(TZ).strftime("%a %d %H")


@pytest.mark.parametrize("question, kind, operation, attribute, day, filters", [
    ("coffee count yesterday?", "coffee", "count", "count", "Thu 13 00", {}),
    ("how much coffee have I had today", "coffee", "count", "count", "Fri 14 00", {}),
    ("caffeine yesterday in mg", "coffee", "total", "amount", "Thu 13 00", {}),
    ("at what time did I get my first caffeine today", "coffee", "first", "time", "Fri 14 00", {}),
    ("what did i have for supper on wednesday", "meal", "value", "food", "Wed 12 00", {"meal": "dinner"}),
    ("Tell me what I ate for supper yesterday.", "meal", "value", "food", "Thu 13 00", {"meal": "dinner"}),
    ("where'd I have lunch 2 days ago", "meal", "value", "place", "Wed 12 00", {"meal": "lunch"}),
    ("lunch spot on the 11th", "meal", "value", "place", "Tue 11 00", {"meal": "lunch"}),
    ("breakfast on Sunday the 9th", "meal", "value", "food", "Sun 09 00", {"meal": "breakfast"}),
    ("hours of shut-eye last night", "sleep", "duration", "duration", "Thu 13 18", {}),
    ("how long did i sleep the night before last", "sleep", "duration", "duration", "Wed 12 18", {}),
    ("wake-up time on Tuesday?", "sleep", "value", "time", "Tue 11 00", {}),
    ("how far did I jog this past Wednesday", "exercise", "total", "distance", "Wed 12 00", {"activity": "run"}),
    ("km cycled on 12 May", "exercise", "total", "distance", "Wed 12 00", {"activity": "cycle"}),
    ("How long was my run on Monday, in km?", "exercise", "total", "distance", "Mon 10 00", {"activity": "run"}),
    ("duration of the bike ride yesterday", "exercise", "duration", "duration", "Thu 13 00", {"activity": "cycle"}),
    ("how many workouts since monday", "exercise", "count", "count", "Mon 10 00", {}),
    ("total km run in the last 7 days", "exercise", "total", "distance", "Sat 08 00", {"activity": "run"}),
    ("who came to the Roadmap workshop on the 11th", "meeting", "list", "attendees", "Tue 11 00", {}),
    ("how long was the Team retro on Friday the 7th", "meeting", "duration", "duration", "Fri 07 00", {}),
    ("How long did the 1:1 with Tom take on 5/11?", "meeting", "duration", "duration", "Thu 05 00", {}),
    ("number of meetings yesterday", "meeting", "count", "count", "Thu 13 00", {}),
    ("what did I have for lunch on christmas day", "meal", "value", "food", "Fri 25 00", {"meal": "lunch"}),
    ("coffee count tues?", "coffee", "count", "count", "Tue 11 00", {}),
    ("lunch last thurs", "meal", "value", "food", "Thu 13 00", {"meal": "lunch"}),
    ("I would like to know where I dined yesterday.", "meal", "value", "place", "Thu 13 00", {"meal": "dinner"}),
    ("um overnight Sunday to Monday how much sleep did I get, roughly", "sleep", "duration", "duration",
     "Sun 09 18", {}),
    ("run km two days before today", "exercise", "total", "distance", "Wed 12 00", {"activity": "run"}),
    ("um today, when did I start on the coffee", "coffee", "first", "time", "Fri 14 00", {}),
    ("first mtg today", "meeting", "first", "title", "Fri 14 00", {}),
    ("Could you please tell me how many meetings I attended yesterday?", "meeting", "count", "count", "Thu 13 00",
     {}),
    ("workouts week to date", "exercise", "count", "count", "Mon 10 00", {}),
    ("how many km have I run since the start of the week", "exercise", "total", "distance", "Mon 10 00",
     {"activity": "run"}),
    ("when did I nod off last night", "sleep", "value", "time", "Thu 13 18", {}),
    ("who showed up to the Team retro on Tuesday", "meeting", "list", "attendees", "Tue 11 00", {}),
    ("when did my meetings kick off yesterday", "meeting", "first", "time", "Thu 13 00", {}),
    ("what did I have for tea last night", "meal", "value", "food", "Thu 13 18", {"meal": "dinner"}),
    ("coffee count yday?", "coffee", "count", "count", "Thu 13 00", {}),
    ("lunch on the 12th - what did I eat?", "meal", "value", "food", "Wed 12 00", {"meal": "lunch"}),
    ("how many meetings was I in on 12 May", "meeting", "count", "count", "Wed 12 00", {}),
    ("what time was coffee number one today", "coffee", "first", "time", "Fri 14 00", {}),
    ("how many k did I run this week so far", "exercise", "total", "distance", "Mon 10 00", {"activity": "run"}),
    ("when did I crash the night of the 11th to the 12th?", "sleep", "value", "time", "Tue 11 18", {}),
    ("On the 12th (wed), what was my breakfast?", "meal", "value", "food", "Wed 12 00", {"meal": "breakfast"}),
    ("Kindly tell me what my dinner was today.", "meal", "value", "food", "Fri 14 00", {"meal": "dinner"}),
    ("how many hours did i sleep on the night of Tuesday the 11th", "sleep", "duration", "duration", "Tue 11 18", {}),
    ("Yesterday (13/5), what was my caffeine in milligrams, all told?", "coffee", "total", "amount", "Thu 13 00", {}),
    ("km swum on the 11th (tue)?", "exercise", "total", "distance", "Tue 11 00", {"activity": "swim"}),
    ("On 11-May, how far did I go running?", "exercise", "total", "distance", "Tue 11 00", {"activity": "run"}),
    ("total km cycling this wk", "exercise", "total", "distance", "Mon 10 00", {"activity": "cycle"}),
    ("Duration of my wall session today, please.", "exercise", "duration", "duration", "Fri 14 00",
     {"activity": "climb"}),
    ("hrs of sleep the night of 11/5 to 12/5?", "sleep", "duration", "duration", "Tue 11 18", {}),
    ("1st coffee today, what time", "coffee", "first", "time", "Fri 14 00", {}),
    ("lunch this wednesday gone (food)", "meal", "value", "food", "Wed 12 00", {"meal": "lunch"}),
    ("Tuesday overnight: how was my sleep rated", "sleep", "value", "duration", "Tue 11 18", {}),
    ("What distance did I cover in the water Tuesday 11th?", "exercise", "total", "distance", "Tue 11 00",
     {"activity": "swim"}),
    ("first caffeine of the day on the 11th", "coffee", "first", "time", "Tue 11 00", {}),
    ("what drinks did I get on Tuesday", "coffee", "count", "count", "Tue 11 00", {}),
])
def test_phrasings_become_the_same_typed_plan(question, kind, operation, attribute, day, filters) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, plan.attribute, _day(plan)) == ([kind], operation, attribute, day)
    assert plan.filters == filters


@pytest.mark.parametrize("question, speaker", [
    ("what book did Tom recommend", "Tom"),
    ("tom's book recommendation?", "Tom"),
    ("Priya is flying in. At what time does the plane land?", "Priya"),
    ("Per Jonas, when is the Atlas launch now?", "Jonas"),
    ("According to Priya, where is the offsite now?", "Priya"),
    ("Dana mentioned the Harbor launch moved. To which date?", "Dana"),
    ("Priya said Atlas slipped, to when?", "Priya"),
    ("what did Tom call the dog they adopted", "Tom"),
    ("Priyas daughter turns what age", "Priya"),
    ("Tom had a place in mind to eat at... which?", "Tom"),
])
def test_said_facts_name_their_speaker_not_a_title(question, speaker) -> None:
    plan = _plan(question)
    assert plan.kinds == ["conversation"] and plan.filters["speaker"] == speaker


@pytest.mark.parametrize("question, first, second", [
    ("was tuesday or wednesday heavier on caffeine", "Tue 11 00", "Wed 12 00"),
    ("did I sleep longer on the night of the 10th or the 11th", "Mon 10 18", "Tue 11 18"),
    ("which night did I sleep more, sunday or monday", "Sun 09 18", "Mon 10 18"),
    ("was my sleep longer last night than the night before", "Thu 13 18", "Wed 12 18"),
    ("did I run further on monday or on wednesday", "Mon 10 00", "Wed 12 00"),
    ("was my run longer on mon or wed", "Mon 10 00", "Wed 12 00"),
    ("more coffees this week vs last week?", "Mon 10 00", "Mon 03 00"),
    ("have I drunk more coffee this week than last?", "Mon 10 00", "Mon 03 00"),
    ("is my coffee count up on last week?", "Mon 10 00", "Mon 03 00"),
    ("longer sleep: the night from Tues to Wed or two nights back?", "Tue 11 18", "Wed 12 18"),
    ("more caffeine on Fri 7 May vs May 8th?", "Fri 07 00", "Sat 08 00"),
    ("on mon vs day before yesterday: which workout went longer?", "Mon 10 00", "Wed 12 00"),
    ("did i have more caffeine yesterday (13/5) than today, or less", "Thu 13 00", "Fri 14 00"),
    ("workout length tuesday just past vs yesterday (13/5), which one was longer", "Tue 11 00", "Thu 13 00"),
    ("which day did i have more caffeine, on 8-May or on 9-May", "Sat 08 00", "Sun 09 00"),
    ("slept longer over tue night into wed or the night of 12/5 to 13/5?", "Tue 11 18", "Wed 12 18"),
    ("was my workout longer yesterday the 13th or today 14/5", "Thu 13 00", "Fri 14 00"),
])
def test_comparisons_get_both_windows(question, first, second) -> None:
    plan = _plan(question)
    assert plan.operation == "compare" and _day(plan) == first
    assert plan.compare_to.start.astimezone(TZ).strftime("%a %d %H") == second


@pytest.mark.parametrize("question, habit", [
    ("does late coffee mess with my sleep", "a coffee at or after 15:00"),
    ("How do I sleep after late coffee?", "a coffee at or after 15:00"),
    ("coffee at 3 pm or later = less sleep for me?", "a coffee at or after 15:00"),
    ("do i sleep more the night after i exercise", "a workout"),
    ("workout days vs rest days: coffee count?", "a workout"),
    ("dinners starting 8 pm+ : shorter sleep after?", "dinner starting at or after 20:00"),
    ("When I drink coffee at 2 pm or later, do I get less sleep that night?", "a coffee at or after 14:00"),
    ("is my sleep shorter after a late dinner (after 8 pm)", "dinner starting at or after 20:00"),
    ("When dinner begins at 7:30 pm or later, do I sleep less?", "dinner starting at or after 19:30"),
    ("When my caffeine reaches 300 mg or more in a day, do I sleep less that night?", "at least 300 mg of caffeine"),
    ("do I sleep less on days with 3 or more coffees", "at least 3 coffees"),
    ("am I drinking more coffee on workout days", "a workout"),
    ("does working out help me sleep longer?", "a workout"),
    ("do I get less kip on nights I have supper at 8 pm or after?", "dinner starting at or after 20:00"),
    ("do late dinners (7:30 pm or later) cut my sleep?", "dinner starting at or after 19:30"),
    ("Any idea if a coffee at 3 pm or later costs me sleep?", "a coffee at or after 15:00"),
    ("do I sleep less on days I have 300 mg of caffeine or more?", "at least 300 mg of caffeine"),
    ("coffee at/after 2 pm -> less sleep?", "a coffee at or after 14:00"),
    ("um is there like a connection between exercising and sleeping longer for me", "a workout"),
    ("so when dinner's late, like 7:30 pm or later, am I sleeping less", "dinner starting at or after 19:30"),
    ("coffee after 2 pm and sleep: any link?", "a coffee at or after 14:00"),
    ("eating dinner after 9pm - does it affect my sleep?", "dinner starting at or after 21:00"),
    ("do I sleep less when dinner is after 8:30?", "dinner starting at or after 20:30"),
    ("my sleep after having dinner past 9 pm, is it shorter?", "dinner starting at or after 21:00"),
    ("do I sleep worse if I eat dinner late?", "dinner starting at or after 20:00"),
    ("do I sleep less after drinking coffee late in the day?", "a coffee at or after 15:00"),
    ("late-night dinner and my sleep: shorter?", "dinner starting at or after 20:00"),
    ("any correlation between training and how long I sleep?", "a workout"),
    ("dinner at 7:30 pm or after... less sleep? avg each", "dinner starting at or after 19:30"),
    ("On days my caffeine passes 250 mg, do I sleep less that night?", "at least 250 mg of caffeine"),
    ("Some weeks my caffeine crosses 350 mg. How do I sleep the night after such days compared with the rest?",
     "at least 350 mg of caffeine"),
    ("days when caffeine exceeds 200 mg: do I sleep shorter?", "more than 200 mg of caffeine"),
    ("250+ mg caffeine days, sleep after vs other nights?", "at least 250 mg of caffeine"),
    ("late coffee days, sleep versus the rest?", "a coffee at or after 15:00"),
])
def test_habit_questions_are_relations(question, habit) -> None:
    plan = _plan(question)
    assert plan.operation == "relation" and parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("question, relation, clause, rest", [
    ("what did I eat the evening I swam 1.2 km", "day", "I swam 1.2 km", "what did I eat for dinner"),
    ("I swam 1.4 km one day; what did I eat that evening?", "day", "I swam 1.4 km", "what did I eat ? for dinner"),
    ("On the day of the 1:1 with Owen, where did I go for lunch?", "day", "the 1:1 with Owen",
     "where did I go for lunch?"),
    ("After the Team retro, how much did I sleep that night?", "night_after", "the Team retro",
     "how much did I sleep that night?"),
    ("How much did I sleep after the day of the Quarterly goals?", "night_after", "the Quarterly goals",
     "How much did I sleep ?"),
    ("Which people were at the meeting that followed my ride on Feb 11?", "after", "ride",
     "Which people were at the meeting on Feb 11?"),
    ("who was in the call after I went for a run yesterday", "after", "run", "who was in the call yesterday"),
    ("How long did I sleep the night after I ran 12 km?", "night_after", "I ran 12 km", "How long did I sleep ?"),
    ("What did I eat for dinner after running 9.8 km?", "day", "running 9.8 km", "What did I eat for dinner ?"),
    ("Where was lunch on the same day as my 12.3 km ride?", "day", "my 12.3 km ride", "Where was lunch ?"),
    ("Tom recommended Circe one day - what was for dinner that evening?", "day", "Tom recommended Circe",
     "what was for dinner ?"),
    ("how much kip did I get the night after the Vendor call with Cobalt Freight?", "night_after",
     "the Vendor call with Cobalt Freight", "how much kip did I get ?"),
])
def test_a_day_named_by_what_happened_is_split_off(question, relation, clause, rest) -> None:
    left, anchor = split_anchor(question)
    assert anchor is not None and (anchor.relation, anchor.clause) == (relation, clause)
    assert left == rest


def test_the_day_before_yesterday_is_a_date_not_a_clause() -> None:
    assert split_anchor("Where did I have lunch the day before yesterday?")[1] is None
    assert _day(_plan("Where did I have lunch the day before yesterday?")) == "Wed 12 00"


@pytest.mark.parametrize("follow_up, operation, attribute, day, filters", [
    ("and the day before?", "count", "count", "Wed 12 00", {}),
    ("how about so far today?", "count", "count", "Fri 14 00", {}),
    ("same for monday", "count", "count", "Mon 10 00", {}),
    ("and caffeine?", "total", "amount", "Thu 13 00", {}),
    ("what time was the last one?", "last", "time", "Thu 13 00", {}),
    ("the one before?", "count", "count", "Wed 12 00", {}),
    ("ok, and 2 days before that?", "count", "count", "Tue 11 00", {}),
    ("same again for Tues", "count", "count", "Tue 11 00", {}),
    ("one day earlier?", "count", "count", "Wed 12 00", {}),
])
def test_follow_ups_change_only_what_they_name(follow_up, operation, attribute, day, filters) -> None:
    previous = _plan("how many coffees yesterday")
    plan = _plan(follow_up, previous)
    assert plan.parsed_by == "follow-up" and plan.kinds == ["coffee"]
    assert (plan.operation, plan.attribute, _day(plan), plan.filters) == (operation, attribute, day, filters)


def test_follow_ups_about_a_meeting_and_a_person() -> None:
    meeting = _plan("who was in the Sprint planning on monday")
    length = _plan("How many minutes did that meeting run?", meeting)
    assert (length.kinds, length.operation, _day(length)) == (["meeting"], "duration", "Mon 10 00")
    said = _plan("and jonas?", _plan("what book did Tom recommend"))
    assert said.filters["speaker"] == "Jonas"


def _said(text: str, speaker: str = "Ana") -> Observation:
    return Observation(id=text[:20], kind="conversation", sensor="microphone", start=NOW, end=NOW,
                       data={"speaker": speaker, "text": text})


def test_quotes_match_by_topic_and_skip_what_speaks_against_it() -> None:
    fact = _said("My flight lands at 20:05 on Friday.")
    small_talk = _said("This week is flying by, can we keep this one short?")
    assert best_said("Ana is flying in. At what time does the plane land?", "Ana", [small_talk, fact]) == [fact]
    gave_up = _said("I gave up on Circe, too slow for me.")
    read = _said("You should read Piranesi by Susanna Clarke, I couldn't put it down.")
    assert best_said("Remind me of the novel Ana suggested", "Ana", [read, gave_up]) == [read]
    assert best_said("Which movie was Ana raving about? Which one?", "Ana", [small_talk, read]) == []


def test_a_meeting_named_in_lower_case_by_a_title_the_log_knows() -> None:
    plan = plan_question("who was in sprint planning on monday", NOW, TZ, None, PEOPLE, ["Sprint planning"])
    assert plan is not None and (plan.kinds, plan.operation) == (["meeting"], "list")
    previous = _plan("how many coffees yesterday")
    assert plan_question("who was in sprint planning on monday", NOW, TZ, previous, PEOPLE,
                         ["Sprint planning"]).parsed_by == "rules"  # a question of its own, not a follow-up


@pytest.mark.parametrize("question, relation, clause", [
    ("dinner day Tom recommended Circe", "day", "Tom recommended Circe"),
    ("dinner on 10.5 km running workout day", "day", "10.5 km running workout"),
    ("sleep night after Vendor call with Cobalt Freight", "night_after", "Vendor call with Cobalt Freight"),
    ("people at first mtg after cycling workout yesterday", "after", "cycling"),
    ("Sleep the night of the 1:1 with Noor - how long?", "night_after", "the 1:1 with Noor"),
])
def test_days_named_in_keywords(question, relation, clause) -> None:
    anchor = split_anchor(question)[1]
    assert anchor is not None and (anchor.relation, anchor.clause) == (relation, clause)


def test_a_meeting_the_log_knows_names_the_day_of_a_meal() -> None:
    plan = plan_question("lunch place 1:1 with Kwame day", NOW, TZ, None, PEOPLE, ["1:1 with Kwame"])
    assert plan.kinds == ["meal"] and plan.filters == {"meal": "lunch", "anchor": "1:1 with Kwame"}
    assert plan.attribute == "place"


def test_a_day_in_a_said_fact_is_what_it_is_about_not_when_it_was_said() -> None:
    assert _plan("how old is Tom's daughter turning on saturday").window is None
    assert _plan("what did Tom say yesterday about the offsite").window is not None
    plan = _plan("new date for the Lantern launch?")
    assert plan.kinds == ["conversation"] and "speaker" not in plan.filters  # a project, not a person


def test_a_known_meeting_title_wins_over_a_sport_verb() -> None:
    plan = plan_question("how long did Sprint planning run yesterday", NOW, TZ, None, PEOPLE, ["Sprint planning"])
    assert (plan.kinds, plan.operation) == (["meeting"], "duration")


def test_a_follow_up_that_names_a_person_first() -> None:
    plan = _plan("Jonas - same q", _plan("book Tom told me to pick up - title pls"))
    assert plan.parsed_by == "follow-up" and plan.filters["speaker"] == "Jonas"


@pytest.mark.parametrize("question, kind, day", [
    ("Yesterday, could you please tell me what I ate for supper?", "meal", "Thu 13 00"),
    ("Today, kindly tell me how far I swam.", "exercise", "Fri 14 00"),
    ("On Wednesday, tell me how many coffees I had", "coffee", "Wed 12 00"),
])
def test_a_request_after_a_leading_day_is_no_speech(question, kind, day) -> None:
    plan = _plan(question)
    assert plan.kinds == [kind] and _day(plan) == day


@pytest.mark.parametrize("question, day", [
    ("coffees on 10.5.?", "Mon 10 00"),
    ("coffees on 10.05.2027", "Mon 10 00"),
    ("coffees on 2027/05/10", "Mon 10 00"),
    ("coffees on the twelfth", "Wed 12 00"),
    ("coffees a couple of days ago", "Wed 12 00"),
    ("coffees on Tuesday of last week", "Tue 04 00"),
    ("coffees two Wednesdays ago", "Wed 05 00"),
])
def test_more_ways_to_write_a_day(question, day) -> None:
    assert _day(_plan(question)) == day


@pytest.mark.parametrize("question, words", [
    ("how many coffees did I have the other day?", "the other day"),
    ("how far did I run at the start of the week", "start of the week"),
    ("what did I eat for lunch a few days ago", "few days"),
])
def test_a_day_that_cannot_be_read_is_not_taken_for_today(question, words) -> None:
    plan = _plan(question)
    assert plan.window is None and words in plan.filters["unread_day"]


@pytest.mark.parametrize("question, kind, day", [
    ("how long did I sleep Tuesday-Wednesday night?", "sleep", "Tue 11 18"),
    ("sleep overnight 11/5-12/5 - hrs and mins?", "sleep", "Tue 11 18"),
    ("what distance did my run cover 3d ago?", "exercise", "Tue 11 00"),
    ("caffeine on 11/5/27?", "coffee", "Tue 11 00"),
    ("Did I train three days ago, on Tuesday?", "exercise", "Tue 11 00"),
])
def test_nights_as_two_days_and_short_days_ago(question, kind, day) -> None:
    plan = _plan(question)
    assert plan.kinds == [kind] and _day(plan) == day


def test_this_week_compared_to_last() -> None:
    plan = _plan("This week compared to last, did I have more coffee?")
    assert plan.operation == "compare" and _day(plan) == "Mon 10 00"
    assert plan.compare_to.start.astimezone(TZ).strftime("%a %d") == "Mon 03"


def test_which_night_is_a_sleep_comparison() -> None:
    plan = _plan("which night was longer, Monday-Tuesday night or overnight 11/5-12/5")
    assert plan.kinds == ["sleep"] and plan.operation == "compare"
    assert {_day(plan), plan.compare_to.start.astimezone(TZ).strftime("%a %d %H")} == {"Mon 10 18", "Tue 11 18"}


def test_the_night_following_a_meeting_is_sleep_and_a_watch_day_is_what_was_said() -> None:
    plan = _plan("The night following the Design review, how many hours did I get?")
    assert plan.kinds == ["sleep"] and plan.filters.get("night") == "after"
    said = _plan("movie Tom told me to watch this weekend?")
    assert said.kinds == ["conversation"] and said.window is None
    assert _plan("what did Tom say yesterday about the offsite?").window is not None


@pytest.mark.parametrize("first, then, kind, day, filters", [
    ("how long did I sleep on Tuesday night?", "what time did I go to bed?", "sleep", "Tue 11 18", {}),
    ("how far did I run on Wednesday?", "what was my heart rate?", "exercise", "Wed 12 00", {"activity": "run"}),
    ("how many coffees did I drink this week?", "the week before?", "coffee", "Mon 03 00", {}),
    ("how many coffees did I have yesterday?", "the one before?", "coffee", "Wed 12 00", {}),
])
def test_a_question_after_one_about_the_same_thing_keeps_its_day(first, then, kind, day, filters) -> None:
    plan = _plan(then, previous=_plan(first))
    assert plan.kinds == [kind] and _day(plan) == day and filters.items() <= plan.filters.items()
    alone = plan_question(then, NOW, TZ, None, PEOPLE)
    assert alone is None or alone.window is None or _day(alone) != day  # asked alone, it names no such day


@pytest.mark.parametrize("question, kind, day", [
    ("What was my dinner on 11th", "meal", "Tue 11 00"),
    ("How many kilometers I ran before 3 days?", "exercise", "Tue 11 00"),
    ("total sleep time, night of 11-12/5", "sleep", "Tue 11 18"),
    ("How many hours of sleep did I get tues nite", "sleep", "Tue 11 18"),
])
def test_days_as_more_people_write_them(question, kind, day) -> None:
    plan = _plan(question)
    assert plan.kinds == [kind] and _day(plan) == day


def test_keyword_habit_questions_and_the_last_week() -> None:
    plan = _plan("avg sleep: days w/ coffee at or after 3 pm vs days w/o")
    assert plan.operation == "relation" and parse_habit(plan.relation).text == "a coffee at or after 15:00"
    assert _plan("avg sleep: days with caffeine >= 300 mg vs under").operation == "relation"
    assert _plan("average heart rate on my run Monday vs Tuesday").operation != "relation"
    weeks = _plan("This week I drank more coffees than the last week, or less?")
    assert weeks.operation == "compare" and weeks.compare_to.start.astimezone(TZ).strftime("%a %d") == "Mon 03"
    assert split_anchor("dinner on day of 9.6 km run workout: food")[1].clause == "9.6 km run workout"


def test_more_ways_of_naming_days_nights_and_people_in_follow_ups() -> None:
    assert _day(_plan("sleep volume night 11/5 - hours?")) == "Tue 11 18"
    assert _day(_plan("did I sleep longer Sunday night or the night going into Tuesday")) in ("Sun 09 18", "Mon 10 18")
    assert _day(_plan("caffeine on Monday last")) == "Mon 10 00"
    assert _plan("sessions logged this week so far?").kinds == ["exercise"]
    grace = _plan("Jonas podcast rec?")
    felix = _plan("Tom then?", previous=grace)
    assert felix.filters["speaker"] == "Tom" and "podcast" in felix.topic
    meeting = _plan("1:1 with Tom today attendees?")
    assert "1:1 with Tom" in _plan("mtg length?", previous=meeting).topic
    run = _plan("What distance did I run on Tuesday?")
    assert _plan("on Monday the 10th of May then?", previous=run).kinds == ["exercise"]
    assert split_anchor("dinner day I ran 7km?")[1].clause.startswith("I ran 7km")


@pytest.mark.parametrize("question, kind, day", [
    ("how many coffees on Monday, no, sorry, Tuesday?", "coffee", "Tue 11 00"),
    ("what did I eat for lunch on wednesday - I mean thursday", "meal", "Thu 13 00"),
    ("how far did I run on the 10th, no wait, the 11th?", "exercise", "Tue 11 00"),
    ("who was at the Design review yesterday, sorry, on Wednesday?", "meeting", "Wed 12 00"),
    ("how far did I, um, run on Tuesday", "exercise", "Tue 11 00"),
])
def test_a_day_said_and_then_corrected_is_the_second_one(question, kind, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, _day(plan)) == ([kind], day)


def test_a_day_said_once_is_not_taken_for_a_correction() -> None:
    assert _day(_plan("did I run on Tuesday or not?")) == "Tue 11 00"
    assert _day(_plan("coffees on Monday, sorry to ask again")) == "Mon 10 00"


def test_weeks_and_days_as_people_also_say_them() -> None:
    week = _plan("total km I ran in the current week, from Monday onwards")
    assert (week.operation, week.attribute, _day(week), week.window.label) == ("total", "distance", "Mon 10 00", "this week")
    assert _day(_plan("where did I eat lunch Wednesday that's just been")) == "Wed 12 00"
    night = _plan("when did I go to bed the night of Tuesday 11 May?")
    assert (night.kinds, _day(night)) == (["sleep"], "Tue 11 18")


def test_heart_rate_in_beats_per_minute_is_a_workout_not_something_said() -> None:
    plan = _plan("my average heart rate, in beats per minute, on my swim on Wednesday?")
    assert (plan.kinds, plan.filters.get("activity"), _day(plan)) == (["exercise"], "swim", "Wed 12 00")


def test_how_long_did_that_one_run_asks_about_the_meeting() -> None:
    meeting = _plan("who came to the Sprint planning on monday")
    for follow_up in ("and how long did that one run", "how long did it go for?"):
        length = _plan(follow_up, meeting)
        assert (length.kinds, length.operation, _day(length)) == (["meeting"], "duration", "Mon 10 00")
        assert "activity" not in length.filters


def test_more_ways_to_name_a_day_or_a_habit() -> None:
    assert split_anchor("On the date Priya mentioned Dune, where was lunch?")[1].clause == "Priya mentioned Dune"
    after = _plan("who was at the first meeting after my ride on the bike on Wednesday?")
    assert (after.kinds, after.filters.get("after"), _day(after)) == (["meeting"], "ride", "Wed 12 00")
    assert _plan("do I drink coffee harder on days I train?").operation == "relation"


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Kindly state the duration of my sleep on the night commencing Tuesday 11 May.", "sleep", "duration", "duration",
     "Tue 11 18"),
    ("Please confirm the number of caffeinated beverages I consumed on Wednesday.", "coffee", "count", "count",
     "Wed 12 00"),
    ("What distance did I cover on foot on Tuesday?", "exercise", "total", "distance", "Tue 11 00"),
    ("run dist wed", "exercise", "total", "distance", "Wed 12 00"),
    ("how many hour I sleep yesterday night", "sleep", "duration", "duration", "Thu 13 18"),
    ("yo how many lattes did i down on monday", "coffee", "count", "count", "Mon 10 00"),
    ("What was the place where I took lunch on Tuesday?", "meal", "value", "place", "Tue 11 00"),
    ("State the time at which I retired for the night on Tuesday.", "sleep", "value", "time", "Tue 11 18"),  # the night that began that evening
])
def test_formal_terse_and_learner_phrasings(question, kind, operation, attribute, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, plan.attribute, _day(plan)) == ([kind], operation, attribute, day)


def test_a_bare_day_after_a_night_is_that_day_s_night() -> None:
    night = _plan("how long did I sleep on Tuesday night")
    for follow_up in ("Wednesday?", "and on wednesday"):
        assert _day(_plan(follow_up, night)) == "Wed 12 18"
    assert _day(_plan("and Wednesday morning?", night)) != "Wed 12 18"


def test_distance_alone_names_a_workout_and_late_caffeine_a_habit() -> None:
    plan = _plan("more km this week or last week?")
    assert (plan.kinds, plan.operation, plan.attribute) == (["exercise"], "compare", "distance")
    assert _plan("how does late caffeine affect my sleep?").operation == "relation"
    assert parse_habit("do I sleep worse after an espresso past 4 pm?").text == "a coffee at or after 16:00"


def test_shift_workers_clock_and_caffeine_above_a_limit() -> None:
    plan = _plan("sleep after coffee post 1500 hrs - shorter?")
    assert (plan.operation, plan.relation is not None) == ("relation", True)
    assert parse_habit("do I sleep worse after more than 200mg caffeine").text == "more than 200 mg of caffeine"


def test_notes_style_wed_and_start_time() -> None:
    plan = _plan("first mtg wed start time")
    assert (plan.kinds, plan.operation, plan.attribute, _day(plan)) == (["meeting"], "first", "time", "Wed 12 00")


def test_charting_notes_learner_comparisons_and_prior_days() -> None:
    note = _plan("Intake yesterday, lunch: what?")
    assert (note.kinds, note.filters, _day(note)) == (["meal"], {"meal": "lunch"}, "Thu 13 00")
    assert _day(_plan("and day prior?", note)) == "Wed 12 00"
    assert _plan("Ana is flying in. At what time does the plane land?").kinds == ["conversation"]
    hours = _plan("did I sleep more on Tuesday night or on Wednesday night? how many hours each")
    assert (hours.operation, hours.attribute) == ("compare", "duration")
    longer = _plan("Which workout was more long, Tue 11/5 or Wed 12/5, and how many minutes was each?")
    assert (longer.operation, longer.attribute) == ("compare", "duration")
    both = _plan("compare my caffeine yesterday (13.05.2027) with today, the 14th of May")
    assert (_day(both), both.compare_to.start.astimezone(TZ).strftime("%a %d")) == ("Thu 13 00", "Fri 14")
    assert _plan("If I start the dinner at 8 pm or more late, I sleep less?").operation == "relation"


def test_days_named_on_which_and_sessions_at_a_place() -> None:
    assert split_anchor("What did I eat on the day on which I swam 2 km?")[1].clause == "I swam 2 km"
    after = _plan("who was at the first meeting after my climbing gym session like 2 days ago?")
    assert (after.kinds, after.filters.get("after"), _day(after)) == (["meeting"], "climbing", "Wed 12 00")
    pool = _plan("who was at the first meeting after my pool session on Tuesday?")
    assert (pool.kinds, pool.filters.get("after")) == (["meeting"], "pool")


@pytest.mark.parametrize("question, kind, operation, day", [
    ("How long did I sleep the night of 11/5 till the morning of 12/5?", "sleep", "duration", "Tue 11 18"),
    ("how long did I sleep the Monday-to-Tuesday night?", "sleep", "duration", "Mon 10 18"),
    ("bed time the night just past, Thursday into Friday?", "sleep", "value", "Thu 13 18"),
    ("Lunch on the 11th (a Tuesday)?", "meal", "value", "Tue 11 00"),
    ("What distance did I run on date 11/5, according to the record?", "exercise", "total", "Tue 11 00"),
    ("Where did I have dinner on Tuesday? Home game or away?", "meal", "value", "Tue 11 00"),
])
def test_nights_by_their_mornings_restated_days_and_asides(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan)) == ([kind], operation, day)
    assert "speaker" not in plan.filters


def test_a_list_of_choices_names_no_sport_and_jargon_names_meetings_and_habits() -> None:
    assert "activity" not in _plan("which workout on Tuesday? run, bike, swim etc").filters
    assert _plan("Design review QSO on Tuesday: names pse").attribute == "attendees"
    assert _plan("1st sked on Tuesday: start time?").kinds == ["meeting"]
    assert _plan("Do I sleep longer on nights after a net session than after days without one?").operation == "relation"
    day = _plan("day I ran 12.8 km: dinner menu?")
    assert (day.kinds, day.filters.get("anchor")) == (["meal"], "I ran 12.8 km")


def test_a_trades_words_a_measured_sport_and_a_bedtime_clause() -> None:
    assert _plan("Which workout had the longer running time, Monday or Tuesday?").attribute == "duration"
    assert "activity" not in _plan("Which workout had the longer running time, Monday or Tuesday?").filters
    woke = _plan("What time did I leave the roost on Tuesday?")
    assert (woke.kinds, _day(woke)) == (["sleep"], "Tue 11 00")
    assert _plan("Across this week's run of shows, how many km of cycling did I clock?").filters == {"activity": "cycle"}
    dinner = _plan("What did I eat for dinner on dated 11-05-2027, before I went to bed?")
    assert (dinner.kinds, _day(dinner)) == (["meal"], "Tue 11 00")
    larger = _plan("Let c1 and c2 be my caffeine intake on Monday and on Tuesday. Which is larger?")
    assert (larger.operation, _day(larger), larger.compare_to.start.astimezone(TZ).strftime("%a %d %H")) == (
        "compare", "Mon 10 00", "Tue 11 00")



def test_headings_exclamations_and_a_quiz_voice() -> None:
    assert _plan("Tom with a listening tip! Which podcast was it?").filters.get("speaker") == "Tom"
    assert _plan("A new arrival in Priya's household! What's the dog's name?").filters.get("speaker") == "Priya"
    meeting = _plan("who attended the Design review on Tuesday?")
    assert "person" not in _plan("Bonus: how long did that meeting last?", meeting).filters
    assert _plan("Distance question: how far did I run ytd?").filters == {"activity": "run"}
    night = _plan("how long did I sleep on Tuesday night?")
    assert _day(_plan("Roll back one more night: same question?", night)) == "Mon 10 18"
    assert _plan("Late dinner at 7:30 pm or after: does my sleep take a hit?").operation == "relation"
    after = _plan("Fresh off the run on Tuesday, who was in the next meeting after it?")
    assert (after.attribute, after.filters.get("after")) == ("attendees", "run")
    said = _plan("What book did Tom recommend?")
    assert _plan("Over to Priya: what about them?", said).filters.get("speaker") == "Priya"


def test_two_days_joined_by_and_corrections_headings_and_the_log_as_source() -> None:
    both = _plan("Sunday and on Monday, the 10th, which day did i take more caffeine?")
    assert (both.operation, _day(both), both.compare_to.start.astimezone(TZ).strftime("%a %d %H")) == (
        "compare", "Sun 09 00", "Mon 10 00")
    nights = _plan("Monday night through to Tuesday morning and Tuesday night through to Wednesday morning, "
                   "which one did i sleep longer?")
    assert (_day(nights), nights.compare_to.start.astimezone(TZ).strftime("%a %d %H")) == ("Mon 10 18", "Tue 11 18")
    assert _plan("How many comms sessions, I mean meetings, did I have yesterday?").kinds == ["meeting"]
    assert _plan("What does my record say about the quality of my sleep last night?").kinds == ["sleep"]
    assert _plan("At which place did I have lunch on Tuesday, according to the holdings?").kinds == ["meal"]
    after = _plan("Post-EVA: after my yoga on Tuesday, who was in my first meeting afterwards?")
    assert (after.attribute, after.filters) == ("attendees", {"after": "yoga"})
    assert _plan("Yesterday: how many coffees?").window is not None  # a heading that names the day stays
    night = _plan("Sleep period duration for last night?")
    assert _day(_plan("Roger. And the sleep period before that?", night)) == "Wed 12 18"



@pytest.mark.parametrize("question, kind, operation, day", [
    ("Upon what did I sup on Tuesday?", "meal", "value", "Tue 11 00"),
    ("What victuals did I take at the noon meal on Wednesday?", "meal", "value", "Wed 12 00"),
    ("Wherewith did I break my fast yesterday?", "meal", "value", "Thu 13 00"),
    ("How many hours did I slumber the night of Tuesday 11/5?", "sleep", "duration", "Tue 11 18"),
    ("How oft have I exercised this week?", "exercise", "count", "Mon 10 00"),
    ("What was the journey time on my jog on Tuesday?", "exercise", "duration", "Tue 11 00"),
])
def test_an_older_english(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan)) == ([kind], operation, day)
    lunch = _plan("What victuals did I take at the noon meal on Wednesday?")
    assert _day(_plan("And on the day ere that?", lunch)) == "Tue 11 00"


def test_a_radio_voice_an_addressee_and_a_tea_planters_words() -> None:
    run = _plan("Flight, ground distance of my run on Tuesday, over?")
    assert (run.kinds, run.operation, "speaker" not in run.filters, _day(run)) == (["exercise"], "total", True, "Tue 11 00")
    assert _plan("Flight, crew roster for the Design review on Tuesday?").attribute == "attendees"
    assert _plan("Flight, do EVA days show a higher coffee count than non-EVA days?").operation == "relation"
    assert _plan("Flight, correlation check: dinner at or after 8 pm versus sleep length?").operation == "relation"
    assert _plan("Tom, what book did you recommend?", None).filters.get("speaker") == "Tom"  # someone the log knows
    night = _plan("How long did I rest Monday's night, 10/5 into 11/5, from the last cup to the first?")
    assert (night.kinds, _day(night)) == (["sleep"], "Mon 10 18")
    compared = _plan("Did I take in more caffeine nectar on Mon the 10th, last week (10/5) or on Tuesday the 11th (11/5)?")
    assert (_day(compared), compared.compare_to.start.astimezone(TZ).strftime("%a %d %H")) == ("Mon 10 00", "Tue 11 00")


def test_gulf_english_a_falconers_words_and_dashed_dates_in_brackets() -> None:
    assert _plan("what was my asha on Tuesday?").filters.get("meal") == "dinner"
    assert _plan("where did i go for ghada on Wednesday, wallah i forget").filters.get("meal") == "lunch"
    assert _plan("what time was my first gahwa on Tuesday?").kinds == ["coffee"]
    assert _plan("What did I eat at the evening feed on Tuesday?").filters.get("meal") == "dinner"
    assert _plan("Which birds of the cast were at the Design review on Tuesday?").attribute == "attendees"
    compared = _plan("Which day had the heavier caffeine load, this past Monday (10-05-2027) or Tuesday (11-05-2027)?")
    assert (_day(compared), compared.compare_to.start.astimezone(TZ).strftime("%a %d %H")) == ("Mon 10 00", "Tue 11 00")
