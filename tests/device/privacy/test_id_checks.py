"""Identifiers python-stdnum has no module for (``id_checks``): each check on a value made here and
the same value with its check broken, then found under its label and, for the distinctive forms,
without one; and ids under a table's column header."""

import pytest

from device.privacy import id_checks
from device.privacy.national_ids import NationalIdDetector

DETECTOR = NationalIdDetector()


@pytest.mark.parametrize(("check", "valid", "broken"), [
    (id_checks.sg_nric_ok, "S1234567D", "S1234567E"), (id_checks.sg_nric_ok, "F7654321Q", "F7654321K"),
    (id_checks.hkid_ok, "K123456(0)", "K123456(1)"), (id_checks.hkid_ok, "XA765432(1)", "XA765432(2)"),
    (id_checks.tw_id_ok, "F134567805", "F134567806"),
    (id_checks.hu_taj_ok, "123 456 788", "123 456 789"),
    (id_checks.us_mbi_ok, "2RW7-AN4-YK83", "2RW7-AN4-YS83"),  # no S in an MBI
    (id_checks.au_medicare_ok, "3951 28462 0", "3951 28463 0"),
    (id_checks.nz_nhi_ok, "JBX3001", "JBX3002"),
    (id_checks.de_kvnr_ok, "M412773092", "M412773093"),
    (id_checks.es_nuss_ok, "28/12345678/40", "28/12345678/41"),
    (id_checks.br_cns_ok, "7012 3456 7890 001", "7012 3456 7890 002"),
    (id_checks.ca_ohip_ok, "4821-903-756", "4821-903-757"),
    (id_checks.mx_nss_ok, "72158803949", "72158803948"),
])
def test_checks(check, valid: str, broken: str) -> None:
    assert check(valid) and not check(broken)


def ids_in(line: str) -> list[str]:
    return [line[f.start:f.end] for f in DETECTOR.find(line)]


@pytest.mark.parametrize(("line", "value"), [
    ("NRIC: S1234567D", "S1234567D"), ("HKID K123456(0)", "K123456(0)"), ("身分證字號：F134567805", "F134567805"),
    ("TAJ szám: 123 456 788", "123 456 788"), ("MBI 2RW7-AN4-YK83", "2RW7-AN4-YK83"),
    ("Medicare card 3951284620", "3951284620"), ("NHI number JBX3001", "JBX3001"),
    ("KVNR: M412773092", "M412773092"), ("NUSS 28/12345678/40", "28/12345678/40"),
    ("cartão SUS 7012 3456 7890 001", "7012 3456 7890 001"), ("OHIP 4821-903-756", "4821-903-756"),
    ("NSS: 72158803949", "72158803949"), ("RFC con homoclave GODE561231GR8", "GODE561231GR8"),
])
def test_labelled(line: str, value: str) -> None:
    assert value in ids_in(line)


@pytest.mark.parametrize(("line", "value"), [
    ("holder XA765432(1) at the counter", "XA765432(1)"),
    ('{"card": "3951 28462 0"}', "3951 28462 0"),
    ("Pēteris;240588-10003;grāmatvedis", "240588-10003"),
])
def test_distinctive_forms_without_a_label(line: str, value: str) -> None:
    assert ids_in(line) == [value]


@pytest.mark.parametrize("line", [
    "NHI number JBX3002", "OHIP 4821-903-757", "room K123456(1)", "ref 240588-10004", "tracking 3951 28463 0",
])
def test_look_alikes_stay(line: str) -> None:
    assert ids_in(line) == []


@pytest.mark.parametrize(("text", "values"), [
    ("name,cédula,role\nLucía Paz,1710452309,nurse\nJosé Ruiz,1710452308,driver", ["1710452309"]),
    ("№;ФИО;ИНН\n12;Петров А.А.;771234567859", ["771234567859"]),
    ("\"name\"\t\"SSN\"\n\"Ana\"\t\"536904423\"", ["536904423"]),
    ("name,cédula,role\nLucía Paz,1710452308,nurse", []),  # fails its check
    ("cédula\n1710452309", []),  # one column is no table
])
def test_values_under_a_column_header(text: str, values: list[str]) -> None:
    assert ids_in(text) == values
