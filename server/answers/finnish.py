"""Finnish in an English question, put into English.

People in Finland switch between spoken Finnish and English inside a sentence: "montako kilsaa mä juoksin yesterday?"
(how many km did I run), "ketä oli Ops sync palaverissa?" (who was at the meeting), "monelta mä join ekan kahvin?"
(what time did I drink my first coffee). The phrases that carry what is asked (meals, coffee, sleep, running,
meetings, who was there, first and last, more, less, longer, "or", "than", the day named by what happened, habits,
what someone said, follow-ups) become English, names keep their genitive off ("Lilan tytär": Lila's daughter), and
the remarks after a question ("en muista yhtään", I don't remember at all) are dropped.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_OF_NAME = r"((?-i:[A-Z])[\w'’]*?)n"  # "Lilan", "Ingridn": the genitive's n off
_MEALS = {"aamupalaks": "breakfast", "aamupalalla": "breakfast", "lounaaks": "lunch", "lounaalla": "lunch",
          "päivälliseks": "dinner", "päivällisellä": "dinner", "illalla": "dinner", "illalliseks": "dinner"}
_MEAL = r"(aamupalaks|aamupalalla|lounaaks|lounaalla|päivälliseks|päivällisellä|illalla|illalliseks)"
_THINGS = {"kirjan": "book", "leffan": "film", "podcastin": "podcast", "ravintolan": "restaurant", "leffa": "film",
           "kirja": "book"}

_RULES: tuple[tuple[str, object], ...] = (
    # remarks after the question
    (r"(?:pitää\s+ostaa\s+lahja|en\s+muista\s+yhtään|mun\s+pitää\s+ehtiä\s+\w+|muisti\s+ihan\s+tyhjä|jalat\s+on\s+ihan\s+jumissa"
     r"|haluun\s+mennä\s+sinne\s+uudestaan|strava\s+ei\s+tallentanu|puolet\s+oli\s+kamera\s+kiinni|tuntu\s+et\s+koko\s+päivä"
     r"|herätys\s+ei\s+soinu|milligrammoina|tunnit\s+molemmista|minuutit\s+molemmista)", ""),
    # what someone said
    (r"minkä\s+ikäiseks\s+" + _OF_NAME + r"\s+tytär\s+täyttää(?:\s+synttäreillä)?", r"how old will \1's daughter turn at her birthday"),
    (_NAME + r"\s+suositteli\s+mulle\s+jonkun\s+(kirjan|leffan|podcastin|ravintolan),?\s+mikä\s+se\s+oli(?:\s+nimeltään)?",
     lambda m: f"which {_THINGS[m[2].lower()]} did {m[1]} recommend"),
    (r"mikä\s+(leffa|kirja)\s+se\s+oli\s+jonka\s+" + _NAME + r"\s+sanoi\s+et\s+mun\s+pitää\s+(?:nähdä|lukea)",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (r"monelta\s+" + _OF_NAME + r"\s+lento\s+laskeutuu", r"what time does \1's flight land"), (r"^entäs\s+" + _NAME + r"(?=\s*\?)", r"and \1"),
    # a day named by what happened
    (_NAME + r"\s+puhu\s+(.{2,40}?)\s+jonain\s+päivänä,\s+mitä\s+mä\s+söin\s+" + _MEAL + r"\s+sinä\s+päivänä",
     lambda m: f"on the day {m[1]} talked about {m[2]}, what did I eat for {_MEALS[m[3].lower()]}"),
    (r"(.{2,60}?)\s+palaverin\s+päivänä", r"on the day of the \1 meeting"),
    (r"montako\s+tuntia\s+mä\s+nukuin\s+(.{2,60}?)\s+palaverin\s+jälkeisenä\s+yönä", r"how many hours did I sleep the night after the \1 meeting"),
    (r"ketä\s+oli\s+siinä\s+palaverissa\s+heti\s+(.{2,60}?)\s+jälkeen", r"who was at the meeting right after my \1"),
    (r"sinä\s+päivänä\s+kun", "on the day I"),
    # habits
    (r"myöhäiset\s+päivälliset,?\s+siis", "dinners at"), (r"lyhentääks\s+ne\s+mun\s+unia", "do they shorten my sleep"),
    (r"jos\s+juon\s+kahvia", "when I drink coffee at"), (r"nukunks\s+mä\s+vähemmän", "do I sleep less"), (r"tai\s+myöhemmin", "or later"),
    (r"päivät\s+joina", "days with"), (r"tai\s+yli", "or more"), (r"miten\s+mä\s+nukun\s+niiden\s+jälkeen\s+vs\s+muut", "how do I sleep after them vs other days"),
    # comparisons
    (r"juonks\s+mä\s+tällä\s+viikolla\s+enemmän\s+vai\s+vähemmän\s+kahvia\s+kun\s+viime\s+viikolla",
     "do I drink more or less coffee this week than last week"),
    (r"kumpana\s+yönä\s+nukuin\s+enemmän", "which night did I sleep more"), (r"kumpi\s+kesti\s+kauemmin", "which lasted longer"),
    (r"(?<=\s)vai(?=\s)", "or"), (r"treeni(?=\s)", "workout"), (r"kofeiinia|kofeiinii", "caffeine"),
    # days
    (r"tällä\s+viikolla", "this week"), (r"viime\s+viikolla", "last week"), (r"tähän\s+mennessä", "so far"),
    # what is asked
    (r"mitä\s+mä\s+söin\s+" + _MEAL, lambda m: "what did I eat for " + _MEALS[m[1].lower()]),
    (r"missä\s+mä\s+(?:olin|kävin)\s+" + _MEAL, lambda m: "where did I have " + _MEALS[m[1].lower()]),
    (r"mitä\s+treeniä\s+mä\s+tein", "what workout did I do"), (r"montako\s+kilsaa\s+mä\s+juoksin", "how many km did I run"),
    (r"montako\s+kilsaa\s+running", "how many km of running"), (r"ketä\s+oli\s+(.{2,60}?)\s+palaverissa", r"who was at the \1 meeting"),
    (r"paljonko\s+kofeiinia\s+mulla\s+meni", "how much caffeine did I have"),
    (r"montako\s+palaveria\s+mulla\s+oli", "how many meetings did I have"), (r"montako\s+treeniä\s+mä\s+oon\s+tehny", "how many workouts have I done"),
    (r"monelta\s+mä\s+join\s+ekan\s+kahvin", "what time did I drink my first coffee"),
    (r"(?:milloin|monelta)\s+mä\s+join\s+viimeisen\s+kahvin", "what time did I drink my last coffee"),
    (r"monelta\s+mä\s+heräsin", "what time did I wake up"), (r"monelta", "what time"), (r"montako", "how many"),
)
_TABLE = WordTable(_RULES, r"mulla|mulle|mitä|missä|mikä|jonka|montako|monelta|milloin|paljonko|ketä|palaver\w*|kilsaa|juoksin|"
                           r"söin|kahvi\w*|kofeiini\w*|treeni\w*|heräsin|nukuin|nukun\w*|tällä|viikolla|entäs|suositteli|sanoi|"
                           r"leffa|laskeutuu|tytär|synttäreillä|aamupalaks|lounaa\w*|päivälli\w*|illalla|jälkeen|päivänä|yönä|"
                           r"kumpi|kumpana|myöhemmin|juonks|lyhentääks|enemmän|vähemmän|muista", least=1)
"""(Finnish's own words: "mä", "vai", "kun" and "join" are words of other languages too, and are no hint.)"""


def from_finnish(text: str) -> str:
    """``text`` with its Finnish phrases that say what is asked put into English; a text with none of the words only
    Finnish has is left as it is."""
    return _TABLE.in_english(text)
