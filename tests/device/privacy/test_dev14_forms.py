"""The forms privacy held-out #10 (to become dev14) showed, written generally, values made up here:
"Identifikationsnummer" alone, Turkish "Kimlik numarası", Malay "kad pengenalan", pdftk's input_pw,
davfs2's secrets file, an alarm's disarm code; and what is not personal: an IPFS CIDv1, a Wi-Fi MAC
address, a host key's fingerprint (and reads from a secret store: test_secret_stores.py)."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, secret", [
    ("Bescheinigung: Identifikationsnummer 65 929 970 489", "DE", "65 929 970 489"),
    ("Kimlik numarası: 10000000146", "TR", "10000000146"),
    ("Nombor kad pengenalan saya 850315-14-5521", "MY", "850315-14-5521"),
    ("pdftk in.pdf input_pw 'Sk1ff#402' output out.pdf", "US", "Sk1ff#402"),
    ("echo 'https://dav.example photos wren+otter+maple+31' >> ~/.davfs2/secrets", "US", "wren+otter+maple+31"),
    ("text: alarm disarm code 6621", "US", "6621"),
])
def test_found(line: str, region: str, secret: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", [
    "CID bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
    "Wi-Fi address 3c:22:fb:19:a0:7e",
    "Host key SHA256:Qm4tVb7nR2xLp9sKc0dWf3yHj6gZa8eTu1oNi5rEk2M",
    "server fingerprint MD5:9a:3f:c1:07:5e:b2:44:d8:10:6c:aa:e9:31:7b:02:f5",
])
def test_left_alone(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
