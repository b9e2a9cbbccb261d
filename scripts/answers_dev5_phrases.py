"""Question phrasings of the answers benchmark's ``dev5`` set, a fifth tuning set.

``dev5`` was the held-out set until 2026-12-04, when the engineer tuning the answer planner read its
failures after its final measurement as the held-out set; it is a tuning set now, its cases as they
were (the same seed, start day, zone, phrasings and draws). It was written without looking at what
the planner parses, as a person would type to an assistant (terse, lower case, weekday names and
abbreviations, day-first dates, synonyms), and shares no template with another set (a test checks
it). Every key is asked with the gold ``answers_evalset`` computes for it, and every template fills
the same slots (described in answers_phrases.py).

The dev5 life lives in Australia/Sydney, so a slash date is day first ("31/5" is 31 May).
Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

SHORT_DAYS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six")
NOUNS = {"run": ("jog", "run"), "cycle": ("bike ride", "spin"), "swim": ("swim", "pool session"),
         "yoga": ("yoga class", "yoga"), "climb": ("climb", "climbing sesh")}
"""What a question calls a workout of each activity (``{noun}``)."""
PHRASES: dict[str, list[str]] = {
    "book": ["{who}'s book rec?", "what was that book {who} said I should read"],
    "film": ["Which movie was {who} telling me to see?", "film {who} recommended - title?"],
    "offsite": ["{who} said the offsite got moved - to where?", "Where's {who} saying the offsite is now?"],
    "restaurant": ["what's the restaurant {who} reckons we should try", "{who} mentioned a place to eat. what was it called?"],
    "flight": ["when's {who} landing?", "What time did {who} say they get in"],
    "dog": ["{who}'s new dog - what's her name?", "what did {who} call the dog they adopted"],
    "launch": ["{project} launch date? {who} said it moved", "When's {project} launching now, according to what {who} told me?"],
    "age": ["how old's {who}'s daughter going to be", "{who}'s kid has a birthday coming up - turning what?"],
    "podcast": ["podcast {who} recommended?", "What was the podcast {who} told me to listen to"],
    "breakfast_food": ["what'd I have for brekkie {day}", "breakfast {day}?"],
    "lunch_food": ["lunch {day} - what did I eat?", "What did I end up eating for lunch {day}"],
    "dinner_food": ["what did I have for supper {day}", "dinner {day}, what was it?"],
    "lunch_place": ["where'd I grab lunch {day}?", "Which place did I go to for lunch {day}"],
    "dinner_place": ["where was I for dinner {day}", "dinner spot {day}?"],
    "workout_kind": ["what did I do for exercise {day}", "What kind of workout did I get in {day}?"],
    "heart_rate": ["avg hr for my {noun} {day}?", "How high was my heart rate on average during the {noun} {day}"],
    "sleep_quality": ["how'd I sleep {night}, quality-wise?", "rate my sleep {night}"],
    "sleep_night": ["how much shut-eye did I get {night}", "Hours of kip {night}?"],
    "exercise_duration": ["how long did my {noun} go for {day}", "{noun} {day} - how many minutes?"],
    "meeting_duration": ["how long was I stuck in the {title} {day}", "{title} {day}: how long did it go?"],
    "distance_run": ["how many k did I run {day}", "Distance on my jog {day}?"],
    "distance_cycle": ["how far did I get on the bike {day}", "km on the bike {day}?"],
    "distance_swim": ["how many metres did I swim {day}", "How far did I get in the pool {day}?"],
    "attendees": ["who was in {title} {day}", "{title} {day} - who came?", "Who showed up to the {title} {day}?"],
    "coffee_count": ["coffee count {day}?", "how many coffees did I get through {day}"],
    "caffeine": ["how much caffeine went in {day}", "mg of caffeine {day}?"],
    "meeting_count": ["how many meetings was I in {day}", "{day}: how many meetings?"],
    "km_week": ["how many k did I {verb} this week so far", "{activity} kms this week?"],
    "workouts_week": ["how many times have I trained this week", "workouts so far this week?"],
    "first_coffee": ["what time was coffee number one {day}", "First coffee {day} - when?"],
    "last_coffee": ["latest coffee {day}, what time was that?", "{day} - when was the final coffee?"],
    "first_meeting": ["what time did my first meeting kick off {day}", "earliest meeting {day}, what time?"],
    "wake": ["what time was I up {day}", "What time did I roll out of bed {day}?"],
    "bedtime": ["what time did I hit the sack {night}", "when did I crash {night}?"],
    "dinner_on_distance": ["the day I {past} {km} km, what was dinner", "Dinner on the day of my {km} km {noun}?"],
    "meeting_after_workout": ["{day}, after my {noun}, who was in my next meeting?",
                              "who did I meet with straight after the {noun} {day}"],
    "lunch_on_meeting_day": ["lunch on the day of {title} - where'd I go?",
                             "Where did I end up for lunch the day the {title} was on"],
    "sleep_after_meeting": ["how many hours did I sleep the night after {title}",
                            "Sleep the night of the {title} - how long?"],
    "dinner_on_said_day": ["{who} recommended {value} one day - what did I have for dinner that day?",
                           "dinner on the day {who} put me onto {value}?"],
    "compare_sleep": ["{n1} or {n2} - which night did I sleep longer?", "more sleep {n1} or {n2}?"],
    "compare_caffeine": ["Which day had more caffeine, {d1} or {d2}?", "more caffeine {d1} vs {d2}?"],
    "compare_duration": ["did I train longer {d1} or {d2}", "{d1} vs {d2}: which workout went longer?"],
    "compare_coffee_weeks": ["more coffee this week than last?", "Am I on more coffees this week vs last week"],
    "late_coffee_sleep": ["do I get less sleep when I've had coffee from {t} on?", "coffee at {t} or later = less sleep for me?"],
    "late_dinner_sleep": ["if dinner's at {t} or later do I sleep less", "Do late dinners (starting {t} or after) mean less sleep?"],
    "exercise_sleep": ["after a day with a workout, do I sleep more?", "do I get more kip after days I exercise"],
    "caffeine_sleep": ["do {mg}mg+ caffeine days mean less sleep that night?",
                       "On days I hit {mg} mg of caffeine or more, do I sleep less"],
    "exercise_coffee": ["more coffees on training days?", "do I reach for more coffee on days I exercise"],
    "fu_day_before": ["and the day before that?", "What about the day prior"],
    "fu_other_person": ["{who}?", "ok and {who}"],
    "fu_today": ["how many so far today?", "today's count?"],
    "fu_meeting_length": ["how long did it go for", "and how long were we in there?"],
    "fu_night_before": ["two nights ago?", "And the night prior"],
    "fu_other_day": ["{day}?", "and the run {day}"],
}


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a dev5 question may name ``day`` asked on ``today`` (a repeat weighs more);
    ``absolute``: only ways with the month (a day outside the life must not read as one inside it)."""
    back, wd, short, month = (today - day).days, WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()], MONTHS[day.month - 1]
    dated = [f"on {day.day} {month}", f"on {day.day}/{day.month}", f"on {short} {day.day} {month[:3]}"]
    if absolute:
        return dated
    if back in (0, 1):
        return [["today"], ["yesterday", "yesterday", "yday"]][back]
    options = dated + [f"{month} {ordinal(day.day)}", f"on the {ordinal(day.day)}"]
    if back <= 6:
        options += [wd, f"{wd} just gone", f"on {short.lower()}", f"{COUNT_WORDS[back]} days ago"]
    if back == 2:
        options.append("day before yesterday")
    return options


def night_options(day: date, today: date) -> list[str]:
    """The ways a dev5 question may name the night that starts on ``day``."""
    back, short, month = (today - day).days, SHORT_DAYS[day.weekday()], MONTHS[day.month - 1]
    if back == 1:
        return ["last night"]
    following = day + timedelta(days=1)
    options = [f"the night of {day.day} {month}", f"the night of the {ordinal(day.day)} to the {ordinal(following.day)}"]
    if 2 <= back <= 6:
        options += [f"{short} night"] * 2 + [f"{COUNT_WORDS[back]} nights ago"]
    return options
