"""Amharic written in Latin letters (as Ethiopians type it on an English keyboard) in an English question, put into English.

People in Addis Ababa mix romanised Amharic into English as they type ("zare sint sini buna tetahu?",
"the Sprint planning sibseba lay man man neberu?", "ye Malik degmo?"): the words that carry what is
asked (days, nights, meals, coffee, sleep, question words, more/less, "the day before") become English;
"ebakih" (please), "ishi" (OK) and the endings that only hold the sentence together go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups: "ye Malik degmo?" (and Malik?), "ena ke ziya befit yalew mata?" (and the night before?)
    (r"(?:ena\s+)?ye\s+((?-i:[A-Z])\w+)\s+degmo", r"what about \1"), (r"((?-i:[A-Z])\w+)\s+degmo", r"what about \1"),
    (r"ena\s+ke\s*ziya\s+befit\s+yalew\s+(?:mata|lelit)", "and the night before"),
    (r"ena\s+ke\s*ziya\s+befit\s+yalew\s+qen", "and the day before"),
    (r"ke\s*ziya\s+befit\s+yalew\s+(?:mata|lelit)", "the night before"), (r"ke\s*ziya\s+befit\s+yalew\s+qen", "the day before"),
    # habits: "sport yeserahubet qen" (days I worked out), "400 mg caffeine or more yalebet qen" (days with ...),
    # "erat at 7:30 pm or later sihon" (when dinner is at 7:30 pm or later)
    (r"sport\s+yeserahubet\s+qen|sport\s+yeseraw(?:bet|hubet)\s+qen", "on workout days"),
    (r"sport\s+yalserahubet\s+qen|rest\s+days", "days without a workout"),
    (r"(\d+\s*mg\s+caffeine\s+or\s+more)\s+yalebet\s+qen", r"on days with \1"),
    (r"(erat|mesa|buna|coffee|dinner|lunch)\s+(at\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+or\s+later)(?:\s*sihon)?\s*[-,]?",
     lambda m: f"on days with {_THING.get(m[1].lower(), m[1])} {m[2]},"),
    # a day named by what happened on it: "the qen Yuki told me about X" (the day Yuki told me about X),
    # "the 2.1 km swim qen", "be Incident postmortem qen" (on the day of the Incident postmortem)
    (r"the\s+qen", "the day"), (r"(the\s+[\d.]+\s*km\s+\w+)\s+qen", r"on the day of \1"),
    (r"be\s+(.{3,60}?)\s+qen", r"on the day of the \1,"), (r"(\S.{2,60}?)\s+qen\b", r"on the day of \1,"),
    # days and nights
    (r"tilant(?:e)?\s+mata|tilant\s+lelit", "last night"), (r"ketilant\s+befit|ke\s+tilant\s+befit", "the day before yesterday"),
    (r"tilant(?:e)?|tinant", "yesterday"), (r"zare", "today"), (r"yihe\s+samint|yih\s+samint", "this week"),
    (r"yalfew\s+samint|yalefew\s+samint|bayalfew\s+samint", "last week"),
    (r"mata|lelit", "night"), (r"qen", "day"),
    # what is asked
    (r"lay\s+man\s+man\s+neberu|man\s+man\s+neberu|man\s+man\s+neber|man\s+man", "who attended"), (r"man", "who"),
    (r"be\s+sint\s+sa['’]?at", "what time"), (r"sint\s+sa['’]?at\s+(?:tenyahu|teneshu|tegnehu)", "how many hours did I sleep"),
    (r"sint\s+sa['’]?at", "what time"), (r"sint\s+dekika", "how many minutes"), (r"sint\s+gize", "how many times"),
    (r"sint\s+sini", "how many cups"), (r"sint\s+sibseba", "how many meetings"), (r"sint", "how many"),
    (r"yet", "where"), (r"mechie|meche", "when"), (r"yetignaw", "which"), (r"endet", "how"),
    (r"yemejemeriya(?:w)?", "first"), (r"ye\s+mecheresha|mecheresha(?:w)?", "last"),
    (r"min\s+yibalal|min\s+new|min", "what"), (r"simu", "its name"),
    # more, less
    (r"bizu", "more"), (r"yansal|kit\s+yale", "less"), (r"ena", "and"),
    # things and doings
    (r"buna", "coffee"), (r"sini", "cups"), (r"erat", "dinner"), (r"mesa", "lunch"), (r"qurs|kurs", "breakfast"),
    (r"m[ie]?g[ie]?b\s+bet", "restaurant"), (r"megeb|mgib|migib", "food"), (r"inqilf(?:e)?", "sleep"), (r"tenyahu|teneshu|tegnehu", "slept"),
    (r"sibseba(?:w)?", "meeting"), (r"serahu", "did"), (r"rotku", "ran"), (r"wusha", "dog"), (r"awroplan|aweroplan", "flight"),
    (r"yarefal|yarefe", "land"), (r"belahu", "did I eat"), (r"tetahu|etetalehu", "did I drink"), (r"fejje|fejjebet", "take"),
    # words that only hold the sentence together
    (r"ebakih|ebakish|ishi|neber|neberu|neberegn|new|lay|be|ye|ke|degmo|sihon|yalew|G\.C\.", ""),
)
_THING = {"erat": "dinner", "mesa": "lunch", "buna": "coffee"}
_TABLE = WordTable(_RULES, r"ye|awroplan|yarefal|migib|mgib|wusha|simu|yibalal|zare|tilant|tinant|yihe\s+samint|yalfew\s+samint|sint|min|man\s+man|buna|sini|erat|mesa|qurs|"
                           r"inqilf\w*|tenyahu|sibseba\w*|neber\w*|belahu|tetahu|ebakih|ishi|degmo|qen|mata|bizu|yansal|"
                           r"yeserahubet|yalebet|sihon|mecheresha")


def from_amharic(text: str) -> str:
    """``text`` with its romanised Amharic words that say what is asked put into English; a text with
    fewer than two such words is left as it is."""
    return _TABLE.in_english(text)
