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
