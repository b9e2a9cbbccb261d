"""Bank account numbers outside IBANs: named by a label in one of many languages ("Kto.-Nr.",
"numer konta", "口座番号", "계좌번호", "conta corrente"), with the bank's code beside them ("BLZ",
"sort code", "RTN", "transit", "agência", "reg.nr."), or written in a national format that carries
its own check (a Polish NRB, a French RIB, a Spanish CCC, a Mexican CLABE, Norwegian, Czech and New
Zealand account numbers; validated by python-stdnum where it has the country)."""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import iban as stdnum_iban
from stdnum.cz import bankaccount as cz_account
from stdnum.es import ccc as es_ccc
from stdnum.no import kontonr as no_account
from stdnum.nz import bankaccount as nz_account

from device.privacy.findings import ACCOUNT, Finding, any_of, labelled_as_other_number

# Words that name an account number, in the languages the redactor reads.
_ACCOUNT_LABEL = (
    r"(?:bank\s*)?(?:account|acc|acct)|a/c|c/c|checking|savings|bank\s+details|bankverbindung"
    r"|(?:bank|giro|spar|gehalts)?konto(?:nummer|nr)?|kto|compte|num[ée]ro\s+de\s+compte|rekening(?:nummer)?"
    r"|conto(?:\s+corrente)?|conta(?:\s+corrente)?|cuenta(?:\s+corriente)?|n[úu]mero\s+de\s+(?:cuenta|conta)"
    r"|clabe(?:\s+interbancaria)?|cbu|cvu|numer\s+konta|nr\s+rachunku|rachunek|rachunku|konta"
    r"|[čc][íi]slo\s+[úu][čc]tu|[čc]\.\s*[úu]\.|tilinumero|tili|bankszámla(?:szám)?|számlaszám"
    r"|口座番号|口座|普通|当座|계좌(?:번호)?|账号|账户|帳號|रखाता|счёт|счет|номер\s+счёта"
)
# Words that name the bank's code written beside the account: a shorter number, found with it.
_BANK_CODE_LABEL = (
    r"routing|rtn|aba|sort\s*code|s/c|sc|bsb|transit|num[ée]ro\s+de\s+transit|institution|blz|bankleitzahl"
    r"|reg\.?\s*nr|registreringsnummer|clearing(?:nummer)?|ag[êe]ncia|ag|ifsc"
)
_NUMBER_WORD = r"(?:[ \t_.-]*(?:no\.?|nr\.?|number|num\.?|n[°º.]\.?|#|-?nummer))?"
_JOINT = r"[\"'\]]{0,2}[ \t]*[:#=：]?[ \t]*[\"']?[ \t]*"
# Digits in groups (spaces, dots, dashes, " / " between an account and its bank code).
_VALUE = r"(?P<v>\d(?:(?:[ ./-]|[ \t]/[ \t])?\d){3,33}(?:-[\dXx])?)(?![\d])"
_LABELLED = re.compile(
    rf"(?i)(?<![\w/])(?:(?P<account>{_ACCOUNT_LABEL})|(?P<code>{_BANK_CODE_LABEL}))(?![^\W\d_])\.?{_NUMBER_WORD}"
    rf"{_JOINT}{_VALUE}"
)
_MIN_DIGITS = {"account": 5, "code": 4}
# "the account ending 4821", "card ending in 4821", "acct ****4821", "last 4 digits 4821": the full
# number, written elsewhere in the text, ends in those digits.
_CARD_LABEL = r"card|karte|carte|tarjeta"
_ENDING = re.compile(
    rf"(?i)(?<![\w/])(?:(?:{_ACCOUNT_LABEL}|{_CARD_LABEL})(?![^\W\d_])[^\n\d]{{0,24}}?"
    r"(?:\b(?:ending|ends)(?:\s+(?:in|with))?|\b(?:endet|endend)\s+auf|\b(?:se\s+termine|finissant)\s+par"
    r"|\b(?:que\s+)?termina(?:da|do|nte)?\s+(?:en|in|em|con)|\beindig(?:t|end)\s+op|\blast\s+(?:3|4|three|four)(?:\s+digits)?(?:\s+(?:are|is))?|[*•·xX]{2,})"
    rf"|\blast\s+(?:3|4|three|four)\s+(?:digits\s+)?of\s+(?:the\s+|my\s+|your\s+)?(?:{_ACCOUNT_LABEL}|{_CARD_LABEL})"
    r"(?:\s+(?:number|no\.?))?(?:\s+(?:are|is))?)[\s:#]*(?P<last>\d{3,4})(?!\d)"
)
_ENDING_HINTS = any_of(("end", "last", "**", "xx", "••", "··"))
_DIGIT_RUN = re.compile(r"(?<![\w-])\d(?:[ -]?\d){5,33}(?![\w-])")
_NOT_DIGIT = re.compile(r"\D")


def rib_ok(value: str) -> bool:
    """Whether ``value`` is a French RIB (bank, branch, account, key): its key is
    97 - (89 * bank + 15 * branch + 3 * account) mod 97, the account's letters read as digits."""
    compact = re.sub(r"[ .-]", "", value).upper()
    if len(compact) != 23 or not (compact[:10] + compact[21:]).isdigit():
        return False
    account = compact[10:21].translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789"))
    if not account.isdigit():
        return False
    return 97 - (89 * int(compact[:5]) + 15 * int(compact[5:10]) + 3 * int(account)) % 97 == int(compact[21:])


def clabe_ok(value: str) -> bool:
    """Whether ``value`` is a Mexican CLABE: 18 digits, the last a check over weights 3, 7, 1."""
    digits = re.sub(r"[ -]", "", value)
    if len(digits) != 18 or not digits.isdigit():
        return False
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == int(digits[17])


def nrb_ok(value: str) -> bool:
    """Whether ``value`` is a Polish NRB: a PL IBAN without its country letters."""
    return stdnum_iban.is_valid("PL" + re.sub(r"\s", "", value))


# National forms, each distinctive in layout and checked: pattern, validator, and what a text needs
# for the pattern to be worth running (its fewest digits, a separator it always has).
_FORMATS: tuple[tuple[re.Pattern[str], Callable[[str], bool], int, str], ...] = (
    (re.compile(r"(?<![\d-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\d-])"), nz_account.is_valid, 15, "-"),
    (re.compile(r"(?<![\d/-])(?:\d{1,6}-)?\d{2,10}/\d{4}(?![\d/])"), cz_account.is_valid, 6, "/"),
    (re.compile(r"(?<![\d.])\d{4}\.\d{2}\.\d{5}(?![\d.])"), no_account.is_valid, 11, "."),
    (re.compile(r"(?<!\d)(?<!\d )\d{2}(?: \d{4}){6}(?![ ]?\d)|(?<!\d)\d{26}(?!\d)"), nrb_ok, 26, ""),
    (re.compile(r"(?<!\d)(?<!\d )\d{5} \d{5} [A-Z0-9]{11} \d{2}(?![ ]?\d)"), rib_ok, 12, " "),
    (re.compile(r"(?<!\d)(?<!\d )\d{4} \d{4} \d{2} \d{10}(?![ ]?\d)|(?<!\d)\d{20}(?!\d)"), es_ccc.is_valid, 20, ""),
    (re.compile(r"(?<!\d)(?<!\d )\d{3} ?\d{3} ?\d{11} ?\d(?![ ]?\d)"), clabe_ok, 18, ""),
)
_WITHOUT_DIGITS = str.maketrans("", "", "0123456789")


def find_bank_accounts(text: str) -> list[Finding]:
    """Labelled account numbers and bank codes, and national account formats, in ``text``."""
    found = []
    for match in _LABELLED.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group("v"))
        if digits >= _MIN_DIGITS["account" if match.group("account") else "code"]:
            found.append(Finding(match.start("v"), match.end("v"), ACCOUNT))
    digit_count = len(text) - len(text.translate(_WITHOUT_DIGITS))
    for pattern, valid, fewest_digits, separator in _FORMATS:
        if digit_count < fewest_digits or separator not in text:
            continue
        for match in pattern.finditer(text):
            if valid(match.group(0)):
                found.append(Finding(match.start(), match.end(), ACCOUNT))
    lowered = text.lower()
    if _ENDING_HINTS.search(lowered):
        found += _ending_in(text)
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
