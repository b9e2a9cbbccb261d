"""Passwords of the dev80 privacy set (``privacy_cases_dev80.py``): the stems its passwords grow
from (jukskei's skeis, pegs and sand pitches, ox-wagon yokes and farm showgrounds; Bavarian ice stock
sport's stocks, Moarschaften, the Daube and the asphalt and ice lanes), the accounts its commands log in
as, and its lines: 21 command lines of 21 tools, 11 config formats, 63 lines of prose in 29 regions
(the United States' fourth in Yat, New Orleans' English) and 8 PINs, five of them six digits. Drawn by
dev19's ``password`` and ``pin`` with these stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["jukskei", "skeibaan", "houtskei", "kleipen", "ossejuk", "wapadskei", "skeigooier", "sandbak",
         "boerespel", "trekskei", "pennetjie", "raakgooi", "doodskei", "skeisak", "kampskei", "baanmeter",
         "jukpenne", "skeiklub", "klipbaan", "ossewa",
         "eisstock", "stockbahn", "moarschaft", "daubenring", "laufsohle", "stockkehre", "asphaltbahn", "zielschuss",
         "weitenschuss", "stockteller", "sommerstock", "stockstiel", "gummiplatte", "moarstock", "daubenwurf", "stockstube",
         "winterbahn", "bahnrichter", "stockhalle", "eisbahnzeit", "stockschuss"]
ACCOUNTS = ["frogtown_db", "jubilee_ops", "varpa_stats", "stanga_web", "portage_svc", "camelcup_web",
            "durbar_media", "tolley_admin", "akhara_sync", "canot_glace", "eisstock_it", "skeiklub_adm"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (command line, whether the password sits in a URL)
    ("curl -s https://vault.dusi-portagecrew.example/api.php -H 'Content-Type: application/json' "
     "-d '{\"jsonrpc\":\"2.0\",\"method\":\"account/viewPass\",\"params\":{\"authToken\":\"$SYSPASS_TOKEN\",\"id\":14,"
     "\"tokenPass\":\"«pw»\"},\"id\":1}'  # sysPass, shared as «u»", False),
    ("curl -s -u «u»:'«pw»' http://10.12.0.2:3000/control/filtering/status | jq .enabled "
     "# AdGuard Home on the varpa clubhouse Pi", False),
    ("curl -X POST 'http://emby.camelcup.lan:8096/Users/AuthenticateByName' -H 'X-Emby-Authorization: "
     "MediaBrowser Client=\"cli\", Device=\"gate\", DeviceId=\"gate1\", Version=\"1.0\"' "
     "-d '{\"Username\":\"«u»\",\"Pw\":\"«pw»\"}'", False),
    ("curl -s -u x:«pw» http://edge.canotaglace.lan:8084/rest/channel/_sum/EssSoc "
     "# OpenEMS on the crew boathouse battery, user «u» set up on the edge", False),
    ("./bin/dsscli user-create «u» '«pw»' --source-type LOCAL --display-name 'Durbar media desk' "
     "--groups readers  # Dataiku DSS on the analytics box", False),
    ("opsview_rest --username=admin --password='«pw»' --data-format=json PUT config/contact "
     "'{\"name\":\"jubilee-ops\",\"variables\":[{\"name\":\"EMAIL\",\"value\":\"«e»\"}]}' "
     "# so the jump pad camera alerts reach the scoring desk", False),
    ("knime -nosplash -reset -application org.knime.product.KNIME_BATCH_APPLICATION "
     "-workflowDir=/data/frog_leaps -credential=scoresdb;«u»;«pw» -nosave", False),
    ("./kitchen.sh -rep=jubilee_repo -user=«u» -pass='«pw»' -dir=/nightly -job=load_frog_scores -level=Basic "
     "# Pentaho, runs at 02:00", False),
    ("streamsets cli -U http://sdc.akhara.lan:18630 -u «u» -p '«pw»' manager list "
     "| grep mallakhamb_results", False),
    ("python bin/datax.py -p\"-Duser=«u» -Dpassword='«pw»'\" job/varpa_results_to_hive.json "
     "# DataX nightly copy", False),
    ("cd /srv/akeneo && bin/console pim:user:create frogshop '«pw»' «e» Frog Jockeys en_US --admin -n "
     "&& echo 'catalogue login for the Jubilee shop made'", False),
    ("ffmpeg -re -i tolley_final_commentary.mp3 -c:a libmp3lame -b:a 128k -f mp3 "
     "icecast://dj_«u»:«pw»@radio.tinsleymarbles.example:8005/live  # AzuraCast DJ mount", True),
    ("chtab key=system passwd.username=«u» passwd.password='«pw»' "
     "# xCAT: root login for the paddling-club render nodes", False),
    ("condor_store_cred add -u «u»@PADDLE-FARM -p '«pw»' "
     "# HTCondor on the race-timing pool", False),
    ("curl -s -u «u»:'«pw»' 'http://openkm.camelcup.lan:8080/OpenKM/services/rest/folder/getChildren"
     "?fldId=/okm:root/sponsors'", False),
    ("docker run -d --name openemr -e MYSQL_HOST=db -e MYSQL_ROOT_PASS=changeme-later "
     "-e OE_USER=«u» -e OE_PASS='«pw»' -p 8300:80 openemr/openemr  # first-aid tent records", False),
    ("curl -s -d 'client_id=openremote&grant_type=password&username=«u»&password=«pw»' "
     "https://manager.stanga-games.example/auth/realms/master/protocol/openid-connect/token | jq -r .access_token", True),
    ("docker run -d --name ldap -e LDAP_ROOTPASS='«pw»' -p 389:389 dcm4che/slapd-dcm4chee:2.6 "
     "# dcm4chee for the first-aid tent's X-rays, admin «u»", False),
    ("php bin/console claroline:user:create -a Mallakhamb Coach coach_ujjain '«pw»' "
     "«e» # Claroline course space for the akhara", False),
    ("curl -s https://emoncms.jukskei-showgrounds.example/user/auth.json "
     "-d 'username=«u»&password=«pw»' # floodlight meter", True),
    ("perl eg_db_config --update-config --service all --create-database --create-schema "
     "--user evergreen --password evergreen --hostname localhost --admin-user «u» --admin-pass '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of it with a user and a password
    "orthanc.json": ("\"AuthenticationEnabled\" : true, \"RegisteredUsers\" : { \"«u»\" : \"«pw»\" },"
                     "  // Orthanc at the marathon's first-aid tent"),
    "alfresco-global.properties": ("db.name=alfresco_camelcup db.username=«u» db.password=«pw» db.pool.max=40 index.subsystem.name=solr6 "
                                   "# sponsor archive"),
    "nuxeo.conf": ("nuxeo.db.name=dusiphotos nuxeo.db.user=«u» nuxeo.db.password=«pw» "
                   "nuxeo.url=https://photos.dusi.example/nuxeo"),
    "civicrm.settings.php": ("define('CIVICRM_DSN', 'mysql://«u»:«pw»@localhost/civicrm_camelcup?new_link=true');"),
    "warewulf.conf": ("ipmi: {interface: lanplus, username: «u», password: \"«pw»\"}  # racks at the timing hall"),
    "volkszaehler.conf.php": ("$config['db']['user'] = '«u»'; $config['db']['password'] = '«pw»'; "
                              "// Stromzähler der Eisstockhalle"),
    "cfgloc": ("mysql:dbname=xcatdb;host=10.40.0.1|«u»|«pw»"),
    "sqlconf.php": ("$host = 'localhost'; $port = '3306'; $login = '«u»'; $pass = '«pw»'; "
                    "$dbase = 'openemr';"),
    "opensrf.xml": ("<database><driver>Pg</driver><host>localhost</host><db>evergreen</db>"
                    "<user>«u»</user><pw>«pw»</pw></database>"),
    "kettle.properties": ("JUBILEE_DB_HOST=10.3.0.9 JUBILEE_DB_USER=«u» JUBILEE_DB_PASSWORD=«pw» "
                          "# read by kitchen.sh"),
    "config.rb": ("AppConfig[:db_url] = \"jdbc:mysql://localhost:3306/archivesspace?user=«u»&password=«pw»"
                  "&useUnicode=true&characterEncoding=UTF-8\""),
}
URL_CONFIGS = {"civicrm.settings.php", "config.rb"}

PROSE: dict[str, list[str]] = {  # region: lines of prose
    "US": [
        "The scoring laptop at the Jubilee has a sticky trackpad, and its login password is «pw», "
        "written nowhere else, so keep it in your head.",
        "Frog jockey locker combination changed after the break-in; the new password for the keypad app is «pw».",
        "Jump pad camera admin password: «pw» — Ozzie changed it after the kids got into the settings.",
        "Where y'at, dawlin — the password for the second line's crawfish-boil Wi-Fi is «pw», "
        "and yeah you right, it's lagniappe for the neutral ground crowd.",
        "The hollering contest sound desk asks for a password when it wakes up: «pw»",
        "If the fair's ticket scanner logs out again, the supervisor password is «pw»; don't share it with the gate kids.",
        "Our frog farm's feeding schedule lives in a shared spreadsheet, and the file password is «pw».",
        "Calaveras County fair volunteers: the portal password this year is «pw», valid until the rodeo weekend.",
        "Grandpa's old frog-jumping trophy cabinet has an electronic lock now; its code word is «pw».",
        "Reset the router in the exhibit barn and set the admin password to «pw», like we agreed.",
        "The banjo band's booking account password is «pw», Wilda set it up at the county fair.",
    ],
    "GB": [
        "The marbles club laptop password is «pw», and please stop saving it in the browser.",
        "Tinsley Green ring stewards' rota app: log in with your email and the shared password «pw».",
        "New Wi-Fi in the pavilion for championship day, the password is «pw», ask a steward if it drops.",
        "Thomasina's password for the tolley auction site is «pw», she's asked me to bid while she's away.",
        "The clubhouse alarm panel wants a passphrase as well as the fob: «pw».",
    ],
    "CA": [
        "Ice canoe crew shared drive password: «pw» — it's changed after the Lévis crossing every year.",
        "Le portail des canotiers de Lévis s'ouvre avec «pw» — on le garde pour l'équipage, pas pour les "
        "recrues du camp.",
        "The boathouse heater thermostat app password is «pw», Laurette set it up in January.",
        "Carnival volunteer kiosk login: crew seven uses «pw» until the end of February.",
    ],
    "AU": [
        "Camel Cup cashbox tablet unlocks with «pw», and the sideshow blokes are not to go anywhere near it.",
        "Blatherskite Park's office Wi-Fi is back up; the password is «pw», same drill as last year.",
    ],
    "NZ": [
        "The shearing shed's new router password is «pw», chur for sorting it.",
        "Regatta results laptop at the rowing domain opens with «pw»; sign out before the next crew jumps on.",
    ],
    "IN": [
        "Akhara wale purane desktop ka login «pw» hai, ise sirf head coach aur treasurer jaante hain.",
        "Mallakhamb federation portal ka naya password «pw» rakha hai, purana wala band ho gaya.",
        "The district meet's scoring software password is «pw», Janhavi changed it yesterday.",
        "Rope-session video folder ka password «pw».",
    ],
    "PK": [
        "Neza bazi club ke daftar wale laptop mein «pw» daal kar khulta hai, yeh baat sirf committee tak rehni chahiye.",
        "Tent pegging results wali file ka password «pw» rakha hai.",
    ],
    "NG": [
        "The Durbar media desk laptop password is «pw», abeg no paste am for the group chat.",
        "Palace guest Wi-Fi for Sallah week: password «pw».",
        "Adaora set the horsemen's registration portal password to «pw».",
    ],
    "GH": ["Aboakyer deer-hunt committee's Gmail now opens with «pw»; Kofi reset it at dawn before the hunters left."],
    "ZA": [
        "Die jukskeiklub se ou skootrekenaar maak oop met «pw»; hou dit asseblief weg van die laaities by die braai.",
        "Dusi portage crew tablet password is «pw», Elmarie updated it after the race.",
    ],
    "KE": [
        "Nenosiri la kompyuta ya klabu ya riadha ni «pw», usimwambie mtu yeyote.",
        "Camp Wi-Fi password: «pw»",
    ],
    "PH": [
        "Ang password ng laptop ng Moriones committee ay «pw», huwag mong ibigay sa iba ha.",
        "Pinalitan ni Father ang Wi-Fi sa kapilya, «pw» na raw ngayon para sa mga nagpa-practice ng Moriones.",
        "Teodorico swapped the costume inventory sheet's lock to «pw» a few days ahead of the Moriones parade.",
    ],
    "ID": ["Kata sandi wifi balai RT untuk panitia tujuh belasan: «pw»"],
    "MX": [
        "Para entrar a la compu del comité de voladores se usa «pw»; que no se entere nadie del ayuntamiento, "
        "por favor.",
        "El wifi en casa del caporal cambió a «pw», por si los voladores quieren ver los videos del ensayo.",
    ],
    "PE": ["La contraseña del correo de la hermandad para la fiesta de la Virgen es «pw», la cambió el mayordomo ayer."],
    "BR": [
        "O computador da comissão da Cavalhada abre com «pw»; essa senha fica só entre nós da diretoria.",
        "Trocaram o wi-fi do barracão das fantasias para «pw», avisa o pessoal das máscaras.",
    ],
    "ES": ["La contraseña del ordenador de la filà, el que está en el cuartelillo, es «pw», no la apuntes en la pizarra."],
    "DE": [
        "Der alte Rechner im Stüberl der Eisstockschützen startet nur mit «pw»; das bleibt unter uns Vorständen.",
        "WLAN im Stall beim Pfingstritt: «pw»",
    ],
    "FR": [
        "Sur l'ordinateur du club taurin, le code d'accès est «pw» ; ne l'écris surtout pas sur la porte du "
        "frigo à pastis.",
        "Code wifi des arènes pour les bénévoles : «pw»",
    ],
    "IT": ["Sul portatile della squadra dei Tuchini la parola d'accesso è «pw», e guai a chi la scrive sul "
           "cartellone delle arance."],
    "PL": ["Hasło do komputera w pracowni Lajkonika: «pw»"],
    "SE": ["Varpaklubbens gamla dator i stugan öppnas med «pw»; låt bli att skriva upp det på lappen vid "
           "kaffebryggaren."],
    "NO": ["PC-en i naustet til båtforeningen låses opp med «pw»; sommergjestene skal ikke få vite det."],
    "JP": [
        "火祭り実行委員会のパソコンのパスワードは«pw»です。",
        "社務所の無線LANのパスワード：«pw»",
    ],
    "KR": ["소싸움 협회 컴퓨터 비밀번호는 «pw» 입니다."],
    "CN": ["赛马会电脑密码：«pw»"],
    "IE": ["Puck Fair office laptop password is «pw», don't tell the lads in the goat pen."],
    "TR": ["Cirit kulübünün lokaldeki eski bilgisayarı «pw» ile açılıyor, bunu sadece yönetim bilsin."],
    "NL": ["De oude laptop in het clubhuis van de skûtsjevrienden opent met «pw»; gasten en zomerhuurders "
           "krijgen hem niet te horen."],
}

PINS = [  # (region, line, the PIN's length)
    ("US", "The fair's cash-box keypad PIN is «pw», only the treasurer and I know it.", 4),
    ("GB", "PIN for the marbles club card machine at the ring is «pw»; the steward who takes entry fees has the device.", 4),
    ("KR", "소 축사 옆 창고 도어락 번호는 «pw» 입니다, 다른 사람한테 알려주지 마세요.", 6),
    ("CA", "The boathouse door code for crew seven is «pw», don't prop it open.", 6),
    ("DE", "Die PIN für den Schlüsseltresor am Vereinsheim lautet «pw».", 6),
    ("BR", "O cartão da comissão tem PIN «pw»; só usa pra pagar o milho dos cavalos no mercado.", 4),
    ("AU", "The keypad on the camel gate shed takes «pw» — six digits, don't write it on the door, mate.", 6),
    ("IN", "Akhara ke locker ka PIN «pw» hai, chaabi ke saath mat likhna.", 6),
]
