"""dev7, the privacy benchmark's held-out set from 2026-12-04 (after dev6; measured once at b299fcc,
recall 0.9619 and precision 0.9849) and a tuning set since: seeded and large enough, covering what
issue 17 asks for in a representative mix (common countries, brands and services most common), its
values valid by their own rules (libphonenumber and python-stdnum referee them; the published rules,
written apart from the set's makers, where they have none), its look-alikes free of personal values,
and no line or value shared with the other sets (compared programmatically, counted only). The
redactor's recall on it is not tested here."""

from __future__ import annotations

import base64
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import ean, iban, isbn, luhn
from stdnum.us import rtn

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
from privacy_cases_dev7_numbers import NATIONAL_IDS  # noqa: E402

POSITIVES = privacy_cases_dev7.positives()
NEGATIVES = privacy_cases_dev7.negatives()
OTHERS = {"tuning": privacy_cases, "dev2": privacy_cases_dev2, "dev3": privacy_cases_dev3, "dev4": privacy_cases_dev4,
          "dev5": privacy_cases_dev5, "dev6": privacy_cases_dev6}
LATER = {"dev8": privacy_cases_dev8, "heldout": privacy_cases_heldout}  # written after dev7: compared for shared lines and values only


def _groups(prefix: str) -> Counter[str]:
    return Counter(c.group.removeprefix(prefix) for c in POSITIVES if c.group.startswith(prefix))


def _values(group: str) -> list[str]:
    return [v for c in POSITIVES if c.group == group for _, v in c.values]


def test_the_set_is_seeded_and_large_enough() -> None:
    assert POSITIVES == privacy_cases_dev7.positives() and NEGATIVES == privacy_cases_dev7.negatives()
    assert POSITIVES != privacy_cases_dev7.positives(seed=1)
    assert sum(len(c.values) for c in POSITIVES) >= 300 and len(NEGATIVES) >= 300
    assert all(c.values for c in POSITIVES) and not any(c.values for c in NEGATIVES)
    lines = [c.text for c in POSITIVES + NEGATIVES]
    assert len(lines) == len(set(lines))
    assert all(re.fullmatch(r"[A-Z]{2}", c.region) for c in POSITIVES + NEGATIVES)


def test_it_covers_every_kind_the_issue_lists() -> None:
    kinds = Counter(kind for c in POSITIVES for kind, _ in c.values)
    assert set(kinds) == {"phone", "card", "account", "national_id", "secret", "email"}, kinds
    assert min(kinds.values()) >= 25, kinds
    phones, cards, ibans, ids = _groups("phone_"), _groups("card_"), _groups("iban_"), _groups("id_")
    assert len(phones) >= 8 and sum(phones.values()) >= 60, phones
    assert len(cards) >= 4 and sum(cards.values()) >= 25, cards
    assert len(ibans) >= 6 and sum(ibans.values()) >= 25, ibans
    assert len(ids) >= 10 and sum(ids.values()) >= 30, ids
    assert sum(len(c.values) for c in POSITIVES if c.group.startswith("account_")) >= 30 and len(_groups("account_")) >= 6
    assert len(_groups("secret_")) >= 20
    groups = Counter(c.group for c in POSITIVES)
    assert groups["password_command"] >= 35 and groups["password_prose"] >= 30 and groups["password_pin"] >= 5
    assert len(_groups("password_config_")) >= 10
    assert len({c.region for c in POSITIVES if c.group == "password_prose"}) >= 15


def test_its_mix_is_representative() -> None:
    """Common things common: the biggest user countries, Visa and Mastercard, the most used services
    and English prose lead; rarer ones are there, fewer."""
    phones, cards, ibans, keys = _groups("phone_"), _groups("card_"), _groups("iban_"), _groups("secret_")
    assert phones.most_common(1)[0][0] == "US" and phones["IN"] > phones["NL"] and phones["GB"] > phones["KR"]
    assert cards["visa"] > cards["mastercard"] > cards["amex"] > cards["discover"] and cards["visa"] + cards["mastercard"] >= 0.6 * sum(cards.values())
    assert ibans.most_common(1)[0][0] == "DE"
    assert keys["openai"] == max(keys.values()) and keys["openai"] > keys["square"]
    ids = _groups("id_")
    assert ids.most_common(1)[0][0] == "us_ssn"
    prose = Counter(c.region for c in POSITIVES if c.group == "password_prose")
    assert sum(prose[r] for r in ("US", "GB", "CA", "AU")) >= 0.4 * sum(prose.values())


def test_every_phone_is_a_valid_number_of_its_country() -> None:
    cases = [c for c in POSITIVES for kind, _ in c.values if kind == "phone"]
    assert len(cases) >= 80
    for case in cases:
        value = next(v for kind, v in case.values if kind == "phone")
        number = phonenumbers.parse(value, case.region)
        assert phonenumbers.is_valid_number(number), (case.region, value)
        assert phonenumbers.region_code_for_number(number) == case.region, (case.region, value)


BRANDS = {  # the brands' published ranges and lengths
    "visa": r"4\d{15}", "mastercard": r"(5[1-5]\d\d|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)\d{12}", "amex": r"3[47]\d{13}",
    "discover": r"(6011|65\d\d)\d{12}", "jcb": r"35(2[89]|[3-8]\d)\d{12}", "rupay": r"(60|65|81|82)\d{14}",
}


def test_every_card_is_of_its_brand_and_passes_luhn() -> None:
    mixed = [v for c in POSITIVES if c.group == "mixed" for k, v in c.values if k == "card"]
    for case in (c for c in POSITIVES if c.group.startswith("card_")):
        (_, shown), = case.values
        number = re.sub(r"[ -]", "", shown)
        assert luhn.is_valid(number) and re.fullmatch(BRANDS[case.group.removeprefix("card_")], number), (case.group, shown)
    assert mixed and all(luhn.is_valid(v) for v in mixed)


def _national_check_ok(country: str, bban: str) -> bool:
    """National check digits, written from the banks' published rules (stdnum checks ES and BE itself)."""
    if country == "FR":  # RIB key: 89 bank + 15 branch + 3 account + key = 0 mod 97
        return (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(bban[10:21]) + int(bban[21:])) % 97 == 0
    if country == "IT":  # CIN: odd places by the conversion table, even places by value, mod 26
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        vals = [int(c) if c.isdigit() else ord(c) - 65 for c in bban[1:]]
        return chr(65 + sum(odd[v] if i % 2 == 0 else v for i, v in enumerate(vals)) % 26) == bban[0]
    if country == "NL":  # the eleven test
        return sum(int(d) * (10 - i) for i, d in enumerate(bban[4:])) % 11 == 0
    if country == "PT":  # NIB: the 21 digits are 1 mod 97
        return int(bban) % 97 == 1
    if country == "PL":  # the bank's sort code carries a 3-9-7-1 check digit
        return sum(int(d) * w for d, w in zip(bban[:8], [3, 9, 7, 1, 3, 9, 7, 1])) % 10 == 0
    return True


def test_every_iban_passes_its_checks() -> None:
    for case in (c for c in POSITIVES if c.group.startswith("iban_")):
        (_, shown), = case.values
        compact = iban.compact(shown)
        assert iban.validate(compact) and compact[:2] == case.region, shown
        assert _national_check_ok(case.region, compact[4:]), shown


def test_labelled_account_numbers_pass_their_checks() -> None:
    for routing, account in (c.values for c in POSITIVES if c.group == "account_us"):
        assert rtn.is_valid(routing[1]) and re.fullmatch(r"\d{9,12}", account[1])
    for (value,) in ([v for _, v in c.values] for c in POSITIVES if c.group == "account_mx"):
        weights = [3, 7, 1] * 6
        assert len(value) == 18 and (10 - sum(int(d) * w % 10 for d, w in zip(value[:17], weights)) % 10) % 10 == int(value[-1]), value
    shapes = {"gb": (r"\d\d-\d\d-\d\d", r"\d{8}"), "in": (r"\d{11,14}", r"[A-Z]{4}0[A-Z0-9]{6}"), "au": (r"\d{3}-\d{3}", r"\d{9}"),
              "ca": (r"\d{5}-\d{3}", r"\d{7}"), "br": (r"\d{4}", r"\d{5}-\d")}
    for fmt, pair in shapes.items():
        cases = [c for c in POSITIVES if c.group == f"account_{fmt}"]
        assert cases and all(re.fullmatch(p, v) for c in cases for p, (_, v) in zip(pair, c.values)), fmt


@pytest.mark.parametrize("kind", sorted(NATIONAL_IDS))
def test_every_national_identifier_is_valid_by_python_stdnum(kind: str) -> None:
    module = importlib.import_module(f"stdnum.{NATIONAL_IDS[kind][2]}")
    values = _values(f"id_{kind}")
    assert values
    for value in values:
        assert module.validate(value), (kind, value)


SHAPES = {  # as the issuers and detect-secrets' plugins publish them, written apart
    "openai": r"sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}", "github_classic": r"ghp_[A-Za-z0-9]{36}", "github_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}", "aws_secret_access_key": r"[A-Za-z0-9/+]{40}", "google_api": r"AIza[\w-]{35}",
    "anthropic": r"sk-ant-api03-[\w-]{93}AA", "stripe_secret": r"sk_live_([A-Za-z0-9]{24}|[A-Za-z0-9]{99})", "stripe_restricted": r"rk_live_[A-Za-z0-9]{24}",
    "jwt": r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}", "private_key": r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----(\\n[A-Za-z0-9+/=]+)+\\n-----END ([A-Z]+ )?PRIVATE KEY-----",
    "slack_bot": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
    "huggingface": r"hf_[A-Za-z]{34}", "telegram_bot": r"\d{8,10}:AA[\w-]{33}", "gitlab": r"glpat-[\w-]{20}", "sendgrid": r"SG\.[\w-]{22}\.[\w-]{43}",
    "twilio_api_key": r"SK[0-9a-f]{32}", "npm": r"npm_[A-Za-z0-9]{36}", "discord_bot": r"[MN][\w-]{23}\.[\w-]{6}\.[\w-]{27}",
    "pypi": r"pypi-AgEIcHlwaS5vcmc[\w-]{50,}", "mailchimp": r"[0-9a-f]{32}-us\d{1,2}", "digitalocean": r"dop_v1_[0-9a-f]{64}",
    "shopify": r"shpat_[0-9a-f]{32}", "azure_storage": r"[A-Za-z0-9+/]{86}==", "groq": r"gsk_[A-Za-z0-9]{52}", "cloudflare": r"[\w-]{40}",
    "square": r"EAAA[\w-]{60}", "basic_auth": r"[A-Za-z0-9+/]+={0,2}",
}


def test_secrets_have_their_issuers_shapes() -> None:
    formats = set(_groups("secret_"))
    assert formats == set(SHAPES), formats ^ set(SHAPES)
    for fmt, pattern in SHAPES.items():
        values = _values(f"secret_{fmt}")
        assert values and all(re.fullmatch(pattern, v) for v in values), fmt
    for value in _values("secret_jwt"):
        header = json.loads(base64.urlsafe_b64decode(value.split(".")[0] + "=="))
        assert header["typ"] == "JWT"
    for value in _values("secret_basic_auth"):
        assert ":" in base64.b64decode(value, validate=True).decode()
    for value in _values("password_pin"):
        assert value.isdigit() and len(value) in (4, 6)


def test_each_value_appears_once_and_in_one_line() -> None:
    values = [v for c in POSITIVES for _, v in c.values]
    assert all(c.text.count(v) == 1 for c in POSITIVES for _, v in c.values)
    assert len(values) == len(set(values))
    emails = [v for c in POSITIVES for k, v in c.values if k == "email"]
    assert len(emails) >= 25 and all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", e) for e in emails)


def test_no_line_or_value_is_shared_with_the_other_sets() -> None:
    mine_lines = {c.text for c in POSITIVES + NEGATIVES}
    mine_values = {v for c in POSITIVES for _, v in c.values}
    for name, module in {**OTHERS, **LATER}.items():
        theirs = module.positives() + module.negatives()
        shared_lines = len(mine_lines & {c.text for c in theirs})
        shared_values = len(mine_values & {v for c in theirs for _, v in c.values})
        assert (shared_lines, shared_values) == (0, 0), name  # counts only


def test_lookalikes_cover_the_issue_and_hold_no_personal_value() -> None:
    groups = Counter(c.group for c in NEGATIVES)
    for group in ("time", "date", "duration", "version", "coordinates", "amount", "isbn", "order", "flight", "invoice", "build",
                  "room", "hash", "uuid", "tracking", "product_code", "password_words", "secret_reference", "masked", "meeting_id"):
        assert groups[f"neg_{group}"] >= 10, group
    assert len(groups) >= 25
    assert_lookalikes_hold_no_personal_value(POSITIVES, NEGATIVES)
    for case in NEGATIVES:
        assert not re.search(r"://[^/\s]*:[^/\s]*@", case.text), case.text  # no credentials in URLs
        if case.group == "neg_isbn":
            assert isbn.is_valid(case.text.split()[-1]), case.text
        elif case.group == "neg_product_code" and case.text.startswith("EAN"):
            assert ean.is_valid(case.text.split()[-1]), case.text


def test_the_bench_offers_dev7() -> None:
    import bench_privacy
    sets = bench_privacy.labelled_sets()
    assert sets["dev7"] == POSITIVES + NEGATIVES
    assert list(sets) == ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "heldout"]
