"""Sakha (Yakut, a Siberian Turkic language) in Latin letters in an English question, put into English.

People in Yakutsk type Sakha inside English questions, in Latin letters. Its weekdays, taken from Russian ("Bennidenik",
"Optuorunnuk", "Seereda", "Chetierg", "Beetinse", "Subuota", "Baskyhyanna": Monday to Sunday) stand beside a date, dotted or
slashed ("Bennidenik 15.12", "Bennidenik 15 December", "Bennidenik kun 15.12": the day Monday, "15/12 (Bennidenik)"); "bugun"
is today, "begehee" yesterday, "bu nedelie" this week, "aaspyt nedelie" last week; a night is "X tuun" after the day it starts
on ("Bennidenik tuun 15.12-16.12", "the tuun of 15 December", "begehee tuun 14.12-15.12": last night). Those become English.
The phrases that carry what is asked ("kas chaas utuydum" (how many hours did I sleep), "kunnuku ahy khanna ahaatym" (where
did I have lunch), "meeting-ga kim baar ete" (who was at the meeting)) become English too, where two of Sakha's own words say
the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import DOTTED_DATE as _DATE, LEADING_DAY as _LEADING_DAY, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"bennidenik": "Monday", "optuorunnuk": "Tuesday", "seereda": "Wednesday", "chetierg": "Thursday", "beetinse": "Friday",
             "subuota": "Saturday", "baskyhyanna": "Sunday"}
_WD = (r"((?-i:B)ennidenik|(?-i:O)ptuorunnuk|(?-i:S)eereda|(?-i:C)hetierg|(?-i:B)eetinse|(?-i:S)ubuota|(?-i:B)askyhyanna)")
_MEAL = r"(sarsyarda|kunnuku|kiehe)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return {"s": "breakfast", "ku": "lunch"}.get(word[:1].lower(), {"ku": "lunch"}.get(word[:2].lower(), "dinner"))


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"(?:" + _WD + r"\s+|(?-i:begehee)\s+)tuun\s+\(?(" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)?", lambda m: f"the night of {m[2]}"),
    (r"the\s+tuun\s+of\s+" + _WORDS_DATE, r"the night of \1"),
    (r"aaspyt\s+nedelie(?:ten)?", "last week"), (r"bu\s+nedelie", "this week"),
    (r"(" + _DATE + r")\s+\(" + _WD + r"\)", r"on \1"),  # "15/12 (Bennidenik)"
    (_WD + r"\s+kun(?=\s+" + _DATE + r")", "on"),
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:bugun)(?=\s*\(?\s*\d)", "today"), (r"(?-i:begehee)(?=\s*\(?\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"bennidenik|optuorunnuk|seereda|chetierg|beetinse|subuota|baskyhyanna|bugun|begehee|tuun|nedelie", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # follow-ups
    (r"^ol\s+kun\s+innine(?:\s+duo)?\s*\??$", "and the day before?"), (r"^ol\s+tuun\s+innine\s*\??$", "and the night before?"),
    (r"^ol\s+meeting\s+kas\s+minut\s+barda\s*\??$", "and how long was that meeting?"),
    (r"^(?:bugun|today),?\s+bu\s+chaaska\s+dieri\s*\??$", "and today so far?"),
    (r"^([^?]{2,40}?)\s+kunu\s+tuhunan\s*\??$", r"and \1?"), (r"^" + _NAME + r"\s+tuhunan\?\s*kini\s*\??$", r"and \1?"),
    # what someone said
    (r"which\s+kinige\s+did\s+" + _NAME + r"\s+tell\s+me\s+to\s+read(?:,?\s+aata\s+tuokh)?", r"which book did \1 recommend"),
    (_NAME + r"\s+tuokh\s+kino\s+koor\s+dieete(?:,?\s+film\s+aata)?", r"which film did \1 recommend"),
    (_NAME + r"\s+tuokh\s+podcast-y\s+ihill\s+dieete", r"which podcast did \1 recommend"),
    (_NAME + r"\s+khaihaabyt\s+restaurant(?:\s+aata\s+tuokh)?", r"which restaurant did \1 recommend"),
    (r"offsite-y\s+" + _NAME + r"\s+khanna\s+kohorbuta(?:,?\s+tuokh\s+gorod)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+samolyot-ta\s+khahan\s+kelier(?:,?\s+touchdown\s+chaaha)?", r"when does \1's flight land"),
    (_NAME + r"\s+sana\s+puppy\s+ylbyt,?\s+aata\s+tuokh", r"what is the name of \1's new dog"),
    (_NAME + r"\s+(.{2,40}?)\s+launch-y\s+khas\s+kunugar\s+kohorbuta\??(?:\s+sana\s+date)?", r"what is the new date of the \2 launch according to \1"),
    (_NAME + r"\s+kyyha\s+birthday-gar\s+kas\s+saastaah\s+buolar", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+(.{2,40}?)\s+tuhunan\s+kepseebit\s+kunugar\s+" + _MEAL + r"\s+as\s+tuokh\s+ete",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"(\d+(?:\.\d+)?\s*km)\s+(ran|cycled|swam|rode)\s+kunugar\s+" + _MEAL + r"\s+as\s+tuokh\s+ete",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[2]} {m[1]}"),
    (r"(.{2,60}?)\s+buolbut\s+kunugar\s+" + _MEAL + r"\s+ahy\s+khanna\s+ahaatym",
     lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"(.{2,60}?)\s+kennitten\s+tuun\s+kas\s+chaas\s+utuydum", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _LEADING_DAY + r"\s+(.{2,100}?)\s+kennitten\s+meeting-ga\s+kim\s+baar\s+ete", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"(.{2,60}?)\s+duo\s+(.{2,60}?)\s+duo,\s*khannyk\s+tuunge\s+ordukh\s+utuydum", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"(.{2,60}?)\s+duo\s+(.{2,60}?)\s+duo,\s*khannyk\s+kunge\s+caffeine\s+ordukh\s+ete", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"(.{2,60}?)\s+duo\s+(.{2,60}?)\s+duo,\s*khannyk\s+kunge\s+sport\s+ordukh\s+uhun\s+ete", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+kofe\s+ordukh\s+duo,?\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s+kennitten\s+kofe\s+issem,?\s+utuyum\s+kyra\s+buolar\s+duo", r"do I sleep less after coffee at \1 or later"),
    (r"(\d{1,2}(?::\d\d)?\s*[ap]m)\s+kennitten\s+kiehe\s+as\s+ahaatakhpyna,?\s+utuyum\s+kyra\s+buolar\s+duo", r"do I sleep less after dinner at \1 or later"),
    (r"sport\s+ongordokhpuna\s+tuunnu\s+ordukh\s+utuyabyn\s+duo", "do I sleep longer after workout days than after rest days"),
    (r"sport\s+kunugar\s+kofe\s+ordukh\s+iherbin\s+duo", "do I drink more coffee on workout days than on rest days"),
    (r"caffeine\s+(\d{2,4}\s*mg)-ttan\s+ordukh\s+buollakhyna,?\s+utuyum\s+kas\s+chaas",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    # meetings
    (r"^" + _LEADING_DAY + r"\s+(.{2,80}?)\s+meeting-ga\s+kim\s+baar\s+ete", r"who was at the \2 meeting \1"),
    (r"^" + _LEADING_DAY + r"\s+(.{2,80}?)\s+meeting\s+kas\s+minut\s+barda", r"how many minutes was the \2 meeting \1"),
    (r"kas\s+meeting\s+baar\s+ete", "how many meetings did I have"),
    (r"bastakyy\s+meeting\s+khahan\s+sagalanna", "what time did my first meeting start"),
    (r"^" + _LEADING_DAY + r"\s+(.{2,100}?)\s+kemiger\s+heart\s+rate\s+average\s+kas\s+ete", r"what was my average heart rate during the \2 \1"),
    (r"^" + _LEADING_DAY + r"\s+(.{2,100}?)\s+kas\s+minut\s+buolla", r"how many minutes did the \2 \1 last"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+ahy\s+khanna\s+ahaatym", lambda m: f"where did I have {_meal(m[1])}"),
    (_MEAL + r"\s+as\s+tuokh\s+ete", lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"utuyum\s+kuhagan\s+duo,?\s+uchugey\s+duo", "how well did I sleep, good or poor"),
    (r"kas\s+chaas\s+utuydum", "how many hours did I sleep"), (r"khahan\s+utuy\s+barbytym", "what time did I go to bed"),
    (r"khahan\s+uhuktum", "what time did I wake up"),
    (r"tuokh\s+sport\s+ongordum(?:,?\s+run\s+duo\s+swim\s+duo)?", "what kind of workout did I do"),
    (r"velosiped-ynan\s+kas\s+km\s+bardym", "how many km did I cycle"), (r"kas\s+km\s+suurdum", "how many km did I run"),
    (r"basseyn-nga\s+kas\s+metr\s+usthum", "how far did I swim"),
    (r"(running|cycling|swimming|run|cycle|swim)\s+kas\s+km\s+buolla", r"how many km of \1 in total"),
    (r"kas\s+workout\s+ongordum", "how many workouts did I do"),
    (r"kas\s+kofe\s+istim", "how many coffees did I drink"),
    (r"caffeine\s+kas\s+mg\s+buolla", "how much caffeine in mg"),
    (r"bastakyy\s+kofe-ny\s+khahan\s+istim", "what time was my first coffee"),
    (r"butehik\s+kofe-ny\s+khahan\s+istim", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"tuokh|kas|khahan|khanna|kim|baar|ete|utuydum|utuyum|chaas|minut|barda|buolla|suurdum|bardym|usthum|"
                           r"istim|kofe|kofe-ny|bastakyy|butehik|sagalanna|uhuktum|barbytym|ongordum|kunnuku|sarsyarda|kiehe|"
                           r"ahaatym|kennitten|kunugar|duo|ordukh|khannyk|tuunge|kunge|kinige|dieete|khaihaabyt|kohorbuta|"
                           r"samolyot-ta|ylbyt|saastaah|kepseebit|tuhunan|innine|kemiger|bennidenik|optuorunnuk|seereda|"
                           r"chetierg|beetinse|subuota|baskyhyanna|bugun|begehee|tuun|nedelie|meeting-ga|velosiped-ynan|"
                           r"basseyn-nga|dieri|chaaska", least=2)


def from_sakha(text: str) -> str:
    """``text`` with its Sakha days, and the Sakha phrases that say what is asked, put into English."""
    return _TABLE.in_english(_DAYS.in_english(text), hinted_by=text)
