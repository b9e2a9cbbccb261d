"""'caller ID:' introduces a phone number, while 'ID:' alone still labels some other number."""

from device.privacy.redactor import Redactor


def test_caller_id_is_a_phone_but_an_id_is_not() -> None:
    redactor = Redactor("IE")
    assert redactor.redact("caller ID: 087 123 4567")[0] == "caller ID: [phone]"
    assert redactor.redact("meeting ID: 087 123 4567")[0] == "meeting ID: 087 123 4567"


def test_published_random_material_is_no_secret() -> None:
    redactor = Redactor("DE")
    for line in ("img data:image/png;base64,Qm9vbXNoYWthbGFrYTEyMzQ1Njc4OTBhYmNkZWZnaGlqS0xN",
                 "example.org/m v1.2.0 h1:Zx9QwErTy7uIoP3aSdF5gHjKl0ZxCvBnM1qW2eR4tY8=",
                 "PublicKey = Zx9QwErTy7uIoP3aSdF5gHjKl0ZxCvBnM1qW2eR4tY8="):
        assert "[secret]" not in redactor.redact(line)[0], line
    assert "[secret]" in redactor.redact("PrivateKey = Zx9QwErTy7uIoP3aSdF5gHjKl0ZxCvBnM1qW2eR4tY8=")[0]
