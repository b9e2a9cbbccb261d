"""Prose passwords in more languages: each cue one word of the list, read with the verbs and signs
of the other languages; look-alikes about resetting a password are left."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize(("line", "value"), [
    ("новата паролата е Lipa#2207", "Lipa#2207"),
    ("naujas slaptažodis: Ruta!8841", "Ruta!8841"),
    ("wifi parool on Kask77&Meri", "Kask77&Meri"),
    ("lykilorðið er Hekla!4410", "Hekla!4410"),
    ("la contrasenya és Pi9$Montjuic", "Pi9$Montjuic"),
    ("cyfrinair: Draig#5521", "Draig#5521"),
    ("fjalëkalimi është Shkodra*71", "Shkodra*71"),
    ("كلمة المرور: Nil#3377x", "Nil#3377x"),
    ("הסיסמה היא Hadar!552", "Hadar!552"),
    ("पासवर्ड है Ganga#7781", "Ganga#7781"),
    ("mật khẩu là Hoa*3315", "Hoa*3315"),
    ("nenosiri ni Simba#9021", "Simba#9021"),
    ("die wagwoord is Fynbos!63", "Fynbos!63"),
    ("şifrə: Xəzər#404", "Xəzər#404"),
    ("รหัสผ่านคือ Chang#5510", "Chang#5510"),
    ("PIN-koodi: 80412", "80412"),
])
def test_password_prose_in_more_languages(line: str, value: str) -> None:
    assert Redactor("US").redact(line)[0] == line.replace(value, "[secret]")


@pytest.mark.parametrize("line", [
    "पासवर्ड बदलें",              # 'change password'
    "ריסט סיסמה",
    "mật khẩu mới",
    "parole board hearing",
    "la contrasenya ha caducat",
])
def test_password_wording_without_a_value_is_left(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
