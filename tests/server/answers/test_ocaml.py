"""A question typed as one OCaml expression at the utop prompt (``(List.find (fun m -> ...) meals).food;;`` for a value,
``List.length``/``List.fold_left`` over ``List.filter`` for a count or a sum, ``List.hd`` (of ``List.rev``) for the first and the
last, ``>= monday`` for this week, ``let ... in`` for a day named by another record, the meeting after a workout, two values
compared or this week's coffees against last week's, ``List.partition`` and two means for a habit, ``again ~...`` for a
follow-up), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.ocaml import from_ocaml

_DAY = "kayu antü pun 23-05-2037"
_NIGHT = "kechu antü pun 22-05-2037"


@pytest.mark.parametrize("line, english", [
    ('(List.find (fun t -> t.from = "Rosa" && t.kind = Book) tips).title;;', "which book did Rosa recommend?"),
    ('(List.find (fun t -> t.kind = Film && t.from = "Owen") tips).title;;', "which film did Owen recommend?"),
    ('(List.hd (List.rev (List.filter (fun n -> n.teller = "Idris") offsite_news))).venue;;',
     "where is the offsite now, according to Idris?"),
    ('(List.find (fun t -> t.from = "Grace" && t.kind = Restaurant) tips).place;;', "which restaurant did Grace recommend?"),
    ('(List.find (fun f -> f.passenger = "Lila") flights).lands_at;;', "when does Lila's flight land?"),
    ('(List.find (fun p -> p.owner = "Lila" && p.species = Dog) pets).name;;', "what is the name of Lila's new dog?"),
    ('(List.hd (List.rev (List.filter (fun l -> l.project = "Atlas" && l.teller = "Grace") launches))).date;;',
     "what is the new date of the Atlas launch according to Grace?"),
    ('(List.find (fun k -> k.parent = "Lila" && k.relation = Daughter) kids).age + 1;;', "how old will Lila's daughter turn?"),
    (f'(List.find (fun m -> m.day = "{_DAY}" && m.meal = Breakfast) meals).food;;', f"what did I eat for breakfast {_DAY}?"),
    (f'(List.find (fun m -> m.meal = Lunch && m.day = "{_DAY}") meals).where;;', f"where did I have lunch {_DAY}?"),
    (f'List.map (fun w -> w.sport) (List.filter (fun w -> w.day = "{_DAY}") workouts);;', f"what kind of workout did I do {_DAY}?"),
    (f'(List.find (fun w -> w.day = "{_DAY}" && w.name = "swim at Anakena") workouts).avg_hr;;',
     f"what was my average heart rate during the swim at Anakena {_DAY}?"),
    (f'(List.find (fun s -> s.night = "{_NIGHT}") sleeps).quality;;', f"how well did I sleep {_NIGHT}, good or poor?"),
    (f'(List.find (fun s -> s.night = "{_NIGHT}") sleeps).hours;;', f"how many hours did I sleep {_NIGHT}?"),
    ('(List.find (fun m -> m.title = "Budget sync" && m.day = "today") meetings).minutes;;',
     "how many minutes was the Budget sync meeting today?"),
    ('List.fold_left (fun a w -> a +. w.km) 0. (List.filter (fun w -> w.sport = Run && w.day = "today") workouts);;',
     "how many km did I run today?"),
    ('List.fold_left (fun a w -> a +. w.km) 0. (List.filter (fun w -> w.sport = Swim && w.day = "today") workouts) *. 1000.;;',
     "how far did I swim today?"),
    ('(List.find (fun m -> m.day = "today" && m.title = "Design review") meetings).people;;',
     "who was at the Design review meeting today?"),
    (f'List.length (List.filter (fun c -> c.day = "{_DAY}") coffees);;', f"how many coffees did I drink {_DAY}?"),
    ('List.fold_left (fun a c -> a + c.mg) 0 (List.filter (fun c -> c.day = "today") coffees);;', "how much caffeine in mg today?"),
    ('List.length (List.filter (fun m -> m.day = "today") meetings);;', "how many meetings did I have today?"),
    ('List.fold_left (fun a w -> a +. w.km) 0. (List.filter (fun w -> w.sport = "run" && w.day >= monday) workouts);;',
     "how many km of run in total this week?"),
    ("List.length (List.filter (fun w -> w.day >= monday) workouts);;", "how many workouts did I do this week?"),
    ('(List.hd (List.filter (fun c -> c.day = "today") coffees)).time;;', "what time was my first coffee today?"),
    ('(List.hd (List.rev (List.filter (fun c -> c.day = "today") coffees))).time;;', "what time was my last coffee today?"),
    ('(List.hd (List.filter (fun m -> m.day = "today") meetings)).start;;', "what time did my first meeting start today?"),
    (f'(List.find (fun s -> s.woke_on = "{_DAY}") sleeps).woke_at;;', f"what time did I wake up {_DAY}?"),
    ('(List.find (fun s -> s.night = "last night") sleeps).bed_at;;', "what time did I go to bed last night?"),
    ('(List.find (fun d -> d.km = 35.3 && d.did = "cycled") days).dinner;;', "what did I eat for dinner on the day I cycled 35.3 km?"),
    ('let w = List.find (fun w -> w.day = "today" && w.name = "run to Orongo") workouts in '
     "(List.find (fun m -> m.start > w.finish) meetings).people;;", "who was at the meeting right after the run to Orongo today?"),
    ('let d = (List.find (fun m -> m.title = "Budget sync") meetings).day in '
     "(List.find (fun m -> m.day = d && m.meal = Lunch) meals).where;;", "where did I have lunch on the day of the Budget sync meeting?"),
    ('let d = (List.find (fun m -> m.title = "Budget sync") meetings).day in (List.find (fun s -> s.night = d) sleeps).hours;;',
     "how many hours did I sleep the night after the Budget sync meeting?"),
    ('let d = (List.find (fun t -> t.from = "Lila" && t.title = "Dune") talks).day in '
     "(List.find (fun m -> m.day = d && m.meal = Dinner) meals).food;;", "what did I eat for dinner on the day Lila mentioned Dune?"),
    (f'let h n = (List.find (fun s -> s.night = n) sleeps).hours in compare (h "last night") (h "{_NIGHT}");;',
     f"which night did I sleep longer, last night or {_NIGHT}, with the hours of each?"),
    ('let mg d = List.fold_left (fun a c -> if c.day = d then a + c.mg else a) 0 coffees in compare (mg "yesterday") (mg "today");;',
     "which day had more caffeine, yesterday or today, with the mg of each?"),
    ('let mins d = List.fold_left (fun a w -> if w.day = d then a + w.minutes else a) 0 workouts in '
     'compare (mins "yesterday") (mins "today");;', "which workout was longer, yesterday or today, with the minutes of each?"),
    ("let n a b = List.length (List.filter (fun c -> c.day >= a && c.day < b) coffees) in n monday tomorrow > n (monday - 7) monday;;",
     "did I drink more coffee this week than last week?"),
    ('let late, rest = List.partition (fun n -> n.last_coffee >= "3 pm") nights in mean (hours late) < mean (hours rest);;',
     "do I sleep less after coffee at 3 pm or later?"),
    ('let late, rest = List.partition (fun n -> n.dinner_at >= "9 pm") nights in mean (hours late) < mean (hours rest);;',
     "do I sleep less after dinner at 9 pm or later?"),
    ("let trained, rest = List.partition (fun n -> n.trained_before) nights in mean (hours trained) > mean (hours rest);;",
     "do I sleep longer after workout days than after rest days?"),
    ("let strong, rest = List.partition (fun n -> n.day_mg >= 300) nights in mean (hours strong) < mean (hours rest);;",
     "how do I sleep after days of 300 mg of caffeine or more compared to other nights?"),
    ("let trained, rest = List.partition (fun d -> d.workouts > 0) days in mean (cups trained) > mean (cups rest);;",
     "do I drink more coffee on workout days than on rest days?"),
])
def test_reads_an_expression_as_its_question(line: str, english: str) -> None:
    assert from_ocaml(line) == english
    assert from_code(line) == english


@pytest.mark.parametrize("line, english", [
    ("again ~shift:(-1);;", "and the day before?"),
    ("again ~night_shift:(-1);;", "and the night before?"),
    ("(last_meeting ()).minutes;;", "and how long was that meeting?"),
    (f'again ~day:"{_DAY}";;', f"and {_DAY}?"),
    ('again ~who:"Rosa";;', "and Rosa?"),
    ('again ~day:"today";;', "and today so far?"),
])
def test_reads_a_follow_up_as_a_rerun(line: str, english: str) -> None:
    assert from_ocaml(line) == english


@pytest.mark.parametrize("line", [
    '(List.find (fun k -> k.parent = "Rosa") kids).age;;',  # an age now, not at the next birthday
    '(List.find (fun m -> m.day = "today" || m.meal = Lunch) meals).food;;',  # either test
    '(List.hd (List.filter (fun m -> m.day = "today") meals)).food;;',  # the first meal's food
    'List.length (List.filter (fun c -> c.day <> "today") coffees);;',  # every day but one
    'let h n = (List.find (fun s -> s.night = n) sleeps).quality in compare (h "a") (h "b");;',
    'let late, rest = List.partition (fun n -> n.bed_time >= "11 pm") nights in mean (hours late) < mean (hours rest);;',
    "again ~shift:(-2);;",
    'List.fold_left (fun a w -> a +. w.minutes) 0. (List.filter (fun w -> w.day = "today") workouts) *. 1000.;;',
    '(List.find (fun m -> m.meal = Lunch && m.day = "today") meals).food',  # no ";;"
    "let x = 1 in x + 1;;",
    "what did I eat for lunch today?",
])
def test_leaves_what_it_does_not_read(line: str) -> None:
    assert from_ocaml(line) == line
