"""Checks every labelled privacy set's test makes: its look-alikes hold no personal value, and (for
dev6 onward) the checks their tests share, each parameterised by the set's module, cases and bounds."""

from __future__ import annotations

import base64
import importlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import phonenumbers
from stdnum import ean, iban, isbn, luhn
from stdnum.us import rtn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

SET_NAMES = ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "heldout"]  # the bench's order
KINDS = {"phone", "card", "account", "national_id", "secret", "email"}


def set_module(name: str) -> ModuleType:
    """The module in scripts/ that writes the labelled set ``name``."""
    return importlib.import_module("privacy_cases" if name == "tuning" else f"privacy_cases_{name}")


def sets_around(name: str) -> tuple[dict[str, ModuleType], dict[str, ModuleType]]:
    """The sets written before ``name`` and those written after it, by name."""
    at = SET_NAMES.index(name)
    return {n: set_module(n) for n in SET_NAMES[:at]}, {n: set_module(n) for n in SET_NAMES[at + 1:]}


def group_counts(cases: Iterable[Any], prefix: str) -> Counter[str]:
    return Counter(c.group.removeprefix(prefix) for c in cases if c.group.startswith(prefix))


def group_values(cases: Iterable[Any], group: str, kind: str | None = None) -> list[str]:
    return [v for c in cases if c.group == group for k, v in c.values if kind in (None, k)]


def assert_seeded_and_large_enough(module: ModuleType, positives: list, negatives: list, *, negatives_reseeded: bool) -> None:
    """The set is the module's, seeded (another seed gives other positives, and other negatives where
    ``negatives_reseeded``), at least 300 values and 300 look-alikes, each line once, regions ISO codes."""
    assert positives == module.positives() and negatives == module.negatives()
    assert positives != module.positives(seed=1)
    if negatives_reseeded:
        assert negatives != module.negatives(seed=1)
    assert sum(len(c.values) for c in positives) >= 300 and len(negatives) >= 300
    assert all(c.values for c in positives) and not any(c.values for c in negatives)
    lines = [c.text for c in positives + negatives]
    assert len(lines) == len(set(lines))
    assert all(re.fullmatch(r"[A-Z]{2}", c.region) for c in positives + negatives)


def assert_every_kind_is_there(positives: Sequence[Any], at_least: int) -> None:
    kinds = Counter(kind for c in positives for kind, _ in c.values)
    assert set(kinds) == KINDS, kinds
    assert min(kinds.values()) >= at_least, kinds


def assert_groups_are_there(positives: Sequence[Any], *, phone_countries: int = 8, phones: int = 60, cards: int = 25, ibans: int = 25,
                            ids: int = 30, national_phones: int | None = None) -> None:
    """At least 8 phone countries, 4 card brands, 6 IBAN countries and 10 identifier kinds, with at least
    as many cases as given (and phones of ``national_phones`` countries in their national format)."""
    phone_groups, card_groups, iban_groups, id_groups = (group_counts(positives, p) for p in ("phone_", "card_", "iban_", "id_"))
    assert len(phone_groups) >= phone_countries and sum(phone_groups.values()) >= phones, phone_groups
    if national_phones is not None:
        national = {c.region for c in positives if c.group.startswith("phone_") and not c.values[0][1].startswith("+")}
        assert len(national) >= national_phones, national  # written in their national format, not only +CC
    assert len(card_groups) >= 4 and sum(card_groups.values()) >= cards, card_groups
    assert len(iban_groups) >= 6 and sum(iban_groups.values()) >= ibans, iban_groups
    assert len(id_groups) >= 10 and sum(id_groups.values()) >= ids, id_groups


def assert_accounts_secrets_and_passwords_are_there(positives: Sequence[Any], *, secrets: int, commands: int, prose_regions: int = 15,
                                                     configs: int = 10) -> None:
    """At least 30 account values of 6 formats, ``secrets`` secret formats, ``commands`` passwords in
    commands, 30 in prose from ``prose_regions`` regions, 5 PINs and ``configs`` config formats."""
    assert sum(len(c.values) for c in positives if c.group.startswith("account_")) >= 30 and len(group_counts(positives, "account_")) >= 6
    assert_passwords_and_secrets_are_there(positives, secrets=secrets, commands=commands, prose_regions=prose_regions, configs=configs)


def assert_passwords_and_secrets_are_there(positives: Sequence[Any], *, secrets: int, commands: int, prose_regions: int,
                                           configs: int) -> None:
    assert len(group_counts(positives, "secret_")) >= secrets
    groups = Counter(c.group for c in positives)
    assert groups["password_command"] >= commands and groups["password_prose"] >= 30 and groups["password_pin"] >= 5
    assert len(group_counts(positives, "password_config_")) >= configs
    assert len({c.region for c in positives if c.group == "password_prose"}) >= prose_regions


def assert_the_mix_is_representative(positives: Sequence[Any], rarer_key: str) -> None:
    """Common things common: the biggest user countries, Visa and Mastercard, the most used services
    (OpenAI's keys ahead of GitHub's, and GitHub's ahead of ``rarer_key``) and English prose lead."""
    phones, cards, ibans, keys, ids = (group_counts(positives, p) for p in ("phone_", "card_", "iban_", "secret_", "id_"))
    assert phones.most_common(1)[0][0] == "US" and phones["IN"] > phones["GB"] >= phones["FR"] > phones["KR"]
    assert cards["visa"] > cards["mastercard"] > cards["amex"] > cards["discover"] >= cards["jcb"]
    assert cards["visa"] + cards["mastercard"] >= 0.6 * sum(cards.values())
    assert ibans.most_common(1)[0][0] == "DE" and ibans["DE"] > ibans["FI"]
    assert keys["openai"] == max(keys.values()) and keys["openai"] > keys["github_classic"] > keys[rarer_key]
    assert ids.most_common(1)[0][0] == "us_ssn" and ids["us_ssn"] > ids["kr_rrn"]
    prose = Counter(c.region for c in positives if c.group == "password_prose")
    assert sum(prose[r] for r in ("US", "GB", "CA", "AU", "IN", "NG", "PH", "ZA", "KE", "PK")) >= 0.4 * sum(prose.values())


def assert_phones_are_valid(phones: Sequence[tuple[str, str]], at_least: int = 80) -> None:
    """Each (region, number) is a valid number of that region; at least ``at_least`` of them."""
    assert len(phones) >= at_least
    for region, value in phones:
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(number), (region, value)
        assert phonenumbers.region_code_for_number(number) == region, (region, value)


def assert_cards_are_of_their_brands(positives: Sequence[Any], brands: Mapping[str, str]) -> None:
    """Each ``card_<brand>`` case holds one number, Luhn-valid and in the brand's range and length."""
    for case in (c for c in positives if c.group.startswith("card_")):
        (_, shown), = case.values
        number = re.sub(r"[ -]", "", shown)
        assert luhn.is_valid(number) and re.fullmatch(brands[case.group.removeprefix("card_")], number), (case.group, shown)


def national_check_ok(country: str, bban: str) -> bool:  # noqa: PLR0911 - one rule per country
    """National check digits, written from the banks' published rules."""
    if country == "FR":  # RIB key: 89 bank + 15 branch + 3 account + key = 0 mod 97
        return (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(bban[10:21]) + int(bban[21:])) % 97 == 0
    if country == "ES":  # CCC: 1-2-4-8-5-10-9-7-3-6 weights, mod 11, over 00+bank+branch and over the account
        def digit(body: str) -> int:
            value = 11 - sum(int(d) * w for d, w in zip(body, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
            return {11: 0, 10: 1}.get(value, value)
        return digit("00" + bban[:8]) == int(bban[8]) and digit(bban[10:]) == int(bban[9])
    if country == "IT":  # CIN: odd places by the conversion table, even places by value, mod 26
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        vals = [int(c) if c.isdigit() else ord(c) - 65 for c in bban[1:]]
        return chr(65 + sum(odd[v] if i % 2 == 0 else v for i, v in enumerate(vals)) % 26) == bban[0]
    if country == "NL":  # the eleven test
        return sum(int(d) * (10 - i) for i, d in enumerate(bban[4:])) % 11 == 0
    if country == "BE":  # the first ten digits mod 97 (97 for 0) are the last two
        return (int(bban[:10]) % 97 or 97) == int(bban[10:])
    if country == "PT":  # NIB: the 21 digits are 1 mod 97
        return int(bban) % 97 == 1
    if country == "PL":  # the bank's sort code carries a 3-9-7-1 check digit
        return sum(int(d) * w for d, w in zip(bban[:8], [3, 9, 7, 1, 3, 9, 7, 1])) % 10 == 0
    if country == "FI":  # Luhn over the fourteen digits
        return luhn.is_valid(bban)
    return True


def assert_ibans_pass_their_checks(positives: Sequence[Any], check: Callable[[str, str], bool] = national_check_ok) -> None:
    """Each ``iban_`` case holds one IBAN of its region, valid, its BBAN passing ``check``."""
    for case in (c for c in positives if c.group.startswith("iban_")):
        (_, shown), = case.values
        compact = iban.compact(shown)
        assert iban.validate(compact) and compact[:2] == case.region, shown
        assert check(case.region, compact[4:]), shown


def assert_labelled_accounts_pass_their_checks(positives: Sequence[Any], *, us_account: str, shapes: Mapping[str, tuple[str, str]],
                                               nuban_banks: Mapping[str, str] | None = None) -> None:
    """US routing numbers valid (accounts of shape ``us_account``), Mexican CLABEs' check digits right,
    Nigerian NUBANs' (with ``nuban_banks``' codes, where given) too, and other formats of their ``shapes``."""
    for routing, account in (c.values for c in positives if c.group == "account_us"):
        assert rtn.is_valid(routing[1]) and re.fullmatch(us_account, account[1])
    for (_, value), in (c.values for c in positives if c.group == "account_mx"):  # CLABE: 3-7-1 weights, mod 10
        weights = [3, 7, 1] * 6
        assert len(value) == 18 and (10 - sum(int(d) * w % 10 for d, w in zip(value[:17], weights)) % 10) % 10 == int(value[-1]), value
    if nuban_banks is not None:
        for case in (c for c in positives if c.group == "account_ng"):  # NUBAN: 3-7-3 over bank code and account, mod 10
            (_, value), = case.values
            bank = next(code for name, code in nuban_banks.items() if name in case.text)
            assert len(value) == 10 and sum(int(d) * w for d, w in zip(bank + value, [3, 7, 3] * 4 + [1])) % 10 == 0, value
    for fmt, pair in shapes.items():
        cases = [c for c in positives if c.group == f"account_{fmt}"]
        assert cases and all(re.fullmatch(p, v) for c in cases for p, (_, v) in zip(pair, c.values)), fmt


def assert_identifiers_are_valid(positives: Sequence[Any], national_ids: Mapping[str, Sequence[str]], kind: str, at_least: int = 1) -> None:
    """At least ``at_least`` identifiers of ``kind``, each valid by the python-stdnum module named for it."""
    module = importlib.import_module(f"stdnum.{national_ids[kind][2]}")
    values = group_values(positives, f"id_{kind}")
    assert len(values) >= at_least
    for value in values:
        assert module.validate(value), (kind, value)


def assert_secrets_have_their_shapes(positives: Sequence[Any], shapes: Mapping[str, str], at_least: int = 1) -> None:
    """The secret formats are exactly ``shapes``' and each has ``at_least`` values, all of its shape."""
    formats = set(group_counts(positives, "secret_"))
    assert formats == set(shapes), formats ^ set(shapes)
    for fmt, pattern in shapes.items():
        values = group_values(positives, f"secret_{fmt}")
        assert len(values) >= at_least and all(re.fullmatch(pattern, v) for v in values), fmt


def assert_jwts_and_basic_auth_decode(positives: Sequence[Any]) -> None:
    for value in group_values(positives, "secret_jwt"):
        assert json.loads(base64.urlsafe_b64decode(value.split(".")[0] + "=="))["typ"] == "JWT"
    for value in group_values(positives, "secret_basic_auth"):
        assert ":" in base64.b64decode(value, validate=True).decode()


def assert_pins_are_pins(positives: Sequence[Any]) -> None:
    for value in group_values(positives, "password_pin"):
        assert value.isdigit() and len(value) in (4, 6)


def assert_each_value_appears_once_and_in_one_line(positives: Sequence[Any], emails_at_least: int) -> None:
    values = [v for c in positives for _, v in c.values]
    assert all(c.text.count(v) == 1 for c in positives for _, v in c.values)
    assert len(values) == len(set(values))
    emails = [v for c in positives for k, v in c.values if k == "email"]
    assert len(emails) >= emails_at_least and all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", e) for e in emails)


def assert_every_personal_value_is_labelled(positives: Sequence[Any]) -> None:
    """An e-mail address (not a URL's user or an ssh login at a .local host), a Luhn-valid run of 13
    to 19 digits or a valid IBAN anywhere in a positive line lies inside one of its labelled values."""
    for case in positives:
        spans = [(at, at + len(v)) for _, v in case.values if (at := case.text.find(v)) >= 0]

        def inside(start: int, end: int, spans: list = spans) -> bool:
            return any(a <= start and end <= b for a, b in spans)

        for m in re.finditer(r"(?<![\w.+:/%-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?!local\b)[a-z]{2,}", case.text):
            assert inside(m.start(), m.end()), case.group
        for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])", case.text):
            if luhn.is_valid(re.sub(r"\D", "", m.group())):
                assert inside(m.start(), m.end()), case.group
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", case.text.upper()):
            if iban.is_valid(m.group()):
                assert inside(m.start(), m.end()) or case.group.startswith("iban_"), case.group


def assert_no_line_or_value_is_shared(positives: Sequence[Any], negatives: Sequence[Any], others: Mapping[str, ModuleType]) -> None:
    """No line of the set, nor value, is in any of ``others`` (counted only, never shown)."""
    mine_lines = {c.text for c in [*positives, *negatives]}
    mine_values = {v for c in positives for _, v in c.values}
    for name, module in others.items():
        theirs = module.positives() + module.negatives()
        shared_lines = len(mine_lines & {c.text for c in theirs})
        shared_values = len(mine_values & {v for c in theirs for _, v in c.values})
        assert (shared_lines, shared_values) == (0, 0), name  # counts only


def assert_lookalikes_cover_the_issue(positives: Sequence[Any], negatives: Sequence[Any], groups: Iterable[str], at_least_groups: int) -> None:
    """Ten look-alikes or more of each of ``groups``, ``at_least_groups`` groups, none holding a personal
    value or credentials in a URL."""
    counts = Counter(c.group for c in negatives)
    for group in groups:
        assert counts[f"neg_{group}"] >= 10, group
    assert len(counts) >= at_least_groups
    assert_lookalikes_hold_no_personal_value(positives, negatives)
    for case in negatives:
        assert not re.search(r"://[^/\s]*:[^/\s]*@", case.text), case.text  # no credentials in URLs


def assert_isbn_and_ean_lookalikes_are_valid(negatives: Sequence[Any]) -> None:
    for case in negatives:
        if case.group == "neg_isbn":
            assert isbn.is_valid(case.text.split()[-1]), case.text
        elif case.group == "neg_product_code" and case.text.startswith("EAN"):
            assert ean.is_valid(case.text.split()[-1]), case.text


def assert_the_bench_offers(offered: Mapping[str, list]) -> None:
    """The bench's labelled sets hold each of ``offered`` as given, and are the twenty-five in their order."""
    import bench_privacy
    sets = bench_privacy.labelled_sets()
    for name, cases in offered.items():
        assert sets[name] == cases, name
    assert list(sets) == SET_NAMES


def assert_lookalikes_hold_no_personal_value(positives: Sequence[Any], negatives: Sequence[Any]) -> None:
    """No look-alike is labelled, holds a labelled value (longer than 4 characters), a Luhn-valid digit
    run, a valid IBAN or an e-mail address (``user@host.local`` is an ssh login, not an address)."""
    values = {v for c in positives for _, v in c.values if len(v) > 4}
    for case in negatives:
        assert not case.values
        assert not any(v in case.text for v in values), case.text
        for run in re.findall(r"\d(?:[ -]?\d){12,18}", case.text):
            assert not luhn.is_valid(re.sub(r"\D", "", run)), case.text
        for token in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", case.text.upper()):
            assert not iban.is_valid(token), case.text
        assert not re.search(r"[\w.+-]+@[\w-]+\.(?!local\b)[a-z]{2,}", case.text), case.text


def wording(case: Any) -> str:
    """A line with its labelled values and its runs of digits or hex set aside: its template's words."""
    text = case.text
    for _, value in sorted(case.values, key=lambda kv: -len(kv[1])):
        text = text.replace(value, "{V}")
    return re.sub(r"[0-9a-f]{6,}|\d+", "#", text)


def assert_wordings_are_its_own(cases: Sequence[Any], others: Mapping[str, ModuleType]) -> None:
    """No line's wording (values, digits and hex aside) is one of ``others``' sets' (counted only, never shown)."""
    mine = {wording(c) for c in cases}
    for name, module in others.items():
        shared = len(mine & {wording(c) for c in module.positives() + module.negatives()})
        assert shared == 0, name  # counts only


def _people_names(set_names: Iterable[str]) -> set[str]:
    """The parts of the people's names of those sets that have a ``_people`` module, lower-cased."""
    names: set[str] = set()
    for name in set_names:
        try:
            module = importlib.import_module(f"privacy_cases_{name}_people")
        except ModuleNotFoundError:
            continue
        names |= {part.lower() for given, family in module.FOLKS.values() for person in given + family for part in person.split()}
    return names


def _words(text: str, names: set[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", text) if w != "V" and not w.isdigit() and w.lower() not in names)


def assert_no_near_copies(cases: Sequence[Any], others: Mapping[str, ModuleType], name: str) -> None:
    """No line of set ``name`` overlaps a line of ``others``' sets by 60% or more of its words (values,
    digits and people's names of all of them aside; Jaccard; counted only, never shown)."""
    names = _people_names([*others, name])
    index: dict[str, list[frozenset[str]]] = {}
    for words in {_words(wording(c), names) for module in others.values() for c in module.positives() + module.negatives()}:
        for word in words:
            index.setdefault(word, []).append(words)
    near = 0
    for words in {_words(wording(c), names) for c in cases}:
        candidates = {other for word in words for other in index.get(word, [])}
        near += any(len(words & other) / len(words | other) >= 0.6 for other in candidates)
    assert near == 0  # counts only
