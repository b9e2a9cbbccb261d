#!/usr/bin/env python3
"""Privacy benchmark: does the device's redactor catch phone, card, account and national-id numbers,
secrets and passwords, leave look-alikes alone, and keep up with the sensors?

Labelled sets: ``tuning`` (scripts/privacy_cases.py, the one the detectors were tuned on),
``dev2`` (scripts/privacy_cases_dev2.py, written with other templates and values as the held-out
set; its misses were read while tuning, so it is a second tuning set now), ``dev3``
(scripts/privacy_cases_dev3.py and privacy_cases_dev3_*.py), a third tuning set written apart to
broaden what the redactor is tuned on: more countries, labels, formats and look-alikes, ``dev4``
(scripts/privacy_cases_dev4.py and privacy_cases_dev4_*.py), a fourth tuning set aimed at what the
other three lack: phones, IBANs and national account formats of other countries, other kinds of
national identifier, other services' keys and tokens, passwords in other tools, configs and
languages, and their look-alikes, ``dev5`` (scripts/privacy_cases_dev5.py and
privacy_cases_dev5_*.py), the held-out set until 2026-12-04, measured by its numbers only and a
tuning set since, ``dev6`` (scripts/privacy_cases_dev6.py and privacy_cases_dev6_*.py), the
held-out set written after that without reading the redactor and aimed away from all five, measured
once (2026-12-04) and a tuning set since, and ``dev7`` (scripts/privacy_cases_dev7.py and
privacy_cases_dev7_*.py), the held-out set written after that without reading the redactor as a
representative mix of what the sensors record (common countries, brands and services most common),
measured once (at b299fcc) and a tuning set since, and ``dev8`` (scripts/privacy_cases_dev8.py and
privacy_cases_dev8_*.py), the held-out set written after that, again as a representative mix with
sentences, sources and values of its own, measured once (at 1377d89) and a tuning set since, and
``dev9`` (scripts/privacy_cases_dev9.py and privacy_cases_dev9_*.py), the held-out set written after
that, again as a representative mix with templates, generators and values of its own, every personal
value in a line labelled, measured once (at 7ddde5a) and a tuning set since, and ``dev10``
(scripts/privacy_cases_dev10.py and privacy_cases_dev10_*.py), the held-out set written after that,
again as a representative mix with templates, generators and wordings of its own, every personal
value in a line labelled, measured once (at 5977d51) and a tuning set since, and ``dev11``
(scripts/privacy_cases_dev11.py and privacy_cases_dev11_*.py), the held-out set written after that,
again as a representative mix with templates, generators and wordings of its own, every personal
value in a line labelled, measured once (at 17d4ef9) and a tuning set since, and ``dev12``
(scripts/privacy_cases_dev12.py and privacy_cases_dev12_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at aa2ad1c) and a tuning set since, and ``dev13``
(scripts/privacy_cases_dev13.py and privacy_cases_dev13_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at cbe72d8) and a tuning set since, and ``dev14``
(scripts/privacy_cases_dev14.py and privacy_cases_dev14_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at bc6bbc2) and a tuning set since, and ``dev15``
(scripts/privacy_cases_dev15.py and privacy_cases_dev15_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at b708d4e) and a tuning set since, and ``dev16``
(scripts/privacy_cases_dev16.py and privacy_cases_dev16_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e118c6c) and a tuning set since, and ``dev17``
(scripts/privacy_cases_dev17.py and privacy_cases_dev17_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 0841ec4) and a tuning set since, and ``dev18``
(scripts/privacy_cases_dev18.py and privacy_cases_dev18_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at d0c3664) and a tuning set since, and ``dev19``
(scripts/privacy_cases_dev19.py and privacy_cases_dev19_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 3ed96f1) and a tuning set since, and ``dev20``
(scripts/privacy_cases_dev20.py and privacy_cases_dev20_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 1786258) and a tuning set since, and ``dev21``
(scripts/privacy_cases_dev21.py and privacy_cases_dev21_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 2971279) and a tuning set since, and ``dev22``
(scripts/privacy_cases_dev22.py and privacy_cases_dev22_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at b95e905) and a tuning set since, and ``dev23``
(scripts/privacy_cases_dev23.py and privacy_cases_dev23_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at cb4e30b) and a tuning set since, and ``dev24``
(scripts/privacy_cases_dev24.py and privacy_cases_dev24_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 6c9ec19) and a tuning set since, and ``dev25``
(scripts/privacy_cases_dev25.py and privacy_cases_dev25_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 1c1875f) and a tuning set since, and ``dev26``
(scripts/privacy_cases_dev26.py and privacy_cases_dev26_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at afc85b3) and a tuning set since, and ``dev27``
(scripts/privacy_cases_dev27.py and privacy_cases_dev27_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 64014ab) and a tuning set since, and ``dev28``
(scripts/privacy_cases_dev28.py and privacy_cases_dev28_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 0d2ec3c) and a tuning set since, and ``dev29``
(scripts/privacy_cases_dev29.py and privacy_cases_dev29_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 3e5416d) and a tuning set since, and ``dev30``
(scripts/privacy_cases_dev30.py and privacy_cases_dev30_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 1116413) and a tuning set since, and ``dev31``
(scripts/privacy_cases_dev31.py and privacy_cases_dev31_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 316c37d) and a tuning set since, and ``dev32``
(scripts/privacy_cases_dev32.py and privacy_cases_dev32_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 791c384) and a tuning set since, and ``dev33``
(scripts/privacy_cases_dev33.py and privacy_cases_dev33_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e1d7013) and a tuning set since, and ``dev34``
(scripts/privacy_cases_dev34.py and privacy_cases_dev34_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 3f81430) and a tuning set since, and ``dev35``
(scripts/privacy_cases_dev35.py and privacy_cases_dev35_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at b2d6d07) and a tuning set since, and ``dev36``
(scripts/privacy_cases_dev36.py and privacy_cases_dev36_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at baace7c) and a tuning set since, and ``dev37``
(scripts/privacy_cases_dev37.py and privacy_cases_dev37_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 48c0132) and a tuning set since, and ``dev38``
(scripts/privacy_cases_dev38.py and privacy_cases_dev38_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 7845069) and a tuning set since, and ``dev39``
(scripts/privacy_cases_dev39.py and privacy_cases_dev39_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 7b0bfe6) and a tuning set since, and ``dev40``
(scripts/privacy_cases_dev40.py and privacy_cases_dev40_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e6139cc) and a tuning set since, and ``dev41``
(scripts/privacy_cases_dev41.py and privacy_cases_dev41_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e278975) and a tuning set since, and ``dev42``
(scripts/privacy_cases_dev42.py and privacy_cases_dev42_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 853a066) and a tuning set since, and ``dev43``
(scripts/privacy_cases_dev43.py and privacy_cases_dev43_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 62397f5) and a tuning set since, and ``dev44``
(scripts/privacy_cases_dev44.py and privacy_cases_dev44_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 1925407) and a tuning set since, and ``dev45``
(scripts/privacy_cases_dev45.py and privacy_cases_dev45_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 32b94f2) and a tuning set since, and ``dev46``
(scripts/privacy_cases_dev46.py and privacy_cases_dev46_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 313b3eb) and a tuning set since, and ``dev47``
(scripts/privacy_cases_dev47.py and privacy_cases_dev47_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 6d2777e) and a tuning set since, and ``dev48``
(scripts/privacy_cases_dev48.py and privacy_cases_dev48_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 714e441) and a tuning set since, and ``dev49``
(scripts/privacy_cases_dev49.py and privacy_cases_dev49_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at be3e8cf) and a tuning set since, and ``dev50``
(scripts/privacy_cases_dev50.py and privacy_cases_dev50_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at ea7f126) and a tuning set since, and ``dev51``
(scripts/privacy_cases_dev51.py and privacy_cases_dev51_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 92147e0) and a tuning set since, and ``dev52``
(scripts/privacy_cases_dev52.py and privacy_cases_dev52_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 8ea587b) and a tuning set since, and ``dev53``
(scripts/privacy_cases_dev53.py and privacy_cases_dev53_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 693c6ce) and a tuning set since, and ``dev54``
(scripts/privacy_cases_dev54.py and privacy_cases_dev54_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 0ca65c5) and a tuning set since, and ``dev55``
(scripts/privacy_cases_dev55.py and privacy_cases_dev55_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at dfc477c) and a tuning set since, and ``dev56``
(scripts/privacy_cases_dev56.py and privacy_cases_dev56_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 910d5c6) and a tuning set since, and ``dev57``
(scripts/privacy_cases_dev57.py and privacy_cases_dev57_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 48dac71) and a tuning set since, and ``dev58``
(scripts/privacy_cases_dev58.py and privacy_cases_dev58_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 5c80d9c) and a tuning set since, and ``dev59``
(scripts/privacy_cases_dev59.py and privacy_cases_dev59_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e4e524a) and a tuning set since, and ``dev60``
(scripts/privacy_cases_dev60.py and privacy_cases_dev60_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 1ca8a7c) and a tuning set since, and ``dev61``
(scripts/privacy_cases_dev61.py and privacy_cases_dev61_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 98025ae) and a tuning set since, and ``dev62``
(scripts/privacy_cases_dev62.py and privacy_cases_dev62_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 90bef19) and a tuning set since, and ``dev63``
(scripts/privacy_cases_dev63.py and privacy_cases_dev63_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e252ffc) and a tuning set since, and ``dev64``
(scripts/privacy_cases_dev64.py and privacy_cases_dev64_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e0ae935) and a tuning set since, and ``dev65``
(scripts/privacy_cases_dev65.py and privacy_cases_dev65_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 487fd75) and a tuning set since, and ``dev66``
(scripts/privacy_cases_dev66.py and privacy_cases_dev66_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 90e18d9) and a tuning set since, and ``dev67``
(scripts/privacy_cases_dev67.py and privacy_cases_dev67_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 86e1dea) and a tuning set since, and ``dev68``
(scripts/privacy_cases_dev68.py and privacy_cases_dev68_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at bc0d7b0) and a tuning set since, and ``dev69``
(scripts/privacy_cases_dev69.py and privacy_cases_dev69_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at b0fc9cb) and a tuning set since, and ``dev70``
(scripts/privacy_cases_dev70.py and privacy_cases_dev70_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 1b455aa) and a tuning set since, and ``dev71``
(scripts/privacy_cases_dev71.py and privacy_cases_dev71_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at e6a95c4) and a tuning set since, and ``dev72``
(scripts/privacy_cases_dev72.py and privacy_cases_dev72_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 0bf044c) and a tuning set since, and ``dev73``
(scripts/privacy_cases_dev73.py and privacy_cases_dev73_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 8e74def) and a tuning set since, and ``dev74``
(scripts/privacy_cases_dev74.py and privacy_cases_dev74_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 4f92200) and a tuning set since, and ``dev75``
(scripts/privacy_cases_dev75.py and privacy_cases_dev75_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 0cc4825) and a tuning set since, and ``dev76``
(scripts/privacy_cases_dev76.py and privacy_cases_dev76_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at fd62e42) and a tuning set since, and ``dev77``
(scripts/privacy_cases_dev77.py and privacy_cases_dev77_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 3a87204) and a tuning set since, and ``dev78``
(scripts/privacy_cases_dev78.py and privacy_cases_dev78_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 97be2b6) and a tuning set since, and ``dev79``
(scripts/privacy_cases_dev79.py and privacy_cases_dev79_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at 1cc66b5) and a tuning set since, and ``dev80``
(scripts/privacy_cases_dev80.py and privacy_cases_dev80_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at d4d50a7) and a tuning set since, and ``dev81``
(scripts/privacy_cases_dev81.py and privacy_cases_dev81_*.py), the held-out set written after that,
again as a representative mix with templates and wordings of its own, every personal value in a
line labelled, measured once (at dd1f9c0) and a tuning set since. ``heldout``
(scripts/privacy_cases_heldout.py with privacy_cases_heldout_*.py) was written after that, without
reading the redactor, again as a representative mix with templates and wordings of its own, every
personal value in a line labelled, and is never tuned on.
Each line is redacted by a ``Redactor`` for its writer's region; the 2026-11 regex redactor it
replaced (``legacy_redact`` below) runs on the same lines, side by side. Prints one JSON object.
The held-out set's lines (its worst misses and false redactions) and group names stay out of the
JSON unless ``--show-heldout``: whoever tunes the redactor reads only its numbers.

Definitions (per kind, and overall):
  recall           labelled values whose every character lies inside a redaction (of any kind);
  precision        redactions of that kind that overlap a labelled value / all redactions of that kind;
  false_redaction_rate  negative lines with any redaction (of that kind) / negative lines;
  throughput       observations per CPU second through ``PrivacyFilter.apply`` (one thread, 3 string
                   fields each, its cache of recent texts emptied before each pass): the labelled
                   lines (digit- and secret-dense, the hard case) and a synthetic day; wall-clock
                   rates too (lower when other processes share the cores). Timed after one
                   untimed pass, as a running agent redacts; that first pass's rate (the cold start,
                   when the detectors compile their patterns) is reported apart (``first_pass_*``).
The legacy redactor returns text only: its recall is "the value no longer appears in the output".

    .venv/bin/python scripts/bench_privacy.py [--set tuning|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|dev24|dev25|dev26|dev27|dev28|dev29|dev30|dev31|dev32|dev33|dev34|dev35|dev36|dev37|dev38|dev39|dev40|dev41|dev42|dev43|dev44|dev45|dev46|dev47|dev48|dev49|dev50|dev51|dev52|dev53|dev54|dev55|dev56|dev57|dev58|dev59|dev60|dev61|dev62|dev63|dev64|dev65|dev66|dev67|dev68|dev69|dev70|dev71|dev72|dev73|dev74|dev75|dev76|dev77|dev78|dev79|dev80|dev81|heldout|all] [--seconds 2] [--out FILE]
        [--show-heldout]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from datetime import date, datetime, timezone
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import privacy_cases  # noqa: E402
import privacy_cases_dev2  # noqa: E402
import privacy_cases_dev3  # noqa: E402
import privacy_cases_dev4  # noqa: E402
import privacy_cases_dev5  # noqa: E402
import privacy_cases_dev6  # noqa: E402
import privacy_cases_dev7  # noqa: E402
import privacy_cases_dev8  # noqa: E402
import privacy_cases_dev9  # noqa: E402
import privacy_cases_dev10  # noqa: E402
import privacy_cases_dev11  # noqa: E402
import privacy_cases_dev12  # noqa: E402
import privacy_cases_dev13  # noqa: E402
import privacy_cases_dev14  # noqa: E402
import privacy_cases_dev15  # noqa: E402
import privacy_cases_dev16  # noqa: E402
import privacy_cases_dev17  # noqa: E402
import privacy_cases_dev18  # noqa: E402
import privacy_cases_dev19  # noqa: E402
import privacy_cases_dev20  # noqa: E402
import privacy_cases_dev21  # noqa: E402
import privacy_cases_dev22  # noqa: E402
import privacy_cases_dev23  # noqa: E402
import privacy_cases_dev24  # noqa: E402
import privacy_cases_dev25  # noqa: E402
import privacy_cases_dev26  # noqa: E402
import privacy_cases_dev27  # noqa: E402
import privacy_cases_dev28  # noqa: E402
import privacy_cases_dev29  # noqa: E402
import privacy_cases_dev30  # noqa: E402
import privacy_cases_dev31  # noqa: E402
import privacy_cases_dev32  # noqa: E402
import privacy_cases_dev33  # noqa: E402
import privacy_cases_dev34  # noqa: E402
import privacy_cases_dev35  # noqa: E402
import privacy_cases_dev36  # noqa: E402
import privacy_cases_dev37  # noqa: E402
import privacy_cases_dev38  # noqa: E402
import privacy_cases_dev39  # noqa: E402
import privacy_cases_dev40  # noqa: E402
import privacy_cases_dev41  # noqa: E402
import privacy_cases_dev42  # noqa: E402
import privacy_cases_dev43  # noqa: E402
import privacy_cases_dev44  # noqa: E402
import privacy_cases_dev45  # noqa: E402
import privacy_cases_dev46  # noqa: E402
import privacy_cases_dev47  # noqa: E402
import privacy_cases_dev48  # noqa: E402
import privacy_cases_dev49  # noqa: E402
import privacy_cases_dev50  # noqa: E402
import privacy_cases_dev51  # noqa: E402
import privacy_cases_dev52  # noqa: E402
import privacy_cases_dev53  # noqa: E402
import privacy_cases_dev54  # noqa: E402
import privacy_cases_dev55  # noqa: E402
import privacy_cases_dev56  # noqa: E402
import privacy_cases_dev57  # noqa: E402
import privacy_cases_dev58  # noqa: E402
import privacy_cases_dev59  # noqa: E402
import privacy_cases_dev60  # noqa: E402
import privacy_cases_dev61  # noqa: E402
import privacy_cases_dev62  # noqa: E402
import privacy_cases_dev63  # noqa: E402
import privacy_cases_dev64  # noqa: E402
import privacy_cases_dev65  # noqa: E402
import privacy_cases_dev66  # noqa: E402
import privacy_cases_dev67  # noqa: E402
import privacy_cases_dev68  # noqa: E402
import privacy_cases_dev69  # noqa: E402
import privacy_cases_dev70  # noqa: E402
import privacy_cases_dev71  # noqa: E402
import privacy_cases_dev72  # noqa: E402
import privacy_cases_dev73  # noqa: E402
import privacy_cases_dev74  # noqa: E402
import privacy_cases_dev75  # noqa: E402
import privacy_cases_dev76  # noqa: E402
import privacy_cases_dev77  # noqa: E402
import privacy_cases_dev78  # noqa: E402
import privacy_cases_dev79  # noqa: E402
import privacy_cases_dev80  # noqa: E402
import privacy_cases_dev81  # noqa: E402
import privacy_cases_heldout  # noqa: E402
from device.pipeline.privacy import PrivacyFilter  # noqa: E402
from device.privacy.redactor import Redactor  # noqa: E402
from privacy_cases import Case  # noqa: E402
from sensors.synthetic import generate_day  # noqa: E402
from shared.observation import Observation  # noqa: E402
from shared.settings import SensorSettings  # noqa: E402

TARGETS = {"recall": 0.99, "precision": 0.98, "throughput_obs_per_s": 5000}
SHOWN = 12


def legacy_redact(text: str) -> str:
    """The regex redactor of device/pipeline/privacy.py before issue 17 (for comparison only)."""
    def luhn(d: str) -> bool:
        return sum(int(c) if i % 2 == 0 else (int(c) * 2 - 9 if int(c) > 4 else int(c) * 2)
                   for i, c in enumerate(reversed(d))) % 10 == 0

    def phone(m: re.Match[str]) -> str:
        n = len(re.sub(r"\D", "", m.group(0)))
        date_like = re.match(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$", m.group(0).strip())
        return "[phone]" if 9 <= n <= 15 and not date_like else m.group(0)

    def card(m: re.Match[str]) -> str:
        d = re.sub(r"\D", "", m.group(0))
        return "[card]" if 13 <= len(d) <= 19 and luhn(d) else m.group(0)

    text = re.sub(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", "[email]", text)
    text = re.sub(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b", "[account]", text)
    text = re.sub(r"(?i)\b(account|acct|konto|a/c)(\s*(?:no\.?|number|nr\.?|#)?\s*[:#]?\s*)(\d[\d -]{5,}\d)",
                  r"\1\2[account]", text)
    text = re.sub(r"\b\d(?:[ -]?\d){12,18}\b", card, text)
    return re.sub(r"(?<![\w/:.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?![\w/:-])",
                  phone, text)


def evaluate(cases: list[Case]) -> dict[str, Any]:
    """Recall, precision and false redactions per kind for one labelled set."""
    redactors: dict[str, Redactor] = {}
    labels = Counter()
    caught = Counter()
    legacy_caught = Counter()
    found_kind = Counter()
    found_true = Counter()
    negative_hits = Counter()
    legacy_negative_hits = 0
    misses: list[dict[str, Any]] = []
    false_redactions: list[dict[str, Any]] = []
    negatives = 0
    for case in cases:
        redactor = redactors.setdefault(case.region, Redactor(case.region))
        findings = redactor.findings(case.text)
        spans = []
        for kind, value in case.values:
            start = case.text.find(value)
            assert start >= 0, (case.text, value)
            spans.append((kind, start, start + len(value)))
        covered = set()
        for f in findings:
            covered.update(range(f.start, f.end))
            found_kind[f.kind] += 1
            if any(f.start < end and start < f.end for _, start, end in spans):
                found_true[f.kind] += 1
        legacy_out = legacy_redact(case.text)
        for kind, start, end in spans:
            labels[kind] += 1
            hidden = sum(i in covered for i in range(start, end))
            if hidden == end - start:
                caught[kind] += 1
            else:
                redacted = redactor.redact(case.text)[0]
                misses.append({"kind": kind, "region": case.region, "line": case.text, "sent": redacted,
                               "value_hidden": round(hidden / (end - start), 2)})
            legacy_caught[kind] += case.text[start:end] not in legacy_out
        if not case.values:
            negatives += 1
            for kind in {f.kind for f in findings}:
                negative_hits[kind] += 1
            if findings:
                negative_hits["any"] += 1
                false_redactions.append({"region": case.region, "line": case.text, "sent": redactor.redact(case.text)[0]})
            legacy_negative_hits += legacy_out != case.text
    kinds = sorted(set(labels) | set(found_kind))
    per_kind = {
        kind: {
            "labelled": labels[kind],
            "recall": _ratio(caught[kind], labels[kind]),
            "precision": _ratio(found_true[kind], found_kind[kind]),
            "redactions": found_kind[kind],
            "false_redaction_rate": _ratio(negative_hits[kind], negatives),
            "legacy_recall": _ratio(legacy_caught[kind], labels[kind]),
        }
        for kind in kinds
    }
    misses.sort(key=lambda m: (m["value_hidden"], m["kind"]))
    return {
        "positive_lines": sum(1 for c in cases if c.values),
        "negative_lines": negatives,
        "labelled_values": sum(labels.values()),
        "groups": dict(sorted(Counter(c.group for c in cases).items())),
        "overall": {
            "recall": _ratio(sum(caught.values()), sum(labels.values())),
            "precision": _ratio(sum(found_true.values()), sum(found_kind.values())),
            "false_redaction_rate": _ratio(negative_hits["any"], negatives),
            "legacy_recall": _ratio(sum(legacy_caught.values()), sum(labels.values())),
            "legacy_false_redaction_rate": _ratio(legacy_negative_hits, negatives),
        },
        "per_kind": per_kind,
        "misses": len(misses),
        "worst_misses": misses[:SHOWN],
        "false_redactions": false_redactions[:SHOWN],
    }


def without_lines(result: dict[str, Any]) -> dict[str, Any]:
    """``result`` with nothing of the set's contents in it: its misses and false redactions are
    counted, not shown, and its groups (which formats and countries it holds) only counted, so that
    the held-out set stays unread by whoever tunes the redactor."""
    hidden = {k: v for k, v in result.items() if k not in ("worst_misses", "false_redactions", "groups")}
    hidden["groups"] = len(result["groups"])
    hidden["lines_hidden"] = "held-out lines and groups are left out; --show-heldout prints them"
    return hidden


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _observations(texts: list[str]) -> list[Observation]:
    start = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
    return [Observation(id=f"bench-{i}", sensor="window", kind="computer", start=start,
                        data={"app": "Terminal", "title": text, "url": "https://example.com/notes"})
            for i, text in enumerate(texts)]


def throughput(observations: list[Observation], seconds: float) -> dict[str, float]:
    """Observations per second through a ``PrivacyFilter`` (its cache emptied before each pass), per
    second of this process's CPU time (one thread; what other processes take does not count) and
    per second of wall-clock time, in the steady state a running agent is in: one untimed pass first
    builds what the detectors build on first use (compiled patterns, the label tables, detect-secrets'
    plugins), and its rate is reported apart as ``first_pass`` (the cold start)."""
    privacy = PrivacyFilter(SensorSettings(), region="DE")
    cold = time.process_time()
    privacy.apply(observations)
    first_pass = len(observations) / max(time.process_time() - cold, 1e-9)
    done, wall, cpu = 0, time.perf_counter(), time.process_time()
    while True:
        privacy.redactor.cache_clear()  # each pass meets every text for the first time
        privacy.apply(observations)
        done += len(observations)
        if time.process_time() - cpu >= seconds:
            return {"cpu": round(done / (time.process_time() - cpu), 1), "wall": round(done / (time.perf_counter() - wall), 1),
                    "first_pass": round(first_pass, 1)}


def labelled_sets() -> dict[str, list[Case]]:
    """Each labelled set's positives and negatives, by name."""
    modules = {"tuning": privacy_cases, "dev2": privacy_cases_dev2, "dev3": privacy_cases_dev3, "dev4": privacy_cases_dev4,
               "dev5": privacy_cases_dev5, "dev6": privacy_cases_dev6, "dev7": privacy_cases_dev7,
               "dev8": privacy_cases_dev8, "dev9": privacy_cases_dev9,
               "dev10": privacy_cases_dev10, "dev11": privacy_cases_dev11, "dev12": privacy_cases_dev12, "dev13": privacy_cases_dev13, "dev14": privacy_cases_dev14, "dev15": privacy_cases_dev15, "dev16": privacy_cases_dev16, "dev17": privacy_cases_dev17, "dev18": privacy_cases_dev18, "dev19": privacy_cases_dev19, "dev20": privacy_cases_dev20, "dev21": privacy_cases_dev21, "dev22": privacy_cases_dev22, "dev23": privacy_cases_dev23, "dev24": privacy_cases_dev24, "dev25": privacy_cases_dev25, "dev26": privacy_cases_dev26, "dev27": privacy_cases_dev27, "dev28": privacy_cases_dev28, "dev29": privacy_cases_dev29, "dev30": privacy_cases_dev30, "dev31": privacy_cases_dev31, "dev32": privacy_cases_dev32, "dev33": privacy_cases_dev33, "dev34": privacy_cases_dev34, "dev35": privacy_cases_dev35, "dev36": privacy_cases_dev36, "dev37": privacy_cases_dev37, "dev38": privacy_cases_dev38, "dev39": privacy_cases_dev39, "dev40": privacy_cases_dev40, "dev41": privacy_cases_dev41, "dev42": privacy_cases_dev42, "dev43": privacy_cases_dev43, "dev44": privacy_cases_dev44, "dev45": privacy_cases_dev45, "dev46": privacy_cases_dev46, "dev47": privacy_cases_dev47, "dev48": privacy_cases_dev48, "dev49": privacy_cases_dev49, "dev50": privacy_cases_dev50, "dev51": privacy_cases_dev51, "dev52": privacy_cases_dev52, "dev53": privacy_cases_dev53, "dev54": privacy_cases_dev54, "dev55": privacy_cases_dev55, "dev56": privacy_cases_dev56, "dev57": privacy_cases_dev57, "dev58": privacy_cases_dev58, "dev59": privacy_cases_dev59, "dev60": privacy_cases_dev60, "dev61": privacy_cases_dev61, "dev62": privacy_cases_dev62, "dev63": privacy_cases_dev63, "dev64": privacy_cases_dev64, "dev65": privacy_cases_dev65, "dev66": privacy_cases_dev66, "dev67": privacy_cases_dev67, "dev68": privacy_cases_dev68, "dev69": privacy_cases_dev69, "dev70": privacy_cases_dev70, "dev71": privacy_cases_dev71, "dev72": privacy_cases_dev72, "dev73": privacy_cases_dev73, "dev74": privacy_cases_dev74, "dev75": privacy_cases_dev75, "dev76": privacy_cases_dev76, "dev77": privacy_cases_dev77, "dev78": privacy_cases_dev78, "dev79": privacy_cases_dev79, "dev80": privacy_cases_dev80, "dev81": privacy_cases_dev81, "heldout": privacy_cases_heldout}
    return {name: module.positives() + module.negatives() for name, module in modules.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "heldout", "all"), default="all")
    parser.add_argument("--seconds", type=float, default=2.0, help="time per throughput measurement")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument("--show-heldout", action="store_true",
                        help="also print the held-out set's worst misses, false redactions and groups "
                             "(keep it unread while tuning the redactor)")
    args = parser.parse_args(argv)
    sets = labelled_sets()
    chosen = list(sets) if args.set == "all" else [args.set]
    report: dict[str, Any] = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "threads": 1, "load_average": [round(x, 2) for x in os.getloadavg()], "phonenumbers": version("phonenumbers"), "detect-secrets": version("detect-secrets"),
                    "python-stdnum": version("python-stdnum")},
        "targets": TARGETS,
        "definitions": {"recall": "labelled values wholly inside redactions", "precision":
                        "redactions overlapping a labelled value / all redactions", "false_redaction_rate":
                        "negative lines changed at all / negative lines", "throughput": "observations per CPU second "
                        "through PrivacyFilter.apply (one thread, 3 string fields each, cache emptied each pass), after "
                        "one untimed pass; *_per_wall_s: per wall-clock second, lower when the machine is busy; "
                        "first_pass_*: the untimed first pass's CPU rate (the cold start: patterns compiled on "
                        "first use)"},
    }
    for name in chosen:
        result = evaluate(sets[name])
        report[name] = without_lines(result) if name == "heldout" and not args.show_heldout else result
        speed = throughput(_observations([c.text for c in sets[name]]), args.seconds)
        report[name]["throughput_obs_per_s"] = speed["cpu"]
        report[name]["throughput_obs_per_wall_s"] = speed["wall"]
        report[name]["first_pass_obs_per_s"] = speed["first_pass"]
    day = generate_day(date(2026, 11, 20), seed=3)
    speed = throughput(day, args.seconds)
    report["throughput_synthetic_day_obs_per_s"] = speed["cpu"]
    report["throughput_synthetic_day_obs_per_wall_s"] = speed["wall"]
    report["first_pass_synthetic_day_obs_per_s"] = speed["first_pass"]
    report["synthetic_day_observations"] = len(day)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
