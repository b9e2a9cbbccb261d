"""Question phrasings of the answers benchmark's one hundred and second tuning set, ``dev102`` (docs/benchmarks.md, "Answers").

``dev102`` was the held-out set until 2026-12-06, when, after its measurement at 34e2059 (grounded
accuracy 0.606; worst category multi_hop 0.273; unsupported 0.0; abstention 0.864; p95 0.027 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev101``, answers_dev101_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young rumba guitarist who plays the bars of Lubumbashi at night and types lower case, switching
  between English and Bemba inside a sentence (Icibemba, a Bantu language of the Copperbelt spoken in
  Haut-Katanga, no earlier set's language nor a close relative of one): "cinshi" for what, "nani"
  for who, "kwi" for where, "nshi" for which, "ayenga" and "inga" for how many, "pa nshita nshi" for
  at what time, "lelo" and "mailo" for today and yesterday, "ubushiku" for night and day, "nalele"
  for I slept, "nalile" for I ate, "nanwene" for I drank, "ulucelo", "akasuba" and "icungulo" for
  morning, midday and evening, "ukulongana" for a meeting, "akabwa" for a puppy, "umwana umukashana"
  for a daughter, "uyu mulungu" and "umulungu wafumineko" for this week and last, "nangu" for or,
  "panuma ya" for after, "kuli shani?" for what about, and English words where they come first to
  mind (a launch, an offsite, a podcast, coffee, caffeine, exercise);
- an assay analyst at a copper mine near Lubumbashi who types every question as one pandas
  expression: a table of records (``meals``, ``nights``, ``workouts``), ``.query("...")`` for what is
  known, the column asked as an attribute (``.food``), ``.sum()``, ``.mean()``, ``.min()``,
  ``.max()`` and ``.shape[0]`` for sums, means, firsts, lasts and counts, ``groupby(...)`` for two
  compared and for habits, ``.isin(...)`` for days named by what happened; no question mark, no
  brace; his follow-ups start with ``_.`` (the last result): ``_.shift(...)``, ``_.prev_day()``;
- a malachite polisher at a workshop in Lubumbashi, grinding and buffing the green stone into eggs,
  bangles and pendants, who makes a remark from that work before asking (the wheel, the green dust,
  the paste, the bench, the buyers);
- a retired postmistress who writes formal sentences of her own about herself in the third person:
  "Inform this correspondent of ...", "This correspondent begs ...", some closed with "Yours in
  anticipation.", her follow-ups opened with "Kindly repeat the enquiry ...".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev102 life lives in Africa/Lubumbashi, from Monday 27 October 2036 to 11 November; the
south-east of the Democratic Republic of the Congo keeps Central Africa Time (UTC+2) all year, with no
summer time (zoneinfo gives one offset over all of 2035 to 2037, and so over its 16 days, 27 October
to 11 November), so no clock changes inside it. Dates are written as people in Lubumbashi write them:
day first, with slashes, both padded, and the year in full ("27/10/2036"), or the day and month alone
the same way ("27/10"); in words the day's number before the month, in English ("27 October"), with
the year after them for a day that may lie outside the life ("27 October 2036"). Weekdays are in
Bemba, with capitals, "Palichimo" for Monday, "Palichibili", "Palichitatu", "Palichine",
"Palichisano", "Pachibelushi" and "Pamulungu" for Sunday: a day as its weekday with the slashed day
in brackets ("Palichimo (27/10)"), as its weekday, a comma and the date in words ("Palichimo, 27
October"), or as its weekday and the date in words ("Palichimo 27 October"); for a day that may lie
outside the life always with the year ("Palichimo 27/10/2036", or "Palichimo, 27 October 2036");
today and yesterday alone, or as "lelo" (today) and "mailo" (yesterday) with the slashed day in
brackets. A night is named "ubushiku bwa X" (X's night) after the weekday it starts on, with its two
slashed days in brackets ("ubushiku bwa Palichimo (27/10-28/10)"), or "ubushiku bwa" and the date in
words ("ubushiku bwa 27 October"); last night alone, "last night", or as "ubushiku bwa mailo" with
its two slashed days in brackets. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Lubumbashi: round Lac Kipopo, along Avenue Lumumba and up
the slag heap road; out to Kasumbalesa, along the Likasi road and out towards Kipushi; the town pool
in the Golf quarter and the pool of a club in Kampemba; a studio near the zoo and a terrace in
Bel-Air; the rocks at the Lwano falls and a climbing wall in Kenya commune.
"""


from __future__ import annotations

from datetime import date, timedelta

BEMBA = ("Palichimo", "Palichibili", "Palichitatu", "Palichine", "Palichisano", "Pachibelushi", "Pamulungu")
"""Bemba (Icibemba) weekdays as Lubumbashi's Bemba speakers name them, Monday to Sunday, with a capital."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""The months as this set writes a date in words, in English, after the day's number."""

NOUNS = {"run": ("run round Lac Kipopo", "run along Avenue Lumumba", "run up the slag heap road in Lubumbashi"),
         "cycle": ("ride out to Kasumbalesa", "ride along the Likasi road", "ride out towards Kipushi"),
         "swim": ("swim at the town pool in the Golf quarter", "swim in the pool of a club in Kampemba"),
         "yoga": ("yoga class in a studio near the Lubumbashi zoo", "yoga session on a terrace in Bel-Air"),
         "climb": ("climb on the rocks at the Lwano falls", "climb at a climbing wall in Kenya commune")}
"""What this set's questions call a workout of each activity: places in and around Lubumbashi."""

SIGN = " Yours in anticipation."
"""The retired postmistress's closing formula, after some of her questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} alinsokele ukuti mbelenge ibuku nshi? ishina fye",
             'tips.query("sender==\'{who}\' & kind==\'book\'").title',
             "The green stone eats the grinding wheel before it eats my patience. Which book keeps coming from {who} as the one I ought to open?",
             "Inform this correspondent of the title of the book {who} commended to her."],
    "film": ["{who} atile film nshi nkamone?",
             'tips.query("sender==\'{who}\' & kind==\'film\'").title',
             "Polished malachite shows rings like a film reel. Which picture did {who} press me to go and see?",
             "This correspondent begs the name of the motion picture {who} advised her to view." + SIGN],
    "offsite": ["{who} atile offsite yasendwa ku musumba nshi?",
                'offsites.query("mover==\'{who}\'").town',
                "Stones travel from the mine to my bench, and meetings travel too. Into which town has {who} shifted the offsite?",
                "Inform this correspondent of the town to which the offsite now goes, per the word of {who}."],
    "restaurant": ["{who} alitasha restaurant nshi sana? ishina lyakwe",
                   'tips.query("sender==\'{who}\' & kind==\'restaurant\'").name',
                   "Green dust in the throat wants a good plate after work. Which place to dine did {who} sing the praises of?",
                   "This correspondent begs the name of the dining house held in such esteem by {who}." + SIGN],
    "flight": ["indeke ya {who} ikesa pa nshita nshi?",
               'flights.query("passenger==\'{who}\'").lands_at',
               "Buyers of my eggs and bangles fly in at Luano. When is the aeroplane carrying {who} due on the ground?",
               "Inform this correspondent of the expected hour of arrival of the aircraft of {who}."],
    "dog": ["akabwa ka {who} bakainike shani?",
            'pets.query("keeper==\'{who}\' & kind==\'puppy\'").name',
            "I once ground a small malachite dog for a girl in Katuba. What did {who} call the new little dog?",
            "This correspondent begs the name bestowed by {who} upon the puppy." + SIGN],
    "launch": ["{who} atile launch ya {project} yasendwa ku bushiku nshi?",
               'launches.query("project==\'{project}\' & mover==\'{who}\'").new_date',
               "An order promised for Friday often leaves my bench the Wednesday after. To what date has {who} pushed the {project} launch?",
               "Inform this correspondent of the fresh date of the {project} launch, as announced by {who}."],
    "age": ["umwana umukashana wa {who} akaba ne myaka inga pa birthday?",
            'people.query("parent==\'{who}\' & relation==\'daughter\'").age_next',
            "Mothers want the child's age ground into a pendant, and I need the number. What age will {who}'s girl reach on the coming birthday?",
            "This correspondent begs the age that the daughter of {who} attains at her next birthday." + SIGN],
    "podcast": ["{who} alinsokele podcast nshi?",
                'tips.query("sender==\'{who}\' & kind==\'podcast\'").title',
                "The wheel hums for hours and the ears go hungry. Which podcast did {who} hand on to me?",
                "Inform this correspondent of the podcast recommended to her by {who}."],
    "breakfast_food": ["{day} ulucelo nalile cinshi?",
                       'meals.query("kind==\'breakfast\' & day==\'{day}\'").food',
                       "I wet the stones before the sun is up. What was on my plate at first light {day}, before the wheel turned?",
                       "This correspondent begs to learn what formed her breakfast {day}." + SIGN],
    "lunch_food": ["{day} akasuba nalile cinshi?",
                   'meals.query("kind==\'lunch\' & day==\'{day}\'").food',
                   "At noon the polishers share one pot of bukari. What did the noon pot give me {day}?",
                   "Inform this correspondent of the content of her noonday meal {day}."],
    "dinner_food": ["{day} icungulo nalile cinshi?",
                    'meals.query("kind==\'dinner\' & day==\'{day}\'").food',
                    "Evenings I buff the finished eggs under a bulb. What filled my bowl at nightfall {day}?",
                    "This correspondent begs to learn what she took as her evening meal {day}." + SIGN],
    "lunch_place": ["{day} lunch nalile kwi?",
                    'meals.query("kind==\'lunch\' & day==\'{day}\'").place',
                    "Some noons my nephew minds the bench. In what spot did I sit for lunch {day}?",
                    "Inform this correspondent of the location of her luncheon {day}."],
    "dinner_place": ["{day} dinner nalile kwi? ku ng'anda nangu ku nse?",
                     'meals.query("kind==\'dinner\' & day==\'{day}\'").place',
                     "After a week of good sales I eat away from home. Where was my evening plate set down {day}?",
                     "This correspondent begs the place at which she dined {day}." + SIGN],
    "workout_kind": ["{day} nacitile exercise nshi? ukubutuka, bicycle nangu yoga?",
                     'workouts.query("day==\'{day}\'").activity',
                     "Bent over the wheel all day, my shoulders cry out for use. What kind of exercise straightened them {day}?",
                     "Inform this correspondent of the manner of exercise she undertook {day}."],
    "heart_rate": ["mu {noun} {day} umutima wandi wapumine inshita inga pa minute, pa average?",
                   'workouts.query("label==\'{noun}\' & day==\'{day}\'").pulse.mean()',
                   "Fine grinding wants a quiet pulse. What pulse did my chest keep on the whole during the {noun} {day}?",
                   "This correspondent begs the average cardiac rate recorded across the {noun} {day}." + SIGN],
    "sleep_quality": ["{night} nalele bwino nangu iyo?",
                      'nights.query("night==\'{night}\'").quality',
                      "The polishing paste smells in the room after a late batch. Did I rest soundly or toss {night}?",
                      "Inform this correspondent of the character of her repose {night}."],
    "sleep_night": ["{night} nalele ama hour ayenga?",
                    'nights.query("night==\'{night}\'").hours',
                    "A tired hand slips and cracks a stone. How many hours did the pillow get from me {night}?",
                    "This correspondent begs the number of hours she lay asleep {night}." + SIGN],
    "exercise_duration": ["{noun} {day} yapokele ama minute ayenga?",
                          'workouts.query("label==\'{noun}\' & day==\'{day}\'").minutes',
                          "One bangle takes me about an hour at the wheel. How many minutes ran off the clock during the {noun} {day}?",
                          "Inform this correspondent of the length in minutes of the {noun} {day}."],
    "meeting_duration": ["ukulongana kwa {title} {day} kwapokele ama minute ayenga?",
                         'meetings.query("title==\'{title}\' & day==\'{day}\'").minutes',
                         "Cooperative meetings run longer than any polishing. How many minutes did the {title} hold me from the bench {day}?",
                         "This correspondent begs the duration in minutes of the {title} {day}." + SIGN],
    "distance_run": ["{day} nabutwike ama kilometre ayenga?",
                     'workouts.query("activity==\'run\' & day==\'{day}\'").km.sum()',
                     "My legs carry stones up from the market every morning. What stretch of km did they run {day}?",
                     "Inform this correspondent of the kilometres she ran {day}."],
    "distance_cycle": ["{day} nenshile bicycle ama kilometre ayenga?",
                       'workouts.query("activity==\'cycle\' & day==\'{day}\'").km.sum()',
                       "A bicycle brings the rough stone when no truck comes. What stretch did my pedals cover {day}, given in km?",
                       "This correspondent begs the distance she cycled {day}, stated in km." + SIGN],
    "distance_swim": ["{day} nowele ama metre ayenga?",
                      'workouts.query("activity==\'swim\' & day==\'{day}\'").metres.sum()',
                      "Water cools the stone and the polisher alike. What length of pool lay behind me {day}, given in metres?",
                      "Inform this correspondent of the metres she swam {day}."],
    "attendees": ["ukulongana kwa {title} {day} kwali nani?",
                  'meetings.query("title==\'{title}\' & day==\'{day}\'").attendees',
                  "The bench seats one; a meeting seats many. Who sat with me in the {title} {day}?",
                  "This correspondent begs the names of the persons present at the {title} {day}." + SIGN],
    "coffee_count": ["{day} nanwene ama kofi ayenga?",
                     'coffees.query("day==\'{day}\'").shape[0]',
                     "Coffee keeps the wheel steady in the afternoon heat. What number of cups came from the bench flask {day}?",
                     "Inform this correspondent of the count of coffees she consumed {day}."],
    "caffeine": ["{day} caffeine yonse yali mg ishinga?",
                 'coffees.query("day==\'{day}\'").mg.sum()',
                 "Stones are weighed in carats and caffeine in milligrams. What sum of mg of caffeine went down my throat {day}?",
                 "This correspondent begs her total intake of caffeine {day}, given as a figure of milligrams." + SIGN],
    "meeting_count": ["{day} nali na ukulongana kunga?",
                      'meetings.query("day==\'{day}\'").shape[0]',
                      "Every meeting is a stone left half ground. What number of them cut into my grinding {day}?",
                      "Inform this correspondent of the number of meetings she attended {day}."],
    "km_week": ["ukufuma Palichimo, {activity} yonse uyu mulungu ama kilometre ayenga?",
                'workouts.query("activity==\'{activity}\' & week==\'current\'").km.sum()',
                "I reckon sales from Monday, and legs can be reckoned the same. What stretch of {activity} have I piled up in km since Monday began the week?",
                "This correspondent begs the kilometres of {activity} entered since Monday." + SIGN],
    "workouts_week": ["uyu mulungu nacitile ama workout ayenga?",
                      'workouts.query("week==\'current\'").shape[0]',
                      "A fair week is many bangles sold and some workouts done. What number of workouts have I managed since Monday?",
                      "Inform this correspondent of the tally of workouts she has done this week."],
    "first_coffee": ["{day} kofi wa kubalilapo nanwene pa nshita nshi?",
                     'coffees.query("day==\'{day}\'").time.min()',
                     "The first cup comes before the first stone touches the wheel. When did that opening cup reach my lips {day}?",
                     "This correspondent begs the hour of her earliest coffee {day}." + SIGN],
    "last_coffee": ["{day} kofi wa kulekelesha nanwene pa nshita nshi?",
                    'coffees.query("day==\'{day}\'").time.max()',
                    "A late cup quickens the buffing and lengthens the night. When did I drain the closing cup of the day {day}?",
                    "Inform this correspondent of the hour of her final coffee {day}."],
    "first_meeting": ["{day} ukulongana kwa kubalilapo kwatendeke pa nshita nshi?",
                      'meetings.query("day==\'{day}\'").start.min()',
                      "Mornings belong to the wheel unless a meeting steals one. When did the opening one of my meetings get going {day}?",
                      "This correspondent begs the starting hour of her earliest meeting {day}." + SIGN],
    "wake": ["{day} nabukile pa nshita nshi?",
             'nights.query("woke_on==\'{day}\'").wake_time',
             "The roosters in the yard beat any alarm clock. At what hour did my feet find the floor {day}?",
             "Inform this correspondent of the hour of her rising {day}."],
    "bedtime": ["{night} naile mu kulala pa nshita nshi?",
                'nights.query("night==\'{night}\'").bed_time',
                "I sweep the green dust before I lie down. When did the broom go away and my head touch the pillow {night}?",
                "This correspondent begs the hour of her retiring {night}." + SIGN],
    "dinner_on_distance": ["ubushiku nali {past} {km} km, icungulo nalile cinshi?",
                           'meals[meals.day.isin(workouts.query("did==\'{past}\' & km=={km}").day)].query("kind==\'dinner\'").food',
                           "A long outing leaves me hollow as a cracked geode. What went onto my evening plate the day I {past} {km} km?",
                           "Inform this correspondent of her dinner upon the day on which she {past} {km} km."],
    "meeting_after_workout": ["panuma ya {noun} {day}, ukulongana kwakonkelepo kwali nani?",
                              'meetings[meetings.start > workouts.query("label==\'{noun}\' & day==\'{day}\'").end.max()].iloc[0].attendees',
                              "After exercise I return to the bench and then to whoever calls me. Who sat in the meeting that followed the {noun} {day}?",
                              "This correspondent begs the names of those at the meeting next after the {noun} {day}." + SIGN],
    "lunch_on_meeting_day": ["ubushiku bwa {title}, lunch nalile kwi?",
                             'meals[meals.day.isin(meetings.query("title==\'{title}\'").day)].query("kind==\'lunch\'").place',
                             "Meeting days scatter the grinding over the hours. In what spot did I take my noon food the day the {title} sat?",
                             "Inform this correspondent of the place of her luncheon upon the day of the {title}."],
    "sleep_after_meeting": ["ubushiku panuma ya {title}, nalele ama hour ayenga?",
                            'nights[nights.night.isin(meetings.query("title==\'{title}\'").day)].hours',
                            "A long meeting rattles in the head like grit in a tumbler. What hours of sleep did the night after the {title} allow me?",
                            "This correspondent begs the hours of sleep she obtained the night succeeding the {title}." + SIGN],
    "dinner_on_said_day": ["ubushiku {who} alandile pa {value}, icungulo nalile cinshi?",
                           'meals[meals.day.isin(said.query("speaker==\'{who}\' & topic==\'{value}\'").day)].query("kind==\'dinner\'").food',
                           "I remember days by what the buyers chatter about. What was my evening plate the day {who} talked of {value}?",
                           "Inform this correspondent of her dinner upon the day {who} made mention of {value}."],
    "compare_sleep": ["{n1} nangu {n2}, bushiku nshi nalele sana? ama hour yonse",
                      'nights.query("night in [\'{n1}\', \'{n2}\']").set_index("night").hours',
                      "Like two stones on the scale, weigh {n1} and {n2}: in which did I sleep the longer, giving both hour counts?",
                      "This correspondent begs to know which of the nights {n1} and {n2} afforded her the longer sleep, each night's hours being stated." + SIGN],
    "compare_caffeine": ["{d1} nangu {d2}, bushiku nshi caffeine yafulile? mg ya bushiku bonse",
                         'coffees.query("day in [\'{d1}\', \'{d2}\']").groupby("day").mg.sum()',
                         "Two days laid side by side like two bangles on the cloth. Which of {d1} and {d2} carried the heavier caffeine, each with its mg?",
                         "Inform this correspondent of which of the days {d1} and {d2} saw the greater caffeine, each day's milligrams shown."],
    "compare_duration": ["{d1} nangu {d2}, exercise nshi yapokele inshita iitali?",
                         'workouts.query("day in [\'{d1}\', \'{d2}\']").groupby("day").minutes.sum()',
                         "A big egg takes longer than a small bead; workouts differ likewise. Set the workout of {d1} against that of {d2}: which lasted the longer?",
                         "This correspondent begs to know whether the workout of {d1} or of {d2} was the lengthier." + SIGN],
    "compare_coffee_weeks": ["uyu mulungu nanwene kofi uwingi ukucila umulungu wafumineko?",
                             'coffees.groupby("week").size()[["current", "previous"]]',
                             "Busy weeks of orders run on coffee at the bench. Has the flask poured me more cups this week than the one before it?",
                             "Inform this correspondent of whether her coffees this week outnumber those of the week preceding."],
    "late_coffee_sleep": ["nga nanwa kofi pa {t} nangu panuma, ndala panono?",
                          'nights.assign(late=nights.last_coffee >= "{t}").groupby("late").hours.mean()',
                          "An evening cup helps with the buffing, though the night may pay. When the cup comes at {t} or later, am I short of sleep that night?",
                          "This correspondent begs to know whether coffee at {t} or thereafter curtails her sleep." + SIGN],
    "late_dinner_sleep": ["nga nalya icungulo pa {t} nangu panuma, ndala panono?",
                          'nights.assign(late=nights.dinner_at >= "{t}").groupby("late").hours.mean()',
                          "Supper waits when a buyer comes late to the bench. Is my sleep shorter when supper is at {t} or later?",
                          "Inform this correspondent of whether a dinner at {t} or later leaves her with less sleep."],
    "exercise_sleep": ["inshiku nacita exercise ndala sana ukucila inshiku shimbi?",
                       'nights.groupby("after_workout").hours.mean()',
                       "Sore hands from grinding are one thing, sore legs another. On days with a workout do I sleep longer than on days without one?",
                       "This correspondent begs to know whether she sleeps the longer after days of exercise than after days with none." + SIGN],
    "caffeine_sleep": ["inshiku caffeine yafika {mg} mg nangu ukucilapo, ukulala kwandi kuli shani ukulinganya ne nshiku shimbi?",
                       'nights.assign(strong=nights.day_mg >= {mg}).groupby("strong").hours.mean()',
                       "Three strong cups and my wheel spins like a motor. Once the caffeine of a day reaches {mg} mg, how does the sleep after it compare with the other nights?",
                       "Inform this correspondent of how her sleep after days of {mg} mg of caffeine or more compares with that of the remaining nights."],
    "exercise_coffee": ["inshiku nacita exercise nanwa kofi uwingi ukucila inshiku sha kutusha?",
                        'days.groupby("had_workout").cups.mean()',
                        "Certain mornings start at the grinding wheel, others in trainers. Do exercise days see me drink more coffee than rest days do?",
                        "This correspondent begs to know whether she consumes more coffee on days of exercise than on days of rest." + SIGN],
    "fu_day_before": ["bushiku bwa ntanshi yakwe?",
                      '_.prev_day()',
                      "Turn the wheel back one day and answer once more.",
                      "Kindly repeat the enquiry for the day preceding."],
    "fu_meeting_length": ["ukulongana kulya kwapokele ama minute ayenga?",
                          '_.meeting.minutes',
                          "The meeting you just named: its length in minutes, while my wheel stood idle?",
                          "Kindly repeat the enquiry as regards the minutes that meeting occupied." + SIGN],
    "fu_other_day": ["{day} kuli shani?",
                     '_.shift(day="{day}")',
                     "Put {day} on the wheel with that same question.",
                     "Kindly repeat the enquiry for {day}."],
    "fu_other_person": ["{who} kuli shani?",
                        '_.shift(sender="{who}")',
                        "Now polish up that answer for {who} instead.",
                        "Kindly repeat the enquiry in respect of {who}." + SIGN],
    "fu_night_before": ["ubushiku bwa ntanshi yakwe?",
                        '_.prev_night()',
                        "Go back one more night, as I rework a stone with a flaw.",
                        "Kindly repeat the enquiry for the night preceding."],
    "fu_today": ["na lelo, mpaka nomba?",
                 '_.shift(day="today", until="now")',
                 "Do it for today as far as this hour, from sunrise on.",
                 "Kindly repeat the enquiry for today up to the present moment." + SIGN],
}


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = BEMBA[day.weekday()]
    if absolute:
        return [f"{wd} {_full(day)}", f"{wd}, {_words(day)} {day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"lelo ({_slash(day)})"]
    if back == 1:
        return ["yesterday", f"mailo ({_slash(day)})"]
    return [f"{wd} ({_slash(day)})", f"{wd}, {_words(day)}", f"{wd} {_words(day)}"]


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    options = [f"ubushiku bwa {BEMBA[day.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"ubushiku bwa {_words(day)}"]
    if (today - day).days == 1:
        options += ["last night", f"ubushiku bwa mailo ({_slash(day)}-{_slash(after)})"]
    return options
