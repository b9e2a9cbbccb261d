"""More command-line passwords: tools whose -p takes one (az login, cqlsh, cypher-shell), pdftk's
user_pw, transmission-remote's user:password, rabbitmqctl add_user, expect's send "...\\r", and
Gradle/Java properties named for a secret."""

import pytest

from device.privacy.passwords.commands import find_command_passwords


def _found(line: str) -> list[str]:
    return [line[s:e] for s, e in find_command_passwords(line)]


@pytest.mark.parametrize(("line", "value"), [
    ("az login --service-principal -u http://ci-bot -p Qx8~zz.Wq1 --tenant t.example", "Qx8~zz.Wq1"),
    ("cqlsh -u admin -p Borsch_41 db1", "Borsch_41"),
    ("cypher-shell -u neo4j -p Kvass#9", "Kvass#9"),
    ("pdftk in.pdf output out.pdf owner_pw Tulip7!x", "Tulip7!x"),
    ("transmission-remote -n ana:Fado_1932 -l", "Fado_1932"),
    ("rabbitmqctl add_user deploy Rio#2040", "Rio#2040"),
    ("expect -c 'spawn sftp a@b; expect assword; send \"Nordic7?\\r\"'", "Nordic7?"),
    ("./gradlew release -PkeystorePassword=Ab9_x2", "Ab9_x2"),
])
def test_more_tools(line: str, value: str) -> None:
    assert value in _found(line)


@pytest.mark.parametrize("line", [
    "cqlsh -u admin 10.0.0.7 9042", "pdftk in.pdf cat 1-3 output out.pdf",
    "rabbitmqctl list_users", "mvn -Dmaven.test.skip=true -Pprod", "expect -c 'send \"yes\\n\"'",
])
def test_look_alikes_stay(line: str) -> None:
    assert _found(line) == []


def test_a_value_fed_to_gpg_reading_its_passphrase_from_input() -> None:
    from device.privacy.passwords.commands import find_command_passwords

    line = "echo Tr0ub4dor | gpg --batch --passphrase-fd 0 -c notes.txt"
    assert [line[a:b] for a, b in find_command_passwords(line)] == ["Tr0ub4dor"]
    other = "gpg --passphrase-fd 3 -d x.gpg 3<pw.txt"
    assert list(find_command_passwords(other)) == []


def test_an_api_key_given_as_curls_user_with_no_password() -> None:
    from device.privacy.passwords.commands import find_command_passwords
    line = "curl https://api.example.com/v1/charges -u test_9f8e7d6c5b4a39281706f5e4:"
    assert [line[s:e] for s, e in find_command_passwords(line)] == ["test_9f8e7d6c5b4a39281706f5e4"]
    line = "curl -u ana: https://example.com"  # a user who types the password at the prompt
    assert list(find_command_passwords(line)) == []


@pytest.mark.parametrize(("line", "value"), [
    ("schtasks /create /tn Sync /tr C:\\sync.cmd /sc hourly /ru CORP\\svc-sync /rp Tamarind#31", "Tamarind#31"),
    ("gh secret set SMTP_PASSWORD --body Guava_Tree4", "Guava_Tree4"),
    ("networksetup -setairportnetwork en1 CafeNet Papaya-Split9", "Papaya-Split9"),
    ("grafana-cli admin reset-admin-password Mango!Lassi7", "Mango!Lassi7"),
    ("poetry config http-basic.private ana Lychee#88", "Lychee#88"),
    ("wmiexec.py CORP/ana:Durian!Rind2@192.0.2.10", "Durian!Rind2"),
    ("impacket-secretsdump ana:Rambutan_5@dc01.corp.example", "Rambutan_5"),
    ('reg add "HKLM\\SOFTWARE\\Vendor\\App" /v ServicePassword /t REG_SZ /d Carambola7 /f', "Carambola7"),
])
def test_passwords_of_more_tools(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize("line", [
    "schtasks /query /tn Sync", "gh secret list", "networksetup -getairportnetwork en1",
    'reg add "HKCU\\Software\\App" /v Theme /t REG_SZ /d Dark', "wmiexec.py -h",
])
def test_other_uses_of_those_tools_give_none(line: str) -> None:
    assert _found(line) == []


@pytest.mark.parametrize(("line", "value"), [
    ("mc alias set backup https://s3.example.net AKIDEXAMPLE9 Quince-Jam42", "Quince-Jam42"),
    ("mc config host add lab http://192.0.2.7:9000 labuser Kumquat#Tart8", "Kumquat#Tart8"),
    ("deploy --clientSecret Zq8v-Lm2R4pT --env prod", "Zq8v-Lm2R4pT"),
    ("cli login --authToken=Pomelo.Peel.77", "Pomelo.Peel.77"),
])
def test_minio_client_and_camel_case_options(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize("line", [
    "mc alias set local http://127.0.0.1:9000 admin", "mc ls backup/photos",
    "tool --maxTokens 2048", "tool --useAuth true", "tool --apiKey $API_KEY", "tool --tokenFile ~/.tok",
])
def test_look_alikes_of_those_stay(line: str) -> None:
    assert _found(line) == []


@pytest.mark.parametrize(("line", "value"), [
    ("Set-Thing -Server db1 -User ana -Password Lark_77!", "Lark_77!"),  # PowerShell's PascalCase parameters
    ("Connect-Api -Url https://x.example -ApiKey Qm3vT8wZ2", "Qm3vT8wZ2"),
    ("db.example.org:6432:*:ana:otter-maple-fig9", "otter-maple-fig9"),  # .pgpass, any database
    ("printf '%s\\n' 'Wren#4410' | vpnc-connect --password-from-stdin", "Wren#4410"),
    ("echo Kestrel.88 | openconnect --passwd-on-stdin vpn.example.net", "Kestrel.88"),
    ("adb shell input text Pumpkin7&", "Pumpkin7&"),  # typed for the person
    ("xdotool type --delay 40 'Gannet!52'", "Gannet!52"),
])
def test_powershell_pgpass_stdin_and_typed_text(line: str, value: str) -> None:
    assert value in _found(line)


@pytest.mark.parametrize("line", [
    "Get-Item -Path C:\\x -PasswordPolicy strict", "Get-Acl -KeyPath HKLM:\\Soft",
    "Get-AzTableRow -Table $t -PartitionKey Sales -RowKey 2024",
    "adb shell input text hello", "adb shell input text hello%sthere", "xdotool type 'good morning'",
    "echo ready | tee --stdin-log out.txt",
])
def test_look_alikes_of_those_stay(line: str) -> None:
    assert _found(line) == []
