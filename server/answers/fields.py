"""A question typed as fields, joined into one sentence: the same question however its parts are set apart.

Terse writers split what they ask into fields: "lunch // Sunday // what", "sleep > the night of 23/06 > hrs?",
"sleep+the night of Fri. 02/02+hours", "time <- last coffee on 28/5", "X => time?", "? lunch place | day of the X
meeting", "sleep. the night to Friday the 21/9. hours.", "day i ran 12 km — dinner was?", "X mtg 21/07 » attendee_names?",
"dinner on 9/7: <food on plate>?", "t [h]=? • sleep last night", 'sleep AND "last night" AND hours'. ``separated`` joins the fields set apart by dashes, slashes and plus signs; ``joined``
those set apart by "//", ">", "»", "<-", "=>", bars and full stops, and reads a form's blank as what is asked.
Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.week_dates import without_ordinal_dots

_FIELD = r"(?:[^/>?]|/(?!/))"
"""One field's character: anything but a field mark ("//", ">") or a question mark; a lone slash stays ("23/06", "more/less")."""
_THREE_FIELDS = re.compile(rf"^\s*({_FIELD}{{1,60}}?)\s*(?://|>)\s*({_FIELD}{{1,60}}?)\s*(?://|>)\s*({_FIELD}{{1,40}}?)\s*\??\s*$")
_JUDGED = re.compile(r"(?:more|less|fewer|longer|shorter|higher|lower|better|worse)(?:\s*(?:/|or)\s*\w+)?", re.I)
"""A last field that asks which way a comparison goes ("shorter", "more/less"): its fields are three parts of one question."""
_PIPED = re.compile(r"^\?\s*(?P<body>[^?]*\|[^?]*?)\s*\??\s*$")
""""? lunch place | day of the X meeting": a question mark first, then fields between bars."""
_FRAGMENT_END = re.compile(r"(?<!\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))(?<!\b(?:tues|thur|sept))"
                           r"\.\s+", re.I)


def separated(text: str) -> str:
    """``text`` with fields set apart by dashes, slashes and plus signs joined by commas."""
    text = re.sub(r"\s+[—–]\s+", ", ", re.sub(r"^[—–]\s*", "", text))  # "day i ran 12 km — dinner was?", "— the night prior?"
    text = re.sub(r"\s+/\s+", ", ", re.sub(r"\s*/\s*\?\s*$", "?", text)) if re.search(r"\s/\s*\?\s*$", text) else text  # "lunch / Monday / place / ?"
    text = re.sub(r"(?<![\w&])#(?=[A-Za-z])", "", text)  # "#coffee #thiswk vs #lastwk": hashtags are its words
    return re.sub(r"(?<=[A-Za-z.)\d])\+(?=[A-Za-z])", ", ", text)  # "sleep+the night of Fri. 02/02+hours": fields joined by "+"


def _three(match: re.Match[str]) -> str:
    what, which, asked = (re.sub(r"\s*\|\s*", " vs ", part) for part in match.groups())  # "this week | last week": the two compared
    if which.lower() == "that day":
        return f"{asked} on the day {what if what[:1].isupper() else 'I ' + what}?"  # "Dev said X > that day > dinner?", "ran 8 km > ..."
    if (day := re.match(r"(?:the\s+)?day\s+(?=\S+\s+\S)", what, re.I)) and len(which.split()) == 1:
        return f"{which} on the day {what[day.end():]}, {asked}?"  # "day Hannah mentioned X // dinner // what": a day named by it
    if _JUDGED.fullmatch(asked):
        return f"{what}, {which}, {asked}?"  # "coffee from 4 pm on > sleep > shorter?": a habit, what it does, which way
    return f"{what} {which}, {asked}?"  # "lunch // Sunday // what"


_SOLVE_FOR = re.compile(r"^\s*(?P<field>[^=?•·\n]{1,40}?)\s*=\s*\?\s*[•·]\s*(?P<body>[^?•·\n]+?)\s*\??\s*$")
"""A problem to solve: the unknown, "=?", a bullet and what it is of ("d [km]=? • run on Monday", "n mtgs=? • today")."""
_UNITS = {"min": "minutes", "mins": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "s": "seconds", "m": "metres",
          "km": "km", "mg": "mg", "bpm": "bpm"}
_SYMBOL_NAMES = {"t": "what time", "d": "how far", "hr": "average heart rate", "start t": "start time", "t start": "start time",
                 "t end": "end time", "end t": "end time", "v": "average speed"}


def _unknown(field: str) -> str:
    """The unknown of a problem in words: "t [min]" is how many minutes, "Σ caffeine mg" the total, "n mtgs" how many."""
    unit = re.search(r"\[\s*([^\]\s]+)\s*\]", field)
    name = re.sub(r"\s*\[[^\]]*\]", "", field).strip()
    name = re.sub(r"^Σ\s*", "total ", re.sub(r"^Δ\s*", "change in ", name))
    name = re.sub(r"^(?:max|min)\s*\((.+)\)$", r"more \1", name)  # "max(caffeine mg)": which is more
    name = re.sub(r"^n\s+", "how many ", name)
    if unit is None:
        return _SYMBOL_NAMES.get(name.lower(), name)
    said = _UNITS.get(unit[1].lower(), unit[1])
    if name.lower() in ("t", "d", "n"):
        return f"how many {said}"
    return f"{_SYMBOL_NAMES.get(name.lower(), name)} in {said}"


def _solved_for(match: re.Match[str]) -> str:
    field, body = match["field"].strip(), match["body"].strip()
    if re.fullmatch(r"(?:same|same\s+\w+|ditto)", field, re.I):  # "same unknown=? • one day back": the question before, another day
        return "and " + re.sub(r"(?i)^one\s+day\s+(?:back|earlier)$", "the day before", body) + "?"
    if field.lower() == "so far":
        return f"and {body} so far?"  # "so far=? • today"
    if (other := re.fullmatch(r"(?i)(.+?)\s+instead", body)) is not None:
        return f"and {other[1]}?"  # "d [km]=? • yesterday instead"
    if re.match(r"(?i)(?:the\s+)?day\s+(?:when|that|on\s+which|i\b)", body):
        return f"{_unknown(field)} on the {re.sub(r'(?i)^the ', '', body)}?"  # "dinner menu=? • day when i ran 7 km"
    if re.match(r"(?i)that\s", body):
        return f"and {_unknown(field)} {body}?"  # "t [min]=? • that mtg"
    return f"{body}, {_unknown(field)}?"


_SEARCH_AND = re.compile(r"\s+AND\s+")


def _search_terms(text: str) -> str:
    """A search string's terms as one question: 'sleep AND "last night" AND hours' -> "sleep last night hours?", 'X AND (A OR
    B) AND longer' -> "X A or B longer?", 'repeat search AND "day before"' -> "and the day before?" (a yes-or-no pair asks
    nothing more)."""
    terms = [term.strip().strip('"') for term in _SEARCH_AND.split(text.strip().rstrip("?").strip())]
    terms = [re.sub(r"^\((.*)\)$", r"\1", term).replace('" OR "', " or ").replace(" OR ", " or ").replace('"', "") for term in terms]
    terms = [term for term in terms if term.lower() not in ("yes or no", "no or yes")]
    if terms and terms[0].lower() == "repeat search":
        rest = " ".join(re.sub(r"(?i)^(day|night)\s+before$", r"the \1 before", term) for term in terms[1:])
        return f"and {rest}?"
    return " ".join(terms) + "?"


def joined(text: str) -> str:
    """``text`` with fields set apart by "//", ">", "<-", "=>", bars or full stops joined into one question."""
    if len(_SEARCH_AND.findall(text)) >= 1 and "?" not in text.rstrip("?"):  # 'lunch AND "Monday" AND location'
        text = _search_terms(text)
    text = _SOLVE_FOR.sub(_solved_for, text) if "=" in text else text  # "t [h]=? • sleep last night": a problem's unknown
    text = re.sub(r"<([^<>\n]{1,40})>(?=\s*\??\s*$)", r"\1", text)  # "dinner on 9/7: <food on plate>?": the blank to fill
    if "»" in text:  # "X » attendee_names?", "caffeine A / B » higher_day, mg_each?", "again » June?"
        text = re.sub(r"^\s*again\s*»\s*([\w ]{2,30}?)\s*\??\s*$", lambda m: "and " + ("the " if m[1].endswith("before") else "")
                      + m[1].replace("_", " ") + "?", text, flags=re.I)
        text = re.sub(r"\s*»\s*([a-z]+(?:_[a-z]+)*(?:,\s*[a-z]+(?:_[a-z]+)*)*)\s*\?\s*$",
                      lambda m: ", " + m[1].replace("_", " ") + "?", re.sub(r"\s+/\s+(?=[^»]*»)", " vs ", text))
    text = _THREE_FIELDS.sub(_three, text)
    text = re.sub(r"^\s*again\s*//\s*(.+?)\s*\??\s*$", r"and \1?", text, flags=re.I)
    text = re.sub(r"^\s*([^<>\n]{1,40}?)\s*\??\s*<-\s*(.+?)\s*\??\s*$", r"\2, \1?", text)  # "time <- last coffee on 28/5": what, then of what
    text = re.sub(r"\s*(?:>>|=>)\s*", ", ", text)  # "sleep >> the night of Sat. 28/7 >> hrs?", "X => time?": fields joined
    text = re.sub(r"\b(this\s+(week|month))\s+(vs\.?|versus|against|or)\s+last\b(?!\s+(?:week|month|night|year))", r"\1 \3 last \2", text,
                  flags=re.I)  # "coffee this week vs last"
    text = _fragments(text)  # "caffeine. on the Monday of week 39. on the Tuesday of week 39. which more. mg each."
    return _PIPED.sub(lambda m: re.sub(r"\s*\|\s*", ", ", m["body"]).strip(" ,") + "?", text)  # "? more sleep | A vs B | hrs each"


def _fragments(text: str) -> str:
    """Fragments, each closed by a full stop, the first one lower-case word naming what is asked, and no question mark ("sleep. the night
    to Friday the 21/9. hours.", "same. day before."): one question, its fields joined by commas."""
    if "?" in text:
        return text
    parts = _FRAGMENT_END.split(without_ordinal_dots(text).rstrip(" ."))
    if len(parts) < 2 or len(parts[0].split()) > 1 or not parts[0].islower() or any(len(part.split()) > 9 for part in parts):
        return text
    return ", ".join(parts) + "?"
