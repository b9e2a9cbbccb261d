"""Passwords of the dev66 privacy set (``privacy_cases_dev66.py``): the stems its people make them
from (kirigami's valley and mountain folds, pop-up cards, cutting mats and snowflakes, mölkky's wooden
pins, throwing line, scoring to fifty and the heittokapula), the accounts command lines run as, the
commands people paste (tools no earlier set names: Speedtest-tracker, MySpeed, Termix, HyperDX, Liwan,
Counterscale, Pirsch, Decluttarr, Tracearr, Byparr, Agregarr, Suggestarr, Listenarr, Soularr,
TubeSync, ytdl-sub, Kaizoku and Gameyfin), config files (formats no earlier set names: Retrom's
config.toml, MCSManager's config.json, WhatsUpDocker's .env, Tugtainer's .env, Portracker's .env,
Pi.Alert's pialert.conf, WatchYourLAN's config_v2.yaml, Lidify's .env, Lidatube's .env, Dockhand's
.env and Scanopy's .env) and prose from 29 regions (the Netherlands' in Twents), and PINs, each line
written as a message from a particular person in a particular situation. Passwords are made by
dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["kirigami", "valleyfold", "mountainfold", "kiritsuke", "snowcut", "popupcard", "cuttingmat", "origatafold",
         "kirieslit", "paperstair", "foldscore", "tessellcut", "lattice", "sakurafold", "hinagata", "bonefolder",
         "cardstock", "pivotfold", "craneslit", "mirrorslit",
         "molkky", "heittokapula", "pinline", "fiftypoints", "skittlewood", "pinnumber", "topplepin", "heittolinja",
         "birchpins", "resetfifty", "kyykka", "woodenpin", "threemiss", "pinscatter", "lakeside", "tossline",
         "twelvepin", "standup", "knockover", "sunsetthrow"]
ACCOUNTS = ["foldline_admin", "popup_archive", "pin_scores", "league_ladder", "piano_rota", "tuner_visits",
            "glow_counts", "transect_logs", "conker_draws", "string_checks", "caller_sets", "dance_tickets"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them: dev19's ``password()`` with this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Wendy, after the kirigami club's broadband dropped during the snowflake livestream: "
     "speedtest-tracker reset-admin --login «u» --new-secret «pw»", False),
    ("Pin-scorer laptop at the mölkky meadow, Teuvo typed this before the evening round: "
     "myspeed --listen 5216 --admin-user «u» --admin-pass «pw»", False),
    ("Street piano crew wiki, how Gwen reached the tuner's box from the bus shelter: "
     "termix connect tunerbox --as «u» --secret «pw» --port 2222", False),
    ("Glowworm survey night, Oskar wiring logs from the head-torch counters: "
     "hyperdx ingest --collector-user «u» --collector-pass «pw» transects.ndjson", False),
    ("Conker championship website stats, the secretary's note for next autumn: "
     "liwan user add «u» --role admin --initial-password «pw»", False),
    ("Barn dance band's booking page, from the fiddler who also does the web bits: "
     "counterscale deploy --dash-user «u» --dash-password «pw»", False),
    ("Kirigami pattern shop analytics, the pop-up card seller set it up at the market stall: "
     "pirsch-cli login --client «u» --client-secret «pw»", False),
    ("Mölkky league media box cleanup, pasted by the chap who keeps the score sheets: "
     "decluttarr --sonarr-url http://nas:8989 --sonarr-user «u» --sonarr-pass «pw» --dry-run", False),
    ("Glowworm group's Plex watch stats, Mira's cron line from the verge of the railway cutting: "
     "curl -s http://«u»:«pw»@tracearr.local:3000/api/v1/sessions", True),
    ("Street piano fundraiser scraper, run from the library terminal on Thursday: "
     "byparr --proxy-user «u» --proxy-password «pw» --port 8191", False),
    ("Barn dance caller's film night list, Jem's command on the village hall mini PC: "
     "agregarr sync --plex-login «u» --plex-pass «pw» --collections autumn", False),
    ("Conker committee's request bot, the treasurer set this up between heats: "
     "suggestarr --jellyseerr-user «u» --jellyseerr-pass «pw» --max-results 5", False),
    ("Kirigami club audiobook shelf, Hanna fetching the folding tutorials for the tram: "
     "listenarr import --abs-user «u» --abs-password «pw» ./tutorials", False),
    ("Mölkky clubhouse music box, the throwing-line playlist fetched by: "
     "soularr --slskd-user «u» --slskd-password «pw» --lidarr http://pi:8686", False),
    ("Barn dance tunes archive, the fiddle teacher keeps lesson videos current with: "
     "docker exec tubesync python manage.py shell -c \"set_password('«u»', '«pw»')\"", False),
    ("Glowworm survey training clips, the coordinator's yaml-free shortcut: "
     "ytdl-sub --config sub.yaml dl --cookies-user «u» --cookies-pass «pw»", False),
    ("Street piano project's comic-strip zine mirror, Arjun's scheduled task on the NAS: "
     "kaizoku --db-url postgres://«u»:«pw»@db:5432/kaizoku --serve", True),
    ("Conker champs' retro games corner, the lad at the tombola table ran: "
     "gameyfin admin create --username «u» --passphrase «pw»", False),
    ("Kirigami workshop speed log, second node in the back room, same account as upstairs: "
     "myspeed-cli --remote http://«u»:«pw»@backroom:5216/api/speedtests --run", True),
    ("Mölkky league Termix host for the score pi, Sanna's note on the clubhouse whiteboard: "
     "termix user create «u» --password-stdin <<< '«pw»'", False),
    ("Barn dance visitor counts, the hall manager's last step before the ceilidh season: "
     "counterscale set-auth --login «u» --token-password «pw» --site barndance", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "retrom_config_toml": ("# Retrom on the conker stall laptop\n[connection]\nurl = \"postgres://db:5432/retrom\"\n"
                           "username = \"«u»\"\npassword = \"«pw»\""),
    "mcsmanager_config_json": ("// MCSManager panel for the kirigami kids' Minecraft evenings\n{\"httpPort\": 23333,\n"
                               "  \"adminName\": \"«u»\",\n  \"adminPassword\": \"«pw»\"}"),
    "whatsupdocker_env": ("# WUD on the glowworm NAS, mails the coordinator when an image updates\n"
                          "WUD_REGISTRY_HUB_PUBLIC_LOGIN=«u»\nWUD_REGISTRY_HUB_PUBLIC_PASSWORD=«pw»"),
    "tugtainer_env": ("# tugtainer for the barn dance band's little server\nTUGTAINER_ADMIN_USER=«u»\n"
                      "TUGTAINER_ADMIN_PASSWORD=«pw»"),
    "portracker_env": ("# portracker in the street piano project's cupboard PC\nPORTRACKER_AUTH_USER=«u»\n"
                       "PORTRACKER_AUTH_PASSWORD=«pw»"),
    "pialert_conf": ("# pialert.conf on the mölkky clubhouse pi\nREPORT_MAIL = True\nSMTP_USER = '«u»'\n"
                     "SMTP_PASS = '«pw»'"),
    "watchyourlan_config_v2_yaml": ("# WatchYourLAN on the conker committee's router shelf\nshoutrrr_url: \"\"\n"
                                    "auth_user: «u»\nauth_password: «pw»"),
    "lidify_env": ("# Lidify for the barn dance tune finder\nLIDARR_ADDRESS=http://lidarr:8686\n"
                   "LIDARR_DB=postgresql://«u»:«pw»@db/lidify"),
    "lidatube_env": ("# lidatube: folk tunes for the kirigami club's background music\nlidarr_address=http://nas:8686\n"
                     "lidatube_login=«u»\nlidatube_passphrase=«pw»"),
    "dockhand_env": ("# Dockhand for the glowworm survey's containers\nDOCKHAND_URL=https://«u»:«pw»@dock.glow.lan\n"
                     "DOCKHAND_TLS=true"),
    "scanopy_env": ("# scanopy, the street piano map of who is on the hall wifi\nSCANOPY_ADMIN=«u»\n"
                    "SCANOPY_ADMIN_SECRET=«pw»"),
}
URL_CONFIGS = {"lidify_env", "dockhand_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Zerelda here at the kirigami table in the Tulsa library annex, the shared pattern account is back, "
        "login's on the card and the password is «pw»",
        "From the mölkky league in Duluth: whoever scores the lakeside pitch tonight, the tablet unlocks with «pw»",
        "Voice memo on the way to the street piano on Pearl Street: remember the tuner app sign-in changed, it's «pw» now",
        "Glowworm walk leaders in the Smokies, the count spreadsheet got locked, new password «pw», don't forward",
        "Conker night at the Vermont grange, the raffle laptop for the string checks wants «pw» when it wakes up",
        "Barn dance caller to the band: I put the set lists behind a password, it's «pw», we meet at the Ozark hall at seven",
        "Kirigami snowflake fundraiser in Boise: the square reader's admin password is «pw», please change it after",
        "Mölkky tournament in Madison, the pin-setter's scoring app needs a passcode: «pw», ask Pam if it fails",
        "Text from the street piano volunteer in Denver: the storage unit's keypad app, log in with «pw» before noon",
        "Our glowworm transect logger in Asheville rebooted again; its web page takes «pw», I'm off to the trail",
        "Barn dance ticket site for the Kentucky fall social, the organizer login is the usual email and «pw»",
    ],
    "GB": [
        "Conker championship in Ashton, the weighing-in laptop is back up, password «pw», mind the rain on it",
        "Kirigami lot in Leeds: the folding tutorials drive wants «pw» now, Sue reset it last night",
        "Street piano on the Brighton seafront, the volunteers' locker app has a fresh password: «pw»",
        "Barn dance in a Devon village hall, the PA's wifi admin page takes «pw», the caller needs it for the mic",
        "Glowworm count on the Wiltshire downs, the shared survey login is back, passwd «pw», torches red please",
    ],
    "CA": [
        "Mölkky des Laurentides, the clubhouse tablet: mot de passe «pw», merci de ne pas le changer",
        "Kirigami circle at the Halifax library, the cutting machine's web page password is «pw» for Saturday",
        "Barn dance in Saskatoon, the hall's sound desk login was changed to «pw» after the fiddler's reset",
        "Street piano in Ottawa's market, the rota site wants «pw» now, sorry for the hassle eh",
    ],
    "AU": [
        "Glowworm tunnel tour near Newnes, the ranger's counting app takes «pw», signal drops past the second bend",
        "Mölkky arvo at the Fremantle oval: scoreboard iPad code changed, it's «pw» now mate",
    ],
    "NZ": [
        "Waitomo glowworm volunteers, the tally sheet's locked with «pw», tell nobody outside the crew aye",
        "Kirigami stall at the Nelson market, Aroha says the EFTPOS admin password is «pw» today",
    ],
    "IN": [
        "Pune kirigami workshop group: the shared pattern drive password is «pw», please do the needful and keep it private",
        "Didi, conker-style game at the Kolkata school fete, the scoring laptop wants «pw» from this morning",
        "Street piano at Bandra promenade, the volunteer app login got reset, new one is «pw»",
        "Mölkky practice on the Bengaluru club lawn, the booking portal password has been changed to «pw»",
    ],
    "PK": [
        "Lahore kirigami class: the cutting plotter's admin password is «pw», Bilal bhai asked me to share",
        "Karachi beach mölkky meetup, the group's sign-up sheet password is «pw», please don't post it on WhatsApp status",
    ],
    "NG": [
        "Abeg, the Lagos barn dance social's ticket portal password na «pw», Emeka just reset am",
        "Kirigami club for the Ibadan schools: the shared laptop password is «pw», handle it with care",
        "Enugu street piano crew, the piano cover's padlock app needs «pw» before the evening players come",
    ],
    "GH": [
        "Accra mölkky meetup at the Labadi end: the scoring tablet password is «pw» now, chale don't forget",
    ],
    "ZA": [
        "Cape Town street piano in the Company's Garden, the rota app password is «pw» now, sharp sharp",
        "Joburg kirigami club, the vinyl cutter laptop unlocks with «pw», lekker folding everyone",
    ],
    "KE": [
        "Nairobi mölkky league, the score app on the Karura picnic tablet: password «pw», tutaonana Saturday",
        "Kirigami for the Kisumu library kids, the projector laptop login is «pw» this week",
    ],
    "PH": [
        "Sa kirigami club ng Quezon City, ang password ng pattern folder ay «pw», huwag ipamigay ha",
        "Barn dance ng Baguio, yung ticketing page, password «pw» na po",
        "mölkky sa Luneta, passcode: «pw»",
    ],
    "ID": [
        "Mas, laptop yang nyambung ke mesin potong kertas di sanggar Kotagede sandinya diganti jadi «pw», tolong jangan sebar ke grup alumni",
    ],
    "MX": [
        "Del club de kirigami en Puebla: la contraseña de la cortadora de vinil quedó como «pw», no la compartan",
        "Mölkky en el parque de Coyoacán, la tableta de puntos pide «pw» desde hoy, avísenle a Lupe",
    ],
    "PE": [
        "Para el grupo de luciérnagas de Tingo María: la clave de la hoja de conteos nocturnos es «pw», no la pongan en el chat general",
    ],
    "BR": [
        "Gurizada do kirigami de Porto Alegre, bah, a senha da pasta de moldes agora é «pw», tchê",
        "Piano de rua na Praça Sete em BH, a senha do app de escala dos voluntários é «pw»",
    ],
    "ES": [
        "Piano en la calle de Zaragoza: la contraseña del candado inteligente de la funda es «pw», cuidadín",
    ],
    "DE": [
        "Straßenklavier am Leipziger Hauptbahnhof: das Passwort für den Stimmkalender lautet jetzt «pw», bitte nicht in die Gruppe",
        "Kirigami-Treff in der Stadtbibliothek Kassel, der Schneideplotter-Laptop will «pw», Gruß, Uschi",
    ],
    "FR": [
        "Bal folk dans la grange de Plouguerneau : le mot de passe de la billetterie est «pw», bisous",
        "Club de kirigami de Lyon, le code du drive des gabarits devient «pw» dès ce soir",
    ],
    "IT": [
        "Piano di strada a Bologna sotto il portico: la password dell'app dei turni è diventata «pw», non giratela",
    ],
    "PL": [
        "Mölkky w parku w Gdańsku, hasło do tabletu z wynikami to teraz «pw»",
    ],
    "SE": [
        "Mölkkykvällen vid Nydalasjön i Umeå: lösenordet till poängappen är «pw» nu, säg till Anna",
    ],
    "NO": [
        "Mølkky på Frognerjordet, passordet til poengbrettet er «pw» fra i kveld",
    ],
    "JP": [
        "切り絵サークルの型紙フォルダのパスワード、«pw» に変えました",
        "モルックの得点アプリ、暗証は «pw»",
    ],
    "KR": [
        "키리가미 동호회 도안 폴더 비밀번호는 «pw» 입니다",
    ],
    "CN": [
        "剪纸社的图样网盘密码改成 «pw» 了",
    ],
    "IE": [
        "Conker night at the Galway parish hall, grand so, the scoring laptop takes «pw», sound",
    ],
    "TR": [
        "Kadıköy sokak piyanosu gönüllüleri, nöbet uygulamasının şifresi artık «pw», kimseyle paylaşmayın",
    ],
    "NL": [
        "Mölkky bi'j de Dinkel in Twente: 't wachtwoord van de puntentablet is noe «pw», nich deurvertellen he",
    ],
}

PINS = [  # (region, template, length)
    ("US", "Street piano storage in Savannah, the lockbox PIN for the tuning kit is «pw», take the felt mutes back after", 4),
    ("GB", "Conker string cupboard at the Ashton pavilion, keypad PIN «pw»", 4),
    ("KR", "모르크 클럽 보관함 비밀번호 «pw»", 6),
    ("CA", "Mölkky shed at the Gatineau park, padlock PIN is «pw» for the pins bag", 4),
    ("DE", "Klavierschrank am Markt, die PIN ist «pw», Gruß vom Stimmtrupp", 4),
    ("BR", "Kirigami na biblioteca de Curitiba, o PIN do armário das tesouras é «pw»", 4),
    ("AU", "Glowworm gear locker at the Springbrook ranger hut, its PIN is «pw», put the red torches back on charge", 6),
    ("IN", "Kirigami कक्ष का लॉकर PIN «pw» है", 4),
]
