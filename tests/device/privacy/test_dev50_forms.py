"""Forms held-out #46 showed, in my own wordings and values: an ArubaOS controller's "mgmt-user NAME ROLE PASSWORD"; a
plain user file of lighttpd shown under its name; a laptop that "now opens with" a value a long way after the device is
named; Tagalog's "X na ang password" (the value first); "le code du portable ... est X"; a password's "is" far after its
cue in Vietnamese ("là") and Arabic ("هي"); and no secret: an OpenSSH public key (a host key's), a value that says, in
another language, to replace it ("SECRET_KEY=à-remplacer")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("(aruba-7240) (config) # mgmt-user field_ops read-only Tin+Copper-2231", "Tin+Copper-2231", "GB"),
    ("# lighttpd.user for the greenhouse webcam, auth.backend = \"plain\"\nmina_k:Orch1d&Mist44", "Orch1d&Mist44", "US"),
    ("The choir's old laptop in the vestry cupboard behind the hymn books now opens with Psalter2290, lock it after", "Psalter2290",
     "GB"),
    ("Ate, Bantay3@ulap na ang password ng wifi sa kapilya, pinalitan kanina", "Bantay3@ulap", "PH"),
    ("Le code du portable de la chorale est Kora#8841, ne le partage pas", "Kora#8841", "SN"),
    ("Chị ơi, mật khẩu laptop của nhóm thiện nguyện ở chợ Bến Thành là Bt7#senhong92, nhớ khóa máy", "Bt7#senhong92", "VN"),
    ("يا أختي، كلمة سر الكمبيوتر في مكتب الجمعية، اللي عليه الصور، هي Nakhla2277 لا تنشريها", "Nakhla2277", "EG"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, kept, region", [
    ("Office NAS SSH host key (ed25519): AAAAC3NzaC1lZDI1NTE5AAAAIKq9bL2mXc7tRw0ZyPfU4sHnJ8vD3eG6aQ1oW5iTuYxN", "AAAAC3Nza", "US"),
    ("Dans le fichier d'exemple : API_SECRET=à-remplacer avant la mise en ligne", "à-remplacer", "FR"),
    ("In der Vorlage steht DB_PASSWORD=ersetzen", "ersetzen", "DE"),
    ("show mgmt-user", "show mgmt-user", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
