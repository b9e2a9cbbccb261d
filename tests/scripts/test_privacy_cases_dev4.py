"""dev4, the privacy benchmark's fourth tuning set: seeded and large enough, aimed at what the other
sets lack (its phone and IBAN countries, identifier kinds and secret formats are none of theirs),
its values valid by their own rules (python-stdnum and libphonenumber referee them where they can;
the rest are checked here by their published rules, written apart from the set's makers), its
look-alikes free of personal values, and no line or value shared with the other sets. The held-out
set's lines and values are compared programmatically and only counted, never printed. The
redactor's recall on dev4 is not tested here."""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import phonenumbers
import pytest

from tests.scripts.privacy_set_checks import assert_lookalikes_hold_no_personal_value
from stdnum import iban, luhn
from stdnum.ar import cbu
from stdnum.ch import esr
from stdnum.iso7064 import mod_11_10
from stdnum.us import rtn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import privacy_cases  # noqa: E402
import privacy_cases_dev2  # noqa: E402
import privacy_cases_dev3  # noqa: E402
import privacy_cases_dev4  # noqa: E402
import privacy_cases_dev5  # noqa: E402
import privacy_cases_dev6  # noqa: E402
import privacy_cases_dev7  # noqa: E402
import privacy_cases_dev8  # noqa: E402
import privacy_cases_dev9  # noqa: E402
import privacy_cases_dev10  # noqa: E402
import privacy_cases_dev11  # noqa: E402
import privacy_cases_dev12  # noqa: E402
import privacy_cases_dev13  # noqa: E402
import privacy_cases_dev14  # noqa: E402
import privacy_cases_dev15  # noqa: E402
import privacy_cases_dev16  # noqa: E402
import privacy_cases_dev17  # noqa: E402
import privacy_cases_dev18  # noqa: E402
import privacy_cases_dev19  # noqa: E402
import privacy_cases_dev20  # noqa: E402
import privacy_cases_dev21  # noqa: E402
import privacy_cases_dev22  # noqa: E402
import privacy_cases_dev23  # noqa: E402
import privacy_cases_dev24  # noqa: E402
import privacy_cases_dev25  # noqa: E402
import privacy_cases_dev26  # noqa: E402
import privacy_cases_dev27  # noqa: E402
import privacy_cases_dev28  # noqa: E402
import privacy_cases_dev29  # noqa: E402
import privacy_cases_dev30  # noqa: E402
import privacy_cases_dev31  # noqa: E402
import privacy_cases_dev32  # noqa: E402
import privacy_cases_dev33  # noqa: E402
import privacy_cases_dev34  # noqa: E402
import privacy_cases_dev35  # noqa: E402
import privacy_cases_dev36  # noqa: E402
import privacy_cases_dev37  # noqa: E402
import privacy_cases_dev38  # noqa: E402
import privacy_cases_dev39  # noqa: E402
import privacy_cases_dev40  # noqa: E402
import privacy_cases_dev41  # noqa: E402
import privacy_cases_dev42  # noqa: E402
import privacy_cases_dev43  # noqa: E402
import privacy_cases_dev44  # noqa: E402
import privacy_cases_dev45  # noqa: E402
import privacy_cases_dev46  # noqa: E402
import privacy_cases_dev47  # noqa: E402
import privacy_cases_dev48  # noqa: E402
import privacy_cases_dev49  # noqa: E402
import privacy_cases_dev50  # noqa: E402
import privacy_cases_dev51  # noqa: E402
import privacy_cases_dev52  # noqa: E402
import privacy_cases_dev53  # noqa: E402
import privacy_cases_dev54  # noqa: E402
import privacy_cases_dev55  # noqa: E402
import privacy_cases_dev56  # noqa: E402
import privacy_cases_dev57  # noqa: E402
import privacy_cases_dev58  # noqa: E402
import privacy_cases_dev59  # noqa: E402
import privacy_cases_dev60  # noqa: E402
import privacy_cases_dev61  # noqa: E402
import privacy_cases_dev62  # noqa: E402
import privacy_cases_dev63  # noqa: E402
import privacy_cases_dev64  # noqa: E402
import privacy_cases_dev65  # noqa: E402
import privacy_cases_dev66  # noqa: E402
import privacy_cases_dev67  # noqa: E402
import privacy_cases_dev68  # noqa: E402
import privacy_cases_dev69  # noqa: E402
import privacy_cases_dev70  # noqa: E402
import privacy_cases_dev71  # noqa: E402
import privacy_cases_dev72  # noqa: E402
import privacy_cases_dev73  # noqa: E402
import privacy_cases_dev74  # noqa: E402
import privacy_cases_dev75  # noqa: E402
import privacy_cases_dev76  # noqa: E402
import privacy_cases_dev77  # noqa: E402
import privacy_cases_dev78  # noqa: E402
import privacy_cases_dev79  # noqa: E402
import privacy_cases_dev80  # noqa: E402
import privacy_cases_dev81  # noqa: E402
import privacy_cases_heldout  # noqa: E402
from privacy_cases_dev3_ids import NATIONAL_IDS as DEV3_IDS  # noqa: E402
from privacy_cases_dev3_secrets import KEYS as DEV3_KEYS  # noqa: E402
from privacy_cases_dev4_ids import NATIONAL_IDS  # noqa: E402
from privacy_cases_dev4_values import NATIONAL_CHECKS  # noqa: E402

POSITIVES = privacy_cases_dev4.positives()
NEGATIVES = privacy_cases_dev4.negatives()
PAYROLL_KINDS = {"RU": "ru_inn", "CR": "cr_cedula", "DO": "do_cedula", "PK": "pk_cnic", "MU": "mu_nid"}
OTHERS = {"tuning": privacy_cases, "dev2": privacy_cases_dev2, "dev3": privacy_cases_dev3}


def _groups(cases: list, prefix: str) -> set[str]:
    return {c.group.removeprefix(prefix) for c in cases if c.group.startswith(prefix)}


def _values(group: str) -> list[tuple[str, ...]]:
    return [tuple(v for _, v in c.values) for c in POSITIVES if c.group == group]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _weighted(text: str, weights: tuple[int, ...] | list[int]) -> int:
    return sum(int(c) * w for c, w in zip(text, weights))


def test_the_set_is_seeded_and_large_enough() -> None:
    assert POSITIVES == privacy_cases_dev4.positives() and NEGATIVES == privacy_cases_dev4.negatives()
    assert POSITIVES != privacy_cases_dev4.positives(seed=1)
    assert 400 <= len(POSITIVES) <= 500 and 400 <= sum(len(c.values) for c in POSITIVES) and len(NEGATIVES) >= 300
    lines = [c.text for c in POSITIVES + NEGATIVES]
    assert len(lines) == len(set(lines))
    kinds = Counter(kind for c in POSITIVES for kind, _ in c.values)
    assert kinds["phone"] >= 60 and kinds["account"] >= 100 and kinds["national_id"] >= 75 and kinds["secret"] >= 200
    assert kinds["email"] >= 10


def test_it_covers_countries_kinds_and_formats_the_other_sets_lack() -> None:
    theirs = [c for module in OTHERS.values() for c in module.positives()]
    phones, ibans = _groups(POSITIVES, "phone_"), _groups(POSITIVES, "iban_")
    assert len(phones) >= 40 and not phones & _groups(theirs, "phone_")
    assert len(ibans) >= 35 and not ibans & _groups(theirs, "iban_")
    assert len(_groups(POSITIVES, "account_")) >= 30
    assert _groups(POSITIVES, "id_") == set(NATIONAL_IDS) and len(NATIONAL_IDS) >= 50 and not set(NATIONAL_IDS) & set(DEV3_IDS)
    secret_formats = _groups(POSITIVES, "secret_")
    assert len(secret_formats) >= 100
    assert not secret_formats & (_groups(theirs, "secret_") | {fmt for fmt, _, _ in DEV3_KEYS})
    assert len(_groups(POSITIVES, "password_config_")) >= 25
    groups = Counter(c.group for c in POSITIVES)
    assert groups["password_command"] >= 35 and groups["password_prose"] >= 30 and groups["secret_worded"] >= 15
    assert len({c.region for c in POSITIVES if c.group in ("password_prose", "secret_worded")}) >= 35
    assert len({c.group for c in NEGATIVES}) >= 25
    texts = "\n".join(c.text for c in POSITIVES)
    for mark in ("ext.", "tel:+", "sip:+", "| ", "<phone", '"mobile"', "emp_042;", "<IBAN>", "Statement", "I B A N", "⑆", "payout:"):
        assert mark in texts, mark
    shown = [v for c in POSITIVES if c.group.startswith("iban_") for _, v in c.values]
    assert any("  " in v for v in shown) and any("." in v for v in shown) and any(v.islower() for v in shown)


def test_every_phone_is_a_valid_number_of_its_country() -> None:
    for case in (c for c in POSITIVES if c.group.startswith("phone_") or c.group == "signature"):
        value = next(v for kind, v in case.values if kind == "phone")
        number = phonenumbers.parse(value, case.region)
        assert phonenumbers.is_valid_number(number), (case.text, case.region)
        assert phonenumbers.region_code_for_number(number) == case.region, (case.text, case.region)


def _rib_ok(bank: str, branch: str, account: str, key: str) -> bool:
    return (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0


_CIN_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] + [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
_CIN_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _national_check_ok(country: str, bban: str) -> bool:
    if country in ("BA", "MK", "TL"):  # ISO 7064 MOD 97-10 over the digits
        return int(bban) % 97 == 1
    if country == "MR":
        return _rib_ok(bban[:5], bban[5:10], bban[10:21], bban[21:])
    if country == "AL":
        return _weighted(bban[:8], (9, 7, 3, 1) * 2) % 10 == 0
    if country == "SM":
        return chr(65 + sum((_CIN_ODD if i % 2 == 0 else _CIN_EVEN)[c] for i, c in enumerate(bban[1:])) % 26) == bban[0]
    if country == "RU":
        return _russian_key_ok(bban[:9], bban[9:])
    raise AssertionError(country)


def _russian_key_ok(bik: str, account: str) -> bool:
    return sum(int(d) * w % 10 for d, w in zip(bik[-3:] + account, [7, 1, 3] * 8)) % 10 == 0


def test_every_iban_passes_its_checks() -> None:
    cases = [c for c in POSITIVES if c.group.startswith("iban_") or c.group == "payroll"]
    for case in cases:
        value = next(v for kind, v in case.values if kind == "account")
        compact = iban.compact(value.upper().replace(".", ""))
        assert iban.validate(compact) and compact[:2] == case.region, case.text
        if case.region in NATIONAL_CHECKS:
            assert _national_check_ok(case.region, compact[4:]), case.text


def test_national_account_numbers_pass_their_checks() -> None:
    for account, bik in _values("account_ru"):
        assert re.fullmatch(r"04\d{7}", bik) and _russian_key_ok(bik, account)
    for case in (c for c in POSITIVES if c.group == "account_ng"):
        bank = {"GTBank": "058", "Access": "044", "Zenith": "057"}[next(w for w in ("GTBank", "Access", "Zenith") if w in case.text)]
        (_, nuban), = case.values
        assert (_weighted(bank + nuban[:9], (3, 7, 3) * 4) + int(nuban[9])) % 10 == 0
    for (value,) in _values("account_pe"):
        for part, check in ((value[:6], value[18]), (value[6:18], value[19])):
            total = sum(sum(map(int, str(int(d) * (2 if i % 2 else 1)))) for i, d in enumerate(part))
            assert (total + int(check)) % 10 == 0, value
    for (value,) in _values("account_ch_postal"):
        prefix, number, check = value.split("-")
        assert esr.calc_check_digit(prefix + number.zfill(6)) == check
    for (value,) in _values("account_hu"):
        first, rest = _digits(value)[:8], _digits(value)[8:]
        assert _weighted(first, (9, 7, 3, 1) * 2) % 10 == 0 and _weighted(rest, (9, 7, 3, 1) * 4) % 10 == 0
    for (value,) in _values("account_hr"):
        assert mod_11_10.is_valid(value.split("-")[1])
    for (value,) in _values("account_be_old"):
        n = _digits(value)
        assert (int(n[:10]) % 97 or 97) == int(n[10:])
    for (value,) in _values("account_nl_old"):
        assert _weighted(_digits(value), range(9, 0, -1)) % 11 == 0
    for (value,) in _values("account_pt_nib"):  # a valid NIB makes a valid IBAN with check digits 50
        assert iban.is_valid("PT50" + _digits(value))
    for (value,) in _values("account_sk"):
        number = value.split("/")[0].split("-")[-1].zfill(10)
        assert _weighted(number, (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)) % 11 == 0
    for (value,) in _values("account_se"):
        clearing, number = value.split("-")
        assert _weighted(clearing[1:] + number, range(10, 0, -1)) % 11 == 0
    for (value,) in _values("account_ar_cvu"):
        assert value.startswith("000") and cbu.validate(value)
    for (value,) in _values("account_ma"):
        assert int(_digits(value)) % 97 == 0
    for routing, _ in _values("account_us_micr"):
        assert rtn.validate(routing)
    for code, _ in _values("account_in"):
        assert re.fullmatch(r"[A-Z]{4}0[A-Z0-9]{6}", code)
    for nsc, account in _values("account_ie"):
        assert re.fullmatch(r"9\d-\d\d-\d\d", nsc) and re.fullmatch(r"\d{8}", account)


# --- identifiers python-stdnum has no module for, by their published rules -----------------------

def _sg_nric(v: str) -> bool:
    total = _weighted(v[1:8], (2, 7, 6, 5, 4, 3, 2)) + (4 if v[0] in "TG" else 0)
    return v[8] == ("JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK")[total % 11]


def _hkid(v: str) -> bool:
    m = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", v)
    total = 324 + (ord(m[1]) - 55) * 8 + _weighted(m[2], (7, 6, 5, 4, 3, 2)) + (10 if m[3] == "A" else int(m[3]))
    return total % 11 == 0


def _tw_id(v: str) -> bool:
    code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".index(v[0]) + 10
    return (code // 10 + code % 10 * 9 + _weighted(v[1:], (8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0


def _nhi(v: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    total = sum((letters.index(c) + 1) * w for c, w in zip(v[:3], (7, 6, 5))) + _weighted(v[3:6], (4, 3, 2))
    return total % 11 != 0 and (11 - total % 11) % 10 == int(v[6])


def _kvnr(v: str) -> bool:
    number = f"{ord(v[0]) - 64:02d}" + v[1:9]
    total = sum(sum(map(int, str(int(d) * (2 if i % 2 else 1)))) for i, d in enumerate(number))
    return total % 10 == int(v[9])


def _samordning(v: str) -> bool:
    n = _digits(v)
    day = int(n[4:6]) - 60
    date(1900 + int(n[:2]), int(n[2:4]), day)  # raises on a day that does not exist
    return luhn.is_valid(n)


OWN_RULES = {
    "sg_nric": _sg_nric, "hk_hkid": _hkid, "tw_id": _tw_id, "nz_nhi": _nhi, "de_kvnr": _kvnr, "se_samordning": _samordning,
    "hu_taj": lambda v: _weighted(_digits(v)[:8], (3, 7) * 4) % 10 == int(_digits(v)[8]),
    "us_mbi": lambda v: bool(re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-"
                                          r"[AC-HJKMNP-RT-Y]{2}\d\d", v)),
    "au_medicare": lambda v: v[0] in "23456" and _weighted(_digits(v)[:8], (1, 3, 7, 9) * 2) % 10 == int(_digits(v)[8]),
    "es_nuss": lambda v: int(_digits(v)[:10]) % 97 == int(_digits(v)[10:]),
    "br_cns": lambda v: v[0] in "789" and _weighted(_digits(v), range(15, 0, -1)) % 11 == 0,
    "ca_ohip": lambda v: len(_digits(v)) == 10 and luhn.is_valid(_digits(v)),
    "mx_nss": lambda v: len(v) == 11 and luhn.is_valid(v),
}


@pytest.mark.parametrize("kind", sorted(NATIONAL_IDS))
def test_every_national_identifier_is_valid_by_its_rule(kind: str) -> None:
    module = NATIONAL_IDS[kind][3]
    values = [v for c in POSITIVES if c.group == f"id_{kind}" or c.group == "payroll" and PAYROLL_KINDS[c.region] == kind
              for k, v in c.values if k == "national_id"]
    assert values
    for value in values:
        if module is None:
            assert OWN_RULES[kind](value), value
        elif kind == "mx_rfc":
            assert importlib.import_module(module).validate(value, validate_check_digits=True), value
        else:
            assert importlib.import_module(module).validate(value), value


def _b58decode(text: str) -> bytes:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = 0
    for c in text:
        n = n * 58 + alphabet.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big")


def _b58check_ok(text: str) -> bool:
    raw = _b58decode(text)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def _jwt_ok(token: str) -> bool:
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    return token.count(".") == 2 and header["typ"] == "JWT" and "alg" in header


SHAPES = {
    "replicate": r"r8_\w{37}", "groq": r"gsk_\w{52}", "openrouter": r"sk-or-v1-[0-9a-f]{64}", "anthropic_admin": r"sk-ant-admin01-[\w-]{93}AA",
    "openai_service": r"sk-svcacct-[\w-]+T3BlbkFJ[\w-]+", "langsmith": r"lsv2_(pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}", "hubspot": r"pat-na1-[0-9a-f-]{36}",
    "deepl": r"[0-9a-f-]{36}:fx", "trello": r"ATTA[0-9a-f]{64}[0-9A-F]{8}", "bitbucket": r"ATBB\w{32}",
    "mercadopago": r"APP_USR-\d{16}-\d{6}-[0-9a-f]{32}-\d{9}",
    "flutterwave": r"FLWSECK-[0-9a-f]{32}-X", "brevo": r"xkeysib-[0-9a-f]{64}-\w{16}", "azure_devops": r"[a-z2-7]{52}",
    "gcp_refresh": r"1//0[\w-]{100}", "tailscale": r"tskey-auth-k\w+CNTRL-\w+", "vault_batch": r"hvb\.[\w-]{138}", "sentry_dsn": r"[0-9a-f]{32}",
    "zapier": r"https://hooks\.zapier\.com/hooks/catch/\d{7}/[a-z0-9]{6}/", "eth_private_key": r"[0-9a-f]{64}",
    "wireguard": r"[A-Za-z0-9+/]{43}=", "k8s_client_key": r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]+",
}


def test_secrets_have_their_issuers_shapes() -> None:
    for fmt, pattern in SHAPES.items():
        for (value,) in _values(f"secret_{fmt}"):
            assert re.fullmatch(pattern, value), (fmt, value)
    for group in ("secret_btc_wif", "secret_btc_xprv"):
        for (value,) in _values(group):
            assert _b58check_ok(value) and value[0] in "KLx", value
    for group in ("secret_jwt_fragment", "secret_jwt_cookie", "secret_jwt_kubeconfig", "secret_jwt_localstorage", "secret_turso",
                  "secret_supabase_service_role"):
        assert all(_jwt_ok(value) for (value,) in _values(group)), group
    for (value,) in _values("secret_cloudflare_tunnel"):
        assert set(json.loads(base64.b64decode(value))) == {"a", "t", "s"}
    for group in ("secret_pgp_private", "secret_encrypted_key", "secret_dsa_key", "secret_gcp_sa_key", "secret_apple_p8"):
        for (value,) in _values(group):
            assert value.startswith("-----BEGIN ") and value.endswith("-----") and "PRIVATE KEY" in value, group
    for (value,) in _values("password_pin"):
        assert value.isdigit() and len(value) in (4, 6)


def test_each_value_appears_once_and_in_one_line() -> None:
    values = [v for c in POSITIVES for _, v in c.values]
    assert all(c.text.count(v) == 1 for c in POSITIVES for _, v in c.values)
    assert len(values) == len(set(values))
    emails = [v for c in POSITIVES for k, v in c.values if k == "email"]
    assert all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", e) for e in emails)


def test_no_line_or_value_is_shared_with_the_other_sets() -> None:
    mine_lines = {c.text for c in POSITIVES + NEGATIVES}
    mine_values = {v for c in POSITIVES for _, v in c.values}
    for name, module in {**OTHERS, "dev5": privacy_cases_dev5, "dev6": privacy_cases_dev6, "dev7": privacy_cases_dev7, "dev8": privacy_cases_dev8, "dev9": privacy_cases_dev9, "dev10": privacy_cases_dev10, "dev11": privacy_cases_dev11, "dev12": privacy_cases_dev12, "dev13": privacy_cases_dev13, "dev14": privacy_cases_dev14, "dev15": privacy_cases_dev15, "dev16": privacy_cases_dev16, "dev17": privacy_cases_dev17, "dev18": privacy_cases_dev18, "dev19": privacy_cases_dev19, "dev20": privacy_cases_dev20, "dev21": privacy_cases_dev21, "dev22": privacy_cases_dev22, "dev23": privacy_cases_dev23, "dev24": privacy_cases_dev24, "dev25": privacy_cases_dev25, "dev26": privacy_cases_dev26, "dev27": privacy_cases_dev27, "dev28": privacy_cases_dev28, "dev29": privacy_cases_dev29, "dev30": privacy_cases_dev30, "dev31": privacy_cases_dev31, "dev32": privacy_cases_dev32, "dev33": privacy_cases_dev33, "dev34": privacy_cases_dev34, "dev35": privacy_cases_dev35, "dev36": privacy_cases_dev36, "dev37": privacy_cases_dev37, "dev38": privacy_cases_dev38, "dev39": privacy_cases_dev39, "dev40": privacy_cases_dev40, "dev41": privacy_cases_dev41, "dev42": privacy_cases_dev42, "dev43": privacy_cases_dev43, "dev44": privacy_cases_dev44, "dev45": privacy_cases_dev45, "dev46": privacy_cases_dev46, "dev47": privacy_cases_dev47, "dev48": privacy_cases_dev48, "dev49": privacy_cases_dev49, "dev50": privacy_cases_dev50, "dev51": privacy_cases_dev51, "dev52": privacy_cases_dev52, "dev53": privacy_cases_dev53, "dev54": privacy_cases_dev54, "dev55": privacy_cases_dev55, "dev56": privacy_cases_dev56, "dev57": privacy_cases_dev57, "dev58": privacy_cases_dev58, "dev59": privacy_cases_dev59, "dev60": privacy_cases_dev60, "dev61": privacy_cases_dev61, "dev62": privacy_cases_dev62, "dev63": privacy_cases_dev63, "dev64": privacy_cases_dev64, "dev65": privacy_cases_dev65, "dev66": privacy_cases_dev66, "dev67": privacy_cases_dev67, "dev68": privacy_cases_dev68, "dev69": privacy_cases_dev69, "dev70": privacy_cases_dev70, "dev71": privacy_cases_dev71, "dev72": privacy_cases_dev72, "dev73": privacy_cases_dev73, "dev74": privacy_cases_dev74, "dev75": privacy_cases_dev75, "dev76": privacy_cases_dev76, "dev77": privacy_cases_dev77, "dev78": privacy_cases_dev78, "dev79": privacy_cases_dev79, "dev80": privacy_cases_dev80, "dev81": privacy_cases_dev81, "heldout": privacy_cases_heldout}.items():
        theirs = module.positives() + module.negatives()
        shared_lines = len(mine_lines & {c.text for c in theirs})
        shared_values = len(mine_values & {v for c in theirs for _, v in c.values})
        assert (shared_lines, shared_values) == (0, 0), name  # counts only: the held-out set's lines stay unread


def test_lookalikes_hold_no_personal_value() -> None:
    assert_lookalikes_hold_no_personal_value(POSITIVES, NEGATIVES)


def test_the_bench_offers_dev4() -> None:
    import bench_privacy
    sets = bench_privacy.labelled_sets()
    assert sets["dev4"] == POSITIVES + NEGATIVES
    assert list(sets) == ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "heldout"]
