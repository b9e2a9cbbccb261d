"""Where the dev8 privacy set's passwords and PINs appear (``privacy_cases_dev8.py``): on the
command lines of the tools people use every day (database clients, remote shells, file shares,
archivers, Wi-Fi, containers), in the config files they keep, and in the chat, notes, mail and
calendar entries they write, mostly in English and the rest in the languages of the set's other
writers. ``{pw}`` is the password or PIN, ``{u}`` a user name.
"""

from __future__ import annotations

PASSWORD_COMMANDS = [
    "mysql -h 10.0.4.12 -u {u} -p'{pw}' shop_prod", "mysqldump -u{u} -p{pw} --single-transaction wordpress > wp.sql",
    "psql \"postgresql://{u}:{pw}@db.internal:5432/analytics\"", "PGPASSWORD='{pw}' pg_dump -h localhost -U {u} crm > crm.sql",
    "sshpass -p '{pw}' ssh {u}@192.168.1.40", "sshpass -p {pw} scp backup.tar.gz {u}@nas.local:/volume1/backup/",
    "curl -u {u}:{pw} https://nextcloud.example.org/remote.php/dav/files/", "curl --user '{u}:{pw}' -X POST https://jira.example.com/rest/api/2/issue",
    "docker login registry.gitlab.com -u {u} -p {pw}", "echo '{pw}' | docker login ghcr.io -u {u} --password-stdin",
    "smbclient //fileserver/scans -U {u}%{pw}", "sudo mount -t cifs //192.168.0.5/media /mnt/media -o username={u},password={pw}",
    "nmcli dev wifi connect \"Vodafone-5G-3A\" password '{pw}'", "nmcli con modify HomeNet wifi-sec.psk '{pw}'",
    "zip -P '{pw}' taxes-2025.zip *.pdf", "7z a -p'{pw}' -mhe=on passport-scans.7z scans/", "unrar x -p{pw} invoices.rar",
    "redis-cli -h cache.internal -a '{pw}' FLUSHDB", "mongosh \"mongodb://{u}:{pw}@localhost:27017/admin\"",
    "git clone https://{u}:{pw}@git.example.org/team/handbook.git", "wget --user={u} --password='{pw}' https://files.example.net/report.xlsx",
    "lftp -u {u},{pw} ftp.example-hosting.com", "htpasswd -b /etc/nginx/.htpasswd {u} '{pw}'", "net use Z: \\\\NAS01\\share /user:{u} {pw}",
    "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}",
    "keytool -importkeystore -srckeystore old.jks -srcstorepass '{pw}' -destkeystore new.p12",
    "gpg --batch --passphrase '{pw}' -d secrets.tar.gpg | tar x", "sqlcmd -S sqlsrv01 -U {u} -P '{pw}' -Q \"SELECT @@VERSION\"",
    "xfreerdp /v:10.1.2.30 /u:{u} /p:'{pw}' /dynamic-resolution", "rclone config create b2 b2 account {u} key '{pw}'",
    "influx -username {u} -password '{pw}' -database telegraf", "mosquitto_pub -h broker.local -u {u} -P '{pw}' -t home/lights -m on",
    "ldapsearch -x -D \"cn={u},dc=corp,dc=example\" -w '{pw}' -b dc=corp,dc=example", "echo '{u}:{pw}' | sudo chpasswd",
    "az login -u {u}@contoso.onmicrosoft.com -p '{pw}'", "sqlplus {u}/{pw}@//oradb:1521/ORCLPDB1",
    "rabbitmqctl add_user {u} '{pw}'", "wp user create editor editor@example.org --role=editor --user_pass='{pw}'",
    "docker run -d -e POSTGRES_PASSWORD='{pw}' -p 5432:5432 postgres:16", "svn checkout https://svn.example.org/repo --username {u} --password '{pw}'",
    "ansible all -i hosts -m ping -e ansible_password='{pw}'", "http -a {u}:{pw} GET https://api.internal.example/status",
]

# config format -> lines as the file holds them
PASSWORD_CONFIGS = {
    "env": ["DB_PASSWORD={pw}", "SMTP_PASS=\"{pw}\""],
    "docker_compose": ["      MYSQL_ROOT_PASSWORD: \"{pw}\"", "      - POSTGRES_PASSWORD={pw}"],
    "my_cnf": ["~/.my.cnf — [client] user={u} password={pw}"],
    "pgpass": ["~/.pgpass — db.internal:5432:*:{u}:{pw}"],
    "netrc": ["~/.netrc — machine api.heroku.com login {u} password {pw}"],
    "spring": ["application.properties: spring.datasource.password={pw}"],
    "django": ["settings.py —         'PASSWORD': '{pw}',"],
    "wp_config": ["wp-config.php — define( 'DB_PASSWORD', '{pw}' );"],
    "appsettings": ["appsettings.json: \"Default\": \"Server=sql01;Database=Orders;User Id={u};Password={pw};\""],
    "wpa_supplicant": ["wpa_supplicant.conf —     psk=\"{pw}\""],
    "git_credentials": ["~/.git-credentials: https://{u}:{pw}@github.com"],
    "pip_conf": ["pip.conf — index-url = https://{u}:{pw}@pypi.internal.example/simple"],
    "redis_conf": ["redis.conf: requirepass {pw}"],
    "k8s_secret": ["secret.yaml — stringData:  password: \"{pw}\""],
    "tfvars": ["terraform.tfvars — db_admin_password = \"{pw}\""],
    "home_assistant": ["secrets.yaml — mqtt_password: \"{pw}\""],
}

# (writer's region, line)
PASSWORD_PROSE = [
    ("US", "Slack — @channel the new guest wifi password is {pw} (changes monthly)"),
    ("US", "Notes — Costco membership login: same email, password {pw}"),
    ("US", "iMessage — Mom: the password for the Netflix is {pw} don't change it again"),
    ("US", "Calendar: IT onboarding — temp password {pw}, change at first login"),
    ("US", "Gmail — Your temporary password is {pw}. It expires in 24 hours."),
    ("US", "sticky note (OCR): router admin / {pw}"),
    ("GB", "Teams — I've reset your account, password's now {pw} — ring me if it doesn't work"),
    ("GB", "WhatsApp — Flat 4 wifi: BT-Hub6-9QX, password {pw}"),
    ("CA", "Notes — Rogers account pw: {pw}"),
    ("AU", "Messenger — mate the NAS password is {pw}, don't tell Dave"),
    ("IN", "WhatsApp — bhai netbanking password {pw} hai, OTP main bhejunga"),
    ("IN", "Email — Dear Customer, your new login password is {pw}. Do not share it with anyone."),
    ("NG", "Telegram — the POS admin password is {pw}, abeg change am later"),
    ("PH", "Messenger — ate, yung password ng wifi sa bahay: {pw}"),
    ("ZA", "WhatsApp — password for the complex gate app is {pw} hey"),
    ("KE", "SMS — Your M-Shwari web password has been reset to {pw}"),
    ("BR", "WhatsApp — a senha do wi-fi da casa da praia é {pw}"),
    ("BR", "Notas — senha do gov.br: {pw}"),
    ("MX", "Telegram — la contraseña del correo de la oficina es {pw}"),
    ("ES", "Notas — contraseña del router Movistar: {pw}"),
    ("DE", "Signal — das WLAN-Passwort im Ferienhaus lautet {pw}"),
    ("DE", "Notizen — Passwort Elster-Zertifikat: {pw}"),
    ("FR", "Messages — le mot de passe de la box c'est {pw}"),
    ("IT", "WhatsApp — la password del wifi dello studio è {pw}"),
    ("NL", "Notities — wachtwoord DigiD: {pw}"),
    ("PL", "Messenger — hasło do wifi u babci to {pw}"),
    ("TR", "WhatsApp — modem şifresi {pw} olarak değişti"),
    ("ID", "WhatsApp — password wifi kos yang baru {pw} ya"),
    ("VN", "Zalo — mật khẩu wifi quán là {pw} nha"),
    ("JP", "LINE — Wi-Fiのパスワードは {pw} です"),
    ("KR", "카카오톡 — 와이파이 비밀번호 {pw} 입니다"),
    ("EG", "واتساب — باسورد الواي فاي الجديد {pw}"),
    ("PK", "WhatsApp — office wifi ka password {pw} hai"),
    ("US", "Zoom chat — meeting locked, the room password is {pw}"),
]

# (writer's region, line, digits)
PIN_LINES = [
    ("US", "Notes — garage keypad {pw}", 4), ("GB", "WhatsApp — alarm code is {pw}, press OFF first", 4),
    ("IN", "Notes — ATM PIN SBI {pw}", 4), ("DE", "Notizen — SIM-PIN {pw}", 4), ("BR", "Notas — senha do cartão {pw}", 4),
    ("US", "Messages — Venmo PIN is {pw} if it asks", 6), ("NG", "WhatsApp — my transfer PIN is {pw} dont forget", 4),
]
