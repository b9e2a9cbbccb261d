"""Question phrasings of the answers benchmark's sixty-fourth tuning set, ``dev64`` (docs/benchmarks.md, "Answers").

``dev64`` was the held-out set until 2026-12-05, when, after its measurement at 05f4893 (grounded
accuracy 0.78; worst category habit_relation 0.364; unsupported 0.011; abstention 0.909; p95 0.013 s),
the engineer tuning the answer planner read its failures; it is spent as held-out evidence and is a
tuning set now, asked with the same phrasings, seed, start day and zone as before. It had replaced
the former held-out set (now ``dev63``, answers_dev63_phrases.py) on 2026-12-05, and was written from what each
key asks for (the gold ``answers_evalset`` computes) without reading the planner or its time parser
and without copying the other sets' phrasing tables; where the disjointness checks found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing to
an assistant, none of whom an earlier set had (in each key's list, in this order):

- a young UX designer at a software house in Mokotów who types lower case and switches between
  English and a language of that country inside a sentence (no earlier set's), in its ordinary
  typed spelling, as people type it in chats, without its diacritics, English words where they come
  first to mind (a meeting, a launch, an offsite, a release, a deadline, rest days, "vs");
- a web developer who types his questions as he would type an address into a browser: a path for
  the thing asked ("/lunch", "/sleep/hours", "/coffee/first/time"), its question as a query string
  after "?" ("?where", "?what", "?kind"), its day, night, person, title or condition as parameters
  joined by "&" ("day=", "night=", "title=", "recommended-by=", "split="), two parameters "a=" and
  "b=" after "/compare" for a comparison, and his follow-ups as one more parameter added to the
  address, opened by "&" ("&shift=-1day", "&day=", "&who="); no question mark at the end, no
  capitals;
- a piano tuner in Warsaw who tunes concert grands, school pianos and uprights in people's flats,
  writing in sentences with capitals, who makes a remark from his working life before or after the
  question (the tuning fork, the tuning lever and pins, unisons and the beats between two strings,
  fifths and fourths, bass strings, a Steinway, the Philharmonic, dry winter flats, clients who put
  the kettle on);
- a retired notary who writes formal sentences with formulas of her own, as official letters in
  Poland come out in English: "I allow myself to ask", "I kindly ask for information on", some
  closed with "With respect.", her follow-ups opened with "Referring to your answer," and
  "Additionally,".

Every question asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev64 life lives in Europe/Warsaw, from Monday 11 February 2036 to the end of the month;
Poland keeps Central European Time (UTC+1) in winter and summer time (UTC+2) from 25 March to 28
October 2035 and from 30 March to 26 October 2036 (zoneinfo gives two offsets over all of 2036, and
one, UTC+1, over its 16 days, to 26 February), so no clock changes inside it. Dates are written as
people in Poland write them in English: day and month zero-padded with dots ("18.02"), the full
date with dots and the year closed by "r." as on forms and letters in Poland ("18.02.2036 r."), the
month in Roman numerals ("18 II", "18.II.", "18 II 2036"), or zero-padded and slashed, day first
("18/02", "18/02/2036"). For a day that may lie outside the life always with the month and the year
("on Monday 18.02.2036 r.", "on 18 II 2036", "Monday 18/02/2036"); for one of the days before
yesterday the weekday and the dotted day ("Monday 18.02"), "on" the weekday with the Roman month
("on Monday 18.II."), so many "days back" with the slashed day, or, two days back, "the day before
yesterday" with the Roman month; today alone, with its weekday "the" dotted day, or with its weekday
and the Roman month in brackets; yesterday alone, with the slashed day and its weekday in brackets,
or with the Roman month in brackets. A night is named as the country's language names it, by both
its weekdays, "the night from" one "into" the next, "the night of" one Roman-month day "into" the
next, or the weekday's night "going into" the next weekday with its Roman-month day; last night
alone, "on to" its next weekday, or with both its Roman-month days in brackets. Workouts are named
with places in Warsaw: the Vistula boulevards, Pole Mokotowskie, Łazienki Park, the Kabaty Woods,
the Wał Miedzeszyński, Wilanów, the Warszawianka pool, the Inflancka pool, a studio on Saska Kępa,
a studio in Żoliborz, a bouldering gym in Wola and a climbing wall in Praga.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

NOUNS = {"run": ("run along the Vistula boulevards", "run round Pole Mokotowskie", "jog through Łazienki Park"),
         "cycle": ("ride out to the Kabaty Woods", "ride along the Wał Miedzeszyński",
                   "winter ride over to Wilanów"),
         "swim": ("swim at the Warszawianka pool", "swim at the Inflancka pool"),
         "yoga": ("yoga class at a studio on Saska Kępa", "yoga session at a studio in Żoliborz"),
         "climb": ("bouldering session at a gym in Wola", "climb at a climbing wall in Praga")}
"""What this set's questions call a workout of each activity: places in Warsaw."""

PHRASES: dict[str, list[str]] = {
    "book": ["jaka byla ta ksiazka od {who}? ta co mialam koniecznie przeczytac, totally wylecialo mi z glowy",
             "/book?recommended-by={who}",
             "Pianos go sour in a dry winter flat, so I read on the tram between tunings. Which book did {who}"
             " say I ought to read?",
             "I allow myself to ask which book was recommended to me by {who}. With respect."],
    "film": ["ten film co {who} mowi ze musze obejrzec, jak on sie nazywal? mam wolny weekend",
             "/film?recommended-by={who}&watch=must",
             "Three concert grands to tune this week and not one evening free for the cinema. Which film is it"
             " that {who} wants me to see?",
             "I kindly ask for information on the title of the film {who} advised me to watch."],
    "offsite": ["{who} pisze ze offsite jest przeniesiony, to gdzie w koncu bedzie?",
                "/offsite/venue?moved=true&source={who}",
                "{who} tells me the offsite has gone somewhere else; where has it landed? I have a Steinway booked"
                " that week and must plan round it.",
                "I allow myself to ask to which place the offsite has been transferred, according to {who}."],
    "restaurant": ["ta restauracja z polecenia {who}, jak sie nazywala? chce zabookowac stolik",
                   "/restaurant?recommended-to=us&by={who}",
                   "A good restaurant is like a good unison, you know it at once. Which one did {who} send us to?",
                   "I kindly ask for information on the name of the restaurant {who} suggested to us. With"
                   " respect."],
    "flight": ["o ktorej laduje samolot {who}? musze zdazyc na lotnisko",
               "/flight/landing-time?passenger={who}",
               "I can leave the upright in Mokotów half tuned if I must; at what hour does the plane carrying {who}"
               " come down?",
               "I kindly ask for information on the hour at which the aeroplane of {who} lands."],
    "dog": ["jak ma na imie nowy pies {who}? widzialam story na insta",
            "/dog/name?owner={who}&new=1",
            "Dogs howl at the top octave while I work, every one of them. What name did {who} give the new dog, then?",
            "I allow myself to ask what name the new dog of {who} has received. With respect."],
    "launch": ["{who} pisze ze launch {project} sie przesuwa, na kiedy?",
               "/launch/{project}/new-date?per={who}",
               "Concerts get moved too, and then the piano wants tuning twice. To which date has {who} moved the"
               " {project} launch?",
               "I kindly ask for information on the new date of the {project} launch, as given by {who}."],
    "age": ["ile lat konczy corka {who}? musze kupic jakis prezent",
            "/birthday/age?daughter-of={who}",
            "I tuned the little girl's piano for her lessons last autumn. How many candles will {who}'s"
            " daughter have on her birthday cake?",
            "I allow myself to ask which birthday the daughter of {who} is celebrating, counted in years."],
    "podcast": ["ten podcast z polecenia {who}, jaki to byl? potrzebuje czegos do sluchania w metrze",
                "/podcast?recommended-by={who}&for=me",
                "After a day of listening for beats between strings I want voices in my ears. Which podcast was"
                " it that {who} recommended for the tram?",
                "I kindly ask for information on the podcast {who} recommended to me. With respect."],
    "breakfast_food": ["co jadlam na sniadanie {day}? kompletny blackout",
                       "/breakfast?what&day={day}",
                       "What went down at breakfast {day}, tuner's hours being what they are? I had an early"
                       " piano at the Philharmonic and ate standing up.",
                       "I allow myself to ask what my breakfast consisted of {day}."],
    "lunch_food": ["co jadlam na lunch {day}? byl crazy deadline",
                   "/lunch?what&day={day}",
                   "What was on my lunch plate {day}, between two pianos? I grab whatever the milk bar has.",
                   "I kindly ask for information on what I ate for lunch {day}. With respect."],
    "dinner_food": ["co jadlam na kolacje {day}? jadlam przed laptopem",
                    "/dinner?what&day={day}",
                    "What did I eat for supper {day} with the tuning fork still humming in my ears?",
                    "I allow myself to ask what I ate for supper {day}."],
    "lunch_place": ["gdzie bylam na lunchu {day}? chce tam wrocic",
                    "/lunch?where&day={day}",
                    "Where did I sit down to lunch {day}, between the two uprights near a client's flat?",
                    "I kindly ask for information on the place where I had lunch {day}."],
    "dinner_place": ["gdzie jedlismy kolacje {day}?",
                     "/dinner?where&day={day}",
                     "Where did I get my supper {day}, somewhere warm after a cold church with an old piano in it?",
                     "I allow myself to ask at which place I had my supper {day}. With respect."],
    "workout_kind": ["jaki trening robilam {day}? wszystko mnie boli",
                     "/workout?kind&day={day}",
                     "Hours bent over a keyboard leave my back stiff; what sort of exercise did I give it {day}?",
                     "I kindly ask for information on the kind of exercise I took {day}."],
    "heart_rate": ["jakie mialam srednie tetno podczas {noun} {day}? zegarek cos pokazywal",
                   "/heart-rate/avg?workout={noun}&day={day}",
                   "I count beats all day, the slow beating of two strings nearly in tune; how fast did my own"
                   " heart beat on average on the {noun} {day}?",
                   "I allow myself to ask what average pulse was recorded during the {noun} {day}."],
    "sleep_quality": ["jak spalam {night}, dobrze czy slabo?",
                      "/sleep/quality?night={night}",
                      "A tuner needs rested ears. Was my sleep {night} good or bad?",
                      "I kindly ask for information on whether I slept well or badly {night}. With respect."],
    "sleep_night": ["ile godzin spalam {night}? release sie przeciagnal",
                    "/sleep/hours?night={night}",
                    "The concert ran late and the piano had to be touched up in the interval. How many hours"
                    " of sleep did the night give me {night}, all told?",
                    "I allow myself to ask for the number of hours of my sleep {night}."],
    "exercise_duration": ["ile trwal {noun} {day}? w minutach",
                          "/workout/minutes?name={noun}&day={day}",
                          "How many minutes did the {noun} {day} take me, about as long as a quick touch-up of"
                          " a grand?",
                          "I kindly ask for information on the number of minutes the {noun} {day} lasted."],
    "meeting_duration": ["ile trwal meeting {title} {day}?",
                         "/meeting/duration?title={title}&day={day}",
                         "For how many minutes did the {title} meeting {day} keep me from the pianos?",
                         "I allow myself to ask how long the {title} meeting {day} lasted. With respect."],
    "distance_run": ["ile km przebieglam {day}? strava mi nie zlapala",
                     "/run/km?day={day}",
                     "Running clears the beats out of my head; how many kilometres of it did I do {day}?",
                     "I kindly ask for information on the kilometres I ran {day}."],
    "distance_cycle": ["ile km zrobilam na rowerze {day}?",
                       "/ride/km?day={day}",
                       "I carry my tuning lever on the bike to every job; how many kilometres did I pedal {day}?",
                       "I allow myself to ask what distance I covered by bicycle {day}, in kilometres."],
    "distance_swim": ["ile przeplynelam {day}? w metrach albo km",
                      "/swim/distance?day={day}",
                      "Water is the one place with no out-of-tune piano in it. How far did I get through it {day}?",
                      "I kindly ask for information on the distance I swam {day}. With respect."],
    "attendees": ["kto byl na meetingu {title} {day}? polowa miala wylaczone kamerki",
                  "/meeting/attendees?title={title}&day={day}",
                  "I remember pianos by their serial numbers, not people by their faces; who sat in on the"
                  " {title} meeting {day}?",
                  "I allow myself to ask who took part in the {title} meeting {day}."],
    "coffee_count": ["ile kaw wypilam {day}? chyba za duzo",
                     "/coffee/cups?day={day}",
                     "Every client offers me coffee and I never refuse; how many cups went down {day}?",
                     "I kindly ask for information on how many cups of coffee I drank {day}."],
    "caffeine": ["ile mg kofeiny mi weszlo {day}?",
                 "/caffeine/mg?day={day}",
                 "Too much coffee and my hands shake on the tuning pins. How much caffeine did I take {day}, in"
                 " milligrams?",
                 "I allow myself to ask how many milligrams of caffeine I consumed {day}. With respect."],
    "meeting_count": ["ile mialam meetingow {day}? caly dzien w callach",
                      "/meetings/count?day={day}",
                      "A tuner should be with pianos, not in meetings. How many of them did I have {day}?",
                      "I kindly ask for information on the number of meetings I had {day}."],
    "km_week": ["ile km {activity} nabilam od poniedzialku?",
                "/km?activity={activity}&from=monday&to=now",
                "How many kilometres of {activity} have I done since Monday? I keep count the way I count"
                " strings, all two hundred and some.",
                "I allow myself to ask how many kilometres of {activity} I have completed in the present week."],
    "workouts_week": ["ile treningow zrobilam w tym tygodniu?",
                      "/workouts/count?week=this",
                      "Between the pianos, how many workouts have I managed since Monday?",
                      "I kindly ask for information on the number of workouts I have done this week. With"
                      " respect."],
    "first_coffee": ["o ktorej wypilam pierwsza kawe {day}?",
                     "/coffee/first/time?day={day}",
                     "How early did I have my first coffee {day}, before the first piano I hope?",
                     "I allow myself to ask for the hour of my first coffee {day}."],
    "last_coffee": ["o ktorej byla ostatnia kawa {day}?",
                    "/coffee/last/time?day={day}",
                    "The evening clients always put the kettle on; at what hour was my last coffee {day}?",
                    "I kindly ask for information on the hour of my last coffee {day}."],
    "first_meeting": ["o ktorej zaczal sie moj pierwszy meeting {day}? przed dziewiata?",
                      "/meetings/first/start?day={day}",
                      "I had a grand to tune at the school by ten; what time did my first meeting begin {day}?",
                      "I allow myself to ask at what hour my first meeting {day} began. With respect."],
    "wake": ["o ktorej wstalam {day}? budzik nie zadzwonil",
             "/wake-up/time?day={day}",
             "My ears wake before the rest of me; at what time did I wake {day}?",
             "I kindly ask for information on the time I woke up {day}."],
    "bedtime": ["o ktorej poszlam spac {night}? za dlugo scrollowalam",
                "/bedtime?night={night}",
                "I was restringing a bass string till late; what time did I get to bed {night}?",
                "I allow myself to ask for the hour at which I retired {night}."],
    "dinner_on_distance": ["co jadlam na kolacje tego dnia kiedy {past} {km} km?",
                           "/dinner?what&on-the-day=i {past} {km} km",
                           "There was a day I {past} {km} km, a long way for a man who kneels under pianos."
                           " What did I have for supper that day?",
                           "I kindly ask for information on my supper on the day on which I {past} {km} km."],
    "meeting_after_workout": ["kto byl na tym meetingu zaraz po {noun} {day}?",
                              "/meeting/attendees?right-after={noun}&day={day}",
                              "Straight from the {noun} {day} into a meeting, still out of breath. Who was there"
                              " with me?",
                              "I allow myself to ask who attended the meeting held directly after my {noun} {day}."],
    "lunch_on_meeting_day": ["w dzien meetingu {title}, gdzie bylam na lunchu?",
                             "/lunch?where&day-of-meeting={title}",
                             "The {title} meeting ate half a day I meant for a grand; where did I find lunch that"
                             " day?",
                             "I kindly ask for information on where I took lunch on the day of the {title}"
                             " meeting. With respect."],
    "sleep_after_meeting": ["ile spalam w nocy po meetingu {title}?",
                            "/sleep/hours?night-after-meeting={title}",
                            "The {title} meeting put my nerves out of tune. How many hours did I sleep the night"
                            " after?",
                            "I allow myself to ask how many hours I slept in the night that followed the {title}"
                            " meeting."],
    "dinner_on_said_day": ["dzien kiedy {who} wspomnial/a o {value}, co wtedy jadlam na kolacje?",
                           "/dinner?what&day-when={who}&said={value}",
                           "{who} mentioned {value} one day while I was tuning their piano. What did I eat for"
                           " supper that day?",
                           "I kindly ask for information on my supper on the day on which {who} mentioned"
                           " {value}."],
    "compare_sleep": ["{n1} czy {n2}, kiedy spalam dluzej? godziny z obu nocy",
                      "/sleep/hours/compare?a={n1}&b={n2}",
                      "{N1} or {n2}, which night gave me the longer sleep? Give me both, like two strings side by"
                      " side.",
                      "I allow myself to ask on which night, {n1} or {n2}, I slept longer, with the hours of both."],
    "compare_caffeine": ["kofeina {d1} vs {d2}, kiedy wiecej? mg dla obu",
                         "/caffeine/mg/compare?a={d1}&b={d2}",
                         "Set my caffeine {d1} beside {d2}, as I set a fifth beside a fourth, and tell me which"
                         " day ran higher.",
                         "I kindly ask for information on whether I took more caffeine {d1} or {d2}, in milligrams"
                         " for each."],
    "compare_duration": ["trening {d1} czy {d2}, ktory byl dluzszy? minuty obu",
                         "/workout/minutes/compare?a={d1}&b={d2}",
                         "My workout {d1} against my workout {d2}: which went on longer, and by how many minutes"
                         " each?",
                         "I allow myself to ask which workout lasted longer, the one {d1} or the one {d2}, giving"
                         " the minutes of both. With respect."],
    "compare_coffee_weeks": ["czy w tym tygodniu pije wiecej kawy niz w zeszlym czy mniej?",
                             "/coffee/cups/compare?a=this-week&b=last-week",
                             "With all the winter tunings, am I drinking more coffee this week than last, or less?",
                             "I kindly ask for information on whether I drink more or less coffee this week than"
                             " in the previous one."],
    "late_coffee_sleep": ["jak pije kawe o {t} albo pozniej, to spie krocej?",
                          "/sleep/avg?split=coffee-at-{t}-or-later",
                          "Evening clients pour me coffee at {t} or later. Do I sleep less after those days?",
                          "I allow myself to ask whether my sleep is shorter after coffee drunk at {t} or later."],
    "late_dinner_sleep": ["pozne kolacje, czyli {t} albo pozniej, skracaja mi sen?",
                          "/sleep/avg?split=dinner-at-{t}-or-later",
                          "After a late concert I eat at {t} or later. Does that cut my sleep short?",
                          "I kindly ask for information on whether suppers taken at {t} or later shorten my"
                          " sleep. With respect."],
    "exercise_sleep": ["dni z treningiem vs dni bez, po ktorych spie dluzej?",
                       "/sleep/avg?split=workout-day,rest-day",
                       "Do I sleep longer after a day with a workout than after a day with none? Give me the"
                       " average of each, as I would average a string's beats.",
                       "I allow myself to ask whether I sleep longer after days with exercise than after days"
                       " without it."],
    "caffeine_sleep": ["dni z {mg} mg kofeiny albo wiecej, jak potem spie vs po innych dniach?",
                       "/sleep/avg?split=caffeine-{mg}mg-or-more",
                       "Some days the clients' coffee adds up to {mg} mg or more. How do I sleep after those, next"
                       " to the other days?",
                       "I kindly ask for information on how my sleep after days with {mg} mg of caffeine or more"
                       " compares with my sleep after other days."],
    "exercise_coffee": ["czy w dni treningowe pije wiecej kawy niz w rest days?",
                        "/coffee/cups-per-day?split=workout-day,rest-day",
                        "On days I train, do I drink more coffee than on days I do not? Cups a day for both.",
                        "I allow myself to ask whether my daily coffee is greater on days of exercise than on"
                        " days of rest. With respect."],
    "fu_day_before": ["a dzien wczesniej?",
                      "&shift=-1day",
                      "Go back one more day from that, please.",
                      "Referring to your answer, I kindly ask for the same for the previous day."],
    "fu_meeting_length": ["a ile trwal ten meeting?",
                          "&also=meeting-length",
                          "How many minutes did that meeting take from my tuning day?",
                          "Additionally, I allow myself to ask how long that meeting lasted."],
    "fu_other_day": ["a {day}? to samo",
                     "&day={day}",
                     "Now {day}, please, in the same way.",
                     "Referring to your answer, I kindly ask for the same for {day}."],
    "fu_night_before": ["a noc wczesniej?",
                        "&shift=-1night",
                        "And the night previous to it? I slept badly, I think.",
                        "Additionally, I allow myself to ask the same for the preceding night."],
    "fu_today": ["a dzisiaj jak na razie?",
                 "&day=today-so-far",
                 "And today, up to this hour?",
                 "Referring to your answer, I kindly ask for the same for today so far."],
    "fu_other_person": ["a {who}?",
                        "&who={who}",
                        "The same for {who}, whose piano I tuned last week.",
                        "Additionally, I allow myself to ask the same concerning {who}."],
}
"""Every question key's templates: the UX designer's, the web developer's, the piano tuner's, the retired
notary's."""


def _dotted(day: date) -> str:
    """Day and month zero-padded, with dots ("18.02")."""
    return f"{day.day:02d}.{day.month:02d}"


def _slashed(day: date) -> str:
    """Day and month zero-padded, with a slash ("18/02")."""
    return f"{day.day:02d}/{day.month:02d}"


def _roman(day: date) -> str:
    """The day and the month in Roman numerals, as on forms and letters in Poland ("18 II")."""
    return f"{day.day} {ROMAN[day.month]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways this set names ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    name = WEEKDAYS[day.weekday()]
    if absolute:
        return [f"on {name} {_dotted(day)}.{day.year} r.", f"on {_roman(day)} {day.year}",
                f"{name} {_slashed(day)}/{day.year}"]
    back = (today - day).days
    if back == 0:
        return ["today", f"today, {name} the {_dotted(day)}", f"today ({name}, {day.day}.{ROMAN[day.month]}.)"]
    if back == 1:
        return ["yesterday", f"yesterday ({_slashed(day)}, a {name})", f"yesterday ({_roman(day)})"]
    options = [f"{name} {_dotted(day)}", f"on {name} {day.day}.{ROMAN[day.month]}.",
               f"{back} days back, {_slashed(day)}"]
    if back == 2:
        options.append(f"the day before yesterday, {day.day}.{ROMAN[day.month]}.")
    return options


def night_options(day: date, today: date) -> list[str]:
    """Ways this set names the night that starts on ``day``, asked on ``today``."""
    after = day + timedelta(days=1)
    name, following = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    options = [f"the night from {name} into {following}", f"the night of {_roman(day)} into {_roman(after)}",
               f"{name}'s night, going into {following} {after.day}.{ROMAN[after.month]}."]
    if (today - day).days == 1:
        options += ["last night", f"last night, {name} on to {following}",
                    f"last night ({_roman(day)} into {_roman(after)})"]
    return options
