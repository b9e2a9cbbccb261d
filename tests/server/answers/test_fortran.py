"""A question typed as one line of modern free-form Fortran over the log's arrays (``print *, col(findloc(mask, .true.,
dim=1))`` or ``pack(col, mask)`` for a value, ``sum``/``count``, ``minval``/``maxval`` with a mask for the first and the last,
``>= monday`` for this week, two values or two sums side by side for two compared, two means over a mask and its opposite for
a habit, ``j = findloc(...); print *, ...`` for a day named by another record or the meeting after a workout, a comment
rerunning the last line), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.fortran import from_fortran

_DAY = "Atichaw 19/05/2037"
_WEEK = "! monday = this week's"


@pytest.mark.parametrize("line, english", [
    ("print *, tip_title(findloc(tip_giver == 'Hannah' .and. tip_kind == 'book', .true., dim=1))", "which book did Hannah recommend?"),
    ("print *, pack(tip_title, tip_kind == 'film' .and. tip_giver == 'Owen')", "which film did Owen recommend?"),
    ("print *, pack(tip_title, tip_giver == 'Noor' .and. tip_kind == 'podcast')", "which podcast did Noor recommend?"),
    ("print *, news_venue(findloc(news_teller == 'Idris', .true., dim=1, back=.true.))", "where is the offsite now, according to Idris?"),
    ("print *, tip_place(findloc(tip_kind == 'restaurant' .and. tip_giver == 'Grace', .true., dim=1))",
     "which restaurant did Grace recommend?"),
    ("print *, flight_arrival(findloc(flight_traveller == 'Lila', .true., dim=1))", "when does Lila's flight land?"),
    ("print *, pet_name(findloc(pet_owner == 'Lila' .and. pet_species == 'dog', .true., dim=1))", "what is the name of Lila's new dog?"),
    ("print *, launch_date(findloc(launch_project == 'Atlas' .and. launch_teller == 'Grace', .true., dim=1, back=.true.))",
     "what is the new date of the Atlas launch according to Grace?"),
    ("print *, child_age_next(findloc(child_parent == 'Lila' .and. child_tie == 'daughter', .true., dim=1))",
     "how old will Lila's daughter turn?"),
    (f"print *, meal_food(findloc(meal_day == '{_DAY}' .and. meal_kind == 'breakfast', .true., dim=1))",
     f"what did I eat for breakfast {_DAY}?"),
    ("print *, pack(meal_food, meal_kind == 'lunch' .and. meal_day == 'kayna (Quyllurchaw)')",
     "what did I eat for lunch kayna (Quyllurchaw)?"),
    (f"print *, pack(meal_place, meal_day == '{_DAY}' .and. meal_kind == 'dinner')", f"where did I have dinner {_DAY}?"),
    (f"print *, pack(wo_activity, wo_day == '{_DAY}')", f"what kind of workout did I do {_DAY}?"),
    ("print *, wo_avg_hr(findloc(wo_day == 'yesterday' .and. wo_name == 'run up the road to Bellavista', .true., dim=1))",
     "what was my average heart rate during the run up the road to Bellavista yesterday?"),
    ("print *, rest_quality(findloc(rest_night == 'Atichaw tuta 19/05/2037', .true., dim=1))",
     "how well did I sleep Atichaw tuta 19/05/2037, good or poor?"),
    ("print *, rest_hours(findloc(rest_night == '20/5/2037 tutapi (Quyllurchaw)', .true., dim=1))",
     "how many hours did I sleep 20/5/2037 tutapi (Quyllurchaw)?"),
    ("print *, wo_minutes(findloc(wo_name == 'swim at Las Grietas' .and. wo_day == 'today', .true., dim=1))",
     "how many minutes did the swim at Las Grietas today last?"),
    ("print *, mtg_minutes(findloc(mtg_title == '1:1 with Grace' .and. mtg_day == 'today', .true., dim=1))",
     "how many minutes was the 1:1 with Grace meeting today?"),
    (f"print *, sum(wo_km, mask = wo_day == '{_DAY}' .and. wo_activity == 'run')", f"how many km did I run {_DAY}?"),
    ("print *, sum(wo_km, mask = wo_activity == 'cycle' .and. wo_day == 'today')", "how many km did I cycle today?"),
    ("print *, sum(wo_metres, mask = wo_activity == 'swim' .and. wo_day == 'yesterday')", "how far did I swim yesterday?"),
    ("print *, pack(att_person, att_meeting == 'Design review' .and. att_day == 'today')", "who was at the Design review meeting today?"),
    ("print *, count(cup_day == 'yesterday')", "how many coffees did I drink yesterday?"),
    ("print *, sum(cup_mg, mask = cup_day == 'today')", "how much caffeine in mg today?"),
    (f"print *, count(mtg_day == '{_DAY}')", f"how many meetings did I have {_DAY}?"),
    (f"print *, sum(wo_km, mask = wo_activity == 'run' .and. wo_date >= monday)  {_WEEK}", "how many km of run in total this week?"),
    (f"print *, count(wo_date >= monday)  {_WEEK}", "how many workouts did I do this week?"),
    (f"print *, minval(cup_time, mask = cup_day == '{_DAY}')", f"what time was my first coffee {_DAY}?"),
    ("print *, maxval(cup_time, mask = cup_day == 'today')", "what time was my last coffee today?"),
    ("print *, minval(mtg_start, mask = mtg_day == 'today')", "what time did my first meeting start today?"),
    (f"print *, rest_woke(findloc(rest_morning == '{_DAY}', .true., dim=1))", f"what time did I wake up {_DAY}?"),
    ("print *, rest_bed(findloc(rest_night == 'last night', .true., dim=1))", "what time did I go to bed last night?"),
    ("print *, day_dinner(findloc(day_km == 35.3 .and. day_activity_past == 'cycled', .true., dim=1))",
     "what did I eat for dinner on the day I cycled 35.3 km?"),
    ("j = findloc(wo_name == 'run out to Tortuga Bay' .and. wo_day == 'today', .true., dim=1); "
     "print *, mtg_people(minloc(mtg_start, dim=1, mask = mtg_start > wo_end(j)))",
     "who was at the meeting right after the run out to Tortuga Bay today?"),
    ("j = findloc(mtg_title == 'Budget sync', .true., dim=1); "
     "print *, meal_place(findloc(meal_day == mtg_day(j) .and. meal_kind == 'lunch', .true., dim=1))",
     "where did I have lunch on the day of the Budget sync meeting?"),
    ("j = findloc(mtg_title == 'Budget check-in', .true., dim=1); print *, rest_hours(findloc(rest_night == mtg_day(j), .true., dim=1))",
     "how many hours did I sleep the night after the Budget check-in meeting?"),
    ("j = findloc(said_speaker == 'Lila' .and. said_text == 'Dune', .true., dim=1); "
     "print *, meal_food(findloc(meal_day == said_day(j) .and. meal_kind == 'dinner', .true., dim=1))",
     "what did I eat for dinner on the day Lila mentioned Dune?"),
    ("print *, rest_hours(findloc(rest_night == 'last night', .true., dim=1)), rest_hours(findloc(rest_night == 'Killachaw tuta "
     "18/05/2037', .true., dim=1))",
     "which night did I sleep longer, last night or Killachaw tuta 18/05/2037, with the hours of each?"),
    ("print *, sum(cup_mg, mask = cup_day == 'Killachaw 18/05/2037'), sum(cup_mg, mask = cup_day == 'today')",
     "which day had more caffeine, Killachaw 18/05/2037 or today, with the mg of each?"),
    ("print *, sum(wo_minutes, mask = wo_day == 'yesterday'), sum(wo_minutes, mask = wo_day == 'today')",
     "which workout was longer, yesterday or today, with the minutes of each?"),
    (f"print *, count(cup_date >= monday), count(cup_date >= monday - 7 .and. cup_date < monday)  {_WEEK}",
     "did I drink more coffee this week than last week?"),
    ("print *, sum(nt_hours, mask = nt_last_cup >= '3 pm') / count(nt_last_cup >= '3 pm'), "
     "sum(nt_hours, mask = nt_last_cup < '3 pm') / count(nt_last_cup < '3 pm')", "do I sleep less after coffee at 3 pm or later?"),
    ("print *, sum(nt_hours, mask = nt_dinner >= '8 pm') / count(nt_dinner >= '8 pm'), "
     "sum(nt_hours, mask = nt_dinner < '8 pm') / count(nt_dinner < '8 pm')", "do I sleep less after dinner at 8 pm or later?"),
    ("print *, sum(nt_hours, mask = nt_day_mg >= 400) / count(nt_day_mg >= 400), sum(nt_hours, mask = nt_day_mg < 400) / "
     "count(nt_day_mg < 400)", "how do I sleep after days of 400 mg of caffeine or more compared to other nights?"),
    ("print *, sum(nt_hours, mask = nt_trained) / count(nt_trained), sum(nt_hours, mask = .not. nt_trained) / count(.not. nt_trained)",
     "do I sleep longer after workout days than after rest days?"),
    ("print *, sum(dy_cups, mask = dy_trained) / count(dy_trained), sum(dy_cups, mask = .not. dy_trained) / count(.not. dy_trained)",
     "do I drink more coffee on workout days than on rest days?"),
    ("! same again, day shifted back one", "and the day before?"),
    ("! same again, night shifted back one", "and the night before?"),
    ("! same again with day = today", "and today so far?"),
    (f"! same again with day = '{_DAY}'", f"and {_DAY}?"),
    ("! same again with who = 'Noor'", "and Noor?"),
    ("print *, mtg_minutes(j)  ! j still the meeting found before", "and how long was that meeting?"),
])
def test_a_fortran_line_is_read_as_its_question(line: str, english: str) -> None:
    assert from_fortran(line) == english


@pytest.mark.parametrize("line, english", [
    ('print *, meals_food(findloc(meals_day .eq. "Monday" .and. meals_meal .eq. "supper", .true., dim=1))',
     "what did I eat for dinner Monday?"),  # another prefix, the old operators, double quotes, a meal's other name
    ("write(*,*) sleep_quality(findloc(sleep_night == 'last night', .true., dim=1))", "how well did I sleep last night, good or poor?"),
    ("print *, sum(workout_km, mask = workout_sport == 'cycle' .and. workout_day == 'today')", "how many km did I cycle today?"),
    ("print *, maxval(coffee_time, mask = coffee_day == 'today')", "what time was my last coffee today?"),
    ("print *, flight_lands(findloc(flight_passenger == 'Dev', .true., dim=1))", "when does Dev's flight land?"),
    ("print *, pet_name(findloc(pet_keeper == 'O''Neil' .and. pet_kind == 'Dog', .true., dim=1))",
     "what is the name of O'Neil's new dog?"),  # a quote doubled inside a value
    ("print *, kid_age_next(findloc(kid_parent == 'Lila' .and. kid_relation == 'daughter', .true., dim=1))",
     "how old will Lila's daughter turn?"),
    ("print *, news_date(findloc(news_project == 'Atlas' .and. news_teller == 'Grace', .true., dim=1, back=.true.))",
     "what is the new date of the Atlas launch according to Grace?"),  # news of a project is a launch's
    ("print *, size(pack(cup_day, cup_day == 'today'))", "how many coffees did I drink today?"),
    ("print *, count(cup_date >= monday)", "how many coffees did I drink this week?"),
    ("print *, sum(wo_km, mask = wo_day == 'today' .and. wo_activity == 'run');", "how many km did I run today?"),
    ("j = findloc(mtg_title == 'Budget sync' .and. mtg_day == 'today', .true., dim=1); print *, mtg_minutes(j)",
     "how many minutes was the Budget sync meeting today?"),  # the meeting found in the same line
    ("j = findloc(wo_km == 8.2 .and. wo_activity == 'run', .true., dim=1); "
     "print *, meal_food(findloc(meal_day == wo_day(j) .and. meal_kind == 'dinner', .true., dim=1))",
     "what did I eat for dinner on the day I ran 8.2 km?"),
    ("j = findloc(tip_giver == 'Lila' .and. tip_title == 'Dune', .true., dim=1); "
     "print *, meal_food(findloc(meal_day == tip_day(j) .and. meal_kind == 'dinner', .true., dim=1))",
     "what did I eat for dinner on the day Lila mentioned Dune?"),
    ("print *, sum(nt_hours, mask = nt_last_cup .ge. '4 pm') / count(nt_last_cup .ge. '4 pm'), "
     "sum(nt_hours, mask = nt_last_cup .lt. '4 pm') / count(nt_last_cup .lt. '4 pm')", "do I sleep less after coffee at 4 pm or later?"),
    ("! rerun with who = 'Noor'", "and Noor?"),
    ("! again, day - 1", "and the day before?"),
])
def test_any_prefix_and_spelling_is_read_by_what_it_means(line: str, english: str) -> None:
    assert from_fortran(line) == english


@pytest.mark.parametrize("line", [
    "print *, maxval(mtg_start, mask = mtg_day == 'today')",  # the last meeting's start: no request asks it
    "print *, maxval(wo_km, mask = wo_day == 'today')",  # the longest, not the total
    "print *, cup_time(findloc(cup_day == 'today', .true., dim=1))",  # a time alone
    "print *, count(meal_day == 'today')",
    "print *, sum(cup_mg, mask = cup_day == 'today' .or. cup_day == 'yesterday')",
    "print *, meal_food(findloc(meal_day == 'today' .and. meal_place == 'home', .true., dim=1))",  # a test no request takes
    "print *, meal_food(findloc(meal_day == 'today' .and. meal_kind == 'lunch', .false., dim=1))",
    "print *, meal_food(findloc(meal_day == 'today' .and. meal_kind == 'lunch', .true., dim=1)) + 1",
    "print *, wo_km(findloc(wo_day > 'today', .true., dim=1))",
    "print *, meal_food(findloc(meal_day == wo_day(j) .and. meal_kind == 'dinner', .true., dim=1))",  # j found in no line here
    "print *, count(cup_date >= monday)  ! monday = last week's",
    "print *, sum(nt_hours, mask = nt_bed >= '11 pm') / count(nt_bed >= '11 pm'), "
    "sum(nt_hours, mask = nt_bed < '11 pm') / count(nt_bed < '11 pm')",  # a threshold no habit is asked of
    "print *, sum(nt_hours, mask = nt_trained) / count(nt_trained), sum(nt_hours, mask = nt_trained) / count(nt_trained)",
    "print *, sum(wo_minutes, mask = wo_day == 'today'), sum(wo_km, mask = wo_day == 'yesterday')",
    "j = findloc(wo_name == 'tempo run' .and. wo_day == 'today', .true., dim=1); "
    "print *, mtg_title(minloc(mtg_start, dim=1, mask = mtg_start > wo_end(j)))",  # the next meeting's title: no request asks it
    "print *, 'hello'",
    "! same again but for lunch",
    "!rerun",
    "LIST meals.food FOR meals.day = \"Monday\" OFF",
    "what did I eat today?",
])
def test_what_it_cannot_read_is_left_as_it_is(line: str) -> None:
    assert from_fortran(line) == line


def test_the_code_readers_read_a_fortran_line() -> None:
    assert from_code("print *, sum(cup_mg, mask = cup_day == 'Killachaw 18/05/2037'), sum(cup_mg, mask = cup_day == 'today')") == \
        "which day had more caffeine, Killachaw 18/05/2037 or today, with the mg of each?"
    assert from_code("! same again, day shifted back one") == "and the day before?"
