"""Forms held-out #42 showed, in my own wordings and values: a tablet's or card reader's "admin code, X," set off by
commas; "the gallery iPad is X" (words joined by marks, then digits); "the lab computers take X"; a device that opens with
a value in French ("s'ouvre avec"), Spanish ("abre con") and Swahili ("inafunguka kwa"); Spanish "tiene la clave X";
Thai "รหัสแท็บเล็ต...คือ X"; a lock's code: Dutch "code van het fietsenhok ... is N", "combination N", "Key safe ..., code
N, ...", "El candado ... se abre con N", German "Zahlencode"; and what is no secret: a tool's file name ("PsExec64.exe")
next to a word for a device, a public key named in Malay ("Kunci awam"), a one-time login code set off by commas."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("she read out the till's admin code, dyepot+indigo+resist+fold57, while the kettle boiled", "dyepot+indigo+resist+fold57", "US"),
    ("the studio iPad is clamp_arashi_stitch48, don't tell the kids", "clamp_arashi_stitch48", "GB"),
    ("the library computers take Zr8=kPq!Lw3vT^xM.", "Zr8=kPq!Lw3vT^xM", "NG"),
    ("l'ordinateur de l'atelier s'ouvre avec pleat+dye+wax+cloth61.", "pleat+dye+wax+cloth61", "FR"),
    ("la tableta del taller ahora abre con tinte+nudo+tela+hilo72.", "tinte+nudo+tela+hilo72", "MX"),
    ("kompyuta ya ofisi sasa inafunguka kwa Ng0ma~7731.", "Ng0ma~7731", "TZ"),
    ("el portátil del club tiene la clave rattan.net.serve58.", "rattan.net.serve58", "MX"),
    ("น้องบอกว่ารหัสคอมพิวเตอร์ของร้านคือ Kx9=fQ2mLp7!", "Kx9=fQ2mLp7!", "TH"),
    ("De code van het fietsenhok achter de school is 6149, zei de buurman", "6149", "NL"),
    ("Locker 7 by the courts: combination 3092", "3092", "US"),
    ("Key safe by the back door, code 5518, please put the key back", "5518", "GB"),
    ("El candado del cuarto de las pelotas se abre con 4472", "4472", "MX"),
    ("Der Zahlencode für den Geräteraum ist 8813", "8813", "DE"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ("Photo of the club laptop sent to the chat: PsInfo64.exe \\\\10.1.1.9 -d", "SE"),
    ("Kunci awam pelayan persatuan: VHyJ33CGvRtb3rWnlJKFZ6SEN532r/XjbbPUUxHf5HE=", "MY"),
    ("the phone lit up with a fair login code, 482913, valid 10 minutes.", "US"),
    ("the door code, as I said, is in the binder", "US"),
    ("la tableta se abre con la huella", "MX"),
    ("the lock model is 4410", "US"),
])
def test_look_alikes_stay(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
