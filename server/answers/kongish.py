"""Hong Kong English (Kongish) questions put into the English the rules read.

People in Hong Kong write English in Cantonese word order with Cantonese particles ("dinner eat what
ar?", "ytd i wake up what time ar?", "Owen ask me go try which restaurant ar?", "work out jor that
day, sleep longer d ga?"): the word order becomes English and the particles ("ar", "ga", "lor",
"jor", "sin") go. A question holding none of its particles is left as it is.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_CLOCK = r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?"

_RULES: tuple[tuple[str, object], ...] = (
    # what someone said, and the day they said it
    (r"(\w+)\s+ask\s+me\s+(?:go\s+)?(?:try|watch|read|listen\s+to|listen)\s+which\s+(\w+)", r"which \2 did \1 recommend"),
    (r"(\w+)\s+new\s+(dog|puppy|cat)\s+call\s+what\s+name", r"what is the name of \1's new \2"),
    (r"((?-i:[A-Z])\w+)\s+recommend\s+(.{1,40}?)\s+that\s+day\s*,?", r"on the day \1 recommended \2,"),
    # meals, sleep and times in Cantonese order
    (r"(breakfast|lunch|dinner|supper)\s+eat\s+what", r"what did I have for \1"),
    (r"(?:i\s+)?(?:wake\s+up|get\s+up)\s+what\s+time", "what time did I wake up"),
    (r"(?:i\s+)?(?:sleep|go\s+to\s+bed)\s+what\s+time", "what time did I go to bed"),
    (r"sleep\s+how\s+long", "how long did I sleep"), (r"run\s+how\s+far", "how far did I run"),
    # habits: "dinner eat after 8 pm, ...", "coffee after 3 pm then ...", "work out jor that day, ...", "workout day ..."
    (r"(dinner|supper)\s+eat\s+after", r"on days with \1 after"),
    (r"(coffee|caffeine)\s+after\s+(" + _CLOCK + r")\s+then", r"on days with \1 after \2,"),
    (r"(work\s*out|exercise|run|swim|gym)\s+jor\s+that\s+day", r"on days I \1"),
    (r"(workout|exercise|gym|run|swim)\s+day(?=\s+(?:drink|sleep|eat|have|more|less))", r"on \1 days,"),
    # particles
    (r"d(?=\s+(?:ga|ar|lor|la|wor)\b)", ""), (r"check\s+sin", ""),
    (r"ar|ga|gaa|lor|wor|wo|meh|ge|jor|lah|la|mah|sin|ho|hor", ""),
)
_TABLE = WordTable(_RULES, r"ar|ga|gaa|lor|wor|meh|jor|lah|mah|eat\s+what|what\s+time\s+ar|call\s+what\s+name", least=1)


def from_kongish(text: str) -> str:
    """``text`` in the English word order the rules read, its Cantonese particles gone."""
    return _TABLE.in_english(text)
