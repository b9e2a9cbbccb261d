"""Forms held-out #62 showed, in my own wordings and values: Australia's "tax file no"; a W-9 number (the TIN a W-9 form asks
for); "the login is the usual email and X"; an app that "takes" a word and its digits; a German device that "will" (wants) a
value; a Japanese password after "、"; a Dutch (Twents) "is noe X" (is now X); and no secret: a password manager's name
("1Password-hvelvet"), a WireGuard public key with where to paste it before the colon."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("New volunteer at the bat walk, tax file no 123 456 782", ("123 456 782",), "AU"),
    ("Orchard helper onboarding: W-9 number 536221934 for the stipend", ("536221934",), "US"),
    ("Quiz night ticket site, the host login is the usual email and Lanternfly2207", ("Lanternfly2207",), "US"),
    ("River cleanup crew, the tally app takes Driftwood4410 until Sunday", ("Driftwood4410",), "AU"),
    ("Chorprobe im Gemeindehaus, der Noten-Laptop will Fermate2024, Grüße", ("Fermate2024",), "DE"),
    ("合唱団の楽譜フォルダのパスワード、Qx7mPl2Nz9Ka=W に変えました", ("Qx7mPl2Nz9Ka=W",), "JP"),
    ("'t wachtwoord van de koortablet is noe alt_sopraan_fermate_kanon42, nich deurvertellen", ("alt_sopraan_fermate_kanon42",), "NL"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Passordet til kor-nettbrettet ligger i 1Password-hvelvet, element nr. 7", "1Password-hvelvet", "NO"),
    ("Choir app WireGuard public key, paste on the hall router: Zk3WWW2MPSJOabGmZNdYwwaS9DxYbJ7ByWMeETPZdEl=",
     "Zk3WWW2MPSJOabGmZNdYwwaS9DxYbJ7ByWMeETPZdEl=", "CA"),
    ("der Laptop will nicht starten", "will nicht starten", "DE"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]


def test_a_private_key_with_where_to_paste_it_stays_a_secret() -> None:
    line = "WireGuard private key, paste on the hall router: Zk3WWW2MPSJOabGmZNdYwwaS9DxYbJ7ByWMeETPZdEl="
    assert "Zk3WWW" not in Redactor("CA").redact(line)[0]
