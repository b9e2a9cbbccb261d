"""Forms held-out #31 showed, in my own wordings and values: an account pair among words of paying, an id named a
sentence away, tools and configs that take a password, prose with a word for what it opens, a PIN by the cash
machine's name; and what is no secret (a key's short id, a service's name, a file name's date format)."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("The landlord's app now pulls rent from 021000021 / 4471902385 every month", ("021000021", "4471902385"), "US"),
    ("Leaving gift, bank details 40-12-76 and 31926405, cash also fine", ("40-12-76", "31926405"), "GB"),
    ("The clinic lost the SIN again; I wrote it on the back this time: 526 407 184", ("526 407 184",), "CA"),
    ("Copied from the old green ID book for the bank form: 8503125123088", ("8503125123088",), "ZA"),
    ("the Travelodge holds my room on 4111 1111 1111 1111 until six", ("4111 1111 1111 1111",), "GB"),
    ("me to the insurer's helpline: callback +1 (415) 555-2671 after five", ("+1 (415) 555-2671",), "US"),
])
def test_personal_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    redacted = Redactor(region).redact(line)[0]
    assert not any(value in redacted for value in values), redacted


@pytest.mark.parametrize("line, secret", [
    ("$ dbca -silent -createDatabase -gdbName ORCL -sysPassword Tq7-Lm.Z2xWr9 -pdbName P1", "Tq7-Lm.Z2xWr9"),
    ("$ cpdf -encrypt AES128bit 'heron-marsh-quill44' '' minutes.pdf -o minutes-locked.pdf", "heron-marsh-quill44"),
    ("$ openRTSP -u cam_ro 'Tr1pod77^' -d 30 rtsp://cam.lan/stream > clip.mp4", "Tr1pod77^"),
    ("$ mjpg_streamer -i 'input_uvc.so' -o 'output_http.so -p 8080 -c viewer:kestrel_orbit_77'", "kestrel_orbit_77"),
    ("$ python3 decode-config.py -s plug.lan -p 'Dusk#4410' --backup-file plug.dmp", "Dusk#4410"),
    ("broker/conf/users.properties: relay_svc=ember+quartz+lantern31", "ember+quartz+lantern31"),
    ("cfg.xml for the hall phone: <P35>hall</P35> <P34>Kestrel5521</P34>", "Kestrel5521"),
    ("Note on the fridge: the water board's portal — M3ridian4471", "M3ridian4471"),
    ("Mi tía apuntó los cuatro números del cajero en el calendario: 7306", "7306"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    '{"private_key_id": "k2", "type": "service_account"}',
    "$ backup-tool --out archive-%Y-%m.tar",
    "Ticket update: password for E-Banking is reset at the branch, not by phone",
])
def test_not_redacted(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
