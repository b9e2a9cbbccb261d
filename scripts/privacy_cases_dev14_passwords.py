"""Where the dev14 privacy set's passwords and PINs are written (``privacy_cases_dev14.py``): on the
command lines of the tools people run (database shells, backup and sync tools, VPNs, disk
encryption, PDF and certificate tools, home-lab consoles, cloud CLIs, SQL typed into a shell), in
the config files they keep, and in what they tell each other or themselves (texts, chats, notes,
sticky notes read off a photo, voice notes), English most and then the languages of the set's other
countries. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

A password is drawn the ways people make one: a word or two with digits and a sign, a password
manager's random string, a passphrase of words; where a line puts it in a URL only URL-safe signs.
"""

from __future__ import annotations

import random

import privacy_password_makers
from privacy_password_makers import pin  # noqa: F401 - the builder's maker of PINs

STEMS = ["albatross", "basil", "cobalt", "driftwood", "eucalyptus", "flamingo", "ginger", "hazelnut", "iguana", "juniper", "kiwi",
         "lichen", "marigold", "narwhal", "orchid", "pelican", "quokka", "raspberry", "saffron", "thistle", "urchin", "verbena", "walrus",
         "xylophone", "yucca", "zinnia", "acorn", "bluebell", "cinnamon", "damson", "egret", "foxglove", "granite", "hornbill", "ibis"]

ACCOUNTS = ["marta", "svc_sync", "pnair", "ubuntu", "root2", "jellyfin", "dlee", "deploy", "tnguyen", "photos", "runner", "finance"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``)."""
    return privacy_password_makers.password(r, STEMS, url_safe)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ mysql --user=«u» --password=«pw» inventory", False),
    ("$ pgcli \"postgresql://«u»:«pw»@172.20.0.4:5432/ledger\"", True),
    ("$ smbclient //fileserver/media -U «u»%«pw»", False),
    ("$ nmcli device wifi connect Shed-Mesh password '«pw»' ifname wlan1", False),
    ("$ unzip -P «pw» statements.zip", False),
    ("$ pdftk secured.pdf input_pw '«pw»' output plain.pdf", False),
    ("$ docker login registry.lan -u «u» -p '«pw»'", False),
    ("$ sshpass -p '«pw»' ssh «u»@10.9.0.12", False),
    ("$ export RESTIC_PASSWORD='«pw»'; restic snapshots", False),
    ("$ echo '«pw»' | sudo -S apt upgrade", False),
    ("$ curl -u «u»:'«pw»' https://nas.lan/api/status", False),
    ("$ lftp -u «u»,'«pw»' sftp://backup.lan", False),
    ("$ hg clone https://«u»:«pw»@10.8.0.3/hg/dotfiles", True),
    ("$ redis-cli -u \"redis://«u»:«pw»@10.4.0.8:6379\"", True),
    ("$ gpg --batch --passphrase '«pw»' -d taxes.gpg", False),
    ("$ davfs2 mount: echo 'https://dav.lan «u» «pw»' >> ~/.davfs2/secrets", False),
    ("$ gcloud sql users set-password «u» --instance=main --password='«pw»'", False),
    ("$ rdesktop -u «u» -p '«pw»' 10.0.5.21", False),
    ("$ veracrypt --mount vault.hc /mnt/v --password='«pw»'", False),
    ("mysql> ALTER USER '«u»'@'%' IDENTIFIED BY '«pw»';", False),
    ("$ curl -u «e»:'«pw»' https://caldav.example-cloud.com/calendars/", False),
    ("$ deluge-console \"connect 127.0.0.1:58846 «u» «pw»\"", False),
    ("$ htpasswd -b /etc/nginx/.htpasswd «u» '«pw»'", False),
    ("$ influx auth create --user «u» --password '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "dotenv": "Open in VS Code .env.production: MAIL_PASSWORD=«pw»",
    "compose": "docker-compose.override.yml (preview):   POSTGRES_PASSWORD: «pw»",
    "wpa": "Terminal: sudo cat /etc/wpa_supplicant.conf → psk=\"«pw»\"",
    "netrc": "Viewer ~/.netrc: machine smtp.example-mail.com login «e» password «pw»",
    "pgpass": "Open in VS Code ~/.pgpass: db.lan:5432:ledger:«u»:«pw»",
    "django": "Open in VS Code settings/prod.py: EMAIL_HOST_PASSWORD = '«pw»'",
    "ini": "Open in VS Code rclone.conf: [box] user = «u» pass = «pw»",
    "helm": "Open in VS Code values.override.yaml: adminPassword: «pw»",
    "appsettings": "Open in VS Code appsettings.Production.json: \"Db\": { \"User\": \"«e»\", \"Pwd\": \"«pw»\" }",
    "redis": "Open in VS Code redis.conf: requirepass «pw»",
    "database_url": "Open in VS Code .env: DATABASE_URL=postgres://«u»:«pw»@db.lan:5432/ledger",
    "terraform": "Open in VS Code prod.tfvars: db_password = \"«pw»\"",
}
URL_CONFIGS = {"database_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Voice note, transcribed: new Hulu password is «pw»", "WhatsApp to Dad: the router login password is «pw»",
           "Sticky note · the kids' Minecraft password «pw»", "Photo of the fridge note (OCR): wifi password «pw»",
           "Text to the dog sitter: the alarm app password is «pw»"],
    "GB": ["WhatsApp: BT broadband password is «pw»", "Sticky note · Ocado login password «pw»"],
    "CA": ["WhatsApp: the cottage wifi password is «pw»"],
    "AU": ["Sticky note · Medicare online password «pw»"],
    "IN": ["WhatsApp: JioCinema ka password «pw» hai", "Sticky note · net banking password «pw»"],
    "NG": ["WhatsApp: my office laptop password is «pw»"],
    "PH": ["Password ng wifi sa bahay «pw»"],
    "ZA": ["WhatsApp: Showmax password is «pw»"],
    "KE": ["Password ya wifi ni «pw»"],
    "DE": ["Mein neues Passwort für Netflix lautet «pw»", "Notiz: Passwort für ELSTER «pw»"],
    "FR": ["Le mot de passe du wifi de mamie : «pw»"],
    "ES": ["La contraseña del wifi de la oficina es «pw»", "Nota: contraseña de la banca online «pw»"],
    "MX": ["Oye, la contraseña del módem nuevo es «pw»", "Nota de voz: la contraseña del SAT es «pw»"],
    "BR": ["A senha do wifi da casa da praia é «pw»"],
    "IT": ["La password del wifi della casa al mare è «pw»", "Nota: password della banca «pw»"],
    "NL": ["Het wifi-wachtwoord van het vakantiehuis is «pw»"],
    "PL": ["Hasło do wifi u babci: «pw»"],
    "TR": ["Wifi şifresi «pw»"],
    "ID": ["Password laptop saya «pw»"],
    "JP": ["Wi-Fiのパスワード «pw»"],
    "RU": ["Пароль от вайфая на даче «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Voice note, transcribed: the garage keypad code is «pw»", 4),
    ("US", "WhatsApp: alarm disarm code «pw»", 4),
    ("IN", "WhatsApp: ATM PIN «pw» hai", 4),
    ("GB", "Sticky note · tablet passcode «pw»", 6),
    ("DE", "Meine Geheimzahl ist «pw»", 4),
    ("BR", "Senha do cartão de débito: «pw»", 4),
    ("MX", "Mi NIP es «pw»", 4),
]
