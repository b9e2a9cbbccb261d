"""Question phrasings of the answers benchmark's eighty-seventh tuning set, ``dev87`` (docs/benchmarks.md, "Answers").

``dev87`` was the held-out set until 2026-12-06, when, after its measurement at 4b11dcf (grounded
accuracy 0.58; worst category attendees 0.182; unsupported 0.008; abstention 0.909; p95 0.019 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev86``, answers_dev86_phrases.py) on 2026-12-06, and was written
from what each key asks for (the gold ``answers_evalset`` computes) without reading the planner or
its time parser and without copying the other sets' phrasing tables; where the disjointness checks
found a wording already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young agronomist from Maradi, at a seed project in Niamey, who studied in Kano, types lower case
  and switches between English and Hausa inside a sentence (no earlier set's language, nor a close
  neighbour of one: Hausa is a Chadic language of the Afro-Asiatic family, whose other branches the
  earlier sets' Amharic, Hebrew and Maltese (Semitic) and Somali (Cushitic) belong to), in its
  ordinary typed spelling, the Latin (boko) alphabet with its hooked letters typed plain, as phones
  type it (b, d, k for ɓ, ɗ, ƙ): "me" and "menene" for what, "wane" and "wace" for which, "ina" for
  where, "su wa" for who all, "nawa" for how many and how much, "karfe nawa" for at what time, "awa
  nawa" and "minti nawa" for how many hours and minutes, "karin kumallo", "abincin rana" and
  "abincin dare" for breakfast, lunch and dinner, "kofi" and "kofuna" for coffee and cups, "taro"
  for a meeting, "barci" for sleep, "tashi" for waking, "kwanta" for going to bed, "gudu", "hau
  keke" and "iyo" for running, cycling and swimming, "wannan satin" for this week, "na manta" for I
  forgot, "a cewar {who}" for according to someone, "da ... ke" for the relative clause that needs
  no he or she, English nouns and clauses where they come first to mind ("restaurant din", a
  workout, a launch, "i ran ... km"), her follow-ups closed with "fa?" (and what about);
- a ticket clerk at a bus company's station in Niamey who types on a French phone keyboard, lower
  case, every question the thing asked and its day in a few words, then the keyboard's "»" as an
  arrow and the one field he wants, named as the booking system names its fields, words joined by
  underscores, then a question mark ("lunch {day} » venue_name?", "sleep {night} » hours_slept?",
  "first coffee {day} » time_hhmm?"), a few abbreviations ("mtg", "wk", "bday"), his follow-ups
  opened with "again »" ("again » day_before?");
- an onion dealer at Katako market in Niamey, writing in sentences with capitals, who makes a
  remark from her working life before or after the question (the sacks of red onions from Galmi,
  the weighing scale, the buyers from Lomé and the trucks to the coast, the porters and her nephew
  minding the stall, the rains on the shed roof, the tea and coffee sellers at the market gate);
- a retired greffier (the court's record-keeper) of the Niamey high court who writes formal
  sentences with formulas of his own, as in a court's register: "I ask that it be stated ...", "Let
  it be entered ...", "I request the record of ...", some closed with "Answer to be filed.", his
  follow-ups opened with "Item:" and "The same, as regards".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev87 life lives in Africa/Niamey, from Monday 14 July 2036 to 29 July; Niger keeps West
Africa Time (UTC+1) all year, with no summer time (zoneinfo gives one offset over all of 2035 to
2037, and so over its 16 days, 14 to 29 July), so no clock changes inside it. Dates are written as
people in Niamey write them: day first, with slashes, both padded, and the year in full
("14/07/2036"), or the day and month alone the same way ("14/07"); in words, as Hausa writes them,
the day's number, "ga" (of) and the month's Hausa name: "14 ga Yuli", 14 July, with the year after
them for a day that may lie outside the life ("14 ga Yuli 2036"). Weekdays are in Hausa ("Litinin",
"Talata", "Laraba", "Alhamis", "Jumma'a", "Asabar", "Lahadi", Monday to Sunday), a day as "ranar"
(the day of) and its weekday with the slashed day in brackets ("ranar Litinin (14/07)"), as the
weekday with the slashed day after it ("Litinin, 14/07"), or as a date in words with the weekday in
brackets ("14 ga Yuli (Litinin)"); for a day that may lie outside the life always with the year
("14 ga Yuli 2036 (Litinin)", "Litinin, 14/07/2036"); today and yesterday alone, or as "yau"
(today) and "jiya" (yesterday) with the weekday and the slashed day in brackets, and the day before
yesterday also as "shekaranjiya" the same way. A night is named as Hausa names it: by the day it
leads into, "daren" (the night of) and the next day's weekday, "daren Talata" being the night from
Monday into Tuesday, always with its two slashed days in brackets ("daren Talata (14/07-15/07)"),
or as its first day at night, "ranar Litinin da dare", with that day ("ranar Litinin da dare
(14/07)"); last night alone, "last night", or as "jiya da dare" (yesterday at night) with its two
slashed days in brackets. No day's name ends in a dot, so that no question ends in two dots.
Workouts are named with places in and around Niamey: along the river at Yantala, across the
Kennedy Bridge and round the Stade Général Seyni Kountché; out to Boubon up the river, down the
river road to Say and out to the giraffes at Kouré; the pools of the Grand Hôtel du Niger and the
Radisson Blu; the Centre Culturel Franco-Nigérien and the riverbank at Gamkallé; the Grand
Mosque's minaret and the bluff up from the river to the Plateau.
"""


from __future__ import annotations

from datetime import date, timedelta

HA = ("Litinin", "Talata", "Laraba", "Alhamis", "Jumma'a", "Asabar", "Lahadi")
"""Hausa weekdays, Monday to Sunday."""
MONTHS = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba",
          "Nuwamba", "Disamba")
"""The months' Hausa names (after the day's number and "ga", of, in a date)."""

NOUNS = {"run": ("run along the river at Yantala", "run across the Kennedy Bridge",
                 "run round the Stade Général Seyni Kountché"),
         "cycle": ("ride out to Boubon up the river", "ride down the river road to Say",
                   "ride out to the giraffes at Kouré"),
         "swim": ("swim in the Grand Hôtel du Niger pool", "swim at the Radisson Blu pool in Niamey"),
         "yoga": ("yoga class at the Centre Culturel Franco-Nigérien", "yoga session on the riverbank at Gamkallé"),
         "climb": ("climb up the Grand Mosque's minaret", "climb up the bluff from the river to the Plateau")}
"""What this set's questions call a workout of each activity: places in and around Niamey."""

FILED = " Answer to be filed."
"""The greffier's closing formula, after some of his questions."""

PHRASES: dict[str, list[str]] = {
    "book": ["wane book ne {who} ke cewa in karanta? na manta title din",
             "book {who} pushed » title_author?",
             "Buyers from Lomé kept me haggling over sacks all morning, so my head is full of prices. Which book "
             "did {who} tell me I must read?",
             "I ask that it be stated which book {who} advised me to read."],
    "film": ["wane film ne {who} ke cewa dole sai na kalla?",
             "film {who} insists on » film_title?",
             "In the rains the trucks come late and I wait under the shed. Which film did {who} say I ought to see "
             "while I wait?",
             "Let it be entered which film {who} judged I ought to see." + FILED],
    "offsite": ["a cewar {who} an canza wurin offsite, yanzu a wane gari ne?",
                "offsite, moved says {who} » new_city?",
                "I know where every sack of mine ends up, but not this. To which city has the offsite gone now, by "
                "{who}'s account?",
                "I request the record of the city to which, by {who}'s account, the offsite now stands transferred."],
    "restaurant": ["restaurant din da {who} ke yabo sosai, menene sunansa? na manta",
                   "restaurant {who} rates » restaurant_name?",
                   "My porters eat at the market gate, but I fancy something better tonight. What restaurant did "
                   "{who} speak so well of?",
                   "I ask that it be stated which restaurant {who} commended so warmly."],
    "flight": ["flight din {who} karfe nawa zai sauka? ina so in je airport",
               "{who} flight » arrival_time?",
               "A truck of red onions from Galmi is due about the same hour, so I must plan. At what hour is "
               "{who}'s plane due down at the airport?",
               "Let it be entered at what hour the flight of {who} is to land." + FILED],
    "dog": ["sabon kare na {who}, wane suna aka sa masa?",
            "{who} new dog » dog_name?",
            "A stray sleeps on my onion sacks at Katako every night and I call him nothing. What name did the new "
            "dog of {who} end up with?",
            "I request the record of what {who} has called the newly acquired dog."],
    "launch": ["a cewar {who} an daga {project} launch, zuwa wace rana?",
               "{project} launch, shifted says {who} » new_date?",
               "Onion prices move every week, and so, it seems, do launches. What new date has {who} given for the "
               "{project} launch?",
               "I ask that it be stated to what date {who} reports the {project} launch deferred." + FILED],
    "age": ["'yar {who} za ta cika shekara nawa a next birthday dinta?",
            "{who} daughter, next bday » age_turning?",
            "I am sending a sack of sweet onions for the party. How old will {who}'s daughter turn on her next "
            "birthday?",
            "Let it be entered what age the daughter of {who} attains at her next birthday."],
    "podcast": ["wane podcast ne {who} ke cewa in saurara? ina so in ji shi a mota",
                "podcast {who} tipped » show_name?",
                "The road out to the Galmi fields is long and the radio fades halfway. Which podcast was it that "
                "{who} said would shorten the road?",
                "I request the record of the podcast which {who} put forward for my listening." + FILED],
    "breakfast_food": ["me na ci a karin kumallo {day}? ban tuna ba",
                       "breakfast {day} » food_items?",
                       "I was at the weighing scale before dawn {day}. What did I eat standing up for breakfast?",
                       "I ask that it be stated what my breakfast consisted of {day}."],
    "lunch_food": ["abincin rana {day}, me na ci?",
                   "lunch {day} » dish_eaten?",
                   "The truck for Lomé was loaded by noon {day}. What did I eat at lunch after that?",
                   "Let it be entered what was eaten by me at lunch {day}." + FILED],
    "dinner_food": ["abincin dare {day} me na ci? honestly na manta gaba daya",
                    "dinner {day} » dinner_dishes?",
                    "After counting sacks until dark {day}, what did my dinner turn out to be?",
                    "I request the record of the dishes of my dinner {day}."],
    "lunch_place": ["{day} a ina na ci abincin rana?",
                    "lunch {day} » venue_name?",
                    "I left my nephew at the stall at midday {day}. Where did my feet take me for lunch?",
                    "I ask that it be stated where my lunch was taken {day}."],
    "dinner_place": ["{day} wane wuri na je cin abincin dare?",
                     "dinner {day} » dinner_venue?",
                     "Once the last buyer had paid {day}, which place fed me dinner?",
                     "Let it be entered at which place I dined {day}." + FILED],
    "workout_kind": ["wane irin workout na yi {day}?",
                     "workout {day} » activity_type?",
                     "Lifting sacks is not exercise, my doctor says. What sort of sport did I really do {day}?",
                     "I request the record of the kind of exercise undertaken by me {day}."],
    "heart_rate": ["a {noun} {day}, average heart rate dina nawa ne?",
                   "{noun} {day} » avg_bpm?",
                   "My heart races whenever the price of onions falls. What was its average during the {noun} {day}?",
                   "I ask that it be stated what my mean heart rate stood at over the {noun} {day}." + FILED],
    "sleep_quality": ["{night} na yi barci mai kyau ko ban yi ba?",
                      "sleep {night} » quality_good_poor?",
                      "The rain drummed on the shed roof {night}. Did I sleep well or badly?",
                      "Let it be entered whether my sleep {night} was of good quality or poor."],
    "sleep_night": ["{night} awa nawa na yi barci?",
                    "sleep {night} » hours_slept?",
                    "A late truck from Tahoua kept me up {night}. How many hours did I manage to sleep?",
                    "I request the record of the hours slept by me {night}." + FILED],
    "exercise_duration": ["{noun} {day} ya dauki minti nawa?",
                          "{noun} {day} » duration_min?",
                          "My brother minded the sacks while I was out. For how many minutes was I away on the "
                          "{noun} {day}?",
                          "I ask that it be stated how many minutes the {noun} {day} lasted."],
    "meeting_duration": ["taron {title} {day} ya dauki tsawon lokaci nawa?",
                         "{title} mtg {day} » duration_min?",
                         "Three buyers were waiting for me at the market. How many minutes did the {title} meeting "
                         "take from my selling {day}?",
                         "Let it be entered how long, in minutes, the {title} meeting sat {day}." + FILED],
    "distance_run": ["{day} kilomita nawa na yi gudu?",
                     "run {day} » distance_km?",
                     "I run to forget the price of onions. How many kilometres did my legs put behind me {day}?",
                     "I request the record of the kilometres run by me {day}."],
    "distance_cycle": ["{day} na hau keke kilomita nawa?",
                       "ride {day} » distance_km?",
                       "The truck drivers laugh at my bicycle. How far, in kilometres, did that bicycle carry me "
                       "{day}?",
                       "I ask that it be stated how many kilometres I rode by bicycle {day}." + FILED],
    "distance_swim": ["{day} mita nawa na yi iyo?",
                      "swim {day} » distance_m?",
                      "The market dust stays on me until I swim it off. What did my swim {day} come to in metres?",
                      "Let it be entered what distance in metres my swim covered {day}."],
    "attendees": ["su wa suka halarci {title} meeting {day}?",
                  "{title} mtg {day} » attendee_names?",
                  "I lost a sale to a rival stall for the {title} meeting {day}. Who else was sitting in it?",
                  "I request the record of the persons present at the {title} meeting {day}." + FILED],
    "coffee_count": ["kofi kofuna nawa na sha {day}?",
                     "coffee {day} » cup_count?",
                     "Market days run on coffee and sugar. How many cups of coffee did the sellers pour me {day}?",
                     "I ask that it be stated how many cups of coffee I drank {day}."],
    "caffeine": ["{day} jimillar caffeine nawa ne, a mg?",
                 "caffeine {day} » total_mg?",
                 "The tea sellers at Katako keep me in caffeine as well. How many milligrams of it did I take in "
                 "{day}?",
                 "Let it be entered what my caffeine amounted to, in milligrams, {day}." + FILED],
    "meeting_count": ["{day} taruka nawa na halarta?",
                      "mtgs {day} » meeting_count?",
                      "Every meeting means a sale left to my nephew. How many meetings pulled me from the stall {day}?",
                      "I request the record of the number of meetings I attended {day}."],
    "km_week": ["tun ranar Litinin, {activity} kilomita nawa ne gaba daya?",
                "{activity} since monday » km_total?",
                "A sack of onions weighs fifty kilos and I no longer carry them since I took up sport. What is my "
                "tally of {activity} kilometres since Monday?",
                "I ask that it be stated how many kilometres of {activity} stand recorded since Monday." + FILED],
    "workouts_week": ["wannan satin workout sau nawa na yi zuwa yanzu?",
                      "workouts this wk » workout_count?",
                      "The rains have slowed the trucks, which leaves me time. How many workouts have I squeezed "
                      "into this week so far?",
                      "Let it be entered how many workouts stand to my account this week."],
    "first_coffee": ["{day} karfe nawa na sha kofi na farko?",
                     "first coffee {day} » time_hhmm?",
                     "The first truck reaches Katako at dawn. What time did I drink my first coffee {day}?",
                     "I request the record of the hour of my first coffee {day}." + FILED],
    "last_coffee": ["{day} kofi na karshe, karfe nawa?",
                    "last coffee {day} » time_hhmm?",
                    "I settled the accounts late {day}. When did I have my last coffee of the day?",
                    "I ask that it be stated at what hour my last coffee was drunk {day}."],
    "first_meeting": ["{day} meeting na farko ya fara karfe nawa?",
                      "first mtg {day} » start_hhmm?",
                      "I had to leave the scales for it {day}. When did my first meeting begin?",
                      "Let it be entered at what hour my first meeting opened {day}." + FILED],
    "wake": ["{day} karfe nawa na tashi daga barci?",
             "up {day} » wake_hhmm?",
             "The muezzin and the trucks wake the market together. At what time did they rouse me {day}?",
             "I request the record of the hour at which I rose {day}."],
    "bedtime": ["{night} karfe nawa na kwanta?",
                "bed {night} » lights_out_hhmm?",
                "I count the day's cash before bed. When did I finally lie down {night}?",
                "I ask that it be stated at what hour I went to bed {night}." + FILED],
    "dinner_on_distance": ["ranar da i {past} {km} km, me na ci da dare?",
                           "dinner, day i {past} {km} km » dinner_dishes?",
                           "My legs were as heavy as a full sack after I {past} {km} km. What went on my plate for "
                           "dinner that evening?",
                           "I request the record of what I ate at dinner on the day when I {past} {km} km."],
    "meeting_after_workout": ["bayan {noun} {day}, su wa ke cikin meeting na gaba?",
                              "next mtg after {noun} {day} » attendee_names?",
                              "I walked in still dusty from the {noun} {day}. Who was in the next meeting I went to?",
                              "I ask that it be stated who sat in the first meeting following my {noun} {day}."
                              + FILED],
    "lunch_on_meeting_day": ["ranar {title} meeting, a ina na ci abincin rana?",
                             "lunch, {title} mtg day » venue_name?",
                             "The {title} meeting fell on a busy market day. Where did I eat at midday then?",
                             "Let it be entered where I lunched on the day the {title} meeting was held."],
    "sleep_after_meeting": ["daren da ya biyo bayan {title} meeting, awa nawa na yi barci?",
                            "sleep after {title} mtg » hours_slept?",
                            "Meetings tire me more than unloading a truck. How many hours of sleep followed the "
                            "{title} meeting that night?",
                            "I request the record of my hours of sleep in the night that followed the {title} "
                            "meeting." + FILED],
    "dinner_on_said_day": ["ranar da {who} ke magana a kan {value}, me na ci da dare?",
                           "dinner, day {who} brought up {value} » dinner_dishes?",
                           "{who} was going on about {value} while I was weighing sacks. What was set before me for "
                           "dinner that day?",
                           "I ask that it be stated what I had for dinner on the day {who} raised the matter of "
                           "{value}."],
    "compare_sleep": ["{n1} da {n2}, wane dare na fi yin barci? fada mani awoyin duka biyu",
                      "sleep {n1} / {n2} » longer_night, hours_each?",
                      "Onion people sleep little at harvest. Did {n1} or {n2} give me the longer sleep, and what "
                      "were the hours of each night?",
                      "Let it be entered which night, {n1} or {n2}, held more hours of sleep, with the hours of "
                      "each." + FILED],
    "compare_caffeine": ["{d1} da {d2}, wace rana caffeine ya fi yawa? mg na kowace rana",
                         "caffeine {d1} / {d2} » higher_day, mg_each?",
                         "Some market days need more coffee than others. Did {d1} or {d2} bring more caffeine, and "
                         "how many milligrams on each?",
                         "I request the record of which day, {d1} or {d2}, carried the more caffeine, with the "
                         "milligrams of each."],
    "compare_duration": ["workout na {d1} da na {d2}, wanne ya fi tsawo? minti na duka biyu",
                         "workout {d1} / {d2} » longer_one, min_each?",
                         "I weigh everything, even my workouts. Did my workout {d1} outlast the one {d2}, "
                         "or the reverse, and by the minutes of each?",
                         "I ask that it be stated which workout ran longer, that of {d1} or that of {d2}, with the "
                         "minutes of each." + FILED],
    "compare_coffee_weeks": ["wannan satin na fi shan kofi fiye da satin da ya wuce, ko na rage?",
                             "coffee this wk vs last » up_or_down?",
                             "The coffee seller at the gate calls me his best customer. Is my coffee this week "
                             "outrunning last week's, or falling behind it?",
                             "Let it be entered whether my coffee drinking this week has risen or fallen against "
                             "last week."],
    "late_coffee_sleep": ["ranakun da na sha kofi daga {t} zuwa gaba, barcina yana raguwa?",
                          "coffee {t} or later » shorter_sleep_yn?",
                          "Buyers often turn up with coffee late in the afternoon. Does a cup at {t} or later "
                          "cost me sleep that night?",
                          "I request the record of whether coffee at {t} or later is followed by shorter sleep."
                          + FILED],
    "late_dinner_sleep": ["idan na ci abincin dare daga {t} ko bayan haka, ina rage barci?",
                          "dinner {t} or later » shorter_sleep_yn?",
                          "On loading days I eat late. When my dinner is at {t} or later, is my night's sleep shorter?",
                          "I ask that it be stated whether dinner at {t} or later is followed by less sleep."],
    "exercise_sleep": ["bayan ranakun workout, ina fi yin barci fiye da bayan rest days?",
                       "sleep after workout days vs rest days » longer_yn?",
                       "My wife says sport makes me sleep like a dropped sack. Are my nights longer after a workout "
                       "day than after a day without sport?",
                       "Let it be entered whether I sleep longer after days with a workout than after days of rest."
                       + FILED],
    "caffeine_sleep": ["ranakun da caffeine ya kai {mg} mg ko fiye, barcin daren da ya biyo baya ya bambanta yaya "
                       "da sauran dare?",
                       "{mg}+ mg caffeine days » sleep_after_vs_other_nights?",
                       "On the busiest market days my caffeine passes {mg} mg. How does my sleep the night after "
                       "such days compare with other nights?",
                       "I request the record of how my nights after days of {mg} mg of caffeine or more "
                       "differ from the rest."],
    "exercise_coffee": ["a ranakun workout, ina fi shan kofi fiye da rest days?",
                        "coffee on workout days vs rest days » more_yn?",
                        "I reward myself with coffee after sport, I suspect. On days I do a workout, do I take "
                        "more coffee than on rest days?",
                        "I ask that it be stated whether I drink more coffee on workout days than on rest days."
                        + FILED],
    "fu_day_before": ["ranar da ta gabace ta fa?",
                      "again » day_before?",
                      "Prices change overnight at the market. What about one day earlier?",
                      "Item: the day before."],
    "fu_meeting_length": ["to, wannan meeting din ya dauki lokaci nawa?",
                          "that mtg » duration_min?",
                          "A buyer stood waiting the whole time. How many minutes did that meeting swallow?",
                          "Item: how long that meeting lasted."],
    "fu_other_day": ["{day} fa, kilomita nawa?",
                     "again » {day}, distance_km?",
                     "I think I went out on {day} too. How far was it then?",
                     "The same, as regards {day}."],
    "fu_other_person": ["{who} fa? tambayar dai",
                        "again » {who}?",
                        "{who} has the same question hanging, I believe. What is the answer for {who}?",
                        "The same, as regards {who}."],
    "fu_night_before": ["daren da ya gabace shi fa?",
                        "again » night_before?",
                        "Trucks come in at night too. And for the night before that one?",
                        "Item: the night before."],
    "fu_today": ["yau fa, zuwa yanzu nawa ne?",
                 "again » today_so_far?",
                 "The market is still open. How does today look so far?",
                 "The same, as regards today thus far."],
}
"""Every question key's templates: the agronomist's, the ticket clerk's, the onion dealer's, the greffier's."""


def _full(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


def _words(day: date) -> str:
    return f"{day.day} ga {MONTHS[day.month - 1]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = day.weekday()
    if absolute:
        return [f"{_words(day)} {day.year} ({HA[wd]})", f"{HA[wd]}, {_full(day)}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"yau ({HA[wd]}, {_slash(day)})"]
    if back == 1:
        return ["yesterday", f"jiya ({HA[wd]}, {_slash(day)})"]
    options = [f"ranar {HA[wd]} ({_slash(day)})", f"{HA[wd]}, {_slash(day)}", f"{_words(day)} ({HA[wd]})"]
    if back == 2:
        options.append(f"shekaranjiya ({HA[wd]}, {_slash(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    wd = day.weekday()
    options = [f"daren {HA[after.weekday()]} ({_slash(day)}-{_slash(after)})",
               f"ranar {HA[wd]} da dare ({_slash(day)})"]
    if (today - day).days == 1:
        options += ["last night", f"jiya da dare ({_slash(day)}-{_slash(after)})"]
    return options
