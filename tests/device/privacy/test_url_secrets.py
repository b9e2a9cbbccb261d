"""Secrets in URLs: webhook URLs whole, keys in API queries, random path segments; not the ids of
shared documents and posts, nor checksums and tracking ids."""

import pytest

from device.privacy.credentials import CredentialDetector

DETECTOR = CredentialDetector()


def secrets_in(line: str) -> list[str]:
    return [line[f.start:f.end] for f in DETECTOR.find(line)]


@pytest.mark.parametrize(("line", "url"), [
    ("post to https://discordapp.com/api/webhooks/1187004432198765432/Wq9-zR3kLmP0xY7vT2bN5cH8jD1fG4sA6eU.",
     "https://discordapp.com/api/webhooks/1187004432198765432/Wq9-zR3kLmP0xY7vT2bN5cH8jD1fG4sA6eU"),
    ("TEAMS_URL=https://contoso.webhook.office.com/webhookb2/0b6e3c1a-7d2f-4e8b-9a5c-1f3d7e9b2a4c@"
     "5e8f1a2b-3c4d-4e6f-8a9b-0c1d2e3f4a5b/IncomingWebhook/4e7a1c9d2b8f3e6a5c0d7b1f9e2a8c4d/"
     "9d2f4b6a-8c1e-4a3b-9f7d-2e5c8a1b6d3f",
     "https://contoso.webhook.office.com/webhookb2/0b6e3c1a-7d2f-4e8b-9a5c-1f3d7e9b2a4c@"
     "5e8f1a2b-3c4d-4e6f-8a9b-0c1d2e3f4a5b/IncomingWebhook/4e7a1c9d2b8f3e6a5c0d7b1f9e2a8c4d/"
     "9d2f4b6a-8c1e-4a3b-9f7d-2e5c8a1b6d3f"),
    ("curl -X POST https://ci.example.net/hooks/deploy/7Kq2xV9mPz4RtL8wNb3Y", "https://ci.example.net/hooks/deploy/7Kq2xV9mPz4RtL8wNb3Y"),
])
def test_a_webhook_url_is_a_secret_whole(line: str, url: str) -> None:
    assert url in secrets_in(line)


@pytest.mark.parametrize(("line", "key"), [
    ("https://api.weatherservice.example/data/3.0/onecall?lat=52.5&lon=13.4&appid=9b1d4e7a2c5f8b3e6a0d9c2f5e8b1a4d",
     "9b1d4e7a2c5f8b3e6a0d9c2f5e8b1a4d"),
    ("GET https://maps.example.com/api/geocode?address=Hauptstr+5&k=Zx8Qm2Lw5Rt9Vb3Np7Ks", "Zx8Qm2Lw5Rt9Vb3Np7Ks"),
    ("https://example.org/v1/quotes?symbol=ACME&access=f3A9kL2mQ8zR5tW1yB7nC4dE", "f3A9kL2mQ8zR5tW1yB7nC4dE"),
])
def test_a_random_value_in_an_api_query_is_its_key(line: str, key: str) -> None:
    assert key in secrets_in(line)


@pytest.mark.parametrize("line", [
    "https://docs.google.com/spreadsheets/d/1Bx7kQm9ZpL2wR4tV6yN8cE3aF5hJ0sD2gK4lM6nP8qT/edit#gid=0",
    "https://docs.google.com/presentation/d/1qW3eR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7Qw9E/edit?usp=sharing",
    "https://drive.google.com/drive/folders/1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3w",
    "https://github.com/ana/notes/settings/hooks/448812345", "https://docs.github.com/en/webhooks/about-webhooks",
    "https://api.github.com/repos/ana/notes/commits?sha=3f9c0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f",
    "https://api.example.com/v2/items?cursor=eyJpZCI6MTIzNDU2fQ3xK9mQ2Lw&limit=50",
    "https://www.example.com/shop?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgR8x2pLq9zW3mT7yB1nC4",
    "https://api.music.example/v1/tracks?ids=4cOdK2wGLETKBW3PvgPWqT9x,7ouMYWpwJ422jRcDASZB7P",
    "https://api.example.com/v2/orders?order_id=ORD8f7Kq2xLm9Zp4Rt6Wn&requestId=Zq81Lm02Xc93Vb74Nn65",
])
def test_shared_ids_checksums_and_tracking_ids_are_no_secrets(line: str) -> None:
    assert secrets_in(line) == []


def test_a_random_segment_of_an_api_path_is_still_a_key() -> None:
    key = "Qw8zR2mK5tL9xV3bN7cY1pJ4sD6fG0hA"
    assert secrets_in(f"https://eth-mainnet.example.com/v2/{key}") == [key]


@pytest.mark.parametrize(("line", "secret"), [
    ("https://maker.example.com/trigger/lamp_on/with/key/Zx8Cv7Bn6Mq5Wr4Et3", "Zx8Cv7Bn6Mq5Wr4Et3"),
    ("https://func-ingest.azurewebsites.net/api/Collect?code=Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm==",
     "Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm=="),
    ("POST to https://hooks.example.com/hooks/catch/4419027/ab3x9k/", "https://hooks.example.com/hooks/catch/4419027/ab3x9k/"),
])
def test_keys_in_named_path_segments_full_query_values_and_short_hook_ids(line: str, secret: str) -> None:
    assert secret in [line[f.start:f.end] for f in DETECTOR.find(line)]


@pytest.mark.parametrize("line", [
    "https://docs.example.com/guide/key/concepts-and-terms", "https://github.com/acme/app/settings/hooks/new",
])
def test_named_segments_without_a_key_stay(line: str) -> None:
    assert DETECTOR.find(line) == []


def test_a_chat_space_webhook_is_a_secret_whole() -> None:
    from device.privacy.redactor import Redactor

    url = ("https://chat.googleapis.com/v1/spaces/AAAAq1W2e3R/messages?key=AIzaSyQ1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J"
           "&token=Zx9Cv8Bn7Mm6Ll5Kk4Jj3Hh2Gg1Ff0Dd9Ss8Aa7Qq6W")
    assert Redactor("US").redact_fast(f"curl -X POST '{url}' -d @msg.json") == "curl -X POST '[secret]' -d @msg.json"
    listing = "https://chat.googleapis.com/v1/spaces/AAAAq1W2e3R/messages?pageSize=20"
    assert Redactor("US").redact_fast(listing) == listing
