"""Fijian (iTaukei) in an English question, put into English.

People in Fiji switch between Fijian and English inside a sentence: "e vica na km au a cici yesterday?", "o cei era a
tiko ena meeting Team retro?", "au a yadra ena vica today?". The words that carry what is asked (weeks, nights, meals,
coffee, sleep, workouts, meetings, question words, more/less, "or", the day named by what happened, habits, what
someone said) become English; the particles that only hold the sentence together ("e", "a" of the past, "na" the)
go, and the remarks after a question ("au sega ni nanuma", I don't remember) become plain English remarks or go.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEAL = {"katalau": "breakfast", "vakasigalevu": "lunch", "vakayakavi": "dinner"}
_MEALS = r"(katalau|vakasigalevu|vakayakavi)"

_RULES: tuple[tuple[str, object], ...] = (
    # remarks after the question: plain English, or nothing where they only offer choices
    (r"au\s+sega\s+ni\s+nanuma", "I can't recall"), (r"au\s+(?:se|sa)\s+oca(?:\s+tiko|\s+sara)?", "worn out"),
    (r"au\s+sa\s+guilecava(?:\s+na\s+\w+)?", "forgot it"),
    (r"e\s+office\s+se\s+e\s+tautuba\s*\?|cici,\s+qalo\s+se\s+cava\s+tale\s*\?|mita\s+se\s+km\s*\?|"
     r"vakamataka\s+se\s+berabera\s*\?|meu\s+lai\s+taura\s+mai[^?]*$|meu\s+rogoca[^?]*$", ""),
    # what someone said: "na flight i X e na sobu ena vica na kaloko" (when X's flight lands), "e na yabaki vica" (how old
    # will she be), "cava na book a vakatura mai o X" (which book X recommended), "na koli vou i X, cava na yacana" (the
    # name of X's new dog)
    (r"na\s+flight\s+i\s+" + _NAME + r"\s+e\s+na\s+sobu\s+ena\s+vica(?:\s+na\s+kaloko)?", r"what time does \1's flight land"),
    (r"" + _NAME + r"(['’]s\s+daughter)\s+e\s+na\s+yabaki\s+vica(?:\s+ena\s+nona\s+(?:bday|birthday|siga\s+ni\s+sucu))?",
     r"how old will \1\2 be on her birthday"),
    (r"cava\s+na\s+(book|podcast|film|movie|restaurant)\s+a\s+vakatura\s+mai\s+o\s+" + _NAME,
     r"which \1 did \2 recommend"),
    (r"na\s+koli\s+vou\s+i\s+" + _NAME + r",?\s+cava\s+na\s+yacana", r"what is the name of \1's new dog"),
    (r"^vakacava\s+o\s+" + _NAME, r"and \1"), (r"^ia\s+na\s+siga\s+e\s+liu", "and the day before"),
    (r"^ia\s+na\s+bogi\s+e\s+liu", "and the night before"), (r"^ia\s+nikua\s+me\s+yacova\s+mai\s+qo", "and today so far"),
    (r"^ia\s+na\s+meeting\s+ya\s+e\s+dede\s+vakacava", "and how long was that meeting"), (r"^ia(?=\s)", "and"),
    # a day named by what happened: "ena siga e a mention kina o X na Y" (on the day X mentioned Y)
    (r"ena\s+siga\s+e\s+a\s+(mention|talk\s+about|recommend)\s+kina\s+o\s+" + _NAME + r"\s+na\s+([^,?]{2,60})",
     r"on the day \2 \1ed \3"),
    # habits: "ena siga niu gunuva e 300 mg caffeine se sivia" (on days I drink 300 mg or more), "ena siga niu workout"
    # (on workout days), "niu gunu kofi ni oti na 3 pm" (when I drink coffee after 3 pm), "e vakacava na noqu moce" (how
    # is my sleep), "e lailai cake na noqu moce" (is my sleep shorter)
    (r"ena\s+siga\s+niu\s+gunuva\s+e\s+(\d+)\s*mg\s+(?:caffeine|kafeini)\s+se\s+sivia", r"on days with \1 mg of caffeine or more"),
    (r"ena\s+siga\s+niu\s+(?:workout|vakatotolo|vakacaucau)", "on workout days"),
    (r"niu\s+gunu\s+kofi\s+ni\s+oti\s+na\s+" + _CLOCK, r"on days I drink coffee at \1 or after"),
    (r"niu\s+kana\s+vakayakavi\s+ni\s+oti\s+na\s+" + _CLOCK, r"when dinner starts at \1 or later"),
    (r"e\s+vakacava\s+na\s+noqu\s+moce", "how do I sleep"), (r"e\s+lailai\s+cake\s+na\s+noqu\s+moce", "do I sleep less"),
    (r"e\s+levu\s+cake\s+na\s+noqu\s+moce", "do I sleep more"), (r"au\s+gunuva\s+e\s+levu\s+cake\s+na\s+kofi\s*(?=\?)",
                                                                 "do I drink more coffee"),
    # comparisons
    (r"ena\s+siga\s+cava\s+e\s+levu\s+cake\s+na\s+(caffeine|kofi)", lambda m: "which day had more " + (
        "caffeine" if m[1].lower() == "caffeine" else "coffee")),
    (r"^levu\s+cake\s+na\s+noqu\s+moce", "did I sleep more"), (r"na\s+workout\s+cava\s+e\s+dede\s+cake", "which workout was longer"),
    (r"na\s+macawa\s+qo\s+au\s+gunuva\s+e\s+levu\s+cake\s+na\s+kofi\s+se\s+lailai\s+cake\s+mai\s+na\s+macawa\s+sa\s+oti",
     "did I drink more or less coffee this week than last week"),
    # weeks and days
    (r"na\s+macawa\s+qo", "this week"), (r"na\s+macawa\s+sa\s+oti", "last week"), (r"nikua", "today"), (r"nanoa", "yesterday"),
    # what is asked
    (r"e\s+vica\s+na\s+km\s+au\s+a\s+cici", "how many km did I run"),
    (r"e\s+vica\s+na\s+km\s+au\s+a\s+vodo\s+basikeli", "how many km did I cycle"),
    (r"e\s+vakacava\s+na\s+yawa\s+au\s+a\s+qalo", "how far did I swim"), (r"e\s+vakacava\s+na\s+yawa", "how far"),
    (r"e\s+vica\s+na\s+aua\s+au\s+a\s+moce", "how many hours did I sleep"),
    (r"e\s+vica\s+na\s+bilo\s+kofi\s+au\s+a\s+gunuva", "how many cups of coffee did I drink"),
    (r"e\s+vica\s+na\s+meeting\s+au\s+a\s+tiko\s+kina", "how many meetings did I attend"),
    (r"o\s+cei\s+era\s+a\s+tiko\s+ena\s+meeting", "who was at the meeting"), (r"o\s+cei", "who"),
    (r"au\s+a\s+lako\s+i\s+moce\s+ena\s+vica(?:\s+na\s+kaloko)?", "what time did I go to bed"),
    (r"au\s+a\s+yadra\s+ena\s+vica(?:\s+na\s+kaloko)?", "what time did I wake up"),
    (r"au\s+a\s+gunuva\s+na\s+(imatai|iotioti)\s+ni\s+kofi\s+ena\s+vica(?:\s+na\s+kaloko)?",
     lambda m: "what time did I drink the " + ("first" if m[1].lower() == "imatai" else "last") + " coffee"),
    (r"ena\s+vica\s+na\s+kaloko\s+na\s+(imatai|iotioti)\s+ni\s+kofi",
     lambda m: "what time was the " + ("first" if m[1].lower() == "imatai" else "last") + " coffee"),
    (r"cava\s+na\s+workout\s+au\s+a\s+cakava", "which workout did I do"),
    (r"cava\s+au\s+kania\s+ena\s+" + _MEALS, lambda m: "what did I eat for " + _MEAL[m[1].lower()]),
    (r"cava\s+na\s+kequ\s+" + _MEALS, lambda m: "what did I have for " + _MEAL[m[1].lower()]),
    (r"e\s+vei\s+au\s+a\s+kana\s+kina\s+na\s+" + _MEALS, lambda m: "where did I have " + _MEAL[m[1].lower()]),
    (r"au\s+a\s+kana\s+" + _MEALS + r"\s+e\s+vei", lambda m: "where did I have " + _MEAL[m[1].lower()]),
    (r"ena\s+noqu\s+(.{2,80}?),\s+e\s+vica\s+na\s+(avg|average)\s+heart\s+rate", r"what was the average heart rate on my \1"),
    (r"na\s+meeting\s+(.{2,80}?)\s+e\s+dede\s+vakacava", r"how long was the meeting \1"),
    (r"na\s+noqu\s+(.{2,80}?),?\s+e\s+dede\s+vakacava", r"how long was my \1"),
    (r"e\s+dede\s+vakacava", "how long was it"), (r"e\s+vica", "how many"), (r"ena\s+vica(?:\s+na\s+kaloko)?", "at what time"),
    (r"e\s+vei", "where"), (r"cava", "what"),
    # more, less, or; things; particles
    (r"levu\s+cake", "more"), (r"lailai\s+cake", "less"), (r"dede\s+cake", "longer"), (r"(?<=\s)se(?=\s)", "or"),
    (r"kofi", "coffee"), (r"vakasigalevu", "lunch"), (r"vakayakavi", "dinner"), (r"katalau", "breakfast"), (r"moce", "sleep"),
    (r"noqu|kequ", "my"), (r"(?<=\s)(?:e|na)(?=\s)", ""),
)
_TABLE = WordTable(_RULES, r"e\s+vica|vakacava|cava|o\s+cei|au\s+a|cici|qalo|moce|gunuva|vakasigalevu|vakayakavi|katalau|"
                           r"macawa|levu\s+cake|lailai\s+cake|e\s+dede|yadra|kaloko|noqu|kequ|nikua|yacova|vakatura|yacana|"
                           r"koli|yabaki|sobu|nanuma|vodo|basikeli|yawa|(?<=\s)o(?=\s+(?-i:[A-Z]))|tiko|ena|siga|niu|gunu|kania|^ia(?=\s)|oca")


def from_fijian(text: str) -> str:
    """``text`` with its Fijian words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
