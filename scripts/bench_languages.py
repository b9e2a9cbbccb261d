#!/usr/bin/env python3
"""Languages benchmark, leave one word table out: what does the answerer say to a language it has no words for?

Every fresh held-out answers set so far has brought a language no table read yet, and its first measurement was where
the answerer was weakest: questions half read, answered for another day, another meal or another question. This bench
makes that situation on demand. For each language of ``languages._WORD_TABLES``, the tuning sets' cases whose question or
earlier turn its table reads (the first table, in in_english's order, that changes it) are answered twice, in process
(``GroundedAnswerer`` over a ``RecordStore`` of the set's life, model None, as ``bench_answers`` builds lives and cases):
with that table removed ("unread") and with every table ("with_table": the ceiling). Each answer is judged by
``answers_judge.judge``. What counts most is "wrong_answers": a wrong answer that is no refusal ("I don't know ..."), said
fluently about a question the answerer could not read. A refusal costs accuracy; a wrong answer costs trust.

The languages are split into two fixed halves by a rule fixed before any result was seen: the 109 tables of 2026-12-07
(``FIRST_109``) sorted by module name, the 1st, 3rd, 5th ... are "tune" (their failures may be read, and general guards
built on them: ``--failures`` writes only theirs) and the 2nd, 4th, 6th ... are "held_out" (only their numbers are
reported); a table added later is held out. The held-out answers set ("heldout") is never built. Prints one JSON object.

    .venv/bin/python scripts/bench_languages.py [--languages kichwa,mapudungun] [--out FILE] [--failures FILE]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import leave_one_out  # noqa: E402
from leave_one_out import run  # noqa: E402
from server.answers import languages  # noqa: E402

TABLES: tuple[Callable[[str], str], ...] = tuple(languages._WORD_TABLES)
NAMES = {table: table.__module__.rsplit(".", 1)[1] for table in TABLES}
ORDERED = sorted(NAMES.values())
FIRST_109 = sorted("""abron acholi adyghe albanian amharic amis aramaic armenian azerbaijani bambara bangla basque bemba bislama
    bulgarian burmese catalan changana chechen chuvash cook_islands croatian cypriot czech danish dhivehi dutch dzongkha
    egyptian estonian ewe fijian finnish georgian hausa hebrew hinglish hmong hungarian icelandic indonesian japanese javanese
    kabyle kazakh khmer kichwa kimbundu kinyarwanda kiribati kongish korean kreol krio kriol kurdish lani latvian lingala
    lithuanian luganda luxembourgish malagasy maltese mandarin manx mapudungun mari mongolian moore norwegian nyanja
    oshiwambo pashto persian pitjantjatjara polish pular romani romanian romansh sakha samoan sango sardinian serbian
    sesotho setswana shona slovak slovenian somali swahili swati swedish taglish tamil tetum thai tigrinya tok_pisin tongan
    udmurt ukrainian uzbek vietnamese wolof xibe yoruba""".split())
"""The tables the halves were drawn from, fixed with them: a table added later must not shift which half the others are in."""
HALVES = {"tune": [n for n in FIRST_109[0::2] if n in ORDERED],
          "held_out": [n for n in FIRST_109[1::2] if n in ORDERED] + sorted(set(ORDERED) - set(FIRST_109))}
"""Fixed before any result: the 109 tables sorted by module name, odd places tune, even places held out; a table added
since is held out, its failures never read."""
WAYS = ("unread", "with_table")


def language_of(text: str) -> str | None:
    """The language whose table reads ``text`` in in_english's order (the first that changes it), or None."""
    for table in TABLES:
        if table(text) != text:
            return NAMES[table]
    return None


@contextmanager
def tables(left_out: str | None) -> Iterator[None]:
    """in_english with the table ``left_out`` removed (None: every table)."""
    saved = languages._WORD_TABLES
    languages._WORD_TABLES = tuple(table for table in TABLES if NAMES[table] != left_out)
    try:
        yield
    finally:
        languages._WORD_TABLES = saved


def run_set(name: str, wanted: set[str], home: Path, failures: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per language of the set ``name`` (among ``wanted``): cases, and each way's right answers, abstentions kept and wrong answers."""
    return leave_one_out.run_set(name, wanted, home, failures, language_of, WAYS,
                                 lambda way, part: tables(part if way == "unread" else None), "unread",
                                 HALVES["tune"], "language", refusals_failed=False)


def main() -> int:
    return run(__doc__.split("\n\n")[0], "languages", ORDERED,
               "write the wrong answers with a table left out here (JSON Lines), for the tune half only", run_set,
               "languages_leave_one_out",
               "the 109 tables of 2026-12-07 sorted by module name: 1st, 3rd, 5th ... tune; 2nd, 4th, 6th ... held_out (fixed "
               "before any result); tables added since are held out", HALVES,
               {"unread": "the language's table removed", "with_table": "every table (the ceiling)"}, "languages")


if __name__ == "__main__":
    sys.exit(main())
