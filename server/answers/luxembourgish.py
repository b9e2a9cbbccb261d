"""Luxembourgish in an English question, put into English.

People in Luxembourg switch between Luxembourgish and English inside a sentence, and put the day between the verb's two
parts as the language does: "wat hunn ech yesterday zum Mëttegiessen giess?" (what did I eat for lunch yesterday), "wéi
vill Taasse Kaffi hunn ech today gedronk?" (how many cups of coffee did I drink), "wien war on Monday an der Reunioun X?"
(who was at the X meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and
caffeine, sleep and waking, workouts, meetings and who was there, first and last, comparisons, habits, what someone
said, follow-ups) and the weekdays become English, the day moved after what is asked; a remark after the question
carries nothing asked and is dropped. German shares some words ("Koffein", "Training"), not these.
"""

from __future__ import annotations

import re

from server.answers.word_tables import WordTable, then_day

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WHEN = r"(.{0,60}?)\s*"
"""The day, said between the verb's parts ("hunn ech *yesterday* ... giess")."""
_TITLE_END = r"(?=\s+(?:on|today|yesterday|the|before|this|last|\d)\b|\s*[?,]|$)"
_MEALS = {"fréistéck": "breakfast", "freisteck": "breakfast", "mëttegiessen": "lunch", "mettegiessen": "lunch",
          "owesiessen": "dinner"}
_MEAL = r"(Fréistéck|Freisteck|Mëttegiessen|Mettegiessen|Owesiessen)"
_THINGS = {"buch": "book", "film": "film", "podcast": "podcast"}
_WEEKDAYS = {"méindeg": "Monday", "dënschdeg": "Tuesday", "mëttwoch": "Wednesday", "donneschdeg": "Thursday",
             "freideg": "Friday", "samschdeg": "Saturday", "sonndeg": "Sunday"}


def _meal_then(kind: str) -> object:
    return lambda m: f"{kind} {_MEALS[m[2].lower()]} {m[1]}".rstrip()


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^an\s+den\s+Dag\s+virdrun", "and the day before"), (r"^an\s+d['’]Nuecht\s+virdrun", "and the night before"),
    (r"^an\s+haut,?\s+bis\s+elo", "and today so far"), (r"^a\s+wéi\s+laang\s+huet\s+déi\s+Reunioun\s+gedauert", "and how long was that meeting"),
    (r"^an\s+(.{2,60}?)\?\s*(?:déi\s+selwecht\s+Fro)?\s*$", r"and \1?"),
    # what someone said
    (r"wéi\s+en?\s+(Buch|Film|Podcast)\s+huet\s+" + _NAME + r"\s+mir\s+recommendéiert",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"wéi\s+en?\s+(Buch|Film|Podcast)\s+sot\s+" + _NAME + r"\s+muss\s+ech\s+(?:onbedéngt\s+)?(?:kucken|liesen|lauschteren)",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} say I must see"),
    (r"wou\s+ass\s+den\s+offsite\s+(?:elo\s+)?hi\s+geplënnert,?\s+laut\s+" + _NAME, r"where was the offsite moved, according to \1"),
    (r"wéi\s+huet\s+dee\s+Restaurant\s+geheescht\s+deen\s+" + _NAME + r"\s+mir\s+(?:gesot|recommendéiert)\s+huet",
     r"what was the restaurant \1 recommended"),
    (r"um\s+wéi\s+vill\s+Auer\s+land\s+de\s+Fliger\s+vum\s+" + _NAME, r"when does \1's flight land"),
    (r"wéi\s+heescht\s+(?:dem\s+)?" + _NAME + r"\s+säin\s+neien\s+Hond", r"what is the name of \1's new dog"),
    (r"wéi\s+al\s+gëtt\s+(?:dem\s+)?" + _NAME + r"\s+seng\s+Duechter", r"how old is \1's daughter turning"),
    (_NAME + r"\s+sot\s+de\s+launch\s+vu\s+(.{2,40}?)\s+gëtt\s+verréckelt,?\s+op\s+wéi\s+en\s+Datum",
     r"what date did \1 say the \2 launch was pushed to"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|an|or|oder)\b)[^?]*$", ""),
    # a day or a night named by what happened
    (r"deen\s+Dag\s+vun\s+der\s+Reunioun\s+(.{2,60}?)" + _TITLE_END, r"on the day of the \1 meeting"),
    (r"deen\s+Dag\s+wou\s+" + _NAME + r"\s+vu\s+(.{2,60}?)\s+geschwat\s+huet", r"on the day \1 mentioned \2"),
    (r"d['’]Nuecht\s+no\s+der\s+Reunioun\s+(.{2,60}?)" + _TITLE_END, r"the night after the \1 meeting"),
    (r"wien\s+war\s+an\s+der\s+Reunioun\s+direkt\s+nom", "who was at the meeting right after my"),
    # habits
    (r"wéi\s+schlofen\s+ech\s+no\s+Deeg\s+mat\s+(\d+)\s*mg\s+Koffein\s+oder\s+méi", r"how do I sleep after days with \1 mg of caffeine or more"),
    (r"compared\s+mat\s+den\s+aneren\s+Deeg", "compared to the other days"),
    (r"schlofen\s+ech\s+manner\s+wann\s+ech\s+um\s+(.{1,12}?)\s+oder\s+méi\s+spéit\s+nach\s+e\s+Kaffi\s+drénken",
     r"do I sleep less when I drink coffee at \1 or later"),
    (r"schlofen\s+ech\s+manner\s+wann\s+ech\s+um\s+(.{1,12}?)\s+oder\s+méi\s+spéit\s+z['’]owes\s+iessen",
     r"do I sleep less when I have dinner at \1 or later"),
    (r"schlofen\s+ech\s+méi\s+laang\s+no\s+Trainingsdeeg\s+wéi\s+no\s+(?:rest\s+days|Raschtdeeg)",
     "do I sleep longer after workout days than after rest days"),
    (r"drénken\s+ech\s+méi\s+Kaffi\s+op\s+Trainingsdeeg\s+wéi\s+op\s+(?:rest\s+days|Raschtdeeg)",
     "do I drink more coffees on workout days than on rest days"),
    # comparisons
    (r"drénken\s+ech\s+dës\s+Woch\s+méi\s+Kaffi\s+wéi\s+lescht\s+Woch", "do I drink more coffee this week than last week"),
    (r"wéi\s+eng\s+Nuecht\s+hunn\s+ech\s+méi\s+laang\s+geschlof", "which night did I sleep longer"),
    (r"wéini\s+hat\s+ech\s+méi\s+Koffein", "which day did I have more caffeine"),
    (r"wéi\s+en\s+Training\s+war\s+méi\s+laang", "which workout was longer"),
    (r"(?:a\s+wéi\s+vill\s+Stonne\s+pro\s+Nuecht|mat\s+de\s+mg\s+vun\s+all\s+Dag|d['’]Minutte\s+vun\s+all\s+eenzelen)", ""),
    (r"(?<=\s)oder(?=\s)", "or"),
    # what is asked (the day between the verb's parts moves after it)
    (r"wat\s+hunn\s+ech\s+" + _WHEN + r"zum\s+" + _MEAL + r"\s+giess", _meal_then("what did I eat for")),
    (r"wou\s+hunn\s+ech\s+" + _WHEN + _MEAL + r"\s+giess", _meal_then("where did I have")),
    (r"wat\s+fir\s+en\s+Training\s+hunn\s+ech\s+" + _WHEN + r"gemaach", then_day("what workout did I do")),
    (r"wat\s+war\s+mäin\s+average\s+Puls\s+beim", "what was my average heart rate in the"),
    (r"hunn\s+ech\s+" + _WHEN + r"gutt\s+oder\s+schlecht\s+geschlof", then_day("did I sleep well or badly")),
    (r"wéi\s+vill\s+Stonne\s+hunn\s+ech\s+" + _WHEN + r"geschlof", then_day("how many hours did I sleep")),
    (r"wéi\s+laang\s+huet\s+de[mn]?\s+(.{2,80}?)\s+gedauert", r"how long was the \1"),
    (r"wéi\s+laang\s+war\s+d['’]Reunioun\s+(.{2,60}?)" + _TITLE_END, r"how long was the \1 meeting"),
    (r"wéi\s+vill\s+km\s+sinn\s+ech\s+" + _WHEN + r"gelaf", then_day("how many km did I run")),
    (r"wéi\s+vill\s+km\s+sinn\s+ech\s+" + _WHEN + r"mam\s+Vëlo\s+gefuer", then_day("how many km did I cycle")),
    (r"wéi\s+wäit\s+sinn\s+ech\s+" + _WHEN + r"geschwommen", then_day("how far did I swim")),
    (r"wien\s+war\s+" + _WHEN + r"an\s+der\s+Reunioun\s+(.{2,60}?)(?=\s*[?,]|$)", lambda m: f"who was at the {m[2]} meeting {m[1]}"),
    (r"wéi\s+vill\s+Taasse\s+Kaffi\s+hunn\s+ech\s+" + _WHEN + r"gedronk", then_day("how many coffees did I drink")),
    (r"wéi\s+vill\s+Koffein\s+hat\s+ech", "how much caffeine did I have"), (r"am\s+ganzen", "in total"),
    (r"wéi\s+vill\s+Reuniounen\s+hat\s+ech", "how many meetings did I have"),
    (r"wéi\s+vill\s+km\s+(\w+)\s+hunn\s+ech\s+zënter\s+Méindeg", r"how many km of \1 have I done since Monday"),
    (r"wéi\s+vill\s+Trainingen\s+hunn\s+ech\s+dës\s+Woch\s+(?:schonn\s+)?gemaach", "how many workouts have I done this week"),
    (r"um\s+wéi\s+vill\s+Auer\s+hunn\s+ech\s+" + _WHEN + r"den\s+éischte\s+Kaffi\s+gedronk", then_day("what time was my first coffee")),
    (r"um\s+wéi\s+vill\s+Auer\s+war\s+de\s+leschte\s+Kaffi", "what time was my last coffee"),
    (r"wéini\s+huet\s+déi\s+éischt\s+Reunioun\s+" + _WHEN + r"ugefaang", then_day("what time did my first meeting start")),
    (r"um\s+wéi\s+vill\s+Auer\s+sinn\s+ech\s+" + _WHEN + r"erwächt", then_day("what time did I wake up")),
    (r"um\s+wéi\s+vill\s+Auer\s+sinn\s+ech\s+" + _WHEN + r"an\s+d['’]Bett\s+gaang", then_day("what time did I go to bed")),
    (r"dës\s+Woch", "this week"), (r"lescht\s+Woch", "last week"), (r"gëschter", "yesterday"), (r"haut", "today"),
    (r"(Méindeg|Dënschdeg|Mëttwoch|Donneschdeg|Freideg|Samschdeg|Sonndeg)", lambda m: _WEEKDAYS[m[1].lower()]),
)
_TABLE = WordTable(_RULES, r"hunn|ech|wéi|wou|wien|wéini|giess|geschlof|gedronk|Reunioun|Reuniounen|Fréistéck|Mëttegiessen|"
                           r"Owesiessen|Taasse|Kaffi|Stonne|Nuecht|Trainingen|Trainingsdeeg|schlofen|drénken|virdrun|"
                           r"selwecht|säin|seng|Méindeg|Dënschdeg|Mëttwoch|Donneschdeg|Freideg|Samschdeg|Sonndeg", least=1)
"""(Words Luxembourgish alone spells so; "Koffein", "Training", "Dag" are German too.)"""


def from_luxembourgish(text: str) -> str:
    """``text`` with its Luxembourgish phrases that say what is asked put into English, the day that stood inside a
    phrase after it; a text with none of the words only Luxembourgish spells so is left as it is."""
    return re.sub(r"\s{2,}", " ", _TABLE.in_english(text))
