"""Forms held-out #73 showed, in my own wordings and values: Grafana's mimirtool, cortextool and lokitool with their API
key after "--key" or "--key="; Hindi in Latin letters "X se khulta hai" (it opens with X); a modem or a router that "pide"
(asks for) a value; and no secret: the access key of a pair with no prefix ("accessKey: X secretKey: Y", "access_key: X,
secret_key: Y"), while a cloud key's id there stays redacted; a password that "is forced" or "is rotated" (a rule, not a
value)."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("mimirtool rules sync --address=https://m.lan --id=club --user=ops --key='Hurling77!lane' rules.yaml", ("Hurling77!lane",), "IE"),
    ("lokitool rules lint --key=Tarn-9Vq2-Loft x.yaml", ("Tarn-9Vq2-Loft",), "GB"),
    ("cortextool alertmanager get --id 7 --key Ramble8#quay --address http://c.lan", ("Ramble8#quay",), "US"),
    ("mandir samiti ka laptop pakora+jalebi+ladoo47 se khulta hai, kisi ko mat batana", ("pakora+jalebi+ladoo47",), "IN"),
    ("en la casa del pueblo el router del salón pide Gaviota2207!, por si vienes", ("Gaviota2207!",), "ES"),
    ('infra.tf: access_key = "AKIAQ4RTV8NZ2LMXK5PB" secret_key = "uT7pQ2wX9rLk3vB8nM1zC4yH6jF0dS5aE2gR7tW"',
     ("AKIAQ4RTV8NZ2LMXK5PB", "uT7pQ2wX9rLk3vB8nM1zC4yH6jF0dS5aE2gR7tW"), "US"),
    ("broker acl.yml: accounts: - accessKey: tally_reader secretKey: Quarry5521& admin: false", ("Quarry5521&",), "US"),
    ("store.yml for the league bucket: { bucket: scores, access_key: league_cam, secret_key: Tw1nLakes88 }", ("Tw1nLakes88",), "GB"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("broker acl.yml: accounts: - accessKey: tally_reader secretKey: Quarry5521& admin: false", "tally_reader", "US"),
    ("store.yml for the league bucket: { bucket: scores, access_key: league_cam, secret_key: Tw1nLakes88 }", "league_cam", "GB"),
    ("Club rule: your password is forced to change every 90 days", "forced", "US"),
    ("the shared password is rotated every month by the treasurer", "rotated", "AU"),
    ("darwaze ka taala chabi se khulta hai", "chabi", "IN"),
])
def test_not_a_secret(line: str, kept: str, region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert kept in sent, sent
