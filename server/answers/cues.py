"""The words a question uses for what it is about: kinds of record, activities, meals and people.

Word lists, not templates: a question is read by which of these words it holds, wherever they
stand, so "supper yesterday?", "what did I eat for dinner yesterday" and "yesterday's evening meal"
all name the same meal. ``planner`` decides what is asked from them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from shared.plan import Kind

_KIND_WORDS: tuple[tuple[Kind, str], ...] = (
    ("coffee", r"coffees?|kopi|caffeine|caffeinated|espressos?|lattes?|cappuccinos?|flat whites?|cold brews?|americanos?|"
               r"macchiatos?|cortados?|mochas?|cups? of joe|cups?|cuppas?|long blacks?|short blacks?|piccolos?|"
               r"ristrettos?|doppios?|lungos?|mg|drinks?|drank"),
    ("sleep", r"sleep\w*|slept|asleep|(?<!river )(?<!creek )(?<!stream )(?<!flower )(?<!lake )(?<!sea )bed|bedtime|woke|wake|waking|wake-up|awoke|awake\w*|(?:was|were) I up|I was up|nap(?:s|ped|ping)?|get up|got up|getting up|"
              r"shut-eye|shuteye|kip|snooze\w*|turn(?:ed)? in|hit the (?:sack|hay)|lights out|(?<!\bthe )rest(?:ful)?|"  # not "the rest" (the others)
              r"nod(?:ded)? off|doze\w*(?: off)?|drift(?:ed)? off|conk(?:ed)? out|crash(?:ed)?|rose|rise|rising|arose|arise|"
              r"got out of bed|up and about|bunk|berth|rack time|in the rack|racked out|retired? for the night|retired? to bed|knocked out|zonked|zonk\w*|out cold|"
              r"call(?:ed)? stumps|(?-i:QRT)|"
              r"nights?(?= of sleep)"),
    ("meal", r"eat(?!\s+up)|ate(?!\s+up)|eaten|eating(?!\s+up)|lunch\w*|dinner|supper|for tea|breakfast|brekk(?:ie|y)|brunch|meals?|food|dish(?:es)?|plate|"
             r"menu|dine|dined|(?:was|were)\s+served|served\s+(?:to\s+)?me|at\s+midday\b(?!\s+meeting)"),
    ("exercise", r"(?-i:PT)|p\.t\.|(?:run|ran|runs)(?!\s+(?:off|out(?!\s+(?:to|at|past|along|by|on|in|and|and\s+back)\b)|away|low|dry|short|late|deep|wild|together|into)\b)|running|jog\w*|on foot|km|kms|kilomet\w*|miles|cycl\w*|bicycl\w*|rides?|rode|ridden|riding|bik\w*|spin|swim\w*|swam|swum|pool|laps|"
                 r"workouts?|work(?:ed|ing)? out|exercis\w*|yoga|climb\w*|scrambl(?:e|ed|ing)\s+(?:up|to|on|along|over|across)\b|bouldering|train(?:ed|ing)?|sports?|"
                 r"gym|heart rate|bpm|beats per minute|pulse|activit(?:y|ies)|active|wall session|bouldering|(?:in|through|across) the water|sessions?"),
    ("meeting", r"meetings?|mtgs?|meet|calendar|briefs?|briefings?|block time|attend\w*|attendees|participants|standup|stand-up|1:1|calls?|sync"
                r"|skeds?|(?-i:QSOs?)"),  # a radio amateur's schedule and contact
    ("conversation", r"(?:restaurant|place|film|movie|book|podcast|show|song)\s+to\s+(?:try|watch|read|listen)|say|said|says|tell|told|recommend\w*|reckon(?:s|ed)?|mention\w*|suggest\w*|talk\w*|according to|tip|(?-i:recs?)|^Recs?\b|"
                     r"launch\w*|offsite|flight|landing|daughter|kid's|dog|puppy|podcast|novel|book|film|movie|resto|"
                     r"raving|rave\w*|brought up|bring up|(?-i:per(?= [A-Z]))|pooch|doggo|pup|pet"),
    ("computer", r"computer|screen|laptop|apps?"),
)
_ACTIVITIES = (("run", r"(?<!which )(?<!that )(?<!it )(?<!one )(?:run|ran)(?!\s+(?:longer|shorter|for\s+longer|over))|runs|running|jog\w*|on foot"),
               ("cycle", r"cycl\w*|bicycl\w*|rides?|rode|ridden|riding|bik\w*|spin|pedal\w*"),
               ("swim", r"swim\w*|swam|swum|pool|laps|(?:in|through|across) the water"),
               ("yoga", r"yoga|vinyasa|asanas?|mat (?:practice|session|class|work)"),
               ("climb", r"climb\w*|scrambl(?:e|ed|ing)\s+(?:up|to|on|along|over|across)\b|bouldering|wall session|the wall|crag"))
_MEALS = (("breakfast", r"breakfast|brekk(?:ie|y)|morning meal"), ("lunch", r"lunch\w*|midday meal|at (?:noon|midday)"),
          ("dinner", r"dinner|supper|evening meal|that evening|tea time|for tea|dine|dined|dining"))

NOT_NAMES = {"i", "i'm", "i've", "i'd", "what", "what's", "who", "whom", "when", "how", "how's", "did", "do", "does",
              "was", "were", "is", "and", "the", "on", "my", "a", "an", "which", "where", "why", "today", "yesterday",
              "last", "this", "that", "these", "those", "about", "tell", "in", "at", "per", "remind", "list", "count", "tally",
              "name", "give", "show", "compare", "sum", "total", "average", "same", "any", "after", "before", "since",
              "during", "from", "for", "of", "to", "with", "am", "are", "have", "has", "had", "can", "could", "will",
              "would", "should", "please", "hey", "so", "ok", "okay", "then", "also", "but", "or", "if", "it", "its",
              "it's", "me", "we", "you", "your", "our", "they", "he", "she", "his", "her", "their", "there", "here",
              "lunch", "dinner", "supper", "breakfast", "coffee", "sleep", "one", "all", "every", "each", "yes", "no",
              "not", "number", "quick", "question", "roughly", "approximately", "exactly", "just", "now", "still",
              "again", "tonight", "morning", "evening", "afternoon", "night", "week", "weekend", "day", "days",
              "duration", "distance", "length", "amount", "time", "date", "type", "kind", "sort", "hours", "hrs",
              "minutes", "mins", "km", "workout", "first", "meeting", "meetings", "calendar", "load", "kickoff", "timestamp",
              "intake", "avg", "more", "fewer", "less", "averages", "average", "copy", "love", "rack", "pt", "diff", "run", "swim", "ride", "sleep", "dinner", "venue", "total", "sleep", "please", "thanks", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mean", "median", "caffeine", "according", "how", "who's", "where's", "when's", "bpm", "km", "mg", "zoom", "room",
              "start", "end", "finish", "opening", "closing", "bonus", "next", "location", "field", "head", "late", "early",
              "fresh", "over", "roll", "endurance", "right", "alright", "sure", "cool", "great", "perfect", "nice", "noted",
              "gotcha", "understood", "fine", "wow", "oh", "ah", "well", "anyway", "actually", "might", "may", "hoping",
              "while", "whilst", "although", "though", "because", "once", "until", "unless"}
WORD_NAMES = {"will", "may", "grace", "mark", "bill", "rose", "june", "april", "faith", "hope", "joy", "sky", "dawn",
               "summer", "art", "pat", "sue", "rob", "max", "ray", "frank", "jack", "drew", "gene", "iris", "ivy",
               "lily", "daisy", "amber", "ruby", "pearl", "hunter", "chase", "page", "paige", "reed", "wade", "bob"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
             "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}


def words(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", re.I)


KIND_PATTERNS = tuple((kind, words(pattern)) for kind, pattern in _KIND_WORDS)
ACTIVITY_PATTERNS = tuple((activity, words(pattern)) for activity, pattern in _ACTIVITIES)
MEAL_PATTERNS = tuple((meal, words(pattern)) for meal, pattern in _MEALS)


def kinds_in(text: str) -> list[Kind]:
    """The kinds a text names, in the order of ``_KIND_WORDS`` (which wins ties: coffee before meal)."""
    return [kind for kind, pattern in KIND_PATTERNS if pattern.search(text)]


def activity_in(text: str) -> str | None:
    """The sport a text names ("jog" -> run, "bike ride" -> cycle), or None."""
    return next((activity for activity, pattern in ACTIVITY_PATTERNS if pattern.search(text)), None)


def activities_in(text: str) -> list[str]:
    """Every sport a text names, in the order of ``_ACTIVITIES``."""
    return [activity for activity, pattern in ACTIVITY_PATTERNS if pattern.search(text)]


_MEASURED_SPORT = re.compile(r"\b(?:km|kms|kilomet\w*|miles?|minutes?|mins?|hours?|hrs?)\s+of\s+(\w+)", re.I)


def sport_asked(text: str) -> str | None:
    """The sport a question is about: the one it names, or of several the one measured ("km of
    cycling"); none for a list of choices ("which sport? run, bike, swim")."""
    named = activities_in(text)
    if len(named) == 1:
        return named[0]
    measured = _MEASURED_SPORT.search(text)
    return activity_in(measured.group(1)) if measured and len(named) > 1 else None


_BED_CLAUSE = re.compile(r",?\s*\b(?:before|after)\s+(?:I\s+)?(?:went\s+to\s+(?:bed|sleep)|hit\s+the\s+(?:sack|hay)|turned\s+in|"
                         r"woke\s+up|got\s+up)\b", re.I)


def without_bed_clause(text: str) -> str:
    """``text`` without "before I went to bed" when it asks about another kind ("dinner on Monday,
    before I went to bed?": the dinner, not the night)."""
    bare = _BED_CLAUSE.sub("", text)
    return bare if bare != text and kinds_in(bare) and "sleep" not in kinds_in(bare) else text


def meal_in(text: str) -> str | None:
    """The meal a text names ("supper" -> dinner, "lunchtime" -> lunch), or None."""
    return next((meal for meal, pattern in MEAL_PATTERNS if pattern.search(text)), None)


_NAME_NEXT = re.compile(r"(?:'s|’s|s')|\s*[?,:]|\s*$|\s+(?:\w+\s+)?(?:said|says|say|told|tells|tell|mentioned|recommended|"
                        r"suggested|reckons|thinks|thought|wants|asked|is|was|has|had|then|too|also|and|or|brought|talked|"
                        r"raved|did|does)\b|\s+\w+(?:s|ed)\b(?<!\bis)(?<!\bwas)")
"""What follows a name that opens a sentence ("Ana is flying in", "Grace?", "Tom said"), and no other
capital that opens one ("Intake today", "Protecting my energy", "Copy.")."""


_HEADING = re.compile(r"\s*:\s*(?:what|how|when|where|who|which|did|do|does|was|were|is|are|any)\b", re.I)
"""A word that opens a question as its heading ("Bonus: how long ...?"): no name, unless the log knows it."""


def _dated(text: str, match: re.Match[str]) -> bool:
    """Whether the word ``match`` found is a date's month, a number beside it ("June 27", "23rd June")."""
    return bool(re.match(r"\s+\d|\s+the\s+\d", text[match.end():])
                or re.search(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", text[:match.start()]))


def names_in(text: str, known: Collection[str] = ()) -> list[str]:
    """People a text names: the ``known`` people it mentions (first names or whole names) first, then
    capitalised words that are not question words or calendar words ("Tom", "Priya"), nor after "the"
    ("the Lantern launch" names a project)."""
    found: list[str] = []
    for person in known:
        for name in (person, person.split()[0]):
            # lower case ("what did tom say") only where the name is no common word ("will", "may")
            flags = 0 if name.lower() in WORD_NAMES or name.lower() in NOT_NAMES else re.I
            match = next((m for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?:'?s)?(?![\w])", text, flags)  # "Noors daughter"
                          if not (name.lower() in CALENDAR and _dated(text, m))), None)  # "on 23rd June": a month
            if match and name not in found:
                found.append(name)
                break
    if found:
        return sorted(found, key=lambda n: text.lower().find(n.lower()))
    names = []
    for match in re.finditer(r"(?<![\w'’])(?<!\bthe )(?<!\bThe )([A-Z][a-zà-ÿ]+)(?:'s|’s|s')?(?![\w'’])", text):
        word = match.group(1).lower()
        is_date = word in CALENDAR and _dated(text, match)
        if word in NOT_NAMES or (word in CALENDAR and (is_date or word not in {"may", "june", "april", "august"})):
            continue
        opens = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1] in ".?!:;"
        if opens and (not _NAME_NEXT.match(text[match.end(1):]) or _HEADING.match(text, match.end(1))):
            continue  # "Intake today, breakfast: what?", "Protecting my energy!", "Bonus: how long ...?": a capital that opens a sentence
        names.append(match.group(1))
    return names


_VOCATIVE = re.compile(r"^\s*(?P<name>(?-i:[A-Z])[\w-]+),\s+(?=\S)")


def without_vocative(text: str, people: Collection[str]) -> str:
    """``text`` without the name it opens by addressing ("Flight, duration of my run today, over?",
    "Jarvis, how far did I run?"), unless that is someone the log knows."""
    found = _VOCATIVE.match(text)
    name = found["name"].lower() if found else ""
    if found is None or name in NOT_NAMES or name in CALENDAR or any(name == p.split()[0].lower() for p in people):
        return text  # "Yesterday, could you tell me ...", "Tom, what did you recommend?"
    rest = text[found.end():]
    return re.sub(r",?\s*\bover\s*(?=[?.!]*\s*$)", "", rest) if kinds_in(rest) else text  # radio's "over"


_ANY_SPORT = re.compile(r"\b(?:(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+|of\s+(?:my|the)\s+)?(?:exercise|workout|sport|activity|"
                        r"training|session)s?|(?:how\s+many|number\s+of)\s+(?:real\s+|actual\s+|proper\s+)?workouts"
                        r"|(?:was|were|is)\s+my\s+(?:workout|exercise|training|session)s?)\b", re.I)
"""An ask about any workout: which sport it was, which of them, how many, whether my workout was longer."""


def sport_of(ask: str, *texts: str) -> str | None:
    """The sport the first of ``texts`` to name one names (the sentence that asks first: "The road climbs all the way. How far
    did I cycle?" asks of cycling), for the plan's filter; none when ``ask`` asks which sport
    or about any workout ("Climbing ladders counts. What exercise did I do?", "Test laps do not count. How many real
    workouts this week?": the remark's sport is not the one asked)."""
    if _ANY_SPORT.search(ask):
        return None
    return next((sport for text in texts if (sport := sport_asked(text))), None)
