"""Bank account numbers outside IBANs: named by a label in one of many languages ("Kto.-Nr.",
"numer konta", "口座番号", "계좌번호", "conta corrente"), with the bank's code beside them ("BLZ",
"sort code", "RTN", "transit", "agência", "reg.nr."), or written in a national format that carries
its own check (``account_formats``, ``nuban``). A label may be followed by the account's kind and the bank's
name ("cuenta de ahorros Bancolombia 338-...", "STK Vietcombank: 00...", "счёт получателя 4081...")."""

from __future__ import annotations

import re

from stdnum.us import rtn

from device.privacy.account_formats import find_account_formats
from device.privacy.findings import ACCOUNT, Finding, any_of, filler_digits, labelled_as_other_number
from device.privacy.label_gate import LabelGate
from device.privacy.lazy_pattern import LazyPattern
from device.privacy.nuban import find_nubans
from device.privacy.table_columns import labelled_cells

# Words that name an account number, in the languages the redactor reads.
_ACCOUNT_LABEL = (
    r"(?:bank\s*)?(?:account|acc|acct|rekening(?:nummer|nr)?)|a/c|c/c|checking|chequing|savings|bank\s+details|bankverbindung"
    r"|khata(?:\s+(?:sankhya|number|no))?|khaata(?:\s+(?:sankhya|number|no))?"
    r"|(?:bank|giro|spar|gehalts)?konto(?:nummer|nr)?|kto|compte|num[ée]ro\s+de\s+compte|rekening(?:nummer)?"
    r"|conto(?:\s+corrente)?|conta(?:\s+corrente)?|cuenta(?:\s+corriente)?|n[úu]mero\s+de\s+(?:cuenta|conta)"
    r"|clabe(?:\s+interbancaria)?|cbu|cvu|numer\s+konta|nr\s+rachunku|rachunek|rachunku|konta"
    r"|[čc][íi]slo\s+[úu][čc]tu|[čc]\.\s*[úu]\.|tilinumero|tili|bankszámla(?:szám)?|számlaszám"
    r"|口座番号|口座|普通|当座|계좌(?:번호)?|账号|账户|帳號|रखाता|счёт|счет|номер\s+счёта"
    # Russian and Ukrainian settlement accounts, Croatian, Icelandic, Indonesian, Thai, Vietnamese,
    # Slovak; Peru's interbank code, Portugal's NIB, a RIB, Swiss postal accounts, Japan Post's
    # symbol and number.
    r"|р/с|р/р|к/с|расч[её]тный\s+сч[её]т|рахунок|(?:žiro-?)?ra[čc]un(?:a|u)?|reikning(?:ur|snúmer)"
    r"|rek|เลขที่บัญชี|บัญชี|stk|s[ốo]\s+t[àa]i\s+kho[ảa]n|t[àa]i\s+kho[ảa]n|[úu][čc]t(?:u|e)"
    r"|cci|c[óo]digo\s+de\s+cuenta\s+interbancari[oa]|nib|rib|relev[ée]\s+d['’]identit[ée]\s+bancaire"
    # Abbreviated (Spanish "cta."), Finnish "tilinro", Macedonian and Bulgarian, Hebrew, Arabic and
    # Persian, Turkish, Greek, Romanian, Baltic, Albanian, Mongolian, Georgian, Armenian, Malay,
    # Swahili, Hindi, Bengali, Tamil, Sinhala, Khmer, Lao, Burmese; traditional Chinese.
    # (Those in other scripts behind one test that the text is not ASCII there: every branch costs
    # a test at each position of every text.)
    r"|cta|tilinro|hesap(?:\s+(?:no|numarası))?|cont(?:ul)?\s+bancar|s[ąa]skait(?:a|os)|konts|llogari(?:a|së)?|akaun|akaunti"
    r"|(?=[^\x00-\x7f])(?:сметк[аи]|(?:מספר\s+)?חשבון|(?:رقم\s+)?(?:ال)?حساب|(?:شماره\s+)?حساب|λογαριασμ(?:ός|ού|ο)"
    r"|данс|ანგარიში|հաշիվ|खाता(?:\s+संख्या)?|হিসাব(?:\s+নম্বর)?|கணக்கு(?:\s+எண்)?|ගිණුම්|(?:លេខ)?គណនី|ບັນຊີ|ဘဏ်စာရင်း"
    r"|帳戶|賬戶|帳号|戶口)"
    r"|post(?:konto|check(?:konto)?)|pc-?konto|compte\s+postal|ccp|conto\s+postale|記号"
    # Japan Post's number ("記号 12345 番号 67890"), not a booking's, an order's or a phone's ("予約番号", "電話番号").
    r"|(?<!\w)(?<![^\W\d]\s)番号"  # (not a word's "番号" written apart: "追跡 番号 N", a tracking number)
    # Verbs whose object is an account: one pays or deposits money into an account, not a phone.
    r"|pa(?:y|id|ying)\s+(?:(?:it|this|that|the\s+rest|the\s+deposit|rent)\s+)?into|deposit(?:ed|ing)?\s+(?:it\s+)?into"
    r"|einzahlen\s+auf|verser\s+sur|virer\s+sur|depositar\s+(?:en|na|no)"
)
# Words that name the bank's code written beside the account: a shorter number, found with it.
_BANK_CODE_LABEL = (
    r"aba[ \t]+routing|routing(?:[ \t]+transit)?|rtn|rtg|aba|sort\s*code|s/c|sc|bsb|transit|num[ée]ro\s+de\s+transit|institution|blz|bankleitzahl"
    r"|reg\.?\s*nr|registreringsnummer|clearing(?:nummer)?|ag[êe]ncia|ag|ifsc?(?:[ \t]+code)?|nsc|bik|бик|мфо"
    r"|(?:universal[ \t]+)?branch(?:[ \t]+code)?|bank[ \t]+code"
)
_NUMBER_WORD = r"(?:[ \t_.-]*(?:no\.?|nr\.?|nro\.?|number|num\.?|n[°º.]\.?|#|-?nummer|č\.|br\.?|broj))?"
# The account's kind and the bank's name, between a label and the number: a word of a kind, a
# capitalised word or one in another script (its vowel signs included: "กสิกรไทย") ("de ahorros Bancolombia", "BCA", "получателя").
_BANK_WORD = (r"[ \t]+(?:(?:de|del|do|da|di|of|at|bei|chez)[ \t]+)?(?:ahorros|corriente|savings|checking|current"
              r"|poupan[çc]a|vista|cliente|sueldo|n[óo]mina|(?-i:[A-Z][\w&'.-]*)(?!\w)|[^\x00-\x7f\s\d：]+)")
_BANK_WORDS = rf"(?:{_BANK_WORD}){{0,2}}"
# Between a label and its value: a sign, or "is" in the languages read ("her account is 09390218").
_JOINT = r"(?:['’]s(?=[ \t]))?[\"'\]]{0,2}[ \t]*(?:[:#=：]|,(?=[ \t]*\d)|(?:is|ist|est|es|é|är|er|jest|je)(?=[ \t]))?[ \t]*[\"']?[ \t]*"
# Digits in groups (spaces, dots, dashes, " / " between an account and its bank code).
_VALUE = r"(?P<v>\d(?:(?:[ ./-]|[ \t]/[ \t])?\d){3,33}(?:-[\dXx])?)(?![\d])"
# A label starts a word, or follows Chinese, Japanese or Korean characters ("匯款帳號": no blanks there).
# Every label starts with a letter: the lookahead turns other positions away before the lookbehind
# and the labels are tried (9.8 -> 5.9 us a digit-dense text).
_LABELLED = LazyPattern(
    rf"(?i)(?=[^\W\d_])(?<![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|/)(?:(?P<account>{_ACCOUNT_LABEL})|(?P<code>(?:{_BANK_CODE_LABEL})"
    rf"(?:[ \t]*[/&][ \t]*(?:{_BANK_CODE_LABEL}))?))(?![^\W\d_])\.?{_NUMBER_WORD}"
    rf"(?:[ \t]*\([^()\n]{{1,30}}\)|,[ \t]*(?:write|take|note|copy|jot)[^,\d\n]{{1,24}},)?{_BANK_WORDS}{_NUMBER_WORD}{_JOINT}(?:{_VALUE}|(?P<ifsc>(?-i:[A-Z]{{4}}0[A-Z0-9]{{6}}))(?![\w]))"
)
_LABEL_GATE = LabelGate(f"{_ACCOUNT_LABEL}|{_BANK_CODE_LABEL}")  # most texts hold no label: said in one fast scan first
_MIN_DIGITS = {"account": 5, "code": 4}
# "the account ending 4821", "card ending in 4821", "acct ****4821", "last 4 digits 4821": the full
# number, written elsewhere in the text, ends in those digits.
_CARD_LABEL = r"card|karte|carte|tarjeta"
_ENDING = LazyPattern(
    rf"(?i)(?<![\w/])(?:(?:{_ACCOUNT_LABEL}|{_CARD_LABEL})(?![^\W\d_])[^\n\d]{{0,24}}?"
    r"(?:\b(?:ending|ends)(?:\s+(?:in|with))?|\b(?:endet|endend)\s+auf|\b(?:se\s+termine|finissant)\s+par"
    r"|\b(?:que\s+)?termina(?:da|do|nte)?\s+(?:en|in|em|con)|\beindig(?:t|end)\s+op|\blast\s+(?:3|4|three|four)(?:\s+digits)?(?:\s+(?:are|is))?|[*•·xX]{2,})"
    rf"|\blast\s+(?:3|4|three|four)\s+(?:digits\s+)?of\s+(?:the\s+|my\s+|your\s+)?(?:{_ACCOUNT_LABEL}|{_CARD_LABEL})"
    r"(?:\s+(?:number|no\.?))?(?:\s+(?:are|is))?)[\s:#]*(?P<last>\d{3,4})(?!\d)"
)
_ENDING_HINTS = any_of(("end", "last", "**", "xx", "••", "··"))
# A bank's code in the forms banks print it, found beside a labelled account: Canada's transit and
# institution ("06903-003"), a British sort code ("20-00-00"), an Australian BSB ("062-000").
_CODE_SHAPE = re.compile(r"(?<![\w./-])(?:\d{5}-\d{3}|\d{2}-\d{2}-\d{2}|\d{3}-\d{3})(?![\w/-]|\.\d)")
# An account's digits, found beside a labelled bank code ("ag 8791 cc 01249-7", "NEFT to 1279... (IFSC
# SBIN0...)"): five to eighteen, perhaps in groups, perhaps a check digit after a dash.
_ACCOUNT_RUN = re.compile(r"\d(?<![\w.,/-]\d)(?:[ -]?\d){4,17}(?:-[\dXx])?(?![\w/-]|[.,]\d)")
_BESIDE = 40  # characters searched either side of a labelled account or code, on one line
# What may stand between the two halves of a pair: marks, and at most one short word ("cc", "acct", "to").
_PAIR_GAP = re.compile(r"[\s,;:()/#—–-]*(?:[^\W\d_]{1,4}\.?[\s,;:()/#—–-]*)?")
# A British sort code and account number written as a pair, with no label ("11-99-29 · 25652764", as
# banking apps show a payee, "sort code 40-01-38 and number 58178867"): the pair's form is its own.
# (With only a blank between, not a code that reads as a date: "12-05-24 12345678".)
_SORT_CODE_PAIR = re.compile(r"(?P<code>\d(?<![\w./-]\d)\d-\d{2}-\d{2})[ \t]*(?P<mark>(?:[·•|/,;][ \t]*)?(?:(?:then|and|followed[ \t]+by)"
                             r"(?:[ \t]+(?:the[ \t]+)?(?:acc(?:ount)?[ \t]+)?(?:number|no\.?|num)(?:[ \t]+is)?)?|acc(?:ount)?|a/c)?)[ \t]*(?P<account>\d{8})"
                             r"(?![\w/-]|[.,]\d)")
# Canada's transit and institution ("68433-003") and an account, joined by "and", a comma or a slash, where the line speaks of
# paying or of an account ("the club account; he gave me 68433-003 and 7119191 for the deposit slips").
_TRANSIT_PAIR = re.compile(r"(?P<code>\d(?<![\w./-]\d)\d{4}-\d{3})[ \t]*(?:[,/&][ \t]*|and[ \t]+|then[ \t]+)"
                           r"(?:(?i:folio|account|acct|compte)(?:[ \t]+(?i:no\.?|number|#))?[ \t]*:?[ \t]*)?(?P<account>\d{7,12})(?![\w/-]|[.,]\d)")
"""(A caisse populaire's account is its "folio": "institution transit 70079-004, folio 4448324".)"""
# Words of paying in a line: there a date-shaped pair before eight digits is a sort code and an account ("the correct
# details are 30-11-31 78512440"), not a date.
_PAYMENT_WORDS = re.compile(r"(?i)\b(?:bank|banking|details|transfer\w*|pay|paid|payment|payee|standing\s+order|direct\s+debit"
                            r"|subs|bacs|faster\s+payments?|refund\w*|remittance|rent|debit\w*|deposit\w*|payroll|autopay|ach|wire[ds]?|wiring)\b")
# A US routing number (its ABA check passes) and an account, joined by a slash or a bar, where the line speaks of
# paying ("pulls rent from 290954830 / 8162812699").
_ROUTING_PAIR = re.compile(r"(?P<routing>\d(?<![\w./-]\d)\d{8})[ \t]*[/|·•,][ \t]*(?P<account>\d{6,17})(?![\w/-]|[.,]\d)")
# The number first, then what it is: "246372518 is the routing, 90346911 the account".
_VALUE_THEN_LABEL = re.compile(r"(?P<v>\d(?<![\w.,/-]\d)(?:[ -]?\d){5,33})[ \t]+(?:is[ \t]+)?(?:(?:the|my)[ \t]+)?(?:routing|account|acct"
                               r"|sort[ \t]+code|aba|bsb|transit|iban|chequing|checking|savings)\b(?![ \t]+(?:settings|page|number\s+of))"
                               r"(?![ \t]*(?:no\.?|number|#)?[ \t]*[:#=]?[ \t]*\d)", re.I)  # not "12345-002 account 7654321": that labels what follows
_VALUE_THEN_LABEL_HINTS = any_of(("routing", "account", "acct", "sort code", "aba", "bsb", "transit", "iban", "chequing", "checking",
                                  "savings"))
_DIGIT_RUN = re.compile(r"\d(?<![\w-]\d)(?:[ -]?\d){5,33}(?![\w-])")
_NOT_DIGIT = re.compile(r"\D")


_JAPAN_POST = re.compile(r"記号|ゆうちょ|口座|銀行|振込|振り込")


_IFSC = re.compile(r"(?<![\w-])[A-Z]{4}0[A-Z0-9]{6}(?![\w-])")
"""An Indian bank branch's code: four letters, 0, six letters or digits."""


def find_bank_accounts(text: str) -> list[Finding]:
    """Labelled account numbers and bank codes, and national account formats, in ``text``."""
    found, accounts, codes = [], [], []
    if _VALUE_THEN_LABEL_HINTS.search(text.lower()):
        found += [Finding(*m.span("v"), ACCOUNT) for m in _VALUE_THEN_LABEL.finditer(text) if not filler_digits(m.group("v"))]
    if "\n" in text and _LABEL_GATE.search(text):  # "| Routing | Account |" over "| 088699297 | 190072647298 |"
        found += [Finding(*span, ACCOUNT) for span in labelled_cells(text, _account_header)]
    for match in _LABELLED.finditer(text) if _LABEL_GATE.search(text) else ():
        # An IFSC is an Indian bank branch's code: four letters, 0, six letters or digits.
        group = "ifsc" if match.group("ifsc") else "v"
        kind = "account" if match.group("account") else "code"
        if group == "v" and (sum(ch.isdigit() for ch in match.group("v")) < _MIN_DIGITS[kind] or filler_digits(match.group("v"))):
            continue  # too short, or a form's filler ("Sort code: 00-00-00")
        if match.group("account") == "番号" and not _JAPAN_POST.search(text):
            continue  # "請求書が届いた、番号259952": an invoice's number; Japan Post's comes with its symbol or a bank's word
        found.append(Finding(*match.span(group), ACCOUNT))
        (accounts if kind == "account" else codes).append(match.span())
    if accounts:
        found += _beside(text, accounts, _CODE_SHAPE, found)
    if codes:
        found += [f for f in _beside(text, codes, _ACCOUNT_RUN, found) if not labelled_as_other_number(text, f.start)]
        if "ifsc" in text.lower():  # "IFSC 78718181202, number SBIN0PZL826": the labels swapped, the branch's code still its shape
            found += [Finding(*m.span(), ACCOUNT) for m in _IFSC.finditer(text) if not any(f.start <= m.start() < f.end for f in found)]
    found += find_account_formats(text)
    found += find_nubans(text)
    if "-" in text:
        for pair in _SORT_CODE_PAIR.finditer(text):
            day, month, _ = (int(part) for part in pair.group("code").split("-"))
            worded = re.search(r"(?i)\b(?:number|no|num)\b", pair.group("mark"))  # "and number": only where a sort code is named
            if not filler_digits(pair.group("account")) and (not worded or "sort" in text.lower() or _PAYMENT_WORDS.search(text)) \
                    and (pair.group("mark") or not (1 <= day <= 31 and 1 <= month <= 12) or _PAYMENT_WORDS.search(text)):
                # A labelled half found already ("bank details 83-91-24 and 79751009"): the other half with it.
                found += [Finding(*pair.span(part), ACCOUNT) for part in ("code", "account")
                          if not any(f.start < pair.end(part) and pair.start(part) < f.end for f in found)]
    for pair in _TRANSIT_PAIR.finditer(text) if "-" in text else ():
        if not filler_digits(pair.group("account")) and (_PAYMENT_WORDS.search(text) or "account" in text.lower()
                                                          or pair.group(0)[len(pair.group("code")):].strip(" ,/&").lower().startswith("folio")):
            found += [Finding(*pair.span(part), ACCOUNT) for part in ("code", "account")
                      if not any(f.start < pair.end(part) and pair.start(part) < f.end for f in found)]
    for pair in _ROUTING_PAIR.finditer(text):  # the pair's shape and check first, the words of paying last: most texts hold none
        if rtn.is_valid(pair.group("routing")) and not filler_digits(pair.group("account")) and _PAYMENT_WORDS.search(text):
            found += [Finding(*pair.span(part), ACCOUNT) for part in ("routing", "account")
                      if not any(f.start < pair.end(part) and pair.start(part) < f.end for f in found)]
    lowered = text.lower()
    if _ENDING_HINTS.search(lowered):
        found += _ending_in(text)
    return found


def _beside(text: str, anchors: list[tuple[int, int]], pattern: re.Pattern[str], taken: list[Finding]) -> list[Finding]:
    """What ``pattern`` finds right before or after a labelled account or bank code (``anchors``: from
    the label to the value), only marks or one short word between, and apart from what is ``taken``:
    the other half of the pair (a bank code is written with its account)."""
    found: list[Finding] = []
    for start, end in anchors:
        for match in pattern.finditer(text, max(0, start - _BESIDE), min(len(text), end + _BESIDE)):
            gap = (match.end(), start) if match.end() <= start else (end, match.start())
            if gap[0] <= gap[1] and "\n" not in text[gap[0]:gap[1]] and _PAIR_GAP.fullmatch(text, *gap) \
                    and all(match.end() <= other.start or match.start() >= other.end for other in taken + found):
                found.append(Finding(match.start(), match.end(), ACCOUNT))
    return found


def _ending_in(text: str) -> list[Finding]:
    """Numbers that end in the digits the text gives as an account's or card's last ones."""
    found = []
    for ending in _ENDING.finditer(text):
        last = ending.group("last")
        for run in _DIGIT_RUN.finditer(text):
            digits = _NOT_DIGIT.sub("", run.group(0))
            if run.start() != ending.start("last") and len(digits) > len(last) + 2 and digits.endswith(last) \
                    and not labelled_as_other_number(text, run.start()):
                found.append(Finding(run.start(), run.end(), ACCOUNT))
    return found


_HEADER = LazyPattern(rf"(?i)(?:bank\s+)?(?:{_ACCOUNT_LABEL}|{_BANK_CODE_LABEL}){_NUMBER_WORD}(?:\s*\([^()]{{1,12}}\))?")
_CELL_NUMBER = re.compile(r"\d(?:[ -]?\d){4,33}")


def _account_header(cell: str) -> object:
    """A check for the cells under a header that names an account or a bank code (None: it names neither)."""
    if len(cell) > 30 or any(ch.isdigit() for ch in cell) or not _HEADER.fullmatch(cell):
        return None
    return lambda value: bool(_CELL_NUMBER.fullmatch(value)) and not filler_digits(value)
