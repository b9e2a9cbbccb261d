"""Question phrasings of the answers benchmark's one hundred and fifth tuning set, ``dev105`` (docs/benchmarks.md, "Answers").

``dev105`` was the held-out set until 2026-12-06, when, after its measurement at 59e3316 (grounded
accuracy 0.576; worst category multi_hop 0.318; unsupported 0.004; abstention 0.909; p95 0.043 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev104``, answers_dev104_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order):

- a young bissap seller at the Rood Woko market in Ouagadougou, who types lower case, switching
  between English and Mooré inside a sentence (the language of the Mossi, spoken by half of Burkina
  Faso and across Ouagadougou, no earlier set's language nor a close relative of one). The Mooré
  here is the writer's own approximation from the language's commonest words (question words, today,
  yesterday, night, weekdays, meals, sleep, how many, where, who); no speaker has checked it. What
  the set tests is how the planner reads English mixed with a language it has never seen;
- a programmer at a cotton exporter's office in Ouaga 2000, who types every question as one Elixir
  pipeline: the diary piped through a function naming what is known ('meal("...", :lunch)',
  'meeting("...", on: "...")', 'workout("...", on: "...")'), then a function for the field asked,
  'length' for counts, 'Enum.sum' for totals, 'hd'/'List.last' for firsts and lasts,
  'Enum.max_by' for two compared, 'Enum.group_by' and a mean for habits, 'day_when', 'day_of',
  'night_after', 'meeting_after' for days named by what happened; no question mark of his own, no
  brace; his follow-ups pipe 'prev' (or 'prev_meeting') into 'shift';
- a shea butter maker in a women's co-operative in Tanghin, who starts with a remark from her work
  (cracking and roasting the kernels, kneading and churning the paste, the basins, the press, the
  fire) before she asks;
- a retired judge of the court of appeal, who writes formal sentences with formulas of his own:
  "Pray ascertain ...", closed with "Thus I rest my case.", and "Do kindly determine ..."; his
  follow-ups open with "Extend the inquiry to ...".

Of the Mooré words, those another module holds as a word are short ordinary ones, French loans or
words another language happens to share, kept: "a", "avion", "be", "da", "kafe", "kilometre",
"koom", "la", "m", "maan", "me", "metre", "minute", "n", "na", "ne", "ning", "nu", "pa", "sport",
"ta", "tas", "Tene", "velo", "ya", "yaa", "ye" (checked by grepping every other
scripts/answers_*_phrases.py module; "Talaata", Pular's Tuesday too, is written "Talato" here);
no other module holds "Mooré", "Mossi", "Ouagadougou", "Elixir", "jrnl", "bissap", "shea",
"retired judge", "Rood Woko", "Tanghin", "Pray ascertain", "Do kindly determine", "Thus I rest my
case" or "Extend the inquiry", nor any of the places named below.

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev105 life lives in Africa/Ouagadougou, from Monday 17 November 2036 to 2 December; Burkina
Faso keeps Greenwich Mean Time (UTC+0) all year, with no summer time (zoneinfo gives one offset over
all of 2035 to 2037, and so over its 16 days, 17 November to 2 December), so no clock changes inside
it. Dates are written as people in Ouagadougou write them: day first, with slashes, both padded, and
the year in full ("17/11/2036"), or the day and month alone the same way ("17/11"); in words the
day's number before the month, in English ("17 November"), with the year after them for a day that
may lie outside the life ("17 November 2036"). Weekdays are in Mooré, with capitals, taken from
Arabic as across the Sahel: "Tene" for Monday, "Talato", "Arba", "Lamusa", "Arzuma", "Sibri" and
"Hadre" for Sunday: a day as its weekday and the slashed day ("Tene 17/11"), as its weekday and the
date in words ("Tene 17 November"), or as "rasem" (the day), its weekday and the slashed day in
brackets ("rasem Tene (17/11)"); for a day that may lie outside the life always with the year ("Tene
17/11/2036", or "Tene 17 November 2036"); today and yesterday alone, or as "rũndã" (today) and
"zaame" (yesterday) with the slashed day after them. A night is named "X yʋʋngo" (X's night) after
the weekday it starts on, with its two slashed days ("Tene yʋʋngo 17/11-18/11"), or "yʋʋngo" and the
date in words ("yʋʋngo 17 November"); last night alone, "last night", or as "zaame yʋʋngo" with its
two slashed days. No day's name ends in a dot, so that no question ends in two dots. Workouts are
named with places in and around Ouagadougou: round the Bangr-Weoogo park, beside the Boulmiougou dam
and through Gounghin; out to Loumbila, along the Kongoussi road and up to Ziniaré; at the Ouaga 2000 pool
and in a hotel pool in Cissin; a studio in Zogona and a rooftop in Dapoya; the boulders of Laongo
and a bouldering gym in Pissy.
"""


from __future__ import annotations

from datetime import date, timedelta

MOORE = ("Tene", "Talato", "Arba", "Lamusa", "Arzuma", "Sibri", "Hadre")
"""Mooré weekdays as this set names them, Monday to Sunday, with a capital (an approximation)."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run round the Bangr-Weoogo park in Ouagadougou", "run beside the Boulmiougou dam",
                 "run through Gounghin"),
         "cycle": ("ride out to Loumbila", "ride along the Kongoussi road", "ride up to Ziniaré"),
         "swim": ("swim at the Ouaga 2000 pool", "swim in a hotel pool in Cissin"),
         "yoga": ("yoga class in a studio in Zogona", "yoga session on a rooftop in Dapoya"),
         "climb": ("climb on the boulders of Laongo", "climb at a bouldering gym in Pissy")}
"""What this set's questions call a workout of each activity: places in and around Ouagadougou."""

PHRASES: dict[str, list[str]] = {
    "book": ["sebr ya bõe la {who} yeel tɩ m karem? a yʋʋre",
             'jrnl |> tip(from: "{who}", kind: :book) |> title',
             "Shea kernels take hours to crack, and I listen to readers while I crack them. What book was {who} telling me to buy from the stall by the cathedral?",
             "Pray ascertain the title of the volume {who} put forward for my reading. Thus I rest my case."],
    "film": ["film ya bõe la {who} yeel tɩ m ges?",
             'jrnl |> tip(from: "{who}", kind: :film) |> title',
             "When the butter sets in the basins I have an evening free for the cinema. Which film has {who} been nagging me to see?",
             "Do kindly determine which motion picture {who} commended to my viewing."],
    "offsite": ["{who} yeel tɩ offsite wã tees ne tẽng ya bõe?",
                'jrnl |> offsite_moved_by("{who}") |> town',
                "Our co-operative moves its market stand from town to town as well. To which town has {who} moved the offsite?",
                "Pray ascertain in what town the offsite shall now convene, by the notice {who} gave. Thus I rest my case."],
    "restaurant": ["restaurant ya bõe la {who} pẽgd wʋsgo? a yʋʋre",
                   'jrnl |> tip(from: "{who}", kind: :restaurant) |> name',
                   "Women at the press speak of food as much as of nuts. Which eating house did {who} keep praising to me?",
                   "Do kindly determine the name of the eating establishment {who} extolled so warmly."],
    "flight": ["{who} avion wã na n tʋʋg wakat bʋgo?",
               'jrnl |> flight_of("{who}") |> arrival_time',
               "Buyers from abroad come by air for our butter. At what hour does the aeroplane bringing {who} touch the ground?",
               "Pray ascertain the hour at which the aircraft conveying {who} is to arrive. Thus I rest my case."],
    "dog": ["{who} baag bilf wã, a yʋʋr la bõe?",
            'jrnl |> pet_of("{who}", kind: :puppy) |> name',
            "A stray puppy licks the shea drippings off our yard. What has {who} named the little new dog?",
            "Do kindly determine the name bestowed by {who} upon the young hound lately acquired."],
    "launch": ["{who} yeel tɩ {project} launch wã kẽed rasem ya bõe?",
               'jrnl |> launch_of("{project}", moved_by: "{who}") |> new_date',
               "A batch promised for market day sometimes waits a week. To which date has {who} put back the {project} launch?",
               "Pray ascertain the date to which {who} has deferred the launch of {project}. Thus I rest my case."],
    "age": ["{who} bi-puglã na n ta yʋʋm wãna a rogem daarã?",
            'jrnl |> daughter_of("{who}") |> age_at_next_birthday',
            "Our youngest girls start by sorting kernels and grow into the work. How old will the daughter of {who} turn on her next birthday?",
            "Do kindly determine the age the daughter of {who} shall attain upon her coming birthday."],
    "podcast": ["podcast ya bõe la {who} yeel tɩ m kelg?",
                'jrnl |> tip(from: "{who}", kind: :podcast) |> title',
                "Churning the paste leaves my ears with nothing to do. Which podcast did {who} tell me to put in them?",
                "Pray ascertain which podcast {who} advised me to hear. Thus I rest my case."],
    "breakfast_food": ["yibeoog rɩɩbo {day}, m rɩ bõe?",
                       'jrnl |> meal("{day}", :breakfast) |> food',
                       "Before sunrise I light the fire under the roasting pans. What did I eat at dawn {day}?",
                       "Do kindly determine of what my morning repast consisted {day}."],
    "lunch_food": ["wĩntoog rɩɩbo {day}, ya bõe?",
                   'jrnl |> meal("{day}", :lunch) |> food',
                   "At midday the kneading stops so our arms can rest. What food did I have at that pause {day}?",
                   "Pray ascertain what I partook of at the midday meal {day}. Thus I rest my case."],
    "dinner_food": ["zaabr rɩɩbo {day} ya bõe?",
                    'jrnl |> meal("{day}", :dinner) |> food',
                    "By dusk my hands smell of smoke and nuts. What did I sit down to in the evening {day}?",
                    "Do kindly determine the dish set before me at supper {day}."],
    "lunch_place": ["wĩntoog rɩɩbo {day}, m rɩ be?",
                    'jrnl |> meal("{day}", :lunch) |> place',
                    "Some days we eat together under the néré tree at the press. Where was I fed at midday {day}?",
                    "Pray ascertain the establishment at which I took the midday meal {day}. Thus I rest my case."],
    "dinner_place": ["zaabr rɩɩbo {day}, m rɩ be?",
                     'jrnl |> meal("{day}", :dinner) |> place',
                     "After a good sale the co-operative treats us to a meal out. Which spot gave me my supper {day}?",
                     "Do kindly determine the premises at which I supped {day}."],
    "workout_kind": ["{day} m maan sport bũn ya bõe?",
                     'jrnl |> workout_on("{day}") |> activity',
                     "Stirring the big pot makes my shoulders ache for other movement. Which sport got my shoulders moving {day}?",
                     "Pray ascertain the species of exercise I undertook {day}. Thus I rest my case."],
    "heart_rate": ["{noun} {day} wã, m sũur kẽer yaa wãna?",
                   'jrnl |> workout("{noun}", on: "{day}") |> avg_heart_rate',
                   "Beating the paste by hand sets the heart going. What was my average pulse over the {noun} {day}?",
                   "Do kindly determine the mean cardiac rate recorded during the {noun} {day}."],
    "sleep_quality": ["{night}, m gõe sõma bɩ pa sõma ye?",
                      'jrnl |> night("{night}") |> quality',
                      "The roasting smell stays in my hair into the dark. Was my rest deep or broken {night}?",
                      "Pray ascertain whether my repose was sound or disturbed {night}. Thus I rest my case."],
    "sleep_night": ["{night} m gõe wakat wãna?",
                    'jrnl |> night("{night}") |> hours',
                    "A woman who has cracked nuts all day falls asleep fast. How many hours did I spend asleep {night}?",
                    "Do kindly determine the number of hours I slumbered {night}."],
    "exercise_duration": ["{noun} {day} wã maan minute wãna?",
                          'jrnl |> workout("{noun}", on: "{day}") |> minutes',
                          "A pan of kernels roasts in about twenty minutes. How many minutes did I give to the {noun} {day}?",
                          "Pray ascertain the length in minutes of the {noun} {day}. Thus I rest my case."],
    "meeting_duration": ["{title} {day} wã kao minute wãna?",
                         'jrnl |> meeting("{title}", on: "{day}") |> minutes',
                         "Co-operative meetings drag on while the butter cools. The {title} {day} kept us from the press how many minutes?",
                         "Do kindly determine the duration in minutes of the {title} held {day}."],
    "distance_run": ["{day} m zoe kilometre wãna?",
                     'jrnl |> km(:run, "{day}") |> Enum.sum',
                     "I carry the heavy basins, yet my legs still want a road. What distance did my feet cover running {day}, in km by the watch?",
                     "Pray ascertain the total distance I covered on foot at a run {day}, reckoned by the kilometre. Thus I rest my case."],
    "distance_cycle": ["{day} m dɩk velo kilometre wãna?",
                       'jrnl |> km(:cycle, "{day}") |> Enum.sum',
                       "The bicycle carries me to the nut buyers at the edge of town. What was my total cycling distance in kilometres {day}?",
                       "Do kindly determine the kilometres I travelled by bicycle {day}."],
    "distance_swim": ["{day} m yãag koom pʋgẽ metre wãna?",
                      'jrnl |> metres(:swim, "{day}") |> Enum.sum',
                      "Cool water washes the shea grease from my arms. What stretch of water did I swim {day}, metres by the lane count?",
                      "Pray ascertain the number of metres I swam {day}. Thus I rest my case."],
    "attendees": ["{title} {day} wã, ãnd dãmba n da be?",
                  'jrnl |> meeting("{title}", on: "{day}") |> attendees',
                  "At the press I can tell each woman by her headscarf. Which people sat in the {title} {day}?",
                  "Do kindly determine the persons who attended the {title} {day}."],
    "coffee_count": ["{day} m nu kafe tas wãna?",
                     'jrnl |> coffees("{day}") |> length',
                     "Strong coffee keeps me awake beside the fire. How many cups of that coffee went down me {day}?",
                     "Pray ascertain how many cups of coffee I consumed {day}. Thus I rest my case."],
    "caffeine": ["{day} kafe fãa taoore, caffeine mg wãna?",
                 'jrnl |> coffees("{day}") |> Enum.map(& &1.caffeine_mg) |> Enum.sum',
                 "The coffee pot sits among the roasting pans all morning. Cup upon cup, what caffeine total in mg got into me {day}?",
                 "Do kindly determine the total caffeine I ingested {day}, measured by the milligram."],
    "meeting_count": ["{day} lagm-n-taaga wãna la m kẽe?",
                      'jrnl |> meetings("{day}") |> length',
                      "Each meeting takes a pair of hands away from the basins. How many meetings pulled me off the basins {day}?",
                      "Pray ascertain the number of meetings at which I was present {day}. Thus I rest my case."],
    "km_week": ["sɛɛ Tene, {activity} kilometre wãna?",
                'jrnl |> km(:{activity}, since: :monday) |> Enum.sum',
                "Our pressing week begins with Tene, the Monday. Since that Monday, what sum of km has my {activity} come to?",
                "Do kindly determine the kilometres of {activity} I have accumulated in the present week."],
    "workouts_week": ["semaine kãnga pʋgẽ m maan sport naoor wãna?",
                      "jrnl |> workouts(:this_week) |> length",
                      "Kneading is work but it is not a workout. How many proper workouts have I managed this week?",
                      "Pray ascertain the number of exercise sessions I have completed in the present week. Thus I rest my case."],
    "first_coffee": ["{day} kafe pipi wã, wakat bʋgo?",
                     'jrnl |> coffees("{day}") |> hd |> at',
                     "My first cup is poured while the pans heat. When did that opening cup come {day}?",
                     "Do kindly determine the hour of my earliest coffee {day}."],
    "last_coffee": ["{day} kafe sẽn baasã, wakat bʋgo?",
                    'jrnl |> coffees("{day}") |> List.last |> at',
                    "The last cup comes when the fires are banked. At what hour was that closing cup {day}?",
                    "Pray ascertain the hour of the final coffee I took {day}. Thus I rest my case."],
    "first_meeting": ["{day} lagm-n-taag pipi wã sɩng wakat bʋgo?",
                      'jrnl |> meetings("{day}") |> hd |> start',
                      "A morning meeting means the kernels wait in their sacks. At what time did my earliest meeting begin {day}?",
                      "Do kindly determine the hour at which the first of my meetings commenced {day}."],
    "wake": ["{day} m vʋʋg wakat bʋgo?",
             'jrnl |> wake("{day}") |> time',
             "The grinding mills of the quarter start before the cocks. When did I rise from the mat {day}?",
             "Pray ascertain the hour of my rising {day}. Thus I rest my case."],
    "bedtime": ["{night} m gãand wakat bʋgo?",
                'jrnl |> night("{night}") |> bed_time',
                "I cover the basins with cloth before I lie down. When did I lay myself down {night}?",
                "Do kindly determine the hour at which I retired {night}."],
    "dinner_on_distance": ["rasem ning m {past} {km} km wã, zaabr rɩɩbo ya bõe?",
                           'jrnl |> day_when(:{past}, km: {km}) |> dinner |> eaten',
                           "After a long outing even the smell of shea makes me hungry. That day I {past} {km} km: which supper followed?",
                           "Pray ascertain what I dined upon on the day I {past} {km} km. Thus I rest my case."],
    "meeting_after_workout": ["{noun} {day} poorẽ, lagm-n-taag wã ãnd dãmba n da be?",
                              'jrnl |> meeting_after("{noun}", on: "{day}") |> attendees',
                              "After exercise I wash off the sweat before touching the butter. Who came to the meeting that followed the {noun} {day}?",
                              "Do kindly determine the persons present at the meeting subsequent to the {noun} {day}."],
    "lunch_on_meeting_day": ["{title} rasem wã, wĩntoog rɩɩbo m rɩ be?",
                             'jrnl |> day_of("{title}") |> lunch |> eaten_at',
                             "When the co-operative gathers, the press stands cold till afternoon. The day the {title} took place, which spot fed me at noon?",
                             "Pray ascertain where I lunched on the day the {title} took place. Thus I rest my case."],
    "sleep_after_meeting": ["{title} yʋʋngo, m gõe wakat wãna?",
                            'jrnl |> night_after("{title}") |> hours',
                            "Talk at meetings buzzes in my head like the mill. How many hours of sleep came in the night after the {title}?",
                            "Do kindly determine the hours of slumber I obtained the night following the {title}."],
    "dinner_on_said_day": ["rasem ning {who} sẽn gom {value} yell wã, zaabr rɩɩbo ya bõe?",
                           'jrnl |> day_when(said_by: "{who}", about: "{value}") |> dinner |> eaten',
                           "I remember days by the gossip around the basins. The day {who} kept on about {value} by the basins, what supper came after?",
                           "Pray ascertain my evening fare on the day {who} spoke of {value}. Thus I rest my case."],
    "compare_sleep": ["{n1} bɩ {n2}, yʋʋng bʋgo la m gõe wʋsgo?",
                      'jrnl |> nights(["{n1}", "{n2}"]) |> Enum.max_by(& &1.hours)',
                      "Some nights I sleep like a full sack, some like an empty one. Take {n1}, then take {n2}: on which did my sleep stretch further?",
                      "Do kindly determine on which night I slept the greater number of hours: {n1}; {n2}."],
    "compare_caffeine": ["{d1} bɩ {d2}, rasem bʋgo caffeine n yɩɩda?",
                         'jrnl |> days(["{d1}", "{d2}"]) |> Enum.max_by(& &1.caffeine_mg)',
                         "Some roasting days I live on coffee alone. Of the day {d1} and the day {d2}, which one carried the heavier caffeine load?",
                         "Pray ascertain which of two days saw the larger intake of caffeine, the first being {d1}, the second {d2}. Thus I rest my case."],
    "compare_duration": ["{d1} bɩ {d2}, sport bʋgo n kaoo?",
                         'jrnl |> days(["{d1}", "{d2}"]) |> Enum.max_by(& &1.workout_minutes)',
                         "A small batch is quick and a big one takes all day. Put my workout of {d1} next to that of {d2}: which one ran on longer?",
                         "Do kindly determine whether the exercise of {d1} occupied more minutes than that of {d2}."],
    "compare_coffee_weeks": ["semaine kãnga kafe yɩɩda semaine sẽn loogã bɩ?",
                             "jrnl |> coffee_count(:this_week) > jrnl |> coffee_count(:last_week)",
                             "The coffee seller greets me more warmly every day. Did I drink more coffee this week than the week before?",
                             "Pray ascertain whether my consumption of coffee this week exceeds that of the preceding week. Thus I rest my case."],
    "late_coffee_sleep": ["m sã n nu kafe {t} bɩ a poorẽ, m gõe wakat wãna?",
                          'jrnl |> nights |> Enum.group_by(& &1.last_coffee >= ~T[{t}]) |> mean(:hours)',
                          "Customers who come late bring me a coffee for my trouble. Is my sleep shorter after a coffee at {t} or later?",
                          "Do kindly determine whether coffee taken at {t} or afterwards diminishes my hours of sleep."],
    "late_dinner_sleep": ["zaabr rɩɩbo {t} bɩ a poorẽ, m gõe bilfu?",
                          'jrnl |> nights |> Enum.group_by(& &1.dinner_time >= ~T[{t}]) |> mean(:hours)',
                          "When the fire burns late my supper comes late too. Do I sleep less when I eat supper at {t} or after?",
                          "Pray ascertain whether an evening meal taken at {t} or later curtails my slumber. Thus I rest my case."],
    "exercise_sleep": ["rasem ning m sẽn maan sport, m gõe wʋsgo bɩ?",
                       "jrnl |> nights |> Enum.group_by(& &1.after_workout) |> mean(:hours)",
                       "My arms tire at the basins but my legs only tire on the road. Do I sleep longer on nights after a workout day?",
                       "Do kindly determine whether nights following a day of exercise afford me more hours of sleep."],
    "caffeine_sleep": ["caffeine {mg} mg bɩ n yɩɩg rasem, m gõe wakat wãna?",
                       'jrnl |> nights |> Enum.group_by(& &1.mg_caffeine >= {mg}) |> mean(:hours)',
                       "Too much coffee makes my hands shake over the pot. Once a day reaches {mg} mg of caffeine or more, how do my nights turn out?",
                       "Pray ascertain how my sleep fares after days on which caffeine reaches {mg} mg or more. Thus I rest my case."],
    "exercise_coffee": ["sport rasem, m nu kafe wʋsgo bɩ?",
                        "jrnl |> days |> Enum.group_by(& &1.workout?) |> mean(:coffees)",
                        "On days I run I come to the press late and tired. Do I drink more coffee on days with a workout?",
                        "Do kindly determine whether days of exercise coincide with a greater number of coffees."],
    "fu_day_before": ["rasem a taoore wã?",
                      "prev |> shift(:day_before)",
                      "Step back one day from there.",
                      "Extend the inquiry to the day preceding."],
    "fu_meeting_length": ["lagm-n-taag wã kao minute wãna?",
                          "prev_meeting |> minutes",
                          "That meeting you named just now: how many minutes did it hold me away from the basins?",
                          "Do kindly determine the duration in minutes of the meeting just mentioned."],
    "fu_other_day": ["la {day} me?",
                     'prev |> shift(to: "{day}")',
                     "Same paste, other batch: {day}.",
                     "Extend the inquiry to {day}."],
    "fu_other_person": ["la {who} me?",
                        'prev |> shift(who: "{who}")',
                        "Same basin, other woman: {who}.",
                        "Extend the inquiry to {who}."],
    "fu_night_before": ["yʋʋngo a taoore wã?",
                        "prev |> shift(:night_before)",
                        "Step back one night from there.",
                        "Extend the inquiry to the night preceding."],
    "fu_today": ["rũndã me, hal masã?",
                 "prev |> shift(:today, until: :now)",
                 "Do it again for today, till this very moment.",
                 "Extend the inquiry to today, as far as the present hour."],
}
"""Every key's four templates, in the four voices' order: code-switch, terse, remark, formal."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = MOORE[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd} {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"rũndã {_slash(day)}"]
    if back == 1:
        return ["yesterday", f"zaame {_slash(day)}"]
    return [f"{wd} {_slash(day)}", f"{wd} {_words(day)}", f"rasem {wd} ({_slash(day)})"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"{MOORE[day.weekday()]} yʋʋngo {_slash(day)}-{_slash(after)}",
               f"yʋʋngo {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"zaame yʋʋngo {_slash(day)}-{_slash(after)}"]
    return options
