"""Question phrasings of the answers benchmark's fifty-fifth tuning set, ``dev55`` (docs/benchmarks.md, "Answers").

``dev55`` was the held-out set until 2026-12-05, when, after its measurement at a7d9d02 (grounded
accuracy 0.822; worst category count/total 0.591; unsupported 0.034; abstention 0.909; p95 0.012 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev54``, answers_dev54_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young customer-care agent at a mobile network's office on Kairaba Avenue who types lower case
  and switches between English and Wolof (as it is spoken in the Greater Banjul Area) inside a
  sentence, in its ordinary typed spelling (as Gambians type it on a phone: no accents, "e" for "ë"
  and "é", "a" for "à", "ny" for "ñ", "x" kept for the sound at the back of the throat, "c" for the
  "ch" sound, long vowels doubled where they are usually doubled, "naan", "waxtu", "ginnaaw", and
  single where texters drop them, "yewu", "nelaw"): "lan" and "lan laa" for what and what did I,
  "ban" for which, "fan" for where, "nyan nyoo" for who, "nyaata" for how many and how
  much, "ban waxtu" for at what time, "nyaata minit" and "nyaata waxtu" for how many minutes and
  hours, "la yagg" for it lasted, "naka" for how, "ndax" opening a yes-or-no question, "walla" for
  or, "ak" for and, "nag" for and what about, "lekk" for eat, "reer" for have dinner, "ndekki" for
  breakfast, "naan" for drink, "kafe" and "kopp" for coffee and a cup, "nelaw" and "nelawe" for
  sleep and how one slept, "dem nelaw" for go to bed, "yewu" for wake, "daw", "feey" and "war welo"
  for run, swim and ride a bike, "def sport" for work out, "yoon" for times, "teere" for a book,
  "xool" and "degg" for watch and listen to, "jeem" for try, "xaj bu bees" for a new dog, "tudde" for
  name, "doom ju jigeen" for a daughter, "at" for years, "wacc" for land, "toxal" for move, "wax",
  "nee" and "wax ci" for tell, say and talk about, "sama" for my, "bu jiitu" and "bu mujj" for the
  first and the last, "tambali" for begin, "topp" for follow, "ko jiitu" for before it, "ginnaaw"
  for after, "gena" for more, "gena bari" and "gena tuuti" for more and less, "lu ko epp" for or
  more, "wanyiku" for go down, "bes" and "guddi" for day and night, "bes yi ma" for the days I,
  "tey", "leegi" and "ba leegi" for today, now and so far, "ayubes bii" and "ayubes bi weesu" for
  this week and last week, "baax" and "bon" for good and bad, "biti" for outside, "xamatuma" and
  "dama fatte" for I don't know any more and I forgot, "dama sonn" for I'm tired, Yundum for the
  airport and the gele-gele for the minibus;
- a money-transfer agent at a booth in Serekunda market who types between customers, lower case,
  the thing asked about in the fewest words, then, after a comma, the shape of the answer she
  wants, as the transfer forms ask for their fields ("title only", "name only", "time only", "date
  only", "place only", "food only", "names only", "count only", "number only", "km only", "total mg
  only", "hours only", "minutes only", "bpm only", "type only"; for a comparison or a habit, "mg
  each and which higher", "both averages and which longer"; for a follow-up, "same format"), with
  no question mark;
- a woman who smokes fish at the Tanji landing site, writing in sentences with capitals, who makes
  a remark from her working life before the question or after it ("the smokehouse", "the smokehouse
  fire", "bonga", "the boats", "the pirogues", "the catch", "the landing site", "the ice plant",
  "firewood", "the buyers from Guinea", "our kafo" (her women's association), "café Touba", "the
  gele-gele", "the Brikama road", "my grandchildren", "my grandson", "my daughter-in-law in Gunjur",
  "my husband", "the call to prayer", "the generator next door", "the doctor in Brikama");
- a retired permanent secretary in Fajara who writes formal sentences with the formulas of a
  government minute ("I am to ask", "I am directed to ask", "I am to request particulars of",
  "This office requires to know", "You may wish to indicate", "You may wish to confirm"), his
  follow-ups in the minute's own links ("Sequel to the above,", "On the same matter,", "Still on
  the matter,", "the position").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev55 life lives in Africa/Banjul, from Monday 28 May 2035; The Gambia keeps Greenwich Mean
Time (UTC+0) all year and keeps no summer time (zoneinfo gives one offset, UTC+0, over its 16
days, to 12 June, and over all of 2035), so no clock changes inside it. Dates are written as people
in The Gambia write Gregorian dates in English, day first, British style, as on Gambian forms,
receipts and letters: slashed and not zero-padded ("4/6"), zero-padded with the full year as forms
and receipts print it ("04/06/2035"), or with the ordinal day and the month's name and a comma
before the year, as West African letters write it ("4th June, 2035"); weekdays are shortened with a
full stop, as on Gambian notices and receipts ("Mon."), and, as people in The Gambia say it, a
weekday lately gone is one "just passed" or "that passed". For a day that may lie outside the life
always with the year ("on 04/06/2035 (Mon.)", "on 4th June, 2035, a Monday", "on Mon. 4/6/2035");
for one of the days before yesterday the weekday "that passed" and the slashed day ("this Friday
that passed, 1/6"), the days counted back with the weekday and its ordinal day ("3 days back, on
Friday the 1st"), or the weekday "just passed" and its ordinal day ("on Friday just passed, the
1st"); today alone, with its ordinal day ("today, which is the 4th") or with the short weekday and
the slashed day ("today Mon. 4/6"); yesterday alone, with its ordinal day ("yesterday, which was the
3rd") or with the short weekday, the ordinal day and the month ("yesterday, Sun. 3rd June"). A night
is last night, alone or from the weekday and its slashed day to the next weekday's morning ("last
night, Sunday 3/6 to Monday morning"); or the night "of" a weekday and its slashed day ("in the night
of Sunday 3/6"), a weekday's night and its ordinal day ("on Sunday night, the 3rd"), or "through
the night of" a weekday, its ordinal day and the month ("through the night of Sunday 3rd June").
Day names that the disjointness checks found shared with another set ("this past" and the weekday
with the slashed day after a comma; the weekday and "the" ordinal day "of" the month; the
zero-padded day, month and full year with the weekday in brackets, or after a comma and "a"; today
with the weekday and the slashed day in brackets; today after a comma with "the" ordinal day "of"
the month; today and yesterday with "the" and the ordinal day alone; yesterday with the weekday,
the ordinal day and the month after a comma) were reworded. Workouts are named with places in The
Gambia: Kotu beach, the track at the Independence Stadium in Bakau, Cape Point, the coast road to
Tanji, Brufut, the Bertil Harding Highway, the sea at Sanyang, the beach at Kololi, a garden in
Fajara, the stairs of Arch 22 in Banjul and a climbing wall in Kololi.
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_phrases import ordinal

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run along Kotu beach", "jog round the track at the Independence Stadium in Bakau",
                 "run out to Cape Point"),
         "cycle": ("ride out along the coast road to Tanji", "bike ride to Brufut and back",
                   "ride down the Bertil Harding Highway"),
         "swim": ("swim off Kotu beach", "swim at Cape Point", "swim in the sea at Sanyang"),
         "yoga": ("yoga class on the beach at Kololi", "yoga session in a garden in Fajara"),
         "climb": ("climb up the stairs of Arch 22", "climbing session on the wall in Kololi")}
"""What this set's questions call a workout of each activity: places in The Gambia."""

PHRASES: dict[str, list[str]] = {
    "book": ["ban teere la {who} wax ma ma jang? dama fatte title bi",
             "book {who} recommended, title only",
             "Which book did {who} tell me to read? Something for the quiet hours when the smokehouse fire is low.",
             "I am to ask which book {who} recommended to me."],
    "film": ["{who} wax na ma film bu baax, ban film la woon? dama koy xool weekend bi",
             "film {who} said i should watch, name only",
             "My grandchildren want a film for Saturday night. Which one did {who} say I should watch?",
             "You may wish to indicate the film which {who} advised me to watch."],
    "offsite": ["offsite bi, fan lanu ko toxal? {who} moo ma ko wax",
                "offsite new location from {who}, place only",
                "Where has the offsite gone to now, according to {who}? Our kafo never moves its meetings.",
                "This office requires to know where, according to {who}, the offsite has been moved."],
    "restaurant": ["ban restaurant la {who} wax ne nanu ko jeem?",
                   "restaurant {who} suggested for us, name only",
                   "After a week over the smoke I want someone else to cook. Which restaurant did {who} suggest?",
                   "I am directed to ask which restaurant {who} proposed that we try."],
    "flight": ["{who} flight bi, ban waxtu lay wacc ci Yundum?",
               "{who} flight landing, time only",
               "What time does {who}'s flight land? From Tanji to the airport is an hour in the gele-gele.",
               "You may wish to confirm the time at which the flight of {who} is expected to land."],
    "dog": ["{who} am na xaj bu bees, lan la ko tudde?",
            "{who} new dog, name only",
            "Dogs sniff round the smokehouse all day long. What name did {who} give the new dog?",
            "I am to request particulars of the name given by {who} to the new dog."],
    "launch": ["{who} nee na {project} launch bi danu ko toxal, ban bes la leegi?",
               "{project} launch, the new date {who} gave, date only",
               "Even the pirogues keep better time. When is the {project} launch now, going by {who}?",
               "This office requires to know the date to which, as reported by {who}, the {project} launch has"
               " been moved."],
    "age": ["{who} doom ju jigeen ji, nyaata at lay am ci birthday bi?",
            "{who} daughter age at her birthday, number only",
            "I want to send her some smoked bonga. How old will {who}'s daughter be on her birthday?",
            "I am to ask what age the daughter of {who} will attain on her birthday."],
    "podcast": ["ban podcast la {who} wax ma ma degg? dama koy degg ci gele-gele bi",
                "podcast {who} recommended, show name only",
                "Which podcast did {who} recommend? I can listen while I turn the fish.",
                "You may wish to indicate which podcast {who} commended to me."],
    "breakfast_food": ["lan laa lekk ci ndekki {day}? xamatuma",
                       "breakfast {day}, food only",
                       "What did I eat for breakfast {day}? The boats come in early and I forget everything.",
                       "I am directed to ask what I had for breakfast {day}."],
    "lunch_food": ["{day} lan laa lekk ci lunch?",
                   "lunch {day}, what i ate only",
                   "What did I have for lunch {day}? On big fish days I eat standing up.",
                   "This office requires to know what I ate for lunch {day}."],
    "dinner_food": ["lan laa reer {day}? dama sonnoon lool",
                    "dinner {day}, dish only",
                    "I smelled of smoke till bedtime. What did I eat for dinner {day}?",
                    "You may wish to indicate what I took for dinner {day}."],
    "lunch_place": ["fan laa lekk sama lunch {day}? ci office bi walla ci biti?",
                    "lunch {day}, place only",
                    "Where did I have lunch {day}? Some days it is a bowl of rice at the landing site.",
                    "I am to request particulars of where I took lunch {day}."],
    "dinner_place": ["{day} fan laa reer?",
                     "dinner {day}, where only",
                     "My daughter-in-law in Gunjur keeps calling me to her compound. Where did I eat dinner {day}?",
                     "This office requires to know where I dined {day}."],
    "workout_kind": ["ban sport laa def {day}? daw, feey walla lan?",
                     "workout {day}, type only",
                     "Carrying firewood ought to count for something. What exercise did I do {day}?",
                     "You may wish to indicate what form of exercise I undertook {day}."],
    "heart_rate": ["sama {noun} {day}, sama heart rate bi nyaata la woon ci average?",
                   "avg heart rate on my {noun} {day}, bpm only",
                   "The doctor in Brikama keeps asking. What was my average heart rate on the {noun} {day}?",
                   "I am to ask what my average heart rate was during the {noun} {day}."],
    "sleep_quality": ["naka laa nelawe {night}? baax na walla bon na?",
                      "sleep {night}, quality only",
                      "How well did I sleep {night}? The smokehouse fires are lit before dawn.",
                      "You may wish to indicate how well I slept {night}."],
    "sleep_night": ["nyaata waxtu laa nelaw {night}? dama sonn ba tey",
                    "sleep {night}, hours only",
                    "The buyers from Guinea kept me late at the landing site. How many hours did I sleep {night}?",
                    "This office requires to know the number of hours I slept {night}."],
    "exercise_duration": ["sama {noun} {day}, nyaata minit la yagg?",
                          "my {noun} {day}, minutes only",
                          "How long did the {noun} {day} last? Longer than gutting a basket of bonga, I hope.",
                          "I am directed to ask how long my {noun} {day} lasted."],
    "meeting_duration": ["{title} meeting bi {day}, nyaata waxtu la yagg?",
                         "{title} meeting {day}, length only",
                         "Our kafo meetings never end. How long did the {title} meeting go on {day}?",
                         "You may wish to confirm how long the {title} meeting lasted {day}."],
    "distance_run": ["nyaata kilomet laa daw {day}?",
                     "run {day}, km only",
                     "How far did I run {day}? My knees say further than the length of Tanji beach.",
                     "I am to request particulars of the distance I ran {day}."],
    "distance_cycle": ["{day} nyaata km laa war welo?",
                       "bike {day}, distance only",
                       "The Brikama road is all potholes. How many kilometres did I cycle {day}?",
                       "This office requires to know the distance I cycled {day}."],
    "distance_swim": ["nyaata meetar laa feey {day}? walla km?",
                      "swim {day}, distance only",
                      "The fishermen laughed to see an old woman in the sea. How far did I swim {day}?",
                      "You may wish to indicate the distance I swam {day}."],
    "attendees": ["nyan nyoo nekkoon ci {title} meeting bi {day}?",
                  "{title} meeting {day}, names only",
                  "I was thinking about the ice plant the whole time. Who was at the {title} meeting {day}?",
                  "I am to request the names of those present at the {title} meeting {day}."],
    "coffee_count": ["nyaata kopp kafe laa naan {day}?",
                     "coffees {day}, count only",
                     "The landing site sells café Touba by the cup. How many coffees did I drink {day}?",
                     "I am directed to ask how many cups of coffee I took {day}."],
    "caffeine": ["{day} nyaata mg caffeine laa naan, total bi?",
                 "caffeine {day}, total mg only",
                 "My hands were shaking over the fish. How much caffeine did I take in {day}?",
                 "This office requires to know my total intake of caffeine {day}, in milligrams."],
    "meeting_count": ["nyaata meeting laa am {day}?",
                      "meetings {day}, number only",
                      "A fish smoker has no business with meetings. How many did I have {day}?",
                      "You may wish to confirm the number of meetings I attended {day}."],
    "km_week": ["ayubes bii, nyaata km {activity} laa def?",
                "{activity} this week, total km only",
                "My grandson says I'm getting too fit for the smokehouse. How many km of {activity} have I done"
                " this week?",
                "I am to ask what total distance I have covered this week in {activity}."],
    "workouts_week": ["ayubes bii nyaata yoon laa def sport?",
                      "workouts this week, count only",
                      "The other women call me the sports lady now. How many times have I exercised this week?",
                      "This office requires to know the number of workouts I have completed this week."],
    "first_coffee": ["sama kafe bu jiitu {day}, ban waxtu laa ko naan?",
                     "first coffee {day}, time only",
                     "When did I have my first coffee {day}? Before the boats came in, surely.",
                     "You may wish to indicate the time of my first coffee {day}."],
    "last_coffee": ["ban waxtu laa naan sama kafe bu mujj {day}?",
                    "last coffee {day}, clock time only",
                    "I lay awake after the evening catch. When was my last coffee {day}?",
                    "I am directed to ask at what time I took my last coffee {day}."],
    "first_meeting": ["{day} sama meeting bu jiitu, ban waxtu la tambali?",
                      "first meeting {day}, start time only",
                      "The ice plant truck was late that morning. What time did my first meeting begin {day}?",
                      "This office requires to know the time at which my first meeting commenced {day}."],
    "wake": ["ban waxtu laa yewu {day}? alarm bi dafa ma sonal",
             "woke up {day}, time only",
             "The call to prayer usually wakes me before any alarm. What time did I get up {day}?",
             "I am to ask at what hour I rose {day}."],
    "bedtime": ["ban waxtu laa dem nelaw {night}?",
                "went to bed {night}, time only",
                "I was washing the smoke out of my hair till late. When did I go to bed {night}?",
                "You may wish to confirm the time at which I went to bed {night}."],
    "dinner_on_distance": ["bes bi ma {past} {km} km, lan laa reer?",
                           "dinner the day i {past} {km} km, dish only",
                           "I must have been as hungry as a pelican. What did I eat for dinner on the day I {past}"
                           " {km} km?",
                           "I am to request particulars of my dinner on the day I {past} {km} km."],
    "meeting_after_workout": ["sama {noun} {day} ba mu jeexee, nyan nyoo nekkoon ci meeting bi topp?",
                              "meeting after my {noun} {day}, attendees only",
                              "I came in still sandy, I think. Who was in the meeting after my {noun} {day}?",
                              "This office requires to know who attended the meeting that followed my {noun} {day}."],
    "lunch_on_meeting_day": ["bes bi nu amoon {title} meeting bi, fan laa lekk lunch?",
                             "lunch on the {title} meeting day, place only",
                             "The catch was poor that day. Where did I have lunch on the day of the {title}"
                             " meeting?",
                             "You may wish to indicate where I took lunch on the day of the {title} meeting."],
    "sleep_after_meeting": ["guddi gi topp {title} meeting bi, nyaata waxtu laa nelaw?",
                            "sleep the night after the {title} meeting, hours only",
                            "That meeting gave me a headache. How long did I sleep on the night after the {title}"
                            " meeting?",
                            "I am directed to ask how many hours I slept on the night following the {title}"
                            " meeting."],
    "dinner_on_said_day": ["bes bi {who} wax ci {value}, lan laa reer?",
                           "dinner the day {who} mentioned {value}, food only",
                           "I remember the talk, not the food. What was my dinner on the day {who} talked about"
                           " {value}?",
                           "This office requires to know what I ate for dinner on the day {who} mentioned {value}."],
    "compare_sleep": ["{n1} walla {n2}, ban guddi laa gena nelaw?",
                      "sleep {n1} or {n2}, hours each and which longer",
                      "The generator next door was loud on one of those nights. Did I sleep longer {n1} or {n2}?",
                      "You may wish to indicate whether I slept longer {n1} or {n2}."],
    "compare_caffeine": ["ban bes laa gena naan caffeine, {d1} walla {d2}?",
                         "caffeine {d1} or {d2}, mg each and which higher",
                         "One of them was the big fish day. On which day did I take in more caffeine, {d1} or {d2}?",
                         "I am to ask on which day my caffeine intake was higher, {d1} or {d2}."],
    "compare_duration": ["sama workout {d1} ak bu {d2}, ban moo gena yagg?",
                         "workout {d1} or {d2}, minutes each and which longer",
                         "My back remembers one of them. Which workout took longer, the one {d1} or the one {d2}?",
                         "This office requires to know which was the longer workout, the workout {d1} or the"
                         " workout {d2}."],
    "compare_coffee_weeks": ["ayubes bii, ndax kafe bi ma naan moo gena bari ayubes bi weesu walla moo gena tuuti?",
                             "coffees this week against last week, both counts and more or fewer",
                             "The smoke makes me thirsty. Have I drunk more coffee this week than last week, or"
                             " less?",
                             "I am directed to ask whether my coffee intake this week exceeds or falls short of that"
                             " of last week."],
    "late_coffee_sleep": ["bu ma naanee kafe ginnaaw {t}, ndax dama gena tuuti nelaw?",
                          "sleep after coffee past {t} against other days, both averages and which shorter",
                          "The women at the landing site swear by it. Do I sleep less when I have coffee after {t}?",
                          "You may wish to confirm whether I sleep less following days on which I take coffee after"
                          " {t}."],
    "late_dinner_sleep": ["su ma reeree ci {t} walla ginnaaw, ndax sama nelaw dafay wanyiku?",
                          "sleep when dinner is at {t} or later, both averages and which shorter",
                          "When the boats come in late, dinner is late. Is my sleep shorter when I eat dinner at {t}"
                          " or later?",
                          "I am to ask whether my sleep is shorter on days when dinner is taken at {t} or later."],
    "exercise_sleep": ["ndax dama gena nelaw ci bes yi ma def sport?",
                       "sleep after workout days against rest days, both averages and which longer",
                       "Smoking fish is tiring enough on its own. Do I sleep more after the days I exercise?",
                       "This office requires to know whether I sleep longer after days on which I exercise."],
    "caffeine_sleep": ["bes yi ma naan {mg} mg caffeine walla lu ko epp, naka laa nelawe ci guddi gi?",
                       "sleep after days with {mg} mg caffeine or more, average against other days",
                       "My husband says I toss and turn. How do I sleep after days with {mg} mg of caffeine or"
                       " more?",
                       "I am to request particulars of my sleep following days with {mg} mg of caffeine or more."],
    "exercise_coffee": ["ci bes yi ma def workout, ndax dama gena naan kafe?",
                        "coffees on workout days against other days, averages and which more",
                        "My daughter thinks so, anyway. Do I take more coffee on days I work out?",
                        "You may wish to indicate whether I take more coffee on days on which I exercise."],
    "fu_day_before": ["bes bi ko jiitu nag?",
                      "day before that, same format",
                      "The days run together at the smokehouse. And the day before that?",
                      "Sequel to the above, the same for the day before."],
    "fu_meeting_length": ["meeting boobu nag, nyaata minit la yagg?",
                          "that meeting, minutes only",
                          "My fire was waiting for me. How long did that meeting go on?",
                          "On the same matter, how long did that meeting last?"],
    "fu_other_day": ["{day} nag, nyaata?",
                     "{day}, same format",
                     "I'm keeping count for my grandson. And {day}?",
                     "Sequel to the above, what was the position {day}?"],
    "fu_night_before": ["guddi gi ko jiitu nag?",
                        "night before that, hours only",
                        "The wind was up that week. And the night before?",
                        "Still on the matter, and the night preceding it?"],
    "fu_today": ["tey nag, ba leegi?",
                 "today so far, count only",
                 "The day is not finished yet. And today, up to now?",
                 "On the same matter, what is the position today so far?"],
    "fu_other_person": ["{who} moom nag?",
                        "now {who}, same format",
                        "Everyone in the kafo has an opinion. And {who}?",
                        "Sequel to the above, the same in respect of {who}."],
}
"""Every question key's templates: the customer-care agent's, the money-transfer agent's, the fish
smoker's, the retired permanent secretary's."""


def _slashed(day: date, padded: bool = False) -> str:
    """Day first ("4/6"); ``padded``: zero-padded with the full year, as forms and receipts print it
    ("04/06/2035")."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if padded else f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name, short, month = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()], MONTHS[day.month - 1]
    nth = ordinal(day.day)
    if absolute:
        return [f"on {_slashed(day, padded=True)} ({short}.)", f"on {nth} {month}, {day.year}, a {name}",
                f"on {short}. {_slashed(day)}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, which is the {nth}", f"today {short}. {_slashed(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, which was the {nth}", f"yesterday, {short}. {nth} {month}"]
    return [f"this {name} that passed, {_slashed(day)}", f"{back} days back, on {name} the {nth}",
            f"on {name} just passed, the {nth}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, nth = WEEKDAYS[day.weekday()], ordinal(day.day)
    options = [f"in the night of {name} {_slashed(day)}", f"on {name} night, the {nth}",
               f"through the night of {name} {nth} {MONTHS[day.month - 1]}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, {name} {_slashed(day)} to {WEEKDAYS[after.weekday()]} morning"]
    return options
