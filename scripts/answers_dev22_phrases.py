"""Question phrasings of the answers benchmark's twenty-second tuning set, ``dev22`` (docs/benchmarks.md, "Answers").

``dev22`` was the held-out set until 2026-12-04, when, after its measurement at caa78f0 (grounded
accuracy 0.894; habit 0.591, comparison 0.682, multi-hop 0.818; unsupported 0.004; abstention
0.955; p95 0.014 s), the engineer tuning the answer planner read its failures; it is spent as
held-out evidence and is a tuning set now, asked with the same phrasings, seed, start day and zone
as before. It had replaced the former held-out set (now ``dev21``, answers_dev21_phrases.py), and
was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Karachi
local who writes English mixed with Urdu in Latin letters ("yaar", "kya" for what, "kitna",
"kitni" or "kitne" for how much or how many, "kab" for when, "kahan" for where, "kaun kaun" for
who all, "khaya" for ate, "nashta" for breakfast, "soya" for slept, "utha" for got up, "is hafte"
for this week, "jis din ... us din" for on the day that ...), a theatre stage manager who talks
about life in backstage words ("call time", "curtain up", "running time", "the cast", "the show
report", "blackout", "lights up", "dark days", "cue"), a birdwatcher who talks about life in
birding words ("field notes", "the log", "roost" for sleep, "the flock", "tick off", "tip-off",
"the hide", "migrated"), and a mathematician who asks as in a problem set ("Let ... Find",
"Compute", "Determine", "Evaluate", "Enumerate", "Denote by", "the preceding"). Every question asks
for the gold ``answers_evalset`` computes for its key, and fills the slots described in
answers_phrases.py.

The dev22 life lives in Asia/Karachi, from Monday 3 February 2031; Pakistan keeps Pakistan
Standard Time (UTC+5) all year, with no daylight saving time since 2009, so no clock changes inside
it. Dates are written as people in Pakistan write them: day first with slashes, unpadded (day and
month after the weekday, "Tuesday, 4/2", or with a two-digit year, "4/2/31", or the full year after
"date", "on date 4/2/2031"), day first with hyphens and the year, zero-padded, after "dated" as on
letters and forms there ("on dated 04-02-2031"), as an ordinal and the month's short name with the
weekday after it ("4th Feb, Tuesday"), or as the day, the month's name and the year with the
weekday in brackets; days are also named by counting back and by relative words with the date
beside them, and nights by the weekday, by the date and by the two weekdays they fall between.
Questions keep the case they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)
COUNTED = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}

NOUNS = {"run": ("run", "running session"), "cycle": ("bike ride", "cycling session"),
         "swim": ("swim", "swimming session"), "yoga": ("yoga session", "yoga practice"),
         "climb": ("climb", "climbing session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question of this set names ``day`` asked on ``today`` (one is drawn)."""
    back = (today - day).days
    weekday, nth, month = WEEKDAYS[day.weekday()], _ordinal(day.day), MONTHS[day.month - 1]
    slashed, hyphened = f"{day.day}/{day.month}", f"{day.day:02d}-{day.month:02d}-{day.year}"
    if absolute or not 0 <= back <= 6:  # always with the month, and the year: a day outside the life
        return [f"on date {day.day}/{day.month}/{day.year}", f"on {day.day} {month} {day.year} ({weekday})",
                f"on dated {hyphened}"]
    if back == 0:
        return ["today", f"today ({slashed}/{day.year % 100:02d})", f"today ({nth} {month})"]
    if back == 1:
        return ["yesterday", f"yesterday ({slashed}/{day.year % 100:02d})", f"yesterday ({weekday}, {nth})"]
    return [f"on {weekday}, {slashed}", f"on {nth} {SHORT_MONTHS[day.month - 1]}, {weekday}", f"on dated {hyphened}",
            f"{COUNTED[back]} days back ({slashed})"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question of this set names the night that starts on ``day`` (and ends the next morning)."""
    back = (today - day).days
    weekday, after = WEEKDAYS[day.weekday()], WEEKDAYS[(day + timedelta(days=1)).weekday()]
    slashed = f"{day.day}/{day.month}"
    if back <= 1:
        return ["last night", f"last night, {weekday} into {after}"]
    return [f"on {weekday} night ({slashed})", f"on the night of {slashed}",
            f"on the night between {weekday} and {after}", f"on the night of the {_ordinal(day.day)}"]


PHRASES: dict[str, list[str]] = {
    "book": ["yaar {who} ne kaunsi kitab parhne ko kaha tha?",
             "Between cues, remind me: which book did {who} tell me to read?",
             "Field notes check: what book did {who} recommend to me?",
             "Let b be the book {who} recommended. Determine b."],
    "film": ["{who} ne kaunsi film dekhne ko boli thi yaar?",
             "Which picture did {who} say I had to catch, the one they gave a standing ovation?",
             "What film did {who} say I should watch? Jotting it in my field notebook.",
             "Find the film f such that {who} recommended f to me."],
    "offsite": ["{who} ne bola offsite kahan shift ho gaya?",
                "{who} mentioned the offsite transferred to a new venue. Which city is it now?",
                "Where did {who} say the offsite migrated to?",
                "Given {who}'s update, determine the new location of the offsite."],
    "restaurant": ["{who} ne kaunsa restaurant try karne ko kaha tha?",
                   "Which restaurant did {who} pitch for us to try after curtain down some night?",
                   "Like a rare-bird tip-off: which restaurant did {who} say we should try?",
                   "Identify the restaurant {who} proposed that we try."],
    "flight": ["{who} ki flight kitne baje land karegi?",
               "What's the arrival call for {who}'s flight, what time does it land?",
               "When does {who}'s flight touch down? I want to log the arrival like a migrant.",
               "Let t be the landing time of {who}'s flight. Find t."],
    "dog": ["{who} ke naye kutte ka naam kya hai?",
            "{who} added a dog to the household cast. What's the dog called?",
            "Not a bird for once: what did {who} name their new dog?",
            "Denote by d the name of {who}'s newly adopted dog. Evaluate d."],
    "launch": ["{who} ne bataya tha {project} launch ab kab hai?",
               "{who} said the {project} launch got pushed like a delayed opening night. What's the new date?",
               "Pencilling it in my notebook like a migration date: when did {who} say the {project} launch is now?",
               "{who} reported a slip in the {project} launch. Determine its new date."],
    "age": ["{who} ki beti kitne saal ki ho rahi hai?",
            "How old is {who}'s daughter turning? I need the age for the birthday card cue.",
            "How many years old is {who}'s daughter turning? They fledge so fast.",
            "Let a be the age {who}'s daughter is turning. Compute a."],
    "podcast": ["yaar {who} ne kaunsa podcast suggest kiya tha?",
                "Which podcast did {who} recommend for the long hours backstage?",
                "Which podcast did {who} suggest for the drive out to the hide?",
                "Determine which podcast {who} recommended."],
    "breakfast_food": ["yaar nashte mein kya khaya {day}?",
                       "For the show report, what did I eat at breakfast {day} before call time?",
                       "What did I have for breakfast {day}? Need it for my field notes.",
                       "Determine what I ate for breakfast {day}."],
    "lunch_food": ["{day} lunch mein kya khaya tha maine?",
                   "What did I eat during the lunch interval {day}?",
                   "What did I peck at for lunch {day}?",
                   "Let L denote my lunch {day}. What was L?"],
    "dinner_food": ["raat ke khane mein kya tha {day}?",
                    "What was on my dinner plate {day}, once the curtain came down?",
                    "What did I eat for dinner {day}, before I went to roost?",
                    "Find the dish I ate for dinner {day}."],
    "lunch_place": ["{day} lunch kahan kiya tha?",
                    "Where was I for the lunch interval {day}, which venue?",
                    "Which spot did I have lunch at {day}? Logging the location.",
                    "Determine the location of my lunch {day}."],
    "dinner_place": ["{day} dinner kahan kiya yaar?",
                     "What was the venue for dinner {day}?",
                     "Where did I have dinner {day}? Noting the spot in my log.",
                     "Find the place where I had dinner {day}."],
    "workout_kind": ["{day} kaunsi exercise ki thi?",
                     "Which physical rehearsal did I put in {day}, what workout was it?",
                     "Which sort of workout did I log {day}, besides birding?",
                     "Classify my workout {day}: which activity was it?"],
    "heart_rate": ["{day} {noun} pe average heart rate kitna tha?",
                   "What average heart rate did I hit on the {noun} {day}? Curious if it beats opening-night nerves.",
                   "Average heart rate reading on my {noun} {day}, what did the watch log?",
                   "Compute my mean heart rate over the {noun} {day}."],
    "sleep_quality": ["{night} neend kaisi thi?",
                      "What kind of review did my sleep get {night}? I mean its quality.",
                      "How well did I roost {night}? Sleep quality please.",
                      "Evaluate the quality of my sleep {night}."],
    "sleep_night": ["{night} kitne ghante soya?",
                    "What was the running time of my sleep {night}?",
                    "How long did I roost {night}?",
                    "Compute the total duration of my sleep {night}."],
    "exercise_duration": ["mera {noun} {day} kitni der ka tha?",
                          "Curtain up to curtain down, how long was my {noun} {day}?",
                          "How many minutes was I out on my {noun} {day}?",
                          "Find the duration of my {noun} {day}, in minutes."],
    "meeting_duration": ["{day} {title} kitni der chali?",
                         "What was the running time of the {title} {day}?",
                         "How long did the {title} go on {day}? I was itching to get to the hide.",
                         "Compute the length of the {title} {day}."],
    "distance_run": ["{day} kitne km bhaaga?",
                     "How far did my run go {day}, from places to bows?",
                     "What distance did I run {day}? Noting it beside my sightings.",
                     "Find the distance, in km, that I ran {day}."],
    "distance_cycle": ["{day} cycle kitni chalayi, kitne km?",
                       "How far did I bike {day}? Numbers for the show report.",
                       "How far did I cycle {day}, out along the patch?",
                       "Compute the distance I cycled {day}."],
    "distance_swim": ["{day} swimming mein kitni distance hui?",
                      "What distance did I swim {day}? Jot it in the show report.",
                      "How far did I swim {day}, like a grebe?",
                      "Determine the distance I swam {day}."],
    "attendees": ["{day} {title} mein kaun kaun tha?",
                  "Who was in the cast of the {title} {day}?",
                  "Who made up the flock at the {title} {day}?",
                  "Enumerate the attendees of the {title} {day}."],
    "coffee_count": ["{day} kitne cup coffee piye?",
                     "How many coffees did I knock back between cues {day}?",
                     "How many coffees did I tick off {day}?",
                     "Compute the number of coffees I drank {day}."],
    "caffeine": ["{day} total kitna caffeine gaya andar?",
                 "Total caffeine for the run of show {day}, how many mg?",
                 "How much caffeine did I take in {day}? Total mg for the log.",
                 "Compute, in mg, my total caffeine intake {day}."],
    "meeting_count": ["{day} kitni meetings thi?",
                      "How many meetings were on the call sheet {day}?",
                      "How many meetings did I have to sit through {day} instead of birding?",
                      "Determine the number of meetings I had {day}."],
    "km_week": ["is hafte total kitne km {verb} kiya?",
                "Across this week's run of shows, how many km of {activity} did I clock?",
                "This week's tally for my notebook: total km I {past} since Monday?",
                "Compute the sum of the km I {past} this week."],
    "workouts_week": ["is hafte kitne workouts kiye?",
                      "How many workout performances have I given this week?",
                      "How many workouts have I logged this week, like a species count?",
                      "Determine the number of workouts I completed this week."],
    "first_coffee": ["{day} pehli coffee kitne baje pee?",
                     "What time was curtain up on my first coffee {day}?",
                     "What time was my first coffee {day}? Dawn log entry.",
                     "Find the time of my earliest coffee {day}."],
    "last_coffee": ["{day} aakhri coffee kab pee thi?",
                    "When was the final curtain on my coffee {day}, the last cup?",
                    "What time did I have my last coffee {day} before roosting?",
                    "Find the time of my final coffee {day}."],
    "first_meeting": ["{day} pehli meeting kitne baje shuru hui?",
                      "What was call time for my first meeting {day}?",
                      "What time did my first meeting kick off {day}? Like the first bird of the morning.",
                      "Determine the start time of my first meeting {day}."],
    "wake": ["{day} subah kitne baje utha?",
             "What time were lights up for me {day}, when did I wake?",
             "What time did I leave the roost {day}?",
             "Determine the time I woke up {day}."],
    "bedtime": ["{night} kitne baje soya tha?",
                "What time was blackout for me {night}, when did I go to bed?",
                "When did I go to roost {night}?",
                "Find the time I went to bed {night}."],
    "dinner_on_distance": ["jis din {km} km wala {noun} tha, us din dinner mein kya khaya?",
                           "What did I have for dinner on the day of my {km} km {noun}, the big performance?",
                           "Field notes cross-reference: dinner on the day I {past} {km} km, what was it?",
                           "Let D be the day on which I {past} {km} km. Find what I ate for dinner on D."],
    "meeting_after_workout": ["{day} {noun} ke baad wali pehli meeting mein kaun kaun tha?",
                              "{Day}, who was in the cast of the first meeting after my {noun}?",
                              "Who was in the flock at my first meeting after the {noun} {day}?",
                              "Consider the first meeting after my {noun} {day}. Enumerate its attendees."],
    "lunch_on_meeting_day": ["jis din {title} hui thi, us din lunch kahan kiya?",
                             "On the day we staged the {title}, where did I have lunch?",
                             "Where did I have lunch the day the {title} took place? Need the location for my log.",
                             "Let D be the day of the {title}. Determine where I had lunch on D."],
    "sleep_after_meeting": ["{title} wale din ki raat kitna soya?",
                            "After the {title} closed, how long did I sleep that night?",
                            "How long did I roost the night after the {title}?",
                            "Compute how long I slept on the night following the {title}."],
    "dinner_on_said_day": ["jis din {who} ne {value} recommend kiya, us din dinner mein kya khaya?",
                           "On the day {who} pitched {value} to me, what did I eat for dinner?",
                           "What was dinner on the day {who} tipped me off about {value}?",
                           "Let D be the day {who} recommended {value}. Find my dinner on D."],
    "compare_sleep": ["{n1} zyada der soya ya {n2}? dono ka time batao",
                      "Which sleep had the longer running time, {n1} or {n2}?",
                      "Did I roost longer {n1} or {n2}?",
                      "Compare my sleep durations {n1} and {n2}: which is greater?"],
    "compare_caffeine": ["{d1} zyada caffeine li ya {d2}?",
                         "Which day's show ran on more caffeine, {d1} or {d2}?",
                         "More caffeine logged {d1} or {d2}?",
                         "Let c1 and c2 be my caffeine intake {d1} and {d2}. Which is larger?"],
    "compare_duration": ["workout {d1} lamba tha ya {d2}?",
                         "Which workout had the longer running time, the one {d1} or the one {d2}?",
                         "Was I out exercising longer {d1} or {d2}?",
                         "Compare the durations of my workouts {d1} and {d2}; which is longer?"],
    "compare_coffee_weeks": ["is hafte coffee zyada pee ya pichle hafte?",
                             "Compared to last week's run, am I drinking more or fewer coffees this week?",
                             "Is my coffee count this week up or down on last week?",
                             "Let x be the number of coffees this week and y the number last week. Is x greater "
                             "than y?"],
    "late_coffee_sleep": ["{t} ke baad coffee peene se neend kam hoti hai kya?",
                          "When my last coffee comes at {t} or later, does my sleep run shorter that night?",
                          "On days I have coffee at {t} or after, do I roost less that night?",
                          "Conditional on a coffee at or after {t}, is my mean sleep that night shorter than "
                          "otherwise?"],
    "late_dinner_sleep": ["dinner {t} ke baad ho to neend pe kya asar hota hai?",
                          "Do late dinners, starting {t} or later, cut into my sleep that night?",
                          "When dinner starts at {t} or later, how does my roosting time compare?",
                          "Compare my mean sleep after dinners starting at or after {t} with my mean sleep after "
                          "earlier dinners."],
    "exercise_sleep": ["workout wale din raat ko zyada soya hun ya kam?",
                       "On days with a workout in the schedule, do I sleep longer or shorter that night?",
                       "Do I roost longer on nights after a workout day?",
                       "Compare my mean sleep on nights after workout days with nights after rest days."],
    "caffeine_sleep": ["jis din {mg} mg ya zyada caffeine ho, us raat neend kitni hoti hai baaki dinon ke muqable?",
                       "On days I take {mg} mg of caffeine or more, how does my sleep's running time compare?",
                       "When I log {mg} mg of caffeine or more in a day, do I roost less that night?",
                       "Let S be the days with caffeine of at least {mg} mg. Compare my mean sleep after days in S "
                       "with the rest."],
    "exercise_coffee": ["workout wale din coffee zyada peeta hun ya kam?",
                        "Do I drink more coffees on workout days than on dark days?",
                        "Is my daily coffee count higher on workout days or on the others?",
                        "Compare my mean number of coffees per day on workout days and on non-workout days."],
    "fu_day_before": ["aur us se ek din pehle?",
                      "Same cue for the previous day's show?",
                      "And the day before that, what did I have?",
                      "Same question for the preceding day."],
    "fu_other_person": ["aur {who} ne kya bola tha?",
                        "Run the same cue for {who}?",
                        "And what about {who}, same question?",
                        "Same question, with {who} in place of the previous person."],
    "fu_today": ["aur aaj kitne?",
                 "And today's tally up to this cue?",
                 "And today, how many so far?",
                 "Now evaluate the same for today."],
    "fu_meeting_length": ["aur wo meeting kitni der chali?",
                          "What was its running time?",
                          "And how long did it go on?",
                          "Also compute its duration."],
    "fu_night_before": ["aur us se pichli raat?",
                        "And the night before, what was the running time?",
                        "And the roost the night before that?",
                        "Same computation for the preceding night."],
    "fu_other_day": ["aur {day}?",
                     "And the run {day}, how far?",
                     "And {day}, how far did I get?",
                     "Now the same for {day}."],
}
"""Every question key's templates: the Karachi local's, the stage manager's, the birdwatcher's and
the mathematician's, in that order."""
