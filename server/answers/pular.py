"""Pular (Fula of the Fouta Djallon) in an English question, put into English.

People in Guinea type Pular inside English questions. Its weekdays ("Altine", "Talaata", "Alarba", "Alkamiisa", "Aljumaa",
"Asewe", "Alat": Monday to Sunday) stand beside a date ("Talaata 18/11", "Talaata 18 November", "ñalawma Talaata (18/11)");
"hannde" is today, "hanki" yesterday, "e yontere nde" this week, "yontere ɓennunde" last week, "fuɗɗii Altine" since
Monday; a night is "jemma X" ("jemma Altine 17/11-18/11", "jemma 17 November", "jemma hanki 21/11-22/11"). Those become
English. The phrases that carry what is asked ("mi ɗaanii hours no foti" (how many hours did I sleep), "lunch mi nyaami hoto"
(where did I have lunch), "mi tawtorii batuuji no foti" (how many meetings)) become English too, where two of Pular's own
words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _DAY, SLASHED_DATE as _DATE, WORDS_DATE as _WORDS_DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"altine": "Monday", "talaata": "Tuesday", "alarba": "Wednesday", "alkamiisa": "Thursday", "aljumaa": "Friday",
             "asewe": "Saturday", "alat": "Sunday"}
_WD = r"((?-i:A)ltine|(?-i:T)alaata|(?-i:A)larba|(?-i:A)lkamiisa|(?-i:A)ljumaa|(?-i:A)sewe|(?-i:A)lat)"
_MEALS = {"subaka": "breakfast", "beetawe": "lunch", "hiirnde": "dinner"}


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"jemma\s+(?:" + _WD + r"\s+|(?-i:hanki)\s+)\(?(" + _DATE + r")\s*[-–]\s*" + _DATE + r"\)?", r"the night of \2"),
    (r"jemma\s+" + _WORDS_DATE, r"the night of \1"),
    (r"fu[ɗd]{1,2}ii\s+" + _WD + r",?", lambda m: f"since {_day(m[1])},"),
    (r"yontere\s+[ɓb]ennunde", "last week"), (r"(?:e\s+)?yontere\s+nde", "this week"),
    (r"ñalawma\s+(?=" + _WD + r")", ""),
    (_WD + r"\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"), (_WD + r"(?=\s*\(?\s*" + _DATE + r")", "on"),
    (r"(?-i:hannde)(?=\s*\(?\s*\d)", "today"), (r"(?-i:hanki)(?=\s*\(?\s*\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"altine|talaata|alarba|alkamiisa|aljumaa|asewe|alat|hannde|hanki|jemma|yontere|ñalawma", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    (r"(?<!\w)" + _WD + r"(?!\w)", lambda m: f"on {_day(m[1])}"),  # a weekday alone, in a question with Pular words
    # follow-ups
    (r"^ñande\s+adiinde\s*\??$", "and the day before?"), (r"^jemma\s+adiingo\s*\??$", "and the night before?"),
    (r"^batu\s+ngun\s+juuti\s+minute\s+no\s+foti", "and how long was that meeting"),
    (r"^(?:hannde|today)\s+kadi,?\s+haa\s+jooni", "and today so far"),
    # what someone said
    (r"deftere\s+ko\s+hon[ɗd]un\s+" + _NAME + r"\s+wi['’]i\s+mi\s+jang", r"which book did \1 recommend"),
    (r"film\s+ko\s+hon[ɗd]un\s+" + _NAME + r"\s+wi['’]i\s+mi\s+ndaar", r"which film did \1 recommend"),
    (r"podcast\s+ko\s+hon[ɗd]un\s+" + _NAME + r"\s+hollii\s+kam", r"which podcast did \1 recommend"),
    (r"restaurant\s+ko\s+hon[ɗd]un\s+" + _NAME + r"\s+yettii(?:\s+no\s+feewi)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+wi['’]i\s+offsite\s+on\s+yahii\s+e\s+wuro\s+ko\s+hon[ɗd]un", r"where is the offsite now, according to \1"),
    (r"avion\s+" + _NAME + r"\s+ina\s+yottoo\s+honde\s+tuma", r"when does \1's flight land"),
    (r"rawaandu\s+" + _NAME + r"\s+keso,?\s+innde\s+mum\s+ko\s+moy", r"what is the name of \1's new dog"),
    (_NAME + r"\s+wi['’]i\s+launch\s+(.{2,40}?)\s+on\s+yahii\s+ñande\s+ko\s+hon[ɗd]un", r"what is the new date of the \2 launch according to \1"),
    (r"[ɓb]i[ɗd]{1,2}o\s+debbo\s+" + _NAME + r",?\s+duu[ɓb]i\s+no\s+foti(?:\s+o\s+he[ɓb]ata\s+e\s+ñande\s+jibineede\s+mum)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"ñande\s+nde\s+" + _NAME + r"\s+wi['’]i\s+(.{2,40}?),?\s*(subaka|beetawe|hiirnde)\s+mi\s+nyaami\s+ko\s+hon[ɗd]un",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day {m[1]} mentioned {m[2]}"),
    (r"ñande\s+nde\s+mi\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?\s*km),?\s*(subaka|beetawe|hiirnde)\s+mi\s+nyaami\s+ko\s+hon[ɗd]un",
     lambda m: f"what did I eat for {_MEALS[m[3].lower()]} on the day I {m[1]} {m[2]}"),
    (r"ñande\s+(.{2,60}?),\s*(lunch|dinner)\s+mi\s+nyaami\s+hoto", r"where did I have \2 on the day of the \1 meeting"),
    (r"jemma\s+caggal\s+(.{2,60}?),\s*mi\s+[ɗd]aanii\s+hours\s+no\s+foti", r"how many hours did I sleep the night after the \1 meeting"),
    (r"caggal\s+(.{2,80}?),\s*batu\s+garoowo,?\s*ko\s+moy\s+tawtorii", r"who was at the meeting right after the \1"),
    # meetings
    (r"^batu\s+(.{2,60})\s+" + _DAY + r",?\s+ko\s+moy\s+tawtorii", r"who was at the \1 meeting \2"),
    (r"^batu\s+(.{2,60})\s+" + _DAY + r"\s+juuti\s+minute\s+no\s+foti", r"how many minutes was the \1 meeting \2"),
    (r"mi\s+tawtorii\s+batuuji\s+no\s+foti", "how many meetings did I have"),
    (r"batu\s+arano\s+fu[ɗd]{1,2}ii\s+honde\s+tuma", "what time did my first meeting start"),
    (r"^(.{2,100}?)\s+juuti\s+minute\s+no\s+foti", r"how many minutes did the \1 last"),
    # meals, sleep, workouts, coffee
    (r"(subaka|beetawe|hiirnde)\s+mi\s+nyaami\s+ko\s+hon[ɗd]un", lambda m: f"what did I eat for {_MEALS[m[1].lower()]}"),
    (r"(lunch|dinner|breakfast)\s+mi\s+nyaami\s+hoto", r"where did I have \1"),
    (r"mi\s+[ɗd]aanii\s+hours\s+no\s+foti", "how many hours did I sleep"), (r"mi\s+lelii\s+honde\s+tuma", "what time did I go to bed"),
    (r"mi\s+finii\s+honde\s+tuma", "what time did I wake up"),
    (r"mi\s+[ɗd]aanii\s+no\s+mo[ƴy]{1,2}i\s+walla\s+alaa", "how well did I sleep, good or poor"),
    (r"mi\s+wa[ɗd]i\s+exercise\s+ko\s+hon[ɗd]un", "what kind of workout did I do"),
    (r"e\s+(.{2,80}?),\s*[ɓb]ernde\s+am\s+fiyii\s+no\s+foti\s+e\s+minute,?(?:\s+e\s+hakkunde)?", r"what was my average heart rate during the \1"),
    (r"mi\s+dogii\s+kilometre\s+no\s+foti", "how many km did I run"), (r"mi\s+wayli\s+velo\s+kilometre\s+no\s+foti", "how many km did I cycle"),
    (r"mi\s+yoowii\s+metre\s+no\s+foti", "how far did I swim"),
    (r"(running|cycling|swimming)\s+fof\s+(this\s+week),?\s+kilometre\s+no\s+foti", r"how many km of \1 in total \2"),
    (r"mi\s+wa[ɗd]i\s+workout\s+no\s+foti", "how many workouts did I do"),
    (r"mi\s+yari\s+kafe\s+no\s+foti", "how many coffees did I drink"),
    (r"caffeine\s+fof,?\s+mg\s+no\s+foti", "how much caffeine in mg"),
    (r"kafe\s+arano,?\s+mi\s+yari\s+honde\s+tuma", "what time was my first coffee"),
    (r"kafe\s+sakkitii[ɗd]o,?\s+mi\s+yari\s+honde\s+tuma", "what time was my last coffee"),
    # comparisons and habits
    (r"hakkunde\s+(.{2,60}?)\s+e\s+(.{2,60}?),\s*jemma\s+ko\s+hon[ɗd]un\s+mi\s+[ɓb]uri\s+[ɗd]aanaade\??\s*(?:hours\s+jemma\s+kala)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"hakkunde\s+(.{2,60}?)\s+e\s+(.{2,60}?),\s*ñande\s+ko\s+hon[ɗd]un\s+caffeine\s+[ɓb]uri\??\s*(?:mg\s+ñande\s+kala)?",
     r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"hakkunde\s+(.{2,60}?)\s+e\s+(.{2,60}?),\s*exercise\s+ko\s+hon[ɗd]un\s+[ɓb]uri\s+juutude", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+mi\s+yari\s+kafe\s+[ɓb]uri\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"so\s+mi\s+yarii\s+kafe\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+walla\s+caggal,?\s*mi\s+[ɗd]aanata\s+see[ɗd]a", r"do I sleep less after coffee at \1 or later"),
    (r"so\s+mi\s+nyaamii\s+hiirnde\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+walla\s+caggal,?\s*mi\s+[ɗd]aanata\s+see[ɗd]a", r"do I sleep less after dinner at \1 or later"),
    (r"ñalawma\s+exercise,?\s+mi\s+[ɓb]uri\s+[ɗd]aanaade\s+e\s+ñalawma\s+go[ɗd]{1,2}i", "do I sleep longer after workout days than after rest days"),
    (r"ñalawma\s+exercise\s+mi\s+[ɓb]uri\s+yarude\s+kafe\s+e\s+ñalawma\s+fooftere", "do I drink more coffee on workout days than on rest days"),
    (r"ñalawma\s+caffeine\s+yottii\s+(\d{2,4}\s*mg)\s+walla\s+[ɓb]uri,?\s*[ɗd]aanol\s+am\s+no\s+wa['’]i\s+no\s+jemmaaji\s+go[ɗd]{1,2}i",
     r"how do I sleep after days of \1 of caffeine or more compared to other nights"),
    (r"(?<=\?)\s*[^?]*\bwalla\b[^?]*\??\s*$", ""),  # "...? galle walla yaasi?": choices offered after the question
    (r"(?<=\?)\s*innde\s+(?:mayre|mum)\s*$", ""),  # "? innde mayre": the name only
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"nyaami|hon[ɗd]un|hoto|foti|honde|tuma|moy|tawtorii|batu|batuuji|[ɗd]aanii|lelii|finii|kafe|yari|"
                           r"dogii|wayli|yoowii|juuti|minute|kilometre|metre|walla|caggal|hakkunde|ñande|ñalawma|jemma|yontere|"
                           r"wi['’]i|innde|deftere|rawaandu|avion|debbo|duu[ɓb]i|hannde|hanki|altine|talaata|alarba|alkamiisa|"
                           r"aljumaa|asewe|alat|subaka|beetawe|hiirnde|adiinde|adiingo|jooni|kadi|fof", least=2)
_FOLLOW_UPS = WordTable(((r"^([^?]{2,40}?)\s+kadi\s*\?\s*$", r"and \1?"),), r"kadi", least=1)  # "Talaata 18/11 kadi?"


def from_pular(text: str) -> str:
    """``text`` with its Pular days, and the Pular phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
