"""IBANs however their groups are set apart: a dot, a dash, one space or two (a scan, a statement)."""

import pytest

from device.privacy.redactor import Redactor

# Made here with the mod 97-10 rule; no set holds them.
GB = "GB46 WEST 4051 6277 3891 20"
BH = "BH72 NBOB 0000 7755 3311 22"


@pytest.mark.parametrize("written", [
    GB.replace(" ", "."), GB.replace(" ", "-"), GB.replace(" ", "  "), GB.replace(" ", "", 1).replace(" ", "  "),
    GB[:4] + "  " + GB[5:], BH.replace(" ", "."), BH.lower().replace(" ", "."),
])
def test_iban_with_dots_or_double_spaces(written: str) -> None:
    line = f"Überweisung an {written}, danke."
    assert Redactor("DE").redact(line)[0] == "Überweisung an [account], danke."


@pytest.mark.parametrize("line", [
    "Version GB46.4051.6277 released",            # fails the mod-97 check
    "GB46.WEST.4051.6277.3891.21",                # one digit off
    "Sections 12.10.2026 and DE12.3456",          # too short for any IBAN
])
def test_dotted_look_alikes_are_left(line: str) -> None:
    assert Redactor("DE").redact(line)[0] == line
