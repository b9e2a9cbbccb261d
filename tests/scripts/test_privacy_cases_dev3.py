"""dev3, the privacy benchmark's third tuning set: seeded and large enough, covering the countries,
labels and formats it was written for, its values valid by their own rules (python-stdnum and
libphonenumber referee them; the set makes them by the published rules), its look-alikes free of
personal values, and no line or value shared with the other sets. The held-out set is compared
programmatically here and never printed. The redactor's recall on dev3 is not tested here."""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from tests.scripts.privacy_set_checks import assert_lookalikes_hold_no_personal_value
from stdnum import iban
from stdnum.ar import cbu
from stdnum.cz import bankaccount
from stdnum.es import ccc
from stdnum.no import kontonr
from stdnum.nz import bankaccount as nz_bankaccount
from stdnum.us import rtn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import privacy_cases  # noqa: E402
import privacy_cases_dev2  # noqa: E402
import privacy_cases_dev3  # noqa: E402
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
from privacy_cases_dev3_ids import NATIONAL_IDS  # noqa: E402
from privacy_cases_dev3_values import verhoeff  # noqa: E402

POSITIVES = privacy_cases_dev3.positives()
NEGATIVES = privacy_cases_dev3.negatives()
NINO = re.compile(r"^(?![DFIQUV])[A-Z](?![DFIOQUV])[A-Z](?<!BG)(?<!GB)(?<!KN)(?<!NK)(?<!NT)(?<!TN)(?<!ZZ)\d{6}[A-D]$")


def _groups(prefix: str) -> Counter[str]:
    return Counter(c.group.removeprefix(prefix) for c in POSITIVES if c.group.startswith(prefix))


def _values(group: str) -> list[tuple[str, ...]]:
    return [tuple(v for _, v in c.values) for c in POSITIVES if c.group == group]


def test_the_set_is_seeded_and_large_enough() -> None:
    assert POSITIVES == privacy_cases_dev3.positives() and NEGATIVES == privacy_cases_dev3.negatives()
    assert POSITIVES != privacy_cases_dev3.positives(seed=1)
    assert sum(len(c.values) for c in POSITIVES) >= 300 and len(NEGATIVES) >= 300
    lines = [c.text for c in POSITIVES + NEGATIVES]
    assert len(lines) == len(set(lines))
    kinds = Counter(kind for c in POSITIVES for kind, _ in c.values)
    assert min(kinds[k] for k in ("phone", "account", "national_id", "secret")) >= 80


def test_it_covers_many_countries_labels_and_formats() -> None:
    assert len(_groups("phone_")) >= 30
    assert len(_groups("iban_")) >= 30
    assert len(_groups("account_")) >= 20  # national account formats and labels
    assert len(_groups("id_")) == len(NATIONAL_IDS) >= 35
    assert len(_groups("secret_")) >= 60
    assert len(_groups("password_config_")) >= 20
    assert _groups("password_")["command"] >= 50 and _groups("password_")["prose"] >= 40
    languages = {c.region for c in POSITIVES if c.group == "password_prose"}
    assert len(languages) >= 20
    assert len({c.group for c in NEGATIVES}) >= 20
    ibans = [v for c in POSITIVES if c.group.startswith("iban_") for _, v in c.values]
    assert any(" " in v for v in ibans) and any(v.islower() for v in ibans) and any(v.isalnum() and v.isupper() for v in ibans)
    texts = {group: [c.text for c in POSITIVES if c.group.startswith(group)] for group in ("phone_", "iban_")}
    for group, marks in (("phone_", ("tel:+", "wa.me/", "TEL;", '"phone"', "sms.send")), ("iban_", ("<IBAN>", '"iban"', "payout.create", ";"))):
        assert all(any(mark in text for text in texts[group]) for mark in marks), group


def test_every_phone_is_a_valid_number_of_its_country() -> None:
    for case in (c for c in POSITIVES if c.group.startswith("phone_")):
        (_, value), = case.values
        number = phonenumbers.parse("+" + value if value.isdigit() else value, case.region)
        assert phonenumbers.is_valid_number(number), (case.text, case.region)
        assert phonenumbers.region_code_for_number(number) == case.region, (case.text, case.region)


def test_every_iban_passes_its_checks() -> None:
    for case in (c for c in POSITIVES if c.group.startswith("iban_")):
        (_, value), = case.values
        assert iban.validate(value.upper()), case.text
        assert iban.compact(value.upper())[:2] == case.region


def test_national_account_numbers_pass_their_checks() -> None:
    for routing, _ in _values("account_us"):
        assert rtn.validate(routing)
    for group, rule in (("account_nz", nz_bankaccount), ("account_cz", bankaccount), ("account_no", kontonr),
                        ("account_ar", cbu), ("account_es", ccc)):
        for (value,) in _values(group):
            assert rule.validate(value), (group, value)
    for (nrb,) in _values("account_pl"):
        assert iban.validate("PL" + nrb)
    for (value,) in _values("account_fr"):  # RIB: bank, branch, account and key are 0 mod 97
        assert int(value.replace(" ", "")) % 97 == 0
    for (value,) in _values("account_mx"):  # CLABE: weights 3, 7, 1, products taken mod 10
        assert sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(value)) % 10 == 0
    for sort_code, account in [v[::-1] if "-" in v[1] else v for v in _values("account_gb")]:
        assert re.fullmatch(r"\d\d-\d\d-\d\d", sort_code) and re.fullmatch(r"\d{8}", account)


@pytest.mark.parametrize("kind", sorted(NATIONAL_IDS))
def test_every_national_identifier_is_valid_by_its_rule(kind: str) -> None:
    module = NATIONAL_IDS[kind][3]
    values = [v for c in POSITIVES if c.group == f"id_{kind}" for _, v in c.values]
    assert values
    for value in values:
        if module is None:  # HMRC's rule for National Insurance numbers (python-stdnum has none)
            assert NINO.match(value.replace(" ", "")), value
        else:
            assert importlib.import_module(module).validate(value), value


def test_the_verhoeff_rule_agrees_with_the_reference() -> None:
    from stdnum import verhoeff as reference
    for body in ("236", "12345", "28468604718", "9999999999"):
        assert verhoeff(body) == reference.calc_check_digit(body)


def test_each_value_appears_once_and_in_one_line() -> None:
    values = [v for c in POSITIVES for _, v in c.values]
    assert all(c.text.count(v) == 1 for c in POSITIVES for _, v in c.values)
    assert len(values) == len(set(values))


def test_no_line_or_value_is_shared_with_the_other_sets() -> None:
    others = {"tuning": privacy_cases, "dev2": privacy_cases_dev2, "dev5": privacy_cases_dev5, "dev6": privacy_cases_dev6, "dev7": privacy_cases_dev7, "dev8": privacy_cases_dev8, "dev9": privacy_cases_dev9, "dev10": privacy_cases_dev10, "dev11": privacy_cases_dev11, "dev12": privacy_cases_dev12, "dev13": privacy_cases_dev13, "dev14": privacy_cases_dev14, "dev15": privacy_cases_dev15, "dev16": privacy_cases_dev16, "dev17": privacy_cases_dev17, "dev18": privacy_cases_dev18, "dev19": privacy_cases_dev19, "dev20": privacy_cases_dev20, "dev21": privacy_cases_dev21, "dev22": privacy_cases_dev22, "dev23": privacy_cases_dev23, "dev24": privacy_cases_dev24, "dev25": privacy_cases_dev25, "dev26": privacy_cases_dev26, "dev27": privacy_cases_dev27, "dev28": privacy_cases_dev28, "dev29": privacy_cases_dev29, "dev30": privacy_cases_dev30, "dev31": privacy_cases_dev31, "dev32": privacy_cases_dev32, "dev33": privacy_cases_dev33, "dev34": privacy_cases_dev34, "dev35": privacy_cases_dev35, "dev36": privacy_cases_dev36, "dev37": privacy_cases_dev37, "dev38": privacy_cases_dev38, "dev39": privacy_cases_dev39, "dev40": privacy_cases_dev40, "dev41": privacy_cases_dev41, "dev42": privacy_cases_dev42, "dev43": privacy_cases_dev43, "dev44": privacy_cases_dev44, "dev45": privacy_cases_dev45, "dev46": privacy_cases_dev46, "dev47": privacy_cases_dev47, "dev48": privacy_cases_dev48, "dev49": privacy_cases_dev49, "dev50": privacy_cases_dev50, "dev51": privacy_cases_dev51, "dev52": privacy_cases_dev52, "dev53": privacy_cases_dev53, "dev54": privacy_cases_dev54, "dev55": privacy_cases_dev55, "dev56": privacy_cases_dev56, "dev57": privacy_cases_dev57, "dev58": privacy_cases_dev58, "dev59": privacy_cases_dev59, "dev60": privacy_cases_dev60, "dev61": privacy_cases_dev61, "dev62": privacy_cases_dev62, "dev63": privacy_cases_dev63, "dev64": privacy_cases_dev64, "dev65": privacy_cases_dev65, "dev66": privacy_cases_dev66, "dev67": privacy_cases_dev67, "dev68": privacy_cases_dev68, "dev69": privacy_cases_dev69, "dev70": privacy_cases_dev70, "dev71": privacy_cases_dev71, "dev72": privacy_cases_dev72, "dev73": privacy_cases_dev73, "dev74": privacy_cases_dev74, "dev75": privacy_cases_dev75, "dev76": privacy_cases_dev76, "dev77": privacy_cases_dev77, "dev78": privacy_cases_dev78, "dev79": privacy_cases_dev79, "dev80": privacy_cases_dev80, "dev81": privacy_cases_dev81, "heldout": privacy_cases_heldout}
    mine_lines = {c.text for c in POSITIVES + NEGATIVES}
    mine_values = {v for c in POSITIVES for _, v in c.values}
    for name, module in others.items():
        theirs = module.positives() + module.negatives()
        shared_lines = mine_lines & {c.text for c in theirs}
        shared_values = mine_values & {v for c in theirs for _, v in c.values}
        assert not shared_lines and not shared_values, name  # dev3's own lines and values, if any


def test_lookalikes_hold_no_personal_value() -> None:
    assert_lookalikes_hold_no_personal_value(POSITIVES, NEGATIVES)


def test_the_bench_offers_dev3() -> None:
    import bench_privacy
    sets = bench_privacy.labelled_sets()
    assert sets["dev3"] == POSITIVES + NEGATIVES
    assert list(sets) == ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "heldout"]
