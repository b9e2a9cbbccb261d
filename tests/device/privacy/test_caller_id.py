"""'caller ID:' introduces a phone number, while 'ID:' alone still labels some other number."""

from device.privacy.redactor import Redactor


def test_caller_id_is_a_phone_but_an_id_is_not() -> None:
    redactor = Redactor("IE")
    assert redactor.redact("caller ID: 087 123 4567")[0] == "caller ID: [phone]"
    assert redactor.redact("meeting ID: 087 123 4567")[0] == "meeting ID: 087 123 4567"
