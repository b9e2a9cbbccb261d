"""Georgian written in Latin letters in an English question, put into English.

People in Georgia type Georgian in Latin letters when the keyboard is not switched, and mix it into
English ("dges ramdeni yava davlie?", "Sprint planning-ze vin iyo?", "Ana-s qalishvili ramdeni wlis
xdeba?"). Letters are written in several ways (ყ as "y" or "q", ხ as "x" or "kh", წ as "w" or "ts",
ღ as "g" or "gh", ჭ as "ch"), so each word is matched in its common spellings. The words that carry
what is asked (days, nights, meals, coffee, sleep, meetings, question words, more/less, "or", "than",
"the day of") become English; a postposition glued to a name or a title ("-s", "-is" of, "-ze" at) is
undone, and the words that only hold the sentence together ("gtxov" please, "ar maxsovs" I forget) go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_WEEKDAYS = {"orshabat": "Monday", "samshabat": "Tuesday", "otxshabat": "Wednesday", "otkhshabat": "Wednesday",
             "xutshabat": "Thursday", "khutshabat": "Thursday", "paraskev": "Friday", "shabat": "Saturday"}
_DAY = "(" + "|".join(_WEEKDAYS) + r")(?:s|i|ed|s\s+dges)?"
_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_COFFEE = r"(?:yava|qava|kava)(?:s|ze|ebi)?"
_SLEEP_PAST = r"(?:vizine|vidzine|mezina|meZina)"
_SLEEP_NOW = r"(?:vizineb|vidzineb)"
_WORKOUT_DAYS = r"varjish(?:is|ian)\s+dge(?:s|eb(?:s|shi)?)"
_WITHOUT_WORKOUT = r"varjish(?:is)?\s+gareshe\s+dge(?:eb)?(?:tan|shi|s)?"

_RULES: tuple[tuple[str, object], ...] = (
    # a name or a title with its postposition: "Ana-s qalishvili" (Ana's daughter), "Sprint planning-ze vin
    # iyo?" (who was at Sprint planning?), "1:1 with Yuki-is mere game" (the night after the 1:1 with Yuki)
    (r"^([^,;?]{2,60}?)-is\s+mere\s+game", r"the night after the \1,"), (r"([^\s,;()]+)-is\s+mere\s+game", r"the night after \1,"),
    (r"((?-i:[A-Z])[\w.'’]*)-(?:i?s)(?=\s)", r"\1's"), (r"([^\s,;()]+)-(?:ze|shi)(?=\s+vin\b)", r"\1"),
    # habits: "on workout days", "than on days without a workout", "when dinner starts at 8 pm or later",
    # "when I drink coffee at 3 pm or after", "when I have 300 mg of caffeine or more"
    (_WORKOUT_DAYS + r"(?:\s+mere)?", "on workout days"), (_WITHOUT_WORKOUT, "than on days without a workout"),
    (r"(?:vaxshami|vakhshami)\s+" + _CLOCK + r"-?(?:ze|ze\s+an)?\s+(?:an\s+)?(?:gvian|mogvianebit|mere)\s+rom\s+(?:iwyeba|itsyeba|viwyeb),?",
     r"when dinner starts at \1 or later,"),
    (_CLOCK + r"-?ze\s+an\s+(?:mere|gvian)\s+rom\s+(?:davlev|vsvam)\s+" + _COFFEE + ",?", r"when I drink coffee at \1 or after,"),
    (r"(\d+)\s*mg\s+an\s+(?:meti|metia)\s+(?:kofeini|kofeins)\s+rom\s+(?:mivigo|mivigheb|davlev|vsvam),?",
     r"when I have \1 mg of caffeine or more,"),
    (_CLOCK + r"-?ze\s+an\s+(?:gvian|mere)", r"at \1 or later"), (_CLOCK + r"-ze", r"at \1"),
    # a day named by what happened on it: "X rom iyo im dges" (on the day of X), "im dges rom X" (on the day X)
    (r"([^\s,;()][^,;?]{1,60}?)\s+rom\s+iyo\s+im\s+dges", r"on the day of the \1,"),
    (r"im\s+dges\s+rom\s+([\d.]+\s*km)\s+(\w+)", r"on the day I \2 \1"), (r"im\s+dges\s+rom", "on the day"),
    # nights, days and weeks
    (r"romel\s+game|romeli\s+game", "which night"), (r"romel\s+dges|romeli\s+dge", "which day"),
    (r"imis\s+(?:wina|tsina)\s+game(?:\s+ki)?", "and the night before that"),
    (r"imis\s+(?:wina|tsina)\s+dge(?:\s+ki)?", "and the day before that"),
    (r"gushin\s+game|wuxel|tsukhel", "last night"), (r"dghes|dges", "today"), (r"gushin", "yesterday"),
    (r"am\s+kviras|am\s+kvira", "this week"), (r"gasul\s+kviras|gasul\s+kvira|wina\s+kviras", "last week"),
    (r"tu(?=\s+last\s+week)", "than"),
    (_DAY, lambda m: f"on {_WEEKDAYS[m[1].lower()]}"),
    # what is asked
    (r"ramden\s+saatze|ramdenze|rodis", "what time"), (r"ramdeni\s+saati(?:\s+da\s+(?:wuti|tsuti))?", "how many hours"),
    (r"ramdeni\s+(?:wuti|tsuti)", "how many minutes"), (r"ramdeni\s+(?:wlis|tslis)\s+(?:xdeba|khdeba|gaxda)", "how old is turning"),
    (r"ramdeni\s+(?:km|kilometri)", "how many km"), (r"ramdeni\s+" + _SLEEP_PAST, "how long did I sleep"),
    (r"ramdeni", "how many"),
    (r"ra\s+(?:hqvia|hkvia|qvia|kvia|hqvias)|ra\s+saxeli\s+aqvs", "what is the name"),
    (r"ra\s+(?:vchame|vWame|vtchame)", "what did I eat"), (r"sad\s+(?:vchame|vWame|vtchame)", "where did I eat"),
    (r"vin\s+(?:iyo|iqo|eswreboda|estsreboda|monawileobda)", "who attended"), (r"vin", "who"),
    (r"yvela\s+saxeli|yvelas\s+saxeli", "all names"), (r"(?:saxeli|sakheli)", "name"), (r"ra", "what"), (r"sad", "where"),
    # more, less, both, or
    (r"(?:naklebs|naklebi|nakleb)\s+" + _SLEEP_NOW, "do I sleep less"), (r"(?:mere\s+)?meti\s+" + _SLEEP_NOW, "do I sleep more"),
    (_SLEEP_PAST + r"\s+meti", "did I sleep more"),
    (r"ufro\s+(?:didxans|didkhans|grdzeli)", "longer"), (r"ufro\s+(?:mokled|mokle)", "shorter"), (r"meti|ufro\s+meti", "more"),
    (r"naklebs|naklebi|nakleb", "less"), (r"sashualod|sashualo", "on average"), (r"orive", "both"),
    (r"tu(?=\s+(?:on\s|the\s|yesterday|today|last|this|\w+day\b))", "or"), (r"an\s+meti", "or more"),
    # things and doings
    (r"kofeini|kofeins", "caffeine"), (_COFFEE, "coffee"),
    (r"(?:sauzme|saujme)(?:ze|s)?", "for breakfast"), (r"sadil(?:i|ze|s)?", "lunch"), (r"(?:vaxsham|vakhsham)(?:i|ze|s)?", "dinner"),
    (_SLEEP_NOW, "do I sleep"), (_SLEEP_PAST, "did I sleep"), (r"dzili|dzils", "sleep"),
    (r"davlie", "did I drink"), (r"(?:shexvedr|shekhvedr)(?:a|ebi|eba)", "meeting"),
    (r"mqonda|maqonda|mkonda", "did I have"), (r"pirveli", "first"), (r"bolo", "last"),
    (r"daiwyo|daitsyo|dawyebula", "start"), (r"davweqi|davtsevi|davwevi|dawveqi", "did I go to bed"),
    (r"gavigvidze|gavigvije|gavigvidzet", "did I wake up"), (r"virbine", "did I run"), (r"vicurave", "did I swim"), (r"vivarjishe", "did I work out"), (r"varjish(?:i|s)?", "workout"),
    (r"(?:qalishvili|kalishvili)", "daughter"), (r"(?:vaji|vazhi)", "son"), (r"(?:dzagli|dzaghli|lekvi)", "dog"),
    (r"(?:kata|kataa)", "cat"), (r"(?:wutebi|wuti|tsutebi)", "minutes"), (r"saatebi|saati", "hours"), (r"ricxvi|ricxvebi", "numbers"),
    (r"jer-jerobit|jerjerobit", "so far"), (r"sul", "total"),
    # "X ki?": "and X?"; words that only hold the sentence together
    (r"(\w+)\s+ki(?=\s*\?)", r"and \1"),
    (r"(?:ar\s+)?(?:maxsovs|makhsovs)|gtxov|gtkhov|tu\s+sheidzleba|mitxari|mitkhari|rom|iyo|ki|da", ""),
)
_TABLE = WordTable(_RULES, r"ramden\w*|vizine\w*|vidzine\w*|yava\w*|qava\w*|sauzme\w*|sadil\w*|vaxsham\w*|vakhsham\w*|vchame|"
                           r"davlie|davlev|shexvedr\w*|shekhvedr\w*|mqonda|vin|iyo|pirveli|game|dges|dghes|gushin|kviras|"
                           r"naklebs|sashualod|varjish\w*|vivarjishe|orive|gtxov|hqvia|saxeli|dzagli|qalishvili|romel\w*|"
                           r"daiwyo|jer-jerobit|imis|maxsovs|davweqi|gavigvidze|virbine|vicurave|\S+-ze|\S+-is")


def from_georgian(text: str) -> str:
    """``text`` with its Georgian words that say what is asked put into English; a text with fewer than
    two such words is left as it is."""
    return _TABLE.in_english(text)
