"""Hungarian in an English question, put into English.

People in Hungary switch between Hungarian and English inside a sentence: "mit ebédeltem yesterday?" (what did I have
for lunch), "hány kávét ittam today?" (how many coffees did I drink), "kik voltak ott a X meetingen?" (who was at the X
meeting). The phrases that carry what is asked (meals and where they were eaten, coffee and caffeine, sleep and waking,
workouts, meetings and who was there, first and last, longer and more, "or" ("vagy"), the day named by what happened,
habits, what someone said, follow-ups) become English; the remarks after a question ("szerintem too many") carry
nothing asked and are dropped. Both spellings are read, with accents and without ("hány kávét", "hany kavet").
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_A, _E, _O, _U, _I = "[aá]", "[eé]", "[oóöő]", "[uúüű]", "[ií]"
_HOW_MANY = rf"h{_A}ny"


def _meal(verb: str) -> str:
    """The meal a Hungarian verb eats: "reggeliztem" breakfast, "ebédeltem" lunch, "vacsoráztam" dinner."""
    plain = verb.lower()
    return "breakfast" if plain.startswith("regg") else "lunch" if plain.startswith("eb") else "dinner"


_MEAL_VERB = rf"(reggeliztem|eb{_E}deltem|vacsor{_A}ztam)"
_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (rf"^{_E}s\s+" + _NAME + rf"\s+eset{_E}ben", r"and \1"), (rf"^{_E}s\s+ma\s+eddig", "and today so far"),
    (rf"^{_E}s\s+az\s+el{_O}z{_O}\s+nap", "and the day before"), (rf"^{_E}s\s+az\s+el{_O}z{_O}\s+{_E}jjel", "and the night before"),
    # what someone said
    (rf"milyen\s+podcastot\s+aj{_A}nlott\s+" + _NAME, r"which podcast did \1 recommend"),
    (rf"melyik\s+k{_O}nyvet\s+aj{_A}nlott\s+" + _NAME, r"which book did \1 recommend"),
    (rf"melyik\s+filmet\s+mondta\s+" + _NAME + rf"\s+hogy\s+k{_O}telez{_O}\s+megn{_E}zni", r"which film did \1 say I must see"),
    (rf"mikor\s+landol\s+" + _NAME + rf"\s+g{_E}pe", r"when does \1's flight land"),
    (rf"h{_A}ny\s+{_E}ves\s+lesz\s+" + _NAME + rf"\s+l{_A}nya", r"how old is \1's daughter turning"),
    (rf"mi\s+a\s+neve\s+" + _NAME + rf"\s+{_U}j\s+kuty{_A}j{_A}nak", r"what is the name of \1's new dog"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|[eé]s|or|vagy)\b)[^?]*$", ""),
    # a day named by what happened
    (rf"azon\s+a\s+napon\s+amikor\s+a\s+(.{{2,60}}?)\s+meeting\s+volt", r"on the day of the \1 meeting"),
    (rf"azon\s+a\s+napon\s+amikor", "on the day I"),
    (rf"kik\s+voltak\s+(?:ott\s+)?a\s+meetingen\s+k{_O}zvetlen{_U}l\s+a\s+(.{{2,60}}?)\s+{_U}t{_A}n", r"who was at the meeting right after the \1"),
    (r"(\d+(?:[.,]\d+)?)\s*km-t\b", r"\1 km"),
    # habits
    (rf"(\d+)\s*mg\s+koffein\s+vagy\s+t{_O}bb\s+ut{_A}n\s+hogy\s+alszom\s+a\s+t{_O}bbi\s+naphoz\s+k{_E}pest",
     r"after days with \1 mg of caffeine or more, how do I sleep vs other days"),
    (rf"t{_O}bbet\s+alszom\s+a\s+workoutos\s+napok\s+ut{_A}n\s+mint\s+a\s+rest\s+dayek\s+ut{_A}n",
     "do I sleep more after workout days than after rest days"),
    (rf"t{_O}bb\s+k{_A}v{_E}t\s+iszom\s+a\s+workoutos\s+napokon\s+mint\s+a\s+rest\s+dayeken",
     "do I drink more coffees on workout days than on rest days"),
    (rf"ha\s+(\d{{1,2}}(?::\d\d)?\s*(?:[ap]m)?)-kor\s+vagy\s+k{_E}s{_O}bb\s+k{_A}v{_E}zom", r"if I drink coffee at \1 or later"),
    (rf"ha\s+(\d{{1,2}}(?::\d\d)?\s*(?:[ap]m)?)-kor\s+vagy\s+k{_E}s{_O}bb\s+vacsor{_A}zom", r"if I have dinner at \1 or later"),
    (rf"kevesebbet\s+alszom", "do I sleep less"),
    # comparisons
    (rf"t{_O}bbet\s+k{_A}v{_E}zom\s+ezen\s+a\s+h{_E}ten\s+mint\s+a\s+m{_U}lt\s+h{_E}ten", "do I drink more coffee this week than last week"),
    (rf"melyik\s+workout\s+volt\s+hosszabb", "which workout was longer"),
    (rf"mikor\s+volt\s+t{_O}bb\s+koffein", "which day had more caffeine"),
    (rf"melyik\s+{_E}jjel\s+aludtam\s+t{_O}bbet", "which night did I sleep longer"),
    (rf"mindkett{_O}\s+percben|mg\s+mindk{_E}t\s+napra|mindkett{_O}\s+{_O}r{_A}kkal(?:\s+pls)?", ""),
    (r"(?<=\s)vagy(?=\s)", "or"),
    # what is asked
    (rf"hol\s+{_MEAL_VERB}", lambda m: "where did I have " + _meal(m[1])),
    (rf"mit\s+{_MEAL_VERB}", lambda m: "what did I eat for " + _meal(m[1])),
    (rf"{_HOW_MANY}\s+{_O}r{_A}t\s+aludtam", "how many hours did I sleep"), (rf"mennyit\s+aludtam", "how many hours did I sleep"),
    (rf"{_HOW_MANY}\s+km-t\s+biciklisztem|{_HOW_MANY}\s+km-t\s+bicikliztem", "how many km did I cycle"),
    (rf"{_HOW_MANY}\s+km-t\s+futottam", "how many km did I run"), (rf"(?:{_HOW_MANY}\s+km-t|mennyit)\s+{_U}sztam", "how far did I swim"),
    (rf"kik\s+voltak\s+(?:ott\s+)?a\s+(.{{2,60}}?)\s+meetingen", r"who was at the \1 meeting"),
    (rf"{_HOW_MANY}\s+meetingem\s+volt", "how many meetings did I have"), (rf"{_HOW_MANY}\s+k{_A}v{_E}t\s+ittam", "how many coffees did I drink"),
    (rf"mennyi\s+koffein\s+volt\s+bennem", "how much caffeine did I have"), (rf",?\s*{_O}sszesen\s+mg-ban", " in mg"),
    (rf"{_HOW_MANY}\s+km\s+(running|cycling|swimming)\s+j{_O}tt\s+{_O}ssze\s+h{_E}tf{_O}\s+{_O}ta", r"how many km of \1 since Monday"),
    (rf"{_HOW_MANY}\s+workoutot\s+csin{_A}ltam", "how many workouts did I do"),
    (rf"h{_A}nykor\s+ittam\s+az\s+els{_O}\s+k{_A}v{_E}mat", "what time was my first coffee"),
    (rf"h{_A}nykor\s+ittam\s+az\s+utols{_O}\s+k{_A}v{_E}mat", "what time was my last coffee"),
    (rf"h{_A}nykor\s+keltem\s+fel", "what time did I get up"), (rf"h{_A}nykor\s+fek{_U}dtem\s+le", "what time did I go to bed"),
    (rf"ezen\s+a\s+h{_E}ten", "this week"), (rf"a\s+m{_U}lt\s+h{_E}ten", "last week"), (rf"h{_E}tf{_O}\s+{_O}ta", "since Monday"),
)
_TABLE = WordTable(_RULES, rf"h{_A}ny|h{_A}nykor|mennyi|mennyit|k{_A}v{_E}t|k{_A}v{_E}mat|k{_A}v{_E}zom|koffein\s+(?:volt|vagy)|"
                           rf"aludtam|alszom|meetingen|meetingem|workoutot|workoutos|^{_E}s\s+ma\b|^{_E}s\s+\w+\s+eset{_E}ben|"
                           rf"azon\s+a\s+napon|reggeliztem|eb{_E}deltem|vacsor{_A}ztam|h{_E}ten|kik\s+voltak|"
                           rf"melyik\s+(?:filmet|workout|{_E}jjel|k{_O}nyvet)|milyen\s+podcastot|mikor\s+(?:volt|landol)", least=1)
"""(Words of Hungarian alone: "mit", "hol", "kik", "koffein" are German's, Dutch's or Norwegian's too, and no hint.)"""


def from_hungarian(text: str) -> str:
    """``text`` with its Hungarian phrases that say what is asked put into English; a text with too few of the words
    Hungarian has is left as it is."""
    return _TABLE.in_english(text)
