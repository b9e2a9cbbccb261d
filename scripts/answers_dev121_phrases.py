"""Question phrasings of the answers benchmark's one hundred and twenty-first tuning set, ``dev121`` (docs/benchmarks.md, "Answers").

``dev121`` was the held-out set until 2026-12-06, when, after its measurement at 0fb4c20 (grounded
accuracy 0.568; worst category multi_hop 0.227; unsupported 0.0; abstention 0.955; p95 0.04 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev120``, answers_dev120_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a Malaysian Tamil schoolteacher from Ipoh, posted to a secondary school in Kuching, who types
  lower case, switching between English and Tamil inside a sentence, the Tamil typed in Latin
  letters as Malaysian Tamils chat (every number in a question is a number). The Tamil here is the
  writer's own approximation from the commonest words (enna what, enga where, yaaru who, eppo when,
  ethana and evlo how many or how much, inniki today, nethu yesterday, raathiri night, kaalai
  morning, madhiyam midday, saapadu a meal, saapten I ate, tiffin breakfast, thookam sleep,
  thoonginen I slept, ezhundhen I got up, kaapi coffee, kudichen I drank, oodinen I ran, neenjinen
  I swam, naal a day, vaaram a week, indha this, poana last, mani neram hours, nimisham minutes,
  adhigam more, kammi less, nalla good, sonna said, peru a name, vayasu age, naai a dog, padam a
  film, "-aa"/"ah" for a question; the weekdays Thingal to Nyaayiru, "kizhamai" the day); no
  speaker has checked it. What the set tests is how the planner reads English mixed with a language
  it has never seen: no earlier set switches into Tamil or any other Dravidian language; Tamil is
  of no family an earlier set's language belongs to;
- an office manager at a Kuching shipping agent who types every question as one expression for the
  Immediate window of Microsoft Access: 'Debug.Print DLookup("field", "tbl_X", "col = '...' AND
  log_day = '...'")' for a value, 'Debug.Print DSum(...)', 'DCount("*", ...)', 'DMin(...)' and
  'DMax(...)' for sums, counts, firsts and lasts, 'DoCmd.OpenReport "rptAttendees", acViewPreview, ,
  "..."' for several rows, 'DSum(...) > DSum(...)' for two compared, 'DAvg(...) - DAvg(...)' for
  habits, a nested DLookup in the criteria for a day named by what happened on it, 'log_day >=
  dtMonday' for this week; no question mark, no brace, no range (two dots); her
  follow-ups set a variable and requery ('dtDay = dtDay - 1: Me.Requery');
- a pepper farmer from Serian, who ties his vines to ironwood posts, picks the berries from a
  ladder and dries them on mats, and starts with a remark from his work (the vines and the posts,
  the drying mats and the shed, the buyer from town, the growers' association and the pepper board
  officer, soaking berries for white pepper, the hornbills at the forest edge, the rooster next
  door, the kopitiam auntie in Serian, his father who farmed before him) before he asks; his
  follow-ups "Same vine, next post along: ...";
- a retired herbarium curator of Kuching, who writes formal sentences with formulas of his own:
  "Permit a retired curator to enquire ...", often closed with "Entered in the herbarium ledger,
  Kuching.", and his follow-ups "On the same herbarium sheet, ...".

Of the Tamil words, those another module holds as a word are short ones another language happens
to share, kept: "ah", "en", "ku", "la", "mani", "mela", "na", "naal", "nu" and "oda" (and the English
"average", "book", "caffeine", "cycle", "dinner", "first", "flight", "heart rate", "km", "land",
"last", "launch", "lunch", "meeting", "metre", "mg", "offsite", "podcast", "recommend",
"restaurant", "start" and "workout"); no day or night name is another set's. No other module holds "Kuching", "Sarawak",
"Tamil", "Ipoh", "Serian", "pepper", "ironwood", "kopitiam", "herbarium", "curator", "Permit a
retired curator", "Same vine", "Debug.Print", "DLookup", "DSum", "DMin", "DMax", "DAvg",
"Me.Requery", "DoCmd", "dtMonday" or "tbl_", nor any of the place names below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev121 life lives in Asia/Kuching, the zone East Malaysia keeps, in Kuching, from Monday 9
March 2037 to 24 March 2037; Malaysia keeps Malaysia Time (eight hours ahead of Greenwich) all
year, with no summer time (zoneinfo gives one offset over its 16 days), so no clock changes inside
it. Dates are written as people in Malaysia write them: day first, with slashes, unpadded
("9/3/2037") or padded ("09/03/2037"), always with the year. Weekdays are Tamil ones, typed in
Latin letters with a capital: "Thingal" for Monday, "Sevvaai", "Pudhan", "Viyaazhan", "Velli",
"Sani" and "Nyaayiru" for Sunday: a day as its weekday and its slashed date ("Thingal 9/3/2037"),
as its weekday, "kizhamai" (day) and its padded date, or as its padded date, a comma and its
weekday; today and yesterday alone, or as "inniki" (today) with the date, or "nethu" (yesterday),
its weekday and the date. A night is named as its weekday, "raathiri" (night) and its date
("Thingal raathiri 9/3/2037"), or as "raathiri", a comma, its weekday and its padded date; last
night alone, "last night", or as "nethu raathiri", a comma and the date. No day's name ends in a
dot, so that no question ends in two dots. Workouts are named with places in and around Kuching:
along the Kuching riverside, round Reservoir Park, up the Bukit Serapi road; out to Santubong, round
Petra Jaya, along the Matang road; at a pool in Padungan and off the beach at Pasir Panjang; a
studio on Carpenter Street and a shophouse in Satok; a bouldering wall in Tabuan Jaya and the
limestone at Bau.
"""


from __future__ import annotations

from datetime import date

WEEKDAYS = ("Thingal", "Sevvaai", "Pudhan", "Viyaazhan", "Velli", "Sani", "Nyaayiru")
"""Tamil weekdays in Latin letters, as this set names them, Monday to Sunday (an approximation)."""

NOUNS = {"run": ("run along the Kuching riverside", "run round Reservoir Park", "run up the Bukit Serapi road"),
         "cycle": ("ride out to Santubong", "ride round Petra Jaya", "ride along the Matang road"),
         "swim": ("swim at a pool in Padungan", "swim off the beach at Pasir Panjang"),
         "yoga": ("yoga class in a studio on Carpenter Street", "yoga session in a shophouse in Satok"),
         "climb": ("climb at a bouldering wall in Tabuan Jaya", "climb in the limestone at Bau")}
"""What this set's questions call a workout of each activity: places in and around Kuching."""

S = "Entered in the herbarium ledger, Kuching."

PHRASES: dict[str, list[str]] = {
    "book": ["{who} recommend panna book oda peru enna?",
             "Debug.Print DLookup(\"title\", \"tbl_Tips\", \"kind = 'book' AND giver = '{who}'\")",
             "The pepper vines need tying after every storm, and I read in the shade after. Which book was it that {who} kept telling me to buy?",
             f"Permit a retired curator to enquire after the title of the volume {{who}} commended to him. {S}"],
    "film": ["{who} paaka sonna padam enna?",
             "Debug.Print DLookup(\"title\", \"tbl_Tips\", \"kind = 'film' AND giver = '{who}'\")",
             "My nephew plays films on his phone in the drying shed. What was the movie {who} insisted I watch?",
             "Permit a retired curator to enquire which motion picture {who} urged upon him."],
    "offsite": ["{who} offsite ah enga maathitaanga?",
                "Debug.Print DLookup(\"venue\", \"tbl_Events\", \"kind = 'offsite' AND moved_by = '{who}'\")",
                "The buyer from town keeps changing the day he collects. To what place has {who} moved the offsite?",
                f"Permit a retired curator to enquire after the new site chosen by {{who}} for the offsite. {S}"],
    "restaurant": ["{who} sonna restaurant enga?",
                   "Debug.Print DLookup(\"venue\", \"tbl_Tips\", \"kind = 'restaurant' AND giver = '{who}'\")",
                   "Black pepper on everything is how my mother cooked. Which restaurant did {who} say was worth the trip?",
                   "Permit a retired curator to enquire after the eating house {who} spoke well of."],
    "flight": ["{who} oda flight eppo land aagum?",
               "Debug.Print DLookup(\"lands_at\", \"tbl_Flights\", \"pax = '{who}'\")",
               "Planes fly low over the farm on their way in to the airport. What time does the flight carrying {who} touch down?",
               f"Permit a retired curator to enquire at what hour the aeroplane conveying {{who}} is expected to alight. {S}"],
    "dog": ["{who} oda pudhu naai kutti peru enna?",
            "Debug.Print DLookup(\"pet_name\", \"tbl_Pets\", \"species = 'dog' AND owner = '{who}'\")",
            "Our old dog sleeps under the pepper mats all afternoon. What is the puppy of {who} called, the new one?",
            "Permit a retired curator to enquire by what name the young hound of {who} is known."],
    "launch": ["{project} launch eppo nu {who} sonnaanga?",
               "Debug.Print DLookup(\"launch_on\", \"tbl_Projects\", \"project = '{project}' AND told_by = '{who}'\")",
               "Harvest never comes on the day the almanac promises. What new date has {who} put about for the {project} launch?",
               f"Permit a retired curator to enquire after the date to which the {{project}} launch has been put back, {{who}} being his informant. {S}"],
    "age": ["{who} oda ponnu ku ippo ethana vayasu aagum?",
            "Debug.Print DLookup(\"turns\", \"tbl_Family\", \"parent = '{who}' AND child = 'daughter'\")",
            "I was picking berries at ten, beside my father. The girl {who} is raising, what age does she turn next?",
            "Permit a retired curator to enquire what age the daughter of {who} will shortly attain."],
    "podcast": ["{who} kekka sonna podcast enna?",
                "Debug.Print DLookup(\"title\", \"tbl_Tips\", \"kind = 'podcast' AND giver = '{who}'\")",
                "Picking is slow work, so I keep something playing in one ear. What podcast was {who} pushing on me?",
                f"Permit a retired curator to enquire after the podcast {{who}} would have him listen to. {S}"],
    "breakfast_food": ["{day} kaalai tiffin enna saapten?",
                       "Debug.Print DLookup(\"food\", \"tbl_Meals\", \"meal = 'breakfast' AND log_day = '{day}'\")",
                       "I eat before the mist lifts off the vines. What was my breakfast on {day}?",
                       "Permit a retired curator to enquire what he breakfasted upon on {day}."],
    "lunch_food": ["{day} madhiyam enna saapten?",
                   "Debug.Print DLookup(\"food\", \"tbl_Meals\", \"meal = 'lunch' AND log_day = '{day}'\")",
                   "Noon is when the berries go out on the mats. What did I have for lunch on {day}?",
                   f"Permit a retired curator to enquire what he lunched upon on {{day}}. {S}"],
    "dinner_food": ["{day} raathiri saapadu enna?",
                    "Debug.Print DLookup(\"food\", \"tbl_Meals\", \"meal = 'dinner' AND log_day = '{day}'\")",
                    "By dark the shed smells of pepper and smoke. What was on the table for dinner on {day}?",
                    "Permit a retired curator to enquire what he dined upon on {day}."],
    "lunch_place": ["{day} lunch enga saapten?",
                    "Debug.Print DLookup(\"place\", \"tbl_Meals\", \"meal = 'lunch' AND log_day = '{day}'\")",
                    "Some days I eat in the field, some days at the kopitiam in Serian. Where did I have lunch on {day}?",
                    f"Permit a retired curator to enquire at which establishment he lunched on {{day}}. {S}"],
    "dinner_place": ["{day} dinner ku enga poanen?",
                     "Debug.Print DLookup(\"place\", \"tbl_Meals\", \"meal = 'dinner' AND log_day = '{day}'\")",
                     "After sorting the berries I am too tired to cook. Where did I go to eat dinner on {day}?",
                     "Permit a retired curator to enquire where he took his dinner on {day}."],
    "workout_kind": ["{day} enna workout panninen?",
                     "Debug.Print DLookup(\"activity\", \"tbl_Workouts\", \"log_day = '{day}'\")",
                     "Carrying sacks is exercise of a kind, but I mean the proper sort. What type of workout did I do on {day}?",
                     f"Permit a retired curator to enquire which form of exercise he pursued on {{day}}. {S}"],
    "heart_rate": ["{day} {noun} la en heart rate average evlo?",
                   "Debug.Print DLookup(\"avg_bpm\", \"tbl_Workouts\", \"label = '{noun}' AND log_day = '{day}'\")",
                   "Climbing the ladder to the top of a pepper post sets my chest going. What was my average pulse for the {noun} on {day}?",
                   "Permit a retired curator to enquire after his mean heart rate across the {noun} on {day}."],
    "sleep_quality": ["{night} nalla thoonginena?",
                      "Debug.Print DLookup(\"quality\", \"tbl_Sleep\", \"log_night = '{night}'\")",
                      "Hornbills call from the forest edge before first light. Did I sleep soundly, {night}?",
                      f"Permit a retired curator to enquire how well he slept, {{night}}. {S}"],
    "sleep_night": ["{night} ethana mani neram thoonginen?",
                    "Debug.Print DLookup(\"hours\", \"tbl_Sleep\", \"log_night = '{night}'\")",
                    "When rain drums on the zinc roof I lie awake worrying about the mats. How long did I stay asleep, {night}?",
                    "Permit a retired curator to enquire how many hours of sleep he obtained, {night}."],
    "exercise_duration": ["{day} {noun} ethana nimisham?",
                          "Debug.Print DLookup(\"minutes\", \"tbl_Workouts\", \"label = '{noun}' AND log_day = '{day}'\")",
                          "One row of vines takes me an hour to pick clean. How many minutes did the {noun} last on {day}?",
                          f"Permit a retired curator to enquire how many minutes the {{noun}} occupied on {{day}}. {S}"],
    "meeting_duration": ["{day} {title} evlo neram nadandhuchu?",
                         "Debug.Print DLookup(\"minutes\", \"tbl_Meetings\", \"title = '{title}' AND log_day = '{day}'\")",
                         "The growers' association can argue prices until the lamps go out. How long did the {title} run on {day}?",
                         "Permit a retired curator to enquire after the length of the {title} held on {day}."],
    "distance_run": ["{day} ethana km oodinen?",
                     "Debug.Print DSum(\"km\", \"tbl_Workouts\", \"activity = 'run' AND log_day = '{day}'\")",
                     "The track between the pepper rows is my only flat ground. How far did I run on {day}?",
                     f"Permit a retired curator to enquire after the distance he ran on {{day}}. {S}"],
    "distance_cycle": ["{day} cycle la ethana km poanen?",
                       "Debug.Print DSum(\"km\", \"tbl_Workouts\", \"activity = 'cycle' AND log_day = '{day}'\")",
                       "I used to take sacks to market on a bicycle with a basket. How many kilometres did I ride on {day}?",
                       "Permit a retired curator to enquire after the distance he travelled by bicycle on {day}."],
    "distance_swim": ["{day} ethana metre neenjinen?",
                      "Debug.Print DSum(\"metres\", \"tbl_Workouts\", \"activity = 'swim' AND log_day = '{day}'\")",
                      "White pepper starts with a week of soaking, so I know water well. How many metres did I swim on {day}?",
                      f"Permit a retired curator to enquire how many metres he swam on {{day}}. {S}"],
    "attendees": ["{day} {title} ku yaaru yaaru vandhaanga?",
                  "DoCmd.OpenReport \"rptAttendees\", acViewPreview, , \"meeting = '{title}' AND log_day = '{day}'\"",
                  "At the association I note who comes and who sends a nephew instead. Who turned up to the {title} on {day}?",
                  "Permit a retired curator to enquire after the names of all present at the {title} on {day}."],
    "coffee_count": ["{day} ethana kaapi kudichen?",
                     "Debug.Print DCount(\"*\", \"tbl_Coffee\", \"log_day = '{day}'\")",
                     "A flask of kopi goes out to the field with me every morning. How many cups of coffee did I drink on {day}?",
                     f"Permit a retired curator to enquire how many coffees he consumed on {{day}}. {S}"],
    "caffeine": ["{day} mothama evlo mg caffeine?",
                 "Debug.Print DSum(\"caffeine_mg\", \"tbl_Coffee\", \"log_day = '{day}'\")",
                 "Strong kopi keeps my hands quick on the stalks. How much caffeine did I take in altogether on {day}?",
                 "Permit a retired curator to enquire after the whole caffeine, reckoned up in mg, that he ingested on {day}."],
    "meeting_count": ["{day} ethana meeting irundhuchu?",
                      "Debug.Print DCount(\"*\", \"tbl_Meetings\", \"log_day = '{day}'\")",
                      "Between the buyer, the bank and the association, there is always someone to see. How many meetings did I have on {day}?",
                      f"Permit a retired curator to enquire how many meetings stood in his diary on {{day}}. {S}"],
    "km_week": ["indha vaaram ethana km {verb} panninen?",
                "Debug.Print DSum(\"km\", \"tbl_Workouts\", \"verb = '{verb}' AND log_day >= dtMonday\")",
                "A week on the farm is mostly bending, so I like to count real distance. How many km have I managed to {verb} this week?",
                "Permit a retired curator to enquire how many kilometres he has contrived to {verb} in the current week."],
    "workouts_week": ["indha vaaram ethana workout panninen?",
                      "Debug.Print DCount(\"*\", \"tbl_Workouts\", \"log_day >= dtMonday\")",
                      "My father said a pepper farmer never needs a gym, but I go anyway. How many times have I trained since this Monday?",
                      f"Permit a retired curator to enquire how many sessions of exercise he has completed in the current week. {S}"],
    "first_coffee": ["{day} first kaapi eppo kudichen?",
                     "Debug.Print DMin(\"drunk_at\", \"tbl_Coffee\", \"log_day = '{day}'\")",
                     "The first kopi comes before I even look at the sky. When did I drink my first coffee on {day}?",
                     "Permit a retired curator to enquire at what hour he took his first coffee on {day}."],
    "last_coffee": ["{day} last kaapi eppo?",
                    "Debug.Print DMax(\"drunk_at\", \"tbl_Coffee\", \"log_day = '{day}'\")",
                    "Kopi after dark and I lie there counting vines. What time did I have my last coffee on {day}?",
                    f"Permit a retired curator to enquire at what hour he took his last coffee on {{day}}. {S}"],
    "first_meeting": ["{day} first meeting eppo start aachu?",
                      "Debug.Print DMin(\"starts_at\", \"tbl_Meetings\", \"log_day = '{day}'\")",
                      "The pepper board officer likes to come before the heat. What time did my first meeting start on {day}?",
                      "Permit a retired curator to enquire at what hour his earliest meeting opened on {day}."],
    "wake": ["{day} eppo ezhundhen?",
             "Debug.Print DLookup(\"woke_at\", \"tbl_Sleep\", \"log_morning = '{day}'\")",
             "The rooster next door is my clock, and he is not a reliable one. At what time did I get up on {day}?",
             f"Permit a retired curator to enquire at what hour he rose on {{day}}. {S}"],
    "bedtime": ["{night} eppo thoonga poanen?",
                "Debug.Print DLookup(\"slept_at\", \"tbl_Sleep\", \"log_night = '{night}'\")",
                "I check the drying mats are covered before I lie down. At what o'clock did my head meet the pillow, {night}?",
                "Permit a retired curator to enquire at what hour he retired to bed, {night}."],
    "dinner_on_distance": ["{km} km {past} anniki raathiri enna saapten?",
                           "Debug.Print DLookup(\"food\", \"tbl_Meals\", \"meal = 'dinner' AND day = DLookup('day', 'tbl_Workouts', 'km = {km}')\")",
                           "A long outing leaves me hungry as a planter at harvest. Once I had {past} {km} km in a day, what went on my supper plate?",
                           f"Permit a retired curator to enquire what he dined upon the day he {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} {noun} mudinja udane irundha meeting la yaaru irundhaanga?",
                              "DoCmd.OpenReport \"rptAttendees\", acViewPreview, , \"meeting = NextAfter('{noun}') AND log_day = '{day}'\"",
                              "I went straight from exercise to the association hall without changing my shirt. Who attended the meeting right after the {noun} on {day}?",
                              "Permit a retired curator to enquire who attended the meeting that next followed the {noun} on {day}."],
    "lunch_on_meeting_day": ["{title} nadandha anniki lunch enga saapten?",
                             "Debug.Print DLookup(\"place\", \"tbl_Meals\", \"meal = 'lunch' AND day = DLookup('day', 'tbl_Meetings', 'title = ''{title}''')\")",
                             "On town days I eat near wherever the lorry is parked. At which place was my midday meal, the day the {title} sat?",
                             f"Permit a retired curator to enquire where he lunched on the day the {{title}} took place. {S}"],
    "sleep_after_meeting": ["{title} mudinja anniki raathiri ethana mani neram thoonginen?",
                            "Debug.Print DLookup(\"hours\", \"tbl_Sleep\", \"night = DLookup('day', 'tbl_Meetings', 'title = ''{title}''')\")",
                            "Talk of prices keeps me turning over half the night. How much sleep came to me on the night the {title} was held?",
                            "Permit a retired curator to enquire how long he slept on the night following the {title}."],
    "dinner_on_said_day": ["{who} {value} pathi sonna anniki raathiri enna saapten?",
                           "Debug.Print DLookup(\"food\", \"tbl_Meals\", \"meal = 'dinner' AND day = DLookup('day', 'tbl_Tips', 'giver = ''{who}'' AND title = ''{value}''')\")",
                           "Visitors to the farm always have some news to pass on. Whichever day {who} brought {value} into the talk, what did I sup on?",
                           f"Permit a retired curator to enquire what he dined upon the day {{who}} raised {{value}} with him. {S}"],
    "compare_sleep": ["{n1} ah {n2} ah, endha raathiri adhigama thoonginen?",
                      "Debug.Print DSum(\"hours\", \"tbl_Sleep\", \"log_night = '{n1}'\") > DSum(\"hours\", \"tbl_Sleep\", \"log_night = '{n2}'\")",
                      "A tired picker drops berries in the grass, so I watch my rest. Did I sleep more {n1} than {n2}?",
                      "Permit a retired curator to enquire whether he slept longer {n1} than he did {n2}."],
    "compare_caffeine": ["{d1} ah {d2} ah, endha naal caffeine adhigam?",
                         "Debug.Print DSum(\"caffeine_mg\", \"tbl_Coffee\", \"log_day = '{d1}'\") > DSum(\"caffeine_mg\", \"tbl_Coffee\", \"log_day = '{d2}'\")",
                         "Too much kopi and my knife slips on the stalks. Was my caffeine higher on {d1} or on {d2}?",
                         f"Permit a retired curator to enquire whether {{d1}} brought him more caffeine than {{d2}} did. {S}"],
    "compare_duration": ["{d1} ah {d2} ah, endha naal workout neram adhigam?",
                         "Debug.Print DSum(\"minutes\", \"tbl_Workouts\", \"log_day = '{d1}'\") > DSum(\"minutes\", \"tbl_Workouts\", \"log_day = '{d2}'\")",
                         "Some days the farm leaves me no time to move for myself. Did I exercise longer on {d1} or on {d2}?",
                         "Permit a retired curator to enquire whether his exercise lasted longer on {d1} or on {d2}."],
    "compare_coffee_weeks": ["indha vaaram ah poana vaaram ah, endha vaaram kaapi adhigam?",
                             "Debug.Print DCount(\"*\", \"tbl_Coffee\", \"log_day >= dtMonday\") > DCount(\"*\", \"tbl_Coffee\", \"log_day >= dtMonday - 7 AND log_day < dtMonday\")",
                             "The kopitiam auntie keeps a tab for me on a scrap of card. Have I drunk more coffee this week than I did last week?",
                             f"Permit a retired curator to enquire whether his coffees this week exceed those of last week. {S}"],
    "late_coffee_sleep": ["{t} ku appuram kaapi kudicha, thookam kammi aagudha?",
                          "Debug.Print DAvg(\"hours\", \"qrySleepAfterCoffee\", \"cup_at >= '{t}'\") - DAvg(\"hours\", \"qrySleepAfterCoffee\", \"cup_at < '{t}'\")",
                          "My brother swears that kopi after lunch ruins his nights. Does a cup at {t} or after that take hours off my night?",
                          "Permit a retired curator to enquire whether coffee taken at {t} or after curtails his sleep."],
    "late_dinner_sleep": ["{t} ku appuram dinner saapta, thookam kammi aagudha?",
                          "Debug.Print DAvg(\"hours\", \"qrySleepAfterDinner\", \"dinner_start >= '{t}'\") - DAvg(\"hours\", \"qrySleepAfterDinner\", \"dinner_start < '{t}'\")",
                          "In harvest weeks supper slides later and later. Supper from {t} onwards, does it cut into my hours of rest?",
                          f"Permit a retired curator to enquire whether a dinner begun at {{t}} or later shortens his night. {S}"],
    "exercise_sleep": ["workout panna naal raathiri adhigama thoongurena?",
                       "Debug.Print DAvg(\"hours\", \"qrySleepDays\", \"exercised = True\") - DAvg(\"hours\", \"qrySleepDays\", \"exercised = False\")",
                       "My father slept like a log after a day up the ladders. Do I get more sleep after the days I work out?",
                       "Permit a retired curator to enquire whether he sleeps the longer after days on which he has exercised."],
    "caffeine_sleep": ["{mg} mg caffeine ku mela pona, thookam kammi aagudha?",
                       "Debug.Print DAvg(\"hours\", \"qrySleepDays\", \"mg_total >= {mg}\") - DAvg(\"hours\", \"qrySleepDays\", \"mg_total < {mg}\")",
                       "The smell of drying pepper keeps me awake enough on its own. Once the day's caffeine reaches {mg} mg, does my night come out shorter?",
                       f"Permit a retired curator to enquire whether days of {{mg}} mg of caffeine or more are followed by shorter sleep. {S}"],
    "exercise_coffee": ["workout panna naal la kaapi adhigama kudikkurena?",
                        "Debug.Print DAvg(\"cups\", \"qryCoffeeDays\", \"exercised = True\") - DAvg(\"cups\", \"qryCoffeeDays\", \"exercised = False\")",
                        "After a hard session I reach for the flask before the water jug. Is my coffee count higher on the days I train?",
                        "Permit a retired curator to enquire whether he drinks more coffee on the days he exercises."],
    "fu_day_before": ["adhuku munnadi naal?",
                      "dtDay = dtDay - 1: Me.Requery",
                      "Same vine, next post along: the day previous?",
                      "On the same herbarium sheet, the day preceding it."],
    "fu_meeting_length": ["andha meeting evlo neram?",
                          "Debug.Print DLookup(\"minutes\", \"tbl_Meetings\", \"title = '\" & strTitle & \"' AND day = '\" & dtDay & \"'\")",
                          "Same vine, next post along: minutes, for the meeting we just found?",
                          "On the same herbarium sheet, how long the said meeting lasted."],
    "fu_other_day": ["{day} na?",
                     "dtDay = \"{day}\": Me.Requery",
                     "Same vine, next post along: try {day}.",
                     "On the same herbarium sheet, {day} being the date."],
    "fu_other_person": ["{who} na?",
                        "strWho = \"{who}\": Me.Requery",
                        "Same vine, next post along: try {who}.",
                        "On the same herbarium sheet, {who} being the party."],
    "fu_night_before": ["adhuku munnadi raathiri?",
                        "dtNight = dtNight - 1: Me.Requery",
                        "Same vine, next post along: the night that came ahead of it?",
                        "On the same herbarium sheet, the night preceding it."],
    "fu_today": ["inniki ippo varaikum?",
                 "dtDay = Date: Me.Requery",
                 "Same vine, next post along: today so far as it has gone?",
                 "On the same herbarium sheet, for today thus far."],
}


def _full(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _padded(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd} kizhamai {_padded(day)}", f"{_padded(day)}, {wd}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"inniki {_full(day)}"]
    if back == 1:
        return ["yesterday", f"nethu {wd} {_full(day)}"]
    return [f"{wd} {_full(day)}", f"{wd} kizhamai {_padded(day)}", f"{_padded(day)}, {wd}"]


def night_options(day: date, today: date) -> list[str]:
    options = [f"{WEEKDAYS[day.weekday()]} raathiri {_full(day)}", f"raathiri, {WEEKDAYS[day.weekday()]} {_padded(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"nethu raathiri, {_full(day)}"]
    return options
