"""Question phrasings of the answers benchmark's one hundred and eighteenth tuning set, ``dev118`` (docs/benchmarks.md, "Answers").

``dev118`` was the held-out set until 2026-12-06, when, after its measurement at 1a6933e (grounded
accuracy 0.402; worst category follow_up 0.182; unsupported 0.0; abstention 0.864; p95 0.028 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev117``, answers_dev117_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young man from Shubra, in Cairo, who types lower case, switching between English and Egyptian
  Arabic inside a sentence, the Arabic typed in Latin letters without the digits some use for Arabic
  sounds (no "3" or "7" inside a word, so that every number in a question is a number). The Arabic
  here is the writer's own approximation from the commonest Egyptian words (eh what, feen where,
  meen who, emta when, kam how many, ad eh how long, ennaharda today, embareh yesterday, leilet the
  night of, bel-leil at night, fetar breakfast, ghada lunch, asha the evening meal, nemt I slept,
  saa hours, di'ee'a minutes, ahwa coffee, egtemaa a meeting, el-esbou da this week, walla or, baad
  after, "we ...?" for "and ...?", the weekdays el-Etnein to el-Had); no speaker has checked it. What
  the set tests is how the planner reads English mixed with a language it has never seen: no
  earlier set switches into Arabic; dev52's Maltese voice writes a language descended from Arabic,
  and a few of its short words meet this voice's (flagged for whoever measures it);
- a statistician who keeps her logs in SAS and types every question as a SAS program: 'data t; set
  rel; where col = '...' and ...; keep field; run; proc print data=t; run;' for a value, 'proc
  means ... sum', 'mean', 'min' or 'max' with 'var' for sums, averages, firsts and lasts, 'proc freq'
  with 'tables' for counts, 'class' for two compared, 'proc ttest ... class late' for habits,
  'proc sql; select ... where m.day = w.day ...; quit;' for a day named by what happened on it; no
  question mark of her own, no brace; her follow-ups work on the last result ('data prev; set last;
  day = day - 1; run;');
- a khayamiya tentmaker who stitches appliqué panels by hand in a stall on the Street of the
  Tentmakers, by Bab Zuweila, and starts with a remark from his work (the needle and the thimble,
  the lotus patterns, the cotton cut and turned under, the panels for wedding and funeral tents, the
  tourists who bargain, the apprentice, the lamp over the bench) before he asks;
- a retired inspector of antiquities, who spent forty years at Saqqara, and writes formal sentences
  with formulas of his own: "Might I beg of the daybook ...", "Might I beg of the daybook a word on
  whether ...", often closed with "Your servant among the tombs, a retired inspector of antiquities
  at Saqqara.", and his follow-ups "Let the daybook be searched afresh ..." or "Let the daybook add,
  moreover, ...".

Of the Arabic words, those another module holds as a word are short ones another language happens
to share, kept ("ad", "ala", "an", "aw", "baad", "bent", "da", "eh", "el", "fat", "fel", "fi", "fiha",
"kam", "kan", "ketab", "la", "le", "men", "metr", "nomi", "saa", "sana", "walla", "we", "yom"; and
the English "caffeine", "film", "km", "launch", "mg", "offsite", "podcast"); no day or night name is
another set's. No other module holds "Shubra", "Cairo", "khayamiya", "Tentmakers", "Bab Zuweila",
"Saqqara", "antiquities", "SAS", "proc means", "Might I beg of the daybook", "el-Etnein",
"ennaharda", "embareh", "leilet", "feen", "meen", "emta" or "ahwa", nor any of the places named
below but the Corniche (dev104's Conakry has a Corniche Nord).

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev118 life lives in Africa/Cairo, the zone Egypt keeps, in Cairo, from Monday 16 February
2037 to 3 March 2037; Egypt keeps Eastern European Time (two hours ahead of Greenwich) outside its
summer time, which runs from the last Friday of April to the last Thursday of October (zoneinfo
gives one offset over its 16 days), so no clock changes inside it. Dates are written as people in
Egypt write them: day first, with slashes, unpadded ("16/2/2037") or padded ("16/02/2037"), always
with the year. Weekdays are the Egyptian Arabic ones, typed in Latin letters with the article and a
capital: "el-Etnein" for Monday, "el-Talat", "el-Arbaa", "el-Khamis", "el-Gomaa", "el-Sabt" and
"el-Had" for Sunday: a day as its weekday and its slashed date ("el-Etnein 16/2/2037"), as "yom"
(the day of), its weekday and its padded date, as its weekday, a comma and its date, or as its
weekday and its date in brackets; today and yesterday alone, or as "ennaharda" (today) with the
date, or "embareh" (yesterday), its weekday and the date. A night is named as "leilet" (the night
of), its weekday and its date ("leilet el-Etnein 16/2/2037"), or as its weekday, "bel-leil" (at
night) and its padded date; last night alone, "last night", or as "embareh bel-leil", a comma and
the date. No day's name ends in a dot, so that no question ends in two dots. Workouts are named with
places in and around Cairo: along the Corniche at Maadi, through Al-Azhar Park, round the track on
Gezira island; out past the Giza plateau, along the Nile to Helwan, up the Mokattam hills; at a club
pool in Heliopolis and in a hotel pool in Garden City; a hall in Zamalek and a rooftop studio in
Heliopolis; an indoor wall in New Cairo and the cliffs of Wadi Degla.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("el-Etnein", "el-Talat", "el-Arbaa", "el-Khamis", "el-Gomaa", "el-Sabt", "el-Had")
"""Egyptian Arabic weekdays in Latin letters, as this set names them, Monday to Sunday, with the article (an approximation)."""

NOUNS = {"run": ("run along the Corniche at Maadi", "run through Al-Azhar Park", "run round the track on Gezira island"),
         "cycle": ("ride out past the Giza plateau", "ride along the Nile to Helwan", "ride up the Mokattam hills"),
         "swim": ("swim at a club pool in Heliopolis", "swim in a hotel pool in Garden City"),
         "yoga": ("yoga class in a hall in Zamalek", "yoga session at a rooftop studio in Heliopolis"),
         "climb": ("climb at an indoor wall in New Cairo", "climb on the cliffs of Wadi Degla")}
"""What this set's questions call a workout of each activity: places in and around Cairo."""

S = "Your servant among the tombs, a retired inspector of antiquities at Saqqara."

PHRASES: dict[str, list[str]] = {
    "book": ["{who} rashah ketab, esmo eh?",
             "data t; set recs; where giver = '{who}' and kind = 'book'; keep title; run; proc print data=t; run;",
             "A tent panel takes me a month of evenings, so I read in between. Which book did {who} press on me for those evenings?",
             "Might I beg of the daybook the title of the book {who} commended to me? " + S],
    "film": ["{who} alli atfarrag ala film eh?",
             "data t; set recs; where giver = '{who}' and kind = 'film'; keep title; run; proc print data=t; run;",
             "The stall closes late and my eyes are tired of thread. What film was it that {who} swore I should watch?",
             "Might I beg of the daybook the name of the picture {who} deemed deserving of my evening?"],
    "offsite": ["{who} naal el offsite le anhi balad?",
                "data t; set events; where kind = 'offsite' and mover = '{who}'; keep town; run; proc print data=t; run;",
                "Orders for wedding tents move with the families' moods. To which town has {who} carried the offsite?",
                "Might I beg of the daybook the town whither {who} has transferred the offsite? " + S],
    "restaurant": ["{who} shakar fi anhi mataam?",
                   "data t; set recs; where giver = '{who}' and kind = 'restaurant'; keep venue; run; proc print data=t; run;",
                   "The stalls around Bab Zuweila all eat from the same cart. Which restaurant did {who} tell me was worth the walk?",
                   "Might I beg of the daybook the name of the eating house {who} recommended so warmly?"],
    "flight": ["tayyaret {who} hatenzel emta?",
               "data t; set flights; where traveller = '{who}'; keep lands; run; proc print data=t; run;",
               "Buyers from abroad fly in for the big tent orders. At what hour does the aeroplane of {who} touch down?",
               "Might I beg of the daybook the hour appointed for the arrival of {who} by air? " + S],
    "dog": ["el-kalb el-soghayyar elli {who} gabo, esmo eh?",
            "data t; set pets; where keeper = '{who}' and species = 'dog' and months < 12; keep called; run; proc print data=t; run;",
            "A street puppy sleeps under my bench on the cut cotton. What did {who} name the young dog newly brought home?",
            "Might I beg of the daybook the name borne by the puppy {who} has lately taken in?"],
    "launch": ["{who} aggel el launch beta {project} le anhi yom?",
               "data t; set launches; where project = '{project}' and mover = '{who}'; keep newdate; run; proc print data=t; run;",
               "A funeral can put off a wedding tent by a week, and people put off their work too. To which day did {who} shift the launch of {project}?",
               "Might I beg of the daybook the date to which {who} has deferred the launch of {project}? " + S],
    "age": ["bent {who} hatkammel kam sana fi eid miladha el-gai?",
            "data t; set kin; where parent = '{who}' and relation = 'daughter'; age1 = age + 1; keep age1; run; proc print data=t; run;",
            "My apprentice started at twelve, threading my needles. How old does the daughter of {who} turn at her next birthday?",
            "Might I beg of the daybook the years the daughter of {who} will have completed at her approaching birthday?"],
    "podcast": ["anhi podcast {who} alli asmaao?",
                "data t; set recs; where giver = '{who}' and kind = 'podcast'; keep title; run; proc print data=t; run;",
                "Stitching is quiet, and a voice in the ear keeps the hours moving. What podcast did {who} say I should stitch along to?",
                "Might I beg of the daybook the podcast {who} advised me to attend to? " + S],
    "breakfast_food": ["{day} fetert eh?",
                       "data t; set meals; where meal = 'breakfast' and day = '{day}'; keep dish; run; proc print data=t; run;",
                       "I eat before the shutters go up, standing at the bench. What did I eat before the shutters went up {day}?",
                       "Might I beg of the daybook what I partook of at breakfast {day}?"],
    "lunch_food": ["el-ghada {day} kan eh?",
                   "data t; set meals; where meal = 'lunch' and day = '{day}'; keep dish; run; proc print data=t; run;",
                   "At the noon prayer the street goes quiet and we eat. What was my meal when the street went quiet at noon {day}?",
                   "Might I beg of the daybook the substance of my luncheon {day}? " + S],
    "dinner_food": ["{day} etasheit eh?",
                    "data t; set meals; where meal = 'dinner' and day = '{day}'; keep dish; run; proc print data=t; run;",
                    "When the lamp over the bench goes out I am hungry as a camel. What was my supper after the lamp went out {day}?",
                    "Might I beg of the daybook the fare of my evening table {day}?"],
    "lunch_place": ["{day} etghaddeit feen?",
                    "data t; set meals; where meal = 'lunch' and day = '{day}'; keep venue; run; proc print data=t; run;",
                    "Some noons I eat on the stall step, some noons in a cafe round the corner. Where did I take my noon meal {day}?",
                    "Might I beg of the daybook the place at which I lunched {day}? " + S],
    "dinner_place": ["el-asha kan feen, {day}?",
                     "data t; set meals; where meal = 'dinner' and day = '{day}'; keep venue; run; proc print data=t; run;",
                     "When a big order is paid, the buyer takes the whole street to dinner. Where did I eat my supper {day}?",
                     "Might I beg of the daybook the place at which I supped {day}?"],
    "workout_kind": ["{day} etmarrant eh?",
                     "data t; set workouts; where day = '{day}'; keep sport; run; proc print data=t; run;",
                     "Bent over a panel all day, my back asks to be stretched. Which sport got my back stretched {day}?",
                     "Might I beg of the daybook the manner of exercise I pursued {day}? " + S],
    "heart_rate": ["motawasset el-nabd fel {noun} {day} kan kam?",
                   "proc means data=workouts mean; where session = '{noun}' and day = '{day}'; var bpm; run;",
                   "My pulse is slow at the bench, like the needle. What did the {noun} {day} push my average heartbeat up to?",
                   "Might I beg of the daybook the mean rate of my heart across the {noun} {day}?"],
    "sleep_quality": ["{night} nemt kwayyes walla la?",
                      "data t; set sleep; where night = '{night}'; keep quality; run; proc print data=t; run;",
                      "The loudspeakers of the street wake me or they do not. Did the street let me sleep soundly {night}, or was it a broken night?",
                      "Might I beg of the daybook a word on how restful my slumber was {night}? " + S],
    "sleep_night": ["nemt kam saa {night}?",
                    "proc means data=sleep sum; where night = '{night}'; var hours; run;",
                    "The dawn call comes early whether I sleep or not. Before the dawn call came {night}, how many hours had I been sleeping?",
                    "Might I beg of the daybook the number of hours I slept {night}?"],
    "exercise_duration": ["el {noun} {day} khad kam di'ee'a?",
                          "proc means data=workouts sum; where session = '{noun}' and day = '{day}'; var minutes; run;",
                          "An hour away from the bench costs me a border of lotus flowers. How many minutes did the {noun} {day} take from my stitching?",
                          "Might I beg of the daybook the span in minutes of the {noun} {day}? " + S],
    "meeting_duration": ["el {title} {day} fedel kam di'ee'a?",
                         "proc means data=meetings sum; where title = '{title}' and day = '{day}'; var minutes; run;",
                         "The tentmakers' guild talks until the tea goes cold. How many minutes did the {title} {day} keep us talking?",
                         "Might I beg of the daybook the minutes the {title} occupied {day}?"],
    "distance_run": ["{day} gereit kam km?",
                     "proc means data=workouts sum; where sport = 'run' and day = '{day}'; var km; run;",
                     "A tentmaker's legs go stiff, so I run when I can. How many km did my legs run off {day}?",
                     "Might I beg of the daybook the kilometres I covered on foot at a run {day}? " + S],
    "distance_cycle": ["{day} sout el-agala kam km?",
                       "proc means data=workouts sum; where sport = 'cycle' and day = '{day}'; var km; run;",
                       "The bicycle is faster than any taxi through the old city. How many km did the bicycle take me {day}?",
                       "Might I beg of the daybook how many kilometres my bicycle bore me {day}?"],
    "distance_swim": ["{day} oumt kam metr?",
                      "proc means data=workouts sum; where sport = 'swim' and day = '{day}'; var metres; run;",
                      "Cotton fluff sticks to everything, and the pool washes it away. How many metres did I swim {day} to wash off the fluff?",
                      "Might I beg of the daybook the metres I swam {day}? " + S],
    "attendees": ["meen kan fel {title} {day}?",
                  "data t; set meetings; where title = '{title}' and day = '{day}'; keep guests; run; proc print data=t; run;",
                  "I know every stallholder of the street by his hands. Whose hands were at the table for the {title} {day}?",
                  "Might I beg of the daybook the persons in attendance at the {title} {day}?"],
    "coffee_count": ["{day} shrebt kam fengan ahwa?",
                     "proc freq data=drinks; where drink = 'coffee' and day = '{day}'; tables drink; run;",
                     "The boy from the cafe brings coffee to the stalls all day. How many coffees did the boy bring me {day}?",
                     "Might I beg of the daybook the number of coffees I drank {day}? " + S],
    "caffeine": ["{day} el-caffeine kollo kam mg?",
                 "proc means data=drinks sum; where day = '{day}'; var caffeine_mg; run;",
                 "Turkish coffee, then tea with mint, then coffee again. Adding every cup up, what mg of caffeine did the cafe boy pour into me {day}?",
                 "Might I beg of the daybook the whole sum of caffeine I consumed {day}, measured out in milligrams?"],
    "meeting_count": ["{day} kan andi kam egtemaa?",
                      "proc freq data=meetings; where day = '{day}'; tables day; run;",
                      "Every time the price of cotton rises, the guild meets. How many meetings did they call me to {day}?",
                      "Might I beg of the daybook the number of meetings that summoned me {day}? " + S],
    "km_week": ["men el-Etnein lehad delwa'ti, el {activity} kollo kam km?",
                "proc means data=workouts sum; where sport = '{activity}' and day >= intnx('week.2', today(), 0); var km; run;",
                "On Sundays I count the week's panels and the week's kilometres. Since this week's Monday, how many km of {activity} have my legs stitched together?",
                "Might I beg of the daybook the kilometres of {activity} I have accomplished since the Monday that opened this week?"],
    "workouts_week": ["el-esbou da etmarrant kam marra?",
                      "proc freq data=workouts; where day >= intnx('week.2', today(), 0); tables sport; run;",
                      "Wedding season leaves little room, but I try to move. How many times have I trained from this Monday on?",
                      "Might I beg of the daybook the number of my exercise sessions in the week now running? " + S],
    "first_coffee": ["awwel fengan ahwa {day} kan emta?",
                     "proc means data=drinks min; where drink = 'coffee' and day = '{day}'; var at; run;",
                     "No needle is threaded before the first cup. When did the first cup come {day}?",
                     "Might I beg of the daybook the hour of my first coffee {day}?"],
    "last_coffee": ["akher fengan ahwa {day} shrebto emta?",
                    "proc means data=drinks max; where drink = 'coffee' and day = '{day}'; var at; run;",
                    "When an order is late I stitch into the night on coffee. At what time did I drink the last coffee {day}?",
                    "Might I beg of the daybook the hour of my last coffee {day}? " + S],
    "first_meeting": ["awwel egtemaa {day} bada emta?",
                      "proc means data=meetings min; where day = '{day}'; var starts; run;",
                      "The guild elders like to meet before the shutters go up. What time did the day's first meeting begin {day}, before the shutters?",
                      "Might I beg of the daybook the hour at which my earliest meeting convened {day}?"],
    "wake": ["{day} sehit emta?",
             "data t; set sleep; where woke_on = '{day}'; keep woke_at; run; proc print data=t; run;",
             "The pigeons on the roof of Bab Zuweila are my alarm. When did the pigeons get me up {day}?",
             "Might I beg of the daybook the hour of my waking {day}? " + S],
    "bedtime": ["{night} nemt el-saa kam?",
                "data t; set sleep; where night = '{night}'; keep bed_at; run; proc print data=t; run;",
                "Thimble off, lamp off, and then bed, if the street allows. At what time did I put the thimble down and go to bed {night}?",
                "Might I beg of the daybook the hour I withdrew to bed {night}?"],
    "dinner_on_distance": ["el-yom elli {past} fih {km} km, etasheit eh?",
                           "proc sql; select distinct ml.dish from meals as ml, workouts as wk where wk.km = {km} and wk.verb = '{past}' and ml.meal = 'dinner' and ml.day = wk.day; quit;",
                           "A long outing clears the lotus patterns out of my head. Once my legs {past} {km} km in a day, what did the lamp-lit supper hold?",
                           "Might I beg of the daybook my supper on the day I {past} {km} km? " + S],
    "meeting_after_workout": ["el-egtemaa baad el {noun} {day}, meen kan fih?",
                              "data t; set meetings; where day = '{day}' and after = '{noun}'; keep guests; run; proc print data=t; run;",
                              "More than once I have come to the guild still sweating from training. The meeting I went to from the {noun} {day}: who sat round its table?",
                              "Might I beg of the daybook the company assembled at the meeting that came after the {noun} {day}?"],
    "lunch_on_meeting_day": ["yom el {title}, etghaddeit feen?",
                             "proc sql; select distinct ml.venue from meals as ml, meetings as mt where mt.title = '{title}' and ml.meal = 'lunch' and ml.day = mt.day; quit;",
                             "On guild days nobody eats at the stall. Where did I eat at noon on the {title}'s day?",
                             "Might I beg of the daybook where I lunched on the day set for the {title}? " + S],
    "sleep_after_meeting": ["leilet el {title} nemt kam saa?",
                            "proc sql; create table t as select sl.hours from sleep as sl, meetings as mt where mt.title = '{title}' and sl.night = mt.day; quit; proc means data=t sum; var hours; run;",
                            "Quarrels over prices follow me to my pillow. How many hours of sleep did I get in the night after the {title}?",
                            "Might I beg of the daybook the hours of slumber granted me the night that followed the {title}?"],
    "dinner_on_said_day": ["el-yom elli {who} etkallem fih an {value}, etasheit eh?",
                           "proc sql; select distinct ml.dish from meals as ml, talk as tk where tk.speaker = '{who}' and tk.text contains '{value}' and ml.meal = 'dinner' and ml.day = tk.day; quit;",
                           "Stallholders talk across the lane all day and I hear every word. On the day {who} went on about {value} across the lane, what did I eat that night?",
                           "{who} once discoursed to me upon {value}. Might I beg of the daybook what formed my supper on that same day? " + S],
    "compare_sleep": ["{n1} aw {n2}, anhi leila nemt fiha aktar?",
                      "proc means data=sleep sum; where night in ('{n1}', '{n2}'); class night; var hours; run;",
                      "Some nights the street is quiet and some nights the weddings go on till dawn. Did I get the longer sleep on {n1}, or was it {n2}?",
                      "Might I beg of the daybook a word on whether {n1} or {n2} allowed me the longer sleep? " + S],
    "compare_caffeine": ["{d1} aw {d2}, anhi yom fih caffeine aktar?",
                         "proc means data=drinks sum; where day in ('{d1}', '{d2}'); class day; var caffeine_mg; run;",
                         "Some days the cafe boy comes by twice as often. Did the cafe boy pour more caffeine into me on {d1} or on {d2}?",
                         "Might I beg of the daybook a word on whether {d1} or {d2} carried the larger dose of caffeine?"],
    "compare_duration": ["{d1} aw {d2}, etmarrant aktar anhi yom?",
                         "proc means data=workouts sum; where day in ('{d1}', '{d2}'); class day; var minutes; run;",
                         "On slow days at the stall I train longer. Was my training longer on {d1}, or on {d2}?",
                         "Might I beg of the daybook a word on which of {d1} and {d2} saw me exercise the longer? " + S],
    "compare_coffee_weeks": ["el-esbou da shrebt ahwa aktar men el-esbou elli fat?",
                             "proc freq data=drinks; where drink = 'coffee' and day >= intnx('week.2', today(), -1); tables week; run;",
                             "Wedding season is coming and the coffee cups pile up on the bench. Have more cups piled up on the bench this week than last week?",
                             "Might I beg of the daybook a word on whether my coffees this week exceed in number those of the week before?"],
    "late_coffee_sleep": ["lamma akher ahwa tkoun {t} aw baadha, banam a'all?",
                          "data n; set nights; late = last_coffee_at ge '{t}'; run; proc ttest data=n; class late; var hours; run;",
                          "The cafe boy brings coffee even after the evening prayer. When my last cup comes at {t} or later, do I end up with fewer hours asleep?",
                          "Might I beg of the daybook a word on whether a final coffee at {t} or after curtails my sleep? " + S],
    "late_dinner_sleep": ["lamma atasha {t} aw baadha, banam a'all?",
                          "data n; set nights; late = dinner_at ge '{t}'; run; proc ttest data=n; class late; var hours; run;",
                          "When an order is due, supper waits until the last stitch. If I sit down to supper at {t} or later, do I get less of the night in bed?",
                          "Might I beg of the daybook a word on whether supping at {t} or after deprives me of sleep?"],
    "exercise_sleep": ["fel-ayyam elli batmarran fiha, banam aktar?",
                       "proc ttest data=nights; class trained; var hours; run;",
                       "My shoulders ache from the bench whether I train or not. Do my training days buy me longer nights in bed?",
                       "Might I beg of the daybook a word on whether days of exercise prolong my sleep? " + S],
    "caffeine_sleep": ["fel-ayyam elli el-caffeine fiha {mg} mg aw aktar, nomi bayeba ezzay?",
                       "data n; set nights; heavy = day_caffeine_mg ge {mg}; run; proc ttest data=n; class heavy; var hours; run;",
                       "Too much coffee and the needle shakes in my fingers. On days my caffeine is {mg} mg or more, how do I sleep afterwards?",
                       "Might I beg of the daybook how I sleep following days of {mg} mg of caffeine or more?"],
    "exercise_coffee": ["fel-ayyam elli batmarran fiha, bashrab ahwa aktar?",
                        "proc ttest data=days; class trained; var cups; run;",
                        "After a run I call the cafe boy more often. Do I drink more coffee on the days I train than on the days I rest?",
                        "Might I beg of the daybook a word on whether my days of exercise are also my days of more coffee? " + S],
    "fu_day_before": ["wel-yom elli ablo?",
                      "data prev; set last; day = day - 1; run;",
                      "Thread the needle again, for the day before.",
                      "Let the daybook be searched afresh for the day preceding."],
    "fu_meeting_length": ["el-egtemaa da khad ad eh?",
                          "proc print data=last; var minutes; run;",
                          "That sounds like one of the guild's meetings. How many minutes did it go on?",
                          "Let the daybook add, moreover, the length in minutes of that meeting."],
    "fu_other_day": ["we {day}?",
                     "data again; set last; where day = '{day}'; run;",
                     "Thread the needle again, for {day} this time.",
                     "Let the daybook be searched afresh for {day}."],
    "fu_other_person": ["we {who}?",
                        "data again; set last; where who = '{who}'; run;",
                        "Thread the needle again, with {who} this time.",
                        "Let the daybook be searched afresh in regard to {who}."],
    "fu_night_before": ["wel-leila elli ablaha?",
                        "data prev; set last; night = night - 1; run;",
                        "Thread the needle again, for the night before.",
                        "Let the daybook be searched afresh for the night preceding."],
    "fu_today": ["we ennaharda lehad delwa'ti?",
                 "data again; set last; where day = today() and clock <= time(); run;",
                 "Thread the needle again for today, as far as today has gone.",
                 "Let the daybook be searched afresh for today, until the present moment."],
}


def _full(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _padded(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"yom {wd} {_padded(day)}", f"{wd}, {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"ennaharda {_full(day)}"]
    if back == 1:
        return ["yesterday", f"embareh {wd} {_full(day)}"]
    return [f"{wd} {_full(day)}", f"yom {wd} {_padded(day)}", f"{wd}, {_full(day)}", f"{wd} ({_padded(day)})"]


def night_options(day: date, today: date) -> list[str]:
    options = [f"leilet {WEEKDAYS[day.weekday()]} {_full(day)}", f"{WEEKDAYS[day.weekday()]} bel-leil {_padded(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"embareh bel-leil, {_full(day)}"]
    return options
