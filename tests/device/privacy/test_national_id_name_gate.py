"""The word scan that lets an ASCII text skip the forms of ids named a clause away: it must pass every text one of
their names is in (a text it turns away is never searched for those forms)."""

import re

import pytest

from device.privacy import national_ids
from device.privacy.national_ids import NationalIdDetector

_NAMES = [re.compile(name) for name, _, _ in national_ids._NAMED_ELSEWHERE]

_SAID = [
    "my SIN is on the form", "NAS du parent", "Social   Insurance card", "green barcoded ID book", "Barcoded\tid book",
    "smart-ID copy", "ID\tcard scan", "ID\x0bnumber", "id\x1fno", "identity  DOCUMENT", "SSN below", "social security, hers",
    "la Secu veut", "assuree depuis", "carte VITALE", "son NIR", "le numero est", "PESEL dziecka", "legitymacji szkolnej",
    "dowod osobisty", "vom Finanzamt", "die Steuer-ID", "elfstellige Nummer", "your NHS number", "A&E can use",
    "the GP asked", "Hospital intake", "EMERGENCY card", "my number card", "My  Number wa", "mai nanbaa", "kojin bangou",
    "aadhar copy", "baarah ankon wala", "NIK pendayung", "nomor induk kependudukan", "e-KTP", "personnumret",
    "TC kimlik", "T.C. numara", "TCKN", "kimlik numarasi", "PPSN", "personal public service", "RFC", "datos fiscales",
    "constancia fiscal", "Facturacion",
]


@pytest.mark.parametrize("said", _SAID)
def test_every_name_passes_the_word_scan(said: str) -> None:
    text = f"Before: {said}, and 123 456 789 after."
    assert any(name.search(text) for name in _NAMES), "the sample names none of the ids"
    assert national_ids._NAME_WORDS.search(text.lower())


def test_a_text_naming_none_is_turned_away_and_one_naming_an_id_still_finds_it() -> None:
    assert not national_ids._NAME_WORDS.search("coffee at 10:40, 2 shots, order 555 123 4567".lower())
    detector = NationalIdDetector("US")
    assert [text[f.start:f.end] for text in ["the clinic wants her social security, it's 536-90-4399"]
            for f in detector.find(text)] == ["536-90-4399"]
