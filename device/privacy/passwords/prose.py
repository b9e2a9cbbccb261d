"""Passwords in prose: notes, messages and titles that name a password and give it.

A cue word ("password", "Passwort", "mot de passe", "PIN", "wifi key", "door code" ...) may be
followed by a few words that say whose it is ("to the shared drive", "do wifi", "you need"), then
"is"/":"/"="/"→" (or a quote) and the value: "the password to the shared drive is X", "senha do
wifi: X", "PIN: 4821". Without such a sign the word after the cue counts only when it looks made up
("Kennwort X für den Drucker", "mot de passe wifi X"). The cue words are in ``cue_words``; the turns
of phrase that put the value first or elsewhere ("use X as the password", "set the password to X",
"login for the NAS is priya / X") in ``phrasings``; what a value looks like in ``values``.

What makes "password X" something else ("password manager", "password reset link", "password is
incorrect") is read from the words themselves: the nouns that form such compounds, and the words that
follow "password is" in ordinary sentences (``values.NOT_A_VALUE``). The words of more languages
(the word for a password, "is", "of") come from the table in ``languages``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from device.privacy.findings import PLACEHOLDER, any_of
from device.privacy.lazy_pattern import LazyPattern
from device.privacy.passwords import languages
from device.privacy.passwords.cue_words import CODE_WORDS, COMPOUND, CUE_WORD_HINTS, PASSWORD_WORDS, THINGS, TICKET_PASS
from device.privacy.passwords.phrasings import find_logins, find_table_passwords, find_turns_of_phrase
from device.privacy.passwords.pins import PIN_HOLDERS, atm_digits, dial_in_pin, digits_later, lock_digits, pickup_code, postal_pin
from device.privacy.passwords.said_later import NOW_IS as _NOW_IS, NOW_IS_HINTS as _NOW_IS_HINTS, NOW_WORDS as _NOW_WORDS, value_said_later
from device.privacy.passwords.values import (NETWORK_NAME, generated, lower_word_or_shaped, made_up, password_shaped, said_of_it,
                                             strongly_made_up, unsigned_ok, value_at)

# A password word may carry a short ending of its language after a hyphen ("Password-he X", Cheyenne; "Password-nzǝ X",
# Kanuri): not "password-less", "password-protected".
# "pass" alone is a cue only for a made-up value ("login ana pass X"; not "the pass is ready", nor the verb, "pass on his
# number: +91 ..."); the
# CJK words carry their particle ("パスワードは X").
# "key" alone is a cue only for a long made-up value ("wifi is Home-5G, key S0H6ru!dIm"; not "key F5").
_CUE_BODY = (rf"(?:(?P<password>{PASSWORD_WORDS})(?:-[^\W\d_]{{1,3}}(?=\s))?|(?P<code>{CODE_WORDS})|(?P<wifi>wi-?fi|wlan)"
             r"|(?P<weak>pass(?![ \t]+(?:on|along|it|them|this|that|by|through|around|round)\b))|(?P<key>key))(?![\w-])|(?P<cjk>パスワード|パス(?=は)|暗号化キー|セキュリティキー|暗証キー|暗証番号|合言葉|合鍵|密码|密碼|口令|비밀번호|비번|암호|暗号キー|รหัสผ่าน|รหัส(?:ไวไฟ|wi-?fi)|รหัส(?=\s|แท็บเล็ต|คอม|โน้ตบุ๊ก|มือถือ|โทรศัพท์|ไอแพด|เครื่อง))"
             rf"(?:[はが是{languages.CJK_PARTICLES}]|은|는|이|가|คือ)?|(?P<pin>暗証番号)(?:[はが])?")
# (Not right after a placeholder's "]": "4111password" redacted to "[phone]password" was no cue before.)
# Every cue starts with a letter or a digit ("2fa code"), looked for before the lookbehind and the
# alternatives are tried (14.0 -> 12.0 us a text with a hint).
_CUE = LazyPattern(rf"(?i)(?=\w)(?:(?<![\w/\]-])|(?=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])){_CUE_BODY}")
_CUE_HERE = LazyPattern(rf"(?i){_CUE_BODY}")  # matched where a joint below says a cue starts
# "the safe word/password is X": a cue after a slash and a plain word (not a path: "/etc/passwd").
_AFTER_SLASH = LazyPattern(rf"(?i)(?<![\w/.~:-])[^\W\d_]{{2,}}/(?={PASSWORD_WORDS})")
# A PIN named for what it unlocks, joined by a hyphen ("Handy-PIN", "Karten-PIN"). (Apart from
# ``_CUE``: a second lookbehind there would be tried at every position of every text.)
# A password word joined the same way ("WLAN-Passwort", "Router-Kennwort", "E-Mail-Passwort").
_AFTER_HYPHEN = LazyPattern(rf"(?i)(?<![\w/-])[^\W\d_]{{2,}}-(?=(?:pin|puk|{PASSWORD_WORDS})(?![\w-]))")
# The words for what a PIN unlocks: after them ("senha do cartão 794491") digits are its PIN.
# Most texts are ASCII: the words of other scripts are looked for only in texts that have them.
_CUE_HINTS = any_of(hint for hint in CUE_WORD_HINTS if hint.isascii())
_CUE_HINTS_OTHER_SCRIPTS = any_of(hint for hint in CUE_WORD_HINTS if not hint.isascii())
_HYPHEN_HINTS = any_of(f"-{hint}" for hint in CUE_WORD_HINTS)  # "handy-pin", "wlan-passwort"
# Between the cue and the value: a sign, or a verb ("is", "lautet", "was changed to").
# An aside may come first: "the password (case sensitive): X".
_SIGN = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[:=→：՝]|->|=>|(?P<dash>[-–—])(?=[ \t]))[ \t]*")
_VERB = re.compile(
    r"(?i)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:(?P<weakverb>" + languages.WEAK_VERBS + ")"
    r"|(?:is|was|ist|war|lautet|est|es|è|é|är|er|wordt|blir|remains|became|este|jest|είναι|adalah|ialah|е|és|është|היא|है|là|ni|ay|คือ|ej)"
    r"(?:[ \t]+(?:now|still|just|simply|actually|currently|jetzt|nun|noch|nu|maintenant|d[ée]sormais|ahora|agora|sekarang|ora|sada))?"
    r"(?P<changed>[ \t]+(?:set|changed|reset|updated|after[ \t]+chang(?:ing|in['’]?))[ \t]+to)?"
    r"|(?:now|still)[ \t]+is|(?:to|on|je)(?=[ \t]+(?=\S*[^\w\s,;.!?]|\S*\d)\S+(?:\s|$))"
    # A change or a future: what follows may be what the change was for ("updated to meet the policy").
    r"|(?P<change>(?:has[ \t]+been[ \t]+|got[ \t]+)?(?:changed|change|set|reset|updated|switched)[ \t]+to"
    r"|don[ \t]+(?:turn|change(?:[ \t]+to)?)|will[ \t]+be|wird"
    r"|sera|geändert[ \t]+(?:auf|zu)|changé[ \t]+en|cambiad[ao][ \t]+a|(?:zmieni|ustawi)(?:łem|łam|łeś|łaś|ł|ła|liśmy)[ \t]+na))(?![^\s:=,;.!?]|[:=]\S)[ \t]*(?:[:=](?!\S))?[ \t]*")
# (A sign after the verb counts only apart from what follows: in "is =j5M1..." it is the value's. A verb is a word of
# its own: the "e" of Pashto "پټنوم e*ycg0..." is the value's first letter, not Italian "is".)
# "the password's X": "is" contracted, or a possessive ("the password's strength"), so only a made-up value.
_CONTRACTED_IS = re.compile(r"['’]s(?:[ \t]+(?:now|still|just|currently))?[ \t]+")  # "password's now X"
_WORD = re.compile(r"[ \t]+(['’][^\W\d_]{1,2}(?=[ \t])|[^\s:=→\"“”'«»][^\s:=→\"“”«»]*)")  # and Neapolitan's "'e", "'o"
_GLUED_SIGN, _QUOTED = re.compile(r"[:=]\S"), re.compile(r"[ \t]+(?=[\"'“«])")
# Words that begin a phrase saying whose password it is: "to the shared drive", "do wifi", "you need".
_PREPOSITIONS = frozenset("""
for to of on at in from with für zum zur vom von beim bei bij de del della di du da do des dla van voor naar aan achter naast op till för på pour
para per au untuk pentru za na ng sa на за от до в с для к по بتاعة بتاع تبع في على من
fürs ins im am til k ke pro od der dem
""".split()) | languages.PREPOSITIONS
_PRONOUNS = frozenset("i you we they he she someone everyone".split())
_NEW = frozenset("new nova novo nuevo nueva nouveau nouvelle neue neues neuer neu nowe nowa nowy yeni nieuwe nuovo nuova mpya jipya baru "
                 "ri re uus nû hou fou ncha vaovao ንኡ nouă noua yangi új uj tuntun ekipya жаңа нова нови ново nowydh leyintshwa mới jdid "
                 "ođđa yeye kura api k'ak' nyu yancuic anyar яңа yeni yenisi bayung ntswa entsha lelisha яңы sin baru нави "
                 "يېڭى amaynut amaynu nyun ipya noa novea nova نئون balon nowe нове шэнэ sîn rishya nutaamik གསར་པ növa növa "
                 "اليديد اليديدة الجديد الجديدة"
                 .split())
_PIN_AFTER_COMMA = re.compile(r"[ \t]+(?!(?:19|20)\d\d\b)(\d{4,8})(?=[ \t]*(?:[,;.]|$))")
_PIN_VALUE, _CODE_VALUE = re.compile(r"\d{4,8}[.,;:!?)]*"), re.compile(r"[\d#*]{3,12}[.,;:!?)]*")
# A code's digits followed by another group of three or more: one longer number ("code sent to 215 976 791": a phone).
_NUMBER_GOES_ON = re.compile(r"[ \t.-]\d{3}")
_WIFI_SIGN, _MAX_FILLER = re.compile(r"[ \t]*(?::|=|→|->|=>)[ \t]*"), 12
_SYLLABLES = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")  # Vietnamese: a word is a syllable
_QUEUE_NUMBER = re.compile(r"(?i)[ \t]+(?:de|do|da|na)[ \t]+(?:atendimento|chamada|fila|espera|senha)\b")
_COMMA_IS = re.compile(r"(?i)[^.!?\n,]{0,40}(?:,[^.!?\n,]{1,40})?,[ \t]*(?:c['’]est|ch['’]est|l['’][èe]|it['’]s|it\s+is|es|é|è|ist|is|na)[ \t]+")
# An aside in brackets between a PIN and its digits: "Debit card PIN (don't keep this!) 4574".
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*")
_LATER_COLON = re.compile(r"(?:[^.!?\n:]|(?<=\b[pP])\.|(?<=\b[pP][pg])\.|(?<=\b[nN]o)\.){1,90}:[ \t]*")  # "handbook p. 3: 4156"
# A password that is a card's PIN: "A senha de seis dígitos do cartão da vó, escrita na agenda: 676786".
_FOR_A_CARD = re.compile(r"(?i)\b(?:d[íi]gitos?|digits?|n[úu]meros|cart[ãa]o|tarjeta|carte|karte|card|atm|cajero|caixa|bank|banco)\b")
# Hindi in Latin letters: "UPI PIN set kiya woh 3214 hai" (the PIN I set, that is 3214).
_WOH_HAI = re.compile(r"(?i)[^.!?\n]{0,40}?\b(?:woh|wo|vo|voh|yeh|ye)[ \t]+(?=\d{4,8}[ \t]+(?:hai|hain|he|h)\b)")
# Written without blanks after a cue in Chinese, Japanese or Korean: a few of its characters, then a
# sign and the value ("パスワード変えたよ→Tundra78*", "密码改成了：X").
_CJK_RUN_THEN_SIGN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{0,10}(?:\s*(?:→|->|=>|:|：|=)\s*|\s+)"
                                r"|[\u0e00-\u0e7f]{0,30}\s+")  # Thai writes its words without blanks: "รหัสผ่านแอป...ใหม่คือ X"
# Glued to its cue, after a particle or a verb of a few characters ("密码改成了X": the password was changed to X).
_CJK_GLUED = re.compile(r"(?:[をはがー、，]|[\u3400-\u9fff]{1,4}?)?[「『]?([!-~]{6,64}?)[」』]?(?=[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]|\s|$)")
# "the wifi at the lake house is X": the place, then "is" and a made-up value.
_WIFI_PLACE = re.compile(r"[ \t]+(?:for|at|in)[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:[^\W\d_][\w'’-]*[ \t]+){1,3}?"
                         r"([^\s,;()]*\d[^\s,;()]*)(?=[\s,;.)]|$)")  # "wifi for the warming hut X": a made-up value after the place
_WIFI_IS = re.compile(r"(?:[ \t]+(?!(?:mac|ip|ssid|name|network|channel|band|router|address)\b)[^\W\d_][\w'’-]*){0,5}?"
                      r"(?:[ \t]*[:=：][ \t]*|[ \t]+(?:is|was|es|c['’]est|usa|usá|use|utilise|gunakan)[ \t]+)", re.I)
# A keypad's or a door's code after what to do with it: "keypad: enter 9051".
_CODE_VERB = re.compile(r"(?i)(?:enter|type|press|punch\s+in|key\s+in|dial|use|tape|tapez|taper)\s+")
_KEY_LATER = re.compile(r"(?i)[^.;\n]{0,40}?\b(?:key|password|passcode|pass|pw|code)\b")
_AFTER_NETWORK = re.compile(r"[ \t]*(?:/|,|\|)[ \t]*(?:(?:pw|pass(?:word)?|key)[ \t]*[:=]?[ \t]*)?")
# Google's app passwords: four groups of four lower-case letters.
_APP_PASSWORD = re.compile(r"[a-z]{4}(?: [a-z]{4}){3}(?![\w])")

def find_prose_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords given in prose in ``text``."""
    lowered = text.lower()
    if _CUE_HINTS.search(lowered) or not text.isascii() and _CUE_HINTS_OTHER_SCRIPTS.search(lowered):
        yield from _cue_values(text, _CUE.finditer(text))
        if "/" in text:
            for slash in _AFTER_SLASH.finditer(text):
                yield from (span for span in _cue_values(text, [_CUE_HERE.match(text, slash.end())])
                            if password_shaped(text[span[0]:span[1]]))
        if "-" in text and _HYPHEN_HINTS.search(lowered):
            yield from _cue_values(text, (_CUE_HERE.match(text, joined.end()) for joined in _AFTER_HYPHEN.finditer(text)))
        yield from find_turns_of_phrase(text, lowered)
        if "\n" in text:
            yield from find_table_passwords(text)
    elif "\n" in text and ("secret word" in lowered or "safe word" in lowered):
        yield from find_table_passwords(text)  # a column headed "Secret word"
    yield from find_logins(text, lowered)
    yield from atm_digits(text, lowered)
    yield from lock_digits(text, lowered)


def _cue_values(text: str, cues: Iterable[re.Match[str] | None]) -> Iterator[tuple[int, int]]:
    """The values ``cues`` give; a code's only when it is not part of a longer number or a postal code."""
    for cue in cues:
        span = _value_after(text, cue) if cue is not None and text[cue.start() - 1:cue.start()] != "=" else None  # not "auth.type=password"
        digits = span is not None and text[span[0]:span[1]].strip("#*").isdigit()  # "caller passcode 440 155 581": a longer number
        if span is not None and not said_of_it(text, span) and not (  # (a date reset on, "read from the vault": said of it)
                (digits and _NUMBER_GOES_ON.match(text, span[1]))  # (a made-up one is no number's part)
                or ((cue.group("code") or cue.group("pin"))  # type: ignore[union-attr]
                    and (postal_pin(text, cue, span) or dial_in_pin(text, cue, span)))):
            yield span


def _value_after(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The password a cue gives, if it gives one."""
    span = _value_told(text, cue)
    if span is not None and text[span[0]:span[1]].lower() in _NOW_WORDS and (later := value_at(text, span[1])) is not None:
        span = later  # "'t wachtwoord ... is noe X", "ist jetzt X": the value after the word for now
    if span is not None and re.fullmatch(r"(?i)wi-?fi|wlan|hotspot", text[span[0]:span[1]]):
        span = None  # "kata sandi Wi-Fi sanggar sekarang X": what the password is for, its value further on
    if span is not None and cue.group(0).lower() == "passwd" and not strongly_made_up(text[span[0]:span[1]]):
        return None  # "pveum passwd vm_builder@pve": the command, then whose password it sets
    code = cue.group("code") or cue.group("pin")
    if span is not None or not (cue.group("password") or cue.group("cjk") or code or cue.group("weak")):
        return span if span is not None or not cue.group("wifi") else value_said_later(text, cue.end())  # "el wifi ... ahora es X"
    if code and (aside := _ASIDE.match(text, cue.end()) or _LATER_COLON.match(text, cue.end()) or _WOH_HAI.match(text, cue.end())) \
            or cue.group("password") and (aside := _LATER_COLON.match(text, cue.end())) and _FOR_A_CARD.search(aside.group(0)):
        span = value_at(text, aside.end())  # (not past a value found already: "PIN mysql -p[secret] : 4821")
        if span is not None and _PIN_VALUE.fullmatch(text, *span) and not PLACEHOLDER.search(text, cue.end(), span[0]):
            return span  # (else a card named on the way, "... gamit ang card ni Lola: X": a made-up value further on, below)
    if cue.group("weak"):  # "changed the Netflix pass again, new one's X": only a new value said so
        now = _NOW_IS.match(text, cue.end()) if _NOW_IS_HINTS.search(text.lower(), cue.end()) else None
        span = value_at(text, now.end()) if now else None
        return span if span is not None and strongly_made_up(text[span[0]:span[1]]) else None
    if cue.group("cjk") and (glued := _CJK_GLUED.match(text, cue.end())) and password_shaped(glued.group(1)) \
            and not glued.group(1).isalpha():
        return glued.span(1)  # "パスワードをelLe-TeESa?jdYSsF5Jに変えた": Latin letters between the words, no blank
    if cue.group("cjk") and (sign := _CJK_RUN_THEN_SIGN.match(text, cue.end())):
        span = value_at(text, sign.end())
        if span is not None and password_shaped(text[span[0]:span[1]]):
            return span
    if (said := _COMMA_IS.match(text, cue.end())) and (span := value_at(text, said.end())) \
            and password_shaped(text[span[0]:span[1]]):
        return span  # "Le mot de passe du wifi, c'est X"
    if _NOW_IS_HINTS.search(text.lower(), cue.end()) and (now := _NOW_IS.match(text, cue.end())):
        span = value_at(text, now.end())
        if span is not None and (_PIN_VALUE.fullmatch(text, *span) or strongly_made_up(text[span[0]:span[1]]) if code
                                 else password_shaped(text[span[0]:span[1]])):
            return span  # a combination's login changed, "the new one is X": digits, or a made-up value whatever it opens
    return value_said_later(text, cue.end()) if cue.group("password") else None


_SERVICE_NAME = re.compile(r"[A-Za-z]-[A-Z][a-z]+")  # after words about whose password it is: "... e M-Pesa naa X"


def _value_told(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The password a cue gives as its sentence goes on (a sign, a verb, words about whose it is)."""
    position = cue.end()
    if _QUEUE_NUMBER.match(text, position) or ((cue.group("code") or cue.group("pin")) and pickup_code(text)):
        return None  # "senha de atendimento: 9249": a queue's ticket number; "cubby 17, keypad 8278": a pickup's code
    if cue.group("wifi"):
        sign = _WIFI_SIGN.match(text, position)
        if sign is None and (told := _WIFI_IS.match(text, position)):
            span = value_at(text, told.end())
            value = text[span[0]:span[1]] if span else ""
            return span if value and made_up(value) and not NETWORK_NAME.search(value) else None  # not "the wifi is CasaLuna"
        if sign is None and ((bare := _WORD.match(text, position)) and strongly_made_up(bare.group(1))
                             or (bare := _WIFI_PLACE.match(text, position)) and strongly_made_up(bare.group(1))):
            return None if NETWORK_NAME.search(bare.group(1)) else value_at(text, bare.start(1))  # "staff wifi N3ctar1334"
        span = value_at(text, sign.end()) if sign else None
        if span is not None and (pair := _AFTER_NETWORK.match(text, span[1])) and (
                pair.group(0).strip() != "," or _KEY_LATER.match(text, pair.end())
                or (second := value_at(text, pair.end())) is not None and password_shaped(text[second[0]:second[1]])):
            span = value_at(text, pair.end())  # "WiFi: Home-5G / Kaffee2026!": the network, then its password (not "wifi: X, for the crew")
        elif span is not None and NETWORK_NAME.search(text[span[0]:span[1]]):
            return None  # "Wi-Fi: Home-5G" names the network
        return span if span is not None and password_shaped(text[span[0]:span[1]]) else None
    if cue.group("weak") and _word_before(text, cue.start()) in TICKET_PASS:
        return None  # "Boarding pass BA1612 seat 40D"
    code = cue.group("code") or cue.group("pin")
    if (code or cue.group("password")) and text.startswith(",", position) and (span := value_at(text, position + 1)) is not None \
            and generated(text[span[0]:span[1]].rstrip(",;")):
        return span  # "the card reader's admin code, X, while ...": a made-up value set off by commas (not a one-time code's digits)
    if code:
        accept = _code_value
    elif cue.group("key"):
        accept = lambda value, filler: strongly_made_up(value)  # noqa: E731
    elif cue.group("weak"):
        accept = lambda value, filler: password_shaped(value)  # noqa: E731
    else:
        accept = lambda value, filler: not filler or lower_word_or_shaped(value) and not _SERVICE_NAME.fullmatch(value) or bool(  # noqa: E731
            _PIN_VALUE.fullmatch(value) and any(f in PIN_HOLDERS or f.startswith(("dígito", "digito", "digit")) for f in filler))
    fillers: list[str] = []
    for _ in range(2 * _MAX_FILLER + 2):  # up to _MAX_FILLER words (or syllables, _filler_ok says), then the sign or verb
        joint = _SIGN.match(text, position) or _VERB.match(text, position) or _CONTRACTED_IS.match(text, position)
        if joint is not None:
            verb = _CODE_VERB.match(text, joint.end()) if code else None
            span = value_at(text, verb.end() if verb else joint.end())
            if span is not None and (other := _CUE.match(text, span[0])):
                verb = text[joint.start():span[0]].strip().lower()
                if other.group("wifi") and verb in _PREPOSITIONS and text[span[0] - 1] in " \t":
                    fillers.append(verb)  # Fijian "password ni wifi": "ni" is "of" here, not "is"
                    position = span[0] - 1
                    continue
                return None  # "password is door code ...": another cue, not a value
            change = joint.re is _VERB and (joint.group("changed") or joint.group("change"))
            # After a dash, a plain word goes on with the sentence ("hasło wygasło — ustaw nowe"), and a capitalised one names the app a
            # window belongs to ("Reset your password — Google Chrome").
            dashed = joint.re is _SIGN and joint.group("dash") and (fillers or text[joint.end():joint.end() + 1].isupper())
            weak = change or dashed or joint.re is _CONTRACTED_IS \
                or (joint.re is _VERB and joint.group("weakverb"))
            value = text[span[0]:span[1]] if span is not None else ""
            if value and accept(value, fillers) and (not weak or password_shaped(value)) and value.lower() not in _PREPOSITIONS:
                return _with_groups(text, span)
            if joint.re is _VERB and joint.group("weakverb") and len(fillers) < _MAX_FILLER \
                    and (verb_end := re.match(r"[ \t]*(?:\([^()\n]*\)[ \t]*)?\S+", text[joint.start():])):
                fillers.append(joint.group("weakverb").lower())  # Sesotho "e ncha" (new), Samoan "o le" (of the): a
                position = joint.start() + verb_end.end()  # short word that says "is" elsewhere, here one about whose it is
                continue
            return None  # the sentence says what the password is, and it is not a value
        word = _WORD.match(text, position)
        pin_ok = code or any(filler in PIN_HOLDERS for filler in fillers)
        if word is not None and fillers and (made_up(word.group(1)) or pin_ok and _PIN_VALUE.fullmatch(word.group(1))):
            # After the words that say whose it is, without a sign: "كلمة السر بتاعة الواي فاي X",
            # "ПИН код на картата 4821", "senha do cartão 7944".
            return value_at(text, word.start(1))
        if word is not None and fillers and _preposition(fillers[0]) and fillers[-1] not in _WHOSE \
                and _LAST_WORD.match(text, word.end()) \
                and unsigned_ok(value := word.group(1).rstrip(".!?")) and "." not in value \
                and any(c.islower() for c in value) and any(c.isdigit() for c in value):
            return value_at(text, word.start(1))  # "пароль от ноутбука библиотеки Zoneswap17"; not "1RNEXC", "db-01.local"
        if word is not None and fillers and _GLUED_SIGN.match(text, word.end()) \
                and (token := value_at(text, word.start(1))) and strongly_made_up(text[token[0]:token[1]]):
            return token  # "Passwort fürs Finanzamt-Portal G@zelle=925": a sign inside the made-up value
        if word is not None and "[" in word.group(1) and PLACEHOLDER.search(word.group(1)):
            return None  # "PIN mysql -p[secret] : 4821": a value was found between, what follows is not the cue's
        if word is None or _GLUED_SIGN.match(text, word.end()) \
                or not _filler_ok(fillers + [_SERVICE if _names_service(cue, word.group(1)) else word.group(1).lower()]):
            if cue.group("password") and fillers and (soon := _made_up_soon(text, position)):
                return soon  # "باسورد الواي فاي الجديد J0ll0f2002", "password wifi kos yang baru Walrus-quokka64"
            if code and word is not None and word.group(1).endswith(",") and (pin := _PIN_AFTER_COMMA.match(text, word.end())):
                return pin.span(1)  # "keypad on the side door, 0536, then the button": the place, then its digits
            if code and (later := digits_later(text, position)):
                return later  # "die Geheimzahl hat sie mir durchgegeben, 3754": the digits at the end of its sentence
            break  # "пароль BwC=rn#k...": a sign inside a word makes it the value, not a word about it
        fillers.append(word.group(1).lower())
        position = word.end()
    return _unsigned_value(text, cue)


_LAST_WORD = re.compile(r"[.!?]?[ \t]*(?:\n|$)")
_WHOSE = frozenset("account user username login konto compte cuenta conta user's аккаунта пользователя".split())  # "for account jsmith42": whose
_SOON = 5  # plain words, at most, between the words that say whose password it is and a made-up value


def _made_up_soon(text: str, position: int) -> tuple[int, int] | None:
    """A value that can be nothing but made up ("J0ll0f2002"), a few plain words after ``position``, in
    the same sentence and with no word of a compound ("manager", "reset") or a sign between."""
    for _ in range(_SOON + 3):
        if sign := _SIGN.match(text, position):
            span = value_at(text, sign.end())
            return span if span is not None and strongly_made_up(text[span[0]:span[1]]) else None
        word = _WORD.match(text, position)
        if word is None or _GLUED_SIGN.match(text, word.end()):
            return None
        value = word.group(1)
        if generated(value):
            return value_at(text, word.start(1))
        if value.lower().rstrip(",") in COMPOUND or not _letters(value.rstrip(",")).isalpha():
            return None  # (a comma may close the words about whose it is: "password ng Netflix, X")
        position = word.end()
    return None


def _word_before(text: str, position: int) -> str:
    """The word that ends right before ``position`` (blanks between), lower-cased; "" if none."""
    words = text[:position].rstrip().rsplit(None, 1)
    return words[-1].lower().strip("-") if words else ""


def _unsigned_value(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """Without a sign, the word after the cue is the password only if it looks made up ("Kennwort
    Geheim!1 für den Drucker"), or the word after one that names the thing ("mot de passe wifi X");
    a PIN or code only if it is digits; a quoted value always (``password "correct horse"``)."""
    first = _WORD.match(text, cue.end())
    if first is None:
        quoted = _QUOTED.match(text, cue.end())
        return value_at(text, quoted.end()) if quoted and cue.group("password") else None
    if cue.group("code") or cue.group("pin") or cue.group(0).lower().startswith("passcode"):
        span = value_at(text, first.start(1))  # a passcode's digits are its code: "Screen Time passcode 4835"
        return span if span is not None and _code_value(text[span[0]:span[1]], []) else None
    if cue.group("key"):
        span = value_at(text, first.start(1))
        return span if span is not None and strongly_made_up(text[span[0]:span[1]]) else None
    candidates = [first]
    word = first.group(1)
    if word.isalpha() and word.lower() not in COMPOUND and word.lower() not in _PREPOSITIONS \
            and not password_shaped(word) and (second := _WORD.match(text, first.end())):
        candidates.append(second)
    for candidate in candidates:
        span = value_at(text, candidate.start(1))
        if span is not None and unsigned_ok(text[span[0]:span[1]]):
            return span
    return None


def _with_groups(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """An app password printed in groups ("bqks utti vjzw bkke"): all its groups, not the first."""
    groups = _APP_PASSWORD.match(text, span[0])
    return (span[0], groups.end()) if groups and groups.end() > span[1] else span


def _code_value(value: str, fillers: list[str]) -> bool:
    return bool(_PIN_VALUE.fullmatch(value) or _CODE_VALUE.fullmatch(value)) or generated(value.rstrip(",;"))  # a tablet's code


_SERVICE = "service"  # what a name after a lower-case cue stands for among the fillers


def _names_service(cue: re.Match[str], word: str) -> bool:
    """A capitalised word after a cue written in lower case names a service ("mdp Free : X",
    "password Netflix: X"), even one spelt like a noun of ``COMPOUND``."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and cue.group(0).islower()


def _filler_ok(words: list[str]) -> bool:
    """Whether ``words`` after a cue may say whose password it is (and not what happened to it)."""
    if words[0] in _NEW and len(words) > 1:
        return _filler_ok(words[1:])  # "a senha nova do aplicativo do INSS é X": the new one, whose
    if words[0] in PIN_HOLDERS and len(words) <= 4 and all(_letters(word).isalpha() for word in words):
        return True  # "PIN ATM BCA ibu 672608": what it unlocks, the bank's name, whose
    last = words[-1]
    if last.endswith((".", ",", "!", "?", ";")) or len(words) > (_MAX_FILLER * 3 // 2 if _SYLLABLES.search("".join(words)) else _MAX_FILLER):
        return False
    # A preposition spelt like a verb of ``COMPOUND`` ("do") is one first, or after a first one:
    # "senha do app do banco".
    if last in COMPOUND and not (last in _PREPOSITIONS and (len(words) == 1 or _preposition(words[0]))) \
            and not (last in THINGS and _preposition(words[0])):  # "senha do wifi", "for the gate app"
        return False
    if _preposition(words[0]) or len(words) > 2 and _SYLLABLES.search("".join(words[:4])) and any(
            _preposition(w) and _filler_ok(words[:i]) for i, w in enumerate(words[1:3], 1)):  # "senha do wifi"; Vietnamese: the
        return True  # thing in two syllables, then whose ("mật khẩu máy tính của câu lạc bộ là X")
    if words[0] in _PRONOUNS:
        return len(words) <= 3
    # Two plain words name the thing where a language needs no preposition ("kata laluan wifi rumah",
    # "cyfrinair y wifi"); not a participle or an adverb ("password expired yesterday").
    return len(words) <= 2 and all(word[:1].isalpha() and (word in PIN_HOLDERS or not word.endswith(("ed", "ing", "ly")))
                                   and _letters(word).isalpha() for word in words)  # not an option: "doveadm pw -s SHA512-CRYPT"


def _preposition(word: str) -> bool:
    """A preposition, or one glued to its noun: Maltese "tal-wifi", Zulu "ye-wifi", Arabic "للبريد"."""
    return word in _PREPOSITIONS or ("-" in word and word.split("-", 1)[0] in _PREPOSITIONS) or word.startswith("لل")


def _letters(word: str) -> str:
    """``word`` without what joins or marks its letters (hyphens, apostrophes, vowel signs, ZWNJ)."""
    return "".join(c for c in word if c not in "-'’\u200c" and not unicodedata.category(c).startswith("M"))
