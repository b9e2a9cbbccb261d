"""Question phrasings of the answers benchmark's seventy-first tuning set, ``dev71`` (docs/benchmarks.md, "Answers").

``dev71`` was the held-out set until 2026-12-05, when, after its measurement at e278975 (grounded
accuracy 0.871; worst category multi_hop 0.545; unsupported 0.0; abstention 1.0; p95 0.013 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev70``, answers_dev70_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a student in Oslo who types lower case and switches between English and Norwegian (Bokmål) inside
  a sentence (no earlier set's language), in its ordinary typed spelling, with its own letters (æ, ø,
  å), question words first as Norwegian puts them ("hva", "hvilken", "hvor", "hvor mange", "hvor
  lenge", "hvem", "når"), "til frokost", "til lunsj" and "til middag" for the meals, "møtet" for a
  meeting, "økter" for workouts, "kopper kaffe" for cups of coffee, English words where they come
  first to mind ("honestly", "so far", "rest days", "back-to-back", "the total");
- a man who types every question as a telegram, lower case, the thing asked and what he wants of it
  each closed by "STOP" ("breakfast {day} STOP what eaten STOP", "sleep {n1} versus {n2} STOP which
  more STOP hours each STOP"), his follow-ups opened with "same STOP";
- a ski technician who waxes and grinds skis for a cross-country team in Oslo, writing in sentences
  with capitals, who makes a remark from his working life before or after the question (glide wax,
  klister and the kick zone, hot irons, scraping and brushing bases, stone grinding and structure,
  test skis on the tracks, the wax cabin and the wax truck, snow temperature and humidity, race
  starts, Holmenkollen);
- a woman who writes formal sentences with formulas of her own: "I should be grateful to be told
  ...", "I ask that you state ...", some closed with "I thank you in advance for your attention.",
  her follow-ups opened with "In that connection," and "Proceeding from the above,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev71 life lives in Europe/Oslo, from Monday 28 January 2036 to 12 February; Norway keeps
Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+1, over its 16 days, 28 January to 12
February, after the change of 28 October 2035), so no clock changes inside it. Dates are written as
people in Norway write them in English, day first: the day and month padded to two digits, each
closed by a dot, then the year ("28.01.2036"), or the day and month alone, padded and dotted
("28.01."), or slashed and unpadded as Norwegians write them by hand ("28/1"), a year joined to that
with a hyphen ("28/1-2036"), or the day closed by a dot with the month shortened and dotted as
Norwegian shortens it ("28. jan. 2036"); weekdays in full or shortened with a dot and lower case as
Norwegian shortens them ("mon.", "tue."). For a day that may lie outside the life always with the
year ("on mon. 28.01.2036", "on mon. 28. jan. 2036", "on 28/1-2036 (monday)"); for one of the
days before yesterday the short weekday and the padded dotted day and month ("on wed. 30.01."), the
lower-case weekday "the" slashed day and month ("on wednesday the 30/1"), so many "days back" with
the weekday and the slashed day and month in brackets ("3 days back (Wednesday 30/1)"), or, two days
back, "the day before yesterday," the short weekday and the slashed day and month; today alone,
"today" with the weekday and the padded dotted day and month in brackets ("today (Friday 01.02.)"),
or "today," the short weekday and the slashed day and month ("today, fri. 1/2"); yesterday alone,
"yesterday" with the short weekday and the padded dotted day and month in brackets, or with the
lower-case weekday "the" slashed day and month in brackets ("yesterday (thursday the 31/1)"). A
night is named as Norwegian names it, by the day it leads to ("natt til onsdag"): "the night to
Wednesday", "the night to wed. 30.01.", "the night to wednesday 30/1"; last night alone, "last night, the night to Wednesday", or "last night
(tue. to wed.)".
Workouts are named with places in Oslo: Sognsvann, Akerselva, Frognerparken, Maridalen, Bygdøy,
Bogstadvannet, the Tøyenbadet, Holmlia bad and Bøler bad pools, a studio on Grünerløkka, a studio at
Majorstuen, the Klatreverket climbing gym on Torshov and Oslo Klatresenter.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MONTHS = ("jan.", "feb.", "march", "april", "may", "june", "july", "aug.", "sept.", "oct.", "nov.", "dec.")
"""Months as Norwegians shorten them in writing, with a dot where a name is shortened."""

NOUNS = {"run": ("run round Sognsvann", "run along Akerselva", "run through Frognerparken"),
         "cycle": ("ride up Maridalen", "ride out to Bygdøy", "ride round Bogstadvannet"),
         "swim": ("swim at Tøyenbadet", "swim at Holmlia bad", "swim at Bøler bad"),
         "yoga": ("yoga class at a studio on Grünerløkka", "yoga session at a studio at Majorstuen"),
         "climb": ("bouldering at Klatreverket on Torshov", "climbing session at Oslo Klatresenter")}
"""What this set's questions call a workout of each activity: places in Oslo."""

THANKS = " I thank you in advance for your attention."

PHRASES: dict[str, list[str]] = {
    "book": ["hvilken bok var det {who} anbefalte? har helt glemt the title",
             "book {who} recommended STOP title please STOP",
             "I read on the wax truck while the irons heat up. Which title did {who} tell me I ought to read?",
             "I should be grateful to be told which book {who} recommended that I read."],
    "film": ["hvilken film sa {who} at jeg bare må se? har endelig a free evening",
             "film {who} says i must see STOP which STOP",
             "The race was called off for wind, so the skis can wait tonight. Which film was {who} so insistent that"
             " I watch?",
             "I ask that you name the film which {who} insisted I should see." + THANKS],
    "offsite": ["hvor ble offsiten flyttet, ifølge {who}? some new place visst",
                "offsite moved STOP new venue per {who} STOP",
                "We move the whole wax cabin when the start area changes. Where has the offsite gone to, by {who}'s"
                " account?",
                "I should be grateful to be told the venue to which, as {who} reported, the offsite has been moved."],
    "restaurant": ["hva het restauranten {who} tipset om? vil booke a table der",
                   "restaurant tip from {who} STOP name STOP",
                   "After a day of scraping bases I want a real meal. What was that restaurant {who} tipped me about"
                   " called?",
                   "I ask that you give me the name of the restaurant which {who} recommended."],
    "flight": ["når lander flyet til {who}? skal hente på Gardermoen, need the time",
               "{who} flight STOP landing time STOP",
               "I follow the weather closely for the snow anyway. At what time is {who} due to touch down?",
               "I should be grateful to be told the time at which the flight of {who} is due to land." + THANKS],
    "dog": ["hva heter den nye valpen til {who}? so adorable på bildene",
            "{who} new dog STOP its name STOP",
            "The team's old dog naps under the waxing bench. What name has {who} given the new puppy?",
            "I ask that you tell me the name {who} has given the newly acquired dog."],
    "launch": ["{who} sa at {project} launchen er utsatt, til hvilken dato exactly?",
               "{project} launch delayed per {who} STOP new date STOP",
               "Starts get pushed back when the snow is poor, and so do launches. To what date did {who} say the"
               " {project} launch has moved?",
               "I should be grateful to be told the date to which {who} reported the {project} launch deferred."],
    "age": ["hvor gammel blir datteren til {who}? må kjøpe a birthday present",
            "{who} daughter birthday STOP age turning STOP",
            "My own daughter learnt to ski before she could read. What age is the daughter of {who} about to turn?",
            "I ask that you state the age which the daughter of {who} is shortly to reach." + THANKS],
    "podcast": ["hvilken podcast anbefalte {who}? trenger noe for the long drive til Lillehammer",
                "podcast {who} recommended STOP which one STOP",
                "The drive to the next World Cup venue is a long one. Which podcast did {who} say I should have on"
                " for it?",
                "I should be grateful to be told which podcast {who} recommended to me."],
    "breakfast_food": ["hva hadde jeg egentlig til frokost {day}? aner ikke, honestly",
                       "breakfast {day} STOP what eaten STOP",
                       "I was testing glide on the tracks at first light {day}. What did I eat for my breakfast"
                       " before that?",
                       "I ask that you tell me what I took for breakfast {day}."],
    "lunch_food": ["hva fikk jeg til lunsj {day}? it was such a crazy dag",
                   "lunch {day} STOP food STOP",
                   "Lunch on a race day is eaten standing at the bench. What was it that I ate for lunch {day}?",
                   "I should be grateful to be told what I ate at lunch {day}." + THANKS],
    "dinner_food": ["hva fikk jeg til middag {day}? helt blank her",
                    "dinner {day} STOP what food STOP",
                    "I smelled of hot wax all evening {day}. What did I eat for dinner that night?",
                    "I ask that you state of what my dinner {day} consisted."],
    "lunch_place": ["hvor spiste jeg lunsj {day}? stedet var really nice",
                    "lunch {day} STOP where STOP",
                    "Between the morning ski test and the afternoon grind {day}, where did I go to eat lunch?",
                    "I should be grateful to be told at which place I took my lunch {day}."],
    "dinner_place": ["hvor spiste jeg middag {day}? want to go back dit",
                     "dinner {day} STOP place STOP",
                     "Once the race skis were packed in their bags {day}, where did I go for dinner?",
                     "I ask that you indicate the place where I dined {day}." + THANKS],
    "workout_kind": ["hva slags trening ble det {day}? what kind of workout, mener jeg",
                     "workout {day} STOP which kind STOP",
                     "Carrying ski bags up to the start is not training, whatever my back says. Which kind of"
                     " workout did I do {day}?",
                     "I should be grateful to be told which sort of exercise I took {day}."],
    "heart_rate": ["hva var snittpulsen min på {noun} {day}? the average, i bpm",
                   "{noun} {day} STOP average heart rate STOP",
                   "When our athlete sprints past the wax cabin, my own pulse jumps. What was my average heart rate"
                   " over the {noun} {day}?",
                   "I ask that you give me my mean heart rate across the {noun} {day}."],
    "sleep_quality": ["sov jeg godt eller dårlig {night}? good or bad, bare si det",
                      "sleep {night} STOP good or bad STOP",
                      "I dreamt I had put klister on the wrong pair of skis. Going by the record, was my sleep"
                      " {night} good or bad?",
                      "I should be grateful to be told whether I slept well or badly {night}." + THANKS],
    "sleep_night": ["hvor mange timer sov jeg {night}? feel like a zombie i dag",
                    "sleep {night} STOP hours STOP",
                    "I nearly ironed the kick zone with glide wax this morning. In hours, how much sleep did I"
                    " bank {night}?",
                    "I ask that you state the number of hours that I slept {night}."],
    "exercise_duration": ["hvor lang var {noun} {day}? in minutes, takk",
                          "{noun} {day} STOP minutes STOP",
                          "I time every test run on the tracks to the second. For how many minutes did my {noun}"
                          " {day} last?",
                          "I should be grateful to be told the length in minutes of the {noun} {day}."],
    "meeting_duration": ["hvor lenge varte {title} møtet {day}? it felt like it would never end",
                         "{title} meeting {day} STOP duration STOP",
                         "I could have stone-ground a full pair of skis during the {title} meeting {day}. How long"
                         " did that meeting actually run?",
                         "I ask that you state the duration of the {title} meeting {day}." + THANKS],
    "distance_run": ["hvor mange km løp jeg {day}? the total",
                     "run {day} STOP kilometres STOP",
                     "Running is how I clear the wax fumes out of my head. How many kilometres did my legs do on the"
                     " run {day}?",
                     "I should be grateful to be told the number of kilometres I ran {day}."],
    "distance_cycle": ["hvor langt syklet jeg {day}, in km?",
                       "cycling {day} STOP kilometres STOP",
                       "No race to prepare for {day}, so out came the bike. What distance did the bike take me, in"
                       " kilometres?",
                       "I ask that you tell me the distance in kilometres that I cycled {day}."],
    "distance_swim": ["hvor langt svømte jeg {day}? meter eller km, doesn't matter",
                      "swim {day} STOP distance STOP",
                      "A swim is the one place nobody asks me about snow temperature. How much distance did I put"
                      " behind me in the water {day}?",
                      "I should be grateful to be told the distance that I swam {day}." + THANKS],
    "attendees": ["hvem var med på {title} møtet {day}? husker ikke who was there",
                  "{title} meeting {day} STOP who present STOP",
                  "I spent the meeting reading humidity forecasts on my phone. Who were the others at the {title}"
                  " meeting {day}?",
                  "I ask that you name the persons present at the {title} meeting {day}."],
    "coffee_count": ["hvor mange kopper kaffe drakk jeg {day}? way too many tror jeg",
                     "coffees {day} STOP count STOP",
                     "The coffee in the wax cabin is the strongest in Norway. How many cups of it did I drink {day}?",
                     "I should be grateful to be told the count of my coffees {day}."],
    "caffeine": ["hvor mye koffein fikk jeg i meg {day}, total in mg?",
                 "caffeine {day} STOP total mg STOP",
                 "My hands shook while I brushed out the structure {day}. How many milligrams of caffeine did I take"
                 " in that day?",
                 "I ask that you state in milligrams the caffeine that I consumed {day}." + THANKS],
    "meeting_count": ["hvor mange møter hadde jeg {day}? back-to-back hele dagen",
                      "meetings {day} STOP how many STOP",
                      "Every hour in a meeting is an hour away from the wax bench. How many meetings kept me from"
                      " it {day}?",
                      "I should be grateful to be told how many meetings I sat in {day}."],
    "km_week": ["hvor mange km med {activity} har jeg logget siden mandag?",
                "{activity} since monday STOP km total STOP",
                "I log every pair of skis I test, and my own kilometres too. How many kilometres of {activity} do"
                " I have in the log since Monday?",
                "I ask that you state the total kilometres of {activity} I have covered since Monday."],
    "workouts_week": ["hvor mange økter har jeg hatt denne uka, so far?",
                      "workouts this week STOP count STOP",
                      "Test laps on the tracks do not count as training. How many real workouts have I managed this"
                      " week?",
                      "I should be grateful to be told the number of workouts I have completed this week." + THANKS],
    "first_coffee": ["når drakk jeg den første kaffen {day}? the time, takk",
                     "first coffee {day} STOP time STOP",
                     "On race days the irons are hot before the sun is up. At what hour did the first coffee go down"
                     " {day}?",
                     "I ask that you state the hour of my first coffee {day}."],
    "last_coffee": ["når var den siste kaffekoppen min {day}? the time please",
                    "last coffee {day} STOP time STOP",
                    "I was still scraping bases late {day}. At what time did I have my last coffee?",
                    "I should be grateful to be told at what hour I drank my final coffee {day}."],
    "first_meeting": ["når startet det første møtet mitt {day}? start time please",
                      "first meeting {day} STOP start time STOP",
                      "The stone grinder had to wait for it. When did the first meeting on my calendar {day} start?",
                      "I ask that you state the hour at which my first meeting began {day}." + THANKS],
    "wake": ["når våknet jeg {day}? the exact time",
             "woke {day} STOP time STOP",
             "In the dark of the Oslo winter only the alarm gets me up. What time did my eyes open {day}?",
             "I should be grateful to be told the hour at which I awoke {day}."],
    "bedtime": ["når la jeg meg {night}? bedtime, mener jeg",
                "bed {night} STOP time STOP",
                "I was reading the snow report for the morning. At what hour did my head hit the pillow {night}?",
                "I ask that you state at what hour I retired to bed {night}."],
    "dinner_on_distance": ["hva spiste jeg til middag den dagen jeg {past} {km} km?",
                           "day i {past} {km} km STOP dinner STOP",
                           "After a long day I eat like our sprinters after a final. What was on my plate at dinner"
                           " the day I {past} {km} km?",
                           "I should be grateful to be told what I dined on, the day on which I {past} {km} km."
                           + THANKS],
    "meeting_after_workout": ["hvem var på møtet rett etter {noun} {day}?",
                              "meeting right after {noun} {day} STOP attendees STOP",
                              "I turned up with wax dust still on my sleeves. Who was in the meeting I went to"
                              " straight from my {noun} {day}?",
                              "I ask that you name those who attended the meeting that directly followed the {noun}"
                              " {day}."],
    "lunch_on_meeting_day": ["hvor spiste jeg lunsj den dagen vi hadde {title} møtet?",
                             "{title} meeting day STOP lunch where STOP",
                             "The {title} meeting fell on a day of fresh snow and new wax choices. Where was my"
                             " lunch that day?",
                             "I should be grateful to be told where I took lunch on the day of the {title} meeting."],
    "sleep_after_meeting": ["hvor mange timer sov jeg natten etter {title} møtet?",
                            "night after {title} meeting STOP sleep hours STOP",
                            "The {title} meeting kept me from the test tracks. How many hours of sleep followed in the"
                            " night after it?",
                            "I ask that you state how many hours I slept in the night that followed the {title}"
                            " meeting." + THANKS],
    "dinner_on_said_day": ["hva spiste jeg til middag den dagen {who} snakket om {value}?",
                           "day {who} mentioned {value} STOP dinner STOP",
                           "That was a week of cold, dry snow and blue wax. What was on the dinner table the day {who}"
                           " talked about {value}?",
                           "I should be grateful to be told what I had for dinner on the day {who} spoke of"
                           " {value}."],
    "compare_sleep": ["hvilken natt sov jeg mest, {n1} eller {n2}? hours for both please",
                      "sleep {n1} versus {n2} STOP which more STOP hours each STOP",
                      "Two nights, like two pairs of skis on the same test track. Which gave me more sleep, {n1} or"
                      " {n2}, and how many hours each?",
                      "I ask that you state which of the two nights, {n1} or {n2}, gave me more sleep, and the"
                      " hours of each."],
    "compare_caffeine": ["hvilken dag fikk jeg i meg mest koffein, {d1} eller {d2}? milligrams på hver",
                         "caffeine {d1} versus {d2} STOP which higher STOP mg each STOP",
                         "A waxer needs a steady hand with the iron. Did I take in more caffeine {d1} or {d2}, and"
                         " how many milligrams on each?",
                         "I should be grateful to be told whether my caffeine was greater {d1} or {d2}, with the"
                         " milligrams of each." + THANKS],
    "compare_duration": ["hvilken økt var lengst, {d1} eller {d2}? in minutes for each av dem",
                         "workout {d1} versus {d2} STOP which longer STOP minutes each STOP",
                         "Some test sessions run long and some are over in ten minutes. Was my workout longer {d1}"
                         " or {d2}, and how many minutes was each?",
                         "I ask that you state whether my workout was the longer {d1} or {d2}, with the minutes of"
                         " each."],
    "compare_coffee_weeks": ["drikker jeg mer kaffe denne uka enn forrige uke? more or less",
                             "coffee this week versus last week STOP more or less STOP",
                             "The cabin's coffee machine has not rested all week. Have I drunk more coffee this week"
                             " than last, or less?",
                             "I should be grateful to be told whether my coffee this week is more or less than that"
                             " of last week."],
    "late_coffee_sleep": ["sover jeg mindre når jeg drikker kaffe klokka {t} eller senere?",
                          "coffee at {t} or later STOP less sleep after STOP",
                          "On late waxing nights I pour a coffee at {t} or later. Is my sleep shorter after those"
                          " coffees?",
                          "I ask that you state whether I sleep less after taking coffee at {t} or later." + THANKS],
    "late_dinner_sleep": ["sover jeg kortere hvis jeg spiser middag klokka {t} eller senere?",
                          "dinner at {t} or later STOP shorter sleep after STOP",
                          "When the evening race runs over, dinner starts at {t} or later. Are those nights shorter on"
                          " sleep?",
                          "I should be grateful to be told whether a dinner at {t} or later is followed by less"
                          " sleep."],
    "exercise_sleep": ["sover jeg lenger etter treningsdager enn etter rest days?",
                       "workout days versus rest days STOP sleep after longer STOP",
                       "Do the nights after days I train myself give me more sleep than the nights after days spent"
                       " only at the wax bench?",
                       "I ask that you state whether my sleep is longer after days with exercise than after days"
                       " without." + THANKS],
    "caffeine_sleep": ["hvordan sover jeg etter dager med {mg} mg koffein eller mer, compared to the other days?",
                       "days {mg} mg caffeine or more versus others STOP sleep after STOP",
                       "Race weeks run on coffee. How does my sleep after days of {mg} mg of caffeine or"
                       " above stack up against my sleep after the rest?",
                       "I should be grateful to be told how my sleep after days of {mg} mg of caffeine or more"
                       " compares with my sleep after other days."],
    "exercise_coffee": ["drikker jeg flere kopper kaffe på treningsdager enn på rest days?",
                        "coffees per day STOP workout days versus rest days STOP",
                        "On days I train I seem to live at the coffee machine. Do I drink more coffees on workout"
                        " days than on rest days, on average?",
                        "I ask that you state whether I drink more coffees a day on days of exercise than on days of"
                        " rest." + THANKS],
    "fu_day_before": ["og dagen før det da?",
                      "same STOP day before STOP",
                      "And the day before, when I was grinding the new race skis?",
                      "In that connection, I should be grateful to be told the same for the day before."],
    "fu_meeting_length": ["og hvor lenge varte det møtet?",
                          "that meeting STOP length STOP",
                          "I stood through it in ski boots. How many minutes did that meeting take?",
                          "Proceeding from the above, I ask that you state how long that meeting lasted."],
    "fu_other_day": ["hva med {day}? samme spørsmål",
                     "same STOP {day} STOP",
                     "And {day}, the same question, as I check one pair of skis against the next?",
                     "In that connection, I ask that you state the same {day}."],
    "fu_night_before": ["og natta før det?",
                        "same STOP night before STOP",
                        "The start was early after it. What about the night preceding it?",
                        "Proceeding from the above, I should be grateful to be told the same of the night before."],
    "fu_today": ["og i dag, up to now?",
                 "same STOP today so far STOP",
                 "And today up to now, between the ski test and the start?",
                 "In that connection, I ask that you state the same for today until now."],
    "fu_other_person": ["hva med {who}? samme spørsmål",
                        "same STOP for {who} STOP",
                        "And {who}, who once held the ski bags for me at Holmenkollen?",
                        "Proceeding from the above, I should be grateful to be told the same as regards {who}."],
}
"""Every question key's templates: the mixed writer's, the telegram writer's, the ski technician's, the
formal writer's."""


def _dotted(day: date, year: bool = False) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if year else f"{day.day:02d}.{day.month:02d}."


def _slashed(day: date) -> str:
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    name, short = WEEKDAYS[day.weekday()], SHORT[day.weekday()]
    if absolute:
        return [f"on {short}. {_dotted(day, year=True)}",
                f"on {short}. {day.day}. {MONTHS[day.month - 1]} {day.year}",
                f"on {_slashed(day)}-{day.year} ({name.lower()})"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({name} {_dotted(day)})", f"today, {short}. {_slashed(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday ({short}. {_dotted(day)})", f"yesterday ({name.lower()} the {_slashed(day)})"]
    options = [f"on {short}. {_dotted(day)}", f"on {name.lower()} the {_slashed(day)}",
               f"{back} days back ({name} {_slashed(day)})"]
    if back == 2:
        options.append(f"the day before yesterday, {short}. {_slashed(day)}")
    return options


def night_options(day: date, today: date) -> list[str]:
    after = day + timedelta(days=1)
    into, short = WEEKDAYS[after.weekday()], SHORT[after.weekday()]
    options = [f"the night to {into}", f"the night to {short}. {_dotted(after)}",
               f"the night to {into.lower()} {_slashed(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, the night to {into}",
                    f"last night ({SHORT[day.weekday()]}. to {short}.)"]
    return options
