"""Secrets in markup: elements and attributes that name a secret and give it."""

import pytest

from device.privacy.passwords.markup import find_markup_secrets


def found(line: str) -> list[str]:
    return sorted({line[start:end] for start, end in find_markup_secrets(line)})


@pytest.mark.parametrize(("line", "secret"), [
    ("<credentials><user>olek</user><password>Wombat^33</password></credentials>", "Wombat^33"),
    ("<ns2:apiToken>9fQ2xLm8Rt4vW1zP7kYb</ns2:apiToken>", "9fQ2xLm8Rt4vW1zP7kYb"),
    ("<entry key=\"db.password\">Lynx-Harbor-8</entry>", "Lynx-Harbor-8"),
    ("<add key=\"SmtpPassword\" value=\"Kestrel_0419\"/>", "Kestrel_0419"),
    ("<setting name='ClientSecret' serializeAs='String' value='zq8W-1mB7uY3'/>", "zq8W-1mB7uY3"),
    ("<input name=\"login\" type=\"password\" value=\"Blue#Heron4\">", "Blue#Heron4"),
    ("<pin> 7351 </pin>", "7351"),
])
def test_secrets_in_markup_are_found(line: str, secret: str) -> None:
    assert found(line) == [secret]


@pytest.mark.parametrize("line", [
    "<passwordTimeout>3600</passwordTimeout>", "<password>${env.NEXUS_PASSWORD}</password>",
    "<add key=\"ClearTextPassword\" value=\"%NUGET_PASS%\" />", "<title>Password reset</title>",
    "<p>Forgot your password?</p>", "<add key=\"timeout\" value=\"30\" />",
    "<input type=\"password\" placeholder=\"Password\">", "<password></password>", "<tokenType>Bearer</tokenType>",
    "<sessionId>42</sessionId>", "<option value=\"pw\">Password</option>",
])
def test_markup_about_secrets_gives_none(line: str) -> None:
    assert found(line) == []


@pytest.mark.parametrize(("line", "secret"), [
    ("<AutoLogon><Password><Value>Marigold!58</Value><PlainText>true</PlainText></Password></AutoLogon>", "Marigold!58"),
    ("<sharedKey><keyType>passPhrase</keyType><keyMaterial>Lotus_Pond_2024</keyMaterial></sharedKey>",
     "Lotus_Pond_2024"),
])
def test_a_bare_value_in_a_secrets_element_and_a_wifi_profiles_key_material(line: str, secret: str) -> None:
    assert found(line) == [secret]


def test_a_bare_value_in_another_element_stays() -> None:
    assert found("<TimeZone><Value>W. Europe Standard Time</Value></TimeZone>") == []
