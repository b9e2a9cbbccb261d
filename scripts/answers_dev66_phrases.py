"""Question phrasings of the answers benchmark's sixty-sixth tuning set, ``dev66`` (docs/benchmarks.md, "Answers").

``dev66`` was the held-out set until 2026-12-05, when, after its measurement at 74d285f (grounded
accuracy 0.746; worst category multi_hop 0.455; unsupported 0.0; abstention 0.864; p95 0.014 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev65``, answers_dev65_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young software tester at a company in Pipera who types lower case and switches between English
  and a language of that country inside a sentence (no earlier set's), in its ordinary typed
  spelling, as people type it in chats, without its diacritics, colloquial forms and all ("lu'",
  "pt", "pls"), English words where they come first to mind (a meeting, a launch, an offsite, a
  booking, a workout, rest days, "on time", "free", "whatever");
- a setter of crossword puzzles who types every question as a clue: lower case, the thing asked in
  a few words, the day after a comma or in the phrase, and in place of the letter count a question
  mark in brackets, " (?)" ("morning meal eaten {day} (?)", "km cycled {day} (?)"), comparisons as
  "longer sleep: {n1} or {n2}", her follow-ups as short clues too ("same, a day earlier (?)");
- an icon painter who paints icons on glass and wood in a workshop in Bucharest, writing in
  sentences with capitals, who makes a remark from her working life before or after the question
  (egg tempera and the yolk she mixes it with, gold leaf, gesso, haloes, burnishing, ochres she
  grinds, squirrel-hair brushes, linseed and varnish, painting on glass in reverse, a monastery's
  commission, the easel, a saint on a pane);
- a retired magistrate who writes formal sentences with formulas of his own, as official requests
  in Romania come out in English: "I respectfully solicit that you make known to me", "Kindly make
  known to me", some closed with "With esteem.", his follow-ups opened with "Coming back to your
  answer," and "In continuation,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev66 life lives in Europe/Bucharest, from Monday 10 March 2036 to the 25th; Romania keeps
Eastern European Time (UTC+2) in winter and summer time (UTC+3) from 25 March to 28 October 2035 and
from 30 March to 26 October 2036 (zoneinfo gives two offsets over all of 2036, and one, UTC+2, over
its 16 days, 10 to 25 March), so no clock changes inside it. Dates are written as people in Romania
write them in English: day and month padded to two digits and joined by a dot ("10.03",
"10.03.2036"), or slashed, day first and padded ("10/03"), or the day with the month's name ("10
March 2036"). For a day that may lie outside the life always with the month and the year ("on
Monday the 10.03.2036", "on the date of 10.03.2036 (Monday)", "Monday, on 10 March 2036"); for one
of the days before yesterday "on" the weekday "the" dotted day, "the" weekday "just past" with the
slashed day in brackets, so many "days back, on" the dotted day, or, two days back, "the day before
yesterday" with its weekday and the slashed day; today alone, with "the" dotted day, or with its
weekday "the" slashed day; yesterday alone, with "the" dotted day, or with its weekday "the"
slashed day. A night is named as the country's language names it, from the day it starts
"towards" the day it goes into: "the night of Monday towards Tuesday", "the night of 10 towards
11.03", or the weekday's night "towards" the next with the slashed day; last night alone, "last
night," one weekday "towards" the next, or "the night just past, towards" the next weekday with the
dotted day.
Workouts are named with places in Bucharest: Herăstrău Park, Cișmigiu Gardens, Tineretului Park,
the ride out to Snagov, the Dâmbovița, Lake Morii, the Dinamo pool, the Floreasca pool, a studio in
Dorobanți, a studio in Cotroceni, a bouldering gym in Militari and a climbing wall in Pipera.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run in Herăstrău Park", "run round Cișmigiu Gardens", "run in Tineretului Park"),
         "cycle": ("ride out to Snagov", "ride along the Dâmbovița", "ride round Lake Morii"),
         "swim": ("swim at the Dinamo pool", "swim at the Floreasca pool"),
         "yoga": ("yoga class in a studio in Dorobanți", "yoga hour at a studio in Cotroceni"),
         "climb": ("bouldering at a gym in Militari", "climbing session on a wall in Pipera")}
"""What this set's questions call a workout of each activity: places in Bucharest."""

PHRASES: dict[str, list[str]] = {
    "book": ["ce carte mi-a recomandat {who}? am uitat complet titlul, help",
             "book {who} recommended, its title (?)",
             "I read between coats of egg tempera while they dry. Which book was it that {who} said I"
             " should read next?",
             "I respectfully solicit that you make known to me the title of the book which {who} recommended to"
             " me."],
    "film": ["{who} zicea ca trebuie neaparat sa vad un film, care era? am in sfarsit o seara free",
             "film {who} insists i watch (?)",
             "Which film did {who} tell me I must see? My eyes need a rest from gilding haloes.",
             "Kindly make known to me the film which {who} urged me to see. With esteem."],
    "offsite": ["unde s-a mutat offsite-ul pana la urma? {who} a zis ceva de o locatie noua",
                "offsite's new venue, per {who} (?)",
                "The monastery commission keeps me at the easel until late. Where is the offsite to be held now,"
                " as {who} told it?",
                "I respectfully solicit that you make known to me the place to which, according to {who}, the"
                " offsite has been moved."],
    "restaurant": ["cum se numea restaurantul ala recomandat de {who}? vreau sa fac un booking",
                   "eatery {who} pointed us to (?)",
                   "Which restaurant was it that {who} suggested to us? I will go once the varnish has cured.",
                   "Kindly make known to me the name of the restaurant which {who} proposed to us. With esteem."],
    "flight": ["la ce ora aterizeaza avionul lui {who}? trebuie sa ajung la Otopeni on time",
               "{who}'s flight, landing time (?)",
               "When is the plane of {who} due to land? I must wash the pigment off my hands first.",
               "I respectfully solicit that you make known to me the hour at which the flight of {who} lands."],
    "dog": ["cum se numeste catelul nou de la {who}? l-am vazut pe insta, super cute",
            "name of {who}'s new pup (?)",
            "I once painted a dog at the feet of a saint on glass. What name has {who} given the new dog?",
            "Kindly make known to me the name of the new dog belonging to {who}. With esteem."],
    "launch": ["{who} zicea ca se amana launch-ul la {project}, pe cand exact?",
               "{project} launch, pushed to when, says {who} (?)",
               "Gold leaf waits for no one, but launches do. To what date has {who} moved the {project} launch?",
               "I respectfully solicit that you make known to me the date to which {who} has postponed the launch"
               " of {project}."],
    "age": ["cati ani implineste fetita lu' {who}? vreau sa-i iau un cadou dragut",
            "{who}'s daughter, age she turns (?)",
            "I am painting a small guardian angel for her. What age is the daughter of {who} turning?",
            "Kindly make known to me the age which the daughter of {who} is about to reach. With esteem."],
    "podcast": ["ce podcast mi-a zis {who} sa ascult? am nevoie de ceva pt drumul la birou",
                "podcast {who} put me onto (?)",
                "Grinding ochre is slow work and a voice helps. Which podcast did {who} say would keep me"
                " company at the bench?",
                "I respectfully solicit that you make known to me the podcast which {who} recommended to me."],
    "breakfast_food": ["ce am mancat la micul dejun {day}? zero idee, sincer",
                       "morning meal eaten {day} (?)",
                       "I mixed yolk for the tempera before eating anything. What did I end up eating myself {day}"
                       " at breakfast?",
                       "I respectfully solicit that you make known to me what I ate at breakfast {day}."],
    "lunch_food": ["ce am mancat la pranz {day}? am avut calls non-stop",
                   "midday meal eaten {day} (?)",
                   "What did I eat at midday {day}? I had a panel drying on the bench.",
                   "Kindly make known to me what my lunch comprised {day}. With esteem."],
    "dinner_food": ["ce am mancat la cina {day}? nu mai stiu nimic",
                    "evening meal eaten {day} (?)",
                    "What was dinner {day}, after I had washed my squirrel-hair brushes?",
                    "I respectfully solicit that you make known to me what I ate at dinner {day}."],
    "lunch_place": ["unde am luat pranzul {day}? era un loc super nice",
                    "where lunch was had {day} (?)",
                    "I had walked out of the workshop for an hour {day}. Where did that lunch take me?",
                    "Kindly make known to me the place where I took lunch {day}."],
    "dinner_place": ["unde am fost la cina {day}? vreau sa mai merg acolo",
                     "where dinner was had {day} (?)",
                     "Where did I go for dinner {day}, once the gilding was done?",
                     "I respectfully solicit that you make known to me the place where I dined {day}. With esteem."],
    "workout_kind": ["ce tip de workout am facut {day}? nu mai tin minte",
                     "exercise done {day}, what kind (?)",
                     "Bending over a glass pane all day stiffens the back. Which sort of exercise loosened mine {day}?",
                     "Kindly make known to me the kind of physical exercise I undertook {day}."],
    "heart_rate": ["care a fost pulsul mediu la {noun} {day}?",
                   "mean pulse on the {noun} {day} (?)",
                   "What was my mean heart rate on the {noun} {day}? Steadier than my hand on a halo, I hope.",
                   "I respectfully solicit that you make known to me the mean heart rate recorded during the"
                   " {noun} {day}."],
    "sleep_quality": ["cum am dormit {night}? bine sau prost?",
                      "sleep {night}, well or badly (?)",
                      "I was up late sketching a Saint George. Did I sleep soundly or badly {night} after it?",
                      "Kindly make known to me whether my sleep {night} was of good or of poor quality. With"
                      " esteem."],
    "sleep_night": ["cate ore am dormit {night}? ma simt ca un zombie",
                    "hours asleep {night} (?)",
                    "Burnishing the gold felt heavy the morning after. How many hours did I lie asleep {night}?",
                    "I respectfully solicit that you make known to me how many hours I slept {night}."],
    "exercise_duration": ["cat a durat {noun} {day}? in minute pls",
                          "minutes spent on the {noun} {day} (?)",
                          "I left a panel half gilded for the {noun} {day}. How many minutes did I spend on it?",
                          "Kindly make known to me, in minutes, the duration of the {noun} {day}."],
    "meeting_duration": ["cat a tinut meetingul {title} {day}? mi s-a parut etern",
                         "{title} meeting {day}, its length (?)",
                         "The gesso set hard while I sat in the {title} meeting {day}. How long did it drag on?",
                         "I respectfully solicit that you make known to me how long the {title} meeting lasted"
                         " {day}. With esteem."],
    "distance_run": ["cati km am alergat {day}?",
                     "km run {day} (?)",
                     "Running clears my head of saints' faces. How many kilometres did I put behind me on foot {day}?",
                     "Kindly make known to me the distance, in kilometres, that I ran {day}."],
    "distance_cycle": ["cati km am facut pe bicicleta {day}?",
                       "km cycled {day} (?)",
                       "How many kilometres did I ride {day}, with the glass panes safely at home?",
                       "I respectfully solicit that you make known to me how many kilometres I covered by bicycle"
                       " {day}."],
    "distance_swim": ["cat am inotat {day}? metri sau km, whatever",
                      "distance swum {day} (?)",
                      "The water washes the smell of linseed off me. How far did I swim it away {day}?",
                      "Kindly make known to me the distance I swam {day}. With esteem."],
    "attendees": ["cine a fost la meetingul {title} {day}?",
                  "those present at the {title} meeting {day} (?)",
                  "I was choosing a blue for a mantle the whole time. Who were the others around the table at"
                  " the {title} meeting {day}?",
                  "I respectfully solicit that you make known to me the persons present at the {title} meeting"
                  " {day}."],
    "coffee_count": ["cate cafele am baut {day}? cred ca prea multe",
                     "coffees drunk {day}, how many (?)",
                     "Fine brushwork needs a steady hand, so tell me: how many cups of coffee did I pour {day}?",
                     "Kindly make known to me the number of coffees I drank {day}."],
    "caffeine": ["cata cafeina am bagat {day}, in mg total?",
                 "caffeine taken {day}, in mg (?)",
                 "My brushstrokes were shaking {day}. What was my caffeine in milligrams by the end of it?",
                 "I respectfully solicit that you make known to me the total caffeine, in milligrams, that I took"
                 " {day}. With esteem."],
    "meeting_count": ["cate meetinguri am avut {day}? parca o suta",
                      "meetings held {day}, how many (?)",
                      "Counting every one that kept me from the easel, how many meetings were there {day}?",
                      "Kindly make known to me the number of meetings in which I took part {day}."],
    "km_week": ["cati km de {activity} am strans de luni pana acum?",
                "km of {activity} so far this week (?)",
                "The commission leaves me little time. What do my kilometres of {activity} add up to this week?",
                "I respectfully solicit that you make known to me the kilometres of {activity} I have covered in"
                " the current week."],
    "workouts_week": ["cate workouturi am facut saptamana asta?",
                      "workouts done this week, how many (?)",
                      "How many workouts have I managed this week between two commissions?",
                      "Kindly make known to me how many workouts I have carried out in the current week. With"
                      " esteem."],
    "first_coffee": ["la ce ora am baut prima cafea {day}?",
                     "first coffee {day}, at what hour (?)",
                     "I had started the underdrawing early {day}. At what hour did the first coffee come?",
                     "I respectfully solicit that you make known to me the hour of my first coffee {day}."],
    "last_coffee": ["la ce ora am baut ultima cafea {day}?",
                    "last coffee {day}, at what hour (?)",
                    "I painted lettering late into the evening {day}. When did I put down my last cup of coffee?",
                    "Kindly make known to me the hour of my last coffee {day}. With esteem."],
    "first_meeting": ["la ce ora a inceput primul meeting {day}?",
                      "first meeting {day}, its start (?)",
                      "What time did the first meeting begin {day}? I had to leave the gold half laid.",
                      "I respectfully solicit that you make known to me the hour at which my first meeting began"
                      " {day}."],
    "wake": ["la ce ora m-am trezit {day}?",
             "hour of waking {day} (?)",
             "The morning light is the best for gilding. At what hour was I out of bed {day}?",
             "Kindly make known to me the hour at which I awoke {day}."],
    "bedtime": ["la ce ora m-am culcat {night}?",
                "hour i turned in {night} (?)",
                "I had been varnishing a panel. When did I finally lie down to sleep {night}?",
                "I respectfully solicit that you make known to me the hour at which I retired to bed {night}."
                " With esteem."],
    "dinner_on_distance": ["ce am mancat seara in ziua cand I {past} {km} km?",
                           "dinner on the day i {past} {km} km (?)",
                           "A painter at the easel forgets her meals. What was on my plate in the evening of the day I"
                           " {past} {km} km?",
                           "Kindly make known to me the dish of my evening meal on the date when I {past} {km} km."],
    "meeting_after_workout": ["cine a fost la meetingul de imediat dupa {noun} {day}?",
                              "who sat in the meeting after the {noun} {day} (?)",
                              "Who came to the meeting straight after my {noun} {day}? I still had paint on my"
                              " sleeve.",
                              "I respectfully solicit that you make known to me the participants in the meeting"
                              " which immediately followed the {noun} {day}. With esteem."],
    "lunch_on_meeting_day": ["unde am mancat la pranz in ziua cu meetingul {title}?",
                             "lunch spot, day of the {title} meeting (?)",
                             "Of the day of the {title} meeting I remember only the ochres. Where was my lunch"
                             " taken then?",
                             "Kindly make known to me the place where I took lunch on the day of the {title}"
                             " meeting."],
    "sleep_after_meeting": ["cat am dormit in noaptea de dupa meetingul {title}?",
                            "sleep hours after the {title} meeting (?)",
                            "The {title} meeting had cost me a day at the easel. How much sleep did I get in the"
                            " night that came after it?",
                            "I respectfully solicit that you make known to me the hours of sleep I had in the night"
                            " following the {title} meeting."],
    "dinner_on_said_day": ["ce am mancat la cina in ziua in care {who} a pomenit de {value}?",
                           "dinner, day {who} brought up {value} (?)",
                           "What did I have for dinner the day {who} mentioned {value}? I was gilding a halo that"
                           " afternoon.",
                           "Kindly make known to me what I ate at dinner on the day on which {who} mentioned"
                           " {value}. With esteem."],
    "compare_sleep": ["cand am dormit mai mult, {n1} sau {n2}? cu orele pt fiecare",
                      "longer sleep: {n1} or {n2}, hours of each (?)",
                      "Measure my nights as I would a panel: did {n1} or {n2} hold more sleep, and how many"
                      " hours each?",
                      "I respectfully solicit that you make known to me on which night, {n1} or {n2}, I slept the"
                      " longer, with the hours of each."],
    "compare_caffeine": ["cand am avut mai multa cafeina, {d1} sau {d2}? mg la amandoua",
                         "more caffeine: {d1} or {d2}, mg of each (?)",
                         "My hand depends on it: was there more caffeine in me {d1} or {d2}? Milligrams for"
                         " both, please.",
                         "Kindly make known to me whether my intake of caffeine was greater {d1} or {d2}, with the"
                         " milligrams of each. With esteem."],
    "compare_duration": ["care workout a fost mai lung, {d1} sau {d2}? minutele pls",
                         "longer workout: {d1} or {d2}, minutes of each (?)",
                         "I note drying times in minutes, so note these too: was the workout {d1} or the one"
                         " {d2} the longer?",
                         "I respectfully solicit that you make known to me which workout was the longer, {d1} or"
                         " {d2}, with the minutes of each."],
    "compare_coffee_weeks": ["beau mai multa cafea saptamana asta decat saptamana trecuta?",
                             "coffee this week against last, more or less (?)",
                             "Is my coffee this week up or down on last week? Painting on glass in reverse takes"
                             " nerve.",
                             "Kindly make known to me whether my consumption of coffee in the present week exceeds"
                             " or falls short of the previous one. With esteem."],
    "late_coffee_sleep": ["daca beau cafea la {t} sau mai tarziu, dorm mai putin?",
                          "sleep after coffee at {t} or later, shorter (?)",
                          "When I drink coffee at {t} or later to finish a panel, do I sleep less than otherwise?",
                          "I respectfully solicit that you make known to me whether coffee taken at {t} or later"
                          " shortens my sleep."],
    "late_dinner_sleep": ["cand mananc la cina la {t} sau mai tarziu, dorm mai putin?",
                          "sleep after dinner at {t} or later, shorter (?)",
                          "If I eat dinner at {t} or later, after a long day at the easel, is my sleep any shorter?",
                          "Kindly make known to me whether a dinner begun at {t} or later shortens the sleep that"
                          " follows. With esteem."],
    "exercise_sleep": ["dorm mai mult dupa zilele cu workout decat dupa rest days?",
                       "sleep after workout days against rest days (?)",
                       "After a day of painting and nothing else, is my sleep shorter than after a day that had a"
                       " workout in it?",
                       "I respectfully solicit that you make known to me whether I sleep longer after days with"
                       " exercise than after days without."],
    "caffeine_sleep": ["dupa zilele cu {mg} mg de cafeina sau mai mult, cum dorm fata de restul zilelor?",
                       "sleep after days of {mg} mg caffeine or more against the rest (?)",
                       "After days with {mg} mg of caffeine or more, how does my sleep compare with other days?"
                       " Fine lettering needs rest.",
                       "Kindly make known to me whether days on which I took {mg} mg of caffeine or more are"
                       " followed by a sleep unlike that after the remaining days."],
    "exercise_coffee": ["beau mai multe cafele in zilele cu workout decat in rest days?",
                        "coffees a day, workout days against rest days (?)",
                        "On days I train, is the coffee pot emptier than on days at the easel alone? Give me"
                        " the cups a day for each.",
                        "I respectfully solicit that you make known to me whether I drink more coffees a day on days"
                        " of exercise than on days of rest. With esteem."],
    "fu_day_before": ["si cu o zi inainte?",
                      "same, a day earlier (?)",
                      "And a day before that? I was laying gold leaf then.",
                      "Coming back to your answer, kindly make known to me the same for the preceding day."],
    "fu_meeting_length": ["si cat a durat meetingul ala?",
                          "that meeting, its length (?)",
                          "How long did that one run? My tempera dried out meanwhile.",
                          "In continuation, I respectfully solicit the duration of that meeting."],
    "fu_other_day": ["si {day}? la fel",
                     "same, {day} (?)",
                     "Now do the same {day}, please, as I would repeat a pattern on the next pane.",
                     "Coming back to your answer, kindly make known to me the same, {day}."],
    "fu_night_before": ["si noaptea dinainte?",
                        "same, the night before (?)",
                        "A church in Cotroceni had a deadline for me then; and how was the night before it?",
                        "In continuation, kindly make known to me the same for the preceding night."],
    "fu_today": ["si azi pana acum?",
                 "same, today so far (?)",
                 "And for today so far, between the brushes?",
                 "Coming back to your answer, I respectfully solicit the same for today up to this hour."],
    "fu_other_person": ["si la {who} cum e?",
                        "same, for {who} (?)",
                        "And for {who}, who buys my glass icons?",
                        "In continuation, kindly make known to me the same concerning {who}."],
}
"""Every question key's templates: the tester's, the clue setter's, the icon painter's, the retired
magistrate's."""


def _dotted(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}"


def _slashed(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {name} the {_dotted(day)}.{day.year}", f"on the date of {_dotted(day)}.{day.year} ({name})",
                f"{name}, on {day.day} {MONTHS[day.month - 1]} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, the {_dotted(day)}", f"today, {name} the {_slashed(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, the {_dotted(day)}", f"yesterday, {name} the {_slashed(day)}"]
    options = [f"on {name} the {_dotted(day)}", f"the {name} just past ({_slashed(day)})",
               f"{back} days back, on {_dotted(day)}"]
    if back == 2:
        options.append(f"the day before yesterday, {name} {_slashed(day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"the night of {name} towards {following}", f"the night of {day.day} towards {_dotted(after)}",
               f"{name}'s night, towards {following} {_slashed(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {name} towards {following}",
                    f"the night just past, towards {following} {_dotted(after)}"]
    return options
