"""Where the dev10 privacy set's passwords and PINs are written (``privacy_cases_dev10.py``): on
the command lines of tools people run at home and at work (database clients, backups, file shares,
remote desktops, archivers, Wi-Fi, message brokers, cloud sync), in the config files they keep, and
in what they say to each other (chat, notes, mail, voice memos), English most and then the other
languages of the set's countries. ``{pw}`` is the password, ``{u}`` a user name, ``{e}`` an e-mail
address (labelled too).

Passwords are drawn the three ways people make them: a word with digits and a sign, a password
manager's random string, a few words joined; where a line puts one in a URL only URL-safe signs are
used.
"""

from __future__ import annotations

import random
import string

WORDS = ["marigold", "tortuga", "basalt", "quokka", "lantern", "saffron", "pelican", "juniper", "cobalt", "tamarind", "walrus",
         "meridian", "kiwano", "falafel", "origami", "tundra", "zephyr", "mango", "biscuit", "harbor", "cactus", "nimbus", "paprika",
         "glacier", "hazel", "jackal", "lychee", "moss", "okapi", "quasar", "rooibos", "sequoia", "trombone", "umber", "vanilla"]


def password(r: random.Random, url_safe: bool) -> str:
    """A password of one of the three shapes people use; with ``url_safe`` only ``-_.`` as signs. It
    starts with a letter and never ends with a sign a sentence could end with (. ! ?)."""
    signs = "-_." if url_safe else "#%+-_.=^~!*?"
    last = "-_" if url_safe else "#%+-_=^~*"
    style = r.random()
    if style < 0.45:
        word = r.choice(WORDS)
        word = word.capitalize() if r.random() < 0.7 else word[:-1] + word[-1].upper()
        return f"{word}{r.choice(signs)}{r.randint(10, 9999)}" if r.random() < 0.5 else f"{word}{r.randint(10, 99)}{r.choice(last)}"
    if style < 0.8:
        chars = string.ascii_letters + string.digits
        body = [r.choice(string.ascii_letters)] + [r.choice(chars) for _ in range(r.randint(11, 19))]
        for _ in range(r.randint(1, 3)):
            body.insert(r.randint(2, len(body) - 1), r.choice(signs))
        return "".join(body)
    joiner = r.choice("-.") if url_safe else r.choice("-._")
    return joiner.join(r.sample(WORDS, r.choice([3, 4]))) + str(r.randint(2, 99))


def pin(r: random.Random, length: int) -> str:
    while True:
        value = "".join(r.choice(string.digits) for _ in range(length))
        if len(set(value)) > 2 and value not in "0123456789" and value not in "9876543210":
            return value


USERS = ["priya", "deploy", "admin", "mtran", "backup", "ola", "svc_sync", "hkim", "root", "media", "jdelgado", "finance"]

COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("~/work $ mysql -h db.internal -u {u} -p'{pw}' orders", False),
    ("PGPASSWORD='{pw}' pg_dump -h 10.0.4.12 -U {u} ledger > ledger.sql", False),
    ("sshpass -p '{pw}' rsync -av ./photos {u}@nas.local:/volume1/photos", False),
    ("curl -u {u}:{pw} https://cloud.example.org/remote.php/dav/files/{u}/", False),
    ("smbclient //fileserver/scans -U {u}%{pw}", False),
    ("sudo mount -t cifs //192.168.1.20/media /mnt/media -o username={u},password={pw},vers=3.0", False),
    ("C:\\> net use Z: \\\\FS01\\Finance {pw} /user:CORP\\{u}", False),
    ("xfreerdp /v:10.1.0.15 /u:{u} /p:{pw} /dynamic-resolution", False),
    ("7z a -p{pw} -mhe=on taxes-2026.7z ./taxes", False),
    ("zip -P {pw} -r contracts.zip contracts/", False),
    ("openssl enc -aes-256-cbc -pbkdf2 -in journal.txt -out journal.enc -pass pass:{pw}", False),
    ("nmcli device wifi connect \"Casa_5G\" password {pw}", False),
    ("podman login quay.io -u {u} -p {pw} --tls-verify=true", False),
    ("redis-cli -h cache.prod -p 6380 -a {pw} --no-auth-warning INFO", False),
    ("mongosh \"mongodb+srv://{u}:{pw}@cluster0.ab1cd.mongodb.net/app\"", True),
    ("sudo htpasswd -b -c /etc/nginx/.htpasswd {u} {pw}", False),
    ("git clone https://{u}:{pw}@git.example.com/team/infra.git", True),
    ("lftp -u {u},{pw} sftp://files.example.net", False),
    ("mosquitto_pub -h broker.lan -u {u} -P {pw} -t home/garage -m open", False),
    ("rabbitmqctl add_user {u} {pw}", False),
    ("sqlcmd -S tcp:sql01,1433 -U sa -P {pw} -Q \"SELECT name FROM sys.databases\"", False),
    ("echo '{pw}' | sudo -S systemctl restart nginx", False),
    ("printf '%s\n' '{u}:{pw}' | sudo chpasswd --crypt-method SHA512", False),
    ("cmdkey /add:fileserver01 /user:{u} /pass:{pw}", False),
    ("security add-generic-password -a {u} -s home-wifi -w {pw}", False),
    ("ssh-keygen -t ed25519 -N '{pw}' -f ~/.ssh/deploy_ed25519", False),
    ("RESTIC_PASSWORD={pw} restic -r sftp:{u}@backup.lan:/srv/restic backup ~/code", False),
    ("az login --username {e} --password '{pw}' --allow-no-subscriptions", False),
    ("wget --user={u} --password='{pw}' https://intranet.example.com/reports/q3.pdf", False),
    ("pscp -pw {pw} backup.tar.gz {u}@10.0.0.8:/srv/", False),
    ("ldapsearch -x -D 'cn=admin,dc=home,dc=lan' -w '{pw}' -b 'dc=home,dc=lan'", False),
    ("influx -host 127.0.0.1 -username {u} -password '{pw}' -precision rfc3339", False),
    ("unrar x -p{pw} season1.rar", False),
    ("gpg --batch --passphrase '{pw}' -d secrets.gpg > secrets.txt", False),
    ("psql \"postgresql://{u}:{pw}@localhost:5432/finance\"", True),
    ("PS C:\\Users\\ops> $cred = ConvertTo-SecureString '{pw}' -AsPlainText -Force", False),
    ("wpa_passphrase \"Vodafone-7C21\" '{pw}' | sudo tee -a /etc/wpa_supplicant.conf", False),
    ("mega-login {e} '{pw}'", False),
    ("icloudpd --directory ~/Pictures/icloud --username {e} --password '{pw}'", False),
    ("x11vnc -passwd {pw} -forever -display :0", False),
]

CONFIGS = {  # format: a line of its file as a sensor reads it (the file's name first)
    "env": ".env: DB_PASSWORD={pw}",
    "compose": "docker-compose.yml:       POSTGRES_PASSWORD: {pw}",
    "appsettings": "appsettings.json: \"ConnectionStrings\": { \"Main\": \"Server=sql01;Database=crm;User Id={u};Password={pw};\" }",
    "toml": "pyproject/settings.toml: [database] user = \"{u}\" password = \"{pw}\"",
    "mycnf": "~/.my.cnf  [client] user={u} password={pw}",
    "pgpass": "~/.pgpass: db.internal:5432:ledger:{u}:{pw}",
    "netrc": "~/.netrc: machine ftp.example.net login {u} password {pw}",
    "spring": "src/main/resources/application-prod.properties: spring.mail.password={pw}",
    "maven": "settings.xml: <server><id>nexus</id><username>{u}</username><password>{pw}</password></server>",
    "wpa": "wpa_supplicant.conf: network={ ssid=\"HomeNet\" psk=\"{pw}\" }",
    "wpconfig": "wp-config.php: define( 'DB_PASSWORD', '{pw}' );",
    "django": "settings.py: DATABASES = {'default': {'USER': '{u}', 'PASSWORD': '{pw}'}}",
    "tfvars": "prod.auto.tfvars: db_admin_password = \"{pw}\"",
    "nmconnection": "/etc/NetworkManager/system-connections/Office.nmconnection: [wifi-security] key-mgmt=wpa-psk psk={pw}",
    "cifs": "/root/.smbcredentials: username={u} password={pw}",
    "gitcredentials": "~/.git-credentials: https://{u}:{pw}@gitea.home.lan",
    "homeassistant": "secrets.yaml: mqtt_password: {pw}",
}
URL_CONFIGS = {"gitcredentials"}

PROSE = {  # region: lines in its people's words
    "US": ["text from Mom: new wifi password is {pw}, it's on the fridge too",
           "Slack DM: the shared QuickBooks password got changed to {pw}, please don't post it in #general",
           "Voice memo: garage door app - the password is {pw}",
           "Notes › Streaming: Hulu login is my work email, password {pw}"],
    "GB": ["reminder for Nan: her Tesco account password → {pw}", "Teams: the guest laptop admin password is {pw} until IT reimage it",
           "note to self - council tax portal password {pw} (changed Jan)"],
    "CA": ["the cottage wifi is called Lakeview and the password's {pw}", "Kid's Minecraft account pw: {pw} (don't tell him)"],
    "AU": ["mate, the footy club laptop password is {pw}, login as coach", "NBN modem admin page password: {pw}"],
    "IN": ["Bhai, Netflix ka password {pw} hai, profile 3 use karna", "Society gym wifi password: {pw}",
           "Mail to CA: the password for the GST portal PDF is {pw}"],
    "NG": ["Abeg the password for the shop POS laptop na {pw}", "Church projector laptop password - {pw}"],
    "PH": ["Pa-share ng wifi: password is {pw} po", "Tita's Facebook password daw: {pw}"],
    "ZA": ["Load-shedding note: the inverter app password is {pw}"],
    "KE": ["The statement PDF password is {pw}, open it on the laptop"],
    "PK": ["Office WiFi ka password {pw} hai"],
    "DE": ["Das WLAN-Passwort für Gäste lautet {pw}", "Notiz: Passwort vom Elster-Zertifikat: {pw}"],
    "FR": ["Le code wifi de l'appart c'est {pw}", "Mot de passe du compte Ameli de papa : {pw}"],
    "ES": ["La contraseña del router es {pw}, está debajo del aparato"],
    "MX": ["Oye, la contraseña de Netflix cambió, ahora es {pw}", "Contraseña del SAT: {pw} (no la pierdas)"],
    "BR": ["A senha do wifi da casa de praia é {pw}", "senha do gov.br da vó: {pw}"],
    "IT": ["La password del wifi dello studio è {pw}"],
    "NL": ["Het wachtwoord van de gedeelde Spotify is {pw}"],
    "PL": ["Hasło do wifi na działce: {pw}"],
    "TR": ["Modem şifresi {pw}, kimseye verme"],
    "ID": ["Password wifi kantor: {pw}"],
    "JP": ["来客用Wi-Fi、パスワード変えたよ→{pw}"],
    "KR": ["와이파이 비번 {pw}"],
    "VN": ["Mật khẩu wifi quán là {pw}"],
    "EG": ["باسورد النت الجديد {pw} متديهوش لحد"],
    "RU": ["Пароль от вайфая на даче: {pw}"],
}

PINS = [  # (region, line, length)
    ("US", "Airbnb door keypad: enter {pw} then press the lock button", 4),
    ("IN", "UPI PIN changed, new one {pw} - delete this note", 6),
    ("GB", "Alarm panel code for Nan's house is {pw}", 4),
    ("DE", "SIM-PIN vom Zweithandy: {pw}", 4),
    ("US", "Debit card PIN (don't keep this!) {pw}", 4),
    ("MX", "El NIP de la tarjeta de débito es {pw}", 4),
    ("BR", "Senha do cartão: {pw}", 6),
    ("AU", "Phone unlock PIN for the kids' iPad: {pw}", 4),
]
