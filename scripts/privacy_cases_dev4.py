"""Labelled lines for ``bench_privacy.py``: the fourth tuning set, dev4.

Written on 2026-12-04 by a helper session to widen the forms the redactor is tuned on, aimed at
what tuning, dev2 and dev3 do not hold, without reading the redactor or the held-out set and without
running these lines through the redactor while writing them. Its seeds (2028 for positives, 4099
for look-alikes), templates and values are its own; ``Case`` and the check-digit helpers of
``privacy_cases.py``, ``privacy_cases_dev3_values.py`` and ``privacy_cases_dev3_lookalikes.py`` are
shared.

- phones of 44 countries no other set has, national and international forms, with extensions,
  country names, in tables, CSV, JSON, YAML, XML, chat, call logs, SIP and tel: URIs, signatures
  (``privacy_cases_dev4_values.PHONE_FORMS``);
- IBANs of 35 countries no other set has (national check digits where the country has them),
  grouped, compact, lower case, dotted or with a scan's double space, in bank statements, payroll
  CSV, JSON, YAML, ISO 20022 XML, chat, invoices and forms in many languages; national account
  numbers in 33 formats the other sets lack (Russian account with BIK, NUBAN, CCI, CVU, Swiss postal
  account, Hungarian giro, Croatian, old Belgian and Dutch accounts, NIB, SEB, Moroccan RIB, US
  cheque MICR line, Irish NSC, IFSC, Japan Post, ...);
- 50 kinds of national identifier no other set has (``privacy_cases_dev4_ids.py``);
- keys and tokens of 100 formats, and bare hex or base64 tokens after the word for key, token or
  secret in 17 languages (``privacy_cases_dev4_secrets.py``); passwords on the command lines of 38
  new tools, in 29 new config formats, SQL statements, URLs and prose in 27 languages; PINs
  (``privacy_cases_dev4_passwords.py``); e-mail addresses in signatures and sign-up records;
- look-alikes of all of these (``privacy_cases_dev4_lookalikes.py``).

As in the other sets, a bank or branch code written beside its account number (BIK, NSC, IFSC,
ABA on a cheque, BLZ, MFO, Japan Post's 記号) is labelled with it; hashes, commit ids, UUIDs,
transaction hashes, public keys and masked values are look-alikes, and a hex or base64 string under
a secret's name is a secret. A secret's value is what follows its key word or prefix (``0x`` of an
Ethereum key and the scheme of a header stay outside).
"""

from __future__ import annotations

import random

from privacy_cases import Case, digits, iban
from privacy_cases_dev4_ids import NATIONAL_IDS
from privacy_cases_dev4_lookalikes import lookalikes
from privacy_cases_dev4_passwords import (PASSWORD_COMMANDS, PASSWORD_CONFIGS, PASSWORD_PROSE, PINS, SQL_PASSWORDS, URL_UNSAFE,
                                          app_password, password_stream)
from privacy_cases_dev4_secrets import KEYS, TOKEN_SHAPES, WORDED_TOKENS
from privacy_cases_dev4_values import (BBANS, PHONE_FORMS, aba, be_old, cci, cvu, hr_account, hu_giro, ibans, iban_forms, ifsc, moroccan_rib, nl_old,
                                       nuban, phones, pt_nib, russian_account, seb_account, sk_account, swiss_postal)

COUNTRY = dict(zip(
    "SK SI HR RS BG LT LV EE IS LU MT CY MA DZ TN GH TZ UG ET BD LK NP QA KW JO LB UY PY EC VE CR PA GT DO KZ UZ GE AZ MN KH BA MK AL JM".split(),
    ["Slovakia", "Slovenia", "Croatia", "Serbia", "Bulgaria", "Lithuania", "Latvia", "Estonia", "Iceland", "Luxembourg", "Malta",
     "Cyprus", "Morocco", "Algeria", "Tunisia", "Ghana", "Tanzania", "Uganda", "Ethiopia", "Bangladesh", "Sri Lanka", "Nepal", "Qatar",
     "Kuwait", "Jordan", "Lebanon", "Uruguay", "Paraguay", "Ecuador", "Venezuela", "Costa Rica", "Panama", "Guatemala",
     "Dominican Republic", "Kazakhstan", "Uzbekistan", "Georgia", "Azerbaijan", "Mongolia", "Cambodia", "Bosnia", "North Macedonia",
     "Albania", "Jamaica"]))

_PHONE_LOCAL = {
    "SK": "zavolaj mi na {v}", "SI": "pokliči me na {v}", "HR": "nazovi me na {v} poslije 17h", "RS": "pozovi me na {v}",
    "BG": "обади ми се на {v}", "LT": "paskambink man {v}", "LV": "zvani man uz {v}", "EE": "helista mulle {v}", "IS": "hringdu í {v}",
    "LU": "ruff mech un op {v}", "MT": "ċempilli fuq {v}", "CY": "πάρε με στο {v}", "MA": "عيط ليا ف {v}", "DZ": "appelle-moi au {v} stp",
    "TN": "تصل بيا على {v}", "TZ": "nipigie kwa {v}", "ET": "ደውልልኝ {v}", "BD": "আমাকে ফোন করো {v}", "NP": "मलाई {v} मा फोन गर्नुहोस्",
    "QA": "اتصل على {v}", "KW": "رقم الجوال: {v}", "JO": "رقمي الجديد {v}", "LB": "numéro libanais {v}", "UY": "escribime al WhatsApp {v}",
    "PY": "llamame al {v}", "EC": "mi celular es {v}", "VE": "mi número nuevo: {v}", "CR": "llámeme al {v}", "PA": "celular: {v}",
    "GT": "marcame al {v}", "DO": "llámame al {v} después de las 5", "KZ": "маған қоңырау шал {v}", "UZ": "menga qo'ng'iroq qiling: {v}",
    "GE": "დამირეკე {v}", "AZ": "mənə zəng et {v}", "MN": "над руу залгаарай {v}", "KH": "ទូរស័ព្ទមកខ្ញុំ {v}", "BA": "zovi me na {v}",
    "MK": "јави ми се на {v}", "AL": "më telefono në {v}", "JM": "call mi pon {v}", "GH": "call me on {v}, it's my MTN line",
    "UG": "my Airtel line is {v}", "LK": "මගේ අංකය {v}",
}
_PHONE_CONTEXTS = [
    "| Ana Petrova | {country} | {v} |", "{country} office: {v} ext. 214", "Tel. {v} (int. 3307)", "[18:02] Marta: my new number is {v}",
    "Missed call · {v} · {country} · 2 min ago", "name,phone,country\nAna,{v},{country}",
    '{{"contact": {{"mobile": "{v}", "country": "{country}"}}}}',
    'mobile: "{v}"', '<phone type="mobile">{v}</phone>', "Emergency contact (mother): {v}", "Tel.:  {v}    Fax: -", "reservation for 4 under {v}",
    "Please reach me on {v} between 9 and 5 ({country} time)", "Kontakt in {country}: {v}", "call log 2026-12-07 19:44 outgoing {v} 00:03:12",
    "if the courier can't find it, phone {v}",
]
_SIGNATURES = [
    ("SK", "--\nJana Hudáková | Account Manager\nM: {v}\n{e}", "jana.hudakova@firma-example.sk"),
    ("HR", "S poštovanjem,\nMarta Kovač\nmob. {v} · {e}", "marta.kovac@example.hr"),
    ("EE", "Parimate soovidega\nKadri Tamm\n{v} | {e}", "kadri.tamm+work@example.ee"),
    ("UY", "Saludos,\nJuan Pérez García\nCel. {v}\nMail: {e}", "j.perez-garcia@example.com.uy"),
    ("AZ", "Hörmətlə, Leyla Məmmədova\nTel: {v}\nE-poçt: {e}", "leyla_m@mail.example.az"),
    ("BD", "Regards,\nA. Rahman\nPhone: {v}\nEmail: {e}", "a.rahman@students.example.edu.bd"),
    ("GE", '{{"name": "Nino Beridze", "phone": "{v}", "email": "{e}"}}', "nino.beridze@example.ge"),
    ("JM", "signup: email={e} phone={v} newsletter=yes", "dwayne.campbell@example.com"),
    ("KZ", "Aigerim S. <{e}>, tel. {v}", "aigerim.s@example.kz"),
    ("MT", "Best,\nLuke Borg\n{v}\n{e}", "luke.borg@example.com.mt"),
]

_IBAN_LOCAL = {
    "AD": "transferència al compte {v}", "AL": "numri i llogarisë IBAN {v}", "AZ": "hesab nömrəsi (IBAN): {v}", "BA": "broj računa (IBAN): {v}",
    "BH": "رقم الحساب الدولي {v}", "BY": "рахунак IBAN {v}", "CR": "cuenta IBAN en colones {v}", "DO": "deposita en mi cuenta {v}",
    "EG": "حول على الآيبان ده {v}", "FO": "kontonummar {v}", "GL": "kontonummer {v}", "GT": "transferir a la cuenta {v}",
    "IQ": "رقم الحساب {v}", "JO": "IBAN للتحويل: {v}", "KW": "الآيبان الخاص بي {v}", "LB": "compte IBAN {v}", "LY": "الحساب {v}",
    "MD": "contul IBAN {v}", "MK": "трансакциска сметка {v}", "MN": "дансны дугаар {v}", "MR": "virement au {v}", "MU": "virement sur {v}",
    "NI": "número de cuenta IBAN {v}", "PK": "IBAN نمبر {v}", "PS": "رقم الحساب {v}", "RU": "IBAN получателя: {v}", "SM": "bonifico su {v}",
    "SV": "cuenta para depósito {v}", "TL": "konta banku {v}", "VA": "conto corrente {v}", "XK": "llogaria bankare {v}",
}
_IBAN_CONTEXTS = [
    "Statement 01.12.2026-31.12.2026 · Account {v}", "emp_042;Hana Alić;{v};2450.00;EUR", '"beneficiaryIban": "{v}"', "payout:\n  iban: {v}",
    "<CdtrAcct><Id><IBAN>{v}</IBAN></Id></CdtrAcct>", "[WhatsApp 20:14] Leyla: iban {v} 👍", "Please pay within 14 days to {v}, quoting INV-4471",
    "Account holder: Ahmed Al-Sayed\nIBAN: {v}", "I B A N :  {v}", "Bankverbindung: {v}", "refund to {v} please", "salary account {v}",
]


def _national_accounts(r: random.Random) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """``(group, region, line template, values)``: a value is one ``{}`` slot, filled in order."""
    def bik() -> str:
        return "04" + r.choice(["4525", "0349", "4030", "6577"]) + digits(r, 3)
    out = []
    for t in ("р/с {} БИК {}", "Реквизиты: счёт получателя {}, БИК {}"):
        b = bik()
        out.append(("account_ru", "RU", t, (russian_account(r, b), b)))
    for bank, t in (("058", "GTBank {} (Adaeze Okafor)"), ("044", "Pls send to my Access acct {} - Chidi"), ("057", "Zenith acct no: {}")):
        out.append(("account_ng", "NG", t, (nuban(r, bank),)))
    out += [("account_pe", "PE", t, (cci(r),)) for t in ("CCI {}", "código de cuenta interbancario: {}")]
    out += [("account_ch_postal", "CH", t, (swiss_postal(r),)) for t in ("Postkonto {}", "PC-Konto {} (PostFinance)")]
    out += [("account_hu", "HU", t, (hu_giro(r),)) for t in ("számlaszám: {}", "Bankszámla {} (OTP)")]
    out += [("account_hr", "HR", t, (hr_account(r),)) for t in ("broj računa {}", "žiro-račun: {}")]
    out += [("account_be_old", "BE", t, (be_old(r),)) for t in ("oud rekeningnummer {}", "ancien compte n° {}")]
    out += [("account_nl_old", "NL", t, (nl_old(r),)) for t in ("bankrekening {} (ABN AMRO)", "rekeningnr. {}")]
    out += [("account_pt_nib", "PT", t, (pt_nib(r),)) for t in ("NIB {}", "NIB: {} (Millennium)")]
    out += [("account_sk", "SK", t, (sk_account(r),)) for t in ("Výpis z účtu č. {}", "č.ú.: {}")]
    out += [("account_se", "SE", t, (seb_account(r),)) for t in ("clearingnr och kontonr: {}", "SEB-konto {}")]
    out += [("account_ar_cvu", "AR", t, (cvu(r),)) for t in ("CVU {}", "mi CVU de Mercado Pago: {}")]
    out += [("account_ma", "MA", t, (moroccan_rib(r),)) for t in ("RIB {}", "relevé d'identité bancaire (Maroc) : {}")]
    out.append(("account_us_micr", "US", "⑆{}⑆ {}⑈ 1047", (aba(r), digits(r, 10))))
    out.append(("account_us_micr", "US", "cheque scan: ⑈001052⑈ ⑆{}⑆{}⑈", (aba(r), digits(r, 9))))
    out.append(("account_ie", "IE", "NSC {} A/C {}", (f"9{r.randint(0, 3)}-{digits(r, 2)}-{digits(r, 2)}", digits(r, 8))))
    out.append(("account_in", "IN", "IFSC: {}  A/c No: {}", (ifsc(r), digits(r, 14))))
    out.append(("account_in", "IN", '{{"ifsc": "{}", "account_number": "{}"}}', (ifsc(r), digits(r, 12))))
    out.append(("account_sg", "SG", "DBS savings {}", (f"0{digits(r, 2)}-{digits(r, 1)}-{digits(r, 6)}",)))
    out.append(("account_hk", "HK", "HSBC a/c {}", (f"{digits(r, 3)}-{digits(r, 6)}-838",)))
    out.append(("account_ph", "PH", "BDO Savings Acct. No. {}", (f"00{digits(r, 2)}-{digits(r, 4)}-{digits(r, 4)}",)))
    out.append(("account_id", "ID", "no. rek BCA {} a.n. Budi Santoso", (digits(r, 10),)))
    out.append(("account_my", "MY", "Maybank acc no: {}", (f"1{digits(r, 11)}",)))
    out.append(("account_th", "TH", "เลขที่บัญชี กสิกรไทย {}", (f"{digits(r, 3)}-{digits(r, 1)}-{digits(r, 5)}-{digits(r, 1)}",)))
    out.append(("account_vn", "VN", "STK Vietcombank: {}", (f"00{digits(r, 11)}",)))
    out.append(("account_ke", "KE", "Equity Bank A/C {}", (f"0{digits(r, 12)}",)))
    out.append(("account_co", "CO", "cuenta de ahorros Bancolombia {}", (f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 2)}",)))
    out.append(("account_uy", "UY", "cuenta BROU {}", (f"{digits(r, 9)}-{digits(r, 5)}",)))
    out.append(("account_bd", "BD", "A/C No. {} (DBBL)", (digits(r, 13),)))
    out.append(("account_pk", "PK", "Meezan A/C {}", (f"{digits(r, 4)}-{digits(r, 10)}",)))
    out.append(("account_jp_post", "JP", "ゆうちょ銀行 記号 {} 番号 {}", (f"1{digits(r, 3)}0", f"{digits(r, 7)}1")))
    out.append(("account_is", "IS", "reikningur {}", (f"0{digits(r, 3)}-26-{digits(r, 6)}",)))
    out.append(("account_at", "AT", "Kontonummer {}, BLZ {}", (digits(r, 11), f"{r.choice(['20111', '12000', '32000', '14000'])}")))
    out.append(("account_ua", "UA", "р/р {} МФО {}", (f"2600{digits(r, 10)}", f"3{digits(r, 5)}")))
    out.append(("account_statement", "GB", "STATEMENT  Sort Code {}   Account No. {}   Page 1 of 3",
                (f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}", digits(r, 8))))
    return out


def _password_fits(value: str, template: str) -> bool:
    """Whether ``value`` can stand in ``template`` unescaped (URLs, markup, quotes)."""
    if "://" in template or "{v}@" in template:
        return not set(value) & URL_UNSAFE
    if "<" in template or '"{v}"' in template:
        return not set(value) & set("&<>\"")
    return True


def _secret_cases(r: random.Random) -> list[Case]:
    cases = []
    for fmt, templates, make in KEYS:
        for template in templates:
            value = make(r)
            cases.append(Case(template.format(v=value), (("secret", value),), "US", f"secret_{fmt}"))
    for i, (region, template) in enumerate(WORDED_TOKENS):
        value = TOKEN_SHAPES[i % len(TOKEN_SHAPES)](r)
        cases.append(Case(template.format(v=value), (("secret", value),), region, "secret_worded"))
    pool = password_stream(r)

    def take(template: str) -> str:
        if "notarytool" in template or "app password" in template:
            return app_password(r, "-" if "notarytool" in template else " ")
        value = next(p for p in pool if _password_fits(p, template))
        pool.remove(value)
        return value
    for template in PASSWORD_COMMANDS:
        value = take(template)
        cases.append(Case(template.format(v=value), (("secret", value),), "US", "password_command"))
    for fmt, template in PASSWORD_CONFIGS:
        value = take(template)
        cases.append(Case(template.format(v=value), (("secret", value),), "GB", f"password_config_{fmt}"))
    for template in SQL_PASSWORDS:
        value = take(template)
        cases.append(Case(template.format(v=value), (("secret", value),), "US", "password_sql"))
    for region, template in PASSWORD_PROSE:
        value = take(template)
        cases.append(Case(template.format(v=value), (("secret", value),), region, "password_prose"))
    for i, (region, template) in enumerate(PINS):
        value = digits(r, 6 if i % 2 else 4)
        cases.append(Case(template.format(v=value), (("secret", value),), region, "password_pin"))
    return cases


def positives(seed: int = 2028) -> list[Case]:
    """The positive cases of dev4."""
    r = random.Random(seed)
    cases: list[Case] = []
    for i, (region, number) in enumerate(phones(r)):
        if i % 11 == 7 and number.startswith("+"):
            number = "+" + "".join(c for c in number if c.isdigit())
            line = ["sip:{v}@pbx.example.org;user=phone", "tel:{v};ext=12"][i % 2].format(v=number)
        elif i % 2 == 0 and region in _PHONE_LOCAL:
            line = _PHONE_LOCAL[region].format(v=number)
        else:
            line = _PHONE_CONTEXTS[i // 2 % len(_PHONE_CONTEXTS)].format(v=number, country=COUNTRY[region])
        cases.append(Case(line, (("phone", number),), region, f"phone_{region}"))
    for region, template, email in _SIGNATURES:
        number = r.choice(PHONE_FORMS[region])(r)
        cases.append(Case(template.format(v=number, e=email), (("phone", number), ("email", email)), region, "signature"))
    for i, (country, value) in enumerate(ibans(r)):
        shown = iban_forms(value, i)
        if i % 3 != 2 and country in _IBAN_LOCAL:
            line = _IBAN_LOCAL[country].format(v=shown)
        else:
            line = _IBAN_CONTEXTS[i // 3 % len(_IBAN_CONTEXTS)].format(v=shown)
        cases.append(Case(line, (("account", shown),), country, f"iban_{country}"))
    for group, region, template, values in _national_accounts(r):
        cases.append(Case(template.format(*values), tuple(("account", v) for v in values), region, group))
    for i, (kind, (make, templates, region, _)) in enumerate(NATIONAL_IDS.items()):
        for template in templates[i % 2:]:  # every other kind in its second, contextual template only
            value = make(r)
            cases.append(Case(template.format(v=value), (("national_id", value),), region, f"id_{kind}"))
    cases += _payroll(r)
    cases += _secret_cases(r)
    return cases


def _payroll(r: random.Random) -> list[Case]:
    """Payroll and onboarding records holding an IBAN and a national identifier of one country."""
    rows = [("RU", "ru_inn", "таб.№;ФИО;ИНН;счёт\n0117;Орлова Е.В.;{id};{iban}"), ("CR", "cr_cedula", "planilla,{id},Ana Mora,{iban},CRC 845000"),
            ("DO", "do_cedula", '{{"empleado": "Luis Peña", "cedula": "{id}", "cuenta": "{iban}"}}'),
            ("PK", "pk_cnic", "Employee: Sana Qureshi | CNIC {id} | salary IBAN {iban}"), ("MU", "mu_nid", "NIC: {id}\nBank: {iban}")]
    cases = []
    for country, kind, template in rows:
        person = NATIONAL_IDS[kind][0](r)
        account = iban(country, BBANS[country](r))
        cases.append(Case(template.format(id=person, iban=account), (("national_id", person), ("account", account)), country, "payroll"))
    return cases


def negatives(seed: int = 4099) -> list[Case]:
    """Look-alikes of dev4's values: the same kinds of number, code and wording, personal in nothing."""
    return lookalikes(random.Random(seed))
