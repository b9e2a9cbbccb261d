"""National identifiers for the dev4 privacy set: 50 kinds none of tuning, dev2 and dev3 holds
(personal, tax, health, pupil and foreigners' numbers of 45 countries), each made by its own
published rule (dates of birth, serials, check digits) and written the way its holders write it:
forms in the local language, chat, payroll CSV, JSON, XML, scanned (OCR) text, e-mail.

``NATIONAL_IDS`` maps a kind to (maker, line templates, region, python-stdnum module or None); the
module only referees the values in ``tests/scripts/test_privacy_cases_dev4.py``, which checks the
kinds python-stdnum lacks (Swedish samordningsnummer, Singapore NRIC, HKID, Taiwan ID, Hungarian TAJ, US MBI, Australian
Medicare, NZ NHI, German KVNR, Spanish NUSS, Brazilian CNS, Ontario health number, IMSS NSS) by
their own rules.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import date

from privacy_cases import digits, luhn_complete
from privacy_cases_dev3_values import birth_date, mod_11_10, verhoeff, weighted

UPPER = string.ascii_uppercase
ALNUM36 = string.digits + UPPER


def _retry(make: Callable[[random.Random], str | None]) -> Callable[[random.Random], str]:
    """``make`` until it returns a value (rules with an impossible check digit skip that body)."""
    def maker(rng: random.Random) -> str:
        while (value := make(rng)) is None:
            pass
        return value
    return maker


def _egn(r: random.Random) -> str:
    b = birth_date(r, 1950, 2005)
    month = b.month + (40 if b.year >= 2000 else 0)
    body = f"{b:%y}{month:02d}{b:%d}{digits(r, 3)}"
    return body + str(weighted(body, (2, 4, 8, 5, 10, 9, 7, 3, 6)) % 11 % 10)


def _rodne_cislo(r: random.Random) -> str | None:
    b = birth_date(r, 1954, 2003)
    body = f"{b:%y}{b.month + 50 * (r.random() < 0.5):02d}{b:%d}{digits(r, 3)}"
    check = int(body) % 11
    return None if check == 10 else f"{body[:6]}/{body[6:]}{check}"


def _baltic(r: random.Random) -> str:
    """Estonian isikukood / Lithuanian asmens kodas: century-gender digit, date, serial, check."""
    b = birth_date(r, 1950, 2005)
    body = f"{(3 if b.year < 2000 else 5) + r.randint(0, 1)}{b:%y%m%d}{digits(r, 3)}"
    check = weighted(body, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if check == 10:
        check = weighted(body, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11 % 10
    return body + str(check)


def _lv_code(r: random.Random) -> str | None:
    b = birth_date(r, 1950, 1999)
    body = f"{b:%d%m%y}1{digits(r, 3)}"
    check = (1101 - weighted(body, (1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) % 11
    return None if check == 10 else f"{body[:6]}-{body[6:]}{check}"


def _oib(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + digits(r, 9)
    return body + mod_11_10(body)


def _emso(r: random.Random) -> str | None:
    b = birth_date(r)
    body = f"{b:%d%m}{b.year % 1000:03d}50{r.randint(0, 999):03d}"
    check = 11 - weighted(body, (7, 6, 5, 4, 3, 2) * 2) % 11
    return None if check == 10 else body + str(check % 11)


def _kennitala(r: random.Random) -> str | None:
    b = birth_date(r)
    body = f"{b:%d%m%y}{r.randint(20, 99)}"
    check = 11 - weighted(body, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return None if check == 10 else f"{body[:6]}-{body[6:]}{check % 11}9"


def _teudat_zehut(r: random.Random) -> str:
    return luhn_complete(str(r.randint(0, 3)), 9, r)


def _nric_my(r: random.Random) -> str:
    b = birth_date(r)
    return f"{b:%y%m%d}-{r.randint(1, 14):02d}-{digits(r, 4)}"


def _nik(r: random.Random) -> str:
    b = birth_date(r)
    place = r.choice(["3171", "3273", "3578", "3374", "5171", "1271"]) + f"{r.randint(1, 12):02d}"
    return f"{place}{b.day + 40 * (r.random() < 0.5):02d}{b:%m%y}{r.randint(1, 999):04d}"


def _cnic(r: random.Random) -> str:
    n = str(r.randint(1, 6)) + digits(r, 11) + str(r.randint(1, 9))
    return f"{n[:5]}-{n[5:12]}-{n[12]}"


def _thai_pin(r: random.Random) -> str:
    body = str(r.randint(1, 8)) + digits(r, 11)
    n = body + str((11 - weighted(body, tuple(range(13, 1, -1))) % 11) % 10)
    return r.choice([f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}", n, f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"])


def _ec_ci(r: random.Random) -> str:
    body = f"{r.randint(1, 24):02d}{r.randint(0, 5)}{digits(r, 6)}"
    s = sum(x - 9 if x > 9 else x for x in (int(d) * (2, 1)[i % 2] for i, d in enumerate(body)))
    return body + str(-s % 10)


def _pe_dni(r: random.Random) -> str:
    body = digits(r, 8)
    c = weighted(body, (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return r.choice([f"{body}-{'65432110987'[c]}", f"{body}{'KJIHGFEDCBA'[c]}"])


def _rntrc(r: random.Random) -> str:
    days = (birth_date(r) - date(1899, 12, 31)).days
    body = f"{days:05d}{digits(r, 4)}"
    return body + str(weighted(body, (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10)


def _inn_personal(r: random.Random) -> str:
    body = r.choice(["77", "78", "50", "66", "16"]) + f"{r.randint(1, 40):02d}" + digits(r, 6)
    c1 = weighted(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10
    c2 = weighted(body + str(c1), (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10
    return f"{body}{c1}{c2}"


def _rfc(r: random.Random) -> str:
    b = birth_date(r)
    name = r.choice(["GOMA", "LORE", "HEFS", "MARJ", "PECR", "SAVL", "TOGE", "RUMA"])
    body = name + f"{b:%y%m%d}" + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
    check = 11 - sum(alphabet.index(c) * (13 - i) for i, c in enumerate(body)) % 11
    return body + {11: "0", 10: "A"}.get(check, str(check))


def _fr_nif(r: random.Random) -> str:
    body = str(r.randint(0, 3)) + digits(r, 9)
    n = body + f"{int(body) % 511:03d}"
    return r.choice([f"{n[:2]} {n[2:4]} {n[4:7]} {n[7:10]} {n[10:]}", n])


def _utr(r: random.Random) -> str:
    body = digits(r, 9)
    n = "21987654321"[weighted(body, (6, 7, 8, 9, 10, 5, 4, 3, 2)) % 11] + body
    return r.choice([n, f"{n[:5]} {n[5:]}"])


def _bc_phn(r: random.Random) -> str | None:
    body = "9" + digits(r, 8)
    check = 11 - weighted(body[1:], (2, 4, 8, 5, 10, 9, 7, 3)) % 11
    return None if check > 9 else f"{body[:4]} {body[4:7]} {body[7:]}{check}"


def _pt_cc(r: random.Random) -> str:
    civil = digits(r, 8)
    first = str(-weighted(civil, (9, 8, 7, 6, 5, 4, 3, 2)) % 11 % 10)
    body = civil + first + r.choice(["ZZ", "ZY", "ZX", "XY"])
    s = sum((lambda x: x - 9 if x > 9 else x)(ALNUM36.index(c) * 2) if i % 2 == 0 else ALNUM36.index(c)
            for i, c in enumerate(body[::-1]))
    return f"{civil} {first} {body[-2:]}{(10 - s) % 10}"


def _vid(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + digits(r, 14)
    n = body + verhoeff(body)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def _epic(r: random.Random) -> str:
    return "".join(r.choice(UPPER) for _ in range(3)) + luhn_complete(str(r.randint(0, 9)), 7, r)


def _cedula_do(r: random.Random) -> str:
    n = luhn_complete(r.choice(["001", "402", "031", "223"]), 11, r)
    return f"{n[:3]}-{n[3:10]}-{n[10]}"


def _ni_cu(r: random.Random) -> str:
    b = birth_date(r, 1950, 1999)
    return f"{b:%y%m%d}{r.randint(0, 5)}{digits(r, 4)}"


def _dni_ar(r: random.Random) -> str:
    return f"{r.randint(10, 45)}.{digits(r, 3)}.{digits(r, 3)}"


def _afm(r: random.Random) -> str:
    body = str(r.randint(0, 1)) + digits(r, 7)
    return body + str(sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body)) % 11 % 10)


def _kra_pin(r: random.Random) -> str:
    return f"A{r.choice(['00', '01', '00'])}{digits(r, 7)}{r.choice(UPPER)}"


def _mu_nid(r: random.Random) -> str:
    b = birth_date(r)
    body = r.choice(UPPER) + f"{b:%d%m%y}" + digits(r, 6)
    alphabet = string.digits + UPPER
    return body + alphabet[(17 - sum((14 - i) * alphabet.index(c) for i, c in enumerate(body))) % 17]


def _cr_cedula(r: random.Random) -> str:
    return f"{r.randint(1, 7)}-{r.randint(100, 1999):04d}-{r.randint(1, 9999):04d}"


def _bis(r: random.Random) -> str:
    b = birth_date(r)
    body = f"{b:%y}{b.month + r.choice([20, 40]):02d}{b:%d}{r.randint(1, 997):03d}"
    n = body + f"{97 - int(body) % 97:02d}"
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"


def _ve_ci(r: random.Random) -> str:
    body = str(r.randint(10_000_000, 30_999_999))
    c = 4 + weighted(body, (3, 2, 7, 6, 5, 4, 3, 2))  # 'V' counts 4
    return f"V-{body}-{'00987654321'[c % 11]}"


def _upn(r: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRTUVWXYZ"
    body = r.choice(["201", "202", "203", "204", "330", "336", "380", "886"]) + digits(r, 4) + f"{r.randint(10, 24)}" + digits(r, 3)
    return alphabet[sum(i * alphabet.index(c) if not c.isdigit() else i * int(c) for i, c in enumerate(body, 2)) % 23] + body


def _d_nummer(r: random.Random) -> str | None:
    b = birth_date(r, 1960)
    body = f"{b.day + 40:02d}{b:%m%y}{r.randint(0, 499):03d}"
    k1 = 11 - weighted(body, (3, 7, 6, 1, 8, 9, 4, 5, 2)) % 11
    k2 = 11 - weighted(body + str(k1 % 11), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return None if 10 in (k1, k2) else f"{body}{k1 % 11}{k2 % 11}"


def _samordning(r: random.Random) -> str:
    b = birth_date(r)
    n = luhn_complete(f"{b:%y%m}{b.day + 60}{digits(r, 3)}", 10, r)
    return f"{n[:6]}-{n[6:]}"


def _sg_nric(r: random.Random) -> str:
    prefix = r.choice("STFG")
    body = digits(r, 7)
    s = weighted(body, (2, 7, 6, 5, 4, 3, 2)) + (4 if prefix in "TG" else 0)
    return prefix + body + ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[s % 11]


def _hkid(r: random.Random) -> str:
    letter, body = r.choice(UPPER), digits(r, 6)
    s = 36 * 9 + (ord(letter) - 55) * 8 + weighted(body, (7, 6, 5, 4, 3, 2))
    check = (11 - s % 11) % 11
    return f"{letter}{body}({'A' if check == 10 else check})"


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def _tw_id(r: random.Random) -> str:
    letter = r.choice("ABEFHKT")
    body = r.choice("12") + digits(r, 7)
    n1, n2 = divmod(_TW_LETTERS[letter], 10)
    s = n1 + 9 * n2 + weighted(body, (8, 7, 6, 5, 4, 3, 2, 1))
    return letter + body + str(-s % 10)


def _taj(r: random.Random) -> str:
    body = str(r.randint(0, 2)) + digits(r, 7)
    n = body + str(weighted(body, (3, 7) * 4) % 10)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    c = r.choice
    n = (str(r.randint(1, 9)) + c(letters) + c(letters + string.digits) + c(string.digits) + c(letters)
         + c(letters + string.digits) + c(string.digits) + c(letters) + c(letters) + c(string.digits) + c(string.digits))
    return f"{n[:4]}-{n[4:7]}-{n[7:]}"


def _medicare_au(r: random.Random) -> str:
    body = str(r.randint(2, 6)) + digits(r, 7)
    n = body + str(weighted(body, (1, 3, 7, 9, 1, 3, 7, 9)) % 10) + str(r.randint(1, 9))
    return f"{n[:4]} {n[4:9]} {n[9]}"


def _nhi(r: random.Random) -> str | None:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    head = "".join(r.choice(letters) for _ in range(3)) + digits(r, 3)
    s = sum((letters.index(ch) + 1 if ch.isalpha() else int(ch)) * w for ch, w in zip(head, (7, 6, 5, 4, 3, 2))) % 11
    return None if s == 0 else head + str((11 - s) % 10)


def _kvnr(r: random.Random) -> str:
    letter, body = r.choice(UPPER), str(r.randint(1, 9)) + digits(r, 7)
    number = f"{ord(letter) - 64:02d}" + body
    s = sum(sum(divmod(int(d) * (1, 2)[i % 2], 10)) for i, d in enumerate(number))
    return f"{letter}{body}{s % 10}"


def _nuss(r: random.Random) -> str:
    province, number = f"{r.randint(1, 52):02d}", str(r.randint(10_000_000, 99_999_999))
    return f"{province}/{number}/{int(province + number) % 97:02d}"


def _cns(r: random.Random) -> str | None:
    body = r.choice("789") + digits(r, 13)
    check = -weighted(body, tuple(range(15, 1, -1))) % 11
    return None if check == 10 else f"{body[:3]} {body[3:7]} {body[7:11]} {body[11:]}{check}"


def _ohip(r: random.Random) -> str:
    n = luhn_complete(str(r.randint(1, 9)), 10, r)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}"


def _atin(r: random.Random) -> str:
    return f"9{digits(r, 2)}-93-{digits(r, 4)}"


def _nss_mx(r: random.Random) -> str:
    return luhn_complete(f"{r.randint(1, 99):02d}{r.randint(60, 99)}{r.randint(50, 99)}", 11, r)


# kind: (maker, templates, region, referee module or None)
NATIONAL_IDS: dict[str, tuple[Callable[[random.Random], str], list[str], str, str | None]] = {
    "bg_egn": (_egn, ["ЕГН {v}", "Име: Петър Иванов | ЕГН: {v} | гр. София"], "BG", "stdnum.bg.egn"),
    "cz_rc": (_retry(_rodne_cislo), ["rodné číslo {v}", "Pojištěnec: Jana Nováková, RČ: {v}, VZP 111"], "CZ", "stdnum.cz.rc"),
    "sk_rc": (_retry(_rodne_cislo), ["Rodné číslo: {v}", "<rodneCislo>{v}</rodneCislo>"], "SK", "stdnum.sk.rc"),
    "ee_ik": (_baltic, ["isikukood {v}", '{{"isikukood": "{v}", "eesnimi": "Kadri"}}'], "EE", "stdnum.ee.ik"),
    "lt_asmens": (_baltic, ["asmens kodas: {v}", "Vardenis Pavardenis, a.k. {v}, Vilnius"], "LT", "stdnum.lt.asmens"),
    "lv_personas_kods": (_retry(_lv_code), ["personas kods {v}", "darbinieks;Jānis Bērziņš;{v};alga 1850,00"], "LV", "stdnum.lv.pvn"),
    "hr_oib": (_oib, ["OIB: {v}", "[09:41] Ivana: evo ti moj OIB {v} za ugovor"], "HR", "stdnum.hr.oib"),
    "si_emso": (_retry(_emso), ["EMŠO {v}", "ime: Ana Novak\nemso: {v}"], "SI", "stdnum.si.emso"),
    "is_kennitala": (_retry(_kennitala), ["kennitala {v}", "Nafn: Jón Jónsson   Kt. {v}"], "IS", "stdnum.is_.kennitala"),
    "il_idnr": (_teudat_zehut, ["תעודת זהות {v}", "Teudat Zehut no. {v}"], "IL", "stdnum.il.idnr"),
    "my_nric": (_nric_my, ["No. K/P: {v}", "MyKad {v}"], "MY", "stdnum.my.nric"),
    "id_nik": (_nik, ["NIK {v}", "NIK            : {v}\nNama           : BUDI SANTOSO"], "ID", "stdnum.id.nik"),
    "pk_cnic": (_cnic, ["CNIC {v}", "شناختی کارڈ نمبر {v}"], "PK", "stdnum.pk.cnic"),
    "th_pin": (_thai_pin, ["เลขประจำตัวประชาชน {v}", "Thai ID {v}"], "TH", "stdnum.th.pin"),
    "ec_ci": (_ec_ci, ["cédula de identidad {v}", "nombre,cedula,cargo\nMaría Vera,{v},analista"], "EC", "stdnum.ec.ci"),
    "pe_dni": (_pe_dni, ["DNI (Perú) {v}", "mi DNI peruano es {v}"], "PE", "stdnum.pe.cui"),
    "ua_rntrc": (_rntrc, ["РНОКПП {v}", "ідентифікаційний код {v}"], "UA", "stdnum.ua.rntrc"),
    "ru_inn": (_inn_personal, ["ИНН {v}", "ФИО: Смирнова Анна Сергеевна; ИНН: {v}"], "RU", "stdnum.ru.inn"),
    "mx_rfc": (_rfc, ["RFC con homoclave: {v}", '<cfdi:Receptor Rfc="{v}" Nombre="LUIS GOMEZ" UsoCFDI="G03"/>'], "MX", "stdnum.mx.rfc"),
    "fr_nif": (_fr_nif, ["numéro fiscal de référence : {v}", "SPI {v} (avis d'impôt)"], "FR", "stdnum.fr.nif"),
    "gb_utr": (_utr, ["UTR {v}", "From: HMRC - your Self Assessment UTR is {v}"], "GB", "stdnum.gb.utr"),
    "ca_bc_phn": (_retry(_bc_phn), ["BC PHN {v}", "Personal Health Number: {v}"], "CA", "stdnum.ca.bc_phn"),
    "pt_cc": (_pt_cc, ["Cartão de Cidadão n.º {v}", "CC {v} válido até 2031"], "PT", "stdnum.pt.cc"),
    "in_vid": (_vid, ["Aadhaar VID {v}", "Virtual ID: {v}"], "IN", "stdnum.in_.vid"),
    "in_epic": (_epic, ["Voter ID (EPIC) {v}", "EPIC no. {v}"], "IN", "stdnum.in_.epic"),
    "do_cedula": (_cedula_do, ["cédula {v}", "Cédula de Identidad y Electoral: {v}"], "DO", "stdnum.do.cedula"),
    "cu_ni": (_ni_cu, ["carné de identidad {v}", "CI: {v}"], "CU", "stdnum.cu.ni"),
    "ar_dni": (_dni_ar, ["D.N.I. N° {v}", "DNI argentino {v}"], "AR", "stdnum.ar.dni"),
    "gr_afm": (_afm, ["ΑΦΜ {v}", "Α.Φ.Μ.: {v}"], "GR", "stdnum.gr.vat"),
    "ke_pin": (_kra_pin, ["KRA PIN {v}", "my KRA pin is {v}"], "KE", "stdnum.ke.pin"),
    "mu_nid": (_mu_nid, ["NIC {v}", "National Identity Card No: {v}"], "MU", "stdnum.mu.nid"),
    "cr_cedula": (_cr_cedula, ["cédula física {v}", "céd. {v}"], "CR", "stdnum.cr.cpf"),
    "be_bis": (_bis, ["BIS-nummer {v}", "numéro BIS : {v}"], "BE", "stdnum.be.bis"),
    "ve_ci": (_ve_ci, ["RIF {v}", "RIF personal: {v}"], "VE", "stdnum.ve.rif"),
    "gb_upn": (_upn, ["UPN {v}", "Unique Pupil Number: {v}"], "GB", "stdnum.gb.upn"),
    "no_dnr": (_retry(_d_nummer), ["D-nummer {v}", "mitt d-nummer: {v}"], "NO", "stdnum.no.fodselsnummer"),
    "se_samordning": (_samordning, ["samordningsnummer {v}", "samordningsnr: {v}"], "SE", None),
    "us_atin": (_atin, ["ATIN {v} (adoption pending)", "W-7A approved, ATIN: {v}"], "US", "stdnum.us.atin"),
    "sg_nric": (_sg_nric, ["NRIC {v}", "FIN/NRIC: {v}"], "SG", None),
    "hk_hkid": (_hkid, ["HKID {v}", "香港身份證號碼：{v}"], "HK", None),
    "tw_id": (_tw_id, ["身分證字號 {v}", "ROC ID {v}"], "TW", None),
    "hu_taj": (_taj, ["TAJ szám: {v}", "TAJ {v}"], "HU", None),
    "us_mbi": (_mbi, ["Medicare Beneficiary Identifier {v}", "MBI: {v}"], "US", None),
    "au_medicare": (_medicare_au, ["Medicare card {v}", '{{"medicare": {{"number": "{v}", "irn": 1}}}}'], "AU", None),
    "nz_nhi": (_retry(_nhi), ["NHI {v}", "NHI number: {v}"], "NZ", None),
    "de_kvnr": (_kvnr, ["Krankenversichertennummer {v}", "Versicherten-Nr.: {v}  Kasse: AOK Bayern"], "DE", None),
    "es_nuss": (_nuss, ["NUSS {v}", "nº de afiliación a la Seguridad Social: {v}"], "ES", None),
    "br_cns": (_retry(_cns), ["Cartão SUS {v}", "CNS: {v}"], "BR", None),
    "ca_ohip": (_ohip, ["OHIP# {v} version KL", "Ontario health card {v}"], "CA", None),
    "mx_nss": (_nss_mx, ["NSS {v}", "número de seguridad social IMSS: {v}"], "MX", None),
}
