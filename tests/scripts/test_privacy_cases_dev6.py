"""dev6, the privacy benchmark's held-out set from 2026-12-04 (measured once, recall 0.6891 and
precision 0.9868) and a tuning set since: seeded and large enough, covering what issue 17 asks for,
aimed away from the five sets before it (its phone and IBAN countries, card brands, account
formats, identifier kinds and key formats are none of theirs), its values valid by their own rules
(libphonenumber and python-stdnum referee them; the published rules, written apart from the set's
makers, where they have none), its look-alikes free of personal values, and no line or value shared
with the other sets (compared programmatically, counted only). The redactor's recall on it is not
tested here."""

from __future__ import annotations

import base64
import importlib
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import cusip, ean, iban, imo, isbn, issn, lei, luhn
from stdnum.gb import sedol
from stdnum.iso7064 import mod_97_10

from tests.scripts.privacy_set_checks import assert_lookalikes_hold_no_personal_value

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
import privacy_cases_heldout  # noqa: E402
from privacy_cases_dev6_numbers import NATIONAL_IDS  # noqa: E402

POSITIVES = privacy_cases_dev6.positives()
NEGATIVES = privacy_cases_dev6.negatives()
OTHERS = {"tuning": privacy_cases, "dev2": privacy_cases_dev2, "dev3": privacy_cases_dev3, "dev4": privacy_cases_dev4,
          "dev5": privacy_cases_dev5}
LATER = {"dev7": privacy_cases_dev7, "dev8": privacy_cases_dev8, "heldout": privacy_cases_heldout}  # written after dev6: compared for shared lines and values only


def _groups(cases: list, prefix: str) -> Counter[str]:
    return Counter(c.group.removeprefix(prefix) for c in cases if c.group.startswith(prefix))


def _values(group: str) -> list[str]:
    return [v for c in POSITIVES if c.group == group for _, v in c.values]


def _theirs() -> list:
    return [c for module in OTHERS.values() for c in module.positives() + module.negatives()]


def test_the_set_is_seeded_and_large_enough() -> None:
    assert POSITIVES == privacy_cases_dev6.positives() and NEGATIVES == privacy_cases_dev6.negatives()
    assert POSITIVES != privacy_cases_dev6.positives(seed=1)
    assert sum(len(c.values) for c in POSITIVES) >= 300 and len(NEGATIVES) >= 300
    assert all(c.values for c in POSITIVES) and not any(c.values for c in NEGATIVES)
    lines = [c.text for c in POSITIVES + NEGATIVES]
    assert len(lines) == len(set(lines))
    assert all(re.fullmatch(r"[A-Z]{2}", c.region) for c in POSITIVES + NEGATIVES)


def test_it_covers_every_kind_the_issue_lists() -> None:
    kinds = Counter(kind for c in POSITIVES for kind, _ in c.values)
    assert set(kinds) == {"phone", "card", "account", "national_id", "secret", "email"}, kinds
    assert min(kinds.values()) >= 15, kinds
    phones, cards, ibans, ids = (_groups(POSITIVES, p) for p in ("phone_", "card_", "iban_", "id_"))
    assert len(phones) >= 8 and min(phones.values()) >= 4, phones
    assert len(cards) >= 4 and min(cards.values()) >= 5, cards
    assert len(ibans) >= 6 and min(ibans.values()) >= 5, ibans
    assert len(ids) >= 10 and min(ids.values()) >= 4, ids
    assert sum(_groups(POSITIVES, "account_").values()) >= 20 and len(_groups(POSITIVES, "account_")) >= 10
    assert len(_groups(POSITIVES, "secret_")) >= 40
    groups = Counter(c.group for c in POSITIVES)
    assert groups["password_command"] >= 40 and groups["password_prose"] >= 30 and groups["password_pin"] >= 5
    assert len(_groups(POSITIVES, "password_config_")) >= 15
    assert len({c.region for c in POSITIVES if c.group == "password_prose"}) >= 25


def test_its_countries_brands_kinds_and_formats_are_none_of_the_five_sets_before_it() -> None:
    theirs = _theirs()
    for prefix in ("phone_", "iban_", "card_", "account_", "id_", "secret_", "password_config_"):
        shared = set(_groups(POSITIVES, prefix)) & set(_groups(theirs, prefix))
        assert len(shared) == 0, (prefix, len(shared))  # counts only
    for prefix in ("phone_", "iban_"):
        mine = {c.region for c in POSITIVES if c.group.startswith(prefix) or prefix == "phone_" and c.group == "signature"}
        their_regions = {c.region for c in theirs for kind, _ in c.values if kind == ("phone" if prefix == "phone_" else "account")
                         and (c.group.startswith(prefix) or prefix == "phone_")}
        assert len(mine & their_regions) == 0, prefix  # counts only
    their_tools = {c.text.split()[0] for c in theirs if c.group == "password_command"}
    mine = [c.text.split()[0] for c in POSITIVES if c.group == "password_command"]
    assert sum(tool in their_tools for tool in mine) == 0  # counts only


def test_every_phone_is_a_valid_number_of_its_country() -> None:
    cases = [c for c in POSITIVES if c.group.startswith("phone_") or c.group == "signature"]
    assert len(cases) >= 80
    for case in cases:
        value = next(v for kind, v in case.values if kind == "phone")
        number = phonenumbers.parse(value, case.region)
        assert phonenumbers.is_valid_number(number), (case.region, value)
        assert phonenumbers.region_code_for_number(number) == case.region, (case.region, value)


BRANDS = {  # the brands' published ranges and lengths
    "rupay": r"(60\d|65\d|81\d|82\d|508)\d{13}", "troy": r"9792\d{12}", "elo": r"(636368|438935|504175|451416|636297|506699|5067[0-7]\d|509\d{3})\d{10}",
    "hipercard": r"606282\d{10}", "verve": r"(5060|5061|5078|5079|6500)\d{15}", "dankort": r"5019\d{12}", "uatp": r"1\d{14}",
    "mastercard_2series": r"2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}", "visa_electron": r"(4026|417500|4508|4844|491[37])\d{10,12}",
}


def test_every_card_is_of_its_brand_and_passes_luhn() -> None:
    for case in (c for c in POSITIVES if c.group.startswith("card_")):
        (_, shown), = case.values
        number = re.sub(r"[ -]", "", shown)
        assert luhn.is_valid(number) and re.fullmatch(BRANDS[case.group.removeprefix("card_")], number), (case.group, shown)


def _rib_ok(bban: str) -> bool:
    """The French-style RIB key of Burundi and Djibouti: 89 bank + 15 branch + 3 account + key = 0 mod 97."""
    bank, branch, account, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
    return (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0


def test_every_iban_passes_its_checks() -> None:
    for case in (c for c in POSITIVES if c.group.startswith("iban_")):
        (_, shown), = case.values
        compact = iban.compact(shown.upper().replace("-", ""))
        assert iban.validate(compact) and compact[:2] == case.region, shown
        if case.region == "TN":  # the Tunisian RIB's last two digits: 97 - (first 18 digits x 100 mod 97)
            assert int(compact[4:]) % 97 == 0, shown
        elif case.region in ("BI", "DJ"):
            assert _rib_ok(compact[4:]), shown


def test_national_account_numbers_pass_their_checks() -> None:
    for group in ("account_rs", "account_me", "account_ba"):
        for value in _values(group):
            assert mod_97_10.is_valid(re.sub(r"\D", "", value)), value
    for value in _values("account_mk"):
        assert len(value) == 15 and mod_97_10.is_valid(value), value
    for value in _values("account_fi_old"):
        bank, tail = value.split("-")
        assert bank[0] in "12345678" and luhn.is_valid(bank + tail.zfill(8)), value
    shapes = {"tw": r"\d{3}-\d{12}", "il": r"\d{2}-\d{3}-\d{6}", "cl": r"\d{7,8}", "ve": r"01\d\d-\d{4}-\d{2}-\d{10}", "cr": r"1\d{16}",
              "ec": r"22\d{8}", "lk": r"\d{12}", "kh": r"\d{3} \d{3} \d{3}", "gh": r"\d{13}"}
    for fmt, shape in shapes.items():
        assert _values(f"account_{fmt}") and all(re.fullmatch(shape, v) for v in _values(f"account_{fmt}")), fmt


@pytest.mark.parametrize("kind", sorted(NATIONAL_IDS))
def test_every_national_identifier_is_valid_by_python_stdnum(kind: str) -> None:
    module = importlib.import_module(f"stdnum.{NATIONAL_IDS[kind][2]}")
    values = _values(f"id_{kind}")
    assert len(values) >= 4
    for value in values:
        assert module.validate(value), (kind, value)


SHAPES = {  # as the issuers, gitleaks' rules and detect-secrets' plugins publish them, written apart
    "dynatrace": r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}", "typeform": r"tfp_[\w]{59}", "frameio": r"fio-u-[\w-]{64}", "readme": r"rdme_[a-z0-9]{70}",
    "prefect": r"pnu_[A-Za-z0-9]{36}", "scalingo": r"tk-us-[\w-]{48}", "defined_networking": r"dnkey-[a-z0-9]{26}-[a-z0-9]{52}",
    "easypost": r"EZAK[A-Za-z0-9]{54}", "shippo": r"shippo_live_[0-9a-f]{40}", "clojars": r"CLOJARS_[a-z0-9]{60}",
    "infracost": r"ico-[A-Za-z0-9]{32}", "sourcegraph": r"sgp_[0-9a-f]{16}_[0-9a-f]{40}", "octopus": r"API-[A-Z0-9]{26}",
    "harness": r"pat\.[\w-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}", "buildkite": r"bkua_[0-9a-f]{40}", "openshift": r"sha256~[\w-]{43}",
    "maxmind": r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk", "matrix": r"syt_[A-Za-z0-9+/]+_[A-Za-z]{20}_[A-Za-z0-9]{6}",
    "pushbullet": r"o\.[A-Za-z0-9]{32}", "adafruit": r"aio_[A-Za-z0-9]{28}", "gocardless": r"live_[\w-]{40}",
    "ibm_cloud_iam": r"[\w-]{44}", "ibm_cos_hmac": r"[0-9a-f]{48}", "softlayer": r"[a-z0-9]{64}", "cloudant": r"[0-9a-f]{64}",
    "cloudant_apikey": r"[a-z]{24}", "putty_ppk": r"[A-Za-z0-9+/]{48}", "totp_seed": r"[A-Z2-7]{32}", "laravel_app_key": r"[A-Za-z0-9+/]{43}=",
    "ghost_admin": r"[0-9a-f]{24}:[0-9a-f]{64}", "salesforce": r"00D[A-Z0-9]{12}!AQ[\w.]{94}", "contentful": r"CFPAT-[\w-]{43}",
    "google_chat_webhook": r"https://chat\.googleapis\.com/v1/spaces/AAAA\w{7}/messages\?key=AIza[\w-]{35}&token=[\w-]{43}",
    "mattermost_webhook": r"https://[\w.-]+/hooks/[a-z0-9]{26}", "mollie": r"live_[A-Za-z0-9]{30}", "paystack": r"sk_live_[0-9a-f]{40}",
    "razorpay_secret": r"[A-Za-z0-9]{24}", "plaid": r"[0-9a-f]{30}", "wandb": r"[0-9a-f]{40}", "kaggle": r"[0-9a-f]{32}",
    "sidekiq": r"[0-9a-f]{8}:[0-9a-f]{8}", "linode": r"[0-9a-f]{64}", "hetzner": r"[A-Za-z0-9]{64}",
    "scaleway": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", "plex": r"[\w-]{20}", "etherscan": r"[A-Z0-9]{34}",
    "zendesk": r"[A-Za-z0-9]{40}", "line_channel": r"[A-Za-z0-9+/]{172}=", "kakao": r"[0-9a-f]{32}", "wechat": r"[0-9a-f]{32}",
    "deepseek": r"sk-[0-9a-f]{32}", "mistral": r"[A-Za-z0-9]{32}", "fireworks": r"fw_[A-Za-z0-9]{24}", "together": r"[0-9a-f]{64}",
}


def test_secrets_have_their_issuers_shapes() -> None:
    formats = set(_groups(POSITIVES, "secret_"))
    assert formats == set(SHAPES), formats ^ set(SHAPES)
    for fmt, pattern in SHAPES.items():
        values = _values(f"secret_{fmt}")
        assert len(values) >= 2 and all(re.fullmatch(pattern, v) for v in values), fmt
    for value in _values("secret_matrix"):  # the user part is the base64 of a Matrix localpart
        assert base64.b64decode(value.split("_")[1] + "==").decode().isprintable()
    for value in _values("secret_laravel_app_key") + _values("secret_putty_ppk"):
        base64.b64decode(value, validate=True)
    for value in _values("password_pin"):
        assert value.isdigit() and len(value) in (4, 6)


def test_each_value_appears_once_and_in_one_line() -> None:
    values = [v for c in POSITIVES for _, v in c.values]
    assert all(c.text.count(v) == 1 for c in POSITIVES for _, v in c.values)
    assert len(values) == len(set(values))
    emails = [v for c in POSITIVES for k, v in c.values if k == "email"]
    assert len(emails) >= 15 and all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", e) for e in emails)


def test_no_line_or_value_is_shared_with_the_other_sets() -> None:
    mine_lines = {c.text for c in POSITIVES + NEGATIVES}
    mine_values = {v for c in POSITIVES for _, v in c.values}
    for name, module in {**OTHERS, **LATER}.items():
        theirs = module.positives() + module.negatives()
        shared_lines = len(mine_lines & {c.text for c in theirs})
        shared_values = len(mine_values & {v for c in theirs for _, v in c.values})
        assert (shared_lines, shared_values) == (0, 0), name  # counts only


def _cas_ok(value: str) -> bool:
    body, check = value.rsplit("-", 1)
    return sum(int(d) * (i + 1) for i, d in enumerate(reversed(body.replace("-", "")))) % 10 == int(check)


def test_lookalikes_cover_the_issue_and_hold_no_personal_value() -> None:
    groups = Counter(c.group for c in NEGATIVES)
    for group in ("time", "date", "duration", "version", "coordinates", "amount", "isbn", "order", "flight", "invoice", "build",
                  "room", "hash", "uuid", "tracking", "product_code", "password_words", "secret_reference"):
        assert groups[f"neg_{group}"] >= 10, group
    assert len(groups) >= 30
    assert_lookalikes_hold_no_personal_value(POSITIVES, NEGATIVES)
    for case in NEGATIVES:
        assert not re.search(r"://[^/\s]*:[^/\s]*@", case.text), case.text  # no credentials in URLs
    checks = {"neg_isbn": (r"ISBN(?:-10|13=| )?\s?([\dX-]{10,17})", isbn.is_valid), "neg_issn": (r"ISSN (\d{4}-\d{3}[\dX])", issn.is_valid),
              "neg_cas_number": (r"CAS(?:-Nr\.)? (\d+-\d\d-\d)", _cas_ok), "neg_lei": (r"\b([0-9A-Z]{20})\b", lei.is_valid),
              }
    for case in NEGATIVES:
        if case.group in checks:
            pattern, valid = checks[case.group]
            match = re.search(pattern, case.text, re.IGNORECASE)
            assert match and valid(match.group(1)), case.text
        elif case.group == "neg_ship" and "IMO" in case.text:
            assert imo.is_valid(case.text.split()[-1]), case.text
        elif case.group == "neg_securities":
            code = case.text.split()[-1]
            assert (cusip if case.text.startswith("CUSIP") else sedol).is_valid(code), case.text
        elif case.group == "neg_product_code" and case.text.startswith(("EAN", "GTIN")):
            assert ean.is_valid(case.text.split()[-1]), case.text


def test_the_bench_offers_dev6() -> None:
    import bench_privacy
    sets = bench_privacy.labelled_sets()
    assert sets["dev6"] == POSITIVES + NEGATIVES
    assert list(sets) == ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "heldout"]
