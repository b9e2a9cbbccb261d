"""Passwords of the dev69 privacy set (``privacy_cases_dev69.py``): the stems its passwords grow
from (bunnock's horse bones, guards, throw lines, bonspiels and Macklin, the sheaf toss's pitchforks,
hessian sheaves, bar heights and harvest shows), the accounts command lines run as, the commands
people paste (tools no earlier set names: Open-WebUI, Whoogle, Spoolman, Fluidd, Obico, AdventureLog,
ConvertX, LocalAI, Yaade, Dockpeek, Bichon, Typebot, Documenso, OneTimeSecret, Sendportal, Cloudreve,
Wealthfolio and Teslalogger), config files (formats no earlier set names: Mylar3's config.ini,
WGDashboard's wg-dashboard.ini, Cloudreve's conf.ini, Iceshrimp's default.yml, Sendportal's .env,
Gokapi's config.json, Typebot's .env, Documenso's .env, Hemmelig's .env, Open-WebUI's .env and
Whoogle's whoogle.env) and prose from 29 regions (the Netherlands' in Achterhoeks), and PINs, each
line written as a message from a particular person in a particular situation. Passwords are made by
dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["bunnock", "horsebone", "guardbone", "throwline", "bonespiel", "anklebone", "sidebones", "bonetoss", "prairiebone",
         "bonerow", "bunnockpit", "paintedbones", "guardknock", "saskbone", "bunnockdraw", "macklinbone", "backbones",
         "bonestack", "knucklebone", "fourbones",
         "sheaftoss", "pitchforkfling", "strawsheaf", "hessiansack", "barheight", "sheafpitch", "twinecord", "haybar",
         "sheafhurl", "tossfork", "barclear", "strawbundle", "sheafvault", "forktine", "highbar", "sheaftwine",
         "harvestfling", "sheafspin", "bartoss", "showfield"]
ACCOUNTS = ["bone_bag", "bonspiel_draw", "sheaf_heats", "show_steward", "cheese_catchers", "hill_firstaid",
            "duck_tally", "weir_net", "trench_timing", "flipper_store", "jarping_bracket", "plough_snug"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Bunnock convenor setting up a chat assistant for the draw on the club Pi, pasted into our group:\n"
     "docker run -d -p 3000:8080 -e WEBUI_ADMIN_NAME=«u» -e WEBUI_ADMIN_PASSWORD='«pw»' ghcr.io/open-webui/open-webui:main", False),
    ("Same Open-WebUI, the duck race treasurer testing the login from her laptop:\n"
     "curl -s http://bonepi.local:3000/api/v1/auths/signin -H 'Content-Type: application/json' -d '{\"email\":\"«e»\",\"password\":\"«pw»\"}'", False),
    ("Sheaf toss steward's private search box for the show office, from his notes:\n"
     "docker run -d -p 5000:5000 -e WHOOGLE_USER=«u» -e WHOOGLE_PASS=«pw» benbusby/whoogle-search", False),
    ("Then checking it from the scoreboard laptop:\n"
     "curl -u «u»:«pw» 'http://showoffice.lan:5000/search?q=sheaf+toss+bar+height+record'", False),
    ("Cheese roll volunteer who 3D prints the catcher badges, filament tracker on Postgres:\n"
     "docker run -d -e SPOOLMAN_DB_TYPE=postgres -e SPOOLMAN_DB_USERNAME=«u» -e SPOOLMAN_DB_PASSWORD=«pw» ghcr.io/donkie/spoolman", False),
    ("Same volunteer, printer behind Fluidd with Moonraker logins switched on, from the chat:\n"
     "curl -X POST http://fluidd.local/access/login -d '{\"username\":\"«u»\",\"password\":\"«pw»\",\"source\":\"moonraker\"}'", False),
    ("Failure detection for the badge printer, Obico server on the same box:\n"
     "DATABASE_URL=postgres://«u»:«pw»@127.0.0.1:5432/obico docker compose up -d web", True),
    ("Duck race trip planner for the away teams, AdventureLog first start, from the README we shared:\n"
     "docker compose run -e DJANGO_ADMIN_USERNAME=«u» -e DJANGO_ADMIN_PASSWORD=«pw» server python manage.py migrate", False),
    ("Bog snorkel entries come in as HEIC photos, so the timing lad set up ConvertX and registered:\n"
     "curl -X POST http://convertx.lan:3000/register -F email=«e» -F password=«pw»", False),
    ("Trench timing lad's local model server for the commentary, pasted in the group:\n"
     "local-ai run --address :8089 --api-keys «pw» --models-path /srv/models  # runs as «u»", False),
    ("Egg jarping bracket nephew testing the pub's API mock with Yaade:\n"
     "docker run -d -p 9339:9339 -e YAADE_ADMIN_USERNAME=«u» -e YAADE_ADMIN_PASSWORD=«pw» esperotech/yaade:latest", False),
    ("And logging into it from a script:\n"
     "curl -c jar.txt -X POST http://localhost:9339/api/login -d '{\"username\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("Bunnock league Pi, container overview page for the convenor:\n"
     "docker run -d -p 3420:8000 -e USERNAME=«u» -e PASSWORD=«pw» -v /var/run/docker.sock:/var/run/docker.sock dockpeek/dockpeek", False),
    ("Sheaf toss committee mail archive, set up by the secretary's son:\n"
     "docker run -d -p 15630:15630 -e BICHON_ROOT_USER=«u» -e BICHON_ROOT_PASSWORD=«pw» rustmailer/bichon", False),
    ("Duck race adoption chatbot, Typebot builder start line from the treasurer's notes:\n"
     "docker run -d -e DATABASE_URL=postgresql://«u»:«pw»@db:5432/typebot baptistearno/typebot-builder", True),
    ("Cheese roll waivers signed online, Documenso migration run by the first aid lead:\n"
     "NEXT_PRIVATE_DATABASE_URL=postgres://«u»:«pw»@localhost:5432/documenso npx prisma migrate deploy", True),
    ("Egg jarping landlord sharing the Wi-Fi password with the band, one-time link by API:\n"
     "curl -u «u»:«pw» -F 'secret=snug wifi' https://onetimesecret.com/api/v1/share", False),
    ("Bog snorkel newsletter, Sendportal install typed in the committee chat:\n"
     "DB_USERNAME=«u» DB_PASSWORD=«pw» php artisan sp:install --no-interaction", False),
    ("Duck race photo drive for the volunteers, Cloudreve on MySQL:\n"
     "docker run -d -e CR_CONF_Database.Type=mysql -e CR_CONF_Database.User=«u» -e CR_CONF_Database.Password=«pw» cloudreve/cloudreve", False),
    ("Sheaf toss treasurer's portfolio app on the office NAS, from her screenshot:\n"
     "docker run -d -p 8088:8088 -e WF_AUTH_USER=«u» -e WF_AUTH_PASSWORD=«pw» afadil/wealthfolio", False),
    ("Bunnock convenor's car logger, checking its database after the drive to Macklin:\n"
     "docker exec -it teslalogger-database mysql -u«u» -p«pw» teslalogger -e 'select count(*) from pos'", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "mylar3_config_ini": ("[Interface]  # Mylar3 config.ini from the duck race comic stall laptop\n"
                          "http_port = 8090\nhttp_username = «u»\nhttp_password = «pw»"),
    "wgdashboard_ini": ("# wg-dashboard.ini on the bunnock league's VPN box, pasted by the convenor\n"
                        "[Account]\nusername = «u»\npassword = «pw»"),
    "cloudreve_conf_ini": ("; Cloudreve conf.ini for the cheese roll photo drive\n"
                           "[Database]\nType = mysql\nUser = «u»\nPassword = «pw»\nHost = 127.0.0.1"),
    "iceshrimp_default_yml": ("# Iceshrimp .config/default.yml, the bog snorkel fediverse server\n"
                              "db:\n  host: localhost\n  db: iceshrimp\n  user: «u»\n  pass: «pw»"),
    "sendportal_env": ("# Sendportal .env, sheaf toss newsletter server\n"
                       "DB_CONNECTION=mysql\nDB_USERNAME=«u»\nDB_PASSWORD=«pw»"),
    "gokapi_config_json": ("Gokapi config.json for sending the duck race photos to the papers:\n"
                           "{\"Authentication\": {\"Method\": 0, \"Username\": \"«u»\", \"Password\": \"«pw»\"}}"),
    "typebot_env": ("# Typebot .env, egg jarping entry bot, mail settings\n"
                    "SMTP_HOST=smtp.eggjarping-pub.org\nSMTP_USERNAME=«u»\nSMTP_PASSWORD=«pw»"),
    "documenso_env": ("# Documenso .env for the cheese roll waivers\n"
                      "NEXT_PRIVATE_DATABASE_URL=\"postgres://«u»:«pw»@db:5432/documenso\""),
    "hemmelig_env": ("# Hemmelig .env, the trench timing team's secret sharing box\n"
                     "HEMMELIG_ROOT_USER=«u»\nHEMMELIG_ROOT_PASSWORD=«pw»"),
    "openwebui_env": ("# Open-WebUI .env on the bunnock Pi, Postgres instead of SQLite\n"
                      "DATABASE_URL=postgresql://«u»:«pw»@localhost:5432/openwebui"),
    "whoogle_env": ("# whoogle.env in the show office, so the search box is not open to the whole showground\n"
                    "WHOOGLE_USER=«u»\nWHOOGLE_PASS=«pw»"),
}
URL_CONFIGS = {"documenso_env", "openwebui_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Fargo bunnock convenor to the whole league at 11pm: whoever borrows the scoring laptop for the bonspiel in the Legion basement logs in with «pw» and leaves it plugged in",
        "Voice memo to myself on the drive home from the duck race: new password for the ticket shop admin is «pw», write it in the red book",
        "Grandpa's note taped inside the bunnock bone box: the shed padlock app wants «pw»",
        "Sheaf toss state fair entry portal, my daughter set it up, she says the password is «pw»",
        "Text from the egg jarping captain: the pub's tablet for the bracket is unlocked with «pw», give it back after",
        "Cheese roll volunteer in Ohio to me: changed the rota site password to «pw» because Dale kept logging in as me",
        "Sticky note on the duck race cash box: bank app password «pw», only Wendy and me",
        "Bunnock club e-mail: the Zoom for the AGM has passcode-free entry but the host password is «pw»",
        "Bog snorkelling trip planning chat: the cabin booking account is mine, password «pw», book the Friday",
        "Voicemail from my brother: the sheaf toss team's shared Google account, password «pw», 2FA goes to Mom",
        "Note in my phone titled 'duck race laptop': user is volunteer, password «pw»",
    ],
    "GB": [
        "Bog snorkelling committee WhatsApp: the entries spreadsheet is locked with «pw», ta",
        "Cheese roll first aid kit tablet password, written on the lid in marker: «pw»",
        "Egg jarping at the Plough, text from the landlord: the till login is «pw» if I'm not in",
        "Voice note from the duck race raffle lady: the village hall Wi-Fi is «pw», the router is behind the urn",
        "Sheaf toss at the county show, steward's notebook: PA laptop password «pw»",
    ],
    "CA": [
        "Macklin bunnock draw laptop, eh: password is «pw», same as the arena Wi-Fi, don't tell the Saskatoon crew",
        "Text from the bunnock treasurer in Regina: Interac login for the club account is «pw», for the bone order only",
        "Duck race on the Red River, note on the volunteer clipboard: timing tablet «pw»",
        "Sheaf toss at the fall fair, my uncle's text: the fair board portal password is «pw», enter us both",
    ],
    "AU": [
        "Wangaratta show sheaf toss, mate's text: the scoreboard laptop's password is «pw», no worries",
        "Duck race on the Yarra, committee note: the Square login is «pw»",
    ],
    "NZ": [
        "Egg jarping at the pub in Oamaru, chur: the bracket iPad code is «pw»",
        "Duck race on the Avon, Christchurch: volunteer login «pw», sweet as",
    ],
    "IN": [
        "Bhai, Fort Kochi wale duck race ki ticket website ka admin login maine kal badal diya, naya password «pw» hai, Thomas uncle ko bhi mat batana",
        "Mummy ne bola ki mela committee ke laptop ka password «pw» hai, sheaf toss ki list usi mein hai",
        "Duck race treasurer ka WhatsApp: UPI business app ka login «pw», sirf hisaab ke liye",
        "Nana ji ka note: gaon ke mela ka Google account ka password «pw»",
    ],
    "PK": [
        "Yaar, Ravi duck race ki registration site ka password «pw» hai, Saleem sahab ne diya",
        "Mela committee laptop password «pw», chaudhry sahab ke munshi ke paas bhi hai",
    ],
    "NG": [
        "Abeg my guy, after the Lagos lagoon duck race the ticket app still dey open for refunds, the admin password na «pw», make you no share am for the group",
        "Egg jarping party at my uncle's compound, his text: the projector laptop password is «pw»",
        "Ikoyi club duck race committee, message from the treasurer after the card machine froze by the jetty: the POS admin password is «pw», I am the only one resetting it",
    ],
    "GH": ["Charity duck race in Accra, volunteer note: the MoMo merchant login is «pw», chale, keep it safe"],
    "ZA": [
        "Karoo farm games sheaf toss, oom's WhatsApp: the scoring laptop password is «pw», lekker",
        "Duck race on the Vaal, braai chat: the SnapScan admin password is «pw»",
    ],
    "KE": [
        "Naivasha duck dash, message from the logistics guy: M-Pesa till portal password ni «pw»",
        "Egg jarping at the Easter fete in Nyeri, the parish laptop password is «pw», sawa",
    ],
    "PH": [
        "Ate, yung password ng egg jarping registration sa plaza ay «pw», wag mong ipagsabi",
        "Kuya Jun, yung GCash merchant ng duck race sa Pasig, password «pw», para sa refund lang",
        "Paalala ni Tita: ang password ng laptop ng barangay para sa Easter contest ay «pw»",
    ],
    "ID": ["Mas, password laptop panitia lomba bebek karet di Ciliwung itu «pw», jangan diganti ya"],
    "MX": [
        "Compadre, para sacar la lista de patitos adoptados en la laptop de la escuela de Xochimilco entra con la contraseña «pw», y ya no le muevas a la impresora",
        "Nota de la tesorera de la feria: la clave de la terminal para las pacas es «pw»",
    ],
    "PE": ["Oye causa, la clave de la laptop de la carrera de patitos en el Rímac es «pw», no la pases"],
    "BR": [
        "Mano, o notebook velho da associação que conta os patinhos de borracha debaixo da ponte abre com a senha «pw», mas o Zeca não pode saber",
        "A tesoureira do festival do queijo canastra mandou áudio dizendo que o aplicativo do banco da associação, onde caem as inscrições da descida do morro, usa a senha «pw»",
    ],
    "ES": ["Oye tío, el portátil viejo de la peña donde apuntamos las alturas del listón en el lanzamiento de gavillas de Zafra se abre con «pw», y no le instales nada"],
    "DE": [
        "Sprachnachricht vom Kassierer der Landjugend: der alte Laptop mit den Weiten vom Garbenwerfen seit 1998 lässt sich mit «pw» entsperren, bitte nur der Jugendwart",
        "Zettel im Dorfkrug: Kassensystem-Passwort für das Ostereier-Ticken «pw»",
    ],
    "FR": [
        "Message de Ginette : le mot de passe de l'ordi du comité pour la course de canards c'est «pw», ne le change pas",
        "Post-it sur la caisse du toc d'œufs : mot de passe de la tablette «pw»",
    ],
    "IT": ["Il casaro di Sondrio, che tiene le classifiche della discesa delle forme sul prato, mi scrive che il computer della pro loco si sblocca con «pw», e di non toccare il foglio Excel"],
    "PL": ["Wiadomość od sołtysa: hasło do laptopa na dożynki, do listy rzutu snopkiem, to «pw»"],
    "SE": ["Från föreningens kassör: lösenordet till laptopen för gummiankracet i Göta älv är «pw», byt inte"],
    "NO": ["Kassereren i andeløpet på Akerselva skriver at den gamle bærbare i klubbhuset, den med klistremerker av gummiender, åpnes med «pw»"],
    "JP": [
        "ahiru race no jimukyoku pasokon no pasuwaado wa «pw» desu, kaenaide kudasai",
        "tamago wari taikai no iPad no pasuwaado «pw»",
    ],
    "KR": ["gomu ori kyeongju noteubuk bimilbeonho «pw»"],
    "CN": ["xiangpi ya bisai diannao mima «pw»"],
    "IE": ["Duck race on the Liffey, text from the committee: the laptop password is «pw», grand"],
    "TR": ["Dernek başkanından: ördek yarışı bilgisayarının şifresi «pw», değiştirmeyin"],
    "NL": ["Appke van de kastelein in de Achterhoek: 't wachtwoord van de laptop veur 't eiertikken is «pw», nie deurvertellen"],
}

PINS = [  # (region, template, length)
    ("US", "Duck race cash box keypad, code on the inside of the treasurer's glasses case: «pw»", 4),
    ("GB", "Bog snorkel changing hut key safe: «pw»", 4),
    ("KR", "gomu ori kyeongju changgo bimilbeonho «pw»", 6),
    ("CA", "Bunnock bone shed at the Macklin grounds, padlock combination «pw», spin it twice", 4),
    ("DE", "Tresor im Vereinsheim vom Garbenwurf, Code «pw»", 4),
    ("BR", "Cadeado do depósito dos patinhos de borracha, senha «pw»", 4),
    ("AU", "Sheaf toss steward's phone, unlock code «pw», in case he faints on the field", 6),
    ("IN", "Duck race cash locker PIN «pw»", 4),
]
