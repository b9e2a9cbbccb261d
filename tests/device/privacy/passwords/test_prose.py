"""Passwords in prose: a cue word, a few words about whose it is, a sign or verb, the value; the
value-first turns of phrase; login pairs; and the sentences about passwords that give none."""

import pytest

from device.privacy.passwords.prose import find_prose_passwords


def found(line: str) -> list[str]:
    return [line[start:end] for start, end in find_prose_passwords(line)]


@pytest.mark.parametrize(("line", "secret"), [
    ("the password is riverbank", "riverbank"),
    ("Password for the lake house wifi is Pelican#7", "Pelican#7"),
    ("the passcode to the garage is 738291", "738291"),
    ("das Passwort für den Router ist Kiefer!42", "Kiefer!42"),
    ("le mot de passe du NAS est Soleil_88", "Soleil_88"),
    ("a senha da rede é Coqueiro9", "Coqueiro9"),
    ("passphrase: \"seven blue ravens\"", "seven blue ravens"),
    ("pw → Otter-Slide-5", "Otter-Slide-5"),
    ("wifi key = 55ab91cc7e", "55ab91cc7e"),
    ("the password you want is Marigold!3", "Marigold!3"),
    ("the password was changed to Heron_Flight9", "Heron_Flight9"),
    ("Kennwort Lupine#61 für das Tablet", "Lupine#61"),
    ("mot de passe wifi Ardoise-73", "Ardoise-73"),
    ("PIN for the bike lock is 0417", "0417"),
    ("the code for the back gate is 3690#", "3690#"),
    ("alarm code: 1357", "1357"),
    ("Guest WiFi: Lakeview-Guest / Sparrow#12", "Sparrow#12"),
    ("use Falcon!Crest as your new password", "Falcon!Crest"),
    ("Pumpkin#42 is my laptop password", "Pumpkin#42"),
    ("please set the admin password to Juniper_Bay3", "Juniper_Bay3"),
    ("login for the camera is admin / Nightowl4!", "Nightowl4!"),
    ("Zugangsdaten: ana.k / Bergsee!9", "Bergsee!9"),
])
def test_passwords_in_prose_are_found(line: str, secret: str) -> None:
    assert secret in found(line)


@pytest.mark.parametrize("line", [
    "password reset link expires in 24 hours",
    "Your password must be at least 12 characters",
    "The password you entered is incorrect",
    "the password for the wifi is on the fridge",
    "Password manager 1Password 8",
    "password hint: my first dog",
    "password expires: 2027-01-31",
    "password: (saved in keychain)",
    "the password updated to meet the new policy",
    "Enter your 6-digit PIN",
    "PIN 3 on the breadboard",
    "Wi-Fi: Office-5G",
    "wifi: connected",
    "grep -rn password src/",
    "PW 2026 conference badge",
    "the code for the door is on the fridge",
    "sign in with Google / Apple",
    "login at 9:30 with Mei",
    "use the force as a password",
    "What is my password",
])
def test_sentences_about_passwords_give_none(line: str) -> None:
    assert found(line) == []


@pytest.mark.parametrize("line", [
    "hasło wygasło — ustaw nowe", "heslo vypršelo - zadej nové", "Passwort abgelaufen – bitte neu setzen",
    "password expired — reset it tonight",
])
def test_after_a_dash_a_plain_word_goes_on_with_the_sentence(line: str) -> None:
    assert found(line) == []


@pytest.mark.parametrize(("line", "secret"), [
    ("Passwort geändert — Nordlicht!82", "Nordlicht!82"), ("guest wifi password - Tulip#77", "Tulip#77"),
    ("router password — lavender", "lavender"),
])
def test_a_dash_still_gives_a_made_up_value_or_one_right_after_the_cue(line: str, secret: str) -> None:
    assert found(line) == [secret]


def test_a_value_with_a_sign_inside_it_is_no_word_about_the_password() -> None:
    assert found("моят пароль Qz=7t#Lm_Pw2") == ["Qz=7t#Lm_Pw2"]
    assert found("mot de passe Ab:9x!Kq") == ["Ab:9x!Kq"]


@pytest.mark.parametrize(("line", "secret"), [
    ("router admin page, key Tq7!mWz2Lp9x", "Tq7!mWz2Lp9x"),
    ("network Casa-5G key: Vx8#nRt4Ks2q", "Vx8#nRt4Ks2q"),
    ("ang password ng wifi ay Mangga.2024!", "Mangga.2024!"),  # Tagalog "ay": is
    ("كلمة المرور بتاعة الراوتر Qm7#Zx2!Lp9w", "Qm7#Zx2!Lp9w"),  # after words saying whose, no sign
    ("ПИН код за картата 5082", "5082"),
    ("暗証番号 7305", "7305"), ("暗証番号は 4417", "4417"),
    ("Outlook app password: wxyz abcd qrst mnop", "wxyz abcd qrst mnop"),  # printed in four groups
])
def test_key_cue_words_after_a_phrase_pins_and_grouped_app_passwords(line: str, secret: str) -> None:
    assert found(line) == [secret]


@pytest.mark.parametrize("line", [
    "Hot key: Ctrl+Shift+F12", "key dates: 2026-11-20", "key Q3-results deck", "key F5 to refresh",
    "the key to the shed is under the mat", "Wi-Fi HomeNet-5G, key in the drawer",
    "ПИН код на картата е сменен", "app password: none yet",
])
def test_look_alikes_of_those_stay(line: str) -> None:
    assert found(line) == []
