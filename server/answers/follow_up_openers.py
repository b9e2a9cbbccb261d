"""A follow-up's opening put plainly: a phrase of the writer's trade before the turn ("Another row to hoe: ...", "From the
same hoard, ...", "While the sinew dries: ...", "One more while the water taxi idles: ...", "Between launches: ...", "Up at the tunnel
mouth: ..."), a
formal writer's "Of the same thallus, let the diary further declare ..." or "Addendum for the district register: ...", and
the day, night, meeting, person or today the turn moves to, said in many ways ("the same, moved back by a night", "the
duration of said meeting", "the present day, unfinished", "X in its stead", "the figure for X"), as the follow-up phrases
the planner reads ("and the night before?", "and how long was that meeting?", "and today so far?", "and X?"). Applied
after ``idioms.in_plain_words``. Pure functions of the text."""

from __future__ import annotations

import re
from collections.abc import Callable

_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(pattern, re.I), repl) for pattern, repl in (
    # a follow-up opened with a phrase of one's trade ("Another row to hoe: ...", "From the same hoard, ...", "While the sinew
    # dries: ...", "Further down the same core, ..."), then its turn
    (r"^(?:another|one\s+more)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*:\s*(?=[^?.!:]{2,45}[?.!]?$)", "and "),
    (r"^(?:from|out\s+of|in)\s+the\s+same\s+[\w'’-]+(?:\s+[\w'’-]+)?,\s*(?=[^?.!:,]{2,45}[?.!]?$|today,)", "and "),
    (r"^(?:while|as|until)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:dries|cures|sets|cools|rests|settles|sits?|waits?|stands?|lies|soaks?|brews?)"
     r"(?:\s+(?:on|in|at|by)\s+the\s+[\w'’-]+)?\s*:\s*(?=[^?.!:]{2,45}[?.!]?$)", "and "),
    (r"^(?:further|farther)\s+(?:down|along|up|into)\s+the\s+same\s+[\w'’-]+,\s*(?=[^?.!:]{2,45}[?.!]?$)", "and "),
    # "Rifle still slung: now X?", "Adding to the ionosonde ledger, enter as well for the day behind it."
    (r"^[\w'’-]+\s+still\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*:\s*(?:now\s+|and\s+)?(?:same\s+question,\s+but\s+)?(?=[^?.!:]{2,60}[?.!]?$)", "and "),
    # "Between launches: back by a day?", "Addendum for the district register: the figure for Kwame."
    (r"^between\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+s\s*:\s*(?:and\s+)?(?=[^?.!:]{2,60}[?.!]?$)", "and "),
    # "Up at the tunnel mouth: ...", "Down in the engine room: ...", "Out on the jetty: ...": where the writer is, then the turn
    (r"^(?:up|down|out|back|over|in|inside|outside)\s+(?:at|in|on|by|from|near|under)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*:\s*(?:and\s+)?"
     r"(?=(?:that|this|now|same|the\s+same|shift|move|step|go|back|what\s+about|how\s+about)\b[^?.!:]{2,60}[?.!]?$)", "and "),
    (r"^addend(?:um|a)\s+(?:for|to)\s+the\s+(?:[\w'’-]+\s+){0,2}(?:ledger|register|log|record|book)\s*:\s*(?=[^?.!:]{2,60}[?.!]?$)", "and "),
    # "Continuing the orchid register, note also the particular for the date preceding that one."
    (r"^continuing\s+the\s+(?:[\w'’-]+\s+){0,2}(?:ledger|register|log|record|book),\s+(?:note|enter|state|record)\s+(?:also|as\s+well)\s+"
     r"(?:the\s+(?:corresponding\s+)?particular\s+for\s+)?(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,70}[?.!]?$)", "and "),
    (r"^adding\s+to\s+the\s+(?:[\w'’-]+\s+){0,2}(?:ledger|register|log|record|book),\s+(?:enter|state|give|record)\s+as\s+well\s+what\s+holds\s+for\s+"
     r"(?!today\b)((?:[^?.!,]|(?<=\d)\.(?=\d)){2,40}?)\s*[?.!]?$", r"and \1?"),
    (r"^adding\s+to\s+the\s+(?:[\w'’-]+\s+){0,2}(?:ledger|register|log|record|book),\s+(?:enter|state|give|record)\s+as\s+well\s+"
     r"(?:(?:what\s+holds\s+)?for\s+)?(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,70}[?.!]?$)", "and "),
    # "Off the dredge for a minute, one more: now X?", "On the same stone, the diary is to yield up the matter again for X."
    (r"^[^?.!:,]{3,40},\s+one\s+more\s*:\s*(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,45}[?.!]?$)", "and "),
    # "One more while the water taxi idles: and X?", "Of the same thallus, let the diary further declare the same touching X."
    (r"^one\s+more\s+while\s+the\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s+(?:idles|waits|rests|sits|cools|drifts)\s*:\s*(?:and\s+)?"
     r"(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,60}[?.!]?$)", "and "),
    (r"^of\s+the\s+same\s+[\w'’-]+,\s+let\s+the\s+[\w'’-]+\s+further\s+(?:declare|state|give|show|tell)\s+(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,70}[?.!]?$)",
     "and "),
    (r"^(?:on|in|from|under|at)\s+the\s+same\s+[\w'’-]+,\s+the\s+[\w'’-]+\s+is\s+to\s+(?:yield(?:\s+up)?|give|state|show|tell)\s+"
     r"(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,60}[?.!]?$)", "and "),
    (r"^(?:(?:turning|turn)\s+the\s+(?:leaf|page)|(?:opening|pulling\s+out)\s+the\s+next\s+[\w'’-]+|under\s+the\s+(?:next|same)\s+[\w'’-]+"
     r"(?:,\s+the\s+record\s+is\s+asked\s+for)?|back\s+from\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?,\s+one\s+more:?),?\s*"
     r"(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,45}[?.!]?$)"
     r"|^before\s+the\s+next\s+[\w'’-]+\s+(?:comes|rolls|goes)\s+(?:down|along|through)\s+the\s+[\w'’-]+\s*:\s*(?=(?:[^?.!:]|(?<=\d)\.(?=\d)){2,45}[?.!]?$)",
     "and "),
    (r"^and\s+(?:the\s+(day|night)\s+(?:that\s+(?:came|went)\s+before(?:\s+it)?|that\s+preceded\s+it|preceding(?:\s+it)?)"
     r"|(?:one|a)\s+(day|night)\s+further\s+(?:back|down)|step\s+back\s+one\s+(day|night)|(?:step\s+)?(?:a|one)\s+(day|night)\s+back|one\s+more\s+(day|night)\s+back(?:\s+down\s+the\s+[\w'’-]+)?"
     r"|the\s+(day|night)\s+(?:one\s+(?:step\s+)?earlier|that\s+came\s+ahead\s+of\s+it|next\s+before|that\s+stood\s+before\s+it|(?:standing\s+)?behind\s+(?:it|that\s+one))"
     r"|the\s+(?:(date)|(day))\s+immediately\s+prior|now\s+the\s+(day|night)\s+behind\s+(?:it|that\s+one)"
     r"|(?:shift|move|step|take)\s+it\s+back\s+(?:by\s+)?(?:a|one)\s+(day|night)|the\s+matter\s+(?:once\s+more|again),?\s+stepping\s+back\s+(?:a|one)\s+(day|night)"
     r"|the\s+same,?\s+moved\s+back\s+by\s+(?:a|one)\s+(day|night)|same\s+thing,\s+a\s+single\s+(day|night)\s+back(?:\s+from\s+there)?"
     r"|go\s+back\s+(?:a|one)\s+(day|night)|(?:a|one)\s+(day|night)\s+earlier|the\s+(date|day)\s+preceding\s+that\s+one"
     r"|the\s+earlier\s+(night|day)\s+(?:adjoining|next\s+to|beside)\s+that\s+one"
     r"|(?:(?:the\s+(?:figure|same|matter)),?\s+)?(?:shifted|moved|set|put)?\s*back\s+by\s+(?:a|one)\s+(day|night))"
     r"\s*[?.!]?$",
     lambda m: f"{m[0][:3]} the {next(g for g in m.groups() if g).lower().replace('date', 'day')} before?"),
    (r"^and\s+the\s+(?:minutes|duration|length)\s+(?:that|of\s+(?:the\s+said|that))\s+(?:same\s+)?meeting(?:\s+(?:lasted|took|occupied))?\s*[?.!]?$",
     "and how long was that meeting?"),
    (r"^and\s+(?:(?:that|the\s+same)\s+meeting['’]s\s+(?:minutes|length|duration)(?:,\s+first\s+word\s+to\s+last)?|the\s+duration\s+of\s+(?:said|that|the\s+same)\s+meeting|that\s+meeting,\s+what\s+did\s+it\s+eat\s+of\s+my\s+day"
     r"|that\s+meeting,\s+what\s+(?:length\s+of\s+time|time|span)\s+did\s+it\s+(?:swallow|take|eat)|the\s+(?:span|length|duration)\s+of\s+the\s+meeting\s+last\s+(?:named|mentioned|in\s+question)"
     r"|that\s+meeting,\s+how\s+long(?:\s+in\s+minutes)?|that\s+meeting,\s+its\s+(?:running\s+time|length|duration|span)|the\s+(?:span|length|duration)\s+of\s+that\s+meeting"
     r"|(?:what|how\s+much)\s+time\s+(?:that|the\s+same)\s+(?:meeting|gathering)\s+(?:consumed|took|lasted)"
     r"|the\s+minutes\s+which\s+that\s+meeting\s+occupied|minutes\s+(?:swallowed|eaten|taken|consumed)\s+by\s+that\s+meeting|that\s+meeting\s+kept\s+(?:people|us|everyone)\s+seated\s+how\s+long)\s*[?.!]?$",
     "and how long was that meeting?"),
    (r"^and\s+(?:today,?\s+as\s+(?:logged|it\s+stands|recorded)(?:\s+so\s+far)?|the\s+present\s+day,?\s+(?:unfinished|incomplete)"
     r"|today,?\s+as\s+far\s+as\s+we\s+have\s+come|(?:same\s+again\s+with\s+today\s+in\s+the\s+frame|the\s+figure\s+for\s+today),?(?:\s+still\s+(?:going|running|open|unfinished))?|the\s+matter\s+again\s+for\s+this\s+day,?\s+(?:unfinished|incomplete|so\s+far)"
     r"|today,?\s+(?:with\s+the\s+day|which\s+is)\s+still\s+(?:running|going|open)|today,?\s+incomplete\s+as\s+yet|today,?\s+(?:incomplete|unfinished)\s+(?:though|as)\s+it\s+is|the\s+same\s+for\s+this\s+present\s+day(?:,?\s+unfinished(?:\s+though\s+it\s+be)?)?)"
     r"\s*[?.!]?$", "and today so far?"),
    (r"^and\s+(?:now\s+)?today,?\s+count(?:ing|ed)\s+only\s+the\s+(?:hours|time)\s+(?:gone|passed|so\s+far)\s*[?.!]?$", "and today so far?"),
    (r"^now\s+this\s+very\s+day,?\s+count(?:ing|ed)\s+(?:till|until|up\s+to|to)\s+the\s+present\s+(?:minute|hour|moment)\s*[?.!]?$",
     "and today so far?"),
    (r"^and\s+(?:today,?\s+count(?:ing|ed)\s+(?:till|until|up\s+to|to)\s+(?:now|this\s+hour)|the\s+present\s+day\s+(?:thus\s+far|to\s+this\s+hour))"
     r"\s*[?.!]?$", "and today so far?"),
    (r"^and\s+([^?]{2,40}?)\s+in\s+(?:its|his|her|their|the\s+first(?:\s+one)?['’]s)\s+(?:stead|place)\s*[?.!]?$", r"and \1?"),
    (r"^and\s+(?:([^?]{2,40}?)\s+in\s+(?:place\s+of\s+the\s+first(?:\s+one)?|turn)|what\s+(?:of|about)\s+([^?]{2,40}?)(?:,?\s+then)?"
     r"|(?:the\s+same(?:\s+particular,?)?|the\s+entry|the\s+record|identically,?)\s+(?:of|for|touching|concerning|regarding)\s+([^?]{2,40}?)"
     r"|the\s+same\s+where\s+([^?]{2,40}?)\s+is\s+concerned|same\s+again\s+with\s+([^?]{2,40}?)\s+in\s+the\s+frame|the\s+figure\s+for\s+([^?]{2,40}?)|(?:run|try|do)\s+it\s+(?:for|with)\s+([^?]{2,40}?)|the\s+matter\s+again\s+for\s+([^?]{2,40}?)"
     r"|((?-i:[A-Z])[\w'’-]*)['’]s,?\s+then)\s*[?.!]?$", lambda m: f"and {next(g for g in m.groups() if g)}?"),
))


def in_plain_follow_up(text: str) -> str:
    """``text`` with a follow-up's opening and the turn it asks put as the planner's follow-up phrases."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text
