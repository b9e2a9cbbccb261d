"""The forms privacy held-out #12 (to become dev16) showed, written generally, values made up here (valid by
their checks): a label then words about what the number is for, up to eight, before a colon or "it's"
("Aadhaar copy for the new SIM (OCR):", "NHS number, it's ..."), an inflection after a hyphen ("PESEL-u"),
Thai "for ..." after a label; htpasswd's -Bbn, a quoted password in --src-creds USER:'X', rclone obscure,
values fed to wrangler secret put, a davfs2 secrets line shown, an appositive before "is", Swahili "neno la
siri", a diminutive (contraseñita), inflected password words (hasła, şifremi, kata sandinya), "the new
one" in several languages, a passcode's digits, a PIN named for what it unlocks, an "&" inside an
assignment's value. And what is not personal: a number the text calls a dummy or fictional."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, value", [
    ("Signed Aadhaar copy for the bank locker (scan): 234567890124", "IN", "234567890124"),
    ("Text: the GP wants your NHS number, it's 943 476 5919", "GB", "943 476 5919"),
    ("Email: the payroll form needs your SIN for the T4, it's 130 692 544", "CA", "130 692 544"),
    ("Podaj numer PESEL-u syna: 85071412341", "PL", "85071412341"),
    ("เลขประจำตัวประชาชนของพ่อ สำหรับเปิดบัญชี 1101700234568", "TH", "1101700234568"),
    ("El contador pide el RFC para la declaración anual de este año: GODE561231GR8", "MX", "GODE561231GR8"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, secret", [
    ("docker run --rm httpd:2.4 htpasswd -Bbn ci 'Lantern-77-Quay' > .htpasswd", "Lantern-77-Quay"),
    ("skopeo copy docker://a/b oci:b --dest-creds bot:'Vx8#oakMoss12'", "Vx8#oakMoss12"),
    ("rclone config create nas sftp user ana pass $(rclone obscure 'Pebble*8841')", "Pebble*8841"),
    ("echo 'Tundra-5521!' | npx wrangler secret put DB_PASSWORD", "Tundra-5521!"),
    ("cat /etc/davfs2/secrets → https://dav.example/remote.php/dav/ ana Qk7~lilac&Fern", "Qk7~lilac&Fern"),
    ("the password for the school portal, the one with the lunch menu, is Harbor2291", "Harbor2291"),
    ("Neno la siri la benki ni Mvua#2024kali", "Mvua#2024kali"),
    ("la contraseñita del Netflix es Pulpo!Azul77", "Pulpo!Azul77"),
    ("zmieniłem hasła do banku, nowe: Kwiat-88-Lato", "Kwiat-88-Lato"),
    ("banka şifremi değiştirdim, yenisi Deniz_kaplan_42", "Deniz_kaplan_42"),
    ("kata sandinya email kantor diganti jadi Hujan#7788", "Hujan#7788"),
    ("Telegram: сменил пароль от почты, теперь Zima-Les-4471", "Zima-Les-4471"),
    ("a senha nova do app do banco é Sol-Mar-8812", "Sol-Mar-8812"),
    ("Notes: the kids' tablet passcode 7391", "7391"),
    ("Notiz: Geheimzahl der neuen Kreditkarte 5082", "5082"),
    ("muttrc: set smtp_pass=abc&Def4gh1 set smtp_user=ana", "abc&Def4gh1"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "Template uses account number 12345678 as a dummy",
    "Phone: (555) 555-0100 (fictional)",
])
def test_numbers_called_made_up_left_alone(line: str) -> None:
    assert Redactor("GB").redact(line)[0] == line


def test_an_ampersand_before_a_query_name_ends_the_value() -> None:
    assert Redactor("US").redact("GET /api?token=abcdef1234567890XYZ&user=bob")[0] == "GET /api?token=[secret]&user=bob"
