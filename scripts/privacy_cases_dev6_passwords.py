"""Passwords and PINs for dev6 (``privacy_cases_dev6.py``, the held-out set from 2026-12-04): on the
command lines of 61 tools no other set uses, in 20 configuration formats no other set has, and in prose,
chat, notes, calendar entries and mail in over 30 languages, with passwords of its own making.
"""

from __future__ import annotations

import random

from privacy_cases import digits

_WORDS = ["Yerevan", "tsirani", "Issyk", "kumis", "Dniester", "Minsk", "Lovcen", "Muharraq", "Nizwa", "Inle", "Mekong", "Muara",
          "Thieboudienne", "attieke", "Ndole", "Kivu", "Zambezi", "Titicaca", "Copan", "Tobago", "Coloane", "Taveuni", "Ararat",
          "Sevan", "Naryn", "Orhei", "Budva", "Sitra", "Salalah", "Bagan", "Vientiane", "Tutong", "Goree", "Abidjan", "Limbe",
          "Gisenyi", "Lusaka", "Uyuni", "Roatan", "Chaguanas", "Taipa", "Suva", "lavash", "plov", "mamaliga", "draniki", "kacamak",
          "machboos", "halwa", "mohinga", "larb", "ambuyat", "yassa", "foutou", "ndolé", "isombe", "nshima", "saltena", "baleada",
          "doubles", "serradura", "kokoda"]
_SYMBOLS = "!#$%*+-=?@^_~"
URL_UNSAFE = set("@:/#?%&+ ~")


def password_stream(r: random.Random, n: int = 220) -> list[str]:
    """``n`` distinct passwords as people make them: words joined with digits and signs, and some
    from a generator."""
    out: list[str] = []
    while len(out) < n:
        style = len(out) % 5
        a, b = r.choice(_WORDS), r.choice(_WORDS)
        if style == 0:
            value = f"{a}{r.choice(_SYMBOLS)}{digits(r, r.randint(2, 4))}"
        elif style == 1:
            value = f"{a.lower()}.{b.lower()}.{digits(r, 2)}"
        elif style == 2:
            value = f"{digits(r, 2)}{a.capitalize()}{b.capitalize()}{r.choice(_SYMBOLS)}"
        elif style == 3:
            chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789" + _SYMBOLS
            value = "".join(r.choice(chars) for _ in range(r.randint(12, 18)))
        else:
            value = f"{a[:4].upper()}{b[:4].lower()}{r.choice(_SYMBOLS)}{digits(r, 3)}"
        if value not in out and any(c.isdigit() for c in value):
            out.append(value)
    return out


PASSWORD_COMMANDS = [
    "mount.cifs //nas.local/photos /mnt/photos -o user=nadia,pass={v}",
    "isql DSN_Sales nadia {v}",
    "mongorestore --uri mongodb://db1:27017 --username restore --password {v} ./dump",
    "pgcli postgresql://nadia:{v}@db.internal:5432/ledger",
    "usql pg://reporter:{v}@localhost/shop",
    "valkey-cli -h cache01 -a {v} INFO replication",
    "rabbitmqadmin -u admin -p {v} list queues",
    "mosquitto_sub -h 10.0.0.7 -u sensor -P {v} -t 'home/#' -v",
    "mosquitto_passwd -b /etc/mosquitto/passwd zigbee2mqtt {v}",
    "nats sub --user nadia --password {v} 'orders.>'",
    "kcat -b broker:9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN -X sasl.username=etl -X sasl.password={v} -t events -C",
    "neo4j-admin dbms set-initial-password {v}",
    "aria2c --http-user=nadia --http-passwd={v} https://files.example.org/iso/archive.iso",
    "xh -a nadia:{v} GET https://api.internal.example/health",
    "lynx -auth=nadia:{v} https://intranet.example.org/",
    "hg clone https://nadia:{v}@hg.example.org/firmware",
    "ldapmodify -x -D 'cn=admin,dc=kollektiv,dc=example' -w {v} -f add_user.ldif",
    "ldappasswd -x -D 'cn=admin,dc=kollektiv,dc=example' -w {v} 'uid=tomas,ou=people,dc=kollektiv,dc=example'",
    "smbmap -u nadia -p {v} -H 10.0.0.5",
    "rpcclient -U 'nadia%{v}' 10.0.0.5",
    "nxc smb 10.0.0.0/24 -u svc_backup -p {v} --shares",
    "racadm -r 10.0.0.9 -u root -p {v} getsysinfo",
    "snmpwalk -v3 -l authPriv -u monitor -a SHA -A {v} 10.0.0.1",
    "dsadd user \"cn=Tomas Varga,ou=Staff,dc=corp,dc=example\" -pwd {v} -mustchpwd yes",
    "x11vnc -display :0 -passwd {v} -forever",
    "openfortivpn vpn.kollektiv.example:443 -u nadia -p {v}",
    "wpa_cli -i wlan0 set_network 0 psk '\"{v}\"'",
    "netsh wlan set hostednetwork mode=allow ssid=FieldLab key={v}",
    "ccrypt -d -K {v} ledger.csv.cpt",
    "pdftotext -upw {v} bank_statement_nov.pdf -",
    "mutool draw -p {v} -o page%d.png contract.pdf",
    "gs -q -dNOPAUSE -dBATCH -sPDFPassword={v} -sDEVICE=pdfwrite -o unlocked.pdf payslip.pdf",
    "apksigner sign --ks release.jks --ks-pass pass:{v} app-release.apk",
    "signtool sign /f codesign.pfx /p {v} /tr http://timestamp.example.com setup.exe",
    "certutil -f -p {v} -importpfx wildcard.pfx",
    "skopeo copy --src-creds nadia:{v} docker://registry.example.org/app:1.4 oci:app",
    "crane auth login registry.example.org -u nadia -p {v}",
    "oras login registry.example.org -u nadia -p {v}",
    "oc login -u developer -p {v} https://api.crc.testing:6443",
    "cf login -a https://api.sys.example.org -u nadia -p {v} -o dev -s staging",
    "twine upload --repository-url https://nexus.example.org/repository/pypi-internal/ -u nadia -p {v} dist/*",
    "dotnet nuget add source https://pkgs.example.org/nuget/index.json -n internal -u nadia -p {v} --store-password-in-clear-text",
    "composer config http-basic.repo.example.org nadia {v}",
    "gallery-dl -u nadia -p {v} https://www.example-art.org/user/nadia",
    "deluge-console \"connect 127.0.0.1:58846 nadia {v}; info\"",
    "vlc rtsp://admin:{v}@192.168.1.64:554/Streaming/Channels/101",
    "ncftpput -u nadia -p {v} ftp.example.org /incoming report.csv",
    "pscp -pw {v} backup.tar.gz nadia@10.0.0.12:/srv/backup/",
    "usermod -p \"$(mkpasswd -m sha-512 {v})\" tomas",
    "doveadm pw -s SHA512-CRYPT -p {v}",
    "mysqlcheck -u root -p{v} --all-databases --auto-repair",
    "pt-online-schema-change --user=dba --password={v} --alter 'ADD COLUMN note TEXT' D=shop,t=orders --execute",
    "kopia repository connect s3 --bucket=bk-nadia --password={v}",
    "bw unlock {v} --raw",
    "drush user:password admin \"{v}\"",
    "beeline -u jdbc:hive2://hive.example.org:10000/default -n nadia -p {v}",
    "cockroach sql --url \"postgresql://nadia:{v}@crdb.example.org:26257/bank?sslmode=verify-full\"",
    "arangosh --server.endpoint tcp://127.0.0.1:8529 --server.username root --server.password {v}",
    "cbq -e couchbase://cb01 -u Administrator -p {v}",
    "etcdctl --user root:{v} get /config/app",
    "salt-ssh -i --passwd={v} web01 test.ping",
]

# (format, template)
PASSWORD_CONFIGS = [
    ("fstab_cifs", "//nas.local/media  /mnt/media  cifs  username=nadia,password={v},uid=1000  0  0"),
    ("smbcredentials", "# ~/.smbcredentials\nusername=nadia\npassword={v}\ndomain=WORKGROUP"),
    ("chap_secrets", "# /etc/ppp/chap-secrets\n\"nadia\"  *  \"{v}\"  *"),
    ("postfix_sasl_passwd", "[smtp.mailhost.example]:587 nadia.k:{v}"),
    ("msmtprc", "account work\nhost smtp.mailhost.example\nuser nadia.k\npassword {v}"),
    ("offlineimaprc", "[Repository Remote]\ntype = IMAP\nremoteuser = nadia.k\nremotepass = {v}"),
    ("mbsyncrc", "IMAPAccount work\nHost imap.mailhost.example\nUser nadia.k\nPass {v}"),
    ("rsyncd_secrets", "# /etc/rsyncd.secrets\nbackup:{v}"),
    ("vagrantfile", "config.ssh.username = \"vagrant\"\nconfig.ssh.password = \"{v}\""),
    ("supervisord", "[inet_http_server]\nport = 127.0.0.1:9001\nusername = admin\npassword = {v}"),
    ("pgbouncer_userlist", "\"reporting\" \"{v}\""),
    ("flyway_conf", "flyway.url=jdbc:postgresql://db:5432/app\nflyway.user=migrator\nflyway.password={v}"),
    ("hibernate_cfg", "<property name=\"hibernate.connection.password\">{v}</property>"),
    ("logstash_conf", "output {{ elasticsearch {{ hosts => [\"es01:9200\"] user => \"logstash\" password => \"{v}\" }} }}"),
    ("authinfo", "machine imap.mailhost.example login nadia.k password {v} port 993"),
    ("hostapd", "interface=wlan0\nssid=Kollektiv-Guest\nwpa=2\nwpa_passphrase={v}"),
    ("iwd_psk", "# /var/lib/iwd/Kollektiv.psk\n[Security]\nPassphrase={v}"),
    ("keepalived", "authentication {{\n    auth_type PASS\n    auth_pass {v}\n}}"),
    ("bacula", "Director {{\n  Name = bk-dir\n  Password = \"{v}\"\n}}"),
    ("znc", "<Pass password>\n    Method = plain\n    Hash = {v}\n</Pass>"),
]

# (region, template): chats, notes, calendar entries and mail in over 30 languages
PASSWORD_PROSE = [
    ("AM", "Wi-Fi-ի գաղտնաբառը՝ {v}"),
    ("KG", "вайфайдын сырсөзү: {v}"),
    ("MD", "parola de la wifi e {v}, nu o da nimănui"),
    ("BY", "пароль ад роўтара {v}"),
    ("ME", "šifra za internet je {v}"),
    ("BH", "كلمة المرور الجديدة للبريد {v}"),
    ("MM", "ဝိုင်ဖိုင် စကားဝှက် {v}"),
    ("LA", "ລະຫັດຜ່ານ wifi ແມ່ນ {v}"),
    ("BN", "kata laluan wifi rumah: {v}"),
    ("SN", "baatu jàll bi (mot de passe) mooy {v}"),
    ("CI", "le code du wifi c'est {v} hein"),
    ("RW", "ijambo ry'ibanga rya wifi ni {v}"),
    ("ZM", "password ya pa wifi ni {v}"),
    ("BO", "la contraseña del wifi de la tía es {v}"),
    ("HN", "contra del correo: {v} (no la cambié todavía)"),
    ("TT", "doh tell nobody but de wifi password is {v}"),
    ("MO", "屋企wifi密碼係 {v}"),
    ("FJ", "na password ni wifi e {v}"),
    ("ES", "la contrasenya del correu és {v}"),
    ("ES", "wifiaren pasahitza: {v}"),
    ("GB", "cyfrinair y wifi yw {v}"),
    ("IE", "focal faire an wifi: {v}"),
    ("MT", "il-password tal-wifi hija {v}"),
    ("LU", "d'Passwuert vum WLAN ass {v}"),
    ("ZA", "die wagwoord vir die wifi is {v}"),
    ("NG", "ọrọ aṣínà wifi ni {v}"),
    ("NG", "kalmar sirri ta wifi: {v}"),
    ("ZA", "iphasiwedi ye-wifi ngu {v}"),
    ("SO", "furaha sirta ah ee wifi-ga waa {v}"),
    ("MG", "ny tenimiafin'ny wifi dia {v}"),
    ("HT", "modpas wifi a se {v}"),
    ("PE", "wifi yachay simi: {v}"),
    ("IR", "رمز وای‌فای خونه {v}"),
    ("AF", "د وای فای پټنوم {v} دی"),
    ("TJ", "рамзи wifi: {v}"),
    ("NZ", "Calendar: Board meeting 14:00 - dial-in guest login pw {v}"),
    ("TT", "[WhatsApp 21:07] Kezia: the router login is admin / {v}"),
    ("AM", "Subject: new VPN account\n\nUser: nadia.k\nTemporary password: {v}\nPlease change it at first login."),
]

# (region, template) for PINs
PINS = [("AM", "քարտի PIN կոդը {v}"), ("KG", "картанын пин-коду {v}"), ("BO", "el PIN de la tarjeta nueva es {v}"),
        ("CI", "code secret de la carte : {v}"), ("MO", "提款卡密碼 {v}"), ("RW", "PIN ya MoMo ni {v}"),
        ("LA", "ລະຫັດ PIN ບັດ ATM {v}"), ("FJ", "M-PAiSA PIN {v} - dont tell Mere")]
