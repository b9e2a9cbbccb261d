"""Where the dev12 privacy set's passwords and PINs are written (``privacy_cases_dev12.py``): on the
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

STEMS = ["marmalade", "pelican", "sycamore", "tangerine", "juniper", "cobalt", "meadow", "saffron", "biscuit", "harbor", "lantern",
         "mongoose", "paprika", "quokka", "raven", "sequoia", "tortilla", "velvet", "walrus", "bluebell", "cinnamon", "driftwood", "falcon",
         "ginger", "hazelnut", "iguana", "jellyfish", "koala", "lychee", "maple", "nightjar", "oregano", "papaya", "rosemary", "snapdragon"]

ACCOUNTS = ["maria", "deploy", "backup_svc", "apatel", "kiosk", "dbadmin", "hass", "tchen", "ubuntu", "runner", "mnowak", "finance"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (``privacy_password_makers.password``)."""
    return privacy_password_makers.password(r, STEMS, url_safe)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ mysql -h db.home.arpa -u «u» -p'«pw»' -e 'SHOW DATABASES'", False),
    ("$ pg_dump \"postgresql://«u»:«pw»@192.168.10.4/ledger\" > ledger.sql", True),
    ("$ smbclient //fileserver/scans -U «u»%«pw» -c 'ls'", False),
    ("$ sudo mount -t cifs //nas/photos /mnt/photos -o username=«u»,password=«pw»", False),
    ("$ nmcli dev wifi connect Garden-5G password '«pw»'", False),
    ("$ 7z a -p'«pw»' taxes-2025.7z ~/Documents/taxes", False),
    ("$ zip -P «pw» contracts.zip *.pdf", False),
    ("$ gpg --batch --passphrase '«pw»' -c diary.md", False),
    ("$ docker login registry.gitlab.com -u «u» -p '«pw»'", False),
    ("$ htpasswd -b /etc/nginx/.htpasswd «u» '«pw»'", False),
    ("$ sshpass -p '«pw»' ssh «u»@10.0.0.12", False),
    ("$ ansible-playbook site.yml -e ansible_become_pass='«pw»'", False),
    ("$ mosquitto_pub -h broker.lan -u «u» -P '«pw»' -t home/lights -m on", False),
    ("$ influx auth create --org home -u «u» --password «pw»", False),
    ("$ kubectl create secret generic db --from-literal=password='«pw»'", False),
    ("$ openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:«pw»", False),
    ("$ keytool -genkeypair -alias upload -keystore upload.jks -storepass '«pw»'", False),
    ("$ veracrypt --text --mount vault.hc /mnt/vault --password='«pw»' --non-interactive", False),
    ("$ unzip -P '«pw»' statements.zip", False),
    ("$ rsync -av ./site rsync://«u»@mirror.lan/www --password-file=<(echo '«pw»')", False),
    ("$ mongosh \"mongodb+srv://«u»:«pw»@cluster0.abcde.mongodb.net/test\"", True),
    ("$ redis-cli -h cache.lan -a '«pw»' PING", False),
    ("$ lftp -u «u»,'«pw»' ftp.printshop.example", False),
    ("$ net use Z: \\\\fileserver\\shared /user:«u» «pw»", False),
    ("PS> Connect-ExchangeOnline -UserPrincipalName «e» -Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force)", False),
    ("$ ldapsearch -x -D 'cn=«u»,dc=home,dc=arpa' -w '«pw»' -b dc=home,dc=arpa", False),
    ("$ vncviewer 10.0.0.30:1 -passwd <(echo '«pw»' | vncpasswd -f)", False),
    ("$ rabbitmqctl add_user «u» '«pw»'", False),
    ("$ curl -u «e»:'«pw»' https://imap.example-mail.com/api/folders", False),
    ("$ ipmitool -I lanplus -H 10.0.9.5 -U «u» -P '«pw»' power status", False),
    ("mysql> ALTER USER '«u»'@'localhost' IDENTIFIED BY '«pw»';", False),
    ("$ echo '«u»:«pw»' | sudo chpasswd", False),
    ("$ duplicity --encrypt-key ABCD ~/docs sftp://«u»:«pw»@backup.lan/docs", True),
    ("$ npm login --registry http://verdaccio.lan:4873 <<< $'«u»\\n«pw»'", False),
    ("$ http --auth «u»:'«pw»' POST http://octopi.local/api/job command=start", False),
    ("$ curl --ntlm -u «u»:'«pw»' http://intranet.lan/reports", False),
    ("$ pdfencrypt -u '«pw»' -o payslip-locked.pdf payslip.pdf", False),
    ("$ open ftp://«u»:«pw»@192.168.1.20/upload", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "dotenv": "Window title: .env — DB_PASSWORD=«pw» — Sublime Text",
    "compose": "Window title: docker-compose.yml — POSTGRES_PASSWORD: «pw»",
    "wpa": "/etc/wpa_supplicant/wpa_supplicant.conf: psk=\"«pw»\"",
    "netrc": "~/.netrc: machine api.fastmail.com login «e» password «pw»",
    "my_cnf": "~/.my.cnf → [client] user=«u» password=«pw»",
    "pgpass": "~/.pgpass: db.home.arpa:5432:*:«u»:«pw»",
    "django": "settings.py: 'PASSWORD': '«pw»',",
    "laravel": ".env (laravel): MAIL_PASSWORD=«pw»",
    "wp_config": "Screenshot OCR (FTP editor): define( 'DB_PASSWORD', '«pw»' ); — wp-config.php",
    "rclone": "rclone.conf → [dav] type = webdav user = «u» pass = «pw»",
    "ini": "config.ini → [smtp] username = «e» password = «pw»",
    "helm": "values.yaml:   adminPassword: «pw»",
    "appsettings": "appsettings.json: \"ConnectionStrings\": { \"Default\": \"Server=sql01;User Id=«u»;Password=«pw»;\" }",
    "muttrc": "~/.muttrc: set smtp_pass = \"«pw»\"",
    "nm_connection": "/etc/NetworkManager/system-connections/Home.nmconnection → psk=«pw»",
    "redis": "Window title: redis.conf — requirepass «pw» — nano",
    "database_url": "Window title: .env.production — DATABASE_URL=mysql://«u»:«pw»@db.prod.internal:3306/shop",
    "terraform": "terraform.tfvars: db_password = \"«pw»\"",
}
URL_CONFIGS = {"database_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Voice note (transcribed): the garage keypad app password is «pw», don't forget", "text to Jake: guest wifi is «pw»",
           "Notes · Grandma's Facebook password «pw» (she keeps forgetting)", "Chat: the shared HBO login password is «pw»",
           "Screenshot OCR (sticky note on monitor): pw «pw»", "Gmail: your temporary portal password is «pw», change it at first login"],
    "GB": ["Voice note: the alarm panel password is «pw»", "WhatsApp: Netflix password's «pw» now, don't lock me out",
           "Notes · council tax online account password «pw»"],
    "CA": ["text: cottage wifi password is «pw» eh", "Notes · kid's school portal password: «pw»"],
    "AU": ["Chat: footy club login password is «pw»", "Voice note: modem password is «pw», on the sticker too"],
    "IN": ["Bhai wifi ka password «pw» hai", "Notes · IRCTC password: «pw»", "Chat: PDF ka password «pw» hai, DOB wala nahi"],
    "NG": ["Abeg the Netflix password na «pw»", "Chat: the shop's POS admin password is «pw»"],
    "PH": ["Password ng wifi natin «pw»", "Chat: yung password ng Spotify family «pw»"],
    "ZA": ["Chat: the Showmax password is «pw»"],
    "KE": ["Wifi password ni «pw»"],
    "PK": ["Wifi ka password «pw» hai, sab ko mat batana"],
    "GH": ["Chat: the church laptop password is «pw»"],
    "NZ": ["Note to self: bach wifi password is «pw»"],
    "DE": ["Das WLAN-Passwort im Ferienhaus lautet «pw», steht auch am Router", "Sprachnotiz: Passwort für das Elternportal ist «pw»"],
    "FR": ["Le mot de passe du wifi, c'est «pw»", "Note : mot de passe Ameli «pw»"],
    "ES": ["La contraseña de Netflix es «pw»"],
    "MX": ["Oye, la contraseña del wifi de la casa es «pw»", "Nota: contraseña del SAT «pw»"],
    "BR": ["A senha do wifi é «pw»", "Nota: senha do gov.br «pw»"],
    "IT": ["La password del wifi di casa nuova è «pw»"],
    "NL": ["Het wifi-wachtwoord is «pw»"],
    "PL": ["Hasło do wifi to «pw»"],
    "TR": ["Netflix şifresi «pw»"],
    "ID": ["Password Netflix kita «pw»"],
    "JP": ["実家のWi-Fiのパスワードは «pw» だよ"],
    "KR": ["와이파이 비번 «pw» 이야"],
    "VN": ["Mật khẩu Netflix là «pw»"],
    "EG": ["باسورد الواي فاي بتاع الشقة «pw»"],
    "RU": ["Пароль от вайфая «pw»"],
    "AR": ["La clave del wifi es «pw»"],
    "CO": ["La contraseña de Netflix es «pw»"],
    "SE": ["Wifi-lösenordet är «pw»"],
    "TH": ["รหัส Netflix คือ «pw»"],
    "CN": ["路由器密码是 «pw»"],
    "SA": ["رقم سري الواي فاي «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Voice note (transcribed): the alarm code is «pw», disarm it when you get in", 4),
    ("US", "text: garage door keypad code «pw»", 4),
    ("IN", "Chat: ATM PIN «pw» hai, 5000 nikal lena", 4),
    ("GB", "Notes · debit card PIN «pw»", 4),
    ("DE", "Die PIN fürs Handy ist «pw»", 4),
    ("BR", "Mensagem: a senha do cartão de débito é «pw», saca 200 pra mim", 4),
    ("PH", "MPIN ng Maya ko: «pw»", 6),
    ("NG", "My card PIN is «pw», buy the recharge card", 4),
    ("MX", "El NIP de la tarjeta es «pw»", 4),
]
