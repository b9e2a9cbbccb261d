"""The forms privacy held-out #14 (to become dev18) showed, written generally, values made up here (valid by
their checks where they have one): a number before what it is ("... is the routing, ... the account"),
a sort code and account joined by "then", Canada's "chequing", two words between a label and its
number ("K/P pemegang polisi"); vncpasswd and gcloud secrets reading a secret from their input, caddy's
hash-password, a login that "wants" its value, a network that asks for one, Swahili "nywila", Indonesian
"kata kunci", German "Geheimnummer", French "digicode", a PIN named by the ATM it opens. And what is not
a secret: msmtp's passwordeval command, a specimen cheque, a postal PIN code to deliver to."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, value", [
    ("send it by ACH: 021000021 is the routing, 48120377 the account", "US", "48120377"),
    ("my Monzo details for the trip kitty: 04-00-04 then 12345678", "GB", "12345678"),
    ("Direct deposit form: transit 00018-004, chequing 5012874", "CA", "5012874"),
    ("Borang: No. K/P pemegang polisi 850315-14-5521", "MY", "850315-14-5521"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, secret", [
    ("vncpasswd -f <<< 'Cobalt!Heron77' > ~/.vnc/passwd", "Cobalt!Heron77"),
    ("printf 'Maple#Drift904' | gcloud secrets versions add db-pass --data-file=-", "Maple#Drift904"),
    ("caddy hash-password --plaintext 'Orzo-5521!'", "Orzo-5521!"),
    ("the bank login Mum set up wants Fusilli@731 when it asks", "Fusilli@731"),
    ("the new wifi network asks for Xk7!rB2q9Lm#4", "Xk7!rB2q9Lm#4"),
    ("nywila ya benki sasa ni Kq9~mvuaKali22", "Kq9~mvuaKali22"),
    ("kata kunci wifi kantor sekarang Rk8!hujanDeras", "Rk8!hujanDeras"),
    ("Ihre persönliche Geheimnummer lautet 5831", "5831"),
    ("le digicode du garage a changé, maintenant 7264", "7264"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ("passwordeval = gpg -dq ~/.mail.gpg", "US"),
    ("Specimen cheque: sort code 20-00-00 account 55779911", "GB"),
    ("Deliverable to PIN 560034", "IN"),
])
def test_left_alone(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
