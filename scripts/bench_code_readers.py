#!/usr/bin/env python3
"""Code readers benchmark, leave one reader out: how well does the generic reader (``server.answers.any_code``) read a
language it has never seen?

For each specific reader R of ``code_readers._READERS``, the tuning sets' cases whose question or earlier turn R reads
(R changes it when tried in from_code's order) are answered three ways, in process (``GroundedAnswerer`` over a
``RecordStore`` of the set's life, model None, as ``bench_answers`` builds lives and cases): with R removed and the generic
reader last ("generic"), with R removed and no generic reader ("baseline": the refusal that a new language got before),
and with every reader ("with_reader": the ceiling). Each answer is judged by ``answers_judge.judge``; a wrong answer that
is no refusal ("I don't know ...") is also counted apart ("wrong_answers"): a reading that answers wrongly is worse than
none.

The first 39 readers are split into two fixed halves by a rule fixed before any result was seen: sorted by module name,
the 1st, 3rd, 5th ... are "tune" (their failures may be read and the generic reader improved on them: ``--failures``
writes only theirs) and the 2nd, 4th, 6th ... are "held_out" (only their numbers are reported). The held-out answers set
("heldout") is never built. Prints one JSON object.

    .venv/bin/python scripts/bench_code_readers.py [--readers kql,foxpro] [--out FILE] [--failures FILE]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import leave_one_out  # noqa: E402
from leave_one_out import run  # noqa: E402
from server.answers import code_readers  # noqa: E402

SPECIFIC = tuple(code_readers._READERS)
NAMES = {read: read.__module__.rsplit(".", 1)[1] for read in SPECIFIC}
ORDERED = sorted(NAMES.values())
FIRST_39 = sorted("""abap active_record applescript css_selectors cypher dax_queries elixir forth foxpro gremlin haskell http_requests
    jq_filters julia_frames kql ldap_search linq matlab ms_access mumps pandas_queries php_arrays pig_latin powershell prolog
    q_sql r_pipelines redis_commands rust_chains sas sexpr smalltalk spark_scala splunk spreadsheet spss_syntax stata wolfram
    xpath""".split())
"""The readers the halves were drawn from, fixed with them: a reader added later must not shift which half the others are in."""
HALVES = {"tune": [n for n in FIRST_39[0::2] if n in ORDERED],
          "held_out": [n for n in FIRST_39[1::2] if n in ORDERED] + sorted(set(ORDERED) - set(FIRST_39))}
"""Fixed before any result: the first 39 readers sorted by module name, odd places tune, even places held out; a reader
added since (``fortran``) is held out, its failures never read."""
WAYS = ("generic", "baseline", "with_reader")


def reader_of(text: str) -> str | None:
    """The specific reader that reads ``text`` in from_code's order (the first that changes it), or None."""
    for read in SPECIFIC:
        if read(text) != text:
            return NAMES[read]
    return None


@contextmanager
def readers(left_out: str | None, generic: bool) -> Iterator[None]:
    """from_code with the reader ``left_out`` removed, and the generic reader last or not."""
    saved = code_readers._READERS, code_readers.from_any_code
    code_readers._READERS = tuple(read for read in SPECIFIC if NAMES[read] != left_out)
    identity: Callable[[str], str] = lambda text: text  # noqa: E731
    code_readers.from_any_code = saved[1] if generic else identity
    try:
        yield
    finally:
        code_readers._READERS, code_readers.from_any_code = saved


def run_set(name: str, wanted: set[str], home: Path, failures: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per reader of the set ``name`` (among ``wanted``): cases, and each way's right answers, abstentions kept and wrong answers."""
    return leave_one_out.run_set(name, wanted, home, failures, reader_of, WAYS,
                                 lambda way, part: readers(None if way == "with_reader" else part, way != "baseline"), "generic",
                                 HALVES["tune"], "reader", refusals_failed=True)


def main() -> int:
    return run(__doc__.split("\n\n")[0], "readers", ORDERED,
               "write the generic reader's wrong answers here (JSON Lines), for the tune half's readers only", run_set,
               "code_readers_leave_one_out",
               "the first 39 readers sorted by module name: 1st, 3rd, 5th ... tune; 2nd, 4th, 6th ... held_out (fixed before any "
               "result); readers added since are held out", HALVES,
               {"generic": "reader removed, generic reader last", "baseline": "reader removed, no generic reader (the refusal)",
                "with_reader": "every reader (the ceiling)"}, "readers")


if __name__ == "__main__":
    sys.exit(main())
