"""Tok Pisin in an English question, put into English.

People in Papua New Guinea mix Tok Pisin into English as they type ("asde mi dring hamas kap kofi?", "husat ol i
stap long Sprint planning miting?", "balus bilong Tom bai kam daun long wanem taim?"). Tok Pisin builds its
words from English ones ("kofi", "miting", "slip"), so most are read by the English rules once the words that
carry what is asked (meals, days, nights, question words, more/less, "or", "the day of", "the night after")
are English; the words that only hold the sentence together ("plis" please, "yu ken tokim mi" can you tell
me) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_THING = {"piksa": "film", "buk": "book", "haus\\s+kaikai": "restaurant", "podcast": "podcast", "singsing": "song"}
_THINGS = "(" + "|".join(_THING) + ")"


def _thing(word: str) -> str:
    return "restaurant" if word.lower().startswith("haus") else next(v for k, v in _THING.items() if k == word.lower())


_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "balus bilong Tom bai kam daun long wanem taim" (when Tom's plane lands), "wanem piksa Tom i tok
    # mi mas lukim" (which film Tom said I must watch), "pikinini meri bilong Tom bai kamap hamas krismas" (how old
    # Tom's daughter turns), "nupela dok bilong Tom, nem bilong em wanem" (the name of Tom's new dog)
    (r"balus\s+bilong\s+" + _NAME + r"\s+bai\s+(?:kam\s+daun|lan)\s+long\s+wanem\s+taim", r"what time does \1's flight land"),
    (r"wanem\s+" + _THINGS + r"\s+" + _NAME + r"\s+i\s+(?:tok|tokim\s+mi)(?:\s+mi\s+mas\s+\w+)?",
     lambda m: f"which {_thing(m[1])} did {m[2]} recommend"),
    (r"pikinini\s+meri\s+bilong\s+" + _NAME + r"\s+bai\s+kamap\s+hamas\s+krismas", r"how old is \1's daughter turning"),
    (r"pikinini\s+man\s+bilong\s+" + _NAME + r"\s+bai\s+kamap\s+hamas\s+krismas", r"how old is \1's son turning"),
    (r"nupela\s+dok\s+bilong\s+" + _NAME + r",?\s+nem\s+bilong\s+em\s+wanem", r"what is the name of \1's new dog"),
    (r"nupela\s+pusi\s+bilong\s+" + _NAME + r",?\s+nem\s+bilong\s+em\s+wanem", r"what is the name of \1's new cat"),
    # a day or a night named by what happened: "long de bilong X" (on the day of X), "long nait bihain long X" (the
    # night after X), "long de Ana i tok long X" (the day Ana talked about X)
    (r"long\s+nait\s+bihain\s+long\s+(.{2,60}?)(?:\s+miting)?,", r"the night after the \1,"),
    (r"long\s+de\s+" + _NAME + r"\s+i\s+tok\s+long\s+(.{2,40}?),", r"on the day \1 talked about \2,"),
    (r"long\s+de\s+bilong\s+(.{2,60}?)(?:\s+miting)?,", r"on the day of the \1,"),
    # habits: "long de mi mekim eksasais" (on days I exercise), "taim mi kisim 300 mg caffeine o moa" (when I have 300 mg
    # or more), "taim mi dring kofi long 4 pm o bihain" (when I drink coffee at 4 pm or later)
    (r"taim\s+mi\s+kisim\s+(\d+)\s*mg\s+(?:caffeine|kafein)\s+o\s+moa(?:\s+long\s+wanpela\s+de)?,?", r"on days with \1 mg of caffeine or more,"),
    (r"taim\s+mi\s+dring\s+kofi\s+long\s+" + _CLOCK + r"\s+o\s+bihain,?", r"on days I drink coffee at \1 or after,"),
    (r"taim\s+mi\s+kaikai\s+long\s+nait\s+long\s+" + _CLOCK + r"\s+o\s+bihain,?", r"when dinner starts at \1 or later,"),
    (r"long\s+de\s+mi\s+mekim\s+eksasais,?", "on workout days,"), (r"nogat\s+eksasais", "days without a workout"),
    (r"mi\s+slip\s+liklik", "do I sleep less"), (r"mi\s+slip\s+moa", "do I sleep more"), (r"mi\s+dring\s+moa\s+kofi", "do I drink more coffee"),
    (r"long\s+tupela\s+kain\s+de|wantaim\s+na\s+nogat", "on both"),
    (r"mi\s+kaikai\s+wanem\s+long\s+nait", "what did I eat for dinner"), (r"mi\s+kaikai\s+wanem\s+long\s+belo", "what did I eat for lunch"),
    (r"mi\s+kaikai\s+wanem\s+long\s+moning", "what did I eat for breakfast"),
    (r"dispela\s+wik\s+na\s+las\s+wik", "this week versus last week"), (r"wankain\s+(?:askim|samting|kwestin)", "same question"),
    # meals, days, weeks, nights
    (r"kaikai\s+long\s+moning", "breakfast"), (r"kaikai\s+long\s+belo", "lunch"), (r"kaikai\s+long\s+nait", "dinner"),
    (r"asde\s+nait|las\s+nait", "last night"), (r"tude", "today"), (r"asde", "yesterday"), (r"dispela\s+wik", "this week"),
    (r"las\s+wik", "last week"), (r"nait\s+bipo\s+long\s+en", "the night before that"), (r"de\s+bipo\s+long\s+en", "the day before that"),
    (r"wanem\s+nait", "which night"), (r"wanem\s+de", "which day"),
    # what is asked
    (r"long\s+wanem\s+taim|wanem\s+taim", "at what time"), (r"hamas\s+aua", "how many hours"), (r"hamas\s+minit", "how many minutes"),
    (r"hamas\s+kilomita|hamas\s+km", "how far"), (r"hamas\s+taim", "how many times"), (r"hamas", "how many"),
    (r"mi\s+kaikai\s+wanem|wanem\s+kaikai\s+mi\s+kaikai", "what did I eat"), (r"mi\s+kaikai\s+long\s+(?:we|wanem\s+hap)", "where did I eat"),
    (r"long\s+wanem\s+hap|long\s+we", "where"), (r"husat\s+ol\s+i\s+stap\s+long", "who attended"), (r"husat", "who"),
    (r"wanem\s+eksasais", "which workout"), (r"wanem", "what"),
    # more, less, or, and
    (r"longpela\s+moa", "longer"), (r"sotpela\s+moa", "shorter"), (r"antap\s+moa|i\s+moa|moa", "more"), (r"liklik", "less"),
    (r"wan\s+wan|tupela", "both"), (r"(?-i:o)", "or"), (r"^na(?=\s)", "and"), (r"(?-i:na)", "and"),
    # things and doings
    (r"namba\s+wan\s+kap\s+kofi", "first coffee"), (r"las\s+kap\s+kofi", "last coffee"), (r"kap\s+kofi|kofi", "coffee"),
    (r"miting", "meeting"), (r"mi\s+go\s+slip", "did I go to bed"), (r"mi\s+kirap", "did I wake up"), (r"mi\s+slip", "did I sleep"),
    (r"mi\s+raun\s+long\s+wilwil", "did I cycle"), (r"wilwil", "bike"), (r"eksasais\s+bilong\s+mi|eksasais", "workout"),
    (r"mi\s+dring", "did I drink"), (r"mi\s+kaikai", "did I eat"), (r"i\s+go", "last"), (r"pinis", "so far"),
    # words that only hold the sentence together
    (r"plis|yu\s+ken\s+tokim\s+mi|bilong|olgeta|long", ""),
)
_TABLE = WordTable(_RULES, r"wanem|husat|hamas|tude|asde|dispela|las|kaikai|belo|moning|kofi|miting|slip|kirap|wilwil|eksasais|"
                           r"liklik|moa|longpela|bilong|bihain|bipo|pinis|balus|piksa|pikinini|krismas|nupela|plis|antap|wankain|^na")


def from_tok_pisin(text: str) -> str:
    """``text`` with its Tok Pisin words that say what is asked put into English; a text with fewer than two
    such words is left as it is."""
    return _TABLE.in_english(text)
