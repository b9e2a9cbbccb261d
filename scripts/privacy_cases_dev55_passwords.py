"""The dev55 set's passwords (issue 51): its stems (gorodki and temari), the accounts its command
lines run as, the commands people paste (kanidm, typesense-server, RavenDB's server, zitadel, a
FortiGate's and an EdgeOS router's consoles, Univention's udm, grommunio-admin, OpenZiti's login,
bendsql, StarRocks, RisingWave, greptime, Shopware's and concrete5's consoles, Flectra, H3C Comware,
Arista EOS, Dell OS10 and NX-OS switches, parse-server, openGauss, dremio-admin, ttn-lw-stack,
Infinispan's cli, Apache James' james-cli and Open Liberty's securityUtility), the config files they
photograph (pgcat, Odyssey, PgDog, Casdoor, SuperTokens, iDempiere, Openbravo, InvoicePlane,
FOSSBilling, LedgerSMB, Tyk, APISIX, Axelor, Blesta and TeamPass), prose from 27 regions and PINs.
Passwords and PINs are made by dev19's ``password`` and ``pin``, imported, not copied.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["gorodki", "pushka", "vilka", "kolodets", "artilleriya", "pulemet", "rakushka", "serpik", "samolyot", "gorodok",
         "polukon", "kolenval", "chushka", "ladya", "bitstick", "konline", "gorodkibat", "figurka", "zaryad", "rusbat",
         "temari", "uwagake", "jigake", "yubinuki", "kikkou", "hishimari", "uroko", "kasane", "sekido", "kyokuten",
         "marikagari", "hinamari", "asanoha", "hoshimari", "gotenmari", "kasuri", "shinmari", "handwind", "kikutemari", "temarikit"]

ACCOUNTS = ["gorod_admin", "bita_ops", "temari_svc", "kagari_rw", "bookmobile_app", "lockgate_sync", "kennel_etl", "sledteam_api",
            "figura_bot", "thread_ro", "shelfbus_pos", "canal_ops"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("gorodki club's new sign-in box, first login from the clubhouse laptop: KANIDM_PASSWORD='«pw»' kanidm login -H "
     "https://idm.gorodki-club.lan -D «u»", False),
    ("bookmobile catalogue search, restarted after the van's inverter tripped: typesense-server --data-dir=/srv/shelves "
     "--api-key=«pw» --listen-port=8108", False),
    ("./Raven.Server --Security.Certificate.Path=/etc/ravendb/kennel.pfx --Security.Certificate.Password=«pw» "
     "--ServerUrl=https://0.0.0.0:443   # the musher's race-entry database, pasted by the vet volunteer", False),
    ("temari circle's members portal, cold start on the new VPS: zitadel start-from-init --masterkey \"«pw»\" "
     "--tlsMode disabled --config /etc/zitadel/temari.yaml", False),
    ("FortiGate at the lock-keepers' cottage, typed in over the serial cable: config system admin / edit «u» / "
     "set accprofile super_admin / set password «pw» / end", False),
    ("EdgeOS on the kennel's barn router, from the handover sheet: configure; set system login user «u» "
     "authentication plaintext-password «pw»; commit; save", False),
    ("udm users/user create --position \"cn=users,dc=canal,dc=intranet\" --set username=«u» --set lastname=Schleuse "
     "--set password=«pw»   # the winter relief lock-keeper", False),
    ("grommunio-admin passwd --password «pw»   # mail server for the gorodki federation, run by Seva before he flew out", False),
    ("OpenZiti for the sled-dog tracker collars: ziti edge login ctrl.frostline.lan:1280 -u «u» -p «pw» --yes", False),
    ("bendsql --host warehouse.bookmobile.lan --port 8000 --user «u» --password «pw» --query 'select count(*) from loans'",
     False),
    ("StarRocks FE console, after the temari kit orders moved over: SET PASSWORD FOR '«u»'@'%' = PASSWORD('«pw»');", False),
    ("RisingWave console on the canal sensor box, typed by the hydrology intern: CREATE USER «u» WITH PASSWORD '«pw»';", False),
    ("greptime standalone start --http-addr 0.0.0.0:4000 --user-provider=static_user_provider:cmd:«u»=«pw»  "
     "# lock water-level readings", False),
    ("The temari kit shop moved to Shopware over the holidays and the second admin was added from the server console: "
     "bin/console user:create «u» --admin --email=«e» --password=«pw» --firstName=Kasane", False),
    ("concrete/bin/concrete c5:install --db-server=localhost --db-username=«u» --db-password=«pw» --db-database=bookmobile "
     "--starting-point=atomik_blank --admin-email=«e»", False),
    ("flectra-bin -d kennel_books --db_host=localhost --db_user=«u» --db_password=«pw» --without-demo=all   "
     "# sled team's feed ledger", False),
    ("H3C switch in the canal depot, from the contractor's notes: system-view / local-user «u» class manage / "
     "password simple «pw» / service-type ssh", False),
    ("Arista at the club's streaming rack, config mode: username «u» privilege 15 role network-admin secret 0 «pw»", False),
    ("Dell OS10 leaf in the bookmobile garage: configure terminal ; username «u» password «pw» role sysadmin ; end ; "
     "write memory", False),
    ("NX-OS core at the mushing centre, pasted into the group chat by mistake: username «u» password 0 «pw» role "
     "network-admin", False),
    ("parse-server --appId gorodki-scores --masterKey «pw» --databaseURI mongodb://localhost:27017/scores --port 1337", False),
    ("openGauss on the temari circle's archive box, the DBA's sticky note: CREATE USER «u» WITH PASSWORD '«pw»';", False),
    ("dremio-admin set-password -u «u» -p «pw»   # the canal authority's dashboard, after the audit locked us out", False),
    ("The Things Stack for the kennel's LoRa gate sensors: ttn-lw-stack is-db create-admin-user --id «u» --email «e» "
     "--password «pw»", False),
    ("bin/cli.sh user create «u» -p «pw» -g admin   # Infinispan cache for the bookmobile holds queue", False),
    ("james-cli -h 127.0.0.1 -p 9999 AddUser «e» «pw»   # new mailbox for the lock-keepers' rota", False),
    ("securityUtility encode --encoding=aes «pw»   # Open Liberty keystore for the gorodki league's ranking app, "
     "from Dmitri's runbook", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "pgcat_toml": "pgcat.toml on the bookmobile's pooler: [pools.circulation.users.0] / username = \"«u»\" / "
                  "password = \"«pw»\" / pool_size = 9",
    "odyssey_conf": "odyssey.conf from the kennel server, storage block: storage \"postgres_server\" { type \"remote\" "
                    "host \"127.0.0.1\" } ... database \"racing\" { user \"«u»\" { password \"«pw»\" } }",
    "pgdog_users_toml": "users.toml, PgDog in front of the canal telemetry db: [[users]] / name = \"«u»\" / "
                        "database = \"locks\" / password = \"«pw»\"",
    "casdoor_app_conf": "Casdoor's conf/app.conf for the temari circle's single sign-on: driverName = mysql / "
                        "dataSourceName = «u»:«pw»@tcp(localhost:3306)/",
    "supertokens_config_yaml": "SuperTokens core config.yaml, gorodki league sign-ins: postgresql_connection_uri: "
                               "\"postgresql://«u»:«pw»@localhost:5432/league\"",
    "idempiere_env_properties": "idempiereEnv.properties on the sled-team supply ERP: ADEMPIERE_DB_USER=«u» / "
                                "ADEMPIERE_DB_PASSWORD=«pw» / ADEMPIERE_DB_NAME=kennel",
    "openbravo_properties": "Openbravo.properties, the bookmobile's purchasing: bbdd.user=«u» / bbdd.password=«pw» / "
                            "bbdd.sid=shelves",
    "invoiceplane_ipconfig": "ipconfig.php of the lock-keepers' InvoicePlane: DB_HOSTNAME=localhost / DB_USERNAME=«u» / "
                             "DB_PASSWORD=«pw» / DB_DATABASE=ip_canal",
    "fossbilling_config_php": "FOSSBilling config.php for the temari kit subscriptions: 'db' => [ 'type' => 'mysql', "
                              "'user' => '«u»', 'password' => '«pw»', ]",
    "ledgersmb_yaml": "ledgersmb.yaml in the gorodki club's books container: db: / connect_data: / user: «u» / "
                      "password: «pw» / host: postgres",
    "tyk_conf": "tyk.conf on the kennel's booking API gateway: \"listen_port\": 8080, \"secret\": \"«pw»\", "
                "\"node_secret\": \"see vault\", \"use_db_app_configs\": false   (user «u»)",
    "apisix_config_yaml": "APISIX config.yaml for the canal booking site: deployment: / admin: / admin_key: / - name: «u» / "
                          "key: «pw» / role: admin",
    "axelor_config_properties": "axelor-config.properties, the bookmobile fleet's workshop app: db.default.user = «u» / "
                                "db.default.password = «pw»",
    "blesta_config_php": "Blesta's config/blesta.php for the mushing tour bookings: 'database' => 'blesta', 'user' => "
                         "'«u»', 'pass' => '«pw»',",
    "teampass_settings_php": "TeamPass includes/config/settings.php on the lock office box: define(\"DB_USER\", \"«u»\"); "
                             "define(\"DB_PASSWD\", \"«pw»\");",
}

URL_CONFIGS = {"casdoor_app_conf", "supertokens_config_yaml"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Coach Trudy here: the gorodki club tablet that keeps the throw counts unlocks with «pw», please stop changing it mid-tournament",
        "Voice memo from the bookmobile: the county laptop in the back drawer, login «pw», and the hotspot's taped under the step",
        "My Lenape language class shares one Zoom host account; the host key page wants «pw» replaced before Thursday",
        "dad the kennel camera app password is «pw» and the dogs are fine, Juniper only ate half her kibble",
        "Shawnee heritage day signup sheet lives in the shared drive, drive password «pw», do not forward to the whole tribe list",
        "Pomo basket weavers' market: the card reader's owner PIN is on the box, the app password is «pw»",
        "For the Miwok acorn camp the rented van's infotainment asks for «pw» before it'll pair a phone, weird but true",
        "Washoe language nest: the classroom tablet with the toddlers' song recordings opens with «pw», grown-ups only",
        "the lock on the temari supply cabinet at the senior center is a keypad but the inventory spreadsheet wants «pw»",
        "Hualapai river trip booking site, staff side, user is the front desk email and password «pw»",
        "note to self: the snowblower dealer's service portal password got reset to «pw» after the recall letter",
        "Luanne, thanks for sitting tonight: the twins may beg for the cartoon tablet, the router in the basement den wants «pw», lights out by eight",
        "Yakama fish-count volunteers, the shared tablet login is «pw», please log your counts before leaving the ladder",
    ],
    "GB": [
        "Lock-keeper's handover, Kennet: the flight-of-locks office PC password is «pw», the paddle keys are on the hook",
        "Morning all, the narrowboat hire firm's booking login is «pw», please don't book Lock 54 on a Sunday",
        "Bookmobile Wednesday round: the issuing laptop wants «pw» now, IT rang me at half seven to say so",
        "Gran, your new tablet's password is «pw» and I've put the crossword app on the front screen",
        "For the village hall temari workshop the projector laptop is «pw», the HDMI lead's in the blue crate",
    ],
    "CA": [
        "Heiltsuk canoe journey crew: the support boat's chartplotter account is «pw», ask Euclide before changing routes",
        "Yukon kennel update: the race GPS dashboard login is «pw», please only the handlers",
        "Tahltan language app beta, our shared tester password is «pw», report crashes in the group",
        "Wendat craft night: the card-reader account for the temari sales table uses «pw», merci",
    ],
    "AU": [
        "Gurindji walk-off anniversary, Kalkaringi: the coach company's booking screen in the office opens with «pw», write the names in the book too",
        "Larrakia ranger tablet login is «pw», charge it in the ute overnight",
        "Bundjalung language camp Wi-Fi is «pw», kids get it after lunch only",
    ],
    "IN": [
        "Warli painting workshop ke liye studio laptop ka password «pw» hai, Prisha ko mat batana",
        "Rabari embroidery co-op: the inventory app password changed to «pw», ask Naveen bhai before printing tags",
        "Soliga honey collectors' accounts tablet, login «pw», please note every kilo",
        "Oraon church choir YouTube channel password «pw» hai, Sunday ke baad change karenge",
    ],
    "PK": [
        "Kohistani shawl order wali website ka admin password «pw» hai, Qasid se confirm kar lena",
        "Kalash festival photos ki drive ka password «pw» hai, Chilam Joshi ke baad hi share karna",
    ],
    "NG": [
        "Abeg, for the Yaba gorodki tournament the gate POS password na «pw», no give am to any boy wey dey hang around the pitch",
        "Oga said make I remind you say the shop tablet password don change to «pw» since Monday",
        "For the mission school bookmobile, the library laptop password is «pw», e dey inside the red file",
    ],
    "ZA": [
        "Griqua heritage choir, the sound desk laptop password is «pw», sharp sharp",
        "Lobedu rain queen festival booking portal, staff login «pw», don't share on the family group",
    ],
    "KE": [
        "Ogiek honey co-op M-Pesa till is fine, but the bookkeeping app password ni «pw», usiwaambie wengine",
        "Elmolo fishing boats' GPS tracker app, login «pw», Winny anaijua pia",
    ],
    "PH": [
        "Bontoc rice terraces homestay, yung booking app password ay «pw», pakisabi kay Kristen",
        "Yakan weaving co-op FB page password is «pw» na, wag ipost sa GC",
    ],
    "MX": [
        "La contraseña del portal de la cooperativa comcáac de artesanías es «pw», no la compartas con los turistas",
        "Kumiai, feria del vino de Guadalupe: la tablet de cobros abre con «pw», Leobardo ya la cambió",
        "Para la radio comunitaria náayeri, la clave de la computadora de cabina es «pw»",
    ],
    "PE": [
        "Islas de los Uros, la laptop del hospedaje tiene la clave «pw», no la pongas en el grupo",
        "Para vender los tejidos q'ero en la feria de Cusco abrimos un correo; Yoselin le puso de contraseña «pw» y la anotó en el cuaderno de cuentas",
    ],
    "BO": [
        "Proyecto de salud tsimané: la clave de la tablet de registro es «pw», cárgala antes del viaje en bote",
    ],
    "BR": [
        "Na escola da aldeia munduruku do Tapajós o notebook que gravou os cantos dos anciãos agora pede «pw», o professor Gilvan trocou",
        "No Kuarup do Alto Xingu os jornalistas ficam no barracão de palha; a rede da antena de satélite dos kuikuro tem a senha «pw»",
        "Biblioteca sobre rodas, a senha do sistema de empréstimo no ônibus agora é «pw»",
    ],
    "ES": [
        "En la quesería pasiega de Vega de Pas cambiamos el datáfono; para cobrar los sobaos hay que meter «pw» al encenderlo",
        "En el mesón de cocido maragato de Castrillo, el portátil de las reservas de los domingos lleva la clave «pw», que nadie la cambie sin avisar a Ramis",
    ],
    "DE": [
        "Liebe Werferinnen und Werfer, der Laptop im Container am Gorodki-Feld an der Nahle startet jetzt nur noch mit «pw», nicht an die Tür kleben",
        "Schleusenwärter-Übergabe: Der Rechner im Schleusenhaus hat das Kennwort «pw», der Schlüssel hängt links",
    ],
    "FR": [
        "Chorale béarnaise : le mot de passe de l'ordinateur de la salle des fêtes est «pw», merci Foulques",
        "Bibliobus du canton, tournée du jeudi : le portable de prêt demande «pw» depuis la mise à jour",
    ],
    "ML": [
        "Chez les femmes minianka de Koutiala, la tablette qui compte les sacs de beurre de karité s'ouvre avec «pw», gardez-le pour le bureau",
    ],
    "BW": [
        "Hambukushu basket weavers' shop laptop, password «pw», Okavango orders only",
    ],
    "RU": [
        "Пароль от ноутбука в клубе городков теперь «pw», не пишите его в общий чат",
        "Корякский ансамбль: пароль от почты для заявок на фестиваль «pw»",
        "Юкагирская школа в тундре, пароль от планшета учителя «pw», Вячеслав знает",
    ],
    "AM": [
        "Pilot Matenadaran tour desk: the ticket tablet's password is «pw», Armen has the charger",
    ],
    "JP": [
        "てまりの会のパソコンのパスワードは«pw»です、次回の糸染めの前に変えます",
        "移動図書館バスのノートPC、パスワードは«pw»、運転席の後ろ",
    ],
    "IT": [
        "Comunità arbëreshë, la password del computer della pro loco per la festa di maggio è «pw», non giratela",
    ],
    "TR": [
        "Kanal kilit bekçisinin ofis bilgisayarının şifresi «pw», Şennur Hanım biliyor",
    ],
    "PL": [
        "Hasło do laptopa w bibliobusie to teraz «pw», nie zapisujcie go na kartce przy kierownicy",
    ],
    "KR": [
        "해녀 학교 사무실 컴퓨터 비밀번호는 «pw» 입니다",
    ],
    "VN": [
        "Mật khẩu máy tính của câu lạc bộ đan len ở nhà văn hóa là «pw», đừng gửi vào nhóm",
    ],
}

PINS = [  # (region, template, length)
    ("US", "Kennel gate keypad for the dawn feed crew is «pw», the musher changes it after every race weekend", 4),
    ("CA", "bookmobile lockbox code «pw», keys for the diesel heater inside", 4),
    ("GB", "Lock-keeper's cottage alarm: key in «pw» within thirty seconds or the canal trust gets a call", 4),
    ("DE", "Der Code für den Schlüsselkasten am Gorodki-Platz ist «pw», die Bits liegen im Schuppen", 4),
    ("BR", "O cadeado do baú de livros que o barco-biblioteca deixa na comunidade ribeirinha abre com «pw»", 4),
    ("IN", "Temari waali almari mein reshmi dhaage aur sui rakhi hain, number lock ka code «pw» hai, Radha didi ko hi pata hai", 4),
    ("KR", "템마리 공방 도어락 번호 «pw»", 6),
]
