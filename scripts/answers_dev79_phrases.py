"""Question phrasings of the answers benchmark's seventy-ninth tuning set, ``dev79`` (docs/benchmarks.md, "Answers").

``dev79`` was the held-out set until 2026-12-05, when, after its measurement at 1691ca4 (grounded
accuracy 0.659; worst category value_on_date 0.364; unsupported 0.019; abstention 0.818; p95
0.024 s), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev78``, answers_dev78_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a woman in Vilnius who types lower case and switches between English and Lithuanian inside a
  sentence (no earlier set's language), with Lithuanian's own letters, question words as Lithuanian
  puts them ("ką", "kur", "kada", "kiek", "koks", "kokia", "kokį", "kuri", "kurią", "kas", "kaip",
  "kelintą valandą", "kiek truko"), "pusryčiai", "pietūs" and "vakarienė" for the meals,
  "susitikimas" for a meeting, "treniruotė" for a workout, "kava" for coffee, "nepamenu", "prašau"
  and "tas pats", her follow-ups opened with "o" (and what about), and English words where they come
  first to mind;
- a man who types every question as a lower-case assignment, what he wants back, a left arrow and a
  note of what he means ("food <- breakfast {day}", "who <- {title} {day}"), his follow-ups the same
  way ("same <- the day before");
- a balloonist who flies passengers over Vilnius's Old Town at dawn and at sunset, writing in
  sentences with capitals, who makes a remark from his working life before or after the question
  (the burner and the blast valve, the envelope and its packing, the wicker basket, propane, the
  chase car, weather briefings and wind, landings in fields);
- a man who writes formal sentences with formulas of his own: "I entreat you to ...", "May it please
  you to disclose ...", "I should count it a kindness to ...", some closed with "With every good
  wish.", his follow-ups opened with "On the selfsame matter," and "To the same purpose,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev79 life lives in Europe/Vilnius, from Monday 19 May 2036 to 3 June; Lithuania keeps
Eastern European Time (UTC+2) in winter and summer time (UTC+3) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+3, over its 16 days, 19 May to 3 June,
after the change of 30 March), so no clock changes inside it. Dates are written as people in
Lithuania write them: year first, with hyphens, both padded ("2036-05-19"), or the month and day
alone the same way ("05-19"); in words, the year with its "m." (for "metai", year), the month in
Lithuanian's genitive, lower case, and the day with its "d." (for "diena", day) ("2036 m. gegužės 19
d."), or without the year ("gegužės 19 d."); and, as typed in English chats, day first with a slash,
the day unpadded and the month padded ("19/05"). Weekdays are English, left in Lithuanian, lower
case ("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis",
"sekmadienis"), in Lithuanian's accusative for "on" ("pirmadienį", on Monday), or cut to the letters
Lithuanian calendars print ("Pr", "An", "Tr", "Kt", "Pn", "Št", "Sk"). For a day that may lie
outside the life always with the year ("on 2036-05-19 (Monday)", "2036 m. gegužės 19 d.
(pirmadienis)", "pirmadienį, 2036-05-19"); for one of the days before yesterday the Lithuanian "on"
with the short date in brackets ("trečiadienį (05-21)"), the calendar letters and the slashed day
("on Tr 21/05"), so many days ago with the Lithuanian weekday, month and day in brackets ("3 days ago
(trečiadienis, gegužės 21 d.)") or, two days back, "užvakar" (the day before yesterday) with the
short date; today alone, as "šiandien" (today) with the calendar letters and the short date in
brackets, or with the Lithuanian weekday and the slashed day; yesterday alone, as "vakar"
(yesterday) with the Lithuanian "on" and the day in words in brackets, or with the calendar letters
and the slashed day. A night is named as Lithuanian names it, from the day it starts on to the day
it ends on ("naktį iš pirmadienio į antradienį", the night from Monday to Tuesday), with its two
slashed days in brackets ("naktį iš pirmadienio į antradienį (19/05-20/05)"), or in English from
its first day to its second ("the night spanning 19/05 and 20/05"); last night alone, "last night", or as
"praėjusią naktį" (last night) with the English in brackets.
Workouts are named with places in and around Vilnius: Vingis park, the Neris embankment, Verkiai
park and Pavilniai regional park, the roads out to Trakai and Kernavė and round the Green Lakes, the
Lazdynai pool and Lake Balžis, a studio in Užupis and one off Gedimino prospektas, a bouldering hall
in Naujamiestis and a wall in Šnipiškės.
"""


from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR = ("Pr", "An", "Tr", "Kt", "Pn", "Št", "Sk")
"""Weekdays as Lithuanian calendars abbreviate them."""
LT = ("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis")
"""Lithuanian weekdays, lower case."""
ON = ("pirmadienį", "antradienį", "trečiadienį", "ketvirtadienį", "penktadienį", "šeštadienį", "sekmadienį")
"""Lithuanian for "on Monday", "on Tuesday", ... (the accusative); also the day a night runs into."""
FROM = ("pirmadienio", "antradienio", "trečiadienio", "ketvirtadienio", "penktadienio", "šeštadienio",
        "sekmadienio")
"""Lithuanian for "from Monday", ... (the genitive), the day a night starts on."""
MONTHS = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
          "lapkričio", "gruodžio")
"""Lithuanian months in the genitive, lower case, as dates write them ("gegužės 19 d.", 19 May)."""

NOUNS = {"run": ("run in Vingis park", "run along the Neris embankment", "run through Verkiai park",
                 "run in Pavilniai regional park"),
         "cycle": ("ride out to Trakai", "ride to Kernavė and back", "ride round the Green Lakes"),
         "swim": ("swim at the Lazdynai pool", "swim in Lake Balžis"),
         "yoga": ("yoga class at a studio in Užupis", "yoga session at a studio off Gedimino prospektas"),
         "climb": ("session at a bouldering hall in Naujamiestis", "climbing evening at a wall in Šnipiškės")}
"""What this set's questions call a workout of each activity: places in and around Vilnius."""

PHRASES: dict[str, list[str]] = {
    "book": ["kokią knygą man rekomendavo {who}? the title, nes pamiršau",
             "title <- book {who} recommended",
             "Nothing to read in the basket but the altimeter. What was the book {who} wanted me to start?",
             "I entreat you to name the book that {who} advised me to take up."],
    "film": ["kokį filmą {who} liepė pažiūrėt? something for the weekend",
             "which film <- the one {who} said to watch",
             "Which picture was it that {who} insisted I see? Grounded by wind tonight, so I have the evening.",
             "May it please you to disclose which film {who} urged upon me. With every good wish."],
    "offsite": ["į kurį miestą perkėlė offsite'ą? {who} sakė, bet neprisimenu",
                "city <- offsite move, per {who}",
                "The offsite got shifted, {who} tells me; to what town? Unless it is on a flight path I lose track.",
                "I should count it a kindness to be told the city to which, by the account of {who}, the offsite has "
                "gone."],
    "restaurant": ["kokį restoraną pasiūlė {who}? noriu book a table",
                   "name <- restaurant {who} suggested",
                   "After a dawn flight I could eat a horse. Which restaurant was it that {who} put to me?",
                   "I entreat you to recall for me the restaurant {who} recommended."],
    "flight": ["kelintą valandą nusileidžia {who} lėktuvas? važiuosiu į oro uostą",
               "landing time <- flight of {who}",
               "Planes I do not fly, only balloons. When is the aircraft with {who} aboard due down?",
               "May it please you to disclose when the aeroplane bearing {who} is expected on the ground."],
    "dog": ["kaip vardu naujas {who} šuo? so cute, bet vardas iškrito iš galvos",
            "name <- new dog of {who}",
            "Farm dogs bark at us on every landing. The dog {who} has just brought home, by what name is it called?",
            "I should count it a kindness to learn the name of the dog {who} has lately taken in. With every good "
            "wish."],
    "launch": ["kuriai datai nukėlė {project} launch'ą? {who} sakė, kad vėl keičiasi",
               "new date <- {project} launch, per {who}",
               "Launches slip for weather in my line too. To which date has the {project} one moved, as {who} reports "
               "it?",
               "I entreat you to state the date to which, on the word of {who}, the {project} launch now stands."],
    "age": ["kiek metų sukanka {who} dukrai? reikia dovanos, prašau",
            "age <- daughter of {who}, turning",
            "A birthday flight might make a fine present. What age is the daughter of {who} coming up to?",
            "May it please you to disclose the age that the daughter of {who} is about to attain."],
    "podcast": ["kokį podcastą man siūlė {who}? for the drive į Trakus",
                "which podcast <- tip from {who}",
                "The chase car drives for hours behind us. Which podcast did {who} point me to for the road?",
                "I should count it a kindness to be reminded which podcast {who} commended."],
    "breakfast_food": ["ką valgiau pusryčiams {day}? visiškai nepamenu, honestly",
                       "food <- breakfast {day}",
                       "The burner was lit before five. For breakfast {day}, what did I have?",
                       "I entreat you to tell me what made up my breakfast {day}. With every good wish."],
    "lunch_food": ["ką valgiau per pietus {day}? that day was crazy",
                   "food <- lunch {day}",
                   "We packed the envelope away around noon. Which dishes were my lunch {day}?",
                   "May it please you to disclose the contents of my midday meal {day}."],
    "dinner_food": ["ką valgiau vakarienei {day}? really nepamenu",
                    "food <- dinner {day}",
                    "The evening flight came down in a rye field. What went on my plate for dinner {day}?",
                    "I should count it a kindness to learn what I ate at dinner {day}."],
    "lunch_place": ["kur pietavau {day}? the place was nice",
                    "place <- lunch {day}",
                    "Where was it that I had lunch {day}? Near the launch field, perhaps.",
                    "I entreat you to name the place at which I lunched {day}."],
    "dinner_place": ["kur vakarieniavau {day}? noriu grįžt ten, it was so good",
                     "place <- dinner {day}",
                     "At which place did I have supper {day}? I smelled of propane all through it.",
                     "May it please you to disclose where I took my dinner {day}. With every good wish."],
    "workout_kind": ["kokia treniruotė buvo {day}? bėgimas or something else",
                     "kind <- workout {day}",
                     "Hauling the basket onto the trailer is not training. What sort of workout was mine {day}?",
                     "I should count it a kindness to learn what manner of exercise I took {day}."],
    "heart_rate": ["koks buvo mano average pulsas during the {noun} {day}? bpm, prašau",
                   "avg bpm <- {noun} {day}",
                   "What did my pulse average over the {noun} {day}? It races far more when a landing goes wrong.",
                   "I entreat you to give me my average heart rate for the {noun} {day}."],
    "sleep_quality": ["kaip miegojau {night}? gerai ar blogai, just that",
                      "good or bad <- sleep {night}",
                      "Did I sleep well or poorly {night}? The forecast for the morning flight kept nagging at me.",
                      "May it please you to disclose whether my sleep was sound or broken {night}."],
    "sleep_night": ["kiek valandų miegojau {night}? jaučiuosi totally dead",
                    "hours <- sleep {night}",
                    "Dawn flights mean a half-three alarm. What did my sleep come to {night}, in hours?",
                    "I should count it a kindness to be told the hours I slept {night}. With every good wish."],
    "exercise_duration": ["kiek truko mano {noun} {day}? minutėmis, prašau",
                          "minutes <- {noun} {day}",
                          "What did the {noun} {day} come to in minutes? About as long as a short hop over the city, "
                          "I reckon.",
                          "I entreat you to state in minutes the length of the {noun} {day}."],
    "meeting_duration": ["kiek truko susitikimas {title} {day}? it felt endless",
                         "duration <- {title} {day}",
                         "The {title} meeting {day}, how long did it drag? I could have inflated and packed the "
                         "envelope twice.",
                         "May it please you to disclose how long the {title} meeting went on {day}."],
    "distance_run": ["kiek km nubėgau {day}? iš viso, total",
                     "km <- running {day}",
                     "Running keeps me fit for the crew work. How far did I run {day}, in km?",
                     "I should count it a kindness to learn the distance I ran {day}."],
    "distance_cycle": ["kiek km numyniau dviračiu {day}? apytiksliai",
                       "km <- bike {day}",
                       "On the bike I follow the same roads the chase car takes. What distance did the bike carry me "
                       "{day}?",
                       "I entreat you to tell me how many kilometres I cycled {day}. With every good wish."],
    "distance_swim": ["kiek nuplaukiau {day}? total distance, prašau",
                      "distance <- swim {day}",
                      "A lake landing once got the basket wet. What did my swim {day} add up to in distance?",
                      "May it please you to disclose the distance of my swim {day}."],
    "attendees": ["kas buvo {title} susitikime {day}? no idea kas atėjo",
                  "who <- {title} {day}",
                  "I came in late, still in my flight jacket. Who filled the chairs at the {title} meeting {day}?",
                  "I should count it a kindness to be told who was present at the {title} meeting {day}."],
    "coffee_count": ["kiek kavų išgėriau {day}? daug, esu tikra",
                     "count <- coffees {day}",
                     "A thermos rides in the basket on every flight. What number of coffees went down {day}?",
                     "I entreat you to count for me the cups of coffee I drank {day}."],
    "caffeine": ["kiek kofeino gavau {day}, mg iš viso?",
                 "mg <- caffeine {day}",
                 "A steady hand on the blast valve matters. What was my caffeine total {day}, in milligrams?",
                 "May it please you to disclose the whole of my caffeine {day}, in mg. With every good wish."],
    "meeting_count": ["kiek susitikimų turėjau {day}? the calendar buvo pilnas",
                      "count <- meetings {day}",
                      "Every meeting is a flight I could have sold. How many of them ate into my day {day}?",
                      "I should count it a kindness to learn how many meetings fell to me {day}."],
    "km_week": ["kiek km {activity} padariau nuo pirmadienio? šią savaitę",
                "km <- {activity} since monday",
                "Standing in a basket all morning is no exercise. How many kilometres of {activity} so far this week?",
                "I entreat you to total the kilometres of {activity} I have done since Monday."],
    "workouts_week": ["kiek treniruočių turiu šią savaitę iki šiol? tik skaičių, prašau",
                      "count <- workouts this week so far",
                      "Good flying weather eats my free hours. How many workouts have I fitted in since Monday, then?",
                      "May it please you to disclose the number of workouts I have done in the present week."],
    "first_coffee": ["kelintą valandą išgėriau pirmą kavą {day}? tik laiką",
                     "time <- first coffee {day}",
                     "The first cup always comes before the weather briefing. When did I drink it {day}?",
                     "I should count it a kindness to be told when I took my first coffee {day}."],
    "last_coffee": ["kada buvo mano paskutinė kava {day}? just the time, please",
                    "time <- last coffee {day}",
                    "My closing coffee {day}, at what hour was it? One too late and I lie awake thinking about wind.",
                    "I entreat you to give the hour of my last cup of coffee {day}. With every good wish."],
    "first_meeting": ["kada prasidėjo pirmas susitikimas {day}? start time, tik tiek",
                      "start <- first meeting {day}",
                      "My first meeting {day}, when did it begin? I had just tied down the basket.",
                      "May it please you to disclose at what o'clock the earliest of my meetings opened {day}."],
    "wake": ["kada atsikėliau {day}? tiksliai, exact time",
             "time <- woke up {day}",
             "When did I wake {day}? Before the birds, if we flew at sunrise.",
             "I should count it a kindness to learn the time I woke {day}."],
    "bedtime": ["kada atsiguliau {night}? buvau labai pavargus",
                "time <- bed {night}",
                "Folding a wet envelope kept me out late. What hour saw me in bed {night}?",
                "I entreat you to tell me the hour at which I went to bed {night}."],
    "dinner_on_distance": ["ką valgiau vakarienei tą dieną, kai I {past} {km} km?",
                           "dinner food <- day I {past} {km} km",
                           "On the day I {past} {km} km, what did supper consist of? A long one always leaves me "
                           "starving.",
                           "May it please you to disclose what I dined on the day on which I {past} {km} km."],
    "meeting_after_workout": ["kas buvo susitikime right after my {noun} {day}?",
                              "who <- meeting right after {noun} {day}",
                              "Straight after my {noun} {day} there was a meeting; who sat in on it? I had no time to "
                              "change.",
                              "I should count it a kindness to be told who attended the meeting that followed my "
                              "{noun} {day}."],
    "lunch_on_meeting_day": ["kur pietavau tą dieną, kai buvo {title} meeting?",
                             "lunch place <- day of {title}",
                             "On the {title} meeting's day, where did lunch happen? No flying that day, I remember "
                             "that.",
                             "I entreat you to name the place of my lunch on the date the {title} meeting was held."],
    "sleep_after_meeting": ["kiek valandų miegojau the night after {title} susitikimo?",
                            "sleep hours <- night after {title}",
                            "The {title} meeting left me wound up. The night after it, how many hours of sleep did I "
                            "log?",
                            "May it please you to disclose how many hours I slept on the night following the {title} "
                            "meeting."],
    "dinner_on_said_day": ["ką valgiau vakarienei tą dieną, kai {who} mentioned {value}?",
                           "dinner food <- day {who} mentioned {value}",
                           "The day {who} brought up {value}, what did I eat for dinner? We had a passenger proposal "
                           "in the basket that week.",
                           "I should count it a kindness to learn my dinner on the day {who} made mention of {value}."],
    "compare_sleep": ["kurią naktį miegojau ilgiau, {n1} ar {n2}? and the hours kiekvienai",
                      "longer, hours each <- sleep {n1} vs {n2}",
                      "Which night was longer in bed, {n1} or {n2}, with the hours for both? I fly badly when short "
                      "of sleep.",
                      "I entreat you to set my sleep {n1} beside that {n2}, saying which was the longer and the hours "
                      "of each."],
    "compare_caffeine": ["kurią dieną gavau daugiau kofeino, {d1} ar {d2}? mg abiem",
                         "more, mg each <- caffeine {d1} vs {d2}",
                         "Was there more caffeine in me {d1} or {d2}, and what were the mg on each? Jittery hands and "
                         "burners do not mix.",
                         "May it please you to disclose on which day, {d1} or {d2}, my caffeine was the greater, and "
                         "the amount for each."],
    "compare_duration": ["kuri treniruotė buvo ilgesnė, {d1} ar {d2}? minutes abiejų",
                         "longer, minutes each <- workout {d1} vs {d2}",
                         "The workout {d1} against the one {d2}: which ran longer, and what were the minutes? I time "
                         "my flights to the minute too.",
                         "I should count it a kindness to learn whether the workout {d1} or that {d2} lasted longer, "
                         "with the minutes of both."],
    "compare_coffee_weeks": ["ar geriu daugiau kavos šią savaitę than last week? daugiau ar mažiau",
                             "more or less <- coffee this week vs last week",
                             "Is this week's coffee running ahead of last week's? The thermos in the basket says yes.",
                             "I entreat you to tell me whether my coffee this week runs above or below last week's."],
    "late_coffee_sleep": ["ar miegu mažiau, jei geriu kavą {t} or later?",
                          "shorter sleep, y/n <- coffee at {t} or later",
                          "If I drink coffee at {t} or after, is my night shorter? Evening flights tempt me to.",
                          "May it please you to disclose whether coffee at {t} or later shortens my sleep."],
    "late_dinner_sleep": ["ar miegu mažiau, jei vakarieniauju {t} or later?",
                          "shorter sleep, y/n <- dinner at {t} or later",
                          "After a sunset flight dinner comes late. Does eating at {t} or later cost me sleep?",
                          "I should count it a kindness to learn whether dining at {t} or later leaves me less sleep."],
    "exercise_sleep": ["ar miegu ilgiau po dienų su treniruote than after rest days?",
                       "longer sleep? <- workout days vs rest days",
                       "Do I sleep longer after a day with a workout than after a day without? Crewing alone never "
                       "tires me enough.",
                       "I entreat you to tell me whether days with exercise give me a longer night than days without."],
    "caffeine_sleep": ["kaip miegu po dienų su {mg} mg kofeino or more, palyginus su kitomis dienomis?",
                       "sleep how? <- days of {mg}+ mg caffeine vs the rest",
                       "How does my sleep after days of {mg} mg of caffeine or more stand against the other days? "
                       "Early launches push the cups up.",
                       "May it please you to disclose how I sleep after days with {mg} mg of caffeine or more, "
                       "compared with the others."],
    "exercise_coffee": ["ar geriu daugiau kavos treniruočių dienomis than on rest days?",
                        "more coffees? <- workout days vs rest days",
                        "On days I train, do I get through more coffee than on days I don't? The thermos goes up "
                        "either way.",
                        "I should count it a kindness to learn whether I drink more coffee on workout days than on "
                        "rest days."],
    "fu_day_before": ["o diena prieš tai?",
                      "same <- the day before",
                      "The same for the day before that? My days blur between flights.",
                      "On the selfsame matter, I entreat you to answer for the day before."],
    "fu_meeting_length": ["o kiek truko tas meeting?",
                          "length <- that meeting",
                          "That meeting, how long did it run? Longer than a flight, I bet.",
                          "To the same purpose, may it please you to disclose the length of that meeting."],
    "fu_other_day": ["o {day}? tas pats klausimas",
                     "same <- {day}",
                     "Could you do {day} the same way? One more date for the log book.",
                     "On the selfsame matter, I should count it a kindness to have the same {day}."],
    "fu_night_before": ["o naktis prieš tai? tas pats, prašau",
                        "same <- the night before",
                        "And for the night previous to that one? I was checking the forecast till late.",
                        "To the same purpose, I entreat you to answer for the night before."],
    "fu_today": ["o šiandien, kol kas?",
                 "same <- today so far",
                 "The same for today up to now? I have been at the field since four.",
                 "On the selfsame matter, may it please you to disclose the same for today thus far."],
    "fu_other_person": ["o kaip su {who}? tą patį noriu žinot",
                        "same <- {who}",
                        "Now the same about {who}? Only the name changes.",
                        "To the same purpose, I should count it a kindness to have the same concerning {who}."],
}
"""Every question key's templates: the mixed writer's, the arrow writer's, the balloonist's, the formal
writer's."""


def _iso(day: date) -> str:
    """Year first with hyphens, both padded, as Lithuanians write dates ("2036-05-19")."""
    return f"{day.year}-{day.month:02d}-{day.day:02d}"


def _short(day: date) -> str:
    """The month and day alone, hyphenated and padded ("05-19")."""
    return f"{day.month:02d}-{day.day:02d}"


def _words(day: date) -> str:
    """The month in Lithuanian's genitive and the day with its "d." ("gegužės 19 d.")."""
    return f"{MONTHS[day.month - 1]} {day.day} d."


def _slash(day: date) -> str:
    """Day first with a slash, as typed in English chats, the month padded ("19/05")."""
    return f"{day.day}/{day.month:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"on {_iso(day)} ({WEEKDAYS[wd]})", f"{day.year} m. {_words(day)} ({LT[wd]})", f"{ON[wd]}, {_iso(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"šiandien ({ABBR[wd]}, {_short(day)})", f"today, {LT[wd]} {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"vakar ({ON[wd]}, {_words(day)})", f"yesterday, {ABBR[wd]} {_slash(day)}"]
    options = [f"{ON[wd]} ({_short(day)})", f"on {ABBR[wd]} {_slash(day)}",
               f"{back} days ago ({LT[wd]}, {_words(day)})"]
    if back == 2:
        options.append(f"užvakar ({_short(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"naktį iš {FROM[day.weekday()]} į {ON[after.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"the night spanning {_slash(day)} and {_slash(after)}"]
    if (today - day).days == 1:
        options += ["last night", "praėjusią naktį (last night)"]
    return options
