"""A question typed as one PHP statement over the log's arrays (``array_values(array_filter(...))[0]['col']`` for a value,
``implode(', ', array_column(...))`` for a list, ``count``, ``array_sum``, ``min``/``max``, ``strtotime('monday this week')``
for this week, ``in_array``/``$dayOf``/``$saidOn`` for a day named by what happened on it, ``$end(...)`` for the meeting after a
workout, ``<=>`` or ``> ... ? ... : ...`` for two compared or a habit, ``$q(...)`` for a rerun), read as the English question it
stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.php_arrays import from_php

_WEEK = "date('Y-m-d', strtotime('monday this week'))"


@pytest.mark.parametrize("statement, english", [
    ("echo array_values(array_filter($meals, fn($m) => $m['day'] == 'Tuesday 14/04/2037' && $m['meal'] == 'lunch'))"
     "[0]['food'];",
     "what did I eat for lunch Tuesday 14/04/2037?"),
    ("echo implode(', ', array_column(array_filter($meals, fn($x) => $x['meal'] == 'dinner' && $x['day'] == '7 April 2037'), "
     "'place'));",
     "where did I have dinner 7 April 2037?"),
    ("echo implode(', ', array_column(array_filter($tips, fn($t) => $t['from'] == 'Marisol' && $t['kind'] == 'podcast'), "
     "'title'));",
     "which podcast did Marisol recommend?"),
    ("echo array_values(array_filter($news, fn($n) => $n['from'] == 'Marisol' && $n['topic'] == 'offsite'))[0]['place'];",
     "where is the offsite now, according to Marisol?"),
    ("echo array_values(array_filter($flights, fn($f) => $f['who'] == 'Marisol'))[0]['lands'];", "when does Marisol's flight land?"),
    ("echo array_values(array_filter($launches, fn($l) => $l['from'] == 'Marisol' && $l['project'] == 'Falcon'))"
     "[0]['new_date'];",
     "what is the new date of the Falcon launch according to Marisol?"),
    ("echo array_values(array_filter($family, fn($f) => $f['parent'] == 'Marisol' && $f['child'] == 'daughter'))"
     "[0]['turns'];",
     "how old will Marisol's daughter turn?"),
    ("echo array_sum(array_column(array_filter($workouts, fn($w) => $w['kind'] == 'swim' && $w['day'] == 'Monday 13/04/2037'), "
     "'metres'));",
     "how far did I swim Monday 13/04/2037?"),
    ("echo implode(', ', array_column(array_filter($attendance, fn($a) => $a['day'] == 'Tuesday 14/04/2037' && "
     "$a['meeting'] == 'Ops review'), 'person'));", "who was at the Ops review meeting Tuesday 14/04/2037?"),
    ("echo count(array_filter($coffee, fn($c) => $c['day'] == 'yesterday'));", "how many coffees did I drink yesterday?"),
    (f"echo count(array_filter($workouts, fn($w) => $w['date'] >= {_WEEK}));", "how many workouts did I do this week?"),
    ("echo max(array_column(array_filter($coffee, fn($c) => $c['day'] == 'Monday 13/04/2037'), 'time'));",
     "what time was my last coffee Monday 13/04/2037?"),
    ("echo array_values(array_filter($sleep, fn($s) => $s['morning'] == '7 April 2037'))[0]['woke'];",
     "what time did I wake up 7 April 2037?"),
    ("echo array_values(array_filter($meals, fn($m) => $m['meal'] == 'dinner' && in_array($m['day'], array_column(array_filter($workouts, "
     "fn($w) => $w['km'] == 12.5), 'day'))))[0]['food'];", "what did I eat for dinner on the day I did 12.5 km?"),
    ("echo implode(', ', $attendeesOf(array_values(array_filter($meetings, fn($m) => $m['day'] == 'today' && $m['start'] > "
     "$end('tempo run', 'today')))[0]));", "who was at the meeting right after the tempo run today?"),
    ("echo array_values(array_filter($sleep, fn($s) => $s['night'] == $dayOf('Ops review')))[0]['hours'];",
     "how many hours did I sleep the night after the Ops review meeting?"),
    ("echo array_values(array_filter($meals, fn($m) => $m['meal'] == 'dinner' && $m['day'] == $saidOn('Marisol', 'Solaris')))"
     "[0]['food'];",
     "what did I eat for dinner on the day Marisol mentioned Solaris?"),
    ("echo $sum($coffee, 'day', 'Monday 13/04/2037', 'mg') > $sum($coffee, 'day', 'Tuesday 14/04/2037', 'mg') "
     "? 'Monday' : 'Tuesday';",
     "which day had more caffeine, Monday 13/04/2037 or Tuesday 14/04/2037, with the mg of each?"),
    ("echo $sum($sleep, 'night', 'Monday night', 'hours') <=> $sum($sleep, 'night', 'last night', 'hours');",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    (f"echo count(array_filter($coffee, fn($c) => $c['date'] >= {_WEEK})) <=> "
     f"count(array_filter($coffee, fn($c) => $c['date'] < {_WEEK}));",
     "did I drink more coffee this week than last week?"),
    ("echo $avg(array_column(array_filter($sleep, fn($s) => $s['last_cup'] >= '4 pm'), 'hours')) <=> "
     "$avg(array_column(array_filter($sleep, fn($s) => $s['last_cup'] < '4 pm'), 'hours'));",
     "do I sleep less after coffee at 4 pm or later?"),
    ("echo $avg(array_column(array_filter($days, fn($d) => $d['workout']), 'coffees')) <=> "
     "$avg(array_column(array_filter($days, fn($d) => !$d['workout']), 'coffees'));",
     "do I drink more coffee on workout days than on rest days?"),
    ("echo $q($prev($d));", "and the day before?"),
    ("echo $q(night: $prev($n));", "and the night before?"),
    ("echo $q(who: 'Marisol');", "and Marisol?"),
    ("echo $q(date('d/m/Y'));", "and today so far?"),
    ("echo $last['minutes'];", "and how long was that meeting?"),
    ("echo json_encode($config, JSON_PRETTY_PRINT);", "echo json_encode($config, JSON_PRETTY_PRINT);"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_php_statement_is_read_as_its_question(statement: str, english: str) -> None:
    assert from_php(statement) == english


def test_the_code_readers_read_a_php_statement() -> None:
    assert from_code("echo count(array_filter($meetings, fn($m) => $m['day'] == 'Tuesday 14/04/2037'));") == \
        "how many meetings did I have Tuesday 14/04/2037?"
