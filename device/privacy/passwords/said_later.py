"""A password given further on than its cue's own words: after a later colon ("password ya akaunti ya
M-Shwari? hapana, ni ya Showmax: X"), after a question to the listener ("new password for the pharmacy app,
ready? X"), on the next line under a heading ("password\\nX"), or after a later comma as the line's last word ("the
typed password showed in the echo, X"). Only a value that can be nothing but made up counts there: the words in
between may be about anything."""

from __future__ import annotations

import re

from device.privacy.findings import PLACEHOLDER, any_of
from device.privacy.passwords.values import generated, strongly_made_up, value_at

# Later in the same sentence, what it is now: "la contraseña de Netflix cambió, ahora es X", "the wifi password changed, it's now X".
NOW_IS = re.compile(r"(?i)[^.!?\n]{0,70}?(?:\b(?:ahora|now|agora|maintenant|jetzt|adesso|sekarang|new\s+one(?:['’]s)?|the\s+new(?:\s+one)?|jadi|menjadi"
                    r"|nouveau|nueva|nuevo|neue?s?|nov[ao]|now[eay]|noe|nu|yenisi|yeni|sasa|теперь|енді|indi|ngoku|kati|amma|ಈಗ|ഇപ്പോൾ|ఇప్పుడు|હવે|ਹੁਣ|новый|нов(?:ая|ое))\b|الجديدة?|الآن|الان|اکنون|حالا"
                    r"|新しいの(?:は)?|新的是|新密码是|새\s*비번은|새로운\s*비밀번호는)"
                    r"(?:\s+(?:es|is|é|est|ist|è|adalah))?\s*[:=：]?\s*(?=\S)")
NOW_WORDS = frozenset(("now", "noe", "nu", "nå", "nou", "nun", "jetzt", "maintenant", "ahora", "agora", "adesso", "sekarang"))
NOW_IS_HINTS = any_of(("ahora", "now", "agora", "noe", " nu ", "maintenant", "jetzt", "adesso", "sekarang", "new", "jadi", "nouveau", "nuev",
                       "neu", "novo", "nova", "الجديد", "yeni", "sasa", "теперь", "нов", "新し", "新的", "新密码", "새", "енді", "indi",
                       "الآن", "الان", "اکنون", "حالا", "ngoku", "kati", "amma", "ಈಗ", "ഇപ്പോൾ", "ఇప్పుడు", "હવે", "ਹੁਣ"))
_LATER_COLON = re.compile(r"[^\n:]{1,100}?:[ \t]*")
_LATER_COMMA_END = re.compile(r"[^\n:,.?!]{1,60}?,[ \t]*(?P<value>[^\s,;]+?)[.;!]?(?:\s*$|[ \t]*\n)")
"""A clause about the password, a comma, then the last word of the line: "..., the password showed in the echo, X"."""
_LATER_IS = re.compile(r"(?i)[^\n.?!:]{1,160}?(?:\b(?:es|is|est|ist|é|è|là|adalah|är|blev|ble|blir|هي|هو)|,[ \t]+to)[ \t]+")
"""A clause about the password, then "is" (Vietnamese "là", Arabic "هي", Swedish "är", "blev" (became); Polish ", to" after a
clause put in) and the value:
only a made-up one counts there."""
_REACH = 70
"""Characters after the cue in which a made-up value may still be its value."""
_TOKEN = re.compile(r"(?<![^\s…])[^\s…]+")
_TURN = re.compile(r"\?\s|\n")
_CODE_LIKE = re.compile(r"[(){}\[\]$'\"]|^[A-Za-z_]\w{2,}=")
"""Code, not a value: a call, an index, a variable, a quoted string, an assignment ("os.environ['X']", "KEY=...")."""
_NOT_VALUE = re.compile(r"(?i)^(?:https?://|www\.)|://|@[\w-]+\.\w|^[/~.:]")


def value_said_later(text: str, position: int) -> tuple[int, int] | None:
    """The made-up value a password cue ending at ``position`` gives further on, if it gives one."""
    if (redacted := PLACEHOLDER.search(text, position, position + 200)) is not None:
        text = text[:redacted.start()]  # a value already redacted after the cue was its value: nothing past it is (idempotent)
    if (later := _LATER_COLON.match(text, position)) and (span := value_at(text, later.end())) \
            and (strongly_made_up(value := text[span[0]:span[1]]) or generated(value) and len(value) >= 12):
        return (span[0], span[1] - 1) if value.endswith(".") and text[span[1]:span[1] + 1] in ("", " ", "\n") else span  # its full stop
    if (end := _LATER_COMMA_END.match(text, position)) and strongly_made_up(end.group("value")):
        return end.span("value")
    if (copula := _LATER_IS.match(text, position)) and (span := value_at(text, copula.end())) \
            and strongly_made_up(text[span[0]:span[1]]):
        return span  # "la clave del drive donde están los cuentos ... es X"
    turn = _TURN.search(text, position, min(len(text), position + _REACH))
    if turn is None:
        return None  # only past a question to the listener or a line break
    for token in _TOKEN.finditer(text, turn.end(), min(len(text), position + _REACH)):
        if token.group(0).startswith("["):
            return None  # a value already redacted ("[secret]"): what follows is not its value
        value = token.group(0).strip("\"'“”‘’«»()[]").rstrip(".,;:!?")
        if _NOT_VALUE.search(value):
            continue
        if _CODE_LIKE.search(value):
            continue
        if generated(value):
            start = text.index(value, token.start())
            return start, start + len(value)
    return None
