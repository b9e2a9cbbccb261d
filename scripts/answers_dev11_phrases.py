"""Question phrasings of the answers benchmark's eleventh tuning set, ``dev11`` (docs/benchmarks.md, "Answers").

``dev11`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.871), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev10``, answers_dev10_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant: a retired person (whole polite sentences, some old-fashioned words: "luncheon",
"supper", "retire to bed", "take exercise", "on Wednesday last"), a sports coach (training jargon:
"session", "volume", "load", "avg HR", "k" for kilometres, "training days vs off days"), someone
who types telegraphic English (a few words, no verbs where they can be left out) and someone who
asks indirectly ("I was wondering whether ..."). Only the wording is new: each question asks for
the gold ``answers_evalset`` computes for its key, and fills the slots described in
answers_phrases.py.

The dev11 life lives in Pacific/Auckland, from Monday 4 June 2029, in New Zealand's winter: its
clocks change in April and September, so none changes inside it. A slash date is day first, as
New Zealanders write it ("5/6" is 5 June). Questions keep the case they are typed in here
(``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

SHORT_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
COUNTED_BACK = ("", "one", "two", "three", "four", "five", "six")
NOUNS = {"run": ("running session", "jog"), "cycle": ("cycling session", "bicycle ride"),
         "swim": ("swimming session", "swim"), "yoga": ("yoga session", "yoga practice"),
         "climb": ("climbing session", "climb")}
"""What its questions call a workout of each activity (one drawn per question)."""
# Each key: the retired person, the coach, the telegraphic typist, the one who asks indirectly.
PHRASES: dict[str, list[str]] = {
    "book": ["Would you kindly remind me which book {who} so warmly recommended to me?",
             "{who} pitched me a book - what was the title again",
             "book rec from {who}?",
             "I was wondering whether you could remind me what book {who} told me I should read."],
    "film": ["What was the picture {who} said I ought to see at the weekend?",
             "film {who} said to watch this weekend - title?",
             "{who} film rec?",
             "I was wondering if you remember which film {who} suggested I watch."],
    "offsite": ["Where is the offsite to be held now, according to {who}?",
                "{who} said the offsite got moved - where to",
                "offsite new venue per {who}?",
                "I was wondering where {who} said the offsite had been moved to."],
    "restaurant": ["Which eating establishment did {who} suggest we try some time?",
                   "restaurant {who} rated for dumplings - name?",
                   "{who} restaurant tip?",
                   "I was wondering what the restaurant was called that {who} thought we should try."],
    "flight": ["At what hour does {who}'s aeroplane land on Friday?",
               "{who} flies in friday - landing time?",
               "{who} flight fri, lands when?",
               "I was wondering what time {who}'s flight gets in on Friday."],
    "dog": ["What name did {who} give the dog they have lately adopted?",
            "{who}'s new rescue dog, what's her name",
            "{who} dog name?",
            "I was wondering what {who}'s new dog is called."],
    "launch": ["To what date has the {project} launch been put back, according to {who}?",
               "{project} launch slipped - new date per {who}?",
               "{project} launch date now? ({who})",
               "I was wondering what date {who} said the {project} launch slipped to."],
    "age": ["What age is {who}'s daughter to be on Saturday?",
            "{who}'s girl has a birthday sat - turning what age",
            "{who} daughter age sat?",
            "I was wondering how old {who}'s daughter is turning on Saturday."],
    "podcast": ["What was the name of the podcast {who} thought I would enjoy?",
                "podcast {who} said I'd like - name",
                "{who} podcast rec?",
                "I was wondering which podcast {who} said I'd like."],
    "breakfast_food": ["Might you tell me what I had for my breakfast {day}?",
                       "breakfast {day} - what did I fuel up with",
                       "ate what, breakfast {day}",
                       "I was wondering what I ate for breakfast {day}."],
    "lunch_food": ["What did I have for my luncheon {day}?",
                   "what was on the plate at lunch {day}",
                   "lunch {day}? food",
                   "I was wondering what I had to eat at lunchtime {day}."],
    "lunch_place": ["Where did I take my luncheon {day}?",
                    "where'd I refuel at lunch {day}",
                    "lunch where {day}",
                    "I was wondering where I went for lunch {day}."],
    "dinner_food": ["What did I have for supper {day}?",
                    "evening meal {day}: what did I eat",
                    "dinner {day}? what",
                    "I was wondering what I ate for dinner {day}."],
    "dinner_place": ["Where did I dine {day}?",
                     "where'd I have dinner {day}",
                     "dinner where {day}",
                     "I was wondering where I had dinner {day}."],
    "workout_kind": ["What manner of exercise did I take {day}?",
                     "what was the session {day} - which discipline",
                     "workout {day}: what kind",
                     "I was wondering what kind of workout I did {day}."],
    "heart_rate": ["What was my average pulse during my {noun} {day}?",
                   "avg HR for the {noun} {day}?",
                   "{noun} {day} avg heart rate",
                   "I was wondering what my average heart rate was during my {noun} {day}."],
    "sleep_quality": ["How would you rate the quality of my sleep {night}?",
                      "recovery check: how was sleep quality {night}",
                      "quality of sleep {night}?",
                      "I was wondering how well I slept {night}."],
    "sleep_night": ["For how many hours did I sleep {night}?",
                    "sleep volume {night} - hours?",
                    "sleep hrs {night}",
                    "I was wondering how long I slept {night}."],
    "exercise_duration": ["How long did my {noun} last {day}?",
                          "session length for the {noun} {day}?",
                          "{noun} {day} duration",
                          "I was wondering how long my {noun} went on for {day}."],
    "meeting_duration": ["How long did the {title} meeting go on {day}?",
                         "{title} {day}: how many minutes",
                         "{title} {day} length?",
                         "I was wondering how long {title} ran {day}."],
    "distance_run": ["What distance did I run {day}, if you please?",
                     "run volume {day} - how many k",
                     "ran how far {day}",
                     "I was wondering how far I ran {day}."],
    "distance_cycle": ["How far did I go on my bicycle {day}?",
                       "ride distance {day} in k?",
                       "km biked {day}",
                       "I was wondering how many kilometres I cycled {day}."],
    "distance_swim": ["How great a distance did I swim {day}?",
                      "swim volume {day}, in k or metres",
                      "swim dist {day}",
                      "I was wondering how far I swam {day}."],
    "attendees": ["Who was present at {title} {day}?",
                  "who showed up to {title} {day}",
                  "{title} {day} attendees?",
                  "I was wondering who attended {title} {day}."],
    "coffee_count": ["How many cups of coffee did I take {day}?",
                     "coffee tally {day}?",
                     "coffees {day} - number",
                     "I was wondering how many coffees I had {day}."],
    "caffeine": ["How much caffeine did I consume {day}, in milligrams?",
                 "caffeine load {day} in mg?",
                 "caffeine mg {day}",
                 "I was wondering how many milligrams of caffeine I had {day}."],
    "meeting_count": ["How many meetings had I {day}?",
                      "meeting load {day} - how many?",
                      "meetings {day}: how many",
                      "I was wondering how many meetings I had {day}."],
    "km_week": ["How far have I gone {activity} this week, all told?",
                "weekly {activity} volume so far - total k?",
                "km {past} this wk?",
                "I was wondering how far I {past} in total this week."],
    "workouts_week": ["How many times have I taken exercise this week?",
                      "sessions logged this week so far?",
                      "workouts this wk: count",
                      "I was wondering how many workouts I've done since Monday."],
    "first_coffee": ["At what hour did I take my first cup of coffee {day}?",
                     "first coffee {day} - what time",
                     "1st coffee time {day}",
                     "I was wondering what time I had my first coffee {day}."],
    "last_coffee": ["At what time did I take my last cup of coffee {day}?",
                    "last caffeine hit {day}, time?",
                    "last coffee {day} when",
                    "I was wondering when I had my final coffee {day}."],
    "first_meeting": ["At what hour did my first meeting begin {day}?",
                      "first meeting {day}, start time?",
                      "1st mtg start {day}",
                      "I was wondering what time my first meeting started {day}."],
    "wake": ["At what time did I rise {day}?",
             "wake-up {day}, clock time?",
             "woke when {day}",
             "I was wondering what time I woke up {day}."],
    "bedtime": ["At what hour did I retire to bed {night}?",
                "lights out {night} - what time",
                "bed when {night}?",
                "I was wondering what time I went to bed {night}."],
    "dinner_on_distance": ["What did I have for supper on the day I {past} {km} kilometres?",
                           "dinner on the day of the {km} km {noun}?",
                           "dinner day i {past} {km}km?",
                           "I was wondering what I ate for dinner on the day I {past} {km} km."],
    "meeting_after_workout": ["Who attended the first meeting I had after my {noun} {day}?",
                              "first meeting after the {noun} {day} - who was in the room",
                              "attendees, 1st mtg after {noun} {day}",
                              "I was wondering who was at the meeting straight after my {noun} {day}."],
    "lunch_on_meeting_day": ["Where did I lunch on the day of {title}?",
                             "{title} day - where was lunch",
                             "lunch place, {title} day",
                             "I was wondering where I ate lunch the day {title} took place."],
    "sleep_after_meeting": ["How many hours' sleep did I have on the night after {title}?",
                            "sleep volume the night after {title}?",
                            "sleep hrs night after {title}",
                            "I was wondering how long I slept on the night after {title}."],
    "dinner_on_said_day": ["What did I have for supper on the day {who} recommended {value} to me?",
                           "day {who} put me onto {value} - what was dinner",
                           "dinner, day {who} mentioned {value}?",
                           "I was wondering what I ate for dinner the day {who} told me about {value}."],
    "compare_sleep": ["Did I sleep longer {n1} or {n2}, and how long on each night?",
                      "sleep volume {n1} vs {n2} - which was bigger, hours each",
                      "sleep {n1} vs {n2}: hrs each, which longer",
                      "I was wondering whether I slept longer {n1} or {n2}, and how long each was."],
    "compare_caffeine": ["On which day did I consume more caffeine, {d1} or {d2}, and how many milligrams each?",
                         "caffeine load {d1} vs {d2}: mg each, which was higher",
                         "caffeine {d1} vs {d2}? mg, which more",
                         "I was wondering whether I had more caffeine {d1} or {d2}, and how much on each day."],
    "compare_duration": ["Which of my workouts lasted longer, the one {d1} or the one {d2}, and how long was each?",
                         "session length {d1} vs {d2} - which went longer, minutes each",
                         "workout mins {d1} vs {d2}, longer?",
                         "I was wondering whether my workout {d1} or the one {d2} took longer, and how long each "
                         "lasted."],
    "compare_coffee_weeks": ["Have I drunk more coffee this week than last week? How many cups in each?",
                             "coffee volume this week vs last week - up or down, counts for both",
                             "coffees this wk vs last wk, more?",
                             "I was wondering whether I've had more coffees this week than last week, and how many "
                             "in each."],
    "late_coffee_sleep": ["Do I sleep less on nights after I have taken coffee at {t} or later?",
                          "does a coffee at {t} or later cut into my sleep that night",
                          "coffee {t}+ -> less sleep?",
                          "I was wondering whether I sleep less on days I have coffee at {t} or later."],
    "late_dinner_sleep": ["Do I sleep less when I sit down to supper at {t} or later?",
                          "dinner starting at {t} or later - does it cut my sleep",
                          "dinner start {t}+ -> less sleep?",
                          "I was wondering whether starting dinner at {t} or later means I sleep less."],
    "exercise_sleep": ["Do I sleep longer on the days I take exercise than on the days I do not?",
                       "training days vs off days - do I get more sleep on training days",
                       "sleep more on workout days?",
                       "I was wondering whether I get more sleep after days when I work out."],
    "caffeine_sleep": ["Do I sleep less on days when I have taken {mg} milligrams of caffeine or more?",
                       "on days my caffeine load hits {mg} mg or more, does sleep drop",
                       "caffeine {mg}mg+ days -> less sleep?",
                       "I was wondering whether I sleep less on days with at least {mg} mg of caffeine."],
    "exercise_coffee": ["Do I drink more coffee on the days I take exercise?",
                        "more coffees on training days than off days?",
                        "more coffee on workout days?",
                        "I was wondering whether I have more coffees on days I work out than on days I don't."],
    "fu_day_before": ["And on the day previous to that?", "same question, one day earlier", "prev day?",
                      "I was wondering about the day before that, too."],
    "fu_meeting_length": ["And how long did it go on for?", "how many minutes did that one run", "mtg length?",
                          "I was wondering how long that meeting lasted, too."],
    "fu_other_day": ["And what was the distance {day}?", "what about the run {day}", "{day} then?",
                     "And I was wondering about {day}, too."],
    "fu_night_before": ["And the night previous to that?", "same question, one night earlier", "prev night?",
                        "I was wondering about the night before that one as well."],
    "fu_today": ["And how many have I taken so far today?", "and today's count so far", "today till now?",
                 "I was wondering how many I've had today, too."],
    "fu_other_person": ["And what of {who}?", "same for {who}?", "{who} then?", "I was wondering about {who}'s, too."],
}


def _dated(day: date) -> list[str]:
    """``day`` with its month, as the four of them write a date (day first, as in New Zealand)."""
    month, weekday, short = MONTHS[day.month - 1], WEEKDAYS[day.weekday()], SHORT_WEEKDAYS[day.weekday()]
    return [f"on {weekday} the {ordinal(day.day)} of {month}", f"{short} {day.day}/{day.month}",
            f"{day.day} {month[:3].lower()}", f"on {day.day:02d}/{day.month:02d}/{day.year}"]


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; with its month when ``absolute`` or
    further back than a week."""
    back = (today - day).days
    if absolute or not 0 <= back <= 6:
        return _dated(day)
    weekday, short = WEEKDAYS[day.weekday()], SHORT_WEEKDAYS[day.weekday()]
    if back == 0:
        return ["today", f"today, {weekday} the {ordinal(day.day)}", f"today ({short} {day.day}/{day.month})"]
    if back == 1:
        return ["yesterday", f"yesterday, {weekday}", f"yesterday ({weekday} {day.day}/{day.month})"]
    week = "this" if day.weekday() < today.weekday() else "last"
    named = [f"on {weekday} last", f"{weekday} of {week} week", f"{short} ({day.day}/{day.month})",
             f"{COUNTED_BACK[back]} days previous"]
    return named + _dated(day)[:2]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``, asked on ``today``."""
    back, after = (today - day).days, day + timedelta(days=1)
    weekday, short = WEEKDAYS[day.weekday()], SHORT_WEEKDAYS[day.weekday()]
    options = [f"the night of {weekday} the {ordinal(day.day)}", f"{short} night ({day.day}/{day.month})",
               f"night {day.day}/{day.month}", f"the night going into {WEEKDAYS[after.weekday()]}"]
    if back == 1:
        options.append("last night")
    elif back == 2:
        options.append("the night previous to last night")
    return options
