"""Question phrasings of the answers benchmark's fourteenth tuning set, ``dev14`` (docs/benchmarks.md, "Answers").

``dev14`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.640), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev13``, answers_dev13_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant: a chatty grandmother (a little story about her day, her family or her doctor
before she asks), someone who asks for confirmation (a yes/no question or a guess, "right?",
"didn't I?", then the value itself), a Madrid local who mixes Spanish words and phrases into
English, and a manager who talks in office jargon. A guess in a question is only a guess: every
question still asks for the gold ``answers_evalset`` computes for its key, and fills the slots
described in answers_phrases.py.

The dev14 life lives in Europe/Madrid, from Monday 19 November 2029, after Spain's clocks went
back on 28 October and long before they go forward in March, so no clock changes inside it. Dates
are day first, as people in Spain write them: with slashes, with or without the year, with hyphens
and the year, with a month's short name after a hyphen, or in Spanish words; days and nights are
also named with Spanish words. Questions keep the case they are typed in here (``as_typed`` in
``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

from answers_life import MONTHS
from answers_phrases import WEEKDAYS, ordinal

DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
"""Weekdays as the Madrid local says them."""
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")
"""Months as the Madrid local says them."""
NUMBERS = ("", "", "two", "three", "four", "five", "six")
NOUNS = {"run": ("run", "running workout"), "cycle": ("cycling workout", "time on the bike"),
         "swim": ("swim workout", "laps in the pool"), "yoga": ("yoga practice", "yoga"),
         "climb": ("climbing workout", "wall climbing")}
"""What its questions call a workout of each activity (one drawn per question)."""
# Each key: the grandmother, the one who asks for confirmation, the Madrid local, the manager.
PHRASES: dict[str, list[str]] = {
    "book": ["My book club is always after me for something new to read, and I remember {who} going on about "
             "one. Which book was it that {who} recommended, dear?",
             "{who} recommended a book to me, didn't they? What was it called again?",
             "oye, el libro que {who} me recomendó, what was the title?",
             "Action item from {who}: a book recommendation. Which title was it?"],
    "film": ["The television is nothing but repeats these days, so I was glad when {who} told me about a film "
             "worth watching. Can you remind me which film that was?",
             "{who} told me to watch some film this weekend, right? Which one?",
             "qué peli me dijo {who} que tenía que ver? the film, I forgot the name",
             "{who} pitched a film for the weekend. Can you surface the title?"],
    "offsite": ["When I was working a trip away meant a train to the next town, and now {who} tells me the "
                "offsite has moved somewhere new. Where is it being held now?",
                "{who} said the offsite got moved, right? Where to?",
                "{who} me dijo que the offsite se ha cambiado de sitio, adónde? which city now?",
                "Heads-up from {who} re: the offsite venue change. What's the new location?"],
    "restaurant": ["I do love a good dumpling, and {who} mentioned a place we ought to try that makes lovely "
                   "ones. What was the name of that restaurant?",
                   "{who} suggested a restaurant with great dumplings, didn't they? What's it called?",
                   "el sitio with the dumplings que {who} said we should try, cómo se llamaba?",
                   "{who} flagged a restaurant to try, dumplings apparently. Name?"],
    "flight": ["I always worry when people fly, and {who} is flying in on Friday. What time did {who} say the "
               "flight lands?",
               "I think {who} said the flight on Friday lands in the afternoon, is that right? What time "
               "exactly?",
               "a qué hora aterriza el vuelo de {who} el viernes? the landing time",
               "What's the ETA on {who}'s flight Friday? Landing time please."],
    "dog": ["Dogs are such good company at my age, and {who} told me they've taken one in. What is the dog's "
            "name?",
            "{who} adopted a dog recently, right? What's the dog's name again?",
            "{who} adoptó un perro, no? cómo se llama the dog?",
            "Quick one: {who}'s new dog, what did they name it?"],
    "launch": ["My son works with computers and things are always late there too. {who} said the {project} "
               "launch had been put back. To what date?",
               "The {project} launch slipped again according to {who}, right? What's the new date?",
               "{who} dijo que el launch de {project} se retrasa, hasta qué fecha?",
               "Per {who}, {project} launch got pushed. New go-live date?"],
    "age": ["Birthdays come round so fast. {who}'s daughter has one on Saturday and I'd like to send her a "
            "card. How old will she be?",
            "{who}'s daughter has her birthday on Saturday, right? How old is she turning?",
            "la hija de {who} cumple años el sábado, how old is she turning?",
            "{who}'s kid has a birthday Saturday - what age is she hitting?"],
    "podcast": ["I've only just learned how to listen to these podcasts on my phone, and {who} recommended one "
                "to me. Which podcast was it?",
                "{who} recommended a podcast to me, didn't they? Which one?",
                "el podcast que {who} me recomendó, cuál era?",
                "{who} shared a podcast rec with me. Which show was it?"],
    "breakfast_food": ["My memory isn't what it was, dear, and I can't for the life of me recall what I ate "
                       "for breakfast {day}. Can you tell me?",
                       "I think I just had something quick for breakfast {day}, am I right? What was it?",
                       "what did I have de desayuno {day}?",
                       "Pull up my breakfast {day} - what did I eat?"],
    "lunch_food": ["I was telling my neighbour about my lunch {day} and then I couldn't remember what it was! "
                   "What did I eat for lunch?",
                   "For lunch {day} I had something light, didn't I? What exactly did I eat?",
                   "qué comí {day}? lo del lunch, I mean",
                   "Lunch {day}: what was on the menu for me?"],
    "dinner_food": ["My daughter rang to ask whether I'm eating properly, and I told her I had a nice dinner "
                    "{day}, but what did I actually have?",
                    "I'm guessing dinner {day} was something simple, right? What was it?",
                    "y de cena {day}, what did I eat?",
                    "Dinner {day}, bottom line: what did I eat?"],
    "lunch_place": ["Where did I go for lunch {day}? I'm afraid it's slipped my mind, like so much does these "
                    "days.",
                    "I had lunch at the usual spot {day}, didn't I? Where was it?",
                    "dónde comí {day}? which place for lunch",
                    "Where did I grab lunch {day}? Need the venue."],
    "dinner_place": ["I remember the dinner {day} was very nice, but where was it I had it, dear?",
                     "Did I have dinner somewhere nice {day}? Where was it?",
                     "la cena {day}, dónde fue? the place",
                     "Dinner venue {day}? Just need the place."],
    "workout_kind": ["The doctor keeps telling me to stay active, and I did do some exercise {day}. What sort "
                     "of exercise was it?",
                     "I did some kind of workout {day}, right? Which one was it?",
                     "qué deporte hice {day}? what kind of workout",
                     "Workout type {day}? Just need the category."],
    "heart_rate": ["My heart gave me a scare a few years back, so I keep an eye on it. What was my average heart "
                   "rate during the {noun} {day}?",
                   "My heart rate during the {noun} {day} was pretty high, wasn't it? What was the average?",
                   "pulsaciones medias en my {noun} {day}? average bpm",
                   "Avg heart rate on the {noun} {day} - what was the number?"],
    "sleep_quality": ["My husband always said I sleep like a log, but I'm not so sure. How was my sleep "
                      "quality {night}?",
                      "I slept well {night}, right? What was the quality rating?",
                      "qué tal dormí {night}? the sleep quality",
                      "Sleep quality score {night}? What did it rate?"],
    "sleep_night": ["At my age a good night's sleep is worth its weight in gold. How long did I sleep {night}?",
                    "I got about seven hours of sleep {night}, right? How long was it exactly?",
                    "cuántas horas dormí {night}? total sleep",
                    "Sleep duration {night}? Give me the hours."],
    "exercise_duration": ["I was quite worn out after the {noun} {day}, it felt like it went on forever. How "
                          "long did it actually last?",
                          "The {noun} {day} was about an hour, wasn't it? How many minutes exactly?",
                          "cuánto duró my {noun} {day}? in minutes",
                          "Time spent on the {noun} {day}? Minutes, please."],
    "meeting_duration": ["That {title} meeting {day} seemed to drag on and on. How long did it really go for?",
                         "The {title} {day} went long, didn't it? How long did it last?",
                         "cuánto duró la reunión de {title} {day}? how long",
                         "How much calendar time did {title} eat up {day}?"],
    "distance_run": ["My knees would never let me do it now, but I'm told I went for a run {day}. How far did "
                     "I go?",
                     "I think I ran about five kilometres {day}, right? How far was it exactly?",
                     "cuántos km corrí {day}? the run distance",
                     "Run distance {day} - how many km did I log?"],
    "distance_cycle": ["I used to cycle everywhere as a girl, and I was out on the bike {day}. How far did I "
                       "ride?",
                       "I cycled quite a way {day}, didn't I? What was the distance?",
                       "cuántos kilómetros hice en bici {day}? cycling distance",
                       "Cycling distance {day}? km, please."],
    "distance_swim": ["The water was lovely when I went swimming {day}, I could have stayed in forever. How far "
                      "did I swim?",
                      "I swam about a kilometre {day}, is that right? How far was it exactly?",
                      "cuánto nadé {day}? swim distance",
                      "Swim distance {day} - what's the figure?"],
    "attendees": ["I do like to know who I'm working with. Who was at the {title} {day}?",
                  "I think the {title} {day} was a small group, right? Who was there?",
                  "quién estuvo en la reunión de {title} {day}? the attendees",
                  "Who was in the room for {title} {day}? Names, please."],
    "coffee_count": ["My doctor says I should cut back on coffee, so I'm keeping count. How many coffees did I "
                     "have {day}?",
                     "I only had a couple of coffees {day}, right? How many exactly?",
                     "how many cafés me tomé {day}?",
                     "Coffee headcount {day}? Just the number."],
    "caffeine": ["My heart flutters if I overdo it, so tell me, how much caffeine did I take in {day}, in "
                 "milligrams?",
                 "I stayed under my caffeine limit {day}, right? How many milligrams did I have in total?",
                 "cuánta cafeína tomé {day}? total mg",
                 "Total caffeine intake {day}, in mg? Need the number for my dashboard."],
    "meeting_count": ["When I was working we had one meeting a week if that, and now it's all meetings. How "
                      "many meetings did I have {day}?",
                      "I had a lot of meetings {day}, didn't I? How many?",
                      "cuántas reuniones tuve {day}? number of meetings",
                      "Meeting load {day}: how many did I have?"],
    "km_week": ["I like to tell my grandson how I'm keeping fit. How many kilometres of {activity} have I done "
                "this week, starting Monday?",
                "I {past} a fair bit this week, didn't I? How many km in total since Monday?",
                "cuántos km de {activity} llevo esta semana? since Monday",
                "Week-to-date {activity} distance? Total km since Monday."],
    "workouts_week": ["I'm trying to keep up with my exercise like the doctor said. How many workouts have I "
                      "done so far this week?",
                      "I've worked out every day this week, right? How many workouts so far?",
                      "cuántas veces he entrenado esta semana? workouts so far",
                      "Workout count week-to-date?"],
    "first_coffee": ["I can't get going in the morning without my coffee. What time did I have my first one "
                     "{day}?",
                     "My first coffee {day} was pretty early, wasn't it? What time was it?",
                     "a qué hora fue my first coffee {day}?",
                     "Timestamp of my first coffee {day}?"],
    "last_coffee": ["I try not to have coffee too late or I'm up all night. What time was my last coffee {day}?",
                    "I had my last coffee {day} in the afternoon, right? What time exactly?",
                    "y el último café {day}, a qué hora? the last one",
                    "When was my final coffee {day}? Need the time."],
    "first_meeting": ["I like to know when my day properly began. What time did my first meeting start {day}?",
                      "My first meeting {day} was first thing in the morning, right? What time did it start?",
                      "a qué hora empezó my first meeting {day}?",
                      "First meeting on my calendar {day} - kickoff time?"],
    "wake": ["I used to be up with the birds, but not anymore. What time did I wake up {day}?",
             "I woke up early {day}, right? What time was it?",
             "a qué hora me desperté {day}? wake-up time",
             "What time did I get up {day}? Need my wake-up time."],
    "bedtime": ["My late husband always said early to bed, early to rise. What time did I go to bed {night}?",
                "I went to bed before midnight {night}, right? What time exactly?",
                "a qué hora me acosté {night}? bedtime",
                "Lights-out time {night}? When did I go to bed?"],
    "dinner_on_distance": ["I was so proud of myself the day I {past} {km} km, at my age! What did I have for "
                           "dinner that day?",
                           "On the day I {past} {km} km I had a big dinner, didn't I? What did I eat?",
                           "el día que {past} {km} km, qué cené? dinner",
                           "Dinner on the {km} km day (the one I {past})? What did I eat?"],
    "meeting_after_workout": ["After my {noun} {day} I went straight into a meeting, still a bit out of breath. "
                              "Who was at that first meeting afterwards?",
                              "The first meeting after my {noun} {day} was with the usual people, right? Who "
                              "attended?",
                              "después de my {noun} {day}, quién estuvo en la primera reunión? the attendees",
                              "First meeting post-{noun} {day}: who was in it?"],
    "lunch_on_meeting_day": ["The day we had the {title}, I remember lunch was nice. Where did I have lunch that "
                             "day?",
                             "On the day of the {title} I had lunch nearby, right? Where was it?",
                             "el día del {title}, dónde comí? lunch place",
                             "Lunch venue on the day of {title}?"],
    "sleep_after_meeting": ["That {title} had me fretting all evening. How long did I sleep the night after it?",
                            "I slept badly the night after the {title}, didn't I? How long did I sleep?",
                            "la noche después del {title}, cuántas horas dormí?",
                            "Sleep hours the night following {title}?"],
    "dinner_on_said_day": ["I was chatting with {who} and they brought up {value}. What did I have for dinner "
                           "that same day?",
                           "The day {who} talked about {value} I had something nice for dinner, didn't I? What "
                           "was it?",
                           "el día que {who} habló de {value}, qué cené?",
                           "Dinner on the day {who} mentioned {value} - what was it?"],
    "compare_sleep": ["I've been sleeping so poorly lately. How long did I sleep {n1}, and {n2}? Which of the two "
                      "was longer?",
                      "I slept longer {n1} than {n2}, right? How many hours each?",
                      "cuánto dormí {n1} vs {n2}? hours each y cuál fue más larga?",
                      "Sleep comparison, {n1} vs {n2}: hours for each, and which was longer?"],
    "compare_caffeine": ["I'm trying to cut back on caffeine, so compare for me: how much did I have {d1} and "
                         "{d2}, and which day was more?",
                         "I had more caffeine {d1} than {d2}, didn't I? How many mg each day?",
                         "cafeína {d1} vs {d2}: cuántos mg cada día and which was higher?",
                         "Caffeine delta {d1} vs {d2}: mg per day, and which was higher?"],
    "compare_duration": ["My legs tell me I worked harder one day than the other. How long did I exercise {d1} "
                         "and {d2}, and which workout was longer?",
                         "My workout {d1} was longer than the one {d2}, right? How many minutes each?",
                         "el workout de {d1} y el de {d2}, cuántos minutos each y cuál fue más largo?",
                         "Workout minutes {d1} vs {d2}: both numbers, and which was longer?"],
    "compare_coffee_weeks": ["My doctor asked whether I'm drinking more coffee lately. How many coffees have I "
                             "had this week, and how many last week? More this week?",
                             "I've had more coffee this week than last week, right? What are the two counts?",
                             "más cafés esta semana que la semana pasada? how many each week",
                             "Coffee count week over week: this week vs last week, both numbers. More or fewer "
                             "this week?"],
    "late_coffee_sleep": ["My mother always said coffee in the afternoon would keep you up. On days I have a "
                          "coffee at {t} or later, do I sleep less that night? What are the averages with and "
                          "without?",
                          "I sleep less on nights after I've had a coffee at {t} or later, right? What's the "
                          "average sleep either way?",
                          "cuando tomo café a las {t} o más tarde, duermo menos? average hours both ways",
                          "Does a coffee at {t} or later correlate with shorter sleep? Average hours with vs "
                          "without."],
    "late_dinner_sleep": ["We always ate our evening meal early when I was young. When I have dinner at {t} or "
                          "later, do I get less sleep? How much on average, both ways?",
                          "Eating dinner at {t} or later means I sleep less, right? What are the averages either "
                          "way?",
                          "si ceno a las {t} o más tarde, duermo menos? averages",
                          "Late dinner impact: dinner at {t} or later vs earlier, avg sleep each. Is it shorter?"],
    "exercise_sleep": ["My friend at the community centre swears exercise helps her sleep. Do I sleep longer on "
                       "days I've exercised than on days I haven't? What are the averages?",
                       "I sleep more on days I work out, don't I? Average sleep on workout days and rest days?",
                       "duermo más los días que entreno? average on workout days vs rest days",
                       "Do workout days drive longer sleep? Avg sleep on workout days vs non-workout days."],
    "caffeine_sleep": ["I've read that too much caffeine spoils your sleep. On days when I've had {mg} mg of "
                       "caffeine or more, do I sleep less? What's the average each way?",
                       "On days with at least {mg} mg of caffeine I sleep less, right? What are the average "
                       "hours both ways?",
                       "los días con {mg} mg de cafeína o más, duermo menos? averages please",
                       "Days at or above {mg} mg caffeine vs below: avg sleep each, and is it lower?"],
    "exercise_coffee": ["I always fancy a coffee after a good stretch. Do I drink more coffee on days I work "
                        "out? How many a day on average, both kinds of day?",
                        "I drink more coffee on workout days, right? What's the average per day on workout days "
                        "and rest days?",
                        "tomo más cafés los días que entreno? average per day, both",
                        "Coffee consumption, workout days vs rest days: avg per day. Higher on workout days?"],
    "fu_day_before": ["And what about the day before that, dear?",
                      "And the day before I had something different, right? What was it?",
                      "y el día anterior?",
                      "Same for the prior day?"],
    "fu_other_person": ["And what about {who}? What did they say?",
                        "And {who} said something too, right? What was it?",
                        "y {who}? lo mismo",
                        "Same ask for {who}?"],
    "fu_today": ["And how many have I had today, so far?",
                 "And today I've had fewer so far, right? How many?",
                 "y hoy? cuántos llevo",
                 "Today's number so far?"],
    "fu_meeting_length": ["And how long did that meeting go on for?",
                          "And it was a short meeting, right? How long did it last?",
                          "y cuánto duró esa reunión?",
                          "And the meeting's length?"],
    "fu_night_before": ["And the night before that, how long did I sleep?",
                        "And I slept less the night before, right? How long was it?",
                        "y la noche anterior?",
                        "Same for the previous night?"],
    "fu_other_day": ["And how far did I run {day}?",
                     "And {day} I ran further, didn't I? How far?",
                     "y {day}? cuántos km",
                     "Run distance {day}, same question?"],
}


def _slash(day: date, year: bool = False) -> str:
    """``day`` as people in Spain write it with slashes, day first ("20/11", "20/11/2029")."""
    return f"{day.day}/{day.month}" + (f"/{day.year}" if year else "")


def _short(day: date) -> str:
    """``day`` as the manager's spreadsheet writes it ("20-Nov")."""
    return f"{day.day}-{MONTHS[day.month - 1][:3]}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """The ways a question names ``day`` asked on ``today``; with its month when ``absolute`` or
    further back than a week."""
    back, wd = (today - day).days, day.weekday()
    if absolute or not 0 <= back <= 6:
        return [f"el {_slash(day, True)}", f"el {day.day} de {MESES[day.month - 1]} de {day.year}",
                f"on {day.day:02d}-{day.month:02d}-{day.year}", f"on {WEEKDAYS[wd][:3]} {_short(day)}-{day.year}",
                f"on {WEEKDAYS[wd]} the {ordinal(day.day)} of {MONTHS[day.month - 1]} {day.year}"]
    if back == 0:
        return ["today", "hoy", f"hoy ({_slash(day)})", f"today, {WEEKDAYS[wd][:3]} {_short(day)}"]
    if back == 1:
        return ["yesterday", "ayer", f"yesterday, {WEEKDAYS[wd]} the {ordinal(day.day)}", f"ayer ({_slash(day)})",
                f"yesterday ({_short(day)})"]
    options = [f"el {DIAS[wd]}", f"on the {ordinal(day.day)}, a {WEEKDAYS[wd]}", f"el {_slash(day)}",
               f"hace {back} días", f"on {WEEKDAYS[wd][:3]} {_short(day)}", f"exactly {NUMBERS[back]} days ago",
               f"this {WEEKDAYS[wd]} gone, the {ordinal(day.day)}"]
    return ["anteayer", *options] if back == 2 else options


def night_options(day: date, today: date) -> list[str]:
    """The ways a question names the night that starts on ``day``, asked on ``today``."""
    wd, after, back = day.weekday(), day + timedelta(days=1), (today - day).days
    options = [f"la noche del {DIAS[wd]} al {DIAS[after.weekday()]}",
               f"the night between {WEEKDAYS[wd]} the {ordinal(day.day)} and {WEEKDAYS[after.weekday()]}",
               f"overnight from {_slash(day)} to {_slash(after)}"]
    if back == 1:
        return ["last night", "anoche", *options]
    if back == 2:
        return ["anteanoche", *options]
    return options
