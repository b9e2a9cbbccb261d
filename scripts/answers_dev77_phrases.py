"""Question phrasings of the answers benchmark's seventy-seventh tuning set, ``dev77`` (docs/benchmarks.md, "Answers").

``dev77`` was the held-out set until 2026-12-05, when, after its measurement at 9233997 (grounded
accuracy 0.568; worst category value_on_date 0.364; unsupported 0.011; abstention 0.955; p95 0.023
s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence and
is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev76``, answers_dev76_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young man in Riga who types lower case and switches between English and Latvian inside a
  sentence (no earlier set's language), in its ordinary typed spelling, with its long vowels and
  softened consonants, question words as Latvian puts them ("ko", "kur", "kas", "cik", "kad",
  "cikos", "cik ilgi", "kuru", "kurā", "kurš"), "brokastis", "pusdienas" and "vakariņas" for the
  meals, "sapulce" for a meeting, "treniņš" for a workout, "kafija" for coffee, "neatceros",
  "lūdzu" and "tas pats", and English words where they come first to mind;
- a man who types every question as a lower-case note of what he means, with what he wants to know
  in square brackets at its end ("breakfast {day} [what?]", "{title} {day} [who came?]"), his
  follow-ups the same way ("day before [same?]");
- an amber worker who turns, drills and polishes Baltic amber in a workshop in Riga's Old Town,
  writing in sentences with capitals, who makes a remark from his working life before or after the
  question (the polishing wheel and the grinder,
  the drill and the beads, pendants, brooches and necklaces, raw and cloudy amber sorted by colour,
  resin and amber dust, pieces from Liepāja and the shore after storms, the Christmas fair);
- a woman who writes formal sentences with formulas of her own: "Might I prevail upon you to ...",
  "I should be glad to be informed ...", "May I beg to know ...", some closed with "I am, as ever,
  in your debt.", her follow-ups opened with "In the matter of my last question," and "Keeping to
  the same subject,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev77 life lives in Europe/Riga, from Monday 5 May 2036 to 20 May; Latvia keeps Eastern
European Time (UTC+2) in winter and summer time (UTC+3) from 30 March to 26 October 2036 (zoneinfo
gives two offsets over all of 2036, and one, UTC+3, over its 16 days, 5 to 20 May, after the change
of 30 March), so no clock changes inside it. Dates are written as people in Latvia write them in
English, day first: with dots, the day unpadded and the month padded, with the year ("5.05.2036")
or without it ("5.05"); with a slash instead, as typed in chats ("5/05"); padded in full with the
closing dot Latvian puts after the year, followed by the weekday in brackets ("05.05.2036. (a
Monday)"); or the Latvian way, the year first, then the day
with its ordinal dot and the month in the locative, lower case ("2036. gada 5. maijā", on 5 May
2036). Weekdays are English, left in Latvian, lower case ("pirmdiena", "otrdiena", "trešdiena",
"ceturtdiena", "piektdiena", "sestdiena", "svētdiena"), as Latvian's adverbs for "on Monday" and the
rest ("pirmdien", "otrdien", ...), or cut to the letters Latvian calendars print ("P", "O", "T", "C",
"Pk", "S", "Sv"). For a day that may lie outside the life always with the year ("on 05.05.2036. (a
Monday)", "2036. gada 5. maijā", "on pirmdiena, 5.05.2036"); for one of the days before yesterday
the calendar letters and the dotted day ("on T 7.05"), the Latvian adverb and the day and month in
brackets ("trešdien (7. maijā)"), so many days back with the English weekday and the slashed day ("3
days back, on Wednesday 7/05") or, two days back, "aizvakar" (the day before yesterday) with the
dotted day; today alone, as "šodien" (today) with the calendar letters and the dotted day, or with
the dotted day and the English weekday in brackets; yesterday alone, as "vakar" (yesterday) with
the Latvian adverb and the dotted day in brackets, or with the calendar letters and the slashed day in
brackets. A night is named as Latvian names it, from the day it starts on to the day it ends on
("naktī no pirmdienas uz otrdienu", in the night from Monday to Tuesday, with its first day:
"naktī no pirmdienas uz otrdienu (5.05)"), or in English in the same way ("the night from 5/05 into
6/05"); last night alone, "last night", or with the Latvian words in brackets ("last night
(pagājušajā naktī)").
Workouts are named with places in and around Riga: Mežaparks, the Daugava embankment, Bastejkalns
park and the beach at Jūrmala, the roads out to Jūrmala and Sigulda and round Ķīšezers, a pool in
Āgenskalns and the sea off Vecāķi, a studio on Miera iela and one in Teika, a bouldering hall in
Pārdaugava and a wall in Purvciems.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR = ("P", "O", "T", "C", "Pk", "S", "Sv")
"""Weekdays as Latvian calendars abbreviate them."""
LV = ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena")
"""Latvian weekdays, lower case."""
ON = ("pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien")
"""Latvian weekdays as adverbs: on Monday, on Tuesday, ..."""
FROM = ("pirmdienas", "otrdienas", "trešdienas", "ceturtdienas", "piektdienas", "sestdienas", "svētdienas")
"""Latvian weekdays in the genitive, after "no" (from)."""
TO = ("pirmdienu", "otrdienu", "trešdienu", "ceturtdienu", "piektdienu", "sestdienu", "svētdienu")
"""Latvian weekdays in the accusative, after "uz" (to)."""
MONTHS = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
          "oktobrī", "novembrī", "decembrī")
"""Latvian months in the locative, after a day ("5. maijā", on 5 May)."""

NOUNS = {"run": ("run round Mežaparks", "run along the Daugava embankment", "run through Bastejkalns park",
                 "run on the beach at Jūrmala"),
         "cycle": ("ride out to Jūrmala", "ride round Ķīšezers", "ride out to Sigulda"),
         "swim": ("swim at a pool in Āgenskalns", "swim off the beach at Vecāķi"),
         "yoga": ("yoga class at a studio on Miera iela", "yoga hour at a studio in Teika"),
         "climb": ("session at a bouldering hall in Pārdaugava", "climbing evening at a wall in Purvciems")}
"""What this set's questions call a workout of each activity: places in and around Riga."""

PHRASES: dict[str, list[str]] = {
    "book": ["kuru grāmatu {who} teica man izlasīt? the title izkrita no galvas",
             "book from {who} [which?]",
             "My polishing wheel needs a rest now and then, and so do I. Name the book {who} wanted me to read,"
             " please?",
             "Might I prevail upon you to name the book {who} recommended to me?"],
    "film": ["kuru filmu {who} teica, ka man noteikti jāredz? for the weekend",
             "film {who} said to watch [which?]",
             "Which film was the one {who} told me not to miss? My eyes are tired from hunting flaws in amber "
             "all week.",
             "I should be glad to be informed which film {who} urged me to watch. I am, as ever, in your debt."],
    "offsite": ["uz kurieni pārcēla offsite? {who} said it moved, kura pilsēta tagad",
                "offsite moved, per {who} [where to?]",
                "According to {who} the offsite has moved; to what city, then? I hardly leave the workshop in "
                "the Old Town myself.",
                "May I beg to know to which city, as {who} reports, the offsite has been moved?"],
    "restaurant": ["kuru restorānu {who} ieteica? gribu book a table",
                   "restaurant {who} suggested [name?]",
                   "The restaurant {who} wanted us to try, what was it called? I could eat after a day of "
                   "sanding beads.",
                   "Might I prevail upon you to recall the restaurant that {who} proposed we visit?"],
    "flight": ["cikos nolaižas {who} lidmašīna? jābrauc uz airport, need the exact time",
               "flight of {who}, landing [time?]",
               "When is the plane of {who} due to touch down? I need to shut the workshop early to fetch them.",
               "I should be glad to be informed at what time the flight of {who} is due to land. I am, as ever,"
               " in your debt."],
    "dog": ["kā sauc {who} jauno suni? such a cute dog, bet vārdu neatceros",
            "new dog of {who} [name?]",
            "The dog {who} has just got, what is it called? Mine sleeps under the bench among the amber dust.",
            "May I beg to know what {who} has named the newly arrived dog?"],
    "launch": ["uz kuru datumu pārcēla {project} launch? {who} teica, ka it slipped again",
               "{project} launch, new date per {who} [when?]",
               "The {project} launch has moved, {who} says; to which date? I know about delays, a necklace "
               "order is never on time.",
               "Might I prevail upon you to state the date to which, according to {who}, the {project} launch "
               "was moved?"],
    "age": ["cik gadi paliks {who} meitai? i need a present",
            "daughter of {who}, turning [age?]",
            "What age is the daughter of {who} reaching? I could polish her a small amber heart for it.",
            "Might I prevail upon you to tell me what age the daughter of {who} will shortly reach?"],
    "podcast": ["kuru podkāstu {who} ieteica? for the drive uz Jūrmalu",
                "podcast {who} recommended [which?]",
                "Something to hear over the whine of the grinder: which podcast did {who} suggest to me?",
                "May I beg to know the podcast that {who} recommended to me? I am, as ever, in your debt."],
    "breakfast_food": ["ko es ēdu brokastīs {day}? galīgi neatceros, zero memory",
                       "breakfast {day} [what?]",
                       "Breakfast {day}, what was on my plate? I was at the bench early, sorting the new amber "
                       "from Liepāja.",
                       "Might I prevail upon you to tell me what I ate for breakfast {day}?"],
    "lunch_food": ["ko es ēdu pusdienās {day}? the whole day was chaos",
                   "lunch {day} [what eaten?]",
                   "The pieces I polished I remember, but not my lunch. Which food did I have at midday {day}?",
                   "I should be glad to be informed what my lunch consisted of {day}."],
    "dinner_food": ["ko es ēdu vakariņās {day}? nezinu vairs, honestly",
                    "dinner {day} [what eaten?]",
                    "I polished beads till late, so tell me: what did I have at dinner {day}?",
                    "May I beg to know of what my dinner consisted {day}? I am, as ever, in your debt."],
    "lunch_place": ["kur es ēdu pusdienas {day}? the place bija labs",
                    "lunch {day} [where?]",
                    "Lunch {day}, where did I go for it? Somewhere near the workshop, I would guess.",
                    "Might I prevail upon you to tell me where I took lunch {day}?"],
    "dinner_place": ["kur es biju vakariņās {day}? gribu iet vēlreiz, it was good",
                     "dinner {day} [where?]",
                     "At which place did I dine {day}? I went straight from the workshop, amber dust still on "
                     "my sleeves.",
                     "I should be glad to be informed where I dined {day}. I am, as ever, in your debt."],
    "workout_kind": ["kāds treniņš man bija {day}? skriešana or something else",
                     "workout {day} [what kind?]",
                     "Which kind of training was it that I did {day}? Bent over a polishing wheel all day, I "
                     "need some.",
                     "May I beg to know what kind of workout I did {day}?"],
    "heart_rate": ["kāds bija mans vidējais pulss during the {noun} {day}? bpm, lūdzu",
                   "{noun} {day}, avg heart rate [bpm?]",
                   "During the {noun} {day}, what did my heart rate average? It is calmer at the bench, I am "
                   "sure.",
                   "Might I prevail upon you to give me my average heart rate during the {noun} {day}?"],
    "sleep_quality": ["kā es gulēju {night}? labi vai slikti, just that",
                      "sleep {night} [good or bad?]",
                      "How did I sleep {night}, well or poorly? An order of forty pendants was on my mind.",
                      "I should be glad to be informed whether my sleep was good or poor {night}."],
    "sleep_night": ["cik stundas es nogulēju {night}? jūtos totally dead",
                    "sleep {night} [hours?]",
                    "I had a rush order for the Christmas fair on my mind; how many hours of sleep did I get "
                    "{night}?",
                    "May I beg to know how many hours I slept {night}? I am, as ever, in your debt."],
    "exercise_duration": ["cik ilgi ilga my {noun} {day}? minūtēs, lūdzu",
                          "{noun} {day} [how long?]",
                          "The {noun} {day}, how many minutes did it run to? Longer than polishing a brooch, I "
                          "hope.",
                          "Might I prevail upon you to tell me how long the {noun} lasted {day}?"],
    "meeting_duration": ["cik ilgi ilga {title} sapulce {day}? it just never ended",
                         "{title} {day} [duration?]",
                         "The {title} meeting {day}, how much time did it eat? I could have finished a bracelet"
                         " in it.",
                         "I should be glad to be informed how long the {title} meeting ran {day}."],
    "distance_run": ["cik km es noskrēju {day}? kopā, total",
                     "running {day} [km?]",
                     "Tell me the kilometres I covered running {day}. Legs matter as much as hands in my trade.",
                     "May I beg to know how many kilometres I ran {day}?"],
    "distance_cycle": ["cik km es nobraucu ar riteni {day}? roughly",
                       "bike {day} [km?]",
                       "My bike takes me to the amber shore sometimes; what distance did I ride {day}?",
                       "Might I prevail upon you to state the distance I cycled {day}?"],
    "distance_swim": ["cik daudz es nopeldēju {day}? total distance, lūdzu",
                      "swim {day} [distance?]",
                      "Swimming {day}, what distance did I manage? The sea at home throws up amber after "
                      "storms.",
                      "I should be glad to be informed of the distance I swam {day}. I am, as ever, in your "
                      "debt."],
    "attendees": ["kas bija {title} sapulcē {day}? no idea kas atnāca",
                  "{title} {day} [who came?]",
                  "The {title} meeting {day}, which people were in it? I sat at the back still smelling of "
                  "resin.",
                  "May I beg to know who attended the {title} meeting {day}?"],
    "coffee_count": ["cik kafijas es izdzēru {day}? a lot, i bet",
                     "coffees {day} [how many?]",
                     "Tell me how many coffees I got through {day}. A cup sits beside the grinder all day.",
                     "Might I prevail upon you to count the coffees I drank {day}?"],
    "caffeine": ["cik daudz kofeīna man bija {day}, mg kopā?",
                 "caffeine {day} [mg total?]",
                 "In mg, how much caffeine went into me {day}? Steady hands matter when you drill amber beads.",
                 "I should be glad to be informed of my total caffeine intake {day}, in milligrams."],
    "meeting_count": ["cik sapulces man bija {day}? the calendar bija pilns",
                      "meetings {day} [count?]",
                      "Meetings {day}: how many did I have? Every one of them kept me from my amber.",
                      "May I beg to know how many meetings I had {day}?"],
    "km_week": ["cik km {activity} esmu izdarījis kopš pirmdienas? this week",
                "{activity} this week [km so far?]",
                "Since Monday, how many km of {activity} have I done? The workshop chair is not good for me.",
                "Might I prevail upon you to total the kilometres of {activity} I have done this week?"],
    "workouts_week": ["cik treniņi man bijuši šonedēļ līdz šim? only a number, lūdzu",
                      "workouts this week [how many?]",
                      "Count my workouts so far this week for me, please. The amber orders leave little time "
                      "for them.",
                      "I should be glad to be informed how many workouts I have done so far this week."],
    "first_coffee": ["cikos es izdzēru pirmo kafiju {day}? laiku only",
                     "first coffee {day} [time?]",
                     "My first coffee {day} came at what time? I usually have it before I light the workshop "
                     "lamps.",
                     "May I beg to know at what hour I took my first coffee {day}?"],
    "last_coffee": ["kad bija mana pēdējā kafija {day}? tikai laiku, please",
                    "last coffee {day} [when?]",
                    "The last coffee I had {day}, at what hour was it? Too late, and my hands shake at the "
                    "drill.",
                    "Might I prevail upon you to tell me when I had my last coffee {day}?"],
    "first_meeting": ["cikos sākās pirmā sapulce {day}? kad tā started, tikai to",
                      "first meeting {day} [start?]",
                      "At what hour did the first meeting begin {day}? I was still sorting raw amber by colour.",
                      "I should be glad to be informed when the earliest of my meetings began {day}."],
    "wake": ["cikos es pamodos {day}? precīzi, exact time",
             "woke up {day} [what time?]",
             "My waking time {day}, what was it? Early, I think, there was a tray of beads to finish.",
             "May I beg to know what time I woke {day}?"],
    "bedtime": ["cikos es aizgāju gulēt {night}? i was so tired",
                "bed {night} [what time?]",
                "At what hour did I go to sleep {night}? I was stringing a necklace until my eyes gave up.",
                "Might I prevail upon you to tell me at what time I went to bed {night}?"],
    "dinner_on_distance": ["ko es ēdu vakariņās the day I {past} {km} km? to dienu",
                           "dinner, day I {past} {km} km [what?]",
                           "On the day I {past} {km} km, what did I have in the evening for dinner? I polish "
                           "better after a long one.",
                           "I should be glad to be informed of my dinner on the day when I {past} {km} km."],
    "meeting_after_workout": ["kas bija sapulcē right after my {noun} {day}?",
                              "meeting right after {noun} {day} [who?]",
                              "Straight after my {noun} {day} there was a meeting; tell me who was in it. I had"
                              " amber dust on my shoes.",
                              "May I beg to know the names of those present at the meeting held directly after "
                              "my {noun} {day}?"],
    "lunch_on_meeting_day": ["kur es ēdu pusdienas tajā dienā, kad bija {title} meeting?",
                             "lunch, day of {title} [where?]",
                             "On the day of the {title} meeting, at which place did I eat lunch? I know I left "
                             "the workshop for it.",
                             "Might I prevail upon you to tell me where I lunched on the day of the {title} "
                             "meeting?"],
    "sleep_after_meeting": ["cik stundas es gulēju the night after {title} sapulces?",
                            "sleep, night after {title} [hours?]",
                            "After the {title} meeting, how many hours of sleep did I get that night? It went "
                            "on so long I skipped the bench.",
                            "I should be glad to be informed how many hours I slept on the night following the "
                            "{title} meeting."],
    "dinner_on_said_day": ["ko es ēdu vakariņās tajā dienā, kad {who} mentioned {value}?",
                           "dinner, day {who} mentioned {value} [what?]",
                           "The day {who} brought up {value}: what was my dinner then? I had a batch of cloudy "
                           "amber to sort that week.",
                           "May I beg to know what my dinner was on the day {who} made mention of {value}?"],
    "compare_sleep": ["kurā naktī es gulēju ilgāk, {n1} vai {n2}? and the hours katrā",
                      "sleep {n1} vs {n2} [which longer, hours?]",
                      "Between {n1} and {n2}, on which night did I sleep more, and how many hours each? Tired "
                      "hands drill crooked holes in amber.",
                      "Might I prevail upon you to compare my sleep {n1} and {n2}, stating which was longer and"
                      " the hours of each?"],
    "compare_caffeine": ["kurā dienā man bija vairāk kofeīna, {d1} vai {d2}? mg for each day",
                         "caffeine {d1} vs {d2} [more when, mg?]",
                         "Compare {d1} and {d2} for me: which one had more caffeine, and how many mg each? "
                         "Coffee and a fine drill do not mix.",
                         "I should be glad to be informed on which day my caffeine intake was higher, {d1} or "
                         "{d2}, with the amount for each."],
    "compare_duration": ["kurš treniņš bija garāks, {d1} vai {d2}? abiem the minutes",
                         "workout {d1} vs {d2} [which longer, minutes?]",
                         "The workout {d1} against the one {d2}: which lasted longer, and how many minutes "
                         "each? I time my polishing the same way.",
                         "May I beg to know whether the workout {d1} or that {d2} went on longer, giving the "
                         "minutes of each?"],
    "compare_coffee_weeks": ["vai šonedēļ dzeru vairāk kafijas nekā last week? more vai less",
                             "coffee this week vs last [more or less?]",
                             "Compared with last week, is my coffee drinking up this week? The cup by the "
                             "grinder is empty a lot.",
                             "Might I prevail upon you to tell me whether I am drinking more coffee this week "
                             "than I did last week?"],
    "late_coffee_sleep": ["vai es guļu mazāk, ja dzeru kafiju {t} or later?",
                          "coffee at {t} or later vs sleep [less?]",
                          "When my coffee comes at {t} or later, is my sleep any shorter? I often work late on "
                          "custom pieces.",
                          "I should be glad to be informed whether I sleep less after taking coffee at {t} or "
                          "later."],
    "late_dinner_sleep": ["vai es guļu mazāk, ja ēdu vakariņas {t} or later?",
                          "dinner at {t} or later vs sleep [less?]",
                          "If I eat dinner at {t} or later, do I end up sleeping less? Late orders keep me at "
                          "the bench.",
                          "May I beg to know whether I sleep less when I dine at {t} or later?"],
    "exercise_sleep": ["vai es guļu ilgāk pēc dienām ar treniņu than after rest days?",
                       "sleep after workout days vs rest days [longer?]",
                       "After a day with a workout, is my sleep longer than after a day of rest? Polishing "
                       "alone does not tire me.",
                       "Might I prevail upon you to tell me whether I sleep longer following days with a "
                       "workout than following rest days?"],
    "caffeine_sleep": ["kā es guļu pēc dienām ar {mg} mg kofeīna or more, compared to citām dienām?",
                       "sleep after days of {mg} mg caffeine or more vs other days [how?]",
                       "On days when I take {mg} mg of caffeine or more, how does my sleep compare with the "
                       "rest? My hands say plenty.",
                       "Might I prevail upon you to set my sleep after days with {mg} mg of caffeine or more "
                       "beside my sleep after the remaining days?"],
    "exercise_coffee": ["vai es izdzeru vairāk kafijas dienās ar treniņu than on rest days?",
                        "coffees on workout days vs rest days [more?]",
                        "On training days, do I drink more coffee than on rest days? The workshop pot is always"
                        " warm.",
                        "May I beg to know whether I drink more cups of coffee on days with a workout than on "
                        "days without?"],
    "fu_day_before": ["un the day before?",
                      "day before [same?]",
                      "Same again for the previous day? My days at the bench blur into one.",
                      "In the matter of my last question, may I have the same for the preceding day?"],
    "fu_meeting_length": ["un cik ilgi ilga tā meeting?",
                          "that meeting [how long?]",
                          "That meeting, how long did it go on? Long enough to polish a whole string of beads, "
                          "I think.",
                          "Keeping to the same subject, might I prevail upon you to tell me how long that "
                          "meeting lasted?"],
    "fu_other_day": ["un {day}? tas pats question",
                     "same, {day} [?]",
                     "Could you answer that for {day} as well? One more date to check, like one more bead.",
                     "In the matter of my last question, I should be glad to be informed of the same {day}."],
    "fu_night_before": ["un nakti pirms tās? the same",
                        "night before [same?]",
                        "The night before that one, how was it? I was finishing a brooch then.",
                        "Keeping to the same subject, may I beg to know the same for the night before?"],
    "fu_today": ["un šodien, so far?",
                 "today so far [same?]",
                 "Now the same for today, so far? The grinder has been going since morning.",
                 "In the matter of my last question, might I prevail upon you to give me the same for today so "
                 "far?"],
    "fu_other_person": ["un {who}? tas pats",
                        "same, for {who} [?]",
                        "Same thing for {who}, please? Just swap the name.",
                        "Keeping to the same subject, may I beg to know the same regarding {who}?"],
}
"""Every question key's templates: the mixed writer's, the bracket writer's, the amber worker's, the formal
writer's."""


def _dot(day: date, year: bool = False) -> str:
    """Day first, the month padded, no closing dot ("5.05", "5.05.2036")."""
    return f"{day.day}.{day.month:02d}" + (f".{day.year}" if year else "")


def _slash(day: date) -> str:
    """Day first with a slash, as typed in chats, the month padded ("5/05")."""
    return f"{day.day}/{day.month:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {day.day:02d}.{day.month:02d}.{day.year}. (a {WEEKDAYS[wd]})",
                f"{day.year}. gada {day.day}. {MONTHS[day.month - 1]}",
                f"on {LV[wd]}, {_dot(day, year=True)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"šodien ({ABBR[wd]} {_dot(day)})", f"today, {_dot(day)} ({WEEKDAYS[wd]})"]
    if back == 1:
        return ["yesterday", f"vakar, {ON[wd]} ({_dot(day)})", f"yesterday ({ABBR[wd]} {_slash(day)})"]
    options = [f"on {ABBR[wd]} {_dot(day)}", f"{ON[wd]} ({day.day}. {MONTHS[day.month - 1]})",
               f"{back} days back, on {WEEKDAYS[wd]} {_slash(day)}"]
    if back == 2:
        options.append(f"aizvakar, the day before yesterday ({_dot(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"naktī no {FROM[day.weekday()]} uz {TO[after.weekday()]} ({_dot(day)})",
               f"the night from {_slash(day)} into {_slash(after)}"]
    if (today - day).days == 1:
        options += ["last night", "last night (pagājušajā naktī)"]
    return options
