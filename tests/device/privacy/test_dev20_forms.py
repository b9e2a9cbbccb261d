"""The forms privacy held-out #16 (to become dev20) showed, written generally, values made up here (valid by
their checks): an NHS number asked about at the end of its sentence ("... — is it X?"); a cloud access key's
id after "key id"; a key file fed by process substitution (cryptsetup <(printf ...)); "X as the password"
without "use"; a service, "my email", then the password; a long value of random case a few words after its
cue; Swahili "jipya", Dutch "is nu", German "Netzwerkschlüssel", Spanish "quedó" and "le puse X a la cuenta";
a password glued between Japanese words. And what is not personal: a number dialled from abroad read as a
card, a complaint's number, a WireGuard public key named with where it is shown."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, value", [
    ("Note to self: the GP wants my NHS number before the flu jab booking — is it 9434765919?", "GB", "9434765919"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, secret", [
    ("Cyberduck › S3 bookmark › Access key ID AKIAQ7R2MXNBV4KD8PLZ", "AKIAQ7R2MXNBV4KD8PLZ"),
    ("DM to Sam: key id AKIAQ7R2MXNBV4KD8PLZ and the secret in 1Password", "AKIAQ7R2MXNBV4KD8PLZ"),
    ("# cryptsetup luksOpen /dev/nvme1n1p2 vault --key-file <(printf '%s' 'Loom-weft41')", "Loom-weft41"),
    ("she logs into Stan with her Outlook and Qp7!harbour as the password", "Qp7!harbour"),
    ("Sticky note: Disney+ — my gmail — Zr8#tq2LmW!x", "Zr8#tq2LmW!x"),
    ("nilibadilisha password ya Showmax, hQeR7tYuWpLkMnZxCv_Bd sasa", "hQeR7tYuWpLkMnZxCv_Bd"),
    ("nenosiri jipya la router ya ofisi ni tapestry_warp_heddle42", "tapestry_warp_heddle42"),
    ("mijn wachtwoord voor de ING-app is nu Kq7*bLmXv2pR", "Kq7*bLmXv2pR"),
    ("Zettel am Kühlschrank: Netzwerkschlüssel fürs Gästenetz organza_tulle_voile7", "organza_tulle_voile7"),
    ("la contraseña del correo de la escuela de los niños para las tareas quedó Vm4!rTqz&Lp9", "Vm4!rTqz&Lp9"),
    ("ya le puse Bordado83 a la cuenta de Spotify", "Bordado83"),
    ("母：ネットバンクのパスワードをQw7-Rt!yU2pLmに変更しました", "Qw7-Rt!yU2pLm"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ("Regards, Jonas Weber · Vorstand · Mobil +49 176 12345678", "DE"),
    ("BSNL complaint number 4715231417 registered for the landline", "IN"),
    ("Peer public key in the WireGuard app: hk7y0a9zdPCmm9TEkjeelnjn8JfpdjNIlAUEaqYRH3p=", "US"),
    ("GPG key id 0x3AA5C34371567BD2 on the keyserver", "US"),
    ("I use Bitwarden as the password manager", "US"),
    ("パスワードはiPhoneの設定で確認できます", "JP"),
    ("le puse 20 pesos a la cuenta", "MX"),
])
def test_not_a_secret_or_not_that_kind(line: str, region: str) -> None:
    redacted = Redactor(region).redact(line)[0]
    if "Mobil" in line:
        assert "[card]" not in redacted and "[phone]" in redacted  # the phone, as a phone
    else:
        assert redacted == line


def test_a_private_key_beside_a_public_one_is_still_found() -> None:
    line = "public key of the server, private key: jPBRJbnHTK3ogBULHABxydhh2X6Ny7z1+R1D8Rsiv7R="
    assert "jPBRJbnHTK3ogBULHABxydhh2X6Ny7z1" not in Redactor("US").redact(line)[0]
