"""Passwords and PINs for the dev4 privacy set: on the command lines of tools none of tuning, dev2
and dev3 uses (hardware consoles, Windows administration, macOS keychains and Wi-Fi, VPNs and disk
encryption, media servers, CMS and app admin CLIs, deployment secrets, SQL statements that set a
password), in config formats they lack (Wi-Fi profiles, VPN secrets, installer answer files, mail
clients, PHP, Go, .NET and Python settings, server configs), in URLs of new protocols (RTSP cameras,
AMQPS, proxies, pip requirements, git credentials), and in prose in languages they lack. Values
are new (a test checks).
"""

from __future__ import annotations

import random
import string

from privacy_cases import alnum

_SYMBOLS = "!#$%&*+-=?@^_"
PASSWORDS = [
    "Sarmale#Cluj84", "Tatra-Lomnica3", "Plitvice!Jezera", "Kalemegdan_21", "Rila7Monastery!", "Vilnius*Gediminas9",
    "Jurmala_Kapa44", "Tallinn!Raekoda2", "Geysir-Strokkur8", "Moselle#Wine61", "Valletta_1565!", "Kolossi*Castle3",
    "Chefchaouen!Blue5", "Tassili#N-Ajjer", "Carthage_146bc", "Kakum!Canopy9", "Serengeti#Migr8", "Rwenzori_5109",
    "Lalibela!1181", "Sundarban$Tiger4", "Sigiriya_Rock47", "Sagarmatha#8849", "Corniche!Doha22", "Failaka_Isle6",
    "Petra!Siq1812", "Byblos#Cedars7", "Montevideo_Rambla", "Asuncion!Chipa3", "Galapagos#Tortuga", "Roraima_Tepui9",
    "Arenal!Volcan68", "Canal#Miraflores", "Tikal_Gran4Jaguar", "Malecon!SantoD", "Baiterek#Astana97", "Registan!Samarq",
    "Kazbegi_Gergeti5", "Gobustan#Rock12", "Naadam!Ulaanbaatar", "AngkorWat_1113", "Mostar!Stari9", "Ohrid#Lake15",
    "Butrint_Saranda3", "BlueMtn!Coffee76", "Sakura#Hanami26", "Kiwi_Pavlova19", "fjord-BLUE-kettle-8", "Tram!Lisboa28",
    "orbit#Maple7plum", "7Hills!Kampala", "Cedar+Snow_2026", "Qz8!mW3#rT6v", "bX4$kP9@nL2e", "Hq7=Vy2^Lp5s",
    "rainfall-ochre-lantern", "Mojito_Havana59", "Dhow!Zanzibar7", "TeaLeaf#Nuwara4", "Yak!Butter_Tea8", "Pisco$Sour1",
]

_WORDS = ["Lavanda", "bukovina", "Koliba", "Ajvar", "kumquat", "Sirocco", "nectarine", "Baobab", "Condor", "ibis",
          "Tamarind", "gecko", "Marimba", "saffron", "Zephyr", "quokka", "Cardamom", "Mistral", "larch", "Obsidian"]


def password_stream(r: random.Random) -> list[str]:
    """``PASSWORDS``, then word-and-number and generated passwords: no repeats."""
    made = list(PASSWORDS)
    while len(made) < 220:
        word = r.choice(_WORDS)
        value = r.choice([f"{word}{r.choice('!#$%&*?')}{r.randint(10, 9999)}",
                          f"{word.capitalize()}.{r.randint(1950, 2030)}{r.choice('#$%&*')}{r.randint(1, 9)}",
                          alnum(r, 1, string.ascii_letters) + alnum(r, 17, string.ascii_letters + string.digits + _SYMBOLS),
                          f"{r.randint(2, 99)}{word.upper()}{r.choice('#$%*')}"])
        if value not in made:
            made.append(value)
    return made


PASSWORD_COMMANDS = [
    "ipmitool -I lanplus -H 10.0.0.50 -U ADMIN -P {v} chassis power status", "evil-winrm -i 10.0.0.5 -u Administrator -p {v}",
    "impacket-psexec ACME/admin:{v}@10.0.0.5", "wmic /node:srv01 /user:ACME\\admin /password:{v} os get caption",
    "schtasks /create /tn Backup /tr C:\\backup.cmd /sc daily /ru ACME\\svc-backup /rp {v}",
    "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d {v}",
    "plink -ssh pi@raspberrypi.local -pw {v} uptime", "security add-generic-password -a priya -s home-nas -w {v}",
    "networksetup -setairportnetwork en0 HomeNet-5G {v}", "diskutil apfs unlockVolume disk3s2 -passphrase {v}",
    "wpa_passphrase HomeNet-5G {v} >> /etc/wpa_supplicant/wpa_supplicant.conf", "nmcli connection modify HomeNet wifi-sec.psk {v}",
    "veracrypt --text --mount vault.hc /mnt/vault --password={v}", "echo -n {v} | cryptsetup luksOpen /dev/sdb1 backup -",
    "qpdf --decrypt --password={v} statement.pdf statement-open.pdf", "unrar x -p{v} photos-2026.rar",
    "yt-dlp --username priya --password {v} https://video.example.org/course/12",
    "swaks --server smtp.example.org:587 --auth-user priya --auth-password {v}", "echo {v} | kinit priya@ACME.LOCAL",
    "vault login -method=userpass username=priya password={v}", "argocd login argocd.example.org --username admin --password {v}",
    "helm install db bitnami/postgresql --set auth.postgresPassword={v}", "terraform apply -var 'db_password={v}'",
    "gh secret set DB_PASSWORD --body {v}", "fly secrets set DATABASE_PASSWORD={v}", "docker run -d -e MARIADB_ROOT_PASSWORD={v} mariadb:11",
    "az vm create -g rg -n vm1 --image Ubuntu2204 --admin-username priya --admin-password {v}", "grafana-cli admin reset-admin-password {v}",
    "wp user update 1 --user_pass={v}", "DJANGO_SUPERUSER_PASSWORD={v} python manage.py createsuperuser --noinput --username admin",
    "rabbitmqctl change_password ci {v}", "db2 connect to SAMPLE user db2inst1 using {v}", "mysqlsh root@localhost:3306 --password={v} --sql",
    "poetry config http-basic.internal priya {v}", "java -jar jenkins-cli.jar -s http://ci:8080/ -auth priya:{v} build tether",
    "ffmpeg -i rtsp://admin:{v}@192.168.1.64:554/Streaming/Channels/101 -t 10 clip.mp4", "openssl passwd -6 {v}",
    "xcrun notarytool store-credentials notary --apple-id \"$APPLE_ID\" --team-id 7QX9K2 --password {v}",
]

PASSWORD_CONFIGS = [
    ("wpa_supplicant", 'network={{\n    ssid="HomeNet-5G"\n    psk="{v}"\n}}'), ("nmconnection", "[wifi-security]\nkey-mgmt=wpa-psk\npsk={v}"),
    ("wlan_profile_xml", "<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>{v}</keyMaterial></sharedKey>"),
    ("ipsec_secrets", ': PSK "{v}"'), ("openvpn_inline", "<auth-user-pass>\npriya\n{v}\n</auth-user-pass>"),
    ("my_cnf", "[client]\nuser=root\npassword=\"{v}\""), ("git_credentials", "https://priya:{v}@git.example.org"),
    ("muttrc", 'set smtp_pass = "{v}"'), ("fetchmailrc", "poll imap.example.org protocol IMAP user 'priya' there with password '{v}'"),
    ("tomcat_users", '<user username="admin" password="{v}" roles="manager-gui"/>'),
    ("web_config", '<add name="Shop" connectionString="Server=db01;Database=shop;User ID=app;Password={v};" />'),
    ("appsettings", '"ConnectionStrings": {{ "Default": "Host=db;Database=shop;Username=app;Password={v}" }}'),
    ("wp_config", "define( 'DB_PASSWORD', '{v}' );"),
    ("django_settings", "DATABASES = {{'default': {{'ENGINE': 'django.db.backends.postgresql', 'USER': 'app', 'PASSWORD': '{v}'}}}}"),
    ("knexfile", "connection: {{ host: 'db', user: 'app', password: '{v}', database: 'shop' }},"),
    ("go_dsn", 'dsn := "app:{v}@tcp(db:3306)/shop?parseTime=true"'),
    ("ansible_inventory", "nas ansible_host=10.0.0.20 ansible_user=admin ansible_password={v}"), ("k8s_stringdata", "stringData:\n  password: {v}"),
    ("haproxy", "    stats auth admin:{v}"), ("redis_conf", "requirepass {v}"), ("cloud_init", "chpasswd:\n  list: |\n    root:{v}\n  expire: false"),
    ("preseed", "d-i passwd/root-password password {v}"), ("kickstart", "rootpw --plaintext {v}"),
    ("unattend_xml", "<AdministratorPassword><Value>{v}</Value><PlainText>true</PlainText></AdministratorPassword>"),
    ("pip_conf", "[global]\nindex-url = https://priya:{v}@pypi.example.org/simple"),
    ("requirements", "tether-internal @ git+https://priya:{v}@git.example.org/tether/internal.git@v1.4"),
    ("http_proxy", "export HTTPS_PROXY=http://priya:{v}@proxy.acme.local:3128"),
    ("amqps", "BROKER_URL=amqps://worker:{v}@b-4f2a.mq.eu-west-1.amazonaws.com:5671"), ("rtsp", "rtsp://admin:{v}@192.168.1.64:554/h264"),
]

SQL_PASSWORDS = [
    "CREATE USER 'app'@'%' IDENTIFIED BY '{v}';", "ALTER ROLE app WITH LOGIN PASSWORD '{v}';", "CREATE LOGIN shop_app WITH PASSWORD = '{v}';",
    "db.createUser({{user: \"app\", pwd: \"{v}\", roles: [\"readWrite\"]}})",
]

PASSWORD_PROSE = [
    ("SK", "heslo je {v}"), ("BG", "паролата е {v}"), ("UA", "мій пароль {v}"), ("RS", "lozinka za wifi je {v}"), ("LT", "slaptažodis: {v}"),
    ("LV", "parole: {v}"), ("EE", "parool on {v}"), ("IS", "lykilorðið er {v}"), ("ES", "la contrasenya és {v}"), ("ES", "o contrasinal é {v}"),
    ("GB", "cyfrinair: {v}"), ("AL", "fjalëkalimi është {v}"), ("SA", "كلمة المرور: {v}"), ("EG", "كلمة السر بتاعة الواي فاي {v}"),
    ("IL", "הסיסמה היא {v}"), ("IN", "पासवर्ड है {v}"), ("BD", "পাসওয়ার্ড: {v}"), ("TH", "รหัสผ่านคือ {v}"), ("VN", "mật khẩu là {v}"),
    ("PH", "ang password ko ay {v}"), ("KE", "nenosiri ni {v}"), ("ZA", "die wagwoord is {v}"), ("GE", "პაროლი: {v}"), ("AZ", "şifrə: {v}"),
    ("TW", "密碼是 {v}"), ("JP", "暗号キーは {v} です"), ("IT", "la parola d'ordine è {v}"), ("US", "Gmail app password: {v}"),
    ("US", "wifi is HomeNet-5G, key {v}"), ("US", "here are the creds - user priya, pass {v}"),
]

PINS = [("JP", "暗証番号 {v}"), ("FI", "PIN-koodi: {v}"), ("BG", "ПИН код на картата {v}"), ("TR", "kart şifresi {v}"),
        ("US", "voicemail PIN {v}"), ("GB", "alarm code {v}, disarm within 30 s")]


URL_UNSAFE = set("@:/#?%&+ ")


def app_password(r: random.Random, sep: str) -> str:
    """A Google or Apple app password: four groups of four lower-case letters."""
    return sep.join(alnum(r, 4, string.ascii_lowercase) for _ in range(4))
