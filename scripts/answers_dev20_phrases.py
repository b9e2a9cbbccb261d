"""Question phrasings of the answers benchmark's twentieth tuning set, ``dev20`` (docs/benchmarks.md, "Answers").

``dev20`` was the held-out set until 2026-12-04, when, after its measurement (grounded accuracy
0.841), the engineer tuning the answer planner read its failures; it is spent as held-out evidence
and is a tuning set now, asked with the same phrasings, seed, start day and zone as before. It had
replaced the former held-out set (now ``dev19``, answers_dev19_phrases.py), and was written from
what each key asks for (the gold ``answers_evalset`` computes) without reading the planner, its
time parser or the other sets' phrasing tables; where the disjointness tests found a wording
already used, it was reworded. Every key has four templates, one from each of four people writing
to an assistant, none of whom an earlier set had (in each key's list, in this order): a Jakarta
local who writes Indonesian English ("dong", "sih", "kok", "ya" at the end, "udah" for already,
"ngopi" for having coffee, "tadi" for earlier), a gardener who talks about life in garden words
("the beds", "weeding", "potting shed", "compost", "seedlings"), a chess player who talks about
life in chess words ("opening", "endgame", "blitz", "on the clock", "my move"), and a photographer
who talks about life in camera words ("shoot", "golden hour", "in the can", "frame"). Every
question asks for the gold ``answers_evalset`` computes for its key, and fills the slots described
in answers_phrases.py.

The dev20 life lives in Asia/Jakarta, from Monday 7 October 2030; Indonesia keeps Western
Indonesia Time (WIB, UTC+7) all year, with no daylight saving time, so no clock changes inside it.
Dates are written as people in Indonesia write them: day first with slashes (day and month, with or
without the year), day first with hyphens and the year, zero-padded ("07-10-2030"), after "tgl"
(tanggal, date), or as the day and the month's name or short name; days are also named by weekday,
by counting back and by relative words with the date beside them. Questions keep the case they are
typed in here (``as_typed`` in ``answers_sets``).
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)

NOUNS = {
    "run": ("morning jog", "road run"),
    "cycle": ("cycling outing", "bike trip"),
    "swim": ("swim workout", "lap swim"),
    "yoga": ("yoga practice", "yoga hour"),
    "climb": ("climbing gym visit", "wall climb"),
}
"""What its questions call a workout of each activity (one drawn per question)."""

# Four people, in this order in every list (see the module docstring).
PHRASES: dict[str, list[str]] = {
    # What a person said (``{who}``; a launch's ``{project}``).
    "book": [
        "{who} kasih rekomendasi book to me kan, judulnya what ya?",
        "{who} suggested a book for the evenings in the potting shed. What was its title?",
        "{who} named a book worth studying, like a good opening manual. Which book?",
        "Which book did {who} tell me to read between shoots?",
    ],
    "film": [
        "{who} bilang I must watch a movie dong, which movie sih?",
        "What film did {who} say to watch once the weeding's done?",
        "{who} told me about a movie to watch after the tournament. Which film?",
        "Which movie did {who} recommend, the one with the gorgeous cinematography?",
    ],
    "offsite": [
        "offsite-nya pindah ke kota mana sih? {who} bilang udah moved",
        "{who} said the offsite got transplanted elsewhere. Which city is it in now?",
        "{who} said the offsite moved squares. What city's hosting it now?",
        "The offsite location changed, {who} told me. Which city should I pack the camera bag for?",
    ],
    "restaurant": [
        "{who} bilang ada restaurant enak banget, namanya apa ya?",
        "Which restaurant did {who} recommend, the one with the herb garden out back?",
        "{who} suggested a restaurant for after the blitz night. What's it called?",
        "What's the name of the restaurant {who} told us to try after the shoot?",
    ],
    "flight": [
        "pesawatnya {who} landing jam berapa ya? I mau jemput",
        "When does {who}'s plane touch down? I'd like to water the beds before I head out.",
        "What time does {who}'s flight arrive? Planning my moves around it.",
        "What's {who}'s landing time? I need to be at arrivals before golden hour ends.",
    ],
    "dog": [
        "{who} baru adopsi anjing kan, namanya siapa ya?",
        "{who} has a new dog who'll probably dig up the beds. What's the dog's name?",
        "What's the name of {who}'s new dog? Sounds like a knight's name.",
        "{who} got a new dog I'd love to photograph. What's it called?",
    ],
    "launch": [
        "launch {project} diundur kata {who}, jadi tanggal berapa sih?",
        "{who} said the {project} launch has been pushed like a late frost. What's the new date?",
        "The {project} launch got postponed, {who} told me. Which date is it on now, like an adjourned game?",
        "{who} mentioned the {project} launch slipped. What's the new launch date for my shoot calendar?",
    ],
    "age": [
        "anak perempuannya {who} mau ulang tahun ke berapa ya?",
        "How old will {who}'s daughter be? Thinking of giving her a potted sunflower.",
        "{who}'s daughter is having a birthday. What age is she turning? Maybe a chess set for her.",
        "What age will {who}'s daughter turn? I'm shooting her birthday portraits.",
    ],
    "podcast": [
        "{who} rekomendasi podcast apa sih kemarin itu?",
        "Which podcast did {who} suggest I listen to while I'm weeding?",
        "What podcast did {who} recommend to listen to while I study endgames?",
        "{who} suggested a podcast to play while I edit photos. What's its name?",
    ],
    # What was recorded on a day (``{day}``) or a night (``{night}``).
    "breakfast_food": [
        "sarapan {day} aku makan apa ya?",
        "What did I have for breakfast {day} before heading out to the garden?",
        "What was my breakfast {day}, my opening move of the day?",
        "What was breakfast {day}, before the shoot?",
    ],
    "lunch_food": [
        "makan siang {day} aku makan apa sih?",
        "What did I eat for lunch {day}, after a morning in the beds?",
        "What did I have at lunch {day}, the middlegame meal?",
        "What was on my lunch plate {day}? I forgot to snap it.",
    ],
    "dinner_food": [
        "makan malam {day} menunya apa ya?",
        "What did I have for dinner {day}, after putting the tools away?",
        "What was dinner {day}, after the last game of the day?",
        "What did I eat for dinner {day}, after wrapping the shoot?",
    ],
    "lunch_place": [
        "{day} lunch-nya di mana sih?",
        "Where did I have lunch {day}, garden gloves still on?",
        "Where was I for lunch {day}, between rounds?",
        "What was my lunch location {day}? Need it for the shot list.",
    ],
    "dinner_place": [
        "dinner {day} di mana ya?",
        "Where did I eat dinner {day}, once the light left the garden?",
        "Where did I have dinner {day}, after the tournament hall closed?",
        "What was the dinner location {day}, after the shoot was in the can?",
    ],
    "workout_kind": [
        "{day} aku olahraga apa sih?",
        "What workout did I do {day}, apart from digging?",
        "Which kind of exercise did I do {day}, away from the board?",
        "What exercise did I fit in {day} between setups?",
    ],
    "heart_rate": [
        "{noun} {day} heart rate rata-ratanya berapa ya?",
        "What was my average heart rate during my {noun} {day}, was it steadier than weeding?",
        "What average heart rate did I post in my {noun} {day}? Higher than in a time scramble?",
        "Average heart rate on my {noun} {day}? Need the number for my frame notes.",
    ],
    "sleep_quality": [
        "tidur {night} kualitasnya gimana ya?",
        "How was my sleep quality {night}, did I rest like a bulb in winter?",
        "What quality rating did my sleep get {night}? Was it a clean game?",
        "What quality was my sleep {night}, sharp or blurry?",
    ],
    "sleep_night": [
        "{night} aku tidur berapa jam sih?",
        "How many hours did I sleep {night}, dormant like the seed trays?",
        "How long did I sleep {night}, hours on the clock?",
        "How many hours of sleep did I bank {night}, lens cap on?",
    ],
    "exercise_duration": [
        "{noun} {day} berapa lama ya?",
        "How many minutes did my {noun} {day} take, longer than a round of watering?",
        "What was the duration of my {noun} {day}, compared to a rapid game?",
        "How long was my {noun} {day}? Like a long exposure, minutes please.",
    ],
    "meeting_duration": [
        "meeting {title} {day} berapa lama sih?",
        "How long did the {title} meeting last {day}, longer than mulching the beds?",
        "What was the length of the {title} meeting {day}, clock time?",
        "How many minutes was the {title} meeting {day}? It ate into my shoot time.",
    ],
    "distance_run": [
        "{day} aku lari berapa km ya?",
        "How far did I run {day}, in kilometres, garden laps not counted?",
        "What distance did I run {day}, in km?",
        "How many km did my run cover {day}, start frame to end frame?",
    ],
    "distance_cycle": [
        "{day} gowes berapa km sih?",
        "How far did I cycle {day}, in km, past all the allotments?",
        "How many kilometres did I ride my bike {day}?",
        "What distance did I cover by bike {day}, in km, camera bag and all?",
    ],
    "distance_swim": [
        "{day} renang berapa km ya?",
        "How far did I swim {day}, in km, after the watering?",
        "What distance did I swim {day}, in kilometres, between games?",
        "How many km did I swim {day}, no underwater housing needed?",
    ],
    "attendees": [
        "meeting {title} {day} siapa aja yang ikut?",
        "Who sat in on the {title} meeting {day}, like seedlings in a tray?",
        "Who was at the board for the {title} meeting {day}?",
        "Who was in the frame at the {title} meeting {day}?",
    ],
    "coffee_count": [
        "{day} udah ngopi berapa kali sih?",
        "How many coffees did I drink {day}, between the beds and the shed?",
        "How many cups of coffee did I get through {day}, over the board?",
        "What was my coffee count {day}, shoot fuel included?",
    ],
    "caffeine": [
        "{day} total kafein aku berapa mg ya?",
        "How many mg of caffeine did I take in {day}, garden breaks and all?",
        "What's my total caffeine {day}, in mg, tournament fuel included?",
        "Caffeine total {day} in milligrams, before and after the shoot?",
    ],
    "meeting_count": [
        "{day} meeting-nya ada berapa sih?",
        "How many meetings did I sit through {day} instead of gardening?",
        "How many meetings were on my board {day}?",
        "What number of meetings did I have {day}, outside the studio?",
    ],
    # This week so far (``{activity}``, ``{verb}``, ``{past}``).
    "km_week": [
        "minggu ini aku udah {verb} berapa km total ya?",
        "How many km of {activity} have I clocked this week, like rows planted?",
        "What's my total {activity} distance this week in km, tallied like a scoresheet?",
        "How many kilometres of {activity} are in the can this week?",
    ],
    "workouts_week": [
        "minggu ini udah olahraga berapa kali sih?",
        "How many workouts have I put in this week, not counting the digging?",
        "How many workouts have I scored this week, like games on a crosstable?",
        "What's my workout count for this week, shoots aside?",
    ],
    # Times of day.
    "first_coffee": [
        "{day} ngopi pertama jam berapa ya?",
        "What time did I have my first coffee {day}, before the morning watering?",
        "When was my opening coffee {day}?",
        "At what time did I grab my first coffee {day}, before first light?",
    ],
    "last_coffee": [
        "{day} ngopi terakhir jam berapa sih?",
        "What time was my last coffee {day}, after shutting the shed?",
        "When was my endgame coffee {day}, the last one?",
        "What time did I have my final coffee {day}, after the last frame?",
    ],
    "first_meeting": [
        "{day} meeting pertama mulai jam berapa ya?",
        "What time did my first meeting start {day}, after watering?",
        "When did my first meeting begin {day}, the opening of the day?",
        "What time did the first meeting of {day} start, before the shoot?",
    ],
    "wake": [
        "{day} aku bangun jam berapa sih?",
        "What time did I wake {day}, up with the sparrows or not?",
        "When did I wake up {day}, on the clock?",
        "What time did I get up {day}, before or after sunrise light?",
    ],
    "bedtime": [
        "{night} aku tidur jam berapa ya?",
        "What time did I go to bed {night}, after the garden went dark?",
        "When did I turn in {night}, after my last blitz game?",
        "What time did I go to sleep {night}, lights out on the studio?",
    ],
    # Two hops: find a day by one thing, answer another about it.
    "dinner_on_distance": [
        "hari aku {past} {km} km itu, dinner-nya apa ya?",
        "The day I {past} {km} km, what did I have for dinner after the garden?",
        "What did I eat for dinner on the day I {past} {km} km, the long-game day?",
        "On the day I {past} {km} km, what was dinner after the shoot?",
    ],
    "meeting_after_workout": [
        "meeting habis {noun} {day} itu siapa aja yang hadir?",
        "Who came to the meeting that followed my {noun} {day}, fresh from the beds?",
        "After my {noun} {day}, who was in the next meeting on the board?",
        "Who attended the meeting right after my {noun} {day}? I want them in frame.",
    ],
    "lunch_on_meeting_day": [
        "hari meeting {title} itu, lunch di mana sih?",
        "Where did I eat lunch on the day of the {title} meeting, garden gloves off?",
        "On the {title} meeting day, where did I have lunch between moves?",
        "Where was lunch the day the {title} meeting happened, for my shoot log?",
    ],
    "sleep_after_meeting": [
        "malam habis meeting {title}, aku tidur berapa jam ya?",
        "How many hours did I sleep the night after the {title} meeting, resting like fallow ground?",
        "How long did I sleep after the {title} meeting, hours on the clock?",
        "What was my sleep, in hours, the night following the {title} meeting?",
    ],
    "dinner_on_said_day": [
        "hari {who} ngomongin {value} itu, aku dinner apa ya?",
        "On the day {who} brought up {value}, what did I eat for dinner after gardening?",
        "What was dinner on the day {who} told me about {value}, after the last game?",
        "The day {who} mentioned {value}, what did I have for dinner after the shoot?",
    ],
    # Comparisons of two nights (``{n1}``, ``{n2}``) or two days (``{d1}``, ``{d2}``).
    "compare_sleep": [
        "{n1} atau {n2}, tidur lebih lama yang mana sih?",
        "Did I sleep longer {n1} or {n2}, like a seed under mulch?",
        "Which was the longer sleep, {n1} or {n2}? My move to compare.",
        "Longer sleep: {n1} or {n2}? Side by side, like two frames.",
    ],
    "compare_caffeine": [
        "{d1} atau {d2}, kafein lebih banyak yang mana ya?",
        "Which day had more caffeine in me, {d1} or {d2}, garden days both?",
        "More caffeine on {d1} or on {d2}? Compare like two openings.",
        "Which day was heavier on caffeine, {d1} or {d2}, shoot days or not?",
    ],
    "compare_duration": [
        "{d1} atau {d2}, olahraga lebih lama yang mana sih?",
        "Which day had the longer workout, {d1} or {d2}, weeding aside?",
        "Longer workout on {d1} or {d2}? Classical versus rapid.",
        "Did I work out longer on {d1} or {d2}? Compare the exposures.",
    ],
    "compare_coffee_weeks": [
        "minggu ini ngopi lebih banyak atau lebih sedikit dari minggu lalu sih?",
        "Have I had more or fewer coffees this week than last, like this season's crop against the last?",
        "More coffees this week than last week, or fewer? Compare the two scoresheets.",
        "Is my coffee count this week higher or lower than last week's?",
    ],
    # Habits: the mean outcome on days with and without a condition.
    "late_coffee_sleep": [
        "kalau aku ngopi jam {t} atau lebih malam, tidurnya lebih pendek nggak? dibanding hari yang nggak",
        "Days I have a coffee at {t} or later, do I sleep less than days I don't? Average both beds.",
        "Average sleep on days I take coffee at {t} or after versus days I don't; is it shorter?",
        "When I have coffee at {t} or later, is my sleep shorter on average than on days without a late one?",
    ],
    "late_dinner_sleep": [
        "kalau dinner mulai jam {t} atau lebih, tidurnya lebih sedikit nggak dibanding hari lain?",
        "Do I sleep less after days dinner starts at {t} or later than after the rest? Average each patch.",
        "After days with dinner from {t} on, is my sleep shorter on average than after other days?",
        "Average sleep after dinners starting {t} or later versus other days; less or not?",
    ],
    "exercise_sleep": [
        "kalau hari itu olahraga, malamnya tidur lebih lama nggak? dibanding hari nggak olahraga",
        "Do I sleep longer after workout days than after rest days, like well-watered beds? Average both.",
        "Average sleep after days with a workout against days without one: longer or shorter?",
        "After exercise days, is my sleep longer on average than after days with no exercise?",
    ],
    "caffeine_sleep": [
        "hari kafein {mg} mg atau lebih, tidurnya lebih pendek nggak dibanding hari lain?",
        "Do I sleep less after days with {mg} mg of caffeine or more than after other days? Average each bed.",
        "Average sleep after days at {mg} mg caffeine or more versus days under it; shorter?",
        "On days my caffeine hits {mg} mg or more, is my sleep shorter on average than on the others?",
    ],
    "exercise_coffee": [
        "hari olahraga aku ngopi lebih banyak nggak? rata-rata dibanding hari nggak olahraga",
        "Do I drink more coffees on workout days than on rest days, on average, like watering more in a heatwave?",
        "Average coffees on exercise days against days without exercise: more or fewer?",
        "On workout days do I average more coffees than on days with no workout?",
    ],
    # A follow-up after a first question and its answer.
    "fu_day_before": [
        "kalau sehari sebelumnya lunch apa?",
        "And lunch the day prior, before the beds got weeded?",
        "And one move back: lunch the day before?",
        "Rewind one frame: what was lunch the day before?",
    ],
    "fu_meeting_length": [
        "meeting itu berapa lama sih?",
        "And how many minutes did that meeting take?",
        "And what was that meeting's length on the clock?",
        "And how long did that meeting run, start to cut?",
    ],
    "fu_night_before": [
        "kalau malam sebelumnya tidur berapa jam?",
        "And how long did I sleep the night prior?",
        "And one move back: my sleep the night before?",
        "Rewind one frame: the night before, how much sleep?",
    ],
    "fu_other_day": [
        "kalau {day}, lari berapa km?",
        "And {day}, my run covered how many km, back from the allotment?",
        "And my move {day}: how far was my run?",
        "Same shot, {day}: how far did I run?",
    ],
    "fu_other_person": [
        "kalau {who} gimana? pertanyaan yang sama",
        "Same for {who}, then?",
        "Now {who}'s move: same question?",
        "Same shot, but {who}?",
    ],
    "fu_today": [
        "kalau hari ini sampai sekarang udah berapa?",
        "And today up to now, before the evening watering?",
        "And today's count so far, on the clock?",
        "And so far today, before golden hour?",
    ],
}


def _nth(n: int) -> str:
    """3 -> "3rd", 11 -> "11th"."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_options(day: date, today: date, absolute: bool = False) -> list[str]:
    """Ways to name ``day`` asked on ``today``; ``absolute``: always with the month and the year."""
    back = (today - day).days
    weekday, short = WEEKDAYS[day.weekday()], SHORT_DAYS[day.weekday()]
    month, short_month = MONTHS[day.month - 1], SHORT_MONTHS[day.month - 1]
    if absolute or not 0 <= back <= 6:
        return [f"on tgl {day.day}/{day.month}/{day.year}", f"on {weekday} {day.day:02d}-{day.month:02d}-{day.year}",
                f"on {short}, {day.day} {short_month} {day.year}"]
    if back == 0:
        return ["today", f"today, this {short} {day.day}/{day.month}"]
    if back == 1:
        return ["yesterday", f"yesterday, tgl {day.day}/{day.month}"]
    return [f"{weekday} just gone ({day.day}/{day.month})", f"{back} days ago, {short} {day.day}/{day.month}",
            f"on tgl {day.day}/{day.month}", f"on {day.day:02d}-{day.month:02d}-{day.year} ({short})",
            f"on {weekday}, tgl {_nth(day.day)} {month}"]


def night_options(day: date, today: date) -> list[str]:
    """Ways to name the night that starts on ``day`` (its sleep ends the next morning)."""
    after = day + timedelta(days=1)
    weekday, next_day = WEEKDAYS[day.weekday()], WEEKDAYS[after.weekday()]
    if (today - day).days == 1:
        return ["last night", f"last night, {weekday} going on {next_day}"]
    return [f"the night of tgl {day.day}/{day.month}",
            f"{weekday} night, {day.day} {MONTHS[day.month - 1]}, into {next_day}",
            f"the night from {SHORT_DAYS[day.weekday()]} {day.day}/{day.month} to {SHORT_DAYS[after.weekday()]}"]
