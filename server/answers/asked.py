"""What a question asks for: the operation and the attribute, read from cue words in a fixed order.

"How long was my run, in km?" asks a distance, "how many minutes did it take" a duration, "count
my coffees" a count, "total caffeine" an amount, "which people joined" a list of attendees. The
first rule that holds wins, so the more specific reading comes first (a distance before a length,
a habit relation before a comparison).
"""

from __future__ import annotations

import re

from shared.plan import Attribute, Kind, Operation

Asked = tuple[Operation, Attribute]

_LAST_NOT_TIME = (r"(?!\s+(?:week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|"
                  r"(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\b|\d+\s+days|few\s+days|couple))")


ASKING_WORD = re.compile(r"\b(?:how|what|when|which|who|where|did|do|does|have|has|had|was|were|is|are|many|much|total|count|sum|"
                         r"number)\b", re.I)
"""English words that ask: a question with none of them was read from its nouns and days alone, its asking words unread."""


def _has(pattern: str, q: str) -> bool:
    return re.search(pattern, q) is not None


def compares(q: str) -> bool:
    """Two things set against each other: "more on Monday or Tuesday", "this week than last week"."""
    q = q.lower()
    return _has(r"\b(compar\w*|versus|vs\.?|than|then\s+last|pvp|against|exceed\w*|surpass\w*|outnumber\w*|(?:up|down) on (?:last|the previous|previous|the week before|yesterday|"
        r"the day before|the one before))\b", q) or _has(
        r"\b(more|less|longer|shorter|fewer|higher|lower|bigger|better|worse|most|least|heavier|lighter)\b.*\bor\b", q) or _has(
        r"^\s*which\s+(night|day|one|workout|meeting)\b.*\b(longer|more|higher|shorter|less|fewer)\b", q) or _has(
        r"\bwhich\s+(?:one\s+)?(?:is|was)\s+(?:the\s+)?(?:larger|greater|bigger|smaller|higher|lower|more|less)\b", q) or _has(
        r"\bwhich\s+(?:day|night|one|workout|meeting)\b.*\b(?:longer|more|higher|shorter|less|fewer)\b", q) or _has(
        r"\bwhich\s+(?:more|less|longer|shorter|fewer|higher|lower)\b", q) or _has(  # terse: "X, Y, which more, mg each?"
        r"\b(?:on\s+)?which\s+of\s+(?:them|the\s+two|these|those)\b.*\b(?:more|less|longer|shorter|fewer|higher|lower)\b", q) or _has(
        r"\bwhich\s+(?:gave|brought|had|got|held|carried|bore)\s+(?:me\s+)?(?:the\s+)?(?:more|less|longer|greater|heavier|fewer|lengthier)\b", q)


TWO_WINDOWS_OR = re.compile(r"\bor\b(?!\s+(?:later|earlier|more|after|before|less|poor|fair|good|not)\b)", re.I)
_EACH = re.compile(r"\b(?:which\s+(?:day|night|one|workout|week)\s+(?:wins|won|was\s+\w+er|had\s+more)|which\b[^.?!]{0,30}\b"
                   r"(?:longer|shorter|further|farther|higher|lower|heavier|bigger|greater|larger|smaller)\b|showdown|diff|"
                   r"each\s+(?:day|night|week|time|one|workout|session)|(?:numbers|figures|amounts)?\s*both|which of the two|which one was|which was|which day was|and how (?:many|much|long|far))\b",
                   re.I)
"""Two windows asked side by side: "how many mg each day?", "and how many last week?"."""
_BETWEEN = re.compile(r"\bbetween\b.+\band\b.+\b(?:which|more|less|longer|shorter)\b", re.I)


def sets_side_by_side(asking: str, rest: str, kind: Kind, operation: Operation, anchored: bool, between: str | None) -> bool:
    """Whether a question that names two windows sets them side by side ("more on Monday or Tuesday", "how many mg each
    day?", "between Monday and Tuesday, which was longer"), or names two days for one measure joined by words the rules do
    not read, in words that ask nothing they read ("the night of tgl 16/10 atau last night, tidur lebih lama yang mana sih?",
    "workout on 07-02-2031 lamba tha ya five days back?"): each with its value, not the first alone. ``asking``: the
    question through its ask; ``rest``: all of it; ``anchored``: a day named by what happened on it; ``between``: the words
    between the two windows as written (None: not found as written)."""
    if TWO_WINDOWS_OR.search(asking) or compares(asking) or _EACH.search(rest) or _BETWEEN.search(asking):
        return True
    return kind in ("sleep", "coffee", "exercise") and operation in ("value", "count", "total", "duration") and \
        not anchored and not ASKING_WORD.search(rest) and between is not None and _unread_join(between)


_JOINS = re.compile(r"\b(?:into|to|till|til|until|through|thru|since|from|and|or|vs|than|i\.?e|aka|which|is|was|all|now|plus|"
                    r"with|going|dawning|running|becoming|before|after|ago|back|earlier|later)\b|[?!]", re.I)
"""English that joins two days into one window, restates one or moves it ("into", "since", "i.e.", "back"), or a new
sentence."""
_DAY_WORDS = re.compile(r"\([^()]*\)|\b(?:the|on|of|in|at|day|night|nights|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d+(?:st|nd|rd|th)?)\b"
                        r"|[\d/.,:;-]+", re.I)
"""What may stand between two days besides the word that joins them: a bracket, a date's parts, "the", "on"."""


def _unread_join(between: str) -> bool:
    """Whether ``between`` (the words between two windows) is one to eight words the rules do not read, once a bracket and a
    date's parts are set aside ("atau", "zyada der soya ya", "ali v noči s srede na četrtek"), and no English that joins,
    restates or moves a day ("into", "since", "(since Monday)", ", 8/12 to")."""
    rest = _DAY_WORDS.sub(" ", between)
    if _JOINS.search(between) or re.search(r"[()\[\]]", rest):
        return False
    return 1 <= len(re.findall(r"[^\W\d_]+", rest)) <= 8


_DAY_ORDINAL = re.compile(r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+(?:the\s+)?|(?:on|the)\s+)\d{1,2}(?:st|nd|rd|th)\b"
                          r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*")
_LEADS_TO = (r"(?:->|→|⇒|\s=)\s*(?!(?:what|which|where|who|whom|when|how|km|kms|counts?|total|kind|type|place|food|at|time|"
             r"mins?|hrs?|dinner|lunch|breakfast|distance|names?|list|run|ran|swim|ride|cycle|walk|yoga|workout)\b)\w")
"""An arrow to an outcome ("coffee after 2 pm -> less sleep?"); not one to what is asked ("lunch on 27/06 -> what food?")."""


def asks_habit(q: str) -> bool:
    """A question about a tendency: "do I sleep less after late coffee?", "does dinner at 8 cut my sleep?"."""
    named = re.sub(r"(?<=[^.?!\s]\s)[A-Z][a-z]\w*", " ", q)  # a name mid-sentence is no tendency ("the Ruinaulta gorge": no "ruin")
    q = q.lower()
    tendency = _has(r"\b(more|less|longer|shorter|fewer|higher|lower|better|worse|cut\w*|shorten\w*|curtail\w*|reduc\w*|"
                    r"affect\w*|impact\w*|hurt\w*|ruin\w*|lengthen\w*|improv\w*|change\w*|differ\w*|mess\w*|"
                    r"disrupt\w*|interfer\w*|help\w*|keep\w* me up|link\w*|relat\w*|correlat\w*|cost\w*|steal\w*|"
                    r"rob\w*|worsen\w*|los(?:e|es|ing)\s+(?:any\s+)?(?:sleep|hours)|lost\s+(?:sleep|hours)|diminish\w*|connect\w*|effect\w*|relationship|compare\w*|harder|heavier|lighter|buff\w*|nerf\w*|boost\w*|tank\w*|"
                    r"wreck\w*|kill\w*|alter\w*|influenc\w*|shift\w*|greater|bigger|smaller|(?:comes?|came|runs?|falls?)\s+(?:up\s+)?short|short\s+of\s+sleep)\b",
                    named.lower()) \
        or _has(_LEADS_TO, q)
    general = _has(r"^\s*(do|does|am|is|are|will|would|on days|on nights|when|after|if|whenever|whether|so when|"
                   r"is there)\b", q) or _has(_LEADS_TO, q) or _has(
        r"\b(days(?!\s+ago)|nights(?!\s+ago)|usually|tend|generally|typically|on average|averages?|avgs?|either way|both ways|"
        r"means?|that night|the night after|with\s+vs\.?\s+without|with\s+(?:and|or)\s+without)\b", q) or _has(
        r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+or\s+(?:later|after)\b", q) or _has(  # "supper 8 pm or later | sleep | less ?"
        r"\b(do|does|am|is|are)\s+(i|my|a|an|late|eating|drinking|having|exercis\w*|working)\b", q) or _has(
        r"\b(?:does|do|did)\s+(?:it|that|this|they)\b|\b(?:is|are)\s+(?:it|that|they)\s+(?:shorter|longer|less|more|worse|"
        r"better|fewer)\b|\b(?:any|a|is there a|there's a)\s+(?:link|connection|correlation|relationship|effect|impact|"
        r"difference)\b", q)
    habitual = _has(r"^\s*how\s+(do|does|am|is|are)\s+(i|my)\b", q) or _has(  # "how do I sleep after late coffee?"
        r"^\s*(?:a\s+)?comparison\s+of\s+my\s+(?:sleep|coffees?|nights?)\b", q) or _has(  # "a comparison of my sleep after ..."
        r"^\s*how\s+sleep\b(?!.*\b(?:night|yesterday|today|tonight|\w+day)\b)", q) or _has(  # "how sleep after 300+ mg days;"
        r"^\s*sleep\s*[:,]?\s+(?!.*\b(?:night|yesterday|today|tonight|\w+day)\b)", q) or _has(  # "[sleep] 300+ mg caffeine days?"
        r"^[^?]*,\s*sleep(?:\s+after)?\s*(?:,\s*(?:effect|impact|more|less|longer|shorter|worse|better)\b|\??\s*$|"
        r"(?:vs\.?|versus|against)\s+(?:the\s+)?(?:other|rest|remaining)\b)", q) or _has(  # "X days, sleep, effect", "X days, sleep after vs other nights"
        r"\b(avg|average|mean)\s+(?:\w+\s+)?(sleep|coffees?|night)\b.*\b(vs\.?|versus|compared|against|or not|without|under|"
        r"earlier|otherwise)\b", q) or _has(  # "avg sleep: days with coffee at or after 3 pm vs days without"
        r"\b[\w-]+ days\s+(?:vs\.?|versus|against|compared (?:to|with))\s+(?:[\w-]+ days|days off|other days|the others|others|rest days|(?:no|non)[\s-]?[\w-]+)\b|\bafter\s+days\s+with\b|"
        r"\bcorrelat\w*\b.*\b(?:vs\.?|versus|against|and)\b|"
        r"\b(?:against|than on|compared? (?:to|with)?|vs\.?)\s+(?:the\s+)?other\s+days\b|\bon\s+days\s+I\s+don'?t\b|\b(?:vs\.?|versus)\b.*\b(?:avg|average|"
        r"averages|mean)\b|\b(?:avg|average|mean)s?\s+(?:vs\.?|versus|against)\s+(?:the\s+)?(?:others?|other days|the rest)\b|(?::|\s[-–—]|\.{2,}|…)\s*(?:shorter|longer|less|more|"
        r"fewer|worse|better)\b", q)
    return (tendency and general) or habitual


def operation(question: str, kind: Kind) -> Asked:
    """The operation and attribute ``question`` asks for, about records of ``kind``."""
    last = re.split(r"(?<=[.!])\s+(?=[A-Za-z])", question)[-1]
    if last != question and re.match(r"how\s+(?:many|much)\b", last, re.I):
        question = last  # "Glue dries faster when I stop for a cup. How many cups ...?": the remark's "when" and "stop" ask nothing
    q = _DAY_ORDINAL.sub(" ", question.lower())  # "last coffee today - Fri 1st": the 1st is a date, not the first one
    q = re.sub(r"\b(?:lost|lose|loses|losing)\s+count\b", " ", q)  # "I lost count at this one. Who was at ...": no count asked
    q = re.sub(r"\bcount(?:s|ed|ing)?\s+(?:the\s+)?heads\b", " heads ", q)  # "I count heads from the back. Who was at ...": who
    q = re.sub(r"\bcount\s+(?:these|those|them)(?:\s+too)?\b(?=[^?]*[.!]\s+\w)", " ", q)  # "so count these too. Whose heads ...?": the ask says what
    q = re.sub(r"\bcount(?:s|ed|ing)?\b(?=[^?.!]*[.!]\s+(?:who|whose|which\s+(?:people|faces|heads))\b[^.!?]*\?\s*$)", " ", q)  # "I always count
    # who shows up. Which people sat in ...?": a remark's count, then an ask of who
    if _has(r"\b(how many|count|number of|tally)\b", q) and not _has(
            r"\b(how many|count|number of) (people|persons|attendees|participants|hours|minutes|mins|hrs)\b", q) and \
            kind == "meeting":
        return "count", "count"  # "how many meetings I attended": meetings counted, not people listed
    if kind == "meeting" and _has(_ATTENDEES, q) and not _asks_other_than_who(q):
        return "list", "attendees"
    if kind == "conversation":
        return "value", "said"
    timed = _has(r"\b(when|what time|which time|timestamp|(?:start|starting|end|ending|finish|kick-?off)\s+time|the time (?:at which|when|that)|time at which|at which hour|at what hour|(?:the\s+)?hour at which|the hour (?:i|of|my|when|that|the)|time did|time was|wake[- ]?up time|wake time|"
                 r"get[- ]?up time|bedtime|o'clock|what hour|how long ago)\b", q) or _has(r"(?:[:\-–—]|\bbed\b.*)\s*time\s*\??\s*$", q)
    # (keywords: "bed the night of the 12th: time", "lights out Friday - time?")
    if timed and _has(r"\b(first|earliest|opening|start\w*|began|begin\w*|kick\w* off|number one|1st)\b", q) and \
            kind != "sleep":
        return "first", "time"
    if timed and _has(r"\b(last|final|latest|most recent|stop\w*|finish\w*|end(?:ed)?)\b" + _LAST_NOT_TIME, q) and \
            kind != "sleep":
        return "last", "time"
    if _has(r"\b(how far|distance|dist|km|kms|kilomet\w*|miles?|metres|meters|further|farther|how many k)\b", q) and \
            kind in ("exercise", "any"):
        return "total", "distance"
    if kind == "coffee" and _has(r"\b(caffeine|caffeinated|mg|milligrams?)\b", q) and not _has(
            r"\b(how many|number of|count of)\s+(?:\w+\s+)?(beverages|drinks|cups|coffees|servings)\b", q) and not _has(
            r"\b(first|earliest|last|final|latest)\s+(?:\w+\s+)?(caffeine|caffeinated|coffee|cup|drink)\b", q):
        return "total", "amount"  # not "first caffeine of the day": one coffee, not the day's sum
    if timed and _has(r"\bhow long ago\b", q):
        return "last", "time"
    if _has(r"\bcalendar time\b|\bblock time\b|\b(?:eat|ate|take|took|use|used)\s+up\b|\bhow many (hours?|minutes?|mins?|hrs?)\b|\bhow much (time|sleep|rest)\b|\btotal\b.*\btime\b|"
            r"\btime (spent|in)\b|(?<!too )(?<!so )(?<!quite )(?<!felt )(?<!feeling )\bspent\b", q):  # not "too spent" (worn out)
        return "duration", "duration"
    if _has(r"\b(how many|(?<!to )(?<!should )count|number of|tally|how often|times did)\b", q):  # not "it ought
        # to count"
        return "count", "count"
    if _has(r"\b(how long|length|duration|hours|minutes|mins|hrs|last(?:ed)?\s*\??$|take\b(?!\s+(?:(?:my|at|for|with|during)\s+)?(?:the\s+)?(?:breakfast|lunch|dinner|supper|brunch))|took\b(?!\s+(?:(?:my|at|for|with|during)\s+)?(?:the\s+)?(?:breakfast|lunch|dinner|supper|brunch))|"
            r"how much sleep|did .* run\s*\??$)", q) and kind != "coffee":
        return "duration", "duration"
    if _has(r"\b(first|earliest|opening|start\w*|began|begin\w*|kick\w* off|number one|1st)\b", q):
        return "first", "time" if timed else _attribute_of(q, kind)
    if _has(r"\b(last|final|latest|most recent)\b" + _LAST_NOT_TIME, q):
        return "last", "time" if timed else _attribute_of(q, kind)
    if timed:
        return ("value", "time") if kind in ("sleep", "meeting") else ("last", "time")
    if kind == "coffee":
        return "count", "count"  # "coffees today so far", "how much coffee yesterday": each one, counted
    if _has(r"\b(workouts|sessions|runs|rides|swims|meetings|calls|mtgs)\b", q) and not _has(
            r"\b(what|which|where|list|name)\b", q):
        return "count", "count"  # "workouts week to date?", "meetings yesterday?": counted, each one listed
    return "value", _attribute_of(q, kind)


_ATTENDEES = (r"\b(who|whom|people|person|persons|everyone|everybody|attendees|attendance|participants|joined|showed up|turned up|came|invited|"
              r"present|in attendance|sat in|guests?|crowd|roster|took part|attended|was there|were there|list|names|who was on|"
              r"crew|line-?up)\b")
_OTHER_ASK = r"\b(how long|how many|how much|when|what time|at what hour|where)\b"


def _ask_of(q: str) -> str:
    """The sentence of ``q`` that asks: the last with a question mark, else the last."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", q.strip()) if s]
    asking = [s for s in sentences if "?" in s]
    return asking[-1] if asking else sentences[-1] if sentences else q


def _asks_other_than_who(q: str) -> bool:
    """Whether the sentence that asks ("How long was the 1:1?") asks something else than who, and only a remark before it
    has the words of a guest list ("Our crew briefings are five minutes, if that.")."""
    ask = _ask_of(q)
    return ask != q and _has(_OTHER_ASK, ask) and not _has(_ATTENDEES, ask)


def compares_asked(q: str) -> bool:
    """``compares``, read in the sentence that asks when it asks for something of its own: "The milk lorry covers more
    ground than I do. How many km did I run this week?" compares nothing."""
    ask = _ask_of(q)
    if ask != q and _has(r"\b(how many|how much|how long|how far|what|when|where|who)\b", ask.lower()):
        return compares(ask)
    return compares(q)


def measure(question: str, kind: Kind) -> Attribute:
    """What a comparison sets side by side."""
    q = question.lower()
    if kind == "coffee":
        return "amount" if _has(r"\b(caffeine|caffeinated|mg|milligrams?)\b", q) else "count"
    if kind == "exercise" and _has(r"\b(far|further|farther|km|kilomet\w*|distance|miles?)\b", q):
        return "distance"
    if _has(r"\bhow many (hours?|minutes?|mins?|hrs?)\b|\bmore long\b|\b(longer|shorter|how long|duration)\b", q) and \
            kind in ("sleep", "exercise", "meeting", "computer"):
        return "duration"
    if _has(r"\b(how many|count|number of|more (workouts|meetings|meals|sessions))\b", q):
        return "count"
    return "duration" if kind in ("sleep", "exercise", "meeting", "computer") else "count"


def _attribute_of(q: str, kind: Kind) -> Attribute:
    if kind == "meal" and _has(r"\b(where|place|restaurant|cafe|café|spot|venue|location)\b", q):
        return "place"
    return {"meal": "food", "meeting": "title", "conversation": "said", "exercise": "activity",
            "sleep": "duration", "coffee": "time", "computer": "title"}.get(kind, "none")  # type: ignore[return-value]
