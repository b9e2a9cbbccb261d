"""Command lines that log in: ``-u USER -p X`` in any tool, ``--user USER:X``, a subcommand that
sets a password, ``<tool> login TOKEN``, and tools that take user and password as arguments."""

import pytest

from device.privacy.passwords.logins import find_login_passwords
from device.privacy.redactor import Redactor


def found(line: str) -> list[str]:
    return [line[start:end] for start, end in find_login_passwords(line, line.lower())]


@pytest.mark.parametrize(("line", "secret"), [
    ("kafkactl login -u ops -p Quokka!717 --cluster east", "Quokka!717"),
    ("vaultctl --user=ana -P 'Larch.Fern.42' sync", "Larch.Fern.42"),
    ("regctl copy --src-creds ana:Pelican_4410 a b", "Pelican_4410"),
    ("storectl --user root:t0ucan+Nest get /x", "t0ucan+Nest"),
    ("appctl admin reset-admin-password Marmot#88", "Marmot#88"),
    ("cms user:password editor 'heron.delta.19'", "heron.delta.19"),
    ("trackerctl login 7fa1c09e22b4d8e0f13a5b6c7d8e9f0a1b2c3d4e", "7fa1c09e22b4d8e0f13a5b6c7d8e9f0a1b2c3d4e"),
    ("isql WAREHOUSE ana orca.fjord.55", "orca.fjord.55"),
    ("mosquitto_passwd -b /etc/broker/pw sensor1 Walrus?300", "Walrus?300"),
    ('deluge-console "connect 10.1.1.2:58846 ana Gannet*77; info"', "Gannet*77"),
    ('chpass -p "$(mkpasswd -m sha-512 Ibis^41)" ana', "Ibis^41"),
    ("composer config http-basic.pkgs.lan ana Kestrel%505", "Kestrel%505"),
    ("bundle config --global gems.vendor.lan 1a2b3c4d:9f8e7d6c", "1a2b3c4d:9f8e7d6c"),
    ("BUNDLE_GEMS__VENDOR__LAN=1a2b3c4d:9f8e7d6c", "1a2b3c4d:9f8e7d6c"),
])
def test_finds_login_passwords(line: str, secret: str) -> None:
    assert secret in found(line)


@pytest.mark.parametrize("line", [
    "docker run -u 1000 -p 8080:80 nginx",
    "ssh -u ana -p 2222 host",
    "sudo -u postgres -p 'Password for %u: ' psql",
    "tool -u ana -p config.yaml",
    "docker run --user 1000:1000 alpine",
    "rabbitmqctl change_password bob",
    "git checkout 7fa1c09e22b4d8e0f13a5b6c7d8e9f0a1b2c3d4e",
    "docker login registry.example.org",
    "see the forgot-password page first",
])
def test_leaves_other_options(line: str) -> None:
    assert found(line) == []


def test_a_variable_stands_alone_but_a_made_up_dollar_value_is_a_password() -> None:
    redactor = Redactor("US")
    assert redactor.redact_fast("fetch --http-passwd=$kE3$uUvA77*Q_w https://x.lan/a") == \
        "fetch --http-passwd=[secret] https://x.lan/a"
    assert redactor.redact_fast("fetch --http-passwd=$HTTP_PASS https://x.lan/a") == \
        "fetch --http-passwd=$HTTP_PASS https://x.lan/a"


@pytest.mark.parametrize(("line", "secret"), [
    ("snmpget -v3 -u mon -l authPriv -a SHA -A Sparrow77! -x AES -X Robin_88x 10.0.0.2", "Sparrow77!"),
    ("ccrypt -e -K Plover~19 notes.txt", "Plover~19"),
    ("pdfinfo -upw owl.marsh.31 scan.pdf", "owl.marsh.31"),
    ("mutool clean -p Egret^200 in.pdf out.pdf", "Egret^200"),
    ("signtool sign /f cert.pfx /p swift-91 app.exe", "swift-91"),
])
def test_more_tools_short_options(line: str, secret: str) -> None:
    assert f"[secret]" in Redactor("US").redact_fast(line) and secret not in Redactor("US").redact_fast(line)
