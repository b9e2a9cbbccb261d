"""PINs and India's postal PIN codes: the words for what a PIN unlocks, and whether a "PIN" gives a postal
code (six digits, a place's name beside them, "PIN code" with nothing a PIN unlocks named before it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.findings import any_of

PIN_HOLDERS = frozenset("""
card cards cartão cartao carte tarjeta karte carta kaart kort karty kartu bankkarte debit credit atm sim handy phone
celular móvil movil telefone telefon cajero caixa banco bank kreditkarte girokarte ec-karte debitkarte banking m-banking
e-banking netbanking mobile-banking
""".split())
# India's postal code is its "PIN code" (Postal Index Number): six digits beside a place's name
# ("PIN code 560034, Bengaluru", "Karnataka - PIN 560034").
_POSTAL_PIN = re.compile(r"[1-9]\d{5}")
_PIN_CODE = re.compile(r"(?i)pin\s*-?\s*code")
_DELIVERY = re.compile(r"(?i)\b(?:deliver\w*|ship\w*|courier|dispatch\w*|post(?:al)?|area|district|address|meeting\s+point|venue|location|landmark|dak|daak|dakghar)\b")
_WHOSE = frozenset("my your his her our their mine new".split())  # "my PIN code: 418203" is a PIN
_PLACE_AFTER = re.compile(r"[ \t]*[,–-][ \t]*(?-i:[A-Z][a-z]+)")
# (The place is set apart by a comma or a dash: "Venmo PIN is 971716" names the app the PIN is for.)
_PLACE_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+)[ \t]*[,–-][ \t]*$")


def postal_pin(text: str, cue: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether a "PIN" gives India's postal code: six digits, a place's name beside them, or "PIN
    code" with nothing a PIN unlocks named before it ("PIN code 560034"; not "SIM PIN code ...")."""
    if "pin" not in cue.group(0).lower() or _POSTAL_PIN.fullmatch(text, span[0], span[1]) is None:
        return False
    if _DELIVERY.search(text, max(0, cue.start() - 40), cue.start()):
        return True  # "Deliverable to PIN 449515", "ship to pincode 560034"
    near = re.findall(r"[^\W\d_]+", (text[max(0, cue.start() - 40):cue.start()] + " " + text[span[1]:span[1] + 30]).lower())
    if _PIN_CODE.fullmatch(cue.group(0)) and not any(word in PIN_HOLDERS or word in _WHOSE for word in near):
        return True
    return _PLACE_AFTER.match(text, span[1]) is not None \
        or _PLACE_BEFORE.search(text, max(0, cue.start() - 40), cue.start()) is not None


_PICKUP = re.compile(r"(?i)\bclick[- ]?(?:and|&|n|'n')[- ]?collect\b|\b(?:parcel|pick-?up|collection)\s+(?:locker|point|box)\b|\bcubby\b")
# A code's digits a few words after the code's word, at the end of its sentence: "die Geheimzahl hat sie mir durchgegeben,
# 3754", "Combination for the X locker, laminated inside the clipboard: 6393" (not a year).
_DIGITS_LATER = re.compile(r"[^.!?\n]{0,100}?[,:][ \t]+(?!(?:19|20)\d\d\b)(\d{4,6})(?=[ \t]*(?:[.!]|$))")


def pickup_code(text: str) -> bool:
    """Whether a code in ``text`` opens a click-and-collect cubby or a parcel locker: a one-time code, no secret."""
    return _PICKUP.search(text) is not None


def digits_later(text: str, position: int) -> tuple[int, int] | None:
    """The span of a code's digits told at the end of the sentence that goes on from ``position``."""
    match = _DIGITS_LATER.match(text, position)
    return match.span(1) if match else None


_DIAL_IN = re.compile(r"(?i)(?:einwahl|dial[- ]?in|conference|konferenz|participant|teilnehmer|meeting|bridge|audio)[- ]?$")


def dial_in_pin(text: str, cue: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether a PIN is a conference call's or a video room's (a meeting's id, no one's secret): its cue is a dial-in's
    ("Einwahl-PIN", "dial-in PIN", "participant PIN"), or its digits end in the "#" a caller keys after them."""
    if "pin" not in cue.group(0).lower():
        return False
    before = text[max(0, cue.start() - 20):cue.start()] + cue.group(0)[:cue.group(0).lower().find("pin")]
    return _DIAL_IN.search(before.rstrip()) is not None or text.startswith("#", span[1]) or text[span[0]:span[1]].endswith("#")


_ATM_WORDS = any_of(("atm", "cajero", "cash machine", "cashpoint", "geldautomat", "bancomat", "distributeur", "multibanco",
                     "caixa eletr", "caixa electr"))
# A cash machine, then the words for a card's digits, then four to six digits alone: "para el cajero me pasó los números
# de su tarjeta, 1454" (not an amount: "ATM withdrawal, 1500 pesos"; not a year).
_ATM_DIGITS = re.compile(r"(?i)\b(?:atm|cajero|cash\s+machine|cashpoint|geldautomat\w*|bancomat|distributeur|multibanco|caixa\s+"
                         r"ele(?:c)?tr[oô]nico)\b[^.!?\n\d]{0,60}?\b(?:n[uú]meros|numbers|digits|d[ií]gitos|zahlen|ziffern|chiffres|"
                         r"n[uú]meros?\s+secretos?|code|c[oó]digo|clave)\b[^.!?\n\d]{0,40}?(?<![\w$€£¥₹.,:/-])(?!(?:19|20)\d\d\b)"
                         r"(\d{4,6})(?![\w%-]|[.,:/]\d|[ \t]*(?:[$€£¥₹]|pesos?|euros?|dollars?|rupees?|reais|yen|won)\b)")


_ATM_CODE = re.compile(r"(?i)\b(?:clave|c[oó]digo|n[uú]mero|code|pin)\s+(?:de(?:l)?|du|do|da|for\s+the|of\s+the)\s+(?:cajero|caixa|atm|"
                       r"distributeur|bancomat|geldautomat\w*)\b,?\s+(?:es\s+|is\s+|est\s+|é\s+)?(?<![\w.,:/-])(\d{4,6})(?![\w%-]|[.,:/]\d)")


def atm_digits(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Spans of the digits given for a cash machine: a card's PIN, though no "PIN" is said ("la clave de cajero, 0270")."""
    if _ATM_WORDS.search(lowered):
        for match in (*_ATM_DIGITS.finditer(text), *_ATM_CODE.finditer(text)):
            yield match.span(1)


# A lock named, perhaps with an aside, then its digits ending the sentence: "Korf-post store lock, written faintly at the foot of
# the sheet: 6683" (a noun, not the verb: "lock up at 2130"; not the lock's model or serial number).
_LOCK = r"(?:(?:pad)?lock(?:box|\s+box|er)?|key\s*safe|key\s?box|candado|cadeado|cadenas|(?:vorhänge|zahlen|kombinations|bügel)?schloss|schlüssel(?:kasten|box|tresor)|hangslot|도어\s?[락록](?:은|이)?|자물쇠(?:는|가)?|금고(?:는|의)?|보관함(?:은|의)?|사물함(?:은|의)?)"
_NOUN_ONLY = r"(?:(?<=padlock)|(?<=lockbox)|(?<=locker)|(?<=schloss))"
"""A lock's word that is no verb: "padlock in the Chilterns is N" (not "lock in", "lock up")."""
_LOCK_DIGITS = re.compile(r"(?i)\b" + _LOCK + r"\b(?:" + _NOUN_ONLY + r"|(?!\s+(?:up|the|it|my|your|our|in|out|down|screen)\b))"
                          r"(?![^.!?\n]{0,100}?\b(?:model|serial|version|firmware|battery|number|no(?=\.|\s*\d)|order|invoice|room)\b)")
# ... or with the word for its code, or what it opens with, before the digits anywhere in the sentence: "Key safe outside the
# studio, code 7740, put the key back", "El candado de la bodega se abre con 2830", "the padlock on the shed is 4410".
_PARCEL = re.compile(r"(?i)\b(?:parcel|package|pick-?up|delivery|courier|collect\w*)\b")
"""A parcel locker's code is sent for one pickup ("Locker bank ... wants code N for the parcel"): no one's secret."""
# A safe (a noun: "the shop safe", "Tresor", Hindi "taala"/"tijori") has a code or a combination too.
_SAFE = r"(?:(?:(?<=\bthe\s)|(?<=\bshop\s)|(?<=\bwall\s)|(?<=\bhotel\s)|(?<=\broom\s)|(?<=\bstore\s)|(?<=\boffice\s)|(?<=\bcash\s))safe" \
        r"|tresor|taala|tijori|caja\s+fuerte|coffre-fort|cofre)"
_LOCK_CODE = re.compile(r"(?i)\b(?:" + _LOCK + "|" + _SAFE + r")\b(?:" + _NOUN_ONLY + r"|(?!\s+(?:up|down|out|it|in)\b))(?![^.!?\n\d]{0,100}?\b(?:model|serial|version|firmware|battery|number|no(?=\.|\s*\d)|size|모델|시리얼|일련|제품)\b)"
                        r"[^.!?\n\d]{0,100}?(?:\b(?:code|combination|c[óo]digo|combinaci[óo]n|kombination|combinaison|combinazione|combinatie"
                        r"|senha|clave|contrase[ñn]a|password)(?:[^.!?\n\d:]{0,40}:)?[ \t]*[:#-]?"  # "o cadeado ... tem senha 6248": a lock's password is its code
                        r"|(?:비밀)?번호(?:는|가)?|암호|(?<=락|록|쇠)|(?<=락은|락이|록은|록이|쇠는|쇠가)"  # Korean: "도어락 번호 4095", "도어록 번호는 0637..." (the door lock's number is), "도어락 3302" (its digits right after it)
                        r"|:(?=[ \t]*(?!(?:19|20)\d\d\b)\d{3,8}(?![\d.:/-]\d|\d)[ \t]*(?:[,;]|$))"  # "key safe at the slipway: 2411, put the key back"
                        r"|\b(?:se\s+)?abre\s+(?:con|com)|s['’]ouvre\s+avec|öffnet\s+mit|geht\s+mit(?=[ \t]+\d{3,8}[ \t]+auf\b)|opent\s+met|\b(?:takes|opens\s+(?:with|on))(?=[ \t]+(?!(?:19|20)\d\d\b)\d{3,8}\b)"
                        r"|\b(?:es|is|ist|est|é|set\s+to)(?=[ \t]+(?!(?:19|20)\d\d\b)\d{3,8}\b))[ \t]+(\d{3,8})(?![\d.,:/-]\d|\d)")
_GATE_TAKES = re.compile(r"(?i)\b(?:gate|door|barrier|box|panel)\b[^.!?\n\d]{0,80}?\btakes[ \t]+(?!(?:19|20)\d\d\b)(\d{3,8})"
                         r"(?=[ \t]*(?:[,;.!]|$|on\s+(?:its|the)\s+keypad\b))")
"""A gate or a door that "takes" its code: "Gate to the lodge car park takes 6931, ..." (not "takes 1200 people")."""
# "the alarm keypad beside the kettle wants 061334": the digits a keypad asks for.
_KEYPAD_WANTS = re.compile(r"(?i)\b(?:keypad|alarm\s+panel)\b[^.\n\d]{0,30}?\b(?:wants|takes|needs|accepts)\s+(?:the\s+)?(?:code\s+)?"
                           r"(?P<v>\d{4,8})(?!\d|[.,:/-]\d)"
                           # the digits to punch into a panel: "punch 8821 into the panel by the boot rack"
                           r"|\b(?:punch|key|tap|type)\s+(?:in\s+)?(?P<w>\d{4,8})\s+into\s+(?:the\s+)?(?:alarm\s+)?panel\b")  # (a parcel cabinet's keypad: a pickup code)
_LOCK_HINTS = any_of(("lock", "schlüssel", "도어", "자물쇠", "금고", "보관함", "사물함", "key safe", "keysafe", "keybox", "candado", "cadeado", "cadenas", "schloss", "hangslot", "safe", "tresor", "taala",
                      "tijori", "caja fuerte", "coffre", "cofre"))
# A door's code named, then, after a comma, what to do and its digits: "the gate code changed, punch in 5190 and pull",
# "le digicode a changé, tapez 3318" (not "door code: see the fridge, press 1 for the desk").
_DOOR_CODE_THEN_VERB = re.compile(
    r"(?i)\b(?:digicode|(?:door|gate|entry|entrance|keypad|alarm|garage|building|front)[ \t-]*code|code[ \t]+(?:de[ \t]+(?:la[ \t]+)?"
    r"(?:porte|portail|l['’]entr[ée]e|l['’]immeuble)|d['’]entr[ée]e)|t[üu]rcode|torcode)\b[^.!?\n\d]{0,60}?[,;][ \t]*"
    r"(?:enter|type|key[ \t]+in|punch[ \t]+in|press|tape[sz]?|taper|tippe|tipp|gib|digita|digite|teclea|marca)[ \t]+"
    r"(\d{3,8})(?![\w%]|[.,:/-]\d)")


# The code named first, then the lock (or the shed, hut or garage) it opens and its digits: "Der Code für den Schlüsselkasten am Platz
# ist 3795", "Der Code für den Schuppen mit den Kugeln ist 6173"; an alarm,
# then the digits to key in: "cottage alarm: key in 0584 within thirty seconds".
_CODE_FOR_LOCK = re.compile(r"(?i)\b(?:code|pin|combination|kombination|zahlenkombination|c[óo]digo|combinaci[óo]n)\s+(?:f[üu]r|for|of|on|to|de|du|del|do|da)"
                            r"\s+(?:(?:den|die|das|the|la|le|el|o|a)\s+)?(?:[\w'’-]+\s+){0,4}?(?:" + _LOCK + r"|schuppen|h[üu]tte|hut|lager|keller"
                            r"|shed|garage|store\s?room|cellar)\b(?![^.!?\n\d]{0,60}?\b(?:model|serial|version|firmware|battery|size)\b)"
                            r"[^.!?\n\d]{0,60}?\b(?:ist|is|est|es|é)\s+(?!(?:19|20)\d\d\b)(\d{3,8})(?![\d.,:/-]\d|\d)"
                            r"|\balarm\b[^.!?\n\d]{0,40}?\b(?:key|punch|tap|type)\s+in\s+(?!(?:19|20)\d\d\b)(\d{3,8})(?![\w%]|[.,:/-]\d)"
                            # "clubrooms alarm in Perth, the code for the committee: 298713": an alarm's code, whoever it is for
                            r"|\balarm\b[^.!?\n\d]{0,40}?\bcode\b[^.!?\n\d:]{0,30}?:\s*(?!(?:19|20)\d\d\b)(\d{4,8})(?![\w%]|[.,:/-]\d)"
                            # a door that has its code now: "Die Tür zum Funkraum hat jetzt den Code 4510"
                            # ... or a box, a shed, a cupboard ("Die Fledermausbox am Stollen hat den Code 7805")
                            r"|\b(?:tor|[^\W\d_]*(?:t[üu]r|door|gate|shed|box|schrank|kasten|schuppen|hütte|container|cabinet|cupboard))\b"
                            r"[^.!?\n\d]{0,60}?\b(?:hat|has)\b[^.!?\n\d]{0,20}?\bcode[ \t]+(?!(?:19|20)\d\d\b)(\d{3,8})(?![\w%]|[.,:/-]\d)")
# A keypad or a door whose code was changed, then "new code N": "Goat barn keypad changed after the kids got in, new code 3206".
# A padlock, a number lock or a key safe, its digits right after it and ending the sentence: "container padlock 0905",
# "darwaze ka number lock 6699".
_LOCK_NUMBER = re.compile(r"(?i)\b(?:padlock|(?:number|combination|code|digit|dial)\s+lock|lock\s?box|key\s*safe|keybox|candado|cadeado|cadenas|(?:vorh[äa]nge|zahlen|kombinations)schloss|schlüssel(?:kasten|box|tresor)"
                          r"|hangslot)[ \t]+(?!(?:19|20)\d\d\b)(\d{3,8})(?=[ \t]*(?:[,;!]|\.(?!\d)|$))")
_NEW_CODE = re.compile(r"(?i)\b(?:keypad|door|gate|lock|padlock|alarm)\b[^.!?\n\d]{0,60}?\b(?:changed|reset|new)\b[^.!?\n\d]{0,40}?"
                       r"\bcode[ \t]*(?:is[ \t]+|[:#,-]?[ \t]*)(\d{3,8})(?![\w%]|[.,:/-]\d)")  # "the new code is 4020", "... a new code, 3979"


def lock_digits(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Spans of the digits given for a lock (a store's padlock, a shed's lockbox, a key safe): at the end of its
    sentence, or after the word for its code or what it opens with; a door's code, and after a comma what to key in."""
    if "code" in lowered:
        for match in (*_DOOR_CODE_THEN_VERB.finditer(text), *_NEW_CODE.finditer(text)):
            yield match.span(1)
    if "alarm" in lowered or "code" in lowered or "pin" in lowered or "combina" in lowered or "código" in lowered:
        for match in _CODE_FOR_LOCK.finditer(text):
            yield match.span(next(group for group in range(1, (match.re.groups or 0) + 1) if match.group(group)))
    if "keypad" in lowered or "panel" in lowered:
        for match in _KEYPAD_WANTS.finditer(text):
            yield match.span("v" if match.group("v") else "w")
    if " takes " in lowered and ("gate" in lowered or "door" in lowered or "barrier" in lowered or "keypad" in lowered):
        for match in _GATE_TAKES.finditer(text):
            yield match.span(1)
    if _LOCK_HINTS.search(lowered) and not _PARCEL.search(text):
        for match in _LOCK_DIGITS.finditer(text):
            if (span := digits_later(text, match.end())) is not None:
                yield span
        for match in _LOCK_CODE.finditer(text):
            yield match.span(1)
        for match in _LOCK_NUMBER.finditer(text):
            yield match.span(1)
