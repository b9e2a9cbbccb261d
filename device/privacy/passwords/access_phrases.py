"""Passwords given as what a thing is got into with, in more turns of phrase: a projector or a kiosk that "uses" a made-up
value, Spanish "el acceso a X es Y" (Portuguese "o acesso a X é Y"), "the code to log in is X" ("le code pour s'y connecter
est X"), an inbox or an account that "now opens with" a value, a device named right before one ("bracket laptop X, ...") or
before a colon ("club iPad for the handicaps: X"), a command's "--new" value where it sets a password, "entras con X", an access
changed and "the new one" ("troquei o acesso ..., o novo: X"), a device that "unlocks with" a value, Japanese "「X」で入れます",
Turkish "X ile giriliyor", Hindi "X se khulta hai", a script that sets a password given its value ("passwd.sh X"), a login
"which is X", French "se connecter ... avec X", German "mit X kommst du rein", Tagalog "gamitin mo ang X", what a thing opens
with in Portuguese, Afrikaans, Dutch, German, Norwegian and French, a shared folder that "says" a value, a league that
"lives behind" one, an unlock phrase, an app changed to a value, a device where it stands before a colon and a PIN for a
thing "ist" its digits. Only a value that looks made up counts: the words around
it may be about anything."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from device.privacy.findings import any_of
from device.privacy.passwords.values import generated, made_up, password_shaped, strongly_made_up, symbol_rich

_USES = re.compile(r"(?i)\b(?:projector|screen|kiosk|laptop|pc|tablet|computer|ipad|scoreboard|till|terminal)\b[^.\n]{0,60}?"
                   r"\buses\s+(?P<v>[^\s,;]+)")
_ACCESS_IS = re.compile(r"(?i)\b(?:el|o)\s+(?:acceso|acesso)\s+(?:a|al|à|ao|de|del|da|do)\b[^.\n]{0,80}?\s(?:es|era|é)\s+(?P<v>[^\s,;]+)")
_CODE_TO_LOG_IN = re.compile(r"(?i)\b(?:code|c[óo]digo|codice)\s+(?:pour\s+(?:s['’]y\s+|se\s+)?connecter|to\s+(?:log|sign)\s*(?:in|on)"
                             r"|para\s+(?:entrar|acceder|conectarse)|per\s+(?:entrare|accedere))\s+(?:est|c['’]est|is|es|è)\s+(?P<v>[^\s,;]+)")
_OPENS_NOW = re.compile(r"(?i)\b(?:inbox|mailbox|account|e-?mail|g-?mail|hotmail|outlook|yahoo|proton\s?mail|icloud|webmail)\b[^.\n]{0,60}?"
                        r"\bopens\s+with\s+(?P<v>[^\s,;]+)")
_DEVICE_THEN_VALUE = re.compile(r"(?i)\b(?:laptop|pc|tablet|ipad|computer|kiosk)\s+(?P<v>[^\s,;]+)(?=[,;]|\s*$)")
"""A device, then its password and a comma, with no word between: "bracket laptop Twostrike1529, don't touch ..." (not a
maker's model: "laptop Dell7490,")."""
_MAKERS = re.compile(r"(?i)(?:dell|hp|lenovo|asus|acer|apple|mac|msi|surface|thinkpad|ideapad|zenbook|vivobook|chromebook|galaxy|pixel|"
                     r"ipad|iphone|xps|latitude|inspiron|pavilion|elitebook|yoga|legion|predator|aspire|swift|spectre|envy|rog|tuf)")
_NEW_OPTION = re.compile(r"(?i)\b[\w:-]*(?:set-password|passwd|change-password|reset-password)[\w:-]*\b[^\n|;&]*?\s--new(?:-password)?[= ]"
                         r"['\"]?(?P<v>[^\s'\"]+)")
"""A command that sets a password, its new value after "--new" ("partdb:users:set-password --new='X' user")."""
_DEVICE_COLON = re.compile(r"(?i)\b(?:ipad|tablet|laptop|pc|computer|kiosk)\s+for\s+(?:the\s+)?[^:\n]{2,40}:[ \t]*(?P<v>[^\s,;]+)")
"""A device, what it is for, a colon and its password ("club iPad for the handicaps: X, ...")."""
_GET_IN_WITH = re.compile(r"(?i)\b(?:entras|entra|entrar|se\s+entra|accedes|ingresas|entras\s+a\s+ella)(?:\s+(?:en|a|al)\s+[^.\n,;]{1,50}?)?"
                          r"\s+con\s+(?P<v>[^\s,;]+)|\bse\s+connect(?:e|ent|ez)\b[^.\n,;]{0,50}?\savec\s+(?P<w>[^\s,;]+)")
"""Spanish "entras con X", "entra en la web del club con X" (you get in with X); French "se connectent au planning avec X"."""
_LOGIN_IS = re.compile(r"(?i)\blog-?in,\s+(?:which\s+is\s+)?(?P<v>[^\s,;]+)")
"""A login named, then the made-up value that is it: "has a new login, X, tell the juniors", "the registrar login, which is X"."""
_WITH_IT_ELSEWHERE = re.compile(r"(?i)\bmit\s+(?P<v>[^\s,;]+)\s+(?:kommst|kommt|kommen|gelangst|gelangt)\s+(?:du|ihr|man|sie)\b"
                                r"|\b(?:wlan|wifi|wi-fi|passwort|kennwort|zugang)\b[^.\n]{0,60}?\bauf\s+(?P<w>[^\s,;]+)\s+(?:geändert|umgestellt|gesetzt)"
                                r"|\bgamitin\s+(?:mo|ninyo|nyo)\s+ang\s+(?P<x>[^\s,;]+)")
"""German "mit X kommst du ... rein" (with X you get in), "das WLAN ... auf X geändert" (the wifi changed to X); Tagalog
"gamitin mo ang X" (use X)."""
_CHANGED_THEN_NEW = re.compile(r"(?i)\b(?:troquei|mudei|alterei|cambi[ée]|changed|reset|swapped|rotated)\s+(?:(?:o|a|el|la|the|my|our)\s+)?"
                               r"(?:acesso|senha|acceso|login|access)\b[^\n]{0,120}?\b(?:o\s+novo|a\s+nova|el\s+nuevo|la\s+nueva|the\s+new\s+one)"
                               r"\s*(?:é|es|is)?\s*:?\s+(?P<v>[^\s,;]+)")
"""An access changed, then "the new one" a clause on: "Troquei o acesso do Instagram ..., anota aí o novo: X"."""
_UNLOCKS_WITH = re.compile(r"(?i)(?:\b(?:unlocks?|wake\s+it|unlock\s+it)(?:\s+up)?\s+with|\bsi\s+sblocca\s+con|\bse\s+desbloquea\s+con"
                           r"|\bse\s+d[ée]verrouille\s+avec|\bl[åa]ses?\s+(?:opp|upp|op)\s+med|\bentsperrt\s+(?:sich\s+)?mit"
                           r"|(?:rechner|computer|laptop|tablet|pc)\b[^.\n]{0,60}?\bstartet\s+(?:jetzt\s+|nun\s+)?mit)\s+(?P<v>[^\s,;]+)")
"""A device that "unlocks with" a made-up value (Italian "si sblocca con", Norwegian "låses opp med", ...), a console to "wake it
with" one, a German computer that "startet jetzt mit" one."""
_GET_IN_WITH_ELSEWHERE = re.compile(r"「(?P<v>[^」\s]{6,64})」\s*で\s*(?:入れ|ログイン|入れます|開け|開き)|(?P<w>[^\s,;]+)\s+ile\s+(?:giriliyor|girilir|giriş\s+yapılıyor|açılıyor)")
"""Japanese "「X」で入れます" (one gets in with X), Turkish "X ile giriliyor" (one enters with X)."""
_OPENS_WITH_HI = re.compile(r"(?i)(?<!\S)(?P<v>[^\s,;]+)\s+se\s+(?:khul(?:ta|ti|te|ega|egi|enge)|unlock\s+ho(?:ta|ti|te|ga|gi))\b")
"""Hindi in Latin letters: "register X se khulta hai" (the register opens with X)."""
_ACCESS_COLON = re.compile(r"(?i)(?:\b[\w.]+-(?:toegang|zugang)|(?-i:\b[A-Z][\w.]+)\s+(?:toegang|zugang|access|acceso|acesso|accès))"
                           r"\s*:\s*(?P<v>[^\s,;]{10,})")
"""A service's access and a colon, then a made-up value: Dutch "Dropbox-toegang: X", "Dropbox access: X" (not "Access: ...")."""
_PASSWORD_SCRIPT = re.compile(r"(?:^|[\s/])(?:passwd|set-?password|change-?password|reset-?password)(?:\.sh|\.py)\s+['\"]?(?P<v>[^\s'\";&|]+)")
"""A script that sets a password, given the value as its argument: "./bin/passwd.sh X"."""
_OPENS_WITH_VALUE = re.compile(r"(?i)(?:\b(?:abre|abrem|abria)\s+com|\bmaak\s+oop\s+met|\bopent\s+met|\böffne(?:st|t|n)?\s+"
                               r"(?:du\s+|ihr\s+|man\s+)?mit|\binnlogging\s+med|\binloggning\s+med|\bse\s+fait\s+[^.\n,;]{0,40}?\savec)"
                               r"\s+(?P<v>[^\s,;]+)")
"""What a thing opens with, in other languages: Portuguese "abre com X", Afrikaans "maak oop met X", Dutch "opent met X",
German "öffnest du mit X", Norwegian "innlogging med X", French "l'inscription se fait sur le site avec X"."""
_SHARED_THING_IS = re.compile(r"(?i)\b(?:shared|team|club|group)\s+(?:[\w'’-]+\s+){0,2}?(?:folder|drive|inbox|calendar|chat|account|login|"
                              r"laptop|tablet|spreadsheet|sheet|mailbox|album)(?:['’]s\s+backup)?\b[^.\n]{0,50}?\b(?:says|is|it['’]s|reads)"
                              r"\s+(?P<v>[^\s,;]+)")
"""A shared thing and the value it "is" or "says": "the judges' shared folder says X", "the team chat's backup is X"."""
_BEHIND = re.compile(r"(?i)\b(?:lives|is|sits|stays|now)\s+behind\s+(?P<v>[^\s,;]+)")
"""What something is kept behind: "the league lives behind X now", "the calendar is behind X"."""
_PHRASE_IS = re.compile(r"(?i)\b(?:unlock|access|entry|login|sign-?in)\s+(?:phrase|word|key)\s+is\s+(?P<v>[^\s,;]+)")
"""An unlock phrase named: "the unlock phrase is X"."""
_CHANGED_TO = re.compile(r"(?i)\bchanged\s+(?:the\s+|our\s+|my\s+)?[^.\n]{0,60}?\b(?:app|login|account|laptop|tablet|phone|inbox|"
                         r"drive|folder)\s+to\s+(?P<v>[^\s,;]+)")
"""A login changed to a made-up value: "changed the grove media team's camera app to X"."""
_DEVICE_AT_COLON = re.compile(r"(?i)\b(?:ipad|tablet|laptop|pc|computer|kiosk)\s+(?:at|in|by|near)\s+[^:\n]{2,40}:[ \t]*(?P<v>[^\s,;]+)")
"""A device, where it stands, a colon and its password ("sign-in laptop at the reservoir: X")."""
_PIN_FOR_IS = re.compile(r"(?i)\b(?:pin|code)\s+(?:für|fuer|for|pour|per|para|voor)\s+[^.\n,;:]{1,60}?\s(?:ist|is|est|è|es|é|er)\s+(?P<v>\d{4,8})\b"
                         r"(?![.,:/-]\d)")
"""A PIN for a thing, then its digits: "Die PIN für den Geräteschuppen am Deich ist 307019"."""
_HINTS = any_of(("behind", "shared", "team", "club", "group", "phrase", "changed", "abre", "oop met", "opent", "öffne", "innlogging", "inloggning", "avec", "pin", "code", "password", "passwd", "entra", "mit ", " auf ", "gamitin", "connect", "accedes", "ingresas", "laptop", "pc", "tablet", "ipad", "computer", "kiosk", "uses", "acceso", "acesso", "connecter", "log in", "login", "sign in", "entrar", "acceder", "conectarse", "accedere",
                 "opens with", "toegang", "zugang", "accès", "access", "unlock", "wake it", "sblocca", "desbloquea", "verrouille", "låses", "lases", "entsperrt", "startet", "で入れ", "でログイン", " ile ", "passwd", "password.", " se khul", " se unlock"))


_WEB = re.compile(r"@|://|^www\.|\.(?:com|org|net|edu|gov|io|co|de|fr|nl|uk|br|au|nz|ie|za|ng|ke|in|jp|ph|ca|us|app|dev)$", re.I)
"""An address or a host, not a password."""


def _keyish(value: str) -> bool:
    """A random key of ten or more letters in both cases with "=", "+" or "/" among them ("KYJ=WMLWzAV=fw")."""
    return len(value) >= 10 and bool(re.search(r"[=+/]", value) and re.search(r"[A-Z]", value) and re.search(r"[a-z]", value))


_DEVICES = ("laptop", "pc", "tablet", "ipad", "computer", "kiosk")
_READINGS: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (_USES, lambda v: strongly_made_up(v) or symbol_rich(v)), (_ACCESS_IS, strongly_made_up),
    (_CODE_TO_LOG_IN, lambda v: password_shaped(v) and (generated(v) or made_up(v))),
    (_OPENS_NOW, strongly_made_up),
    (_DEVICE_THEN_VALUE, lambda v: strongly_made_up(v) and not _MAKERS.match(v)),
    (_DEVICE_COLON, lambda v: strongly_made_up(v) and not _MAKERS.match(v) and "=" not in v and not re.search(r"\.[A-Za-z]{2,4}$", v)),
    (_NEW_OPTION, password_shaped), (_GET_IN_WITH, lambda v: strongly_made_up(v) or generated(v) and made_up(v)), (_CHANGED_THEN_NEW, strongly_made_up),
    (_LOGIN_IS, strongly_made_up), (_WITH_IT_ELSEWHERE, lambda v: strongly_made_up(v) or generated(v) and made_up(v)),
    (_UNLOCKS_WITH, lambda v: generated(v) and not v.startswith(("http", "www."))),
    (_GET_IN_WITH_ELSEWHERE, lambda v: generated(v) or strongly_made_up(v)), (_PASSWORD_SCRIPT, strongly_made_up),
    (_OPENS_WITH_HI, lambda v: generated(v) or strongly_made_up(v)),
    (_ACCESS_COLON, lambda v: generated(v) and made_up(v) and "@" not in v and "://" not in v and not v.startswith("www.")),
    (_OPENS_WITH_VALUE, lambda v: strongly_made_up(v) or generated(v) and made_up(v) and "@" not in v and "://" not in v
     or _keyish(v)),
    (_SHARED_THING_IS, strongly_made_up), (_BEHIND, lambda v: strongly_made_up(v) or generated(v) and made_up(v) and not _WEB.search(v)), (_PHRASE_IS, lambda v: strongly_made_up(v) or generated(v)),
    (_CHANGED_TO, strongly_made_up), (_DEVICE_AT_COLON, lambda v: strongly_made_up(v) and not _MAKERS.match(v) and "=" not in v),
    (_PIN_FOR_IS, lambda v: True))
"""Each phrase and what a value after it must look like, in the order they are tried."""
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _USES: ("uses",), _ACCESS_IS: ("acceso", "acesso"), _CODE_TO_LOG_IN: ("code", "códig", "codig", "codice"), _OPENS_NOW: ("opens",),
    _DEVICE_THEN_VALUE: _DEVICES, _DEVICE_COLON: _DEVICES, _NEW_OPTION: ("--new",), _GET_IN_WITH: ("entra", "accedes", "ingresas", "connect"),
    _LOGIN_IS: ("login,", "log-in,"), _WITH_IT_ELSEWHERE: ("mit ", " auf ", "gamitin"),
    _CHANGED_THEN_NEW: ("troquei", "mudei", "alterei", "cambi", "changed", "reset", "swapped", "rotated"),
    _UNLOCKS_WITH: ("unlock", "wake", "sblocca", "desbloquea", "verrouille", "låses", "lases", "entsperrt", "startet"),
    _GET_IN_WITH_ELSEWHERE: ("で", "ile"), _PASSWORD_SCRIPT: ("passwd.", "password."), _OPENS_WITH_HI: (" se khul", " se unlock"),
    _ACCESS_COLON: ("toegang", "zugang", "acceso", "acesso", "accès", "access"),
    _OPENS_WITH_VALUE: ("abre", "oop met", "opent", "öffne", "innlogging", "inloggning", "avec"),
    _SHARED_THING_IS: ("shared", "team", "club", "group"), _BEHIND: ("behind",), _PHRASE_IS: ("phrase", "word", "key"),
    _CHANGED_TO: ("changed",), _DEVICE_AT_COLON: _DEVICES, _PIN_FOR_IS: ("pin", "code")}
"""Words (lower case) without one of which a phrase cannot match: a line lacking them all is not scanned for it."""


def find_access_phrases(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Spans of made-up values ``text`` says something is got into with."""
    if not _HINTS.search(lowered):
        return
    for pattern, accept in _READINGS:
        if not any(word in lowered for word in _NEEDS[pattern]):
            continue
        for match in pattern.finditer(text):
            group = next(name for name in ("v", "w", "x") if name in match.re.groupindex and match.group(name) is not None)
            value = match.group(group).rstrip(".!?")
            if accept(value):
                yield match.start(group), match.start(group) + len(value)
