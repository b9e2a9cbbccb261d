"""A question as typed, tidied before any rule reads it: the same question however it is dressed.

People pad what they ask ("pls", "hey,", "thanks", "I was wondering whether"), type double spaces,
shorten weekdays ("Wed just gone") and days ("3d ago"), text ("sun nite", "2day", "w/o"), write
ordinals in words or after a month ("the twelfth", "November 10th"), and count days back as other
languages and older English do ("before 3 days", "three days previous"). None of that changes what
is asked, so ``tidy`` rewrites it once, and every rule after it sees one spelling. ``restore_case``
then gives the people and meeting titles the log knows the log's case. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from server.answers.compounds import split_compounds
from server.answers.cues import NOT_NAMES, WORD_NAMES
from server.answers.fields import joined, separated
from server.answers.code_readers import from_code
from server.answers.formal import plainly
from server.answers.follow_up_openers import in_plain_follow_up
from server.answers.idioms import in_plain_words
from server.answers.headlines import unheadlined
from server.answers.formulas import from_formula
from server.answers.shell_commands import from_address, from_command
from server.answers.languages import in_english
from server.answers.vowelless import spelled_out
from server.answers.sign_offs import SIGN_OFF, without_closing_line
from server.answers.slips import unslip, unslip_corrections

_SPACES = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:(?:hey|hi|hello|yo|ok(?:ay)?|so|um+|uh+|hmm+|pls|plz|please|kindly|quick\s+q(?:uestion)?|"
                      r"q|question|tether|aney|ane|machan|machang|ado|bro)\b\s*[,:;!.\-–—]*\s+)+", re.I)
_TEXTING = {"prev": "previous", "nite": "night", "nites": "nights", "2nite": "tonight", "tonite": "tonight", "2day": "today",
            "ystrday": "yesterday", "yesterdy": "yesterday", "ysterday": "yesterday", "yestrday": "yesterday",
            "wen": "when", "wat": "what", "wot": "what", "hw": "how", "gud": "good", "abt": "about", "ur": "your",
            "u": "you", "w/o": "without", "w/": "with", "b4": "before", "2gether": "together",
            "ytd": "yesterday", "ystd": "yesterday", "bkfst": "breakfast", "brkfst": "breakfast", "bfast": "breakfast",
            "brekky": "breakfast", "brekkie": "breakfast", "mtg": "meeting", "mtgs": "meetings", "wk": "week", "wks": "weeks",
            "wkout": "workout", "wkouts": "workouts", "wrkout": "workout", "wrkouts": "workouts", "cof": "coffee",
            "cofs": "coffees", "coff": "coffee", "coffs": "coffees", "b'fast": "breakfast", "b’fast": "breakfast",
            "brekfast": "breakfast", "qty": "number of", "dur": "duration", "avg hr": "average heart rate",
            "thiswk": "this week", "lastwk": "last week", "workoutdays": "workout days", "wakeup": "wake up",
            "daybefore": "the day before", "nightbefore": "the night before"}
_TEXT_WORD = re.compile(r"(?<![\w/])(" + "|".join(re.escape(w) for w in sorted(_TEXTING, key=len, reverse=True))
                        + r")(?![\w])(?!(?<=[A-Z]\w\w)\s+(?-i:[A-Z][a-z]))", re.I)
"""Words as people text them ("sun nite", "2day", "wen", "w/o"): the words they stand for (not the first word of a name:
"Wat Botum", a temple and its park)."""
_BEFORE_DAYS = re.compile(r"\bbefore\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\b", re.I)
""""before 3 days", as in several languages: three days ago."""
_DAYS_PREVIOUS = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|nights?|weeks?)\s+"
                            r"(?:previous|previously|prior|before now|since)\b(?!\s+to\b)", re.I)
""""three days previous", "two nights prior" (as older English and several languages say it): ago."""
_PREVIOUS_TO = re.compile(r"\bprevious\s+to\b", re.I)
_WONDERING = re.compile(r"^(?:i\s+(?:was|am|'m)\s+wondering|i\s+wonder(?:ed)?|i'd\s+like\s+to\s+know|i\s+would\s+like\s+to\s+know)"
                        r"\s+(?:about\s+)?", re.I)
""""I was wondering whether ...", "I was wondering about Ana's, too": the question itself."""
_REQUEST_SENTENCE = re.compile(r"(?:(?<=[.?!])\s+|^)(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|remind|show)\s+"
                               r"me|(?:please\s+)?tell\s+me|let\s+me\s+know)\s*(?:,?\s*please)?\s*[?.!]+(?=\s|$)", re.I)
""""... what I ate for breakfast 3 days ago. Can you tell me?": the request is no question of its own."""
_REQUEST_MID = re.compile(r"\s*,?\s*\b(?:so\s+|now\s+|please\s+|just\s+)?(?:tell\s+me|let\s+me\s+know|remind\s+me)\s*[,:]?\s*"
                          r"(?=(?:what|how|when|where|who|which)\b)", re.I)
""""My heart flutters, so tell me, how much caffeine ...": a request before the question, no speech."""
_TAG = re.compile(r"^(?:\[\s*([^\[\]]{1,24}?)\s*\]\s*|/([a-z][\w-]{1,15})\s+)", re.I)
""""[sleep] last night hrs?", "[same] Idris?", "/lunch day before": a subject line's tag or a chat command first."""


def _tag(match: re.Match[str]) -> str:
    tag = match[1] or match[2]
    return "same for " if tag.lower() in ("same", "same q", "same question", "ditto") else f"{tag} "


_OTHER_DIGIT = re.compile(r"[^\W\D0-9]")
"""A digit of another script (Burmese "၁၅", Arabic-Indic "١٥", Devanagari "१५"): read as the same ASCII digit."""
_SYMBOLS = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u231A-\u23FF]")
"""Emoji and pictographs ("📅", "💤", "🏆"): decoration, not words."""
_ACCORDING_TO_DEVICE = re.compile(r",?\s*\b(?:according\s+to|per|on|from|by)\s+(?:the\s+|my\s+|me\s+)?(?:\w+\s+)?(?:watch|tracker|"
                                  r"wearable|ring|band|fitbit|garmin|oura|whoop|app|phone|yoke|gadget|device)(?:\s+on\s+(?:my|me)\s+"
                                  r"wrist)?\b", re.I)
""""according to the yoke on me wrist", "per my watch": where the record came from, not a person who said it."""
_ACCORDING_TO_RECORD = re.compile(r",?\s*\b(?:according\s+to|as\s+per|per|going\s+by)\s+(?:the\s+|my\s+|your\s+)?(?:\w+\s+)?"
                                  r"(?:records?|logs?|data|diary|journal|files?|evidence|notes|entries|history|holdings|archives?|books)\b", re.I)
_RECORD_SAYS = re.compile(r"\bwhat\s+(?:does|do|did)\s+(?:my|the)\s+(?:\w+\s+)?(?:records?|logs?|data|diary|journal|history|file)\s+"
                          r"(?:say|show|tell\s+me|have)\s+(?:about\s+)?", re.I)
""""What does my record say about the quality of my sleep": what the quality was, not what someone said."""
""""according to the record", "as per my log": the log itself, not a person who said it."""
_JARGON_WORDS = {"asha": "dinner", "ashaa": "dinner", "ghada": "lunch", "ghadaa": "lunch", "futoor": "breakfast",
                 "fatoor": "breakfast", "gahwa": "coffee", "qahwa": "coffee", "ijtima": "meeting", "ijtimaa": "meeting",
                 "evening feed": "dinner", "feed on at midday": "eat for lunch", "birds of the cast": "people",
                 "gathering": "meeting", "gatherings": "meetings", "did i fly to": "did I attend", "fly off": "start",
                 "flight of exercise": "workout", "before the first flight": "",
                 "falconer's log please": "", "falconer's log": "", "caffeine duel": "caffeine", "scored higher": "was higher",
                 "midday ration": "lunch", "noon ration": "lunch", "evening ration": "dinner", "morning ration": "breakfast",
                 "or above": "or more", "eva": "workout", "evas": "workouts", "eva days": "workout days", "non-eva days": "days without a workout",
                 "crew roster": "attendees", "which workers of the colony": "who", "mission week": "week",
                 "call sign": "name", "caffeine nectar": "caffeine", "steeped longer": "lasted longer",
                 "bicycle round": "bike ride", "go on": "last", "ate into my day": "", "expected on the ground": "due to land",
                 "runs above or below": "is more or less than", "the dishes of my dinner": "what I ate for dinner",
                 "the whole of my caffeine": "my total caffeine", "the hours of my sleep": "how many hours I slept",
                 "held the greater caffeine": "had more caffeine", "those in attendance at": "who attended", "spoke of": "mentioned",
                 "passed my lips": "I drank", "the meeting next after": "the meeting right after", "would you say": "",
                 "took at luncheon": "ate for lunch", "luncheon": "lunch", "eat at dawn": "eat for breakfast", "ate at dawn": "ate for breakfast",
                 "sit down to in the evening": "eat for dinner", "sat down to in the evening": "ate for dinner",
                 "of what my morning repast consisted": "what I ate for breakfast", "morning repast": "breakfast", "the length of water i swam": "the distance I swam",
                 "the persons present at": "who attended", "the hour at which i laid myself down": "what time I went to bed",
                 "runs above or beneath that of the week before": "is more or less than last week",
                 "did the tracker give me": "did I sleep", "drag out": "last", "one day earlier": "the day before", "did i pedal": "did I cycle",
                 "ate in the evening": "ate for dinner", "ran on longer": "lasted longer", "how much time did it eat": "how long did it last",
                 "how much time did that eat": "how long did that last", "from the last cup to the first": "",
                 "after the last cup": "", "sleep period": "sleep", "sleep periods": "sleep",
                 "due on the ground": "due to land", "opening coffee": "first coffee", "the thermos": "the coffee", "or beyond": "or more", "or upward": "or more", "or upwards": "or more", "did my eyes open": "did I wake up", "did i open my eyes": "did I wake up", "when i lay down at last": "when I went to bed", "when i lay down": "when I went to bed", "my eyes opened": "I woke up", "victuals": "food", "sup": "have dinner", "supped": "had dinner", "slumber": "sleep", "slumbered": "slept",
                 "betake me to bed": "go to bed", "betook me to bed": "went to bed", "wherewith": "what",
                 "break my fast": "have breakfast", "broke my fast": "had breakfast", "upon what": "what",
                 "how oft": "how many times", "mine heart": "my heart", "how swift": "how fast", "ere that": "before that",
                 "the noon meal": "lunch", "eat at midday": "eat for lunch", "ate at midday": "ate for lunch",
                 "eat at noon": "eat for lunch", "ate at noon": "ate for lunch", "dine at midday": "have lunch", "dined at midday": "had lunch",
                 "journey time": "duration", "at which stop": "where", "at what stop": "where",
                 "up to now": "so far", "till now": "so far", "until now": "so far", "up to this hour": "so far",
                 "the day prior": "the day before", "the night prior": "the night before",
                 "what was on my plate at midday": "what did I eat for lunch", "what was on my plate in the evening": "what did I eat for dinner", "what was on my plate": "what did I eat",
                 "fresh off the": "right after my", "fresh off my": "right after my",
                 "roll back one more night": "the night before", "roll back one more day": "the day before",
                 "go back one more night": "the night before", "go back one more day": "the day before",
                 "one more night back": "the night before", "one more day back": "the day before",
                 "sleep period before that": "night before", "sleep before that": "night before",
                 "night before that": "night before", "day before that": "day before", "the day preceding": "the day before", "one day further astern": "and the day before", "make it through the water": "swim", "step back a night from that one": "and the night before", "a statement concerning": "what about",
                 "the night preceding": "the night before", "take a hit": "get worse", "takes a hit": "gets worse", "running time": "duration", "run time": "duration", "runtime": "duration", "leave the roost": "wake up",
                 "left the roost": "woke up", "leaving the roost": "waking up", "roosting time": "sleep time",
                 "roosting": "sleeping", "roosted": "slept", "went to roost": "went to bed", "run of shows": "shows",
                 "ran higher": "was higher", "ran lower": "was lower", "runs higher": "is higher", "runs lower": "is lower"}
_JARGON = re.compile(r"(?i)\b(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(_JARGON_WORDS, key=len, reverse=True)) + r")\b")
""""running time" (a show's length), "leave the roost" (get up): a trade's or a hobby's words for what the log holds."""
_MEAL_OF_DAY = re.compile(r"\b(?:in|on)\s+the\s+(?P<part>evening|middle)\s+of\s+the\s+day(?=\s+(?:I|we|when|on|that)\b)", re.I)
""""What was on my plate in the evening of the day I ran 9 km?": dinner on that day ("in the middle of the day": lunch)."""
_AFTER_IT = re.compile(r"^[^.?!]*?\bthe\s+(?P<title>(?-i:[A-Z0-9])[^.?!]{1,60}?)\s+meeting\b[^.?!]*[.!]\s+"
                       r"(?P<ask>[^.?!]*?\b(?:night|day|evening)\s+(?:after|following))\s+it\b", re.I)
""""The Hiring sync meeting cost me an afternoon. What did the night after it give me?": the night after that meeting."""
_STRAIGHT_FROM = re.compile(r"^(?:i\s+(?:came|went|walked|got|rushed|ran|hurried)\s+(?:in)?to\s+a\s+meeting\s+(?:straight|right|directly)\s+"
                            r"(?:from|after)\s+(?P<a>.+?)|(?:straight|right|directly)\s+from\s+(?P<b>.+?)\s+(?:in)?to\s+a\s+meeting)"
                            r"(?:,\s+[^.?!]*)?[.!]\s+who\b[^?]*\?\s*$", re.I)
""""Straight from the swim on Monday into a meeting, out of breath. Who was there?": who was at the meeting right after it."""
_IT_OF_THE_REMARK = re.compile(r"^(?P<noun>(?!(?:It|That|This|There|Here|What|Which)\b)[A-Z][a-z]{2,})\s+(?:is|was|has|feels)\b[^.?!\n]*[.!]"
                               r"\s+[^.?!\n]*\b(?:through|across|into|in|along)\s+it\b")
""""Water is the one place with no out-of-tune piano in it. How far did I get through it ...": the remark's subject."""
_STEP_BACK = re.compile(r"\b(?:one|a)\s+(?:more\s+)?(?P<unit>day|night)\s+(?:further|farther|earlier\s+)?\s*back\b", re.I)
""""one day further back", "a night farther back", "one more day back": the day (or night) before the last one asked about."""
_PREAMBLE = re.compile(r"^(?:[^.?!]{1,40}!+|\w+(?:\s+\w+)?\.)\s+(?=\S.*\?\s*$)")
""""Ooh! And what about Grace?", "Copy. Duration of that meeting?": an exclamation or a word of assent
before the question."""
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_THIS_WEEK_DAY = re.compile(rf"\b(?:this\s+week\s+(?P<day>{_WEEKDAY})|(?P<day2>{_WEEKDAY})\s+(?:of\s+)?this\s+week)\b", re.I)
""""this week Monday", "Monday of this week": that day."""
_DAY_THAT_PASSED = re.compile(rf"\b(?:(?:this|the)\s+)?(?P<day>{_WEEKDAY})\s+(?:(?:that|which)\s+(?:has\s+)?(?:just\s+)?(?:passed|went\s+by)"
                              rf"|just\s+(?:passed|past))\b(?!\s+\d)|\bthis\s+(?P<day2>{_WEEKDAY})(?=\s+just\s+gone\b)", re.I)
""""this Friday that passed", "on Friday just passed", "the Saturday just past": the last Friday (Saturday)."""
_LAST_WEEK_DAY = re.compile(rf"\blast\s+week\s+(?P<day>{_WEEKDAY})\b", re.I)
""""last week Friday, 4th": that day of last week, said as "Friday last week" is."""
_AT_LEAST = re.compile(r"(?:>=|≥|=>)\s*(\d+)")
_MILITARY = re.compile(r"\b(?P<lead>at|after|before|past|post|from|by|until|till|around|about)\s+(?P<h>[01]\d|2[0-3])"
                       r"(?P<m>[0-5]\d)(?:\s*(?:h|hrs|hours)\b)?(?!\s*(?:km|mg|kcal|steps|m\b|metres|meters))", re.I)
""""coffee after 1500 hrs", "in bed by 2230": a clock time, as shift workers and soldiers write it."""
_DAYS_SHORT = re.compile(r"\b(\d{1,2})\s*d\b(?=\s*(?:ago|back|before|prior|earlier|later)\b)", re.I)
""""3d ago": three days ago."""
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_ORDINAL = re.compile(r"\b(" + _MONTHS + r")\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_SHORT_WEEKDAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday",
                   "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday",
                   "sun": "Sunday"}
_UNAMBIGUOUS = re.compile(r"(?<![\w'-])(mon|tues?|weds|thu|thur|thurs|fri)\.?(?![\w'-])", re.I)
"""Short weekdays that are no other English word."""
_WED_IN_NOTES = re.compile(r"(?<![\w'-])" + "".join(rf"(?<!\b{w} )" for w in ("i", "I", "we", "We", "they", "he", "she", "to",
                                                                        "be", "get", "got", "were", "was", "newly", "will"))
                           + r"wed(?![\w'-])(?!\s+(?:her|him|them|each|in|at|my|his|their)\b)")
""""first mtg wed start time": in notes, "wed" is Wednesday unless someone is being married ("we wed in May")."""
_CAPITALISED = re.compile(r"(?<![\w'-])(?<!\bthe )(?<!\bThe )(?<!\bWho )(?<!\bwho )(Wed|Sat|Sun)\.?(?![\w'-])"
                          r"(?!\s+(?i:in|on|down|through|up|out|around|beside|next)\b)")  # "Who Sat In On ...": a verb
_AFTER_LEAD = re.compile(r"\b(on|last|this|past|since|until|till|from|by|next|or|vs|than|and|to)\s+(wed|sat|sun)\.?(?![\w'-])",
                         re.I)
_BEFORE_FOLLOW = re.compile(r"(?<![\w'-])" + "".join(rf"(?<!\b{w} )" for w in ("i", "I", "we", "they", "he", "she", "the", "a"))
                            + r"(wed|sat|sun)\.?(?=\s+(?:just|gone|past|night|morning|evening|afternoon|or|vs|"
                            r"and|\d)\b|\s*[?,:;)\-–—]|\s*$)", re.I)
""""Wed", "Sat" and "Sun" are also words ("I sat", "in the sun"): read as days when capitalised, after a
word that leads to a day ("on sat", "or wed") or before one that follows a day ("sat just gone", "sun?")."""


_JUST_BEEN = re.compile(r"\b(?:that(?:'s|\s+has|\s+is)?|which\s+(?:has|is))\s+just\s+(?:been|passed|gone|ended)\b", re.I)
""""Saturday that's just been": the last one."""
_CURRENT_WEEK = re.compile(r"\bthe\s+(?:current|present|ongoing)\s+week\b", re.I)
_WEEK_FROM_MONDAY = re.compile(r"\b(week)\s*[,(]?\s*(?:from\s+|since\s+|starting\s+)?monday\s+(?:onwards?|on|till\s+now|"
                               r"to\s+(?:now|date|today))\b\)?", re.I)
""""this week, Monday onwards": the week so far (weeks start on Monday)."""


_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
             "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINAL_WORDS = {word: n for n, word in enumerate(_ORDINALS, 1)} | {
    f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINALS[:9], 1)} | {"thirtieth": 30, "thirty-first": 31}
_ORD = "(?P<ord>" + "|".join(sorted((w.replace("-", "[- ]?") for w in _ORDINAL_WORDS), key=len, reverse=True)) + ")"
_WEEKDAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD_OF_MONTH = re.compile(r"\b" + _ORD + r"(?=\s+of\s+" + _MONTHS + r")", re.I)
_ON_THE_ORD = re.compile(r"\b(the\s+)" + _ORD + r"(?=\s*(?:[?.!,;)]|$|(?:or|and|vs|versus|than|compared|night|morning|"
                         r"afternoon|evening)\b))", re.I)
"""A day of the month in words where it can only be one: "the twelfth of March", "on the third", "... the third?"."""
_AFTER_MONTH_OR_DAY = re.compile(r"\b(" + _MONTHS + r"|" + _WEEKDAY_NAME + r",?)\s+(the\s+)?" + _ORD + r"\b", re.I)


def _number(word: str) -> str:
    n = _ORDINAL_WORDS[re.sub(r"[- ]", "-", word.lower())]
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _day_in_words(match: re.Match[str]) -> str:
    """"the third?" is a day; "the first?" and "the second?" only after "on", "since" or "for"."""
    before = match.string[:match.start()].rstrip().lower()
    if match["ord"].lower() in ("first", "second") and not before.endswith(("on", "since", "for", "until", "till")):
        return match.group(0)
    return match.group(1) + _number(match["ord"])


def _ordinal_after(match: re.Match[str]) -> str:
    """"March first", "Sunday the 3rd": a day of the month; but "Sunday first coffee" and "26 Dec first
    coffee" are that day's first coffee (an ordinal right after a weekday or a whole date, with no "the",
    before a word that is not a date's)."""
    dated = re.search(r"\d\s*$", match.string[:match.start()]) is not None  # "26 Dec first coffee": the day is 26
    if match.group(2) is None and (dated or re.fullmatch(_WEEKDAY_NAME + ",?", match.group(1), re.I)) \
            and _ORDINAL_BEFORE_NOUN.match(match.string, match.end()):
        return match.group(0)
    return f"{match.group(1)} {match.group(2) or ''}{_number(match['ord'])}"


_ORDINAL_BEFORE_NOUN = re.compile(r"\s+(?!(?:or|and|vs|versus|than|compared|night|morning|afternoon|evening|of|in|at|"
                                  r"how|what|when|which|who|did|was|were|is)\b)[^\W\d_]", re.I)


def _weekday(match: re.Match[str]) -> str:
    return _SHORT_WEEKDAYS[match.group(1).lower()]


def _preamble(match: re.Match[str]) -> str:
    """An exclamation or a word before the question goes ("Love that team!", "Ooh!"), unless it names
    someone the question is about ("Owen with a listening tip!", "A new arrival in Oscar's household!")."""
    words = re.findall(r"[A-Za-z][\w'’]*", match.group(0))
    named = [w for i, w in enumerate(words) if w[0].isupper() and (i > 0 or len(words) > 2)
             and re.sub(r"['’]s$", "", w).lower() not in NOT_NAMES]
    return match.group(0) if named else ""


_QUERY_GROUPED = re.compile(r"^\s*select\s+(?:avg|mean|average)\s*\(\s*(?P<what>[\w ]+?)\s*\)\s+(?:from\s+\w+\s+)?group\s+by\s+"
                            r"(?P<by>.+?)\s*;?\s*$", re.I)
"""A question typed as a query: "select avg(sleep) group by dinner after 8 pm" is sleep by late dinner, a habit."""
_QUERY_WHERE = re.compile(r"^\s*select\s+(?P<what>\w+)\s+from\s+days?\s+where\s+(?P<verb>[a-z]+)\s*=\s*(?P<value>.+?)\s*;?\s*$",
                          re.I)


def _grouped(match: re.Match[str]) -> str:
    """A query's average by group, in words: "coffees by dinner after 8 pm", "coffees on workout days vs other days"."""
    by = match["by"].replace("_", " ")
    return f"{match['what']} on {by}s vs other days" if re.search(r"\bday$", by, re.I) else f"{match['what']} by {by}"


_WHO_CLAUSE = re.compile(r"^((?:and|what\s+about|how\s+about)\s+)((?-i:[A-Z])[\w'’-]+),\s+who\s+[^?]*\?\s*$", re.I)
"""A follow-up naming someone, and what they do: the person is what is asked about."""


_PLACE_NOUN = r"(?=\s+(?:complex|stadium|pool|street|square|avenue|boulevard|park|hall|bridge|market|school|gym|track|centre|center)\b)"
_PLACE_NAMED_FOR_A_DAY = re.compile(r"\b(the\s+)(\d{1,2})\s+((?-i:[A-Z])[a-zéû]+)" + _PLACE_NOUN)
_PLACE_NAMED_WITH_A_YEAR = re.compile(r"\b(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\s)"
                                      r"((?-i:[A-Z])[\w'’-]+)\s+((?:19|20)\d{2})" + _PLACE_NOUN, re.I)
"""A place named with a number: "the pool at the 5 Juillet complex", "the Ouaga 2000 pool": a place, not a day or a year."""


def tidy(question: str) -> str:
    """``question`` in one plain spelling: no padding or doubled spaces, whole weekdays, days of the month
    as numbers, texting words spelled out, and days back written "N days ago"."""
    question = question if question.isascii() else _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m[0])), question)  # "၁၅": 15
    question = _PLACE_NAMED_FOR_A_DAY.sub(r"\1\3-\2", question)  # "the pool at the 5 Juillet complex": a place, not 5 July
    question = _PLACE_NAMED_WITH_A_YEAR.sub(r"\1-\2", question)  # "the Ouaga 2000 pool": a place, not the year 2000
    question = from_code(question)  # "?- ate(lunch, D, F).", 'HGET "Monday" dinner:food', "GET /meals?kind=lunch&..."
    text = in_english(spelled_out(unheadlined(_TAG.sub(_tag, _SPACES.sub(" ", _SYMBOLS.sub(" ", question)).strip()))))
    text = re.sub(r"^(?:(?:re|fwd?|aw|wg|sv|vs|tr|rv|odp|r)\s*(?:\[\d+\])?\s*:\s*)+", "", text, flags=re.I) or text  # "Re: Fwd: ...": a mail's subject line
    text = re.sub(r"\s+STOP\s+", ", ", re.sub(r"\s*\bSTOP\s*$", "?", text)) if text.endswith("STOP") else text  # a telegram's
    text = separated(text)  # "day i ran 12 km — dinner was?", "sleep+the night of Fri. 02/02+hours": fields joined
    text = in_plain_follow_up(in_plain_words(plainly(text)))  # "reckon the minutes given to the X", "of how many hours did my sleep X consist", "A V B"
    text = joined(text)  # "lunch // Sunday // what", "time <- last coffee on 28/5", "? more sleep | A vs B | hrs each"
    text = re.sub(r"\b(?:the\s+)?place\s+((?-i:[A-Z])[\w'’]+)\s+(?:thought|said|reckoned|felt)\s+we\s+(?:should|ought\s+to)\s+(?:eat|dine|go)"
                  r"(?:\s+(?:at|to))?(?=\s*[?,.]|$)", r"the restaurant \1 recommended", text)  # "the place Dev thought we should eat at"
    text = re.sub(r"\bthe\s+company\s+at\s+the\s+meeting\b", "who was at the meeting", text, flags=re.I)  # its company: who was there
    text = re.sub(r"\bonce\s+((?:my|the)\s+(?:[^?.]|\.(?=\d)){2,60}?)\s+was\s+(?:over|done|finished)\b", r"right after \1", text, flags=re.I)
    text = re.sub(r"^\s*(days\s+(?:of|with)\b[^?]+?),?\s*sleep\s+how\s*\?\s*$", r"how do I sleep after \1?", text, flags=re.I)
    text = re.sub(r"\bthe\s+(?:aeroplane|airplane|plane|aircraft)\s+(?:bearing|carrying)\s+((?-i:[A-Z])[\w'’]+)", r"\1's flight", text)
    text = re.sub(r"\b((?:meeting|coffee|workout|run|swim|ride)s?)\b([^.?!]*[.!]\s+)how\s+many\s+of\s+them\b",
                  lambda m: f"{m[1]}{m[2]}How many {m[1].rstrip('s')}s", text, flags=re.I)  # "Every meeting is ... How many of them"
    text = split_compounds(from_address(from_command(from_formula(text))))  # "=COUNT(...)", "$ coffee --count"; "attendeelist X meeting"
    text = _WHO_CLAUSE.sub(r"\1\2?", text)  # "And Lila, who buys a herring from me every Friday?": and Lila?
    text = _IT_OF_THE_REMARK.sub(lambda m: m.group(0)[:-2] + "the " + m["noun"].lower(), text)
    text = _STRAIGHT_FROM.sub(lambda m: f"Who was at the meeting right after {m['a'] or m['b']}?", text)
    text = re.sub(r",\s+between\s+the\s+(?:(?!(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)[a-z-]+\s+){1,3}and\s+the\s+[a-z -]+(?=\?\s*$)", "", text,
                  flags=re.I)  # "And today so far, between the ski test and the start?": a time of the day told by what was done
    text = re.sub(r"\b(the\s+meeting)\s+(?:that\s+)?I\s+(?:went|came|walked|headed|rushed|hurried|got)\s+(?:in)?to\s+(?:straight|right|"
                  r"directly)\s+(?:from|after)\b", r"\1 right after", text, flags=re.I)  # "the meeting I went to straight from my X"
    text = _AFTER_IT.sub(lambda m: f"{m['ask']} the {m['title']} meeting", text)  # "The X meeting cost me .... the night after it"
    text = re.sub(r"\b(than|vs\.?|versus)\s+(?:in\s+)?(?:the\s+)?last(?=\s*[.?!,]|\s*$)", r"\1 last week", text, flags=re.I) \
        if re.search(r"\bthis\s+week\b", text, re.I) else text  # "more coffee this week than in the last"
    text = re.sub(r"\bthe\s+night\s+following\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s|\d{1,2}[/.])", "the night of ", text,
                  flags=re.I)  # "the night following Wed. 25/7": that day's night, not a day named by what happened
    text = _QUERY_GROUPED.sub(_grouped, text)  # "select avg(sleep) group by dinner after 8 pm"
    text = _QUERY_WHERE.sub(r"\g<what> on the day I \g<verb> \g<value>", text)  # "select dinner from days where swam = 2 km"
    text = re.sub(r"\b(?:WHICH|WHEN|WHAT|WHO|WHERE|HOW(?: LONG| MANY| FAR| MUCH| WELL)?|SHORTER|LONGER|MORE|FEWER|LESS|OR)\b",
                  lambda m: m[0].lower(), text)  # "... time WHEN", "... WHICH LONGER": question words typed in capitals
    text = _RECORD_SAYS.sub("what was ", _ACCORDING_TO_RECORD.sub("", _ACCORDING_TO_DEVICE.sub("", text)))
    text = _MEAL_OF_DAY.sub(lambda m: f"for {'dinner' if m['part'].lower() == 'evening' else 'lunch'} on the day", text)
    text = _JARGON.sub(lambda m: _JARGON_WORDS[re.sub(r"\s+", " ", m.group(0).lower())], text)
    text = re.sub(r"\b(night|day)\s+just\s+(before|after)\b", r"\1 \2", text, flags=re.I)  # "the night just before it"
    text = _STEP_BACK.sub(lambda m: f"the {m['unit'].lower()} before", text)  # "And one day further back?"
    text = _PREAMBLE.sub(_preamble, text) or text
    text = re.sub(r"^(?:say|tell\s+me|remind\s+me(?:\s+of)?)\s+again\b[,:]?\s*", "", text, flags=re.I) or text  # "Say again what ..."
    text = re.sub(r"\bfor\s+diner\b", "for dinner", text, flags=re.I)  # nobody eats "for diner"
    text = _THIS_WEEK_DAY.sub(lambda m: f"on {m['day'] or m['day2']}", text)
    text = _DAY_THAT_PASSED.sub(lambda m: m["day"] or m["day2"], text)
    text = _LAST_WEEK_DAY.sub(lambda m: f"{m['day']} last week", text)
    text = re.sub(r"\b(?:makes|before)\s+(\d{1,2})\s+days\b", r"\1 days ago", text, flags=re.I)  # "fa 3 dies", "vor 4 Tagen" in English
    text = re.sub(r"(?<!\bday )(?<!\bdays )(?<!\bnight )(?<!\bnights )\bbefore\s+yesterday\b", "the day before yesterday", text,
                  flags=re.I)  # "abans-d'ahir", "anteayer" said in English: "my run before yesterday, Friday 18/1"
    text = re.sub(r"(?<=\S)\s+itself\b", "", text)  # "today itself, the 21st", "on Mon 13/10 itself": the day, said firmly
    text = re.sub(r"(?:[,\s]+(?:men|machan)|,\s*no)(?=\s*\?\s*$)", "", text, flags=re.I)  # "... go on men?", "today so far, no?"
    text = re.sub(r",?\s*\b(?:ya\s+akhi|wallah(?:\s+i\s+forget)?|yalla|habibi|inshallah)\b", "", text, flags=re.I)  # Gulf English
    text = re.sub(r"(?:#|\bno\.\s*|\bnumber\s+)1\b(?!\d)", "first", text, flags=re.I)  # "coffee #1"
    text = _LEADING.sub("", text) or text
    text = without_closing_line(SIGN_OFF.sub("", text).strip() or text)
    text = unslip(text)
    text = _ORD_OF_MONTH.sub(lambda m: _number(m["ord"]), text)
    text = _ON_THE_ORD.sub(_day_in_words, text)
    text = _AFTER_MONTH_OR_DAY.sub(_ordinal_after, text)
    text = _MONTH_ORDINAL.sub(r"\1 \2", text)
    text = _DAYS_SHORT.sub(r"\1 days", text)
    text = re.sub(r"^u\s+(?=(?-i:[A-Z])[\w'’-]*\s*\?\s*$)", "and ", text)  # "u Rafael?": Maltese "u" (and), not "you"
    text = re.sub(r"^&\s*(?:re:?\s+)?", "and ", text)  # "& re Dev?": and regarding Dev
    text = _TEXT_WORD.sub(lambda m: _TEXTING[m.group(1).lower()], text)
    text = re.sub(r"^n\s+", "and ", text)  # "n 2day so far?"
    text = re.sub(r"^up\s+(?=(?:yesterday|today|on|last|this)\b)", "woke up ", text, flags=re.I)  # "up yesterday: what time"
    text = re.sub(r"^(when|what\s+time)\s+up\s+(?=(?:yesterday|today|on|last|this|\d{1,2}\s+days?)\b)", r"\1 did I wake up ", text,
                  flags=re.I)  # "when up 3 days back;"
    text = re.sub(r"(?<!the )\bprevious\s+(?:week|wk)\b", "last week", text, flags=re.I)  # "coffee wk vs prev wk": this week and last
    text = re.sub(r"(?<!this )(?<!last )(?<!next )\b(?:week|wk)\s+(?=(?:vs\.?|versus)\s+last\s+week\b)", "this week ", text, flags=re.I)
    text = re.sub(r"\b(\d{1,2}|one|two|three|four|five|six|seven)\s+days?\s+before\s+today\b", r"\1 days ago", text, flags=re.I)
    text = _BEFORE_DAYS.sub(r"\1 days ago", text)
    text = _DAYS_PREVIOUS.sub(r"\1 \2 ago", text)
    text = _PREVIOUS_TO.sub("before", text)
    text = re.sub(r"\b(?:in\s+)?the\s+(?:preceding|previous|prior)\s+week\b", "last week", text, flags=re.I)
    text = re.sub(r"\bthe\s+night\s+before\s+last\s+night\b", "the night before last", text, flags=re.I)
    text = _WONDERING.sub("", text) or text
    text = _REQUEST_SENTENCE.sub("", text).strip() or text
    text = _REQUEST_MID.sub(", ", text).lstrip(", ") or text  # (at the start: "tell me where I lunched ...", no comma)
    text = re.sub(r"(?<![\w'-])i(?![\w'-])", "I", text)  # "the day i ran 7km"
    text = _AT_LEAST.sub(r"at least \1", text)
    text = _MILITARY.sub(lambda m: f"{m['lead']} {m['h']}:{m['m']}", text)
    text = _UNAMBIGUOUS.sub(_weekday, text)
    text = _CAPITALISED.sub(_weekday, text)
    text = _WED_IN_NOTES.sub("Wednesday", text)
    text = _AFTER_LEAD.sub(lambda m: f"{m.group(1)} {_SHORT_WEEKDAYS[m.group(2).lower()]}", text)
    text = _BEFORE_FOLLOW.sub(_weekday, text)
    text = _JUST_BEEN.sub("just gone", text)
    text = _CURRENT_WEEK.sub("this week", text)
    text = _WEEK_FROM_MONDAY.sub(r"\1", text)
    return unslip_corrections(text)


_NAME_NEXT = (r"(?=['’]s\b|\s+(?:\w+ed|\w+ing|said|says|told|tells|say|tell|thinks|thought|wants|put|brought|sent|gave|made|"
              r"is|was|has|had|reckons|reckoned)\b)")
_LEADS_TO_NAME = ("did", "does", "from", "with", "by", "and", "per", "about", "for", "to")
_NAME_BEFORE = "(?:" + "|".join(rf"(?<=\b{word} )" for word in _LEADS_TO_NAME) + ")"


def restore_case(text: str, people: Collection[str] = (), titles: Collection[str] = ()) -> str:
    """``text`` with the people and meeting titles the log knows written as the log writes them, so
    "what did tom say" and "who was at sprint planning" read as "Tom" and "Sprint planning". A name
    that is also a word ("grace", "june", "will") is restored only where it stands as a name: before
    "'s" or a verb ("grace told me"), or after "did", "from", "with" ("did june say")."""
    names = {part for person in people for part in (person, person.split()[0])} | set(titles)
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2 or name.lower() in NOT_NAMES or name in text:
            continue
        core = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        if name.lower() in WORD_NAMES:
            core = rf"(?:{_NAME_BEFORE}{core}|{core}{_NAME_NEXT})"
        text = re.sub(core, lambda _, name=name: name, text, flags=re.I)
    return text
