"""Where the dev11 privacy set's passwords and PINs are written (``privacy_cases_dev11.py``): on the
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

STEMS = ["bramble", "kestrel", "porcupine", "nectarine", "gondola", "tarragon", "anchovy", "lilac", "monsoon", "parsnip", "quartz",
         "sherbet", "thimble", "wombat", "yarrow", "zucchini", "albatross", "carousel", "dandelion", "espresso", "firefly", "gazebo",
         "hibiscus", "igloo", "jasmine", "kumquat", "lemming", "mistral", "nutmeg", "otter", "pistachio", "rhubarb", "sardine", "tulip"]

ACCOUNTS = ["nina", "ops", "svc_backup", "rkumar", "media", "dba", "homeassistant", "jsmith", "pi", "builder", "akowalski", "reports"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``)."""
    return privacy_password_makers.password(r, STEMS, url_safe)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ mariadb -u «u» --password=«pw» -h 127.0.0.1 shop", False),
    ("PS C:\\> $pw = ConvertTo-SecureString \"«pw»\" -AsPlainText -Force; New-LocalUser «u» -Password $pw", False),
    ("$ BORG_PASSPHRASE='«pw»' borg create /mnt/usb/borg::docs ~/Documents", False),
    ("$ psql \"host=db.lan user=«u» password=«pw» dbname=inventory\"", False),
    ("$ mysqlcheck -u«u» -p«pw» --auto-repair --all-databases", False),
    ("$ curl --user «u»:«pw» -X POST http://192.168.0.5:8123/api/services/light/toggle", False),
    ("$ wget --http-user=«u» --http-password=«pw» http://nas.home/backup.tgz", False),
    ("$ echo -n '«pw»' | sudo cryptsetup open /dev/sdb1 vault -", False),
    ("$ iwctl --passphrase '«pw»' station wlan0 connect Attic-5G", False),
    ("$ echo '«pw»' | buildah login --username «e» --password-stdin quay.io", False),
    ("$ cf login -a https://api.sys.corp.example -u «u» -p '«pw»' -o dev -s staging", False),
    ("$ az sql server create -g rg-data -n sql-ledger -l westeurope -u «u» -p '«pw»'", False),
    ("$ gcloud sql users set-password «u» --instance=prod-db --password='«pw»'", False),
    ("$ mongodump --uri=\"mongodb://«u»:«pw»@10.0.0.21:27017/?authSource=admin\"", True),
    ("$ amqp-publish --url=amqp://«u»:«pw»@mq.lan:5672 -r jobs -b ping", True),
    ("$ jarsigner -keystore release.jks -storepass «pw» app-release.apk upload", False),
    ("$ openssl rsa -in server.key -out server-open.key -passin pass:«pw»", False),
    ("$ qpdf --decrypt --password=«pw» payslip.pdf payslip-open.pdf", False),
    ("$ clickhouse-client --user «u» --password «pw» --query 'SELECT 1'", False),
    ("$ restic -r rest:https://«u»:«pw»@backup.home.arpa/laptop snapshots", True),
    ("$ sshfs «u»@10.0.0.4:/srv/media ~/media -o password_stdin <<< '«pw»'", False),
    ("$ sudo -u postgres psql -c \"ALTER USER «u» WITH PASSWORD '«pw»';\"", False),
    ("postgres=# CREATE ROLE «u» LOGIN PASSWORD '«pw»';", False),
    ("$ java -jar jenkins-cli.jar -s http://ci.lan:8080 -auth «u»:«pw» build nightly", False),
    ("$ SNOWSQL_PWD='«pw»' snowsql -a acme-eu -u «u»", False),
    ("C:\\> psexec \\\\WS-22 -u «u» -p «pw» ipconfig /all", False),
    ("$ racadm -r 10.0.9.2 -u «u» -p «pw» serveraction powercycle", False),
    ("$ sqlplus «u»/«pw»@//db.corp:1521/ORCL", False),
    ("$ isql-fb -user «u» -password «pw» /data/employee.fdb", False),
    ("$ curl -X POST https://api.example.io/login -d '{\"email\":\"«e»\",\"password\":\"«pw»\"}'", False),
    ("$ PGPASSWORD=«pw» psql -h 10.2.0.7 -U «u» -c '\\dt'", False),
    ("$ transmission-remote -n «u»:«pw» -l", False),
    ("$ wp user create «u» «e» --role=editor --user_pass='«pw»'", False),
    ("$ rclone config create box webdav url https://dav.box.com/dav user «e» pass «pw»", False),
    ("$ keepassxc-cli ls ~/Vault.kdbx <<< '«pw»'", False),
    ("$ redis-server --requirepass «pw» --port 6390", False),
    ("$ pdftk statement.pdf output locked.pdf user_pw «pw»", False),
    ("$ ffmpeg -i rtsp://«u»:«pw»@192.168.1.64:554/Streaming/Channels/101 -frames:v 1 snap.jpg", True),
    ("$ lpadmin -p office -v smb://«u»:«pw»@printsrv/HP-2F -E", True),
    ("$ git push https://«u»:«pw»@git.home.arpa/infra.git main", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "compose": "compose.yaml:       MYSQL_ROOT_PASSWORD: «pw»",
    "dotenv": ".env.local: SMTP_PASS=«pw»",
    "esphome": "esphome/garage.yaml → wifi: ssid: \"Attic\" password: \"«pw»\"",
    "spring": "application.yml → spring.datasource.password: «pw»",
    "phpmyadmin": "config.inc.php: $cfg['Servers'][$i]['password'] = '«pw»';",
    "pulumi": "Pulumi.dev.yaml: config: app:dbPassword: «pw»",
    "chap": "/etc/ppp/chap-secrets: «u» * «pw» *",
    "msmtp": "~/.msmtprc: account gmail host smtp.gmail.com user «e» password «pw»",
    "fetchmail": "~/.fetchmailrc: poll imap.mail.com user '«e»' password '«pw»'",
    "hostapd": "/etc/hostapd/hostapd.conf: wpa_passphrase=«pw»",
    "knex": "knexfile.js: connection: { user: '«u»', password: '«pw»' },",
    "odbc": "odbc.ini → [crm] Server=sql02 UID=«u» PWD=«pw»",
    "jenkins": "credentials.xml: <username>«u»</username><password>«pw»</password>",
    "sqltools": "settings.json (SQLTools): \"password\": \"«pw»\",",
    "pgservice": "~/.pg_service.conf → [prod] host=db.lan user=«u» password=«pw»",
    "unattend": "autounattend.xml: <AdministratorPassword><Value>«pw»</Value></AdministratorPassword>",
    "database_url": "fly.toml [env] DATABASE_URL = \"postgres://«u»:«pw»@db.internal:5432/app\"",
    "ovpn": "office.ovpn auth.txt (two lines): «u» / «pw»",
}
URL_CONFIGS = {"database_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["hey the wifi at the lake house is «pw» (case sensitive)", "Mom's Apple ID password is «pw», not the same as the iPad code",
           "reminder: shared Costco login → «pw»", "Voice note: ok so the router admin password is «pw», write that down",
           "Slack DM: temp password for your new laptop is «pw», you'll be asked to change it", "Sticky note (OCR): PRINTER ADMIN PW «pw»"],
    "GB": ["broadband password's «pw», it's on the back of the hub as well", "Teams: kiosk PC reset, local admin password is now «pw»",
           "Notes — school parents' portal, password «pw»"],
    "CA": ["the hockey team's email password is «pw», don't change it please", "Dad's CRA login password: «pw»"],
    "AU": ["strata portal password for the unit → «pw»", "the new NBN box password is «pw», cheers"],
    "IN": ["Yaar, Hotstar ka password «pw» hai, apna profile banana", "PF portal password changed to «pw»",
           "Mail to Papa: the electricity bill PDF opens with «pw»"],
    "NG": ["Bros the wifi password for the office now is «pw»", "Mummy's Gmail password na «pw», no tell anybody"],
    "PH": ["Ate, yung password ng Netflix natin «pw» na", "wifi sa bahay ni Lola: «pw»"],
    "ZA": ["Password for the complex's gate app is «pw»"],
    "KE": ["M-Shwari statement opens with password «pw»"],
    "PK": ["Ghar ke router ka password «pw» kar diya hai"],
    "IE": ["the password for the club's Dropbox is «pw», grand"],
    "SG": ["condo gym booking app password: «pw» lah"],
    "DE": ["Das neue Passwort fürs Familien-Netflix ist «pw»", "Zugang zum Mieterportal: Kennwort «pw»"],
    "FR": ["Au fait, la clé wifi de la Freebox c'est maintenant «pw»", "Mot de passe provisoire de ton compte : «pw»"],
    "ES": ["La clave del wifi del piso es «pw»"],
    "MX": ["La contraseña del Disney+ es «pw», no la cambies", "Clave del correo de la oficina: «pw»"],
    "BR": ["A senha do Wi-Fi do escritório agora é «pw»", "Senha do Netflix da família: «pw», não muda!"],
    "IT": ["La password del router è «pw», scritta anche sotto"],
    "NL": ["Wachtwoord van de wifi in het vakantiehuis: «pw»"],
    "PL": ["Hasło do Netflixa: «pw», nie zmieniaj"],
    "TR": ["Wifi şifresi «pw» bu arada"],
    "ID": ["Password wifi rumah udah ganti jadi «pw»"],
    "JP": ["ルーターの管理画面のパスワードは «pw» です"],
    "KR": ["넷플릭스 비밀번호 «pw» 로 바꿨어"],
    "VN": ["Mật khẩu wifi nhà mình là «pw» nha"],
    "EG": ["غيرت باسورد الراوتر، الجديد: «pw»"],
    "RU": ["Пароль от роутера «pw», не потеряй"],
    "AR": ["Para el wifi del depto usá «pw»"],
    "CO": ["La clave del wifi de la finca es «pw»"],
    "SE": ["Nytt lösenord till Netflix-kontot: «pw»"],
    "TH": ["รหัสไวไฟคือ «pw» นะ"],
    "CN": ["家里wifi密码改成 «pw» 了"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Airbnb message: the front door keypad code is «pw», press the lock button after", 4),
    ("US", "voicemail PIN (new phone): «pw»", 4),
    ("IN", "UPI PIN for the new account is «pw» — delete this message", 6),
    ("GB", "Mum's bank card PIN is «pw», keep it safe", 4),
    ("DE", "Die PIN von der neuen EC-Karte ist «pw»", 4),
    ("BR", "Senha de 6 dígitos do app do banco: «pw»", 6),
    ("PH", "GCash MPIN ko «pw», wag mong ipagsabi", 4),
    ("NG", "My ATM pin na «pw», abeg withdraw 20k for me", 4),
    ("AU", "Code for the side gate keypad, in case I'm out: «pw»", 4),
]
