"""Where the dev36 privacy set's passwords and PINs are written (``privacy_cases_dev36.py``): on
the command lines of the tools people run (hexapdf, ldapwhoami, Breezy's brz, SQL Workbench/J's
console, jsqsh, MeshCentral, brook, glider, http-server, updog, darkhttpd, copyparty, peertube-cli,
OpenStego, Windows' dsmod, oha, tnftp, ebusd, NUT's upscmd, mysqlshow, pt-query-digest,
proxysql-admin, Kapacitor, vmctl, MLflow, WeTTY, youtube-dl, ftp-upload, the filen CLI, pdfinfo,
ffplay, FreeIPMI's bmc-info, spicy, xo-cli, salt-call, pyinfra and vncdotool), in the config files
they keep (Courier's authmysqlrc, FreeRADIUS' mods-available/sql, a snom phone's XML, a Polycom
phone's cfg, BackupPC's config.pl, Kanboard's, XenForo's, ProcessWire's and Textpattern's
config.php, EspoCRM's config-internal.php, cqlshrc, Liferay's portal-ext.properties, openfire.xml,
Anope's services.conf, SpamAssassin's local.cf, a ConnMan service file, Quarkus'
application.properties, Bundler's config, mediamtx.yml and Graylog's server.conf), and in what they
tell each other or themselves (texts, chats, voice notes, a Polaroid Cube clip, Simon Says,
Cockatoo, Speechmatics and GoTranscript transcripts, Scrivener, Typora, Zoho Notebook, Grid Diary
and Five Minute Journal pages, a Memento Database table, a fencing-bag lid, an armoury cupboard
door, the back of a layout's control panel, a postcard, table rows, a value before its label, a
label a line away from its value), English most and then the languages of the set's other countries
and of some no earlier set has written in (Iñupiaq, Muscogee, Mi'kmaq, Pitjantjatjara, Yolŋu Matha,
Kokborok, Urhobo, Ivatan, Ekegusii, Kimeru, Sukuma, Ateso, Khowar, Emakhuwa, Chiyao, Fang, Central
Atlas Tamazight, Dinka, Afar, Saterland Frisian, Nogai, Ingush, Khakas, Abkhaz, Gilaki, Talysh,
Amis, Toraja, Palauan, Chuukese, Otomí, Mam, Garifuna, Guna, Wayuunaiki, Shipibo-Konibo, Shuar and
Nheengatu; 38 in all, each a language of its own rather than a regional variety, with English,
Hinglish, Taglish, Sheng, Nigerian Pidgin and Urdu in new wordings), labels in their own words and
forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (fencing and model railways).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["riposte", "parry", "lunge", "fleche", "balestra", "coupe", "prime", "seconde", "quarte", "quinte", "sixte", "septime",
         "octave", "bellguard", "plastron", "foible", "piste", "touche", "engarde", "corpsacorps", "derobement", "froissement",
         "disengage", "epee", "sabre", "foilist", "sabreur", "bodywire", "moulinet", "passato", "attaque", "croise", "envelopment",
         "locomotive", "bogie", "pantograph", "turnout", "ballast", "fishplate", "catenary", "viaduct", "signalbox", "semaphore",
         "fiddleyard", "roundhouse", "turntable", "shunter", "caboose", "diorama", "brakevan", "footplate", "firebox", "smokebox",
         "baseboard", "trackbed", "flextrack", "pointmotor", "checkrail", "crossover", "branchline", "bufferstop", "embankment",
         "goodsyard", "marshalling", "rerailer", "throttle"]

ACCOUNTS = ["poolsheet_svc", "tableau_sync", "salle_ro", "armoury_adm", "dcc_cron", "layout_bot", "signalbox_admin", "exhibition_ops",
            "timetable_backup", "locoshed_ci", "turnout_relay", "fixtures_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ hexapdf encrypt --user-password '«pw»' --algorithm aes --key-length 256 pool-sheets.pdf pool-sheets-locked.pdf", False),
    ("$ ldapwhoami -ZZ -H ldap://directory.salle.lan -D 'uid=«u»,ou=volunteers,o=salle' -w '«pw»'", False),
    ("$ brz branch https://«u»:«pw»@code.club.lan/layout-scripts/trunk layout-scripts", True),
    ("$ sqlwbconsole.sh -url=jdbc:postgresql://db.lan/fencing -username=«u» -password='«pw»' -command='select count(*) from bouts'", False),
    ("$ jsqsh --driver=pgsql --server=db.salle.lan --database=bouts --user=«u» --password='«pw»'", False),
    ("$ node node_modules/meshcentral --createaccount «u» --pass '«pw»' --email «e»", False),
    ("$ brook client --server vpn.club.lan:9999 --password '«pw»' --socks5 127.0.0.1:1080", False),
    ("$ glider -listen socks5://:1080 -forward ss://AEAD_CHACHA20_POLY1305:«pw»@proxy.lan:8388", True),
    ("$ npx http-server ./layout-photos -p 8080 --username «u» --password '«pw»'", False),
    ("$ updog -d ~/timetables -p 9090 --password '«pw»' --ssl", False),
    ("$ darkhttpd ~/exhibition-site --port 8081 --auth «u»:«pw»", True),
    ("$ python3 copyparty-sfx.py -p 3923 -a «u»:«pw» -v ~/scans:scans:rw,«u»", True),
    ("$ peertube-cli auth add -u https://video.club.lan -U «u» --password '«pw»'", False),
    ("$ openstego embed -a randomlsb -mf roster.txt -cf viaduct.png -sf viaduct-out.png -e -A AES128 -p '«pw»'", False),
    ("> dsmod user \"CN=«u»,OU=Armoury,OU=Volunteers,DC=salle,DC=internal\" -pwd «pw» -pwdneverexpires no -disabled no", True),
    ("$ vncdotool -s layoutpi.lan::5901 -p '«pw»' capture signalbox-$(date +%F).png", False),
    ("$ oha -z 30s --http2 -a «u»:«pw» https://tableau.salle.lan/bracket.json", True),
    ("$ tnftp ftp://«u»:«pw»@ftp.lan/pub/timetables/winter.pdf", True),
    ("$ ebusd --scanconfig --mqtthost mqtt.lan --mqttuser «u» --mqttpass '«pw»'", False),
    ("$ upscmd -u «u» -p '«pw»' layoutups@localhost test.battery.start.quick", False),
    ("$ mysqlshow --host=db.salle.lan --user=«u» --password='«pw»' --count railway_society rolling_stock", False),
    ("$ pt-query-digest --processlist h=db.lan,u=«u»,p=«pw» --run-time 10m > slow-pools.txt", True),
    ("$ proxysql-admin --config-file=/etc/proxysql-admin.cnf --cluster-username=«u» --cluster-password='«pw»' --enable", False),
    ("$ kapacitor -url http://«u»:«pw»@kapacitor.lan:9092 list tasks", True),
    ("$ vmctl influx --influx-addr http://influx.lan:8086 --influx-user «u» --influx-password '«pw»' --influx-database layout_sensors "
     "--vm-addr http://vm.lan:8428", False),
    ("$ MLFLOW_TRACKING_USERNAME=«u» MLFLOW_TRACKING_PASSWORD='«pw»' mlflow experiments search --view all", False),
    ("$ wetty --port 3000 --ssh-host signalbox.lan --ssh-user «u» --ssh-pass '«pw»'", False),
    ("$ youtube-dl --username «u» --password '«pw»' -o '%(title)s.%(ext)s' https://vimeo.com/showcase/club-finals", False),
    ("$ ftp-upload -h ftp.lan -u «u» --password '«pw»' -d /incoming pool-results.csv", False),
    ("$ filen --email «e» --password '«pw»' upload ./exhibition-photos /Club/2025", False),
    ("$ pdfinfo -upw '«pw»' membership-renewals.pdf", False),
    ("$ ffplay -rtsp_transport tcp rtsp://«u»:«pw»@loftcam.lan:554/h264Preview_01_main", True),
    ("$ bmc-info -h bmc.lan -u «u» -p '«pw»' --driver-type=LAN_2_0", False),
    ("$ spicy -h vmhost.lan -p 5930 -w '«pw»'", False),
    ("$ xo-cli --register https://xo.club.lan «u» '«pw»'", False),
    ("$ sudo salt-call --local state.single user.present name=«u» password='«pw»' hash_password=True", False),
    ("$ pyinfra signalbox.lan --ssh-user «u» --ssh-password '«pw»' exec -- uptime", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "courier_authmysqlrc": "/etc/courier/authmysqlrc on the club's mail box: MYSQL_SERVER localhost · MYSQL_USERNAME «u» · MYSQL_PASSWORD «pw» · "
                           "MYSQL_DATABASE maildb",
    "freeradius_sql": "mods-available/sql of the society's FreeRADIUS: dialect = \"mysql\" · login = \"«u»\" · password = \"«pw»\" · radius_db = \"radius\"",
    "snom_xml": "snom D735 provisioning for the armoury extension: <user_realname idx=\"1\">Armoury</user_realname><user_name idx=\"1\">«u»</user_name>"
                "<user_pass idx=\"1\">«pw»</user_pass>",
    "polycom_cfg": "the Polycom's site.cfg from the exhibition office: reg.1.auth.userId=\"«u»\" reg.1.auth.password=\"«pw»\" reg.1.server.1.address=\"pbx.lan\"",
    "backuppc_pl": "/etc/backuppc/pc/layoutpi.pl: $Conf{XferMethod} = 'rsyncd'; $Conf{RsyncdUserName} = '«u»'; $Conf{RsyncdPasswd} = '«pw»';",
    "kanboard_php": "Kanboard board for fixtures, its config.php: define('DB_DRIVER', 'mysql'); define('DB_USERNAME', '«u»'); define('DB_PASSWORD', '«pw»'); "
                    "define('MAIL_CONFIGURATION', true); define('MAIL_FROM', '«e»');",
    "xenforo_php": "src/config.php of the fencing forum: $config['db']['username'] = '«u»'; $config['db']['password'] = '«pw»'; "
                   "$config['db']['dbname'] = 'xf';",
    "processwire_php": "ProcessWire install behind the railway society's site: $config->dbHost = 'localhost'; $config->dbName = 'pw_society'; $config->dbUser = '«u»'; "
                       "$config->dbPass = '«pw»'; $config->adminEmail = '«e»';",
    "textpattern_php": "textpattern/config.php of the old club blog: $txpcfg['db'] = 'txp'; $txpcfg['user'] = '«u»'; $txpcfg['pass'] = '«pw»';",
    "espocrm_php": "EspoCRM for membership renewals, config-internal.php: 'database' => ['platform' => 'Mysql', 'dbname' => 'espocrm', 'user' => '«u»', "
                   "'password' => '«pw»'], 'outboundEmailFromAddress' => '«e»', 'siteUrl' => 'https://crm.salle.lan',",
    "cqlshrc": "cqlshrc in the scorer's home directory: [authentication] username = «u» password = «pw» [connection] hostname = cass.salle.lan port = 9042",
    "liferay_properties": "portal-ext.properties of the federation's Liferay: jdbc.default.username=«u» · jdbc.default.password=«pw»",
    "openfire_xml": "conf/openfire.xml of the club chat server: <defaultProvider><serverURL>jdbc:mysql://localhost/openfire</serverURL>"
                    "<username>«u»</username><password>«pw»</password></defaultProvider>",
    "anope_conf": "Anope's services.conf for SalleNet: uplink { ipv6 = no; ssl = no; password = \"«pw»\"; } serverinfo { name = \"nickserv.salle.home\" }",
    "spamassassin_cf": "/etc/spamassassin/local.cf: user_scores_dsn DBI:mysql:spamassassin:localhost · user_scores_sql_username «u» · "
                       "user_scores_sql_password «pw»",
    "connman_config": "/var/lib/connman/clubroom.config on the layout Pi: [service_wifi_clubroom] · Type = wifi · Name = ClubRoom · Passphrase = «pw»",
    "quarkus_properties": "application.properties of the bookings service: quarkus.datasource.username=«u» · quarkus.datasource.password=«pw»",
    "bundler_config": "~/.bundle/config on the website box: BUNDLE_GEMS__CLUB__LAN: \"«u»:«pw»\"",
    "mediamtx_yml": "mediamtx.yml on the layout camera box: paths: · loftcam: · readUser: «u» · readPass: «pw»",
    "graylog_conf": "/etc/graylog/server/server.conf: mongodb_uri = mongodb://«u»:«pw»@localhost:27017/graylog",
}
URL_CONFIGS = {"spamassassin_cf", "bundler_config", "mediamtx_yml", "graylog_conf"}  # where a space, @, :, #, ; or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Polaroid Cube on my backpack recorded Dad in the hardware-store aisle spelling the garage-door app password, «pw», to the clerk, of all people",
           "Typora note under 'Clubs': USA Fencing membership — login «pw» — renews every August",
           "Memento Database library 'Home logins':\n| Service | Password |\n| layout club members' page | «pw» |",
           "Scoring-app login — «pw» — written in silver marker inside the lid of my fencing bag",
           "Simon Says subtitles of Grandma's FaceTime: she set the pharmacy app to «pw» and wants me to keep it 'for when my memory goes'",
           "Grid Diary, Wednesday: changed the train-club forum password to «pw» after the breach warning",
           "Aakaga aglaktuq: bank-kum app-ŋa password nutaaq «pw», kimuŋ uqautigiñagu",
           "Ckecke cokv hayes: bank app password mucvsat «pw» tos, estvn kerretv haks. Mvto",
           "Uncle Floyd's postcard from Branson, pinned to our fridge: HAD TO RESET THE RAILROAD FORUM, NEW ONE IS «pw», DON'T LET YOUR AUNT SEE",
           "Five Minute Journal, evening: remembered the new library card PIN is fine but the online password is «pw»"],
    "GB": ["Cockatoo captured Mum ringing from the allotment: 'NHS app wanted a fresh one, so it's «pw», tell your brother nothing'",
           "Zoho Notebook card 'Club room > Alarm app': «pw»",
           "Whoever chalked «pw» on the inside of the armoury cupboard door, under 'scoring laptop', please don't",
           "GoTranscript of Gran's doorstep rant about the bin-collection portal: 'made me pick «pw», I ask you'"],
    "CA": ["Scrivener corkboard card labelled 'Moose draw': provincial licence portal password «pw», Leonard keeps the backup codes in his truck",
           "Nan's answering-machine message, saved on my phone: 'the wireless thingy is «pw» now, dear, don't you go telling your cousins'",
           "Nkij wi'kiket: bank app password piluey «pw», mu teluimu'k wen. Wela'lin"],
    "AU": ["Grease pencil on the back of the layout's control panel, beside the DCC address list: PC login «pw»",
           "Group chat 'Family (no Dad)': Mum announcing the caravan's alarm app password is «pw», then asking who added Dad",
           "Ngunytjulu watjanu: Facebook-ku password kuwarri «pw», wiya watjala anangu kutjupa-kutjupa",
           "Ŋäṉḏi-walaŋuwuy dhäwu: Facebook-ku password yurr dhuwal «pw», yaka lakaraŋ yolŋuny"],
    "IN": ["Society lift ke emergency intercom app ka password «pw» hai, secretary uncle ne notice board pe chipka diya, hadd hai",
           "Speechmatics summary of the Sunday cousins' call: Bhaiya will guard Dadi's EPFO login — password «pw» — in his office locker",
           "Ama ni message: bank app ni password kwtal «pw», saboni bai kwrwi sa-di",
           "Nani ki purani diary ke aakhri panne pe, gas booking app ke aage: «pw»",
           "Railway concession portal ka password Papa ne «pw» rakha hai, yaad rakhna kyunki woh khud bhool jaate hain"],
    "NG": ["Oga landlord don finally gree: borehole pump app password na «pw», make una no spoil am o",
           "GoTranscript record of the tenants' meeting: the generator-room keypad app login is «pw» until the AGM",
           "Oni mẹ gbe ọbe: password kpokpọ rẹ bank app na ọye «pw», vwẹ ẹvwẹ ọvo-o"],
    "PH": ["Beshie, na-lock ako sa Shopee kaya pinalitan ko yung password ng «pw», kapag may nag-message sa'yo na ako daw, scam yun",
           "Ni ina ko: su bayu a password na Facebook am «pw», di mo ipadichi",
           "Si Tito Romulo nag-voice message, in-transcribe ng app: sari-sari store POS, bagong password «pw», wag ipaalam sa mga pamangkin"],
    "ZA": ["Mom's SMS for my sister came to me instead: church hall booking login → «pw»",
           "Exercise book on the club-room table, Oupa's handwriting: municipal account — «pw»"],
    "KE": ["Bro, Mathe ameweka app ya stima upya, code yake ni «pw», usiambie mtu yeyote",
           "Baba aandikire: password embia ya akaunti ya chama n' «pw», togotebia omonto",
           "Maitũ nandĩkĩire: password ĩmbĩa ya M-Pesa nĩ «pw», ũtikaĩra muntũ ũngĩ"],
    "TZ": ["Mayu wane wandikile: password ya mhya ya M-Pesa yiyo «pw», uleke kumbilila munhu"],
    "UG": ["Toto kaka aigir: password ka ekitanit ka akaunt ejai «pw», mam ilimokin itunganan"],
    "PK": ["خالہ نے کمیٹی کے واٹس ایپ گروپ میں غلطی سے اپنا بینک ایپ پاس ورڈ «pw» بھیج دیا، پھر مٹانا بھول گئیں",
           "Mah nan nivishitai: bank app o nogh password «pw» sher, kos ki ma lu"],
    "MZ": ["Amama aka aalempa: password nanano ya M-Pesa ti «pw», muhimuhere mutthu"],
    "MW": ["Mama jwangu alembile: password jwasambano ja Airtel Money jili «pw», nkamsalila mundu"],
    "GA": ["Nna a ne katé: mot de passe mfe ya Airtel Money ene «pw», ke kat mot"],
    "MA": ["Tura yi tmma: awal n uzray amaynu n lbanka d «pw», ur t ttini i yan"],
    "SS": ["Ma ë gät: password yam de mobile money ë «pw», du lëk raan"],
    "DJ": ["Inay yoo tabbaxe: bank app password ussuk «pw», num mahay"],
    "DE": ["Mien Mäme häd skrieuwen: dät näie Paaswoud foar ju Bank-App is «pw», kweed et naan Moanske"],
    "RU": ["Анамнан хабар: банк приложениясининъ янъы паролы «pw», кимге де айтпа",
           "Наьна яздаьд: банка приложенена керда пароль «pw» я, цхьаннена а ма алалахь",
           "Iчемнең чахығ: банк приложениезiнiң чаа паролi «pw», кемге дее чоохтаба"],
    "GE": ["Сан сзылнаҩит: абанк апрограмма ажәамаӡа ҿыц «pw» ауп, аӡәгьы иаумҳәан"],
    "IR": ["مي مار بنويشته: بانکی برنامه ی نو رمز «pw» ايسه، هيچ کسه نگو"],
    "AZ": ["Mıni dədə nıvıştə: bankı proqrami tožə parol «pw»-e, hiç kəsi mıvoə"],
    "TW": ["Ci ina ako: ko faroday a password no bank app iraay «pw», ano ca ka sowal to tamdaw"],
    "ID": ["Indo'ku ma'surak: password baru lako bank app iamo «pw», da mupokada lako tau"],
    "PW": ["A delak a milluches: a beches el password er a Facebook a «pw», lak molekoi er a bebil"],
    "FM": ["Inei a makkei: ewe password sefo ren ewe Facebook iei «pw», ousap ereni emon"],
    "MX": ["Ma nänä bi ot'i: ra password ra banco ra ndunthi «pw», hinto gi xi'i ni 'na"],
    "GT": ["Ntxu'y ma tz'ib'in: tal password te banco ajtzan «pw», mi tzul tq'ma te jun xjal"],
    "HN": ["Nuguchu ariha: password jaün banku irumu «pw», mama ariñagaba hun aban"],
    "PA": ["An nana gargued: banco password e «pw», dulena ittosursi"],
    "CO": ["Tei süshajaka: tü contraseña jeekü süchiki Facebook «pw», nnojotsü püküjain nümüin wayuu"],
    "PE": ["Ea tita-nin wishaa: bank app-nen password jiwi «pw», huetsa jonimabi yoiyamawe"],
    "EC": ["Ninki nukuru aarmai: bank app password yamaram «pw», atsa ujakmin"],
    "BR": ["Se mãya umupinima: password pisasu banco app «pw», ti remumbeú amu suí"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Voicemail from Grandpa asking me to withdraw cash for his barber, card PIN included, «pw», bless him", 4),
    ("US", "Zoho Notebook: armoury cupboard combination «pw», change it after the regional", 4),
    ("IN", "Dadi ne ATM ka chhe ank ka PIN apni Ramayan ki kitaab ke andar pencil se likh rakha hai: «pw»", 6),
    ("GB", "New debit card came with its PIN slip; Grandad stapled the slip to the fridge calendar, «pw»", 4),
    ("DE", "In Opas Portemonnaie steckt ein Zettel mit der Geheimzahl fürs Sparkonto: «pw»", 4),
    ("MX", "Mi tío me pidió que le sacara dinero del cajero y me mandó el NIP en un audio de WhatsApp: «pw»", 4),
    ("BR", "Vô guardou a senha do cartão de aposentado atrás do retrato de casamento, seis números a lápiz: «pw»", 6),
]
