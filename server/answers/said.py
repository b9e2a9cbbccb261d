"""What someone said: the utterances that match a question's topic, found by shared content words.

A question and the utterance that answers it rarely share their words ("when does the plane land?"
against "My flight lands at 20:05"), so words are compared by stem and by topic: "plane", "flight"
and "landing" are one topic. Distractors by the same speaker about another topic share none.
"""

from __future__ import annotations

import re
from datetime import tzinfo

from server.answers.render import day_name, hm
from shared.observation import Observation

STOP = {"what", "did", "the", "a", "an", "to", "me", "my", "i", "about", "say", "said", "tell", "told", "was", "is",
        "of", "for", "on", "in", "at", "recommend", "recommended", "mention", "mentioned", "which", "who", "when",
        "that", "he", "she", "they", "you", "do", "does", "and", "suggest", "suggested", "with", "should", "would",
        "could", "think", "according", "like", "liked", "says", "one", "thing", "something", "it", "its", "it's",
        "what's", "called", "recently", "got", "get", "had", "have", "has", "were", "are", "will", "be", "been",
        "per", "remind", "name", "how", "where", "this", "that", "there", "their", "them", "his", "her", "him",
        "up", "coming", "now", "new", "again", "some", "any", "from", "into", "time", "bring", "brought", "raving",
        "tip", "him", "someone", "somebody", "us", "we", "our", "can", "could", "did", "does", "done", "just",
        "really", "mentioning", "suggesting", "telling", "saying", "talked", "talk", "about", "which", "whose",
        "rec", "recs", "recommendation", "recommendations"}
TOPICS = {
    "book": ("book", "books", "novel", "novels", "read", "reading", "author"),
    "film": ("film", "films", "movie", "movies", "watch", "watching", "cinema", "flick", "picture", "pictures"),
    "podcast": ("podcast", "podcasts", "listen", "listening", "episode", "episodes"),
    "restaurant": ("restaurant", "restaurants", "resto", "restos", "try", "eat", "eating", "dinner", "lunch", "food",
                   "place", "spot",
                   "dumplings"),
    "flight": ("flight", "flights", "plane", "land", "lands", "landing", "arrive", "arrives",
               "arriving", "arrival"),
    "pet": ("dog", "dogs", "puppy", "pup", "pooch", "doggo", "hound", "pet", "adopt", "adopted", "adopting", "naming", "named"),
    "birthday": ("daughter", "birthday", "turn", "turns", "turning", "old", "age"),
    "launch": ("launch", "launching", "launches", "slip", "slipped", "slips", "ship", "shipping", "release"),
    "offsite": ("offsite", "off-site", "venue", "location", "city", "retreat"),
}
_TOPIC_OF = {word: topic for topic, words in TOPICS.items() for word in words}
_PHRASES = re.compile(r"\b(?:get(?:s|ting)? in|com(?:e|es|ing) in(?= (?:at|to|into) (?-i:[A-Z]))|touch(?:es|ed)? down)\b", re.I)
_PHRASE_WORD = {"get": "arrive", "com": "arrive", "tou": "land"}
"""Phrases that mean one topic word ("what time does Ana get in", "... come in at Ndjili": a flight arriving)."""
_AGAINST = re.compile(r"\b(almost|gave up|too slow|terrible|awful|fell through|not|never|didn't|don't|won't|"
                      r"cancel\w*|skip|avoid|hated?|boring)\b", re.I)
"""Words that turn an utterance against its topic ("I gave up on Circe"): it is not the recommendation."""


_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )(?-i:[A-Z][a-z]+)\b")
"""A capitalised word after a lower-case one: a name or a title."""
_POSSESSIVE = re.compile(r"['’]s?$")
""""the dog's name": the dog."""


def _stem(word: str) -> str:
    if word in _TOPIC_OF:
        return "#" + _TOPIC_OF[word]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> set[str]:
    """The content words of ``text`` (lower case, no stop words, longer than two letters)."""
    words = (_POSSESSIVE.sub("", w) for w in re.findall(r"[a-z0-9'’]+", text.lower()))
    return {w for w in words if w not in STOP and len(w) > 2}


def content(text: str) -> set[str]:
    """The content words of ``text`` by stem and topic ("plane" and "flight" are both ``#flight``); a topic word with a
    capital inside a sentence is a title ("If you haven't seen Arrival yet"), not its topic."""
    text = _PHRASES.sub(lambda m: _PHRASE_WORD[m.group(0).lower().split()[0][:3]], text)
    titles = {m.group(0).lower() for m in _MID_CAPITAL.finditer(text)}
    return {w if w in titles and w in _TOPIC_OF else _stem(w) for w in tokens(text)}


def speaks_against(text: str) -> bool:
    """Whether an utterance turns against its topic ("I gave up on Circe, too slow for me")."""
    return _AGAINST.search(text) is not None


def quote(observation: Observation, tz: tzinfo) -> str:
    """An utterance as evidence: speaker, day, time and the words in quotes."""
    data = observation.data or {}
    who = data.get("speaker") or observation.sensor
    text = str(data.get("text") or data.get("title") or "").strip()
    return f'{who}, {day_name(observation.start, tz)} {hm(observation.start, tz)}: "{text}"'


_VERBS = frozenset("""
read reading watch watching listen listening try eat eating land lands arrive arrives arriving adopt adopted adopting
naming named turn turns turning slip slipped slips ship shipping
""".split())
"""Topic words that are verbs: "Grace named a book ..." asks about a book, not a name."""
_GENERIC = frozenset({"place", "spot", "location"})
"""Topic words that name any kind of place: another topic word in the question says which."""
_WHICH = re.compile(r"\b(?:which|what)(?:'s|’s|\s+is|\s+was)?\s+(?:the\s+|that\s+)?([a-z]+)")


def asked_topic(question: str) -> str | None:
    """The topic a question asks about ("#book"): the noun after "which"/"what", else the first topic
    noun, else the first topic verb."""
    lowered = question.lower()
    words = [_POSSESSIVE.sub("", w) for w in re.findall(r"[a-z0-9'’]+", lowered)]
    # "which place did the offsite move to": a place of the offsite, not a restaurant
    generic_only = not any(_stem(w).startswith("#") for w in words if w not in _GENERIC)
    words = [w for w in words if generic_only or w not in _GENERIC]
    which = [_stem(w) for w in _WHICH.findall(lowered) if generic_only or w not in _GENERIC]
    nouns = [_stem(w) for w in words if w not in _VERBS]
    return next((w for w in which + nouns + [_stem(w) for w in words] if w.startswith("#")), None)


def best_said(topic: str, speaker: str | None, rows: list[Observation], most: int = 2) -> list[Observation]:
    """The utterances in ``rows`` that share the most content with ``topic`` (newest first among
    equals); none when no utterance shares any. A topic word counts twice: it names what was said;
    an utterance against its topic ("too slow for me", "fell through") loses one."""
    words = content(topic) - content(speaker or "")
    asking = [sentence for sentence in re.split(r"(?<=[.!?])\s+", topic) if "?" in sentence]
    # the sentence that asks names the topic first ("I want to book a table. Where was it that Noor told us to eat?"),
    # by a word of its own, not a generic one ("To which place?" after "the offsite has been shifted")
    own = asking and any(_stem(_POSSESSIVE.sub("", w)).startswith("#") for w in re.findall(r"[a-z0-9'’]+", asking[-1].lower())
                         if w not in _GENERIC)
    asked = asked_topic(asking[-1] if own else topic)
    topics = {asked} if asked else set()  # "the podcast Grace said I should have on during the dog watch": a podcast
    scored = []
    for o in rows:
        shared = words & content(str((o.data or {}).get("text", "")))
        if topics and not topics & shared:
            continue  # the question names what it is about (a dog, a film): an utterance about none of it is no answer
        score = len(shared) + sum(1 for w in shared if w.startswith("#"))
        if score > 0 and speaks_against(str((o.data or {}).get("text", ""))):
            score -= 1.5
        if score > 0:
            scored.append((score, o.start, o))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [o for score, _, o in scored[:most] if score == scored[0][0]]
