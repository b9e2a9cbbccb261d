"""National identifiers named by the labels python-stdnum itself gives them. Each of its country
modules opens with the number's names ("NIT (Número de Identificación Tributaria, Guatemala tax
number).", "PNF (ЛНЧ, Личен номер на чужденец, ...)", "The Cédula de Residencia (CR), also known as
DIMEX ..."), so a name found in a text picks the modules whose check the number after it must pass:
one catalogue for the 200-odd identifiers python-stdnum knows, instead of a pattern per kind.

A label also brings in the identifiers of the writer's region, and a few words say "tax number"
in general ("tax ref no", "skattenummer"): "Steuernummer (AT) 57-892/3260" is an Austrian number
under the German word. Numbers of companies, banks, goods and places (VAT-free company registers,
IBANs, postal codes, securities) are left out: they are not a person's."""

from __future__ import annotations

import ast
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from importlib import import_module

import stdnum

from device.privacy.findings import NATIONAL_ID, Finding, filler_digits, longest_valid_run

# Module summaries that name something other than a person's number.
_NOT_PERSONAL = re.compile(
    r"(?i)compan|business|enterprise|organi[sz]ation|corporate|commerc|trade\s+regist|economic\s+units"
    r"|\bbank|iban|account\s+number|postal|postcode|securities|stock\s+exchange|routing|receipt|drugs|meter"
    r"|property|activity|creditor|banknote|excise|energy|classification|school|memorandum|payment\s+slips|leitweg"
)
# Words that say "tax number" without naming a country's: they pick the region's identifiers.
_TAX_WORDS = ("tax number", "tax no", "tax id", "tax ref", "tax reference", "tax reference number",
              "tax identification number", "taxpayer id", "taxpayer number", "taxpayer ref", "taxpayer reference",
              "skattenummer", "skatteid")
_NUMBER_WORDS = ("nummer", "numero", "number", "numer", "nomer")
_NUMBER_ABBREVIATIONS = ("nr", "nro", "no")
_MIN_STEM = 9  # a compound's stem that names the number alone ("Abgabenkonto" for "Abgabenkontonummer")
_MAX_JOINED = 8  # abbreviations written apart or together ("St.-Nr.", "StNr"; "BC PHN")
_MIN_ABBREVIATION = 3  # two-letter names ("CR", "CC", "NI") say too little on their own

# Words as the labels are matched: letter runs, and dotted abbreviations read as one word ("R.I.F.").
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}(?:[^\W\d_](?![^\W\d_]))?|[^\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_DOTTED = re.compile(r"\.[^\W\d_]\.")  # a dotted abbreviation's middle (".I." of "R.I.F."): a literal first, fast
_FRACTION_OF = re.compile(r"(?<![\d.])\d{1,3}\.$")
"""Digits after a short whole number and a point are a decimal's fraction ("pin: 52.370216, 4.89"), not an identifier."""
_KEY_END = re.compile(r"[\"'\]]?[ \t]*[:=]")
_GAP = re.compile(r"[\s.\-_/']{0,3}")
# After the label: a number word, a bracket ("(AT)", "(persona natural)"), up to three words saying
# whose it is ("del contribuyente", "pribadi"), a sign or "is", then the value (a digit in its first
# few characters: "P20879980", "V-28582320-6").
_TAIL = re.compile(
    r"(?i)\.?(?:[ \t]*[-_.]?[ \t]*(?:no|nr|nro|number|num|n[°º]|#|№)\b\.?)?[ \t]*\)?"
    r"(?:[ \t]*\([^()\n]{1,24}\))?(?:[ \t]+[^\W\d_]{2,14}){0,3}?"
    r"[\"']?[ \t]*(?:[:#=：>]|is|es|est|ist|é|er|on)?[ \t]*[\"']?[ \t]*"
    r"(?P<v>(?=[A-Z]{0,3}[ ./-]?\d)[A-Z0-9](?:[A-Z0-9]|[ ./-](?=[A-Z0-9])){3,24})(?![\w])"
)
# A module's docstring and whether it has a check, read from its source: importing the ~210 country
# modules to read them cost 60-90 ms on the first text with a digit, reading their files ~10 ms. A
# module is imported when its check is first needed (``_checks``).
_DOCSTRING = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?P<literal>[rRuU]?(?P<q>\"\"\"|''').*?(?P=q))", re.S)
_DEFINES_IS_VALID = re.compile(r"^(?:def\s+is_valid\s*\(|is_valid\s*=|from\s+[\w.]+\s+import\s+[^\n]*\bis_valid\b)", re.M)
_FOLD = {code: unicodedata.normalize("NFD", chr(code))[0] for code in range(0xC0, 0x250)
         if unicodedata.normalize("NFD", chr(code))[0].isascii()}


def fold(text: str) -> str:
    """``text`` with accents dropped from Latin letters, one character for one (offsets hold)."""
    return text.translate(_FOLD)


def _words(label: str) -> tuple[str, ...]:
    return tuple(m.group(0).replace(".", "").lower() for m in _WORD.finditer(fold(label)))


def _variants(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """A label's word sequences as written: as named, joined ("StNr" for "St.-Nr."), and with its
    number word abbreviated ("Steuer-Nr.", "onderwijsnr.", "veronro")."""
    yield words
    if len(words) > 1 and len("".join(words)) <= _MAX_JOINED:
        yield ("".join(words),)
    last = words[-1]
    for number in _NUMBER_WORDS:
        stem = last[:-len(number)]
        if last.endswith(number) and stem:
            for short in _NUMBER_ABBREVIATIONS + (number,):
                yield words[:-1] + (stem, short)
                yield words[:-1] + (stem + short,)
            if len(stem) >= _MIN_STEM:
                yield words[:-1] + (stem,)


def _names(doc: str) -> list[str]:
    """The names a python-stdnum module's docstring gives its number: the summary's abbreviations
    and bracketed names, the name the description opens with and the ones it is "also known as"."""
    summary, _, rest = doc.strip().partition("\n")
    head, _, inside = summary.rstrip(".").partition(" (")
    names = re.split(r",\s*|\s+or\s+", head) + re.split(r",\s*|\s+or\s+", inside.rstrip(")"))
    described = re.match(r"\s*The\s+([^()\n,.]{3,60}?)\s+\(([^()]{2,40})\)", rest)
    if described:
        names += [described.group(1)] + re.split(r",\s*|\s+or\s+", described.group(2))
    known = re.search(r"also\s+know[n]?\s+as\s+([^,.()]{2,60}?)(?:\s+or\s+([^,.()]{2,60}))?[,.]", rest)
    if known:
        names += [name for name in known.groups() if name]
    return [re.sub(r"^(?:the|sometimes)\s+", "", name.strip(), flags=re.I) for name in names if name.strip()]


@cache
def _catalogue() -> tuple[dict[str, list[str]], dict[str, list[str]], frozenset[str]]:
    """python-stdnum's personal identifiers: modules by country, modules by label (its words joined
    by a blank), and the labels that are only capitals' abbreviations ("EIN", "BIS", "RUC"). Read
    once, when a text with a digit is first redacted (from the modules' sources: ~10 ms)."""
    by_country: dict[str, list[str]] = {}
    by_label: dict[str, list[str]] = {}
    capitals: set[str] = set()
    words_too: set[str] = set()
    for name, path in _country_modules():
        country = name.partition(".")[0].rstrip("_")
        if len(country) != 2 or country == "eu":
            continue
        doc, checks = read_module(name, path)
        if not checks or _NOT_PERSONAL.search(doc.strip().partition("\n")[0]):
            continue
        by_country.setdefault(country, []).append(name)
        for label in _names(doc):
            words = _words(label)
            if not words or (len(words) == 1 and len(words[0]) < _MIN_ABBREVIATION):
                continue
            for variant in _variants(words):
                key = " ".join(variant)
                modules = by_label.setdefault(key, [])
                if name not in modules:
                    modules.append(name)
                (capitals if label.replace(".", "").isupper() else words_too).add(key)
    for label in _TAX_WORDS:
        for variant in _variants(_words(label)):
            by_label.setdefault(" ".join(variant), [])
            words_too.add(" ".join(variant))
    return by_country, by_label, frozenset(capitals - words_too)


def _country_modules() -> list[tuple[str, str]]:
    """python-stdnum's modules one package deep ("de.stnr"), with their source files, in name order
    (as ``pkgutil.iter_modules`` lists them)."""
    found: list[tuple[str, str, str]] = []
    for root in stdnum.__path__:
        for package in os.scandir(root):
            if not package.is_dir() or not os.path.exists(os.path.join(package.path, "__init__.py")):
                continue
            for entry in os.scandir(package.path):
                if entry.name.endswith(".py") and entry.name != "__init__.py":
                    found.append((package.name, entry.name[:-3], entry.path))
    return [(f"{package}.{module}", path) for package, module, path in sorted(found)]


def read_module(name: str, path: str) -> tuple[str, bool]:
    """A python-stdnum module's docstring and whether it has ``is_valid``, from its source file
    (imported instead where the source cannot be read)."""
    try:
        with open(path, encoding="utf-8") as source:
            text = source.read()
        match = _DOCSTRING.match(text)
        doc = ast.literal_eval(match.group("literal")) if match else ""
        # Most define it; the others import it (sk.rc from cz.rc): looked for after the docstring.
        checks = "\ndef is_valid(" in text or _DEFINES_IS_VALID.search(text, match.end() if match else 0) is not None
        return doc, checks
    except (OSError, UnicodeDecodeError, ValueError, SyntaxError):
        module = import_module(f"stdnum.{name}")
        return module.__doc__ or "", hasattr(module, "is_valid")


def _checks(names: tuple[str, ...]) -> Callable[[str], bool]:
    validators = [import_module(f"stdnum.{name}").is_valid for name in names]
    return lambda value: not filler_digits(value) and any(valid(value.upper()) for valid in validators)


class StdnumLabelDetector:
    """Identifiers after a name python-stdnum gives them, or after a general tax number's word,
    that pass the check of a module the name picks or of the writer's region."""

    def __init__(self, region: str | None = None) -> None:
        self.region = region.lower() if region else None
        self._cached_checks: dict[tuple[str, ...], Callable[[str], bool]] = {}

    def find(self, text: str) -> list[Finding]:
        """Labelled identifiers in ``text``."""
        folded = text if text.isascii() else fold(text)
        first = _first_words(self.region)
        # One scan in C decides most texts: none of their words starts a label.
        if first.keys().isdisjoint(_LETTERS.findall(folded.lower())) and not _DOTTED.search(folded):
            return []
        words = [(m.start(), m.end(), m.group(0).replace(".", "").lower()) for m in _WORD.finditer(folded)]
        found = []
        for i, (start, _, word) in enumerate(words):
            for sequence, modules, capitals in first.get(word, ()):
                end = _label_end(folded, words, i, sequence)
                if end is None or (capitals and not text[start:end].isupper() and not _KEY_END.match(text, end)):
                    continue
                match = _TAIL.match(text, end)
                if match is None:
                    continue
                valid = self._cached_checks.get(modules) or self._cached_checks.setdefault(modules, _checks(modules))
                run = longest_valid_run(text, match.start("v"), match.end("v"), valid, " ./-", digits=4)
                if run is not None and not _FRACTION_OF.search(text, 0, run[0]):
                    found.append(Finding(*run, NATIONAL_ID))
        return found


@cache
def _first_words(region: str | None) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool]]]:
    """Label word sequences by their first word, each with the modules that check its value and
    whether it counts only in capitals or as a key ("EIN" and "ein=", not the German article)."""
    by_country, by_label, capitals = _catalogue()
    regional = by_country.get(region or "", [])
    first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool]]] = {}
    for label, modules in by_label.items():
        names = tuple(dict.fromkeys(modules + regional))
        if names:
            sequence = tuple(label.split(" "))
            first.setdefault(sequence[0], []).append((sequence, names, label in capitals))
    return first


def _label_end(folded: str, words: list[tuple[int, int, str]], i: int, sequence: tuple[str, ...]) -> int | None:
    """Where ``sequence`` ends if the text's words from the ``i``-th spell it, apart by short gaps."""
    if i + len(sequence) > len(words):
        return None
    for k in range(1, len(sequence)):
        start, _, word = words[i + k]
        if word != sequence[k] or not _GAP.fullmatch(folded, words[i + k - 1][1], start):
            return None
    return words[i + len(sequence) - 1][1]
