"""Words of other languages in an English question, put into English before any rule reads it.

People who live in two languages mix them ("what did I have de desayuno hace 3 días?", "y la noche
anterior?", "Mittagessen gestern?"). The rules read English, so the words that carry what is asked
(days, nights, meals, coffee, meetings, sleep, question words, "and", "the same") become English
first. Spanish, the most mixed into English, is covered in phrases; French, German, Portuguese and
Italian in their calendar words (days, yesterday, today, days ago). Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.greenlandic import from_greenlandic
from server.answers.adyghe import from_adyghe
from server.answers.breton import from_breton
from server.answers.forro import from_forro
from server.answers.kanuri import from_kanuri
from server.answers.north_sami import from_north_sami
from server.answers.kichwa import from_kichwa
from server.answers.mapudungun import from_mapudungun
from server.answers.albanian import from_albanian
from server.answers.amharic import from_amharic
from server.answers.armenian import from_armenian
from server.answers.azerbaijani import from_azerbaijani
from server.answers.bangla import from_bangla
from server.answers.georgian import from_georgian
from server.answers.hebrew import from_hebrew
from server.answers.hinglish import from_hinglish
from server.answers.kazakh import from_kazakh
from server.answers.kinyarwanda import from_kinyarwanda
from server.answers.kiribati import from_kiribati
from server.answers.kriol import from_kriol
from server.answers.kreol import from_kreol
from server.answers.krio import from_krio
from server.answers.indonesian import from_indonesian
from server.answers.kongish import from_kongish
from server.answers.luganda import from_luganda
from server.answers.luxembourgish import from_luxembourgish
from server.answers.mongolian import from_mongolian
from server.answers.norwegian import from_norwegian
from server.answers.nyanja import from_nyanja
from server.answers.persian import from_persian
from server.answers.polish import from_polish
from server.answers.czech import from_czech
from server.answers.romanian import from_romanian
from server.answers.cook_islands import from_cook_islands
from server.answers.croatian import from_croatian
from server.answers.hungarian import from_hungarian
from server.answers.icelandic import from_icelandic
from server.answers.slovak import from_slovak
from server.answers.samoan import from_samoan
from server.answers.sesotho import from_sesotho
from server.answers.serbian import from_serbian
from server.answers.setswana import from_setswana
from server.answers.shona import from_shona
from server.answers.bulgarian import from_bulgarian
from server.answers.latvian import from_latvian
from server.answers.lithuanian import from_lithuanian
from server.answers.slovenian import from_slovenian
from server.answers.somali import from_somali
from server.answers.swedish import from_swedish
from server.answers.korean import from_korean
from server.answers.bislama import from_bislama
from server.answers.catalan import from_catalan
from server.answers.cypriot import from_cypriot
from server.answers.danish import from_danish
from server.answers.dutch import from_dutch
from server.answers.ewe import from_ewe
from server.answers.hmong import from_hmong
from server.answers.yoruba import from_yoruba
from server.answers.sango import from_sango
from server.answers.swati import from_swati
from server.answers.kabyle import from_kabyle
from server.answers.dhivehi import from_dhivehi
from server.answers.javanese import from_javanese
from server.answers.pashto import from_pashto
from server.answers.changana import from_changana
from server.answers.oshiwambo import from_oshiwambo
from server.answers.bemba import from_bemba
from server.answers.kimbundu import from_kimbundu
from server.answers.chechen import from_chechen
from server.answers.udmurt import from_udmurt
from server.answers.romani import from_romani
from server.answers.romansh import from_romansh
from server.answers.sakha import from_sakha
from server.answers.sardinian import from_sardinian
from server.answers.kurdish import from_kurdish
from server.answers.pitjantjatjara import from_pitjantjatjara
from server.answers.abron import from_abron
from server.answers.mandarin import from_mandarin
from server.answers.egyptian import from_egyptian
from server.answers.tigrinya import from_tigrinya
from server.answers.amis import from_amis
from server.answers.tamil import from_tamil
from server.answers.mari import from_mari
from server.answers.aramaic import from_aramaic
from server.answers.xibe import from_xibe
from server.answers.acholi import from_acholi
from server.answers.lani import from_lani
from server.answers.chuvash import from_chuvash
from server.answers.japanese import from_japanese
from server.answers.manx import from_manx
from server.answers.moore import from_moore
from server.answers.pular import from_pular
from server.answers.fijian import from_fijian
from server.answers.dzongkha import from_dzongkha
from server.answers.estonian import from_estonian
from server.answers.finnish import from_finnish
from server.answers.bambara import from_bambara
from server.answers.basque import from_basque
from server.answers.burmese import from_burmese
from server.answers.khmer import from_khmer
from server.answers.hausa import from_hausa
from server.answers.lingala import from_lingala
from server.answers.malagasy import from_malagasy
from server.answers.maltese import from_maltese
from server.answers.tetum import from_tetum
from server.answers.thai import from_thai
from server.answers.tok_pisin import from_tok_pisin
from server.answers.ukrainian import from_ukrainian
from server.answers.tongan import from_tongan
from server.answers.uzbek import from_uzbek
from server.answers.swahili import from_swahili
from server.answers.taglish import from_taglish
from server.answers.vietnamese import from_vietnamese
from server.answers.wolof import from_wolof

_NUMBER_WORDS = {"un": "1", "una": "1", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
                 "siete": "7", "ocho": "8", "nueve": "9", "diez": "10"}
_NUMBER = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_WEEKDAYS_ES = {"lunes": "Monday", "martes": "Tuesday", "miércoles": "Wednesday", "miercoles": "Wednesday",
                "jueves": "Thursday", "viernes": "Friday", "sábado": "Saturday", "sabado": "Saturday",
                "domingo": "Sunday"}
_MONTHS_ES = {"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
              "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September",
              "setiembre": "September", "octubre": "October", "noviembre": "November", "diciembre": "December"}
_DAY_ES = "(" + "|".join(_WEEKDAYS_ES) + ")"
_MONTH_ES = "(" + "|".join(_MONTHS_ES) + ")"


def _n(word: str) -> str:
    return _NUMBER_WORDS.get(word.lower(), word)


_SPANISH: tuple[tuple[str, object], ...] = (
    # days and nights
    (r"(?:la\s+)?noche\s+del?\s+" + _DAY_ES + r"\s+al?\s+" + _DAY_ES, lambda m: f"{_WEEKDAYS_ES[m[1].lower()]} night"),
    (r"(?:la\s+)?noche\s+del?\s+" + _DAY_ES, lambda m: f"{_WEEKDAYS_ES[m[1].lower()]} night"),
    (r"(?:el|la)\s+(?:día|dia|noche)\s+anterior", lambda m: "the " + ("night" if "noche" in m[0].lower() else "day")
     + " before"),
    (r"(?:el\s+)?(\d{1,2})\s+de\s+" + _MONTH_ES + r"(?:\s+(?:de|del)\s+(\d{4}))?",
     lambda m: f"on {m[1]} {_MONTHS_ES[m[2].lower()]}" + (f" {m[3]}" if m[3] else "")),
    (r"\bel\s+(\d{1,2}/\d{1,2}(?:/\d{2,4})?)", r"on \1"),
    (r"(?:el|este|el\s+pasado)\s+" + _DAY_ES, lambda m: f"on {_WEEKDAYS_ES[m[1].lower()]}"),
    (_DAY_ES + r"\s+pasado", lambda m: f"last {_WEEKDAYS_ES[m[1].lower()]}"),
    (_DAY_ES, lambda m: _WEEKDAYS_ES[m[1].lower()]),
    (r"hace\s+" + _NUMBER + r"\s+(días|dias|noches|semanas)",
     lambda m: f"{_n(m[1])} {dict(días='days', dias='days', noches='nights', semanas='weeks')[m[2].lower()]} ago"),
    (r"hace\s+una\s+semana", "a week ago"), (r"anteayer|antier|antes\s+de\s+ayer", "the day before yesterday"),
    (r"anoche", "last night"), (r"ayer", "yesterday"), (r"hoy", "today"), (r"mañana\s+por\s+la\s+mañana", "tomorrow morning"),
    (r"esta\s+mañana", "this morning"), (r"esta\s+noche", "tonight"), (r"esta\s+semana", "this week"),
    (r"la\s+semana\s+pasada", "last week"), (r"el\s+mes\s+pasado", "last month"), (r"este\s+mes", "this month"),
    (r"el\s+fin\s+de\s+semana", "the weekend"),
    # what is asked
    (r"a\s+qué\s+hora|a\s+que\s+hora", "at what time"), (r"cuántas?\s+horas|cuantas?\s+horas", "how many hours"),
    (r"cuántos\s+minutos|cuantos\s+minutos", "how many minutes"), (r"cuántos\s+km|cuantos\s+km", "how many km"),
    (r"cuántos\s+llevo|cuantos\s+llevo", "how many so far"),
    (r"cuánto\s+(?:tiempo\s+)?duró|cuanto\s+(?:tiempo\s+)?duro", "how long did it last"),
    (r"cuánto\s+dormí|cuanto\s+dormi", "how long did I sleep"),
    (r"cuántos|cuántas|cuantos|cuantas", "how many"), (r"cuánto|cuánta|cuanto|cuanta", "how much"),
    (r"quiénes|quién|quien", "who"), (r"cuándo|cuando", "when"), (r"dónde|donde", "where"), (r"cuál|cual", "which"),
    (r"qué|que\s+(?=hice|comí|comi|cené|cene|desayuné|almorcé|tomé)", "what "),
    (r"fue\s+más\s+larg[oa]|fue\s+mas\s+larg[oa]", "was longer"), (r"más\s+larg[oa]|mas\s+larg[oa]", "longer"),
    (r"más\s+tarde|mas\s+tarde", "later"), (r"o\s+más|o\s+mas", "or more"),
    (r"más\s+(\w+)\s+(.{1,40}?)\s+que(?=\s)", r"more \1 \2 than"), (r"más|mas(?=\s+caf)", "more"), (r"menos", "less"),
    (r"cada\s+(?:día|dia)", "each day"), (r"lo\s+mismo", "the same"), (r"los\s+días\s+con|los\s+dias\s+con", "on days with"),
    (r"(?:la\s+)?primera\s+reunión|(?:la\s+)?primera\s+reunion", "the first meeting"),
    (r"(?:el\s+)?primer\s+café", "the first coffee"),
    (r"(?:el\s+)?último\s+café|(?:el\s+)?ultimo\s+café", "the last coffee"),
    (r"último|última|ultimo|ultima", "last"), (r"primer|primera|primero", "first"),
    (r"después\s+de|despues\s+de", "after"), (r"antes\s+de", "before"),
    (r"esa\s+reunión|esa\s+reunion", "that meeting"), (r"la\s+reunión\s+de|la\s+reunion\s+de", "the meeting"),
    (r"reuniones", "meetings"), (r"reunión|reunion", "meeting"),
    (r"el\s+(?:día|dia)\s+(?:que|en\s+que)", "the day"),
    # verbs, first person
    (r"me\s+acosté|me\s+acoste|me\s+fui\s+a\s+(?:la\s+)?cama", "did I go to bed"),
    (r"me\s+desperté|me\s+desperte", "did I wake up"), (r"me\s+levanté|me\s+levante", "did I get up"),
    (r"dormí|dormi", "did I sleep"), (r"duermo", "I sleep"), (r"corrí|corri", "did I run"), (r"nadé|nade", "did I swim"),
    (r"comí|comi", "did I eat"), (r"cené|cene", "did I have for dinner"), (r"desayuné|desayune", "did I have for breakfast"),
    (r"almorcé|almorce", "did I have for lunch"), (r"tomé|tome|bebí|bebi", "did I have"), (r"tomo|bebo", "I have"),
    (r"hice", "did I do"), (r"estuvo|estuvieron", "was"), (r"duró|duro", "lasted"),
    (r"me\s+recomendó|me\s+recomendo", "recommended to me"), (r"recomendó|recomendo", "recommended"),
    (r"habló\s+de|hablo\s+de", "talked about"), (r"dijo", "said"), (r"sugirió|sugirio", "suggested"),
    # things
    (r"de\s+desayuno", "for breakfast"), (r"de\s+cena", "for dinner"), (r"de\s+almuerzo|de\s+comida", "for lunch"),
    (r"desayuno", "breakfast"), (r"almuerzo", "lunch"), (r"cena", "dinner"), (r"cafés", "coffees"),
    (r"café", "coffee"), (r"cafeína|cafeina", "caffeine"), (r"entrenamiento", "workout"), (r"deporte", "sport"),
    (r"sueño", "sleep"), (r"libro", "book"), (r"película|pelicula", "film"), (r"vuelo", "flight"), (r"perro", "dog"),
    (r"hija", "daughter"), (r"a\s+las\s+(\d)", r"at \1"), (r"de\s+(?=cafeína|cafeina|caffeine)", "of "),
    # small words, last
    (r"oye|mira|bueno|pues", ""), (r"y", "and"), (r"o", "or"), (r"el\s+de", "the one of"), (r"la\s+de", "the one of"),
    (r"en(?=\s+(?:the|el|la)\b)", "in"), (r"el|la|los|las", "the"), (r"un|una", "a"), (r"con", "with"),
    (r"mis?", "my"), (r"para|por", "for"), (r"de(?=\s)", "of"), (r"que", "that"),
)
_OTHER_CALENDAR: tuple[tuple[str, str], ...] = (
    # Nigerian Pidgin
    (r"wetin", "what"), (r"who\s+and\s+who", "who"), (r"chop", "eat"), (r"dey", "was"), (r"abi", "or"), (r"nko", ""),
    (r"sef", ""), (r"last\s+pass", "lasted longer"), (r"(\w+)\s+pass(?=\s*\?)", r"\1 more"), (r"takes?\s+the\s+w", "was more"),
    # German: what is asked, then the calendar
    (r"wie\s+viele", "how many"), (r"wie\s+viel", "how much"), (r"wie\s+lange", "how long"), (r"wie\s+weit", "how far"),
    (r"um\s+wie\s+viel\s+uhr|wann", "when"), (r"wer", "who"), (r"letzte\s+nacht", "last night"),
    (r"kaffees", "coffees"), (r"kaffee", "coffee"), (r"koffein", "caffeine"), (r"besprechung|sitzung|termin", "meeting"),
    (r"geschlafen", "slept"), (r"gelaufen|joggen", "ran"), (r"geschwommen", "swam"), (r"gegessen", "eaten"),
    (r"hatte\s+ich", "did I have"), (r"habe\s+ich|hab\s+ich|bin\s+ich", "did I"), (r"ich", "I"), (r"und", "and"),
    (r"oder", "or"),
    (r"vorgestern", "the day before yesterday"), (r"gestern", "yesterday"), (r"heute", "today"),
    (r"vor\s+(\d{1,2})\s+tagen", r"\1 days ago"), (r"letzte\s+woche", "last week"), (r"diese\s+woche", "this week"),
    (r"montag", "Monday"), (r"dienstag", "Tuesday"), (r"mittwoch", "Wednesday"), (r"donnerstag", "Thursday"),
    (r"freitag", "Friday"), (r"samstag|sonnabend", "Saturday"), (r"sonntag", "Sunday"),
    (r"frühstück|fruehstueck", "breakfast"), (r"mittagessen", "lunch"), (r"abendessen", "dinner"),
    # French
    (r"combien\s+de\s+temps", "how long"), (r"combien\s+de", "how many"), (r"combien", "how much"),
    (r"à\s+quelle\s+heure|quand", "when"), (r"où", "where"), (r"qui", "who"), (r"hier\s+soir|la\s+nuit\s+dernière", "last night"),
    (r"cafés", "coffees"), (r"café", "coffee"), (r"caféine", "caffeine"), (r"réunion", "meeting"), (r"dormi", "slept"),
    (r"couru", "ran"), (r"nagé", "swam"), (r"mangé", "eaten"), (r"et", "and"), (r"ou", "or"),    (r"avant-hier", "the day before yesterday"), (r"hier", "yesterday"), (r"aujourd'hui|aujourd’hui", "today"),
    (r"il\s+y\s+a\s+(\d{1,2})\s+jours", r"\1 days ago"), (r"la\s+semaine\s+dernière", "last week"),
    (r"lundi", "Monday"), (r"mardi", "Tuesday"), (r"mercredi", "Wednesday"), (r"jeudi", "Thursday"),
    (r"vendredi", "Friday"), (r"samedi", "Saturday"), (r"dimanche", "Sunday"), (r"petit-déjeuner|petit déjeuner", "breakfast"),
    (r"déjeuner", "lunch"), (r"dîner", "dinner"),
    # Portuguese
    (r"quanto\s+tempo", "how long"), (r"quantos|quantas", "how many"), (r"quanto|quanta", "how much"),
    (r"quando", "when"), (r"onde", "where"), (r"quem", "who"), (r"ontem\s+à\s+noite", "last night"),
    (r"cafés", "coffees"), (r"cafezinhos?", "coffee"), (r"reunião", "meeting"), (r"dormi", "did I sleep"),
    (r"corri", "did I run"), (r"nadei", "did I swim"), (r"comi", "did I eat"),    (r"anteontem", "the day before yesterday"), (r"ontem", "yesterday"), (r"hoje", "today"),
    (r"há\s+(\d{1,2})\s+dias", r"\1 days ago"), (r"segunda-feira", "Monday"), (r"terça-feira|terca-feira", "Tuesday"),
    (r"quarta-feira", "Wednesday"), (r"quinta-feira", "Thursday"), (r"sexta-feira", "Friday"), (r"jantar", "dinner"),
    (r"almoço|almoco", "lunch"), (r"pequeno-almoço|café da manhã", "breakfast"),
    # Italian
    (r"quanto\s+tempo", "how long"), (r"quanti|quante", "how many"), (r"a\s+che\s+ora|quando", "when"), (r"dove", "where"),
    (r"chi", "who"), (r"ieri\s+sera", "last night"), (r"caffè", "coffee"), (r"riunione", "meeting"), (r"dormito", "slept"),
    (r"corso", "ran"), (r"nuotato", "swam"), (r"mangiato", "eaten"),    (r"l'altro\s+ieri|altroieri", "the day before yesterday"), (r"ieri", "yesterday"), (r"oggi", "today"),
    (r"(\d{1,2})\s+giorni\s+fa", r"\1 days ago"), (r"lunedì|lunedi", "Monday"), (r"martedì|martedi", "Tuesday"),
    (r"mercoledì|mercoledi", "Wednesday"), (r"giovedì|giovedi", "Thursday"), (r"venerdì|venerdi", "Friday"),
    (r"sabato", "Saturday"), (r"colazione", "breakfast"), (r"pranzo", "lunch"), (r"cena(?=\s)", "dinner"),
)


def _compile(pairs: tuple[tuple[str, object], ...]) -> tuple[tuple[re.Pattern[str], object], ...]:
    return tuple((re.compile(r"(?<![\w'’/-])(?:" + pattern + r")(?![\w'’-])", re.I), repl) for pattern, repl in pairs)


_SPANISH_RULES = _compile(_SPANISH)
_OTHER_RULES = _compile(_OTHER_CALENDAR)
_SPANISH_HINT = re.compile(r"(?<!\w)(?:hoy|ayer|anteayer|anoche|hace|el|la|los|las|de|del|y|qué|que|cuánt\w*|cuant\w*|"
                           r"quién|dónde|cuándo|noche|semana|café|cafés|cena|desayuno|almuerzo|reunión|dormí|corrí|comí|"
                           r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|oye|mismo)(?!\w)", re.I)
_OTHER_HINT = re.compile(r"(?<!\w)(?:wetin|chop|dey|abi|nko|sef|pass|the\s+w|who\s+and\s+who|gestern|heute|vorgestern|hier|aujourd|ontem|hoje|ieri|oggi|tagen|jours|dias|giorni|"
                         r"wie\s+viele?|wie\s+lange|combien|quantos|quantas|quanti|quante|kaffee|réunion|reunião|riunione|"
                         r"\w+(?:tag|di|dì|redi|feira)|samedi|dimanche|sabato|frühstück|mittagessen|abendessen|déjeuner|"
                         r"dîner|jantar|almoço|pranzo|colazione|il y a|há)(?!\w)", re.I)
_SPANISH_WORDS = re.compile(r"(?<!\w)(?:hoy|ayer|anteayer|anoche|hace|qué|cuánt\w*|quién|dónde|cuándo|noche|semana|"
                            r"cena|desayuno|almuerzo|reunión|dormí|corrí|comí|lunes|martes|miércoles|jueves|viernes|"
                            r"sábado|domingo|oye|mismo|del|los|las|cafeína|día|anterior|llevo|^y|" + "|".join(_MONTHS_ES) + r")(?!\w)",
                            re.I)


_WORD_TABLES = (from_greenlandic, from_breton, from_forro, from_north_sami, from_kanuri, from_mapudungun, from_kichwa, from_adyghe, from_japanese, from_chuvash, from_lani, from_acholi, from_xibe, from_aramaic, from_mari, from_tamil, from_amis, from_tigrinya, from_egyptian, from_mandarin, from_abron, from_pitjantjatjara, from_kurdish, from_sardinian, from_kriol, from_romansh, from_romani, from_sakha, from_udmurt, from_chechen, from_manx, from_moore, from_pular, from_kimbundu, from_bemba, from_oshiwambo, from_changana, from_pashto, from_javanese, from_dhivehi, from_kabyle, from_swati, from_sango, from_yoruba, from_hmong, from_ewe, from_dzongkha, from_bambara, from_khmer, from_hausa, from_burmese, from_basque, from_lingala, from_malagasy, from_cook_islands, from_ukrainian, from_lithuanian, from_bulgarian, from_latvian, from_slovenian, from_albanian, from_estonian, from_luxembourgish, from_catalan, from_icelandic, from_norwegian, from_slovak, from_hungarian, from_croatian, from_serbian, from_romanian, from_czech, from_polish, from_finnish, from_hebrew, from_swedish, from_danish, from_dutch, from_kiribati, from_bislama, from_krio, from_wolof, from_fijian, from_cypriot, from_maltese, from_sesotho, from_setswana, from_kreol, from_kinyarwanda, from_somali, from_samoan, from_tongan, from_tetum, from_swahili, from_vietnamese, from_indonesian, from_hinglish, from_taglish, from_bangla, from_kongish, from_korean, from_thai,
                from_amharic, from_uzbek, from_georgian, from_armenian, from_kazakh, from_persian,
                from_azerbaijani, from_luganda, from_tok_pisin, from_mongolian,
                from_nyanja, from_shona)
"""The languages with a word table of their own, in the order they are tried (Setswana and Mauritian Creole first: Taglish's,
Kongish's and Hinglish's particles, "ba", "ga", "la", "ki", are their words too)."""


def in_english(text: str) -> str:
    """``text`` with the words of the languages in ``_WORD_TABLES`` (Georgian, Armenian, Kazakh, Swahili, Persian, Azerbaijani, Luganda, Tok Pisin, Mongolian, Nyanja, Shona, Setswana, Mauritian Creole, Kinyarwanda, Somali, Sesotho, Samoan, Tongan, Tetum, Maltese, Cypriot Greek, Fijian, Wolof, Krio, Bislama, Gilbertese, Swedish, Danish, Dutch, Finnish, Polish, Czech, Romanian, Croatian, Hungarian, Slovak, Icelandic, Norwegian, Catalan, Luxembourgish, Estonian, Albanian, Slovenian, Latvian, Lithuanian, Bulgarian, Ukrainian, Serbian, Cook Islands Māori, Malagasy, Lingala, Basque, Burmese, Hausa, Khmer, Bambara, Dzongkha, Ewe, Hmong, Yoruba, Sango, siSwati, Kabyle, Dhivehi, Javanese, Pashto, Changana, Oshiwambo, Bemba, Kimbundu, Pular, Mooré, Manx, Chechen, Udmurt, Sakha, Romani, Romansh, Guinea-Bissau Kriol, Sardinian days, Hebrew in Latin letters, Acholi, Lani, Chuvash, Japanese in its own script, Adyghe in Cyrillic, Kichwa, Mapudungun, Kanuri and North Sámi among them), Spanish (and French, German, Portuguese, Italian calendar) words that say what is
    asked put into English. A text with no Spanish word of its own keeps its small words ("y", "de")."""
    for translate in _WORD_TABLES:
        text = translate(text)
    if _SPANISH_HINT.search(text) and len(_SPANISH_WORDS.findall(text)) >= 1:
        for pattern, repl in _SPANISH_RULES:
            text = pattern.sub(repl, text)  # type: ignore[arg-type]
    if _OTHER_HINT.search(text):
        for pattern, repl in _OTHER_RULES:
            text = pattern.sub(repl, text)  # type: ignore[arg-type]
    return re.sub(r"\s{2,}", " ", text).strip(" ,")
