"""The dev56 set's passwords (issue 52): its stems (crokinole and rosemaling), the accounts its command
lines run as, the commands people paste (Axigen's CLI, AlliedWare Plus, Ruckus ICX, a Mellanox switch,
TP-Link JetStream, Umbraco's dotnet template, Rauthy, Ory Kratos' admin API, Materialize, Meltano,
Airbyte's abctl, GoatCounter, Open-Xchange's createuser, IceWarp's tool, Hazelcast's hz-mc, Craft CMS,
October CMS, Pimcore's installer, Ackee, NethServer's api-cli, EGroupware's admin-cli, Kinetica's kisql,
ZincSearch, UrBackup, seqcli, Yellowbrick's ybsql and hugegraph-tools), config files (kvrocks.conf,
vmauth's auth.yml, kratos.yml, dagster.yaml, Umbraco's appsettings.json, Sendy's config.php, a Cube.js
.env, hazelcast-client.yaml, a gpload control file, kairosdb.conf, Doltgres' config.yaml, quickwit.yaml,
SeaweedFS' filer.toml, manticore.conf and Axigen's axigen.cfg) and prose from 28 regions, and PINs, each line written as a
message from a particular person in a particular situation. Passwords are made by dev19's ``password()``
and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["crokinole", "crokino", "twentyhole", "pegring", "ditchshot", "flickfinger", "buttonpost", "discflick", "cornerkiss",
         "rebounder", "hangerdisc", "pegrebound", "twentypeg", "wawota", "ditchboard", "shooterdisc", "bumperpeg", "stonedisc",
         "crokiboard", "centrehole",
         "rosemaling", "rosemal", "telemark", "hallingdal", "rogaland", "valdres", "acanthus", "lasur", "tineboks", "kubbestol",
         "krullmaling", "sverdmaling", "malerkost", "akantus", "bondekunst", "sstroke", "cstroke", "skrolling", "rosemaler",
         "olbolle"]
ACCOUNTS = ["croki_admin", "twenties_ops", "rosemal_svc", "tine_rw", "bloodbus_etl", "donor_api", "lifeboat_ops",
            "pager_relay", "nightwave_bot", "playout_ro", "peg_scorer", "acanthus_pos"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Axigen CLI session the radio's mail admin pasted into the ticket, telnet to port 7000 on the mail box: "
     "USER «u» then PASS «pw» then CONFIG SERVER", False),
    ("Switch in the crokinole hall's back room, AlliedWare Plus, from the handover sheet: "
     "awplus(config)# username «u» privilege 15 password «pw»", False),
    ("Ruckus ICX at the lifeboat station, the line the contractor left in the config backup: "
     "username «u» privilege 0 password «pw»", False),
    ("Mellanox switch in the radio's rack, the engineer's notes from the night of the transmitter swap: "
     "switch (config) # username «u» password 0 «pw»", False),
    ("TP-Link JetStream switch on the blood bus depot's wall, set from the console cable: "
     "user name «u» privilege admin password 0 «pw»", False),
    ("Umbraco site for the rosemaling circle created from the template: dotnet new umbraco -n TineboksSite "
     "--friendly-name \"Circle Admin\" --email «e» --password «pw»", False),
    ("Rauthy for the blood bus volunteers' sign-in, first start: docker run -e BOOTSTRAP_ADMIN_EMAIL=«e» "
     "-e BOOTSTRAP_ADMIN_PASSWORD_PLAIN=«pw» ghcr.io/sebadob/rauthy", False),
    ("Adding the station's new crew member to Ory Kratos by hand: curl -X POST localhost:4434/admin/identities "
     "-d '{\"schema_id\":\"crew\",\"traits\":{\"email\":\"«e»\"},\"credentials\":{\"password\":{\"config\":{\"password\":\"«pw»\"}}}}'",
     False),
    ("Materialize from the crokinole league's laptop, the standings view: psql "
     "\"postgres://«u»:«pw»@standings.materialize.cloud:6875/materialize?sslmode=require\"", True),
    ("Meltano project that loads the donation bus's bookings, the volunteer ran: "
     "meltano config tap-postgres set password «pw» and then meltano run tap-postgres target-jsonl", False),
    ("Airbyte on the radio's spare box, resetting the login after the reinstall: "
     "abctl local credentials --email «e» --password «pw»", False),
    ("GoatCounter for the crokinole club's site stats: goatcounter db create site -vhost stats.twentyhole-league.org "
     "-user.email «e» -user.password «pw»", False),
    ("Open-Xchange mailbox for the rosemaling teacher, run on the mail host: /opt/open-xchange/sbin/createuser -c 7 "
     "-A oxadmin -P «pw» -u «u» -d \"Tine Teacher\" -g Tine -s Painter -e «e»", False),
    ("IceWarp account for the lifeboat secretary, from the server shell: /opt/icewarp/tool.sh create account "
     "«e» u_password «pw»", False),
    ("Hazelcast Management Center for the radio's playout cache, the engineer added himself: "
     "hz-mc conf user create -n=«u» -p=«pw» -r=admin", False),
    ("Craft CMS for the circle's exhibition site, the install line from the README: php craft install "
     "--username=«u» --password=«pw» --email=«e» --site-name=\"Valdres Strokes\"", False),
    ("October CMS backend locked out again, the club's webmaster reset it with: "
     "php artisan october:passwd «u» «pw»", False),
    ("Pimcore for the blood bus's poster archive, set up over SSH: vendor/bin/pimcore-install "
     "--admin-username «u» --admin-password «pw» --mysql-database posters --no-interaction", False),
    ("Ackee for the radio's listener stats, the compose line in the README: "
     "docker run -e ACKEE_USERNAME=«u» -e ACKEE_PASSWORD=«pw» electerious/ackee", False),
    ("NethServer user for the lifeboat station's shared files: api-cli run module/openldap1/add-user "
     "--data '{\"user\":\"«u»\",\"display_name\":\"Relief Cox\",\"password\":\"«pw»\"}'", False),
    ("EGroupware password change the rosemaling circle's admin scripted: php admin/admin-cli.php "
     "--change-pw sysop,$EGW_ADMIN_PW,«u»,«pw»", False),
    ("Kinetica query console for the crokinole ratings: kisql --host ratings-db --user «u» --password «pw» "
     "--file twenties.sql", False),
    ("ZincSearch for the radio's archive search, first run: ZINC_FIRST_ADMIN_USER=«u» "
     "ZINC_FIRST_ADMIN_PASSWORD=«pw» zincsearch", False),
    ("UrBackup on the blood bus depot's NAS, reset after nobody remembered it: "
     "urbackupsrv reset-admin-pw -a «u» -p «pw»", False),
    ("Seq log server at the lifeboat station, the engineer made a reader for the coxswains: "
     "seqcli user create -n «u» --password «pw» -r \"User (read only)\"", False),
    ("Yellowbrick load for the donation statistics, from the analyst's terminal: "
     "YBPASSWORD='«pw»' ybsql -h yb-stats -U «u» -d donations -f monthly.sql", False),
    ("HugeGraph backup of the crokinole players' match graph: hugegraph-tools --url http://graph:8080 "
     "--user «u» --password «pw» backup -t all -d /backups/matches", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "kvrocks_conf": "# kvrocks.conf on the radio's playout cache, the lines the night engineer changed\nbind 127.0.0.1\n"
                    "port 6666\nrequirepass «pw»\n# user «u» reads the queue",
    "vmauth_auth_yml": "# auth.yml for vmauth in front of the lifeboat station's metrics\nusers:\n"
                       "  - username: «u»\n    password: «pw»\n    url_prefix: http://victoria:8428",
    "kratos_yml": "# kratos.yml for the blood bus volunteers' sign-in, top of the file\n"
                  "dsn: postgres://«u»:«pw»@db:5432/kratos?sslmode=disable",
    "dagster_yaml": "# dagster.yaml, the crokinole ratings pipeline's storage\nstorage:\n  postgres:\n    postgres_db:\n"
                    "      username: «u»\n      password: «pw»\n      hostname: ratings-db",
    "umbraco_appsettings_json": "appsettings.json of the rosemaling circle's site, Unattended section:\n"
                                "\"Unattended\": { \"InstallUnattended\": true, \"UnattendedUserName\": \"«u»\", "
                                "\"UnattendedUserPassword\": \"«pw»\" }",
    "sendy_config_php": "// includes/config.php of the radio's newsletter Sendy install\n$dbHost = 'localhost';\n"
                        "$dbUser = '«u»';\n$dbPass = '«pw»';\n$dbName = 'sendy';",
    "cubejs_env": "# .env of the blood bus's Cube.js dashboard\nCUBEJS_DB_TYPE=postgres\nCUBEJS_DB_USER=«u»\n"
                  "CUBEJS_DB_PASS=«pw»",
    "hazelcast_client_yaml": "# hazelcast-client.yaml for the playout box\nhazelcast-client:\n  security:\n"
                             "    username-password:\n      username: «u»\n      password: «pw»",
    "gpload_yml": "# gpload control file that loads the donation sessions\nVERSION: 1.0.0.1\nDATABASE: donations\n"
                  "USER: «u»\nPASSWORD: «pw»\nHOST: gp-master",
    "kairosdb_conf": "# kairosdb.conf for the lifeboat station's engine sensors\n"
                     "kairosdb.datastore.cassandra.auth.user_name=«u»\nkairosdb.datastore.cassandra.auth.password=«pw»",
    "doltgres_config_yaml": "# config.yaml for Doltgres, the crokinole league's versioned results\nuser:\n"
                            "  name: «u»\n  password: «pw»\nlistener:\n  port: 5432",
    "quickwit_yaml": "# quickwit.yaml for the radio's log search\nversion: 0.8\n"
                     "metastore_uri: postgres://«u»:«pw»@meta-db:5432/quickwit",
    "seaweedfs_filer_toml": "# filer.toml on the blood bus's photo store\n[postgres2]\nenabled = true\n"
                            "username = \"«u»\"\npassword = \"«pw»\"",
    "manticore_conf": "# manticore.conf, the rosemaling pattern index\nsource patterns {\n  type = mysql\n"
                      "  sql_user = «u»\n  sql_pass = «pw»\n}",
    "axigen_cfg": "# Axigen's axigen.cfg, the storage account the radio's mail box uses\nserver {\n"
                  "  dbUser = \"«u»\"\n  dbPassword = \"«pw»\"\n}",
}
URL_CONFIGS = {"kratos_yml", "quickwit_yaml"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Crokinole board at the Legion is locked in the cupboard, combination-free now, the laptop for scoring opens with «pw»",
        "Grandma's rosemaling class laptop, she wrote the login on a tine box lid: «pw», we'll change it after the fair",
        "Text from my cousin working the Inupiat whaling-festival radio booth in Utqiagvik: the station wifi is «pw», don't share it with the tourists",
        "Menominee powwow committee's shared drive got a new password after the grant audit: «pw»",
        "Nez Perce horse-camp volunteer sign-up laptop, the kid typed it for me: «pw»",
        "Salish weaving class at the community college, the loom room's tablet unlocks with «pw»",
        "Bloodmobile coordinator texted: the tablet at the check-in table is «pw», tell the nurses it changed Monday",
        "Voice memo, overnight radio host: the playout computer password is «pw», if the automation stalls just log in and hit resume",
        "My dad's crokinole league email, he can never remember it, it's «pw», please don't laugh",
        "The lifeboat fundraiser's raffle laptop, password «pw», keep it in the cash box with the float",
        "Note on the fridge from my roommate: the streaming profile is ours now, password «pw», snacks are not ours",
        "Church rosemaling exhibit kiosk password, Pastor asked me to send it to you: «pw»",
        "Work-study student at the donation center, login for the appointment desk: «pw» (Mondays and Thursdays only)",
    ],
    "GB": [
        "Portree lifeboat crew room PC, the coxswain changed it after the refit: «pw»",
        "Hebrides knitting-and-crokinole night at the village hall, the booking laptop is «pw», tea urn is in the kitchen",
        "Blood donor session at the leisure centre, the session lead's tablet unlocks with «pw»",
        "Community radio studio B, the desk login the presenters share this term is «pw»",
        "Mum's new laptop, she wants you to set up the printer, password «pw», she says hello",
    ],
    "CA": [
        "Wawota crokinole tournament scoring laptop, the Legion president says it's «pw»",
        "Secwépemc language nest tablet, the Elders' recordings are on it, password «pw»",
        "Anishinaabe drum group shared account for the booking site, we use «pw» for now",
        "Haudenosaunee lacrosse-stick workshop sign-up computer at the friendship centre: «pw»",
    ],
    "AU": [
        "Yawuru ranger station laptop in Broome, the new login after the cyclone season: «pw»",
        "Gunditjmara eel-trap tour bookings, the office tablet is «pw», mate",
        "Dharug language class, the shared Zoom host account at the land council is «pw»",
    ],
    "NZ": [
        "Ngāi Tahu whānau reunion registration laptop at the marae, password «pw», koha jar is by the door",
        "Tūhoe kapa haka practice recordings are on the shared drive, password «pw», kia ora",
    ],
    "IN": [
        "Bhai, Sherdukpen festival ke stall ka tablet password «pw» hai, Rupa market ke paas wala",
        "Dindori ke Baiga chitrakala workshop mein jo purana grey laptop hai, uska login «pw» hai, sirf photos upload karne ke liye",
        "Blood donation camp ka registration laptop, password «pw», 9 baje se camp shuru",
        "Lahauli apple growers' cooperative account, password «pw», Keylong wale office mein likha hai",
    ],
    "PK": [
        "Mohana boat school ka laptop Manchar jheel pe, password «pw», bachon ko mat batana",
        "Radio station ki night shift, computer ka password «pw» hai, subah wala presenter change karega",
    ],
    "NG": [
        "Bachama cultural day committee laptop, Numan office, password na «pw», abeg no share am",
        "Blood drive for the teaching hospital, the registration tablet password is «pw», come early",
        "My brother's crokinole board shop Instagram, password «pw», post the new boards for him",
    ],
    "ZA": [
        "Bapedi heritage festival ticket tablet, password «pw», the gate opens at eight",
        "Vhavenda pottery co-op laptop in Thohoyandou, login «pw», please back up the orders",
    ],
    "KE": [
        "Mijikenda kaya elders' meeting minutes are on the laptop, password «pw», Kilifi office",
        "Sengwer community mapping tablet, password ni «pw», tafadhali usiipoteze",
    ],
    "PH": [
        "Blaan weaving co-op laptop sa Sarangani, password «pw», ingatan mo",
        "Mangyan school sa Mindoro, yung tablet ng library, password «pw»",
    ],
    "MX": [
        "Compas del turno de madrugada en la radio comunitaria de la sierra mixteca: la compu de cabina entra con «pw», y el transmisor no se toca",
        "El tablet del camión de donación de sangre, la clave es «pw», la enfermera la pide al entrar",
        "Torneo de crokinole en la casa de cultura, la compu de los resultados abre con «pw»",
    ],
    "PE": [
        "Tablet de la comunidad de Chopcca en Huancavelica, contraseña «pw», para registrar a los tejedores",
        "La radio del distrito, la computadora del turno de noche tiene la clave «pw»",
    ],
    "BO": [
        "Computadora del centro Guarayo en Ascensión, la contraseña es «pw», para las fotos del festival",
    ],
    "BR": [
        "Notebook da aldeia Yawalapiti no Xingu, senha «pw», quem usa anota no caderno",
        "Tablet do ônibus de doação de sangue, senha «pw», a coordenadora troca todo mês",
        "Quem fizer o plantão da madrugada na rádio comunitária da serra: o PC da mesa de som pede «pw», e o café fica na garrafa azul",
    ],
    "ES": [
        "El portátil del encuentro de silbo gomero en La Gomera, contraseña «pw», está en la escuela",
        "Los vaqueiros de alzada de la braña de Aristébano ya tienen correo común para la fiesta de agosto, la clave es «pw», no la pongáis en el grupo",
    ],
    "DE": [
        "Moin, för den Plattdeutsch-Leeskring in Aurich: de Laptop mit den Vörlees-Opnahmen geiht nu mit «pw» op, Heike hett dat ännert",
        "Crokinole-Abend im Gemeindehaus: das Tablet für die Punkteliste entsperrt ihr mit «pw»",
    ],
    "FR": [
        "L'ordinateur du club savoyard de crokinole à Annecy, mot de passe «pw», il est dans l'armoire",
        "Le portable de l'association niçoise pour la collecte de sang, mot de passe «pw»",
        "La tablette de l'école à Mayotte, les élèves mahorais l'utilisent, code d'accès «pw»",
    ],
    "TZ": [
        "Laptop ya ushirika wa Datooga huko Hanang, nenosiri ni «pw», usimwambie mgeni",
    ],
    "BW": [
        "Bakgalagadi craft co-op laptop in Tsabong, password «pw», keep it with the receipts",
        "The Bayei basket weavers' booking tablet in Maun, password «pw»",
    ],
    "RU": [
        "Ноутбук поморского клуба в Архангельске, пароль «pw», не меняйте без меня",
        "Компьютер мордовского ансамбля в Саранске, пароль «pw», записи песен там",
        "Планшет на станции переливания крови, пароль «pw», утром сдам смену",
    ],
    "AM": [
        "Molokan community archive laptop in Fioletovo, password «pw», the photos are in the folder by year",
    ],
    "JP": [
        "八丈太鼓の保存会で練習動画をまとめているノートパソコン、ログインは«pw»、公民館の棚にあります",
        "マタギ資料館の受付タブレット、パスワード«pw»、閉館後は充電して",
    ],
    "IT": [
        "Il portatile dell'associazione grica di Calimera, password «pw», è nell'armadio della sala",
    ],
    "TR": [
        "Çepni köy derneğinin bilgisayarı, şifre «pw», fotoğraflar masaüstünde",
    ],
    "PL": [
        "Laptop zespołu góralskiego z Podhala, hasło «pw», nagrania są w folderze wesele",
    ],
    "KR": [
        "강원도 산골 라디오 방송국 컴퓨터 비밀번호 «pw»",
    ],
    "VN": [
        "Chiếc máy tính lưu bài hát Mo Mường của hội văn hóa ở Hòa Bình, anh Tuấn đặt mật khẩu «pw», ai mượn thì ghi sổ",
    ],
}

PINS = [  # (region, template, length)
    ("US", "Crokinole hall's side door keypad changed after the tournament, the new code is «pw», the old one won't work", 4),
    ("CA", "Lifeboat shed key safe at the slipway: «pw», put the key back on the hook", 4),
    ("GB", "Blood bus cab lockbox, drivers only, code «pw», ring the depot if it sticks", 4),
    ("DE", "Die Tür zum Funkraum im Sender hat jetzt den Code «pw», bitte niemandem weitersagen", 4),
    ("BR", "O cadeado do armário das tintas do ateliê de rosemaling abre com «pw»", 4),
    ("IN", "Radio station transmitter hut ka lock, code «pw», night shift wale ko hi dena", 4),
    ("KR", "동호회 창고 도어락 비밀번호 «pw»", 6),
]
