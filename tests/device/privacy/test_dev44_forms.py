"""Forms held-out #40 showed, in my own wordings and values (in two rounds): an impacket target whose password is quoted
(DOMAIN/USER:'X'), udp2raw's -k, "la clave de cajero, NNNN"; and what is no secret: a public key named in Dutch ("De
publieke sleutel van de server is X")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("$ noPac.py CYAN.LAN/print_cron:'Ferr1cwash418' -dc-ip 10.4.7.2 -shell", "Ferr1cwash418", "US"),
    ("udp2raw conf on the archive tunnel: -k sun-print-cyan-wash52 --raw-mode faketcp", "sun-print-cyan-wash52", "US"),
    ("En la nota de voz mi tía repite su clave de cajero, 4719, para pagar el taller", "4719", "MX"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


def test_a_public_key_named_in_dutch_stays() -> None:
    line = "De publieke sleutel van de clubserver is Qb7Ez+JiWUd8eUag4ZfHAjdPuak/l2EFcE6RpYbRrJkz="
    assert Redactor("NL").redact(line)[0] == line


@pytest.mark.parametrize("line, secret", [
    ("chrony.keys on the lab's time server: 12 SHA256 Cyanotype.wash55", "Cyanotype.wash55"),
    ('.curlrc on the print box: user = "print_ci:Blueprint.sun81"', "Blueprint.sun81"),
])
def test_chrony_keys_and_curlrc(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


def test_a_log_line_about_sha256_checks_stays() -> None:
    line = "the chrony log says 7 SHA256 checks passed"
    assert Redactor("US").redact(line)[0] == line


@pytest.mark.parametrize("line, secret, region", [
    ("Anmeldung im Ruderverein Klang, No. KP 850312-14-5531 bitte", "850312-14-5531", "MY"),
    ("the l2tp-secrets file on the ferry's router: * * Tide.Qw83Lkp", "Tide.Qw83Lkp", "US"),
    ('tunnel config for the boathouse: {"key": "Hv7&pLq2Zr9xNw4Bt", "mode": "fast"}', "Hv7&pLq2Zr9xNw4Bt", "US"),
    ("note taped to the till: the shop laptop is Sculling4471 now", "Sculling4471", "US"),
    ("dia tulis kata laluan tablet bengkel ialah Rowboat-77Kx", "Rowboat-77Kx", "MY"),
    ("дедушка прислал: пароль от компьютера в гараже Veslo2290", "Veslo2290", "RU"),
    ("Onkel Bert meinte, dass das Tablet im Bootshaus nun mit Kx9fQ2-mLp7=Rw aufgeht.", "Kx9fQ2-mLp7=Rw", "DE"),
    ("Oar shed padlock, scratched on the inside of the lid: 3918", "3918", "US"),
])
def test_more_forms_held_out_40_showed(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ('{"key": "menu.settings.rowingLog2"}', "US"),
    ('{"key": "ctrl+alt+shift+k", "command": "rowing.sync"}', "US"),
    ("the loaner laptop is Windows11 now", "US"),
    ("Clave de reservación 7QWERT", "MX"),
    ("reset the password for account rower2291", "US"),
    ("remember to lock up, back at: 2130", "US"),
    ("Smart lock battery replaced, model: 4410", "US"),
    ("Der Laptop mit Aufkleber liegt auf dem Tisch", "DE"),
])
def test_look_alikes_of_those_forms_stay(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
