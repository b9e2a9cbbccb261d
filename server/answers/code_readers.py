"""Questions typed as code, read as the English questions they stand for: each reader turns its own kind of text into
English and leaves any other text as it is ("?- ate(lunch, D, F).", 's" X" pup-name .', 'HGET "Monday" dinner:food',
'//day[@date="X"]/lunch', '.days[] | ...', "MATCH (d:Day)...", "days |> filter(...)", "[f | m <- meals, ...]",
"ldapsearch -b ou=meals ...", "GET /meals?kind=lunch&day=X&select=food", 'meals > meal[kind=lunch][day="X"] .food',
'meals.query("kind=='lunch'").food', "Get-Meal -Kind lunch | Select-Object -ExpandProperty Food",
"(Diary mealOn: 'X' kind: #lunch) food",
'log |> meal("X", :lunch) |> food', 'diary.meal(Lunch, "X").unwrap().food', "g.V().has('meal','kind','lunch').has('day','X').values('food')",
'meals.food(meals.kind=="lunch" & meals.day=="X")', '=COUNTIFS(tblCoffees[day],"X")', 'list food if meal=="lunch" & day=="X"', 'search sourcetype=meals meal=lunch day="X" | table food', 'meals[Select[#meal == "lunch" && #day == "X" &], "food"]', 'only(@subset(meals, :meal .== "lunch", :day .== "X").food)',
'(from m in meals where m.Meal == "lunch" && m.Day == "X" select m.Food).Single()',
'Meal.find_by(meal: "lunch", day: "X").food',
'Meals | where Meal == "lunch" | where Day == "X" | project Food',
"r = FILTER meals BY meal == 'lunch' AND day == 'X'; t = FOREACH r GENERATE dish; DUMP t;",
"data t; set meals; where meal = 'lunch' and day = 'X'; keep dish; run;",
'exec dish from meals where meal=`lunch, day~"X"',
"SELECT SINGLE food FROM zmeals WHERE meal = 'LUNCH' AND day = 'X' INTO @DATA(ls_food).",
'Debug.Print DLookup("food", "tbl_Meals", "meal = 'lunch' AND log_day = 'X'")',
'LIST meals.food FOR meals.meal = "lunch" .AND. meals.day = "X" OFF',
"DATASET ACTIVATE meals. TEMPORARY. SELECT IF meal = 'lunch' AND day = 'X'. LIST VARIABLES=food.",
'EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] = "lunch", Meals[Day] = "X" )', 'W $G(^MEAL("X","lunch","food"))',
'meals.where(col("kind") === "lunch" && col("day") === "X").select("food").show()',
"print *, meal_food(findloc(meal_day == 'X' .and. meal_kind == 'lunch', .true., dim=1))",
'(List.find (fun m -> m.day = "X" && m.meal = Lunch) meals).food;;',
'hd([E#meal.food || E <- Meals, E#meal.day =:= "X", E#meal.kind =:= lunch]).',
"mlr --c2p filter '$date == "X" && $meal == "lunch"' then cut -f food meals.csv",
'FOR m IN meals FILTER m.day == "X" AND m.meal == "lunch" RETURN m.food',
'//meal[@day="X"][@kind="lunch"]/food/string()'). Pure functions of the text."""

from __future__ import annotations

import re

from server.answers.abap import from_abap
from server.answers.any_code import from_any_code
from server.answers.code_tests import looks_like_code
from server.answers.active_record import from_active_record
from server.answers.css_selectors import from_css_selector
from server.answers.cypher import from_cypher
from server.answers.dax_queries import from_dax
from server.answers.elixir import from_elixir
from server.answers.erlang import from_erlang
from server.answers.forth import from_forth
from server.answers.fortran import from_fortran
from server.answers.foxpro import from_foxpro
from server.answers.gremlin import from_gremlin
from server.answers.haskell import from_haskell
from server.answers.http_requests import from_http_request
from server.answers.pandas_queries import from_pandas
from server.answers.php_arrays import from_php
from server.answers.pig_latin import from_pig_latin
from server.answers.q_sql import from_q_sql
from server.answers.powershell import from_powershell
from server.answers.jmespath_queries import from_jmespath
from server.answers.jq_filters import from_jq
from server.answers.julia_frames import from_julia
from server.answers.kql import from_kql
from server.answers.linq import from_linq
from server.answers.ldap_search import from_ldap_search
from server.answers.matlab import from_matlab
from server.answers.miller import from_miller
from server.answers.ms_access import from_ms_access
from server.answers.mumps import from_mumps
from server.answers.ocaml import from_ocaml
from server.answers.applescript import from_applescript
from server.answers.aql import from_aql
from server.answers.spark_scala import from_spark
from server.answers.spss_syntax import from_spss
from server.answers.prolog import from_prolog
from server.answers.r_pipelines import from_r_pipeline
from server.answers.redis_commands import from_redis
from server.answers.rust_chains import from_rust
from server.answers.sas import from_sas
from server.answers.sexpr import from_lisp
from server.answers.smalltalk import from_smalltalk
from server.answers.splunk import from_splunk
from server.answers.wolfram import from_wolfram
from server.answers.spreadsheet import from_spreadsheet
from server.answers.stata import from_stata
from server.answers.xpath import from_xpath
from server.answers.xquery import from_xquery

_READERS = (from_http_request, from_php, from_css_selector, from_spark, from_pandas, from_powershell, from_smalltalk, from_elixir, from_rust, from_gremlin, from_matlab, from_spreadsheet, from_stata, from_splunk, from_wolfram, from_julia, from_linq, from_active_record, from_kql, from_pig_latin, from_sas, from_q_sql, from_abap, from_ms_access, from_foxpro, from_spss, from_dax, from_mumps, from_applescript, from_lisp, from_prolog, from_forth, from_redis,
            from_jmespath, from_xquery, from_xpath, from_jq, from_cypher, from_r_pipeline, from_haskell, from_ldap_search, from_fortran, from_ocaml, from_erlang, from_miller, from_aql)
"""In the order they are tried (each sees what the ones before it left): an HTTP request line first, as Redis's reader
would take its "GET" for a key's; a PHP statement next (it takes only an ``echo`` of a call over arrays or of a ``$`` closure,
which no other reader's syntax starts with, and no other reader takes its ``echo`` lines); a Spark expression before pandas, which would take its ``.where(...).select("night", "hours")``; FoxPro's with the other
desktop databases' (no reader before it takes a ``LIST ... FOR``, and it takes only upper-case Xbase commands and ``DO ... WITH``); SPSS syntax after it (no reader before it takes
commands ended with a full stop such as ``SELECT IF ... .`` or ``!rerun``, and it takes only text made wholly of upper-case
SPSS commands, each ended with a full stop, that it reads into a request); a DAX query after it (no reader before it takes
a query that starts ``EVALUATE`` or ``DEFINE VAR``, and it takes only those, read into a request); a Fortran line last (no
reader before it takes a ``print *,`` line, a ``j = findloc(...);`` before one or a ``! same again`` comment, and it takes
only those, read into a request); an OCaml expression at the utop prompt after it (no reader takes a line ending in ``;;``
such as ``(List.find (fun m -> ...) meals).food;;`` or ``again ~shift:(-1);;``, and it takes only those it reads into a
request); an Erlang expression at the erl shell after it (no reader before it takes a list comprehension ``[E#meal.food || E <-
Meals, ...]`` under ``hd``, ``length`` or ``lists:sum``, a ``mean(trained(Nights))`` or a ``rerun(day_back).``, and it takes
only a whole expression ended with a full stop that it reads into a request); a Miller command line after it (no reader
before it takes a line that starts ``mlr`` such as ``mlr --c2p filter '$date == "X"' then cut -f food meals.csv``, or a rerun
``sh last.sh --back 1d``, and it takes only those lines, read into a request); an AQL query last (no reader before it takes a
line that starts ``FOR m IN meals`` such as ``FOR m IN meals FILTER m.day == "X" RETURN m.food`` or a follow-up ``rerun_with("day",
...)``, as ABL's ``FOR EACH`` is not ``FOR v IN``, and it takes only those lines, read into a request); an XQuery expression just
before XPath's (no reader before it takes a path ``//meal[@day="X"]/food/string()``, a ``(for $c in ... order by ...)[1]``, a
``let $d := ...``, an ``avg(...) lt avg(...)`` or a ``local:ask-again(...)``, and it takes only a whole expression it reads
into a request, so XPath's reader still reads its ``//day[@date="X"]/lunch/food`` and ``$last`` paths, the two bare paths
both read, such as ``//meeting[@title="X"][@date="Y"]/@minutes``, read alike)."""


def from_code(question: str) -> str:
    """``question`` in English where it is typed as code that one of the readers knows, or, after them all, as code that
    ``any_code`` reads by its structure in a language none of them knows; else as it is."""
    for read in _READERS:
        question = read(question)
    return from_any_code(question)


_UNREAD_CODE = re.compile(r"==|=>|@\w+\(|\b\w+\[\s*Select\[|\|\s*(?:stats|eval|fields|sort_by|group_by)\b"
                          r"|:\w+\s*\.(?:==|>=|<=)|\$\w+\.\w+\$|\b[A-Za-z_]\w*\.[A-Za-z_]\w*\s*=\s*[\"'`“\d]|\b(?P<v>[A-Za-z_]\w*)\s*=\s*(?P=v)\s*\+\s*\w"
                          r"|^\s*(?:GET|POST|PUT)\s+/[\w/-]*\?|\|\s*\w+\s*<-\s*\w|\)-\[|\]->\(|\b(?P<w>[A-Za-z_]\w*)\s*=\s*(?P=w)\s*-\s*\d"
                          r"|\b(?P<f>[A-Za-z_]\w*)\((?:(?!\b(?P=f)\().)*\b(?P=f)\(|!=|<>|;;\s*\??\s*$|\(fun\s+\w+\s*-")
"""Marks of code that no reader put into words (a comparison "==", "=>", a macro "@by(", a pipe into a query's command, a
table's column compared with a quoted value or a number 'Coffee.Day = "X"', a counter counted up "n = n + 1" or down, a
request line left unread, a list comprehension's "| n <- nights", a graph's pattern "(d:Day)-[:HAD]->(m:Lunch)", one call
made twice or within itself "xlookup(..., xlookup(...))", a test that a value is not something ("!=", "<>"), an OCaml phrase's
";;" or "(fun c -> ...")."""
_GROUPED = re.compile(r"\b(?:avg|mean|average|median|ttest|tabstat)\s*\(|\b(?:summarize|ttest|tabstat)\b|\bpartition\(|\bby\s*\("
                      r"|\bgroup_?by\b|>=|<=|\bat least\b|\|>|\)\.\w+\([^()]*\)\.\w+", re.I)
"""Marks of code that groups, compares with a threshold or chains lookups ("summarize avg(Hours) by X", ">= 300", "|>",
".unwrap().dinner()"): left unread, its words name a measure without the groups or the day it asks of."""


def unread_code(question: str) -> bool:
    """Whether ``question``, once the readers have read what they know, is still typed as code: its words would be
    guessed at (a count of meetings answered as their length, a habit as today's caffeine), so no answer should be."""
    return _UNREAD_CODE.search(question) is not None or looks_like_code(question) and _GROUPED.search(question) is not None
