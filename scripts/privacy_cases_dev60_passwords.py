"""Passwords of the dev60 privacy set (``privacy_cases_dev60.py``): the stems its people make them
from (kin-ball's giant ball, calls and hits, shodo's brushes, ink and strokes), the accounts command
lines run as, the commands people paste (tools no earlier set names: Centrifugo, RustFS, Zipline,
SigNoz, Garnet, Ansible Semaphore, Wakapi, Beszel, Dozzle, Rybbit and OpenPanel; and tools an earlier
set names, each with its password in a command, flag or variable no earlier set used with it: Gel's
GEL_SERVER_PASSWORD, Technitium's DNS_SERVER_ADMIN_PASSWORD, Stirling-PDF's
SECURITY_INITIALLOGIN_PASSWORD, linkding's LD_SUPERUSER_PASSWORD, nats-server --pass, Dolt's
DOLT_ROOT_PASSWORD, QuestDB's QDB_PG_PASSWORD, ZITADEL's ZITADEL_FIRSTINSTANCE_ORG_HUMAN_PASSWORD,
listmonk's LISTMONK_ADMIN_PASSWORD and EMQX's EMQX_DASHBOARD__DEFAULT_PASSWORD), config files (formats
no earlier set names: Centrifugo's config.json, RustFS's .env, Zipline's .env, SigNoz's .env,
garnet.conf, Semaphore's config.json, Wakapi's config.yml, Gel's .env, OpenPanel's .env, a
nats-server.conf authorization block and Stirling-PDF's settings.yml) and prose from 28 regions, and
PINs, each line written as a message from a particular person in a particular situation. Passwords
are made by dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["kinball", "omnikin", "giantball", "omnikinpink", "omnikingrey", "omnikinblack", "threeteams", "ballcradle",
         "kneelingcatch", "bumpserve", "hitterstance", "fourbyfour", "catchzone", "twoarmstrike", "kinballcourt",
         "liftandhit", "ballbearer", "lowserve", "omnicall", "pinkgreyblack",
         "shodo", "suzuri", "fudebrush", "hanshi", "bunchin", "shitajiki", "kaisho", "gyosho", "sosho", "kakizome",
         "rakkan", "mizusashi", "sumistick", "tomestroke", "haraistroke", "hanewhisk", "inkgrinding", "brushrest",
         "fudemaki", "kanjiflow"]
ACCOUNTS = ["ballcaller", "omnikin_ref", "inkstone_keeper", "batcount_lead", "tideline_bags", "grabber_rota",
            "treewarden_water", "hanshi_store", "detector_loans", "kinball_scorer", "shoreline_tally", "sapling_log"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them: dev19's ``password`` with this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Kin-ball league's live scoreboard, the line the club's coder pasted into the group at half-time: "
     "centrifugo --admin --admin_password='«pw»' --admin_secret=scoreboard-«u»", False),
    ("Bat survey group's new object store for the overnight recordings, first run on the NAS: "
     "RUSTFS_ACCESS_KEY=«u» RUSTFS_SECRET_KEY='«pw»' ./rustfs --address :9000 /volume1/batcalls", False),
    ("Shodo circle's photo share for exhibition scans, the start line from the README we filled in: "
     "DATABASE_URL=postgresql://«u»:«pw»@127.0.0.1:5432/zipline pnpm start", True),
    ("Beach clean tally app's tracing, as the volunteer typed it into the shared terminal: "
     "docker run -d -e SIGNOZ_TELEMETRYSTORE_CLICKHOUSE_DSN=tcp://«u»:«pw»@clickhouse:9000 signoz/signoz", True),
    ("Litter-pick route planner's cache on the spare laptop, launched from the notes file: "
     "dotnet GarnetServer.dll --port 6380 --auth Password --password '«pw»'  # started by «u»", False),
    ("Tree wardens' watering rota automation, the admin created after the upgrade: "
     "semaphore user add --admin --login «u» --name 'Street trees' --email «e» --password '«pw»'", False),
    ("Kin-ball club's coding-hours tracker for the scoreboard volunteers, the systemd ExecStart line: "
     "WAKAPI_DB_TYPE=postgres WAKAPI_DB_USER=«u» WAKAPI_DB_PASSWORD='«pw»' /opt/wakapi/wakapi", False),
    ("Bat group's server monitor on the old mini PC, the run command from the wiki page: "
     "docker run -d -e USER_EMAIL=«e» -e USER_PASSWORD='«pw»' -p 8090:8090 henrygd/beszel", False),
    ("Beach clean container log viewer, the line that made the users file on the laptop: "
     "docker run --rm amir20/dozzle generate «u» --password '«pw»' --name 'Tide crew' > users.yml", False),
    ("Shodo circle's website visitor stats, the bootstrap line in the setup notes: "
     "CLICKHOUSE_PASSWORD='«pw»' POSTGRES_USER=«u» docker compose up -d rybbit_backend", False),
    ("Tree wardens' sapling adoption page analytics, the API started by hand after the reboot: "
     "DATABASE_URL=postgres://«u»:«pw»@op-db:5432/openpanel pnpm --filter api start", True),
    ("Litter-pick group's bag count database, the container line pasted in chat: "
     "docker run -d -e GEL_SERVER_USER=«u» -e GEL_SERVER_PASSWORD='«pw»' -p 5656:5656 geldata/gel", False),
    ("Kin-ball gym's ad-blocking DNS box, reinstalled by the coach's nephew: "
     "docker run -d -e DNS_SERVER_ADMIN_PASSWORD='«pw»' -e DNS_SERVER_DOMAIN=«u».lan technitium/dns-server", False),
    ("Bat survey consent forms tool, the line from the committee laptop's history: "
     "docker run -d -e SECURITY_ENABLELOGIN=true -e SECURITY_INITIALLOGIN_USERNAME=«u» "
     "-e SECURITY_INITIALLOGIN_PASSWORD='«pw»' stirlingtools/stirling-pdf", False),
    ("Shodo reference links shared by the teacher, the bookmark server she started: "
     "docker run -d -e LD_SUPERUSER_NAME=«u» -e LD_SUPERUSER_PASSWORD='«pw»' sissbruecker/linkding", False),
    ("Beach clean sensor buoys' message bus, as run on the harbour Pi: "
     "nats-server -js --user «u» --pass '«pw»' --port 4222", False),
    ("Tree wardens' versioned tree inventory, the server container the council IT guy suggested: "
     "docker run -d -e DOLT_ROOT_PASSWORD='«pw»' -e DOLT_ROOT_HOST=% -e DOLT_USER=«u» dolthub/dolt-sql-server", False),
    ("Bat detector timestamp store, the compose override someone pasted in the group: "
     "docker run -d -e QDB_PG_USER=«u» -e QDB_PG_PASSWORD='«pw»' questdb/questdb", False),
    ("Kin-ball league's sign-in service, first start on the VPS: "
     "ZITADEL_FIRSTINSTANCE_ORG_HUMAN_USERNAME=«u» ZITADEL_FIRSTINSTANCE_ORG_HUMAN_PASSWORD='«pw»' zitadel start-from-init", False),
    ("Litter-pick newsletter, the install line from the treasurer's notes: "
     "LISTMONK_ADMIN_USER=«u» LISTMONK_ADMIN_PASSWORD='«pw»' ./listmonk --install --yes", False),
    ("Beach clean water sensors' broker, the run line the marine biology student wrote on the whiteboard: "
     "docker run -d -e EMQX_DASHBOARD__DEFAULT_USERNAME=«u» -e EMQX_DASHBOARD__DEFAULT_PASSWORD='«pw»' emqx/emqx", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "centrifugo_json": ("config.json of the kin-ball scoreboard's Centrifugo, sent as a screenshot:\n"
                        "{ \"admin\": true, \"admin_user\": \"«u»\",\n"
                        "  \"admin_password\": \"«pw»\" }"),
    "rustfs_env": ("/etc/default/rustfs on the bat group's NAS:\n"
                   "RUSTFS_ACCESS_KEY=«u»\nRUSTFS_SECRET_KEY=«pw»"),
    "zipline_env": ("zipline/.env for the shodo circle's photo share:\n"
                    "CORE_SECRET=changeme\nDATABASE_URL=postgresql://«u»:«pw»@postgresql:5432/zipline"),
    "signoz_env": ("signoz .env from the beach clean app's repo:\n"
                   "SIGNOZ_TELEMETRYSTORE_CLICKHOUSE_DSN=tcp://«u»:«pw»@clickhouse:9000"),
    "garnet_conf": ("garnet.conf next to the litter-pick planner:\n"
                    "{ \"Port\": 6380, \"AuthenticationMode\": \"Password\",\n"
                    "  \"Password\": \"«pw»\" }  // set up by «u»"),
    "semaphore_json": ("config.json of the tree wardens' Semaphore:\n"
                       "\"postgres\": { \"host\": \"localhost:5432\", \"user\": \"«u»\", \"pass\": \"«pw»\", \"name\": \"semaphore\" }"),
    "wakapi_yml": ("wakapi config.yml on the kin-ball club's box:\n"
                   "db:\n  dialect: postgres\n  user: «u»\n  password: «pw»"),
    "gel_env": ("Gel's .env for the litter-pick bag counts:\n"
                "GEL_SERVER_BACKEND_DSN=postgresql://«u»:«pw»@pg.lan:5432/gel"),
    "openpanel_env": ("OpenPanel's .env for the sapling adoption page:\n"
                      "DATABASE_URL=postgres://«u»:«pw»@op-db:5432/openpanel?schema=public"),
    "nats_conf": ("nats-server.conf on the harbour Pi:\n"
                  "authorization {\n  user: «u»\n  password: \"«pw»\"\n}"),
    "stirling_settings_yml": ("settings.yml of the bat group's Stirling-PDF:\n"
                              "security:\n  initialLogin:\n    username: «u»\n    password: «pw»"),
}
URL_CONFIGS = {"zipline_env", "signoz_env", "gel_env", "openpanel_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Coach, the gym in Ishpeming changed the wifi for the kin-ball nights, it's «pw» now, the old one on the whiteboard is wrong",
        "Mom, the library laptop for your shodo class in Hannibal logs in with «pw», write it on the back of your ink box",
        "Bat count volunteers in Walla Walla: the detector tablet unlocks with «pw», please don't change it, Dale already did once",
        "Nacogdoches litter pick sign-up sheet is on the city portal, our group login is «pw»",
        "For the Bemidji kin-ball tournament livestream, the camera app password is «pw», ask me before you share it",
        "The tree wardens' watering map in Ely wants the shared password «pw» on first login, then it remembers you",
        "Gallup tree wardens, the volunteer portal login we all share for logging watering visits is «pw»",
        "Marfa bat group, the hard drive with the cave recordings is encrypted, passphrase «pw»",
        "Sitka beach clean data sheet is locked in the shared drive, the password our coordinator set is «pw»",
        "Ocracoke clean-up crew's kayak shed keypad app login: «pw», the shed itself still has the combination lock",
        "Hey, it's the Port Townsend shodo group's secretary, the exhibition Dropbox password is «pw», upload by Friday",
    ],
    "GB": [
        "Bude beach clean lot, the tally spreadsheet's been locked by the council, password is «pw», don't tell the gulls",
        "Tenby bat walk leaders: the echolocation app account for the group is «pw», log out after the walk please",
        "Alnwick tree wardens, the street tree survey app on the shared phone opens with «pw»",
        "Wells-next-the-Sea litter pickers, the grabber cupboard's smart lock code in the app is «pw» not the old one",
        "Cromer kin-ball club's new booking system for the sports hall, our committee password is «pw», it's case sensitive so mind the capitals",
    ],
    "CA": [
        "Tatamagouche shore clean volunteers, the data app login for our group is «pw», eh, use it only on the boat",
        "Flin Flon kin-ball league's scorekeeping tablet password is «pw»",
        "Canmore bat survey: the acoustic monitor's web page password is «pw», reset it after the season",
        "Kamouraska: le mot de passe du portail des bénévoles pour le nettoyage des berges est «pw»",
    ],
    "AU": [
        "Kiama rock-pool rubbish crew, I've reset the litter tally login to «pw» after the surf club locked us out, don't blame me",
        "Mallacoota bat count folks, detector laptop password is «pw», bring it back charged",
    ],
    "NZ": [
        "Kaikōura beach clean team, the shared login for the Litter Intelligence app is «pw», kia ora",
        "Raglan kin-ball crew, the hall booking site login is «pw», sweet as",
    ],
    "IN": [
        "Gokarna beach clean group ka shared Google account ka password «pw» hai, photos wahan daalna",
        "Alibag bat survey team, laptop ka password «pw» hai, recordings D drive mein",
        "Karwar calligraphy class ka Zoom password «pw» hai, Sunday 10 baje",
        "Puducherry litter pick volunteers, the grabber store room app password is «pw»",
    ],
    "PK": [
        "Gwadar beach safai team ka Facebook page ka password «pw» hai, post daal do",
        "Ormara wale bat survey ke laptop ka password «pw» hai",
    ],
    "NG": [
        "Ijede sachet-water-bag pickers, the drive wey get our photos, the password na «pw», make una no forget am",
        "Eket beach clean crew, the laptop for the tally sheet, password is «pw», no dey change am",
        "Ilaro kin-ball club, hall booking account password «pw», guard am well",
    ],
    "GH": [
        "Ada Foah beach cleaners, the shared Gmail for the sponsors is open with «pw», don't delete anything from the turtle people",
    ],
    "ZA": [
        "Paternoster beach clean crew, the tally app login for the group is «pw», lekker work on Saturday",
        "Kenton-on-Sea bat watch, the detector laptop password is «pw», charge it at the Spar",
    ],
    "KE": [
        "Watamu beach clean team, password ya laptop ya data ni «pw»",
        "Malindi fruit bat counters, tumeweka picha za pango kwenye drive, neno la siri ni «pw»",
    ],
    "PH": [
        "Camiguin coastal cleanup group, password ng shared laptop ay «pw»",
        "Siargao beach clean volunteers, yung Gmail password natin «pw», huwag palitan",
        "Baler bat survey team, password ng detector tablet: «pw»",
    ],
    "ID": [
        "Relawan bersih pantai Pangandaran, password laptop data sampah «pw»",
    ],
    "MX": [
        "Los que juntan colillas en Sayulita: la laptop de la palapa ya pide clave otra vez, es «pw»",
        "Grupo de murciélagos de Bacalar, la tableta del detector tiene la contraseña «pw»",
    ],
    "PE": [
        "Chicos de la limpieza de playa de Máncora, la contraseña del correo del grupo es «pw», no la cambien porfa",
    ],
    "BR": [
        "Galera do mutirão de Itacaré, a senha do e-mail do grupo pra mandar as fotos do lixo é «pw»",
        "Pessoal do pincel japonês de Ilhabela, a sensei mudou o link da aula online, senha «pw»",
    ],
    "ES": [
        "Voluntarios de la limpieza de playa de Zarautz, la contraseña del portátil del recuento es «pw»",
    ],
    "DE": [
        "Fledermausgruppe Tönning: Das Passwort für den Laptop mit den Aufnahmen ist «pw»",
        "Strandreiniger Büsum, das Passwort für die Zähl-App ist «pw», bitte nicht ändern",
    ],
    "FR": [
        "Les bénévoles du ramassage d'Étretat, le mot de passe de l'ordinateur de comptage est «pw»",
        "Groupe chauves-souris d'Arcachon : mot de passe de la tablette «pw»",
    ],
    "IT": [
        "Volontari della pulizia spiaggia di Sperlonga, la password del portatile è «pw»",
    ],
    "PL": [
        "Sprzątający plażę w Łebie, hasło do laptopa «pw»",
    ],
    "SE": [
        "Vi som plockar skräp vid Sandskogen i Ystad: datorn i förrådet öppnas med «pw», skriv inte ner det på lappen",
    ],
    "NO": [
        "Strandryddere i Henningsvær, passordet til telleappen er «pw», ikke bytt det",
    ],
    "JP": [
        "書道教室の共有パソコンのパスワードは«pw»です",
        "海岸清掃のアプリのパスワード«pw»",
    ],
    "KR": [
        "서예 교실 노트북 비밀번호는 «pw» 입니다",
    ],
    "CN": [
        "书法班电脑密码«pw»",
    ],
    "IE": [
        "Lahinch beach clean crew, the laptop for the tally sheets opens with «pw», Ciara set it so blame her if it doesn't",
    ],
    "TR": [
        "Ayvalık plaj temizliği gönüllüleri, sayım bilgisayarının şifresi «pw», değiştirmeyin lütfen",
    ],
}

PINS = [  # (region, template, length)
    ("NZ", "Raglan kin-ball hall's key safe by the side door, the code on the council sheet is «pw», leave the key inside after", 4),
    ("CA", "Canmore bat detector lockbox PIN «pw», return it after the count", 4),
    ("KR", "서예 교실 도어락 비밀번호 «pw»", 6),
    ("GB", "Bude beach clean container padlock «pw»", 4),
    ("DE", "Die Fledermausbox am Stollen hat den Code «pw»", 4),
    ("BR", "A senha do cadeado do depósito dos sacos do mutirão de Itacaré é «pw», quem pegar as luvas tranca de novo", 4),
    ("IN", "Gokarna store room PIN «pw»", 4),
    ("US", "Tree wardens' watering trailer lock in Ely, combination «pw»", 4),
]
