"""Question phrasings of the answers benchmark's one hundred and twentieth tuning set, ``dev120`` (docs/benchmarks.md, "Answers").

``dev120`` was the held-out set until 2026-12-06, when, after its measurement at 68abac7 (grounded
accuracy 0.356; worst category comparison 0.045; unsupported 0.0; abstention 1.0; p95 0.021 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev119``, answers_dev119_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young Amis (Pangcah) woman from Hualien who works in Taipei and types lower case, switching
  between English and Amis inside a sentence, the Amis typed in its Latin letters (an apostrophe is
  the glottal stop; every number in a question is a number). The Amis here is the writer's own
  approximation from the commonest words (maan what, icowa where, cima who, ihecowa when, pina how
  many, anini today or now, inacila yesterday, lafii night, dafak morning, romi'ad day, lahok the
  midday meal, kinaen what was eaten, komaen to eat, mafoti' to sleep, tatokian hours, kohi coffee,
  kako I, ako my, fangcal good, adihay more, kedec less, ngangan a name, pasowal said or suggested,
  lipay a week, haw for a question or "and ...?", the weekdays counted Sakacecay to Sakapito); no
  speaker has checked it. What the set tests is how the planner reads English mixed with a language
  it has never seen: no earlier set switches into Amis or any other Formosan language, nor into
  any language of Taiwan (dev117's Chinese, which Taiwan also speaks, is another family); Amis is
  Austronesian, a far cousin of Taglish's Tagalog, Tetum, Indonesian, Malagasy and the Pacific sets'
  languages but of none of their branches: flagged for whoever measures it;
- an SAP consultant who types every question as one ABAP Open SQL statement: 'SELECT SINGLE field
  FROM ztable WHERE col = '...' AND day = '...' INTO @DATA(lv_x).' for a value, 'SELECT FROM ztable
  FIELDS SUM( ... )', 'MIN( ... )', 'MAX( ... )' or 'COUNT(*)' for sums, firsts, lasts and counts
  (the newer form, the table first), 'INTO TABLE' for
  several rows, 'WHERE day IN ( '...', '...' ) GROUP BY day' for two compared, 'AVG( hours ) ...
  GROUP BY late' for habits, 'day IN ( SELECT day FROM ... )' for a day named by what happened on it,
  'day >= lv_monday' for this week; no question mark of his own, no brace, no range (two dots); his
  follow-ups set a variable and run the statement again ('lv_day = lv_day - 1. PERFORM rerun.');
- an incense-stick maker in Wanhua, by the Longshan temple lanes, who rolls sandalwood and agarwood
  paste onto bamboo sticks and dries them on racks in the sun, and starts with a remark from his
  work (the paste and the racks, the temple aunties and the temple drum, the guild elders, the
  delivery scooter, the tea shop boy across the lane, the radio on the rafter, the cat on the
  drying frames, typhoon season, his grandmother who taught him) before he asks; his follow-ups
  "Another stick from the same batch: ...";
- a retired harbour pilot of Keelung, who writes formal sentences with formulas of his own: "This
  old pilot solicits ...", often closed with "Logged and signed, a retired harbour pilot of
  Keelung.", and his follow-ups "Pray take the same bearing once more, ...".

Of the Amis words, those another module holds as a word are short ones another language happens to
share, kept: "a", "ako", "han", "i", "kako", "ko", "maan", "metre", "ni", "no", "to" and "ya" (and the
English "bike", "book", "caffeine", "film", "heart rate", "km", "launch", "meeting", "mg",
"minutes", "offsite", "podcast" and "workout"); no day or night name is another set's. No other
module holds "Taipei", "Taiwan", "Amis", "Pangcah", "Hualien", "Wanhua", "Longshan", "incense",
"sandalwood", "agarwood", "Keelung", "harbour pilot", "old pilot", "solicits", "same bearing",
"Another stick", "ABAP", "SELECT SINGLE", "SELECT FROM", "@DATA", "PERFORM rerun" or "sy-datum", nor
any of the place names below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev120 life lives in Asia/Taipei, the zone Taiwan keeps, in Taipei, from Monday 2 March 2037
to 17 March 2037; Taiwan keeps National Standard Time (eight hours ahead of Greenwich) all year,
with no summer time (zoneinfo gives one offset over its 16 days), so no clock changes inside it.
Dates are written as people in Taiwan write them: year first, with slashes, unpadded ("2037/3/2")
or padded ("2037/03/02"), always with the year (the suite reads a four-digit year first as year,
month, day). Weekdays are Amis ones, typed in Latin letters with a capital, counted as the week is
counted in Taiwan: "Sakacecay" for Monday, "Sakatosa", "Sakatolo", "Sakasepat", "Sakalima",
"Sakaenem" and "Sakapito" for Sunday: a day as its weekday and its slashed date ("Sakacecay
2037/3/2"), as "romi'ad" (the day), its weekday and its padded date, or as its padded date with its
weekday in brackets; today and yesterday alone, or as "anini" (today) with the date, or "inacila"
(yesterday), its weekday and the date. A night is named as "lafii no" (the night of), its weekday
and its date ("lafii no Sakacecay 2037/3/2"), or as its weekday, "lafii" and its padded date; last
night alone, "last night", or as "inacila a lafii", a comma and the date. No day's name ends in a
dot, so that no question ends in two dots. Workouts are named with places in and around Taipei:
along the Tamsui riverbank, up Elephant Mountain, round Qingnian Park; out to Bitan, up
Yangmingshan, along the Keelung River path; at the Beitou pool and a pool in Xinyi; a studio in
Dadaocheng and a rooftop in Songshan; a bouldering gym in Zhongshan and the sea cliffs at Longdong.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Sakacecay", "Sakatosa", "Sakatolo", "Sakasepat", "Sakalima", "Sakaenem", "Sakapito")
"""Amis weekdays in Latin letters, as this set names them, Monday to Sunday (an approximation: the counted days)."""

NOUNS = {"run": ("run along the Tamsui riverbank", "run up Elephant Mountain", "run round Qingnian Park"),
         "cycle": ("ride out to Bitan", "ride up Yangmingshan", "ride along the Keelung River path"),
         "swim": ("swim at the Beitou pool", "swim at a pool in Xinyi"),
         "yoga": ("yoga class in a studio in Dadaocheng", "yoga session on a rooftop in Songshan"),
         "climb": ("climb at a bouldering gym in Zhongshan", "climb on the sea cliffs at Longdong")}
"""What this set's questions call a workout of each activity: places in and around Taipei."""

S = "Logged and signed, a retired harbour pilot of Keelung."

PHRASES: dict[str, list[str]] = {
    "book": ["maan ko ngangan no book a pasowal ni {who} takowanan?",
             "SELECT SINGLE title FROM zrecs WHERE giver = '{who}' AND kind = 'BOOK' INTO @DATA(ls_title).",
             "The sandalwood paste dries fast in this wind, so I roll and listen. Which book was {who} so keen for me to read?",
             f"This old pilot solicits the name of the book that {{who}} urged him to take up. {S}"],
    "film": ["maan a film ko pasowal ni {who}, tayra miliso' kako?",
             "SELECT SINGLE title FROM zrecs WHERE giver = '{who}' AND kind = 'FILM' INTO @DATA(ls_film).",
             "The temple aunties buy their sticks and talk cinema at my counter. What was the picture {who} said I ought to see?",
             "This old pilot solicits the title of the picture {who} pressed him to go and see."],
    "offsite": ["icowa ko offsite ni {who}, patayra i cowa?",
                "SELECT SINGLE town FROM zevents WHERE kind = 'OFFSITE' AND moved_by = '{who}' INTO @DATA(ls_town).",
                "A whole batch went soft when the rain came in sideways. Where has {who} shifted the offsite to now?",
                f"This old pilot solicits the new port of call of the offsite that {{who}} relocated. {S}"],
    "restaurant": ["icowa ko pikaenan a pasowal ni {who}?",
                   "SELECT SINGLE venue FROM zrecs WHERE giver = '{who}' AND kind = 'RESTAURANT' INTO @DATA(ls_venue).",
                   "My hands smell of cassia bark all day, so a good meal out matters. Which eating place did {who} tell me about?",
                   "This old pilot solicits the name of the dining room {who} praised to him."],
    "flight": ["ihecowa a tangasa ko eroplano ni {who}?",
               "SELECT SINGLE arrival FROM zflights WHERE traveller = '{who}' INTO @DATA(lv_arrival).",
               "The delivery scooter is late again with my bamboo. When is the plane with {who} on board due on the ground?",
               f"This old pilot solicits the hour at which the aircraft bearing {{who}} is to make her landfall. {S}"],
    "dog": ["maan ko ngangan no wacu ni {who}, ko faroday?",
            "SELECT SINGLE pet_name FROM zpets WHERE owner = '{who}' AND species = 'DOG' INTO @DATA(ls_pet).",
            "A cat sleeps on my drying frames and nobody can shift her. What did {who} name that puppy of theirs?",
            "This old pilot solicits the name given to the young dog {who} has lately acquired."],
    "launch": ["ihecowa ko launch no {project}, han ni {who}?",
               "SELECT SINGLE launch_on FROM zprojects WHERE name = '{project}' AND source = '{who}' INTO @DATA(lv_launch).",
               "Festival orders pile up and every date slides. To when did {who} say the {project} launch has slipped?",
               f"This old pilot solicits the revised sailing date of the {{project}} launch, as {{who}} has lately put it about. {S}"],
    "age": ["pina ko miheca no wawa a fafahiyan ni {who} anini?",
            "SELECT SINGLE age_next FROM zfamily WHERE parent = '{who}' AND relation = 'DAUGHTER' INTO @DATA(lv_age).",
            "I started rolling sticks at twelve, beside my grandmother. What age will the girl of {who} be on her birthday?",
            "This old pilot solicits the age the daughter of {who} is about to reach."],
    "podcast": ["maan a podcast ko pasowal ni {who} a pitengil?",
                "SELECT SINGLE title FROM zrecs WHERE giver = '{who}' AND kind = 'PODCAST' INTO @DATA(ls_show).",
                "A radio hangs from the rafter and plays all afternoon. Which podcast did {who} think I should put on instead?",
                f"This old pilot solicits the title of the wireless series {{who}} would have him hear. {S}"],
    "breakfast_food": ["maan ko kinaen ako i dafak, {day}?",
                       "SELECT SINGLE food FROM zmeals WHERE meal = 'BREAKFAST' AND day = '{day}' INTO @DATA(ls_food).",
                       "I eat standing at the rack before the paste is mixed. What did I have first thing on {day}?",
                       "This old pilot solicits a record of his morning meal on {day}."],
    "lunch_food": ["maan ko kinaen ako a lahok, {day}?",
                   "SELECT SINGLE food FROM zmeals WHERE meal = 'LUNCH' AND day = '{day}' INTO @DATA(ls_food).",
                   "Noon is when the sticks come off the sun racks. What did I eat at midday on {day}?",
                   f"This old pilot solicits a record of his noon meal on {{day}}. {S}"],
    "dinner_food": ["maan ko kinaen ako i lafii, {day}?",
                    "SELECT SINGLE food FROM zmeals WHERE meal = 'DINNER' AND day = '{day}' INTO @DATA(ls_food).",
                    "After the shutters come down I finally sit. Which dish filled my bowl at supper on {day}?",
                    "This old pilot solicits a record of his evening meal on {day}."],
    "lunch_place": ["icowa kako a malahok, {day}?",
                    "SELECT SINGLE place FROM zmeals WHERE meal = 'LUNCH' AND day = '{day}' INTO @DATA(ls_place).",
                    "Sometimes I eat by the temple gate, sometimes at the noodle stall. Where did I sit for my midday meal on {day}?",
                    f"This old pilot solicits the berth where he took his noon meal on {{day}}. {S}"],
    "dinner_place": ["icowa kako a komaen i lafii, {day}?",
                     "SELECT SINGLE place FROM zmeals WHERE meal = 'DINNER' AND day = '{day}' INTO @DATA(ls_place).",
                     "The night market calls once the last stick is bundled. Where did I go for my evening meal on {day}?",
                     "This old pilot solicits the berth where he dined on {day}."],
    "workout_kind": ["maan ko workout ako, {day}?",
                     "SELECT SINGLE activity FROM zworkouts WHERE day = '{day}' INTO @DATA(ls_kind).",
                     "Rolling all day leaves my shoulders stiff, so I try to move. Which sort of exercise did I get in on {day}?",
                     f"This old pilot solicits the kind of exertion he undertook on {{day}}. {S}"],
    "heart_rate": ["pina ko heart rate ako i {noun}, {day}?",
                   "SELECT SINGLE avg_bpm FROM zworkouts WHERE label = '{noun}' AND day = '{day}' INTO @DATA(lv_bpm).",
                   "My pulse ticks like a drying fan when I climb the stairs. What did my heart average on the {noun}, {day}?",
                   "This old pilot solicits the mean beat of his heart during the {noun} on {day}."],
    "sleep_quality": ["fangcal haw ko mafoti' ako, {night}?",
                      "SELECT SINGLE quality FROM zsleep WHERE night = '{night}' INTO @DATA(ls_quality).",
                      "The temple drum starts before dawn and I hear every beat. Was my rest any good, {night}?",
                      f"This old pilot solicits an account of the quality of his rest, {{night}}. {S}"],
    "sleep_night": ["pina ko tatokian a mafoti' kako, {night}?",
                    "SELECT SINGLE hours FROM zsleep WHERE night = '{night}' INTO @DATA(lv_hours).",
                    "Typhoon season keeps me up checking the racks. How many hours did I actually get, {night}?",
                    "This old pilot solicits the length of his sleep, {night}."],
    "exercise_duration": ["pina ko minutes no {noun} ako, {day}?",
                          "SELECT SINGLE minutes FROM zworkouts WHERE label = '{noun}' AND day = '{day}' INTO @DATA(lv_min).",
                          "A stick takes an hour to set in the sun. For how many minutes did the {noun} go on, {day}?",
                          f"This old pilot solicits the duration of the {{noun}} on {{day}}. {S}"],
    "meeting_duration": ["pina ko minutes no {title}, {day}?",
                         "SELECT SINGLE minutes FROM zmeetings WHERE title = '{title}' AND day = '{day}' INTO @DATA(lv_min).",
                         "The guild elders can talk till the joss paper burns out. How long did the {title} keep us talking on {day}?",
                         "This old pilot solicits the full duration of the {title} on {day}."],
    "distance_run": ["pina ko km a romakat kako, {day}?",
                     "SELECT FROM zworkouts FIELDS SUM( km ) WHERE activity = 'RUN' AND day = '{day}' INTO @DATA(lv_km).",
                     "My legs know the stairs to the loft better than any track. What distance did I run on {day}?",
                     f"This old pilot solicits the distance he covered afoot at a run on {{day}}. {S}"],
    "distance_cycle": ["pina ko km no bike ako, {day}?",
                       "SELECT FROM zworkouts FIELDS SUM( km ) WHERE activity = 'CYCLE' AND day = '{day}' INTO @DATA(lv_km).",
                       "I used to deliver sticks by bicycle before the scooters came. How many kilometres did I pedal on {day}?",
                       "This old pilot solicits the distance he made good on the bicycle on {day}."],
    "distance_swim": ["pina ko metre a milangoy kako, {day}?",
                      "SELECT FROM zworkouts FIELDS SUM( metres ) WHERE activity = 'SWIM' AND day = '{day}' INTO @DATA(lv_m).",
                      "Water ruins incense, so the pool is the only wet place I like. How far did I swim on {day}?",
                      f"This old pilot solicits the distance he swam on {{day}}. {S}"],
    "attendees": ["cima ko tayni i {title}, {day}?",
                  "SELECT attendee FROM zattendance WHERE meeting = '{title}' AND day = '{day}' INTO TABLE @DATA(lt_who).",
                  "At the guild I always count who shows up and who sends excuses. Which people sat in the {title} on {day}?",
                  "This old pilot solicits the muster of those present at the {title} on {day}."],
    "coffee_count": ["pina ko kohi a minanom ako, {day}?",
                     "SELECT FROM zcoffee FIELDS COUNT(*) WHERE day = '{day}' INTO @DATA(lv_cups).",
                     "The tea shop boy across the lane brings me cups all day. How many coffees went down me on {day}?",
                     f"This old pilot solicits a tally of the coffees he took on {{day}}. {S}"],
    "caffeine": ["pina ko mg no caffeine ako, {day}?",
                 "SELECT FROM zcoffee FIELDS SUM( caffeine_mg ) WHERE day = '{day}' INTO @DATA(lv_mg).",
                 "Too much caffeine and my rolling goes crooked. What was my total intake of it on {day}?",
                 "This old pilot solicits the sum of caffeine, reckoned to the milligram, that he consumed on {day}."],
    "meeting_count": ["pina ko meeting ako, {day}?",
                      "SELECT FROM zmeetings FIELDS COUNT(*) WHERE day = '{day}' INTO @DATA(lv_count).",
                      "Between the supplier, the temple office and the guild, the talking never stops. How many meetings did I sit through on {day}?",
                      f"This old pilot solicits the number of meetings entered against {{day}}. {S}"],
    "km_week": ["pina ko km a {verb} ako i ya tatakian a lipay?",
                "SELECT FROM zworkouts FIELDS SUM( km ) WHERE verb = '{verb}' AND day >= lv_monday INTO @DATA(lv_km).",
                "A week of rolling is a week of sitting, so I count every step outside. How many km did I {verb} since Monday?",
                "This old pilot solicits the kilometres he has managed to {verb} in the present week."],
    "workouts_week": ["pina ko workout ako i ya tatakian a lipay?",
                      "SELECT FROM zworkouts FIELDS COUNT(*) WHERE day >= lv_monday INTO @DATA(lv_count).",
                      "My grandmother said idle hands make bent sticks. How many sessions of exercise have I fitted in since Monday?",
                      f"This old pilot solicits the number of exercise sessions logged in the present week. {S}"],
    "first_coffee": ["ihecowa ko sakacecay a kohi ako, {day}?",
                     "SELECT FROM zcoffee FIELDS MIN( drunk_at ) WHERE day = '{day}' INTO @DATA(lv_time).",
                     "The first cup comes before the first batch is mixed. At what time did I drink my earliest coffee on {day}?",
                     "This old pilot solicits the hour of his earliest coffee on {day}."],
    "last_coffee": ["ihecowa ko sakamafolaw a kohi ako, {day}?",
                    "SELECT FROM zcoffee FIELDS MAX( drunk_at ) WHERE day = '{day}' INTO @DATA(lv_time).",
                    "Coffee late means I lie awake smelling agarwood. When did I have my final cup on {day}?",
                    f"This old pilot solicits the hour of his final coffee on {{day}}. {S}"],
    "first_meeting": ["ihecowa a malingad ko sakacecay a meeting, {day}?",
                      "SELECT FROM zmeetings FIELDS MIN( starts_at ) WHERE day = '{day}' INTO @DATA(lv_time).",
                      "The temple office likes to see me early. When did my earliest meeting begin on {day}?",
                      "This old pilot solicits the hour at which his first meeting commenced on {day}."],
    "wake": ["ihecowa kako a mafana', {day}?",
             "SELECT SINGLE woke_at FROM zsleep WHERE morning = '{day}' INTO @DATA(lv_time).",
             "The sun on the racks is my alarm most days. What time was I up on {day}?",
             f"This old pilot solicits the hour of his rising on {{day}}. {S}"],
    "bedtime": ["ihecowa kako a mafoti', {night}?",
                "SELECT SINGLE slept_at FROM zsleep WHERE night = '{night}' INTO @DATA(lv_time).",
                "I bank the stove and cover the paste before I lie down. At what hour did I leave the paste covered and go to bed, {night}?",
                "This old pilot solicits the hour at which he retired, {night}."],
    "dinner_on_distance": ["maan ko kinaen ako i lafii, i romi'ad a {past} kako {km} km?",
                           "SELECT SINGLE food FROM zmeals WHERE meal = 'DINNER' AND day IN ( SELECT day FROM zworkouts WHERE km = {km} ) INTO @DATA(ls_food).",
                           "After a long outing I could eat a whole rack of buns. What did I sit down to for supper the day I {past} {km} km?",
                           f"This old pilot solicits what he took for supper on the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["cima ko i meeting a sato, i tenok no {noun} ako, {day}?",
                              "SELECT attendee FROM zattendance WHERE meeting = next_after( '{noun}' ) AND day = '{day}' INTO TABLE @DATA(lt_who).",
                              "I rushed from exercise to the guild hall with sweat still on me. Who was in the meeting straight after the {noun} on {day}?",
                              "This old pilot solicits the company at the meeting which came directly upon the {noun} on {day}."],
    "lunch_on_meeting_day": ["icowa kako a malahok, i romi'ad no {title}?",
                             "SELECT SINGLE place FROM zmeals WHERE meal = 'LUNCH' AND day IN ( SELECT day FROM zmeetings WHERE title = '{title}' ) INTO @DATA(ls_place).",
                             "Meeting days I grab food wherever is nearest. Where did I eat at noon the day we had the {title}?",
                             f"This old pilot solicits the place of his noon meal on the day of the {{title}}. {S}"],
    "sleep_after_meeting": ["pina ko tatokian a mafoti' kako, i lafii no {title}?",
                            "SELECT SINGLE hours FROM zsleep WHERE night IN ( SELECT day FROM zmeetings WHERE title = '{title}' ) INTO @DATA(lv_hours).",
                            "Some meetings leave me turning over prices all night. How much sleep did I get once the {title} was over?",
                            "This old pilot solicits the hours he slept on the night following the {title}."],
    "dinner_on_said_day": ["maan ko kinaen ako i lafii, i romi'ad a pasowal ni {who} ko {value}?",
                           "SELECT SINGLE food FROM zmeals WHERE meal = 'DINNER' AND day IN ( SELECT day FROM zrecs WHERE giver = '{who}' AND title = '{value}' ) INTO @DATA(ls_food).",
                           "Customers tell me about all sorts while they wait for change. What did I eat in the evening on the day {who} brought up {value}?",
                           f"This old pilot solicits his supper on the day that {{who}} put {{value}} to him. {S}"],
    "compare_sleep": ["mafoti' kako a lafii, {n1} haw, {n2} haw, icowa ko adihay?",
                      "SELECT night, hours FROM zsleep WHERE night IN ( '{n1}', '{n2}' ) INTO TABLE @DATA(lt_nights).",
                      "A tired roller wastes paste, so I keep an eye on rest. Did I lie longer asleep {n1}, with {n2} held beside it?",
                      "This old pilot solicits a reckoning: which was his longer sleep, {n1} or the other watch, {n2}."],
    "compare_caffeine": ["caffeine ako, {d1} haw, {d2} haw, icowa ko adihay?",
                         "SELECT day, SUM( caffeine_mg ) FROM zcoffee WHERE day IN ( '{d1}', '{d2}' ) GROUP BY day INTO TABLE @DATA(lt_mg).",
                         "My hands shake on too many cups and the sticks show it. On which day was I more wired on caffeine, {d1} next to {d2}?",
                         f"This old pilot solicits a reckoning of caffeine taken, {{d1}} laid alongside {{d2}}. {S}"],
    "compare_duration": ["workout ako, {d1} haw, {d2} haw, icowa ko mafolaw?",
                         "SELECT day, SUM( minutes ) FROM zworkouts WHERE day IN ( '{d1}', '{d2}' ) GROUP BY day INTO TABLE @DATA(lt_min).",
                         "Some days I barely leave the loft. Did I keep moving for longer on {d1} than on {d2}?",
                         "This old pilot solicits whether his exercise ran the longer on {d1} or upon {d2}."],
    "compare_coffee_weeks": ["kohi ako, ya tatakian a lipay haw, sakaputal a lipay haw, icowa ko adihay?",
                             "SELECT week, COUNT(*) FROM zcoffee WHERE week IN ( lv_this_week, lv_prev_week ) GROUP BY week INTO TABLE @DATA(lt_cups).",
                             "The tea shop boy keeps a slate of what I owe him. Have I been through more coffee in these seven days than the seven before?",
                             f"This old pilot solicits whether this week's coffees outnumber those of the week gone by. {S}"],
    "late_coffee_sleep": ["ano minanom kako to kohi i {t} haw, i tenok, kedec haw ko mafoti' ako?",
                          "SELECT late, AVG( hours ) FROM zsleep_coffee WHERE cup_at >= '{t}' GROUP BY late INTO TABLE @DATA(lt_avg).",
                          "My neighbour swears coffee after noon ruined his sleep for good. When I drink a cup at {t} or past it, do my hours under the quilt dwindle?",
                          "This old pilot solicits whether a coffee taken at {t}, or any hour beyond it, shortens his night."],
    "late_dinner_sleep": ["ano komaen kako i lafii i {t} haw, kedec haw ko mafoti' ako?",
                          "SELECT late, AVG( hours ) FROM zsleep_dinner WHERE dinner_at >= '{t}' GROUP BY late INTO TABLE @DATA(lt_avg).",
                          "The night market tempts me to eat far too late. If supper starts at {t} or later, does my night get cut for it?",
                          f"This old pilot solicits whether a supper begun at {{t}} or thereafter curtails his sleep. {S}"],
    "exercise_sleep": ["ano ira ko workout i romi'ad, adihay haw ko mafoti' i lafii?",
                       "SELECT exercised, AVG( hours ) FROM zsleep_days GROUP BY exercised INTO TABLE @DATA(lt_avg).",
                       "My grandmother swore a tired body sleeps like a stone. On nights that follow a day with exercise, do I sleep longer?",
                       "This old pilot solicits whether the nights after his days of exertion prove the longer."],
    "caffeine_sleep": ["ano {mg} mg ko caffeine haw, kedec haw ko mafoti' ako?",
                       "SELECT heavy, AVG( hours ) FROM zsleep_days WHERE caffeine_mg >= {mg} GROUP BY heavy INTO TABLE @DATA(lt_avg).",
                       "The agarwood dust keeps me alert enough without help. After days when I take {mg} mg of caffeine or more, do I lose sleep by it?",
                       f"This old pilot solicits whether his nights are cut short after days of {{mg}} mg of caffeine or upward. {S}"],
    "exercise_coffee": ["ano ira ko workout i romi'ad, adihay haw ko kohi ako?",
                        "SELECT exercised, AVG( cups ) FROM zcoffee_days GROUP BY exercised INTO TABLE @DATA(lt_avg).",
                        "A day of moving around makes me thirsty for anything hot. Do I get through more coffee on the days I exercise?",
                        "This old pilot solicits whether he takes more coffee upon the days he exercises."],
    "fu_day_before": ["i sakaputal a romi'ad haw?",
                      "lv_day = lv_day - 1. PERFORM rerun.",
                      "Another stick from the same batch: what about the day ahead of it?",
                      "Pray take the same bearing once more, for the day previous to it."],
    "fu_meeting_length": ["pina ko minutes no meeting?",
                          "SELECT SINGLE minutes FROM zmeetings WHERE title = lv_title AND day = lv_day INTO @DATA(lv_min).",
                          "Another stick from the same batch: how many minutes did that sitting swallow?",
                          "Pray take the same bearing once more, for the length of that meeting."],
    "fu_other_day": ["{day} haw?",
                     "lv_day = '{day}'. PERFORM rerun.",
                     "Another stick from the same batch: the selfsame, {day}.",
                     "Pray take the same bearing once more, as at {day}."],
    "fu_other_person": ["ni {who} haw?",
                        "lv_who = '{who}'. PERFORM rerun.",
                        "Another stick from the same batch: swap in {who}.",
                        "Pray take the same bearing once more, with regard to {who}."],
    "fu_night_before": ["i lafii a sakaputal haw?",
                        "lv_night = lv_night - 1. PERFORM rerun.",
                        "Another stick from the same batch: what of the night ahead of that one?",
                        "Pray take the same bearing once more, for the night before it."],
    "fu_today": ["anini haw?",
                 "lv_day = sy-datum. PERFORM rerun.",
                 "Another stick from the same batch: this day, up to the present stick?",
                 "Pray take the same bearing once more, for today, as far as the log runs."],
}


def _full(day: date) -> str:
    return f"{day.year}/{day.month}/{day.day}"


def _padded(day: date) -> str:
    return f"{day.year}/{day.month:02d}/{day.day:02d}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"romi'ad {wd} {_padded(day)}", f"{_padded(day)} ({wd})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"anini {_full(day)}"]
    if back == 1:
        return ["yesterday", f"inacila {wd} {_full(day)}"]
    return [f"{wd} {_full(day)}", f"romi'ad {wd} {_padded(day)}", f"{_padded(day)} ({wd})"]


def night_options(day: date, today: date) -> list[str]:
    options = [f"lafii no {WEEKDAYS[day.weekday()]} {_full(day)}", f"{WEEKDAYS[day.weekday()]} lafii {_padded(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"inacila a lafii, {_full(day)}"]
    return options
