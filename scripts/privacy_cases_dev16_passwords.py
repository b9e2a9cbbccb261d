"""Where the dev16 privacy set's passwords and PINs are written (``privacy_cases_dev16.py``): on the
command lines of the tools people run (backup and sync tools, database shells and SQL typed into
them, archive, PDF and certificate tools, registries and secret stores fed through flags, env
variables, here-strings and pipes, remote desktops and file shares, Wi-Fi and VPN tools, password
managers' own commands), in the config files they keep, and in what they tell each other or
themselves (texts, chats, notes, sticky notes and notebooks read off a photo, dictated memos),
English most and then the languages of the set's other countries, labels in their own words and
forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

A password is drawn the ways people make one: a word or two with digits and a sign, a password
manager's random string, a passphrase of words; where a line puts it in a URL only URL-safe signs.
"""

from __future__ import annotations

import random

import privacy_password_makers
from privacy_password_makers import pin  # noqa: F401 - the builder's maker of PINs

STEMS = ["mandolin", "meadowlark", "quill", "rosehip", "sandpiper", "bobcat", "elderflower", "osprey", "peppermint", "raccoon",
         "sparrow", "ukulele", "bagpipe", "clarinet", "dulcimer", "euphonium", "flugelhorn", "glockenspiel", "harmonium", "kazoo",
         "mbira", "oboe", "piccolo", "sitar", "tabla", "theremin", "zither", "accordion", "banjo", "cello", "bassoon", "ocarina",
         "bouzouki", "balalaika", "tambourine"]

ACCOUNTS = ["bwexler", "svc_restic", "lfenwick", "ops_oncall", "mkimani", "deploybot", "hvilla", "reporting_ro", "famcloud",
            "jellyfin_admin", "grocy", "svc_paperless"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``, wider)."""
    return privacy_password_makers.password(r, STEMS, url_safe, wider=True)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ export RESTIC_PASSWORD='«pw»' && restic -r sftp:nas:/srv/backups snapshots --latest 3", False),
    ("$ mariadb-dump --user=«u» --password='«pw»' --all-databases | gzip > all.sql.gz", False),
    ("$ docker run --rm httpd:2.4 htpasswd -Bbn «u» '«pw»' >> auth/htpasswd", False),
    ("$ zip -P '«pw»' -r tax-return-docs.zip Taxes/", False),
    ("$ pdftk statement-march.pdf input_pw '«pw»' output statement-march-unlocked.pdf", False),
    ("$ skopeo copy docker://registry.lan/photos:latest oci:photos --src-creds «u»:'«pw»'", False),
    ("$ echo -n '«pw»' | gh secret set SMTP_PASSWORD --repo «u»/newsletter", False),
    ("$ helm upgrade --install nextcloud nextcloud/nextcloud --set nextcloud.username=«u» --set nextcloud.password='«pw»'", False),
    ("$ vault kv put secret/homelab/unifi username=«u» password='«pw»'", False),
    ("$ wpa_passphrase Casa-Fibra '«pw»' | sudo tee /etc/wpa_supplicant/wpa_supplicant.conf", False),
    ("$ mongosh \"mongodb://«u»:«pw»@10.0.0.12:27017/admin\" --quiet", True),
    ("$ rclone config create offsite sftp host backup.lan user «u» pass $(rclone obscure '«pw»')", False),
    ("$ gpg --batch --pinentry-mode loopback --passphrase '«pw»' -c tax-docs.tar", False),
    ("$ curl -u «u»:'«pw»' -T report.pdf https://cloud.lan/remote.php/dav/files/«u»/", False),
    ("ledger=# ALTER USER «u» WITH PASSWORD '«pw»';", False),
    ("MariaDB [(none)]> GRANT ALL ON nextcloud.* TO '«u»'@'localhost' IDENTIFIED BY '«pw»';", False),
    ("$ echo '{\"type\":1,\"name\":\"ISP router\",\"login\":{\"username\":\"«u»\",\"password\":\"«pw»\"}}' | bw encode | bw create item", False),
    ("$ keepassxc-cli add -u «e» -p ~/Passwords.kdbx Email/Personal <<< '«pw»'", False),
    ("$ printf '%s' '«pw»' | npx wrangler secret put ADMIN_PASSWORD", False),
    ("$ ncftpput -u «u» -p '«pw»' ftp.lan /uploads invoice.pdf", False),
    ("$ x11vnc -storepasswd '«pw»' ~/.vnc/passwd", False),
    ("$ WEBDAV_PASS='«pw»' ./sync-notes.sh --user «e»", False),
    ("$ sshfs «u»@nas.local:/volume1/scans ~/scans -o password_stdin <<< '«pw»'", False),
    ("$ keyring set smtp.gmail.com «u» <<< '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "dotenv": "VS Code — apps/api/.env — POSTGRES_PASSWORD=«pw»",
    "compose": "docker-compose.yml (Gitea file view):       MINIO_ROOT_PASSWORD: «pw»",
    "pgpass": "$ cat ~/.pgpass → db.lan:5432:ledger:«u»:«pw»",
    "wpa": "nano /etc/wpa_supplicant/wpa_supplicant-wlan0.conf → ssid=\"Casa-Fibra\" psk=\"«pw»\"",
    "spring_yaml": "IntelliJ — src/main/resources/application-prod.yml — spring.datasource.password: «pw»",
    "ddclient": "$ sudo cat /etc/ddclient.conf → protocol=dyndns2 login=«u» password='«pw»'",
    "transmission": "Transmission settings.json (nano): \"rpc-password\": \"«pw»\", \"rpc-username\": \"«u»\"",
    "grafana_ini": "vim grafana.ini → [security] admin_user = «u» admin_password = «pw»",
    "ssmtp": "/etc/ssmtp/ssmtp.conf: AuthUser=«e» AuthPass=«pw» mailhub=smtp.gmail.com:587",
    "davfs2": "$ sudo tail -1 /etc/davfs2/secrets → https://cloud.lan/remote.php/dav/files/«u»/ «u» «pw»",
    "pypirc": "~/.pypirc (cat): [testpypi] username = «u» password = «pw»",
    "mongo_url": "MongoDB Compass › Saved connections › mongodb://«u»:«pw»@mongo.lan:27017/?authSource=admin",
}
URL_CONFIGS = {"mongo_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Voice note to self (transcribed): the password for the HOA portal, the one with the pool booking, is «pw»",
           "Text to Dad: your Amazon login is still your email, and the password (don't lose it again) is «pw»",
           "Photo of the card taped under the router (OCR): Network Guest-Wing / Pass «pw»",
           "Google Keep · 'Accounts' · Costco.com pw: «pw»",
           "Messenger to my roommate: changed the Hulu password, it's «pw» now lol"],
    "GB": ["WhatsApp to Nan: your new password for the GP surgery app is «pw», I've written it in the blue book too",
           "Notes · ParentPay: username is my email, password «pw»"],
    "CA": ["Text: cabin Starlink pw is «pw», Dad also wrote it inside the cupboard door"],
    "AU": ["Messenger: for the footy club's Canva, the password's «pw»"],
    "IN": ["WhatsApp: bhai, Hotstar ka naya password «pw» hai, kisi ko mat batana", "Note to self: DigiLocker password «pw»"],
    "NG": ["WhatsApp: the POS admin password na «pw», abeg no share am"],
    "PH": ["Messenger: ate, ito yung password ng Shopee natin: «pw»"],
    "ZA": ["SMS from my sister: for Showmax just use my email, pw «pw»"],
    "KE": ["Neno la siri la Wi-Fi ya nyumbani ni «pw»"],
    "DE": ["Zettel im Portemonnaie (OCR): das Passwort vom Elster-Konto lautet «pw»",
           "Notiz nach der Änderung des Passworts für die Sparkassen-App, neu: «pw»"],
    "FR": ["SMS : pour la Freebox, la clé wifi c'est «pw» (l'ancienne ne marche plus)"],
    "ES": ["Telegram: la contraseña de Movistar Plus es «pw», no la cambies",
           "Nota: clave de acceso a la banca online, la nueva: «pw»"],
    "MX": ["WhatsApp: mi contraseña del SAT es «pw», ¿me ayudas con la declaración?",
           "Nota de voz: la contraseñita del Spotify familiar es «pw»"],
    "BR": ["WhatsApp: vó, a senha nova do aplicativo do INSS é «pw», não passa pra ninguém"],
    "IT": ["Messaggio vocale trascritto: la password dell'app della banca è «pw»", "Post-it sul monitor (OCR): pw del registro elettronico «pw»"],
    "NL": ["Appje: het wachtwoord van DigiD is «pw», niet doorsturen"],
    "PL": ["SMS: zapomniałam hasła do Allegro, ustawiłam nowe: «pw»"],
    "TR": ["WhatsApp: e-Devlet şifremi değiştirdim, yenisi «pw»"],
    "ID": ["WA: kata sandinya wifi kos diganti jadi «pw»"],
    "JP": ["LINE: 家のWi-Fiのパスワード変えたよ、新しいのは «pw»"],
    "RU": ["Telegram: сменил пароль от Госуслуг, теперь «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Text to the dog walker: the garage keypad code is «pw», then hit enter", 4),
    ("US", "Notes app · the kids' iPad Screen Time passcode «pw»", 4),
    ("IN", "WhatsApp: papa ka UPI PIN «pw» hai, kisi ko mat dena", 4),
    ("GB", "Voice note: Mum's bank card, if the machine asks for the PIN it's «pw»", 4),
    ("DE", "Notiz: Geheimzahl der neuen Kreditkarte «pw»", 4),
    ("FR", "SMS : le code de la carte bleue c'est «pw»", 4),
    ("ID", "Catatan: PIN m-banking «pw»", 6),
]
