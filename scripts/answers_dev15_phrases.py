"""Question phrasings of the answers benchmark's fifteenth tuning set, ``dev15`` (docs/benchmarks.md, "Answers").

``dev15`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.913), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev14``, answers_dev14_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had: a software developer who writes as in a team
chat (lower case, programmers' shorthand: "quick q", "iirc", "afaik", "lmk", "vs", "ack"), a
Dubliner who writes as people in Ireland talk ("would you ever", "me" for "my", "at all", "grand",
"the young one", "I'm after forgetting", "tell us"), a wellness enthusiast who writes upbeat
messages with emoji and exclamations, and an army veteran who talks in service jargon ("chow",
"rack time", "PT", "reveille", "lights out", "copy"). Every question asks for the gold
``answers_evalset`` computes for its key, and fills the slots described in answers_phrases.py.

The dev15 life lives in Europe/Dublin, from Monday 14 January 2030, in Ireland's winter time:
its clocks went back on 28 October 2029 and go forward on 31 March 2030, so none changes inside it.
Dates are day first, as people in Ireland write them: with slashes (zero-padded, with or without
the year, after "the" and the weekday), as the weekday, an ordinal and the month's name, or with the
weekday and the month's short name; days are also named by weekday with an Irish "there", "gone" or
"past", by counting back, and by relative words with the date beside them. Questions keep the case
they are typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal as _ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
COUNTS = ("", "", "two", "three", "four", "five", "six")
NOUNS = {"run": ("jog", "road run"), "cycle": ("bike spin", "spin on the bike"),
         "swim": ("pool swim", "lane swim"), "yoga": ("yoga flow", "yoga class"),
         "climb": ("bouldering session", "climbing-wall session")}
"""What its questions call a workout of each activity (one drawn per question)."""

PHRASES: dict[str, list[str]] = {
    # Facts people said: the template's person said it; {project} is the launch's project.
    "book": ["quick q: iirc {who} recommended me a book, what was the title?",
             "C'mere, what was that book {who} said I should read?",
             "📚 What book did {who} tell me to read? Need it for my cosy reading corner! ✨",
             "Intel request: title of the book {who} recommended to me."],
    "film": ["{who} mentioned a film i should watch, what was it called? lmk",
             "What film was {who} telling me to go and watch, do you know?",
             "🎬 Movie night plans! Which film did {who} say I have to see? 🍿",
             "Film {who} told me to watch: title only."],
    "offsite": ["afaik the offsite got moved, where to? {who} was the one who said",
                "{who} was saying the offsite's been moved. Where's it off to now?",
                "✈️ Where did {who} say the offsite moved to?? So curious! 🌍",
                "Offsite relocation per {who}: new location?"],
    "restaurant": ["what was the restaurant {who} said we should try? need the name to book it",
                   "What was the name of that place {who} said we should go and eat at some time?",
                   "🥟 Which restaurant did {who} say we should try? Foodie me needs to know! 😋",
                   "Restaurant {who} recommended we hit: name it."],
    "flight": ["{who}'s flight: what time does it land? need the ETA",
               "What time is {who}'s flight getting in, did they say?",
               "🛬 What time does {who}'s flight land? Sending good travel vibes! ✨",
               "{who}'s inbound flight: arrival time?"],
    "dog": ["what's the name of {who}'s new dog? totally blanked on it",
            "What did {who} call the new dog? I'm after forgetting.",
            "🐶 What's {who}'s new pup called?? 💕",
            "Call sign of the dog {who} adopted?"],
    "launch": ["{who} said the {project} launch slipped, what's the new date?",
               "When's the {project} launch now, after {who} said it was pushed out?",
               "🚀 What date did {who} say the {project} launch moved to? 📅",
               "{project} launch: revised date per {who}?"],
    "age": ["how old is {who}'s daughter turning? want to get the candle count right",
            "What age is {who}'s young one going to be on her birthday?",
            "🎂 How old will {who}'s daughter be turning? Birthday card time! 🎉",
            "Age {who}'s daughter turns this birthday?"],
    "podcast": ["which podcast did {who} rec to me? need something for the commute",
                "What was that podcast {who} was on about, the one I'd like?",
                "🎧 Which podcast did {who} recommend for me? Adding it to my morning walk! 🌿",
                "Podcast {who} recommended: title?"],
    # One value on one day or night.
    "breakfast_food": ["what did i eat for breakfast {day}? trying to debug an energy crash",
                       "What did I have for me breakfast {day}, would you know?",
                       "🥣 What was my breakfast {day}? Logging my nourishment! 🌱",
                       "Breakfast chow {day}: what was on the tray?"],
    "lunch_food": ["lunch {day}: what did i actually eat? filling in my food log",
                   "Would you ever remind me what I ate for lunch {day}?",
                   "🥗 What did I eat for lunch {day}? Mindful eating check! 💚",
                   "Lunch chow {day}: what did I eat?"],
    "dinner_food": ["what was dinner {day}? just the dish pls",
                    "What did I have for me dinner {day}, in the evening like?",
                    "🍲 What did I have for dinner {day}? Rating my meals this week! ⭐",
                    "Evening chow {day}: what did I eat for dinner?"],
    "lunch_place": ["where'd i grab lunch {day}? need the place name",
                    "Where did I go for me lunch {day}?",
                    "📍 Where did I have lunch {day}? Want to go back! 🥰",
                    "Lunch location {day}: where did I eat?"],
    "dinner_place": ["dinner {day}: where was it? just the location",
                     "Where did I eat me dinner {day}, do you know?",
                     "🌙 Where did I eat dinner {day}? Need to remember the spot! ✨",
                     "Dinner {day}: location?"],
    "workout_kind": ["what type of workout did i log {day}?",
                     "What sort of exercise did I do {day} at all?",
                     "💪 What did I do for my workout {day}? Celebrating every move! 🎉",
                     "PT {day}: what type?"],
    "heart_rate": ["avg heart rate on my {noun} {day}? just the bpm",
                   "What was me heart rate on average during the {noun} {day}?",
                   "❤️ What was my average heart rate during my {noun} {day}? Heart health matters! 💓",
                   "Average heart rate, {noun} {day}: read it out in bpm."],
    "sleep_quality": ["sleep quality {night}: what did the tracker rate it?",
                      "How well did I sleep {night}, according to the yoke on me wrist?",
                      "😴 How was my sleep quality {night}? Good, fair or poor? 🌙",
                      "Rack time {night}: quality rating?"],
    # How long.
    "sleep_night": ["how many hours did i sleep {night}? h and min is fine",
                    "How long did I sleep for {night} at all?",
                    "🛌 How long did I sleep {night}? Rest is productive! 💤",
                    "Total rack time {night}: hours and minutes?"],
    "exercise_duration": ["how long did my {noun} {day} take, start to finish?",
                          "How long did the {noun} go on for {day}?",
                          "⏱️ How long was my {noun} {day}? Proud of the effort! 🙌",
                          "Duration of my {noun} {day}, in minutes?"],
    "meeting_duration": ["how long was {title} {day}? need it for my timesheet",
                         "How long did that {title} go on {day}?",
                         "⏳ How long was the {title} meeting {day}? Protecting my calendar! 🙏",
                         "{title} {day}: duration?"],
    # How far.
    "distance_run": ["how many km did i run {day}? one decimal is fine",
                     "How far did I run {day}, in kilometres?",
                     "🏃 How far did I run {day}? Every km counts! 💨",
                     "Run {day}: distance covered in km?"],
    "distance_cycle": ["distance on the bike {day}? km pls",
                       "How far did I go on the bike {day}?",
                       "🚴 How many kilometres did I cycle {day}? Wheels of joy! 🌈",
                       "Bike distance {day}, in km?"],
    "distance_swim": ["how far did i swim {day}? km or m, whatever",
                      "How far did I get swimming {day}, do you know?",
                      "🏊 How far did I swim {day}? Water is my happy place! 💙",
                      "Swim {day}: distance?"],
    # Who.
    "attendees": ["who was in {title} {day}? need the attendee list",
                  "Who was at that {title} {day}?",
                  "👥 Who joined the {title} {day}? Grateful for my team! 🤗",
                  "{title} {day}: who was present?"],
    # How many, how much.
    "coffee_count": ["coffee count {day}? just the integer",
                     "How many cups of coffee did I put away {day}?",
                     "☕ How many coffees did I have {day}? Trying to cut back! 🙈",
                     "Coffee rations {day}: how many cups?"],
    "caffeine": ["total caffeine {day} in mg? sum it up pls",
                 "How much caffeine did I take in {day}, all told?",
                 "⚡ How much caffeine did I have {day}, in mg? Balance is key! 🧘",
                 "Caffeine intake {day}: total mg?"],
    "meeting_count": ["how many meetings did i have {day}? counting calendar events",
                      "How many meetings was I stuck in {day}?",
                      "📅 How many meetings did I have {day}? Protecting my energy! 🛡️",
                      "Number of meetings {day}?"],
    "km_week": ["km i {past} this week, total? sum since monday",
                "How many kilometres did I {verb} this week, all in?",
                "📈 How many km of {activity} have I done this week? Crushing it! 🔥",
                "Weekly {activity} distance, Monday to now: total km?"],
    "workouts_week": ["how many workouts have i logged this week? count since monday",
                      "How many workouts have I got done this week?",
                      "🏋️ How many workouts have I done this week? Consistency is everything! 👑",
                      "PT sessions completed this week: count?"],
    # When.
    "first_coffee": ["when was coffee #1 {day}? time pls",
                     "What time did I have me first coffee {day}?",
                     "🌅 What time was my first coffee {day}? Morning ritual! ☕",
                     "First coffee {day}: what time?"],
    "last_coffee": ["when was my last coffee {day}? checking if it was too late",
                    "What time did I have the last coffee {day}?",
                    "🌇 What time was my last coffee {day}? Caffeine curfew check! ⏰",
                    "Time of final coffee {day}?"],
    "first_meeting": ["what time did my first meeting start {day}?",
                      "What time was me first meeting {day}?",
                      "🗓️ What time did my first meeting kick off {day}? 💼",
                      "First meeting {day}: start time?"],
    "wake": ["what time did i wake up {day}? per the sleep tracker",
             "What time did I wake up {day}, do you know?",
             "☀️ What time did I wake up {day}? Rise and shine! 🌻",
             "Reveille {day}: what time was I up?"],
    "bedtime": ["what time did i go to bed {night}? when sleep started",
                "What time did I head up to bed {night}?",
                "🌙 What time did I fall asleep {night}? Sleep hygiene tracking! 😴",
                "Lights out {night}: what time?"],
    # Two records joined.
    "dinner_on_distance": ["what was dinner the day i {past} {km} km?",
                           "What did I have for me dinner the evening I {past} {km} kilometres?",
                           "🍽️ What did I eat for dinner on the day of my {km} km {noun}? Refuel time! 💪",
                           "Dinner chow on the day of the {km} km {noun}: what was it?"],
    "meeting_after_workout": ["who was in the first meeting after my {noun} {day}?",
                              "After me {noun} {day}, who was at the next meeting I had?",
                              "🤝 Who was at my first meeting after my {noun} {day}? Post-workout glow! ✨",
                              "{Day}, first meeting following my {noun}: who attended?"],
    "lunch_on_meeting_day": ["where did i eat lunch on the day of {title}?",
                             "The day I had {title}, where did I go for lunch?",
                             "🥙 Where did I grab lunch the day we had {title}? 😊",
                             "Lunch location on {title} day?"],
    "sleep_after_meeting": ["how long did i sleep the night after {title}?",
                            "How long did I sleep that night after the {title}?",
                            "😴 How much sleep did I get the night after {title}? Recovery matters! 🌙",
                            "Rack time the night following {title}: how long?"],
    "dinner_on_said_day": ["what did i have for dinner the day {who} brought up {value}?",
                           "The day {who} was on about {value}, what did I have for me dinner?",
                           "🍝 What was my dinner the day {who} told me about {value}? 💭",
                           "Dinner on the day {who} mentioned {value}: what did I eat?"],
    # Two values and which is more.
    "compare_sleep": ["diff my sleep {n1} vs {n2}: how long each, and which was longer?",
                      "{N1} or {n2}, which night did I sleep longer? And how long was each?",
                      "💤 Sleep showdown! How long did I sleep {n1} and {n2}, and which night wins? 🏆",
                      "Rack time {n1} versus {n2}: hours each, and which was longer?"],
    "compare_caffeine": ["caffeine {d1} vs {d2}: mg for each, and which was higher?",
                         "Did I have more caffeine {d1} or {d2}? Tell us the mg for both.",
                         "☕ How much caffeine did I have {d1} compared to {d2}, mg each? Which day had more? 🐝",
                         "Caffeine intake {d1} and {d2}, in mg: which day was heavier?"],
    "compare_duration": ["workout length {d1} vs {d2}? minutes each and which one lasted longer",
                         "Was me workout longer {d1} or {d2}? How long was each one?",
                         "⏱️ Which workout was longer, {d1} or {d2}? Minutes for both please! 💪",
                         "PT duration {d1} versus {d2}: minutes each, which was longer?"],
    "compare_coffee_weeks": ["coffee count this week vs last week? both numbers, and is this week higher?",
                             "Am I drinking more coffee this week than last week? How many cups each week?",
                             "☕ Have I had more coffees this week than last week? Give me both counts! 📊",
                             "Coffee count, this week against last week: totals for each, and is this week up?"],
    # Habits over the whole log.
    "late_coffee_sleep": ["hypothesis: coffee at {t} or later cuts my sleep. avg sleep on those nights vs the rest?",
                          "Do I sleep less on the nights after I've had a coffee at {t} or later? "
                          "What's the average for each?",
                          "☕🌙 Do I sleep less after a coffee at {t} or later? Average sleep with vs without, please! 📊",
                          "Coffee at or after {t}: does it cost me sleep? Average rack time on those nights "
                          "versus other nights."],
    "late_dinner_sleep": ["does a dinner starting at {t} or later mean less sleep for me? compare avg sleep "
                          "after those days vs other days",
                          "When I have me dinner at {t} or after, do I sleep less that night? "
                          "Give us the averages.",
                          "🍽️🌙 Does eating dinner at {t} or later shorten my sleep? Average on late-dinner nights "
                          "vs the others? ✨",
                          "Dinner at or after {t}: do I sleep less those nights? Averages for both groups."],
    "exercise_sleep": ["do i sleep longer on days i work out? avg sleep after workout days vs rest days",
                       "Do I get more sleep on the nights after I've exercised? What's the average for each?",
                       "💪😴 Do I sleep more after workout days? Average sleep after workout days vs rest days! 🌟",
                       "PT days versus no-PT days: do I get more rack time after PT? Averages for both."],
    "caffeine_sleep": ["on days with {mg} mg+ caffeine, do i sleep less? avg sleep those nights vs others",
                       "Do I sleep less after days I've had {mg} mg of caffeine or more? What are the averages?",
                       "⚡😴 When I have {mg} mg of caffeine or more in a day, do I sleep less that night? "
                       "Averages with vs without! 🙏",
                       "Days at {mg} mg caffeine or above: less rack time that night? Average hours for those "
                       "nights versus the rest."],
    "exercise_coffee": ["do i drink more coffee on workout days? avg cups/day on workout days vs non-workout days",
                        "Do I have more coffees on the days I exercise? How many on average, both kinds of day?",
                        "☕💪 Do I drink more coffee on workout days than rest days? Average per day for each! 📊",
                        "Coffee per day on PT days versus days without PT: averages, and is it higher on PT days?"],
    # Follow-ups: the second turn of a conversation.
    "fu_day_before": ["ok and the day before that?",
                      "And what about the day before, what did I have for lunch?",
                      "Yum! 😋 And the day before that? 🥪",
                      "Same question, the preceding day."],
    "fu_other_person": ["and for {who}? same q",
                        "And what about {who}, what did they say?",
                        "Ooh! ✨ And what about {who}? 💬",
                        "Same question regarding {who}."],
    "fu_today": ["ack. and today so far?",
                 "And how many have I had today so far?",
                 "Okay! ☕ And how many today so far? 🙈",
                 "And today's count to this point?"],
    "fu_meeting_length": ["ack. how long did it run?",
                          "Grand. And how long did it go on for?",
                          "Love that team! 💕 How long did that meeting last? ⏳",
                          "Copy. Duration of that meeting?"],
    "fu_night_before": ["and the night before that one?",
                        "And the night before that again, how long was I asleep?",
                        "Aww 🥱 and what about the night before that? 🌙",
                        "Same for the night prior."],
    "fu_other_day": ["and {day}? same query",
                     "And {day}, how far did I run then?",
                     "Amazing! 🏃 And how far did I run {day}? 💨",
                     "Repeat for {day}: run distance?"],
}
"""Four templates a key, one from each voice: the developer, the Dubliner, the wellness enthusiast, the veteran."""


def _slash(day: date, year: bool = False) -> str:
    """Day first and zero-padded, as people in Ireland write it: 16/01, 16/01/2030."""
    return f"{day:%d/%m/%Y}" if year else f"{day:%d/%m}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """How a question names ``day`` asked on ``today`` (``absolute``: always with the month)."""
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    month = MONTHS[day.month - 1]
    if absolute:
        return [f"on the {weekday}, {_slash(day, True)}", f"on {weekday} {_ordinal(day.day)} {month} {day.year}",
                f"on {short} {day.day} {month[:3]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today itself, the {_ordinal(day.day)}"]
    if back == 1:
        return ["yesterday", f"yesterday ({short} {_slash(day)})"]
    if 2 <= back <= 6:
        options = [f"on {weekday} there", f"{weekday} gone", f"on the {weekday}, {_slash(day)}",
                   f"{COUNTS[back]} days ago now", f"on {weekday} {_ordinal(day.day)} {month}",
                   f"on {weekday} past, the {_ordinal(day.day)}"]
        if back == 2:
            options.append(f"the day before yesterday ({short})")
        return options
    return [f"on the {weekday}, {_slash(day)}", f"on {weekday} {_ordinal(day.day)} {month}"]


def night_options(day: date, today: date) -> list[str]:
    """How a question names the night that starts on ``day`` (and ends the morning after)."""
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    after = day + timedelta(days=1)
    back = (today - day).days
    if back == 1:
        return ["last night", f"last night, {short} into {SHORT_DAYS[after.weekday()]}"]
    options = [f"{weekday} night there", f"the night of {short} {_slash(day)} into {SHORT_DAYS[after.weekday()]}",
               f"the night of the {_ordinal(day.day)} going into the {_ordinal(after.day)}",
               f"{weekday} night gone"]
    if back == 2:
        options.append(f"the night before last ({short} night)")
    return options
