"""Question phrasings of the answers benchmark's sixty-fifth tuning set, ``dev65`` (docs/benchmarks.md, "Answers").

``dev65`` was the held-out set until 2026-12-05, when, after its measurement at ff8145f (grounded
accuracy 0.773; worst category attendees 0.636; unsupported 0.008; abstention 0.818; p95 0.019 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev64``, answers_dev64_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a junior data analyst at a fintech in Karlín who types lower case and switches between English
  and a language of that country inside a sentence (no earlier set's), in its ordinary typed
  spelling, as people type it in chats, without its diacritics, colloquial endings and all, English
  words where they come first to mind (a meeting, a launch, an offsite, a deploy, a workout, rest
  days, "vs");
- a project manager who types every question as an unticked item of his to-do list: an empty
  checkbox "[ ] ", lower case, the thing asked first and what he wants of it after a colon
  ("[ ] lunch {day}: what i had", "[ ] bedtime {night}"), comparisons with "vs", no question mark,
  his follow-ups as one more item ("[ ] same for {day}", "[ ] same one day earlier");
- a puppeteer at a marionette theatre in Prague's Old Town, writing in sentences with capitals, who
  makes a remark from her working life before or after the question (the bridge above the stage
  she works the marionettes from, their strings, nine to a knight, lime-wood heads she carves and
  repaints, a devil and a jester, Don Giovanni for the tourists, matinees and school performances,
  the workshop, the stage-door keeper's coffee);
- a retired civil servant who writes formal sentences with formulas of his own, as official letters
  in Czechia come out in English: "I turn to you with a request to communicate to me", "I should
  like to learn", some closed with "I thank you for your kind cooperation.", his follow-ups opened
  with "In relation to your reply," and "In addition to the above,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev65 life lives in Europe/Prague, from Monday 3 March 2036 to the 18th; Czechia keeps
Central European Time (UTC+1) in winter and summer time (UTC+2) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+1, over its 16 days, 3 to 18 March), so
no clock changes inside it. Dates are written as people in Czechia write them in English: day and
month unpadded, each closed by a dot with a space after it ("10. 3.", "10. 3. 2036"), or slashed,
day first and unpadded ("10/3", "10/3/2036"). For a day that may lie outside the life always with
the month and the year ("on Monday 10. 3. 2036", "dated 10. 3. 2036, a Monday", "Monday, i.e.
10/3/2036"); for one of the days before yesterday "on" the weekday and the spaced day, "on" the
weekday with "the" slashed day in brackets, or so many "days ago" with the spaced day in brackets,
or, two days back, "the day before yesterday" with its weekday and the slashed day in brackets;
today alone, with the spaced day after a comma, or with "it's" its weekday and the slashed day in
brackets; yesterday alone, with its weekday and the spaced day, or "on" the slashed day in
brackets. A night is named as the country's language names it: by the day it goes into ("the night
to Tuesday 11. 3."), "the night from" one weekday "on" the next, or the weekday's night "to" the
next with the slashed day; last night alone, as "the night that has just gone, to" its next
weekday, or "last night," one weekday "on" the next.
Workouts are named with places in Prague: the Vltava embankment, Stromovka, Petřín hill, Divoká
Šárka, the cycle path to Troja, the Vltava path to Zbraslav, the Podolí pool, the Šutka pool, a
studio in Vinohrady, a studio in Karlín, a bouldering gym in Holešovice and a climbing wall in
Smíchov.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NOUNS = {"run": ("run along the Vltava embankment", "run through Stromovka", "run up Petřín hill"),
         "cycle": ("ride out to Divoká Šárka", "ride along the cycle path to Troja",
                   "ride up the Vltava path to Zbraslav"),
         "swim": ("swim at the Podolí pool", "swim at the Šutka pool"),
         "yoga": ("yoga class at a studio in Vinohrady", "yoga session at a studio in Karlín"),
         "climb": ("bouldering session at a gym in Holešovice", "climb at a climbing wall in Smíchov")}
"""What this set's questions call a workout of each activity: places in Prague."""

PHRASES: dict[str, list[str]] = {
    "book": ["jakou knizku mi doporucil/a {who}? uz si vubec nepamatuju ten title, sorry",
             "[ ] title of the book rec'd by {who}",
             "I carve lime-wood heads all afternoon and read on the tram home. Which book was it that {who} wanted"
             " me to read next?",
             "I turn to you with a request to communicate to me the title of the book recommended to me by {who}."],
    "film": ["ten film od {who}, co ho prej musim videt, jak se jmenoval? mam konecne free vecer",
             "[ ] name of the film {who} says i must watch",
             "After three shows of Don Giovanni in a day I could do with a film myself. Which one did {who} say I"
             " have to see?",
             "I should like to learn the title of the film which {who} advised me to see. I thank you for your kind"
             " cooperation."],
    "offsite": ["{who} psal/a ze se offsite presouva, takze kde nakonec bude?",
                "[ ] new offsite venue after the move per {who}",
                "{who} says the offsite has moved; where to now? I have matinees all that week and must work round"
                " them.",
                "I turn to you with a request to communicate to me the new venue of the offsite, as reported by"
                " {who}."],
    "restaurant": ["jak se jmenovala ta restaurace co nam doporucil/a {who}? chci tam zabookovat stul",
                   "[ ] name of the restaurant {who} sent us to",
                   "A marionette is only as good as its strings, and a restaurant as its kitchen. Which place did"
                   " {who} point us to?",
                   "I should like to learn the name of the restaurant recommended to us by {who}. I thank you for"
                   " your kind cooperation."],
    "flight": ["v kolik pristava letadlo {who}? musim to stihnout na letiste, uber uz mam objednany",
               "[ ] landing time of {who}'s flight",
               "I can hand the strings to my understudy if I must; when does the plane with {who} on board touch"
               " down?",
               "I turn to you with a request to communicate to me the time of landing of the flight of {who}."],
    "dog": ["jak se jmenuje novy pejsek {who}? videla jsem ho na stories",
            "[ ] {who}'s new dog: its name",
            "Our theatre cat hisses at every marionette with a tail. What has {who} called the new dog?",
            "I should like to learn the name given to the new dog of {who}. I thank you for your kind cooperation."],
    "launch": ["{who} rikal/a ze se launch {project} posouva, na kdy teda?",
               "[ ] {project} launch: moved to which date per {who}",
               "We postpone premieres too when a puppet is not ready. To which date has {who} pushed the {project}"
               " launch?",
               "I turn to you with a request to communicate to me the date to which {who} has moved the {project}"
               " launch."],
    "age": ["kolik bude dcere {who}? musim ji koupit nejaky gift",
            "[ ] age {who}'s daughter is turning",
            "I once made a little jester marionette for her. How old is the daughter of {who} going to be?",
            "I should like to learn the age which the daughter of {who} is reaching on her birthday. I thank you for"
            " your kind cooperation."],
    "podcast": ["jakej podcast mi {who} doporucil/a? potrebuju neco na commute v metru",
                "[ ] podcast {who} recommended me: which",
                "Mending strings in the workshop is quiet work and I like voices in my ears. Which podcast was it"
                " that {who} put me onto?",
                "I turn to you with a request to communicate to me which podcast {who} recommended to me."],
    "breakfast_food": ["co jsem mela k snidani {day}? totalni blackout",
                       "[ ] breakfast {day}: what i had",
                       "I had a school performance at ten and ate my breakfast in the wings. What was it {day}?",
                       "I turn to you with a request to communicate to me what my breakfast consisted of {day}."],
    "lunch_food": ["co jsem mela k obedu {day}? meeting za meetingem, nevim nic",
                   "[ ] lunch {day}: what i had",
                   "Between the matinee and the evening show, what did I put away for lunch {day}?",
                   "I turn to you with a request to communicate to me what my lunch consisted of {day}. I thank you"
                   " for your kind cooperation."],
    "dinner_food": ["co jsem mela k veceri {day}? jedla jsem u laptopu",
                    "[ ] dinner {day}: what i had",
                    "After the last bow and the curtain, what was my dinner {day}?",
                    "I should like to learn what my dinner consisted of {day}."],
    "lunch_place": ["kde jsem byla na obede {day}? chci se tam vratit, bylo to fakt good",
                    "[ ] lunch spot {day}",
                    "Where did I go for lunch {day}, between repainting two wooden heads?",
                    "I turn to you with a request to communicate to me where I took my lunch {day}."],
    "dinner_place": ["kde jsme byli na veceri {day}?",
                     "[ ] dinner spot {day}",
                     "Where did I have dinner {day}, once the marionettes were hung up on their hooks for the night?",
                     "I should like to learn the place where I dined {day}. I thank you for your kind cooperation."],
    "workout_kind": ["jakej workout jsem dala {day}? vsechno me boli",
                     "[ ] kind of workout {day}",
                     "Working a marionette from the bridge is murder on the shoulders. What exercise did I give them"
                     " {day}?",
                     "I turn to you with a request to communicate to me what kind of physical exercise I performed"
                     " {day}."],
    "heart_rate": ["jakej jsem mela prumernej tep pri {noun} {day}? hodinky neco merily",
                   "[ ] avg heart rate on the {noun} {day}",
                   "My heart races in the sword-fight scene; what was its average on the {noun} {day}?",
                   "I should like to learn the average heart rate measured during the {noun} {day}."],
    "sleep_quality": ["jak jsem spala {night}, dobre nebo spatne?",
                      "[ ] sleep {night}: good or bad",
                      "A puppeteer needs steady hands and rested eyes. Was my sleep {night} good or poor?",
                      "I turn to you with a request to communicate to me whether my sleep {night} was good or poor."
                      " I thank you for your kind cooperation."],
    "sleep_night": ["kolik hodin jsem spala {night}? deploy se protahl do noci",
                    "[ ] sleep {night}: hours",
                    "The late show overran and I was restringing a devil afterwards. How many hours did I actually"
                    " sleep {night}?",
                    "I should like to learn the number of hours I slept {night}."],
    "exercise_duration": ["jak dlouho trval {noun} {day}? v minutach please",
                          "[ ] {noun} {day}: minutes",
                          "How many minutes did the {noun} {day} take, about as long as one act of our Don Giovanni?",
                          "I turn to you with a request to communicate to me the duration of the {noun} {day} in"
                          " minutes."],
    "meeting_duration": ["jak dlouho trval meeting {title} {day}?",
                         "[ ] length of the {title} meeting {day}",
                         "How long did the {title} meeting {day} keep me out of the workshop?",
                         "I should like to learn the duration of the {title} meeting {day}. I thank you for your"
                         " kind cooperation."],
    "distance_run": ["kolik km jsem ubehla {day}? strava to nechytla",
                     "[ ] run {day}: km",
                     "Standing on the bridge all evening stiffens the legs; how many kilometres did I run {day}?",
                     "I turn to you with a request to communicate to me the distance in kilometres I ran {day}."],
    "distance_cycle": ["kolik km jsem najela na kole {day}?",
                       "[ ] bike ride {day}: km",
                       "I cycle to the theatre with a marionette in my backpack; how far did I ride {day}, in km?",
                       "I should like to learn the number of kilometres I travelled by bicycle {day}."],
    "distance_swim": ["kolik jsem uplavala {day}? v metrech nebo km, whatever",
                      "[ ] swim {day}: distance",
                      "Swimming loosens the wrists after a day of strings. How many metres did I manage in the pool"
                      " {day}?",
                      "I turn to you with a request to communicate to me the distance I swam {day}. I thank you for"
                      " your kind cooperation."],
    "attendees": ["kdo byl na meetingu {title} {day}? pulka mela vypnuty kamery",
                  "[ ] who attended the {title} meeting {day}",
                  "I know my marionettes by their faces better than my colleagues by theirs. Who was sitting round"
                  " the table at the {title} meeting {day}?",
                  "I should like to learn the names of those who took part in the {title} meeting {day}."],
    "coffee_count": ["kolik kafi jsem vypila {day}? asi too many",
                     "[ ] coffees {day}: count",
                     "The box office always has a pot on. How many cups of it ended up in me {day}?",
                     "I turn to you with a request to communicate to me the number of coffees I drank {day}."],
    "caffeine": ["kolik mg kofeinu jsem do sebe dostala {day}?",
                 "[ ] caffeine {day}: mg in total",
                 "Too much coffee and the strings tremble in my hands. How many milligrams of caffeine did I have"
                 " {day}?",
                 "I should like to learn the quantity of caffeine, in milligrams, that I consumed {day}. I thank you"
                 " for your kind cooperation."],
    "meeting_count": ["kolik jsem mela meetingu {day}? celej den na callech",
                      "[ ] meetings {day}: how many",
                      "A puppeteer belongs on the bridge, not at a table. How many meetings kept me at one {day}?",
                      "I turn to you with a request to communicate to me the number of meetings I attended {day}."],
    "km_week": ["kolik km {activity} mam od pondeli?",
                "[ ] km of {activity} since monday",
                "Since Monday, how many kilometres of {activity} have I got through? I keep count the way I count"
                " the strings on a knight, nine of them.",
                "I should like to learn the kilometres of {activity} I have completed since Monday of the present"
                " week."],
    "workouts_week": ["kolik treninku jsem dala tenhle tyden?",
                      "[ ] workouts this week: count",
                      "Between the shows, how many workouts have I fitted in since Monday?",
                      "I turn to you with a request to communicate to me the number of workouts carried out this"
                      " week. I thank you for your kind cooperation."],
    "first_coffee": ["v kolik jsem mela prvni kafe {day}?",
                     "[ ] first coffee {day}: time",
                     "When was my first coffee {day}, before the morning rehearsal or after it?",
                     "I should like to learn the time of my first coffee {day}."],
    "last_coffee": ["v kolik bylo posledni kafe {day}?",
                    "[ ] last coffee {day}: time",
                    "The stage-door keeper makes coffee after every show; when did I drink my last one {day}?",
                    "I turn to you with a request to communicate to me the time of my last coffee {day}."],
    "first_meeting": ["v kolik mi zacal prvni meeting {day}? pred devatou?",
                      "[ ] first meeting {day}: start time",
                      "I had a school performance at nine; at what time did my first meeting start {day}?",
                      "I should like to learn the starting time of my first meeting {day}. I thank you for your kind"
                      " cooperation."],
    "wake": ["v kolik jsem vstala {day}? budik nezvonil",
             "[ ] wake-up time {day}",
             "Tourist matinees start early in the Old Town. When did I climb out of bed {day}?",
             "I turn to you with a request to communicate to me the time at which I rose {day}."],
    "bedtime": ["v kolik jsem sla spat {night}? moc dlouho jsem scrollovala",
                "[ ] bedtime {night}",
                "I was carving a new hand for the devil until late; when did I go to bed {night}?",
                "I turn to you with a request to communicate to me the hour at which I went to bed {night}."],
    "dinner_on_distance": ["co jsem mela k veceri ten den, kdy jsem {past} {km} km?",
                           "[ ] dinner on the day i {past} {km} km: what",
                           "There was a day I {past} {km} km, a lot for someone whose evenings pass on a bridge"
                           " above the stage. What did I sit down to for dinner on it?",
                           "I turn to you with a request to communicate to me what I ate for dinner on the day on"
                           " which I {past} {km} km."],
    "meeting_after_workout": ["kdo byl na tom meetingu hned po {noun} {day}?",
                              "[ ] who was at the meeting right after the {noun} {day}",
                              "The {noun} {day} ran late and I came to a meeting with my hair still wet, like a"
                              " marionette left out in the rain. Which people were at it?",
                              "I should like to learn the participants of the meeting that directly followed my"
                              " {noun} {day}. I thank you for your kind cooperation."],
    "lunch_on_meeting_day": ["ten den co byl meeting {title}, kde jsem obedvala?",
                             "[ ] lunch spot on the day of the {title} meeting",
                             "A whole afternoon of rehearsal went to the {title} meeting. On that day, where did I"
                             " eat my lunch?",
                             "I turn to you with a request to communicate to me where I lunched on the day of the"
                             " {title} meeting."],
    "sleep_after_meeting": ["kolik jsem spala tu noc po meetingu {title}?",
                            "[ ] hours slept the night after the {title} meeting",
                            "The {title} meeting tangled my nerves like crossed strings. How many hours of sleep"
                            " followed that night?",
                            "I should like to learn the hours of sleep in the night following the {title} meeting."],
    "dinner_on_said_day": ["ten den kdy {who} zminil/a {value}, co jsem mela k veceri?",
                           "[ ] dinner on the day {who} mentioned {value}: what",
                           "{who} mentioned {value} one evening backstage after a show. What was on my dinner plate"
                           " that evening?",
                           "I turn to you with a request to communicate to me my dinner on the day {who} mentioned"
                           " {value}. I thank you for your kind cooperation."],
    "compare_sleep": ["{n1} nebo {n2}, kdy jsem spala dyl? hodiny za obe noci",
                      "[ ] sleep hours {n1} vs {n2}: which longer",
                      "{N1} or {n2}: which night did I sleep longer? Hours for both, like two marionettes hung side"
                      " by side.",
                      "I should like to learn on which night, {n1} or {n2}, I slept longer, stating the hours of"
                      " each."],
    "compare_caffeine": ["kofein {d1} vs {d2}, kdy vic? mg pro oba dny",
                         "[ ] caffeine mg {d1} vs {d2}: which higher",
                         "Hold my caffeine {d1} up against {d2} like two heads on the workbench: which day was"
                         " higher, in milligrams each?",
                         "I turn to you with a request to communicate to me whether my caffeine intake was higher"
                         " {d1} or {d2}, stating the milligrams of each."],
    "compare_duration": ["workout {d1} nebo {d2}, kterej byl delsi? minuty obou",
                         "[ ] workout minutes {d1} vs {d2}: which longer",
                         "Time my workouts {d1} and {d2} as I would time two acts: which lasted longer, and how many"
                         " minutes each?",
                         "I should like to learn which workout was longer, that {d1} or that {d2}, stating the"
                         " minutes of each. I thank you for your kind cooperation."],
    "compare_coffee_weeks": ["piju tenhle tyden vic kafe nez minulej, nebo min?",
                             "[ ] coffee this week vs last week: more or less",
                             "With the spring season opening at the theatre, am I drinking more coffee this week"
                             " than last, or less?",
                             "I turn to you with a request to communicate to me whether I am drinking more or less"
                             " coffee this week than in the preceding week."],
    "late_coffee_sleep": ["kdyz piju kafe v {t} nebo pozdejc, spim pak min?",
                          "[ ] sleep after coffee at {t} or later vs earlier",
                          "After an evening show the stage-door keeper pours coffee at {t} or later. Is my sleep"
                          " shorter on the nights that follow?",
                          "I should like to learn whether my sleep is shorter after days with coffee taken at {t} or"
                          " later."],
    "late_dinner_sleep": ["pozdni vecere, {t} nebo pozdejc, zkracujou mi spanek?",
                          "[ ] sleep after dinner at {t} or later vs earlier",
                          "When the late performance ends I only sit down to eat at {t} or later. Do such evenings"
                          " shorten my night?",
                          "I turn to you with a request to communicate to me whether dinners taken at {t} or later"
                          " shorten my sleep. I thank you for your kind cooperation."],
    "exercise_sleep": ["dny s treninkem vs rest days, po kterejch spim dyl?",
                       "[ ] sleep after workout days vs rest days",
                       "Do I sleep longer after a day with a workout than after one without? An average for each,"
                       " please, as I would average the pull of nine strings.",
                       "I turn to you with a request to communicate to me whether my sleep is longer after days of"
                       " exercise or after days without it."],
    "caffeine_sleep": ["dny s {mg} mg kofeinu a vic, jak potom spim oproti ostatnim dnum?",
                       "[ ] sleep after days with {mg} mg caffeine or more vs other days",
                       "On show days the coffee from the box office reaches {mg} mg or more. Is my sleep after such"
                       " days better or worse than after the rest?",
                       "I turn to you with a request to communicate to me how my sleep after days with {mg} mg of"
                       " caffeine or more compares with my sleep after other days."],
    "exercise_coffee": ["piju ve dny s workoutem vic kafe nez v rest days?",
                        "[ ] coffees per day on workout days vs rest days",
                        "When I train, does the coffee go up compared with days with no training? Cups per day for"
                        " each, as I count the strings on each puppet.",
                        "I should like to learn whether my daily coffee consumption is higher on days with exercise"
                        " than on days of rest. I thank you for your kind cooperation."],
    "fu_day_before": ["a den predtim?",
                      "[ ] same one day earlier",
                      "And one day further back? I had two matinees then.",
                      "In relation to your reply, I should like to learn the same for the preceding day."],
    "fu_meeting_length": ["a jak dlouho ten meeting trval?",
                          "[ ] that meeting: length",
                          "And how long did that meeting keep me from the workshop?",
                          "In addition to the above, I should like to learn the duration of that meeting."],
    "fu_other_day": ["a jak to bylo {day}? to samy",
                     "[ ] same for {day}",
                     "Now do {day} the same way, please, as if rehearsing the scene again.",
                     "In relation to your reply, I turn to you with a request to communicate to me the same for"
                     " {day}."],
    "fu_night_before": ["a noc predtim?",
                        "[ ] same the night before",
                        "And the night before it? The devil's strings snapped that week.",
                        "In addition to the above, I should like to learn the same for the night before."],
    "fu_today": ["a dneska zatim?",
                 "[ ] same for today so far",
                 "And today, up to now, between rehearsals?",
                 "In relation to your reply, I should like to learn the same for today so far."],
    "fu_other_person": ["a co {who}?",
                        "[ ] same for {who}",
                        "The same for {who}, who lends me paint for the heads.",
                        "In addition to the above, I should like to learn the same concerning {who}."],
}
"""Every question key's templates: the data analyst's, the project manager's, the puppeteer's, the retired
civil servant's."""


def _spaced(day: date) -> str:
    """Day and month unpadded, each closed by a dot, a space between ("10. 3.")."""
    return f"{day.day}. {day.month}."


def _slashed(day: date) -> str:
    """Day and month unpadded, with a slash, day first ("10/3")."""
    return f"{day.day}/{day.month}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {name} {_spaced(day)} {day.year}", f"dated {_spaced(day)} {day.year}, a {name}",
                f"{name}, i.e. {_slashed(day)}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {_spaced(day)}", f"today (it's {name} {_slashed(day)})"]
    if back == 1:
        return ["yesterday", f"yesterday, {name} {_spaced(day)}", f"yesterday (on {_slashed(day)})"]
    options = [f"on {name} {_spaced(day)}", f"on {name} (the {_slashed(day)})", f"{back} days ago ({_spaced(day)})"]
    if back == 2:
        options.append(f"the day before yesterday ({name} {_slashed(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"the night to {following} {_spaced(after)}", f"the night from {name} on {following}",
               f"{name}'s night to {following} {_slashed(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"the night that has just gone, to {following}",
                    f"last night, {name} on {following}"]
    return options
