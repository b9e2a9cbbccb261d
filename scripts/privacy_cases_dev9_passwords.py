"""Where the dev9 privacy set's passwords and PINs appear (``privacy_cases_dev9.py``): on the
command lines of tools people use (database clients, remote desktops, file shares, archivers,
Wi-Fi, containers, cloud CLIs), in the config files they keep, and in the chat, notes, mail and
calendar entries they write, mostly in English and the rest in the languages of the set's other
writers. ``{pw}`` is the password or PIN, ``{u}`` a user name, ``{e}`` an e-mail address (labelled
too: the line holds two personal values).
"""

from __future__ import annotations

# (template, whether the password must be URL-safe)
PASSWORD_COMMANDS = [
    ("mysql -h db.local -u {u} -p'{pw}' shop", False),
    ("psql postgresql://{u}:{pw}@10.0.4.12:5432/analytics", True),
    ("sshpass -p '{pw}' ssh {u}@nas.local", False),
    ("curl -u {u}:{pw} https://nextcloud.home.arpa/remote.php/dav/", True),
    ("smbclient //fileserver/scans -U {u}%{pw}", True),
    ("sudo mount -t cifs //nas/media /mnt/media -o username={u},password={pw}", True),
    ("7z a -p'{pw}' -mhe=on tax-returns.7z ~/Documents/tax", False),
    ("zip -P '{pw}' -r photos-backup.zip Pictures/", False),
    ("unrar x -p'{pw}' course-materials.rar", False),
    ("nmcli device wifi connect HomeNet-5G password '{pw}'", False),
    ("docker login registry.gitlab.com -u {u} -p '{pw}'", False),
    ("htpasswd -b -c /etc/nginx/.htpasswd {u} '{pw}'", False),
    ("openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{pw}", True),
    ("mongosh \"mongodb://{u}:{pw}@cluster0.local:27017/admin\"", True),
    ("redis-cli -h cache.internal -a '{pw}' ping", False),
    ("git clone https://{u}:{pw}@git.home.arpa/family/recipes.git", True),
    ("wget --user={u} --password='{pw}' https://files.home.arpa/backup.tar", False),
    ("lftp -u {u},{pw} sftp://seedbox.example.net", True),
    ("net use Z: \\\\fileserver\\share {pw} /user:OFFICE\\{u}", True),
    ("xfreerdp /v:workpc.local /u:{u} /p:'{pw}'", False),
    ("sqlcmd -S localhost -U sa -P '{pw}' -Q \"SELECT 1\"", False),
    ("mysqldump --user={u} --password='{pw}' wordpress > wp.sql", False),
    ("PGPASSWORD='{pw}' pg_dump -U {u} -h localhost ledger > ledger.sql", False),
    ("keytool -list -keystore release.jks -storepass '{pw}'", False),
    ("gpg --batch --passphrase '{pw}' -d journal.txt.gpg", False),
    ("wpa_passphrase \"Casa Lopez\" '{pw}' >> /etc/wpa_supplicant.conf", False),
    ("ldapsearch -x -D cn={u},dc=home,dc=arpa -w '{pw}' -b dc=home,dc=arpa", False),
    ("RSYNC_PASSWORD='{pw}' rsync -av photos/ rsync://{u}@nas.local/photos", False),
    ("mosquitto_pub -h broker.local -u {u} -P '{pw}' -t home/lights -m on", False),
    ("influx -username {u} -password '{pw}' -database sensors", False),
    ("az login -u {e} -p '{pw}'", False),
    ("git config --global user.email {e} && git config credential.password '{pw}'", False),
    ("pip install --index-url https://{u}:{pw}@pypi.company.internal/simple/ tools", True),
    ("ansible-playbook site.yml -e ansible_become_password='{pw}'", False),
    ("adb shell input text '{pw}'", False),
    ("rclone config create backup webdav url https://dav.home.arpa user {u} pass '{pw}'", False),
    ("kubectl create secret generic db --from-literal=password='{pw}'", False),
    ("Invoke-Sqlcmd -ServerInstance sql01 -Username {u} -Password '{pw}'", False),
]
# config format: template (passwords there are URL-safe: no quoting to worry about)
PASSWORD_CONFIGS = {
    "env": "backend/.env \u2014 DB_PASSWORD={pw}",
    "yaml": "docker-compose.yml:   POSTGRES_PASSWORD: {pw}",
    "json": "appsettings.json \"SmtpPassword\": \"{pw}\"",
    "toml": "config.toml \u2014 [database] password = \"{pw}\"",
    "ini": "~/.my.cnf [client] user={u} password={pw}",
    "maven_xml": "settings.xml <server><id>nexus</id><username>{u}</username><password>{pw}</password></server>",
    "netrc": "~/.netrc machine api.home.arpa login {u} password {pw}",
    "pgpass": "~/.pgpass localhost:5432:budget:{u}:{pw}",
    "php": "wp-config.php define( 'DB_PASSWORD', '{pw}' );",
    "django": "settings.py DATABASES['default']['PASSWORD'] = '{pw}'",
    "properties": "application.properties spring.datasource.password={pw}",
    "wpa_supplicant": "wpa_supplicant.conf network={{ ssid=\"Attic\" psk=\"{pw}\" }}",
    "cifs_credentials": "/root/.smbcredentials username={u} password={pw}",
    "home_assistant": "secrets.yaml \u2014 mqtt_password: {pw}",
    "openvpn": "auth.txt for vpn.conf: {u} / {pw}",
}
PASSWORD_PROSE = {
    "US": ["the wifi password at the cabin is {pw}", "Netflix login is my email and the password is {pw}",
           "Mom, the new password for the iPad is {pw}", "Reminder to self: Costco account pw {pw}",
           "garage keypad app password: {pw}", "Password for the shared Amazon account -> {pw}"],
    "GB": ["Guest WiFi password: {pw} (ask at the bar)", "the router's admin password is {pw}, don't change it"],
    "CA": ["Hydro account password = {pw}"], "AU": ["mate the Foxtel password is {pw}"],
    "IN": ["Bhai, IRCTC password is {pw}", "Jio Fiber wifi pass {pw}"], "NG": ["My GTWorld password na {pw}, no tell anybody"],
    "PH": ["GCash password ko ay {pw}"], "ZA": ["DStv Now password: {pw}"], "PK": ["JazzCash ka password {pw} hai"],
    "KE": ["Nenosiri la WiFi ni {pw}"],
    "DE": ["Das WLAN-Passwort lautet {pw}", "Passwort f\u00fcrs Elster-Konto: {pw}"], "FR": ["Le mot de passe de la box est {pw}"],
    "ES": ["La contrase\u00f1a del wifi es {pw}", "contrase\u00f1a de Movistar: {pw}"], "MX": ["la contrase\u00f1a de Netflix es {pw}"],
    "BR": ["A senha do Wi-Fi \u00e9 {pw}", "senha do app do banco: {pw}"], "IT": ["La password del wifi \u00e8 {pw}"],
    "ID": ["Password wifi kos: {pw}"], "TR": ["Modemin \u015fifresi {pw}"], "VN": ["M\u1eadt kh\u1ea9u wifi l\u00e0 {pw}"],
    "PL": ["Has\u0142o do wifi: {pw}"], "NL": ["Het wachtwoord van de wifi is {pw}"], "JP": ["Wi-Fi\u306e\u30d1\u30b9\u30ef\u30fc\u30c9\u306f {pw} \u3067\u3059"],
    "KR": ["\uc640\uc774\ud30c\uc774 \ube44\ubc00\ubc88\ud638 {pw}"], "EG": ["\u0628\u0627\u0633\u0648\u0631\u062f \u0627\u0644\u0648\u0627\u064a \u0641\u0627\u064a {pw}"],
    "TH": ["\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19 wifi \u0e04\u0e37\u0e2d {pw}"],
}
PIN_LINES = [
    ("US", "note: debit card PIN {pw}"), ("GB", "new card arrived, PIN is {pw}"), ("DE", "PIN der EC-Karte: {pw}"),
    ("IN", "ATM PIN {pw} - change it later"), ("BR", "senha do cart\u00e3o {pw}"), ("FR", "code PIN de la SIM : {pw}"),
    ("US", "phone unlock code for grandpa: {pw}"),
]
