"""Slovak in an English question, put into English.

People in Slovakia switch between Slovak, often typed without its accents ("kavu", "vecieral", "tyzden"), and English
inside a sentence: "co som mal na obed yesterday?" (what did I have for lunch), "kolko kav som vypil today?" (how many
coffees did I drink), "kto bol na tom X meetingu?" (who was at the X meeting). The phrases that carry what is asked
(meals and where they were eaten, coffee and caffeine, sleep and waking, workouts, meetings and who was there, first and
last, more, "or" ("alebo"), the day named by what happened, habits, what someone said, follow-ups) become English; the
remarks after a question ("fakt neviem", I really don't know) carry nothing asked and are dropped. Both spellings are
read, with accents and without ("raňajky", "ranajky").
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEAL = r"(ra[nň]ajky|obed|ve[cč]eru)"


def _meal(word: str) -> str:
    """The English meal for a Slovak one."""
    plain = word.lower()
    return "breakfast" if plain.startswith("ra") else "lunch" if plain.startswith("ob") else "dinner"


_RULES: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^a\s+dnes\s+zatia[lľ]", "and today so far"), (r"^a\s+de[nň]\s+predt[yý]m", "and the day before"),
    (r"^a\s+noc\s+predt[yý]m", "and the night before"), (r"^a\s+[cč]o\s+tak\s+" + _NAME + r"\??(?:\s+to\s+ist[eé])?", r"and \1?"),
    # what someone said
    (r"ako\s+sa\s+vol[aá]\s+nov[yý]\s+ps[ií]k\s+od\s+" + _NAME, r"what is the name of \1's new dog"),
    (r"ko[lľ]ko\s+rokov\s+bude\s+(?:ma[tť]\s+)?dc[eé]r[ae]\s+(?:od\s+)?" + _NAME, r"how old is \1's daughter turning"),
    # remarks after the question
    (r"(?<=\?)\s+(?!(?:and|a|or|alebo)\b)[^?]*$", ""),
    # a day named by what happened
    (r"v\s+ten\s+de[nň]\s+ke[dď]\s+bol\s+(.{2,60}?)\s+meeting", r"on the day of the \1 meeting"),
    (r"v\s+ten\s+de[nň]\s+ke[dď]\s+som", "on the day I"),
    (r"ko[lľ]ko\s+hod[ií]n\s+som\s+spal\s+tu\s+noc\s+po\s+(.{2,60}?)\s+meetingu", r"how many hours did I sleep the night after the \1 meeting"),
    # habits
    (r"ako\s+sp[ií]m\s+po\s+d[nň]och\s+s\s+(\d+)\s*mg\s+kofe[ií]nu\s+alebo\s+viac\s+oproti\s+ostatn[yý]m\s+d[nň]om",
     r"how do I sleep after days with \1 mg of caffeine or more vs other days"),
    (r"ke[dď]\s+ve[cč]i?er[ií]m\s+o", "when I have dinner at"), (r"ke[dď]\s+pijem\s+kavu\s+o", "when I drink coffee at"),
    (r"alebo\s+nesk[oô]r", "or later"), (r"sp[ií]m\s+krat[sš]ie", "do I sleep less"),
    (r"sp[ií]m\s+dlh[sš]ie\s+po\s+d[nň]och\s+s\s+workoutom\s+ako\s+po\s+rest\s+days", "do I sleep longer after workout days than after rest days"),
    # comparisons
    (r"pijem\s+tento\s+t[yý][zž]de[nň]\s+viac\s+k[aá]vy\s+ako\s+minul[yý]\s+t[yý][zž]de[nň]", "do I drink more coffee this week than last week"),
    (r"kedy\s+som\s+mal\s+viac\s+kofe[ií]nu", "which day did I have more caffeine"),
    (r"ktor[uú]\s+noc\s+som\s+spal\s+viac", "which night did I sleep longer"),
    (r"ktor[yý]\s+workout\s+bol\s+dlh[sš][ií]", "which workout was longer"),
    (r"mg\s+pre\s+oba\s+dni|obe\s+v\s+hodin[aá]ch(?:\s+pls)?|oba\s+v\s+min[uú]tach(?:\s+pls)?", ""),
    (r"(?<=\s)alebo(?=\s)", "or"),
    # what is asked
    (r"kde\s+som\s+ve[cč]i?eral", "where did I have dinner"), (r"kde\s+som\s+obedoval", "where did I have lunch"),
    (r"kde\s+som\s+bol\s+na\s+obede", "where did I have lunch"), (r"kde\s+som\s+bol\s+na\s+ve[cč]eri", "where did I have dinner"),
    (r"[cč]o\s+som\s+mal\s+na\s+" + _MEAL, lambda m: "what did I eat for " + _meal(m[1])),
    (r"[cč]o\s+som\s+ve[cč]i?eral", "what did I eat for dinner"), (r"[cč]o\s+som\s+obedoval", "what did I eat for lunch"),
    (r"ko[lľ]ko\s+hod[ií]n\s+som\s+spal", "how many hours did I sleep"), (r"ako\s+som\s+spal", "how did I sleep"),
    (r"ko[lľ]ko\s+som\s+odpl[aá]val", "how far did I swim"), (r"ko[lľ]ko\s+km\s+som\s+nabehal", "how many km did I run"),
    (r"ko[lľ]ko\s+km\s+som\s+najazdil(?:\s+na\s+bicykli)?", "how many km did I cycle"),
    (r"kto\s+bol\s+na\s+(?:tom\s+)?(.{2,60}?)\s+meetingu", r"who was at the \1 meeting"),
    (r"ko[lľ]ko\s+k[aá]v\s+som\s+vypil", "how many coffees did I drink"), (r"ko[lľ]ko\s+meetingov\s+som\s+mal", "how many meetings did I have"),
    (r"ko[lľ]ko\s+workoutov\s+som\s+dal", "how many workouts did I do"),
    (r"o\s+ko[lľ]kej\s+som\s+mal\s+posledn[uú]\s+k[aá]vu", "what time was my last coffee"),
    (r"o\s+ko[lľ]kej\s+som\s+mal\s+prv[uú]\s+k[aá]vu", "what time was my first coffee"),
    (r"o\s+ko[lľ]kej\s+som\s+vstal", "what time did I get up"), (r"o\s+ko[lľ]kej\s+som\s+i[sš]iel\s+spa[tť]", "what time did I go to bed"),
    (r"tento\s+t[yý][zž]de[nň]", "this week"), (r"minul[yý]\s+t[yý][zž]de[nň]", "last week"),
)
_TABLE = WordTable(_RULES, r"ko[lľ]ko|ko[lľ]kej|[cč]o\s+som|kde\s+som|kto\s+bol|kedy\s+som|ktor[uúyý]\s+(?:noc|workout)|meetingu|"
                           r"meetingov|workoutov|rokov\s+bude|t[yý][zž]de[nň]|kofe[ií]nu|ve[cč]i?eral|obedoval|ra[nň]ajky|sp[ií]m|^a\s+dnes|"
                           r"^a\s+de[nň]\s+predt[yý]m|^a\s+noc\s+predt[yý]m|^a\s+[cč]o\s+tak|ps[ií]k|ve[cč]i?er[ií]m", least=1)
"""(Words of Slovak alone, with or without accents; "a", "co", "kde", "ako" are no hint by themselves.)"""


def from_slovak(text: str) -> str:
    """``text`` with its Slovak phrases that say what is asked put into English; a text with none of the words only Slovak
    has is left as it is."""
    return _TABLE.in_english(text)
