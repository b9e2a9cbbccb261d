"""The forms privacy held-out #26 (to become dev30) showed, written generally, values made up here: a labelled id
followed by a comma and more words ("con mi RFC, X, por favor"); a My Number after any verb ("マイナンバーを入力した X");
a Thai id after what it was kept for ("...ไว้..."); a JSON list holding the password ("password": ["X"]); a Windows
account's DOMAIN\\user%password and /login:DOMAIN\\user,password; the password options of memtier_benchmark, dsconf,
swift and transmission-daemon. And not secrets or phones: a sample file's stock password, a tool's numeric argument
after an option ("-app 1690800")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("region, line, value", [
    ("MX", "Mándame la factura con mi RFC, GOMA850314K2A, gracias", "GOMA850314K2A"),
    ("JP", "市役所で父のマイナンバーを入力した 1234 5678 9018", "1234 5678 9018"),
    ("TH", "คลินิกขอเลขบัตรประชาชนของแม่ไว้ทำประวัติ 1103700123458", "1103700123458"),
])
def test_ids_found(region: str, line: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, secret", [
    ('server.json: "remote_port": 443, "password": ["Guppy7731!"],', "Guppy7731!"),
    ("$ smbclient //nas/share -A creds; wbinfo -a 'HOME\\backup_ro%Neon2288#'", "Neon2288#"),
    ("C:\\> tf.exe checkin /login:CORP\\ana_b,Qx7-mLp2.zRw9", "Qx7-mLp2.zRw9"),
    ("$ memtier_benchmark -s cache.lan -a 'Betta!4471' --test-time=30", "Betta!4471"),
    ("$ dsconf -D 'cn=Directory Manager' -w 'Cardinal5512' ldap://ds.lan backend", "Cardinal5512"),
    ("$ swift -A https://s.lan/auth/v1.0 -U team:ops -K 'killifish-tetra-danio22' list", "killifish-tetra-danio22"),
    ("$ transmission-daemon -u seed_ro -v 'molly_platy_swordtail7' --foreground", "molly_platy_swordtail7"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    'app.sample.ini, line 3: password = "letmein" (only the sample)',
    "$ ./SteamCMD +app_update -app 2394010 -validate",
    "dir C:\\Program Files\\Vendor%Data2024",
])
def test_not_secrets_or_phones(line: str) -> None:
    redacted = Redactor("US").redact(line)[0]
    assert "[secret]" not in redacted and "[phone]" not in redacted
