"""Passwords of the dev76 privacy set (``privacy_cases_dev76.py``): the stems its passwords grow
from (dwile flonking's beer-soaked dwiles, drivellers, girters, jobanowls and Waveney pubs, bottle
kicking's hare pie, bottlers, casks and Hallaton's and Medbourne's brooks), the accounts its commands
log in as, and its lines: 21 command lines of 21 tools, 11 config formats, 63 lines of prose from 29
regions (Britain's third in Broad Norfolk) and 8 PINs; every password drawn by dev19's maker with
these stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["dwile", "flonker", "driveller", "girter", "jobanowl", "wanton", "marther", "swadge",
         "gazunder", "beccles", "bungay", "waveney", "harleston", "alepail", "dwilecloth", "flonkfinal",
         "ringdance", "beersoak", "sloshpot", "pubgreen",
         "hallaton", "medbourne", "harepie", "bottler", "dummycask", "buttercross", "eastermon", "brookgoal",
         "piebank", "kickoff", "ironhoop", "pieslice", "casktop", "bottlefield", "welland", "rectorpie",
         "scrummage", "beerkeg", "harebank", "villagebrook", "piecrust", "dwilebucket"]
ACCOUNTS = ["flonk_svc", "girter_ro", "jobanowl_adm", "harepie_sync", "bottler_cron", "regatta_svc",
            "todd_heats_rw", "tunatape_ro", "tripod_watch", "breakup_etl", "joki_stream", "sapi_roster"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (command line as someone pastes it, whether it sits in a URL)
    ("Putting the Waveney league's pub laptops on one mesh before the flonking final: nmctl context set flonk "
     "--endpoint=https://api.nm.flonkleague.uk --username=«u» --password=«pw»", False),
    ("Readeck on the regatta NAS in Alice Springs, I made the committee's reading account from the shell: "
     "readeck user -user «u» -password «pw»", False),
    ("ScyllaDB Manager for the tripod clock readings on the Tanana, registering the cluster: "
     "sctool cluster add --host tripod-db.lan --name tripod --username «u» --password «pw»", False),
    ("Mox handles the breakup pool's mail. Resetting the ticket desk mailbox after the Tripod Days rush: "
     "echo '«pw»' | mox setaccountpassword «u»", False),
    ("TiDB holds every tuna toss distance since the replica fish came in; checking from the caravan: "
     "mysql --host tidb.tunarama.lan --port 4000 -u «u» -p«pw» throws", False),
    ("Saltcorn runs the hare pie rota now; the admin was made on the village hall box with "
     "saltcorn create-user -a -e «e» -p «pw»", False),
    ("oVirt engine at the Pariangan co-op locked the harvest-race admin out, so from the engine host: "
     "ovirt-aaa-jdbc-tool user password-reset «u» --password=pass:«pw» --force", False),
    ("CVAT is where we label the pacu jawi cattle frames; listing tasks from my laptop at Batusangkar: "
     "cvat-cli --server-host cvat.sapi.lan --auth «u»:«pw» ls", False),
    ("Citus coordinator with the regatta's sand timing history, for the Rotary treasurer's report: "
     "PGPASSWORD='«pw»' psql -h citus-coord.todd.lan -U «u» -d heats", False),
    ("Weaviate to search forty years of flonking minutes, started in the Bungay pub's back room: docker run "
     "-e AUTHENTICATION_APIKEY_ALLOWED_KEYS=«pw» -e AUTHENTICATION_APIKEY_USERS=«u» semitechnologies/weaviate", False),
    ("Dify hosts the Hallaton visitors' FAQ bot and the parish admin got locked out: docker exec -it docker-api-1 "
     "flask reset-password --email «e» --new-password «pw»", False),
    ("Greenplum at the Port Lincoln co-op holds the season's catch for the Tunarama display; loading it: "
     "psql \"postgres://«u»:«pw»@gp-mdw.portlincoln.lan:5432/catch\" -f load.sql", True),
    ("GeoServer serves the dry Todd River course layers; adding the regatta workspace: curl -u «u»:«pw» -XPOST "
     "-H 'Content-type: text/xml' -d '<workspace><name>regatta</name></workspace>' http://geo.todd.lan:8080/geoserver/rest/workspaces",
     True),
    ("DataHub catalogues the Ice Classic ticket tables; first login from the CLI at the Nenana office: "
     "datahub init --host http://datahub-gms:8080 --username «u» --password «pw»", False),
    ("Polyaxon trains the throw-angle model on last year's tuna toss videos; logging in from the judges' tent: "
     "polyaxon login --username «u» --password «pw»", False),
    ("Databend keeps the breakup guesses, quick count from the booth laptop: curl -u «u»:«pw» -H 'Content-Type: "
     "application/json' http://databend.lan:8000/v1/query -d '{\"sql\":\"select count(*) from guesses\"}'", False),
    ("LiteLLM proxy in front of the Henley-on-Todd commentary bots, started on the heat board server: docker run "
     "-e DATABASE_URL=postgresql://«u»:«pw»@db:5432/litellm -p 4000:4000 ghcr.io/berriai/litellm:main-latest", True),
    ("Kolibri on the offline tablets for the Tanah Datar schools near the race fields, provisioning: kolibri manage "
     "provisiondevice --facility Pariangan --superusername «u» --superuserpassword «pw» --preset nonformal", False),
    ("Mahara portfolios for the Beccles school's dwile flonking project, installed from the command line: "
     "php htdocs/admin/cli/install.php --adminpassword='«pw»' --adminemail=«e» --sitename=Flonkfolio", False),
    ("Debezium watches the hare pie orders table; connector config pushed to Kafka Connect from the vicarage: curl -X PUT "
     "connect:8083/connectors/harepie-cdc/config -d '{\"database.user\":\"«u»\",\"database.password\":\"«pw»\"}'", False),
    ("Accumulo shell on the old Tanana sensor cluster, checking the ice thickness tables before tickets close: "
     "accumulo shell -u «u» -p «pw» -e 'tables'", False),
]

CONFIGS: dict[str, str] = {  # config format: a line of it as someone pastes it
    "tidb_lightning_toml": ("tidb-lightning.toml for importing the tuna toss archive, the [tidb] part: host = "
                            "\"tidb.tunarama.lan\", user = \"«u»\", password = \"«pw»\""),
    "accumulo_client_properties": ("accumulo-client.properties on the Tanana sensor box by the tripod: "
                                   "auth.type=password auth.principal=«u» auth.token=«pw»"),
    "druid_common_runtime_properties": ("Druid for the breakup clock readings, common.runtime.properties: "
                                        "druid.metadata.storage.connector.user=«u» druid.metadata.storage.connector.password=«pw»"),
    "kolibri_options_ini": ("Kolibri's options.ini on the Pariangan school server: [Database] DATABASE_ENGINE = postgres, "
                            "DATABASE_USER = «u», DATABASE_PASSWORD = «pw»"),
    "mahara_config_php": ("Mahara's config.php for the flonking portfolio site in Beccles: $cfg->dbtype = 'postgres'; "
                          "$cfg->dbuser = '«u»'; $cfg->dbpass = '«pw»';"),
    "kylin_properties": ("kylin.properties for the regatta heats cube: kylin.metadata.url=kylin_metadata@jdbc,"
                         "url=jdbc:mysql://db.todd.lan:3306/kylin,username=«u»,password=«pw»"),
    "ovirt_answers_conf": ("oVirt engine-setup answer file from the Pariangan co-op, answers.conf: "
                           "OVESETUP_DB/user=str:«u» OVESETUP_CONFIG/adminPassword=str:«pw»"),
    "saltcorn_config_json": ("The hare pie rota's ~/.config/.saltcorn on the village hall box: {\"host\":\"localhost\","
                             "\"user\":\"«u»\",\"password\":\"«pw»\",\"database\":\"saltcorn\"}"),
    "readeck_config_toml": ("Readeck's config.toml on the regatta NAS, database section: "
                            "source = \"postgres://«u»:«pw»@db/readeck\""),
    "datahub_recipe_yaml": ("DataHub ingestion for the Ice Classic tickets, recipe.dhub.yaml: source: type: postgres, "
                            "config: host_port: db:5432, username: «u», password: «pw»"),
    "debezium_connector_properties": ("Debezium's harepie-connector.properties for the standalone worker at the vicarage: "
                                      "database.hostname=pies.lan database.user=«u» database.password=«pw»"),
}
URL_CONFIGS = {"readeck_config_toml"}

PROSE: dict[str, list[str]] = {  # region: lines of prose with a password in them
    "US": [
        "Nenana ticket booth, Tripod Days: the cash-box tablet unlocks with «pw», I'm on break till the "
        "parade passes",
        "Fairbanks mom here, the Ice Classic guess app wants the family login again, it's «pw», just enter our minute",
        "For whoever takes the night shift watching the tripod on the Tanana, the cabin laptop password is «pw»"
        " (coffee's in the tin)",
        "Jebediah, the Tunarama stall we're sharing this year uses «pw» for the card reader's admin page, don't lose it",
        "My brother in Anchorage set the breakup pool spreadsheet's protection to «pw», so ask before you edit the minute column",
        "Grandpa's Nenana ticket stubs are scanned to the family drive; the folder password is «pw», so don't share the link",
        "Flonking night at the Brooklyn pub, our team sheet on the shared iPad is locked with «pw», update the girter order",
        "Heads up for the ice-watch volunteers: the radio repeater's web panel password changed to «pw» after the thaw",
        "Sarah, Texas cousins want in on the pacu jawi trip; the travel agent's portal password is «pw»"
        ", book the Padang flight",
        "Coach said the bottle kicking tour group's shared email now signs in with «pw», check the Hallaton B&B confirmation",
        "Tunarama booth laptop, before I forget: Windows password «pw», the till software opens on its own",
    ],
    "GB": [
        "Right, for the Bungay flonking final the pub's till login is «pw»; jobanowl has the "
        "float in the gazunder",
        "Hallaton lot, the hare pie order form's admin password is «pw», the rector wants numbers by Good Friday",
        "Thass a rum ol' dew, bor, that there jukebox at the Beccles pub wunt play nawthen till yew tap in «pw»"
        ", hold yew hard",
        "Medbourne side: the brook camera's app now wants «pw», so whoever's on the bank on Easter Monday, log in early",
        "Our Waveney league's website admin is «pw» until Tuesday's meeting, then the secretary changes it",
    ],
    "CA": [
        "Whitehorse ice pool volunteers, the ticket drop box laptop logs in with «pw», sign the sheet after",
        "Berthe, the Yukon breakup contest spreadsheet is locked with «pw», please add the Dawson guesses",
        "Quick one from Sudbury: the dwile flonking club's Facebook page was taken over, new password «pw»"
        ", don't share it eh",
        "For the Henley-on-Todd trip, my Air Canada account is on the shared iPad, password «pw», seats are booked",
    ],
    "AU": [
        "Henley-on-Todd regatta committee: the heat board laptop password is «pw», charge it before the "
        "Oxford tub races",
        "Port Lincoln tuna toss booth, the EFTPOS admin screen now wants «pw», ring Gaz if it locks again",
    ],
    "NZ": [
        "Kia ora, for the bottomless boat we're taking to Alice Springs, the club's hire portal login is «pw»"
        ", sweet as",
        "Our Nelson crew entering the tuna toss: the entry site's password is «pw», put all four names on it",
    ],
    "IN": [
        "Trilok ji, buffalo-slush Kambala stream login for Udupi uncles: «pw», "
        "Shetty sir keeps resetting it",
        "Bhai, the pacu jawi documentary folder on the office drive, password «pw», the Sumatra footage is inside",
        "Sharmistha, hostel wifi at Batusangkar for our study tour is «pw», the owner wrote it on the mirror",
        "Mumbai office regatta sweepstake sheet is locked with «pw», add your boat guess before lunch"
        " please yaar",
    ],
    "PK": [
        "Lahore cousins, the shared folder with the tuna toss videos from Port Lincoln is unlocked with «pw», don't delete",
        "Karachi team, the bull race photo archive we're licensing from Sumatra sits behind password «pw» for a week",
    ],
    "NG": [
        "Ugochi, our Lagos viewing party for the pacu jawi livestream, the smart TV account password is «pw», abeg sign in",
        "Oga, the Ibadan dwile flonking fun day portal admin is «pw», add the Beccles guests before Friday",
        "Chairman said the Abuja club's regatta trip savings app PIN is not enough, full password is «pw», keep it safe",
    ],
    "GH": ["Accra crew, for the Henley-on-Todd boat build the CAD site's login is «pw», put in the hull drawings tonight"],
    "ZA": [
        "Hlengiwe, the Durban braai club's tuna toss bet sheet is locked with «pw», add your distance before Saturday",
        "Jo'burg office: the sweepstake for the Nenana ice breakup is on the intranet, password «pw», lekker",
    ],
    "KE": [
        "Kavata, the Machakos fundraiser's bull race stream channel logs in with «pw», share with the youth group",
        "Nairobi team, our regatta-themed sports day forms are behind «pw» on the office drive"
        ", sawa?",
    ],
    "PH": [
        "Ate, yung login ng Tripod Days ticket portal ay «pw», pakibili na ng dalawang guess for Tito",
        "Sofronio, the pacu jawi tour group chat admin password is «pw», pakilagay mo yung itinerary sa Batusangkar",
        "Kuya, sa Cebu office flonking night the laptop password is «pw», wag mo palitan ha",
    ],
    "ID": ["Pak, kata sandi akun siaran langsung pacu jawi untuk Tanah Datar sekarang «pw», "
           "tolong catat sebelum panen"],
    "MX": [
        "Oye, la contraseña de la hoja de apuestas del lanzamiento de atún en Port Lincoln es «pw», "
        "apúntate antes del viernes",
        "Para el grupo de Monterrey que va a la regata del Todd, la cuenta de la agencia tiene la clave «pw»",
    ],
    "PE": ["Chicos, la clave del drive con los videos de la carrera de toros en el barro de Sumatra es «pw», "
           "no la compartan"],
    "BR": [
        "Gente, a senha do painel da regata de barcos sem fundo lá em Alice Springs é «pw», "
        "anotem aí",
        "Mãe, o app do bolão do degelo do rio Tanana pede a senha «pw», é só colocar o minuto",
    ],
    "ES": ["Para el viaje a la fiesta de la botella de Hallaton, la contraseña de la web del hostal es «pw», "
           "reservad la habitación doble y pagad con la tarjeta del club"],
    "DE": [
        "Liebe Vereinskollegen, das Passwort für die Anmeldeseite unseres Dwile-Flonking-Abends in Leer lautet jetzt «pw», "
        "bitte nur intern teilen",
        "Ermengard, das WLAN in der Regatta-Unterkunft in Alice Springs hat das Kennwort «pw»",
    ],
    "FR": [
        "Salut, le mot de passe du compte de la sortie au lancer de thon à Port Lincoln est «pw»"
        ", ne le change pas stp",
        "Pour la soirée dwile flonking au bar du club, le code du portable de la caisse est «pw»"
        ", merci",
    ],
    "IT": ["Ragazzi, la password del portale del viaggio per la corsa dei buoi nel fango a Tanah Datar è «pw», "
           "prenotate il volo per Padang entro lunedì"],
    "PL": ["Kochani, hasło do arkusza zakładów o roztopy na rzece Tanana to «pw», "
           "wpiszcie swoją minutę do piątku"],
    "SE": ["Hej, lösenordet till föreningens konto för islossningslotteriet i Nenana är «pw», logga in och köp era lotter"],
    "NO": ["Tunfiskkast-gjengen fra Bodø: felles bildemappe fra Port Lincoln låses opp med «pw», hilsen Sigrun"],
    "JP": [
        "パチュ・ジャウィ中継、視聴用の合鍵«pw»、田植え前、泥だらけの牛",
        "トゥナラマ遠征の共有フォルダ、合言葉は«pw»、マグロ投げの動画は中にあります",
    ],
    "KR": ["앨리스스프링스 바닥없는 보트 대회 숙소 예약 사이트 비밀번호는 «pw» 입니다"],
    "CN": ["塔纳纳河开冰竞猜的共享表格密码是«pw»，请填上你猜的分钟"],
    "IE": ["Lads, for the Hallaton bottle kicking weekend the Airbnb host's door app login is «pw», grand so"],
    "TR": ["Arkadaşlar, Port Lincoln'deki ton balığı fırlatma gezisinin rezervasyon sitesi şifresi «pw», "
           "kimseyle paylaşmayın"],
    "NL": ["Zandrace-filmpjes van onze bodemloze boot, Alice Springs, Dropbox-toegang: «pw», groet Joost"],
}

PINS = [  # (region, line, digits)
    ("US", "Nenana office safe with the Ice Classic ticket stubs opens with «pw», lock it again before you go", 4),
    ("GB", "The Bungay pub cellar's keypad for the dwile flonking beer is «pw», the landlord says only the jobanowl", 4),
    ("KR", "타나나 얼음 복권 사무실 금고 번호는 «pw» 입니다", 6),
    ("CA", "Whitehorse ice pool's lock box by the river, combination «pw», drop the ticket envelopes in there", 6),
    ("DE", "Der Tresor im Vereinsheim mit der Kasse vom Dwile-Flonking-Turnier geht mit «pw» auf, bitte wieder abschließen", 6),
    ("BR", "Galpão dos barcos furados da regata seca, segredo do cadeado «pw», tranca tudo, Juninho", 4),
    ("AU", "Regatta shed on the Todd: the boat cage padlock combination is «pw», Rotary guys have it too", 6),
    ("IN", "Udupi guesthouse locker for our pacu jawi trip cameras, PIN «pw», don't tell the driver", 6),
]
