"""A writer's sign-off after the question, taken off before it is read: thanks and courtesies ("thanks", "yours
faithfully", "with my compliments"), and the formulas of the formal writers the sets have met ("your servant among the
X, ...", "Struck and dated, <place>", "Pinned and labelled at <place>", "Filed under the day's headword, <place>", "Entered at <place>",
"Entered among the <trees>, <place>", "Written under the ... trees, <place>", "From the ... line, <place>", "Entered in the ... ledger", "Sent from my phone", "Sent from the ... bench, <place>", "Transmitted from the radar hut on <place>", and after a full
stop "From the orchid house at <place>" and "The district chief, at <place>"), and any closing line that asks and names nothing."""

from __future__ import annotations

import re

from server.answers.cues import kinds_in

SIGN_OFF = re.compile(r"(?:[\s,;:.!\-–—]*\b(?:your\s+(?:humble\s+)?servant\s+(?:among|from|of|at)\s+[^.?!,]{1,40}(?:,\s+(?:an?\s+|the\s+)?[^.?!,]{1,80})?"
                      r"|(?:most|very|yours)\s+respectfully(?:,\s+(?:an?\s+|the\s+)?[^.?!,]{1,80})?|logged\s+and\s+signed(?:,\s+(?:an?\s+|the\s+)?[^.?!,]{1,80})?"
                      r"|(?:struck|signed|sealed|stamped|written)\s+and\s+(?:dated|sealed|signed)(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
                      r"|(?:pinned|labell?ed|mounted|catalogued|pressed)\s+and\s+(?:labell?ed|pinned|catalogued|dated)\s+(?:at|in)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:,\s+(?-i:[A-Z])[\w'’-]*)?"
                      r"|(?:entered|logged|recorded|inscribed|written|carved|cut|copied|noted|set\s+down)\s+(?:at|among)(?:\s+the\s+[a-z]+\s+of)?(?:\s+the)?\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:[a-z]{1,3}-)?(?-i:[A-Z])[\w'’-]*)*(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)?"
                      r"|(?:filed|indexed|entered)\s+under\s+(?:[\w'’-]+\s+){0,3}?(?:headword|heading|letter|entry),\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
                      r"|(?:written|penned|composed)\s+(?:under|beneath|among|in\s+the\s+shade\s+of)\s+the\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
                      r"|from\s+the\s+(?:[\w'’-]+\s+){0,2}line,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
                      r"|(?<=[.!?]\s)from\s+the\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+(?:at|in|on)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
                      r"|(?<=[.!?]\s)the\s+(?:[\w'’-]+\s+){0,3}?(?:chief|officer|head|keeper|warden|master|clerk|commander|administrator|prefect)"
                      r",\s+(?:at|of|in|on)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
                      r"|(?:sent|transmitted|posted|radioed|written)\s+from\s+(?:my|the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:\s+(?:on|at|in)\s+(?-i:[A-Z])[\w'’-]*)?"
                      r"(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
                      r"|(?:entered|noted|recorded)\s+in\s+(?:the|my)\s+[\w\s]{1,30}?(?:ledger|register|log|book|diary|journal|notebook)(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
                      r"|with\s+(?:(?:the|my|kind|best|warm)\s+)?(?:regards|respects|compliments|greetings)\s+(?:of|from)\s+(?:an?\s+|the\s+)?[^.?!,]{1,60}(?:,\s+(?:an?\s+|the\s+)?[^.?!,]{1,80})?"
                      r"|yours\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*(?:,\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+)?"
                      r"|with\s+(?:(?:an?|my|the|many|all)\s+)?(?:[\w'’-]+\s+){0,3}thanks(?:,?\s+from\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
                      r"|thanks|thank\s+you|thx|ty|tia|cheers|pls|plz|please|with\s+(?:esteem|respect|regards|due\s+regard)"
                      r"|with\s+my\s+compliments|ever\s+at\s+your\s+service|(?:thus|and\s+so|so|herewith)\s+I\s+rest\s+my\s+case|ever\s+faithfully\s+yours|yours\s+ever\s+faithfully|i\s+remain\s+your\s+obedient\s+correspondent|i\s+remain\s+obliged|i\s+am\s+obliged|reply\s+awaited|your\s+(?:early|prompt|swift)\s+(?:word|reply|answer)\s+is\s+awaited|(?:reply\s+)?at\s+your\s+earliest\s+convenience|a\s+word\s+by\s+return\s+will\s+suffice|your\s+reply\s+shall\s+be\s+duly\s+minuted|i\s+await\s+your\s+word(?:\s+with\s+patience)?|your\s+answer\s+will\s+be\s+received\s+with\s+gratitude|i\s+close\s+with\s+thanks(?:\s+laid\s+up)?(?:\s+in\s+advance)?|with\s+my\s+gratitude\s+duly\s+recorded|my\s+thanks\s+in\s+advance\s+of\s+your\s+reply|awaiting\s+your\s+(?:answer|reply)\s+with\s+interest|yours\s+in\s+anticipation|yours\s+obediently|at\s+your\s+leisure|answer\s+to\s+be\s+filed|your\s+obedient\s+servant|with\s+the\s+assurances?\s+of\s+my\s+(?:highest|high|most\s+distinguished)\s+consideration|respectfully\s+submitted|for\s+due\s+action|accept\s+my\s+distinguished\s+greetings|thanking\s+you\s+in\s+anticipation|with\s+(?:my|many)\s+thanks(?:\s+for\s+your\s+(?:assistance|help|trouble)(?:\s+in\s+this\s+matter)?)?|yours\s+(?:faithfully|truly|sincerely))"
                      r"(?:\s+adv(?:ise)?)?\b[\s.!]*)+$", re.I)
"""One or more sign-offs at the end of a question (and their punctuation)."""

_CLOSING_LINE = re.compile(r"(?<=[.!?])\s+(?P<line>(?-i:[A-Z])[^.?!:;]{2,80}[.!]?)\s*$")
_ASKS_OR_DATES = re.compile(r"\d|\b(?:how|what|when|which|who|whom|where|whether|why|did|do|does|was|were|is|are|am|have|has|had|tell|give|"
                            r"list|name|show|say|state|count|sum|total|many|much|more|less|fewer|longer|shorter|same|also|and|or|not|"
                            r"today|tonight|yesterday|tomorrow|night|day|days|week|morning|evening|afternoon|noon|midnight|last|this|"
                            r"first|(?:mon|tues|wednes|thurs|fri|satur|sun)day|hours?|minutes?|km|mg|I|my|me|please|distance|length|duration|time|"
                            r"place|title|caffeine|pace|pulse|heart|speed|quality|amount|figure|answer|average|mean)\b", re.I)
"""What a closing line would need to be part of the question: an asking or requesting word, a number, a day or a time, a
measure, or the writer."""


_ENGLISH_LINK = re.compile(r"\b(?:the|at|of|in|from|by|on|to|for|with)\b")
"""A closing line in English links its words ("at the vestry of ..."); one with none may be a language no table read."""


def without_closing_line(text: str) -> str:
    """``text`` without a closing line that asks and names nothing after the sentences that ask of a kind of record: a
    formal writer's "Given at the vestry of Havnar kirkja.", "Sealed at the harbour office."."""
    found = _CLOSING_LINE.search(text)
    if found is None or _ASKS_OR_DATES.search(found["line"]) or kinds_in(found["line"]) or not kinds_in(text[:found.start()]) \
            or not _ENGLISH_LINK.search(found["line"]):  # ("Ana alisema": a line no table read, its speaker named)
        return text
    return text[:found.start()].rstrip()
