"""Question phrasings of the answers benchmark's sixty-third tuning set, ``dev63`` (docs/benchmarks.md, "Answers").

``dev63`` was the held-out set until 2026-12-05, when, after its measurement at 52ddf38 (grounded
accuracy 0.742; worst category comparison 0.5; unsupported 0.015; abstention 0.864; p95 0.021 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev62``, answers_dev62_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young game developer at a studio in Ruoholahti who types lower case and switches between
  English and a language of that country inside a sentence (no earlier set's), in its ordinary
  typed spelling, the everyday spoken forms people type in chats (short pronouns, dropped endings),
  English nouns where they come first to mind (a launch, an offsite, a deploy, a sprint review);
- a site-reliability engineer who types her questions as shell commands: a dollar sign and a space,
  a made-up command named for the thing asked ("book-tip", "lunch", "sleep", "coffee"), long options
  for what she wants of it ("--where", "--what", "--km", "--count", "--first --time"), its day,
  night, person, title or condition in single quotes after "--on", "--night", "--from", "--title"
  or "--split", two quoted arguments after "--compare" for a comparison, and her follow-ups as the
  shell's repeat-the-last-command, "$ !!", with one more option ("--day-before", "--night-before",
  "--today", "--on", "--person", "--meeting-length"); no question mark;
- an able seaman on one of the state icebreakers that winter at Katajanokka, writing in sentences
  with capitals, who makes a remark from his working life before or after the question (the watches,
  the mess, the galley, the bosun, the bridge and its ladders, the engine room, the hull in the ice,
  ice ridges, escorting and freeing tankers, the Bay of Bothnia, the gangway, shore leave, the log,
  nautical miles);
- a retired registrar of the district court who writes formal sentences with formulas of his own,
  as official letters in Finland come out in English: a heading "Matter:" naming the matter, then "I
  respectfully enquire", or "Kindly inform me", some closed with "Thanking you beforehand.", his
  follow-ups opened with "Further to your reply," and "Supplementarily,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev63 life lives in Europe/Helsinki, from Monday 21 January 2036 into February; Finland keeps
Eastern European Time (UTC+2) in winter and summer time (UTC+3) from 30 March to 26 October 2036
(zoneinfo gives two offsets over all of 2036, and one, UTC+2, over its 16 days, to 5 February), so
no clock changes inside it. Dates are written as people in Finland write Gregorian dates in English,
day first with dots, not zero-padded and closed by a dot when the year is left out ("22.1."), with
the full year after the second dot ("22.1.2036"), or slashed, day first, as on posters and lunch
lists ("22/1"), and often by the ISO week number people there plan by ("Tuesday of week 4"). For a
day that may lie outside the life always with the month and the year ("on Tuesday 22.1.2036", "on
22.1.2036 (week 4)", "Tuesday, 22/1/2036"); for one of the days before yesterday the weekday and the
dotted day ("Sunday 27.1."), "on" the weekday "of week" its number with the slashed day in brackets,
or so many days ago "on the" dotted day, or, two days back, "the day before yesterday" with the
weekday and the dotted day in brackets; today alone, with the dotted day in brackets or with its
weekday "of week" its number after a comma; yesterday alone, with its weekday and dotted day in
brackets or its full date after a comma. A night is named as the country's language names it, by
the day it runs towards, "the night against" that weekday, word for word, with its dotted day in
brackets ("the night against Monday (28.1.)"), by both its weekdays joined by a hyphen with the
slashed day in brackets ("the Sunday-Monday night (27/1)"), or "from" one dotted day "to" the next;
last night alone, "the one against" its next weekday, or with both its weekdays hyphened in brackets.
Workouts are named with places in Helsinki: Töölönlahti, the Kaivopuisto shore, Keskuspuisto,
Seurasaari, the Baana, Lauttasaari, the Yrjönkatu swimming hall, Mäkelänrinne, the sea pool at
Allas, a studio in Kallio, a studio in Punavuori, a bouldering gym in Kalasatama and a climbing hall
in Herttoniemi.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NOUNS = {"run": ("run round Töölönlahti", "run along the Kaivopuisto shore", "jog through Keskuspuisto"),
         "cycle": ("fatbike ride out to Seurasaari", "ride along the Baana", "winter ride over to Lauttasaari"),
         "swim": ("swim at the Yrjönkatu swimming hall", "swim at Mäkelänrinne", "dip in the sea pool at Allas"),
         "yoga": ("yoga class at a studio in Kallio", "yoga session at a studio in Punavuori"),
         "climb": ("bouldering session at a gym in Kalasatama", "climb at a climbing hall in Herttoniemi")}
"""What this set's questions call a workout of each activity: places in Helsinki."""

PHRASES: dict[str, list[str]] = {
    "book": ["{who} suositteli mulle jonkun kirjan, mikä se oli nimeltään? en muista yhtään",
             "$ book-tip --from '{who}'",
             "Reading is all there is on the long watches up in the Bay of Bothnia. What was the book {who}"
             " told me to get?",
             "Matter: a book recommendation. I respectfully enquire which book {who} recommended to me."],
    "film": ["mikä leffa se oli jonka {who} sanoi et mun pitää nähdä?",
             "$ film-tip --from '{who}'",
             "We get one film night in the mess per fortnight and it is my turn to choose. Which film was {who}"
             " so keen that I see?",
             "Kindly inform me of the film that {who} advised me to watch. Thanking you beforehand."],
    "offsite": ["{who} sano et offsite siirtyi, mihin se nyt siirtyi?",
                "$ offsite --new-venue --per '{who}'",
                "{who} says the offsite has been shifted. To which place? I would like to know before I sign on"
                " for the next ice season.",
                "Matter: the offsite. I respectfully enquire where it has now been moved, according to {who}."],
    "restaurant": ["mikä ravintola se oli mitä {who} suositteli meille? tarviin pöytävarauksen",
                   "$ restaurant-tip --from '{who}'",
                   "After a month on the ice the crew wants a proper meal ashore. Which restaurant did {who} say we"
                   " should go to?",
                   "Kindly inform me of the name of the restaurant which {who} proposed to us."],
    "flight": ["monelta {who}n lento laskeutuu? mun pitää ehtiä vantaalle",
               "$ flight --arrival --passenger '{who}'",
               "I am ashore for once and can fetch {who} from the airport myself. When does the plane touch down?",
               "Matter: a flight. I respectfully enquire at what hour {who} touches down."],
    "dog": ["mikä {who}n uuden koiran nimi on? näin kuvat instassa",
            "$ dog --name --owner '{who}'",
            "The old bosun kept a dog aboard once, years ago. By what name does {who}'s new dog answer?",
            "Kindly inform me of the name given to the new dog of {who}. Thanking you beforehand."],
    "launch": ["{who} sano et {project} launch siirtyy, mille päivälle?",
               "$ launch '{project}' --new-date --per '{who}'",
               "Launches slip like tankers waiting for an escort. To what date has the {project} launch been put"
               " back, as {who} told it?",
               "Matter: the {project} launch. I respectfully enquire of the fresh date that {who}"
               " reported for it."],
    "age": ["minkä ikäiseks {who}n tytär täyttää synttäreillä? pitää ostaa lahja",
            "$ age --at-birthday --daughter-of '{who}'",
            "I am bringing a little model icebreaker home as a present. How old does {who}'s daughter turn on"
            " her birthday?",
            "Matter: a birthday. Kindly inform me how many years the girl of {who} completes."],
    "podcast": ["mitä podcastia {who} suositteli mulle? tarviin jotain kuunneltavaa crunchin ajaks",
                "$ podcast-tip --from '{who}'",
                "The night watch is quiet except for the ice scraping along the hull. Which podcast was it"
                " that {who} put me on to?",
                "Matter: a podcast. I respectfully enquire which podcast {who} commended to me."],
    "breakfast_food": ["mitä mä söin aamupalaks {day}? muisti ihan tyhjä",
                       "$ breakfast --what --on '{day}'",
                       "What did I put away at breakfast {day}? The cook ashore is not as generous as the one aboard.",
                       "Kindly inform me of what I ate at breakfast {day}. Thanking you beforehand."],
    "lunch_food": ["mitä mä söin lounaaks {day}? oli kiire sprint review",
                   "$ lunch --what --on '{day}'",
                   "What did I have on my plate at lunch {day}? Aboard it would have been pea soup and"
                   " pancakes.",
                   "Matter: my lunch {day}. I respectfully enquire what I ate."],
    "dinner_food": ["mitä oli mun päivällinen {day}? söin jotain näytön edessä",
                    "$ dinner --what --on '{day}'",
                    "What did dinner consist of {day}? My sea legs do not remember meals ashore.",
                    "Kindly inform me of what I had for dinner {day}."],
    "lunch_place": ["missä mä olin lounaalla {day}? haluun mennä sinne uudestaan",
                    "$ lunch --where --on '{day}'",
                    "Where did I end up for lunch {day}? Somewhere near the icebreaker quay at Katajanokka, I suppose.",
                    "Matter: my lunch {day}. I respectfully enquire at which place I had it."],
    "dinner_place": ["missä syötiin päivällistä {day}?",
                     "$ dinner --where --on '{day}'",
                     "In which place did I sit down for dinner {day}? It was warm, that much I remember, after the"
                     " wind off the harbour.",
                     "Kindly inform me of the place where I dined {day}. Thanking you beforehand."],
    "workout_kind": ["mitä treeniä mä tein {day}? jalat on ihan jumissa",
                     "$ workout --kind --on '{day}'",
                     "What sort of training did I get in {day}? On board the only exercise is climbing the ladders to"
                     " the bridge.",
                     "Matter: my exercise {day}. I respectfully enquire what kind of workout it was."],
    "heart_rate": ["mikä oli mun keskisyke {noun} {day}? kello sano jotain",
                   "$ pulse --avg --during '{noun}' --on '{day}'",
                   "The engine room taught me to listen for a steady beat. What did my heart average over the"
                   " {noun} {day}?",
                   "Kindly inform me what mean pulse my watch recorded over the {noun} {day}."],
    "sleep_quality": ["nukuinks mä hyvin {night} vai huonosti?",
                      "$ sleep --quality --night '{night}'",
                      "A ship in the ice shakes you awake every hour. Did I sleep well {night}, or badly, ashore?",
                      "Matter: my sleep {night}. I respectfully enquire whether it was of good or poor quality."],
    "sleep_night": ["montako tuntia mä nukuin {night}? deploy meni myöhään",
                    "$ sleep --hours --night '{night}'",
                    "How long did I sleep {night}, in hours? I am used to four on, eight off, and my body is"
                    " confused.",
                    "Kindly inform me of the number of hours I slept {night}. Thanking you beforehand."],
    "exercise_duration": ["kauanko mun {noun} kesti {day}? minuutteina",
                          "$ workout --minutes --name '{noun}' --on '{day}'",
                          "How many minutes did I give the {noun} {day}? About as long as it takes us to break"
                          " a tanker free, I would guess.",
                          "Matter: the {noun} {day}. I respectfully enquire how many minutes it lasted."],
    "meeting_duration": ["kauanko {title} palaveri kesti {day}?",
                         "$ meeting --length --title '{title}' --on '{day}'",
                         "How long did the {title} meeting {day} hold me? Longer than a watch, it felt.",
                         "Kindly inform me of the duration of the {title} meeting {day}."],
    "distance_run": ["montako kilsaa mä juoksin {day}? strava ei tallentanu",
                     "$ run --km --on '{day}'",
                     "How many kilometres did I run off {day}? Ashore the ground does not move and I can"
                     " actually run.",
                     "Matter: my running {day}. I respectfully enquire how many kilometres I covered."],
    "distance_cycle": ["paljonko mä pyöräilin {day}? kilometreinä",
                       "$ ride --km --on '{day}'",
                       "How many kilometres did the bike carry me {day}? The bosun bet me I could not do twenty in the snow.",
                       "Kindly inform me of the distance I cycled {day}, in kilometres. Thanking you beforehand."],
    "distance_swim": ["paljonko mä uin {day}? metreinä tai kilsoina",
                      "$ swim --distance --on '{day}'",
                      "How far did I make it through the water {day}? After years of looking at cold water I finally went into it.",
                      "Matter: my swimming {day}. I respectfully enquire what distance I swam."],
    "attendees": ["ketä oli {title} palaverissa {day}? puolet oli kamera kiinni",
                  "$ meeting --attendees --title '{title}' --on '{day}'",
                  "Who was round the table for the {title} meeting {day}? I know the whole crew list by heart but not that one.",
                  "Kindly inform me of the persons who attended the {title} meeting {day}."],
    "coffee_count": ["montako kuppia kahvia mä join {day}? liikaa varmaan",
                     "$ coffee --count --on '{day}'",
                     "Coffee keeps a night watch going. How many cups did I drink {day}?",
                     "Matter: my coffee {day}. I respectfully enquire how many cups I drank."],
    "caffeine": ["paljonko kofeiinia mulla meni {day}? milligrammoina",
                 "$ caffeine --mg --on '{day}'",
                 "The coffee in the mess would wake a frozen seal. How many milligrams of caffeine did I take"
                 " {day}?",
                 "Matter: stimulants {day}. Kindly inform me how many milligrams of caffeine my cups contained."],
    "meeting_count": ["montako palaveria mulla oli {day}? tuntu et koko päivä",
                      "$ meeting --count --on '{day}'",
                      "How many meetings was I called into {day}? Ashore there are more meetings than ice ridges.",
                      "Matter: my meetings {day}. I respectfully enquire how many I attended."],
    "km_week": ["tällä viikolla, montako kilsaa {activity} tähän mennessä?",
                "$ km --activity '{activity}' --since monday",
                "Since Monday, how many kilometres of {activity} have I put behind me? I count it like nautical"
                " miles.",
                "Kindly inform me of the kilometres of {activity} I have accumulated during the current week."],
    "workouts_week": ["montako treeniä mä oon tehny tällä viikolla?",
                      "$ workout --count --since monday",
                      "How many times have I trained since Monday? Shore leave is the only time I can.",
                      "Matter: exercise this week. I respectfully enquire how many workouts I have done so far."],
    "first_coffee": ["monelta mä join ekan kahvin {day}?",
                     "$ coffee --first --time --on '{day}'",
                     "At what time did I pour my first coffee {day}? Old habit from the morning watch.",
                     "Kindly inform me of the hour at which I drank my first coffee {day}."],
    "last_coffee": ["milloin mä join viimeisen kahvin {day}?",
                    "$ coffee --last --time --on '{day}'",
                    "At what hour did I pour the last cup {day}? On the dog watch I drink it far too late.",
                    "Matter: my last coffee {day}. I respectfully enquire at what time I drank it."],
    "first_meeting": ["monelta alko mun eka palaveri {day}? oliks se ennen ysiä",
                      "$ meeting --first --start --on '{day}'",
                      "At what time did my first meeting start {day}? I was still half on ship's time.",
                      "Kindly inform me of the time at which my earliest meeting {day} commenced."],
    "wake": ["monelta mä heräsin {day}? herätys ei soinu",
             "$ wake --time --on '{day}'",
             "At what hour did I come awake {day}? Without the hull groaning I sleep like a stone.",
             "Matter: my waking {day}. I respectfully enquire at what time I rose. Thanking you beforehand."],
    "bedtime": ["monelta mä menin nukkumaan {night}? pelasin liian myöhään",
                "$ bed --time --night '{night}'",
                "At what time did I get my head down {night}? My watch used to end at midnight, and I still keep to it.",
                "Matter: rest {night}. Kindly inform me at which hour I lay down."],
    "dinner_on_distance": ["mitä mä söin illalla sinä päivänä kun {past} {km} km?",
                           "$ dinner --what --on-day-of '{past} {km} km'",
                           "I {past} {km} km one day, which is no distance for a ship but a lot for me. What was on"
                           " the dinner table that evening?",
                           "Matter: the day on which I {past} {km} km. I respectfully enquire what I had for dinner"
                           " on that day."],
    "meeting_after_workout": ["ketä oli siinä palaverissa heti {noun} jälkeen {day}?",
                              "$ meeting --attendees --after '{noun}' --on '{day}'",
                              "I came into a meeting straight from the {noun} {day}, still steaming like the funnel."
                              " Who else was in it?",
                              "Kindly inform me of the participants in the meeting that followed my {noun} {day}."],
    "lunch_on_meeting_day": ["{title} palaverin päivänä, missä mä kävin lounaalla?",
                             "$ lunch --where --on-day-of '{title} meeting'",
                             "On the day of the {title} meeting I had to eat somewhere ashore. Which place was it"
                             " for lunch?",
                             "Matter: the day of the {title} meeting. I respectfully enquire at which"
                             " establishment my midday meal was taken."],
    "sleep_after_meeting": ["montako tuntia mä nukuin {title} palaverin jälkeisenä yönä?",
                            "$ sleep --hours --night-after '{title} meeting'",
                            "The {title} meeting wore me out more than a storm. How many hours did I sleep the night"
                            " after it?",
                            "Kindly inform me of the hours I slept during the night following the {title} meeting."],
    "dinner_on_said_day": ["{who} puhu {value} jonain päivänä, mitä mä söin päivälliseks sinä päivänä?",
                           "$ dinner --what --on-day '{who}' --said '{value}'",
                           "{who} brought up {value} one day, as idle as talk in the mess. What did I have for my"
                           " evening meal that day?",
                           "Matter: the day on which {who} spoke of {value}. I respectfully enquire what I ate for"
                           " dinner on that day."],
    "compare_sleep": ["{n1} vai {n2}, kumpana yönä nukuin enemmän? tunnit molemmista",
                      "$ sleep --hours --compare '{n1}' '{n2}'",
                      "{N1} against {n2}: which night gave me more sleep? Hours for both, as in a log entry.",
                      "Kindly inform me on which of the two nights, {n1} or {n2}, I slept longer, with the hours of"
                      " each."],
    "compare_caffeine": ["kofeiini {d1} vs {d2}, kumpana enemmän? mg molemmista",
                         "$ caffeine --mg --compare '{d1}' '{d2}'",
                         "Log my caffeine side by side for {d1} and {d2}. On which day did I take more?",
                         "Matter: caffeine. I respectfully enquire whether I consumed more {d1} or {d2}, and the"
                         " milligrams of each."],
    "compare_duration": ["treeni {d1} vai treeni {d2}, kumpi kesti kauemmin? minuutit molemmista",
                         "$ workout --minutes --compare '{d1}' '{d2}'",
                         "Which lasted longer, my workout {d1} or the one {d2}? I time everything as I would a"
                         " watch.",
                         "Kindly inform me which of my workouts, that {d1} or that {d2}, was the longer, stating the"
                         " minutes of both."],
    "compare_coffee_weeks": ["juonks mä tällä viikolla enemmän vai vähemmän kahvia kun viime viikolla?",
                             "$ coffee --count --this-week --vs last-week",
                             "Ashore or not, am I drinking more coffee this week than the week before, or less?",
                             "Matter: coffee by the week. I respectfully enquire whether my consumption this week"
                             " is higher or lower than last week's."],
    "late_coffee_sleep": ["jos juon kahvia {t} tai myöhemmin, nukunks mä vähemmän?",
                          "$ sleep --avg --split 'coffee at {t} or later'",
                          "On board a coffee at {t} or later is normal. Ashore, does it cost me hours of sleep?",
                          "Kindly inform me whether my sleep is shorter on the nights following a coffee taken at"
                          " {t} or later."],
    "late_dinner_sleep": ["myöhäiset päivälliset, siis {t} tai myöhemmin, lyhentääks ne mun unia?",
                          "$ sleep --avg --split 'dinner at {t} or later'",
                          "The galley serves dinner late on the ice. When I dine at {t} or after ashore, do I sleep"
                          " fewer hours?",
                          "Matter: late dinners. I respectfully enquire how my sleep after dinners begun at {t} or"
                          " later compares with my sleep after earlier ones."],
    "exercise_sleep": ["treenipäivät vs lepopäivät, kummista mä nukun pidempään?",
                       "$ sleep --avg --split 'workout day' 'rest day'",
                       "Does a day of training put me out longer at night than a day of rest? Averages for both, if"
                       " you please, like the ice reports.",
                       "Kindly inform me whether I sleep longer after days with a workout than after days without"
                       " one."],
    "caffeine_sleep": ["päivät joina {mg} mg kofeiinia tai yli, miten mä nukun niiden jälkeen vs muut?",
                       "$ sleep --avg --split 'caffeine {mg} mg or more'",
                       "On days with {mg} mg of caffeine or more, do I sleep any differently afterwards? The mess"
                       " coffee would tell you yes.",
                       "Matter: caffeine and sleep. I respectfully enquire how my sleep after days of {mg} mg or"
                       " more compares with that after other days."],
    "exercise_coffee": ["juonks mä enemmän kahvia treenipäivinä kun lepopäivinä?",
                        "$ coffee --avg-per-day --split 'workout day' 'rest day'",
                        "Do I reach for the coffee pot more on the days I train? Compare it with rest days, cups per"
                        " day.",
                        "Matter: training and coffee. Kindly inform me whether the daily"
                        " cups rise on training days relative to idle ones."],
    "fu_day_before": ["entäs sitä edellisenä päivänä?",
                      "$ !! --day-before",
                      "One day further astern, please.",
                      "Further to your reply, kindly inform me of the same for the preceding day."],
    "fu_meeting_length": ["kauanko se palaveri kesti?",
                          "$ !! --meeting-length",
                          "And how long did that meeting keep me? Give it in minutes, like a watch.",
                          "Supplementarily, I respectfully enquire how long that meeting lasted."],
    "fu_other_day": ["entä {day}? sama juttu",
                     "$ !! --on '{day}'",
                     "Now {day}, if the log goes back that far.",
                     "Further to your reply, kindly inform me of the same for {day}."],
    "fu_night_before": ["entä sitä edellinen yö?",
                        "$ !! --night-before",
                        "Step back a night from that one, please; the gale had not yet come.",
                        "Supplementarily, I respectfully enquire the same for the previous night."],
    "fu_today": ["entä tänään tähän mennessä?",
                 "$ !! --today",
                 "And today so far, since I came off the gangway?",
                 "Further to your reply, kindly inform me of the same for today up to now."],
    "fu_other_person": ["entäs {who}?",
                        "$ !! --person '{who}'",
                        "Same again for {who}, who shares my cabin.",
                        "Supplementarily, I respectfully enquire the same regarding {who}."],
}
"""Every question key's templates: the game developer's, the engineer's, the able seaman's, the retired
registrar's."""


def _dotted(day: date) -> str:
    """Day first with dots, not zero-padded, closed by a dot ("22.1.")."""
    return f"{day.day}.{day.month}."


def _full(day: date) -> str:
    """Day first with dots and the full year ("22.1.2036")."""
    return f"{day.day}.{day.month}.{day.year}"


def _week(day: date) -> int:
    return day.isocalendar()[1]


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {name} {_full(day)}", f"on {_full(day)} (week {_week(day)})",
                f"{name}, {day.day}/{day.month}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today ({_dotted(day)})", f"today, {name} of week {_week(day)}"]
    if back == 1:
        return ["yesterday", f"yesterday ({name} {_dotted(day)})", f"yesterday, {_full(day)}"]
    options = [f"{name} {_dotted(day)}", f"on {name} of week {_week(day)} ({day.day}/{day.month})",
               f"{back} days ago, on the {_dotted(day)}"]
    if back == 2:
        options.append(f"the day before yesterday ({name} {_dotted(day)})")
    return options


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"the night against {following} ({_dotted(after)})",
               f"the {name}-{following} night ({day.day}/{day.month})",
               f"the night from {_dotted(day)} to {_dotted(after)}"]
    if (today - day).days == 1:
        options += ["last night", f"last night, the one against {following}", f"last night ({name}-{following})"]
    return options
