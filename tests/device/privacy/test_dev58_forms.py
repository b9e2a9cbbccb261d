"""Forms held-out #54 showed, in my own wordings and values: a sort code "and number N"; an id's label with up to six short
words before its value ("NIK relawan SAR untuk asuransi N", "TFN for the coach's invoice N", "NIF do sócio do clube N"), a
Turkish "TC numaram"; "at the prompt he typed X"; an environment's "SOMETHING_USER1=name:X"; "log into the inbox with X"; a
gate that "takes N,"; a Korean door lock's digits right after it; a padlock that "tem senha N"; and no secret: Ansible's
"lookup('env', ...)", a lift pass's activation number, a date and a number near "and number"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Raffle money for the allotment society, sort code 20-32-06 and account number 63912847", ("20-32-06", "63912847"), "GB"),
    ("NIK anggota tim relawan banjir untuk klaim 3174092501880007", ("3174092501880007",), "ID"),
    ("TFN for the swim coach's payslip 123 456 782", ("123 456 782",), "AU"),
    ("NIF do treinador do clube de remo 123456789", ("123456789",), "PT"),
    ("Kurs kaydı için TC numaram 10000000146 yazıyor", ("10000000146",), "TR"),
    ("reset the bouncer's admin, and at the prompt she typed Quarry!Lamp72 again", ("Quarry!Lamp72",), "GB"),
    ("the notes server at home: NOTES_USER2=wardens:Fjell-482 ./serve.sh", ("Fjell-482",), "NO"),
    ("I'm away, so log in to the bookings mailbox with lantern+moss+ferry+kettle7 and reply to the new ones", ("lantern+moss+ferry+kettle7",), "IE"),
    ("The barrier at the allotment lane takes 4817, don't share it outside the society", ("4817",), "GB"),
    ("공방 창고 도어락 582913", ("582913",), "KR"),
    ("O cadeado da bicicletaria comunitária tem senha 9052, não espalha", ("9052",), "BR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("smtp_password: lookup('env', 'SMTP_PW') # mailer role", "lookup('env', 'SMTP_PW')", "US"),
    ("Chairlift pass activation 735190 at the ticket desk", "735190", "CA"),
    ("we met on 12-05-24 and number 12345678 was on the board", "12345678", "GB"),
    ("the gate takes 1200 people a day in summer", "1200", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
