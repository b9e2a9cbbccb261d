"""Question phrasings of the answers benchmark's forty-sixth tuning set, ``dev46`` (docs/benchmarks.md, "Answers").

``dev46`` was the held-out set until 2026-12-05, when, after its measurement at b8edcda (grounded
accuracy 0.818; worst category habit relation 0.5; unsupported 0.008; abstention 0.955; p95 0.019
s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is
a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev45``, answers_dev45_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner, its time parser or
the other sets' phrasing tables; where the disjointness tests found a wording already used, it was
reworded. Every key has four templates, one from each of four people writing to an assistant, none
of whom an earlier set had (in each key's list, in this order): a young agronomist at the coffee
export board in Kigali who types lower case and switches between English and Kinyarwanda inside a
sentence, in its ordinary Latin spelling ("iki" and "ni iki" for what, "ikihe" and "iyihe" for
which, "nde" for who of one, "bande" for who of several, "he" and "hehe" for where, "ryari" for
when, "gute" for how, "zingahe", "bingahe", "angahe" and "ingahe" for how many, "kangahe" for how
many times, "saa ngahe" for at what time, "igihe kingana iki" for how long, "intera ingana iki" for
how far, "nariye" for I ate, "nanyoye" and "nnywa" for I drank and I drink, "nasinziriye" and
"nsinzira" for I slept and I sleep, "naryamye" for I went to bed, "nabyutse" for I woke, "nirutse"
for I ran, "natwaye igare" for I rode a bike, "noze" for I swam, "nakoze siporo" and "ntakoze" for I
worked out and I did not, "ikawa" and "ibikombe" for coffee and cups, "inama" for a meeting,
"igitabo", "filime", "imbwa", "umukobwa", "imyaka", "indege", "resitora" and "tariki" for a book, a
film, a dog, a daughter, years, a plane, a restaurant and a date, "amasaha" and "iminota" for hours
and minutes, "ijoro" for night, "mu gitondo", "saa sita" and "nimugoroba" for the morning, noon and
the evening, "uyu munsi" for today, "kugeza ubu" for so far, "iki cyumweru" and "icyumweru gishize"
for this week and last week, "kuva ku wa mbere" for since Monday, "ya mbere" and "ya nyuma" for
first and last, "nyinshi", "menshi" and "make" for more and fewer, "kurusha" for than, "irenga" for
or more, "ugereranyije" for on average, "cyangwa" for or, "naho" for and what about, "nyuma ya" for
after, "wabanje" and "ryabanje" for the one before, "yamaze" for it lasted, "yatangiye" for it
began, "yambwiye" and "yavuze" for told me and said, "ndebe", "nsome" and "numve" for that I watch,
read and listen, "kugerageza" for to try, "yimuriwe" for it was moved to, "azuzuza" for will turn,
"yitwa" for is called, "nshya" for new, "igera" for arrives, "neza" and "nabi" for well and badly,
"ese" opening a yes-or-no question); a clerk at the national statistics institute who types the
fewest words, lower case, the thing, the day and what is asked as fields split by semicolons ("; "),
as the French-locale spreadsheets of his office split them, a "?" at the end, abbreviations
("b'fast", "mtg", "mtgs", "hrs", "avg", "hr", "wk", "1st", "dist", "rec'd", "diff"); a guesthouse
owner in Kiyovu who chats, a remark first and the question after it ("the bookshop at Kigali
Heights", "brochettes every weekend", "pickup duty at Kanombe", "the chapati stand", "the motos",
"the rain on the iron roof", "the neighbour's rooster", "the Kigali marathon", "the bus from
Nyabugogo", "the stairs at the Convention Centre", "Canal Olympia"); and a retired senior civil
servant in Huye who writes formal sentences with formulas of his own ("I hereby request", "Reference
is made to ...: please specify", "I am pleased to ask", "Allow me to enquire", "I should appreciate
your specifying", "I respectfully ask", "It is my wish to learn", "I request you to establish", "Do
specify", "Do inform me", "I further request", "Allow me to put the same question"). Every question
asks for the gold ``answers_evalset`` computes for its key, and fills the slots described in
answers_phrases.py.

The dev46 life lives in Africa/Kigali, from Monday 7 August 2034; Rwanda keeps one offset
(Central Africa Time, UTC+2) all year and has no daylight saving time, so no clock changes inside
it. Dates are written as people in Rwanda write Gregorian dates in English, day first as on Rwandan
forms, receipts and letters: slashed and zero-padded ("07/08", with the full year "07/08/2034"), or
the ordinal zero-padded as many East African letters and forms write it, before the month's name
("07th August 2034"); for one of the six days before today the weekday "of this week" or "of last
week" with its slashed day ("on Monday of last week (07/08)"), the weekday, a hyphen, the padded
ordinal and the month ("on Monday - 07th August"), or the padded ordinal with the weekday after it
("on the 07th (Monday)"); for a day that may lie outside the life always with the year ("on 07th
August 2034 (Monday)", "on 07/08/2034 (a Monday)", "on Monday (07/08/2034)"); today alone or with
its date ("today (Monday, 07th)", "today (07/08)"); yesterday alone or with its date ("yesterday
(Sunday 06/08)", "yesterday, Sunday the 06th"). A night is last night, alone or with its two
weekdays ("last night (Sunday into Monday)"); or a weekday's night with its slashed day ("on Monday
night (07/08)"), from one weekday and padded ordinal to the next ("in the night from Monday 07th to
Tuesday 08th"), or between two weekdays with the first day's slashed date ("the night between Monday
and Tuesday (07/08)"). Workouts are named with places in and around Kigali: Nyandungu, Mount Kigali,
the Car Free Day route, the road out to Nyamata, Rebero, the Muhanga road, the Cercle Sportif and
Mille Collines pools, Lake Kivu at Rubavu, Kiyovu, Mount Jali and Kimihurura.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

NOUNS = {"run": ("run round Nyandungu", "jog up Mount Kigali", "run on the Car Free Day route"),
         "cycle": ("ride out to Nyamata", "bike ride up Rebero", "ride on the Muhanga road"),
         "swim": ("swim at Cercle Sportif", "swim at the Mille Collines pool", "swim in Lake Kivu at Rubavu"),
         "yoga": ("yoga class in Kiyovu", "yoga session at Nyandungu"),
         "climb": ("climb up Mount Jali", "Mount Kigali climb", "climbing session in Kimihurura")}

# Four voices per key, in this order: English with Kinyarwanda; fields split by semicolons; a remark,
# then the question; formal, with formulas of his own.
PHRASES: dict[str, list[str]] = {
    "book": ["ni ikihe gitabo {who} yambwiye ngo nsome?",
             "book; rec'd by {who}; title?",
             "The bookshop at Kigali Heights had nothing I wanted. Which book did {who} say I should read?",
             "I hereby request you to state the title of the book that {who} recommended to me."],
    "film": ["ni iyihe filime {who} yambwiye ngo ndebe?",
             "film; {who}'s pick; title?",
             "Canal Olympia is showing nothing but action films again. Which film did {who} say I ought to see?",
             "Allow me to enquire which film {who} recommended that I watch."],
    "offsite": ["offsite yimuriwe he? {who} ni we wabivuze",
                "offsite; new place per {who}; where?",
                "Everyone at work is already planning what to pack. Where did {who} say the offsite moved to?",
                "Reference is made to the offsite: please specify the place to which, according to {who}, it has "
                "been moved."],
    "restaurant": ["resitora iyihe {who} yavuze ko tugomba kugerageza?",
                   "restaurant; {who} says try; which?",
                   "I am tired of brochettes every weekend. Which restaurant did {who} want us to try?",
                   "I am pleased to ask which restaurant {who} proposed that we try."],
    "flight": ["indege ya {who} igera saa ngahe?",
               "flight of {who}; lands; time?",
               "Pickup duty at Kanombe again, apparently. What time does {who}'s flight land?",
               "I should appreciate your specifying the time at which the flight of {who} is due to land."],
    "dog": ["imbwa nshya ya {who} yitwa nde?",
            "{who}'s new dog; name?",
            "A street dog followed me all the way up the hill in Kimihurura. What is the name of {who}'s dog?",
            "I respectfully ask the name of the dog that {who} has adopted."],
    "launch": ["launch ya {project} yimuriwe ku yihe tariki? {who} yarabivuze",
               "{project} launch; per {who}; new date?",
               "Deadlines at my brother's office keep moving too. To what date did {who} say the {project} launch "
               "slipped?",
               "It is my wish to learn the date to which, as {who} reported, the {project} launch has been "
               "postponed."],
    "age": ["umukobwa wa {who} azuzuza imyaka ingahe?",
            "{who}'s daughter; turning; age?",
            "I still owe my niece a birthday cake. How old is {who}'s daughter turning?",
            "I request you to establish the age that the daughter of {who} is about to reach."],
    "podcast": ["ni iyihe podcast {who} yambwiye ngo numve?",
                "podcast; {who}'s rec; name?",
                "The bus from Nyabugogo takes forever, so I need something to listen to. Which podcast did {who} "
                "recommend?",
                "Do specify, if you will, the podcast that {who} suggested I listen to."],
    "breakfast_food": ["ifunguro rya mu gitondo {day}, nariye iki?",
                       "b'fast; {day}; what?",
                       "I have been trying to eat less bread lately. What did I have for breakfast {day}?",
                       "I hereby request a record of what I ate at breakfast {day}."],
    "lunch_food": ["ifunguro rya saa sita {day}, nariye iki?",
                   "lunch; {day}; ate what?",
                   "The buffet queue at work was endless again. What did I eat for lunch {day}?",
                   "Allow me to enquire what I ate for lunch {day}."],
    "dinner_food": ["nimugoroba {day}, dinner yanjye yari iki?",
                    "dinner; {day}; food?",
                    "My mother keeps asking whether I cook at all. What did I have for dinner {day}?",
                    "I am pleased to ask what my dinner consisted of {day}."],
    "lunch_place": ["nariye lunch he {day}?",
                    "lunch; {day}; where?",
                    "Someone at work swears by the chapati stand near the office. Where did I have lunch {day}?",
                    "I request you to establish where I had lunch {day}."],
    "dinner_place": ["dinner {day}, nayiriye hehe?",
                     "dinner; {day}; place?",
                     "The streets go so quiet once it gets dark. Where did I eat dinner {day}?",
                     "It is my wish to learn where I dined {day}."],
    "workout_kind": ["nakoze siporo iyihe {day}?",
                     "workout; {day}; type?",
                     "My legs are still complaining. What kind of workout did I do {day}?",
                     "I respectfully ask what form of exercise I took {day}."],
    "heart_rate": ["heart rate yanjye ugereranyije yari ingahe kuri {noun} {day}?",
                   "{noun}; {day}; avg hr?",
                   "My watch strap finally snapped. What was my average heart rate during my {noun} {day}?",
                   "Reference is made to my {noun} {day}: please specify my average heart rate during it."],
    "sleep_quality": ["nasinziriye gute {night}? neza cyangwa nabi?",
                      "sleep; {night}; quality?",
                      "The neighbour's rooster starts long before dawn. How well did I sleep {night}?",
                      "I should appreciate your specifying the quality of my sleep {night}."],
    "sleep_night": ["nasinziriye amasaha angahe {night}?",
                    "sleep; {night}; hrs?",
                    "The rain on the iron roof was so loud. How long did I sleep {night}?",
                    "I hereby request the duration of my sleep {night}."],
    "exercise_duration": ["{noun} yanjye {day} yamaze igihe kingana iki?",
                          "{noun}; {day}; how long?",
                          "The hills here never get any easier. How long was my {noun} {day}?",
                          "Allow me to enquire how long my {noun} {day} lasted."],
    "meeting_duration": ["inama ya {title} {day} yamaze iminota ingahe?",
                         "{title} mtg; {day}; length?",
                         "Meetings at my office always start late. How long did the {title} meeting go on {day}?",
                         "I am pleased to ask how long the {title} meeting lasted {day}."],
    "distance_run": ["nirutse km zingahe {day}?",
                     "run; {day}; km?",
                     "Those stairs at the Convention Centre are killing me. How far did I run {day}?",
                     "I request you to establish the distance I ran {day}."],
    "distance_cycle": ["natwaye igare km zingahe {day}?",
                       "bike; {day}; km?",
                       "The motos kept cutting me off. How far did I cycle {day}?",
                       "It is my wish to learn how many kilometres I cycled {day}."],
    "distance_swim": ["noze intera ingana iki {day}?",
                      "swim; {day}; dist?",
                      "The pool felt colder than the lake. How far did I swim {day}?",
                      "Do inform me of the distance I swam {day}."],
    "attendees": ["ni bande bari mu nama ya {title} {day}?",
                  "{title} mtg; {day}; who?",
                  "Half the team seems to be on leave. Who was in the {title} meeting {day}?",
                  "I hereby request the names of those who attended the {title} meeting {day}."],
    "coffee_count": ["nanyoye ibikombe bingahe by'ikawa {day}?",
                     "coffees; {day}; count?",
                     "Our coffee is too good to stop at one cup. How many coffees did I drink {day}?",
                     "Allow me to enquire how many cups of coffee I drank {day}."],
    "caffeine": ["caffeine nanyoye {day} ni mg zingahe?",
                 "caffeine; {day}; mg?",
                 "My hands were shaking a little. How much caffeine did I have {day}?",
                 "Reference is made to my coffee {day}: please specify the total caffeine, in milligrams."],
    "meeting_count": ["nagize inama zingahe {day}?",
                      "mtgs; {day}; how many?",
                      "My calendar looks like a crowded football pitch. How many meetings did I have {day}?",
                      "I respectfully ask how many meetings I attended {day}."],
    "km_week": ["kuva ku wa mbere, nakoze km zingahe za {activity}?",
                "km {activity}; this wk; total?",
                "Training for the Kigali marathon is slowly happening. How many kilometres did I {verb} this week?",
                "I hereby request the total number of kilometres that I {past} this week."],
    "workouts_week": ["nakoze siporo kangahe iki cyumweru?",
                      "workouts; this wk; count?",
                      "I promised my doctor I would move more. How many workouts have I done this week?",
                      "I am pleased to ask how many workouts I have completed this week."],
    "first_coffee": ["ikawa ya mbere {day} nayinyoye saa ngahe?",
                     "1st coffee; {day}; time?",
                     "The birds here start singing so early. What time was my first coffee {day}?",
                     "Allow me to enquire at what time I had my first coffee {day}."],
    "last_coffee": ["ikawa ya nyuma {day} nayinyoye saa ngahe?",
                    "last coffee; {day}; time?",
                    "I swear I am cutting back. When did I have my last coffee {day}?",
                    "I should appreciate your specifying the time of my last coffee {day}."],
    "first_meeting": ["inama ya mbere {day} yatangiye saa ngahe?",
                      "1st mtg; {day}; start?",
                      "My boss loves an early call. What time did my first meeting start {day}?",
                      "It is my wish to learn when my first meeting began {day}."],
    "wake": ["nabyutse saa ngahe {day}?",
             "woke; {day}; time?",
             "The neighbours' radio goes on very early. What time did I get up {day}?",
             "I respectfully ask at what time I rose {day}."],
    "bedtime": ["naryamye saa ngahe {night}?",
                "bed; {night}; time?",
                "I keep saying I will sleep early. What time did I go to bed {night}?",
                "I hereby request the time at which I went to bed {night}."],
    "dinner_on_distance": ["ku munsi i {past} {km} km ({noun}), dinner yari iki?",
                           "dinner; day i {past} {km} km; what?",
                           "I am still proud of that {noun}. What did I have for dinner the day I {past} {km} km?",
                           "Reference is made to the day on which I {past} {km} km: please specify what I ate for "
                           "dinner that evening."],
    "meeting_after_workout": ["ni bande bari mu nama ya mbere nyuma ya {noun} yanjye {day}?",
                              "1st mtg after {noun}; {day}; who?",
                              "I once walked into work still sweaty. Who was at the first meeting after my {noun} "
                              "{day}?",
                              "I request you to establish who attended the first meeting after my {noun} {day}."],
    "lunch_on_meeting_day": ["ku munsi w'inama ya {title}, nariye lunch he?",
                             "lunch; day of {title} mtg; where?",
                             "Some meetings you remember for the wrong reasons. Where did I have lunch on the day of "
                             "the {title} meeting?",
                             "Allow me to enquire where I had lunch on the day of the {title} meeting."],
    "sleep_after_meeting": ["nijoro nyuma y'inama ya {title}, nasinziriye amasaha angahe?",
                            "sleep; night after {title} mtg; hrs?",
                            "Long meetings leave me restless. How long did I sleep the night after the {title} "
                            "meeting?",
                            "I hereby request the length of my sleep on the night following the {title} meeting."],
    "dinner_on_said_day": ["umunsi {who} yambwiye ibya {value}, nariye iki nimugoroba?",
                           "dinner; day {who} mentioned {value}; what?",
                           "I finally looked up {value}. What did I eat for dinner on the day {who} brought it up?",
                           "It is my wish to learn what I had for dinner on the day {who} recommended {value}."],
    "compare_sleep": ["ese nasinziriye igihe kirekire {n1} cyangwa {n2}?",
                      "sleep; {n1} vs {n2}; longer?",
                      "Some nights the dogs in our street will not stop barking. Did I sleep longer {n1} or {n2}?",
                      "I respectfully ask whether I slept longer {n1} or {n2}, with both durations."],
    "compare_caffeine": ["ni ryari nanyoye caffeine nyinshi, {d1} cyangwa {d2}?",
                         "caffeine; {d1} vs {d2}; more?",
                         "Both days felt like a blur. Did I have more caffeine {d1} or {d2}?",
                         "I should appreciate your specifying on which day I consumed more caffeine, {d1} or {d2}."],
    "compare_duration": ["siporo yanjye yamaze igihe kirekire ryari, {d1} cyangwa {d2}?",
                         "workout length; {d1} vs {d2}; longer?",
                         "My coach says showing up matters more than length. Was my workout longer {d1} or {d2}?",
                         "Reference is made to my workouts {d1} and {d2}: please specify which was the longer."],
    "compare_coffee_weeks": ["ese iki cyumweru nanyoye ikawa nyinshi kurusha icyumweru gishize?",
                             "coffees; this wk vs last wk; more?",
                             "I keep blaming the weather for my coffee habit. Have I had more coffee this week than "
                             "last week?",
                             "I hereby request a comparison of the number of coffees I have had this week with last "
                             "week's."],
    "late_coffee_sleep": ["ku minsi nanyoye ikawa at {t} or later, ese nsinzira amasaha make?",
                          "coffee at {t} or later; sleep after; vs other days?",
                          "Afternoon coffee is a habit I picked up at the office. Do I sleep less after days with a "
                          "coffee at {t} or later?",
                          "I respectfully ask how my sleep compares after days on which I had a coffee at {t} or "
                          "later, against days on which I did not."],
    "late_dinner_sleep": ["iyo nariye dinner at {t} or later, ese nsinzira gute ugereranyije n'indi minsi?",
                          "dinner from {t}; sleep after; vs not?",
                          "Family dinners here run late. Do I sleep differently after a dinner that starts at {t} or "
                          "later?",
                          "Allow me to enquire whether my sleep is shorter after dinners begun at {t} or later than "
                          "after earlier ones."],
    "exercise_sleep": ["ese nsinzira amasaha menshi nyuma y'umunsi nakoze siporo kurusha iyo ntakoze?",
                       "sleep; workout days vs rest days; diff?",
                       "Everyone says exercise fixes sleep. Do I sleep longer after days I work out than after days I "
                       "do not?",
                       "I hereby request a comparison of my sleep after days with a workout and after days without "
                       "one."],
    "caffeine_sleep": ["ku minsi nanyoye caffeine ya {mg} mg cyangwa irenga, ese nsinzira amasaha make?",
                       "{mg}+ mg caffeine days; sleep after; vs rest?",
                       "I think the strong coffee at work is to blame. Do I sleep less after days with at least {mg} "
                       "mg of caffeine?",
                       "It is my wish to learn whether I sleep less after days on which I took {mg} mg of caffeine or "
                       "more."],
    "exercise_coffee": ["ese nnywa ikawa nyinshi ku minsi nakoze siporo kurusha iyo ntakoze?",
                        "coffees per day; workout days vs none; more?",
                        "My gym friends all live on espresso. Do I drink more coffee on the days I work out?",
                        "I request you to establish whether I drink more coffee per day on workout days than on other "
                        "days."],
    "fu_day_before": ["naho lunch y'umunsi wabanje?",
                      "day before; same?",
                      "Funny, I do not remember that at all. And the day before?",
                      "I further request the same particulars for the preceding day."],
    "fu_other_person": ["naho {who}?",
                        "same; {who}?",
                        "Ha, that is so like them. And {who}?",
                        "Allow me to put the same question regarding {who}."],
    "fu_today": ["naho uyu munsi kugeza ubu?",
                 "today so far; same?",
                 "Wow, that many. And today so far?",
                 "I hereby request the same count for today, up to now."],
    "fu_meeting_length": ["iyo nama yamaze igihe kingana iki?",
                          "that mtg; length?",
                          "Sounds about right for that crowd. How long did that meeting go on for?",
                          "It is my wish to learn, further, how long that meeting lasted."],
    "fu_night_before": ["naho ijoro ryabanje?",
                        "night before; hrs?",
                        "Not great, honestly. And the night before that?",
                        "I respectfully ask the same concerning the night before."],
    "fu_other_day": ["naho {day}, nirutse km zingahe?",
                     "and {day}; km?",
                     "Not bad at all. And {day}?",
                     "I further request the distance I ran {day}."],
}


def _padded_ordinal(n: int) -> str:
    """The day of the month as an ordinal, zero-padded below 10 ("07th", "01st", "22nd")."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:02d}{suffix}"


def _slashed(day: date, year: bool = False) -> str:
    return f"{day.day:02d}/{day.month:02d}" + (f"/{day.year}" if year else "")


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways this voice names ``day`` asked on ``today``; ``absolute``: always with the year."""
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    ordinal, back = _padded_ordinal(day.day), (today - day).days
    if absolute or not 0 <= back <= 6:
        return [f"on {ordinal} {month} {day.year} ({weekday})", f"on {_slashed(day, True)} (a {weekday})",
                f"on {weekday} ({_slashed(day, True)})"]
    if back == 0:
        return ["today", f"today ({weekday}, {ordinal})", f"today ({_slashed(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday ({weekday} {_slashed(day)})", f"yesterday, {weekday} the {ordinal}"]
    which = "this" if day >= today - timedelta(days=today.weekday()) else "last"
    return [f"on {weekday} of {which} week ({_slashed(day)})", f"on {weekday} - {ordinal} {month}",
            f"on the {ordinal} ({weekday})"]


def night_options(day: date, today: date) -> list[str]:
    """The ways this voice names the night that starts on ``day`` (the sleep that ends the next morning)."""
    after = day + timedelta(days=1)
    weekday, next_weekday = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night ({weekday} into {next_weekday})"]
    return [f"on {weekday} night ({_slashed(day)})",
            f"in the night from {weekday} {_padded_ordinal(day.day)} to {next_weekday} {_padded_ordinal(after.day)}",
            f"the night between {weekday} and {next_weekday} ({_slashed(day)})"]
