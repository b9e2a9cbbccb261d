"""Where the dev30 privacy set's passwords and PINs are written (``privacy_cases_dev30.py``):
on the command lines of the tools people run (memtier_benchmark, mysqlslap, mydumper, Percona's
xtrabackup, MariaDB MaxScale's maxctrl, Dameng's disql, the check_mysql plugin, gotty, adb's cmd
wifi, espota.py, obs-cmd, ipmiutil, FreeIPMI's ipmi-sensors, esxcli, 389 Directory Server's dsconf,
proxmox-backup-client, Packer, DepotDownloader, wbinfo, microsocks, Instaloader, Apache Geode's gfsh,
transmission-daemon, WebLogic's WLST, WebSphere's wsadmin, Seafile's seaf-cli, TFVC's tf.exe,
git-tfs, Apprise, the Swift client, Apache Ignite's control.sh, PufferPanel, and a Quake Live, a
Call of Duty 2, a Zandronum, a QuakeWorld mvdsv and a Medal of Honor: Allied Assault server), in the
config files they keep (liquibase.properties, gitlab.rb, PrestaShop's parameters.php, OpenCart's
config.php, Jira's dbconfig.xml, sonar.properties, LimeSurvey's config.php, a trojan config.json,
FlexGet's config.yml, Leantime's .env, HexChat's servlist.conf, osTicket's ost-config.php,
Dolibarr's conf.php, Piwigo's database.inc.php, GLPI's config_db.php, Wiki.js's config.yml, a JPA
persistence.xml, PeerTube's production.yaml and a Prisma .env with a database URL), and in what they
tell each other or themselves (texts, chats, voice notes, an Omi pendant's transcripts, a Trilium
notebook, Wickr and Nextcloud Talk messages, an Ulanzi clock, a photographed form, table rows, a
value before its label, a label a line away from its value), English most and then the languages of
the set's other countries and of some no earlier set's modules name (Scottish Gaelic, Magahi,
Chhattisgarhi, Bundeli, Kumaoni, Hiligaynon, Ilocano, Tsonga, Sepedi, Kaaps, Kikuyu, Portuñol,
Rioplatense lunfardo, Jopara, Asturian, Sardinian, Kansai Japanese, Gyeongsang Korean, Cantonese,
Sichuanese, Burmese, Solomon Pijin, Jamaican Patois, Cameroon's Kamtok, Bambara, Fante, Swahili,
Nyanja, Sudanese and Algerian Arabic, Moroccan Darija, Sorani, Armenian and Georgian), labels in
their own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address
(labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (aquascaping and bicycle framebuilding).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["anubias", "bucephalandra", "rotala", "ludwigia", "cryptocoryne", "vallisneria", "hairgrass", "riccia", "seiryu", "dragonstone",
         "aquasoil", "iwagumi", "otocinclus", "neocaridina", "rasbora", "hemianthus", "eleocharis", "bolbitis", "staurogyne", "pogostemon",
         "glossostigma", "dropchecker", "lugwork", "dropout", "chainstay", "seatstay", "headtube", "toptube", "downtube", "forkcrown",
         "steerer", "brazeon", "lugset", "bilaminate", "randonneur", "clincher", "presta", "derailleur", "freehub", "spokewrench", "truing",
         "crankarm"]

ACCOUNTS = ["svc_rotala", "lugwork_ops", "seatstay_ro", "anubias_sync", "dropout_cron", "iwagumi_admin", "chainstay_backup",
            "riccia_ci", "brazeon_vpn", "headtube_relay", "scapeshop_adm", "framejig_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, before an @ or between ? and ? signs)
    ("$ memtier_benchmark -s redis.lan -p 6379 -a '«pw»' --ratio=1:10 --test-time=60", False),
    ("$ mysqlslap --host=db.lan --user=«u» --password='«pw»' --concurrency=20 --iterations=5 --auto-generate-sql", False),
    ("$ ./disql «u»/'\"«pw»\"'@dm8.lan:5236", False),
    ("$ mydumper -h db.lan -u «u» -p '«pw»' -B scapeshop -o /backups/scapeshop --compress", False),
    ("$ /usr/lib/nagios/plugins/check_mysql -H db.lan -u «u» -p '«pw»' -d scapeshop", False),
    ("$ gotty --port 8081 --credential «u»:'«pw»' --permit-write tmux attach -t fishroom", False),
    ("$ xtrabackup --backup --user=«u» --password='«pw»' --target-dir=/data/backups/full", False),
    ("$ adb shell cmd wifi connect-network 'FishRoom' wpa2 '«pw»'", False),
    ("$ python3 espota.py -i 192.168.4.40 -p 3232 -a '«pw»' -f doser-firmware.bin", False),
    ("$ obs-cmd --websocket obsws://studio.lan:4455/«pw» scene switch 'Tank cam'", True),
    ("$ maxctrl --user=«u» --password='«pw»' --hosts=maxscale.lan:8989 list servers", False),
    ("$ ipmiutil health -N 10.40.0.12 -U «u» -P '«pw»'", False),
    ("$ ipmi-sensors -h 10.40.0.13 -u «u» -p '«pw»' --sdr-cache-recreate", False),
    ("$ esxcli --server esx01.lan --username «u» --password '«pw»' vm process list", False),
    ("$ dsconf -D 'cn=Directory Manager' -w '«pw»' ldap://ds.club.lan backend suffix list", False),
    ("$ PBS_PASSWORD='«pw»' proxmox-backup-client backup root.pxar:/ --repository «u»@pbs@10.40.0.21:tanklogs", False),
    ("$ packer build -var 'ssh_username=«u»' -var 'ssh_password=«pw»' shop-image.pkr.hcl", False),
    ("$ ./DepotDownloader -app 1690800 -username «u» -password '«pw»' -dir ./satisfactory", False),
    ("$ wbinfo -a 'CLUB\\«u»%«pw»'", False),
    ("$ microsocks -i 0.0.0.0 -p 1080 -u «u» -P '«pw»'", False),
    ("$ instaloader --login «u» --password '«pw»' --fast-update reefside_tanks", False),
    ("gfsh>connect --locator=geode.lan[10334] --user=«u» --password=«pw»", False),
    ("$ transmission-daemon -t -u «u» -v '«pw»' --download-dir /srv/torrents", False),
    ("wls:/offline> connect('«u»', '«pw»', 't3://wls.lan:7001')", False),
    ("$ ./wsadmin.sh -lang jython -user «u» -password '«pw»' -f stop_shop.py", False),
    ("$ seaf-cli sync -l 3f1c9e2a-7b64-4d0e-9a55-c2f81b7d04e6 -s https://seafile.club.lan -d ~/Seafile/tanks -u «e» -p '«pw»'", False),
    ("PS C:\\src> tf.exe get $/Scapeshop /recursive /login:CLUB\\«u»,«pw»", True),
    ("$ git tfs clone https://tfs.lan/tfs/DefaultCollection $/Framejig --username=«u» --password='«pw»'", False),
    ("$ apprise -t 'Tank alarm' -b 'heater stuck on' 'mailtos://«u»:«pw»@mail.club.lan'", True),
    ("$ swift -A https://swift.lan/auth/v1.0 -U shop:«u» -K '«pw»' upload tank-photos ./2026", False),
    ("$ ./control.sh --host ignite.lan --user «u» --password '«pw»' --baseline", False),
    ("$ pufferpanel user add --name «u» --email «e» --password '«pw»' --admin", False),
    ("$ ./run_server_x64.sh +set net_port 27960 +set sv_hostname 'Riccia Arena' +set zmq_rcon_enable 1 +set zmq_rcon_password '«pw»'", False),
    ("$ ./cod2_lnxded +set dedicated 2 +set net_port 28960 +set rcon_password '«pw»' +exec chainstay.cfg +map mp_toujane", False),
    ("$ zandronum-server -iwad doom2.wad -port 10666 +sv_hostname 'Seatstay Slaughter' +sv_rconpassword '«pw»'", False),
    ("$ ./mvdsv -port 27500 +set hostname 'Dropout QW' +set rcon_password '«pw»' +map dm6", False),
    ("$ ./mohaa_lnxded +set dedicated 1 +set rconPassword '«pw»' +set sv_hostname 'Dropchecker Beach' +map obj/obj_team2", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "liquibase_properties": "liquibase.properties in the frame-order repo: url: jdbc:postgresql://db.lan:5432/frames · username: «u» · password: «pw»",
    "gitlab_rb": "/etc/gitlab/gitlab.rb, the SMTP block: gitlab_rails['smtp_user_name'] = \"«e»\" · gitlab_rails['smtp_password'] = \"«pw»\"",
    "prestashop_php": "app/config/parameters.php of the fish shop's PrestaShop: 'database_user' => '«u»', 'database_password' => '«pw»',",
    "opencart_php": "config.php of the bike-parts OpenCart store: define('DB_USERNAME', '«u»'); define('DB_PASSWORD', '«pw»');",
    "jira_xml": "dbconfig.xml in the Jira home folder: <username>«u»</username> <password>«pw»</password>",
    "sonar_properties": "conf/sonar.properties on the build server: sonar.jdbc.username=«u» · sonar.jdbc.password=«pw»",
    "limesurvey_php": "application/config/config.php of the club's LimeSurvey: 'username' => '«u»', 'password' => '«pw»',",
    "trojan_json": "config.json of the trojan proxy on the VPS: \"local_port\": 443, \"password\": [\"«pw»\"],",
    "flexget_yml": "~/.flexget/config.yml, the transmission block: host: nas.lan · port: 9091 · username: «u» · password: «pw»",
    "leantime_env": "config/.env of the co-op's Leantime: LEAN_DB_USER='«u»' · LEAN_DB_PASSWORD='«pw»'",
    "hexchat_conf": "servlist.conf from HexChat, the OFTC entry: N=OFTC · I=«u» · P=«pw»",
    "osticket_php": "include/ost-config.php of the co-op's osTicket: define('DBUSER','«u»'); define('DBPASS','«pw»');",
    "dolibarr_php": "htdocs/conf/conf.php of the co-op's Dolibarr: $dolibarr_main_db_user='«u»'; $dolibarr_main_db_pass='«pw»';",
    "piwigo_php": "local/config/database.inc.php of the club's Piwigo gallery: $conf['db_user'] = '«u»'; $conf['db_password'] = '«pw»';",
    "glpi_php": "config/config_db.php of the club's GLPI: public $dbuser = '«u»'; public $dbpassword = '«pw»';",
    "wikijs_yml": "config.yml of the club's Wiki.js, under db: type: postgres · user: «u» · pass: «pw»",
    "persistence_xml": "META-INF/persistence.xml of the frame-order app: <property name=\"jakarta.persistence.jdbc.password\" value=\"«pw»\"/>",
    "peertube_yml": "config/production.yaml of the club's PeerTube, under smtp: username: «e» · password: «pw»",
    "prisma_env": ".env next to schema.prisma, pasted in the ticket: DATABASE_URL=\"postgresql://«u»:«pw»@db.lan:5432/scapeshop?schema=public\"",
}
URL_CONFIGS = {"prisma_env", "jira_xml", "persistence_xml"}  # a URL, or XML, where & and < would need escaping

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Omi transcript from the kitchen: \"...and the Imou app password is «pw», put it in your notes, not on the fridge\"",
           "Omi caught my wife saying it: the fish-shop rewards password is «pw»",
           "| Site | Password |\n| bike co-op booking | «pw» |",
           "My nephew on Wickr, no caps: the dashboard login is «pw» dont change it pls",
           "«pw» — sticky note inside the workshop cabinet door, marked 'till PC', there since 2019",
           "Trilium note, page 'Home stuff', the robot vacuum app: password «pw»"],
    "GB": ["Nextcloud Talk DM to my sister: Mum's tip-booking login is «pw» since Tuesday",
           "Framebuilder's invoice, pencil on the back:\nclub portal password\n«pw»",
           "Teachdaireachd bho Sheanmhair: 's e «pw» am facal-faire ùr airson an wifi san taigh, na innis do dhuine"],
    "CA": ["Note I set on the Ulanzi clock for after the bike swap: listing site password «pw», rotate it",
           "On the cottage fridge under the Suunto charger: Hydro-Québec account password «pw», Grandpa's"],
    "AU": ["Share-house whiteboard, in Jedda's handwriting: hard-rubbish booking page, «pw», use it before Friday",
           "Text from Dad in Bendigo: the bowls club site wanted a new login, it's «pw» now"],
    "IN": ["Mamu ne bola tha, society gate wali app ka password «pw» hai, guard ko mat batana",
           "Bijli office ka form photo kiya, peeche Papa ki likhawat mein: portal password «pw»",
           "Omi transcript of Didi on the phone: the broadband router admin password is «pw», write it somewhere safe",
           "दादी के संदेस: घर के वाईफाई के नया पासवर्ड «pw» हइ, केकरो नञ बतइहऽ",
           "बबा के संदेसा: बिजली बिल वाले ऐप म नवा पासवर्ड «pw» डारे हवंव, कोनो ल झन बताबे",
           "बाई को संदेसो: टीवी वाले डब्बा को नओ पासवर्ड «pw» आय, कोऊ खों नें बताइयो",
           "आमा क संदेश: बैंक वाल ऐप क नई पासवर्ड «pw» छ, कैकें झन बतया"],
    "NG": ["Voice note from Uncle in Enugu, transcribed: the cable TV account password is «pw», keep it safe for me",
           "Oga talk say the POS machine password don change, na «pw» now",
           "Mama talk say the church hall projector laptop password na «pw», make I no forget am"],
    "PH": ["Bilin ni Tito bago lumipad pa-Dubai: password ng online banking niya «pw», ikaw muna ang bahala",
           "Mensahe halin kay Lola: ang bag-o nga password sang wifi sa balay amo ang «pw», indi mo pagsugiri bisan sin-o",
           "Imbilin ni Lelang: «pw» ti password ti internet ditoy balay, saanmo nga ibaga iti sabsabali"],
    "ZA": ["My cousin in Mthatha sent it: the municipal e-services password is «pw», the new one",
           "Rungula ra Kokwana: password leyintshwa ya wifi ekaya i «pw», u nga byeli munhu",
           "Koko o rometše molaetša: password ya internet ya ka ntlong ke «pw», o se e botše motho",
           "Ouma het ge-message: die nuwe wifi password by die huis is «pw», moenie vir niemand sê nie"],
    "KE": ["Msee, ile password ya DStv Now ni «pw», usiambie mtu hata mmoja",
           "Ndũmĩrĩri kuuma kwa Cũcũ: password njerũ ya wifi ya nyũmba nĩ «pw», ndũkamwĩre mũndũ"],
    "PK": ["Phupho ne voice note mein bataya, gas bill wali app ka password «pw» hai, kisi ko na dena",
           "امی نے بتایا کہ بجلی کے بل والی ایپ کا پاس ورڈ «pw» رکھا ہے، کسی اور کو نہ دینا"],
    "BR": ["Meu tio mandou áudio: mudou a senha do app da academia, agora é «pw», guarda isso"],
    "UY": ["Mensagem da vó: la senha nueva do wifi da casa es «pw», no le conta pra nadie"],
    "AR": ["Audio de la vieja: «pw» es la contra del wifi desde hoy, ni se te ocurra batírsela a alguien"],
    "PY": ["Mensaje de la abuela: la password pyahu del wifi ha'e «pw», ani ere avavépe"],
    "DE": ["Sprachnachricht von meinem Bruder, abgetippt: das Passwort fürs Vereinsportal vom Radclub ist jetzt «pw»"],
    "FR": ["SMS de mon oncle : le mot de passe de l'appli de la mutuelle, c'est «pw», ne le donne à personne"],
    "ES": ["Mensaxe del güelu: la clave nueva de l'aplicación del bancu ye «pw», nun se la digas a naide"],
    "IT": ["Sa jaja m'at mandadu unu messàgiu: sa crae noa de s'app de sa banca est «pw», no dda nerzas a nemos"],
    "JP": ["おばあちゃんからLINE：家のwifiの新しいパスワードは«pw»やで、誰にも言うたらあかんで"],
    "KR": ["할매 문자: 집 와이파이 새 비밀번호 «pw» 아이가, 아무한테도 말하지 마래이"],
    "HK": ["阿嫲傳咗個message嚟：屋企wifi新密碼係«pw»，唔好話俾人知"],
    "CN": ["奶奶发的消息：屋头wifi的新密码是«pw»，莫跟别个说哈"],
    "MM": ["အဖွားက ဖုန်းဆက်ပြောတယ်: တီဗီဘောက်စ် စကားဝှက်က «pw» တဲ့၊ ဘယ်သူ့ကိုမှ မပြောနဲ့"],
    "NZ": ["Nā Koro te karere: ko «pw» te kupuhipa hou mō te pouaka whakaata, kaua e hoatu ki tētahi"],
    "SB": ["Mesij from Granmami: niu pasword blong wifi long haos hem «pw», no talem eniwan"],
    "JM": ["Granny lef one voice note: she change di cable box password to «pw», an seh mi fi keep it to miself"],
    "CM": ["Papa don talk say the password for the light bill app na «pw», make you no show am any man"],
    "ML": ["Bamuso ka cikan: so wifi password kura ye «pw» ye, i kana a fɔ mɔgɔ si ye"],
    "GH": ["Nana kyerɛwee me sɛ: internet password foforɔ a ɔde ato fie hɔ ne «pw», mma nnkyerɛ obiara"],
    "TZ": ["Bibi ameniandikia: nenosiri la programu ya benki sasa ni «pw», usimpe mtu yeyote"],
    "ZM": ["Uthenga kuchokera kwa Agogo: password yatsopano ya wifi ya kunyumba ndi «pw», usauze munthu aliyense"],
    "SD": ["رسالة من حبوبة: الباسورد الجديد بتاع الواي فاي في البيت «pw»، ما تكلم بيهو زول"],
    "DZ": ["ميساج من جدتي: الموديباس الجديد تاع الويفي في الدار «pw»، ما تقولو لحتى واحد"],
    "MA": ["ميساج من جدتي: الكود الجديد ديال الويفي ديال الدار هو «pw»، ما تقولو لحتى شي حد"],
    "IQ": ["نامە لە داپیرەمەوە: وشەی نهێنیی نوێی وایفایی ماڵەوە ئەمەیە: «pw»، بە کەسی مەڵێ"],
    "AM": ["Պապիկը գրել է. բանկային հավելվածի նոր գաղտնաբառը «pw» է, ոչ մեկին ցույց չտաս"],
    "GE": ["ბაბუამ მომწერა: ბანკის აპლიკაციის ახალი პაროლია «pw», არავის აჩვენო"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Omi, note this: bike-room keypad is «pw», don't tell the neighbours", 4),
    ("US", "Trilium margin: fish-room alarm, key in «pw» before opening the side door", 4),
    ("IN", "Nanaji ka PhonePe UPI PIN «pw» hai, purani diary ke peeche likha", 6),
    ("GB", "Nan's PIN for the post-office counter, passed to me for her errands: «pw»", 4),
    ("DE", "Oma hat mir die PIN ihrer Sparkassen-Karte fürs Einkaufen verraten: «pw»", 4),
    ("MX", "Mi abuelo me dictó el NIP de su tarjeta de débito por teléfono: «pw», para sacar lo de la renta", 4),
    ("BR", "Vovô passou por áudio a senha do cartão de débito, seis números: «pw»", 6),
]
