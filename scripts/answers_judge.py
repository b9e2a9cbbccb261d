"""How the answers benchmark scores an answer (docs/benchmarks.md, "Answers"; ``DEFINITIONS``).

An answer is right when it states every gold fact of its case and names no rival and no other
day; a claim in it is unsupported when no gold fact, question or evidence says it. The claims
(dates, clock times, durations, numbers) are read out of free text one kind at a time.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from answers_cases import Case, Fact
from answers_life import MONTHS

UNDATED = ("said_fact", "habit_relation", "unanswerable")
"""Categories whose answers may name any day (a quote's date, a relation's span)."""
DEFINITIONS = {
    "right": "every gold fact is in the answer: a text (any listed spelling, case- and accent-insensitive, as whole "
             "words); a number within its tolerance (km also read from m or miles, mg from g; counts also as the "
             "words one..twenty, 0 as no/none/zero); a duration in minutes within its tolerance ('7 h 24 min', "
             "'7.4 hours', '444 minutes', 'an hour'); a time HH:MM ('22:35', '10:35 pm', '10:35 PM'; '10:35' alone "
             "is 10:35); a date (November 4, Nov 4th, Sept 4, 4 November, 11/4 (4/11 in a zone outside the Americas), "
             "2026-11-04); and the answer names no "
             "rival (another food, place, person, activity or said title of the same kind as a text fact: a list "
             "of candidates is not an answer) and no date outside the days the question is about (except for "
             "said facts and habit relations). Unanswerable cases: right when the answer abstains.",
    "abstains": "the answer says it does not know or has no record: don't know / can't find / no record(s) / no data / "
                "not recorded / nothing logged / not yet / didn't ... (ABSTAIN in answers_judge.py)",
    "unsupported": "a date, clock time, duration, number, or capitalised name (mid-sentence, or a multi-word name "
                   "anywhere; weekdays, months and a short list of function words aside) in the answer that is in "
                   "none of: the gold facts (and their sums, differences, roundings, h/min splits), the question and "
                   "earlier turns, the evidence texts and the evidence times and dates in the person's zone. Word "
                   "numbers ('one') are not claims. A share of all answers.",
    "latency": "wall seconds per ask, request sent to final event, follow-up first turns included",
}

SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\b")
MONTH_RE = "Sept|" + "|".join(m[:3] + f"(?:{m[3:]})?" if len(m) > 3 else m for m in MONTHS)
DATE_RES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda g: (int(g[1]), int(g[2]))),
    (re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s*\d{{4}})?"),
     lambda g: (_month(g[0]), int(g[1]))),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\b\.?(?:,?\s*\d{{4}})?"),
     lambda g: (_month(g[1]), int(g[0]))),
    (SLASH_DATE, lambda g: (int(g[0]), int(g[1]))),  # month first; parse_claims turns it where days come first
    (re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b"), lambda g: (0, int(g[0]))),  # month unsaid
)
TIME_RE = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b|\b(noon|midnight)\b",
                     re.I)
HOUR_UNIT, MIN_UNIT = r"(?:h|hr|hrs|hours?)(?![a-z])", r"(?:m|min|mins|minutes?)(?![a-z])"
DURATION_RE = re.compile(rf"(\d+(?:\.\d+)?)\s*{HOUR_UNIT}(?:,?\s*(?:and\s*)?([1-5]?\d)(?!\d)\s*{MIN_UNIT})?|(\d+(?:\.\d+)?)\s*"
                         rf"(?:min|mins|minutes?)(?![a-z])|\b(an hour and a half|half an hour|an hour)\b", re.I)
NUMBER_RE = re.compile(r"(?<![\w.:/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d:/])\s*([a-z%]+)?", re.I)
UNITS = {"km": {**dict.fromkeys(("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"), 1.0),
                **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), 0.001),
                **dict.fromkeys(("mi", "mile", "miles"), 1.609344)},
         "mg": {"mg": 1.0, "milligram": 1.0, "milligrams": 1.0, "g": 1000.0, "grams": 1000.0},
         "bpm": {"bpm": 1.0, "beats": 1.0}}
KNOWN_UNITS = {u for table in UNITS.values() for u in table} | {"h", "hr", "hrs", "hour", "hours", "min", "mins",
                                                                "minute", "minutes", "am", "pm", "percent", "%"}
WORD_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                           "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
ABSTAIN = re.compile(
    r"\b(?:don'?t|do not|can'?t|cannot|couldn'?t|could not|unable to|wasn'?t able to)\b[^.]{0,40}?\b(?:know|find|"
    r"tell|say|see|determine|answer|have|recall|remember)\b|\bno (?:record|records|data|information|entr(?:y|ies)|"
    r"mention|logs?|memor(?:y|ies)|evidence|such)\b|\bnot (?:recorded|logged|mentioned|available|yet)\b|\bnothing "
    r"(?:recorded|logged|about|on|for|in)\b|\bhaven'?t (?:had|recorded|logged|eaten)\b|\b(?:didn'?t|did not) (?:have|"
    r"run|swim|cycle|ride|go|record|log|attend|meet|mention|recommend|say|exercise|eat)\b|\bthere (?:is|was|are|were) "
    r"no\b|\bunknown\b|\bnot sure\b|\bno one\b|\bnobody\b|\bisn'?t (?:in|any)\b", re.I)
STOP = set("i a an the you your yes no on at in it its that this there based according however sorry so and but also "
           "then here today yesterday tonight last next not none nothing unfortunately my we they he she after before "
           "during both overall total average from with for of to as if what when who which how why sure well ok okay "
           "note answer memory memories record records evidence tether am pm great let here's you've you're it's that's "
           "there's i'm i've around about approximately roughly please hi hello compared meanwhile while by utc est "
           "edt pst pdt et pt aest aedt".split())
CALENDAR = {w.lower() for w in (*MONTHS, *(m[:3] for m in MONTHS))} | {
    d.lower() for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")} | {
    d[:3].lower() for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")} | {
    "sept", "tues", "thur", "thurs"}


def _month(name: str) -> int:
    return next(i + 1 for i, m in enumerate(MONTHS) if m.lower().startswith(name.lower()[:3]))


def normalize(text: str) -> str:
    """Lower case, no accents, '&' as 'and', hyphens and curly quotes plain, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


def _cut(pattern: re.Pattern[str], text: str) -> tuple[list[re.Match[str]], str]:
    found = list(pattern.finditer(text))
    return found, pattern.sub(" ; ", text)


def reads_day_first(tz_name: str) -> bool:
    """Whether a person in the zone writes 3/5 for 3 May: roughly, anywhere outside the Americas."""
    return not tz_name.startswith("America/")


def parse_claims(text: str, day_first: bool = False) -> dict[str, list]:
    """Dates (month, day), times (minutes after midnight), durations (minutes) and bare numbers
    (value, unit word), each taken out of the text before the next is looked for; ``day_first``:
    a slash date is day/month."""
    dates: list[tuple[int, int]] = []
    for pattern, read in DATE_RES:
        found, text = _cut(pattern, text)
        read_all = [read(m.groups()) for m in found]
        dates += [(d, m) for m, d in read_all] if day_first and pattern is SLASH_DATE else read_all
    times = []
    found, text = _cut(TIME_RE, text)
    for m in found:
        if m[6]:
            times.append(720 if m[6].lower() == "noon" else 0)
        elif m[3]:
            times.append((int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)) * 60 + int(m[2] or 0))
        else:
            times.append(int(m[4]) * 60 + int(m[5]))
    durations = []
    found, text = _cut(DURATION_RE, text)
    for m in found:
        words = {"an hour": 60.0, "half an hour": 30.0, "an hour and a half": 90.0}
        durations.append(words[m[4].lower()] if m[4] else float(m[3]) if m[3] else float(m[1]) * 60 + float(m[2] or 0))
    numbers = [(float(m[1].replace(",", "") + (m[2] or "")), (m[3] or "").lower()) for m in NUMBER_RE.finditer(text)]
    return {"dates": dates, "times": times, "durations": durations, "numbers": numbers}


def fact_found(fact: Fact, answer: str, claims: dict[str, list]) -> bool:
    """Whether the answer states ``fact`` (see DEFINITIONS["right"])."""
    if fact.kind == "text":
        said = normalize(answer)
        return any(re.search(rf"(?<![a-z0-9]){re.escape(normalize(v))}(?![a-z0-9])", said) for v in fact.value)
    if fact.kind == "time":
        hour, minute = map(int, fact.value.split(":"))
        return any(abs(t - (hour * 60 + minute)) <= 1 for t in claims["times"])
    if fact.kind == "date":
        _, month, day = map(int, fact.value.split("-"))
        return (month, day) in claims["dates"]
    if fact.kind == "duration":
        return any(abs(d - fact.value) <= fact.tolerance for d in claims["durations"])
    values = [v * UNITS[fact.unit][u] if fact.unit in UNITS and u in UNITS[fact.unit] else v
              for v, u in claims["numbers"] if not (u in KNOWN_UNITS and u not in UNITS.get(fact.unit, {}))]
    if float(fact.value).is_integer() and 0 <= fact.value <= 20:
        words = re.findall(r"[a-z]+", answer.lower())
        values += [WORD_NUMBERS[w] for w in words if w in WORD_NUMBERS]
        values += [0.0 for w in words if w in ("no", "none")] if fact.value == 0 else []
    return any(abs(v - fact.value) <= fact.tolerance + 1e-9 for v in values)


def judge(case: Case, answer: str) -> dict[str, Any]:
    """Whether ``answer`` is right (DEFINITIONS["right"]), and what it lacks or adds that makes it wrong."""
    claims = parse_claims(answer, reads_day_first(case.timezone))
    missing = [f.describe() for f in case.facts if not fact_found(f, answer, claims)]
    # A rival named like a month ("June") is not named by a date ("4 June", "June 4th").
    dateless = re.sub(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\b|\b(?:{MONTH_RE})\s+\d{{1,2}}\b", " ", answer)
    rivals = [r for r in case.rivals if fact_found(Fact("text", (r,)), dateless, claims)]
    asked = {(d.month, d.day) for d in case.days}
    other_days = [f"{m}/{d}" for m, d in claims["dates"] if asked and case.category not in UNDATED
                  and (m, d) not in asked and not (m == 0 and d in {day for _, day in asked})]
    abstained = abstains(answer)
    right = abstained if case.abstain else not (missing or rivals or other_days)
    return {"right": right, "missing": missing, "rivals": rivals, "other_days": other_days, "abstained": abstained}


def abstains(answer: str) -> bool:
    return bool(ABSTAIN.search(answer.replace("\u2019", "'")))


def _variants(x: float) -> set[float]:
    """x and what an answer may make of it: roundings, hours as h+min, minutes as hours, km as m."""
    out = {x, round(x), round(x, 1), round(x, 2), x * 1000, round(x / 1.609344, 1)}
    out |= {math.floor(x), round((x % 1) * 60)} if x % 1 else set()
    out |= {round(x / 60, 1), round(x / 60, 2), x // 60, round(x % 60)}
    return out


def support_of(case: Case, evidence: list[Any]) -> dict[str, Any]:
    """What an answer to ``case`` may mention: gold facts, the question(s), and the evidence."""
    tz = ZoneInfo(case.timezone)
    texts = [case.question, *case.history, *(h.text for h in evidence)]
    gold = [*case.facts, *case.history_facts]
    support: dict[str, Any] = {"words": set(), "numbers": set(), "times": set(), "dates": set(), "durations": set()}
    for fact in gold:
        texts += list(fact.value) if fact.kind == "text" else [str(fact.value)]
    golden = [float(f.value) for f in gold if f.kind in ("number", "duration")]
    golden += [a + s * b for a in golden for b in golden for s in (1, -1) if a != b]
    support["durations"] |= set(golden)
    for value in golden:
        support["numbers"] |= _variants(abs(value))
    for text in texts:
        claims = parse_claims(text, reads_day_first(case.timezone))
        found = set(re.findall(r"[a-z0-9]+", normalize(text)))
        found |= set(re.findall(r"[a-z0-9]+", normalize(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text))))  # "yaLila": Lila
        support["words"] |= found | {w[:-1] for w in found if len(w) > 3 and w.endswith("s")}  # "Rafaels new dog": Rafael
        support["dates"] |= set(claims["dates"])
        support["times"] |= set(claims["times"])
        times = claims["times"]
        support["durations"] |= {(b - a) % 1440 for a, b in zip(times, times[1:])} | set(claims["durations"])
        for value in [n for n, _ in claims["numbers"]] + claims["durations"]:
            support["numbers"] |= _variants(value)
            support["durations"] |= {value, value * 60}
    kinds = [h.kind for h in evidence]
    support["numbers"] |= {float(len(evidence))} | {float(kinds.count(k)) for k in set(kinds)}  # "2 coffees" of 2 hits
    moments = [h.start for h in evidence if h.start] + [case.as_of, case.as_of - timedelta(days=1)]
    support["times"] |= {m.astimezone(tz).hour * 60 + m.astimezone(tz).minute for m in moments}
    support["dates"] |= {(m.astimezone(tz).month, m.astimezone(tz).day) for m in moments}
    support["dates"] |= {(d.month, d.day) for d in case.days}
    return support


def unsupported_claims(answer: str, case: Case, evidence: list[Any]) -> list[str]:
    """Dates, times, durations, numbers and names in ``answer`` found in no gold fact, question or evidence."""
    support, claims = support_of(case, evidence), parse_claims(answer, reads_day_first(case.timezone))
    days = {d for _, d in support["dates"]}
    out = [f"date {m}/{d}" for m, d in claims["dates"] if (m, d) not in support["dates"] and not (m == 0 and d in days)]
    out += [f"time {t // 60:02d}:{t % 60:02d}" for t in claims["times"] if all(abs(t - s) > 1 for s in support["times"])]
    out += [f"duration {d:g} min" for d in claims["durations"] if all(abs(d - s) > 6 for s in support["durations"])]
    out += [f"number {v:g}{' ' + u if u else ''}" for v, u in claims["numbers"]
            if all(abs(v - s) > 0.051 for s in support["numbers"])]
    for sentence in re.split(r"(?<=[.!?])\s+|\n+|:\s+|;\s+|\(|\)|\s[-*\u2022]\s", answer):
        words = re.findall(r"[A-Za-z][\w'\u2019&]*", sentence)
        for i, word in enumerate(words):
            capital = word[0].isupper() and (i > 0 or (len(words) > 1 and words[1][0].isupper()))
            token = normalize(re.sub(r"['\u2019]s$", "", word))
            parts = re.findall(r"[a-z0-9]+", token)
            if capital and len(token) > 1 and token not in STOP | CALENDAR and not set(parts) <= support["words"]:
                out.append(f"name {word}")
    return out
