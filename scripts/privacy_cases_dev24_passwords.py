"""Where the dev24 privacy set's passwords and PINs are written (``privacy_cases_dev24.py``):
on the command lines of the tools people run (Pure-FTPd's user tool, sendxmpp, saslpasswd2, a
CouchDB admin set over HTTP, mariadb-admin, F5 and Check Point VPN clients, rasdial, calibre's
content server and Nextcloud's occ, mpv and ovftool with a URL, JFrog's CLI, NeoMutt, VMware's vmrun
and govc, a TeamSpeak 3 server, pgpool's pg_md5, EMQX, Ghostscript opening a locked PDF,
virt-install, Proxmox's pvesh, Quake III and Rust game servers, Kafka's SCRAM users and ZooKeeper's
shell), in the config files they keep (a Palworld server's settings, shairport-sync, MMDVM, Pat
Winlink, Moonraker, Tautulli, MythTV, a TeamSpeak database file, EMQX, a Kafka JAAS file, pgpool,
CouchDB's local.ini, a Funkwhale .env, a Dovecot passwd-file and vpnc), and in what they tell each
other or themselves (texts, chats, voice notes, a smart TV's voice remote, a sewing machine's app,
a Garmin inReach message, table rows, a value before its label, a label a line away from its
value), English most and then the languages of the set's other countries and of others, labels in
their own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address
(labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (bookbinding and letterpress).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["endpaper", "kettlestitch", "bonefolder", "colophon", "quarto", "octavo", "deckle", "marbling", "gilding", "headband",
         "mullcloth", "bookcloth", "letterpress", "linotype", "platen", "quoin", "galley", "kerning", "ligature", "foolscap", "vellum",
         "buckram", "frontispiece", "errata", "incunable", "palimpsest", "typecase", "brayer", "tympan", "frisket", "halftone",
         "intaglio", "woodcut", "linocut", "aquatint", "mezzotint", "drypoint", "garamond", "baskerville", "bodoni", "caslon",
         "duodecimo", "kozo", "gampi", "tailband"]

ACCOUNTS = ["svc_bindery", "pressroom", "typecase_sync", "folio_ops", "ink_admin", "platen_bot", "galleyproof", "svc_foundry",
            "marbler", "spine_vpn", "proofdesk", "colophon_ci"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ printf '%s\\n%s\\n' '«pw»' | sudo pure-pw useradd «u» -u ftpuser -d /srv/ftp/proofs -m", False),
    ("$ echo 'proof sheet ready' | sendxmpp -u «u» -p '«pw»' -j chat.local studio@chat.local", False),
    ("$ echo '«pw»' | sudo saslpasswd2 -p -c -u mail.bindery.lan «u»", False),
    ("$ curl -X PUT http://127.0.0.1:5984/_node/_local/_config/admins/«u» -d '\"«pw»\"'  # CouchDB admin for the print orders", False),
    ("$ mariadb-admin -u root password '«pw»'  # after installing the type-specimen database", False),
    ("$ f5fpc --start --host https://vpn.letterworks.example --user «u» --password '«pw»'", False),
    ("$ echo '«pw»' | snx -s vpn.typefoundry.example -u «u»", False),
    ("C:\\Users\\press> rasdial \"Bindery VPN\" «u» «pw»", False),
    ("$ calibre-server --userdb ~/bindery-users.sqlite --manage-users -- add «u» '«pw»'", False),
    ("$ sudo -u www-data env OC_PASS='«pw»' php occ user:add --password-from-env --display-name=\"Press Room\" «u»", False),
    ("$ mpv 'rtsp://«u»:«pw»@10.0.0.31:554/stream1'  # the camera over the guillotine", True),
    ("$ jfrog rt ping --url https://artifacts.pressworks.example/artifactory --user «e» --password '«pw»'  # does the studio mirror still answer", False),
    ("$ neomutt -e \"set imap_user=«u» imap_pass='«pw»'\" -f imaps://imap.bindery.lan/INBOX", False),
    ("$ vmrun -T ws -gu «u» -gp '«pw»' runProgramInGuest proofs.vmx /usr/bin/lpstat", False),
    ("$ GOVC_URL=vcenter.lan GOVC_USERNAME=«u» GOVC_PASSWORD='«pw»' govc ls /studio/vm", False),
    ("$ ovftool --noSSLVerify typesetter.ova 'vi://«u»:«pw»@esxi01.lan/'", True),
    ("$ ./ts3server serveradmin_password='«pw»' license_accepted=1  # the zine club's voice server", False),
    ("$ pg_md5 --md5auth --username=«u» '«pw»'", False),
    ("$ sudo emqx ctl admins passwd «u» '«pw»'", False),
    ("$ gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sPDFPassword='«pw»' -sOutputFile=statement-open.pdf statement.pdf", False),
    ("$ virt-install --name proofer --memory 2048 --disk size=20 --graphics vnc,password='«pw»',listen=0.0.0.0 --cdrom debian.iso", False),
    ("$ pvesh create /access/users --userid «u»@pve --password '«pw»' --comment 'bindery intern'", False),
    ("$ ./ioq3ded +set dedicated 1 +set g_password '«pw»' +map q3dm17", False),
    ("$ ./RustDedicated -batchmode +server.hostname \"Folio Island\" +rcon.password '«pw»' +rcon.web 1", False),
    ("$ kafka-configs.sh --bootstrap-server kafka.lan:9092 --alter --add-config 'SCRAM-SHA-256=[password=«pw»]' --entity-type users --entity-name «u»", False),
    ("[zk: localhost:2181(CONNECTED) 3] addauth digest «u»:«pw»", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "palworld_ini": "PalWorldSettings.ini on the kids' server: OptionSettings=(ServerName=\"Deckle Island\",AdminPassword=\"«pw»\",PublicPort=8211)",
    "shairport_conf": "/etc/shairport-sync.conf: general = { name = \"Print Room\"; password = \"«pw»\"; };",
    "mmdvm_ini": "MMDVM.ini on the hotspot, [DMR Network] section: Address=dmr.lan · Password=«pw»",
    "pat_config": "~/.config/pat/config.json, the Winlink account: \"mycall\": \"«u»\", \"secure_login_password\": \"«pw»\",",
    "moonraker_conf": "moonraker.conf on the 3D printer, [mqtt] block: username: «u» · password: «pw»",
    "tautulli_ini": "Tautulli's config.ini, [General]: http_username = «u» · http_password = «pw»",
    "mythtv_xml": "~/.mythtv/config.xml: <Database><UserName>mythtv</UserName><Password>«pw»</Password></Database>",
    "ts3db_ini": "ts3db_mariadb.ini beside the voice server: [config] host=localhost username=«u» password=«pw»",
    "emqx_conf": "emqx.conf on the broker: dashboard { default_username = \"«u»\", default_password = \"«pw»\" }",
    "kafka_jaas": "kafka_server_jaas.conf: org.apache.kafka.common.security.plain.PlainLoginModule required username=\"«u»\" password=\"«pw»\";",
    "pgpool_conf": "pgpool.conf: sr_check_user = '«u»' · sr_check_password = '«pw»'",
    "couchdb_ini": "CouchDB local.ini, [admins] section: «u» = «pw»",
    "funkwhale_env": "Funkwhale's .env on the shelf server: DATABASE_URL=postgresql://funkwhale:«pw»@postgres:5432/funkwhale",
    "dovecot_passwd": "/etc/dovecot/users, the press's mailbox line: «e»:{PLAIN}«pw»::::::",
    "vpnc_conf": "/etc/vpnc/bindery.conf: IPSec gateway vpn.bindery.example · Xauth username «u» · Xauth password «pw»",
}
URL_CONFIGS = {"funkwhale_env"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Smart TV voice remote heard: \"the password for the streaming profile is «pw»\"",
           "Sewing machine app's shared note from Grandma: embroidery cloud account, password «pw»",
           "| Account | Passphrase |\n| printer's web panel | «pw» |",
           "Garmin inReach message from the trail: if the bills site locks you out, my password there is «pw»",
           "«pw» — Mom, that's the new password for the library's e-book app, I wrote it here so you'd find it",
           "Kitchen tablet note in my daughter's writing: Roblox password «pw», parents only",
           "Logseq journal, Tuesday: changed the bindery shop's Etsy password to «pw»"],
    "GB": ["LINE message to my brother: Dad's council-tax login password is now «pw»",
           "Robot hoover app's shared-home note: the Wi-Fi it needs is 'StudioNet', passphrase «pw»",
           "Letterpress studio whiteboard, photographed:\nguest network password\n«pw»", "Neges gan Mam: y cyfrinair newydd ar gyfer y wifi yn y tŷ yw «pw»", "Teachdaireachd bho Sheanair: 's e am facal-faire ùr airson an Wi-Fi «pw»"],
    "NG": ["Voice note from my uncle, written out: the password for the pension portal is «pw», don't share am", "Saƙo daga kaka: sabuwar kalmar sirri ta Wi-Fi na gida ita ce «pw»"],
    "ZA": ["WhatsApp from my aunt: the municipal account website password is «pw» now, keep it safe", "Umlayezo ovela kugogo: iphasiwedi entsha ye-Wi-Fi yasekhaya ithi «pw»"],
    "PK": ["Ammi's message: Zainab's tuition portal ka password «pw» hai, roll number se login karo"],
    "CA": ["Note for the dog walker: the smart lock app's password is «pw», only if the keypad dies"],
    "AU": ["Kitchen tablet reminder from my partner: the Binge password changed to «pw», don't tell the cousins",
           "Garmin inReach text from the ute: the station's internet password is «pw»"],
    "IN": ["Nani ka voice message, likha hua: pension wali website ka password «pw» hai, sambhal ke rakhna",
           "Cousin's LINE: hostel Wi-Fi ka password «pw» ho gaya"],
    "IE": ["Teachtaireacht ó Mhamó: is é «pw» an pasfhocal nua don Wi-Fi sa teach"],
    "IS": ["Skilaboð frá ömmu: nýja lykilorðið fyrir netið heima er «pw»"],
    "EE": ["Sõnum vanaemalt: kodu wifi uus parool on «pw»"],
    "LV": ["Ziņa no vecmāmiņas: mājas wifi jaunā parole ir «pw»"],
    "LT": ["Žinutė iš močiutės: naujas namų wifi slaptažodis yra «pw»"],
    "LU": ["Message vun der Bomi: dat neit Passwuert vum Wifi doheem ass «pw»"],
    "HT": ["Mesaj manman m: nouvo modpas wifi lakay la se «pw»"],
    "RW": ["Ubutumwa bwa nyogokuru: ijambo ry'ibanga rishya rya Wi-Fi yo mu rugo ni «pw»"],
    "KH": ["បងប្រុសផ្ញើមក៖ លេខសម្ងាត់ចូលកម្មវិធីធនាគាររបស់ម៉ាក់ ឥឡូវគឺ «pw»"],
    "LA": ["ຂໍ້ຄວາມຈາກແມ່: ລະຫັດຜ່ານ Wi-Fi ໃໝ່ຢູ່ເຮືອນແມ່ນ «pw»"],
    "MM": ["ဦးလေးက ပြောတယ်: ဘဏ်အက်ပ်ရဲ့ စကားဝှက်အသစ်ကို «pw» လို့ ပြောင်းထားတယ်"],
    "NP": ["आमाको सन्देश: घरको वाइफाइको नयाँ पासवर्ड «pw» हो"],
    "LK": ["අම්මාගෙන් පණිවිඩය: ගෙදර Wi-Fi එකේ අලුත් මුරපදය «pw»"],
    "GE": ["ბებიას მესიჯი: სახლის ვაიფაის ახალი პაროლია «pw»"],
    "AM": ["Տատիկի հաղորդագրությունը՝ տան wifi-ի նոր գաղտնաբառը «pw» է"],
    "MN": ["Ээжийн мессеж: гэрийн Wi-Fi-н шинэ нууц үг «pw»"],
    "AL": ["Mesazh nga gjyshja: fjalëkalimi i ri i wifi-t në shtëpi është «pw»"],
    "MK": ["Порака од баба: новата лозинка за домашниот wifi е «pw»"],
    "AZ": ["Nənəmdən mesaj: evdəki wifi-nin yeni şifrəsi «pw»"],
    "UZ": ["Buvimdan xabar: uydagi wifi ning yangi paroli «pw»"],
    "ET": ["ከእማማ የተላከ መልእክት፦ የቤቱ ዋይፋይ አዲሱ የይለፍ ቃል «pw» ነው"],
    "SO": ["Adeerkay ayaa qoray: furaha sirta ah ee app-ka bangiga waa «pw», cidna ha u sheegin"],
    "SI": ["Sporočilo od babice: novo geslo za domači wifi je «pw»"],
    "HU": ["Üzenet a nagymamától: az otthoni wifi új jelszava «pw»"],
    "RO": ["Mesaj de la bunica: parola nouă de la wifi-ul de acasă e «pw»"],
    "GR": ["Μήνυμα από τη γιαγιά: ο νέος κωδικός του wifi στο σπίτι είναι «pw»"],
    "UA": ["Повідомлення від бабусі: новий пароль до домашнього вайфаю «pw»"],
    "ES": ["Amonaren mezua: etxeko wifiaren pasahitz berria «pw» da", "Mensaxe da avoa: o novo contrasinal da wifi da casa é «pw»", "Missatge de l'àvia: la contrasenya nova del wifi de casa és «pw»"],
    "DE": ["Der Sprachassistent im Wohnzimmer hat mitgeschrieben: Papas neues Kennwort fürs Finanzamt-Portal ist «pw»"],
    "BR": ["Áudio da tia transcrito pelo celular: a senha nova do portal da prefeitura é «pw»"],
    "JP": ["祖父からのメッセージ：年金サイトのパスワードを«pw»に変えた"],
    "MX": ["Mi tío dictó al asistente del coche: para entrar al SAT usa la contraseña «pw», no la compartas"],
    "KE": ["SMS kutoka kwa shangazi: password mpya ya KRA iTax ni «pw», usimpe mtu"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Garmin inReach message to the house-sitter: the garage keypad takes «pw»", 4),
    ("US", "Kitchen tablet sticky: alarm disarm code for the studio is «pw»", 4),
    ("IN", "Mausi ne call pe bola ki Paytm ka UPI PIN «pw» hai, yaad rakhna", 4),
    ("GB", "LINE from Grandad: my building society card's PIN is «pw», for the shopping", 4),
    ("DE", "Oma hat der Pflegerin die Geheimzahl der EC-Karte aufgeschrieben: «pw»", 4),
    ("FR", "Le code de la boîte à clés du gîte, envoyé par la propriétaire : «pw»", 4),
    ("BR", "Minha avó pediu pra anotar a senha do cartão do benefício: «pw»", 6),
]
