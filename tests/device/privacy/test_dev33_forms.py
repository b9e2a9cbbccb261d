"""The forms privacy held-out #29 (to become dev33) showed, written generally, values made up here: passwords told by
what they open with no word for a password (a site, an app, the wifi, the bank, the computer), before or just after
the value; VPN clients' logins, an iPhone backup's encryption password, mvt's -p, Sauerbraten's -p, a game server's
"+set ...Password", MicroPython's wlan.connect('SSID', 'PW'), Monit's "allow user:pw", BOINC's gui_rpc_auth.cfg; a
card's PIN named "ATM code", "chip-and-pin number" or "the four digits for the cash machine", told after a later colon.
And not secrets: a product name with digits, a router's network name, a UUID, an SRI hash, a public key, user names,
the year's four digits, a card's last four digits in a text about a PIN pad."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("Voice memo from Dad: the pension site took quartz-meadow-lantern-ivy38 this time, write it down", "quartz-meadow-lantern-ivy38"),
    ("Sticky note by the printer: gate app — Wren.Tally+4417", "Wren.Tally+4417"),
    ("Auntie says the bank app now opens with Kestrel#2291, tell nobody", "Kestrel#2291"),
    ("Grandad's put Harrow&Ditch77 on the computer now, don't tell your gran", "Harrow&Ditch77"),
    ("A net de casa agora abre com Qv7=tRm2%Lp, fica quieto", "Qv7=tRm2%Lp"),
    ("$ printf '%s\\n' 'Tarn.Beck2290' | protonvpn-cli login fell_ops", "Tarn.Beck2290"),
    ("$ idevicebackup2 -i encryption on 'slate-heron-copse41'", "slate-heron-copse41"),
    ("$ mvt-ios decrypt-backup -p 'Gorse4471-' -d ./out ./backup", "Gorse4471-"),
    ("$ ./sauer_server -d -n'Fell Club' -p'Scree2021+'", "Scree2021+"),
    ("$ ./dhewm3ded +set net_serverRemoteConsolePassword 'tarn.ghyll.scree19' +set si_maxPlayers 4", "tarn.ghyll.scree19"),
    ("$ mpremote exec \"import network; w = network.WLAN(network.STA_IF); w.connect('Barn', 'Xq7=&pLm2Rt')\"", "Xq7=&pLm2Rt"),
    ("/etc/monitrc: set httpd port 2812 · allow admin:Fh2-KqLmZp9Tr", "Fh2-KqLmZp9Tr"),
    ("/var/lib/boinc-client/gui_rpc_auth.cfg, its one line: heather+bracken+tarn52", "heather+bracken+tarn52"),
    ("Dad read out his ATM code on the phone so I could pay the vet: 6614", "6614"),
    ("Gran wrote her chip-and-pin number on the back of the receipt for me: 2907", "2907"),
    ("Opa hat die vier Ziffern für den Geldautomaten auf die Rückseite vom Kalender geschrieben: 7730", "7730"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "Galaxy23 clip from the app, the warden tapping the board",
    "WhatsApp — Flat 2 wifi: BT-Hub6-7KD, ask me for the key",
    "Car app diagnostic id 4c2a7b10-93de-4f5e-a1c2-77b1e0c9d3aa",
    '<script src="app.js" integrity="sha384-Qm8vT2kLx9RwZpY4nB7cD1eF5gH3jK6lM0oP2qR4sT8uV1wX3yZ5aB7cD9eF1gH3j">',
    "Email to krb_admin2 about the site login page redesign",
    "the four digits of the year on the splash screen: 2035",
    "the bank's site says the last four digits of my card are 4242",
])
def test_not_redacted(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
