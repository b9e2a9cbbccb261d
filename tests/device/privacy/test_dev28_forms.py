"""The forms privacy held-out #24 (to become dev28) showed, written generally, values made up here: rqlite -u
USER:X, a --*_password_cmd that echoes the password, SQLcl's sql USER/X@DB, obclient -pX, ksql -W, a game
server's -PSW=X, mumble-server -supw; Red Eclipse's sv_adminpass, himalaya's auth.raw, a Mosquitto bridge's
bridge_pass; the word for a password in Sorbian, Basque ("gakoa"), Rusyn, Buryat, Hakka, Vietnamese "mật mã",
Kinyarwanda "ijambobanga", Tibetan and Inuktitut; "padlock code is 2461"; a My Number after マイナンバーを
聞かれた. And not secrets: Headscale's machine key (mkey:), a sample file's 'password = "secret"'."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ rqlite -u ops:'Kx9!mPq2Lrz+T' --host db.lan", "Kx9!mPq2Lrz+T"),
    ("$ impala-shell -i db.lan -u ana --ldap_password_cmd=\"echo 'Lq7%Zx9mTp2'\" -q 'select 1'", "Lq7%Zx9mTp2"),
    ("$ sql report/Tq7Lm2.Wz9p@//db.lan:1521/PDB @x.sql", "Tq7Lm2.Wz9p"),
    ("$ obclient -h ob.lan -uops@tenant -p'rudder_tiller_keel5' -D yard", "rudder_tiller_keel5"),
    ("$ ksql -h db.lan -U ops -W 'Mainsail1880' -d harbour", "Mainsail1880"),
    ("$ ./Server.sh -server -PSW='Rx8*Lm2^Qp9z' -MaxPlayers=8", "Rx8*Lm2^Qp9z"),
    ("$ mumble-server -ini mumble.ini -supw 'Gaff=Rig2291'", "Gaff=Rig2291"),
    ('servinit.cfg: sv_adminpass "Halyard1697"', "Halyard1697"),
    ('config.toml: backend.auth.raw = "Bowline1337$"', "Bowline1337$"),
    ("bridge.conf: bridge_user ops · bridge_pass Q8mLp2$zRx9T", "Q8mLp2$zRx9T"),
    ("nowe hesło za kompjuter je Bowline1235$", "Bowline1235$"),
    ("etxeko sarerako gakoa: qZ_x&0Lm@32pq", "qZ_x&0Lm@32pq"),
    ("нове гесло до компютера є Halyard1175^", "Halyard1175^"),
    ("шэнэ нюуса үгэ Kx7&Lm2-Pq9zRt", "Kx7&Lm2-Pq9zRt"),
    ("sîn mi̍t-ma he tiller-rudder-keel92", "tiller-rudder-keel92"),
    ("mật mã vào tài khoản ngân hàng QzSJ3hcLR*$PWq", "QzSJ3hcLR*$PWq"),
    ("ijambobanga rishya rya konti ni Halyard+335", "Halyard+335"),
    ("ཁྱིམ་གྱི་གསང་ཚིག་གསར་པ་ནི Mainsail668+ རེད།", "Mainsail668+"),
    ("the garden shed padlock code is 7316", "7316"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


def test_a_my_number_after_it_was_asked() -> None:
    assert "1234 5678 9018" not in Redactor("JP").redact("病院で母のマイナンバーを聞かれた 1234 5678 9018")[0]


@pytest.mark.parametrize("line", [
    "Headscale: machine key mkey:5c1f0d3a9b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b",
    'Example file, line 12 of app.sample.toml: password = "secret"',
])
def test_not_secrets(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
