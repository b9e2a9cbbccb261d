"""siSwati in an English question, put into English.

People in Eswatini write siSwati inside English questions. Its weekdays ("Msombuluko", "Lesibili", "Lesitsatfu", "Lesine",
"Lesihlanu", "Mgcibelo", "Lisontfo": Monday to Sunday) stand beside a date ("Lesibili (21/10)", "21 October (Lesibili)");
"lamuhla" is today, "itolo" yesterday, "itolo ebusuku" last night, "leliviki" this week; a night is "ebusuku" (at night)
with the day it starts on ("ebusuku ngaMsombuluko (20/10-21/10)", "ebusuku bamhla 20 October"). Those become English.
The phrases that carry what is asked ("bobani labebakhona ku-" (who was at), "ngilele emahora lamangakhi" (how many hours
did I sleep), "ngidleni emini" (what did I eat at midday)) become English too, where two of siSwati's own words say the
question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"msombuluko": "Monday", "lesibili": "Tuesday", "lesitsatfu": "Wednesday", "lesine": "Thursday",
             "lesihlanu": "Friday", "mgcibelo": "Saturday", "lisontfo": "Sunday"}
_WD = r"(msombuluko|lesibili|lesitsatfu|lesine|lesihlanu|mgcibelo|lisontfo)"
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_WORDS_DATE = r"(\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:\s+\d{4})?)"  # a month's name, not "2 pm"
_MEALS = {"ekuseni": "breakfast", "emini": "lunch", "kusihlwa": "dinner"}
_MEAL = r"(ekuseni|emini|kusihlwa)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"nga-" + _WORDS_DATE + r"(?:\s*\(\s*" + _WD + r"\s*\))?", r"on \1"),  # "kutsiwani nga-15 September (Msombuluko)": of, on
    (r"nga-" + _WD + r"(?:\s+" + _WORDS_DATE + r")?", lambda m: f"on {_day(m[1])} {m[2] or ''}".rstrip()),
    (r"(?:itolo\s+)?ebusuku\s+(?:nga-?(?:" + _WD + r")?\s*)?\((" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)", r"the night of \2"),
    (r"ebusuku\s+(?:bamhla|nga-?)\s*(?:" + _WD + r"\s+)?" + _WORDS_DATE, r"the night of \2"),
    (r"ebusuku\s+nga-?" + _WD, lambda m: f"{_day(m[1])} night"), (r"itolo\s+ebusuku", "last night"),
    (r"leliviki\s+leledlulile", "last week"), (r"leliviki", "this week"),
    (r"kusukela\s+nge-?" + _WD, lambda m: f"since {_day(m[1])}"),
    (_WORDS_DATE + r"\s*\(\s*" + _WD + r"\s*\)", r"on \1"), (_WD + r"\s+(?=" + _WORDS_DATE + r")", "on "),
    (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"), (r"(?<![\w-])" + _WD, lambda m: f"on {_day(m[1])}"),
    (r"lamuhla", "today"), (r"itolo", "yesterday"), (r"nga-?lamuhla", "today"),
)
_DAYS = WordTable(_DAY_RULES, r"msombuluko|lesibili|lesitsatfu|lesine|lesihlanu|mgcibelo|lisontfo|(?:nga-?)?lamuhla|itolo|ebusuku|leliviki|nga-\w+",
                  least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^busuku\s+bangembili\s+kwalobo", "and the night before"), (r"^lilanga\s+langembili\s+kwalelo", "and the day before"),
    (r"^lowo\s+mhlangano\s+utsetse\s+imizuzu\s+lemingakhi", "and how long was that meeting"),
    (r"^kutsiwani\s+(?:nga-?)?today(?:\s+kuze\s+kube\s+manje)?", "and today so far"),
    (r"^kutsiwani\s+(?:nga-?|nge-?)?(.{2,40}?)\s*\?", r"and \1?"),
    # what someone said
    (r"indvodzakatana\s+ya\s+" + _NAME + r"\s+itawuba\s+neminyaka\s+lemingakhi(?:\s+nakufika\s+i-birthday\s+yayo)?", r"how old will \1's daughter turn"),
    (_NAME + r"\s+ushilo\s+kutsi\s+ngibukele\s+yiphi\s+i-film", r"which film did \1 recommend"),
    (_NAME + r"\s+utsite\s+ngifundze\s+yiphi\s+incwadzi", r"which book did \1 recommend"),
    (_NAME + r"\s+ungincomele\s+liphi\s+i-podcast", r"which podcast did \1 recommend"),
    (_NAME + r"\s+ungincomele\s+(?:liphi|yiphi)\s+(?:indawo\s+yekudla|i-restaurant)", r"which restaurant did \1 recommend"),
    (r"launch\s+ye-(.{2,30}?),?\s*" + _NAME + r"\s+utsite\s+seyisuswele\s+kuliphi\s+lilanga", r"what is the new date of the \1 launch according to \2"),
    (r"i-offsite,?\s*" + _NAME + r"\s+utsite\s+seyiya\s+kuliphi\s+lidolobha(?:\s+manje)?", r"where is the offsite now, according to \1"),
    (r"i-flight\s+ya\s+" + _NAME + r"\s+itawufika\s+ngasikhatsi\s+sini", r"when does \1's flight land"),
    (r"inja\s+lencane\s+ya\s+" + _NAME + r",?\s*ngubani\s+libito\s+layo", r"what is the name of \1's new dog"),
    # days named by what happened
    (r"lilanga\s+le-?(.{2,60}?),\s*ngidle\s+kuphi\s+" + _MEAL,
     lambda m: f"where did I have {_MEALS[m[2].lower()]} on the day of the {m[1]} meeting"),
    (r"lilanga\s+lengi-?(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*ngidleni\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"lilanga\s+" + _NAME + r"\s+akhuluma\s+nga-?(.{2,40}?),?\s*ngidleni\s+" + _MEAL,
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"ebusuku\s+emva\s+kwe-?(.{2,60}?),\s*ngilele\s+emahora\s+lamangakhi", r"how many hours did I sleep the night after the \1 meeting"),
    (r"emva\s+kwe-?(.{2,80}?),\s*bobani\s+labebakhona\s+emhlanganweni\s+lolandzelako", r"who was at the meeting right after the \1"),
    # meetings
    (r"bobani\s+labebakhona\s+ku-?(.{2,60}?)(?=\s+(?:on\s|today|yesterday)|\s*\?|$)", r"who was at the \1 meeting"),
    (r"umhlangano\s+we-?(.{2,60}?)(\s+(?:on\s|today|yesterday)[^?]{0,30}?)?\s+utsetse\s+imizuzu\s+lemingakhi",
     lambda m: f"how many minutes was the {m[1]} meeting{m[2] or ''}"),
    (r"^(.{2,100}?)\s+yami\s+(.{2,40}?)\s+itsetse\s+imizuzu\s+lemingakhi", r"how many minutes did the \1 \2 last"),
    (r"bengisemihlanganweni\s+lemingakhi", "how many meetings did I have"),
    (r"umhlangano\s+wekucala\s+ucale\s+ngasikhatsi\s+sini", "what time did my first meeting start"),
    # meals, sleep, workouts, coffee
    (r"ngidleni\s+" + _MEAL + r"(?:\s+ku-?(?:breakfast|lunch|dinner))?", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"ngidle\s+kuphi\s+" + _MEAL, lambda m: f"where did I have {_MEALS[m[1].lower()]}"),
    (r"ngilele\s+emahora\s+lamangakhi", "how many hours did I sleep"), (r"ngilele\s+kahle\s+noma\s+kabi", "did I sleep well or badly"),
    (r"ngiye\s+embhedzeni\s+ngasikhatsi\s+sini", "what time did I go to bed"), (r"ngivuke\s+ngasikhatsi\s+sini", "what time did I wake up"),
    (r"ngibhukushe\s+lokungakanani", "how far did I swim"), (r"ngigibele\s+i-?bike\s+ema-?km\s+lamangakhi", "how many km did I cycle"),
    (r"ngigijime\s+ema-?km\s+lamangakhi", "how many km did I run"),
    (r"nginatse\s+tinkomishi\s+letingakhi\s+te-?khofi", "how many coffees did I drink"),
    (r"i-?caffeine\s+yonkhe\s+lengiyinatsile,?\s*mg\s+malini", "how much caffeine in mg"),
    (r"likhofi\s+lokugcina\s+nginatse\s+ngasikhatsi\s+sini", "what time was my last coffee"),
    (r"likhofi\s+lokucala\s+nginatse\s+ngasikhatsi\s+sini", "what time was my first coffee"),
    # comparisons and habits
    (r"^(.{2,50}?)\s+noma\s+(.{2,50}?),\s*ngibusuku\s+buphi\s+lengilale\s+kakhulu\??\s*(?:emahora\s+abo\s+bobabili)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,50}?)\s+noma\s+(.{2,50}?),\s*ngiliphi\s+lilanga\s+lebenginatse\s+i-?caffeine\s+lenyenti\??\s*(?:mg\s+yawo\s+womabili)?",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^i-?workout\s+ya\s+(.{2,50}?)\s+nale\s+ya\s+(.{2,50}?),\s*iphi\s+lebe\s+yinde\??\s*(?:imizuzu\s+yato\s+totimbili)?",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^this\s+week\s+nginatse\s+likhofi\s+lelinyenti\s+kuneliviki\s+leledlulile", "did I drink more coffee this week than last week"),
    (r"this\s+week\s+nginatse\s+likhofi\s+lelinyenti\s+kune(?:liviki\s+)?last\s+week", "did I drink more coffee this week than last week"),
    (r"nangabe\s+nginatse\s+(\d{2,4}\s*mg)\s+ye-?caffeine\s+noma\s+ngetulu,?\s*kulala\s+kwami\s+kunjani\s+uma\s+kucatsaniswa\s+nalabanye\s+busuku",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"nginatsa\s+likhofi\s+lelinyenti\s+ngemalanga\s+e-?workout\s+noma\s+ngemalanga\s+ekuphumula", "do I drink more coffee on workout days than on rest days"),
    (r"emalanga\s+ngente\s+i-?workout,?\s*ngilala\s+kakhulu\s+kunemalanga\s+lengingakayenti", "do I sleep longer after workout days than after rest days"),
    (r"nangabe\s+(nginatsa\s+likhofi|ngidla\s+kusihlwa)\s+nga-?(\d{1,2}(?::\d\d)?\s*[ap]m)\s+noma\s+emva\s+kwaloko,?\s*ngilala\s+kancane(?:\s+yini)?",
     lambda m: f"do I sleep less after {'coffee' if 'khofi' in m[1] else 'dinner'} at {m[2]} or later"),
    (r"(?<=\?)\s*[^?]*\bnoma\b[^?]*\s*$", ""),  # "...? metres noma km": the units offered after the question
    remark_after(("and", "or", "with", "which")),  # "...? breakfast yami": a remark after the question
)
_TABLE = WordTable(_ASKED, r"ngidleni|ngidle|kuphi|ngilele|emahora|lamangakhi|lemingakhi|letingakhi|imizuzu|bobani|labebakhona|"
                           r"nginatse|nginatsa|likhofi|tinkomishi|ngasikhatsi|ngivuke|embhedzeni|ngibhukushe|ngigibele|ngigijime|"
                           r"umhlangano|bengisemihlanganweni|busuku|bangembili|kwalobo|kutsiwani|utsite|ushilo|ungincomele|"
                           r"ngibukele|ngifundze|incwadzi|indvodzakatana|lencane|libito|seyiya|kuliphi|lidolobha|nangabe|"
                           r"emalanga|ngemalanga|itsetse|utsetse|lilanga|yonkhe|malini|lengiyinatsile", least=1)


def from_swati(text: str) -> str:
    """``text`` with its siSwati days, and the siSwati phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
