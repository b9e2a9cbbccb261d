"""Where the dev18 privacy set's passwords and PINs are written (``privacy_cases_dev18.py``): on the
command lines of the tools people run (backup and sync tools, database shells and the SQL typed into
them, archive, PDF and keystore tools, registries, queues and secret stores fed through flags, env
variables, here-strings and pipes, remote shells and file shares, Wi-Fi and VPN tools, password
managers' own commands), in the config files they keep, and in what they tell each other or
themselves (texts, chats, notes, labels and notebooks read off a photo, voice notes), English most
and then the languages of the set's other countries, labels in their own words and forms.
``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

A password is drawn the ways people make one: a word or two with digits and a sign, a password
manager's random string, a passphrase of words; where a line puts it in a URL only URL-safe signs.
"""

from __future__ import annotations

import random

import privacy_password_makers
from privacy_password_makers import pin  # noqa: F401 - the builder's maker of PINs

STEMS = ["rigatoni", "farfalle", "orecchiette", "tagliatelle", "gnocchi", "ravioli", "fusilli", "linguine", "penne", "tortellini",
         "pappardelle", "cannelloni", "ditalini", "bucatini", "conchiglie", "gemelli", "cavatappi", "radiatori", "campanelle",
         "strozzapreti", "trofie", "paccheri", "mafalde", "casarecce", "anelli", "vermicelli", "fregola", "orzo", "stelline",
         "cappellini", "fettuccine", "spaghettini", "ziti", "rotini", "lumache"]

ACCOUNTS = ["svc_docspell", "ghostfolio_rw", "nightly_restic", "pbalakrishnan", "svc_frigate", "dump_reader", "kgarza",
            "wexler_admin", "ci_builder12", "ntfy_pub", "rclone_sync", "jmorita"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``, wider)."""
    return privacy_password_makers.password(r, STEMS, url_safe, wider=True)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ RESTIC_PASSWORD='«pw»' restic -r sftp:backup@pi4:/mnt/usb/restic snapshots --latest 3", False),
    ("$ psql \"postgres://«u»:«pw»@pg.lan:5432/ghostfolio?sslmode=disable\" -c '\\dt'", True),
    ("$ mariadb-dump --user=«u» --password='«pw»' --single-transaction wikidb | gzip > wiki.sql.gz", False),
    ("$ zip -e -P '«pw»' medical-records.zip ~/Documents/clinic/*.pdf", False),
    ("$ gpg --batch --pinentry-mode loopback --passphrase '«pw»' -d wills-and-deeds.tar.gpg | tar x", False),
    ("$ buildah login --username «u» --password '«pw»' harbor.lan", False),
    ("$ echo '«pw»' | gh secret set SFTP_PASS --repo «u»/photo-backup", False),
    ("$ argocd account update-password --account «u» --new-password '«pw»'", False),
    ("$ bw edit item 4f1c --password '«pw»'", False),
    ("$ sudo wg-quick up parents-house && sudo -u «u» vncpasswd -f <<< '«pw»' > ~/.vnc/passwd", False),
    ("$ rabbitmqctl change_password «u» '«pw»'", False),
    ("$ ansible-vault encrypt_string --vault-password-file <(echo '«pw»') 'mqtt' --name broker_user", False),
    ("$ sudo mount -t cifs //fileserver/scans /mnt/scans -o user=«u»,pass='«pw»'", False),
    ("$ duplicity --ssh-askpass full ~/Photos sftp://«u»@backup.lan//srv/dup  # PASSPHRASE='«pw»' set above", False),
    ("wikidb=# ALTER USER «u» WITH PASSWORD '«pw»';", False),
    ("MariaDB [(none)]> CREATE USER '«u»'@'localhost' IDENTIFIED BY '«pw»';", False),
    ("$ gopass insert -m banking/«e» <<< '«pw»'", False),
    ("$ git credential-osxkeychain store <<< $'protocol=https\\nhost=gitea.lan\\nusername=«e»\\npassword=«pw»'", False),
    ("$ keyring set imap.migadu.com «u» <<< '«pw»'", False),
    ("$ curl -u «u»:'«pw»' -T receipts.zip https://dav.lan/remote.php/dav/files/«u»/", False),
    ("$ ssh-keygen -p -f ~/.ssh/id_ed25519 -N '«pw»'  # old one typed at the prompt", False),
    ("$ IMAP_PASS='«pw»' offlineimap -a Personal  # syncs «e»", False),
    ("$ printf '«pw»' | gcloud secrets versions add homeassistant-db --data-file=-", False),
    ("$ caddy hash-password --plaintext '«pw»'  # basic_auth for «u» on the photo gallery", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "pgpass": "$ cat ~/.pgpass → pg.lan:5432:ghostfolio:«u»:«pw»",
    "docker_env": "nano .env (Frigate stack): FRIGATE_MQTT_PASSWORD=«pw»",
    "rclone_conf": "~/.config/rclone/rclone.conf → [nas-webdav] type = webdav user = «u» pass = «pw»",
    "compose_yaml": "compose.yaml (VS Code): environment: - MARIADB_ROOT_PASSWORD=«pw»",
    "wpa_supplicant": "/etc/wpa_supplicant/wpa_supplicant.conf: network={ ssid=\"Gecko-Upstairs\" psk=\"«pw»\" }",
    "fetchmailrc": "~/.fetchmailrc: poll imap.mailbox.org protocol IMAP user \"«e»\" password \"«pw»\" ssl",
    "django_settings": "settings_local.py (PyCharm): DATABASES['default']['PASSWORD'] = '«pw»'",
    "ini_samba": "smb-credentials (chmod 600) → username=«u» password=«pw» domain=WORKGROUP",
    "toml_app": "config.toml (Ghostfolio sidecar): [database] user = \"«u»\" password = \"«pw»\"",
    "mongo_uri": "Compass › New connection › mongodb://«u»:«pw»@mongo.lan:27017/?authSource=admin",
    "redis_url": "Railway variables tab: REDIS_URL=redis://default:«pw»@redis.lan:6379/0",
    "xml_settings": "NuGet.Config (Rider): <add key=\"ClearTextPassword\" value=\"«pw»\" /> under packageSourceCredentials/lan-feed",
}
URL_CONFIGS = {"mongo_uri", "redis_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Voice memo transcript: note to self, the HSA portal login is my work email and the password is «pw»",
           "iMessage to Mom: the new router's network is Gecko-Downstairs and the key is «pw», all lowercase except the first letter",
           "Google Lens on the back of the cable box: WPA2 passphrase «pw»",
           "Bear note 'Streaming' · Max · password: «pw»",
           "WhatsApp to my brother: Hulu password got changed to «pw» after someone in Ohio logged in"],
    "GB": ["Voicemail I left for Nan: love, the NHS login that Dad set up wants «pw» when it asks, capital at the start",
           "Keep note · Boots Advantage · login email plus password «pw»"],
    "CA": ["Text to the renters: Wi-Fi password for the chalet is «pw», router's behind the TV"],
    "AU": ["Messenger: Binge password for the family account is «pw», don't change it"],
    "IN": ["WhatsApp: Hotstar ka naya password «pw» hai, bhaiya ne change kiya", "Notebook photo (Lens): DigiLocker pwd — «pw»"],
    "NG": ["WhatsApp from Aunty: the Showmax password na «pw», abeg no give anybody"],
    "PH": ["Messenger: ate, yung password ng Wi-Fi sa bahay ni Lola ay «pw»"],
    "ZA": ["WhatsApp: the Showmax login for the house is the Gmail and the password «pw»"],
    "KE": ["Ujumbe: nywila ya Wi-Fi ya ofisini sasa ni «pw»"],
    "DE": ["Signal an Papa: das Passwort für dein Online-Banking lautet jetzt «pw», bitte nicht auf einen Zettel schreiben",
           "Notiz im Handy: WLAN-Schlüssel der Ferienwohnung → «pw»"],
    "FR": ["SMS : le mot de passe de la Freebox de mamie, c'est «pw»"],
    "ES": ["Audio de WhatsApp: el wifi del pueblo se llama DIGIFIBRA-9C y la contraseña es «pw»", "Nota: nueva clave de la sede electrónica → «pw»"],
    "MX": ["WhatsApp: ya quedó la contraseña de HBO, es «pw», no la cambien", "Nota de voz: mi contraseña del SAT quedó «pw»"],
    "BR": ["Recado no grupo da família: quem for pra Ubatuba, a rede nova pede «pw»"],
    "IT": ["Messaggio della nonna: la password della posta è «pw», me l'ha scritta il nipote", "Foto del quaderno di papà: accesso al portale INPS, parola chiave «pw»"],
    "NL": ["Appje: het wachtwoord van onze gedeelde Disney+ is «pw»"],
    "PL": ["SMS: hasło do wifi w domku letniskowym to «pw»"],
    "TR": ["Annemin e-Nabız girişi için yeni parola: «pw»"],
    "ID": ["Grup RT: kata kunci hotspot balai warga sekarang «pw»"],
    "JP": ["LINE：おばあちゃんのスマホのロック解除用パスワードを «pw» に変えたよ"],
    "RU": ["Сообщение: пароль от Госуслуг мамы теперь «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Airbnb house manual, page 2: side-gate keypad «pw» then the star key", 4),
    ("US", "Voice memo: my debit card PIN got reset to «pw»", 4),
    ("IN", "Voice note: nani ke Google Pay ka PIN «pw» rakha hai, yaad rakhna", 6),
    ("GB", "Text to Mum: the new bank card's PIN is «pw», the letter came today", 4),
    ("DE", "Brief der Sparkasse abfotografiert: Ihre persönliche Geheimnummer lautet «pw»", 4),
    ("FR", "Mémo vocal : le digicode du local à vélos a changé, maintenant «pw»", 4),
    ("BR", "Bilhete na carteira do vô (foto): senha de 4 dígitos do caixa eletrônico «pw»", 4),
]
