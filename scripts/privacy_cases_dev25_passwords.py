"""Where the dev25 privacy set's passwords and PINs are written (``privacy_cases_dev25.py``): on
the command lines of the tools people run (SAP HANA's hdbsql, couchbase-cli, Splunk, BitlBee,
SurrealDB, Memgraph's mgconsole, SoftEther's vpncmd, ModemManager's mmcli, the MQTTX CLI, ActiveMQ
Artemis, code-server, ttyd, File Browser, miniserve, dufs, rclone serving WebDAV, pyftpdlib,
steghide, msoffcrypto-tool, librespot, virt-sysprep, the AWS CLI creating a database, OpenStack's
client, PowerCLI, pjsua, SIPp and dbmate with a URL), in the config files they keep (a Project
Zomboid, an ARK, a 7 Days to Die, a Don't Starve Together and a V Rising server's settings, wvdial,
snmpd, sssd, Zabbix, ZoneMinder, MediaWiki's LocalSettings.php, aria2, Roundcube, spotifyd,
PgBouncer's userlist and 3proxy), and in what they tell each other or themselves (texts, chats,
voice notes, a Plaud pin's and a smart mirror's transcripts, a Pixel Watch, a Meshtastic message,
table rows, a value before its label, a label a line away from its value), English most and then the
languages of the set's other countries and of others, labels in their own words and forms. ``«pw»``
is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (watchmaking and blacksmithing).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["tourbillon", "escapement", "mainspring", "hairspring", "pallet", "bezel", "chronograph", "guilloche", "perlage", "remontoire",
         "fusee", "crownwheel", "ratchet", "pendulum", "cannonpinion", "incabloc", "moonphase", "rehaut", "clickspring", "setbolt",
         "balancewheel", "jewelbearing", "lugwidth", "anvil", "hardy", "fuller", "swage", "tongs", "quench", "tuyere", "forgeweld",
         "damascus", "scrollwork", "bloomery", "wrought", "mandrel", "slacktub", "clinker", "flatter", "bickern", "hotcut", "upsetting"]

ACCOUNTS = ["svc_tourbillon", "anvilwatch", "bezel_sync", "mainspring_ops", "pallet_admin", "quench_cron", "hairspring_ro", "swage_vpn",
            "tongs_backup", "crownwheel_ci", "bloomery_adm", "smithy_relay"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ hdbsql -n hana.lan:30015 -u «u» -p '«pw»' \"SELECT COUNT(*) FROM WATCH_REPAIRS\"", False),
    ("$ couchbase-cli cluster-init -c 127.0.0.1 --cluster-username «u» --cluster-password '«pw»' --services data,index,query", False),
    ("$ sudo /opt/splunk/bin/splunk add user «u» -password '«pw»' -role user  # the smithy's log viewer", False),
    ("[&bitlbee] <me> account add jabber «e» «pw»", False),
    ("$ surreal start --user root --pass '«pw»' rocksdb:/srv/watchlog.db", False),
    ("$ mgconsole --host 127.0.0.1 --username «u» --password '«pw»' < strap_graph.cypher", False),
    ("C:\\smithy> vpncmd /server localhost /password:«pw» /cmd UserList", False),
    ("$ sudo mmcli -m 0 --simple-connect=\"apn=internet,user=«u»,password=«pw»\"", False),
    ("$ mqttx pub -h broker.lan -t forge/kiln -m 'lit' -u «u» -P '«pw»'", False),
    ("$ ./artemis producer --url tcp://mq.lan:61616 --user «u» --password '«pw»' --destination queue://repairs", False),
    ("$ PASSWORD='«pw»' code-server --bind-addr 0.0.0.0:8443 ~/horology-notes", False),
    ("$ ttyd -p 7681 -c «u»:«pw» bash  # shell for the bench Pi", False),
    ("$ filebrowser -d ~/fb.db users add «u» '«pw»' --perm.admin", False),
    ("$ miniserve --auth «u»:«pw» --port 9090 ~/dial-photos", False),
    ("$ dufs -a '«u»:«pw»@/:rw' --port 5000 /srv/anvil-drawings", False),
    ("$ rclone serve webdav ~/movement-scans --addr :8081 --user «u» --pass '«pw»'", False),
    ("$ python3 -m pyftpdlib -p 2121 -w -u «u» -P '«pw»' -d ~/timegrapher-logs", False),
    ("$ steghide embed -cf hammer-photo.jpg -ef quotes.txt -p '«pw»'", False),
    ("$ msoffcrypto-tool -p '«pw»' repair-ledger.xlsx repair-ledger-open.xlsx", False),
    ("$ librespot --name 'Forge Speaker' --username «u» --password '«pw»' --bitrate 160", False),
    ("$ virt-sysprep -a bench-vm.qcow2 --root-password password:«pw» --hostname bench", False),
    ("$ aws rds create-db-instance --db-instance-identifier strap-orders --engine postgres --master-username «u» --master-user-password '«pw»' --db-instance-class db.t4g.micro --allocated-storage 20", False),
    ("$ openstack user create --domain default --password '«pw»' «u»", False),
    ("PS C:\\> Connect-VIServer -Server vcsa.smithy.lan -User «u» -Password '«pw»'", False),
    ("$ pjsua --id sip:«u»@pbx.lan --registrar sip:pbx.lan --realm '*' --username «u» --password '«pw»'", False),
    ("$ sipp -sn uac -au «u» -ap '«pw»' -m 1 pbx.lan:5060", False),
    ("$ dbmate --url 'postgres://«u»:«pw»@db.lan:5432/horology?sslmode=disable' up", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "zomboid_ini": "Zomboid/Server/servertest.ini on the kids' box: PublicName=Anvil Hollow · Password=«pw» · MaxPlayers=8",
    "ark_ini": "GameUserSettings.ini, [ServerSettings]: SessionName=Quench Isle · ServerAdminPassword=«pw»",
    "sdtd_xml": "serverconfig.xml of the 7 Days to Die server: <property name=\"ServerPassword\" value=\"«pw»\"/>",
    "dst_cluster_ini": "Don't Starve Together cluster.ini, [NETWORK] block: cluster_name = Forge Fireside · cluster_password = «pw»",
    "vrising_json": "ServerHostSettings.json on the V Rising box: \"Name\": \"Bloomery Keep\", \"Password\": \"«pw»\",",
    "wvdial_conf": "/etc/wvdial.conf, [Dialer Defaults]: Username = «u» · Password = «pw» · Phone = *99#",
    "snmpd_conf": "/etc/snmp/snmpd.conf on the kiln controller: createUser «u» SHA \"«pw»\"",
    "sssd_conf": "/etc/sssd/sssd.conf, [domain/smithy]: ldap_default_bind_dn = cn=«u»,dc=smithy,dc=lan · ldap_default_authtok = «pw»",
    "zabbix_conf": "zabbix_server.conf: DBName=zabbix · DBUser=«u» · DBPassword=«pw»",
    "zm_conf": "/etc/zm/conf.d/zm-db.conf for the workshop cameras: ZM_DB_USER=«u» · ZM_DB_PASS=«pw»",
    "mediawiki_php": "LocalSettings.php of the family wiki: $wgDBuser = \"«u»\"; $wgDBpassword = \"«pw»\";",
    "aria2_conf": "~/.aria2/aria2.conf: http-user=«u» · http-passwd=«pw» · max-concurrent-downloads=3",
    "roundcube_php": "Roundcube config.inc.php: $config['db_dsnw'] = 'mysql://roundcube:«pw»@localhost/roundcubemail';",
    "spotifyd_conf": "~/.config/spotifyd/spotifyd.conf, [global]: username = \"«e»\" · password = \"«pw»\" · device_name = \"Forge\"",
    "pgbouncer_userlist": "/etc/pgbouncer/userlist.txt, the repairs app's line: \"«u»\" \"«pw»\"",
    "threeproxy_cfg": "3proxy.cfg on the travel router: auth strong · users «u»:CL:«pw» · socks -p1080",
}
URL_CONFIGS = {"roundcube_php"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Plaud pin transcript from the car: \"...and the password for the water-bill site is «pw», okay, got it\"",
           "Pixel Watch reply, dictated: Mom the driving-school portal password is «pw» now",
           "| Login | Secret word |\n| feeder-cam app | «pw» |",
           "Meshtastic message from the campground: the trail-cam app wants a password, use «pw»",
           "«pw» is the password — Dad, that's for the photo frame's family account, I put it here so it's in one place",
           "Smart mirror's morning note in my son's writing: Nintendo parent-control password «pw», don't share"],
    "GB": ["Beeper message to my sister: Nan's water-company login password is «pw» now",
           "Blacksmith's course whiteboard, photographed:\nworkshop Wi-Fi passphrase\n«pw»",
           "Voice note from Grandad, transcribed: the dentist's booking site password is «pw», mind you don't lose it"],
    "CA": ["Note left for the cat-sitter: the Tractive app's password is «pw», in case Miso wanders",
           "Curling club group chat: the shared scoreboard account password is «pw», please stop changing it"],
    "AU": ["Smart mirror reminder from my housemate: the Kayo password's «pw» now, don't hand it round the footy group",
           "Meshtastic text from the station: the satellite internet password is «pw»"],
    "IN": ["Papa ka voice note, typed out: bijli bill wali site ka password «pw» hai, kisi ko mat batana",
           "Hostel ke group mein cousin ne likha: naya Wi-Fi password «pw»",
           "அம்மாவின் செய்தி: வீட்டு வைஃபை புதிய கடவுச்சொல் «pw»",
           "నాన్నగారి మెసేజ్: ఇంటి వైఫై కొత్త పాస్‌వర్డ్ «pw»"],
    "NG": ["Voice note from Aunty, written out: the password for the school fees portal is «pw», abeg keep am",
           "Ọ̀rọ̀ láti ọ̀dọ̀ ìyá mi: ọ̀rọ̀ aṣínà tuntun fún Wi-Fi ilé ni «pw»",
           "Nna m dere n'ekwentị: okwuntughe e ji abanye na weebụsaịtị ụgwọ ọkụ bụ «pw»"],
    "PH": ["Text from Tita: the password for the water district app is «pw», don't forget",
           "Mensahe ni Lola: ang bagong password ng Wi-Fi sa bahay ay «pw»"],
    "ZA": ["WhatsApp from my uncle: the prepaid electricity app's password is «pw», keep it to yourself",
           "Boodskap van Ouma: die nuwe wagwoord vir die huis se Wi-Fi is «pw»"],
    "KE": ["SMS from my brother: the eCitizen password I set for Mum is «pw»",
           "Babu aliandika kwenye kikundi: nenosiri la akaunti ya maji sasa ni «pw», msiibadilishe"],
    "PK": ["Abbu ka message: bijli ke bill wali app ka password «pw» hai, sambhal ke"],
    "DE": ["Die smarte Waage hat Omas Sprachnotiz mitgeschrieben: das neue Passwort fürs Wasserwerk-Portal lautet «pw»"],
    "FR": ["Note vocale de mon oncle, transcrite : le mot de passe du site de l'auto-école est «pw»"],
    "ES": ["Audio de la abuela transcrito: la clave nueva de la web del agua es «pw», no se la des a nadie"],
    "BR": ["Áudio do meu pai transcrito pelo relógio: a senha nova do app da autoescola é «pw»"],
    "JP": ["母からのメッセージ：水道局サイトの新しいパスワードは«pw»です"],
    "IT": ["Messaggio vocale del nonno trascritto: la password nuova del portale dell'acqua è «pw»"],
    "NL": ["Appje van opa: het nieuwe wachtwoord van de waterleidingsite is «pw»"],
    "PL": ["Dziadek nagrał głosówkę, transkrypcja: hasło do e-faktur za wodę zmieniłem na «pw»"],
    "TR": ["Dedemden mesaj: su idaresinin sitesindeki yeni şifre «pw»"],
    "RU": ["Сообщение от деда: новый пароль от сайта водоканала «pw»"],
    "KR": ["할머니 문자: 집 와이파이 새 비밀번호는 «pw» 이에요"],
    "CN": ["爷爷发来的消息：家里无线网的新密码是«pw»"],
    "DK": ["Besked fra mormor: den nye adgangskode til wifi derhjemme er «pw»"],
    "CZ": ["Zpráva od babičky: nové heslo k domácí wifi je «pw»"],
    "SK": ["Správa od starej mamy: nové heslo na domácu wifi je «pw»"],
    "HR": ["Poruka od bake: nova lozinka za kućni wifi je «pw»"],
    "RS": ["Порука од деке: нова шифра за кућни вајфај је «pw»"],
    "BG": ["Съобщение от баба: новата парола за домашния уайфай е «pw»"],
    "IL": ["הודעה מסבתא: הסיסמה החדשה של הוויי-פיי בבית היא «pw»"],
    "IR": ["پیام مادربزرگ: رمز عبور جدید وای‌فای خانه «pw» است"],
    "MT": ["Messaġġ min-nanna: il-password il-ġdida tal-wifi tad-dar hija «pw»"],
    "BY": ["Паведамленне ад бабулі: новы пароль ад хатняга wifi «pw»"],
    "KZ": ["Әжемнен хабарлама: үйдегі wifi-дың жаңа құпиясөзі «pw»"],
    "KG": ["Чоң энемден кабар: үйдөгү wifi'дын жаңы сырсөзү «pw»"],
    "MG": ["Hafatra avy amin'i Bebe: ny tenimiafina vaovao amin'ny wifi ao an-trano dia «pw»"],
    "WS": ["Fe'au mai ia Tinā matua: o le upu fa'alilolilo fou o le wifi i le fale o «pw»"],
    "NZ": ["He karere nā Kui: ko te kupuhipa hou mō te wifi o te whare ko «pw»"],
    "UG": ["Obubaka okuva ewa jjajja: ekigambo ekyama ekipya ekya wifi y'awaka kiri «pw»"],
    "SN": ["Bataaxal bu mag bi: baatu jàll bu bees bu wifi bu kër gi mooy «pw»"],
    "GH": ["Nkra fi me nanabea hɔ: wifi a ɛwɔ fie no password foforɔ ne «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Meshtastic message to the neighbour: the shed's keypad opens with «pw»", 4),
    ("US", "Smart mirror sticky: the smithy's alarm disarm code is «pw», change it Friday", 4),
    ("IN", "Chacha ji ne Google Pay ke liye jo UPI PIN set kiya woh «pw» hai, yaad se", 4),
    ("GB", "Beeper from Gran: the PIN for my Post Office card is «pw», for the pension", 4),
    ("ES", "La abuela le dictó a la cuidadora el PIN de la tarjeta: «pw»", 4),
    ("IT", "Il codice della cassetta delle chiavi dell'agriturismo, mandato dal proprietario: «pw»", 4),
    ("BR", "Meu avô pediu pra guardar a senha do cartão da aposentadoria: «pw»", 6),
]
