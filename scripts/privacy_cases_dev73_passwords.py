"""Passwords of the dev73 privacy set (``privacy_cases_dev73.py``): the stems its passwords grow
from (pilot gig rowing's thwarts, tholepins, slipways, coxswains, Cornish elm and Scilly crossings,
kite fighting's patang, glass-coated manja, charkhi spools, pench duels and Uttarayan terraces), the
accounts command lines run as, the commands people paste (tools no earlier set names: RSSHub,
LobeChat, Radicle, Kasm, Databag, Maxun, CrowdSec, BunkerWeb, ArchiveBox, Kresus, Ihatemoney,
Firecrawl, Browserless, Koillection, OpenList, Khoj, GitBucket, versitygw, Bar Assistant, Fooocus and
Bigcapital; their flags written from what the writer knows of them, not checked against each tool's
documentation), config files in eleven formats of those tools, prose in the languages of 29 regions
(Germany's second line in Hessisch, a dialect no earlier set names), and PINs. How a password is
made is dev19's ``password`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["thwart", "tholepin", "slipway", "coxswain", "sixoar", "cornishelm", "padstow", "newquay",
         "scilly", "strokeside", "bowside", "gigshed", "stmawes", "rowlock", "oarloom", "regatta",
         "treffry", "pilotgig", "crewbench", "seawall",
         "patang", "manja", "charkhi", "pench", "kaipoche", "firki", "dheel", "tukkal",
         "guddi", "uttarayan", "sankranti", "kannas", "chaap", "khench", "dhaaga", "rooftop",
         "chikki", "undhiyu", "jalebi", "kitecut"]
ACCOUNTS = ["svc_lobechat", "gigrota_ops", "kitecut", "mtrembath", "jamstats", "tubrace_ro",
            "svc_crowdsec", "swimrun_ci", "coalsack", "avaghela", "runner_tub03", "hquadflieg"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("docker run -d --name rsshub -p 1200:1200 -e HTTP_BASIC_AUTH_PASS='«pw»' -e HTTP_BASIC_AUTH_NAME=«u» diygod/rsshub   # kite shop's feed box", False),
    ("docker run -d -p 3210:3210 -e ACCESS_CODE='«pw»' -v /home/«u»/lobe-data:/app/data lobehub/lobe-chat  (the gig club's tide helper)", False),
    ("RAD_PASSPHRASE='«pw»' rad auth --alias «u»   <- how the derby league's scoreboard repo got its Radicle identity on the bench laptop", False),
    ("docker run -d --shm-size=512m -p 6901:6901 -e VNC_PW='«pw»' -v /home/«u»/kasm-profile:/home/kasm-user kasmweb/chrome:1.16.0", False),
    ("docker run -d -p 7000:7000 -e ADMIN='«pw»' -v /srv/«u»/databag:/var/lib/databag balzack/databag   # swimrun volunteers' chat", False),
    ("curl -s -X POST http://maxun.lan:8080/auth/register --json '{\"email\": \"«e»\", \"password\": \"«pw»\"}'   # scraper for the derby league's rival bout listings", False),
    ("sudo cscli machines add «u» --password '«pw»' --force   # second agent on the tub tracker's base station", False),
    ("docker run -d --name bw-ui -e ADMIN_USERNAME=«u» -e ADMIN_PASSWORD='«pw»' -e TOTP_SECRETS= bunkerity/bunkerweb-ui:1.6.1", False),
    ("cd ~/coalrace-archive && ADMIN_USERNAME=«u» ADMIN_PASSWORD='«pw»' archivebox init --setup   # keeps the race's old photo pages", False),
    ("docker run -d -p 9876:9876 -e KRESUS_DB_USERNAME=«u» -e KRESUS_DB_PASSWORD='«pw»' -e KRESUS_DB_TYPE=postgres bnjbvr/kresus   # the gig club's boat fund", False),
    ("curl -X POST https://ihatemoney.org/api/projects -d 'name=gig-scilly-trip' -d 'id=gigscilly' -d 'contact_email=«e»' -d 'password=«pw»'", False),
    ("ssh «u»@crawler.local \"curl -s http://localhost:3002/admin/«pw»/queues\"  (the swimrun results scraper's queue page)", True),
    ("sudo -u «u» node screenshot-bout.js --endpoint 'ws://browserless.local:3000/chromium?token=«pw»'", True),
    ("docker run -d --name koillection -e DB_USER=«u» -e DB_PASSWORD='«pw»' -e DB_NAME=koillection koillection/koillection   # tub race trophies", False),
    ("sudo -u «u» ./openlist admin set '«pw»'   # reset the admin on the kite shop's file server, it prints the new one back", False),
    ("KHOJ_ADMIN_PASSWORD='«pw»' KHOJ_DEBUG=false khoj --host 0.0.0.0 --port 42110   # run as «u» on the coal race's old desktop", False),
    ("git clone http://«u»:«pw»@gitbucket.local:8080/git/gigclub/tide-tables.git", True),
    ("versitygw --access «u» --secret '«pw»' posix /srv/tubrace-videos   # S3 for the harbour cameras", False),
    ("registering the derby after-party's cocktail menu on Bar Assistant from the bench laptop: curl -sX POST http://cocktails.lan:8000/api/auth/register --json '{\"password\": \"«pw»\", \"email\": \"«e»\", \"name\": \"derby bar\"}'", False),
    ("echo '[{\"user\": \"«u»\", \"pass\": \"«pw»\"}]' > auth.json && python entry_with_update.py --listen --share   # Fooocus for the kite posters", False),
    ("docker compose run --rm -e DB_USER=«u» -e DB_PASSWORD='«pw»' bigcapital-server npm run system:migrate   # swimrun club's books", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "rsshub_compose_environment": ("compose.yaml for the kite shop's feeds, rsshub service, environment: HTTP_BASIC_AUTH_NAME: «u» HTTP_BASIC_AUTH_PASS: «pw» CACHE_TYPE: redis"),
    "lobechat_env": (".env next to the gig club's LobeChat container, owned by «u» on the boathouse box: ACCESS_CODE=«pw» (the coxes know it)"),
    "khoj_env": ("khoj.env on the coal race desktop: KHOJ_ADMIN_USERNAME=«u» KHOJ_ADMIN_PASSWORD=«pw» KHOJ_DOMAIN=coalrace.lan"),
    "archivebox_conf": ("ArchiveBox.conf in the derby league's archive folder: [SERVER_CONFIG] ADMIN_USERNAME = «u» ADMIN_PASSWORD = «pw» PUBLIC_INDEX = False"),
    "firecrawl_env": ("firecrawl/.env on the swimrun scraper: REDIS_URL=redis://«u»:«pw»@redis:6379 PORT=3002"),
    "bunkerweb_variables_env": ("variables.env of the tub society's BunkerWeb box: ADMIN_USERNAME=«u» ADMIN_PASSWORD=«pw» SERVER_NAME=tubs.lan"),
    "crowdsec_local_api_credentials_yaml": ("local_api_credentials.yaml on the kite shop server: url: http://127.0.0.1:8080 login: «u» password: «pw»"),
    "koillection_env_local": (".env.local in the trophy cabinet app: DB_DRIVER=pdo_pgsql DB_USER=«u» DB_PASSWORD=«pw» DB_HOST=db"),
    "kresus_config_ini": ("config.ini of the boat fund's Kresus, read off the boathouse Pi over the treasurer's shoulder: [db] type = postgres username = «u» password = «pw»"),
    "bigcapital_env": ("Bigcapital .env, the swimrun club's books: DB_HOST=mysql DB_USER=«u» DB_PASSWORD=«pw» MAIL_FROM_NAME=Treasurer"),
    "maxun_env": ("Maxun's .env on the derby league's scraper box, written by «u»: DB_NAME=maxun DB_USER=maxun DB_PASSWORD=«pw» BACKEND_PORT=8080"),
}
URL_CONFIGS = {"firecrawl_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Derby league group text from our captain at the rink: new wifi in the skate shop corner is RinkRats and the password is «pw», don't give it to the other team",
        "voice memo to self, driving home from scrimmage: the scoreboard tablet unlocks with «pw», write that on the tape inside the case",
        "Jammer on the bench whispering to me mid-bout: if the stats laptop locks again it's «pw», just type it, I'll explain later",
        "From the league's volunteer handbook draft, page 4: the merch table's card reader app logs in with the league account, password «pw»",
        "Texted my sister the login for the bout livestream account since she's running the camera: password «pw»",
        "Our referee crew's shared Google account got a new password after the tournament, it's «pw», please stop saving it in Chrome",
        "Note on the fridge of the derby house: Netflix is on the TV already, but if it asks the password is «pw»",
        "My mom asked how to get into the track booking site for me while I'm at practice, told her the password is «pw»",
        "Captain's post in the private Facebook group: the locker room keypad got swapped for a proper lock, the team app password though is now «pw»",
        "Slack DM to the new announcer: the PA mixer's iPad passcode is different, but the Spotify account for warmups is «pw»",
        "Dictated while taping my wrists before the bout: the after-party venue's guest wifi is «pw» and the host's name is on the door",
    ],
    "GB": [
        "Gig club WhatsApp from the captain: boathouse laptop password is «pw», the tide tables are on the desktop, please don't install anything",
        "After the Scilly weekend the secretary changed the gig club's booking login, since half the ferry saw the old one scribbled on a beer mat; the new one is «pw»",
        "Coal race committee email, forwarded: the village hall's PC has the entry spreadsheet, log in with «pw» and save to the USB stick",
        "Note left by the cox on the boathouse whiteboard: WiFi in the loft, password «pw», bring your own mug",
        "Voice memo from the regatta: the safety launch's tablet, you know the one, the password is «pw», I've just changed it",
    ],
    "CA": [
        "Tub society chat: the harbour office lent us their laptop for race day, the password is «pw», give it back by five",
        "Petit mot de la commodore des baignoires flottantes : pour démarrer l'ordi du chrono au quai, tapez «pw», et laissez l'horloge tranquille",
        "Text from my tub partner while we sealed the hull: the GoPro app account password is «pw», upload the capsize video tonight",
        "Note in our society's shared OneNote: race-day volunteer login for the sign-in kiosk, password «pw»",
    ],
    "AU": [
        "Swimrun mate's text from the car park: the team's Strava club admin password is «pw», add the island split segments",
        "Reckon you'll need this for the timing shed computer at the reservoir, password's «pw», no worries if it asks twice",
    ],
    "NZ": [
        "From the lake swimrun organiser, sent after the briefing: the results laptop password is «pw», it's the grey Lenovo",
        "Kayak safety crew chat: the radio base tablet's code changed, password is now «pw», chur",
    ],
    "IN": [
        "Bhai terrace wale speaker ka Bluetooth app password «pw» hai, Uttarayan pe gaane wahi se chalenge",
        "Society kite committee ka Gmail ab «pw» password se khulega, hisaab wali sheet usi mein hai",
        "Mummy ne pucha tha manja shop wale app ka password, «pw» hai, order wahi se karna",
        "Pol ke WiFi ka naya password «pw», makar sankranti ke din sab terrace pe honge toh signal dekh lena",
    ],
    "PK": [
        "Yaar Basant wali chhat par jo laptop rakha hai uska password «pw» hai, gaane wahi chalana",
        "Chacha ne dukaan ke computer ka password badal diya, ab «pw» hai, dor ka hisaab usi mein",
    ],
    "NG": [
        "Skates club people, the laptop wey we dey use for scoreboard don get new lock: «pw», nobody should touch am till after Saturday bout o",
        "From our skate club WhatsApp: the new password for the club's Instagram is «pw», only admins use am",
        "Oga for the rink said the wifi password for visitors na «pw», e dey slow small",
    ],
    "GH": ["Our roller skating crew's Facebook page password changed, it's now «pw», the coach wants the bout photos up by Monday"],
    "ZA": [
        "Derby league treasurer's voice note: the EFT login for the club account, password «pw», don't save it on the shared laptop hey",
        "Die wagwoord vir die swimrun-klub se rekenaar by die dam is «pw», moenie dit op Facebook sit nie",
    ],
    "KE": [
        "Msee, password ya laptop ya swimrun pale Lamu ni «pw», usimwambie mtu mwingine",
        "From the beach kite group: the drone app account password is «pw», Baraka has the drone itself",
    ],
    "PH": [
        "Guys yung password ng laptop sa roller derby tryouts ay «pw», wag niyo ibigay sa ibang team ha",
        "Pakibukas naman yung Canva account ng bathtub race committee, password «pw», para sa poster",
        "Sabi ni kuya yung password ng wifi sa boathouse ng swimrun ay «pw» daw, medyo mahina signal",
    ],
    "ID": ["Password laptop panitia lomba layangan aduan sekarang «pw», jangan disebar ke grup lain ya"],
    "MX": [
        "Oye, la contraseña de la compu de la carrera de tinas es «pw», la que está en la mesa de inscripciones junto a la presa",
        "Te paso la clave de la cuenta de Instagram de la liga de roller derby: «pw», sube las fotos del bout de ayer porfa",
    ],
    "PE": ["La contraseña de la laptop del swimrun en Paracas es «pw», la usamos para los tiempos de las islas"],
    "BR": [
        "Gente, a senha do notebook da cronometragem do swimrun é «pw», ele fica na tenda da transição da segunda ilha",
        "Troquei o acesso do Instagram da liga de roller derby depois daquela invasão, anota aí o novo: «pw», e ativa a verificação em duas etapas",
    ],
    "ES": ["La contraseña del portátil de la cofradía para la carrera de bañeras es «pw», no la apuntéis en la pizarra"],
    "DE": [
        "Kurze Info aus dem Roller-Derby-Vorstand: das Passwort für den Laptop am Anzeigetisch lautet jetzt «pw», bitte nicht auf einen Zettel schreiben, den dann wieder jemand am Bahnsteig liegen lässt",
        "Ei gude, des Passwort fer de Vereinslaptop beim Badewanne-Renne is «pw», gell, net weidersache, sonst gibt's Ärjer",
    ],
    "FR": [
        "Le mot de passe de l'ordi de la table de marque au roller derby, c'est «pw», ne le dis pas à l'équipe adverse",
        "Note vocale de la capitaine : le compte Instagram du swimrun, mot de passe «pw», je le change après la course",
    ],
    "IT": ["La password del portatile per il cronometraggio della corsa delle vasche è «pw», lo trovate in sede"],
    "PL": ["Na meczu roller derby komputer przy stoliku sędziów otwiera się teraz kodem «pw», tylko nie przyklejajcie karteczki na ekran"],
    "SE": ["Lösenordet till datorn i växlingsområdet på swimrun-loppet är «pw», den står i tältet vid andra ön"],
    "NO": ["Passordet til PC-en i tidtakerbua på swimrun-løpet er «pw», ikke del det med deltakerne"],
    "JP": [
        "凧合戦の本部テントのパソコンのパスワードは«pw»です、保存会以外には教えないでね",
        "スイムラン大会の計測用タブレットのパスワード«pw»、第二島のテントにあります",
    ],
    "KR": ["연싸움 대회 본부 노트북 비밀번호는 «pw» 이에요, 다른 팀한테는 말하지 마세요"],
    "CN": ["风筝节组委会那台电脑的密码是«pw»，别告诉别的队"],
    "IE": ["Gig club in Kinsale, text from the captain: the boathouse tablet password is «pw», the tide app is on it, don't let the juniors play games"],
    "TR": ["Uçurtma şenliği masasındaki bilgisayarın şifresi «pw», başka takıma söylemeyin"],
    "NL": ["Het wachtwoord van de laptop bij de badkuipenrace op de gracht is «pw», niet doorgeven aan de andere teams"],
}

PINS = [  # (region, template, length)
    ("US", "Derby league's storage unit at the rink has a new keypad, the PIN is «pw», the spare skates and the track tape are in there", 4),
    ("GB", "Boathouse key safe by the slipway: «pw»", 4),
    ("KR", "연싸움 대회 창고 비밀번호 «pw»", 6),
    ("CA", "Tub society's shed by the harbour, combination for the padlock is «pw», spare outboard inside", 6),
    ("DE", "Der Zahlencode fürs Materiallager der Swimrun-Staffel am Baggersee ist «pw», Schwimmbojen und Leinen liegen oben", 6),
    ("BR", "A senha do cadeado do guarda-volumes da transição do swimrun é «pw», o das palmares fica do lado", 4),
    ("AU", "Timing shed at the reservoir, the lockbox PIN is «pw», mats and cables in the blue crate", 6),
    ("IN", "Society ke terrace ke darwaze ka number lock «pw», kite festival ke baad badal denge", 6),
]
