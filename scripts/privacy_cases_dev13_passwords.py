"""Where the dev13 privacy set's passwords and PINs are written (``privacy_cases_dev13.py``): on the
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

STEMS = ["anchovy", "bramble", "cardamom", "dolphin", "elderberry", "fennel", "gazelle", "hibiscus", "indigo", "jackal", "kumquat",
         "lavender", "magnolia", "nutmeg", "ocelot", "peppercorn", "quince", "rhubarb", "starling", "tamarind", "umber", "vanilla", "wombat",
         "yarrow", "zucchini", "apricot", "badger", "chestnut", "dandelion", "emerald", "fjord", "gooseberry", "heron", "ivy", "kestrel"]

ACCOUNTS = ["lucia", "svc_backup", "rkumar", "pi", "admin2", "nextcloud", "jsmith", "ops", "wkowalski", "media", "ci", "accounts"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``)."""
    return privacy_password_makers.password(r, STEMS, url_safe)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ mariadb -u «u» --password='«pw»' shop", False),
    ("$ psql \"postgres://«u»:«pw»@10.1.1.7:5432/notes\"", True),
    ("$ mount.cifs //storage/backup /srv/backup -o user=«u»,pass=«pw»", False),
    ("$ wpa_passphrase Attic-WiFi '«pw»' >> /etc/wpa.conf", False),
    ("$ 7za x -p«pw» invoices.7z", False),
    ("$ qpdf --decrypt --password='«pw»' locked.pdf open.pdf", False),
    ("$ podman login quay.io --username «u» --password '«pw»'", False),
    ("$ sshpass -p «pw» scp notes.tar «u»@192.168.4.20:/srv", False),
    ("$ restic -r sftp:«u»@nas:/restic backup ~ --password-command 'echo «pw»'", False),
    ("$ borg init --encryption=repokey /mnt/borg <<< '«pw»'", False),
    ("$ wget --user=«u» --password='«pw»' https://files.lan/report.pdf", False),
    ("$ ncftp -u «u» -p '«pw»' ftp.lan", False),
    ("$ git clone https://«u»:«pw»@git.lan/infra.git", True),
    ("$ mongodump --uri \"mongodb://«u»:«pw»@10.2.0.5:27017/app\"", True),
    ("$ openssl enc -aes-256-cbc -in keys.txt -out keys.enc -k '«pw»'", False),
    ("$ rclone config create dav webdav url https://dav.lan user «u» pass '«pw»'", False),
    ("$ az login -u «e» -p '«pw»'", False),
    ("$ xfreerdp /v:10.0.3.9 /u:«u» /p:'«pw»'", False),
    ("$ cryptsetup open /dev/sdb1 vault <<< '«pw»'", False),
    ("postgres=# CREATE ROLE «u» LOGIN PASSWORD '«pw»';", False),
    ("$ curl --user «e»:«pw» https://dav.example-cloud.com/files/", False),
    ("$ transmission-remote -n «u»:'«pw»' -l", False),
    ("$ pihole -a -p '«pw»'", False),
    ("$ mc alias set home http://minio.lan:9000 «u» '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "dotenv": "Editor tab .env.local: SMTP_PASS=«pw»",
    "compose": "compose.yaml (viewer):       MYSQL_ROOT_PASSWORD: «pw»",
    "wpa": "Terminal: cat wpa.conf → psk=\"«pw»\"",
    "netrc": "cat ~/.netrc → machine imap.example-mail.com login «e» password «pw»",
    "pgpass": "Editor tab .pgpass: 10.1.1.7:5432:notes:«u»:«pw»",
    "django": "Editor tab local_settings.py: DATABASES['default']['PASSWORD'] = '«pw»'",
    "ini": "Editor tab sync.ini: [remote] user = «u» secret = «pw»",
    "helm": "Editor tab values-prod.yaml: rootPassword: «pw»",
    "appsettings": "Editor tab appsettings.Development.json: \"Smtp\": { \"User\": \"«e»\", \"Password\": \"«pw»\" }",
    "redis": "Editor tab sentinel.conf: masterauth «pw»",
    "database_url": "Editor tab .env.staging: REDIS_URL=redis://«u»:«pw»@cache.lan:6379/0",
    "terraform": "Editor tab secrets.auto.tfvars: admin_password = \"«pw»\"",
}
URL_CONFIGS = {"database_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Dictated memo: Disney+ password changed to «pw»", "Signal to Mom: the printer's admin password is «pw»",
           "Notes · kids' Roblox password «pw»", "Photo of a whiteboard (OCR): guest network password «pw»",
           "Email to the sitter: tablet password is «pw»"],
    "GB": ["Signal: the Sky login password is «pw»", "Notes · Tesco account password «pw»"],
    "CA": ["Signal: hockey team site password «pw»"],
    "AU": ["Notes · myGov password «pw»"],
    "IN": ["Signal: Hotstar ka password «pw» hai", "Notes · UPI app login password «pw»"],
    "NG": ["Signal: the cybercafe PC password is «pw»"],
    "PH": ["Yung password ng laptop ko «pw»"],
    "ZA": ["Signal: DStv app password is «pw»"],
    "KE": ["Password ya laptop ni «pw»"],
    "DE": ["Das Passwort fürs Gäste-WLAN ist jetzt «pw»", "Notiz: Passwort fürs Finanzamt-Portal «pw»"],
    "FR": ["Pour la box du gîte, le mot de passe est «pw»"],
    "ES": ["La clave del portátil es «pw»", "Nota: contraseña de la Cl@ve «pw»"],
    "MX": ["La contraseña de la compu es «pw»", "Dictado: la contraseña del banco es «pw»"],
    "BR": ["A senha do notebook é «pw»"],
    "IT": ["La password di Netflix è «pw»", "Nota: password dello SPID «pw»"],
    "NL": ["Het wachtwoord van de laptop is «pw»"],
    "PL": ["Hasło do Netflixa: «pw»"],
    "TR": ["Modem şifresi «pw»"],
    "ID": ["Password wifi kantor «pw»"],
    "JP": ["ネットフリックスのパスワードは «pw»"],
    "RU": ["Пароль от ноутбука «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Dictated memo: the lockbox code is «pw»", 4),
    ("US", "Signal: gate code «pw»", 4),
    ("IN", "Signal: debit card ka PIN «pw» hai", 4),
    ("GB", "Notes · phone unlock PIN «pw»", 6),
    ("DE", "Die Karten-PIN ist «pw»", 4),
    ("BR", "A senha do cartão é «pw»", 4),
    ("MX", "NIP del cajero «pw»", 4),
]
