"""Question phrasings of the answers benchmark's fifty-first tuning set, ``dev51`` (docs/benchmarks.md, "Answers").

``dev51`` was the held-out set until 2026-12-05, when, after its measurement at 4519740 (grounded
accuracy 0.784; worst category habit relation 0.455; unsupported 0.019; abstention 0.818; p95 0.020 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev50``, answers_dev50_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young clerk at a phone shop in
Colmera, Dili, who types lower case and switches between English and Tetum inside a sentence, in
its ordinary typed spelling (no accents, the glottal stop as an apostrophe: "ne'e", "ne'ebe",
"sa'e", "ko'alia", "to'o"): "saida" for what, "se" for who, "iha nebee" for where, "hira" for how
many, "oras hira" for at what time, "naruk" for long, "dook hira" for how far, "oinsa" for how,
"han", "hemu", "toba", "hader", "halai", "nani" and "sa'e bisikleta" for eat, drink, sleep, wake,
run, swim and ride a bike, "matabixu", "han meiudia" and "han kalan" for breakfast, lunch and
dinner, "kafe" and "kopu kafe" for coffee and cups of coffee, "kafeina" for caffeine, "enkontru" for
a meeting, "tuir" for attended, "ezersisiu" for a workout, "fuan tuku" for the heartbeat,
"dahuluk" and "ikus" for first and last, "depois" and "molok" for after and before, "semana ida
ne'e" and "semana kotuk" for this week and last week, "hotu-hotu" for in total, "barak liu",
"naruk liu", "menus liu" and "badak liu" for more, longer, less and shorter, "ka" for or, "no" for
and, "loron" for a day, "kalan" for a night, "livru", "filme", "asu", "oan feto", "tinan", "naran"
and "aviaun" for a book, a film, a dog, a daughter, years, a name and a plane, "restorante" for a
restaurant, "lansamentu" for a launch, "muda" for moved, "dehan" for said, "rekomenda" for
recommended, "koko" for try, "ohin" for today, "agora" for now and "foun" for new); a data clerk at
the port of Dili who types the fewest words joined by plus signs, as into a search box, the thing
first and the question word last, no question mark ("lunch+{day}+ate+what", "run+{day}+km",
"sleep+{n1} vs {n2}+longer"); a microlet driver on the Becora to Comoro route who chats, the
question first and a remark about the driving day after it ("the microlet", "the passengers", "the
kiosk at the Becora stop", "the Comoro road", "the airport road", "the road to Baucau", "the
roosters next door", "the neighbours' karaoke", "my niece in Maliana"); and a retired court clerk
who writes formal sentences with formulas of his own ("I beg to request that you", "Kindly be so
good as to specify", "I am desirous of knowing", "You are respectfully invited to indicate", "May
I trouble you to state", "I hereby request", "Pray inform me of", "It would be appreciated if you
would confirm", "Be so kind as to"). Every question asks for the gold ``answers_evalset`` computes
for its key, and fills the slots described in answers_phrases.py.

The dev51 life lives in Asia/Dili, from Monday 29 January 2035 into February; Timor-Leste keeps
one offset (UTC+9) all year and has had no daylight saving time, so no clock changes inside it.
Dates are written as people in Timor-Leste write Gregorian dates in English, day first as on its
forms, receipts and letters: slashed and zero-padded, with the full year ("29/01/2035") or without
it ("29/01"); the day, the short month and the year with hyphens ("29-Jan-2035"); for a day that may
lie outside the life always with the year ("on the date 29/01/2035, a Monday", "on Monday, 29
January of 2035", "on 29-Jan-2035, Monday"); for one of the days before yesterday the slashed day
with the short weekday and a point in brackets ("on 29/01 (Mon.)"), the weekday with the day and
the short month ("on Monday the 29-Jan"), or the days counted back ("3 days before today, Monday");
today alone, with its short weekday and slashed day ("today, Mon. 29/01") or with its weekday and
day ("today (Monday the 29)"); yesterday alone, with its short weekday and slashed day ("yesterday
(Sun. 28/01)") or with its weekday and day ("yesterday, Sunday 28"). A night is last night, alone
or with its two slashed days ("last night, 28/01 into 29/01"); or the night of a short weekday and
its slashed day ("the night of Sun. 28/01"), the night spanning two slashed days ("the night
spanning 28/01-29/01"), or from one weekday's evening to the next one's morning ("from Sunday
evening to Monday morning"). Day and night names that the disjointness checks found shared with
another set (the short weekday with a point before the slashed day; yesterday with the slashed day
in brackets; the hyphenated date alone; the night between two days of a month; a weekday's night
going into the next) were reworded. Workouts are named with places in and around Dili: the Avenida
de Portugal, Cristo Rei, the Lecidere seafront, Tasi Tolu, Hera, the Comoro road, Areia Branca,
Dolok Oan, the Farol lighthouse, the Dare hills and the Fatuahi ridge.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

NOUNS = {"run": ("run along the Avenida de Portugal", "jog up the steps to Cristo Rei",
                 "run round the Lecidere seafront"),
         "cycle": ("ride out to Tasi Tolu", "bike ride to Hera", "ride along the Comoro road"),
         "swim": ("swim at Areia Branca", "swim off the Cristo Rei beach", "swim at Dolok Oan"),
         "yoga": ("yoga session on the Lecidere sand", "yoga session by the Farol lighthouse"),
         "climb": ("climbing session in the Dare hills", "climb up to the Fatuahi ridge")}
"""What this set's questions call a workout of each activity: places in and around Dili."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} rekomenda livru saida mai hau? i forgot the title",
             "book+from+{who}+which",
             "which book was it that {who} told me to read? the passengers in the microlet keep asking me what I read",
             "I beg to request that you name the book which {who} recommended to me."],
    "film": ["filme saida mak {who} dehan hau tenke haree? the one for this weekend",
             "film+{who}+said+watch+which",
             "what was the film {who} said I must watch? no cinema in Becora so it's my phone again",
             "Kindly be so good as to specify the film that {who} urged me to see."],
    "offsite": ["offsite muda ba nebee? {who} told me it moved, which city agora?",
                "offsite+moved+city+now+{who}",
                "where did the offsite move to, the city {who} mentioned? I only know the road to Baucau myself",
                "I am desirous of knowing to which city the offsite has been moved, as {who} reported."],
    "restaurant": ["restorante saida mak {who} dehan ita tenke koko?",
                   "restaurant+{who}+try+which",
                   "which place to eat did {who} say we should try? the warung by the stop is all I ever get",
                   "You are respectfully invited to indicate the restaurant {who} proposed that we try."],
    "flight": ["{who} nia aviaun to'o oras hira? need to know for pick up",
               "flight+{who}+lands+what time",
               "when does the plane of {who} land? the airport road at Comoro is slow at that hour",
               "May I trouble you to state the hour at which the flight of {who} is due to land?"],
    "dog": ["{who} nia asu foun naran saida? i keep forgetting",
            "dog+{who}+new+name",
            "what did {who} call the new dog? the dogs at the terminal all answer to anything",
            "I hereby request the name which {who} has given to the newly adopted dog."],
    "launch": ["lansamentu {project} nian muda ba data saida? {who} said it slipped",
               "launch+{project}+new date+{who}",
               "when's the {project} launch now, the date {who} gave? dates slip here too, like the bus timetable",
               "Pray inform me of the date to which, according to {who}, the {project} launch has been moved."],
    "age": ["{who} nia oan feto tinan hira ona sabadu ne'e? she has a birthday",
            "daughter+{who}+turns+age",
            "how old is the daughter of {who} turning? my niece in Maliana is about the same",
            "It would be appreciated if you would confirm the age the daughter of {who} is about to reach."],
    "podcast": ["podcast saida mak {who} rekomenda? for the long drive",
                "podcast+{who}+recommended+which",
                "which podcast did {who} want me to try? the radio in the van only has one station",
                "Be so kind as to name the podcast which {who} commended to me."],
    "breakfast_food": ["{day} hau han matabixu saida? i can't remember",
                       "breakfast+{day}+food",
                       "what was breakfast {day}? I eat at the wheel most mornings",
                       "I beg to request that you set out what I took for breakfast {day}."],
    "lunch_food": ["saida mak hau han meiudia {day}?",
                   "lunch+{day}+ate+what",
                   "what did I eat at lunch {day}? probably rice again, it's always rice",
                   "Kindly be so good as to state what constituted my lunch {day}."],
    "dinner_food": ["han kalan {day} hau han saida?",
                    "dinner+{day}+ate+what",
                    "what did I have for my evening meal {day}? the last run ends late so I forget",
                    "I am desirous of knowing what I had for dinner {day}."],
    "lunch_place": ["hau han meiudia iha nebee {day}? which place",
                    "lunch+{day}+place+where",
                    "where did I have lunch {day}? I stop wherever there's shade to park",
                    "You are respectfully invited to indicate the place at which I lunched {day}."],
    "dinner_place": ["iha nebee mak hau han kalan {day}?",
                     "dinner+{day}+place+where",
                     "where was dinner {day}? my wife says I never remember where we went",
                     "May I trouble you to state the establishment at which I dined {day}?"],
    "workout_kind": ["ezersisiu saida mak hau halo {day}? run ka swim ka saida",
                     "workout+{day}+kind",
                     "what kind of exercise did I do {day}? hard to believe I had the energy after the route",
                     "I hereby request a statement of the form of exercise I undertook {day}."],
    "heart_rate": ["hau nia fuan tuku media durante {noun} {day}? average bpm",
                   "{noun}+{day}+avg heart rate",
                   "what was my average heart rate on the {noun} {day}? the doctor at the clinic in Bidau asks",
                   "Pray inform me of my mean heart rate during the {noun} {day}."],
    "sleep_quality": ["hau toba di'ak ka lae {night}? how was the quality",
                      "sleep+{night}+quality",
                      "how well did I sleep {night}? the roosters next door start before five",
                      "It would be appreciated if you would confirm the quality of my sleep {night}."],
    "sleep_night": ["hau toba oras hira naruk {night}? how many hours",
                    "sleep+{night}+hours",
                    "how long did I get to sleep {night}? the first microlet leaves at six so it's never enough",
                    "Be so kind as to state the duration of my sleep {night}."],
    "exercise_duration": ["hau nia {noun} {day} naruk minutu hira?",
                          "{noun}+{day}+duration",
                          "how long did the {noun} take {day}? felt like forever in the heat",
                          "I beg to request that you state the length of my {noun} {day}."],
    "meeting_duration": ["enkontru {title} {day} naruk oras hira?",
                         "{title}+{day}+length",
                         "how long did the {title} meeting go on {day}? longer than a trip to Tibar, I bet",
                         "Kindly be so good as to specify the duration of the {title} meeting {day}."],
    "distance_run": ["hau halai kilometru hira {day}?",
                     "run+{day}+km",
                     "how far did I run {day}? my knees say too far for a driver",
                     "I am desirous of knowing the distance I ran {day}."],
    "distance_cycle": ["hau sa'e bisikleta dook hira {day}? in km",
                       "bike+{day}+km",
                       "what distance did I cover on the bike {day}? cars on the Comoro road don't make it easy",
                       "You are respectfully invited to indicate the distance I cycled {day}."],
    "distance_swim": ["hau nani dook hira {day}? kilometru ka metru",
                      "swim+{day}+distance",
                      "how much did I swim {day}, in distance? the sea at Areia Branca was flat for once",
                      "May I trouble you to state how far I swam {day}?"],
    "attendees": ["se mak tuir enkontru {title} {day}? who was there",
                  "{title}+{day}+attendees+who",
                  "who sat in on the {title} meeting {day}? I lose track of names like I lose track of fares",
                  "I hereby request the names of those present at the {title} meeting {day}."],
    "coffee_count": ["kopu kafe hira mak hau hemu {day}?",
                     "coffees+{day}+count",
                     "how many coffees did I drink {day}? the kiosk at the Becora stop knows me too well",
                     "Pray inform me of the number of coffees I consumed {day}."],
    "caffeine": ["kafeina miligrama hira mak hau hemu {day}? total mg",
                 "caffeine+{day}+mg total",
                 "how much caffeine went into me {day}, in mg? driving all day needs it",
                 "It would be appreciated if you would confirm my total intake of caffeine {day}, in milligrams."],
    "meeting_count": ["enkontru hira mak hau iha {day}?",
                      "meetings+{day}+count",
                      "how many meetings were there for me {day}? I thought driving got me out of meetings",
                      "Be so kind as to state the number of meetings I attended {day}."],
    "km_week": ["semana ida ne'e hau {past} kilometru hira hotu-hotu?",
                "{activity}+this week+km total",
                "how many km of {activity} have I done this week? more than the microlet, surely not",
                "I beg to request the total distance I have {past} in the course of this week."],
    "workouts_week": ["semana ida ne'e hau halo ezersisiu dala hira?",
                      "workouts+this week+count",
                      "how many times did I work out this week? between shifts it's a miracle",
                      "Kindly be so good as to specify the number of workouts I have completed this week."],
    "first_coffee": ["{day} hau hemu kafe dahuluk oras hira?",
                     "first coffee+{day}+time",
                     "what time was my first coffee {day}? before the first passenger, I hope",
                     "I am desirous of knowing at what hour I took my first coffee {day}."],
    "last_coffee": ["kafe ikus {day} oras hira? the last one",
                    "last coffee+{day}+time",
                    "when did I have my final coffee {day}? after that one I never sleep",
                    "You are respectfully invited to indicate the hour of my last coffee {day}."],
    "first_meeting": ["enkontru dahuluk {day} hahu oras hira?",
                      "first meeting+{day}+start",
                      "what time did my first meeting begin {day}? hope it wasn't before the morning rush",
                      "May I trouble you to state the hour at which my first meeting began {day}?"],
    "wake": ["{day} hau hader oras hira? early ka lae",
             "woke up+{day}+time",
             "what time did I get up {day}? the call to the depot comes early",
             "I hereby request the hour at which I rose {day}."],
    "bedtime": ["hau ba toba oras hira {night}?",
                "bed+{night}+time",
                "when did I go to bed {night}? the neighbours had karaoke going",
                "Pray inform me of the hour at which I retired {night}."],
    "dinner_on_distance": ["loron ne'ebe hau {past} {km} km, han kalan saida?",
                           "dinner+day i {past} {km} km",
                           "what was dinner on the day I {past} {km} km? I'd have been starving",
                           "It would be appreciated if you would confirm what I dined on the day I {past} {km} km."],
    "meeting_after_workout": ["se mak iha enkontru depois hau nia {noun} {day}?",
                              "{noun}+{day}+next meeting+who",
                              "who was in the meeting right after my {noun} {day}? I must have turned up sweaty",
                              "Be so kind as to name those present at the meeting that followed my {noun} {day}."],
    "lunch_on_meeting_day": ["loron enkontru {title}, hau han meiudia iha nebee?",
                             "lunch+day of {title}+where",
                             "where did I eat lunch the day the {title} meeting happened?"
                             " somewhere near the office in Colmera I guess",
                             "I beg to request that you indicate where I lunched on the day of the {title} meeting."],
    "sleep_after_meeting": ["kalan depois enkontru {title}, hau toba naruk oras hira?",
                            "sleep+night after {title}+hours",
                            "how long did I sleep the night following the {title} meeting?"
                            " meetings wear me out more than the traffic",
                            "Kindly be so good as to state how long I slept in the night after the {title} meeting."],
    "dinner_on_said_day": ["loron ne'ebe {who} ko'alia kona ba {value}, hau han kalan saida?",
                           "dinner+day {who} mentioned {value}",
                           "what was dinner the same day {who} brought up {value}? I remember the talk, not the food",
                           "I am desirous of knowing what I ate at dinner on the day {who} spoke of {value}."],
    "compare_sleep": ["{n1} ka {n2}, kalan ida ne'ebe mak hau toba naruk liu?",
                      "sleep+{n1} vs {n2}+longer",
                      "did I sleep longer {n1} or {n2}? both felt short from behind the wheel",
                      "You are respectfully invited to indicate whether my sleep was longer {n1} or {n2}."],
    "compare_caffeine": ["{d1} ka {d2}, loron ida ne'ebe mak kafeina barak liu?",
                         "caffeine+{d1} vs {d2}+more",
                         "which day had more caffeine, {d1} or {d2}? I was buzzing on one of them",
                         "May I trouble you to state on which day I took more caffeine, {d1} or {d2}?"],
    "compare_duration": ["ezersisiu {d1} ka {d2}, ida ne'ebe mak naruk liu?",
                         "workout+{d1} vs {d2}+longer",
                         "was my workout longer {d1} or {d2}? hard to tell, both hurt",
                         "I hereby request that you determine whether my workout was longer {d1} or {d2}."],
    "compare_coffee_weeks": ["semana ida ne'e hau hemu kafe barak liu ka menus liu semana kotuk?",
                             "coffee+this week vs last week+more or less",
                             "am I on more coffee this week than the week before? feels like it with the new route",
                             "Pray inform me whether I have drunk more coffee this week than in the preceding week."],
    "late_coffee_sleep": ["bainhira hau hemu kafe depois {t}, hau toba menus ka lae?",
                          "coffee after {t}+sleep+effect",
                          "do I sleep less on days I have coffee after {t}? the late kiosk coffee is strong",
                          "It would be appreciated if you would confirm whether coffee taken after {t}"
                          " shortens my sleep."],
    "late_dinner_sleep": ["se hau han kalan depois {t}, hau toba naruk liu ka badak liu?",
                          "dinner after {t}+sleep+effect",
                          "does a dinner at {t} or later cut my sleep? the last shift makes dinner late a lot",
                          "Be so kind as to state whether dining at {t} or later bears on how long I sleep."],
    "exercise_sleep": ["loron ne'ebe hau halo ezersisiu, hau toba naruk liu ka lae?",
                       "workout days+sleep+longer",
                       "do I sleep longer after a day with a workout? wish I had the time to test it more",
                       "I beg to request that you establish whether I sleep longer after days on which I exercise."],
    "caffeine_sleep": ["loron ne'ebe kafeina {mg} mg ka liu, hau nia toba oinsa?",
                       "caffeine {mg}mg+ days+sleep",
                       "how do I sleep after days with {mg} mg of caffeine or more? those are the long route days",
                       "Kindly be so good as to specify how my sleep fares after days with at least {mg} mg"
                       " of caffeine."],
    "exercise_coffee": ["loron ne'ebe hau halo ezersisiu, hau hemu kafe barak liu ka lae?",
                        "workout days+coffee count+more or less",
                        "on days I exercise do I end up drinking more coffee? I'd guess yes",
                        "I am desirous of knowing whether I drink more coffee on days on which I exercise."],
    "fu_day_before": ["no loron molok ne'e?",
                      "day before+same",
                      "and what about the day before that? my memory's as bad as the road to Aileu",
                      "I should further wish to know the same of the preceding day."],
    "fu_meeting_length": ["enkontru ne'e naruk oras hira?",
                          "that meeting+length",
                          "and how long did that meeting run? hope not longer than my lunch break",
                          "You are further invited to indicate the length of that meeting."],
    "fu_other_day": ["no {day}?",
                     "same+{day}",
                     "and {day}, how far then? I've lost count of the kilometres",
                     "May I trouble you further to state the same for {day}?"],
    "fu_night_before": ["no kalan molok ne'e?",
                        "night before+same",
                        "and the night before that one? one of them had the storm",
                        "I hereby further request the same for the preceding night."],
    "fu_today": ["no ohin to'o agora?",
                 "today so far+same",
                 "and today so far? it's been a long route already",
                 "Pray inform me likewise of the figure for today thus far."],
    "fu_other_person": ["no {who}?",
                        "same+{who}",
                        "and what about {who}? they always have an opinion",
                        "It would be appreciated if you would answer the same as regards {who}."],
}
"""Every question key's templates: the phone-shop clerk's, the port data clerk's, the microlet driver's,
the retired court clerk's."""


def _slashed(day: date, year: bool = False) -> str:
    """Day first, zero-padded ("29/01"); ``year``: with the full year ("29/01/2035")."""
    return f"{day.day:02d}/{day.month:02d}" + (f"/{day.year}" if year else "")


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the year."""
    name, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    if absolute:
        return [f"on the date {_slashed(day, True)}, a {name}",
                f"on {name}, {day.day} {MONTHS[day.month - 1]} of {day.year}",
                f"on {day.day}-{SHORT_MONTHS[day.month - 1]}-{day.year}, {name}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {short}. {_slashed(day)}", f"today ({name} the {day.day})"]
    if back == 1:
        return ["yesterday", f"yesterday ({short}. {_slashed(day)})", f"yesterday, {name} {day.day}"]
    return [f"on {_slashed(day)} ({short}.)", f"on {name} the {day.day}-{SHORT_MONTHS[day.month - 1]}",
            f"{back} days before today, {name}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    options = [f"the night of {SHORT_DAYS[day.weekday()]}. {_slashed(day)}",
               f"the night spanning {_slashed(day)}-{_slashed(after)}",
               f"from {WEEKDAYS[day.weekday()]} evening to {WEEKDAYS[after.weekday()]} morning"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {_slashed(day)} into {_slashed(after)}"]
    return options
