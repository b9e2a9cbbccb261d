"""Korean written in Latin letters (romanised, as Konglish typists write it) in an English question, put into English.

Korean speakers type romanised Korean into English when no Hangul keyboard is at hand, and mix it with
English words ("oneul keopi myeot jan masyeosseo?", "Malik-ssi-ga mandu matjip itdago haesseo", "1:1
with Yuki hoeui itdeon nal jeomsim eodiseo meogeosseo?"): the words that carry what is asked (days,
nights, meals, sleep, question words, more/less, "than", "the day before") become English; the particles
written after a hyphen ("-ssi", "-eun", "-e", "-boda") and the endings that only hold the sentence
together go. Revised Romanisation, with the spellings typists commonly use beside it.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"woryoil": "Monday", "wolyoil": "Monday", "hwayoil": "Tuesday", "suyoil": "Wednesday", "mogyoil": "Thursday",
             "mokyoil": "Thursday", "geumyoil": "Friday", "gumyoil": "Friday", "toyoil": "Saturday", "iryoil": "Sunday",
             "ilyoil": "Sunday"}
_DAY = "(" + "|".join(_WEEKDAYS) + ")"
_MEETING = r"(?:hoeui|hoe-ui|hwoeui|miting)"

_RULES: tuple[tuple[str, object], ...] = (
    # a name with its honorific and particles: "Malik-ssi-ga", "Owen-ssi", "Yuki-ssi-ui"
    (r"((?-i:[A-Z])[\w'-]*?)-(?:ssi|nim)(?:-(?:ga|i|neun|eun|ui|ege|hante|rang|irang|do))?", r"\1"),
    # a day named by what happened on it: "X hoeui itdeon nal" (the day there was the X meeting),
    # "X han nal bam" (the night of the day I did X), "X han nal" (the day I did X)
    (r"(\S.{0,60}?)\s+" + _MEETING + r"\s+(?:itdeon|isseotdeon|han)\s+nal\s+bam(?:-e)?", r"the night after \1"),
    (r"(\S.{0,60}?)\s+" + _MEETING + r"\s+(?:itdeon|isseotdeon|han)\s+nal", r"on the day of the \1,"),
    (r"undong\s+an\s+han\s+nal(?:-?irang|-?rang|-?gwa|-?hago)?", "days without a workout"),
    (r"undong\s+han\s+nal\s+bam(?:-e)?", "on workout days at night"),
    (r"undong\s+han\s+nal", "on workout days"),
    (r"(I\s+\w+\s+[\d.]+\s*km)\s+han\s+nal", r"on the day \1"),
    # follow-ups: "geureom geu jeonnal-eun?" (and the day before?), "oneul-eun?" (and today?)
    (r"geureom|geureomyeon|geureom", "and"),
    (r"geu\s+jeonnal(?:-eun|-e)?|jeonnal(?:-eun|-e)?|haru\s+jeon", "the day before"),
    (r"geu\s+jeon\s+bam(?:-eun|-e)?|jeonnal\s+bam(?:-eun|-e)?", "the night before"),
    # days and nights
    (r"eojetbam|eoje\s+bam|jinan\s+bam", "last night"), (r"oneul\s+achim", "this morning"),
    (r"geujeokke|geujeoke|geujeokkke", "the day before yesterday"),
    (r"eoje(?:-eun|-e|-neun)?|eojae", "yesterday"), (r"oneul(?:-eun|-e|-do)?|onul(?:-eun)?", "today"),
    (r"jigeumkkaji|jigeum\s+kkaji", "so far"),
    (r"i-?beon\s*ju(?:-e|-eun)?|ibeonju(?:-e)?", "this week"),
    (r"jinan\s*ju(?:-boda)?|jinanju(?:-boda)?", "last week"),
    (r"(\d{1,2})\s*il\s+jeon", r"\1 days ago"),
    (_DAY + r"\s+bam(?:-e)?", lambda m: f"{_WEEKDAYS[m[1].lower()]} night"),
    (_DAY + r"(?:-e|-eun)?", lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    (r"geu\s+nal\s+bam(?:-e)?", "that night"), (r"geu\s+nal(?:-e)?", "that day"),
    # what is asked
    (r"jam\s+deo\s+mani\s+ja(?:yo)?", "do I sleep more"), (r"jam\s+deol\s+ja(?:yo)?", "do I sleep less"),
    (r"cheot(?:-?beonjjae)?|cheoeum", "first"), (r"majimak", "last"),
    (r"jinan\s*ju-boda", "than last week"), (r"i-?beon\s*ju-boda", "than this week"),
    (r"nugu\s+nugu|nuguna|nugu(?:-ga)?", "who"), (r"myeot\s+si(?:-e|-ssik)?", "what time"),
    (r"myeot\s+sigan(?:-ssik)?", "how many hours"), (r"myeot\s+bun(?:-ssik)?", "how many minutes"),
    (r"myeot\s+beon", "how many times"), (r"myeot\s+jan", "how many cups"), (r"myeot\s+gae", "how many"),
    (r"myeot\s+kilo(?:-ssik)?", "how many km"), (r"myeot\s+sal", "how old"), (r"myeot", "how many"),
    (r"eolmana", "how much"), (r"eoneu\s+nal(?:-i)?", "which day"), (r"eoneu\s+ge|eoneu\s+geos|eoneu|eotteon", "which"),
    (r"eodiseo|eodi(?:-ya)?", "where"), (r"eonje", "when"), (r"mwoyeosseo|mwoya|mwo(?:-ya)?|mueot", "what"),
    (r"ireum", "the name"), (r"bigyo(?:-hae|\s+jom)?", "compare"), (r"(\w+)-boda", r"than \1"),
    (r"du\s+ju\s+da|dul\s+da", "both"),
    # more, less, longer, shorter
    (r"deo\s+gireosseo|deo\s+gil-?eosseo|gireosseo", "longer"), (r"deo\s+jjalbasseo|jjalbasseo", "shorter"),
    (r"deo\s+mani|deo\s+mana|mani|mana", "more"), (r"deol", "less"), (r"deo", "more"),
    # things and doings
    (r"keopi|kopi|keopi-neun", "coffee"), (r"kapein|kafein", "caffeine"), (r"mg-ro|mg\s+ro", "in mg"),
    (r"achim\s+(?:siksa|bap)|achim", "breakfast"), (r"jeomsim(?:\s+siksa|\s+bap)?", "lunch"),
    (r"jeonyeok(?:\s+siksa|\s+bap)?|jeonyok", "dinner"),
    (r"sikdang|matjip|restorang", "restaurant"), (r"undong", "workout"), (r"dalligi|jogging|joging", "run"),
    (r"dallyeosseo|ttwieosseo", "ran"), (r"suyeong", "swim"), (r"jajeongeo|jajeongo", "cycle"),
    (r"tasseo|tatseo", "ride"), (r"jam(?:-eun)?", "sleep"),
    (r"jasseo|jaesseo", "slept"),
    (r"jam\s+deureosseo|jamdeureosseo", "fell asleep"), (r"ireonasseo|kkaesseo", "woke up"),
    (_MEETING + r"(?:-e|-eun)?", "meeting"), (r"wasseo|chamseok(?:-haesseo)?", "attended"),
    (r"sijak(?:-?haesseo|-?hae)?", "start"), (r"kkeutnasseo|kkeut", "end"),
    (r"chaek", "book"), (r"ttal", "daughter"), (r"adeul", "son"), (r"gangaji|kangaji", "dog"),
    (r"saengil", "birthday"), (r"chucheon(?:\s+haejun|\s+haesseo|-?haejun)?", "recommended"),
    (r"itdago\s+haesseo|itdago|rago\s+haesseo|dago\s+haesseo", "said"),
    (r"masyeosseo|masisseo|masin", "had"), (r"meogeosseo|meogeotseo|meogeun", "ate"),
    # the person; endings that only hold the sentence together
    (r"nae", "my"), (r"na-neun|jeo-neun", "I"),
    (r"jom|haesseo|haesseoyo|isseosseo|isseo|dwae|dwaeyo|geu|ga|eun|neun|eul|reul|eseo|yo|ssik|kkamppak", ""),
)
_TABLE = WordTable(_RULES, "|".join(_WEEKDAYS) + r"|oneul|eoje|geujeokke|jigeumkkaji|i-?beon\s*ju|jinan\s*ju|mwo|mwoya|"
                           r"mwoyeosseo|eodi|eodiseo|nugu|myeot|eolmana|eoneu|keopi|kapein|jeomsim|jeonyeok|achim|undong|"
                           r"hoeui|jasseo|masyeosseo|meogeosseo|haesseo|isseosseo|wasseo|\w+-ssi|jajeongeo|tasseo|"
                           r"dallyeosseo|bigyo|deo|nal|bam|geureom|jeonnal|chaek|sikdang|matjip|chucheon|ttal|saengil")


def from_korean(text: str) -> str:
    """``text`` with its romanised Korean words that say what is asked put into English; a text with
    fewer than two such words is left as it is."""
    return _TABLE.in_english(text)
