"""Passwords of the dev59 privacy set (``privacy_cases_dev59.py``): the stems its people make them
from (jianzi's shuttlecocks, feathers and kicks, sprang's warps, twists and frames), the accounts command
lines run as, the commands people paste (tools no earlier set names: TeslaMate, deCONZ, CedarDB,
tinyauth, Supavisor, OpenFGA, SpiceDB, ArangoDB, Logto, Mailpit and TrailBase; and tools an earlier set
names, each with its password in a command, flag or variable no earlier set used with it: Syncthing's
generate --gui-password, chisel client --auth, microsocks -u/-P, vikunja user create, ntfy's
NTFY_PASSWORD, Gotify's GOTIFY_DEFAULTUSER_PASS, SFTPGo's SFTPGO_DEFAULT_ADMIN_PASSWORD and Keycloak's
KC_BOOTSTRAP_ADMIN_PASSWORD), config files (formats no earlier set names: ArangoDB's arangosh.conf,
OpenFGA's config.yaml, Logto's .env, Mailpit's UI auth file, TrailBase's config.textproto, Supavisor's
.env, TeslaMate's .env, CedarDB's compose file, deCONZ's compose file, Opengist's config.yml and
Mathesar's .env) and prose from 28 regions, and PINs, each line written as a message from a particular
person in a particular situation. Passwords are made by dev19's ``password()`` and ``pin()`` with this
set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["jianzi", "jianqiu", "featherdisc", "gooseplume", "washerstack", "panjianti", "guaiti", "bengti", "ketijian",
         "instepkick", "heelflick", "kneebounce", "shuttlerally", "circlekick", "parkring", "plumecount", "dropshot",
         "rubberbase", "netjianzi", "fourfeathers",
         "sprang", "warpframe", "shedstick", "interlink", "interlace", "meetingline", "safetycord", "twistrow",
         "plyingstick", "sprangbag", "hairnet", "lineninterlink", "warpcount", "overtwist", "sprangsash", "loomrod",
         "fingerlift", "slackwarp", "chainedge", "sprangcoif"]
ACCOUNTS = ["pantry_lead", "bedsnight", "toadwarden", "scout_qm", "kickcaptain", "warpkeeper", "parcelcount",
            "dinghyrota", "shelterdesk", "newtlog", "featherbox", "frameroom"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password the way this set's people make them: a stem, digits and a symbol now and then."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Car club treasurer moving his Tesla logger to the Pi, pasted this to ask why it loops: "
     "docker run -d -e DATABASE_USER=«u» -e DATABASE_PASS=«pw» -e DATABASE_HOST=db teslamate/teslamate", False),
    ("The toad patrol's Zigbee gate sensors run on a ConBee; our lead set the remote screen with "
     "docker run -d --name deconz -e DECONZ_VNC_MODE=1 -e DECONZ_VNC_PASSWORD=«pw» deconzcommunity/deconz", False),
    ("Testing the new analytics box for the food bank's stock history: "
     "docker run --rm -p 5432:5432 -e CEDAR_USER=«u» -e CEDAR_PASSWORD=«pw» cedardb/cedardb", False),
    ("Shelter intranet gets a login wall tonight, I ran "
     "tinyauth user create --username «u» --password «pw» and pasted the hash into the compose file", False),
    ("Supavisor tenant for the scouts' booking DB, the call that finally worked: curl -X PUT http://localhost:4000/api/tenants/boatlog "
     "-d '{\"tenant\": {\"db_host\": \"db\", \"users\": [{\"db_user\": \"«u»\", \"db_password\": \"«pw»\", \"pool_size\": 9}]}}'", False),
    ("Parcel permissions service: openfga run --datastore-engine postgres "
     "--datastore-uri 'postgres://«u»:«pw»@localhost:5432/openfga?sslmode=disable'", True),
    ("Who-can-see-which-case rules for the shelter, the serve line from my notes: spicedb serve --datastore-engine postgres "
     "--datastore-conn-uri \"postgres://«u»:«pw»@pg:5432/spicedb\"", True),
    ("Jianzi league's graph of who played whom lives in Arango now; the root login is set with "
     "docker run -d -p 8529:8529 -e ARANGO_ROOT_PASSWORD=«pw» arangodb", False),
    ("Weavers' archive migration night, the treasurer typed: arangosh --server.endpoint tcp://127.0.0.1:8529 "
     "--server.username «u» --server.password «pw» --server.database patterns", False),
    ("Sign-in for the volunteers' portal, started from the Logto folder: "
     "DB_URL=postgres://«u»:«pw»@localhost:5432/logto npm start", True),
    ("Food bank's mail test box, so the newsletter drafts aren't public: "
     "MP_UI_AUTH=\"«u»:«pw»\" mailpit --listen 0.0.0.0:8025", False),
    ("Same Mailpit but it must accept the shelter app's SMTP login too: "
     "MP_SMTP_AUTH=\"«u»:«pw»\" MP_SMTP_AUTH_ALLOW_INSECURE=true mailpit", False),
    ("Reset for the toad count app's admin after the handover: "
     "trail user change-password «e» «pw»", False),
    ("Syncthing on the scout hut's NUC, set up headless: "
     "syncthing generate --home=/srv/st --gui-user=«u» --gui-password=«pw»", False),
    ("Tunnel home from the sea scouts' boathouse laptop: "
     "chisel client --auth «u»:«pw» https://tunnel.harbourside-seascouts.org R:2222:localhost:22", False),
    ("SOCKS proxy for the shelter's old tablet, on the router: "
     "microsocks -i 0.0.0.0 -p 1080 -u «u» -P «pw»", False),
    ("Task board for the jianzi tournament crew, first user made on the server with "
     "vikunja user create -u «u» -p «pw» -e «e»", False),
    ("Push alerts for when the shelter runs out of beds, admin made like this: "
     "NTFY_PASSWORD=«pw» ntfy user add --role=admin «u»", False),
    ("Gotify for the toad crossing's frost warnings: "
     "docker run -p 8080:80 -e GOTIFY_DEFAULTUSER_NAME=«u» -e GOTIFY_DEFAULTUSER_PASS=«pw» gotify/server", False),
    ("File drop for the sprang guild's scans, first run: "
     "SFTPGO_DEFAULT_ADMIN_USERNAME=«u» SFTPGO_DEFAULT_ADMIN_PASSWORD=«pw» sftpgo serve", False),
    ("Single sign-on trial for the food bank's three apps: "
     "KC_BOOTSTRAP_ADMIN_USERNAME=«u» KC_BOOTSTRAP_ADMIN_PASSWORD=«pw» bin/kc.sh start-dev", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "arangosh_conf": ("arangosh.conf on the guild's archive box, so nobody types it each time:\n"
                      "[server]\nendpoint = tcp://127.0.0.1:8529\nusername = «u»\n"
                      "password = «pw»"),
    "openfga_yaml": ("openfga config.yaml from the parcel permissions repo:\n"
                     "datastore:\n  engine: postgres\n"
                     "  uri: postgres://«u»:«pw»@pantry-db:5432/openfga"),
    "logto_env": ("Logto's .env on the volunteers' portal host:\n"
                  "ENDPOINT=https://login.eastgate-foodbank.org\nDB_URL=postgres://«u»:«pw»@localhost:5432/logto"),
    "mailpit_auth": ("mailpit-ui.auth, the file the shelter's test mail box reads with --ui-auth-file:\n"
                     "«u»:«pw»"),
    "trailbase_textproto": ("TrailBase traildepot/config.textproto, the e-mail block for the toad count app:\n"
                            "email {\n  smtp_host: \"smtp.lanecrossing-toadpatrol.org\"\n  smtp_username: \"«u»\"\n"
                            "  smtp_password: \"«pw»\"\n}"),
    "supavisor_env": ("Supavisor .env on the scouts' database box:\n"
                      "DATABASE_URL=ecto://«u»:«pw»@localhost:6432/supavisor\nREGION=local"),
    "teslamate_env": ("TeslaMate .env the car club shares for new members' Pis:\n"
                      "DATABASE_USER=«u»\nDATABASE_PASS=«pw»\nDATABASE_NAME=teslamate"),
    "cedardb_compose": ("CedarDB service in the food bank's compose.yaml:\n"
                        "    environment:\n      CEDAR_USER: «u»\n      CEDAR_PASSWORD: «pw»"),
    "deconz_compose": ("deCONZ block of the toad patrol's docker-compose.yml (gate sensors):\n"
                       "    environment:\n      - DECONZ_VNC_MODE=1\n      - DECONZ_UPNP=0\n      # owner «u»\n"
                       "      - DECONZ_VNC_PASSWORD=«pw»"),
    "opengist_yml": ("Opengist config.yml for the sprang guild's pattern snippets:\n"
                     "db-uri: postgres://«u»:«pw»@localhost:5432/opengist\nhttp.port: 6157"),
    "mathesar_env": ("Mathesar .env for the shelter's bed records, photo of the screen:\n"
                     "POSTGRES_USER=«u»\nPOSTGRES_PASSWORD=«pw»\nPOSTGRES_HOST=db"),
}
URL_CONFIGS = {"openfga_yaml", "logto_env", "supavisor_env", "opengist_yml"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Voice memo from Dolores at the Sheboygan food bank: the walk-in freezer's keypad app wants «pw», say it slow for the new guy",
        "The Paducah night shelter's donated laptop still logs in with «pw», I wrote it on the intake binder's inside cover",
        "Kickers, the gym's wifi at the Yakima rec center for Saturday's jianzi clinic is «pw», coach Lupe says don't post it",
        "Tupelo toad patrol: the trail camera app password is «pw», Jimmy set it up before he moved",
        "sprang group text from Bisbee: library computer login for the scanner is «pw», bring your own USB stick",
        "Presque Isle sea scouts, the boathouse alarm panel code word for the monitoring company is «pw», only leaders",
        "grandma's text from Kalispell: honey the food pantry tablet password is «pw» and the charger is behind the canned peas",
        "Lubbock shelter overnight staff: new password for the bed count sheet is «pw», old one stops working at midnight",
        "From our Sandpoint jianzi chat: the club Instagram is back, login «pw», Marisol changed it after the hack",
        "Chillicothe toad night, the county parks volunteer portal is «pw» for the shared account, hours go in Monday",
        "note to self, Two Harbors sea scout canoe shed: the padlock app account password «pw», battery on the lock dies in cold",
    ],
    "GB": [
        "Todmorden sprang circle: the community centre's booking login is «pw», Wendy's asked us to book the back room ourselves",
        "Rhyl food bank rota: warehouse PC password is «pw», please log off, the vouchers printer jams otherwise",
        "Louth toad patrol, this year's crossing-count site login is «pw», the bucket tally goes in by 10pm",
        "Sea scouts at Brixham, the safety boat's chartplotter account is «pw», don't update it mid-season again",
        "Voice note from the Stockport winter beds project: that wobbly donated ThinkPad opens with «pw», don't let the guests charge phones off it",
    ],
    "CA": [
        "Tofino sea scouts' kayak shed tablet password is «pw», leaders only, the kids know the old one",
        "Kenora shelter night desk: the bed-board login changed to «pw», Denise will tell the day crew",
        "Antigonish food bank, the delivery van's GPS account is «pw», Gerry keeps forgetting it",
        "Moose Jaw jianzi club, the gym door app password is «pw» for Sunday sessions",
    ],
    "AU": [
        "Swan Hill food relief, the cool room logger's app is «pw», Bev says check it at close",
        "Esperance night shelter laptop password's «pw», mate, and the printer's on the hallway shelf",
    ],
    "NZ": [
        "Greymouth sea scouts: the boat shed camera login is «pw», the old one's gone since the flood",
        "Taumarunui toad and frog count, the DOC volunteer tablet opens with «pw», charge it overnight eh",
    ],
    "IN": [
        "Kolhapur food bank WhatsApp: godown computer ka password «pw» hai, ration list print karke rakhna",
        "Dharwad jianzi kids' camp, the school lab PC login is «pw», sir said after 4 pm only",
        "Tezpur night shelter register tablet, password «pw», please don't let the night guard install games",
        "Kozhikode sea scouts, the rescue boat radio app password is «pw», DCP sir will check on Sunday",
    ],
    "PK": [
        "Mandi Bahauddin langar khana ke laptop ka password «pw» hai, donation sheet wahin hai",
        "Khaplu scouts' boat trip, the hostel wifi password is «pw», Saturday subah sab ready rehna",
    ],
    "NG": [
        "Ijebu-Ode food bank: store laptop password na «pw», abeg no change am again",
        "Calabar shelter ops, the bed register on the tablet opens with «pw», Sister Ekaette said share with night staff only",
        "Bauchi jianzi club, the hall booking app login is «pw» for now",
    ],
    "GH": [
        "Hohoe night shelter, the donors' spreadsheet password is «pw», Auntie Esi will update the figures on Friday",
    ],
    "ZA": [
        "Tulbagh soup kitchen, the stock tablet's password is «pw», the padlock key is with Tannie Marlene",
        "Bronkhorstspruit sea scouts at the dam, the club boat GPS account is «pw», ja, leaders only",
    ],
    "KE": [
        "Kakamega food bank store, computer password ni «pw», tafadhali usiibadilishe",
        "Kerugoya night shelter, the M-Pesa till records laptop opens with «pw», Mama Wambui knows",
    ],
    "PH": [
        "Roxas City community pantry, yung laptop password ay «pw», paki-log out pagkatapos",
        "Vigan sea scouts, the boat house wifi is «pw», para sa mga leaders lang",
        "Tacloban shelter night shift, bed list tablet password «pw», huwag ipamigay",
    ],
    "ID": [
        "Bukittinggi lumbung pangan, password laptop gudang «pw», jangan diganti ya",
    ],
    "MX": [
        "Banco de alimentos de Sombrerete: la contraseña de la compu del almacén es «pw», no la cambien por favor",
        "Apizaco, club de jianzi: la clave del gimnasio en la app es «pw», solo domingos",
    ],
    "PE": [
        "Huancayo, albergue nocturno: la contraseña de la tablet de camas es «pw», la hermana Rosa la tiene anotada",
    ],
    "BR": [
        "Passo Fundo, banco de alimentos: a senha do computador do depósito é «pw», não mudem sem avisar a Dona Cida",
        "Juazeiro, escoteiros do mar: a senha do tablet do barco é «pw», só chefes",
    ],
    "ES": [
        "Alcañiz, comedor y albergue: la contraseña del portátil de recepción es «pw», apuntadla en la libreta azul",
    ],
    "DE": [
        "Gütersloh Tafel: das Passwort vom Lager-PC ist «pw», bitte nicht ändern ohne Bescheid",
        "Quedlinburg Krötenzaun: Passwort für die Zähl-App ist «pw», Eimer um sechs kontrollieren",
    ],
    "FR": [
        "Cahors, banque alimentaire : le mot de passe du PC de l'entrepôt est «pw», ne le changez pas",
        "Tourcoing, accueil de nuit : code de la tablette des lits «pw»",
    ],
    "IT": [
        "Potenza, banco alimentare: la password del computer del magazzino è «pw», non cambiatela",
    ],
    "PL": [
        "Tarnów, bank żywności: hasło do komputera w magazynie to «pw»",
    ],
    "SE": [
        "Härnösand, härbärget: lösenordet till sängtavlan är «pw», säg till nattpersonalen",
    ],
    "NO": [
        "Brønnøysund sjøspeidere: passordet til naustets nettbrett er «pw», bare for ledere",
    ],
    "JP": [
        "地元のフードバンク、倉庫PCのパスワードは«pw»です",
        "夜回りのシェルター、タブレットは«pw»",
    ],
    "KR": [
        "우리 동네 푸드뱅크 창고 컴퓨터 비밀번호는 «pw» 입니다",
    ],
    "CN": [
        "我们毽球队群里说场馆密码是«pw»",
    ],
    "IE": [
        "Castlebar sea scouts, the boat shed's tablet password is «pw», and the kettle's fixed, says the Tuesday crew",
    ],
    "TR": [
        "Eskişehir gıda bankası: depo bilgisayarının şifresi «pw», lütfen değiştirmeyin",
    ],
}

PINS = [  # (region, template, length)
    ("NZ", "Greymouth sea scouts, the keysafe by the slipway for the rescue dinghy has PIN «pw», hang the key on the red hook", 4),
    ("CA", "Tofino kayak shed key lock, PIN «pw», tell only the leaders", 4),
    ("KR", "우리 동네 푸드뱅크 창고 도어락 «pw»", 6),
    ("GB", "Rhyl food bank van key safe, code «pw»", 4),
    ("DE", "Gütersloh Tafel, Schlüsselkasten am Lager, PIN «pw»", 4),
    ("BR", "Passo Fundo, o cadeado com segredo do depósito das cestas básicas abre com «pw», quem fechar por último confere", 4),
    ("IN", "Kolhapur godown lock PIN «pw»", 4),
    ("US", "Paducah shelter staff room lockbox PIN is «pw» till Friday's change", 4),
]
