"""Passwords no cue word names: "the council site took moss-ledger-harbour-kite52 this time", "gate app — Wren.Tally+4417",
"a net de casa agora abre com Qv7=tRm2%Lp".

People tell a password by what it opens (a site, an app, the wifi, the bank, a login) and leave out the word for a
password. Such a value counts only when it can be nothing but made up (``values.strongly_made_up`` with a symbol, not
a name such as "Galaxy23"; three or more words joined by one mark, then digits; a word with a digit for a letter,
then digits) and a word for what it opens stands
in the same sentence, before it or just after it ("put X on the computer"); codes, paths, addresses, assignments,
handles, prompts, file and host names, network names and values found already do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.findings import any_of
from device.privacy.passwords.values import random_case, strongly_made_up

_WORDS = (
    "site", "website", "web site", "portal", "app", "login", "log in", "sign in", "sign-in", "members' area", "account",
    "wifi", "wi-fi", "internet", "router", "modem", "network", "bank", "banking", "computer", "laptop", "tablet", "netflix",
    "facebook", "email", "e-mail", "net", "pc", "smart-lock", "lock app", "banco", "celular", "wifien", "nettet", "mạng", "เน็ต",
    "ویب", "بینک", "ایپ", "انٹرنیٹ", "वेबसाइट", "ऐप", "netz", "compte", "cuenta", "conta", "trem da internet", "page",
    "drive", "classroom", "portátil", "ordenador", "computadora", "infotainment", "screen", "spreadsheet",
    "sheet", "folder", "backup", "aplicativo", "appli", "zugang", "zuegang", "zugangsdaten", "portail", "accès",
)
_OPENS_GATE = any_of(_WORDS)
_OPENS = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(word) for word in _WORDS) + r")(?![a-z])")
"""What a password opens, as a whole word ("app", not the "app" of "tapping")."""
_SENTENCE_END = re.compile(r"(?:[.?\n]|(?<!\d)!)(?:\s|$)")
"""A sentence's end (not the "!" after a digit that ends a value such as "Kx9!": a second pass reads a placeholder there)."""
_TOKEN = re.compile(r"(?<![^\s\"'“‘(,:—–])[^\s\"'”’),]{8,64}(?![^\s\"'”’),])")
_NOT_VALUE = re.compile(r"(?i)://|^www\.|@[\w-]+\.\w|^[/~\\.#@$%&*+=-]|[/\\;:|›<>{}()\[\]]|\$(?=[A-Za-z_{(])|^[a-z_][\w.-]{2,}=|^[\w.-]+@[\w.-]+[#$%>]$|^sha\d+-|(?:^|[-_])(?:2\.4|5|6)g(?:hz)?(?:[-_]|$)|"
                        r"\.(?:com|org|net|io|app|txt|pdf|jpe?g|png|csv|"
                        r"docx?|xlsx?|json|ya?ml|conf|cfg|ini|toml|zip|log|sh|py|exe|bat|cmd|ps1|msi|dll|dmg|apk|jar|deb|rpm)$|^\[|\]$")
_PASSPHRASE = re.compile(r"[a-zß-öø-ÿ]{3,}([.+_-])[a-zß-öø-ÿ]{3,}(?:\1[a-zß-öø-ÿ]{3,})+\1?\d{1,4}")
"""Three or more lower-case words (accents allowed: "garça") joined by one mark, then digits ("moss.fern.ledge14"): not a
name, a UUID or a slug."""
_LEET = re.compile(r"[A-Z][a-z]*[013457][a-z]{2,}[A-Za-z]*\d{2,4}")
"""A word with a digit for one of its letters, then digits ("Z0diacal1764", "Sp1netest1989"): made up, not a name."""
_NETWORK_BEFORE = re.compile(r"(?:wi-?fi|wlan|network|ssid|netzwerk|réseau|red)\s*[:=]\s*[\"'“]?$")
""""wifi: BT-Hub6-9QX, password ...": the network's name, not its password."""
_GLUED_IS = re.compile(r"(?:yi|ngu|ngi)-(?=[^\W\d_])")  # "manje yi-X": Nguni's "is", glued to the value
_CAPITAL_NAME = re.compile(r"[A-Z][a-z0-9]+=")
"""One word and a sign, in a text with no other sign ("ahora entra con Heron=742"): a value, not an assignment."""
_PLACEHOLDER_WORD = re.compile(r"\[[a-z_]+\]")
_AFTER_PLACEHOLDER = re.compile(r"\[[a-z_]+\]\s*$")
"""A value right after one redacted already ("-p[secret] X"): what the first pass left beside it, read again."""
_AFTER = 40
"""Characters after the value in which the word for what it opens may stand instead ("he's put X on the computer")."""
_REACH = 90
"""Characters before the value in which the word for what it opens must stand."""


def find_unlabelled_passwords(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Spans of made-up values told after what they open, with no word for a password."""
    if not _OPENS_GATE.search(lowered) or not _OPENS.search(lowered):
        return
    one_sign = text.count("=") <= 1
    for token in _TOKEN.finditer(text):
        start = token.start() + len(glued.group(0)) if (glued := _GLUED_IS.match(token.group(0))) else token.start()
        value = text[start:token.end()].rstrip(".,;:!?،")
        shown = value.split("=", 1)[1] if one_sign and _CAPITAL_NAME.match(value) else value  # "Heron=742": one value
        if _NOT_VALUE.search(shown) \
                or not ((strongly_made_up(value) and not value.isalnum()) or random_case(value) or _PASSPHRASE.fullmatch(value)
                        or _LEET.fullmatch(value)):
            continue
        if _AFTER_PLACEHOLDER.search(lowered, max(0, start - _REACH), start):
            continue
        before = _PLACEHOLDER_WORD.sub(" ", lowered[max(0, start - _REACH):start])  # "[account]" opens nothing
        ends = list(_SENTENCE_END.finditer(before))
        if ends:
            before = before[ends[-1].end():]  # the value's own sentence
        after = _PLACEHOLDER_WORD.sub(" ", _SENTENCE_END.split(lowered[start + len(value):start + len(value) + _AFTER], maxsplit=1)[0])
        if (_OPENS.search(before) or _OPENS.search(after)) and not _NETWORK_BEFORE.search(before):
            yield start, start + len(value)
