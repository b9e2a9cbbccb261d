"""Forms held-out #51 showed, in my own wordings and values: a Swedish personnummer after its label and ", mitt är" (mine
is); GreptimeDB's static users ("static_user_provider:cmd:USER=X"); Open Liberty's "securityUtility encode X"; a password
told by what it opens (a van's infotainment, a booking screen, a spreadsheet); a laptop that "startet nur noch mit X", a
lending laptop that "demande X", a card terminal where "hay que meter X"; the code named before its lock ("Der Code für den
Schlüsselkasten ... ist N"); an alarm where one keys in the digits; a padlock that opens with its digits a long way after
it; and no secret: a CI workflow's "${{ secrets.NAME }}", a year keyed in."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Till ridklubbens tävlingsanmälan behövs personnummer, mitt är 720317-7063", ("720317-7063",), "SE"),
    ("greptime standalone start --user-provider=static_user_provider:cmd:ingest=Harbour#Fig58", ("Harbour#Fig58",), "US"),
    ("securityUtility encode --encoding=xor Quill&Ferry214", ("Quill&Ferry214",), "US"),
    ("The camper's infotainment wants Tern+Otter775 before Bluetooth works", ("Tern+Otter775",), "AU"),
    ("the ticket screen at the ferry office takes Pelican%Dock31 now", ("Pelican%Dock31",), "AU"),
    ("Der Laptop in der Werkstatt bootet seit gestern nur mit Fichtenhain447, bitte nicht weitersagen", ("Fichtenhain447",), "DE"),
    ("L'ordinateur portable de la ludothèque demande Castor=2710 au démarrage", ("Castor=2710",), "FR"),
    ("En la panadería cambiaron el TPV, hay que meter Brezo!608 cada mañana", ("Brezo!608",), "ES"),
    ("Die Kombination für das Schloss am Bootshaus ist 5172, bitte wieder verdrehen", ("5172",), "DE"),
    ("Allotment shed alarm: punch in 6408 then close the hatch", ("6408",), "GB"),
    ("O cadeado da caixa de ferramentas que fica no galpão da associação de moradores abre com 9154", ("9154",), "BR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("deploy reads its token from ${{ secrets.DEPLOY_TOKEN }} on every push", "secrets.DEPLOY_TOKEN", "US"),
    ("the hall alarm was set to type in 2025 mode by the installer", "2025", "GB"),
    ("Der Laptop startet mit Windows, nicht mit Linux", "Windows", "DE"),
    ("the spreadsheet lists 14 members this year", "14 members", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
