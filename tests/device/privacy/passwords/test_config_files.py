"""Passwords set by configuration directives, DSNs, calls that name a value, and inline blocks."""

import pytest

from device.privacy.passwords.config_files import find_config_passwords


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in find_config_passwords(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("requirepass Kiwi#Orchard42", "Kiwi#Orchard42"),
    ("masterauth 'Plum_Tree_9'", "Plum_Tree_9"),
    ("rootpw --plaintext Fennel&Dill3", "Fennel&Dill3"),
    ("rootpw Quince7!", "Quince7!"),
    ("    stats auth ops:Walnut_Grove88", "Walnut_Grove88"),
    ("ALTER USER 'shop'@'localhost' IDENTIFIED BY 'Saffron-Rice-12';", "Saffron-Rice-12"),
    ("CREATE USER app IDENTIFIED WITH mysql_native_password BY 'Lentil!Soup5'", "Lentil!Soup5"),
    ("CREATE ROLE reporter WITH LOGIN PASSWORD 'Barley#Field7';", "Barley#Field7"),
    ("db2 connect to PAYROLL user inst1 using Millet!42", "Millet!42"),
    ('db, err := sql.Open("mysql", "shop:Qz8+Wv2^Lp@tcp(127.0.0.1:3306)/shop")', "Qz8+Wv2^Lp"),
    ("define( 'AUTH_SALT_PASSWORD', 'Pepper*Mill77' );", "Pepper*Mill77"),
    ('os.environ.setdefault("MAILER_API_TOKEN", "tok_83hfK29sLq0")', "tok_83hfK29sLq0"),
    ("<auth-user-pass>\nana\nOkra#Stew61\n</auth-user-pass>", "Okra#Stew61"),
    ("chpasswd:\n  list: |\n    admin:Yam&Cassava2\n    ana:RANDOM\n  expire: false", "Yam&Cassava2"),
])
def test_config_passwords(text: str, value: str) -> None:
    assert _found(text) == [value]


@pytest.mark.parametrize("text", [
    "requirepass", "define('DB_HOST', 'db.internal');", "define('PASSWORD_MIN_LENGTH', '12');",
    "root:x:0:0:root:/root:/bin/bash", "stats uri /haproxy?stats", "log in as user ana using Firefox", "connect to the VPN as user ana using the app",
    "chpasswd:\n  expire: false",
])
def test_settings_without_a_password(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("vrrp_instance VI_2 {\n    auth_type PASS\n    auth_pass Heron!5521\n}", "Heron!5521"),
    ("[relay.mail.lan]:2525 ana.k:Kite#Tail44", "Kite#Tail44"),
    ('"svc_report" "Osprey_2291"', "Osprey_2291"),
    ("# /etc/rsyncd.secrets\nmirror:plover.marsh.17", "plover.marsh.17"),
    ('# /etc/ppp/pap-secrets\n"ana"  *  "tern.cove.62"  *', "tern.cove.62"),
])
def test_secret_file_lines_and_signless_directives(text: str, value: str) -> None:
    spans = list(find_config_passwords(text))
    assert value in [text[start:end] for start, end in spans]


@pytest.mark.parametrize("text", [
    "vrrp_instance VI_2 {\n    auth_type PASS\n    priority 100\n}",
    "server {\n    listen 443 ssl;\n    ssl_password_file /etc/keys/pass.txt;\n}",
    '"installdir" "steamapps"',
    "[Unit]:80 after:network",
    "users:\n  ana:admin",
])
def test_other_config_lines_stay(text: str) -> None:
    assert list(find_config_passwords(text)) == []
