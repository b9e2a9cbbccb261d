"""Questions into ``QuestionPlan``s by rules: kinds, window, attribute and operation.

Pure functions of the question, the moment it is asked and the person's zone. The words a question
holds (``cues``) name the kinds, the sport and the meal; cue words in a fixed order (``asked``) name
what is asked; time phrases (``server.memory.timeparse``) name the window; a clause that names a day
by what happened on it (``anchors``) is split off first. A question the rules cannot place gets
``None`` and the model fills the plan in under a grammar (``model_steps``). Follow-ups ("and the
day before?", "what about Tom?", "how long did it last?") are read against the previous plan.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime, timedelta, tzinfo

from server.answers import asked
from server.answers.anchors import Anchor, split_anchor
from server.answers.cues import activity_in, kinds_in, meal_in, names_in, sport_of, without_bed_clause, without_vocative
from server.answers.dates import month_first, normalize_dates
from server.answers.focus import asking_sentence, remarks_only, split_focus, through_ask, trailing_aside, unguess
from server.answers.habits import parse_habit
from server.answers.requests import without_request
from server.answers.tidy import tidy
from server.answers.windows import (YEAR, as_window, asked_window, bedtime_night, day_window, find_window, other_window,
                                    shift_days, words_between)
from server.memory.timeparse import TimeFilter, parse_time_filter
from shared.plan import Kind, QuestionPlan, TimeWindow
from shared.timeutil import to_utc

_FOLLOW_UP = re.compile(r"^\s*(?:no(?=,?\s+\S+(?:\s+\S+){0,3}\s*[?.!]*\s*$)|and|what about|how about|what of|same|ok(?:ay)?,? (?:and|now|then|for|what about|how about)|"
                        r"[A-Z]\w+\s*[-–—:,]\s*same\b|(?:ok(?:ay)?,?\s+)?[A-Z]\w+\s+then\s*[?.!]*\s*$|"
                        r"now|then|also)\b|\b(?:same question|same q|same for|same thing|the same|that meeting|that one|"
                        r"(?:what|how) about (?:them|him|her|those)|over to|the answer (?:be )?(?:for|about)|"
                        r"that night|that day|\bit\b|\bits\b|(?:the )?day before(?! yesterday)|(?:the )?night before"
                        r"(?! last)|(?:the )?(?:previous|prior) (?:day|night)|(?:roll|go|step|move) (?:it )?back a (?:day|night)|(?:the )?preceding (?:day|night)|(?:the )?(?:day|night) prior|(?:day|night) preceding (?:it|that)|the day after|the next day)\b"
                        r"|^\s*(?:and\s+)?[A-Z][\w-]+\s+(?:chai|chahi|naman)\s*[?.!,]",  # "as for" particles: "Tessa chai?"
                        re.I)
_DAY_BEFORE = re.compile(r"\b(?:(?:the\s+)?(?:day|night|one)\s+(?:before|preceding\s+(?:it|that))(?!\s+(?:yesterday|last))|(?:the\s+)?(?:previous|"
                         r"preceding|prior)\s+(?:day|night|one)|(?:the\s+)?(?:day|night|one)\s+prior|a\s+day\s+earlier|(?:roll|go|step|move)\s+"
                         r"(?:it\s+)?back\s+(?:a|one)\s+(?:day|night))\b", re.I)
_WEEK_BEFORE = re.compile(r"\bthe\s+(?:week|one)\s+before\b|\bthe\s+(?:previous|prior)\s+(?:week|one)\b", re.I)
_THAN_LAST = re.compile(r"\b(?:than|compared\s+(?:to|with)|vs\.?|versus|against)\s+(?:the\s+)?(?:last|previous|prior)"
                        r"(?:\s+one)?\s*(?:[?.!,;:]|$)", re.I)
_DAYS_SHIFT = re.compile(r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven)\s+(?:days?|nights?)\s+(?P<way>before|earlier|prior|"
                         r"after|later)\b", re.I)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAY_AFTER = re.compile(r"\b(?:the\s+(?:day|night)\s+after|the\s+next\s+(?:day|night)|the\s+following\s+(?:day|night)"
                        r"|a\s+day\s+later)\b", re.I)
_OWN_ASK = re.compile(r"\b(?:how (?!about)|when|who|what time|where|which|count|number|duration|length|caffeine|mg|"
                      r"km|distance|far|minutes|mins?|hours|hrs?|heart rate|bpm|pulse|place|first|last|earliest|latest)", re.I)
"""A follow-up that asks for something of its own ("and caffeine?", "how long did it last?")."""
_TITLED = re.compile(r"\bthe\s+(?!\d{1,2}(?:st|nd|rd|th)\b)(?:[A-Z0-9][\w:'&-]*)(?!['’]s)")
"""A meeting named by title ("the Sprint planning", "the 1:1 with Noor"); "the 9th" is a day."""
_OCCASION_RUNS = re.compile(r"\b(?:did|does|do|will)\s+(?:it|that|this|they|those|that\s+one|this\s+one|the\s+(?:meeting|call|"
                            r"session|one))\s+(?:run|go)\b", re.I)
""""how long did that one run", "how long did it go": how long the occasion asked about lasted."""
_NAME_ONLY = re.compile(r"^\s*(?:ok(?:ay)?,?\s+|and\s+|what about\s+|how about\s+)?[A-Z][\w-]+(?:['’]s)?\s*,?\s*"
                        r"(?:then|too|as well|also|instead)?\s*[?.!]*\s*$")
"""A follow-up that names only a person: "Felix then?", "Ana's, too."."""
_ACCORDING = re.compile(r"\b(?i:according to|per)\s+([A-Z][a-zà-ÿ]+)")
_CALL_VERB = re.compile(r"\b(?:did|does|do|will|would)\s+(?-i:[A-Z])?\w+\s+call\b|\bcall(?:ed)?\s+(?:the|their|her|his)\s+"
                        r"(?:dog|cat|puppy|baby|pet|daughter|son)\b", re.I)
_SPEECH_NEAR_TIME = re.compile(r"\b(?:say|said|tell|told|mention\w*|recommend\w*|suggest\w*|talk\w*|spoke|chat\w*)\b"
                               r"(?:\s+\w+){0,4}?\s+(?:yesterday|today|this|last|on|earlier|in|during|at)\b|"
                               r"\b(?:yesterday|today|this|last|on)\b(?:\s+\w+){0,3}?\s+\w+\s+(?:say|said|told|"
                               r"mention\w*|recommend\w*|suggest\w*)\b", re.I)
"""A time phrase next to a speech verb names when something was said ("what did Tom say yesterday")."""
_FIRST_PERSON = re.compile(r"\b(?:i|i'd|i've|i'm|me|my|mine|we|our)\b", re.I)
_UNIT = r"(?:km|mi|kg|mg|pm|am|hrs?|mins?|[khmsx])\b"
_UNREAD_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
                         r"[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
                         r"\d{1,2}(?:st|nd|rd|th)\b|the\s+other\s+day(?!s)|(?:a\s+)?few\s+days|\w+\s+(?:days?|weeks?|nights?)\s+"
                         r"(?:ago|back)|(?:start|beginning|end|middle)\s+of\s+(?:the\s+|this\s+|last\s+)?(?:week|month)|midweek|"
                         r"\d{1,2}/\d{1,2}\b|\d{1,2}\s?[.·]\s?\d{1,2}(?:\s?[.·](?!\d)|\s?[.·]\s?\d{2,4}\b|(?=\s*[?!]|\s*$))|(?<![\d.])[0-3]\d\.[01]\d(?![\d.])(?!\s*(?:hours?|minutes?|%|" + _UNIT + "))|" + YEAR +
                         r"|\d{1,2}(?:\s+(?!" + _UNIT + r")[^\W\d_]{1,4}\s+[^\W\d_]{3,12}\s*\(\s*(?-i:[A-Z])|(?!" + _UNIT + r")[^\W\d_]{1,3}\s*\(\s*)[^\W\d_]{2,})", re.I)
"""Words that name a day; left unread, the answer would be about another day ("6an (igandea)", "24 ga Yuli (Alhamis)")."""
def _said_then(text: str) -> bool:
    """Whether a time phrase says when something was said ("what did Tom say yesterday"), not what it is
    about ("the film Idris told me to watch this weekend": an infinitive between them)."""
    return any(not re.search(r"\bto\s+\w+\s", m.group(0)) for m in _SPEECH_NEAR_TIME.finditer(text))


def _without_call_verb(text: str) -> str:
    """"what did Owen call the dog": "call" a verb, not a meeting."""
    return _CALL_VERB.sub(lambda m: m.group(0).replace("call", "name"), text)


def _kind_of(text: str, titles: Collection[str] = (), people: Collection[str] = ()) -> Kind | None:
    text = _without_call_verb(text)
    kinds = kinds_in(text)
    if kinds and kinds[0] == "meal" and not _FIRST_PERSON.search(text) and names_in(text, people):
        return "conversation"  # "Tessa had a place in mind to eat at": what Tessa said, not my meal
    titled = any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text, re.I) for t in titles)
    if titled and set(kinds) <= {"exercise", "meeting"}:
        return "meeting"  # "how long did Sprint planning run": the meeting, not a run
    if kinds and "conversation" in kinds and (kinds[0] != "meeting" or not re.search(r"\bwho\b", text, re.I)):
        return "conversation"  # "which restaurant did Tom suggest": something said, not a meal
    if kinds:
        if kinds[0] == "exercise" and "sleep" in kinds and re.search(r"\b(sleep|slept)\b", text, re.I):
            return "sleep"  # "how long did I sleep after my run"
        return kinds[0]
    if titled or (not titles and _TITLED.search(text) and not re.search(r"\bnights?\b", text, re.I)):
        return "meeting"  # "How long was the Sprint planning?" (not "the December 18 night ...?": a night)
    if _ACCORDING.search(text) or names_in(text):
        return "conversation"  # "How old is Oscar's daughter turning?": something Oscar said
    return None


_SAME_ASK = re.compile(r"\bsame\s+(?:count|stat|number|figure|measure|metric|question|thing|info)\b", re.I)
_HEDGE = re.compile(r"\bI\s+(?:would\s+)?(?:hope|think|guess|bet|suppose|reckon|imagine|fear|wager|expect|say)\b|\bI['’]d\s+(?:say|guess)\b", re.I)
"""A guess or a hope after the question ("Longer than polishing a brooch, I hope."): a remark, whatever it compares."""
_SAME_DAY = re.compile(r"\b(?:(?:on\s+)?that\s+(?:same\s+)?(?:day|evening)|(?:on\s+)?the\s+same\s+day)\b", re.I)
_PRONOUN = {"it", "that", "this", "that one", "them", "then"}
_SAYS = re.compile(r"(?-i:[A-Z])\w+\s+(?:\w+\s+)?(?:said|says|told|tells|recommended|suggested|mentioned|brought up|"
                   r"talked about|raved about)\b", re.I)


def _anchor_in_context(rest: str, ask: str, context: str, anchor: Anchor | None, dated: bool) -> tuple[str, Anchor | None]:
    """"That Roadmap workshop had me fretting. How long did I sleep the night after it?": the day (or
    night) the question points back to is the one the sentence before it names."""
    if anchor is not None and anchor.clause.lower().strip(" .,?") in _PRONOUN:
        return rest, Anchor(anchor.relation, context.strip(" .,;"))
    if anchor is None and _SAME_DAY.search(ask):  # (a day the story dates itself keeps its date: "last Saturday. ... that day?")
        return _SAME_DAY.sub("", rest), None if dated else Anchor("day", context.strip(" .,;"))
    return rest, anchor


def _focused_kind(rest: str, ask: str, context: str, titles: Collection[str], people: Collection[str]) -> Kind | None:
    """The kind the ask is about; the story around it counts only for what the ask leaves open, and its
    "says" and "told" only when someone in it said something the ask asks about."""
    if not context:
        return _kind_of(rest, titles, people)
    in_ask = _kind_of(ask, titles, people)
    if in_ask in (None, "exercise", "meeting") and _kind_of(rest, titles, people) == "meeting":
        return "meeting"  # "Budget check-in on Monday: how long was that session?"
    if in_ask is not None and (in_ask != "conversation" or _SAYS.search(ask) or "conversation" not in kinds_in(context)
                               or (names_in(ask, people) and not _FIRST_PERSON_DID.search(ask))):
        return in_ask  # (and "We've a mill dog that sleeps by the boiler. What did Idris call the new dog?": Idris said it)
    if _SAYS.search(context) and not _FIRST_PERSON_DID.search(ask) and not _SAYS_ABOUT_ME.search(context):
        return "conversation"  # "Bea recommended a podcast, didn't they? Which one?"
    told = [k for k in kinds_in(_without_call_verb(rest)) if k != "conversation"]
    return told[0] if told else _kind_of(rest, titles, people)


_STATED_AMOUNT = re.compile(r"\b\d+\s*\+?\s*(?:mg|milligrams?|coffees|cups)\b", re.I)
_SAYS_ABOUT_ME = re.compile(r"\b(?:said|says|tells|told(?:\s+me)?)\s+(?:that\s+)?I\b", re.I)
""""Ann says I never cook. What was dinner?": a remark about me, not something the ask wants quoted."""
_FIRST_PERSON_DID = re.compile(r"\b(?:did|do|have|had)\s+I\b|\bI\s+(?:had|ate|ran|slept|went|did|got|drank)\b|\bmy\b", re.I)


def plan_question(question: str, as_of: datetime, tz: tzinfo, previous: QuestionPlan | None = None,
                  people: Collection[str] = (), titles: Collection[str] = ()) -> QuestionPlan | None:
    """The plan of ``question`` asked at ``as_of`` (aware) by a person in ``tz``; None when the rules
    cannot place it. ``people``: names the log knows (speakers, attendees), to tell them from titles;
    ``titles``: its meeting titles, so "who was in sprint planning" is a meeting in lower case too."""
    question = _without_heading(without_vocative(tidy(question), people), as_of, tz, titles, people)
    text = without_request(question)
    text = normalize_dates(text, month_first(tz), to_utc(as_of).astimezone(tz).date())
    if previous is not None and not _is_follow_up(text, titles) and text.endswith(ask := asking_sentence(text)) and ask != text \
            and _is_follow_up(ask, titles) and set(kinds_in(before := text[:-len(ask)])) <= set(kinds_in(ask)) \
            and (find_window(before, as_of, tz) is None or re.match(r"\s*(?:and|what about|how about)\b", ask, re.I)):
        text = ask  # "Ha, funny. And what about Kwame?": a remark, then the follow-up
    if previous is not None and _is_follow_up(text, titles):
        asked_first, tail = trailing_aside(text)  # "and how long did that one drag on? it felt like it ate the afternoon"
        if tail and remarks_only(tail, find_window(tail, as_of, tz) is not None):
            text = asked_first
        return _follow_up(text, as_of, tz, previous, people)
    text = unguess(text)
    text = without_bed_clause(text)
    asked_first, tail = trailing_aside(text)
    if tail and find_window(tail, as_of, tz) is None and (
            _remark_on_another_kind(tail, asked_first) or not kinds_in(tail) and ("?" in tail or _HEDGE.search(tail))):
        text = asked_first  # "... heart rate in my run on 12/10? Higher than in a blitz?", "... dinner? Home or away?",
        # "... how many minutes did it run to? Longer than polishing a brooch, I hope.": asides
    habitual = asked.asks_habit(text) and parse_habit(text) is not None and not asked.TWO_WINDOWS_OR.search(
        ask := asking_sentence(text)) and (ask == text or getattr(split_anchor(ask)[1], "relation", None) != "day")  # a remark, then one day's ask
    rest, anchor = (text, None) if habitual else split_anchor(text)  # "do I sleep more the night after I exercise"
    if anchor is None and not habitual:
        rest, anchor = _title_anchor(rest, titles)
    ask, context = split_focus(rest)
    if context and not habitual:
        rest, anchor = _anchor_in_context(rest, ask, context, anchor, find_window(context, as_of, tz) is not None)
    kind = _focused_kind(rest, ask, context, titles, people)
    night_after = anchor is not None and anchor.relation == "night_after"
    if (kind is None or kind == "meeting" and night_after and _kind_of(ask, titles, people) is None) and (
            night_after or re.search(r"\bnights?\b", rest, re.I)):  # (a meeting only a remark names: "Meetings wear me out.")
        kind = "sleep"  # "which night was longer, Sunday or Monday?", "the night following the Hiring sync: hours?"
    if kind is None:
        return None
    operation, attribute = asked.operation(rest, kind)
    found = asked_window(rest, as_of, tz)
    second = other_window(rest, found, as_of, tz) if found is not None else None
    asking = through_ask(rest)
    two_windows = second is not None and asked.sets_side_by_side(asking, rest, kind, operation, anchor is not None,
                                                                 words_between(rest, found, second))
    ask = asking_sentence(rest)  # a remark before an ask of one window ("cutting toddy is training enough.") is no habit
    if asked.asks_habit(rest) and not two_windows and parse_habit(rest) is not None and (
            not rest[:len(rest) - len(ask)].rstrip().endswith(".") or asked.asks_habit(ask) or found is None and anchor is None):
        operation, attribute, kind = "relation", "none", "sleep" if re.search(r"\bsleep|slept\b", rest, re.I) else kind
    elif two_windows or (asked.compares_asked(asking) and found is not None):
        operation, attribute = "compare", asked.measure(rest, kind)
    filters: dict[str, str] = {}
    if kind == "exercise" and (activity := sport_of(asking_sentence(rest), asking_sentence(rest), through_ask(rest), rest)):
        filters["activity"] = activity
    if kind == "meal" and (meal := meal_in(rest)):
        filters["meal"] = meal
    if kind == "conversation":
        according = _ACCORDING.search(rest)
        known = {part for person in people for part in (person, person.split()[0])}
        names = [n for n in names_in(asking_sentence(rest), people) if n in known] or names_in(rest, people)  # the ask's
        # people, not a remark's month ("My girl turns ten in June. How old will Rafael's daughter be?")
        if according or names:
            filters["speaker"] = according.group(1) if according else names[0]
    plan = QuestionPlan(kinds=[kind], attribute=attribute, operation=operation, filters=filters, topic=rest.strip())
    if anchor is not None:
        plan.filters["after" if anchor.relation == "after" else "anchor"] = anchor.clause
        if anchor.relation == "night_after":
            plan.filters["night"] = "after"
    if found is not None and kind == "conversation" and not _said_then(rest):
        found = None  # "how old is Tom's daughter turning on Saturday": the day the fact is about, not when it was said
    if found is not None:
        if kind == "sleep" and operation == "value" and attribute == "time":
            found = bedtime_night(found, rest, as_of, tz)
        plan.window = as_window(found)
        if operation == "compare":
            _compare_windows(plan, rest, found, second, as_of, tz)
            if plan.compare_to is not None:
                plan.filters.pop("anchor", None)  # two days named: "one day than the other" names neither
    elif kind != "conversation" and operation != "relation" and (unread := _UNREAD_DAY.search(rest)):
        plan.filters["unread_day"] = unread.group(0)  # "the other day", "start of the week": not today, and not a guess
    elif operation in ("count", "total", "duration", "first", "last") and kind != "conversation" and (
            anchor is None or anchor.relation == "after"):
        if kind == "coffee" and _STATED_AMOUNT.search(rest):
            return None  # "days with 300 mg ... or more, how do I sleep?": a habit not read, not today's caffeine
        if operation != "last" or kind == "coffee":
            plan.window = day_window(as_of, tz, "today")
    if operation == "relation":
        plan.relation = rest.strip()
    elif previous is not None and found is None and anchor is None:
        _same_occasion(plan, previous)
    return plan


_HEADING = re.compile(r"^\s*(?P<label>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?)\s*:\s+(?=\S)")


def _without_heading(text: str, as_of: datetime, tz: tzinfo, titles: Collection[str], people: Collection[str]) -> str:
    """``text`` without a heading before its question ("Post-EVA: after my yoga ...", "Bonus: how long
    ...?"), unless the heading names what is asked (a kind, a day, a meeting or a person: "Lunch: where?",
    "Day before that: lunch")
    or the question without it names no kind."""
    heading = _HEADING.match(text)
    if heading is None or not kinds_in(text[heading.end():]):
        return text  # "Design review: who came?": the heading may be all that says what is asked
    label = heading["label"]
    if kinds_in(label) or _UNREAD_DAY.search(label) or find_window(label, as_of, tz) is not None \
            or re.search(r"correlat|compar|versus|\bvs\b|relation|\blink|effect", label, re.I) \
            or _DAY_BEFORE.search(label) or _DAY_AFTER.search(label) or _WEEK_BEFORE.search(label) \
            or any(label.lower() in t.lower() for t in titles) \
            or any(label.split()[0].lower() == p.split()[0].lower() for p in people):
        return text
    return text[heading.end():]


def _remark_on_another_kind(tail: str, asked: str) -> bool:
    """A remark or a guess after the question about other things than it asks about: "what was my heart
    rate on the swim? Probably higher than after an espresso.", "what time was I up? early call?"."""
    if _PURPOSE.match(tail):
        return True  # "... what did they call her? I want to write it on a pup cup.": why it is asked
    asked_kinds, tail_kinds = set(kinds_in(asked)), set(kinds_in(tail))
    return bool(asked_kinds) and bool(tail_kinds) and not asked_kinds & tail_kinds


_PURPOSE = re.compile(r"^\s*(?:(?:I|I'm|I’m|I'd|I’d|I\s+am|I\s+would)\s+(?:want|need|like|love|plan|hope|wanna|gotta|have\s+to|"
                      r"am\s+going|going|'m\s+going|’m\s+going|trying|try|wonder|bet|guess)|(?:just\s+)?(?:hoping|wondering|"
                      r"curious|guessing|fingers\s+crossed))\b[^?]*$", re.I)


def _weeklong(window: TimeWindow) -> bool:
    return window.end - window.start >= timedelta(days=6)


def _same_occasion(plan: QuestionPlan, previous: QuestionPlan) -> None:
    """A question of its own about what the last one named, with no day of its own ("how long did I sleep
    on Tuesday night?" then "what time did I go to bed?"): the same window, the same sport or meal."""
    if previous.window is None or previous.operation in ("compare", "relation") or plan.kinds != previous.kinds[:1]:
        return
    plan.window = previous.window
    if plan.kinds == ["meeting"] and previous.topic and not _TITLED.search(plan.topic or ""):
        plan.topic = f"{previous.topic} {plan.topic or ''}".strip()  # "1:1 with Tom today attendees?" then "mtg length?"
    for key in ("activity", "meal"):
        if key in previous.filters:
            plan.filters.setdefault(key, previous.filters[key])


def _compare_windows(plan: QuestionPlan, text: str, found: TimeFilter, second: TimeFilter | None,
                     as_of: datetime, tz: tzinfo) -> None:
    """The second window of a comparison: named ("... or the 11th"), or "the night before" the first.
    Sleep compared night by night keeps both windows nights ("which night, Sunday or Monday")."""
    if second is None and plan.window is not None:
        week = found.phrase.lower().endswith("week")
        if found.phrase.lower() == "last week" and not _THAN_LAST.search(text):
            # "is my coffee count up on last week?": this week against last week
            plan.compare_to = plan.window
            plan.window = as_window(parse_time_filter("this week", as_of, tz) or found)
        elif _DAY_BEFORE.search(text) or _WEEK_BEFORE.search(text) or _THAN_LAST.search(text):
            plan.compare_to = shift_days(plan.window, -7 if week else -1, tz)
        return
    if plan.kinds == ["sleep"] and re.search(r"\bnights?\b", text, re.I):
        if "night" not in found.phrase.lower():
            found = parse_time_filter(f"{found.phrase} night", as_of, tz) or found
            plan.window = as_window(found)
        if "night" not in second.phrase.lower():
            second = parse_time_filter(f"{second.phrase} night", as_of, tz) or second
    if found.phrase.lower().endswith("this week") and re.fullmatch(r"(?:the\s+)?(?:last|past|previous|prior)\s+week",
                                                                    second.phrase.strip().lower()):
        plan.compare_to = shift_days(plan.window, -7, tz)  # "this week ... than the last week": the week before
        return
    plan.compare_to = as_window(second)


def _title_anchor(text: str, titles: Collection[str]) -> tuple[str, Anchor | None]:
    """"lunch place 1:1 with Kwame day", "sleep after Vendor call with Cobalt Freight": a meeting the
    log knows, named in a question about a meal or a night, names the day."""
    for title in titles:
        found = re.search(rf"(?:\bthe\s+)?(?<!\w){re.escape(title)}(?!\w)(?:\s+day\b)?", text, re.I)
        if found is None:
            continue
        rest = re.sub(r"\s+", " ", (text[: found.start()] + " " + text[found.end():])).strip()
        in_ask = found.start() >= text.rfind(asking_sentence(text))  # a remark before the ask names no kind then
        kind = _kind_of(asking_sentence(rest) if in_ask else through_ask(rest))  # nor an aside after it ("It ate into my day.")
        if kind not in ("meal", "sleep"):
            return text, None
        relation = "night_after" if kind == "sleep" else "day"
        return rest, Anchor(relation, title)
    return text, None


def _is_follow_up(text: str, titles: Collection[str] = ()) -> bool:
    if _FOLLOW_UP.search(text) or _NAME_ONLY.match(text):
        return True
    return _kind_of(text, titles) is None


def _night_then_day(previous: QuestionPlan, found: TimeFilter, text: str, tz: tzinfo) -> bool:
    """Whether a follow-up names a bare day after a question about a night (the night of that day is meant)."""
    if previous.window is None or "sleep" not in previous.kinds or re.search(r"\b(?:night|morning|evening|day)\b", text, re.I):
        return False
    start = to_utc(previous.window.start).astimezone(tz)
    return start.hour != 0 and timedelta(hours=20) <= found.end - found.start <= timedelta(hours=28)


def _follow_up(text: str, as_of: datetime, tz: tzinfo, previous: QuestionPlan,
               people: Collection[str]) -> QuestionPlan:
    plan = previous.model_copy(deep=True)
    plan.parsed_by = "follow-up"
    kind = plan.kinds[0] if plan.kinds else "any"
    named = kinds_in(_OCCASION_RUNS.sub("lasted", re.sub(r"\b(?:in\s+)?session\b", "", text)))  # "how long did that one
    # run", "how long was it in session": the meeting, not a workout
    if switched := bool(named) and kind not in named and named[0] not in ("conversation", "meeting"):  # "and coffee?" after a
        plan.kinds, kind = [named[0]], named[0]  # question about meals: that kind's own ask, the same day, none of the meal's filters
        plan.filters = {key: value for key, value in plan.filters.items() if key in ("person", "speaker")}
    if switched or _OWN_ASK.search(text) and plan.operation not in ("compare", "relation") and not _SAME_ASK.search(text):
        plan.operation, plan.attribute = asked.operation(text, kind)
    found = find_window(text, as_of, tz)
    if found is not None and _night_then_day(previous, found, text, tz):
        # "how long did I sleep on Tuesday night?" then "Wednesday?": Wednesday night
        days = (found.start.astimezone(tz).date() - to_utc(previous.window.start).astimezone(tz).date()).days
        plan.window = shift_days(previous.window, days, tz)
    elif found is not None:
        plan.window = as_window(found)
    elif previous.window is not None and (shift := _DAYS_SHIFT.search(text)):
        days = _SMALL.get(shift["n"].lower()) or int(shift["n"])
        plan.window = shift_days(previous.window, -days if shift["way"].lower() in ("before", "earlier", "prior")
                                 else days, tz)
    elif previous.window is not None and _WEEK_BEFORE.search(text) and _weeklong(previous.window):
        plan.window = shift_days(previous.window, -7, tz)  # "this week?" then "the week before?"
    elif previous.window is not None and _DAY_BEFORE.search(text):
        plan.window = shift_days(previous.window, -1, tz)
    elif previous.window is not None and _DAY_AFTER.search(text):
        plan.window = shift_days(previous.window, 1, tz)
    elif previous.window is None and plan.compare_to is None and (
            moved := _DAYS_SHIFT.search(text) or _DAY_BEFORE.search(text) or _DAY_AFTER.search(text)):
        plan.filters["unread_day"] = moved.group(0)  # "the night before that" when the last question named no day:
        # not every night of the log added up
    names = [n for n in names_in(trailing_aside(text)[0] or text, people) if n.lower() not in ("same", "how", "what", "no")]  # not
    # a remark's first word: "And how long did that meeting go for? Felt endless."
    if names:
        plan.filters["speaker" if "speaker" in plan.filters or "conversation" in plan.kinds else "person"] = names[0]
    if kind == "exercise" and (activity := activity_in(_OCCASION_RUNS.sub("lasted", text))):
        plan.filters["activity"] = activity
    if kind == "meal" and (meal := meal_in(text)):
        plan.filters["meal"] = meal
    return plan
