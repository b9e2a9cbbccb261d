"""Tongan in an English question, put into English.

People in Tonga and its diaspora mix Tongan into English as they type ("fiha ipu kofi na'a ku inu 'aneafi?", "ko hai
na'e i ai i he Sprint planning?", "e fiha e houa na'a ku mohe ai 'anepo?"). The words that carry what is asked (days,
weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less, "or", the day or night named by
what happened, habits) become English, and the words that only hold the sentence together ("ai" that points back,
"na'a ku" and "na'e" of the past, "eku"/"hoku" my, "pea" and) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_LATER = r"(?:pe|or)\s+(?:later|after|kimui\s+ange)"

_RULES: tuple[tuple[str, object], ...] = (
    # a day or a night named by what happened: "i he aho na'e talanoa ai e X about Y" (on the day X talked about Y), "i
    # he aho na'a ku ran ai e 9 km" (on the day I ran 9 km), "i he aho e X" (on the day of X), "i he po hili e X" (the
    # night after X), "hili hoku run" (after my run)
    (r"i\s+he\s+aho\s+na['’]e\s+talanoa\s+ai\s+e\s+((?-i:[A-Z])[\w'’]*)\s+(?:about|ki\s+he|fekau['’]aki\s+mo)\s+(.{2,40}?)(?=\s*[?,]|$)",
     r"on the day \1 talked about \2"),
    (r"i\s+he\s+aho\s+na['’]a\s+ku\s+(\w+)\s+ai\s+e\s+([\d.]+\s*km)", r"on the day I \1 \2"),
    (r"i\s+he\s+aho\s+e\s+(.{2,60}?)(?=\s*[?,]|$)", r"on the day of the \1"),
    (r"i\s+he\s+po\s+hili\s+e\s+(.{2,60}?)(?=\s*[?,]|$)", r"the night after the \1"), (r"hili\s+hoku", "after my"),
    # habits: "si'i ange eku mohe hili ha aho with 300 mg caffeine pe lahi ange" (do I sleep less after days with 300 mg
    # or more), "i he po hili ha kofi at 4 pm pe later" (the night after a coffee at 4 pm or later), "lahi ange eku inu
    # kofi i he aho na'a ku fakamalohisino ai" (do I drink more coffee on the days I work out)
    (r"hili\s+ha\s+aho\s+with\s+(\d+)\s*mg\s+caffeine\s+pe\s+lahi\s+ange", r"on days with \1 mg of caffeine or more"),
    (r"i\s+he\s+po\s+hili\s+ha\s+kofi\s+at\s+" + _CLOCK + r"\s+" + _LATER, r"on days I drink coffee at \1 or after"),
    (r"hili\s+ha\s+kai\s+efiafi\s+at\s+" + _CLOCK + r"\s+" + _LATER, r"when dinner starts at \1 or later"),
    (r"(?:i\s+he\s+po\s+hili\s+ha|i\s+he)\s+aho\s+na['’]a\s+ku\s+fakamalohisino\s+ai", "on workout days"),
    (r"si['’]i\s+ange\s+eku\s+mohe", "do I sleep less"), (r"loloa\s+ange\s+eku\s+mohe", "do I sleep longer"),
    (r"lahi\s+ange\s+eku\s+inu\s+kofi", "do I drink more coffee"),
    # comparisons
    (r"lahi\s+ange\s+eku\s+kofi\s+i\s+he\s+uike\s+ni\s+pe\s+i\s+he\s+uike\s+kuo\s+[ʻ'’]?osi", "did I drink more coffee this week than last week"),
    (r"lahi\s+ange\s+e\s+caffeine", "which day more caffeine,"), (r"na['’]e\s+loloa\s+ange\s+hoku\s+fakamalohisino", "which workout was longer,"),
    (r"na['’]a\s+ku\s+mohe\s+loloa\s+ange", "which night did I sleep longer,"),
    # days, weeks, nights
    (r"he\s+[ʻ'’]?aho\s+ni", "today"), (r"[ʻ'’]?aneafi", "yesterday"), (r"[ʻ'’]?anepo", "last night"),
    (r"i\s+he\s+uike\s+ni|uike\s+ni", "this week"), (r"i\s+he\s+uike\s+kuo\s+[ʻ'’]?osi|uike\s+kuo\s+[ʻ'’]?osi", "last week"),
    (r"ko\s+e\s+po\s+kimu['’]a\s+ai", "the night before"), (r"ko\s+e\s+aho\s+kimu['’]a\s+ai", "the day before"),
    # what is asked
    (r"ko\s+e\s+ha\s+e\s+taimi", "what time"), (r"e\s+fiha\s+e\s+houa|fiha\s+houa", "how many hours"),
    (r"fiha\s+ipu\s+kofi", "how many cups of coffee"), (r"fiha\s+e\s+fakataha", "how many meetings"), (r"e\s+fiha|fiha", "how many"),
    (r"fuoloa\s+fefe", "how long"), (r"mama['’]o\s+fefe", "how far"),
    (r"ko\s+hai\s+na['’]e\s+i\s+ai\s+i\s+he", "who attended the"), (r"ko\s+hai", "who"),
    (r"na['’]a\s+ku\s+kai\s+efiafi\s+i\s+fe", "where did I have dinner"), (r"na['’]a\s+ku\s+kai\s+ho['’]ataa\s+i\s+fe", "where did I have lunch"),
    (r"ko\s+e\s+ha\s+e\s+kai\s+efiafi", "what did I eat for dinner"), (r"ko\s+e\s+ha\s+na['’]a\s+ku\s+kai", "what did I eat"),
    (r"ko\s+e\s+ha", "what"), (r"i\s+fe", "where"),
    # more, less, or
    (r"lahi\s+ange", "more"), (r"si['’]i\s+ange", "less"), (r"loloa\s+ange", "longer"),
    (r"(?<=\s)pe(?=\s+(?:on|this|last|yesterday|today|the|\d|\w+day)\b)", "or"),
    # things and doings
    (r"kai\s+efiafi", "dinner"), (r"kai\s+ho['’]ataa", "lunch"), (r"kai\s+pongipongi", "breakfast"), (r"ipu\s+kofi", "cups of coffee"),
    (r"kofi", "coffee"), (r"fakataha", "meeting"), (r"fakamalohisino", "workout"), (r"na['’]e\s+kamata\s+ai", "did it start"),
    (r"na['’]a\s+ku\s+mohe\s+ai|na['’]a\s+ku\s+mohe", "did I sleep"), (r"na['’]a\s+ku\s+inu\s+ai|na['’]a\s+ku\s+inu", "did I drink"),
    (r"na['’]a\s+ku\s+lele", "did I run"), (r"na['’]a\s+ku\s+kakau|na['’]a\s+ku\s+kaukau", "did I swim"),
    (r"na['’]a\s+ku\s+i\s+ai", "did I have"), (r"na['’]a\s+ku\s+fai", "did I do"), (r"fakakatoa", "in total"), (r"mohe", "sleep"),
    (r"eku|hoku", "my"), (r"ki\s+he", "for"),
    # words that only hold the sentence together
    (r"^pea(?:\s+ko)?(?=\s)", "and"), (r"(?<=\s)(?:ai|ia|e)(?=\s)", ""),
)
_TABLE = WordTable(_RULES, r"na['’]a\s+ku|na['’]e|ko\s+e\s+ha|ko\s+hai|e\s+fiha|fiha|fakataha|kofi|mohe|uike|[ʻ'’]?aneafi|"
                           r"[ʻ'’]?anepo|lahi\s+ange|si['’]i\s+ange|loloa\s+ange|kai\s+efiafi|kai\s+ho['’]ataa|kai\s+pongipongi|"
                           r"fakamalohisino|fuoloa\s+fefe|mama['’]o\s+fefe|kimu['’]a|hili|eku|hoku|^pea|houa|(?<=\s)pe(?=\s)|"
                           r"ko(?=\s+(?-i:[A-Z]))")


def from_tongan(text: str) -> str:
    """``text`` with its Tongan words that say what is asked put into English; a text with fewer than two such words
    is left as it is."""
    return _TABLE.in_english(text)
