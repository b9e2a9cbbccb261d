"""Where the dev15 privacy set's passwords and PINs are written (``privacy_cases_dev15.py``): on the
command lines of the tools people run (database shells and dumps, archive and PDF tools, container
registries, backup tools, disk and file encryption, remote desktops, cloud CLIs, password managers'
own commands, SQL typed into a shell), in the config files they keep, and in what they tell each
other or themselves (texts, chats, notes, whiteboards and sticky notes read off a photo, dictated
memos), English most and then the languages of the set's other countries. ``«pw»`` is the password,
``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

A password is drawn the ways people make one: a word or two with digits and a sign, a password
manager's random string, a passphrase of words; where a line puts it in a URL only URL-safe signs.
"""

from __future__ import annotations

import random

import privacy_password_makers
from privacy_password_makers import pin  # noqa: F401 - the builder's maker of PINs

STEMS = ["bergamot", "chinchilla", "dragonfruit", "ermine", "fiddlehead", "galangal", "huckleberry", "ibex", "jackfruit", "kingfisher",
         "loquat", "manatee", "nuthatch", "oleander", "pangolin", "quetzal", "rutabaga", "sorrel", "toucan", "tortoise", "vetiver",
         "wisteria", "yellowfin", "zebu", "axolotl", "bonsai", "coyote", "dahlia", "edelweiss", "persimmon", "grackle", "lorikeet",
         "mulberry", "shallot", "avocado"]

ACCOUNTS = ["priyanka", "svc_nightly", "kmueller", "raspi", "opsadmin", "plexserver", "jsantos", "ci_bot", "abiodun", "mediabox",
            "drone_ci", "ledger_ro"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``, wider)."""
    return privacy_password_makers.password(r, STEMS, url_safe, wider=True)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ psql \"postgresql://«u»:«pw»@192.168.50.10:5432/household\" -c '\\dt'", True),
    ("$ mysqldump -u «u» -p'«pw»' recipes > recipes-$(date +%F).sql", False),
    ("$ ansible-vault view group_vars/prod/vault.yml --vault-password-file <(echo '«pw»')", False),
    ("$ sudo raspi-config nonint do_wifi_ssid_passphrase Loft-Mesh '«pw»'", False),
    ("$ 7z x -p'«pw»' scans-grandma-letters.7z", False),
    ("$ pdftotext -upw '«pw»' bank-statement-june.pdf -", False),
    ("$ helm registry login harbor.lan -u «u» -p '«pw»'", False),
    ("$ sshpass -P assphrase -p '«pw»' ssh-add ~/.ssh/id_ed25519_work", False),
    ("$ export DUPLICACY_PASSWORD='«pw»'; duplicacy list -storage b2", False),
    ("$ gocryptfs -passfile <(echo '«pw»') ~/Dropbox/vault.enc ~/vault", False),
    ("$ svn checkout https://svn.lan/thesis/trunk --username «u» --password '«pw»'", False),
    ("$ curlftpfs ftp://«u»:«pw»@192.168.1.40/ /mnt/ftp", True),
    ("$ git clone https://«u»:«pw»@git.homelab.lan/«u»/recipes.git", True),
    ("$ REDISCLI_AUTH='«pw»' redis-cli -h 10.20.0.7 DBSIZE", False),
    ("$ secret-tool store --label='Home NAS' service nas user «u» <<< '«pw»'", False),
    ("$ udisksctl unlock -b /dev/sdc1 --key-file <(printf '%s' '«pw»')", False),
    ("$ az login --username «e» --password '«pw»' --tenant contoso.onmicrosoft.com", False),
    ("$ remmina -c rdp://«u»:«pw»@10.1.1.40", True),
    ("MariaDB [(none)]> SET PASSWORD FOR '«u»'@'localhost' = PASSWORD('«pw»');", False),
    ("$ printf '%s\\n' '«pw»' | pass insert -e bank/checking", False),
    ("$ op item create --category=login --title='Credit union' username=«e» 'password=«pw»'", False),
    ("$ racadm -r 10.0.0.50 -u «u» -p '«pw»' serveraction powerstatus", False),
    ("$ nats sub 'garage.>' --server nats://broker.lan:4222 --user «u» --password '«pw»'", False),
    ("$ printf '«pw»' | docker secret create sonarr_pg_password -", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "dotenv": "Sublime Text — .env — KEYCLOAK_ADMIN_PASSWORD=«pw»",
    "compose": "compose.yaml (GitHub file preview):       GF_SECURITY_ADMIN_PASSWORD: «pw»",
    "netplan": "$ sudo cat /etc/netplan/60-wifi.yaml → access-points: \"Loft-Mesh\": password: \"«pw»\"",
    "prometheus": "Sublime Text — prometheus.yml — basic_auth: username: «u» password: «pw»",
    "portainer_env": "Portainer › Stack vaultwarden › Env › SMTP_FROM=«e» · SMTP_PASSWORD=«pw»",
    "gradle": "IntelliJ · ~/.gradle/gradle.properties · RELEASE_STORE_PASSWORD=«pw»",
    "tomcat": "Sublime Text — conf/tomcat-users.xml — <user username=\"«u»\" password=\"«pw»\" roles=\"manager-gui\"/>",
    "k8s_secret": "Lens › Secret db-auth (decoded) › password: «pw»",
    "joomla": "FileZilla preview · configuration.php · public $password = '«pw»';",
    "airflow_url": "Sublime Text — airflow.env — AIRFLOW_CONN_WAREHOUSE=postgres://«u»:«pw»@warehouse.lan:5432/dw",
    "nextcloud": "$ sudo -u www-data cat config/config.php → 'dbpassword' => '«pw»',",
    "nuget": "Sublime Text — NuGet.Config — <add key=\"ClearTextPassword\" value=\"«pw»\" />",
}
URL_CONFIGS = {"airflow_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Siri dictation: the new Peacock password is «pw»", "Text to my sister: Mom's iPad password is «pw»",
           "Sticky note on the laptop · Xfinity password «pw»", "Whiteboard in the break room (OCR): VISITOR wifi pw «pw»",
           "House-sitting notes (Google Doc): Ring app login is my email, password «pw»"],
    "GB": ["Text: Sky Go login for the footie is «pw»", "Reminder list 'Shopping': Tesco online login, password «pw»"],
    "CA": ["Text: cottage internet password (the Bell modem) is «pw»"],
    "AU": ["Photo of the hallway notepad (OCR): Centrelink / myGov password «pw»"],
    "IN": ["Telegram: SonyLIV ka password «pw» hai", "Keep note 'Phone stuff' · BHIM app password «pw»"],
    "NG": ["Text: the password for the shop laptop is «pw»"],
    "PH": ["Ang password ng Netflix natin ay «pw»"],
    "ZA": ["Text: DStv app password «pw», don't change it"],
    "KE": ["Nenosiri la router ya dukani ni «pw»"],
    "DE": ["Zettel am Router im Ferienhaus: WLAN-Schlüssel «pw»", "Notiz: Passwort fürs Online-Banking «pw»"],
    "FR": ["Code wifi de la Livebox chez mes parents : «pw»"],
    "ES": ["Te paso la clave de HBO Max: «pw»", "Nota: contraseña del correo del trabajo «pw»"],
    "MX": ["Nota de voz: la clave del módem de Telmex es «pw»", "Nota de voz: contraseña del portal del IMSS «pw»"],
    "BR": ["A senha da Netflix agora é «pw»"],
    "IT": ["La password del Wi-Fi in ufficio è «pw»", "Promemoria: per entrare nello SPID la password è «pw»"],
    "NL": ["Wachtwoord van oma's iPad (briefje op de koelkast): «pw»"],
    "PL": ["Hasło do Playera u rodziców: «pw»"],
    "TR": ["Evin internet şifresi «pw»"],
    "ID": ["Kata sandi wifi kantor «pw»"],
    "JP": ["学校の連絡アプリのパスワードは «pw»"],
    "RU": ["Пароль от почты «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Siri dictation: the front door keypad code is «pw»", 4),
    ("US", "Text: room safe at the resort opens with «pw»", 4),
    ("IN", "Telegram: maa ke ATM card ka pin «pw» hai", 4),
    ("GB", "Notes app · phone unlock code «pw»", 6),
    ("DE", "Die PIN für die Girocard ist «pw»", 4),
    ("BR", "A senha de quatro dígitos do cartão é «pw»", 4),
    ("MX", "Nota: NIP del cajero para la tarjeta de nómina «pw»", 4),
]
