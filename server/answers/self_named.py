"""A writer who names himself in the third person, his question put in the first: "Inform this correspondent of her dinner
upon the day she ran ...", "This old pilot solicits the hour of his rising", "An old footplate man begs leave to learn where
he lunched" become "tell me my dinner upon the day I ran ...", "tell me the hour of my rising", "tell me where I lunched".
Only what he says of himself turns ("her dinner", "he ran", "commended to him"); another's stays ("the daughter of Ana ... at
her next birthday"). Pure functions of the text."""

from __future__ import annotations

import re
from collections.abc import Callable

_HER = re.compile(r"\b(?:her|his)\s+(?=(?:dinner|breakfast|lunch|luncheon|noonday|evening|sleep|repose|rest|rising|retiring|earliest|final|first|last|total"
                  r"|coffees?|meetings?|intake|average|exercise|heart|bicycle|lot|days|caffeine|noon|supper|night|nights|mean|whole|bed|swim|workouts?|ear|fare|slumber|midday|viewing|attention|repast|pulse|cups?|opening|hours)\b)"
                  r"|\b(?:commended|recommended|advised|told|served|carried|praised|urged\s+upon|costs?|gives?|gave|robs?|deprives?|claimed|claims"
                  r"|informed|directed|reported|set\s+before|held|leaves|left|by|put|granted|spoke|detained|brought|allotted|afforded|with)\s+(?:to\s+)?(?:her|him)\b",
                  re.I)
_SHE = re.compile(r"\b(?:she|he)\s+(?=(?:ran|cycled|swam|rode|attended|consumed|consumes|drank|undertook|sleeps|slept|lay|dined|took|takes|obtained|has|had|"
                  r"was|rose|retired|ate|lunched|exercised|exercises|covered|breakfasted|ingested|pursued|travelled|traveled|drinks|sleeps|went|awoke|woke|allowed|quitted|quit|betook|sat)\b)", re.I)
_PRESENT = re.compile(r"\bI\s+(has|sleeps|exercises|drinks|takes|consumes)\b|\b(?:her|him)self\b")
"""What "she" or "he" did, said of "I": "I has" is "I have", "I sleeps" "I sleep"; "herself" or "himself" is "myself"."""


def in_first_person(text: str) -> str:
    """``text`` with "her dinner" or "his dinner" as "my dinner", "she ran" or "he ran" as "I ran" and "advised her" as
    "advised me"."""
    text = _HER.sub(lambda m: "my " if m[0].lower().startswith(("her ", "his ")) else re.sub(r"(?i)\s*\b(?:her|him)$", " me", m[0]), text)
    text = _SHE.sub("I ", text)
    return _PRESENT.sub(lambda m: "myself" if m[1] is None else "I " + ("have" if m[1] == "has" else m[1][:-1]), text)


def _asked(match: re.Match[str]) -> str:
    return "tell me " + in_first_person(match[1])


SELF_NAMED: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = tuple((re.compile(pattern, re.I), _asked) for pattern in (
    # a correspondent who writes of herself so: "Inform this correspondent of her dinner upon the day she ran ..."
    r"^(?:inform\s+this\s+correspondent\s+of|this\s+correspondent\s+begs(?:\s+to\s+(?:know|learn))?)\s+(.+)$",
    # "This old pilot solicits the hour of his rising"
    r"^this\s+(?:old\s+|retired\s+)?[\w-]+\s+solicits\s+(.+)$",
    # "Permit a retired curator to enquire what he lunched upon on Tuesday"
    r"^permit\s+an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+to\s+(?:enquire|inquire|ask)(?:\s+(?:after|about|into|of))?\s+(.+)$",
    # "A retired chemist begs to be informed of what he took at breakfast"
    r"^an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+begs\s+to\s+be\s+(?:informed|told)(?:\s+(?:of|about|as\s+to))?\s+(.+)$",
    # "A retired numismatist desires to know the hour he rose"
    r"^an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:desires|wishes|wants|would\s+like)\s+to\s+(?:know|learn|be\s+(?:told|informed))(?:\s+(?:of|about))?\s+(.+)$",
    # "A glaciologist in retirement would welcome word of the hour he awoke"
    r"^an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:in\s+retirement\s+)?would\s+(?:welcome|appreciate|value)\s+(?:word|news|tidings)\s+(?:of|about|as\s+to)\s+(.+)$",
    # "A falconer long retired from the desert counts seeks the hour of his rising", "... would learn ..."
    r"^an?\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+\s+(?:seeks|requests|solicits|asks\s+(?:for|after)|would\s+(?:learn|know|hear))\s+(?!to\b)(.+)$",
    # "A cartographer retired to the coast asks that his ledger be given the hour he rose"
    r"^an?\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+\s+asks\s+that\s+(?:his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:be\s+(?:given|told|furnished\s+with)|receive)\s+(.+)$",
    # "The tide gauge keeper of the island party requests that the station record state the hour he rose"
    r"^(?:an?|the)\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+\s+requests\s+that\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:state|show|give|tell)\s+(.+)$",
    # "The epigrapher would have the diary yield up the hour he rose"
    r"^(?:an?|the)\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+\s+would\s+have\s+(?:the|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:yield(?:\s+up)?|give(?:\s+up)?|state|show"
    r"|tell|disclose|surrender|render(?:\s+up)?|reveal|declare|furnish)\s+(.+)$",
    # "For the lichenologist's register, let the diary declare the hour of waking"
    r"^for\s+the\s+[\w'’-]+['’]s\s+(?:register|record|ledger|log|book|files?|notes),\s+let\s+the\s+[\w'’-]+\s+(?:declare|state|show|tell|give|record|set\s+down)\s+(.+)$",
    # "For the hopper register, I would ask you to state the hour of rising", "For the ionosonde ledger, kindly enter ..."
    r"^for\s+the\s+(?:[\w'’-]+\s+)?(?:register|record|ledger|log|book|files?|notes),\s+(?:I\s+would\s+ask\s+you\s+to|(?:kindly|please)|be\s+so\s+good\s+as\s+to)\s+"
    r"(?:declare|state|show|tell\s+me|give|record|set\s+down|enter)\s+(.+)$",
    # "Entry requested for the district register: the hour of my rising, dilun 15/06/2037"
    r"^(?:an?\s+)?entry\s+(?:requested|sought|wanted|asked\s+for)\s+(?:for|in)\s+the\s+(?:[\w'’-]+\s+){0,2}(?:register|record|ledger|log|book)"
    r"\s*:\s*(.+)$",
    # "Kindly note in the orchid register the hour I retired"
    r"^(?:kindly\s+|please\s+)?note\s+in\s+the\s+(?:[\w'’-]+\s+){0,2}(?:register|record|ledger|log|book|files?|notes)\s+(?!that\b)(.+)$",
    # "Pray enter in the palynologist's core log the hours slept"
    r"^pray\s+(?:enter|note|set\s+down|record)\s+in\s+the\s+[\w'’-]+['’]s\s+(?:[\w'’-]+\s+)?(?:log|register|ledger|book|record)\s+(.+)$",
    # "An old footplate man begs leave to learn where he lunched"
    r"^an?\s+(?:[\w-]+\s+){0,3}[\w-]+\s+begs?\s+leave\s+to\s+(?:learn|know|hear|be\s+(?:told|informed|reminded))(?:\s+(?:of|about))?\s+(.+)$",
))
"""The writers' openings, each with the question it asks put in the first person."""
