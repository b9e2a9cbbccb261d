"""Question phrasings of the answers benchmark's thirty-second tuning set, ``dev32`` (docs/benchmarks.md, "Answers").

``dev32`` was the held-out set until 2026-12-05, when, after its measurement at 6a0a2df (grounded
accuracy 0.798; worst category first/last 0.5; unsupported 0.0; abstention 0.955; p95 0.021 s), the
engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev31``, answers_dev31_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a Tashkent local who types
English, lower case, with romanised Uzbek words and Russian ones in it ("salom", "iltimos" for
please, "nima" for what, "nomi nima" for what it is called, "qayerda" for where, "qaysi" for which,
"kimlar" for who all, "nechta", "necha" and "qancha" for how many or how much, "soat nechida" for at
what time, "necha soat" and "necha minut" for how many hours and minutes, "nonushta", "tushlik" and
"kechki ovqat" for the meals, "yedim" for I ate, "ichdim" for I drank, "uchrashuv" for a meeting,
"yugurdim" and "suzdim" for I ran and I swam, "uxladim" for I slept, "turdim" for I woke, "yotdim"
for I went to bed, "shu hafta" and "o'tgan hafta" for this week and last, "dushanbadan beri" for
since Monday, "bugun" for today, "-chi?" for and what about; and the Russian "koroche", "nu",
"skolko", "vstrechi", "zabyl", "ne pomnyu" as Tashkent speech mixes them in); a seismologist at a
monitoring station who asks in complete, exact sentences, a clause before the question or after it
("the station", "the overnight shift", "the bulletin", "the array", "the readings", "the last
aftershock alert"); a dentist who asks between patients, the question first and a remark about the
practice after it ("the next patient", "the chair", "a filling", "a root canal", "the hygienist",
"the afternoon list"); and a potter typing with clay on the hands, lower case, terse, with trailing
dots and an aside about the studio ("the kiln", "the wheel", "a firing", "the glaze", "the studio").
Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev32 life lives in Asia/Tashkent, from Monday 11 October 2032; Uzbekistan keeps Uzbekistan
Time (UTC+5) all year, with no daylight saving time, so no clock changes inside it. Dates are
written as people in Uzbekistan write them in English: day first, mostly with dots, zero-padded
("12.10", with the year "12.10.2032"), sometimes with slashes ("12/10", "12/10/2032"), or the day
and the month's name ("12 October"), the weekday before the date or the date in brackets after it:
"on Tuesday (12.10)", "on 12/10, Tuesday", "on 12 October, Tuesday", "this Tuesday just gone,
12.10.2032" or "on 12/10/2032 y. (Tue)" for one of the six days before today, and "on 12.10.2032
(Tuesday)", "on 12 October, 2032 y. (Tue)" or "on 12/10/2032 y., Tue" for a day that may lie outside
the life ("y.", for "yil", year, as Uzbek forms write it after a year); today and yesterday alone or
with the date ("today, Wednesday 13.10", "today, 13/10 Wed", "yesterday (Tue, 12.10)", "yesterday
(12/10, Tuesday)"); a night as last night, alone or with its date ("last night (Tue, 12.10)"), the
night of a weekday and date ("the night of Tuesday 12.10"), the night of a date with its weekday in
brackets ("the night of 12/10 (Tuesday)") or the night from one day to the next ("the night from Tue
12.10 to Wednesday").
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = {"run": ("run", "jog along the Ankhor canal"), "cycle": ("bike ride", "cycling loop"),
         "swim": ("swim", "swim at the Yunusobod pool"), "yoga": ("yoga", "yoga class"),
         "climb": ("climb", "bouldering session")}
"""What its questions call a workout of each activity (one drawn per question)."""


def _dotted(day: date, year: bool = False) -> str:
    return f"{day:%d.%m.%Y}" if year else f"{day:%d.%m}"


def _slashed(day: date, year: bool = False) -> str:
    return f"{day:%d/%m/%Y}" if year else f"{day.day}/{day.month}"


def _named(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; ``absolute``: each with its month and year."""
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {_dotted(day, True)} ({name})", f"on {_named(day)}, {day.year} y. ({short})",
                f"on {_slashed(day, True)} y., {short}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name} {_dotted(day)}", f"today, {_slashed(day)} {short}"]
    if back == 1:
        return ["yesterday", f"yesterday ({short}, {_dotted(day)})", f"yesterday ({_slashed(day)}, {name})"]
    if 2 <= back <= 6:
        return [f"on {name} ({_dotted(day)})", f"on {_slashed(day)}, {name}", f"on {_named(day)}, {name}",
                f"this {name} just gone, {_dotted(day, True)}", f"on {_slashed(day, True)} y. ({short})"]
    return [f"on {name} {_dotted(day)}", f"on {short}, {_slashed(day, True)}"]


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``."""
    name, short, after = WEEKDAYS[day.weekday()], SHORT[day.weekday()], WEEKDAYS[(day + timedelta(days=1)).weekday()]
    named = [f"the night of {name} {_dotted(day)}", f"the night of {_slashed(day)} ({name})",
             f"the night from {short} {_dotted(day)} to {after}"]
    if (today - day).days == 1:
        return ["last night", f"last night ({short}, {_dotted(day)})", *named]
    return named


PHRASES: dict[str, list[str]] = {
    # said facts
    "book": [
        "salom, {who} menga bitta kitob recommend qildi, nomi nima edi? zabyl",
        "Which book did {who} recommend to me? I will have time for it on the overnight shift at the station.",
        "What's the book {who} told me to read? Asking between patients, the next one's in the chair.",
        "book {who} said to read... title? clay on my hands, can't scroll",
    ],
    "film": [
        "{who} aytgan film, nomi nima? koroche the one i must watch",
        "Before the bulletin goes out, could you tell me which film {who} said I should see?",
        "Which film was {who} so keen for me to watch? I'll put it on after the last filling.",
        "film {who} insisted on... what was it called? for tonight while the kiln cools",
    ],
    "offsite": [
        "offsite qaysi shaharga ko'chdi? {who} aytdi, nu which city",
        "{who} mentioned that the offsite had been moved; to which city was it moved, exactly?",
        "Where's the offsite moving to, according to {who}? I need to reschedule some check-ups.",
        "offsite... {who} said it moved. where to? need to plan around a firing",
    ],
    "restaurant": [
        "{who} maslahat bergan restoran, nomi nima edi? iltimos",
        "For a dinner with visiting colleagues from the array, which restaurant did {who} suggest we try?",
        "What was the restaurant {who} said we should go to? The hygienist wants to book for the team.",
        "restaurant {who} suggested... name? for after the studio open day",
    ],
    "flight": [
        "{who}ning samolyoti soat nechida qo'nadi? i meet at the airport",
        "At what time is {who}'s flight due to land? I would like to plan the drive from the station.",
        "When does {who}'s plane touch down? I might have to move a root canal.",
        "{who} lands at... what time? glaze is drying, i have a window",
    ],
    "dog": [
        "{who} yangi it oldi, itning ismi nima? zabyl sovsem",
        "{who} has adopted a dog, I believe. What name did the dog receive?",
        "What did {who} call the new dog? Patients keep asking about pets, don't ask me why.",
        "{who}'s dog... what's its name again? they brought it by the studio",
    ],
    "launch": [
        "{who} aytdi {project} launch surildi, yangi sana qachon?",
        "According to {who}, the {project} launch was delayed; to which date, precisely?",
        "{who} said the {project} launch got moved. What's the date now? I'm booking leave.",
        "{project} launch slipped, {who} said... to when? new date pls",
    ],
    "age": [
        "{who}ning qizi nechchi yoshga to'ladi? tug'ilgan kun soon",
        "{who}'s daughter has a birthday approaching. What age will she be turning?",
        "How old is {who}'s daughter turning? I want to get the number right on the card.",
        "{who}'s daughter... turning how old? making her a little bowl",
    ],
    "podcast": [
        "{who} aytgan podcast, nomi nima? metroda eshitaman",
        "Which podcast did {who} recommend? I would listen to it during the long quiet hours of monitoring.",
        "What podcast did {who} put me onto? Something for the drive to the clinic.",
        "podcast {who} told me about... name? something for the wheel",
    ],
    # value on date
    "breakfast_food": [
        "{day} nonushtaga nima yedim? ne pomnyu",
        "I logged nothing at the station; could you tell me what I had for breakfast {day}?",
        "What was breakfast {day}? Probably something quick before the first patient.",
        "breakfast {day}... what did i eat? was early",
    ],
    "lunch_food": [
        "{day} tushlikka nima yedim? iltimos ayting",
        "{Day}, what did I eat at lunch? I'm trying to keep a precise log of my meals.",
        "What did I eat for lunch {day}? It was squeezed in between two extractions.",
        "lunch {day}... what was it? ate standing by the kiln",
    ],
    "dinner_food": [
        "{day} kechki ovqatga nima yedim? faqat ovqat",
        "What did I eat for dinner {day}? I'm comparing meals against my sleep records.",
        "{Day}, what was dinner? Asking before the afternoon list starts.",
        "dinner {day}... what did i have? plov maybe",
    ],
    "lunch_place": [
        "{day} tushlikni qayerda yedim? joyning nomi",
        "{Day}, where did I have lunch? The name of the establishment, if you have it.",
        "Where did I go for lunch {day}? One of the nurses wants the name.",
        "lunch {day}... where? name of the place",
    ],
    "dinner_place": [
        "{day} kechki ovqatni qayerda yedim? restoranmi, uydami",
        "Where did I have dinner {day}? The location, please, as precisely as you can.",
        "{Day}, where did I eat dinner? Remind me before my two o'clock.",
        "dinner {day}... where was that? out or at home",
    ],
    "workout_kind": [
        "{day} qanaqa sport qildim? yugurish, suzish, yoki boshqa",
        "What type of exercise did I do {day}? I am keeping my activity log as carefully as the station log.",
        "{Day}, what kind of workout did I do? My back needs it after all the leaning over the chair.",
        "workout {day}... which one was it? wheel-throwing doesn't count",
    ],
    "heart_rate": [
        "{day}, {noun} paytida o'rtacha puls qancha edi? bpm",
        "{Day}, during my {noun}, what was my average heart rate, in beats per minute?",
        "What was my average pulse on the {noun} {day}? I take other people's blood pressure all day.",
        "average heart rate, {noun} {day}... bpm? felt hard",
    ],
    "sleep_quality": [
        "{night} qanday uxladim? yaxshi, o'rtacha yoki yomon",
        "How would the record rate my sleep {night}: good, fair or poor?",
        "{Night}, how well did I sleep? Good, fair or poor. My hands were shaky in the morning.",
        "sleep {night}... good, fair or poor?",
    ],
    "sleep_night": [
        "{night} necha soat uxladim? hammasi",
        "What was my total sleep {night}, in hours and minutes? The overnight readings kept me up.",
        "How many hours did I sleep {night}? The alarm went before the first appointment.",
        "{night}... how long did i sleep? hrs and mins",
    ],
    "exercise_duration": [
        "{day} {noun} necha minut davom etdi?",
        "For what length of time did my {noun} continue {day}? In minutes, please.",
        "How many minutes was my {noun} {day}? I had a gap in the book that day.",
        "{noun} {day}... how many minutes?",
    ],
    "meeting_duration": [
        "{day} {title} necha minut davom etdi? uzoq edi",
        "{Day}, how long did the {title} last? A figure in minutes would be ideal.",
        "How long was the {title} {day}? It ate into my afternoon list.",
        "{title} {day}... how long, in minutes?",
    ],
    # distance
    "distance_run": [
        "{day} necha km yugurdim? iltimos",
        "{Day}, what distance did I run? Kilometres, to one decimal if possible.",
        "How many km did I run {day}? Trying to get back into it.",
        "run {day}... how many km?",
    ],
    "distance_cycle": [
        "{day} velosipedda necha km yurdim?",
        "What distance did I cycle {day}? In kilometres, please.",
        "How far did I get on the bike {day}? Kilometres.",
        "bike ride {day}... km?",
    ],
    "distance_swim": [
        "{day} necha km suzdim? basseynda",
        "{Day}, what distance did I swim? Kilometres, please; I lose track of the lengths.",
        "How far did I swim {day}? In kilometres, if you can.",
        "swim {day}... how far? km",
    ],
    # attendees
    "attendees": [
        "{day} {title}da kimlar bor edi? hammasini ayting",
        "{Day}, who took part in the {title}? I need every name for the minutes of the bulletin meeting.",
        "Who attended the {title} {day}? I came in late from a patient.",
        "{title} {day}... who came? all names",
    ],
    # counts and totals
    "coffee_count": [
        "{day} nechta kofe ichdim? skolko",
        "{Day}, how many cups of coffee did I drink in total? The station machine runs all night.",
        "How many coffees did I have {day}? Bad habit for someone who lectures people about staining.",
        "coffees {day}... how many? lost count at the wheel",
    ],
    "caffeine": [
        "{day} jami qancha kofein oldim? mg da",
        "What was my total intake of caffeine {day}, expressed in milligrams?",
        "How many milligrams of caffeine did I have altogether {day}? My hands need to be steady.",
        "caffeine {day}... total mg?",
    ],
    "meeting_count": [
        "{day} nechta uchrashuv bo'ldi? vstrechi skolko",
        "{Day}, what was the total number of meetings I attended?",
        "How many meetings did I have {day}? On top of a full list of patients.",
        "meetings {day}... how many? too many",
    ],
    "km_week": [
        "shu hafta jami necha km {activity}? dushanbadan beri",
        "Since Monday, what total distance of {activity} have I covered this week, in kilometres?",
        "What's the total km I {past} this week? Since Monday, I mean.",
        "{activity} this week... total km since monday?",
    ],
    "workouts_week": [
        "shu hafta necha marta sport qildim? dushanbadan",
        "What is the number of workouts I have recorded this week, counting from Monday?",
        "How many times have I worked out this week? Since Monday.",
        "workouts this week... how many so far?",
    ],
    # first and last
    "first_coffee": [
        "{day} birinchi kofeni soat nechida ichdim?",
        "{Day}, at what time was my first coffee recorded?",
        "What time did I have my first coffee {day}? Before the first patient, surely.",
        "first coffee {day}... what time?",
    ],
    "last_coffee": [
        "{day} oxirgi kofe soat nechida edi? kech bo'ldi shekilli",
        "At what time did I drink my last coffee {day}? I suspect it was too late for a night shift.",
        "{Day}, when was my last coffee? I couldn't sleep afterwards.",
        "last coffee {day}... when? probably too late",
    ],
    "first_meeting": [
        "{day} birinchi uchrashuv soat nechida boshlandi?",
        "What was the start time of my first meeting {day}?",
        "{Day}, when did my first meeting start? I think I was still with a patient.",
        "first meeting {day}... start time?",
    ],
    "wake": [
        "{day} soat nechida turdim? ertalab",
        "{Day}, at what time did I wake? I was due at the station for the early reading.",
        "What time did I wake up {day}? Clinic opens at eight.",
        "woke {day}... what time? kiln alarm went off",
    ],
    "bedtime": [
        "{night} soat nechida yotdim?",
        "At what time did I go to bed {night}? I'd like to compare it with the hour of the last aftershock alert.",
        "{Night}, when did I get to bed? Early start at the clinic after.",
        "bed {night}... what time did i turn in?",
    ],
    # multi-hop
    "dinner_on_distance": [
        "{km} km {noun} qilgan kuni kechki ovqatga nima yedim?",
        "On the day I {past} {km} km, what did I have for dinner?",
        "What was dinner the day of my {km} km {noun}? I'd have earned it.",
        "{km} km {noun}... that day, dinner?",
    ],
    "meeting_after_workout": [
        "{day}: {noun}, keyin birinchi uchrashuv, kimlar bor edi?",
        "{Day}, who attended the first meeting that followed my {noun}?",
        "Who was at the meeting right after my {noun} {day}? I'd have been sweaty, sorry to them.",
        "{noun} {day}, then a meeting... who was in it?",
    ],
    "lunch_on_meeting_day": [
        "{title} bo'lgan kuni tushlikni qayerda yedim?",
        "On the day of the {title}, at which place did I have lunch?",
        "Where did I have lunch the day we had the {title}? The name, please.",
        "{title} day... lunch where?",
    ],
    "sleep_after_meeting": [
        "{title}dan keyingi kechasi necha soat uxladim?",
        "How long did I sleep on the night after the {title}? Hours and minutes, please.",
        "The night after the {title}, how much did I sleep? I was wiped out.",
        "after the {title}... that night, hrs of sleep?",
    ],
    "dinner_on_said_day": [
        "{who} {value} haqida aytgan kuni kechki ovqatga nima yedim?",
        "On the day {who} mentioned {value} to me, what did I eat for dinner?",
        "What did I have for dinner the day {who} talked about {value}?",
        "day {who} mentioned {value}... dinner?",
    ],
    # comparison
    "compare_sleep": [
        "{n1} yoki {n2}, qaysi kechasi ko'proq uxladim? ikkalasining soati",
        "Comparing {n1} with {n2}, on which night did I sleep longer? Please give both durations.",
        "Which night did I sleep more, {n1} or {n2}? Hours for both, if you would.",
        "sleep {n1} or {n2}... which was longer? both hrs",
    ],
    "compare_caffeine": [
        "{d1} va {d2}, qaysi kuni kofein ko'proq? ikkalasi mg",
        "Comparing {d1} and {d2}, on which day was my caffeine intake higher? Milligrams for both days.",
        "Did I have more caffeine {d1} or {d2}? The mg for each, please.",
        "caffeine {d1} or {d2}... which more? mg both",
    ],
    "compare_duration": [
        "{d1} va {d2}, qaysi kuni sport uzoqroq bo'ldi? minutlari bilan",
        "Comparing my workouts {d1} and {d2}, which was the longer, and what were both durations?",
        "Was I exercising longer {d1} or {d2}? Give me the minutes for both.",
        "workout {d1} or {d2}... which longer? mins for each",
    ],
    "compare_coffee_weeks": [
        "shu hafta o'tgan haftadan ko'proq kofe ichdimmi? ikkala hafta soni",
        "Comparing this week with last week, have I drunk more coffee or less? Please give both counts.",
        "Am I on more coffees this week than last week? Both numbers, please.",
        "coffee this week vs last week... more or less? counts",
    ],
    # habit relations
    "late_coffee_sleep": [
        "soat {t} yoki keyin kofe ichsam kamroq uxlaymanmi? o'rtacha ikkalasi",
        "On nights after I drank coffee at {t} or later, is my average sleep shorter than on other nights? "
        "Both averages, please.",
        "If I have a coffee at {t} or later, do I sleep less that night? Compare my averages.",
        "coffee at {t} or later... less sleep? avg both ways",
    ],
    "late_dinner_sleep": [
        "kechki ovqat soat {t} yoki keyin bo'lsa, kamroq uxlaymanmi? o'rtacha",
        "When my dinner starts at {t} or later, is my sleep that night shorter on average than on the other "
        "nights?",
        "Do I sleep less after eating dinner at {t} or later? Average for those nights against the rest.",
        "dinner at {t} or after... less sleep? avg each",
    ],
    "exercise_sleep": [
        "sport qilgan kunlardan keyin ko'proq uxlaymanmi? o'rtacha, sportsiz kunlar bilan",
        "Is my average sleep after a day with exercise longer than after a day without any? Both averages.",
        "Do I sleep more on nights after I've exercised than after rest days? Averages for each.",
        "workout day... more sleep that night? avg vs no workout",
    ],
    "caffeine_sleep": [
        "{mg} mg yoki ko'proq kofein ichgan kunlari kamroq uxlaymanmi? o'rtacha",
        "After days on which my caffeine totalled {mg} mg or more, is my sleep shorter on average than after "
        "the other days?",
        "If I take in {mg} mg of caffeine or more in a day, do I sleep less that night? Compare the averages.",
        "{mg} mg caffeine or more... less sleep after? avgs",
    ],
    "exercise_coffee": [
        "sport qilgan kunlari ko'proq kofe ichamanmi? kuniga o'rtacha nechta, sportsiz kunlar bilan",
        "On days with exercise, is my average number of coffees per day higher than on days without? Both "
        "averages, please.",
        "Do I drink more coffee on workout days than on rest days? The average cups per day for each.",
        "coffees per day... workout days vs rest days? avg",
    ],
    # follow-ups
    "fu_day_before": [
        "undan oldingi kuni-chi? tushlikka nima yedim",
        "And on the day preceding that one, what was my lunch?",
        "What about the day before that, what did I eat for lunch?",
        "day before that... lunch?",
    ],
    "fu_meeting_length": [
        "xo'p, u uchrashuv necha minut davom etdi?",
        "For how many minutes did that meeting continue?",
        "And how long did that meeting take?",
        "that meeting... how long? mins",
    ],
    "fu_other_day": [
        "va {day}? o'shanda necha km yugurdim",
        "And {day}, what distance did I cover running?",
        "What about {day}? How many km did I run then?",
        "{day}... run, how far?",
    ],
    "fu_night_before": [
        "undan oldingi kechasi-chi? necha soat",
        "And on the night preceding it, how long did I sleep?",
        "What about the night before that one? Hours of sleep.",
        "the night before... hrs?",
    ],
    "fu_today": [
        "bugun-chi? hozirgacha nechta",
        "And today, up to this moment, how many cups?",
        "What about today so far? Count of coffees.",
        "today till now... how many?",
    ],
    "fu_other_person": [
        "{who}-chi? xuddi shu savol",
        "And for {who}, what would the answer be?",
        "And {who}? Same question.",
        "{who}... same question?",
    ],
}
