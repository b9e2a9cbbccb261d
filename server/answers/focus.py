"""What a question asks, told apart from what the person says around it.

People tell a little of their day before they ask ("My doctor says I should cut back on coffee, so
I'm keeping count. How many coffees did I have two days ago?"), and they check a guess ("I got about
seven hours the night of the 25th, right? How long was it exactly?"). What the question asks about
is in the ask; the story around it may name a day or a meal, but its "says" and "told" are no
question about something said, and a guess ("about seven hours", "in the afternoon") is what the
person wants checked, not a limit on the records. Pure functions of the text.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.?!])(?<!\.\.)\s+(?=\S)")
_ASK_AFTER = re.compile(r"^(?P<context>.*\S)\s*(?:[,;:]|\s[-–—])\s*(?:(?:but|so|and|then)\s+)?"
                        r"(?P<ask>(?:what|how|when|where|who|whom|which|at what)\b[^,;]*\??)\s*$", re.I)
_TAG = re.compile(r"(?:\s*,\s*\b(?:did I|was it)|\s*,?\s*\b(?:right|correct|didn't I|didn't it|wasn't it|wasn't I|weren't they|"
                  r"isn't it|haven't I|hadn't I|don't I|no|yes|yeah|true|am I right|is that right|wasn't that|didn't they|"
                  r"didn't he|didn't she|innit))\s*\?\s*$", re.I)
"""A tag that turns a statement into a guess to check: "..., right?", "..., didn't I?"; "was it" and "did I"
only after a comma (not "what was it?", "how many minutes was it?")."""
_GUESSES = (
    re.compile(r"\b(?:about|around|roughly|nearly|almost|approximately|maybe|like)\s+"
               r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half\s+an?)\s+"
               r"(?:hours?|hrs?|minutes?|mins?|km|kilomet\w*|miles?|mg|coffees?|cups?)(?:\s+of\s+\w+)?", re.I),
    re.compile(r"\b(?:in\s+the\s+(?:morning|afternoon|evening)|before\s+midnight|after\s+midnight)\b", re.I),
)


_ASKS = re.compile(r"^\s*(?:what|how|when|where|who|whom|which|did|do|does|was|were|is|are|at what|on|in|for|and|or)\b",
                   re.I)


def _sentences(text: str) -> list[str]:
    """The sentences of ``text`` (an ellipsis ends none), empty ones left out."""
    return [s for s in _SENTENCE.split(text.strip()) if s.strip()]


def asking_sentence(text: str) -> str:
    """The sentence that asks (the last one with a question mark), whole."""
    sentences = _sentences(text)
    asking = [s for s in sentences if "?" in s]
    return asking[-1] if asking else sentences[-1] if sentences else text


def through_ask(text: str) -> str:
    """``text`` up to the sentence that asks: what follows it ("Felt longer than a Saturday double.") is an aside."""
    sentences = _sentences(text)
    asking = [i for i, s in enumerate(sentences) if "?" in s]
    return " ".join(sentences[: asking[-1] + 1]) if asking else text


def without_asides(text: str) -> str:
    """``text`` without its exclamations ("How many meetings today? Protecting my energy!"), unless that is all it is."""
    kept = [s for s in _sentences(text) if not s.rstrip().endswith("!")]
    return " ".join(kept) if kept else text


def split_focus(text: str) -> tuple[str, str]:
    """``(ask, context)``: the sentence (or last clause) that asks, and what was said around it."""
    sentences = _sentences(text)
    if len(sentences) > 1:
        asking = [i for i, s in enumerate(sentences) if "?" in s]
        at = asking[-1] if asking else len(sentences) - 1
        return sentences[at], " ".join(s for i, s in enumerate(sentences) if i != at)
    clause = _ASK_AFTER.match(text.strip())
    if clause and len(clause["context"].split()) >= 3 and not _ASKS.match(clause["context"]):
        return clause["ask"], clause["context"]
    return text, ""


def unguess(text: str) -> str:
    """``text`` with the guesses of a checked statement taken out, when a question follows it:
    "I had my last coffee yesterday in the afternoon, right? What time exactly?" asks for the time of
    yesterday's last coffee, whenever it was."""
    sentences = _sentences(text)
    if len(sentences) < 2:
        return text
    out = []
    for i, sentence in enumerate(sentences):
        if i < len(sentences) - 1 and _TAG.search(sentence):
            sentence = _TAG.sub(".", sentence)
            for guess in _GUESSES:
                sentence = guess.sub("", sentence)
            sentence = re.sub(r"\s{2,}", " ", sentence).replace(" .", ".")
            sentence = re.sub(r"\s+(?:was|were|is|are|did|had|went)\s*\.$", ".", sentence)  # "The run on the 22nd was."
        out.append(sentence)
    return " ".join(out)


_COMPARED_FRAGMENT = re.compile(r"^\s*(?:(?:and|but|so)\s+)?(?:was\s+it\s+|is\s+that\s+)?(?:higher|lower|more|less|better|worse|"
                                r"faster|slower|longer|shorter|bigger|smaller|further|farther)\s+than\b[^?]*\?\s*$", re.I)
_NO_ASK_FRAGMENT = re.compile(r"^(?!\s*(?:what|how|when|where|who|whom|which|why|did|do|does|was|were|is|are|am|and|or|but|"
                              r"at|on|in|for|from|since|can|could|would|should|will|has|have|had|same|any)\b)[^?]{1,60}\?\s*$",
                              re.I)


def trailing_aside(text: str) -> tuple[str, str]:
    """``(question, tail)``: a closing fragment after a whole question is split off ("Higher than in a
    time scramble?", "Home fixture or away?", a remark: "Probably higher than after an espresso.";
    ``tail`` empty when there is none); the caller decides whether it names anything the records hold
    (a day, a kind) or is only an aside."""
    sentences = _sentences(text)
    if len(sentences) >= 2 and (_COMPARED_FRAGMENT.match(sentences[-1]) or _NO_ASK_FRAGMENT.match(sentences[-1])) \
            and "?" in sentences[-2] and _ASKS.match(sentences[-2]):
        return " ".join(sentences[:-1]), sentences[-1]
    if len(sentences) >= 2 and "?" not in sentences[-1] and sentences[-2].rstrip().endswith("?"):
        return " ".join(sentences[:-1]), sentences[-1]  # a remark after the question ("I want it for a pup cup.")
    return text, ""


_REMARK = re.compile(r"^\s*(?:it|that|this|i|i'm|i’m|don't|don’t|felt|so|lol|haha|ugh|honestly|seriously|wow)\b", re.I)
_ABOUT_THEM = re.compile(r"^\s*(?:they|he|she)\s+(?!(?:said|say|says|told|tell|tells|mentioned|recommended|suggested)\b)[a-z]+", re.I)


def remarks_only(tail: str, window_named: bool) -> bool:
    """Whether ``tail``, a sentence after a follow-up, only remarks on it ("it felt like it ate the whole afternoon",
    "don't judge me"; a day named there is what is asked) or on the person it names ("They came by the farm last month":
    when they came, not the day asked about)."""
    return "?" not in tail and (bool(_REMARK.match(tail)) and not window_named or bool(_ABOUT_THEM.match(tail)))
