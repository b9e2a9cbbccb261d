"""Where the dev23 privacy set's passwords and PINs are written (``privacy_cases_dev23.py``):
on the command lines of the tools people run (a Mumble server's superuser, Valheim, Terraria and
Source game servers and a Minecraft RCON client, an encrypted QEMU disk and an eCryptfs passphrase,
SSTP and PPTP VPN clients, a hotspot made with create_ap or lnxrouter, macOS sysadminctl and dscl,
a Windows service's account and Sysinternals Autologon, WildFly's and Keycloak's admin tools, the
Bitwarden CLI, an MPD client, RustDesk, AnyDesk, TeamViewer and Sunshine for remote desktops, a
Redfish client and osslsigncode), in the config files they keep (an internet radio's DarkIce,
ezstream and Liquidsoap configs, BURP backups, a Factorio server's settings, MPD, Murmur, Gitea's
mailer, a camera's motion.conf and go2rtc streams, Asterisk PJSIP, vdirsyncer, RetroArch
achievements, a SQL Server container and a dynamic-DNS client), and in what they tell each other
or themselves (texts, chats, voice notes, a car's read-out messages, table rows, a value before its
label, a label a line away from its value), English most and then the languages of the set's other
countries and of some no earlier set's prose had (Chichewa, Tongan, Faroese, Shona, Setswana,
Breton, Guarani, Dhivehi, Assamese, Fijian, Tok Pisin, West Frisian, Romansh, Tetum, Lingala,
Bislama, Cebuano, Sundanese, Quechua, Aymara, Papiamento, Hawaiian, Greenlandic and Occitan), labels
in their own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail
address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["rennet", "whey", "gouda", "halloumi", "kefir", "koji", "kombucha", "sauerkraut", "tempeh", "gruyere", "raclette",
         "ricotta", "burrata", "stilton", "roquefort", "manchego", "pecorino", "taleggio", "provolone", "scamorza", "quark", "labneh",
         "skyr", "reblochon", "cheesecloth", "affinage", "washrind", "mesophilic", "annatto", "morbier", "vacherin", "tomme",
         "mimolette", "havarti", "jarlsberg", "limburger", "brocciu", "cotija", "fontina", "mascarpone", "robiola"]

ACCOUNTS = ["svc_creamery", "cave_monitor", "curdsync", "wheyops", "ht_affineur", "mpd_kitchen", "dairy_vpn", "stall_ap",
            "ocheddar", "rennetbot", "cellar_admin", "svc_stockdb"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ sudo murmurd -ini /etc/murmur.ini -supw '«pw»'  # set the Mumble SuperUser password for the family server", False),
    ("$ ./valheim_server.x86_64 -name \"Cheese Cellar\" -port 2456 -world Dairyland -password '«pw»' -public 0", False),
    ("PS C:\\games\\terraria> .\\TerrariaServer.exe -world Curds.wld -port 7777 -maxplayers 4 -password '«pw»'", False),
    ("$ qemu-img create --object secret,id=sec0,data='«pw»' -f qcow2 -o encrypt.format=luks,encrypt.key-secret=sec0 cellar.qcow2 20G", False),
    ("$ printf '%s' '«pw»' | ecryptfs-add-passphrase --fnek -", False),
    ("$ sudo sstpc --user «u» --password '«pw»' vpn.creamery.lan usepeerdns require-mschap-v2 noauth", False),
    ("$ sudo pptpsetup --create dairyvpn --server vpn.dairy.lan --username «u» --password '«pw»' --encrypt", False),
    ("$ sudo create_ap wlan0 eth0 CheeseFairWifi '«pw»'", False),
    ("$ sudo lnxrouter --ap wlp2s0 MarketStall -p '«pw»'", False),
    ("$ sudo sysadminctl -addUser «u» -fullName \"Cheese Shop Till\" -password '«pw»'", False),
    ("$ sudo dscl . -passwd /Users/«u» '«pw»'", False),
    ("C:\\> sc.exe config CheeseSync obj= .\\«u» password= «pw»", False),
    ("C:\\tools> Autologon64.exe «u» CREAMERY «pw» /accepteula", False),
    ("$ /opt/wildfly/bin/add-user.sh -u «u» -p '«pw»' -g admin --silent", False),
    ("$ kcadm.sh config credentials --server http://localhost:8080 --realm master --user «u» --password '«pw»'", False),
    ("$ bw login «e» '«pw»' --nointeraction  # the shop laptop's vault, logged in from cron", False),
    ("$ mpc -h '«pw»@kitchen-speaker.local' play", True),
    ("$ sudo rustdesk --password '«pw»'  # unattended access to Nan's laptop", False),
    ("$ echo '«pw»' | sudo anydesk --set-password", False),
    ("$ sudo teamviewer passwd '«pw»'", False),
    ("$ sunshine --creds «u» '«pw»'", False),
    ("$ rcon-cli --host mc.lan --port 25575 --password '«pw»' whitelist add cousin", False),
    ("$ ./srcds_run -game tf +map ctf_2fort +maxplayers 12 +rcon_password '«pw»'", False),
    ("$ redfishtool -r 10.0.8.20 -u «u» -p '«pw»' Systems get", False),
    ("$ osslsigncode sign -pkcs12 creamery-codesign.pfx -pass '«pw»' -in stock.exe -out stock-signed.exe", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "darkice_cfg": "darkice.cfg on the market-radio Pi, [icecast2-0] section: mountPoint = cheese · password = «pw»",
    "ezstream_xml": "ezstream.xml, <server> block: <user>source</user> <password>«pw»</password>",
    "liquidsoap": "radio.liq: output.icecast(%mp3, host=\"stream.lan\", port=8000, password=\"«pw»\", mount=\"dairy\", radio)",
    "burp_conf": "/etc/burp/burp.conf on the shop laptop: cname = «u» · password = «pw»",
    "factorio_settings": "server-settings.json of the kids' Factorio server: \"game_password\": \"«pw»\",",
    "mpd_conf": "/etc/mpd.conf on the kitchen speaker: password \"«pw»@read,add,control\"",
    "murmur_ini": "murmur.ini of the family Mumble server: serverpassword=«pw»",
    "gitea_app_ini": "Gitea's app.ini, [mailer] section: USER = «e» · PASSWD = «pw»",
    "motion_conf": "motion.conf for the cheese-cave camera: netcam_userpass «u»:«pw»",
    "pjsip_conf": "pjsip.conf, [shopphone-auth] type=auth: username=«u» password=«pw»",
    "vdirsyncer": "~/.config/vdirsyncer/config, [storage family_cal_remote]: username = \"«u»\" · password = \"«pw»\"",
    "retroarch_cfg": "retroarch.cfg on the handheld: cheevos_username = \"«u»\" · cheevos_password = \"«pw»\"",
    "mssql_compose": "docker-compose.yml for the shop's stock database, environment: - MSSQL_SA_PASSWORD=«pw»",
    "inadyn_conf": "/etc/inadyn.conf: provider freedns { username = «u» password = «pw» hostname = cave.mooo.com }",
    "go2rtc_yaml": "go2rtc.yaml, streams: cave_cam: rtsp://«u»:«pw»@192.168.1.64:554/Streaming/Channels/101",
}
URL_CONFIGS = {"go2rtc_yaml"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Car read-out of my wife's text: the password for the cheese-cave thermometer app is «pw», don't lose it",
           "Glasses saw the index card taped inside the cupboard at church: guest wifi «pw»",
           "| Login | Password |\n| kids' tablet | «pw» |",
           "Pendant recorder, Dad on speaker: write this down, the new password for the pension site is «pw»",
           "«pw» — saying it twice so the recorder gets it — that's the password for the cheesemaking forum",
           "Fridge screen sticky note, typed by my son: Xbox password = «pw» (don't tell Dad)",
           "Leka mai Tūtū: ʻo ka ʻōlelo hūnā hou o ka Wi-Fi o ka hale ʻo «pw»"],
    "GB": ["Threema to my sister: Mum's email password is «pw» now, username's the same",
           "Car read-out of Gran's reply: the password for the church hall booking site is «pw», love",
           "Notebook photographed on the counter, headed 'Shop till laptop': password\n«pw»"],
    "NG": ["Voice note from Aunty, transcribed: my new bank app password is «pw», keep it for me"],
    "ZA": ["SMS from my gran: the password for the SASSA grant site is «pw» now, write it in the book"],
    "PK": ["Bhai's message: the school portal password for Ayaan is «pw», login with the roll number"],
    "CA": ["Text to the babysitter: if the Crave app logs the kids out, type «pw» and pick the cartoon profile"],
    "AU": ["Pendant recorder at brekkie: righto, the footy club login password is «pw», tell the others",
           "Group chat with the flatmates: changed the Stan password to «pw», stop giving it out"],
    "IN": ["মাৰ পৰা বাৰ্তা: ঘৰৰ ৱাই-ফাইৰ নতুন পাছৱৰ্ড «pw»", "Papa's voice note, transcribed: the gas booking app password is «pw», note kar lo"],
    "MW": ["Uthenga wochokera kwa amayi: mawu achinsinsi atsopano a Wi-Fi ya kunyumba ndi «pw»"],
    "TO": ["Pōpoaki mei he fa'ē: ko e lea fufū fo'ou ki he Wi-Fi 'i 'api ko «pw»"],
    "FO": ["Boð frá mammu: nýggja loyniorðið til netið heima er «pw»"],
    "ZW": ["Meseji kubva kuna Baba: pasiwedhi itsva yeWi-Fi yepamba ndi «pw»"],
    "BW": ["Molaetsa go tswa go Mme: lefoko la sephiri la Wi-Fi ya ko gae jaanong ke «pw»"],
    "FR": ["Kemennadenn digant mamm-gozh: ar ger-tremen nevez evit ar wifi eo «pw»",
           "Messatge de la mameta: lo senhal novèl del wifi es «pw»",
           "Texto de tonton : le code du compte Ameli, c'est «pw», ne le donne à personne"],
    "PY": ["Ñe'ẽmondo che sy guive: ñe'ẽñemi pyahu Wi-Fi peguarã ha'e «pw»"],
    "MV": ["މަންމަގެ މެސެޖް: ގޭގެ ވައިފައި ގެ އައު ޕާސްވޯޑަކީ «pw»"],
    "FJ": ["Itukutuku mai vei Tinaqu: na vosa vuni vou ni Wi-Fi e vale e «pw»"],
    "PG": ["Tok save long Papa: nupela paswet bilong Wi-Fi long haus em «pw»"],
    "NL": ["Berjocht fan pake: it nije wachtwurd fan de wifi is «pw»"],
    "CH": ["Messadi da la nona: il nov pled-clav dal wifi è «pw»"],
    "TL": ["Mensajen husi ha'u-nia inan: liafuan-xave foun ba Wi-Fi mak «pw»"],
    "CD": ["Message ya tata: liloba ya nkuku ya sika ya Wi-Fi ezali «pw»"],
    "VU": ["Mesej blong mama: niu pasword blong Wi-Fi long haos hem «pw»"],
    "PH": ["Mensahe gikan kang Lola: ang bag-ong password sa Wi-Fi sa balay kay «pw»"],
    "ID": ["Pesen ti Ema: kecap sandi Wi-Fi nu anyar nyaéta «pw»"],
    "PE": ["Mamaypa willakuynin: wasi Wi-Fi pakasqa siminqa kunan «pw»"],
    "BO": ["Taykajan yatiyawipa: utan Wi-Fi imantata arupax jichhax «pw»"],
    "CW": ["Mensahe di mi mama: e kontraseña nobo di wifi na kas ta «pw»"],
    "GL": ["Anaanamit allakkat: angerlarsimaffimmi Wi-Fi-mut isissutissaq nutaaq «pw»"],
    "DE": ["Opa diktiert der Sprachassistentin: das Kennwort für die Käserei-Webcam lautet jetzt «pw»"],
    "BR": ["Mensagem de voz da madrinha, transcrita: a senha do app do banco agora é «pw»"],
    "JP": ["母からのLINE：チーズ教室のサイトのパスワードは«pw»にしたよ"],
    "ES": ["Nota de voz de la abuela: la clave de la app del centro de salud es «pw», apúntala"],
    "IT": ["Vocale dello zio: la password dello SPID adesso è «pw», non dirla a nessuno"],
    "MX": ["Mensaje de mi abuelo: la contraseña del internet de la quesería quedó «pw»"],
    "TR": ["Annemden mesaj: eczane uygulamasının yeni şifresi «pw», bir yere yaz"],
    "KE": ["SMS from my cousin: the Showmax password ni «pw», usimwambie mtu"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Pendant recorder, call with the storage unit office: the gate keypad code they set is «pw»", 4),
    ("US", "Note to the cat-sitter: the lockbox by the back steps opens with «pw»", 4),
    ("IN", "Didi ne bataya ki uske PhonePe ka UPI PIN «pw» hai, kisi ko mat batana", 6),
    ("GB", "Glasses saw the sticky note on Nan's debit card: PIN «pw»", 4),
    ("DE", "Oma diktiert die Geheimzahl ihrer Sparkassenkarte: «pw»", 4),
    ("FR", "Texto de la voisine : le code de la porte du garage à vélos, c'est «pw»", 4),
    ("BR", "Vovô gravou um áudio explicando que o caixa eletrônico pede «pw» para sacar o benefício", 4),
]
