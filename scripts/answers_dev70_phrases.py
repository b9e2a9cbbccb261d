"""Question phrasings of the answers benchmark's seventieth tuning set, ``dev70`` (docs/benchmarks.md, "Answers").

``dev70`` was the held-out set until 2026-12-05, when, after its measurement at 2ef5d13 (grounded
accuracy 0.795; worst category comparison 0.545; unsupported 0.004; abstention 0.909; p95 0.012 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev69``, answers_dev69_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a graphic designer in Reykjavík who types lower case and switches between English and Icelandic
  inside a sentence (no earlier set's language), in its ordinary typed spelling, with its own letters
  (þ, ð, æ, ö and the accented vowels), question words first as Icelandic puts them ("hvað", "hvaða",
  "hvar", "hvenær", "hverjir", "hvora", "klukkan hvað"), "í morgunmat", "í hádeginu" and "í
  kvöldmat" for the meals, "fundur" and "fundinum" for a meeting, "kaffibolla" for cups of coffee,
  English words where they come first to mind ("no idea", "busy", "back to back", "rest days", "so
  far", "so cute", "plís");
- a man who types every question as the subject line of an e-mail reply: "Re:" first, the thing
  asked in a few words, a comma or the day, and a question mark ("Re: breakfast {day}, eaten
  what?", "Re: coffees {day}, how many?"), comparisons as "Re: more sleep {n1} or {n2}? hrs each",
  his follow-ups as forwarded mail, "Fwd:" first ("Fwd: same, the day before?");
- a glacier guide who takes groups from Reykjavík out to Sólheimajökull, writing in sentences with
  capitals, who makes a remark from her working life before or after the question (crampons, ice
  axes and ice screws, harnesses and rope, crevasses, snow bridges and icefalls, the ice cave, the
  super-jeep and the hotel pick-ups, the safety briefing, the avalanche bulletin and the weather
  model, the road over Hellisheiði, the northern lights tour, the hot pot after a day on the ice);
- a man who writes formal sentences with formulas of his own: "Would it be within your power to
  state ...?", "It would be of service to me to learn ...", some closed with "Awaiting your reply
  with interest.", his follow-ups opened with "Further thereto," and "By the same token,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev70 life lives in Atlantic/Reykjavik, from Monday 14 January 2036 to 29 January; Iceland
keeps Greenwich Mean Time (UTC+0) all year, with no summer time (zoneinfo gives one offset, UTC+0,
over all of 2036, and so over its 16 days, 14 to 29 January), so no clock changes inside it. Dates
are written as people in Iceland write them in English, day first and unpadded: the day and month
each closed by a dot with no space, then the year ("14.1.2036"), or the day and month alone, dotted
("14.1."), or slashed as Icelanders write them by hand ("14/1"), or the day closed by a dot with the
month's name in lower case as Icelandic writes it ("14. january 2036"); weekdays in full, often in
lower case as in Icelandic. For a day that may lie outside the life always with the year ("on
monday the 14.1.2036", "on 14. january 2036 (monday)", "on 14/1 2036, a Monday"); for one of the
days before yesterday the weekday "the" dotted day and month ("on Tuesday the 15.1."), "on the"
slashed day and month with "a" and the lower-case weekday ("on the 15/1, a tuesday"), so many "days
ago" with the lower-case weekday and the slashed day and month in brackets ("3 days ago (tuesday
15/1)"), or, two days back, "the day before yesterday," its weekday and the dotted day and month;
today alone, "today," the lower-case weekday "the" dotted day and month ("today, wednesday the
16.1."), or "so" and the weekday "the" slashed day and month ("today, so Wednesday the 16/1");
yesterday alone, "yesterday," the lower-case weekday "the" dotted day and month, or "so" and the
lower-case weekday with the slashed day and month ("yesterday, so tuesday 15/1"). A night is named
as Icelandic names it, by the day it leads into ("aðfaranótt"): "the night leading into Wednesday",
"the night into Wednesday the 16.1.", "the night before wednesday 16.1."; last night alone, "last
night, the one into Wednesday", or "last night (tuesday to wednesday)".
Workouts are named with places in Reykjavík: Tjörnin, Ægisíða, Elliðaárdalur, the Grótta lighthouse,
Elliðavatn, Sæbraut, the Laugardalslaug, Vesturbæjarlaug and Sundhöllin pools, a studio on Laugavegur,
a studio in Hlíðar and the Klifurhúsið bouldering gym in Ármúli.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")

NOUNS = {"run": ("run round Tjörnin", "run along Ægisíða", "run through Elliðaárdalur"),
         "cycle": ("ride out to the Grótta lighthouse", "ride round Elliðavatn", "ride along Sæbraut"),
         "swim": ("swim at Laugardalslaug", "swim at Vesturbæjarlaug", "swim at Sundhöllin"),
         "yoga": ("yoga class at a studio on Laugavegur", "yoga session at a studio in Hlíðar"),
         "climb": ("bouldering at Klifurhúsið in Ármúli", "bouldering evening at Klifurhúsið")}
"""What this set's questions call a workout of each activity: places in Reykjavík."""

PHRASES: dict[str, list[str]] = {
    "book": ["hvaða bók var það sem {who} mælti með? ég man ekki the title",
             "Re: book recommended by {who}?",
             "Clients ask me for something to read on the bus back from the ice. What was the book {who} put me on to?",
             "Would it be within your power to state the title of the book {who} recommended to me?"],
    "film": ["hvaða mynd sagði {who} að ég yrði að sjá? loksins með free kvöld",
             "Re: film {who} insists I see?",
             "A whiteout cancelled the tour, so I have an evening. Which film was it that {who} told me I had to"
             " watch?",
             "It would be of service to me to learn which film {who} insisted that I see. Awaiting your reply with"
             " interest."],
    "offsite": ["hvert var offsite-ið fært, samkvæmt {who}? eitthvað new venue",
                "Re: offsite moved where, per {who}?",
                "I reroute a whole tour when a crevasse opens, so a moved offsite is nothing. Where is it going now,"
                " according to {who}?",
                "Would it be within your power to state the venue to which the offsite has been moved, as {who}"
                " reported?"],
    "restaurant": ["hvað heitir veitingastaðurinn sem {who} mælti með? langar að book borð",
                   "Re: restaurant name, {who}'s tip?",
                   "After twelve hours on crampons I want a proper meal. What was the restaurant {who}"
                   " recommended called?",
                   "It would be of service to me to learn the name of the restaurant {who} recommended."],
    "flight": ["hvenær lendir {who}? vil vera mætt á flugvöllinn on time",
               "Re: {who}'s flight, landing time?",
               "I watch the wind at Keflavík for my tours anyway. When is {who} due on the ground?",
               "Would it be within your power to state when the aeroplane carrying {who} is due to land? Awaiting"
               " your reply with interest."],
    "dog": ["hvað heitir nýi hvolpurinn hjá {who}? sá myndir, so cute",
            "Re: name of {who}'s new dog?",
            "Our base dog sleeps on the rope bags. What has {who} named the new puppy?",
            "It would be of service to me to learn by what name {who} calls the dog recently acquired."],
    "launch": ["{who} sagði að {project} launch-ið væri frestað, til hvaða dags nákvæmlega?",
               "Re: {project} launch pushed to when, per {who}?",
               "Tours slip when the weather turns, and launches slip too. What is the new date {who} gave for the"
               " {project} launch?",
               "Would it be within your power to state the date to which {who} has deferred the {project} launch?"],
    "age": ["hvað verður dóttir {who} gömul? þarf að kaupa birthday gjöf",
            "Re: age {who}'s daughter is turning?",
            "Children on family tours always ask how old the ice is. How old is the daughter of {who} about to"
            " be?",
            "It would be of service to me to learn what age the daughter of {who} is shortly to reach. Awaiting"
            " your reply with interest."],
    "podcast": ["hvaða podcast mælti {who} með? vantar eitthvað fyrir langa bílferð",
                "Re: podcast pick from {who}?",
                "The drive out to Sólheimajökull is two and a half hours. Which podcast did {who} tell me to try?",
                "Would it be within your power to state the podcast which {who} recommended to me?"],
    "breakfast_food": ["hvað borðaði ég í morgunmat {day}? no idea",
                       "Re: breakfast {day}, eaten what?",
                       "I was in the super-jeep before sunrise {day}. What did I have for breakfast before we left?",
                       "It would be of service to me to learn what I ate for breakfast {day}."],
    "lunch_food": ["hvað fékk ég mér í hádeginu {day}? var svo busy allan daginn",
                   "Re: lunch {day}, which dish?",
                   "Lunch on a tour day is whatever survives the backpack. What did I end up eating at lunch {day}?",
                   "Would it be within your power to state what I ate at lunch {day}? Awaiting your reply with"
                   " interest."],
    "dinner_food": ["hvað var í kvöldmatinn hjá mér {day}? alveg blank",
                    "Re: dinner {day}, what food?",
                    "I came off the ice soaked {day}. What did I eat for my dinner that evening?",
                    "It would be of service to me to learn what my dinner consisted of {day}."],
    "lunch_place": ["hvar borðaði ég hádegismat {day}? staðurinn var mjög næs",
                    "Re: lunch {day}, which place?",
                    "Between the safety briefing and the afternoon group {day}, where did I go for lunch?",
                    "Would it be within your power to state where I took lunch {day}?"],
    "dinner_place": ["hvar borðaði ég kvöldmat {day}? langar að fara þangað aftur",
                     "Re: dinner {day}, where eaten?",
                     "Once the harnesses were hung up to dry {day}, where did I go to eat dinner?",
                     "It would be of service to me to learn at what place I dined {day}. Awaiting your reply with"
                     " interest."],
    "workout_kind": ["hvaða æfingu tók ég {day}? what kind var það",
                     "Re: workout {day}, what kind?",
                     "Guiding is not training, whatever my legs say. What sort of workout did I actually do {day}?",
                     "Would it be within your power to state which kind of exercise I undertook {day}?"],
    "heart_rate": ["hver var meðalpúlsinn minn í {noun} {day}?",
                   "Re: {noun} {day}, average bpm?",
                   "On a steep ice step my pulse goes through the roof. What was my heart rate on average during the"
                   " {noun} {day}?",
                   "It would be of service to me to learn my mean heart rate across the {noun} {day}."],
    "sleep_quality": ["svaf ég vel eða illa {night}? good or bad",
                      "Re: sleep {night}, good or bad?",
                      "I dreamt a snow bridge gave way under a client."
                      " Did I sleep well or badly {night}, going by the record?",
                      "Would it be within your power to state whether I slept well or badly {night}? Awaiting your"
                      " reply with interest."],
    "sleep_night": ["hvað svaf ég marga klukkutíma {night}? er alveg búin á því",
                    "Re: sleep {night}, how many hrs?",
                    "I nearly clipped a client to the wrong rope today. What did my sleep {night} come to in hours?",
                    "It would be of service to me to learn the number of hours I slept {night}."],
    "exercise_duration": ["hvað var {noun} {day} margar mínútur? in minutes plís",
                          "Re: {noun} {day}, length in mins?",
                          "A glacier walk takes three hours, give or take."
                          " How many minutes was my {noun} {day}, start to finish?",
                          "Would it be within your power to state for how many minutes the {noun} lasted {day}?"],
    "meeting_duration": ["hvað var {title} fundurinn langur {day}? felt like forever",
                         "Re: {title} meeting {day}, how long?",
                         "I could have fitted crampons on a whole school group during the {title} meeting {day}."
                         " How long did it run, all told?",
                         "It would be of service to me to learn how long the {title} meeting went on {day}."
                         " Awaiting your reply with interest."],
    "distance_run": ["hvað hljóp ég marga km {day}?",
                     "Re: run {day}, km total?",
                     "Running on the flat feels like cheating after the moraine."
                     " What distance did my run {day} cover, in kilometres?",
                     "Would it be within your power to state the distance in kilometres that I ran {day}?"],
    "distance_cycle": ["hvað hjólaði ég marga km {day}?",
                       "Re: bike {day}, km covered?",
                       "No tour went out {day}, so I took the bike. How many kilometres did I cycle?",
                       "It would be of service to me to learn how many kilometres I rode my bicycle {day}."],
    "distance_swim": ["hvað synti ég langt {day}? metrar eða km, skiptir ekki máli",
                      "Re: swim {day}, distance?",
                      "The hot pot after the ice is my real reward. How much distance did I put in swimming {day}?",
                      "Would it be within your power to state how great a distance I swam {day}? Awaiting your reply"
                      " with interest."],
    "attendees": ["hverjir voru á {title} fundinum {day}? man það ekki",
                  "Re: {title} meeting {day}, who attended?",
                  "I was checking the avalanche bulletin under the table. Who else was in the {title} meeting {day}?",
                  "It would be of service to me to learn the names of those present at the {title} meeting {day}."],
    "coffee_count": ["hvað drakk ég marga kaffibolla {day}? way too many held ég",
                     "Re: coffees {day}, how many?",
                     "The thermos goes round the whole group on the ice. How many coffees did I myself drink {day}?",
                     "Would it be within your power to state the number of coffees I drank {day}?"],
    "caffeine": ["hvað fékk ég mikið koffín {day}, total í mg?",
                 "Re: caffeine {day}, mg total?",
                 "I was twitchy placing ice screws {day}. What was my caffeine total that day, in milligrams?",
                 "It would be of service to me to learn the total caffeine I consumed {day}, expressed in milligrams."
                 " Awaiting your reply with interest."],
    "meeting_count": ["hvað voru margir fundir hjá mér {day}? back to back allan daginn",
                      "Re: meetings {day}, count?",
                      "A day indoors is a lost day in my trade. How many meetings kept me indoors {day}?",
                      "Would it be within your power to state how many meetings I attended {day}?"],
    "km_week": ["hvað er ég komin með marga km af {activity} síðan á mánudaginn?",
                "Re: {activity} km since Mon?",
                "I count the week in glacier hours and in kilometres. What is my {activity} total in kilometres"
                " since Monday?",
                "It would be of service to me to learn the kilometres of {activity} I have covered since Monday."],
    "workouts_week": ["hvað eru æfingarnar orðnar margar þessa vikuna? so far",
                      "Re: workouts this wk, number?",
                      "Four tours so far this week, and those do not count. How many real workouts have I done this"
                      " week?",
                      "Would it be within your power to state the number of workouts I have completed this week?"
                      " Awaiting your reply with interest."],
    "first_coffee": ["klukkan hvað fékk ég fyrsta kaffið {day}?",
                     "Re: first coffee {day}, what time?",
                     "Pick-up from the hotels starts early. When did I pour my first coffee {day}?",
                     "It would be of service to me to learn the time of my first coffee {day}."],
    "last_coffee": ["klukkan hvað var síðasti kaffibollinn minn {day}?",
                    "Re: last coffee {day}, at what time?",
                    "I was washing crampons late {day}. When did I have my final coffee?",
                    "Would it be within your power to state at what time I drank my last coffee {day}?"],
    "first_meeting": ["klukkan hvað byrjaði fyrsti fundurinn minn {day}?",
                      "Re: first meeting {day}, start time?",
                      "I left the gear room half sorted for it. At what time did the first of my meetings {day} start?",
                      "It would be of service to me to learn the hour at which my first meeting started {day}."
                      " Awaiting your reply with interest."],
    "wake": ["klukkan hvað vaknaði ég {day}?",
             "Re: wake-up {day}, what time?",
             "In winter there is no sun to wake me, only the alarm. What time was I out of bed {day}?",
             "Would it be within your power to state the hour at which I woke {day}?"],
    "bedtime": ["klukkan hvað fór ég að sofa {night}?",
                "Re: bedtime {night}, what hour?",
                "I was checking the weather model for the next tour. At what hour did I get to bed {night}?",
                "It would be of service to me to learn at what hour I went to bed {night}."],
    "dinner_on_distance": ["hvað borðaði ég í kvöldmat daginn sem ég {past} {km} km?",
                           "Re: dinner on the day I {past} {km} km?",
                           "My appetite after a long day is like the ice cave: bottomless."
                           " What did I eat at dinner on the day I"
                           " {past} {km} km?",
                           "Would it be within your power to state what I dined on the day I {past} {km} km? Awaiting"
                           " your reply with interest."],
    "meeting_after_workout": ["hverjir voru á fundinum strax eftir {noun} {day}?",
                              "Re: meeting right after {noun} {day}, attendees?",
                              "I walked in still smelling of wet gore-tex. Who was at the meeting just after my {noun}"
                              " {day}?",
                              "It would be of service to me to learn who attended the meeting that followed the {noun}"
                              " directly {day}."],
    "lunch_on_meeting_day": ["hvar borðaði ég í hádeginu daginn sem {title} fundurinn var?",
                             "Re: lunch spot, day of the {title} meeting?",
                             "The {title} meeting fell on a day the road over Hellisheiði was closed."
                             " Where did I eat at"
                             " midday on that day?",
                             "Would it be within your power to state where I lunched on the day of the {title}"
                             " meeting?"],
    "sleep_after_meeting": ["hvað svaf ég marga tíma nóttina eftir {title} fundinn?",
                            "Re: sleep the night after the {title} meeting, hrs?",
                            "The {title} meeting cost me a tour."
                            " How many hours of sleep did I get in the night that followed?",
                            "It would be of service to me to learn how many hours I slept during the night after the"
                            " {title} meeting. Awaiting your reply with interest."],
    "dinner_on_said_day": ["hvað var í matinn um kvöldið daginn sem {who} talaði um {value}?",
                           "Re: dinner, the day {who} brought up {value}?",
                           "I had been roping up a school group that week. What did I have for dinner on the day {who}"
                           " mentioned {value}?",
                           "Would it be within your power to state what I had for dinner on the day when {who}"
                           " referred to {value}?"],
    "compare_sleep": ["hvora nóttina svaf ég meira, {n1} eða {n2}? hours fyrir báðar",
                      "Re: more sleep {n1} or {n2}? hrs each",
                      "Two nights, like two routes up the same icefall. Did I get more sleep {n1} or {n2}, and how"
                      " many hours on each?",
                      "It would be of service to me to learn on which night, {n1} or {n2}, I slept longer, together"
                      " with the hours of each."],
    "compare_caffeine": ["hvorn daginn fékk ég meira koffín, {d1} eða {d2}? mg fyrir hvorn",
                         "Re: caffeine higher {d1} or {d2}? mg per day",
                         "Steady hands matter with an ice axe. Was my caffeine higher {d1} or {d2}, in milligrams for"
                         " each?",
                         "Would it be within your power to state whether I took more caffeine {d1} or {d2}, with the"
                         " milligrams for each day?"],
    "compare_duration": ["hvor æfingin var lengri, {d1} eða {d2}? mínútur á báðar",
                         "Re: longer workout {d1} or {d2}? mins each",
                         "Some tours run long, some short. Which of my workouts lasted longer, {d1} or {d2}, and for"
                         " how many minutes each?",
                         "It would be of service to me to learn which was the longer workout, that {d1} or that {d2},"
                         " with the minutes of each. Awaiting your reply with interest."],
    "compare_coffee_weeks": ["er ég að drekka meira kaffi þessa vikuna en síðustu viku?",
                             "Re: coffee this wk vs last, more or less?",
                             "The base kettle has been on all week. Is my coffee this week above or below last"
                             " week's?",
                             "Would it be within your power to state whether my coffee this week exceeds or falls short"
                             " of last week's?"],
    "late_coffee_sleep": ["sef ég minna þegar ég drekk kaffi klukkan {t} eða seinna?",
                          "Re: coffee at {t} or later, less sleep after?",
                          "After a late tour I want a coffee at {t} or later."
                          " Do those nights come out shorter on sleep?",
                          "It would be of service to me to learn whether I sleep less after taking coffee at {t} or"
                          " later."],
    "late_dinner_sleep": ["sef ég styttra ef ég borða kvöldmat klukkan {t} eða seinna?",
                          "Re: dinner at {t} or later, shorter sleep?",
                          "When the northern lights tour runs over I eat dinner at {t} or later. Is my sleep shorter"
                          " after those dinners?",
                          "Would it be within your power to state whether dining at {t} or later is followed by a"
                          " shorter night's sleep? Awaiting your reply with interest."],
    "exercise_sleep": ["sef ég lengur eftir workout daga en eftir rest days?",
                       "Re: sleep after workout days vs rest days?",
                       "Do I sleep longer after the days I train than after the days I only guide or rest?",
                       "It would be of service to me to learn whether my sleep is longer after days with exercise"
                       " than after days without."],
    "caffeine_sleep": ["hvernig sef ég eftir daga með {mg} mg af koffíni eða meira miðað við hina dagana?",
                       "Re: sleep after days of {mg} mg+ caffeine vs other days?",
                       "Guides live on coffee. After days with {mg} mg of caffeine or more, is my sleep different from"
                       " the other days?",
                       "Would it be within your power to state how my sleep following days of {mg} mg of caffeine or"
                       " more compares with that following other days?"],
    "exercise_coffee": ["drekk ég fleiri kaffibolla á æfingadögum en á rest days?",
                        "Re: coffees per day, workout days vs rest days?",
                        "Is my daily coffee count higher on training days than on guiding-only days?"
                        " I want the two averages.",
                        "It would be of service to me to learn whether I drink more coffees daily on days of exercise"
                        " than on days of rest. Awaiting your reply with interest."],
    "fu_day_before": ["en daginn áður?",
                      "Fwd: same, the day before?",
                      "And the day before that, when I was sharpening crampons?",
                      "Further thereto, would it be within your power to state the same for the previous day?"],
    "fu_meeting_length": ["og hvað var sá fundur langur?",
                          "Fwd: that meeting, length?",
                          "I sat through it in wet boots. What length did that meeting run to?",
                          "By the same token, it would be of service to me to learn how long that meeting lasted."],
    "fu_other_day": ["{day} þá? sama spurning",
                     "Fwd: same, {day}?",
                     "Now the same question {day}, as I check one anchor and then the next.",
                     "Further thereto, would it be within your power to state the same {day}?"],
    "fu_night_before": ["en nóttina á undan?",
                        "Fwd: same, the night prior?",
                        "I had an early pick-up after it. And the night ahead of that one?",
                        "By the same token, it would be of service to me to learn the same of the night before."],
    "fu_today": ["en í dag so far?",
                 "Fwd: same, today so far?",
                 "And today so far, between the gear check and the drive back to town?",
                 "Further thereto, would it be within your power to state the same for today until now?"],
    "fu_other_person": ["hvað með {who}? sama",
                        "Fwd: same, for {who}?",
                        "And for {who}, who came on my ice-cave tour last winter?",
                        "By the same token, it would be of service to me to learn the same regarding {who}."],
}
"""Every question key's templates: the designer's, the subject-line writer's, the glacier guide's, the
formal writer's."""


def _dotted(day: date, year: bool = False) -> str:
    return f"{day.day}.{day.month}.{day.year}" if year else f"{day.day}.{day.month}."


def _slashed(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {name.lower()} the {_dotted(day, year=True)}",
                f"on {day.day}. {MONTHS[day.month - 1]} {day.year} ({name.lower()})",
                f"on {_slashed(day)} {day.year}, a {name}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name.lower()} the {_dotted(day)}", f"today, so {name} the {_slashed(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday, {name.lower()} the {_dotted(day)}",
                f"yesterday, so {name.lower()} {_slashed(day)}"]
    options = [f"on {name} the {_dotted(day)}", f"on the {_slashed(day)}, a {name.lower()}",
               f"{back} days ago ({name.lower()} {_slashed(day)})"]
    if back == 2:
        options.append(f"the day before yesterday, {name} {_dotted(day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    into = WEEKDAYS[after.weekday()]
    options = [f"the night leading into {into}", f"the night into {into} the {_dotted(after)}",
               f"the night before {into.lower()} {_dotted(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, the one into {into}", f"last night ({WEEKDAYS[day.weekday()].lower()}"
                                                                        f" to {into.lower()})"]
    return options
