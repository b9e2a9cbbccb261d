"""National identifiers for the dev3 privacy set: 36 kinds of 32 countries, each made by its own
published rule (dates of birth, serials, check digits) and written the way its holders write it,
labelled in the local language or English, or alone where the format is unmistakable.

``NATIONAL_IDS`` maps a kind to (maker, line templates, region, python-stdnum module or None); the
module only referees the values in ``tests/scripts/test_privacy_cases_dev3.py``.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from privacy_cases import digits, luhn_complete
from privacy_cases_dev3_values import birth_date, codice_fiscale_check, mod_11_10, verhoeff, weighted

UPPER = string.ascii_uppercase


def _retry(make: Callable[[random.Random], str | None]) -> Callable[[random.Random], str]:
    """``make`` until it returns a value (rules with an impossible check digit skip that body)."""
    def maker(rng: random.Random) -> str:
        while (value := make(rng)) is None:
            pass
        return value
    return maker


def _ssn(r: random.Random) -> str:
    area = r.choice([n for n in range(1, 900) if n != 666])
    n = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    return r.choice([f"{n[:3]} {n[3:5]} {n[5:]}", n, f"{n[:3]}-{n[3:5]}-{n[5:]}"])


def _nino(r: random.Random) -> str:
    while (pre := r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")) in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        pass
    d, suffix = digits(r, 6), r.choice("ABCD")
    return r.choice([f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suffix}", f"{pre}{d}{suffix}"])


def _nhs(r: random.Random) -> str | None:
    body = str(r.randint(4, 9)) + digits(r, 8)
    check = 11 - weighted(body, (10, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return None if check == 10 else f"{body[:3]} {body[3:6]} {body[6:]}{check % 11}"


def _bsn(r: random.Random) -> str | None:
    body = str(r.randint(1, 6)) + digits(r, 7)
    check = weighted(body, (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return None if check == 10 else r.choice([body + str(check), f"{body[:4]}.{body[4:6]}.{body[6:]}{check}"])


def _idnr(r: random.Random) -> str:
    twice = r.choice(string.digits)
    others = r.sample([d for d in string.digits if d != twice], 8)
    body = [twice, twice] + others
    while True:
        r.shuffle(body)
        if body[0] != "0":
            break
    n = "".join(body) + mod_11_10("".join(body))
    return r.choice([f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", n])


def _nir(r: random.Random) -> str:
    b = birth_date(r)
    body = f"{r.choice('12')}{b:%y%m}{r.choice([d for d in range(1, 96) if d != 20]):02d}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
    key = f"{97 - int(body) % 97:02d}"
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key}"


def _nie(r: random.Random) -> str:
    lead, body = r.choice("YZ"), digits(r, 7)
    return f"{lead}{body}{'TRWAGMYFPDXBNJZSQVHLCKE'[int('12'['YZ'.index(lead)] + body) % 23]}"


def _dni(r: random.Random) -> str:
    n = r.randint(10_000_000, 79_999_999)
    return f"{n}{r.choice(['-', ' ', ''])}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _cf_part(name: str, first_name: bool) -> str:
    cons = [c for c in name if c not in "AEIOU"]
    vowels = [c for c in name if c in "AEIOU"]
    if first_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vowels) + "XXX")[:3]


def _codice_fiscale(r: random.Random) -> str:
    surname = r.choice(["BIANCHI", "ESPOSITO", "RICCI", "MARINO", "GRECO", "BRUNO", "GALLO", "CONTI", "DELUCA", "COSTA"])
    female = r.random() < 0.5
    name = r.choice(["GIULIA", "CHIARA", "FRANCESCA", "ELENA"] if female else ["LORENZO", "MATTEO", "ALESSANDRO", "DAVIDE"])
    b = birth_date(r)
    body = (_cf_part(surname, False) + _cf_part(name, True) + f"{b:%y}" + "ABCDEHLMPRST"[b.month - 1]
            + f"{b.day + 40 * female:02d}" + r.choice(["H501", "F205", "F839", "L219", "G273", "A944", "D612"]))
    return body + codice_fiscale_check(body)


def _pesel(r: random.Random) -> str:
    b = birth_date(r, 1955, 2006)
    month = b.month + (20 if b.year >= 2000 else 0)
    body = f"{b:%y}{month:02d}{b:%d}{digits(r, 4)}"
    return body + str(-weighted(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10)


def _personnummer(r: random.Random) -> str:
    b = birth_date(r)
    n = luhn_complete(f"{b:%y%m%d}{digits(r, 3)}", 10, r)
    return r.choice([f"{n[:6]}-{n[6:]}", f"{b.year // 100}{n[:6]}-{n[6:]}"])


def _cpr(r: random.Random) -> str | None:
    b = birth_date(r)
    body = f"{b:%d%m%y}{r.randint(0, 3)}{digits(r, 2)}"
    check = -weighted(body, (4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return None if check == 10 else f"{body[:6]}-{body[6:]}{check}"


def _fodselsnummer(r: random.Random) -> str | None:
    b = birth_date(r, 1960)
    body = f"{b:%d%m%y}{r.randint(0, 499):03d}"
    k1 = 11 - weighted(body, (3, 7, 6, 1, 8, 9, 4, 5, 2)) % 11
    k2 = 11 - weighted(body + str(k1 % 11), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return None if 10 in (k1, k2) else r.choice([f"{body}{k1 % 11}{k2 % 11}", f"{body[:6]} {body[6:]}{k1 % 11}{k2 % 11}"])


def _hetu(r: random.Random) -> str:
    b, n = birth_date(r), r.randint(2, 899)
    return f"{b:%d%m%y}-{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{b:%d%m%y}{n:03d}") % 31]


def _aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + digits(r, 10)
    n = body + verhoeff(body)
    return r.choice([f"{n[:4]} {n[4:8]} {n[8:]}", n, f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def _pan(r: random.Random) -> str:
    return "".join(r.choice(UPPER) for _ in range(3)) + "P" + r.choice(UPPER) + f"{r.randint(1, 9999):04d}" + r.choice(UPPER)


def _cpf(r: random.Random) -> str:
    body = digits(r, 9)
    d = [int(c) for c in body]
    first = sum(w * x for w, x in zip(range(10, 1, -1), d)) * 10 % 11 % 10
    second = sum(w * x for w, x in zip(range(11, 1, -1), d + [first])) * 10 % 11 % 10
    return r.choice([f"{body}{first}{second}", f"{body[:3]}.{body[3:6]}.{body[6:]}-{first}{second}"])


def _curp(r: random.Random) -> str:
    s1 = r.choice(["HERNANDEZ", "GARCIA", "MARTINEZ", "LOPEZ", "GONZALEZ", "RODRIGUEZ", "PEREZ", "SANCHEZ", "RAMIREZ", "TORRES"])
    s2 = r.choice(["FLORES", "RIVERA", "GOMEZ", "DIAZ", "CRUZ", "MORALES", "REYES", "JIMENEZ"])
    female = r.random() < 0.5
    name = r.choice(["SOFIA", "VALERIA", "XIMENA", "REGINA"] if female else ["SANTIAGO", "MATEO", "DIEGO", "EMILIANO"])
    b = birth_date(r, 1960, 1999)
    first_vowel = next(c for c in s1[1:] if c in "AEIOU")
    inner = "".join(next(c for c in word[1:] if c not in "AEIOU") for word in (s1, s2, name))
    body = (s1[0] + first_vowel + s2[0] + name[0] + f"{b:%y%m%d}" + "HM"[female]
            + r.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT", "CH"]) + inner + str(r.randint(0, 9)))
    alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
    return body + str((10 - sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body)) % 10) % 10)


def _tfn(r: random.Random) -> str | None:
    body = str(r.randint(1, 8)) + digits(r, 7)
    last = weighted(body, (1, 4, 3, 7, 5, 8, 6, 9)) % 11  # the last weight is 10, i.e. -1 mod 11
    return None if last == 10 else f"{body[:3]} {body[3:6]} {body[6:]}{last}"


def _ric(r: random.Random) -> str:
    b = birth_date(r, 1960, 2002)
    body = r.choice(["110101", "310104", "440305", "330106", "510107", "420106"]) + f"{b:%Y%m%d}" + digits(r, 3)
    check = (12 - sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body)) % 11) % 11
    return body + ("X" if check == 10 else str(check))


def _rrn(r: random.Random) -> str:
    b = birth_date(r)
    body = f"{b:%y%m%d}{r.choice('12')}{r.randint(0, 96):02d}{digits(r, 3)}"
    return f"{body[:6]}-{body[6:]}" + str((11 - weighted(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)) % 11) % 10)


def _ahv(r: random.Random) -> str:
    body = "756" + digits(r, 9)
    n = body + str(-sum(int(d) * (1, 3)[i % 2] for i, d in enumerate(body)) % 10)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def _nn(r: random.Random) -> str:
    b = birth_date(r)
    body = f"{b:%y%m%d}{r.randint(1, 997):03d}"
    n = body + f"{97 - int(body) % 97:02d}"
    return r.choice([f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n])


def _vnr(r: random.Random) -> str | None:
    serial, b = str(r.randint(100, 999)), birth_date(r)
    check = weighted(serial + "0" + f"{b:%d%m%y}", (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)) % 11
    return None if check == 10 else f"{serial}{check} {b:%d%m%y}"


def _pps(r: random.Random) -> str:
    body = digits(r, 7)
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[weighted(body, (8, 7, 6, 5, 4, 3, 2)) % 23]


def _nif_pt(r: random.Random) -> str:
    body = r.choice("123") + digits(r, 7)
    check = 11 - weighted(body, (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    n = body + str(0 if check >= 10 else check)
    return r.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def _cnp(r: random.Random) -> str:
    b = birth_date(r)
    body = f"{r.choice('12')}{b:%y%m%d}{r.choice([*range(1, 47), 51, 52]):02d}{r.randint(1, 999):03d}"
    check = weighted(body, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
    return body + str(1 if check == 10 else check)


def _tckimlik(r: random.Random) -> str:
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    d.append((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _za_id(r: random.Random) -> str:
    b = birth_date(r)
    n = luhn_complete(f"{b:%y%m%d}{digits(r, 4)}08", 13, r)
    return r.choice([n, f"{n[:6]} {n[6:10]} {n[10:]}"])


def _rut(r: random.Random) -> str:
    body = str(r.randint(8_000_000, 24_999_999))
    s = sum(int(d) * (2, 3, 4, 5, 6, 7)[i % 6] for i, d in enumerate(reversed(body)))
    dv = {11: "0", 10: "K"}.get(11 - s % 11, str(11 - s % 11))
    return f"{int(body):,}".replace(",", ".") + "-" + dv


def _my_number(r: random.Random) -> str:
    body = digits(r, 11)
    n = body + str(-weighted(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11 % 10)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _amka(r: random.Random) -> str:
    b = birth_date(r)
    return luhn_complete(f"{b:%d%m%y}{digits(r, 4)}", 11, r)


def _ird(r: random.Random) -> str | None:
    body = str(r.randint(10_000_000, 14_999_999))
    check = -weighted(body, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    if check == 10:
        check = -weighted(body, (7, 4, 3, 2, 5, 2, 7, 6)) % 11
    n = body + str(check)
    return None if check == 10 else f"{n[:3]}-{n[3:6]}-{n[6:]}"


def _cuil(r: random.Random) -> str | None:
    body = r.choice(["20", "27"]) + str(r.randint(10_000_000, 44_999_999))
    check = 11 - weighted(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return None if check == 10 else f"{body[:2]}-{body[2:]}-{check % 11}"


def _itin(r: random.Random) -> str:
    return f"9{digits(r, 2)}-{r.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])}-{digits(r, 4)}"


def _sin(r: random.Random) -> str:
    n = luhn_complete(r.choice("1234567"), 9, r)
    return r.choice([f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


_RULES: dict[str, tuple[Callable[[random.Random], str | None], list[str], str, str | None]] = {
    "us_ssn": (_ssn, ["Soc. Sec. #: {v}", "payroll form — SS# {v}", "my social is {v} if they ask"], "US", "stdnum.us.ssn"),
    "us_itin": (_itin, ["ITIN {v} (no SSN yet)", "Individual Taxpayer Identification Number: {v}"], "US", "stdnum.us.itin"),
    "ca_sin": (_sin, ["NAS : {v}", "numéro d'assurance sociale {v}", "SIN# {v} for the T4"], "CA", "stdnum.ca.sin"),
    "gb_nino": (_nino, ["NI number {v}", "National Insurance No: {v}", "{v} (my NINO)"], "GB", None),
    "gb_nhs": (_nhs, ["NHS number {v}", "NHS No. {v} — GP registration"], "GB", "stdnum.gb.nhs"),
    "nl_bsn": (_bsn, ["mijn BSN is {v}", "Burgerservicenummer (BSN): {v}"], "NL", "stdnum.nl.bsn"),
    "de_idnr": (_idnr, ["Steuer-ID {v}", "Steuerliche Identifikationsnummer: {v}", "IdNr. {v} für den Arbeitgeber"], "DE", "stdnum.de.idnr"),
    "fr_nir": (_nir, ["n° de sécu {v}", "numéro de sécurité sociale : {v}", "NIR {v} (carte Vitale)"], "FR", "stdnum.fr.nir"),
    "es_nie": (_nie, ["N.I.E. {v}", "mi NIE: {v}", "Número de Identidad de Extranjero {v}"], "ES", "stdnum.es.nie"),
    "es_dni": (_dni, ["DNI nº {v}", "D.N.I. {v}"], "ES", "stdnum.es.dni"),
    "it_cf": (_codice_fiscale, ["codice fiscale: {v}", "C.F. {v}", "{v}"], "IT", "stdnum.it.codicefiscale"),
    "pl_pesel": (_pesel, ["PESEL {v}", "nr PESEL: {v}", "mój PESEL to {v}"], "PL", "stdnum.pl.pesel"),
    "se_pnr": (_personnummer, ["personnummer {v}", "pnr: {v}", "mitt personnr är {v}"], "SE", "stdnum.se.personnummer"),
    "dk_cpr": (_cpr, ["CPR-nr. {v}", "cpr {v}", "mit CPR-nummer er {v}"], "DK", "stdnum.dk.cpr"),
    "no_fnr": (_fodselsnummer, ["fødselsnummer {v}", "fnr: {v}"], "NO", "stdnum.no.fodselsnummer"),
    "fi_hetu": (_hetu, ["henkilötunnus {v}", "hetu: {v}", "{v}"], "FI", "stdnum.fi.hetu"),
    "in_aadhaar": (_aadhaar, ["Aadhaar: {v}", "aadhaar no {v}", "UID {v} (Aadhaar card)"], "IN", "stdnum.in_.aadhaar"),
    "in_pan": (_pan, ["PAN {v}", "PAN card no. {v}", "{v}"], "IN", "stdnum.in_.pan"),
    "br_cpf": (_cpf, ["CPF nº {v}", "cpf: {v}", "meu cpf {v}"], "BR", "stdnum.br.cpf"),
    "mx_curp": (_curp, ["CURP {v}", "mi CURP es {v}", "{v}"], "MX", "stdnum.mx.curp"),
    "au_tfn": (_tfn, ["TFN {v}", "tax file number: {v}"], "AU", "stdnum.au.tfn"),
    "cn_ric": (_ric, ["身份证号 {v}", "ID card no. {v}", "身份证：{v}"], "CN", "stdnum.cn.ric"),
    "kr_rrn": (_rrn, ["주민등록번호 {v}", "RRN {v}", "{v}"], "KR", "stdnum.kr.rrn"),
    "ch_ahv": (_ahv, ["AHV-Nr. {v}", "n° AVS {v}", "{v}"], "CH", "stdnum.ch.ssn"),
    "be_nn": (_nn, ["rijksregisternummer {v}", "numéro national : {v}", "INSZ {v}"], "BE", "stdnum.be.nn"),
    "at_vnr": (_vnr, ["SV-Nummer {v}", "Sozialversicherungsnummer: {v}"], "AT", "stdnum.at.vnr"),
    "ie_pps": (_pps, ["PPSN {v}", "PPS number: {v}"], "IE", "stdnum.ie.pps"),
    "pt_nif": (_nif_pt, ["NIF {v}", "contribuinte nº {v}"], "PT", "stdnum.pt.nif"),
    "ro_cnp": (_cnp, ["CNP {v}", "cod numeric personal: {v}"], "RO", "stdnum.ro.cnp"),
    "tr_tckn": (_tckimlik, ["TC kimlik no: {v}", "T.C. Kimlik Numarası {v}"], "TR", "stdnum.tr.tckimlik"),
    "za_id": (_za_id, ["SA ID {v}", "ID number: {v}"], "ZA", "stdnum.za.idnr"),
    "cl_rut": (_rut, ["RUT {v}", "mi rut es {v}", "{v}"], "CL", "stdnum.cl.rut"),
    "jp_mynumber": (_my_number, ["マイナンバー {v}", "個人番号：{v}", "My Number {v}"], "JP", "stdnum.jp.in_"),
    "gr_amka": (_amka, ["ΑΜΚΑ {v}", "AMKA: {v}"], "GR", "stdnum.gr.amka"),
    "nz_ird": (_ird, ["IRD number {v}", "IRD no. {v}"], "NZ", "stdnum.nz.ird"),
    "ar_cuil": (_cuil, ["CUIL {v}", "CUIT/CUIL: {v}"], "AR", "stdnum.ar.cuit"),
}
NATIONAL_IDS: dict[str, tuple[Callable[[random.Random], str], list[str], str, str | None]] = {
    kind: (_retry(make), templates, region, module) for kind, (make, templates, region, module) in _RULES.items()}
