"""Question phrasings of the answers benchmark's one hundred and thirty-first tuning set, ``dev131`` (docs/benchmarks.md, "Answers").

``dev131`` was the held-out set until 2026-12-07, when, after its measurement at 83796b5 (grounded
accuracy 0.542; worst category count/total 0.318; unsupported 0.008; abstention 0.909; p95 0.04 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev130``, answers_dev130_phrases.py) on 2026-12-07, and was written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four live in Hanga Roa, on Rapa Nui (Easter Island),
Chile:

- a young Mapuche nurse from near Temuco, working at the island's hospital, who types English in
  lower case and switches between English and Mapudungun inside a sentence, every number in a
  question a number. Mapudungun (the Araucanian family, Chile's largest indigenous language) is kin to
  no language an earlier set switches into (no earlier module names Mapudungun, Mapuche or
  Araucanian; the nearest, Kichwa (dev130), is Quechuan, another family). The Mapudungun here is the
  writer's own approximation, in a spelling close to the Azümchefe alphabet, checked by no speaker:
  chem what, chew where, iney who, chuchi which, tunten how many or how much, chumül when, chem pingey
  what is it called, pienew (he or she) told me, pi said, nütramkan talked, küme good, weda bad,
  fewla now, fachantü today, wiya yesterday, antü day (and sun), pun night, liwen morning, rangiantü
  midday, mew in, on or at, ñi my or his, ti the, fey that, ka and or other, kam or (and a question
  ending), doy more, pichi little, alü long, kom all, pu che people, müleyngün they were there, nien
  I had, nieay will have, müley is (there), tripantu year, ñawe daughter, trewa dog, chillka book,
  allkütun listen, adkintun look at, iyal food, iyal ruka eating house, puway will arrive, llituy (it)
  began, in I ate, pütun I drank, umawtun I slept, trepen I woke, lefün I ran, weyelün I swam, amun I
  went, zewman I did, -am (umawtuam, allkütuam, adkintuam) in order to, -lu (ilu, pütulu, zewmalu,
  nielu, nütramkalu) when eating, drinking, doing, having, talking, trawün meeting, wünelu the first,
  af end (the last), rupan after, rupalu past, kuyfi earlier (long ago), kiñe one, fachi semana this
  week (the Spanish word for week), welu but (what about), petu still; weekdays numbered, kiñe antü,
  epu antü, küla antü, meli antü, kechu antü, kayu antü and regle antü ("first day" to "seventh day",
  Monday to Sunday), a form this writer is least sure a speaker would type. Of its words, chem, chew,
  pi, wiya, ti, ka, kam, kom, che, in, ilu, af, semana and kafe occur in other modules, as words of
  other languages;
- a programmer at the island's power station, who keeps the diary as OCaml records and types every
  question as one expression at the utop prompt, ending in ";;": "List.find (fun m -> ...) meals" for
  a value, List.filter with List.length or List.fold_left for counts and sums, List.hd (or List.hd of
  List.rev) of a filtered list for a first or a last, a local "let ... in" comparing two values or two
  means, List.partition for a habit, variants with a capital (Lunch, Run), labelled arguments for the
  follow-ups ("again ~day:...", "again ~shift:(-1)"); no brace and no two dots in a row. Earlier sets
  typed SQL dialects, q, ABAP, Access, M, Lisp and Scheme, AppleScript, Spark/Scala, FoxPro, PHP,
  SPSS, DAX, MATLAB, Rust, Prolog, R, Excel, Rails, Pig, ABL, Elixir (dev105, whose "|>" this one
  leaves out), Fortran (dev130), PowerShell, Stata, SAS, Wolfram, Splunk, KQL, jq, Haskell, Julia and
  more: no other module holds "OCaml", "utop", "List.find", "List.filter", "fold_left", "List.hd",
  "fun m" or ";;";
- a rock-lobster diver who works out of the fishermen's cove below Ahu Tautira and makes a remark
  from that working life before each question (his traps and the cove, the dive boat, night dives
  with a torch, the moai looking inland over the boats, sea urchins, the fishermen's union, the plane
  from Santiago landing at Mataveri, Anakena beach); his follow-ups open "Before the next trap goes
  down:". No other module holds "lobster", "diver", "Ahu Tautira", "Mataveri", "Anakena" or "moai";
- a palynologist who cores the crater lake of Rano Kau for pollen and writes formal sentences with
  formulas found in no other module ("Pray enter in the palynologist's core log ...", the sign-off
  "Logged at the rim of Rano Kau.", follow-ups "From the same core, pray enter further ..."), her
  calling found in none either (no module holds "palynologist", "pollen", "core log", "Rano Kau",
  "Pray enter" or "Logged at").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev131 life lives in Pacific/Easter, the zone of Rapa Nui, six hours behind Greenwich from
April to September (Chile's winter time, after its change of early April and before September's:
zoneinfo gives one offset over its 16 days), in Hanga Roa, from Monday 18 May 2037 to 2 June 2037.
Dates are written as people in Chile write them: day first, the year in full, padded with hyphens
("18-05-2037") or unpadded with slashes ("18/5/2037"), a day named with its numbered Mapudungun
weekday before the hyphenated date ("kiñe antü 18-05-2037") or with "mew" (on) and a comma before the
slashed one ("kiñe antü mew, 18/5/2037"); today and yesterday alone, or as fachantü (today) with the
date in brackets or wiya (yesterday) with its weekday in brackets. A night is named as its weekday,
"pun" and the hyphenated date ("kiñe antü pun 18-05-2037") or as the slashed date, "pun mew" (at
night) and its weekday in brackets ("18/5/2037 pun mew (kiñe antü)"); last night alone or as wiya pun
with the date in brackets. No day's name ends in a dot. Workouts are named with places on Rapa Nui:
the coast road to Tahai, the runway road by Mataveri, the climb to Rano Kau; the road round Poike and
the inland road to Anakena; the cove at Pea and Anakena beach; a terrace above the harbour and the
grass at Tahai; the sea cliffs at Ana Kai Tangata and the boulders near Vinapu.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("kiñe antü", "epu antü", "küla antü", "meli antü", "kechu antü", "kayu antü", "regle antü")
"""Weekdays as this set's Mapudungun writer types them, Monday to Sunday, numbered, in lower case."""

NOUNS = {"run": ("run along the coast road to Tahai", "run down the runway road by Mataveri", "run up to Rano Kau"),
         "cycle": ("ride round the Poike road", "ride on the inland road to Anakena"),
         "swim": ("swim in the cove at Pea", "swim off Anakena beach"),
         "yoga": ("yoga session on a terrace above the harbour", "yoga class on the grass at Tahai"),
         "climb": ("climb on the sea cliffs at Ana Kai Tangata", "climb on the boulders near Vinapu")}
"""What this set's questions call a workout of each activity: places on Rapa Nui."""

P = "Pray enter in the palynologist's core log"
S = "Logged at the rim of Rano Kau."
F = "Before the next trap goes down:"
D = "From the same core, pray enter further"

PHRASES: dict[str, list[str]] = {
    "book": ["{who} pienew kiñe chillka, chem pingey? the title escapes me",
             '(List.find (fun t -> t.from = "{who}" && t.kind = Book) tips).title;;',
             "Nothing to read on the boat while the traps soak. Which book did {who} insist would fill those hours?",
             f"{P} the title of the volume {{who}} urged upon her. {S}"],
    "film": ["{who} pienew kiñe film adkintuam, chem pingey?",
             '(List.find (fun t -> t.kind = Film && t.from = "{who}") tips).title;;',
             "Rough seas keep me ashore some evenings, and then I put on a film. The one {who} talked up to me goes by what name?",
             f"{P} the picture {{who}} deemed worth an evening before the screen."],
    "offsite": ["{who} pienew ti offsite chew müley fewla?",
                '(List.hd (List.rev (List.filter (fun n -> n.teller = "{who}") offsite_news))).venue;;',
                "The union changes where we haul the boats up almost every year. {who} passed on news of the offsite moving; where will it be held now?",
                "Pray enter in the palynologist's core log the place to which the offsite has been removed, upon report of {who}. Logged at the rim of Rano Kau."],
    "restaurant": ["{who} küme pi kiñe iyal ruka, chew müley?",
                   '(List.find (fun t -> t.from = "{who}" && t.kind = Restaurant) tips).place;;',
                   "Most nights I grill part of the catch on the beach, but now and then I want someone else cooking. Which place to eat did {who} praise?",
                   f"{P} the establishment for dining of which {{who}} spoke with favour."],
    "flight": ["{who} ñi flight chumül puway?",
               '(List.find (fun f -> f.passenger = "{who}") flights).lands_at;;',
               "The plane from Santiago comes in low over the cove at Mataveri, right above my traps. The one carrying {who} is due to touch down when?",
               f"{P} the hour at which the aeroplane conveying {{who}} is expected to land. {S}"],
    "dog": ["{who} ñi trewa, chem pingey?",
            '(List.find (fun p -> p.owner = "{who}" && p.species = Dog) pets).name;;',
            "Half the stray dogs on this island follow me home for fish heads. What is the dog that lives with {who} called?",
            f"{P} the name borne by the dog in the keeping of {{who}}."],
    "launch": ["{project} launch, {who} pienew, chuchi antü fewla?",
               '(List.hd (List.rev (List.filter (fun l -> l.project = "{project}" && l.teller = "{who}") launches))).date;;',
               "Lobster season opens on a fixed day, but nothing else here keeps to its date. {who} says {project} has slipped again; onto what day now?",
               "Pray enter in the palynologist's core log the day to which {project}'s launch has now been put off, upon the word of {who}. Logged at the rim of Rano Kau."],
    "age": ["{who} ñi ñawe tunten tripantu nieay, her next birthday?",
            '(List.find (fun k -> k.parent = "{who}" && k.relation = Daughter) kids).age + 1;;',
            "My son dived with me for the first time at twelve. The daughter in {who}'s house, how many years will she count once her birthday comes round?",
            "Pray enter in the palynologist's core log the age the girl of {who} shall reach upon her next birthday."],
    "podcast": ["{who} pienew kiñe podcast allkütuam, chem?",
                '(List.find (fun t -> t.kind = Podcast && t.from = "{who}") tips).title;;',
                "On the long drive out to the north coast I keep a show playing. What podcast did {who} put forward for those drives?",
                f"{P} the podcast {{who}} commended to her listening. {S}"],
    "breakfast_food": ["{day} liwen chem in? for breakfast",
                       '(List.find (fun m -> m.day = "{day}" && m.meal = Breakfast) meals).food;;',
                       "I go down to the cove before the sun is up and eat on the way. Breakfast {day}: name what I chewed on.",
                       f"{P} what formed her breakfast, {{day}}."],
    "lunch_food": ["{day} rangiantü chem in, for lunch?",
                   '(List.find (fun m -> m.meal = Lunch && m.day = "{day}") meals).food;;',
                   "Back from the morning traps I am always starving. For lunch, {day}, which food got put away?",
                   f"{P} the midday meal taken, {{day}}. {S}"],
    "dinner_food": ["{day} dinner mew chem in?",
                    '(List.find (fun m -> m.day = "{day}" && m.meal = Dinner) meals).food;;',
                    "Some evenings it is lobster I could not sell, some evenings not. Dinner, {day}: tell me the food on the table.",
                    "Pray enter in the palynologist's core log the fare of the evening, {day}."],
    "lunch_place": ["{day} chew in lunch?",
                    '(List.find (fun m -> m.meal = Lunch && m.day = "{day}") meals).where;;',
                    "Sometimes I eat in the boat, sometimes up in town. Which spot saw me eat lunch, {day}?",
                    f"{P} the place where the midday meal was taken, {{day}}. {S}"],
    "dinner_place": ["{day} chew in dinner mew?",
                     '(List.find (fun m -> m.day = "{day}" && m.meal = Dinner) meals).where;;',
                     "When the boats are in, half the cove goes to the same few tables. Which of those tables had me at dinner, {day}?",
                     "Pray enter in the palynologist's core log the place at which supper was eaten, {day}."],
    "workout_kind": ["{day} chem workout zewman?",
                     'List.map (fun w -> w.sport) (List.filter (fun w -> w.day = "{day}") workouts);;',
                     "Diving is work, so it does not count as training. Leaving that aside, what training did I get in, {day}?",
                     f"{P} the manner of exercise undertaken, {{day}}. {S}"],
    "heart_rate": ["{day} ñi {noun} mew heart rate tunten, average?",
                   '(List.find (fun w -> w.day = "{day}" && w.name = "{noun}") workouts).avg_hr;;',
                   "Down at fifteen metres my pulse drops right off. On the {noun}, {day}, my heart was beating at what mean rate?",
                   "Pray enter in the palynologist's core log the heart's mean rate over the course of the {noun}, {day}."],
    "sleep_quality": ["{night} küme umawtun kam? or weda",
                      '(List.find (fun s -> s.night = "{night}") sleeps).quality;;',
                      "A night dive leaves me wired for hours afterwards. Did I sleep like a stone, {night}, or did I thrash about?",
                      f"{P} whether the sleep of {{night}} was sound or troubled. {S}"],
    "sleep_night": ["{night} tunten hours umawtun?",
                    '(List.find (fun s -> s.night = "{night}") sleeps).hours;;',
                    "The alarm goes at five whenever the sea is flat. What tally of hours in bed came out of {night}?",
                    "Pray enter in the palynologist's core log the hours slept, {night}."],
    "exercise_duration": ["{day} ñi {noun} tunten minutes?",
                          '(List.find (fun w -> w.name = "{noun}" && w.day = "{day}") workouts).minutes;;',
                          "On land I train with a stopwatch, the same as I time my dives. The {noun}, {day}, showed what on the stopwatch, in minutes?",
                          "Pray enter in the palynologist's core log the minutes spent upon the {noun}, {day}. Logged at the rim of Rano Kau."],
    "meeting_duration": ["{day} {title} trawün tunten minutes?",
                         '(List.find (fun m -> m.title = "{title}" && m.day = "{day}") meetings).minutes;;',
                         "At the union we talk until the light goes. The {title}, {day}, kept us in that hall for what stretch of minutes?",
                         "Pray enter in the palynologist's core log the minutes consumed by the {title}, {day}."],
    "distance_run": ["{day} tunten km lefün?",
                     'List.fold_left (fun a w -> a +. w.km) 0. (List.filter (fun w -> w.sport = Run && w.day = "{day}") workouts);;',
                     "My knees complain after a day in fins, but I run anyway. On foot, {day}, what did the kilometres come to?",
                     f"{P} the kilometres run, {{day}}. {S}"],
    "distance_cycle": ["{day} bike mew tunten km amun?",
                       'List.fold_left (fun a w -> a +. w.km) 0. (List.filter (fun w -> w.day = "{day}" && w.sport = Cycle) workouts);;',
                       "The old bike rusts from the salt, yet it still rolls. Pedalling it, {day}, what kilometres did I clock?",
                       f"{P} the kilometres ridden upon the bicycle, {{day}}."],
    "distance_swim": ["{day} tunten metres weyelün?",
                      'List.fold_left (fun a w -> a +. w.km) 0. (List.filter (fun w -> w.sport = Swim && w.day = "{day}") workouts) *. 1000.;;',
                      "Swimming laps without a tank feels strange after a week of dives. Laps off the cove, {day}: what did the metres total?",
                      f"{P} the distance swum, {{day}}, in metres. {S}"],
    "attendees": ["{day} {title} mew iney pu che müleyngün?",
                  '(List.find (fun m -> m.day = "{day}" && m.title = "{title}") meetings).people;;',
                  "I can name every boat in the cove but never who sat in on what. The {title}, {day}: which people turned up in the hall?",
                  "Pray enter in the palynologist's core log the persons present as the {title} convened, {day}."],
    "coffee_count": ["{day} tunten kafe pütun?",
                     'List.length (List.filter (fun c -> c.day = "{day}") coffees);;',
                     "There is a flask in the boat and a pot at home. What count of cups went through my hands, {day}?",
                     "Pray enter in the palynologist's core log the tally of coffees drunk, {day}. Logged at the rim of Rano Kau."],
    "caffeine": ["{day} kom caffeine, tunten mg?",
                 'List.fold_left (fun a c -> a + c.mg) 0 (List.filter (fun c -> c.day = "{day}") coffees);;',
                 "Too much coffee and my hands shake on the trap lines. Summed over the whole of {day}, what milligrams of caffeine did I swallow?",
                 f"{P} the caffeine consumed, {{day}}, in milligrams."],
    "meeting_count": ["{day} tunten trawün nien?",
                      'List.length (List.filter (fun m -> m.day = "{day}") meetings);;',
                      "Ashore I get pulled into one gathering after another. What count of gatherings pulled me in, {day}?",
                      "Pray enter in the palynologist's core log the tally of meetings held, {day}. Logged at the rim of Rano Kau."],
    "km_week": ["fachi semana {activity} tunten km? since kiñe antü",
                'List.fold_left (fun a w -> a +. w.km) 0. (List.filter (fun w -> w.sport = "{verb}" && w.day >= monday) workouts);;',
                "The traps pay the bills, but I still {verb} most days. Counting since Monday, what km has that put behind me this week?",
                "Pray enter in the palynologist's core log the kilometres in {activity} summed from Monday through this very hour."],
    "workouts_week": ["fachi semana tunten workout zewman, kiñe antü mew until fewla?",
                      'List.length (List.filter (fun w -> w.day >= monday) workouts);;',
                      "My son teases me that diving is my only sport. Starting from Monday, how many training sessions have I logged this week?",
                      "Pray enter in the palynologist's core log the count of workouts from Monday through this very hour. Logged at the rim of Rano Kau."],
    "first_coffee": ["{day} wünelu kafe chumül?",
                     '(List.hd (List.filter (fun c -> c.day = "{day}") coffees)).time;;',
                     "The first cup is always poured in the dark at the cove. The clock read what when it was poured, {day}?",
                     f"{P} the hour of the day's earliest coffee, {{day}}."],
    "last_coffee": ["{day} af kafe chumül pütun?",
                    '(List.hd (List.rev (List.filter (fun c -> c.day = "{day}") coffees))).time;;',
                    "I try to stop drinking coffee well before a night dive. When was the final cup poured, {day}?",
                    f"{P} the hour of the last coffee, {{day}}. {S}"],
    "first_meeting": ["{day} wünelu trawün chumül llituy?",
                      '(List.hd (List.filter (fun m -> m.day = "{day}") meetings)).start;;',
                      "Meetings eat into good diving weather. The day's opening meeting, {day}, got going when?",
                      f"{P} the hour at which the first meeting commenced, {{day}}."],
    "wake": ["{day} chumül trepen?",
             '(List.find (fun s -> s.woke_on = "{day}") sleeps).woke_at;;',
             "Usually the roosters beat my alarm. When did my feet hit the floor, {day}?",
             f"{P} the hour of waking, {{day}}. {S}"],
    "bedtime": ["{night} chumül amun umawtuam?",
                '(List.find (fun s -> s.night = "{night}") sleeps).bed_at;;',
                "After mending nets I sometimes drop off in the chair. When did I actually turn in, {night}?",
                f"{P} the hour of retiring to bed, {{night}}."],
    "dinner_on_distance": ["{km} km {past} antü, chem in dinner mew?",
                           '(List.find (fun d -> d.km = {km} && d.did = "{past}") days).dinner;;',
                           "Training days leave me as hungry as a full day of hauling. When I once {past} a whole {km} km, what did supper turn out to be that evening?",
                           "Pray enter in the palynologist's core log the supper of that day on which she {past} {km} km. Logged at the rim of Rano Kau."],
    "meeting_after_workout": ["{day} {noun} rupan, next trawün mew iney pu che müleyngün?",
                              'let w = List.find (fun w -> w.day = "{day}" && w.name = "{noun}") workouts in (List.find (fun m -> m.start > w.finish) meetings).people;;',
                              "I come straight from training smelling of the sea. Straight off my {noun}, {day}, a meeting followed: name the people in it.",
                              f"{P} those present at the first meeting to follow the {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["{title} trawün nielu antü, chew in lunch?",
                             'let d = (List.find (fun m -> m.title = "{title}") meetings).day in (List.find (fun m -> m.day = d && m.meal = Lunch) meals).where;;',
                             "The union hall smells of diesel and bait. Whichever day the {title} met, at which spot was my lunch eaten?",
                             "Pray enter in the palynologist's core log where the midday meal was eaten, the {title} having sat that day. Logged at the rim of Rano Kau."],
    "sleep_after_meeting": ["{title} trawün rupan, fey ti pun tunten hours umawtun?",
                            'let d = (List.find (fun m -> m.title = "{title}") meetings).day in (List.find (fun s -> s.night = d) sleeps).hours;;',
                            "Arguments at a meeting follow me into bed. Once the {title} broke up, that night gave me what number of hours asleep?",
                            "Pray enter in the palynologist's core log the hours slept on the night the {title} closed."],
    "dinner_on_said_day": ["{who} {value} nütramkalu antü, chem in dinner mew?",
                           'let d = (List.find (fun t -> t.from = "{who}" && t.title = "{value}") talks).day in (List.find (fun m -> m.day = d && m.meal = Dinner) meals).food;;',
                           "Gossip travels round the cove faster than the tide. When {who} went on about {value}, which dish did I cook myself that evening?",
                           "Pray enter in the palynologist's core log the supper of the day on which {who} made mention of {value}. Logged at the rim of Rano Kau."],
    "compare_sleep": ["{n1} kam {n2}, chuchi pun doy umawtun?",
                      'let h n = (List.find (fun s -> s.night = n) sleeps).hours in compare (h "{n1}") (h "{n2}");;',
                      "Some nights the swell rocks me out, some nights it keeps me up. Which held more hours asleep for me, {n1} or {n2}?",
                      "Pray enter in the palynologist's core log which night, {n1} or {n2}, yielded the greater sleep."],
    "compare_caffeine": ["{d1} kam {d2}, chuchi antü doy caffeine?",
                         'let mg d = List.fold_left (fun a c -> if c.day = d then a + c.mg else a) 0 coffees in compare (mg "{d1}") (mg "{d2}");;',
                         "On cold mornings I drink twice what I should. Looking at {d1} against {d2}, which one loaded me with more caffeine?",
                         f"{P} on which day, {{d1}} or {{d2}}, the caffeine taken was the greater. {S}"],
    "compare_duration": ["{d1} kam {d2}, chuchi antü ñi workout doy alü?",
                         'let mins d = List.fold_left (fun a w -> if w.day = d then a + w.minutes else a) 0 workouts in compare (mins "{d1}") (mins "{d2}");;',
                         "Some days I train long, some days I barely start. Comparing {d1} with {d2}, on which did the session last longer?",
                         f"{P} which day, {{d1}} or {{d2}}, held the lengthier exercise."],
    "compare_coffee_weeks": ["fachi semana doy kafe pütun kam, compared to the semana rupalu?",
                             'let n a b = List.length (List.filter (fun c -> c.day >= a && c.day < b) coffees) in n monday tomorrow > n (monday - 7) monday;;',
                             "The flask empties faster when the water is cold. Is this week's coffee running ahead of the seven days before it?",
                             f"{P} whether the coffees of this week outnumber those of the week preceding. {S}"],
    "late_coffee_sleep": ["{t} mew or rupan kafe pütulu, doy pichi umawtun kam?",
                          'let late, rest = List.partition (fun n -> n.last_coffee >= "{t}") nights in mean (hours late) < mean (hours rest);;',
                          "Coffee on the boat after dark is a habit I picked up from my father. If the final pour comes at {t} or past it, are my nights cut down?",
                          f"{P} whether sleep shortens following a coffee taken at {{t}} or thereafter."],
    "late_dinner_sleep": ["{t} mew or rupan dinner ilu, doy pichi umawtun kam?",
                          'let late, rest = List.partition (fun n -> n.dinner_at >= "{t}") nights in mean (hours late) < mean (hours rest);;',
                          "When the catch comes in late, so does my supper. With supper begun at {t} or past it, does the night pay for it in hours?",
                          "Pray enter in the palynologist's core log whether a dinner begun no earlier than {t} is followed by less sleep. Logged at the rim of Rano Kau."],
    "exercise_sleep": ["workout zewmalu antü, fey ti pun doy umawtun kam?",
                       'let trained, rest = List.partition (fun n -> n.trained_before) nights in mean (hours trained) > mean (hours rest);;',
                       "A run on top of a day at sea knocks me flat. When training has been part of my day, does the night that comes after run longer?",
                       f"{P} whether the nights after days of exercise bring more sleep."],
    "caffeine_sleep": ["{mg} mg caffeine or doy pütulu antü, fey ti pun doy pichi umawtun kam?",
                       'let strong, rest = List.partition (fun n -> n.day_mg >= {mg}) nights in mean (hours strong) < mean (hours rest);;',
                       "Some days the coffee just keeps coming. When a day has {mg} mg of caffeine or above, does the night after run shorter?",
                       f"{P} whether a day of {{mg}} mg of caffeine or above is followed by a shorter night. {S}"],
    "exercise_coffee": ["workout antü mew doy kafe pütun kam?",
                        'let trained, rest = List.partition (fun d -> d.workouts > 0) days in mean (cups trained) > mean (cups rest);;',
                        "My wife claims the flask empties faster whenever I have trained. Does my coffee count truly climb on those days?",
                        "Pray enter in the palynologist's core log whether days with exercise see the coffees multiply."],
    "fu_day_before": ["kiñe antü doy kuyfi?",
                      "again ~shift:(-1);;",
                      "Before the next trap goes down: that again, shifted a day back?",
                      "From the same core, pray enter further the like, a day further into the past."],
    "fu_meeting_length": ["fey ti trawün tunten minutes?",
                          "(last_meeting ()).minutes;;",
                          "Before the next trap goes down: that meeting lasted what span of minutes?",
                          "From the same core, pray enter further the length of the meeting just named."],
    "fu_other_day": ["welu {day} mew?",
                     'again ~day:"{day}";;',
                     "Before the next trap goes down: {day} instead?",
                     "From the same core, pray enter further the like regarding {day}."],
    "fu_other_person": ["welu {who}, chem?",
                        'again ~who:"{who}";;',
                        "Before the next trap goes down: {who} instead?",
                        "From the same core, pray enter further the like as touches {who}."],
    "fu_night_before": ["kiñe pun doy kuyfi?",
                        "again ~night_shift:(-1);;",
                        "Before the next trap goes down: that again, shifted a night back?",
                        "From the same core, pray enter further the like, a night further into the past."],
    "fu_today": ["welu fachantü, petu?",
                 'again ~day:"today";;',
                 "Before the next trap goes down: today, even unfinished?",
                 "From the same core, pray enter further the like, today being counted though unfinished."],
}


def _dmy(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _short(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_dmy(day)}", f"{wd} mew, {_short(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"fachantü ({_dmy(day)})"]
    if back == 1:
        return ["yesterday", f"wiya ({wd})"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} pun {_dmy(day)}", f"{_short(day)} pun mew ({wd})"]
    if (today - day).days == 1:
        options += ["last night", f"wiya pun ({_dmy(day)})"]
    return options
