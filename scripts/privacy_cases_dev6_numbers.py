"""Numbers for dev6 (``privacy_cases_dev6.py``, the held-out set from 2026-12-04): phones of 20
countries, cards of 9 brands, IBANs of 10 countries and national account numbers of 14 formats that no other set
holds, and national identifiers of 16 kinds that no other set holds.

Phones, cards, IBANs and accounts are made here from the numbering plans, the brands' number
ranges and the check-digit rules; identifiers take their check digits from python-stdnum's
``calc_check_digit`` where it has one (the referee test checks them with its ``validate``).
"""

from __future__ import annotations

import importlib
import random
import string
from collections.abc import Callable

from privacy_cases import digits, iban, luhn_complete

Maker = Callable[[random.Random], str]


def _sub(r: random.Random, k: int) -> str:
    """``k`` digits, the first not 0 or 1."""
    return str(r.randint(2, 9)) + digits(r, k - 1)


def _pick(r: random.Random, options: str | list[str]) -> str:
    return r.choice(list(options) if isinstance(options, str) else options)


# --- phones: (national form, international form) per country, from its numbering plan -------------

PHONES: dict[str, list[Maker]] = {
    "AM": [lambda r: f"0{_pick(r, ['91', '93', '94', '77', '98', '99'])} {digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}",
           lambda r: f"+374 {_pick(r, ['91', '95', '96', '55', '41'])} {digits(r, 6)}"],
    "KG": [lambda r: f"0{_pick(r, ['700', '701', '555', '770', '500', '220'])} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+996 {_pick(r, ['705', '708', '550', '557', '775'])} {digits(r, 6)}"],
    "MD": [lambda r: f"0{_pick(r, ['69', '68', '79', '78'])}{digits(r, 1)} {digits(r, 2)} {digits(r, 3)}",
           lambda r: f"+373 {_pick(r, ['60', '62', '67', '69', '76'])} {digits(r, 3)} {digits(r, 3)}"],
    "BY": [lambda r: f"8 0{_pick(r, ['29', '33', '44'])} {_sub(r, 3)}-{digits(r, 2)}-{digits(r, 2)}",
           lambda r: f"+375 ({_pick(r, ['29', '33', '44'])}) {_sub(r, 3)}-{digits(r, 2)}-{digits(r, 2)}"],
    "ME": [lambda r: f"0{_pick(r, ['67', '68', '69'])} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+382 {_pick(r, ['67', '68', '69'])} {digits(r, 3)} {digits(r, 3)}"],
    "BH": [lambda r: f"{_pick(r, ['36', '39', '33', '34'])}{digits(r, 2)} {digits(r, 4)}",
           lambda r: f"+973 {_pick(r, ['36', '39', '37'])}{digits(r, 2)}{digits(r, 4)}"],
    "OM": [lambda r: f"{_pick(r, ['92', '95', '99', '72', '79'])}{digits(r, 2)} {digits(r, 4)}",
           lambda r: f"+968 9{_pick(r, '1235689')}{digits(r, 2)} {digits(r, 4)}"],
    "MM": [lambda r: f"09 {_pick(r, ['25', '26', '78', '79', '96', '97', '98'])}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+95 9 {_pick(r, ['25', '26', '78', '79', '97'])}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"],
    "LA": [lambda r: f"020 {_pick(r, '2579')}{digits(r, 3)} {digits(r, 4)}",
           lambda r: f"+856 20 {_pick(r, '2579')}{digits(r, 3)} {digits(r, 4)}"],
    "BN": [lambda r: f"{_pick(r, '78')}{digits(r, 2)} {digits(r, 4)}", lambda r: f"+673 {_pick(r, '78')}{digits(r, 6)}"],
    "SN": [lambda r: f"{_pick(r, ['70', '76', '77', '78'])} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"+221 {_pick(r, ['70', '76', '77', '78'])} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"],
    "CI": [lambda r: f"{_pick(r, ['07', '05', '01'])} {_pick(r, '0123456789')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"+225 {_pick(r, ['07', '05', '01'])} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"],
    "CM": [lambda r: f"6 {_pick(r, ['70', '71', '75', '77', '79', '90', '94', '96', '99', '55', '80'])} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
           lambda r: f"+237 6{_pick(r, ['70', '75', '77', '90', '97', '55'])}{digits(r, 6)}"],
    "RW": [lambda r: f"07{_pick(r, '2389')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
           lambda r: f"+250 7{_pick(r, '2389')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"],
    "ZM": [lambda r: f"09{_pick(r, '567')}{digits(r, 1)} {digits(r, 6)}", lambda r: f"+260 9{_pick(r, '567')} {digits(r, 7)}"],
    "BO": [lambda r: f"{_pick(r, '67')}{digits(r, 7)}", lambda r: f"+591 7{digits(r, 7)}"],
    "HN": [lambda r: f"{_pick(r, '398')}{digits(r, 3)}-{digits(r, 4)}", lambda r: f"+504 9{digits(r, 3)}-{digits(r, 4)}"],
    "TT": [lambda r: f"(868) {_pick(r, ['620', '678', '681', '720', '740', '750', '760', '780', '790'])}-{digits(r, 4)}",
           lambda r: f"+1 868 {_pick(r, ['620', '683', '710', '745', '777', '797'])} {digits(r, 4)}"],
    "MO": [lambda r: f"6{_pick(r, '235')}{digits(r, 2)} {digits(r, 4)}", lambda r: f"+853 6{_pick(r, '235')}{digits(r, 6)}"],
    "FJ": [lambda r: f"{_pick(r, ['70', '72', '83', '86', '90', '92', '97'])}{digits(r, 1)} {digits(r, 4)}",
           lambda r: f"+679 {_pick(r, ['70', '73', '83', '92', '99'])}{digits(r, 1)} {digits(r, 4)}"],
}


# --- cards: brand -> (prefixes, length, print groups) ----------------------------------------------

CARDS: dict[str, tuple[list[str], int, tuple[int, ...]]] = {
    "rupay": (["6070", "6521", "6522", "8172", "5085", "6080"], 16, (4, 4, 4, 4)),
    "troy": (["9792"], 16, (4, 4, 4, 4)),
    "elo": (["636368", "438935", "504175", "451416", "636297", "506699", "509048"], 16, (4, 4, 4, 4)),
    "hipercard": (["606282"], 16, (4, 4, 4, 4)),
    "verve": (["506099", "506105", "507865", "650002"], 19, (4, 4, 4, 4, 3)),
    "dankort": (["5019"], 16, (4, 4, 4, 4)),
    "uatp": (["1"], 15, (4, 5, 6)),
    "mastercard_2series": (["2221", "2305", "2418", "2563", "2691", "2720"], 16, (4, 4, 4, 4)),
    "visa_electron": (["4026", "417500", "4508", "4844", "4913", "4917"], 16, (4, 4, 4, 4)),
}


def card(r: random.Random, brand: str) -> str:
    """A Luhn-valid number of ``brand``'s range, compact."""
    prefixes, length, _ = CARDS[brand]
    return luhn_complete(r.choice(prefixes), length, r)


def printed(number: str, groups: tuple[int, ...], sep: str = " ") -> str:
    """``number`` split into the brand's print groups."""
    out, i = [], 0
    for g in groups:
        out.append(number[i:i + g])
        i += g
    return sep.join(out)


# --- IBANs of the countries no other set has, with their national keys ----------------------------

def _rib_key(bank: str, branch: str, account: str) -> str:
    """The French-style RIB key (97 - (89 bank + 15 branch + 3 account) mod 97), letters of the
    account read as their RIB digits."""
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    value = 89 * int(bank) + 15 * int(branch) + 3 * int(account.translate(table))
    return f"{97 - value % 97:02d}"


def _tn_bban(r: random.Random) -> str:
    body = _pick(r, ["01", "03", "04", "05", "07", "08", "10", "11", "14", "17"]) + digits(r, 3) + digits(r, 13)
    return body + f"{97 - int(body) * 100 % 97:02d}"  # the RIB's key: mod 97 over the 18 digits


def _bi_bban(r: random.Random) -> str:
    bank, branch, account = digits(r, 5), digits(r, 5), digits(r, 11)
    return bank + branch + account + _rib_key(bank, branch, account)


def _st_bban(r: random.Random) -> str:
    return "0001" + digits(r, 4) + digits(r, 11) + digits(r, 2)


BBANS: dict[str, Maker] = {
    "TN": _tn_bban,
    "BI": _bi_bban,
    "DJ": _bi_bban,
    "FK": lambda r: "SC" + digits(r, 12),
    "HN": lambda r: _pick(r, ["BCCI", "BAHO", "FICO", "BAMR"]) + digits(r, 20),
    "LC": lambda r: _pick(r, ["HEMM", "BOSL", "RBNK"]) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(4))
                    + digits(r, 20),
    "SD": lambda r: _pick(r, ["21", "29", "31", "45"]) + digits(r, 12),
    "SO": lambda r: "1000" + digits(r, 3) + digits(r, 12),
    "ST": _st_bban,
    "YE": lambda r: _pick(r, ["CBYE", "TIBY", "YKBA"]) + digits(r, 4) + digits(r, 18),
}


def ibans(r: random.Random, per_country: int = 5) -> list[tuple[str, str]]:
    """``(country, compact IBAN)``, ``per_country`` of each."""
    return [(c, iban(c, make(r))) for c, make in BBANS.items() for _ in range(per_country)]


def iban_shown(value: str, i: int) -> str:
    """The IBAN as people write it: grouped, compact, lower case after a copy, or with dashes."""
    groups = " ".join(value[k:k + 4] for k in range(0, len(value), 4))
    return [groups, value, groups, value.lower(), groups.replace(" ", "-")][i % 5]


# --- national account numbers (not IBANs) under their labels ---------------------------------------

def mod97_pair(body: str) -> str:
    """Two check digits making ``body`` + them a multiple of 97 plus 1 (ISO 7064 MOD 97-10), as
    Serbian, Montenegrin, Macedonian and Bosnian account numbers carry them."""
    return f"{98 - int(body) * 100 % 97:02d}"


def rs_account(r: random.Random, bank: str) -> str:
    body = bank + digits(r, 13)
    return f"{bank}-{body[3:]}-{mod97_pair(body)}"


def mk_account(r: random.Random) -> str:
    body = _pick(r, ["300", "210", "250", "270"]) + digits(r, 10)
    return body + mod97_pair(body)


def ba_account(r: random.Random) -> str:
    body = _pick(r, ["154", "338", "161", "134"]) + digits(r, 11)
    return f"{body[:3]}-{body[3:6]}-{body[6:]}{mod97_pair(body)}"


def fi_old_account(r: random.Random) -> str:
    """An old Finnish account number (bank group 1-8, Luhn over the 14-digit machine form)."""
    bank = _pick(r, ["1", "2", "5", "8"]) + digits(r, 5)  # Nordea, OP and Danske groups pad after the 6th digit
    machine = luhn_complete(bank, 14, r)
    shown_tail = machine[6:].lstrip("0") or "0"
    return f"{machine[:6]}-{shown_tail}"


def fi_machine(value: str) -> str:
    """The 14-digit machine form of an old Finnish account number as printed by ``fi_old_account``."""
    bank, tail = value.split("-")
    return bank + tail.zfill(8)


ACCOUNT_MAKERS: dict[str, Maker] = {
    "rs": lambda r: rs_account(r, _pick(r, ["160", "265", "205", "170"])),
    "me": lambda r: rs_account(r, _pick(r, ["510", "530", "535", "550"])),
    "mk": mk_account,
    "ba": ba_account,
    "fi_old": fi_old_account,
    "tw": lambda r: f"{_pick(r, ['822', '812', '808', '700'])}-{digits(r, 12)}",
    "il": lambda r: f"{_pick(r, ['10', '12', '11', '20'])}-{digits(r, 3)}-{digits(r, 6)}",
    "cl": lambda r: f"{r.randint(8, 24)}{digits(r, 6)}",
    "ve": lambda r: f"{_pick(r, ['0102', '0105', '0134', '0108'])}-{digits(r, 4)}-{digits(r, 2)}-{digits(r, 10)}",
    "cr": lambda r: f"{_pick(r, ['151', '152', '102'])}{digits(r, 14)}",
    "ec": lambda r: f"22{digits(r, 8)}",
    "lk": lambda r: f"{digits(r, 4)}{digits(r, 8)}",
    "kh": lambda r: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "gh": lambda r: f"{digits(r, 13)}",
}


# --- national identifiers no other set has ----------------------------------------------------------

def _by_check(module: str, body_len: int, prefix: Callable[[random.Random], str] = lambda r: "",
              fmt: Callable[[str], str] = lambda v: v) -> Maker:
    """A maker appending python-stdnum's check digit(s) of ``module`` to random digits."""
    def make(r: random.Random) -> str:
        calc = importlib.import_module(f"stdnum.{module}").calc_check_digit
        body = prefix(r) + digits(r, body_len)
        return fmt(body + calc(body))
    return make


def _until_valid(module: str, candidate: Maker) -> Maker:
    """A maker drawing ``candidate`` values until python-stdnum's ``module`` accepts one (for the
    identifiers whose check is a whole-number rule with no ``calc_check_digit``)."""
    def make(r: random.Random) -> str:
        is_valid = importlib.import_module(f"stdnum.{module}").is_valid
        while True:
            value = candidate(r)
            if is_valid(value):
                return value
    return make



# kind -> (maker, region, python-stdnum module that referees it, templates)
NATIONAL_IDS: dict[str, tuple[Maker, str, str, list[str]]] = {
    "bg_pnf": (_until_valid("bg.pnf", lambda r: digits(r, 10)), "BG", "bg.pnf",
               ["ЛНЧ {v}", "Личен номер на чужденец: {v}", "удостоверение за пребиваване, ЛНЧ: {v}", "pnf={v}"]),
    "nl_onderwijsnummer": (_until_valid("nl.onderwijsnummer", lambda r: "10" + digits(r, 7)), "NL", "nl.onderwijsnummer",
                           ["onderwijsnummer {v}", "Leerling: Daan, onderwijsnr. {v}", "DUO-inschrijving, onderwijsnummer: {v}",
                            "leerlingnummer (BRIN/onderwijsnummer) {v}"]),
    "de_stnr": (lambda r: f"{r.choice(['21', '22', '23', '24', '27', '28'])}/{digits(r, 3)}/{_sub(r, 5)}", "DE", "de.stnr",
                ["Steuernummer {v}", "St.-Nr. {v} (Finanzamt Kiel)", "ELSTER: Steuernummer: {v}", "Steuer-Nr.: {v}"]),
    "at_tin": (_until_valid("at.tin", lambda r: f"{r.choice(['03', '09', '46', '57', '61', '69'])}-{digits(r, 3)}/{digits(r, 4)}"), "AT",
               "at.tin", ["Steuernummer (AT) {v}", "FinanzOnline Abgabenkontonummer {v}", "Abgabenkonto: {v}", "StNr {v}"]),
    "fi_veronumero": (_until_valid("fi.veronumero", lambda r: "1000" + digits(r, 8)), "FI", "fi.veronumero",
                      ["veronumero {v}", "Veronumero: {v} (työmaakortti)", "rakennustyömaan kulkulupa, veronro {v}",
                       "skattenummer {v}"]),
    "us_ptin": (lambda r: f"P{_sub(r, 8)}", "US", "us.ptin",
                ["Preparer PTIN {v}", "Paid preparer's PTIN: {v}", "PTIN {v} (renewal due)", "preparer_ptin: {v}"]),
    "gt_nit": (_by_check("gt.nit", 7, prefix=lambda r: str(r.randint(1, 9)), fmt=lambda v: f"{v[:-1]}-{v[-1]}"), "GT", "gt.nit",
               ["NIT {v}", "factura a nombre de NIT {v}, no C/F", "NIT del contribuyente: {v}", "nit={v}"]),
    "id_npwp": (_until_valid("id.npwp", lambda r: f"{digits(r, 2)}.{digits(r, 3)}.{digits(r, 3)}.{digits(r, 1)}-{digits(r, 3)}.000"),
                "ID", "id.npwp", ["NPWP {v}", "NPWP pribadi: {v}", "Nomor Pokok Wajib Pajak {v}", "npwp={v}"]),
    "co_nit": (_by_check("co.nit", 9, prefix=lambda r: "", fmt=lambda v: f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9]}"), "CO", "co.nit",
               ["NIT {v}", "RUT / NIT persona natural: {v}", "facturar a NIT {v}", "nit={v}"]),
    "ve_rif": (_until_valid("ve.rif", lambda r: f"V-{r.randint(10, 29)}{digits(r, 6)}-{digits(r, 1)}"), "VE", "ve.rif",
               ["RIF {v}", "R.I.F.: {v}", "RIF personal {v}", "rif: {v}"]),
    "py_ruc": (_by_check("py.ruc", 7, prefix=lambda r: str(r.randint(1, 5)), fmt=lambda v: f"{v[:-1]}-{v[-1]}"), "PY", "py.ruc",
               ["RUC {v}", "RUC Nº {v}", "factura a nombre de RUC {v}", "mi RUC es {v}"]),
    "cr_dimex": (lambda r: f"1{r.choice(['55', '86'])}{_sub(r, 9)}", "CR", "cr.cr",
                 ["DIMEX {v}", "documento de residencia (DIMEX): {v}", "cédula de residencia {v}", "DIMEX nº {v}"]),
    "li_peid": (lambda r: f"{r.randint(1, 9)}{digits(r, r.randint(3, 8))}", "LI", "li.peid",
                ["PEID {v}", "Personenidentifikationsnummer: {v}", "PEID-Nr. {v} (Steuerverwaltung)", "peid={v}"]),
    "mz_nuit": (_by_check("mz.nuit", 8, fmt=lambda v: v), "MZ", "mz.nuit",
                ["NUIT {v}", "Número Único de Identificação Tributária: {v}", "NUIT do trabalhador {v}", "nuit: {v}"]),
    "za_tin": (_until_valid("za.tin", lambda r: _pick(r, "0129") + digits(r, 9)), "ZA", "za.tin",
               ["SARS income tax number {v}", "Tax ref no: {v}", "eFiling tax reference number {v}", "ITR12 - taxpayer ref {v}"]),
    "sv_nit": (_until_valid("sv.nit", lambda r: f"0614-{r.randint(1, 28):02d}{r.randint(1, 12):02d}{digits(r, 2)}-1{digits(r, 2)}-{digits(r, 1)}"),
               "SV", "sv.nit", ["NIT {v}", "NIT (persona natural): {v}", "Número de Identificación Tributaria {v}", "nit: {v}"]),
}
