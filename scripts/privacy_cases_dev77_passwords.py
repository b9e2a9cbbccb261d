"""Passwords of the dev77 privacy set (``privacy_cases_dev77.py``): the stems its passwords grow
from (road bowling's bullets, lofts, sops, road showers and the roads round Keady and Ballincollig,
finger pulling's straps, tables, hooked middle fingers and Werdenfels inns), the accounts its commands
log in as, and its lines: 21 command lines of 21 tools, 11 config formats, 63 lines of prose from 29
regions (Britain's third in Lincolnshire dialect) and 8 PINs; every password drawn by dev19's maker
with these stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["bullet", "loftshot", "sopgrass", "roadshow", "handler", "keadyrd", "dromore", "kildorrery",
         "tullysaran", "ironball", "bogroad", "lastbowl", "hedgerow", "crossrds", "longbullet", "ballincollig",
         "bowlscore", "sidewager", "armaghrd", "clonmore",
         "hakler", "hakeln", "riemen", "lederring", "hakeltisch", "mittelfinger", "gasthof", "werdenfels",
         "pfronten", "zugkraft", "bierbank", "stammtisch", "lederhose", "trachtler", "fingerkraft", "oberlandler",
         "kampfrichter", "ringerl", "schuhplatt", "loisachtaler", "zugseite"]
ACCOUNTS = ["svc_scoresheet", "keady_clerk", "hakler_admin", "hood_tally", "pehlivan_ro", "colla_sync",
            "bedrace_ops", "tquirke_loft", "gasthof_pos", "sway_logger", "ozellmeier", "nidd_marshal"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (command line as someone pastes it, whether it sits in a URL)
    ("The Keady club's betting-odds notebook runs on Kyuubi; the road shower opens a session from his van: "
     "curl -u «u»:«pw» -X POST http://kyuubi.keady.lan:10099/api/v1/sessions", False),
    ("Testing the Werdenfels society's LDAP through Apache Knox before the Hakler sign-up opens: "
     "knoxcli.sh user-auth-test --cluster hakelbank --u «u» --p '«pw»' --g", False),
    ("Ambari on the bed race results cluster lost its directory bind after the Nidd flood, so: "
     "ambari-server setup-ldap --ldap-manager-dn='uid=«u»,ou=marshals' --ldap-manager-password='«pw»'", False),
    ("Keady's bowl tally moved to MatrixOne; the new account for the Sunday scores is made with "
     "mysql -h mo.keady.lan -P 6001 -u sys:root -p -e \"create account sundays admin_name '«u»' identified by '«pw»'\"", False),
    ("RocketMQ carries the Kırkpınar weigh-in events to the big screen; its ACL user is added with "
     "sh bin/mqadmin updateUser -n edirne-ns:9876 -c KirkCluster -u «u» -p '«pw»'", False),
    ("Registering the colla's webmaster on the CloudPanel box that hosts the Valls castells diary: "
     "clpctl user:add --userName=diari --email=«e» --firstName=Jordi --password='«pw»' --role=admin", False),
    ("Pulling last June's Nidd crossing times into a Spark batch on Livy, from the marshal tent: "
     "curl -u «u»:«pw» -H 'Content-Type: application/json' -d @crossing.json http://livy.nidd.lan:8998/batches", False),
    ("FalkorDB keeps the Haxey sway graph (which pub pushed where); the container came up with "
     "docker run -d -p 6379:6379 -e REDIS_ARGS=\"--requirepass «pw»\" --name «u» falkordb/falkordb", False),
    ("Loading the finger-pulling weight class alert rules into Mimir from the Gasthof back office: "
     "mimirtool rules load --address=https://mimir.hakler.lan --id=werdenfels --user=«u» --key='«pw»' classes.yaml", False),
    ("Zipkin for the Sarayiçi scoreboard traces had to be told about the new Elasticsearch login: "
     "docker run -d -e STORAGE_TYPE=elasticsearch -e ES_PASSWORD='«pw»' -e ES_USERNAME=«u» openzipkin/zipkin", False),
    ("The bed race invoices moved to InvoiceNinja; its first account for the treasurer was created with "
     "php artisan ninja:create-account --email=«e» --password='«pw»' on the Knaresborough VPS", False),
    ("Lowcoder hosts the Keady score cards app; after the database move its container was restarted with "
     "docker run -d -e LOWCODER_MONGODB_URL=mongodb://«u»:«pw»@mongo.keady.lan:27017/lowcoder lowcoderorg/lowcoder-ce", True),
    ("Apache Drill logs the Haxey tally in with a form post: curl -c drill.jar -d 'j_username=«u»&j_password=«pw»' "
     "http://drill.axholme.lan:8047/j_security_check, then the query about which pub each sway ended at goes to /query.json",
     True),
    ("Omada controller in the Edirne press tent; the Wi-Fi for the cazgır's microphone relay is scripted after "
     "curl -sk -X POST https://omada.sarayici.lan:8043/api/v2/login -d '{\"username\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("Cribl routes the castells livestream logs; its API token for the Tarragona concurs is fetched with "
     "curl -X POST http://cribl.colla.lan:9000/api/v1/auth/login -d '{\"username\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("sq config add castells «u» '«pw»' -u https://squidex.colla.lan, from the pinya coordinator, "
     "so the Squidex CLI can publish the enxaneta roster before Sunday's towers in Vilafranca", False),
    ("EventStoreDB keeps every finger-pulling bout as an event; the society's laptop appends them with "
     "curl -i -d @bout.json -H 'ES-EventType: BoutWon' http://«u»:«pw»@esdb.hakler.lan:2113/streams/meisterschaft", True),
    ("MooseFS holds the bed race photos; the Conyngham Hall laptop mounts the marshals' share with "
     "mfsmount /mnt/bedrace -H mfsmaster.nidd.lan -o mfssubfolder=/«u» -o mfspassword='«pw»'", False),
    ("The Axholme heritage site runs Wagtail; the Boggins' captain got his account with "
     "DJANGO_SUPERUSER_PASSWORD='«pw»' python manage.py createsuperuser --noinput --username boggin2 --email «e»", False),
    ("Vendure sells the pehlivan kispet replicas; the shop's admin logs in from the Edirne stall with "
     "curl -X POST https://shop.kispet.lan/admin-api -d '{\"query\":\"mutation { login(username: \\\"«u»\\\", password: \\\"«pw»\\\") { __typename } }\"}'", False),
    ("OpenVidu streams the Keady scores to the emigrants in Boston; the session for the final is opened with "
     "curl -u OPENVIDUAPP:'«pw»' -X POST https://openvidu.keady.lan/openvidu/api/sessions # as «u»", False),
]

CONFIGS: dict[str, str] = {  # config format: a line of it as someone pastes it
    "nxlog_conf": ("The Haxey pub's till logs go out through NXLog; the relevant block of nxlog.conf reads: "
                   "<Output es> Module om_elasticsearch  User «u»  Password «pw» </Output>"),
    "knox_topology_xml": ("From sandbox.xml, the Knox topology the finger-pulling society uses for its members' LDAP: "
                          "<param><name>main.ldapRealm.contextFactory.systemPassword</name><value>«pw»</value></param> (bind as «u»)"),
    "kyuubi_defaults_conf": ("kyuubi-defaults.conf on the road bowling odds server, the LDAP bind for the bookies: "
                             "kyuubi.authentication.ldap.binddn=uid=«u»,ou=bookies  kyuubi.authentication.ldap.bindpw=«pw»"),
    "drill_override_conf": ("The Drill boot file drill-override.conf on the Haxey tally box, pasted into the chat: "
                            "drill.exec.security.auth.pam_profiles: [\"login\"], user: \"«u»\", password: \"«pw»\""),
    "rocketmq_plain_acl_yml": ("RocketMQ's plain_acl.yml for the Kırkpınar weigh-in feed, the account the scoreboard uses: "
                               "accounts: - accessKey: «u» secretKey: «pw» whiteRemoteAddress: 10.8.*"),
    "moosefs_mfsexports_cfg": ("The line in mfsexports.cfg that lets the bed race photographers mount their folder: "
                               "192.168.40.0/24 /photos rw,alldirs,maproot=«u»,password=«pw»"),
    "mimir_yaml": ("mimir.yaml on the Gasthof rack: the ruler sends the weight class alerts through "
                   "ruler: alertmanager_url: https://«u»:«pw»@alerts.hakler.lan/alertmanager"),
    "rsyslog_conf": ("rsyslog.conf on the colla's rehearsal-hall router ships the pinya sensor logs with "
                     "action(type=\"omelasticsearch\" server=\"es.colla.lan\" uid=\"«u»\" pwd=\"«pw»\")"),
    "vendure_config_ts": ("vendure-config.ts of the kispet shop, the database block pasted into the ticket: "
                          "dbConnectionOptions: { type: 'postgres', username: '«u»', password: '«pw»', database: 'kispet' }"),
    "cribl_outputs_yml": ("outputs.yml in the castells Cribl worker group, the Elastic destination for the livestream logs: "
                          "auth: { disabled: false, username: «u», password: «pw» }"),
    "thanos_objstore_yml": ("objstore.yml that Thanos reads for the bed race metrics bucket (the Nidd NAS): "
                            "type: S3 config: { bucket: bedrace, access_key: «u», secret_key: «pw» }"),
}
URL_CONFIGS = {"mimir_yaml"}

PROSE: dict[str, list[str]] = {  # region: lines of prose with a password in them
    "US": [
        "Sorghum mill volunteers: the cider press tablet at the Ozarks stall unlocks with «pw» "
        "until the fall festival ends",
        "Uncle Elmore texted from the Boston road bowling meet: the club Dropbox password is «pw» and please stop asking him",
        "Reminder from the Keady exchange trip organiser: the shared hotel Wi-Fi in Armagh city is «pw» "
        "for all three nights",
        "I finally wrote down the garage door keypad app's password for you, it's «pw», don't leave it on the fridge",
        "The church bingo laptop's password changed after the raffle mix-up, it's now «pw» and only Deacon Hollis has it",
        "Roxanne's voicemail: the password for the kids' Minecraft realm is «pw», and yes they can play till nine",
        "Sticky note on the hardware store POS, photographed by the night manager: back office password «pw»",
        "Grandpa's tablet password is «pw»; he wrote it inside his bowling league scorebook so he won't forget",
        "Ozarks fiddle camp sign-up sheet: the shared Google account for the camp photos uses «pw» "
        "as the password this summer",
        "The pickleball league's booking site password is «pw», the captain asks that nobody change it mid-season",
        "Tulsa cousins say Mom finally changed the streaming account after someone in Oklahoma City was watching "
        "on it; the new one is «pw»",
    ],
    "GB": [
        "Knaresborough bed race committee: the marshals' shared inbox password is «pw», "
        "change it after the Nidd crossing",
        "Seren left a note by the parish hall kettle: the projector laptop password is «pw» for Thursday's quiz",
        "Ey up duck, t' Duke William till's back-office password's «pw»; tek it down afore t' Fool's done 'is speech on t' stone",
        "Epworth WI: the password for the village hall booking spreadsheet is «pw», "
        "and please don't share it in the Facebook group",
        "Gran's library card PIN is separate, but her BBC iPlayer password is «pw», the carer has a copy",
    ],
    "CA": [
        "Tremaine says the fiddlers' ceilidh hall laptop password is «pw», we'll change it after Celtic Colours",
        "Hockey parents' note: the arena's streaming camera login is rink4, password «pw», for away families only",
        "Sylvain's text: the cottage Wi-Fi at Lac-Mégantic is «pw», the router is under the canoe paddles "
        "in the mudroom",
        "The snowmobile club's trail-pass spreadsheet password is «pw»; ask the treasurer before editing prices",
    ],
    "AU": [
        "The bowls club's raffle laptop in Bendigo unlocks with «pw», "
        "Margaret has the spare charger",
        "Contractor's tally tablet in the woolshed, for the classer only: «pw»; rouseabouts keep your greasy hands "
        "off the settings",
    ],
    "NZ": [
        "Whānau reunion planning doc: the shared photo album password is «pw» "
        "for the marae",
        "Tramping club hut booking account password is «pw», the Tongariro trip leaders all have it",
    ],
    "IN": [
        "Kolhapur ke akhade ka naya pehelwan register «pw» se khulta hai, vastad ji ka hukum hai ki bahar kisi ko "
        "pata na chale",
        "Chaitanya's message: the Borthakur family Bihu video channel password is «pw», upload the Husori clips tonight",
        "Building society's visitor app admin password is «pw»; the secretary will reset it after the AGM",
        "Tuition centre ka attendance tablet «pw» se khulta hai, "
        "sirf Parulekar madam use karengi",
    ],
    "PK": [
        "Lahore basant committee ki purani website ka admin password «pw» hai, Bilal bhai ne abhi share kiya",
        "Cricket academy nets booking app password is «pw», only the coaching staff may log in before six",
    ],
    "NG": [
        "Osaretin says the Benin mask dance troupe's shared Google Drive password is «pw», keep it in the troupe only",
        "Ebikabowei's voice note: the boat regatta committee's laptop in Yenagoa opens with «pw» until after the festival",
        "Estate security WhatsApp: the new gate intercom admin password is «pw», the chairman changed it this morning",
    ],
    "GH": ["Homowo festival committee: the sound engineer's laptop password is «pw», Nii will bring it to the durbar grounds"],
    "ZA": [
        "Zolani's message: the stokvel's banking spreadsheet opens with «pw», only the three signatories use it",
        "Nandipha says the choir's practice-track Dropbox password is «pw», we sing at the eisteddfod on Saturday",
    ],
    "KE": [
        "Kipngeno's text: the Iten running camp's shared laptop password is «pw», the coaches update the splits there",
        "Kemunto says the chama's M-Changa admin password is «pw», "
        "usimwambie mtu",
    ],
    "PH": [
        "Rizaldy: yung password ng fiesta committee laptop sa barangay hall ay «pw», wag ipakalat please",
        "Leonisa's note for the Simbang Gabi livestream: log in to the parish choir's channel with «pw», the "
        "videographer from Lipa has the camera",
        "Sabi ni Kuya, ang password ng karaoke machine account sa resort ay «pw», pang-reunion lang",
    ],
    "ID": ["Panitia pacuan kuda di Sumbawa: password laptop pendaftaran joki cilik «pw», "
           "jangan disebar ke grup umum"],
    "MX": [
        "La clave de la computadora del comité de la Guelaguetza es «pw», "
        "la cambiamos después del desfile",
        "Ya en el rancho de Jerez para la boda: la red del módem que está junto al radio de la abuela pide «pw», y "
        "la señal llega hasta el corral",
    ],
    "PE": ["El comité de la Virgen de la Candelaria en Puno: la clave del correo de las comparsas es «pw», "
           "no la compartan"],
    "BR": [
        "Parintins, galpão do Caprichoso: o notebook das toadas abre com «pw», mas só o diretor de arena mexe nele "
        "antes do festival",
        "Meu vô mandou áudio dizendo que a senha do Wi-Fi do sítio agora é «pw», anota aí pra festa junina",
    ],
    "ES": ["La contraseña del portátil de la colla para las fotos del concurso de Tarragona es «pw»; "
           "no la pongáis en el grupo de la pinya, por favor"],
    "DE": [
        "Der Laptop vom Fingerhakler-Verein im Gasthof startet mit «pw», "
        "das Passwort bleibt bis zur Meisterschaft so",
        "Ortrun schreibt: das WLAN-Passwort vom Trachtenheim ist «pw», der Router steht hinter der Bühne",
    ],
    "FR": [
        "Comité des fêtes de Bayonne : le portable qui gère les bénévoles des bandas s'ouvre avec «pw», on le "
        "changera le lundi d'après",
        "Ma voisine m'écrit que le code du compte Deezer familial est «pw», "
        "merci de ne pas le partager",
    ],
    "IT": ["La password del computer della contrada per le iscrizioni al palio è «pw», "
           "il capitano la cambia a fine settembre"],
    "PL": ["Laptop koła gospodyń z Wąchocka, na którym robimy plakaty dożynkowe, otwiera się hasłem «pw» — tylko "
           "dla zarządu"],
    "SE": ["Lösenordet till midsommarföreningens bokningskonto är «pw», byt det efter dansen kring stången i Rättvik"],
    "NO": ["Passordet til korpsets felles Google-konto er «pw», vi bytter det etter 17. mai-toget i Bergen"],
    "JP": [
        "だんじり祭の青年団のパソコンのパスワードは «pw» です",
        "町内会の防災アプリ管理者パスワード «pw» は会長だけが使います",
    ],
    "KR": ["탈춤 동호회 공용 노트북 비밀번호는 «pw» 입니다, 공연 끝나면 바꿔요"],
    "CN": ["龙舟队共享电脑的密码是 «pw»，比赛结束后再改"],
    "IE": ["Tommy Quirke's text from Keady: the road bowling club's laptop password is «pw», the odds sheet is on the desktop"],
    "TR": ["Kırkpınar derneğinin bilgisayar şifresi «pw», "
           "cazgır ağabey dışında kimse kullanmasın"],
    "NL": ["Het wachtwoord van de laptop van de corsocommissie in Zundert is «pw», niet delen in de app-groep"],
}

PINS = [  # (region, line, digits)
    ("US", "The mill's cashbox combination app wants a PIN: «pw», the volunteer coordinator changes it each October", 4),
    ("GB", "Bed race float's padlock code for the costumes trailer is «pw», the marshals' lead knows it too", 4),
    ("KR", "탈춤 의상 보관함 비밀번호 «pw»", 6),
    ("CA", "The ceilidh hall's alarm panel code is «pw», disarm it before the fiddlers carry the amps in", 6),
    ("DE", "Der Tresor im Gasthof mit den Hakler-Preisgeldern geht mit dem Code «pw» auf, bitte nicht weitersagen", 6),
    ("BR", "Senha do cadeado do depósito das fantasias do boi: «pw», guarda isso com cuidado", 4),
    ("AU", "Bowls club bar fridge lock code «pw», change it after the Anzac Day barbecue please", 6),
    ("IN", "Akhada ke locker ka PIN «pw» hai, trophies wahi rakhe hain", 6),
]
