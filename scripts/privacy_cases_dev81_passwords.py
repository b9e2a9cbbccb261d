"""Passwords of the dev81 privacy set (``privacy_cases_dev81.py``): the stems its passwords grow
from (glima's belts, holds and trips, the Grettisbelti and the Skjaldarglima of Icelandic wrestling;
pato's handled ball, its horses' coats, reins and stirrups on an Argentine field), the accounts its
commands log in as, and its lines: 21 command lines of 21 tools, 11 config formats, 63 lines of prose
in 29 regions and 8 PINs, written as messages from particular people in particular situations (Nederland's
coffin races, the Kinetic Grand Championship's sculptures in Humboldt County, the pumpkin regatta on Lake
Pisiquid, Brunsbüttel's Wattolümpiade, Kishiwada's danjiri, the Kila Raipur rural games, the
Osun-Osogbo festival, Cape Town's Kaapse Klopse, the Safari Rally at Naivasha and Davao's Kadayawan).
Passwords, PINs and the e-mail addresses some commands carry are drawn by dev19's generator functions
with this set's stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["glima", "glimubelti", "hryggspenna", "hnykkur", "klofbragd", "snidglima", "haelkrokur", "grettisbelti",
         "glimukappi", "bragd", "sveifla", "leggjabragd", "glimufelag", "handbragd", "hnebragd", "utanfotar",
         "innanfotar", "glimustig", "skjaldarglima", "pato",
         "manijas", "estribo", "pechada", "criollo", "rienda", "galope", "pialar", "palenque",
         "arquero", "paletero", "sobrepaso", "lazo", "potrero", "cinchon", "bozal", "cabezada",
         "maneador", "zaino", "alazan", "gateado", "patobola"]
ACCOUNTS = ["coffin_marshal", "kinetic_pilot", "regatta_clerk", "wattbuero", "glima_dommari", "pato_delegado",
            "danjiri_hikite", "osun_scribe", "klopse_captain", "rally_timer", "kadayawan_ops", "cart_referee"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Hershel, from the timing shed behind the coffin race course in Nederland: the heat splits are logged in Machbase, "
     "so to pull last year's runs start machsql -s 127.0.0.1 -P 5656 -u «u» -p «pw» and select from HEATS", False),
    ("Our test of the kinetic sculpture registration site is tracked in Faraday; log the CLI in with faraday-cli auth "
     "-f https://faraday.pitcrew.lan -u «u» -p «pw» before you import the nmap XML", False),
    ("The pumpkin regatta hotline runs on a Wazo box at the Windsor fire hall, and for the queue statistics you first need "
     "a token: wazo-auth-cli --user «u» --password «pw» token create", False),
    ("Kishiwada's danjiri association publishes the float route through WSO2 now. After editing the spec, run apictl "
     "login festival-prod -u «u» -p «pw» -k and then apictl import api -f ./route -e festival-prod", False),
    ("The Osun grove botanists keep their leaf microscopy in OMERO; from the field laptop in Osogbo it's omero login "
     "-s omero.osun-survey.local -u «u» -w «pw» and then omero import ./sacred-grove/", False),
    ("For the Kaapse Klopse costume archive I installed Archivematica's dashboard with python manage.py install "
     "--username=klopse_archivist --password='«pw»' --email=«e» --org-name='Klopse Memory Project' --org-identifier=KKMP", False),
    ("Safari Rally telemetry from the Hell's Gate stage lands in iRODS; after every rally day the data desk resets "
     "the marshals' login with iadmin moduser «u» password «pw» and reads the new one out on the radio", False),
    ("The danjiri crowd-flow simulations run on the Bright Cluster Manager head node; add the new student with "
     "cmsh -c \"user; add «u»; set password «pw»; commit\" and tell them jobs go to the short queue", False),
    ("NetXMS watches the Osogbo festival generators overnight; the load check script runs as nxshell --server "
     "nms.osun-grove.local --user «u» --password «pw» generator_load.py every ten minutes", False),
    ("The Naemon checks for the festival's generators show up in Thruk too; to acknowledge from a shell: curl -s -u "
     "«u»:«pw» -d 'comment_data=gen2 swapped' https://mon.osun-grove.local/thruk/r/hosts/gen2/cmd/acknowledge_host_problem", False),
    ("The pumpkin regatta's mailboxes live on a Mail-in-a-Box; to see who still has an account, curl -s --user "
     "«e»:«pw» 'https://box.pumpkin-paddlers.ca/admin/mail/users?format=json' | jq", False),
    ("Kila Raipur's village map search runs on Nominatim; I imported Punjab with NOMINATIM_DATABASE_DSN="
     "\"pgsql:dbname=nominatim;host=db;user=«u»;password=«pw»\" nominatim import --osm-file punjab.osm.pbf", True),
    ("To listen to the Safari Rally marshals from the Naivasha service park, the receiver box runs docker run -d -p "
     "8073:8073 -e OPENWEBRX_ADMIN_USER=«u» -e OPENWEBRX_ADMIN_PASSWORD=«pw» jketterl/openwebrx", False),
    ("The plane-spotting booth at Frozen Dead Guy Days feeds FlightAware from a Pi: sudo piaware-config "
     "flightaware-user «u» && sudo piaware-config flightaware-password «pw» && sudo systemctl restart piaware", False),
    ("Kadayawan's sports medicine study keeps the dancers' ankle scans in XNAT; pull one session with curl -u "
     "«u»:«pw» -o session.zip https://xnat.davao-sportsmed.ph/data/projects/KDY/experiments/E0412/files", False),
    ("Before the kinetic sculpture ticket site goes live I scan it from Nessus: curl -sk -X POST "
     "https://127.0.0.1:8834/session -H 'Content-Type: application/json' -d '{\"username\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("PRTG watches the lakeside webcams for the Windsor pumpkin regatta, and the scoreboard widget polls "
     "https://prtg.pisiquid.local/api/table.json?content=sensors&columns=status&username=«u»&password=«pw»", True),
    ("For the glima club's security evening we start Metasploit's RPC daemon on the projector laptop: msfrpcd -U "
     "«u» -P «pw» -a 127.0.0.1 -p 55553 -S, then point the msfrpc client at it", False),
    ("The Osun-Osogbo open data portal is a CKAN site; to give the grove's new ranger an account run ckan -c "
     "/etc/ckan/default/ckan.ini user add grove_ranger email=«e» password='«pw»'", False),
    ("The first-aid tents at the Kila Raipur games report into DHIS2, and the kiosk in the medical tent opens "
     "https://«u»:«pw»@dhis2.punjab-games.in/api/dataValueSets?dataSet=FirstAidTents", True),
    ("In the Wattolümpiade press tent I audit the wifi with sudo bettercap -iface wlan0 -eval "
     "\"set api.rest.username «u»; set api.rest.password «pw»; api.rest on\" and watch it from the browser", False),
]

CONFIGS: dict[str, str] = {  # config format: template (one line of it, as pasted)
    "slurmdbd.conf": ("slurmdbd.conf on the danjiri crowd-simulation cluster: StorageType=accounting_storage/mysql "
                      "StorageUser=«u» StoragePass=«pw» StorageLoc=slurm_acct_db"),
    "dhis.conf": ("dhis.conf of the first-aid tents' server: connection.url = jdbc:postgresql:dhis2 connection.username "
                  "= «u» connection.password = «pw»"),
    "datainfo.properties": ("OpenClinica's datainfo.properties for the rally medics' heat-stroke trial: dbType=postgres "
                            "dbUser=«u» dbPass=«pw» db=openclinica dbPort=5432"),
    "olat.local.properties": ("olat.local.properties of the float pullers' safety course: db.vendor=postgresql "
                              "db.user=«u» db.pass=«pw» db.name=olat"),
    "kismet_site.conf": "kismet_site.conf on the press tent survey laptop: httpd_username=«u» httpd_password=«pw» httpd_port=2501",
    "netxmsd.conf": ("netxmsd.conf, generator monitoring at the grove: DBDriver = pgsql.ddr DBServer = localhost "
                     "DBName = netxms DBLogin = «u» DBPassword = «pw»"),
    "xnat-conf.properties": ("xnat-conf.properties of the ankle scan archive: "
                             "datasource.url=jdbc:postgresql://localhost/xnat?user=«u»&password=«pw»"),
    "caplet": "pressnet.cap, the caplet the tent laptop loads: set api.rest.username «u»; set api.rest.password «pw»; api.rest on",
    "piaware.conf": "piaware.conf on the spotting booth's Pi: flightaware-user «u» flightaware-password «pw» receiver-type rtlsdr",
    "database_config.json": ("iRODS database_config.json at the rally data desk: {\"catalog_database_type\": \"postgres\", "
                             "\"db_username\": \"«u»\", \"db_password\": \"«pw»\", \"db_port\": 5432}"),
    "storage_service_env": ("/etc/sysconfig/archivematica-storage-service for the costume archive: "
                            "SS_DB_URL=mysql://«u»:«pw»@127.0.0.1:3306/SS"),
}
URL_CONFIGS = {"xnat-conf.properties", "storage_service_env"}

PROSE: dict[str, list[str]] = {  # region: lines
    "US": [
        "Glenna says the coffin race team's shared login for the Nederland sign-up sheet is «pw», "
        "so don't let the hearse crew change it again",
        "my brother-in-law built the papier-mache coffin and set the garage door keypad app to «pw», please write that down somewhere",
        "For the kinetic sculpture's pit crew tablet in Ferndale the unlock phrase is «pw» until the Sunday sand crossing is over",
        "I reckon the coffin team's cabin wifi is «pw», mash that in and holler if the poke of gloves is still over yonder by the stove",
        "Frozen Dead Guy Days volunteers: the costume trailer padlock app wants «pw» now",
        "the Humboldt kinetic race rules say no engines, and the judges' shared folder says «pw», both are strict",
        "Polar plunge sign-in laptop at the Nederland reservoir: «pw» (Hershel set it, blame him)",
        "pato practice field in Texas has a gate camera, the app password is «pw» and the horses don't care",
        "Hey it's Spradlin, the brass band's sheet-music drive is now «pw» after someone shared the link on Facebook",
        "coach Grinstead changed the glima club's streaming account to «pw» before the Reno exhibition match",
        "The mud sculpture float's bluetooth speaker wants «pw» and yes, it has to be that loud",
    ],
    "GB": [
        "Ailsa from the glima society: the booking system for the Wolverhampton hall is «pw» until the spring seminar",
        "Murgatroyd reckons the allotment shed's new smart lock code phrase is «pw», I'd not trust him but try it",
        "right, our coach to the German mudflat games leaves Hull at six; the seating spreadsheet opens with "
        "«pw», keep it off the village Facebook",
        "Dilys changed the parish council's projector login to «pw» for the pumpkin-carving night",
        "our lot's fantasy pato league (yes really) lives behind «pw» now",
    ],
    "CA": [
        "Lake Pisiquid pumpkin paddlers: the shared drive with the race map is «pw», Marcelline has the spare key",
        "Pour les citrouilles géantes du lac Pisiquid, l'inscription des pagayeurs acadiens se fait sur le site "
        "avec «pw», merci de ne pas l'afficher",
        "The giant pumpkin weigh-off scale's tablet login is «pw» and it resets after the Windsor exhibition",
        "Isidore set the rink's sound system app to «pw» for the glima demo night in Gimli",
    ],
    "AU": [
        "the Henley pato exhibition's shared inbox, mate, it's «pw» and nobody touch the filters",
        "Ballarat glima club: the hall's heat pump app wants «pw», turn it off after training",
    ],
    "NZ": [
        "Kinetic sculpture fans from Wellington: the team chat's backup is «pw»",
        "our Taupo pato ponies' feed-tracking app finally has a proper password, «pw», don't lose it again",
    ],
    "IN": [
        "Kila Raipur ke bullock cart race ka registration portal ka password «pw» hai, Tirthankar ko mat batana",
        "Madhumita ne Ludhiana hostel ke wifi ka naya password «pw» rakha hai, games khatam hone tak",
        "Kila Raipur scoring tent: the Lenovo that prints the bullock cart heat sheets unlocks with «pw»; "
        "Tirthankar, hands off until the tractor stunts finish",
        "Dholakia ji, danjiri documentary ke editing drive ka password «pw» hai",
    ],
    "PK": [
        "Lahore ke pato shauqeen group ka naya password «pw» hai, Basant se pehle sab ko bata dena",
        "bhai, gym wale locker app ka password «pw» rakh diya hai",
    ],
    "NG": [
        "Aderonke, the Osun-Osogbo volunteers' shared drive password is «pw», abeg no post am for WhatsApp status",
        "Ekene changed the grove media team's camera app to «pw» before the Arugba procession",
        "The Osogbo hotel's conference room TV login is «pw», Nnadi set it",
    ],
    "GH": ["Our Accra glima demo team's booking account is «pw», Kofi will bring the belts"],
    "ZA": [
        "Liezl, ons klopse-troep se kostuumlys op die gedeelde rekenaar in die Bo-Kaap maak oop met «pw», "
        "asseblief net vir die kaptein",
        "Reabetswe set the Tweede Nuwe Jaar parade's route map login to «pw», ask Majola for the printed copy",
    ],
    "KE": [
        "Makena, kompyuta ndogo ya kuhesabu muda wa magari pale Hell's Gate inafunguliwa kwa «pw»; tafadhali "
        "iweke siri hadi mbio ziishe",
        "the Naivasha service park wifi is «pw» for the crews today",
    ],
    "PH": [
        "Marivel, ang password ng shared drive ng Kadayawan street dance group ay «pw», huwag mong ipamigay",
        "Venancio changed the tribal float's sound system app to «pw» bago ang parada sa Davao",
        "Para sa indak-indak sa kadalanan rehearsal hall, ang bagong password ng aircon app ay «pw»",
    ],
    "ID": ["Password grup pato Bandung untuk kalender latihan sekarang «pw», jangan disebar ya"],
    "MX": [
        "La contraseña del tablero de resultados del torneo de pato en Jalisco es «pw», "
        "no la compartas",
        "Oye, el wifi del rancho donde entrenan los caballos de pato quedó como «pw»",
    ],
    "PE": ["La clave del drive del equipo de glima de Arequipa es «pw», la cambié después del torneo de exhibición"],
    "BR": [
        "Tchê, a planilha dos cavalos e das manijas do pato lá da estância abre com «pw», guarda contigo",
        "Mudei a senha do wifi da cocheira para «pw», os peões já sabem",
    ],
    "ES": ["La contraseña del club de glima de Valladolid para reservar el tatami es «pw», no la reenvíes"],
    "DE": [
        "Traudl, die Schichtliste für Schlickrutschen und Wattfußball im Elbwatt öffnest du mit «pw», das "
        "bleibt unter uns Orgaleuten",
        "Meinrad hat nach dem Schlickmatsch-Wochenende den Router im Brunsbütteler Deichhaus neu eingerichtet, "
        "neues Netzkennwort: «pw»",
    ],
    "FR": [
        "Le mot de passe du calendrier du club de pato de Chantilly est «pw», "
        "ne le transférez pas",
        "code du casier de l'écurie : «pw»",
    ],
    "IT": ["La password della cartella condivisa del gruppo di glima di Bologna è «pw», "
           "non girarla a nessuno"],
    "PL": ["Hasło do grafiku klubu glimy w Gdańsku to «pw»"],
    "SE": ["Lösenordet till glimaklubbens bokningssida i Umeå är «pw», "
           "skicka det inte vidare"],
    "NO": ["Glimaklubben i Tromsø har flyttet treningsoversikten til en ny side, innlogging med «pw», hold det "
           "innad i klubben"],
    "JP": [
        "岸和田だんじりの青年団共有フォルダのパスワードは«pw»です",
        "やりまわし動画の編集PCのパスワード: «pw»",
    ],
    "KR": ["기시와다 단지리 여행 단톡방 공유 폴더 비밀번호는 «pw» 입니다"],
    "CN": ["岸和田花车祭视频盘密码«pw»"],
    "IE": ["The Galway pato exhibition's shared calendar is behind «pw» now, grand so, don't lose it"],
    "TR": ["Kırşehir'deki pato gösterisinin bilet panelinin şifresi «pw», kimseyle paylaşma"],
    "NL": ["De filmpjes van onze IJslandse worstelavond in Utrecht staan in een map die opent met «pw», alleen "
           "voor leden graag"],
}

PINS = [  # (region, template, length)
    ("US", "The coffin race equipment locker at the Nederland community center opens with PIN «pw»", 4),
    ("GB", "Ailsa's note on the glima hall's key safe: the PIN is «pw», put the belts back in the blue crate after", 4),
    ("KR", "단지리 숙소 현관 비밀번호 «pw» 입니다", 6),
    ("CA", "Pumpkin boat storage barn at Lake Pisiquid, door keypad «pw», lock it after the practice paddle", 6),
    ("DE", "Die PIN für den Geräteschuppen am Deich ist «pw», Schlickbretter bitte abspülen", 6),
    ("BR", "O cadeado da sala de arreios da cancha de pato em Bagé tem o código «pw», fecha depois do treino", 4),
    ("AU", "Gym locker for the Ballarat glima club's mats and belts, PIN «pw», please return the spare key to the front desk", 6),
    ("IN", "Kila Raipur press box ke locker ka PIN «pw» hai, camera andar rakh dena", 6),
]
