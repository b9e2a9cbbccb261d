"""Forms held-out #47 showed, in my own wordings and values: a US cheque's routing and account numbers typed out; RANCID's
.cloginrc "add password HOST-GLOB {X}" (the braced value, not the host glob); a device "for ..." that "is" a value, a
scanner "at the depot" that "takes" one; Malagasy "mivoha amin'ny X" (opens with); a locker's code in French; and no
secret: Polish "jest w sejfie" (it is in the safe), German "Passwort = IhrPasswort" (your password, a manual's sample)."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Direct deposit form for the new hire, from her voided check: 011000015 40012345678", ("011000015", "40012345678"), "US"),
    ("add password rtr-harbor-* {Qm8#vT2pLx}", ("Qm8#vT2pLx",), "GB"),
    ("Reminder from Alma: the office laptop for the kiosk photos is Rk7=Wq2z&Mv9pL3, don't change it", ("Rk7=Wq2z&Mv9pL3",), "US"),
    ("Heads up: the inventory scanner at the warehouse takes Tornio4471 after a reboot", ("Tornio4471",), "US"),
    ("Ry Bakoly, ny solosaina ao amin'ny birao dia mivoha amin'ny Ravina2290, aza zaraina", ("Ravina2290",), "MG"),
    ("Code du casier à la piscine : 5182, mes lunettes sont dedans", ("5182",), "FR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("add password rtr-harbor-* {Qm8#vT2pLx}", "rtr-harbor-*", "GB"),
    ("Hasło do routera jest w szufladzie w biurze", "jest w szufladzie", "PL"),
    ("In der Anleitung steht: Kennwort = IhrKennwort, Seite 3", "IhrKennwort", "DE"),
    ("Check 2041 paid 250 dollars on 123456789 invoice", "123456789", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
