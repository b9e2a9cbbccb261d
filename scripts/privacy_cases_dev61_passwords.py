"""Passwords of the dev61 privacy set (``privacy_cases_dev61.py``): the stems its people make them
from (teqball's curved table, rallies and touches, suminagashi's floating ink, rings and papers), the
accounts command lines run as, the commands people paste (tools no earlier set names: PsiTransfer,
LavinMQ, Skytable, ParadeDB, pgroll, Bytebase, Hatchet, Jitsu, Soketi, Mercure, tuwunel, continuwuity,
Swetrix, Cronicle, Tracim, Penpot and Sockudo; and tools an earlier set names, each with its password in
a command, flag or variable no earlier set used with it: Pi-hole's ``pihole setpassword``, rclone's
--webdav-pass, yt-dlp's --video-password and Strapi's admin:create-user), config files (formats no
earlier set names: OvenMediaEngine's Server.xml, LibrePhotos' .env, SparkyFitness' .env, PowerSync's
powersync.yaml, Pigsty's pigsty.yml, Hanko's config.yaml, Aptabase's .env, Swetrix's .env, a Pi-hole
compose file's FTLCONF_webserver_api_password, Skytable's config.yaml and Tracim's development.ini) and
prose from 28 regions, and PINs, each line written as a message from a particular person in a particular
situation. Passwords are made by dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["teqball", "teqtable", "curvedtable", "teqsingles", "teqdoubles", "qatchet", "teqis", "teqpong", "teqvoly", "arcpass",
         "twobounce", "shoulderpass", "chestcontrol", "teqnet", "tablearc", "headerkill", "thighvolley", "serveline", "teqrally",
         "curvebounce",
         "suminagashi", "sumiripple", "floatingink", "inkrings", "hoshoshi", "surfaceink", "kozopaper", "inkbrush", "fanbreath",
         "ripplerings", "marbledpage", "inkbloom", "tsukeru", "dropsumi", "stonebasin", "oilsurface", "ringsonwater", "printlift",
         "drypress", "teqdrop"]
ACCOUNTS = ["teq_umpire", "table_booker", "inkbath_keeper", "pondnet_lead", "coppice_rota", "cache_reviewer",
            "callsign_log", "hazel_poles", "sumi_prints", "dipping_trays", "qsl_cards", "rally_scorer"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them: dev19's ``password`` with this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("pasted into the club laptop before Saturday's upload night: sudo -u «u» env PSITRANSFER_ADMIN_PASS='«pw»' "
     "node app.js --port 3000", False),
    ("new login for the radio club's APRS relay queue, run on the shack Pi: lavinmqctl add_user «u» '«pw»'", False),
    ("$ skysh --user «u» --password '«pw»' --endpoint tcp@127.0.0.1:2003  # cache log db, don't ask me why we chose it", False),
    ("search over ten years of newt and dragonfly records needed bm25, hence: docker run -d --name pondsurvey-db -e POSTGRES_USER=«u» "
     "-e POSTGRES_PASSWORD='«pw»' -p 5433:5432 paradedb/paradedb:latest", False),
    ("$ pgroll start migrations/07_add_newt_counts.json --postgres-url \"postgres://«u»:«pw»@10.8.0.3:5432/ponds?sslmode=disable\"",
     True),
    ("bytebase --port 8080 --data /srv/bytebase --pg \"postgresql://«u»:«pw»@db.coppice.lan:5432/bytebase\"", True),
    ("the worker box for marbling-print orders: docker run -e DATABASE_URL=\"postgresql://«u»:«pw»@pg:5432/hatchet\" "
     "ghcr.io/hatchet-dev/hatchet/hatchet-lite:latest", True),
    ("Tlanextli, first boot of the stats thing for the geocache site: SEED_USER_EMAIL=«e» SEED_USER_PASSWORD='«pw»' "
     "docker compose up -d jitsu", False),
    ("$ SOKETI_DEFAULT_APP_ID=teq-live SOKETI_DEFAULT_APP_KEY=«u» SOKETI_DEFAULT_APP_SECRET='«pw»' soketi start  "
     "# live scores on the hall TV", False),
    ("su - «u» -c \"MERCURE_PUBLISHER_JWT_KEY='«pw»' SERVER_NAME=:3000 ./mercure run --config dev.Caddyfile\"", False),
    ("for the club's matrix homeserver, only the sign-up token: sudo -u «u» TUWUNEL_REGISTRATION_TOKEN='«pw»' tuwunel", False),
    ("moved the ham chat to the other fork, same idea: «u»@shack:~$ CONTINUWUITY_REGISTRATION_TOKEN='«pw»' "
     "./continuwuity", False),
    ("docker exec -it swetrix-api env CLICKHOUSE_USER=«u» CLICKHOUSE_PASSWORD='«pw»' node dist/scripts/migrate.js", False),
    ("locked out of the job scheduler again, this recreates the admin: /opt/cronicle/bin/control.sh admin «u» '«pw»'", False),
    ("$ tracimcli user create -l «u» -p '«pw»' -c development.ini  # shared space for the coppice work-day notes", False),
    ("docker exec -ti penpot-penpot-backend-1 python3 manage.py create-profile --email «e» --fullname «u» --password '«pw»'",
     False),
    ("SOCKUDO_DEFAULT_APP_KEY=«u» SOCKUDO_DEFAULT_APP_SECRET='«pw»' ./sockudo --config ./sockudo.json  "
     "# pond cam alerts to the group page", False),
    ("after the Pi-hole reinstall in the scout hut: sudo pihole setpassword '«pw»' (then log in as «u» on the DNS tab)", False),
    ("nightly copy of the scanned marbled sheets to the circle's cloud: rclone copy ./scans :webdav:prints --webdav-url https://dav.inkbath.net "
     "--webdav-user «u» --webdav-pass '«pw»'", False),
    ("yt-dlp --video-password '«pw»' -o '%(title)s.%(ext)s' https://vimeo.com/ink-demo-members  # saved by «u»", False),
    ("league website rebuilt on the new host, first admin made from the shell: npx strapi admin:create-user --firstname=«u» --email=«e» --password='«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "ovenmediaengine_xml": ("<!-- Server.xml, club stream box -->\n"
                            "<Managers><API><AccessToken>«u»:«pw»</AccessToken></API></Managers>"),
    "librephotos_env": ("# librephotos .env on the NAS under the stairs\n"
                        "userName=«u»\n"
                        "userPass=«pw»"),
    "sparkyfitness_env": ("# sparkyfitness: our league's training log\n"
                          "SPARKY_FITNESS_DB_USER=«u»\n"
                          "SPARKY_FITNESS_DB_PASSWORD=«pw»"),
    "powersync_yaml": ("replication:\n"
                       "  connections:\n"
                       "    - type: postgresql\n"
                       "      uri: postgresql://«u»:«pw»@pg.pondsurvey.lan:5432/dipping"),
    "pigsty_yml": ("pg_users:\n"
                   "  - { name: «u», password: «pw», pgbouncer: true, roles: [dbrole_readwrite] }"),
    "hanko_yaml": ("# hanko config.yaml for the cache-owners login\n"
                   "database:\n"
                   "  user: «u»\n"
                   "  password: «pw»"),
    "aptabase_env": ("# aptabase .env (app events from the tide-table app)\n"
                     "DATABASE_URL=postgresql://«u»:«pw»@aptabase_db:5432/aptabase"),
    "swetrix_env": ("# swetrix .env, coppice group website stats\n"
                    "CLICKHOUSE_USER=«u»\n"
                    "CLICKHOUSE_PASSWORD=«pw»"),
    "pihole_compose": ("services:\n"
                       "  pihole:\n"
                       "    environment:\n"
                       "      FTLCONF_webserver_api_password: '«pw»'  # «u» knows it too"),
    "skytable_yaml": ("# skytable config.yaml\n"
                      "auth:\n"
                      "  plugin: pwd\n"
                      "  root_pass: «pw»"),
    "tracim_ini": ("[app:main]\n"
                   "email.notification.smtp.user = «u»\n"
                   "email.notification.smtp.password = «pw»"),
}
URL_CONFIGS = {"powersync_yaml", "aptabase_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Coach here. The league's booking portal for the curved tables at the Spearfish rec center wants a login now; "
        "mine is on the whiteboard but for the record the password is «pw»",
        "Voice memo, driving back from the Mankato tournament: remind me the scoring tablet's password got changed to «pw» "
        "after the kid reset it",
        "hey it's the treasurer, the bank-sweep spreadsheet we keep for the teqball dues is locked with «pw», open it before Friday",
        "Note to self from the Oxnard marbling class: shared drive for students' ink-ring photos, password «pw», "
        "tell the two late sign-ups",
        "ok so the pond-dipping kit cupboard at the Ashtabula nature center has a smart lock now and the app password is «pw»",
        "Geocache reviewer to the new hider: the logbook photo album for our county is private, use password «pw» to add yours",
        "radio club net control tonight: the repeater's web panel moved, log in as the club and use «pw», not the old one",
        "Mom, the laptop you gave me for the ink-marbling workshop asks for a password on wake; it's «pw» if you need it",
        "Coppice crew: the tool-hire account for the chainsaw trailer in Natchitoches is under my name, password «pw»",
        "Left a note on the fridge but just in case: our Wi-Fi at the lake house in Ouray is now «pw» since the router swap",
        "The referees' group on the scoring app needs a password to join, it's «pw», ask me before you share it further",
    ],
    "GB": [
        "Evening all, the coppice group's hut in the Forest of Bowland has a new padlock app, password «pw», please don't write it on the door",
        "From the pond-dipping leader at Slimbridge: the tablet we log newts on is now locked, password «pw»",
        "Marbling tutor here: the booking page for the Saltaire studio, admin login is mine and the password's «pw» while I'm off",
        "radio club secretary: the shack PC in Morecambe wants a password since the update, it's «pw» until we sort accounts",
        "Quick one from the geocaching meet in Lyme Regis: the club's photo share is password «pw», cheers",
    ],
    "CA": [
        "Teqball drop-in at the Pictou rink: the scoreboard app's password is «pw», the captain changes it each season",
        "From the ham shack at Ucluelet: I put the logging laptop on a password, «pw», no more kids playing solitaire on it",
        "Marbling night in Kaslo, for the donated iPad: passcode no, password yes, it's «pw»",
        "Salut, for the coppice volunteers near Rimouski the shared calendar login password is «pw»",
    ],
    "AU": [
        "G'day, the geocaching club's ute in Bingara has a dash cam with an app, password «pw», reckon we keep it between us",
        "Pond-dipping at the Bellingen wetland Sunday; the field tablet's password is «pw», mate, charge it Saturday",
    ],
    "NZ": [
        "Kia ora, the radio club's remote station above Westport has a web login, password «pw», only for licensed ops",
        "Teqball lads, the hall booking in Gisborne goes through the council site now, our password's «pw»",
    ],
    "IN": [
        "Bhai Kollam wale academy mein curved table ke paas jo purana Lenovo pada hai, uska login ab «pw» hai, chhote bachchon ko mat dikhana",
        "Sir, for the suminagashi workshop at the Auroville studio, the student portal password is «pw», kindly note",
        "Amateur radio club Palakkad: the new logger software's password is «pw», VU2 calls only please",
        "Yaar pond-dipping trip to Chilika, the shared drive for photos ka password «pw» rakha hai",
    ],
    "PK": [
        "Bhai teqball court booking in Abbottabad wali app ka password «pw» hai, weekend slot le lena",
        "Geocaching group Murree: shared album ka password «pw», apni tasveerein upload kar dena",
    ],
    "NG": [
        "My people, that HP wey we carry go Uyo for the curved table competition, e don get lock: «pw», make una no post am for status",
        "Oga, radio club shack for Ilesha, the logger system password is «pw», make you change am next week",
        "The marbling class WhatsApp admin said the Google Drive folder for our end-of-term prints opens with «pw»",
    ],
    "GH": [
        "Chale, the teqball team's booking account at Winneba, the password be «pw», hold am tight",
    ],
    "ZA": [
        "Howzit, coppice crew in the Tsitsikamma plot, the shared bakkie tracker app password is «pw», lekker",
        "Radio club Makhanda: the remote rig login is «pw» now, shame the old one leaked",
    ],
    "KE": [
        "Sasa, teqball club ya Nyahururu, password ya laptop ni «pw», usiipeane ovyo",
        "Geocaching group Kericho: the photo folder password is «pw», pakia picha zenu",
    ],
    "PH": [
        "Uy, yung scoring tablet natin sa teqball sa Tagbilaran, password niya «pw», wag ipagsabi ha",
        "Radio club namin sa bayan: bagong password ng logging PC ay «pw», paki-update niyo",
        "For the marbling workshop sa Sabado, the Canva team password is «pw», po",
    ],
    "ID": [
        "Mas, laptop skor teqball klub Salatiga passwordnya «pw», jangan disebar ya",
    ],
    "MX": [
        "Oye, la tableta del club de teqball en Zacatlán tiene contraseña «pw», no la compartas",
        "Colegas de la estación de Tlacotalpan, el programa para anotar los comunicados de la red de los martes ya pide clave: «pw»",
    ],
    "PE": [
        "Hola, la laptop del grupo de geocaching en Chachapoyas tiene la contraseña «pw», cuídala",
    ],
    "BR": [
        "Gente, o notebook do clube de teqball em Pirenópolis está com a senha «pw», não espalhem",
        "Oficina de marmorização em Lençóis: a senha da pasta de fotos é «pw»",
    ],
    "ES": [
        "Chicos, el portátil del club de radioaficionados de Mondoñedo ahora tiene contraseña: «pw»",
    ],
    "DE": [
        "Hallo zusammen, das Tablet für den Teqball-Spieltag in Wernigerode hat jetzt das Passwort «pw»",
        "Vom Funkamateur-Ortsverband Goslar: das Logbuch-Notebook öffnet mit dem Passwort «pw»",
    ],
    "FR": [
        "Coucou, la tablette du club de teqball à Douarnenez a maintenant le mot de passe «pw», gardez-le pour vous",
        "Atelier de papier marbré à Pézenas : le mot de passe du dossier partagé est «pw»",
    ],
    "IT": [
        "Ragazzi, il portatile del gruppo di geocaching a Gubbio ha la password «pw», non diffondetela",
    ],
    "PL": [
        "Cześć, laptop klubu krótkofalowców w Sandomierzu ma teraz hasło «pw», nie rozpowiadajcie",
    ],
    "SE": [
        "Hej, surfplattan för dammhåvningen i Mariefred har lösenordet «pw» nu",
    ],
    "NO": [
        "Hei, bærbar-PC-en til radioklubben i Røros har fått passordet «pw», ikke del det videre",
    ],
    "JP": [
        "墨流し教室のタブレット、パスワードを「«pw»」に変えました。生徒さんには口頭で伝えます",
        "テックボール部の得点用ノートPCのパスワードは «pw» です。大会前に確認してください",
    ],
    "KR": [
        "테크볼 동호회 점수 기록 노트북 비밀번호는 «pw» 입니다, 외부 공유 금지",
    ],
    "CN": [
        "墨流画社团的共享相册密码改成了 «pw»，请勿外传",
    ],
    "IE": [
        "Howya, the coppice group's shared van tracker in Ennistymon, password's «pw», grand so",
    ],
    "TR": [
        "Selam, Amasra'daki telsiz kulübünün kayıt bilgisayarının şifresi artık «pw», kimseye söylemeyin",
    ],
}

PINS = [  # (region, template, length)
    ("NZ", "The pond-dipping kit shed at the Ōtaki wetland has a key safe, code «pw», put the nets back wet-side up", 4),
    ("CA", "Cache owner note: the lockbox on the Ridge trail opens with «pw», please re-scramble", 4),
    ("KR", "탁구장 옆 테크볼 창고 도어락 «pw»", 6),
    ("GB", "Coppice hut combination padlock in the Chilterns is «pw», leave it scrambled", 4),
    ("DE", "Funkbude am Deich: Zahlenschloss «pw», bitte wieder verdrehen", 4),
    ("BR", "Armário das bandejas de marmorização: cadeado «pw»", 4),
    ("IN", "Teqball club locker at the Palakkad sports complex, lock code «pw»", 4),
    ("US", "Radio club repeater hut door keypad is «pw» until the board changes it in May", 4),
]
