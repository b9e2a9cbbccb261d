"""Numbers for the dev10 privacy set (``privacy_cases_dev10.py``), each drawn afresh by the rule
its issuer publishes, in the mix a personal agent's users meet them.

Phones: each country's numbering plan as its regulator publishes it (leading digits of mobile and
landline ranges, lengths), written the ways people write them there (national groupings, the
international form, E.164). Cards: the brands' IIN ranges and lengths, Luhn-completed. IBANs: the
registry's BBAN layout per country, with the national check digits where a country has them (the
French RIB key, the Spanish CCC, the Italian CIN, the Dutch eleven test, the Belgian and Portuguese
mod 97, the Polish sort-code digit, the Finnish Luhn). Accounts: ABA routing numbers (3-7-1), CLABE
(3-7-1 mod 10), NUBAN (3-7-3 mod 10), Argentina's CBU (two check digits), IFSC codes, sort codes,
BSBs, transit numbers and branch codes in their printed shape. National identifiers: their
check-digit and birth-date rules as the issuing offices publish them.

Nothing here asks a phone or identifier library: the set's test referees the values with
libphonenumber and python-stdnum, written apart from these makers.
"""

from __future__ import annotations

import datetime
import random
import string

from privacy_cases import digits, grouped, iban, luhn_complete

# --- phones ---------------------------------------------------------------------------------------

PHONE_COUNTS = {"US": 16, "IN": 11, "BR": 6, "GB": 5, "DE": 5, "MX": 4, "FR": 4, "ID": 4, "PH": 4, "NG": 4, "JP": 3, "CA": 3,
                "ES": 3, "IT": 3, "PK": 3, "TR": 2, "EG": 2, "VN": 2, "KR": 2, "AU": 2, "ZA": 2, "KE": 2, "CO": 2, "AR": 2,
                "PL": 2, "NL": 2, "BD": 2, "RU": 2, "SA": 1, "AE": 1, "TH": 1, "MY": 1}

US_AREAS = ["201", "212", "213", "214", "240", "267", "281", "305", "312", "313", "347", "404", "408", "410", "415", "425",
            "469", "480", "503", "510", "512", "571", "602", "612", "617", "626", "646", "678", "702", "704", "713", "718",
            "720", "727", "773", "786", "801", "813", "818", "832", "858", "901", "904", "917", "919", "929", "954", "972"]
CA_AREAS = ["416", "647", "437", "604", "778", "403", "587", "514", "438", "613", "780", "905", "289", "519", "902", "204", "306"]


def _pick(r: random.Random, *forms: str) -> str:
    return r.choice(forms)


def _nanp(r: random.Random, areas: list[str]) -> str:
    area = r.choice(areas)
    while True:
        exchange = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if exchange[1:] != "11" and exchange not in ("555", "950", "958", "959", "976"):
            break
    line = digits(r, 4)
    return _pick(r, f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"{area}.{exchange}.{line}", f"+1 {area}-{exchange}-{line}",
                 f"+1 ({area}) {exchange}-{line}", f"+1{area}{exchange}{line}", f"1-{area}-{exchange}-{line}", f"({area}) {exchange}-{line}")


def _in(r: random.Random) -> str:
    if r.random() < 0.85:
        n = r.choice(["98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86", "85", "84", "83", "82", "81",
                      "80", "79", "78", "77", "76", "75", "74", "73", "70", "63", "62"]) + digits(r, 8)
        return _pick(r, f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"+91{n}", f"0{n[:5]} {n[5:]}", f"{n}")
    city, first = r.choice([("22", "2"), ("80", "4"), ("11", "4"), ("44", "2"), ("40", "2")])
    rest = first + digits(r, 7)
    return _pick(r, f"0{city} {rest[:4]} {rest[4:]}", f"+91 {city} {rest[:4]} {rest[4:]}", f"0{city}-{rest}")


def _br(r: random.Random) -> str:
    area = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62", "92"])
    if r.random() < 0.8:
        sub = "9" + r.choice("6789") + digits(r, 7)
        return _pick(r, f"({area}) {sub[:5]}-{sub[5:]}", f"+55 {area} {sub[:5]}-{sub[5:]}", f"+55 ({area}) {sub[:5]} {sub[5:]}",
                     f"{area} {sub[:5]}-{sub[5:]}")
    sub = r.choice("234") + digits(r, 7)
    return _pick(r, f"({area}) {sub[:4]}-{sub[4:]}", f"+55 {area} {sub[:4]}-{sub[4:]}")


def _gb(r: random.Random) -> str:
    if r.random() < 0.75:
        mob = "7" + r.choice(["40", "41", "42", "43", "44", "46", "47", "48", "49", "51", "53", "54", "55", "56", "57", "58", "59", "71",
                              "72", "73", "74", "75", "80", "81", "84", "85", "86", "87", "88", "89", "90", "92", "94", "95",
                              "96", "97", "98", "99"]) + digits(r, 1)
        sub = digits(r, 6)
        return _pick(r, f"0{mob} {sub}", f"+44 {mob} {sub}", f"+44 (0){mob} {sub[:3]} {sub[3:]}", f"0{mob} {sub[:3]} {sub[3:]}", f"+44{mob}{sub}")
    code, rest = r.choice([("20", r.choice("378") + digits(r, 7)), ("161", r.choice("2345678") + digits(r, 6)),
                           ("121", r.choice("234567") + digits(r, 6)), ("113", r.choice("2345") + digits(r, 6))])
    split = 4 if code == "20" else 3
    return _pick(r, f"0{code} {rest[:split]} {rest[split:]}", f"+44 {code} {rest[:split]} {rest[split:]}")


def _de(r: random.Random) -> str:
    if r.random() < 0.7:
        prefix, length = r.choice([("151", 8), ("152", 8), ("157", 8), ("159", 8), ("160", 7), ("162", 7), ("170", 7), ("171", 7),
                                   ("172", 7), ("173", 7), ("174", 7), ("175", 7), ("176", 8), ("177", 8), ("178", 8), ("179", 8)])
        sub = r.choice("123456789") + digits(r, length - 1)
        return _pick(r, f"0{prefix} {sub}", f"+49 {prefix} {sub}", f"0{prefix}/{sub}", f"+49 (0){prefix} {sub}", f"0{prefix}-{sub[:3]} {sub[3:]}")
    city, length = r.choice([("30", 8), ("40", 8), ("89", 7), ("69", 7), ("221", 7), ("211", 7), ("711", 7), ("341", 7)])
    sub = r.choice("2345678") + digits(r, length - 1)
    return _pick(r, f"0{city} {sub}", f"+49 {city} {sub}", f"0{city}/{sub[:3]} {sub[3:]}", f"(0{city}) {sub}")


def _mx(r: random.Random) -> str:
    area = r.choice(["55", "56", "33", "81"])
    sub = r.choice("23456789") + digits(r, 7)
    return _pick(r, f"{area} {sub[:4]} {sub[4:]}", f"+52 {area} {sub[:4]} {sub[4:]}", f"{area}-{sub[:4]}-{sub[4:]}",
                 f"({area}) {sub[:4]}-{sub[4:]}", f"+52{area}{sub}")


def _fr(r: random.Random) -> str:
    if r.random() < 0.7:
        n = r.choice(["6" + r.choice("01245678") + digits(r, 7), "7" + r.choice("3456789") + digits(r, 7)])
    else:
        n = r.choice("1345") + r.choice("12345678") + digits(r, 7)  # 0262, 0269 and 059x are overseas
    pairs = " ".join(("0" + n)[i:i + 2] for i in range(0, 10, 2))
    tail = " ".join(n[i:i + 2] for i in range(1, 9, 2))
    return _pick(r, pairs, pairs.replace(" ", "."), f"+33 {n[0]} {tail}", f"+33 (0){n[0]} {tail}", f"+33{n}")


def _id(r: random.Random) -> str:
    prefix = r.choice(["811", "812", "813", "821", "822", "823", "852", "853", "814", "815", "816", "855", "856", "857", "858",
                       "817", "818", "819", "859", "877", "878", "895", "896", "897", "898", "899", "881", "882"])
    sub = digits(r, r.choice([7, 8]))
    return _pick(r, f"0{prefix}-{sub[:4]}-{sub[4:]}", f"0{prefix} {sub[:4]} {sub[4:]}", f"+62 {prefix}-{sub[:4]}-{sub[4:]}",
                 f"+62 {prefix} {sub[:4]} {sub[4:]}", f"+62{prefix}{sub}", f"0{prefix}{sub}")


def _ph(r: random.Random) -> str:
    if r.random() < 0.85:
        prefix = r.choice(["905", "906", "915", "916", "917", "926", "927", "935", "945", "955", "956", "965", "966", "975",
                           "977", "995", "997", "908", "918", "919", "920", "921", "928", "929", "939", "947", "949", "998", "999"])
        sub = digits(r, 7)
        return _pick(r, f"0{prefix} {sub[:3]} {sub[3:]}", f"+63 {prefix} {sub[:3]} {sub[3:]}", f"0{prefix}-{sub[:3]}-{sub[3:]}",
                     f"+63{prefix}{sub}", f"(+63) {prefix} {sub[:3]} {sub[3:]}")
    sub = "8" + digits(r, 7)
    return _pick(r, f"(02) {sub[:4]} {sub[4:]}", f"+63 2 {sub[:4]} {sub[4:]}")


def _ng(r: random.Random) -> str:
    prefix = r.choice(["803", "806", "813", "816", "703", "706", "810", "814", "903", "906", "805", "807", "815", "811",
                       "905", "802", "808", "812", "701", "708", "902", "907", "901", "809", "817", "818", "909", "908"])
    sub = digits(r, 7)
    return _pick(r, f"0{prefix} {sub[:3]} {sub[3:]}", f"+234 {prefix} {sub[:3]} {sub[3:]}", f"0{prefix}{sub}", f"+234{prefix}{sub}",
                 f"+234 (0){prefix} {sub[:3]} {sub[3:]}")


def _jp(r: random.Random) -> str:
    if r.random() < 0.65:
        prefix = r.choice(["90", "80", "70"])
        sub = r.choice("123456789") + digits(r, 7)
        return _pick(r, f"0{prefix}-{sub[:4]}-{sub[4:]}", f"+81 {prefix}-{sub[:4]}-{sub[4:]}", f"+81 {prefix} {sub[:4]} {sub[4:]}",
                     f"0{prefix} {sub[:4]} {sub[4:]}")
    area = r.choice(["3", "6"])
    sub = r.choice("3456") + digits(r, 7)
    return _pick(r, f"0{area}-{sub[:4]}-{sub[4:]}", f"+81 {area}-{sub[:4]}-{sub[4:]}", f"0{area}({sub[:4]}){sub[4:]}")


def _es(r: random.Random) -> str:
    if r.random() < 0.7:
        n = r.choice(["6" + digits(r, 8), "7" + r.choice("1234") + digits(r, 7)])
        return _pick(r, f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                     f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0034 {n}")
    n = r.choice(["91", "93", "96", "95"]) + r.choice("2345") + digits(r, 6)
    return _pick(r, f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+34 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}")


def _it(r: random.Random) -> str:
    if r.random() < 0.7:
        prefix = r.choice(["320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "336", "338", "339", "340", "342",
                           "345", "346", "347", "348", "349", "366", "368", "380", "388", "389", "391", "392", "393"])
        sub = digits(r, 7)
        return _pick(r, f"{prefix} {sub[:3]} {sub[3:]}", f"+39 {prefix} {sub[:3]} {sub[3:]}", f"+39 {prefix} {sub}", f"{prefix}{sub}",
                     f"+39{prefix}{sub}")
    area = r.choice(["06", "02"])
    sub = r.choice("234578") + digits(r, 7)  # 06 698 is the Vatican's
    return _pick(r, f"{area} {sub[:4]} {sub[4:]}", f"+39 {area} {sub[:4]} {sub[4:]}", f"{area}-{sub}")


def _pk(r: random.Random) -> str:
    prefix = r.choice(["30", "31", "32", "34"]) + digits(r, 1) if r.random() < 0.8 else "33" + r.choice("01234567")
    sub = digits(r, 7)
    return _pick(r, f"0{prefix} {sub}", f"0{prefix}-{sub}", f"+92 {prefix} {sub}", f"+92-{prefix}-{sub}", f"+92{prefix}{sub}")


def _tr(r: random.Random) -> str:
    prefix = "5" + r.choice(["30", "31", "32", "33", "35", "36", "37", "38", "39", "05", "06", "07", "42", "43", "44", "45",
                             "46", "49", "51", "52", "53", "54", "55"])
    sub = digits(r, 7)
    return _pick(r, f"0{prefix} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+90 {prefix} {sub[:3]} {sub[3:5]} {sub[5:]}", f"0 ({prefix}) {sub[:3]} {sub[3:]}",
                 f"+90 {prefix} {sub[:3]} {sub[3:]}")


def _eg(r: random.Random) -> str:
    prefix = "1" + r.choice("0125")
    sub = digits(r, 8)
    return _pick(r, f"0{prefix} {sub[:4]} {sub[4:]}", f"+20 {prefix} {sub[:4]} {sub[4:]}", f"0{prefix}{sub}", f"+20{prefix}{sub}")


def _vn(r: random.Random) -> str:
    prefix = r.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32", "33", "34", "35", "36", "37", "38", "39",
                       "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"])
    sub = digits(r, 7)
    return _pick(r, f"0{prefix}{sub[0]} {sub[1:4]} {sub[4:]}", f"+84 {prefix}{sub[0]} {sub[1:4]} {sub[4:]}", f"0{prefix} {sub[:3]} {sub[3:5]} {sub[5:]}",
                 f"+84{prefix}{sub}")


def _kr(r: random.Random) -> str:
    if r.random() < 0.8:
        sub = r.choice("234679") + digits(r, 3)
        last = digits(r, 4)
        return _pick(r, f"010-{sub}-{last}", f"+82 10-{sub}-{last}", f"+82 10 {sub} {last}", f"010 {sub} {last}")
    sub = r.choice("2345689") + digits(r, 3)
    return _pick(r, f"02-{sub}-{digits(r, 4)}", f"+82 2-{sub}-{digits(r, 4)}")


def _au(r: random.Random) -> str:
    if r.random() < 0.7:
        mob = "4" + r.choice(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
                              "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33",
                              "34", "35", "38", "39", "40", "47", "48", "49", "50", "51", "52", "55", "56", "57", "58", "59"])
        sub = digits(r, 6)
        return _pick(r, f"0{mob} {sub[:3]} {sub[3:]}", f"+61 {mob} {sub[:3]} {sub[3:]}", f"0{mob}{sub}", f"+61{mob}{sub}")
    area, first = r.choice([("2", "9"), ("2", "8"), ("3", "9"), ("3", "8"), ("7", "3"), ("8", "8")])
    sub = first + digits(r, 7)
    return _pick(r, f"(0{area}) {sub[:4]} {sub[4:]}", f"+61 {area} {sub[:4]} {sub[4:]}", f"0{area} {sub[:4]} {sub[4:]}")


def _za(r: random.Random) -> str:
    if r.random() < 0.75:
        prefix = r.choice(["60", "61", "62", "63", "64", "65", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"])
        sub = digits(r, 7)
        return _pick(r, f"0{prefix} {sub[:3]} {sub[3:]}", f"+27 {prefix} {sub[:3]} {sub[3:]}", f"+27{prefix}{sub}", f"0{prefix}-{sub[:3]}-{sub[3:]}")
    area = r.choice(["11", "21", "31", "12"])
    sub = r.choice("345678") + digits(r, 6)
    return _pick(r, f"0{area} {sub[:3]} {sub[3:]}", f"+27 {area} {sub[:3]} {sub[3:]}")


def _ke(r: random.Random) -> str:
    prefix = r.choice(["70", "71", "72", "74", "79", "11", "75", "76", "78", "73"])
    sub = digits(r, 7)
    return _pick(r, f"0{prefix}{sub[0]} {sub[1:]}", f"+254 {prefix}{sub[0]} {sub[1:]}", f"+254{prefix}{sub}", f"0{prefix}{sub[0]} {sub[1:4]} {sub[4:]}")


def _co(r: random.Random) -> str:
    if r.random() < 0.8:
        prefix = "3" + r.choice(["00", "01", "02", "04", "05", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
                                 "21", "22", "23", "50", "51"])
        sub = digits(r, 7)
        return _pick(r, f"{prefix} {sub[:3]} {sub[3:]}", f"+57 {prefix} {sub[:3]} {sub[3:]}", f"+57{prefix}{sub}", f"({prefix}) {sub[:3]}-{sub[3:]}")
    sub = r.choice("2345678") + digits(r, 6)
    return _pick(r, f"(601) {sub[:3]} {sub[3:]}", f"+57 601 {sub[:3]} {sub[3:]}", f"604 {sub[:3]} {sub[3:]}")


def _ar(r: random.Random) -> str:
    if r.random() < 0.6:
        area, sub = r.choice([("11", r.choice("2356") + digits(r, 7)), ("351", r.choice("2356") + digits(r, 6)),
                              ("341", r.choice("2356") + digits(r, 6))])
        split = len(sub) - 4
        return _pick(r, f"+54 9 {area} {sub[:split]}-{sub[split:]}", f"+54 9 {area} {sub}", f"0{area} 15-{sub[:split]}-{sub[split:]}")
    sub = "4" + digits(r, 7)
    return _pick(r, f"(011) {sub[:4]}-{sub[4:]}", f"+54 11 {sub[:4]}-{sub[4:]}", f"011 {sub[:4]}-{sub[4:]}")


def _pl(r: random.Random) -> str:
    if r.random() < 0.75:
        n = r.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + digits(r, 7)
        return _pick(r, f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]}-{n[3:6]}-{n[6:]}", f"+48{n}")
    n = r.choice(["22", "12", "71", "61"]) + r.choice("2345678") + digits(r, 6)
    return _pick(r, f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+48 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}")


def _nl(r: random.Random) -> str:
    if r.random() < 0.7:
        sub = r.choice("12345") + digits(r, 7)
        return _pick(r, f"06 {sub}", f"06-{sub}", f"+31 6 {sub}", f"+31 (0)6 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", f"+316{sub}")
    area = r.choice(["20", "10", "70", "30"])
    sub = r.choice("2345678") + digits(r, 6)
    return _pick(r, f"0{area} {sub[:3]} {sub[3:]}", f"+31 {area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}")


def _bd(r: random.Random) -> str:
    prefix = "1" + r.choice("3456789") + digits(r, 2)
    sub = digits(r, 6)
    return _pick(r, f"0{prefix}-{sub}", f"0{prefix} {sub}", f"+880 {prefix}-{sub}", f"+880{prefix}{sub}", f"+880 {prefix} {sub}")


def _ru(r: random.Random) -> str:
    code = r.choice(["903", "905", "909", "910", "915", "916", "917", "925", "926", "929", "962", "964", "965", "977", "985", "495", "499", "812"])
    sub = digits(r, 7)
    return _pick(r, f"+7 {code} {sub[:3]}-{sub[3:5]}-{sub[5:]}", f"8 ({code}) {sub[:3]}-{sub[3:5]}-{sub[5:]}", f"+7 ({code}) {sub[:3]}-{sub[3:5]}-{sub[5:]}",
                 f"8 {code} {sub}", f"+7{code}{sub}")


def _sa(r: random.Random) -> str:
    prefix = "5" + r.choice("0345689")
    sub = digits(r, 7)
    return _pick(r, f"0{prefix} {sub[:3]} {sub[3:]}", f"+966 {prefix} {sub[:3]} {sub[3:]}", f"+966{prefix}{sub}")


def _ae(r: random.Random) -> str:
    prefix = "5" + r.choice("024568")
    sub = digits(r, 7)
    return _pick(r, f"0{prefix} {sub[:3]} {sub[3:]}", f"+971 {prefix} {sub[:3]} {sub[3:]}", f"+971{prefix}{sub}")


def _th(r: random.Random) -> str:
    prefix = r.choice(["6" + r.choice("123456"), "8" + r.choice("123456789"), "9" + r.choice("123456789")])
    sub = digits(r, 7)
    return _pick(r, f"0{prefix} {sub[:3]} {sub[3:]}", f"+66 {prefix} {sub[:3]} {sub[3:]}", f"0{prefix}-{sub[:3]}-{sub[3:]}")


def _my(r: random.Random) -> str:
    prefix = "1" + r.choice("269")
    sub = digits(r, 7)
    return _pick(r, f"0{prefix}-{sub[:3]} {sub[3:]}", f"+60 {prefix}-{sub[:3]} {sub[3:]}", f"+60{prefix}{sub}", f"0{prefix} {sub[:3]} {sub[3:]}")


_PHONE_MAKERS = {"US": lambda r: _nanp(r, US_AREAS), "CA": lambda r: _nanp(r, CA_AREAS), "IN": _in, "BR": _br, "GB": _gb, "DE": _de, "MX": _mx,
                 "FR": _fr, "ID": _id, "PH": _ph, "NG": _ng, "JP": _jp, "ES": _es, "IT": _it, "PK": _pk, "TR": _tr, "EG": _eg, "VN": _vn,
                 "KR": _kr, "AU": _au, "ZA": _za, "KE": _ke, "CO": _co, "AR": _ar, "PL": _pl, "NL": _nl, "BD": _bd, "RU": _ru, "SA": _sa,
                 "AE": _ae, "TH": _th, "MY": _my}


def phone(r: random.Random, region: str) -> str:
    """A number of ``region``'s plan, written one of the ways people there write it."""
    return _PHONE_MAKERS[region](r)


# --- cards ----------------------------------------------------------------------------------------

CARD_COUNTS = {"visa": 14, "mastercard": 10, "amex": 4, "discover": 2, "jcb": 2, "unionpay": 2, "rupay": 2}


def card(r: random.Random, brand: str) -> str:
    """A Luhn-valid number in ``brand``'s published IIN range and length."""
    if brand == "visa":
        return luhn_complete("4" + digits(r, 5), 16, r)
    if brand == "mastercard":
        prefix = r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))])
        return luhn_complete(prefix, 16, r)
    if brand == "amex":
        return luhn_complete(r.choice(["34", "37"]), 15, r)
    if brand == "discover":
        return luhn_complete(r.choice(["6011", "65" + digits(r, 2), str(r.randint(644, 649))]), 16, r)
    if brand == "jcb":
        return luhn_complete(str(r.randint(3528, 3589)), 16, r)
    if brand == "unionpay":
        return luhn_complete("62" + r.choice(["12", "14", "22", "25", "28"]), r.choice([16, 16, 19]), r)
    if brand == "rupay":
        return luhn_complete(r.choice(["508" + r.choice("56789"), "81" + r.choice("78") + digits(r, 1)]), 16, r)
    raise ValueError(brand)


def card_written(r: random.Random, number: str) -> str:
    """As people copy a card: in fours (Amex 4-6-5), with dashes, or run together."""
    if len(number) == 15:
        spaced = f"{number[:4]} {number[4:10]} {number[10:]}"
        return r.choice([spaced, spaced.replace(" ", "-"), number])
    if len(number) == 19:
        return r.choice([f"{grouped(number[:16])} {number[16:]}", number])
    return r.choice([grouped(number), grouped(number), grouped(number, sep="-"), number])


# --- IBANs ----------------------------------------------------------------------------------------

IBAN_COUNTS = {"DE": 9, "FR": 5, "ES": 4, "IT": 4, "NL": 3, "BE": 2, "AT": 2, "PT": 2, "PL": 2, "TR": 2, "IE": 1, "FI": 1, "AE": 1,
               "SA": 1}

DE_BANKS = ["10070024", "20041133", "50010517", "12030000", "10011001", "37040044", "70150000", "43060967", "76050101", "86055592",
            "60050101", "25050180", "44050199", "30050110"]


def _mod11_es(body: str) -> str:
    value = 11 - sum(int(d) * w for d, w in zip(body, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return str({11: 0, 10: 1}.get(value, value))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _bban(r: random.Random, country: str) -> str:  # noqa: PLR0911 - one layout per country
    if country == "DE":
        return r.choice(DE_BANKS) + digits(r, 10)
    if country == "FR":
        bank, branch, account = r.choice(["30004", "30003", "20041", "10278", "30002", "16958", "18206"]), digits(r, 5), digits(r, 11)
        return f"{bank}{branch}{account}{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"
    if country == "ES":
        bank, branch, account = r.choice(["2100", "0049", "0182", "2080", "0081", "1465", "0128"]), digits(r, 4), digits(r, 10)
        return f"{bank}{branch}{_mod11_es('00' + bank + branch)}{_mod11_es(account)}{account}"
    if country == "IT":
        body = r.choice(["03069", "02008", "05034", "03062", "01030", "36000"]) + digits(r, 5) + digits(r, 12)
        total = sum(_CIN_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(body))
        return chr(65 + total % 26) + body
    if country == "NL":
        while True:
            account = digits(r, 10)
            if account[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0:
                return r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + account
    if country == "BE":
        first = r.choice(["001", "063", "068", "310", "363", "734", "735", "750", "143", "097"]) + digits(r, 7)
        return f"{first}{int(first) % 97 or 97:02d}"
    if country == "AT":
        return r.choice(["20111", "12000", "32000", "14000", "19043", "60000"]) + digits(r, 11)
    if country == "PT":
        body = r.choice(["0035", "0033", "0010", "0007", "0036", "0018"]) + digits(r, 4) + digits(r, 11)
        return f"{body}{98 - int(body) * 100 % 97:02d}"
    if country == "PL":
        sort = r.choice(["102", "109", "105", "114", "124", "116", "175"]) + digits(r, 4)
        check = -sum(int(d) * w for d, w in zip(sort, [3, 9, 7, 1, 3, 9, 7])) % 10
        return f"{sort}{check}{digits(r, 16)}"
    if country == "TR":
        return r.choice(["00010", "00012", "00015", "00046", "00062", "00064", "00067", "00111"]) + "0" + digits(r, 16)
    if country == "IE":
        return r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + r.choice(["93", "90", "98", "99"]) + digits(r, 4) + digits(r, 8)
    if country == "FI":
        return luhn_complete(r.choice(["1", "2", "5", "8"]) + digits(r, 5), 14, r)
    if country == "AE":
        return r.choice(["033", "026", "035", "030", "044"]) + digits(r, 16)
    if country == "SA":
        return r.choice(["80", "10", "20", "15", "45", "55"]) + digits(r, 18)
    raise ValueError(country)


def new_iban(r: random.Random, country: str) -> str:
    return iban(country, _bban(r, country))


def iban_written(r: random.Random, value: str) -> str:
    """In fours (the print form, most often) or run together."""
    return r.choice([grouped(value), grouped(value), grouped(value), value])


# --- bank accounts --------------------------------------------------------------------------------

NUBAN_BANKS = {"GTBank": "058", "Access Bank": "044", "Zenith Bank": "057", "First Bank": "011", "UBA": "033", "Stanbic IBTC": "221",
               "Wema Bank": "035", "Ecobank": "050"}


def aba_routing(r: random.Random) -> str:
    """An ABA routing number: a Federal Reserve district prefix, weights 3-7-1 summing to a multiple of 10."""
    body = f"{r.choice([r.randint(1, 12), r.randint(21, 32)]):02d}" + digits(r, 6)
    return body + str(-sum(int(d) * w for d, w in zip(body, [3, 7, 1, 3, 7, 1, 3, 7])) % 10)


def clabe(r: random.Random) -> str:
    body = r.choice(["002", "012", "014", "021", "072", "044", "127", "137", "646", "638"]) + f"{r.randint(1, 999):03d}" + digits(r, 11)
    check = (10 - sum(int(d) * w % 10 for d, w in zip(body, [3, 7, 1] * 6)) % 10) % 10
    return body + str(check)


def nuban(r: random.Random, bank: str) -> str:
    serial = digits(r, 9)
    total = sum(int(d) * w for d, w in zip(bank + serial, [3, 7, 3] * 4))
    return serial + str((10 - total % 10) % 10)


def cbu(r: random.Random) -> str:
    """Argentina's CBU: bank and branch with a check digit (weights 3-1-7-9 from the right), then the
    account with its own."""
    def check(body: str) -> str:
        return str(-sum(int(d) * w for d, w in zip(reversed(body), [3, 1, 7, 9] * 4)) % 10)

    bank = r.choice(["007", "011", "014", "015", "017", "072", "191", "285"]) + f"{r.randint(1, 999):04d}"
    account = digits(r, 13)
    return bank + check(bank) + account + check(account)


def ifsc(r: random.Random) -> str:
    return r.choice(["SBIN", "HDFC", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "IDIB", "YESB", "IDFB"]) + "0" + \
        "".join(r.choice(string.digits) for _ in range(6))


def sort_code(r: random.Random) -> str:
    first = r.choice(["20", "40", "30", "60", "77", "09", "04", "23", "11"])
    return f"{first}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"


def bsb(r: random.Random) -> str:
    return f"{r.choice(['062', '063', '032', '033', '082', '083', '012', '013', '484', '633'])}-{r.randint(0, 999):03d}"


def ca_transit(r: random.Random) -> str:
    return f"{r.randint(0, 99999):05d}-{r.choice(['001', '002', '003', '004', '006', '010', '815', '837'])}"


def za_branch(r: random.Random) -> str:
    return r.choice(["250655", "051001", "632005", "470010", "198765", "678910"])


# --- national identifiers -------------------------------------------------------------------------

NATIONAL_IDS = {  # kind: (how many, how its holders call it, the python-stdnum module that referees it)
    "us_ssn": (8, "SSN", "us.ssn"), "in_aadhaar": (4, "Aadhaar", "in_.aadhaar"), "in_pan": (3, "PAN", "in_.pan"),
    "br_cpf": (4, "CPF", "br.cpf"), "mx_curp": (2, "CURP", "mx.curp"), "gb_nhs": (2, "NHS number", "gb.nhs"),
    "de_idnr": (2, "Steuer-ID", "de.idnr"), "fr_nir": (2, "numéro de sécurité sociale", "fr.nir"), "es_dni": (2, "DNI", "es.dni"),
    "it_codicefiscale": (2, "codice fiscale", "it.codicefiscale"), "ca_sin": (2, "SIN", "ca.sin"), "id_nik": (2, "NIK", "id.nik"),
    "pk_cnic": (1, "CNIC", "pk.cnic"), "tr_tckimlik": (1, "T.C. Kimlik No", "tr.tckimlik"), "pl_pesel": (1, "PESEL", "pl.pesel"),
    "za_idnr": (1, "ID number", "za.idnr"), "kr_rrn": (1, "주민등록번호", "kr.rrn"), "cn_ric": (1, "身份证号", "cn.ric"),
    "jp_in": (1, "マイナンバー", "jp.in_"), "au_tfn": (1, "TFN", "au.tfn"), "nl_bsn": (1, "BSN", "nl.bsn"),
    "th_pin": (1, "เลขประจำตัวประชาชน", "th.pin"), "my_nric": (1, "MyKad", "my.nric"), "ar_dni": (1, "DNI", "ar.dni"),
}

_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff_digit(body: str) -> str:
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(d)]]
    return str(_VERHOEFF_INV[c])


def _birth(r: random.Random, start: int = 1950, end: int = 2004) -> datetime.date:
    return datetime.date(start, 1, 1) + datetime.timedelta(days=r.randrange((datetime.date(end, 12, 31) - datetime.date(start, 1, 1)).days))


def _ssn(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _aadhaar(r: random.Random) -> str:
    while True:
        body = r.choice("23456789") + digits(r, 10)
        value = body + _verhoeff_digit(body)
        if value != value[::-1]:
            return f"{value[:4]} {value[4:8]} {value[8:]}"


def _pan(r: random.Random) -> str:
    letters = string.ascii_uppercase
    return "".join(r.choice(letters) for _ in range(3)) + "P" + r.choice(letters) + digits(r, 4) + r.choice(letters)


def _cpf(r: random.Random) -> str:
    while True:
        body = digits(r, 9)
        if len(set(body)) > 1:
            break
    for n in (10, 11):
        total = sum(int(d) * w for d, w in zip(body, range(n, 1, -1)))
        body += str(0 if total % 11 < 2 else 11 - total % 11)
    return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"


_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"


def _curp(r: random.Random) -> str:
    born = _birth(r, 1965, 2005)
    surname, second, given = r.choice([("GARCIA", "LOPEZ", "MARIA"), ("HERNANDEZ", "RUIZ", "JOSE"), ("MARTINEZ", "SOTO", "ANA"),
                                       ("RAMIREZ", "DIAZ", "LUIS"), ("TORRES", "VEGA", "SOFIA"), ("FLORES", "MORA", "DIEGO")])
    vowel = next(c for c in surname[1:] if c in "AEIOU")
    head = surname[0] + vowel + second[0] + given[0]
    sex = "M" if given in ("MARIA", "ANA", "SOFIA") else "H"
    state = r.choice(["DF", "JC", "NL", "MC", "PL", "GT", "VZ", "YN", "BC"])
    consonants = "".join(next(c for c in word[1:] if c not in "AEIOU") for word in (surname, second, given))
    body = f"{head}{born:%y%m%d}{sex}{state}{consonants}" + (r.choice("0123456789") if born.year < 2000 else r.choice("ABCDEFGH"))
    check = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - check % 10) % 10)


def _nhs(r: random.Random) -> str:
    while True:
        body = r.choice("456789") + digits(r, 8)
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            value = body + str(check)
            return f"{value[:3]} {value[3:6]} {value[6:]}"


def _idnr(r: random.Random) -> str:
    while True:
        body = r.choice("123456789") + digits(r, 9)
        counts = [body.count(d) for d in set(body)]
        if sorted(c for c in counts if c > 1) in ([2], [3]):
            break
    product = 10
    for d in body:
        total = (int(d) + product) % 10 or 10
        product = total * 2 % 11
    check = (11 - product) % 10
    value = body + str(check)
    return r.choice([f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}", value])


def _nir(r: random.Random) -> str:
    born = _birth(r, 1955, 2003)
    body = f"{r.choice('12')}{born:%y%m}{r.choice(['75', '69', '13', '33', '59', '92', '31', '44'])}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _dni(r: random.Random) -> str:
    number = r.randint(10_000_000, 79_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


_CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
           **dict(zip(string.ascii_uppercase, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}


def _codice_fiscale(r: random.Random) -> str:
    born = _birth(r, 1960, 2002)
    woman = r.random() < 0.5
    name = r.choice(["RSSMRA", "BNCGLI", "FRRLCU", "CSTFNC", "GLLSRA", "MRNPLA", "CNTGPP", "LNGMTT"])
    day = born.day + (40 if woman else 0)
    body = f"{name}{born:%y}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}{r.choice(['H501', 'F205', 'L219', 'F839', 'A944', 'G273'])}"
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return body + chr(65 + total % 26)


def _sin(r: random.Random) -> str:
    value = luhn_complete(r.choice("1234567"), 9, r)
    return r.choice([f"{value[:3]} {value[3:6]} {value[6:]}", f"{value[:3]}-{value[3:6]}-{value[6:]}"])


def _nik(r: random.Random) -> str:
    born = _birth(r, 1965, 2004)
    day = born.day + (40 if r.random() < 0.5 else 0)
    return f"{r.choice(['3171', '3173', '3174', '3273', '3578', '3471', '5171', '1271', '3374'])}{r.randint(1, 12):02d}{day:02d}{born:%m%y}{r.randint(1, 2999):04d}"


def _cnic(r: random.Random) -> str:
    return f"{r.choice('34561')}{digits(r, 4)}-{digits(r, 7)}-{r.choice('123456789')}"


def _tckimlik(r: random.Random) -> str:
    body = r.choice("123456789") + digits(r, 8)
    check1 = (sum(int(d) for d in body[0::2]) * 7 - sum(int(d) for d in body[1::2])) % 10
    check2 = (sum(int(d) for d in body) + check1) % 10
    return f"{body}{check1}{check2}"


def _pesel(r: random.Random) -> str:
    born = _birth(r, 1960, 2006)
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born:%y}{month:02d}{born:%d}{digits(r, 4)}"
    check = -sum(int(d) * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10
    return body + str(check)


def _za_id(r: random.Random) -> str:
    born = _birth(r, 1960, 2004)
    return luhn_complete(f"{born:%y%m%d}{r.randint(0, 9999):04d}0{r.choice('89')}", 13, r)


def _rrn(r: random.Random) -> str:
    born = _birth(r, 1965, 2004)
    sex = r.choice("12") if born.year < 2000 else r.choice("34")
    body = f"{born:%y%m%d}{sex}{r.randint(0, 96):02d}{digits(r, 3)}"
    check = (11 - sum(int(d) * w for d, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def _ric(r: random.Random) -> str:
    born = _birth(r, 1970, 2003)
    body = f"{r.choice(['110101', '110105', '110108', '310104'])}{born:%Y%m%d}{digits(r, 3)}"
    check = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if check == 10 else str(check))


def _my_number(r: random.Random) -> str:
    body = digits(r, 11)
    check = -sum(int(d) * w for d, w in zip(body, [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11 % 10
    value = body + str(check)
    return f"{value[:4]} {value[4:8]} {value[8:]}"


def _tfn(r: random.Random) -> str:
    while True:
        value = digits(r, 9)
        if sum(int(d) * w for d, w in zip(value, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0:
            return f"{value[:3]} {value[3:6]} {value[6:]}"


def _bsn(r: random.Random) -> str:
    while True:
        value = r.choice("123456789") + digits(r, 8)
        if sum(int(d) * w for d, w in zip(value, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0:
            return value


def _thai_pin(r: random.Random) -> str:
    body = r.choice("12345678") + digits(r, 11)
    check = (1 - sum((13 - i) * int(d) for i, d in enumerate(body)) % 11) % 10
    value = body + str(check)
    return f"{value[0]}-{value[1:5]}-{value[5:10]}-{value[10:12]}-{value[12]}"


def _nric(r: random.Random) -> str:
    born = _birth(r, 1965, 2004)
    return f"{born:%y%m%d}-{r.choice(['01', '02', '05', '07', '08', '10', '14'])}-{digits(r, 4)}"


def _ar_dni(r: random.Random) -> str:
    number = f"{r.randint(20_000_000, 45_999_999)}"
    return r.choice([number, f"{number[:2]}.{number[2:5]}.{number[5:]}"])


_ID_MAKERS = {"us_ssn": _ssn, "in_aadhaar": _aadhaar, "in_pan": _pan, "br_cpf": _cpf, "mx_curp": _curp, "gb_nhs": _nhs, "de_idnr": _idnr,
              "fr_nir": _nir, "es_dni": _dni, "it_codicefiscale": _codice_fiscale, "ca_sin": _sin, "id_nik": _nik, "pk_cnic": _cnic,
              "tr_tckimlik": _tckimlik, "pl_pesel": _pesel, "za_idnr": _za_id, "kr_rrn": _rrn, "cn_ric": _ric, "jp_in": _my_number,
              "au_tfn": _tfn, "nl_bsn": _bsn, "th_pin": _thai_pin, "my_nric": _nric, "ar_dni": _ar_dni}


def national_id(r: random.Random, kind: str) -> str:
    """An identifier of ``kind`` made by its issuer's rule, written as its holders write it."""
    return _ID_MAKERS[kind](r)
