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


@pytest.mark.parametrize(("line", "value"), [
    ("heslo ke sdílené složce je Vltava#Most8", "Vltava#Most8"),
    ("adgangskode til routeren: Smørrebrød!41", "Smørrebrød!41"),
    ("passordet til hytta er Fjord7Bakke", "Fjord7Bakke"),
    ("das Kennwort fürs Büro-NAS lautet Brezel&Senf5", "Brezel&Senf5"),
    ("the password's Ouzo#Lemon4 from today", "Ouzo#Lemon4"),
    ("the PIN's 4821", "4821"),
    ("o código do portão é 1984", "1984"),
    ("el código de la tarjeta es 2580", "2580"),
    ("il codice dell'allarme è 7741", "7741"),
    ("login ana.silva / Pastel_de_nata9", "Pastel_de_nata9"),
    ("router login admin / Kaffee!Bohne7", "Kaffee!Bohne7"),
])
def test_prepositions_contractions_card_codes_and_unsigned_logins(line: str, value: str) -> None:
    assert Redactor("US").redact(line)[0] == line.replace(value, "[secret]")


@pytest.mark.parametrize(("line", "region"), [
    ("the password's strength is weak", "US"), ("the password's length: 12", "US"), ("password’s expired", "US"),
    ("o código do produto é 5359", "PT"), ("código postal 1000-001", "PT"), ("code deporte 4521", "FR"),
    ("Login / Sign up", "US"), ("log in with Google / Apple", "US"), ("login page / dashboard v2", "US"),
    ("admin ana / 2024", "US"), ("login jsmith / 2FA enabled", "US"),
])
def test_look_alikes_of_those_are_left(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line


def test_a_code_cue_before_a_longer_number_gives_that_number_to_the_phone_detector() -> None:
    # "code sent to" a phone: the first group is not the code.
    assert Redactor("DE").redact("your login code was sent to 0171 2345678")[0] == "your login code was sent to [phone]"
