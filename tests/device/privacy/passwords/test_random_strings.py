"""Generated passwords told by their shape alone, with no word before them: made-up values written on a note, after
a dash, at the start of a line. And what shares some of the shape but is no password: identifiers, hashes, model
files, versions, URLs, paths, options, handles, quoted code."""

import pytest

from device.privacy.passwords.random_strings import find_generated_passwords, generator_shaped
from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("Taped under the router: Wm7#kq!Zr2Lp9x", "Wm7#kq!Zr2Lp9x"),
    ("pT~k8^Rv$eQ2mXz — on the back of the gate remote", "pT~k8^Rv$eQ2mXz"),
    ("greenhouse controller (Mum's writing): Hd|q7&Ke!w3ZrT.", "Hd|q7&Ke!w3ZrT"),
    ("the new one is jR@4x%Lk~9vQe, don't lose it", "jR@4x%Lk~9vQe"),
])
def test_a_generated_password_is_redacted(line: str, secret: str) -> None:
    redacted = Redactor("GB").redact(line)[0]
    assert secret not in redacted and "[secret]" in redacted


@pytest.mark.parametrize("text", [
    "Qwen2.5-7B-Instruct-Q4_K_M.gguf downloaded",
    "golang.org/x/text v0.19.0 h1:jMoZu+T2StBX8iGyX4EwDb1GGcDcpTR231xfHeRkkMn=",
    "see https://example.org/a?b=Xy7!q&c=Zz9#top",
    "mysql -u root -pHunter!22Zz shop",  # the option's rules read it, not the shape
    "@Rosa_Marquez!2024 liked your photo",
    "#ThrowbackThursday!Fun2024",
    "Hello_World!2024 is my project's name",
    "Meeting notes: Q3 ROADMAP!!! review",
    "price: $1,299.99 (was $1,499.99)",
    "C:\\Users\\Ana\\Documents\\Tax2025!.pdf",
])
def test_what_is_not_a_generated_password(text: str) -> None:
    assert list(find_generated_passwords(text)) == []


def test_shape() -> None:
    assert generator_shaped("Wm7#kq!Zr2Lp9x") and generator_shaped("aq~h~YsFloBGlHwCvqGvb_w")
    assert not generator_shaped("Wm7#kq!Zr2L")  # eleven characters: too short to tell
    assert not generator_shaped("wm7#kq!zr2lp9x")  # one case only
    assert not generator_shaped("Sunflower#Garden")  # words: they switch class too seldom
    assert not generator_shaped("Ab1!" * 4)  # repeated: too few different characters
