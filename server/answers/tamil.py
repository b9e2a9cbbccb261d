"""Tamil in Latin letters in an English question, as Malaysian Tamils chat, put into English.

The weekdays ("Thingal", "Sevvaai", "Pudhan", "Viyaazhan", "Velli", "Sani", "Nyaayiru": Monday to Sunday) stand before a
slashed date, alone or with "kizhamai" (day) between, or after it and a comma ("09/03/2037, Thingal"); "inniki" before a date
is today, "nethu" before a weekday and its date yesterday, "indha vaaram" this week, "poana vaaram" last week; a night is
"Thingal raathiri 9/3/2037", "raathiri, Thingal 09/03/2037" or "nethu raathiri, 9/3/2037" (last night). Those become English.
The phrases that carry what is asked ("ethana mani neram thoonginen" (how many hours did I slept), "lunch enga saapten" (where
did I have lunch), "X ku yaaru yaaru vandhaanga" (who came to the X)) become English too, where two of its own words say the
question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ON_BEFORE_DAY as _ON, SLASHED_DATE as _DATE, WordTable, day_at_start

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"((?-i:T)hingal|(?-i:S)evvaai|(?-i:P)udhan|(?-i:V)iyaazhan|(?-i:V)elli|(?-i:S)ani|(?-i:N)yaayiru)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY_AT_START = day_at_start(_DATE)

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_WD + r"\s+raathiri\s+(" + _DATE + r")", r"the night of \2"),
    (r"raathiri,?\s+" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (r"nethu\s+raathiri,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"indha\s+vaaram", "this week"), (r"poana\s+vaaram", "last week"),
    (_ON + r"nethu\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (_ON + r"inniki(?=\s+\d)", "today"),
    (_ON + _WD + r"(?:\s+kizhamai)?,?\s+(" + _DATE + r")", r"on \2"),
    (_ON + r"(" + _DATE + r"),\s+" + _WD + r"\b", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"raathiri|inniki|nethu|vaaram|kizhamai|thingal|sevvaai|pudhan|viyaazhan|velli|sani|nyaayiru", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+recommend\s+panna\s+book\s+oda\s+peru\s+enna", r"which book did \1 recommend"),
    (_NAME + r"\s+paaka\s+sonna\s+padam\s+enna", r"which film did \1 recommend"),
    (_NAME + r"\s+kekka\s+sonna\s+podcast\s+enna", r"which podcast did \1 recommend"),
    (_NAME + r"\s+sonna\s+restaurant\s+enga", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+offsite\s+ah\s+enga\s+maathitaanga", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+oda\s+flight\s+eppo\s+land\s+aagum", r"when does \1's flight land"),
    (_NAME + r"\s+oda\s+pudhu\s+naai\s+kutti\s+peru\s+enna", r"what is the name of \1's new dog"),
    (r"^(.{2,40}?)\s+launch\s+eppo\s+nu\s+" + _NAME + r"\s+sonnaanga", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"\s+oda\s+ponnu\s+ku\s+ippo\s+ethana\s+vayasu\s+aagum", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+(.{2,60}?)\s+pathi\s+sonna\s+anniki\s+raathiri\s+enna\s+saapten", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"(\d+(?:\.\d+)?)\s*km\s+(ran|cycled|swam|rode)\s+anniki\s+raathiri\s+enna\s+saapten", r"what did I eat for dinner on the day I \2 \1 km"),
    (r"^(.{2,60}?)\s+nadandha\s+anniki\s+lunch\s+enga\s+saapten", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s+mudinja\s+anniki\s+raathiri\s+ethana\s+mani\s+neram\s+thoonginen", r"how many hours did I sleep the night after the \1 meeting"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+mudinja\s+udane\s+irundha\s+meeting\s+la\s+yaaru\s+irundhaanga", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+ah\s+(.{2,60}?)\s+ah,\s+endha\s+raathiri\s+adhigama\s+thoonginen", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^this\s+week\s+ah\s+last\s+week\s+ah,\s+endha\s+vaaram\s+kaapi\s+adhigam", "did I drink more coffee this week than last week"),
    (r"^(.{2,60}?)\s+ah\s+(.{2,60}?)\s+ah,\s+endha\s+naal\s+caffeine\s+adhigam", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+ah\s+(.{2,60}?)\s+ah,\s+endha\s+naal\s+workout\s+neram\s+adhigam", r"which workout was longer, \1 or \2, with the minutes of each"),
    (_TIME + r"\s+ku\s+appuram\s+kaapi\s+kudicha,?\s+thookam\s+kammi\s+aagudha", r"do I sleep less after coffee at \1 or later"),
    (_TIME + r"\s+ku\s+appuram\s+dinner\s+saapta,?\s+thookam\s+kammi\s+aagudha", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s+caffeine\s+ku\s+mela\s+pona,?\s+thookam\s+kammi\s+aagudha",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s+panna\s+naal\s+raathiri\s+adhigama\s+thoongurena", "do I sleep longer after workout days than after rest days"),
    (r"workout\s+panna\s+naal\s+la\s+kaapi\s+adhigama\s+kudikkurena", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (_DAY_AT_START + r"\s+(.{2,80}?)\s+ku\s+yaaru\s+yaaru\s+vandhaanga", r"who was at the \2 meeting \1"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+la\s+en\s+heart\s+rate\s+average\s+evlo", r"what was my average heart rate during the \2 \1"),
    (_DAY_AT_START + r"\s+(.{2,80}?)\s+evlo\s+neram\s+nadandhuchu", r"how many minutes was the \2 meeting \1"),
    (_DAY_AT_START + r"\s+(.{2,100}?)\s+ethana\s+nimisham", r"how many minutes did the \2 \1 last"),
    (r"this\s+week\s+ethana\s+km\s+(\w+)\s+panninen", r"how many km did I \1 this week"),
    (r"this\s+week\s+ethana\s+workout\s+panninen", "how many workouts did I do this week"),
    (r"first\s+meeting\s+eppo\s+start\s+aachu", "what time did my first meeting start"), (r"ethana\s+meeting\s+irundhuchu", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"kaalai\s+tiffin\s+enna\s+saapten", "what did I eat for breakfast"), (r"madhiyam\s+enna\s+saapten", "what did I eat for lunch"),
    (r"raathiri\s+saapadu\s+enna", "what did I eat for dinner"), (r"lunch\s+enga\s+saapten", "where did I have lunch"),
    (r"dinner\s+ku\s+enga\s+poanen", "where did I have dinner"), (r"enna\s+workout\s+panninen", "what kind of workout did I do"),
    (r"nalla\s+thoonginena", "how well did I sleep, good or poor"), (r"ethana\s+mani\s+neram\s+thoonginen", "how many hours did I sleep"),
    (r"eppo\s+thoonga\s+poanen", "what time did I go to bed"), (r"eppo\s+ezhundhen", "what time did I wake up"),
    (r"cycle\s+la\s+ethana\s+km\s+poanen", "how many km did I cycle"), (r"ethana\s+km\s+oodinen", "how many km did I run"),
    (r"ethana\s+metre\s+neenjinen", "how far did I swim"),
    (r"ethana\s+kaapi\s+kudichen", "how many coffees did I drink"), (r"mothama\s+evlo\s+mg\s+caffeine", "how much caffeine in mg"),
    (r"first\s+kaapi\s+eppo\s+kudichen", "what time was my first coffee"), (r"last\s+kaapi\s+eppo", "what time was my last coffee"),
)
_TABLE = WordTable(_ASKED, r"enna|enga|yaaru|eppo|ethana|evlo|saapten|saapadu|tiffin|kaalai|madhiyam|thoonginen|thoonginena|ezhundhen|"
                           r"kaapi|kudichen|oodinen|neenjinen|nimisham|neram|panninen|poanen|vandhaanga|irundhuchu|irundhaanga|mothama|"
                           r"adhigam|adhigama|kammi|thookam|aagudha|sonna|sonnaanga|paaka|kekka|naai|kutti|ponnu|vayasu|oda|anniki|"
                           r"nadandha|mudinja|pathi|endha|appuram|thoongurena|kudikkurena|maathitaanga|peru|padam|aagum|thoonga",
                   least=2)
# (No remark after the question is taken off: the writer makes none, and words such as "la", "ah" and "na" are other
# languages' too.)
_FOLLOW_UPS = WordTable(((r"^adhuku\s+munnadi\s+naal\s*\??$", "and the day before?"),
                         (r"^adhuku\s+munnadi\s+raathiri\s*\??$", "and the night before?"),
                         (r"^andha\s+meeting\s+evlo\s+neram\s*\??$", "and how long was that meeting?"),
                         (r"^inniki\s+ippo\s+varaikum\s*\??$", "and today so far?"),
                         (r"^((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|(?:on|today|yesterday|the\s+night\s+of)\b[^?]{0,30}?)\s+na\s*\?$",
                          r"and \1?")),  # "Ana na?", "on 9/3/2037 na?" (not any sentence that ends "na?")
                        r"adhuku|munnadi|andha|varaikum|na(?=\s*\?)", least=1)


def from_tamil(text: str) -> str:
    """``text`` with its Tamil days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
