"""Question phrasings of the answers benchmark's one hundred and thirty-second tuning set, ``dev132`` (docs/benchmarks.md, "Answers").

``dev132`` was the held-out set until 2026-12-07, when, after its measurement at 20d119d (grounded
accuracy 0.72; worst category habit relation 0.364; unsupported 0.0; abstention 1.0; p95 0.035 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev131``, answers_dev131_phrases.py) on 2026-12-07, and was written from what each key asks for (the gold ``answers_evalset``
computes) without reading the planner or its time parser and without copying the other sets'
phrasing tables; where the disjointness checks found a wording already used, it was reworded. Every
key has four templates, one from each of four people writing to an assistant, none of whom an earlier
set had (in each key's list, in this order). All four live in N'Djamena, Chad:

- a young Kanuri pharmacy assistant from Bol on Lake Chad, working in the Moursal quarter, who types
  English in lower case and switches between English and Kanuri inside a sentence, every number in a
  question a number. Kanuri (the Saharan branch of Nilo-Saharan, spoken round Lake Chad) is kin to no
  language an earlier set switches into (no earlier module names Kanuri, Kanembu or a Saharan
  language; the only Nilo-Saharan one, Acholi (dev125), is Western Nilotic, another branch). The
  Kanuri here is the writer's own approximation, in the Latin letters of the standard orthography
  with "ə" for the central vowel, checked by no speaker, and kept to a small stock of words, the
  English carrying the verbs: afi what, ndu who (kam ndu ndu which people), ndarə where, ndagu how
  many or how much, saa hour (saa afi lan at what hour, when), yim day, bune night, adə this (yim adə
  today, week adə this week), bəlaŋ yesterday, lan in, on or at, -nzə his, her or its, -ro to (wu-ro
  to me), -a and (as a follow-up's "and ...?"), wu I, kam person, tada kamu daughter, kəri dog, ngəla
  good (ngəla ba not good), gana little; weekdays as Kanuri takes them from Arabic, lətinin, talata,
  laraba, lamisə, jəma, səbdu and lahadə. The words this writer is least sure a speaker would type
  are bəlaŋ, ndagu and the weekday spellings;
- a radio engineer at a mobile operator's switching centre, who keeps the diary as Erlang records and
  types every question as one expression at the erl shell, ending in a full stop: list
  comprehensions over the records ("[E#meal.food || E <- Meals, E#meal.day =:= ...]") under hd or
  lists:last for a value, first or last, length and lists:sum for counts and totals, lists:sort for
  times, "H = fun(X) -> ... end, H(...) > H(...)" comparing two days or nights, lists:partition with
  element/2 for a habit, atoms for kinds (lunch, run), one variable, E, for every record, and calls
  for follow-ups ("rerun(date, ...)", "rerun(day_back)"); no brace and no two dots in a row. Earlier sets typed SQL dialects, q, ABAP,
  Access, M, Lisp and Scheme, AppleScript, Spark/Scala, FoxPro, PHP, SPSS, DAX, MATLAB, Rust, Prolog,
  R, Excel, Rails, Pig, ABL, Elixir (dev105, whose pipes and Enum calls this one has none of),
  Fortran, OCaml (dev131), Gremlin, Cypher, LINQ, Redis, XPath, Smalltalk and more: no other module
  holds "Erlang", "=:=" or "lists:", nor a comprehension "[... || E <- ...]" ("||" elsewhere is a
  logical or, "<-" an arrow in notes; dev108's follow-ups call a 'rerun(q, ...)' of their own);
- a gum arabic trader at the Dembé market who buys acacia gum from the collectors, sorts it and
  sells it by the sack to exporters, and makes a remark from that working life before each question
  (collectors and lorries, sorting by colour, the scale, the cooperative, buyers flying in, the
  buying season); his follow-ups open "While the sacks sit on the scale:". No other module holds
  "gum arabic", "acacia" or "Dembé";
- an acridologist at the locust-control centre in Farcha who writes formal sentences with formulas
  found in no other module ("For the hopper register, I would ask you to state ...", the sign-off
  "Sent from the acridology bench, Farcha.", follow-ups "Continuing the hopper register, state
  further ..."), her calling found in none either (no module holds "acridolog", "locust", "hopper
  register" or "Farcha").

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev132 life lives in Africa/Ndjamena, the zone of Chad, on West Africa Time, one hour ahead of
Greenwich all year, with no summer time (zoneinfo gives one offset over its 16 days), in N'Djamena,
from Monday 25 May 2037 to 9 June 2037. Dates are written as people in Chad write them: day first,
with slashes and the year in full, padded ("25/05/2037") or not ("25/5/2037"), a day named with its
Kanuri weekday before the padded date ("lətinin 25/05/2037") or with "yim" (day) before the weekday
and a comma before the unpadded one ("yim lətinin, 25/5/2037"); today and yesterday alone, or as yim
adə (today) with the date in brackets or bəlaŋ (yesterday) with its weekday in brackets. A night is
named as its weekday, "bune" and the padded date ("lətinin bune 25/05/2037") or as "bune", the
unpadded date and its weekday in brackets ("bune 25/5/2037 (lətinin)"); last night alone or as bəlaŋ
bune with the date in brackets. No day's name ends in a dot. Workouts are named with places in and
near N'Djamena: the Chari embankment and the Place de la Nation; the Farcha road and the Chagoua
bridge; the Moursal pool and a hotel pool by the river; the Institut français and a roof in Klemat;
the rocks of Hadjer el Hamis and a gym wall in Sabangali.
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("lətinin", "talata", "laraba", "lamisə", "jəma", "səbdu", "lahadə")
"""Weekdays as this set's Kanuri writer types them, Monday to Sunday, in lower case."""

NOUNS = {"run": ("run along the Chari embankment", "run round the Place de la Nation"),
         "cycle": ("ride out on the Farcha road", "ride over the Chagoua bridge"),
         "swim": ("swim at the Moursal pool", "swim in the hotel pool by the river"),
         "yoga": ("yoga session at the Institut français", "yoga class on a roof in Klemat"),
         "climb": ("climb at Hadjer el Hamis", "climb on the gym wall in Sabangali")}
"""What this set's questions call a workout of each activity: places in and near N'Djamena."""

R = "For the hopper register, I would ask you to state"
S = "Sent from the acridology bench, Farcha."
F = "While the sacks sit on the scale:"
D = "Continuing the hopper register, state further"

PHRASES: dict[str, list[str]] = {
    "book": ["the book {who} said read, title-nzə afi?",
             'hd([E#tip.title || E <- Tips, E#tip.giver =:= "{who}", E#tip.type =:= book]).',
             "The collectors bring gum in from the bush and I wait hours for the lorries. What book did {who} swear would make those hours pass?",
             f"{R} the title of the book {{who}} set before her. {S}"],
    "film": ["film afi, the one {who} keeps pushing on me?",
             'hd([E#tip.title || E <- Tips, E#tip.type =:= film, E#tip.giver =:= "{who}"]).',
             "When the market shuts for the heat I sometimes watch something on my phone. The film {who} kept going on about carries what title?",
             f"{R} the film {{who}} held to be worth her time."],
    "offsite": ["{who} says the offsite moved, ndarə lan adə?",
                'lists:last([E#news.venue || E <- News, E#news.teller =:= "{who}"]).',
                "Exporters move their buying days around as they please. {who} brought word that the offsite is going elsewhere; where does it land now?",
                f"{R} the present venue of the offsite, {{who}} having brought the report. {S}"],
    "restaurant": ["restaurant {who} called ngəla, ndarə lan?",
                   'hd([E#tip.place || E <- Tips, E#tip.giver =:= "{who}", E#tip.type =:= restaurant]).',
                   "After a good day of selling I like to eat somewhere other than the market stalls. Where is the eating place {who} spoke so well of?",
                   f"{R} the eating house {{who}} spoke of approvingly."],
    "flight": ["{who}-nzə flight saa afi lan lands?",
               'hd([E#flight.lands_at || E <- Flights, E#flight.passenger =:= "{who}"]).',
               "Half my buyers fly in from Khartoum or Paris and I meet them at the airport. When should the aircraft with {who} aboard put down?",
               f"{R} the hour at which the aircraft bearing {{who}} should arrive. {S}"],
    "dog": ["{who}-nzə kəri, name-nzə afi?",
            'hd([E#pet.name || E <- Pets, E#pet.owner =:= "{who}", E#pet.species =:= dog]).',
            "A dog sleeps on my sacks at night and keeps the goats off them. And the dog {who} keeps, by what name does it come?",
            f"{R} the name of the dog belonging to {{who}}."],
    "launch": ["{project} launch, {who} says yim afi lan now?",
               'lists:last([E#launch.date || E <- Launches, E#launch.project =:= "{project}", E#launch.teller =:= "{who}"]).',
               "The harvest starts when the rains stop, and nobody can promise the date. {who} says {project} has moved again; on what date does it sit now?",
               f"{R} the date now fixed for the launch of {{project}}, on the information of {{who}}. {S}"],
    "age": ["{who}-nzə tada kamu, next birthday lan years ndagu?",
            'hd([E#kid.age + 1 || E <- Kids, E#kid.parent =:= "{who}", E#kid.relation =:= daughter]).',
            "My own girl helps me sort the gum by colour now. {who} has a daughter; which age does the next cake mark for her?",
            f"{R} the age attained at her birthday to come by the daughter whom {{who}} raises."],
    "podcast": ["podcast afi, the one {who} told wu-ro to hear?",
                'hd([E#tip.title || E <- Tips, E#tip.giver =:= "{who}", E#tip.type =:= podcast]).',
                "Driving to Ati I keep something playing in my ears. What was that podcast {who} said I should put on?",
                f"{R} the podcast {{who}} proposed for her hearing. {S}"],
    "breakfast_food": ["{day} breakfast lan afi I ate?",
                       'hd([E#meal.food || E <- Meals, E#meal.day =:= "{day}", E#meal.kind =:= breakfast]).',
                       "I eat before the collectors arrive, usually standing. {Day}, breakfast was made of what?",
                       f"{R} what she breakfasted on, {{day}}."],
    "lunch_food": ["{day} lunch, afi on my plate?",
                   'hd([E#meal.food || E <- Meals, E#meal.kind =:= lunch, E#meal.day =:= "{day}"]).',
                   "By noon the dust from the sorting is in everything. Lunch {day}: which food did I get down?",
                   f"{R} the food of the noon meal, {{day}}. {S}"],
    "dinner_food": ["{day} dinner lan, food-nzə afi?",
                    'hd([E#meal.food || E <- Meals, E#meal.day =:= "{day}", E#meal.kind =:= dinner]).',
                    "My wife cooks most evenings unless a buyer takes me out. Dinner {day}: what was in the pot?",
                    f"{R} what was served to her at supper, {{day}}."],
    "lunch_place": ["{day} lunch ndarə lan I ate?",
                    'hd([E#meal.where || E <- Meals, E#meal.kind =:= lunch, E#meal.day =:= "{day}"]).',
                    "I eat lunch wherever the trading leaves me. {Day}, lunch found me where?",
                    f"{R} the place of the noon meal, {{day}}. {S}"],
    "dinner_place": ["dinner {day}, ndarə lan?",
                     'hd([E#meal.where || E <- Meals, E#meal.day =:= "{day}", E#meal.kind =:= dinner]).',
                     "Some nights I stay late at the warehouse and eat there. Dinner {day} happened at which table?",
                     f"{R} where she supped, {{day}}."],
    "workout_kind": ["{day} workout afi I did?",
                     '[E#workout.type || E <- Workouts, E#workout.day =:= "{day}"].',
                     "Lifting sacks all day is exercise enough, my brother says, but I still train. What kind of training went in, {day}?",
                     f"{R} the kind of exercise taken, {{day}}. {S}"],
    "heart_rate": ["{day} {noun} lan heart rate ndagu, the mean?",
                   'hd([E#workout.avg_hr || E <- Workouts, E#workout.day =:= "{day}", E#workout.name =:= "{noun}"]).',
                   "The watch my son gave me counts my heartbeats. What mean did it give me for the whole {noun}, {day}?",
                   f"{R} the mean pulse her watch logged while the {{noun}} lasted, {{day}}."],
    "sleep_quality": ["{night} sleep ngəla, or ngəla ba?",
                      'hd([E#sleep.quality || E <- Sleeps, E#sleep.night =:= "{night}"]).',
                      "The generators next door run till late some nights. Did {night} give me real rest or a broken one?",
                      f"{R} whether the sleep of {{night}} was sound or fitful. {S}"],
    "sleep_night": ["{night} hours ndagu I slept?",
                    'hd([E#sleep.hours || E <- Sleeps, E#sleep.night =:= "{night}"]).',
                    "Lorries load before dawn, so my nights are short. {Night}: my sleep ran to how long, counted in hours?",
                    f"{R} the sleep obtained, {{night}}, in hours."],
    "exercise_duration": ["{day} {noun} minutes ndagu?",
                          'hd([E#workout.minutes || E <- Workouts, E#workout.name =:= "{noun}", E#workout.day =:= "{day}"]).',
                          "I try to train while it is still cool, and the cool ends early. The {noun} {day} ate up minutes; tally them for me.",
                          f"{R} the minutes the {{noun}} occupied, {{day}}, in sum. {S}"],
    "meeting_duration": ["{day} {title} meeting lan, minutes ndagu?",
                         'hd([E#meeting.minutes || E <- Meetings, E#meeting.title =:= "{title}", E#meeting.day =:= "{day}"]).',
                         "Traders argue about prices for as long as there is tea. The {title} {day} dragged on; its minutes came to what in all?",
                         f"{R} the minutes given over to the {{title}} held {{day}}."],
    "distance_run": ["{day} running km ndagu?",
                     'lists:sum([E#workout.km || E <- Workouts, E#workout.type =:= run, E#workout.day =:= "{day}"]).',
                     "Running by the river is the only cool hour I get. {Day}, the kilometres I ran came to what?",
                     f"{R} the distance run in kilometres, {{day}}. {S}"],
    "distance_cycle": ["{day} bike lan km ndagu I rode?",
                       'lists:sum([E#workout.km || E <- Workouts, E#workout.day =:= "{day}", E#workout.type =:= cycle]).',
                       "I sometimes ride out to the depots instead of taking the moto. What distance did the bicycle carry me {day}, in km?",
                       f"{R} the kilometres covered by bicycle, {{day}}."],
    "distance_swim": ["{day} swim lan metres ndagu?",
                      '1000 * lists:sum([E#workout.km || E <- Workouts, E#workout.type =:= swim, E#workout.day =:= "{day}"]).',
                      "Swimming washes the gum dust off better than any shower. My swim {day} came to how many metres?",
                      f"{R} the distance swum in metres, {{day}}. {S}"],
    "attendees": ["{day} {title} lan kam ndu ndu came?",
                  'hd([E#meeting.people || E <- Meetings, E#meeting.day =:= "{day}", E#meeting.title =:= "{title}"]).',
                  "I remember every sack by its weight but never faces at a meeting. Name for me everyone the {title} {day} brought together.",
                  f"{R} the names of those whom the {{title}} seated, {{day}}."],
    "coffee_count": ["{day} coffee ndagu I drank?",
                     'length([E || E <- Coffees, E#coffee.day =:= "{day}"]).',
                     "The Sudanese sellers keep a coffee pot going all day. Count the glasses of coffee that went down {day}.",
                     f"{R} the coffees that passed her lips, {{day}}, counted. {S}"],
    "caffeine": ["{day} caffeine ndagu, all the mg added?",
                 'lists:sum([E#coffee.mg || E <- Coffees, E#coffee.day =:= "{day}"]).',
                 "That coffee with ginger is strong enough to stand a spoon in. Add up my caffeine for {day}: the mg come to?",
                 f"{R} the total caffeine taken in milligrams, {{day}}."],
    "meeting_count": ["{day} meetings ndagu I had?",
                      'length([E || E <- Meetings, E#meeting.day =:= "{day}"]).',
                      "Between buyers, the cooperative and the customs office, I never stop talking. {Day}, the meetings I sat through numbered what?",
                      f"{R} the meetings that claimed her, {{day}}, counted. {S}"],
    "km_week": ["this week since lətinin, {activity} km ndagu?",
                'lists:sum([E#workout.km || E <- Workouts, E#workout.type =:= "{verb}", E#workout.day >= monday()]).',
                "The season is busy, yet I still {verb} when I can. From Monday till this moment, what is my km count for the week?",
                f"{R} the kilometres of {{activity}} logged from this Monday onward."],
    "workouts_week": ["week adə lan workouts ndagu, lətinin to yim adə?",
                      'length([E || E <- Workouts, E#workout.day >= monday()]).',
                      "My brother says a trader has no time for sport. Since this Monday opened, what number of sessions have I trained?",
                      f"{R} how many training sessions are logged from this Monday onward. {S}"],
    "first_coffee": ["{day} earliest coffee, saa afi lan?",
                     'hd(lists:sort([E#coffee.time || E <- Coffees, E#coffee.day =:= "{day}"])).',
                     "The first glass of coffee comes before the shop shutters go up. What hour did the clock show for it, {day}?",
                     f"{R} the hour her earliest coffee was poured, {{day}}."],
    "last_coffee": ["saa afi lan coffee I stopped on, {day}?",
                    'lists:last(lists:sort([E#coffee.time || E <- Coffees, E#coffee.day =:= "{day}"])).',
                    "I tell myself to stop at sunset and rarely do. {Day}, my final glass of coffee came when?",
                    f"{R} the hour of her closing coffee, {{day}}. {S}"],
    "first_meeting": ["saa afi lan the first meeting began, {day}?",
                      'hd(lists:sort([E#meeting.start || E <- Meetings, E#meeting.day =:= "{day}"])).',
                      "Buyers like to meet early, before the prices are set. {Day}, the earliest meeting got under way at which hour?",
                      f"{R} the hour at which her first meeting opened, {{day}}."],
    "wake": ["{day} saa afi lan I woke up?",
             'hd([E#sleep.woke_at || E <- Sleeps, E#sleep.woke_on =:= "{day}"]).',
             "The muezzin beats any alarm in Dembé. {Day}, what hour found me rising?",
             f"{R} the hour of rising, {{day}}. {S}"],
    "bedtime": ["{night} saa afi lan I went to bed?",
                'hd([E#sleep.bed_at || E <- Sleeps, E#sleep.night =:= "{night}"]).',
                "Counting the day's money keeps me up. {Night}, when did I lie down at last?",
                f"{R} the hour of going to bed, {{night}}."],
    "dinner_on_distance": ["yim {km} km I {past}, dinner lan afi?",
                           'hd([E#day.dinner || E <- Days, E#day.km_done =:= {km}, E#day.did =:= "{past}"]).',
                           "A long session leaves me as empty as a day of loading lorries. When I {past} a full {km} km in one day, dinner that night was what?",
                           f"{R} the dinner of the day on which she {{past}} {{km}} km. {S}"],
    "meeting_after_workout": ["{day} {noun} after, next meeting lan kam ndu ndu?",
                              'hd([E#meeting.people || E <- Meetings, E#meeting.start > finish("{day}", "{noun}")]).',
                              "I often go straight from training to a buyer without changing. Once my {noun} {day} was over, the meeting after it had whom in it?",
                              f"{R} the company at the meeting that next followed her {{noun}}, {{day}}."],
    "lunch_on_meeting_day": ["{title} meeting yim, lunch ndarə lan?",
                             'hd([E#meal.where || E <- Meals, E#meal.kind =:= lunch, E#meal.day =:= day_of("{title}")]).',
                             "The cooperative office has no food, so we go out. The {title} took place on some day; where was my lunch on it?",
                             f"{R} where lunch was taken on the date the {{title}} sat. {S}"],
    "sleep_after_meeting": ["{title} meeting after, bune adə hours ndagu I slept?",
                            'hd([E#sleep.hours || E <- Sleeps, E#sleep.night =:= day_of("{title}")]).',
                            "A bad price at a meeting keeps me turning till dawn. The {title} finished; that night's sleep ran to what, in hours?",
                            f"{R} the hours slept once the {{title}} had adjourned."],
    "dinner_on_said_day": ["yim {who} talked about {value}, dinner lan afi I ate?",
                           'hd([E#meal.food || E <- Meals, E#meal.kind =:= dinner, E#meal.day =:= said_on("{who}", "{value}")]).',
                           "News travels through the market faster than the price of gum. {who} mentioned {value} one day; which dish ended my day?",
                           f"{R} the dinner of the day {{who}} spoke of {{value}}. {S}"],
    "compare_sleep": ["{n1} or {n2}, bune afi more sleep?",
                      'H = fun(X) -> hd([E#sleep.hours || E <- Sleeps, E#sleep.night =:= X]) end, H("{n1}") > H("{n2}").',
                      "Some nights the heat lets me sleep, some nights it does not. {N1} against {n2}: which one had more sleep in it?",
                      f"{R} whether {{n1}} or {{n2}} gave the longer sleep."],
    "compare_caffeine": ["{d1} or {d2}, yim afi more caffeine?",
                         'Mg = fun(Y) -> lists:sum([E#coffee.mg || E <- Coffees, E#coffee.day =:= Y]) end, Mg("{d1}") > Mg("{d2}").',
                         "Market days mean more coffee. {D1} against {d2}: which one put more caffeine in me?",
                         f"{R} whether {{d1}} or {{d2}} brought the larger caffeine intake. {S}"],
    "compare_duration": ["{d1} or {d2}, yim afi workout longer?",
                         'Min = fun(Y) -> lists:sum([E#workout.minutes || E <- Workouts, E#workout.day =:= Y]) end, Min("{d1}") > Min("{d2}").',
                         "Some mornings the trucks come early and I cut training short. {D1} against {d2}: on which did training run longer?",
                         f"{R} whether the exercise of {{d1}} outlasted that of {{d2}}."],
    "compare_coffee_weeks": ["week adə, more coffee than the week before?",
                             'length(this_week(Coffees)) > length(last_week(Coffees)).',
                             "Since the buying season opened I have been living on coffee. Is this week's coffee count ahead of last week's?",
                             f"{R} whether more coffees were taken this week than in the week before. {S}"],
    "late_coffee_sleep": ["yim lan coffee past {t}, or right at it, sleep gana?",
                          'P = lists:partition(fun(X) -> X#night.last_coffee >= "{t}" end, Nights), mean(element(1, P)) < mean(element(2, P)).',
                          "The sellers pour coffee into the evening and I never refuse. If the last glass is poured no sooner than {t}, does my night get shorter?",
                          f"{R} whether a cup drunk at {{t}} or afterwards is followed by less sleep."],
    "late_dinner_sleep": ["dinner starting {t} or past, bune-nzə sleep gana?",
                          'Q = lists:partition(fun(X) -> X#night.dinner_at >= "{t}" end, Nights), mean(element(1, Q)) < mean(element(2, Q)).',
                          "When a buyer keeps me, dinner comes late. Does a dinner eaten no sooner than {t} cost me sleep?",
                          f"{R} whether a supper begun at {{t}} or afterwards shortens the night's sleep. {S}"],
    "exercise_sleep": ["workout yim lan, bune-nzə sleep longer?",
                       'mean(trained(Nights)) > mean(untrained(Nights)).',
                       "Tired legs should mean a deep sleep, my mother says. Does a day with training in it give me a longer night?",
                       f"{R} whether the nights after exercise are longer in sleep."],
    "caffeine_sleep": ["yim lan caffeine passes {mg} mg, or equals it, bune-nzə sleep gana?",
                       'mean(above({mg}, Nights)) < mean(below({mg}, Nights)).',
                       "Some days I lose count of the glasses. Once a day reaches {mg} mg of caffeine or passes it, does the night that follows run short?",
                       f"{R} whether {{mg}} mg of caffeine or above in a day shortens the following night. {S}"],
    "exercise_coffee": ["workout yim lan coffee more I drink?",
                        'mean(cups(trained_days(Days))) > mean(cups(rest_days(Days))).',
                        "My brother jokes that training makes me thirsty for coffee. Do days that had training push my coffee count up?",
                        f"{R} whether training days see more coffee taken."],
    "fu_day_before": ["and the yim before?",
                      "rerun(day_back).",
                      f"{F} shift it back a day?",
                      f"{D} that figure, moved a day back."],
    "fu_meeting_length": ["meeting adə, minutes ndagu?",
                          "(last_meeting())#meeting.minutes.",
                          f"{F} that meeting lasted how long?",
                          f"{D} what time that meeting took up."],
    "fu_other_day": ["{day}-a?",
                     'rerun(date, "{day}").',
                     f"{F} and {{day}}?",
                     f"{D} the figure for {{day}}."],
    "fu_other_person": ["{who}-a, afi?",
                        'rerun(person, "{who}").',
                        f"{F} {{who}} then?",
                        f"{D} the answer for {{who}}."],
    "fu_night_before": ["and the bune before?",
                        "rerun(night_back).",
                        f"{F} shift it back a night?",
                        f"{D} that figure, moved a night back."],
    "fu_today": ["yim adə-a, so far?",
                 "rerun(date, today).",
                 f"{F} today too, though it is not over?",
                 f"{D} the figure for today, though the day is unfinished."],
}


def _pad(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _short(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    named = [f"{wd} {_pad(day)}", f"yim {wd}, {_short(day)}"]
    if absolute:
        return named
    back = (today - day).days
    if back == 0:
        return ["today", f"yim adə ({_pad(day)})"]
    if back == 1:
        return ["yesterday", f"bəlaŋ ({wd})"]
    return named


def night_options(day: date, today: date) -> list[str]:
    wd = WEEKDAYS[day.weekday()]
    options = [f"{wd} bune {_pad(day)}", f"bune {_short(day)} ({wd})"]
    if (today - day).days == 1:
        options += ["last night", f"bəlaŋ bune ({_pad(day)})"]
    return options
