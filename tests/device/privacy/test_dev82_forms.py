"""Forms held-out #78 showed, in my own wordings and values: the Dutch sofinummer (the BSN's name before 2007), labelled;
and no secret: a sample file's "CHANGE_ME_3" with a number after an underscore, and an Indian postal PIN after "dak" (the
post, in Hindi and Urdu)."""

import pytest

from device.privacy.redactor import Redactor


def test_a_sofinummer_is_found() -> None:
    sent = Redactor("NL").redact("Voor de loonadministratie van de schutterij vroeg de kassier mijn sofinummer, het is 111222333")[0]
    assert "111222333" not in sent, sent


@pytest.mark.parametrize("line, region", [
    ("Regatta sample config: password = CHANGE_ME_3", "GB"),
    ("Mausi ne kaha ki parcel ke liye Amritsar ka dak PIN 143001 likhna", "IN"),
])
def test_no_secret(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
