"""dev7, the privacy benchmark's held-out set from 2026-12-04 (after dev6; measured once at b299fcc,
recall 0.9619 and precision 0.9849) and a tuning set since: seeded and large enough, covering what
issue 17 asks for in a representative mix (common countries, brands and services most common), its
values valid by their own rules (libphonenumber and python-stdnum referee them; the published rules,
written apart from the set's makers, where they have none), its look-alikes free of personal values,
and no line or value shared with the other sets (compared programmatically, counted only). The
redactor's recall on it is not tested here."""

from __future__ import annotations

from collections import Counter

import pytest
from stdnum import luhn

from tests.scripts import privacy_set_checks as checks

import privacy_cases_dev7  # noqa: E402 - privacy_set_checks puts scripts/ on the path
from privacy_cases_dev7_numbers import NATIONAL_IDS  # noqa: E402

POSITIVES = privacy_cases_dev7.positives()
NEGATIVES = privacy_cases_dev7.negatives()
OTHERS, LATER = checks.sets_around("dev7")  # those written after dev7 are compared for shared lines and values only


def _groups(prefix: str) -> Counter[str]:
    return checks.group_counts(POSITIVES, prefix)


def test_the_set_is_seeded_and_large_enough() -> None:
    checks.assert_seeded_and_large_enough(privacy_cases_dev7, POSITIVES, NEGATIVES, negatives_reseeded=False)


def test_it_covers_every_kind_the_issue_lists() -> None:
    checks.assert_every_kind_is_there(POSITIVES, 25)
    checks.assert_groups_are_there(POSITIVES)
    checks.assert_accounts_secrets_and_passwords_are_there(POSITIVES, secrets=20, commands=35)


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
    checks.assert_phones_are_valid([(c.region, next(v for k, v in c.values if k == "phone"))
                                    for c in POSITIVES for kind, _ in c.values if kind == "phone"])


BRANDS = {  # the brands' published ranges and lengths
    "visa": r"4\d{15}", "mastercard": r"(5[1-5]\d\d|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)\d{12}", "amex": r"3[47]\d{13}",
    "discover": r"(6011|65\d\d)\d{12}", "jcb": r"35(2[89]|[3-8]\d)\d{12}", "rupay": r"(60|65|81|82)\d{14}",
}


def test_every_card_is_of_its_brand_and_passes_luhn() -> None:
    mixed = [v for c in POSITIVES if c.group == "mixed" for k, v in c.values if k == "card"]
    checks.assert_cards_are_of_their_brands(POSITIVES, BRANDS)
    assert mixed and all(luhn.is_valid(v) for v in mixed)


def _national_check_ok(country: str, bban: str) -> bool:
    """National check digits of FR, IT, NL, PT and PL, by the shared rules (stdnum checks ES and BE itself)."""
    return country not in ("FR", "IT", "NL", "PT", "PL") or checks.national_check_ok(country, bban)


def test_every_iban_passes_its_checks() -> None:
    checks.assert_ibans_pass_their_checks(POSITIVES, _national_check_ok)


def test_labelled_account_numbers_pass_their_checks() -> None:
    shapes = {"gb": (r"\d\d-\d\d-\d\d", r"\d{8}"), "in": (r"\d{11,14}", r"[A-Z]{4}0[A-Z0-9]{6}"), "au": (r"\d{3}-\d{3}", r"\d{9}"),
              "ca": (r"\d{5}-\d{3}", r"\d{7}"), "br": (r"\d{4}", r"\d{5}-\d")}
    checks.assert_labelled_accounts_pass_their_checks(POSITIVES, us_account=r"\d{9,12}", shapes=shapes)


@pytest.mark.parametrize("kind", sorted(NATIONAL_IDS))
def test_every_national_identifier_is_valid_by_python_stdnum(kind: str) -> None:
    checks.assert_identifiers_are_valid(POSITIVES, NATIONAL_IDS, kind)


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
    checks.assert_secrets_have_their_shapes(POSITIVES, SHAPES)
    checks.assert_jwts_and_basic_auth_decode(POSITIVES)
    checks.assert_pins_are_pins(POSITIVES)


def test_each_value_appears_once_and_in_one_line() -> None:
    checks.assert_each_value_appears_once_and_in_one_line(POSITIVES, 25)


def test_no_line_or_value_is_shared_with_the_other_sets() -> None:
    checks.assert_no_line_or_value_is_shared(POSITIVES, NEGATIVES, {**OTHERS, **LATER})


def test_lookalikes_cover_the_issue_and_hold_no_personal_value() -> None:
    checks.assert_lookalikes_cover_the_issue(POSITIVES, NEGATIVES, (
        "time", "date", "duration", "version", "coordinates", "amount", "isbn", "order", "flight", "invoice", "build",
        "room", "hash", "uuid", "tracking", "product_code", "password_words", "secret_reference", "masked", "meeting_id"), 25)
    checks.assert_isbn_and_ean_lookalikes_are_valid(NEGATIVES)


def test_the_bench_offers_dev7() -> None:
    checks.assert_the_bench_offers({"dev7": POSITIVES + NEGATIVES})
