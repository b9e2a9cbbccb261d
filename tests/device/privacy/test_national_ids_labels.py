"""National identifiers of more countries under their labels (one table row each, checked by
python-stdnum), in JSON and XML as well as prose; values made here by each format's rule."""

import pytest

from device.privacy.national_ids import NationalIdDetector, samordningsnummer_ok

IDS = NationalIdDetector()


@pytest.mark.parametrize(("line", "value"), [
    ("ЕГН: 8506210007, София", "8506210007"),
    ("moj OIB je 31415926539", "31415926539"),
    ('{"isikukood": "39003120001"}', "39003120001"),
    ("<ИНН>770700123428</ИНН>", "770700123428"),
    ("ИНН 770700123428", "770700123428"),
    ("Unique Taxpayer Reference: 1123456789", "1123456789"),
    ("EPIC: ABC1234566", "ABC1234566"),
    ("CNIC no. 42101-1234567-1", "42101-1234567-1"),
    ("Thai ID: 1101700203450", "1101700203450"),
    ("NIC J120390123450E", "J120390123450E"),
    ('<Receptor Rfc="GOMA520304G67"/>', "GOMA520304G67"),
    ("samordningsnummer: 701063-2391", "701063-2391"),
    ("T.C. 12345678950 (nüfus müdürlüğü)", "12345678950"),
    ("ת.ז. 123456782", "123456782"),
    ('ת"ז: 123456782', "123456782"),
    ("מספר זהות 123456782", "123456782"),
])
def test_labelled_ids_of_more_countries(line: str, value: str) -> None:
    assert [line[f.start:f.end] for f in IDS.find(line)] == [value]


def test_a_word_between_label_and_number_may_say_whose() -> None:
    line = "DNI argentino 31.415.926"
    assert [line[f.start:f.end] for f in IDS.find(line)] == ["31.415.926"]


@pytest.mark.parametrize("line", [
    "OIB: 31415926538",                 # check digit off
    "ИНН 770700123429",
    "EPIC no. AB12345678",              # not the form
    "bis 12.05.2026 geöffnet",          # German 'until' before a date
    "CC: anna@example.org",             # a copy, not a citizen card
    "CI: build 1842 passed in 3m",      # continuous integration
    "NIC 10.0.0.12 link up",            # a network card
    "kt. 1200 kr",
    "T.C. 12345678951",                 # check digits off
    "T.C. Ziraat Bankası 2026",         # the republic's name before other things
    "ת.ז. 123456783",
])
def test_look_alikes_under_short_labels_are_left(line: str) -> None:
    assert IDS.find(line) == []


def test_samordningsnummer_needs_a_day_plus_60_and_luhn() -> None:
    assert samordningsnummer_ok("701063-2391")
    assert not samordningsnummer_ok("701003-2391")   # an ordinary day: a personnummer, not this
    assert not samordningsnummer_ok("701063-2392")
