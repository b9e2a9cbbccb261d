"""Passwords of the held-out privacy set (``privacy_cases_heldout.py``): the stems its passwords grow
from (kyudo's bows, gloves, straw targets and the steps of a shot; bandy's clubs, side boards, free
strokes and the Swedish towns that play it), the accounts its commands log in as, and its lines: 21
command lines of 21 tools, 11 config formats, 63 lines of prose in 29 regions (most in their national
languages) and 8 PINs, each a message from a particular person in a particular situation.
``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords and PINs are drawn by dev19's makers (``privacy_cases_dev19_passwords``) with these stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["kyudo", "makiwara", "kyudojo", "tsurune", "hikiwake", "zanshin", "yugake", "ashibumi",
         "dozukuri", "yugamae", "uchiokoshi", "matoba", "azuchi", "hakama", "hanare", "yatsuka",
         "torikake", "kyudoka", "sharei", "hitote", "otoya",
         "bandy", "bandyklubba", "sargen", "frislag", "horna", "skridsko", "isbana", "bandyboll",
         "rinkbandy", "edsbyn", "bollnas", "sandviken", "vetlanda", "broberg", "kalix", "studenternas",
         "ljusdal", "hammarby", "tillberga", "slottsbron"]
ACCOUNTS = ["rc_navigator", "mudrace_ops", "tileserver_ro", "eyo_archivist", "peepboard_admin", "weighin_sync",
            "sourtoe_web", "nomaoi_ingest", "gatka_cam", "drachen_gis", "aklan_floats", "kyudo_signup", "bandy_stats"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password from this set's stems (dev19's maker)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Ticket to the grid support desk from a kyudo club member who moves detector data by day, her failing command: "
     "rucio --auth-strategy userpass -u «u» -pwd '«pw»' list-rules --account physgroup", False),
    ("The Rhino Charge navigator's terminal, loading the guard posts into the team's map database the night before: "
     "ogr2ogr -f PostgreSQL PG:\"host=maps.local dbname=charge user=«u» password=«pw»\" guard_posts.gpx", False),
    ("Cron line the Eyo photo desk's IT contractor left on the scanner box, found by his replacement: "
     "gvm-cli --gmp-username «u» --gmp-password '«pw»' socket --xml '<get_tasks/>'", False),
    ("Sourtoe club website rebuild, the volunteer's notes after the Plone upgrade, step 4: "
     "bin/instance adduser «u» '«pw»' and restart the zeoclient", False),
    ("Projected on the wall at the bandy stats hackathon, the reviewer forgot the screen was shared: "
     "rbt login --username «u» --password '«pw»' --server https://reviews.bandystats.local", False),
    ("Repository for the Nomaoi oral-history tapes, the archivist's setup log mailed to the museum: "
     "invenio users create --password '«pw»' --active «e»", False),
    ("Importing the Tankwa roads for the art-car map, run by the camp's mapper on the bus out of Cape Town: "
     "PGPASSWORD='«pw»' osm2pgsql -d tankwa -U «u» -H db.local --slim karoo.osm.pbf", False),
    ("Hospital interface engineer who marshals the Maldon mud race, a line in her holiday handover email: "
     "mccommand -a https://mirth.local:8443 -u «u» -p '«pw»' -s export_channels.txt", False),
    ("First-aid volunteer loading codes onto the Drachenstich medical tent's laptop before the dragon's first night: "
     "hapi-fhir-cli upload-terminology -v r4 -t http://fhir.local:8080/fhir --basic-auth «u»:«pw» -d Loinc.zip", False),
    ("Lab notebook cell of the PhD student who also runs the kyudojo's sign-up sheet, shown at group meeting: "
     "python -c \"from pybis import Openbis; Openbis('https://openbis.lab.local').login('«u»', '«pw»', save_token=True)\"",
     False),
    ("Costume-lab inventory for the Aklan tribe's Ati-Atihan outfits, the drummer who set it up sent his steps: "
     "docker exec -it elabftw bin/console users:create --email «e» --password '«pw»' --team 1", False),
    ("Map tiles for the noodling coves, the marshal's cron on the Pauls Valley bait shop PC: "
     "imposm import -connection postgis://«u»:«pw»@localhost/coves -mapping mapping.yml -read coves.osm.pbf -write", True),
    ("README of the family-tree server kept by a Hola Mohalla volunteer who traces Nihang lineages: "
     "python3 -m gramps_webapi --config config.cfg user add «u» '«pw»' --role 4", False),
    ("GeneWeb started by the Eyo family historian on her laptop before the Iga Idunganran meeting: "
     "gwd -wizard «u»:«pw» -lang en -p 2317 -hd /opt/geneweb", False),
    ("Nomaoi film digitising, the archive volunteer's upload of reel seven to the university's dCache: "
     "curl -u «u»:«pw» -T reel07.mkv https://dcache.uni.local:2880/nomaoi/reel07.mkv", False),
    ("Python window history in ArcGIS Pro on the Fruita parade-route planner's desktop: "
     "arcpy.SignInToPortal('https://gis.mesacounty.local/portal', '«u»', '«pw»')", False),
    ("Start script for the spectators' map of the Rhino Charge, committed by the team's youngest: "
     "DATABASE_URL=postgresql://«u»:«pw»@db:5432/charge ./pg_tileserv", True),
    ("Maldon tide-map portal the mud race checks for low water, rebuilt by the harbour volunteer: "
     "DJANGO_SUPERUSER_PASSWORD='«pw»' python manage.py createsuperuser --noinput --username «u» --settings=geonode.settings",
     False),
    ("Grandstand ticket shop for the Drachenstich, the Kassenwart's notes from setup evening: "
     "python -m pretix shell -c \"from pretix.base.models import User; User.objects.create_superuser('«e»', '«pw»')\"", False),
    ("Dataverse for the Hola Mohalla field recordings, the archivist's first user, from her terminal log: "
     "curl -d @user.json -H 'Content-type:application/json' "
     "'http://localhost:8080/api/builtin-users?username=«u»&password=«pw»&key=burrito'",
     True),
    ("Lidar of the Furth im Wald arena for the dragon's stage crew, the surveyor's command in the crew chat: "
     "pdal translate arena.laz pgpointcloud --writers.pgpointcloud.connection=\"host=pc.local dbname=arena user=«u» "
     "password=«pw»\"",
     False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "pretix_cfg": ("pretix.cfg of the Drachenstich ticket shop, opened on the Kassenwart's screen share: "
                   "[database] backend=postgresql name=pretix user=«u» password=«pw» host=localhost"),
    "indico_conf": ("indico.conf of the kyudo federation's seminar site, pasted by its webmaster into a help forum: "
                    "SMTP_LOGIN = '«u»' SMTP_PASSWORD = '«pw»'"),
    "erddap_setup_xml": ("ERDDAP setup.xml on the noodling tournament's river-gauge server: "
                         "<emailUserName>«u»</emailUserName> <emailPassword>«pw»</emailPassword>"),
    "geonetwork_jdbc_properties": ("GeoNetwork's jdbc.properties in the Rhino Ark catalogue, attached to a support ticket: "
                                   "jdbc.username=«u» jdbc.password=«pw»"),
    "labkey_xml": "labkey.xml in Tomcat's conf for the AfrikaBurn first-aid study: <Resource name=\"jdbc/labkeyDataSource\" "
                  "username=\"«u»\" password=\"«pw»\" driverClassName=\"org.postgresql.Driver\"/>",
    "dataverse_default_config": ("default.config for the Dataverse installer, as the Hola Mohalla archivist filled it in: "
                                 "[database] POSTGRES_USER = «u» POSTGRES_PASSWORD = «pw»"),
    "tegola_toml": ("tegola.toml for the Maldon tide map, the harbour volunteer's copy: [[providers]] name = \"tides\" "
                    "type = \"mvt_postgis\" uri = \"postgres://«u»:«pw»@localhost:5432/tides\""),
    "pycsw_cfg": "pycsw.cfg for the Nomaoi heritage catalogue: [repository] database=postgresql://«u»:«pw»@localhost/heritage "
                 "table=records",
    "pywws_weather_ini": "pywws weather.ini on the Pauls Valley bait shop's weather station: [underground] station = «u» "
                         "password = «pw»",
    "mirth_properties": ("mirth.properties on the Hola Mohalla medical camp's interface box, read out over the phone: "
                         "database.username = «u» database.password = «pw»"),
    "rucio_cfg": ("rucio.cfg of the physicist who keeps the bandy club's stats, in her dotfiles repo: "
                  "[client] auth_type = userpass username = «u» password = «pw»"),
}
URL_CONFIGS = {"tegola_toml", "pycsw_cfg"}

PROSE: dict[str, list[str]] = {  # region: lines
    "US": [
        "Text from the Fruita 5K timing volunteer to her husband: the laptop by the finish arch wants «pw» "
        "if it locks, I'm stuck at the peep table",
        "Voice memo from the noodling tournament marshal driving to the Washita: note to self, weigh-in tablet unlock is «pw»",
        "Fridge note at the Okie noodler's fishing cabin for his cousins: wifi is NoodleShack, password «pw», no streaming",
        "Mike the Headless Chicken festival t-shirt booth, Sharpie on the cash box lid: square login password «pw»",
        "Kyudo dojo in Sacramento, the sensei's email to new members: the changing-room keypad app wants «pw» for now",
        "Bandy team chat in Minneapolis, the goalie: rink booking site password is «pw» — don't change it again Kevin",
        "DM from the Fruita festival's sponsor liaison: the shared Dropbox for chicken-dance photos, password «pw»",
        "Okie Noodling livestream crew, the producer's text: YouTube studio account is the usual, password «pw», go live at 9",
        "Grandpa's notebook page from the Pauls Valley weigh-in, photographed: bank website — «pw» (don't tell your grandma)",
        "Note taped inside the Fruita library's festival kiosk: admin password «pw» — ask Deb before updating anything",
        "Message in the parents' group for the kids' bandy clinic: the team's snack sign-up login is bandyparents, password «pw»",
    ],
    "GB": [
        "WhatsApp from the Maldon mud race captain to the new marshal: the results laptop password is «pw», it lives in the blue "
        "crate",
        "Kyudo club in Bristol, the secretary's note on the noticeboard: guest wifi for grading day, «pw»",
        "Email from the Blackwater sailing club bar manager: till password till the new one comes, «pw»",
        "Mum's text to her son before the mud race: the fancy dress box is locked, the padlock app code is «pw», don't lose it",
        "Post-it on the Maldon Promenade Park tea hut PC, photographed by the warden: «pw» for the card reader",
    ],
    "CA": [
        "Text from the Downtown Hotel's Toe Captain to the night bartender: certificate printer password «pw», toe's in the box",
        "Email from the Dawson City visitor centre volunteer: the shared Sourtoe photo album password is «pw»",
        "Message de l'entraîneur de bandy à Montréal : le mot de passe du site de réservation de la glace est «pw»",
        "Yukon River cabin guest book, the owner's line: satellite internet password «pw», bring back the kettle",
    ],
    "AU": [
        "Alice Springs kyudo treasurer before she went bush for a fortnight: online banking for the dojo is «pw», pay the hall "
        "hire on the 3rd",
        "Note in the shearing shed office from the station manager: weather station login «pw», check the rain gauge",
    ],
    "NZ": [
        "Message from the Christchurch bandy club on the marae trip: the van's dashcam app password is «pw»",
        "Kiwi bach guest book, the owner's line: wifi password is «pw», the possum in the roof is called Trevor",
    ],
    "IN": [
        "Hola Mohalla ke langar sewadar ka message: sound system ke laptop ka password «pw» hai, Nihang Singh ji ko mat batana",
        "Anandpur Sahib ki gatka akhara ke coach ka WhatsApp: live stream ka YouTube password «pw» hai, sambhal ke rakhna",
        "Papa ka voice note Chandigarh se: bank ka naya password «pw» hai, kisi ko mat dena, OTP bhi nahi",
        "Email from the Anandpur tent hire owner: the booking portal password for your group is «pw»",
    ],
    "PK": [
        "Ammi ka message: internet wale ne router ka password «pw» rakh diya hai, likh lo",
        "Lahore ki kabaddi team ke manager ka text: team ki email ka password «pw» hai, kisi ko forward mat karna",
    ],
    "NG": [
        "WhatsApp from the Eyo photo desk head to his assistant: the camera cloud password na «pw», no share am",
        "Text from Iga Idunganran protocol officer: the guest list laptop password is «pw», please lock it when you step out",
        "Message from mummy on Lagos Island: the shop POS admin password is «pw», don't give that boy",
    ],
    "GH": ["Text from the Accra church drummer: the projector laptop password is «pw», the service starts at 8"],
    "ZA": [
        "Die kampleier het op die WhatsApp-groep geskryf, net voor ons die Tankwa in ry: die kragopwekker-toepassing se wagwoord "
        "is nou «pw», hou dit tussen ons",
        "Text from the Tankwa theme camp's sparky: solar inverter portal password is «pw», in case I'm asleep",
    ],
    "KE": [
        "Ujumbe kutoka kwa dereva wa Rhino Charge: nenosiri la GPS logger ni «pw», usimpe mtu yeyote",
        "Email from the Rhino Charge team manager in Nairobi: the sponsor portal password is «pw», don't reply-all with it",
    ],
    "PH": [
        "Text ni Ate galing Kalibo: ang password ng wifi sa bahay ni Lola ay «pw», sa Ati-Atihan tayo magkita",
        "Mensahe ng drummer ng tribu sa Aklan: yung password ng FB page ng grupo ay «pw», wag ipagkalat",
        "Email from the Ati-Atihan float sponsor's office: the upload portal password is «pw», change it after",
    ],
    "ID": ["Pesan dari ketua panitia pacu kuda di Sumbawa: password laptop pencatat waktu «pw», jangan diganti"],
    "MX": [
        "Mensaje de mi tía desde Oaxaca: la contraseña del internet de la casa es «pw», ya la cambió el técnico",
        "Nota del encargado del palenque en la feria: la clave de la computadora de las apuestas es «pw»",
    ],
    "PE": ["El pescador que arma los caballitos de totora para la regata de Huanchaco dejó anotado en la pizarra que la red del "
           "galpón ahora pide «pw»"],
    "BR": [
        "Mensagem do tio do sítio: a senha do wifi novo é «pw», o roteador fica atrás da geladeira",
        "A tesoureira do bloco da lama mandou no privado: o acesso ao banco on-line da associação ficou «pw», só eu e você "
        "sabemos",
    ],
    "ES": ["Mensaje del capitán de la cucaña de San Sebastián: la contraseña del portátil del cronometraje es «pw»"],
    "DE": [
        "Nachricht vom Kassenwart des Drachenstich-Vereins: das Passwort für den Kassenrechner ist «pw», bitte nicht weitergeben",
        "Zettel am Kühlschrank der Ferienwohnung in Furth im Wald: WLAN-Passwort «pw», Grüße von Oma Zankl",
    ],
    "FR": [
        "Message du président du club de kyudo de Lyon : le mot de passe du compte du club est «pw», à garder pour vous",
        "Mot de ma voisine sur la boîte aux lettres : le code wifi pour le week-end, c'est «pw»",
    ],
    "IT": ["Messaggio del capitano della squadra del Palio della Rana: la password del portatile è «pw», non cambiarla"],
    "PL": ["Wiadomość od trenera klubu kyudo w Krakowie: hasło do konta klubu to «pw», nie udostępniaj"],
    "SE": ["Sms från bandylagets materialare i Edsbyn: lösenordet till slipmaskinens app är «pw», säg inget till tränaren"],
    "NO": ["Melding fra bandykaptein i Drammen: passordet til lagets Spond-konto er «pw», ikke del det"],
    "JP": [
        "相馬野馬追の甲冑競馬の係から: 計測用パソコンのパスワードは «pw» です",
        "弓道場の会計さんからのLINE: 道場の予約サイトのパスワードは «pw» です、他の人には教えないでください",
    ],
    "KR": ["보령 축제 자원봉사 팀장 문자: 안내소 노트북 비밀번호는 «pw» 입니다"],
    "CN": ["龙舟队队长发的微信: 队里电脑的密码是 «pw»"],
    "IE": ["Kerry road bowling secretary's text the night before the Ballincollig score: the laptop with the entry list opens "
           "with «pw», leave it in the van"],
    "TR": ["Yağlı güreş kulübünün saymanından mesaj: kulübün e-posta şifresi «pw», kimseye verme"],
    "NL": ["De voorzitter van het klootschietgilde in Twente appte na de ledenvergadering dat de inlog van de ledenlijst "
           "voortaan «pw» is, niet doorsturen naar de jeugd"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Text from the Fruita festival's treasurer: the cash box's card reader PIN is «pw», the box is under the peep table", 4),
    ("GB", "WhatsApp from the mud race captain: padlock on the Promenade Park container, code «pw», lock it after", 4),
    ("KR", "강릉 단오제 구경 가기 전에 엄마가 보낸 문자: 집 현관 번호키 새로 바꿨다, «pw» 누르고 들어가", 6),
    ("CA", "Text from the Toe Captain: the Downtown Hotel safe where the toe sleeps opens with «pw»", 6),
    ("DE", "Nachricht vom Drachen-Techniker: die PIN für das Steuerpult vom Tradinno ist «pw»", 6),
    ("BR", "Minha irmã mandou áudio do bloco: o PIN do cartão de débito da conta que a gente divide pras fantasias é «pw», apaga "
           "depois de ouvir", 4),
    ("AU", "Text from my sister in Darwin: the garage keypad is «pw» now, the old one got out", 6),
    ("IN", "Bhaiya ka message: ATM ka naya PIN «pw» hai, Hola Mohalla ke liye paise nikal lena", 6),
]
