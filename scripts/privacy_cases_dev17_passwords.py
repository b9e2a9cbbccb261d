"""Where the dev17 privacy set's passwords and PINs are written (``privacy_cases_dev17.py``): on the
command lines of the tools people run (backup tools, database shells, dumps and SQL typed into
them, archive, PDF and certificate tools, container registries and orchestrators, Wi-Fi, MQTT and
remote-desktop tools, file shares, cloud parameter stores and keychains fed through flags, env
variables, here-strings and pipes, password managers' own commands), in the config files they keep,
and in what they tell each other or themselves (texts, chats, notes, labels and notebooks read off a
photo, voice notes), English most and then the languages of the set's other countries, labels in
their own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address
(labelled too).

A password is drawn the ways people make one: a word or two with digits and a sign, a password
manager's random string, a passphrase of words; where a line puts it in a URL only URL-safe signs.
"""

from __future__ import annotations

import random

import privacy_password_makers
from privacy_password_makers import pin  # noqa: F401 - the builder's maker of PINs

STEMS = ["malachite", "tourmaline", "feldspar", "quartzite", "agate", "garnet", "peridot", "azurite", "citrine", "zircon", "spinel",
         "tanzanite", "rhodonite", "sodalite", "hematite", "pyrite", "dolomite", "gypsum", "topaz", "onyx", "lapis", "moonstone",
         "sunstone", "carnelian", "chalcedony", "fluorite", "calcite", "aragonite", "kunzite", "larimar", "labradorite", "jadeite",
         "serpentine", "opal", "marble"]

ACCOUNTS = ["okwabena", "svc_duplicati", "ledger_rw", "kbrandao", "homebox", "svc_mealie", "nightly_etl", "rsandberg", "ci_runner7",
            "vaultwarden_adm", "dnsadmin", "tdixit"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``, wider)."""
    return privacy_password_makers.password(r, STEMS, url_safe, wider=True)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ export BORG_PASSPHRASE='«pw»'; borg create ::photos-{now} ~/Pictures", False),
    ("$ pg_dump \"postgresql://«u»:«pw»@db.home.arpa:5432/finance\" > finance.sql", True),
    ("$ mysql -u «u» -p'«pw»' -e 'SHOW DATABASES;'", False),
    ("$ unar -p '«pw»' grandma-photos.rar", False),
    ("$ mutool clean -p '«pw»' lease-signed.pdf lease-open.pdf", False),
    ("$ skopeo login --username «u» --password '«pw»' registry.home.arpa:5000", False),
    ("$ printf '%s' '«pw»' | docker secret create nextcloud_db_pw -", False),
    ("$ kubectl -n media create secret generic jellyfin-smb --from-literal=smb-pass='«pw»'", False),
    ("$ op item edit 'Home router' password='«pw»'", False),
    ("$ sudo raspi-config nonint do_wifi_ssid_passphrase Larkspur-Home '«pw»'", False),
    ("$ redis-cli -h 10.1.1.7 -a '«pw»' INFO keyspace", False),
    ("$ ccrypt -e -K '«pw»' budget-2026.ods", False),
    ("$ smbclient //nas/family -U «u»%'«pw»' -c 'ls'", False),
    ("$ sshpass -p '«pw»' rsync -av ~/Documents «u»@nas.local:/srv/docs", False),
    ("finance=> CREATE ROLE «u» LOGIN PASSWORD '«pw»';", False),
    ("mysql> SET PASSWORD FOR '«u»'@'%' = PASSWORD('«pw»');", False),
    ("$ echo '«pw»' | pass insert -e email/«e»", False),
    ("$ security add-internet-password -a «e» -s smtp.fastmail.com -w '«pw»'", False),
    ("$ secret-tool store --label='NAS share' user «u» server nas <<< '«pw»'", False),
    ("$ lftp -u «u»,'«pw»' sftp://files.home.arpa -e 'mirror -R scans; bye'", False),
    ("$ xfreerdp /v:office-pc.home.arpa /u:«u» /p:'«pw»' /dynamic-resolution", False),
    ("$ SMTP_PASSWORD='«pw»' python3 send_invoices.py --from «e»", False),
    ("$ echo -n '«pw»' | aws ssm put-parameter --name /homelab/grafana/admin --type SecureString --value file:///dev/stdin", False),
    ("$ sudo mosquitto_passwd -b /etc/mosquitto/passwd «u» '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "netrc": "$ cat ~/.netrc → machine ftp.tekkie-backup.net login «u» password «pw» macdef init",
    "my_cnf": "/etc/mysql/debian.cnf (sudo cat): [client] host = localhost user = «u» password = «pw» socket = /run/mysqld/mysqld.sock",
    "fstab_cifs": "/etc/fstab: //nas/media /mnt/media cifs username=«u»,password=«pw»,uid=1000 0 0",
    "k8s_secret": "immich-secret.yaml (stringData):   DB_PASSWORD: \"«pw»\"",
    "hass_secrets": "Home Assistant › File editor › secrets.yaml → mqtt_password: «pw»",
    "msmtprc": "~/.msmtprc (vim): account work host smtp.office365.com port 587 tls on user «e» password «pw»",
    "spring_properties": "application.properties (IntelliJ): spring.mail.password=«pw»",
    "nut_users": "/etc/nut/upsd.users → [upsmon] password = «pw» upsmon primary",
    "openvpn_auth": "$ sudo cat /etc/openvpn/client/auth.txt → «u» «pw»",
    "jdbc_url": "DBeaver › Connection › URL jdbc:postgresql://db.home.arpa:5432/finance?user=«u»&password=«pw»",
    "git_credentials": "~/.git-credentials: https://«u»:«pw»@git.home.arpa",
    "web_config": "web.config: <add name=\"Db\" connectionString=\"Data Source=sql01;User ID=«u»;Password=«pw»\" />",
}
URL_CONFIGS = {"jdbc_url", "git_credentials"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Otter transcript: okay so for the school lunch account the login is my email and the password, write this down, is «pw»",
           "Text to Grandpa: the new Wi-Fi is called Hollyhock and its password is «pw» (capitals matter)",
           "Photo of the sticker on the modem (Google Lens): Wireless Key «pw»",
           "Apple Notes · 'Logins' · Peacock — pw → «pw»",
           "Signal to my sister: changed the Netflix pass again, new one's «pw», don't give it to Kyle"],
    "GB": ["Text to Dad: your login for the council tax site, password «pw», it's in your little book now",
           "Notes · Tesco Clubcard: my email plus the password «pw»"],
    "CA": ["Text: the cottage Wi-Fi password, Mom taped it inside the breaker panel, is «pw»"],
    "AU": ["Text: if the kids ask, the Stan account password is «pw»"],
    "IN": ["WhatsApp: JioCinema ka password «pw» rakh diya hai, sab use karo", "Diary photo (Lens): IRCTC password — «pw»"],
    "NG": ["Text from my uncle: oga, the DStv app password is «pw», use am for the match"],
    "PH": ["Viber: beh, password ng Netflix natin «pw», wag mo ipamigay"],
    "ZA": ["WhatsApp: Wi-Fi at the braai venue, password «pw»"],
    "KE": ["Nenosiri mpya la akaunti ya shule ni «pw»"],
    "DE": ["WhatsApp an Oma: dein neues Kennwort für die Krankenkassen-App ist «pw», gut aufheben",
           "Sprachmemo: Gäste-WLAN umgestellt, das Passwort heißt jetzt «pw»"],
    "FR": ["Message : le mdp du compte Ameli de maman, c'est «pw»"],
    "ES": ["WhatsApp: en casa de los abuelos la red se llama MOVISTAR_7F2A y la clave es «pw»", "Nota en el móvil: contraseña nueva de la app del banco → «pw»"],
    "MX": ["Audio: ya cambié la contraseña de Disney+, ahora es «pw», no se la pases a tus primos", "Mensaje: mi clave de la app del IMSS quedó como «pw»"],
    "BR": ["Áudio da minha mãe: anota a senha do aplicativo do banco, é «pw», depois apaga"],
    "IT": ["Messaggio dello zio: per la rete della taverna la chiave WPA è «pw»", "Biglietto sul frigo (foto): la parola d'ordine dell'allarme è «pw»"],
    "NL": ["Berichtje: wachtwoord van de gedeelde Videoland is «pw»"],
    "PL": ["Wiadomość: nowe hasło do e-Dziennika to «pw», nie zmieniaj go"],
    "TR": ["Mesaj: ev internetinin şifresi «pw», kimseye söyleme"],
    "ID": ["Chat: kata sandi akun PLN Mobile punya ibu «pw»"],
    "JP": ["メモ：学校の連絡アプリのパスワードは «pw»"],
    "RU": ["Заметка: пароль от личного кабинета электросетей — «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Note for the housesitter: alarm disarm code «pw», then press OFF", 4),
    ("US", "Text to my son: the debit card PIN is «pw», don't lose the card", 4),
    ("IN", "Voice note: ATM PIN «pw» hai, SBI wala card", 4),
    ("GB", "Message to Grandad: your chip and PIN number is «pw»", 4),
    ("DE", "Sprachnotiz: die PIN vom Handy meiner Mutter ist «pw»", 4),
    ("FR", "Note : code PIN de la carte SIM de papa «pw»", 4),
    ("ID", "Pesan: PIN ATM BCA ibu «pw»", 6),
]
