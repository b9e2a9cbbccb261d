"""Passwords of the dev62 privacy set (``privacy_cases_dev62.py``): the stems its people make them
from (jorkyball's cage, glass walls and two-a-side games, kokedama's moss balls, akadama and twine), the
accounts command lines run as, the commands people paste (tools no earlier set names: Huly, Homarr,
Dkron, Countly, TigerBeetle, InstantDB, AutoMQ, Bufstream, ElasticMQ, RobustMQ, Filestash, Pingvin Share,
Spacebar, openWB, Dashy, Convos, Crafty Controller, Dagu, Convex, Kiwix and Karakeep), config files
(formats no earlier set names: Dashy's conf.yml, Dagu's config.yaml, Homarr's .env, Countly's
config.js, Filestash's config.json, Convos' .env, Crafty's config.json, Karakeep's .env, Huly's .env,
RobustMQ's server.toml and AutoMQ's server.properties) and prose from 28 regions, and PINs, each line
written as a message from a particular person in a particular situation. Passwords are made by dev19's
``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["jorkyball", "jorkycage", "jorkyduo", "cagegoal", "wallbounce", "jorkypitch", "twoontwo", "cagerebound", "jorkyglass",
         "turfcage", "jorkykeeper", "sidewallshot", "jorkyrally", "backwallpass", "cagecorner", "jorkyserve", "glasswall",
         "jorkyleague", "cagevolley", "jorkysweep",
         "kokedama", "mossball", "akadama", "ketosoil", "stringbound", "sheetmoss", "hangingmoss", "kokeball", "fernball",
         "soakbowl", "mossywrap", "peatcore", "twinewrap", "kokestring", "mistbottle", "bonsaisoil", "kokeshadow", "mosshanger",
         "ballfern", "stringgarden"]
ACCOUNTS = ["cage_booker", "jorky_ref", "moss_winder", "swiftbox_lead", "mothtrap_log", "starparty_host",
            "coldwater_log", "akadama_store", "kokedama_class", "swift_counts", "moth_records", "buoy_keeper"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them: dev19's ``password`` with this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Our jorkyball captain moved the team's sprint board off spreadsheets; what he ran on the club's mini PC, copied from his terminal: "
     "SERVER_SECRET=cage MONGO_URL=mongodb://«u»:«pw»@mongo:27017 docker compose -f huly.yml up -d", True),
    ("The kokedama workshop tablet's start page, set up by my niece, the line she left in the notes app: "
     "docker run -d -p 7575:7575 -e SECRET_ENCRYPTION_KEY=«u» -e AUTH_PROVIDERS=credentials -e DEFAULT_PASSWORD='«pw»' ghcr.io/homarr-labs/homarr", False),
    ("Swift survey volunteers' nightly job that pulls the nest-box camera clips, started on the church hall laptop: "
     "dkron agent --server --bootstrap-expect=1 --basic-auth-user «u» --basic-auth-password '«pw»'", False),
    ("Moth trap group's web stats for the records page, the first-run line from the county recorder's notebook: "
     "COUNTLY_CONFIG__MONGODB=mongodb://«u»:«pw»@mongo.lan/countly countly start", True),
    ("Dark-sky society's ledger for telescope hire deposits, the line the treasurer's grandson pasted to the committee: "
     "tigerbeetle start --addresses=3000 --cluster-admin=«u» --cluster-admin-password='«pw»' 0_0.tigerbeetle", False),
    ("Wild swimming group's tide-and-temperature app backend, as the lifeguard-turned-coder ran it on the café's server: "
     "DATABASE_URL=postgres://«u»:«pw»@localhost:5432/instant npx instant-cli start --local", True),
    ("Jorkyball league's results stream, the broker start line from the volunteer's shell history: "
     "bin/automq-kafka-start.sh --override sasl.plain.username=«u» --override sasl.plain.password='«pw»'", False),
    ("Kokedama shop's order events, the broker the owner's son set up on a spare box, his command copied into chat: "
     "bufstream serve --config bufstream.yaml --admin-user «u» --admin-password '«pw»' --admin-email «e»", False),
    ("Swift survey's photo-upload queue, run on the parish office PC after the last volunteer left: "
     "java -Delasticmq.auth.user=«u» -Delasticmq.auth.secret='«pw»' -jar elasticmq-server-all.jar", False),
    ("Moth recorders' light-trap sensors feed into a broker on the allotment shed Pi, the line taped inside its case: "
     "robust-server --conf config/server.toml --admin-user «u» --admin-password '«pw»'", False),
    ("Dark-sky group's shared astrophotos, the file browser the chair's husband runs, his one-liner from the wiki: "
     "docker run -d -p 8334:8334 -e ADMIN_USER=«u» -e ADMIN_PASSWORD='«pw»' machines/filestash", False),
    ("Wild swimmers' big video files go through a share link tool, the admin created with: "
     "docker exec pingvin-share node ./dist/cli.js create-admin --username «u» --password '«pw»'", False),
    ("Jorkyball club's own chat server, the Discord-like one, the first account made from the CLI by the secretary: "
     "spacebar-cli register --username «u» --email «e» --password '«pw»' --instance chat.local", False),
    ("Kokedama grower's greenhouse charger controller, the first login fixed by her brother-in-law over ssh: "
     "sudo -u pi /var/www/html/openWB/runs/setWebPassword.sh «u» '«pw»'", False),
    ("Swift box map dashboard on the village hall screen, the auth line added by the tech volunteer: "
     "docker run -d -p 4000:8080 -e DASHY_USER=«u» -e DASHY_PASSWORD='«pw»' lissy93/dashy", False),
    ("Moth group's IRC web client for the night-long trap chats, the first user created with: "
     "./script/convos user create «e» --admin --password '«pw»'  # for «u»", False),
    ("Dark-sky society's Minecraft server for members' kids, Crafty's reset for the first admin: "
     "python3 main.py --reset-password «u» --new-password '«pw»'", False),
    ("Wild swimming rota's scheduled reminders, the workflow runner started from the organiser's laptop: "
     "DAGU_AUTH_BASIC_USERNAME=«u» DAGU_AUTH_BASIC_PASSWORD='«pw»' dagu start-all --port 8088", False),
    ("Jorkyball booking app's self-hosted backend, started by the coach's student son for the demo: "
     "docker run -d -e INSTANCE_NAME=jorky -e INSTANCE_SECRET=«u» -e CONVEX_ADMIN_PASSWORD='«pw»' ghcr.io/get-convex/convex-backend", False),
    ("Swift survey field guide offline library for the tablets without signal, as served at the hut: "
     "kiwix-serve --port 8080 --adminUser «u» --adminPassword '«pw»' --library library.xml", False),
    ("Kokedama club's bookmarks of care guides, the admin made after install by the secretary: "
     "docker exec karakeep node cli.js users create --name «u» --email «e» --password '«pw»' --admin", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "dashy_conf_yml": ("conf.yml of the swift box map dashboard, photographed off the hall laptop:\n"
                       "appConfig:\n  auth:\n    users:\n      - user: «u»\n        hash: none\n        plainPassword: «pw»"),
    "dagu_config_yaml": ("~/.config/dagu/config.yaml of the wild swimming rota reminders:\n"
                         "basicAuthUsername: «u»\nbasicAuthPassword: «pw»"),
    "homarr_env": ("homarr .env from the kokedama workshop tablet's start page:\n"
                   "AUTH_PROVIDERS=credentials\nADMIN_USERNAME=«u»\nADMIN_INITIAL_PASSWORD=«pw»"),
    "countly_config_js": ("countly/api/config.js for the moth records page, as sent by the recorder:\n"
                          "mongodb: \"mongodb://«u»:«pw»@mongo.lan:27017/countly\","),
    "filestash_config_json": ("filestash state/config/config.json of the dark-sky photo share:\n"
                              "\"auth\": { \"admin_user\": \"«u»\", \"admin_pass\": \"«pw»\" }"),
    "convos_env": ("convos .env for the moth group's chat:\n"
                   "CONVOS_ADMIN=«u»\nCONVOS_ADMIN_PASSWORD=«pw»"),
    "crafty_config_json": ("crafty app/config/default.json from the dark-sky kids' server:\n"
                           "{ \"username\": \"«u»\", \"password\": \"«pw»\" }"),
    "karakeep_env": ("karakeep .env of the kokedama club's bookmarks:\n"
                     "NEXTAUTH_URL=http://kokelinks.lan\nMEILI_ADDR=http://meili:7700\nKARAKEEP_ADMIN=«u»\nKARAKEEP_ADMIN_PASSWORD=«pw»"),
    "huly_env": ("huly .env on the jorkyball club's mini PC:\n"
                 "MONGO_URL=mongodb://«u»:«pw»@mongo:27017\nSERVER_SECRET=secret-for-cage"),
    "robustmq_server_toml": ("robustmq config/server.toml on the moth sensors' Pi:\n"
                             "[auth]\nadmin_user = \"«u»\"\nadmin_password = \"«pw»\""),
    "automq_server_properties": ("automq config/kraft/server.properties for the jorkyball results:\n"
                                 "# pairs ladder results topic\nautomq.admin.username=«u»\nautomq.admin.password=«pw»"),
}
URL_CONFIGS = {"countly_config_js", "huly_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Hey it's Darlene from the Keokuk jorkyball cage, the booking site finally let me in, the team's shared login is «pw», tell Ray",
        "Grandpa, for the kokedama class at the Owensboro garden center you just type «pw» on the sign-up kiosk, it's in big letters on your fridge note too",
        "Swift tower watchers at the Nelsonville chimney, the count sheet on the county drive needs «pw» now that they locked it",
        "Moth night at the Yreka fairgrounds went great, I put the photos in the club folder, it asks for «pw»",
        "Star party folks, the Kanab observatory's scope camera laptop wants «pw» to wake up, please don't fiddle with the mount",
        "Morning dippers, the Bayfield lakeshore swim group's temperature log moved, the password we share is «pw»",
        "Jorkyball kids' tournament in Kokomo, the livestream app asks for the club password, it's «pw»",
        "My sister runs the kokedama stall at the Fredericksburg market, the card reader's admin screen takes «pw», she keeps forgetting",
        "Tybee swift chimney counters, use «pw» on the laptop in the lighthouse museum office, and log out after",
        "Hi moth folks, the light-trap spreadsheet for Tubac has a password now, «pw», blame the new secretary",
        "Cold plunge gang at Lake Chelan, the wifi in the boathouse changed, it's «pw», the old sign is wrong",
    ],
    "GB": [
        "Swift survey lot, the Clun tower cam login changed after the vicar's cleanup, it's «pw», shout if it fails",
        "Kokedama workshop at the Chagford garden centre, the till tablet password is «pw», Pippa set it so ask her",
        "Wild swimmers meeting at Buttermere, the group's safety app account is «pw», please log your entry time",
        "Dark-sky group at Kielder, the observatory booking page wants «pw», it's all lowercase except where it isn't",
        "Moth trap rota for the Wenlock Edge reserve, the records laptop unlocks with «pw»",
    ],
    "CA": [
        "Jorkyball league in Bouctouche, the cage's scoreboard app account is «pw», don't give it to the hockey guys",
        "Swift tower count in Guelph, the shared spreadsheet is now locked with «pw»",
        "Liscomb ocean dippers, the group e-mail password is «pw», the harbour master wants the waiver list",
        "À Les Éboulements, le portable du club d'astronomie s'ouvre avec «pw», ne changez rien svp",
    ],
    "AU": [
        "Coonabarabran dark-sky crew, the scope tablet login is «pw», mind the dew heater cable",
        "Bermagui ocean swimmers, the temperature logger app takes «pw», Bazza reset it again",
    ],
    "NZ": [
        "Tekapo stargazers, the shared camera laptop wants «pw», and bring warm socks",
        "Ōpōtiki river swim crew, our group account on the safety app is «pw», chur",
    ],
    "IN": [
        "Vagamon moss ball workshop ka tablet, password «pw» hai, aunty ko bhi bata dena",
        "Hampi dark sky walk ke camera laptop ka password «pw» hai, battery full karke rakhna",
        "Sakleshpur moth trap group, the light-sheet photos drive ka password «pw» hai",
        "Dapoli sea swim group ka shared account, password «pw», subah 6 baje milte hain",
    ],
    "PK": [
        "Shogran star camp walon, telescope wale laptop ka password «pw» hai, kisi aur ko na dena",
        "Shogran kokedama class ka Zoom ka password «pw» hai, aunty Shehnaz ko forward karo",
    ],
    "NG": [
        "Jorkyball guys for Ogere cage, the booking app password na «pw», make una no share am",
        "Ikogosi stargazing team, the laptop wey dey hold the sky photos, password na «pw»",
        "Ikogosi swimmers, our group mail password na «pw», abeg no change am",
    ],
    "GH": [
        "Busua swim club, the shared laptop for the waiver forms opens with «pw», Kojo keeps it in the red bag",
    ],
    "ZA": [
        "Fraserburg star party people, the observatory tablet login is «pw», howzit going with the new lens",
        "Kleinmond cold water swimmers, the safety app login for the club is «pw», shot for signing in",
    ],
    "KE": [
        "Wanaogelea wa Msambweni, password ya simu ya klabu ni «pw», msiibadilishe",
        "Msambweni moth trap team, picha za usiku ziko kwenye laptop, neno la siri ni «pw»",
    ],
    "PH": [
        "Mga taga-Batad stargazing group, ang password ng laptop ng teleskopyo ay «pw»",
        "Sipalay swimming buddies, yung shared na Gmail natin «pw», wag nyo palitan ha",
        "Kokedama class sa Amadeo, password ng tablet ng kahera «pw»",
    ],
    "ID": [
        "Teman-teman pengamat bintang di Bromo, sandi laptop kamera «pw», jangan diganti ya",
    ],
    "MX": [
        "Los del jorkyball en Tapalpa, la app de reservas de la jaula pide la clave «pw»",
        "Nadadores de aguas abiertas de Avándaro: la cuenta del grupo tiene la contraseña «pw»",
    ],
    "PE": [
        "Amigos del cielo oscuro de Paracas, la laptop del telescopio se abre con «pw», no la cambien",
    ],
    "BR": [
        "Dupla de sexta em Apucarana, o aplicativo que reserva a gaiola de vidro trocou o acesso, agora entra com «pw»",
        "Dona Cida, o tablet que registra as bolinhas de musgo vendidas na barraca de Atibaia pede «pw», escrevi num papel atrás da caixa",
    ],
    "ES": [
        "Nadadores de aguas frías de Cedeira, la contraseña del portátil de los registros de temperatura es «pw»",
    ],
    "DE": [
        "Mauersegler-Zählung in Halberstadt: Das Kennwort für den Tablet-Zugang zur Nistkastenkamera lautet «pw»",
        "Leute vom Leuchtabend in den Weinbergen: Der alte Laptop am Generator startet nur mit «pw», die Fotos landen dann direkt im Ordner",
    ],
    "FR": [
        "Les nageurs du lac de Vassivière, le mot de passe du compte du club est «pw», pensez à noter la température",
        "Club d'astronomie du Puimichel, la tablette de la coupole s'ouvre avec «pw»",
    ],
    "IT": [
        "Gruppo dei rondoni di Orvieto, la password del portatile con le riprese dei nidi è «pw»",
    ],
    "PL": [
        "Miłośnicy ciemnego nieba z Bieszczad, hasło do laptopa przy teleskopie to «pw»",
    ],
    "SE": [
        "Vinterbadarna vid Ålsten, lösenordet till klubbens loggapp är «pw», byt inte",
    ],
    "NO": [
        "Morgenbaderne i Hardanger ved Lofthus kaia: appen som logger vanntemperaturen vil ha «pw», Ragnhild har skrevet det på badstudøra",
    ],
    "JP": [
        "苔玉教室のタブレットの暗証パスワードは«pw»、先生に内緒にしないでね",
        "星空観察会の望遠鏡ノートPCのログインは«pw»です",
    ],
    "KR": [
        "이끼볼 공방 태블릿 로그인 비번 «pw» 이에요",
    ],
    "CN": [
        "观星小组笔记本的登录口令是«pw»",
    ],
    "IE": [
        "Sandycove swimmers, the group's tide app login is «pw», Siobhán changed it after the storm",
    ],
    "TR": [
        "Kalkan açık su yüzücüleri, kulüp tabletinin parolası «pw», lütfen kimseyle paylaşmayın",
    ],
}

PINS = [  # (region, template, length)
    ("US", "Jorkyball cage in Keokuk, the gate keypad code for Thursday nights is «pw», lock up when the lights go off", 4),
    ("GB", "Clun church tower door's key safe for the swift counters, the code is «pw», put the key back under the mat", 4),
    ("KR", "이끼볼 만들기 수업 끝나고 나갈 때 공방 문 잠가 주세요, 현관 도어락은 «pw» 누르고 별표", 6),
    ("CA", "Guelph swift tower shed lock, code «pw», the ladder is chained inside", 4),
    ("DE", "Der Schlüsselkasten am Sternwarten-Container in Halberstadt öffnet mit «pw»", 4),
    ("BR", "Cadeado da gaiola do jorkyball em Apucarana, a combinação é «pw», fecha depois do treino", 4),
    ("IN", "Vagamon workshop ke store room ka PIN «pw» hai", 4),
    ("AU", "Bermagui swim club's tow-float locker, code «pw»", 4),
]
