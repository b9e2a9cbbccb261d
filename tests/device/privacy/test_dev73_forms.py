"""Forms held-out #69 showed, in my own wordings and values: a Turkish T.C. kimlik number a clause after "TC numaram"; a
setting named for an access code ("ACCESS_CODE=X", not a ZIP_CODE); a number lock's digits; a passphrase as an admin page's
secret route; Portuguese "troquei o acesso ..., o novo: X"; and no secret: a variable a command line sets empty ("-e
TOTP_SECRETS= image": the image after it), a WireGuard public key "of" a device, "add it to" a list."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("sigorta için acente TC numaramı sordu, 27194633500", ("27194633500",), "TR"),
    ("the .env beside the chat container, kept by the stewards: ACCESS_CODE=Tq7vR2mZ+p9w (ask before changing it)", ("Tq7vR2mZ+p9w",), "GB"),
    ("accessCode: 'Fen8#kiln2Rw'", ("Fen8#kiln2Rw",), "US"),
    ("gali ke gate pe number lock 4172, mela ke baad badlenge", ("4172",), "IN"),
    ("the shed has a combination lock 8830.", ("8830",), "AU"),
    ("curl -s http://127.0.0.1:8080/admin/kettle_harbour_lantern_oakmoss42/stats for the queue numbers", ("kettle_harbour_lantern_oakmoss42",), "US"),
    ("Mudei o acesso do Facebook do clube depois do golpe, o novo é: Rk8#pLm2vQz9, não passa pra ninguém", ("Rk8#pLm2vQz9",), "BR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("docker run -d -e ADMIN_USER=ops -e TOTP_SECRETS= ghcr.io/acme/panel-ui:2.3.0", "ghcr.io/acme/panel-ui:2.3.0", "DE"),
    ("WireGuard public key of the timing laptop, add it to the track's peer list: kPq3/Ws8vN1mX0aZ7yLc4Rt2bH9eJ5uG6dF0sA1qW2E=",
     "kPq3/Ws8vN1mX0aZ7yLc4Rt2bH9eJ5uG6dF0sA1qW2E=", "US"),
    ("ZIP_CODE=90210 in the shipping form", "90210", "US"),
    ("http://example.org/admin/user_settings_page2/ opens the settings", "user_settings_page2", "US"),
    ("TC numarası sorulmadı, sipariş no 27194633501", "27194633501", "TR"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
