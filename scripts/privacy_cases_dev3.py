"""Labelled lines for ``bench_privacy.py``: the third tuning set, dev3.

Written on 2026-12-04 by a helper session to broaden what the redactor is tuned on, without reading
the redactor or the held-out set (of the held-out test, only its opening imports were seen), and
without running these lines through the redactor while writing them. Its seeds (2027 for positives, 3203 for look-alikes), templates and values are
its own; only ``Case`` and the Luhn, IBAN and grouping helpers of ``privacy_cases.py`` are shared.

- phones of 36 countries in national and international forms, in messages, vCards, JSON, CSV, logs,
  ``tel:`` and ``wa.me`` links (``privacy_cases_dev3_values.PHONE_FORMS``);
- IBANs of 30 countries (national check digits where the country has them), written grouped,
  compact, lower case or with dashes, in sentences of many languages, CSV, JSON, XML and log lines;
  national account numbers labelled in many ways: routing/ABA + account, sort code + account, BSB,
  transit, Kontonummer + BLZ, RIB, CCC, CLABE, CBU, NRB, Czech, Norwegian and New Zealand accounts;
- 36 kinds of national identifier (``privacy_cases_dev3_ids.py``);
- keys and tokens of 63 formats, passwords in 22 kinds of config line, on the command lines of 57
  tools and in 43 phrasings of prose in 23 languages, PINs (``privacy_cases_dev3_secrets.py``);
- look-alikes of all of these (``privacy_cases_dev3_lookalikes.py``).

As in the other sets, hashes, commit SHAs, UUIDs and trace ids in ordinary contexts, public keys and
masked numbers are look-alikes; a hex string or UUID under a secret's name is a secret; a bank or
branch code written beside its account number (sort code, ABA, BSB, transit, BLZ, agência,
reg.nr.) is labelled with it, as dev2 labels sort and routing codes.
"""

from __future__ import annotations

import random

from privacy_cases import Case, digits
from privacy_cases_dev3_ids import NATIONAL_IDS
from privacy_cases_dev3_lookalikes import lookalikes
from privacy_cases_dev3_secrets import KEYS, PASSWORD_COMMANDS, PASSWORD_CONFIGS, PASSWORD_PROSE, PINS, password_stream
from privacy_cases_dev3_values import (aba, cbu, ccc, clabe, cz_account, ibans, iban_forms, kontonr_no, nz_account, phones,
                                       pl_nrb, rib)

_PHONE_LOCAL = {
    "PT": ["Ligue para {v}", "telemóvel {v}"], "IE": ["mobile {v}, ring after 6"], "BE": ["gsm {v}", "bel me op {v}"],
    "DK": ["tlf: {v} (mobil)"], "NO": ["ring meg på {v}"], "FI": ["puh. {v}", "soita {v}"], "CZ": ["zavolej mi na {v}", "tel. {v}"],
    "GR": ["τηλ. {v}"], "TR": ["beni {v} numaradan ara", "cep: {v}"], "IL": ["תתקשר ל-{v}"], "AE": ["اتصل بي على {v}"],
    "CN": ["手机 {v}", "电话：{v}"], "TW": ["手機 {v}"], "HK": ["WhatsApp 我 {v}"], "TH": ["โทร {v}"], "ID": ["HP/WA: {v}"],
    "MY": ["no. tel {v}"], "VN": ["gọi cho mình {v}"], "PH": ["text me at {v}"], "RU": ["телефон {v}"], "UA": ["тел. {v}"],
    "HU": ["hívj a {v} számon"], "RO": ["sună-mă la {v}"], "AR": ["mi cel: {v}"], "CL": ["celular {v}"], "CO": ["móvil {v}"],
    "PE": ["llámame al {v}"], "EG": ["رقمي {v}"], "SA": ["جوال {v}"], "PK": ["mera number {v} hai"], "KE": ["M-Pesa line {v}"],
}
_PHONE_GENERAL = [
    "call back on {v} pls", "{v} (mum)", "Notfallkontakt {v}", "caller ID: {v}", "2 missed calls from {v}", "TEL;TYPE=CELL:{v}",
    '{{"name": "Ana", "phone": "{v}"}}', "2026-12-05 10:22:41 sms.send to={v} status=queued", "Ana Souza;{v};Lisboa",
    "Courier will call {v} on arrival", "landlord's number → {v}", "If found, please call {v}", "driver: {v}",
    "Kontakt: Familie Silva, {v}", "phone {v} / available after 5",
]

_IBAN_LOCAL = {
    "PT": ["transferência para {v}"], "FI": ["Tilinumero {v}", "Maksa tilille {v}"], "LU": ["Virement sur {v} svp"],
    "CZ": ["číslo účtu (IBAN): {v}", "Prosím pošlete na účet {v}"], "SK": ["IBAN:{v}", "Pošli to na {v}"],
    "HU": ["számlaszám: {v}", "Kérlek utald a {v} számlára"], "RO": ["Cont IBAN {v}"], "HR": ["IBAN primatelja: {v}"], "SI": ["TRR: {v}"],
    "GR": ["ΙΒΑΝ: {v}", "Αριθμός λογαριασμού {v}"], "EE": ["arveldusarve {v}"], "LT": ["sąskaitos nr. {v}"], "LV": ["konta nr. {v}"],
    "BG": ["банкова сметка {v}"], "TR": ["IBAN numaram {v}", "Lütfen {v} hesabına gönder"], "SA": ["رقم الآيبان: {v}"], "IL": ["מספר IBAN: {v}"],
    "UA": ["IBAN отримувача {v}"], "RS": ["broj računa {v}"], "ME": ["žiro račun {v}"], "BR": ["IBAN (para transferência internacional): {v}"],
    "IS": ["reikningsnúmer {v}"], "MC": ["RIB/IBAN : {v}"], "LI": ["Kontoverbindung {v}"], "KZ": ["счёт {v}"], "GE": ["ანგარიში {v}"],
}
_IBAN_GENERAL = [
    "IBAN {v}", "iban: {v}", "payout account {v}", "please wire to {v}, ref INV-2207", "refund to my iban {v} thx",
    "2026-12-03;Miete Dezember;-950,00;{v};Hausverwaltung Koch", '{{"iban": "{v}", "currency": "EUR"}}',
    "2026-12-05T09:14:22Z INFO payout.create iban={v} amount=120.00", "  iban: {v}", "beneficiary,{v},EUR,450.00",
    "<IBAN>{v}</IBAN>", "Bank: {v} / BIC to follow", "IBAN du bénéficiaire : {v}", "Empfänger-IBAN {v}",
]


def _national_accounts(r: random.Random) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """``(group, region, line template, values)``: a value is one ``{}`` slot, filled in order."""
    sort = lambda: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"  # noqa: E731
    bsb = lambda: f"{r.choice(['06', '03', '01', '08'])}{r.choice('234')}-{digits(r, 3)}"  # noqa: E731
    out = [("account_us", "US", t, (aba(r), digits(r, r.choice([9, 10, 12])))) for t in (
        "ABA {} / acct {}", "routing no. {}, account no. {}", "Wire: RTN {} Acct# {}", "direct deposit — routing {} account {} (checking)",
        '{{"routing_number": "{}", "account_number": "{}"}}')]
    out += [("account_gb", "GB", t, (sort(), digits(r, 8))) for t in ("Sort code: {}  Account no: {}", "S/C {} A/C {}", "bank details: {} / {}")]
    out.append(("account_gb", "GB", "acc {} sc {}", (digits(r, 8), sort())))
    out += [("account_au", "AU", t, (bsb(), r.choice([digits(r, 9), f"{digits(r, 4)} {digits(r, 4)}", digits(r, 6)])))
            for t in ("BSB {} Acc {}", "BSB: {} Account: {}", "bsb {} acct no {}")]
    out.append(("account_ca", "CA", "transit no. {} · account no. {} (TD)", (digits(r, 5), digits(r, 7))))
    out.append(("account_ca", "CA", "numéro de transit {}, numéro de compte {}", (digits(r, 5), digits(r, 7))))
    out += [("account_nz", "NZ", t, (nz_account(r),)) for t in ("bank account {}", "acct: {} (Kiwibank)", "please pay into {}")]
    out += [("account_mx", "MX", t, (clabe(r),)) for t in ("CLABE {}", "CLABE interbancaria: {}", "cuenta CLABE {} (BBVA)")]
    out += [("account_ar", "AR", t, (cbu(r),)) for t in ("CBU {}", "te paso mi CBU: {}")]
    out += [("account_es", "ES", t, (ccc(r),)) for t in ("c/c {}", "número de cuenta {}")]
    out += [("account_no", "NO", t, (kontonr_no(r),)) for t in ("kontonr. {}", "betal til konto {}")]
    out += [("account_cz", "CZ", t, (cz_account(r),)) for t in ("číslo účtu {}", "č. ú. {}")]
    out += [("account_pl", "PL", t, (pl_nrb(r),)) for t in ("nr rachunku: {}", "numer konta {}", "przelew na {}")]
    out.append(("account_de", "DE", "Kto.-Nr. {}, BLZ {}", (digits(r, 10), f"{r.randint(100, 860)} {digits(r, 3)} {digits(r, 2)}")))
    out.append(("account_de", "DE", "Kontonummer {} / BLZ {}", (str(r.randint(10**6, 10**10)), f"{r.randint(100, 860)}{digits(r, 5)}")))
    out += [("account_fr", "FR", t, (rib(r),)) for t in ("RIB : {}", "relevé d'identité bancaire {}")]
    out += [("account_it", "IT", t, (digits(r, 12),)) for t in ("c/c n. {} presso Intesa", "conto corrente {}")]
    out += [("account_br", "BR", t, (f"{digits(r, 4)}-{digits(r, 1)}", f"{digits(r, 5)}-{digits(r, 1)}"))
            for t in ("agência {} conta corrente {}", "ag. {} c/c {} (Itaú)")]
    out += [("account_in", "IN", t, (digits(r, r.choice([11, 14, 16])),)) for t in ("A/c No. {}", "account number: {} (SBI)")]
    out += [("account_jp", "JP", t, (digits(r, 7),)) for t in ("口座番号 {}（普通）", "みずほ銀行 渋谷支店 普通 {}")]
    out.append(("account_kr", "KR", "계좌번호 {} (신한)", (f"110-{digits(r, 3)}-{digits(r, 6)}",)))
    out += [("account_za", "ZA", t, ("6" + digits(r, 10),)) for t in ("FNB account {}", "acc no {}")]
    out.append(("account_dk", "DK", "reg.nr. {} kontonr. {}", (digits(r, 4), digits(r, 10))))
    full = digits(r, 11)
    out.append(("account_ending", "US", "which one - the account ending " + full[-4:] + "? full number is {}", (full,)))
    out += [("account_labelled", "US", t, (digits(r, r.choice([8, 10, 12])),)) for t in ("acct no. {}", "a/c no {}", "Acc. {} (savings)", "bank acct# {}")]
    return out


def positives(seed: int = 2027) -> list[Case]:
    """The positive cases of dev3."""
    r = random.Random(seed)
    cases: list[Case] = []
    for i, (region, number) in enumerate(phones(r)):
        if i % 11 == 5 and number.startswith("+"):
            number = "".join(c for c in number.replace("(0)", "") if c.isdigit())
            line = r.choice(["https://wa.me/{v}?text=hi", "tel:+{v}"]).format(v=number)
        else:
            line = r.choice(_PHONE_LOCAL.get(region, []) + _PHONE_GENERAL).format(v=number)
        cases.append(Case(line, (("phone", number),), region, f"phone_{region}"))
    for i, (country, value) in enumerate(ibans(r)):
        shown = iban_forms(value, i)
        line = r.choice(_IBAN_LOCAL.get(country, []) * 2 + _IBAN_GENERAL).format(v=shown)
        cases.append(Case(line, (("account", shown),), country, f"iban_{country}"))
    for group, region, template, values in _national_accounts(r):
        cases.append(Case(template.format(*values), tuple(("account", v) for v in values), region, group))
    for kind, (make, templates, region, _) in NATIONAL_IDS.items():
        for template in templates:
            value = make(r)
            cases.append(Case(template.format(v=value), (("national_id", value),), region, f"id_{kind}"))
    for fmt, templates, make in KEYS:
        for template in templates:
            value = make(r)
            cases.append(Case(template.format(v=value), (("secret", value),), "US", f"secret_{fmt}"))
    passwords = iter(password_stream(r))
    for fmt, template in PASSWORD_CONFIGS:
        value = next(passwords)
        cases.append(Case(template.format(v=value), (("secret", value),), "GB", f"password_config_{fmt}"))
    for template in PASSWORD_COMMANDS:
        value = next(passwords)
        cases.append(Case(template.format(v=value), (("secret", value),), "US", "password_command"))
    for region, template in PASSWORD_PROSE:
        value = next(passwords)
        cases.append(Case(template.format(v=value), (("secret", value),), region, "password_prose"))
    for region, template in PINS:
        value = digits(r, 8 if "PUK" in template else 4)
        cases.append(Case(template.format(v=value), (("secret", value),), region, "password_pin"))
    return cases


def negatives(seed: int = 3203) -> list[Case]:
    """Look-alikes of dev3's values: the same kinds of number, code and wording, personal in nothing."""
    return lookalikes(random.Random(seed))
