"""Hexadecimal keys named by a word before them ("clé API : ...", "token de acceso ..."), and the
hashes and ids written the same way that stay."""

import pytest

from device.privacy.worded_keys import find_worded_keys

KEY32 = "9c1e5a7b3d2f40618e5c7a9b1d3f5e27"
KEY40 = "0f9e8d7c6b5a49382716a5b4c3d2e1f0a9b8c7d6"
KEY64 = "5e3b1a9f7c2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"


def keys_in(line: str) -> list[str]:
    return [line[start:end] for start, end in find_worded_keys(line, line.lower())]


@pytest.mark.parametrize(("line", "key"), [
    (f"Schlüssel für die Wetter-API: {KEY32}", KEY32),
    (f"token d'accès {KEY40}", KEY40),
    (f"chiave API = {KEY64}", KEY64),
    (f"API-avain → {KEY32.upper()}", KEY32.upper()),
    ("ключ от квартиры", ""),  # a word alone: nothing
    (f"the signing secret is {KEY40}", KEY40),
    (f"APIキー：{KEY32}", KEY32),
    (f"토큰: {KEY40}", KEY40),
    (f"our deploy token → {KEY64}", KEY64),
])
def test_a_hex_key_after_a_word_for_a_key(line: str, key: str) -> None:
    assert keys_in(line) == ([key] if key else [])


@pytest.mark.parametrize("line", [
    f"commit {KEY40}", f"sha256: {KEY64}", f"key fingerprint: {KEY40}", f"key id {KEY32}",
    f"Merge commit {KEY40} into the key branch", f"md5 {KEY32} of the key file",
    "API version 20261204 released", f"secret santa list: {KEY32[:20]}",
])
def test_hashes_and_ids_stay(line: str) -> None:
    assert keys_in(line) == []


def random_enough(token: str) -> bool:
    from device.privacy.credentials import CredentialDetector

    return CredentialDetector()._named_random(token)


def tokens_in(line: str) -> list[str]:
    return [line[start:end] for start, end in find_worded_keys(line, line.lower(), random_enough)]


@pytest.mark.parametrize(("line", "token"), [
    ("couchdb api key: wtkzmbqhrlvxcpdfsjgnqwtb", "wtkzmbqhrlvxcpdfsjgnqwtb"),
    ("recovery key (print it): K7QW2MZX4PLR5TNB6VYC3DHF2GJS7AEU", "K7QW2MZX4PLR5TNB6VYC3DHF2GJS7AEU"),
    ("cms admin key for the blog: 5f0c2a9e8b7d6c1e3a4f5b60:" + "c3" * 32, "5f0c2a9e8b7d6c1e3a4f5b60:" + "c3" * 32),
    ("Session Token  9Zx.Qw3!Er7tY_u8Io1pA2sD4fG6hJ8kL0zX", "9Zx.Qw3!Er7tY_u8Io1pA2sD4fG6hJ8kL0zX"),
    ("your access token is\nsha256~Qm4Tz8Lw2Xp6Rk0Vn3Bj7Hd5Gs9Fa1Ce", "sha256~Qm4Tz8Lw2Xp6Rk0Vn3Bj7Hd5Gs9Fa1Ce"),
    ("tool push --key=abcd_q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3j2k1", "abcd_q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3j2k1"),
])
def test_a_random_token_after_a_word_for_a_key(line: str, token: str) -> None:
    assert token in tokens_in(line)


@pytest.mark.parametrize("line", [
    "api key: personalaccesstokenvalue",
    "cache key: user_profile_cache_v2_key",
    "public key: AbC3dEf6gHi9jKl2mNo5pQr8sTu1vWx4",
    "ssh key SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s",
    "the key is somewhere-in-the-drawer-2",
])
def test_names_and_published_keys_stay(line: str) -> None:
    assert tokens_in(line) == []
