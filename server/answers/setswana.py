"""Setswana in an English question, put into English.

People in Botswana and South Africa mix Setswana into English as they type ("ke nwele dikopi di le kae tsa kofi
maabane?", "ke bomang ba neng ba le kwa Sprint planning?", "ke robetse diura di le kae maabane bosigo?"). The words
that carry what is asked (days, weeks, nights, meals, coffee, sleep, workouts, meetings, question words, more/less,
"or", the day or night named by what happened, habits, what someone said) become English, and the words that only
hold the sentence together ("a" that opens a yes/no question, "mme" and, "tsweetswee" please) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"mosupologo": "Monday", "labobedi": "Tuesday", "laboraro": "Wednesday", "labone": "Thursday",
             "labotlhano": "Friday", "lamatlhatso": "Saturday", "matlhatso": "Saturday", "tshipi": "Sunday",
             "sontaga": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_THING = {"buka": "book", "filimi": "film", "baesekopo": "film", "resturante": "restaurant", "restaurant": "restaurant",
          "lefelo la dijo": "restaurant", "podcast": "podcast", "pina": "song"}
_THINGS = "(" + "|".join(t.replace(" ", r"\s+") for t in _THING) + ")"
_WHICH = r"(?:efe|lefe|bofe|sefe|dife|tefe)"
_TOLD = r"(?:o\s+ne\s+a\s+re|o\s+rile|a\s+neng\s+a\s+re|o\s+nkgakolotse|o\s+ntshitshintse)"
_DO = r"(?:ke\s+)?(?:e\s+)?(?:bale|buise|lebelele|bogele|reetse|leke|ye\s+kwa|je\s+kwa)"
_THEN_LATER = r"(?:kgotsa\s+)?(?:morago(?:\s+ga\s+foo)?|go\s+feta|thata)"


def _thing(word: str) -> str:
    return _THING.get(" ".join(word.lower().split()), word)


_RULES: tuple[tuple[str, object], ...] = (
    # what someone said: "X o ne a re ke lebelele filimi efe" (which film X said I should watch), "ke buka efe e X a
    # neng a re ke e bale" (which book X told me to read), "ntša e ntšha ya ga X, leina la yone ke mang" (the name of
    # X's new dog), "morwadia X o tla nna le dingwaga di le kae" (how old X's daughter turns), "sefofane sa ga X se
    # fitlha ka nako mang" (when X's flight lands)
    (_NAME + r"\s+" + _TOLD + r"\s+" + _DO + r"\s+" + _THINGS + r"\s+" + _WHICH,
     lambda m: f"which {_thing(m[2])} did {m[1]} recommend"),
    (r"ke\s+" + _THINGS + r"\s+" + _WHICH + r"\s+(?:e|se|le)\s+" + _NAME + r"\s+" + _TOLD + r"(?:\s+" + _DO + r")?",
     lambda m: f"which {_thing(m[1])} did {m[2]} recommend"),
    (r"ntša\s+e\s+ntšha\s+ya\s+ga\s+" + _NAME + r",?\s+leina\s+la\s+yone\s+ke\s+mang", r"what is the name of \1's new dog"),
    (r"katse\s+e\s+ntšha\s+ya\s+ga\s+" + _NAME + r",?\s+leina\s+la\s+yone\s+ke\s+mang", r"what is the name of \1's new cat"),
    (r"morwadia\s+" + _NAME + r"\s+o\s+tla\s+nna\s+le\s+dingwaga\s+di\s+le\s+kae", r"how old is \1's daughter turning"),
    (r"morwawe\s+" + _NAME + r"\s+o\s+tla\s+nna\s+le\s+dingwaga\s+di\s+le\s+kae", r"how old is \1's son turning"),
    (r"sefofane\s+sa\s+ga\s+" + _NAME + r"\s+se\s+(?:fitlha|tsena|fologa)\s+ka\s+nako\s+mang", r"what time does \1's flight land"),
    (_NAME + r"\s+o\s+rile\s+(launch|release|trip|flight|offsite)\s+ya\s+(.{2,30}?)\s+e\s+tla\s+nna\s+leng(?:\s+jaanong)?",
     r"when did \1 say the \3 \2 moved to"),
    (_NAME + r"\s+o\s+rile\s+(.{2,40}?)\s+e\s+tla\s+nna\s+leng(?:\s+jaanong)?", r"when did \1 say the \2 moved to"),
    # a day or a night named by what happened: "letsatsi le ke ran 9 km" (the day I ran 9 km), "letsatsi la X" (the day
    # of X), "bosigo morago ga X" (the night after X), "morago ga X, ke bomang ba neng ba le mo kopanong ya ntlha" (who
    # was in the first meeting after X)
    (r"letsatsi\s+le\s+" + _NAME + r"\s+a\s+(?:buileng|neng\s+a\s+bua)\s+ka\s+(.{2,40}?),", r"on the day \1 talked about \2,"),
    (r"letsatsi\s+le\s+ke\s+(.{2,40}?),", r"on the day I \1,"), (r"letsatsi\s+la\s+(.{2,60}?),", r"on the day of the \1,"),
    (r"bosigo\s+morago\s+ga\s+(.{2,60}?),", r"the night after the \1,"),
    (r"morago\s+ga\s+(?:my\s+)?(.{2,60}?),\s+ke\s+bomang\s+ba\s+neng\s+ba\s+le\s+mo\s+kopanong\s+ya\s+ntlha",
     r"who was in the first meeting after my \1"),
    # habits: "a ke robala go le gonnye fa ke nwele kofi ka 3 pm kgotsa morago" (do I sleep less when I drink coffee at 3
    # pm or later), "fa ke nwele 300 mg ya caffeine kgotsa go feta" (on days with 300 mg or more), "fa dinner e simolola
    # ka 8 pm kgotsa morago" (when dinner starts at 8 pm or later), "fa ke ikatisitse" (on workout days)
    (r"fa\s+ke\s+nwele\s+kofi\s+ka\s+" + _CLOCK + r"\s+" + _THEN_LATER, r"on days I drink coffee at \1 or after"),
    (r"fa\s+ke\s+nwele\s+(\d+)\s*mg\s+ya\s+(?:caffeine|khafeine)\s+kgotsa\s+go\s+feta", r"on days with \1 mg of caffeine or more"),
    (r"fa\s+(?:dinner|dijo\s+tsa\s+maitseboa)\s+(?:e|di)\s+simolola\s+ka\s+" + _CLOCK + r"\s+" + _THEN_LATER,
     r"when dinner starts at \1 or later"),
    (r"fa\s+ke\s+ikatisitse|fa\s+ke\s+itshidile\s+mmele|ka\s+malatsi\s+a\s+ke\s+ikatisang", "on workout days"),
    (r"fa\s+ke\s+sa\s+ikatisa|ka\s+malatsi\s+a\s+ke\s+sa\s+ikatiseng", "on days without a workout"),
    (r"^a\s+ke\s+robala\s+go\s+le\s+gonnye|ke\s+robala\s+go\s+le\s+gonnye", "do I sleep less"),
    (r"^a\s+ke\s+robala\s+go\s+feta|ke\s+robala\s+go\s+feta|ke\s+robala\s+lobaka\s+lo\s+loleele", "do I sleep longer"),
    (r"^a\s+ke\s+nwa\s+kofi\s+e\s+ntsi|ke\s+nwa\s+kofi\s+e\s+ntsi", "do I drink more coffee"),
    # comparisons: "ke nwele caffeine e ntsi letsatsi lefe" (on which day did I have more caffeine), "ke robetse lobaka lo
    # loleele bosigo bofe" (which night did I sleep longer), "exercise ya me e ne e le telele letsatsi lefe" (which day
    # was my workout longer), "a ke nwele kofi e ntsi beke eno go feta beke e e fetileng" (more coffee than last week)
    (r"ke\s+nwele\s+(caffeine|khafeine|kofi)\s+e\s+ntsi\s+letsatsi\s+lefe",
     lambda m: "which day did I have more " + ("coffee" if m[1].lower() == "kofi" else "caffeine")),
    (r"ke\s+robetse\s+lobaka\s+lo\s+loleele\s+bosigo\s+bofe", "which night did I sleep longer"),
    (r"(exercise|workout|ikatiso)\s+ya\s+me\s+e\s+ne\s+e\s+le\s+telele\s+letsatsi\s+lefe", "which day was my workout longer"),
    (r"^a\s+ke\s+nwele\s+kofi\s+e\s+ntsi\s+beke\s+eno\s+go\s+feta\s+beke\s+e\s+e\s+fetileng",
     "did I drink more coffee this week than last week"),
    # days, weeks, nights
    (r"maabane\s+bosigo|bosigo\s+jwa\s+maabane", "last night"), (r"gompieno", "today"), (r"maabane", "yesterday"),
    (r"beke\s+eno|beke\s+e(?=\s*[?,.]|$)", "this week"), (r"beke\s+e\s+e\s+fetileng|beke\s+e\s+fetileng", "last week"),
    (r"letsatsi\s+pele\s+ga\s+foo", "the day before"), (r"bosigo\s+pele\s+ga\s+foo", "the night before"),
    (r"e\s+tla\s+nna\s+leng(?:\s+jaanong)?", "will be when"),
    (r"ka\s+" + _DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"), (_DAY, lambda m: _WEEKDAYS[m[1].lower()]),
    (r"bosigo", "night"), (r"letsatsi", "day"),
    # what is asked
    (r"ka\s+nako\s+mang|ka\s+nako\s+efe", "at what time"), (r"diura\s+di\s+le\s+kae", "how many hours"),
    (r"metsotso\s+e\s+le\s+kae", "how many minutes"), (r"dikhilomitara\s+di\s+le\s+kae|sekgala\s+se\s+se\s+kae", "how far"),
    (r"e\s+tsere\s+nako\s+e\s+kana\s+kang|e\s+tsere\s+lobaka\s+lo\s+lo\s+kana\s+kang", "how long did it last"),
    (r"ke\s+bomang\s+ba\s+neng\s+ba\s+le\s+(?:kwa|mo)", "who attended"), (r"ke\s+bomang|bomang", "who"),
    (r"dikopi\s+di\s+le\s+kae\s+tsa\s+kofi|dikopi\s+tsa\s+kofi\s+di\s+le\s+kae", "how many cups of coffee"),
    (r"di\s+le\s+kae|ba\s+le\s+kae|e\s+le\s+kae|a\s+le\s+kae", "how many"),
    (r"ke\s+jetse\s+(breakfast|lunch|dinner)\s+kae", r"where did I have \1"), (r"ke\s+jetse\s+kae|ke\s+jele\s+kae", "where did I eat"),
    (r"ke\s+jele\s+eng", "what did I eat"), (r"ke\s+robetse\s+jang", "how well did I sleep"), (r"kae", "where"),
    (r"leng", "when"), (r"eng", "what"),
    # more, less, or
    (r"e\s+ntsi|go\s+feta", "more"), (r"go\s+le\s+gonnye", "less"), (r"kgotsa", "or"), (r"telele|loleele", "longer"),
    # things and doings
    (r"dijo\s+tsa\s+moso|sefitlholo", "breakfast"), (r"dijo\s+tsa\s+motshegare", "lunch"),
    (r"dijo\s+tsa\s+maitseboa|selalelo", "dinner"), (r"kofi\s+ya\s+ntlha", "the first coffee"),
    (r"kofi\s+ya\s+bofelo", "the last coffee"), (r"dikopi", "cups"), (r"kofi", "coffee"), (r"khafeine", "caffeine"),
    (r"kopano\s+ya\s+ntlha", "the first meeting"), (r"kopano\s+ya\s+bofelo", "the last meeting"),
    (r"dikopano", "meetings"), (r"kopano", "meeting"), (r"e\s+simolotse", "did it start"), (r"ya\s+ntlha", "first"),
    (r"ya\s+bofelo", "last"), (r"ke\s+robetse", "did I sleep"), (r"ke\s+tsogile", "did I wake up"),
    (r"ke\s+ile\s+go\s+robala", "did I go to bed"), (r"ke\s+tabogile|ke\s+tabile", "did I run"), (r"ke\s+thumile", "did I swim"),
    (r"ke\s+palame\s+baesekele|baesekele", "did I cycle"), (r"ke\s+e\s+nwele|ke\s+nwele|ke\s+nole", "did I drink"), (r"ke\s+jele", "did I eat"),
    (r"ke\s+ikatisitse|ikatiso", "workout"), (r"e\s+ne\s+e\s+le", "was"),
    # words that only hold the sentence together
    (r"^a(?=\s+(?:did|do)\b)|^mme|(?<=,\s)mme|tsweetswee|ya\s+me|tsa|ya\s+ga|ya|sa\s+ga|ga", ""),
)
_TABLE = WordTable(_RULES, r"gompieno|maabane|beke|bosigo|letsatsi|kofi|dikopi|kae|mang|eng|efe|lefe|bofe|kgotsa|"
                           r"ke\s+jele|ke\s+jetse|ke\s+nwele|ke\s+nwa|ke\s+robetse|ke\s+robala|ke\s+tsogile|ke\s+tabogile|"
                           r"ke\s+thumile|ke\s+palame|ke\s+ikatisitse|kopano|kopanong|dikopano|bomang|diura|metsotso|"
                           r"dikhilomitara|sekgala|motshegare|maitseboa|moso|ntlha|bofelo|morago|simolotse|simolola|"
                           r"tsere|ntsi|gonnye|telele|loleele|ntša|morwadia|sefofane|o\s+rile|o\s+ne\s+a\s+re|^mme|neng|kwa|leina|"
                           r"yone|fitlha|nako|jang|buka|filimi|pele\s+ga\s+foo|dingwaga|jaanong")


def from_setswana(text: str) -> str:
    """``text`` with its Setswana words that say what is asked put into English; a text with fewer than two such
    words is left as it is (it is tried first, before languages that share its short words)."""
    return _TABLE.in_english(text)
