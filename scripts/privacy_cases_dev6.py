"""Labelled lines for ``bench_privacy.py``: the sixth tuning set, dev6 (the held-out set from 2026-12-04).

Written on 2026-12-04 for issue 17 as the held-out set by a helper session that did not read the
redactor (``device/privacy/``, ``device/pipeline/privacy.py``), did not read dev5's lines, and did
not run these lines through the redactor or the bench while writing them. It was measured once,
numbers only (recall 0.6891, precision 0.9868 on 2026-12-04); its misses are read from now on, so
it is a tuning set, and ``privacy_cases_heldout.py`` holds a new held-out set. Its lines and seeds
are unchanged by the move.

It was aimed away from the five sets before it: phones of 20 countries, IBANs of 10 countries, card brands,
national account formats, identifier kinds and key formats none of them has; passwords on the
command lines of other tools, in other configuration files and in other languages; look-alike kinds
they lack (CAS numbers, securities and ship codes, advisories, NMEA sentences, health readings).
Its lines are what a personal agent's sensors record: window titles, shell commands, notes, chat
and call transcripts, calendar entries, webhook payloads, config files and mail. Seeds (7411 for
positives, 8863 for look-alikes), templates and values are its own; ``Case`` and the Luhn and
mod-97 helpers come from ``privacy_cases.py``.

Conventions as in the other sets: kinds ``phone``, ``card``, ``account``, ``national_id``,
``secret`` (passwords and PINs included) and ``email``; a bank or branch code written beside an
account number is part of it; hashes, UUIDs, trace ids and public codes are look-alikes.
"""

from __future__ import annotations

import random

from privacy_cases import Case
from privacy_cases_dev6_lookalikes import lookalikes
from privacy_cases_dev6_numbers import (ACCOUNT_MAKERS, CARDS, NATIONAL_IDS, PHONES, card, iban_shown, ibans, printed)
from privacy_cases_dev6_passwords import PASSWORD_COMMANDS, PASSWORD_CONFIGS, PASSWORD_PROSE, PINS, URL_UNSAFE, password_stream
from privacy_cases_dev6_secrets import KEYS

COUNTRY = dict(zip("AM KG MD BY ME BH OM MM LA BN SN CI CM RW ZM BO HN TT MO FJ".split(),
                   ["Armenia", "Kyrgyzstan", "Moldova", "Belarus", "Montenegro", "Bahrain", "Oman", "Myanmar", "Laos", "Brunei",
                    "Senegal", "Côte d'Ivoire", "Cameroon", "Rwanda", "Zambia", "Bolivia", "Honduras", "Trinidad", "Macau", "Fiji"]))

_PHONE_LOCAL = {
    "AM": "զանգիր ինձ {v} համարով", "KG": "мага чал: {v}", "MD": "sună-mă la {v} după ora 18", "BY": "патэлефануй мне на {v}",
    "ME": "zovi me na {v}, ne kasni", "BH": "رقمي البحريني {v}", "OM": "تواصل معي على {v}", "MM": "ကျွန်တော့်ဖုန်း {v}",
    "LA": "ໂທຫາຂ້ອຍ {v}", "BN": "hubungi saya di {v}", "SN": "woo ma ci {v}", "CI": "appelle-moi au {v} avant 20h",
    "CM": "mon numéro MTN c'est le {v}", "RW": "mpamagara kuri {v}", "ZM": "niitileni pa {v}", "BO": "llamame al {v} nomás",
    "HN": "mi cel es {v}, escribime", "TT": "ring meh on {v} nah", "MO": "打畀我 {v}", "FJ": "qiri mai ena {v}",
}
_PHONE_CONTEXTS = [
    "Incoming call — {v} — {country}", "BEGIN:VCARD\nFN:Kezia Ramlal\nTEL;TYPE=cell:{v}\nEND:VCARD",
    '{{"event": "call.missed", "from": "{v}", "country": "{country}"}}', "Calendar: Pick-up at the airport, driver {v}",
    "Notes > Contacts abroad: {country} - {v}", "emergency_contact:\n  name: Amara\n  phone: \"{v}\"",
    "WhatsApp - Chat with {v}", "Transcript 09:12 — agent: can I reach you on {v}? — caller: yes",
    "Reply to this message or call {v}", "Delivery note: ring {v} at the gate", "Telegram: new login, phone {v}",
    "| Amara Diallo | {country} | {v} |",
]
_SIGNATURES = [
    ("AM", "Best regards,\nAni Hakobyan\n{v}\n{e}", "ani.hakobyan@studio-ararat.example"),
    ("KG", "С уважением, Айбек\nтел.: {v}\nпочта: {e}", "aibek.t@naryn-trek.example"),
    ("MD", "Cu stimă,\nIon Rusu · {v} · {e}", "ion.rusu@vinuri-orhei.example"),
    ("ME", "Srdačan pozdrav\nMilica Vuković\nmob: {v}\n{e}", "milica.v@budva-tours.example"),
    ("BH", '{{"name": "Fatima Al-Khalifa", "mobile": "{v}", "email": "{e}"}}', "fatima.k@muharraq-design.example"),
    ("SN", "Cordialement,\nAwa Ndiaye\nTél. {v}\nCourriel : {e}", "awa.ndiaye@goree-digital.example"),
    ("CM", "signup: {e} | {v} | newsletter=no", "b.eto@limbe-agri.example"),
    ("RW", "Murakoze,\nJean Bosco Habimana\n{v} | {e}", "jb.habimana@kivu-coffee.example"),
    ("BO", "Saludos,\nMaría Quispe\ncel. {v}\n{e}", "maria.quispe+work@uyuni-salt.example"),
    ("TT", "Cheers,\nKezia Ramlal\nM: {v}\nE: {e}", "kezia.ramlal@chaguanas-events.example"),
    ("MO", "Best,\nLeong Ka Man\n{v}\n{e}", "km.leong@taipa-labs.example"),
    ("FJ", "Vinaka,\nMere Tuilagi\nPh {v}\n{e}", "mere.tuilagi@taveuni-dive.example"),
    ("OM", "Regards,\nSalim Al Harthy\nGSM {v}\n{e}", "salim.harthy@nizwa-dates.example"),
    ("LA", "Cc: {e}\nTel: {v}", "souksavanh.p@mekong-river.example"),
    ("ZM", "From: Chanda Mwale <{e}>\nSent from my phone {v}", "chanda.mwale@zambezi-solar.example"),
    ("HN", "Atte.\nJosé Banegas\nTel. {v}\n{e}", "jose.banegas@copan-cafe.example"),
]

_CARD_CONTEXTS = [
    ("IN", "rupay", "RuPay debit {v} exp 08/29"), ("IN", "rupay", "Checkout – Enter card number: {v}"),
    ("TR", "troy", "TROY kart no: {v}"), ("TR", "troy", "Kart numarası {v} son kullanma 11/28"),
    ("BR", "elo", "cartão Elo {v} validade 03/30"), ("BR", "elo", '{{"payment_method": "elo", "number": "{v}"}}'),
    ("BR", "hipercard", "Hipercard final... não, número inteiro: {v}"), ("BR", "hipercard", "cartao: {v}"),
    ("NG", "verve", "Verve card {v}"), ("NG", "verve", "pls use my verve card {v} for the DSTV renewal"),
    ("DK", "dankort", "Dankort {v} udløb 06/28"), ("DK", "dankort", "kortnummer: {v}"),
    ("US", "uatp", "UATP account {v} (corporate travel)"), ("US", "uatp", "Airplus UATP {v}"),
    ("GB", "mastercard_2series", "Mastercard {v} 09/31"), ("GB", "mastercard_2series", "card_number={v}&exp=0731"),
    ("SK", "visa_electron", "Visa Electron {v}"), ("SK", "visa_electron", "číslo karty {v}"),
]
_CARD_EXTRA = ["Notes: backup card {v}", "stripe webhook: {{\"card\": {{\"number\": \"{v}\"}}}}", "Window: Payment - {v} - Safari"]

_IBAN_LOCAL = {
    "TN": "RIB / IBAN du compte : {v}", "BI": "konti ya banki (IBAN) {v}", "DJ": "virement sur le compte {v}",
    "FK": "Stanley account IBAN {v}", "HN": "cuenta IBAN para transferencia {v}", "LC": "pay into IBAN {v} pls",
    "SD": "رقم الآيبان {v}", "SO": "lambarka akoonka IBAN {v}", "ST": "conta bancária IBAN {v}", "YE": "رقم الحساب الدولي {v}",
}
_IBAN_CONTEXTS = [
    '{{"type": "payout.created", "destination": {{"iban": "{v}"}}}}', "Window: Online Banking – New beneficiary – {v}",
    "Calendar: rent transfer to {v} (1st of month)", "iban: {v}  # landlord", "From mail: our bank details are IBAN {v}",
]

_ACCOUNT_TEMPLATES = {
    "rs": ["tekući račun {}", "žiro račun br. {}"], "me": ["broj računa {} (CKB)", "uplata na račun {}"],
    "mk": ["трансакциска сметка {}", "жиро сметка: {}"], "ba": ["transakcijski račun {}", "broj računa: {}"],
    "fi_old": ["tilinumero {}", "vanha tilinro {}"], "tw": ["匯款帳號 {}", "轉帳到我的帳戶 {}"],
    "il": ["מספר חשבון {}", "bank account (bank-branch-acct) {}"], "cl": ["Cuenta RUT {}", "cuenta vista BancoEstado n° {}"],
    "ve": ["cuenta corriente {}", "nro. de cuenta {}"], "cr": ["cuenta cliente {}", "cuenta SINPE {}"],
    "ec": ["cuenta de ahorros Pichincha {}", "cta. ahorros nro. {}"], "lk": ["A/C No: {} (Commercial Bank)", "ගිණුම් අංකය {}"],
    "kh": ["ABA account {}", "លេខគណនី {}"], "gh": ["GCB account number {}", "acct no. {} (Ecobank)"],
}


def _password_fits(value: str, template: str) -> bool:
    """Whether ``value`` can stand in ``template`` as written (URLs, quotes, markup, shell)."""
    if "://" in template or "%{v}" in template or ":{v}@" in template or "{v}:" in template:
        return not set(value) & URL_UNSAFE
    if "'" in template or '"' in template or "<" in template:
        return not set(value) & set("&<>\"'$`\\")
    return "$" not in value


def _phone_cases(r: random.Random) -> list[Case]:
    cases = []
    k = 0
    for region, makers in PHONES.items():
        for i in range(4):
            number = makers[i % 2](r)
            if i == 0:
                line = _PHONE_LOCAL[region].format(v=number)
            else:
                line = _PHONE_CONTEXTS[k % len(_PHONE_CONTEXTS)].format(v=number, country=COUNTRY[region])
                k += 1
            cases.append(Case(line, (("phone", number),), region, f"phone_{region}"))
    for region, template, email in _SIGNATURES:
        number = r.choice(PHONES[region])(r)
        cases.append(Case(template.format(v=number, e=email), (("phone", number), ("email", email)), region, "signature"))
    return cases


def _money_cases(r: random.Random) -> list[Case]:
    cases = []
    extra = [(region, brand, template) for region, brand, _ in _CARD_CONTEXTS[::2] for template in _CARD_EXTRA]
    for i, (region, brand, template) in enumerate(_CARD_CONTEXTS + extra):
        number = card(r, brand)
        groups = CARDS[brand][2]
        shown = [printed(number, groups), number, printed(number, groups, "-")][i % 3]
        cases.append(Case(template.format(v=shown), (("card", shown),), region, f"card_{brand}"))
    for i, (country, value) in enumerate(ibans(r)):
        shown = iban_shown(value, i)
        template = _IBAN_LOCAL[country] if i % 2 == 0 else _IBAN_CONTEXTS[i // 2 % len(_IBAN_CONTEXTS)]
        cases.append(Case(template.format(v=shown), (("account", shown),), country, f"iban_{country}"))
    regions = {"rs": "RS", "me": "ME", "mk": "MK", "ba": "BA", "fi_old": "FI", "tw": "TW", "il": "IL", "cl": "CL", "ve": "VE",
               "cr": "CR", "ec": "EC", "lk": "LK", "kh": "KH", "gh": "GH"}
    for fmt, make in ACCOUNT_MAKERS.items():
        for template in _ACCOUNT_TEMPLATES[fmt]:
            value = make(r)
            cases.append(Case(template.format(value), (("account", value),), regions[fmt], f"account_{fmt}"))
    return cases


def _id_cases(r: random.Random) -> list[Case]:
    cases = []
    for kind, (make, region, _, templates) in NATIONAL_IDS.items():
        for template in templates:
            value = make(r)
            cases.append(Case(template.format(v=value), (("national_id", value),), region, f"id_{kind}"))
    return cases


def _secret_cases(r: random.Random) -> list[Case]:
    cases = []
    for fmt, (make, templates) in KEYS.items():
        for template in templates:
            value = make(r)
            cases.append(Case(template.format(v=value), (("secret", value),), "US", f"secret_{fmt}"))
    pool = password_stream(r)

    def take(template: str) -> str:
        value = next(p for p in pool if _password_fits(p, template) and template.format(v=p).count(p) == 1)
        pool.remove(value)
        return value
    for template in PASSWORD_COMMANDS:
        value = take(template)
        cases.append(Case(template.format(v=value), (("secret", value),), "US", "password_command"))
    for fmt, template in PASSWORD_CONFIGS:
        value = take(template)
        cases.append(Case(template.format(v=value), (("secret", value),), "GB", f"password_config_{fmt}"))
    for region, template in PASSWORD_PROSE:
        value = take(template)
        cases.append(Case(template.format(v=value), (("secret", value),), region, "password_prose"))
    for i, (region, template) in enumerate(PINS):
        value = str(r.randint(1000, 9999)) if i % 2 else str(r.randint(100000, 999999))
        cases.append(Case(template.format(v=value), (("secret", value),), region, "password_pin"))
    return cases


def positives(seed: int = 7411) -> list[Case]:
    """The positive cases of dev6."""
    r = random.Random(seed)
    return _phone_cases(r) + _money_cases(r) + _id_cases(r) + _secret_cases(r)


def negatives(seed: int = 8863) -> list[Case]:
    """Look-alikes: the same shapes of number, code and wording, personal in nothing."""
    return lookalikes(random.Random(seed))
