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
import re
from collections import Counter

import pytest
from stdnum import cusip, ean, iban, imo, isbn, issn, lei, luhn
from stdnum.gb import sedol
from stdnum.iso7064 import mod_97_10

from tests.scripts import privacy_set_checks as checks

import privacy_cases_dev6  # noqa: E402 - privacy_set_checks puts scripts/ on the path
from privacy_cases_dev6_numbers import NATIONAL_IDS  # noqa: E402

POSITIVES = privacy_cases_dev6.positives()
NEGATIVES = privacy_cases_dev6.negatives()
OTHERS, LATER = checks.sets_around("dev6")  # those written after dev6 are compared for shared lines and values only


def _groups(cases: list, prefix: str) -> Counter[str]:
    return checks.group_counts(cases, prefix)


def _values(group: str) -> list[str]:
    return checks.group_values(POSITIVES, group)


def _theirs() -> list:
    return [c for module in OTHERS.values() for c in module.positives() + module.negatives()]


def test_the_set_is_seeded_and_large_enough() -> None:
    checks.assert_seeded_and_large_enough(privacy_cases_dev6, POSITIVES, NEGATIVES, negatives_reseeded=False)


def test_it_covers_every_kind_the_issue_lists() -> None:
    checks.assert_every_kind_is_there(POSITIVES, 15)
    phones, cards, ibans, ids = (_groups(POSITIVES, p) for p in ("phone_", "card_", "iban_", "id_"))
    assert len(phones) >= 8 and min(phones.values()) >= 4, phones
    assert len(cards) >= 4 and min(cards.values()) >= 5, cards
    assert len(ibans) >= 6 and min(ibans.values()) >= 5, ibans
    assert len(ids) >= 10 and min(ids.values()) >= 4, ids
    assert sum(_groups(POSITIVES, "account_").values()) >= 20 and len(_groups(POSITIVES, "account_")) >= 10
    checks.assert_passwords_and_secrets_are_there(POSITIVES, secrets=40, commands=40, prose_regions=25, configs=15)


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
    checks.assert_phones_are_valid([(c.region, next(v for kind, v in c.values if kind == "phone"))
                                    for c in POSITIVES if c.group.startswith("phone_") or c.group == "signature"])


BRANDS = {  # the brands' published ranges and lengths
    "rupay": r"(60\d|65\d|81\d|82\d|508)\d{13}", "troy": r"9792\d{12}", "elo": r"(636368|438935|504175|451416|636297|506699|5067[0-7]\d|509\d{3})\d{10}",
    "hipercard": r"606282\d{10}", "verve": r"(5060|5061|5078|5079|6500)\d{15}", "dankort": r"5019\d{12}", "uatp": r"1\d{14}",
    "mastercard_2series": r"2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}", "visa_electron": r"(4026|417500|4508|4844|491[37])\d{10,12}",
}


def test_every_card_is_of_its_brand_and_passes_luhn() -> None:
    checks.assert_cards_are_of_their_brands(POSITIVES, BRANDS)


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
    checks.assert_identifiers_are_valid(POSITIVES, NATIONAL_IDS, kind, at_least=4)


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
    checks.assert_secrets_have_their_shapes(POSITIVES, SHAPES, at_least=2)
    for value in _values("secret_matrix"):  # the user part is the base64 of a Matrix localpart
        assert base64.b64decode(value.split("_")[1] + "==").decode().isprintable()
    for value in _values("secret_laravel_app_key") + _values("secret_putty_ppk"):
        base64.b64decode(value, validate=True)
    checks.assert_pins_are_pins(POSITIVES)


def test_each_value_appears_once_and_in_one_line() -> None:
    checks.assert_each_value_appears_once_and_in_one_line(POSITIVES, 15)


def test_no_line_or_value_is_shared_with_the_other_sets() -> None:
    checks.assert_no_line_or_value_is_shared(POSITIVES, NEGATIVES, {**OTHERS, **LATER})


def _cas_ok(value: str) -> bool:
    body, check = value.rsplit("-", 1)
    return sum(int(d) * (i + 1) for i, d in enumerate(reversed(body.replace("-", "")))) % 10 == int(check)


def test_lookalikes_cover_the_issue_and_hold_no_personal_value() -> None:
    checks.assert_lookalikes_cover_the_issue(POSITIVES, NEGATIVES, (
        "time", "date", "duration", "version", "coordinates", "amount", "isbn", "order", "flight", "invoice", "build",
        "room", "hash", "uuid", "tracking", "product_code", "password_words", "secret_reference"), 30)
    valid_codes = {"neg_isbn": (r"ISBN(?:-10|13=| )?\s?([\dX-]{10,17})", isbn.is_valid), "neg_issn": (r"ISSN (\d{4}-\d{3}[\dX])", issn.is_valid),
              "neg_cas_number": (r"CAS(?:-Nr\.)? (\d+-\d\d-\d)", _cas_ok), "neg_lei": (r"\b([0-9A-Z]{20})\b", lei.is_valid),
              }
    for case in NEGATIVES:
        if case.group in valid_codes:
            pattern, valid = valid_codes[case.group]
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
    checks.assert_the_bench_offers({"dev6": POSITIVES + NEGATIVES})
