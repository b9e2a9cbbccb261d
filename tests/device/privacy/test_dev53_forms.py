"""Forms held-out #49 showed, in my own wordings and values: PascalCase long options (Alibaba Cloud's and Tencent Cloud's
"--AccountPassword", "--NewPassword"); a German "Tresorcode"; a keypad changed, then "new code N"; a computer that
"ya pide X" (Spanish: asks for) or "agora abre com X" (Portuguese: now opens with); "login X;" on a note; dotnet
user-secrets' "set "Key:ApiKey" X"; a Telegram bot token glued to "bot" in its API path; and no secret:
a key's fingerprint in Norwegian ("fingeravtrykket til nøkkelen ... : <hex>"), a keypad's "code of conduct"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("aliyun rds ModifyAccountDescription --AccountName ops --AccountPassword 'Glen8Harbor#'", ("Glen8Harbor#",), "US"),
    ("tccli cynosdb ResetAccountPassword --ClusterId cynos-7 --NewPassword 'Marram55!Dune'", ("Marram55!Dune",), "US"),
    ("Schützenverein, Tresorcode 4417", ("4417",), "DE"),
    ("The shed keypad was reset after the break-in, new code 5831, keep it off the group chat", ("5831",), "US"),
    ("La compu del centro de salud ya pide Quetzal^2287, no la apaguen", ("Quetzal^2287",), "GT"),
    ("O notebook da cooperativa agora abre com mandioca-roxa-58, avisem a turma", ("mandioca-roxa-58",), "BR"),
    ("Booking sheet is on the front-desk PC, login Fjord#Ember42; log out when done", ("Fjord#Ember42",), "US"),
    ('dotnet user-secrets set "Payments:ApiKey" "pk9Rw2LmQx7TzV3n" --project Harbor.Api', ("pk9Rw2LmQx7TzV3n",), "US"),
    ("the cron job posts to bot6123456789:AAE4mK9pQ2rS7tU1vW3xY5zA8bC0dE6fG2h/sendMessage at dawn", ("AAE4mK9pQ2rS7tU1vW3xY5zA8bC0dE6fG2h", "6123456789"), "US"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Forhandleren signerer filene, fingeravtrykket til nøkkelen står i brevet: 3F2A9C00D41B7E55A0C36E9F1B2D4C6E8A0B1C2D",
     "3F2A9C00D41B7E55A0C36E9F1B2D4C6E8A0B1C2D", "NO"),
    ("The door sign is new, code of conduct 2024 still applies", "2024", "US"),
    ("La compu pide actualizar Windows esta noche", "actualizar", "ES"),
    ("login required; see the wiki page", "required", "US"),
    ('dotnet user-secrets set "Logging:LogLevel" "Debug"', "Debug", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
