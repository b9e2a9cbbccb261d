"""Passwords of the dev65 privacy set (``privacy_cases_dev65.py``): the stems its people make them
from (tamburello's sferisterio, serving ramp, serves and volleys, scherenschnitte's black paper,
scalpels, folded hearts and silhouettes), the accounts command lines run as, the commands people paste
(tools no earlier set names: Autobrr, Wizarr, OliveTin, Zoraxy, Shynet, Medama, Cleanuparr, Huntarr,
Unpackerr, Posterizarr, Profilarr, Dispatcharr, cross-seed, Pulsarr, BookLore, Kapowarr, Suwayomi and
NetAlertX), config files (formats no earlier set names: Unpackerr's unpackerr.conf, Autobrr's
config.toml, cross-seed's config.js, BookLore's .env, Shynet's .env, Dispatcharr's .env, NetAlertX's
app.conf, Suwayomi's server.conf, Pulsarr's .env, Wizarr's .env and Medama's .env) and prose from 29
regions (the Netherlands' in Zeelandic), and PINs, each line written as a message from a particular
person in a particular situation. Passwords are made by dev19's ``password()`` and ``pin()`` with this
set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["tamburello", "tamburo", "battuta", "trampolino", "sferisterio", "fondocampo", "terzino", "mezzovolo",
         "rimettitore", "caccialine", "pelletesa", "cerchiotamb", "quindicitrenta", "voloalto", "battitore", "palladura",
         "tamburino", "campolungo", "lineacaccia", "tamburvolo",
         "scherenschnitte", "papercut", "silhouette", "foldedheart", "treeoflife", "blackpaper", "tulipcut", "frakturcut",
         "liebesbrief", "scissorwork", "lacecut", "mirrorfold", "fineblade", "cutvalentine", "paperlace", "scalpelcut",
         "schattenbild", "weddingcut", "birdcut", "symmetryfold"]
ACCOUNTS = ["sferisterio_keys", "tamb_fixtures", "cutfold_orders", "fraktur_prints", "wall_gaps", "cope_ledger",
            "pellet_trays", "vole_skulls", "petal_boards", "blessing_rota", "straw_trail", "scarecrow_votes"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them (dev19's maker, this set's stems)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Ottavio set up the filter box for the club's match videos and left me this in a note:\n"
     "$ autobrr --config /srv/autobrr --user «u» --web-password '«pw»' --host 0.0.0.0", False),
    ("Second try after the tamburello stream box rebooted, same night:\n"
     "$ autobrr-ctl --profile sferisterio set-password «u» --new '«pw»'", False),
    ("Maud's invite server for the papercut circle's film evenings, from her shell history:\n"
     "$ wizarr-cli admin create --username «u» --password-hash-of \"«pw»\"", False),
    ("The walling group's button panel, started by hand on the old laptop in the barn:\n"
     "$ olivetin --configdir ./wallpanel --basic-user «u» --basic-pass «pw»", False),
    ("Owl class proxy box, what the volunteer typed before the pellet slideshow:\n"
     "$ zoraxy -port :8000 -noauth=false -initadmin «u» -initpass '«pw»'", False),
    ("Petal-order site stats, the first-run line the secretary pasted in our chat:\n"
     "$ docker exec -it shynet ./manage.py registeradmin «u» --password=\"«pw»\"", False),
    ("Same stats box, moved to the church hall's mini PC a week later:\n"
     "$ shynet-admin reset --login «u» --secret='«pw»' --site wellboards", False),
    ("Scarecrow trail analytics, the reset our map volunteer ran from her phone over SSH:\n"
     "$ medama --analytics-port 8080 --admin-email «e» --admin-pass '«pw»' --owner «u»", False),
    ("Ottavio's match-video cleanup job, copied from the crontab he emailed round:\n"
     "$ cleanuparr --queue-url \"http://«u»:«pw»@mediabox.sferisterio.lan:8989\" --dry-run", True),
    ("The papercut circle's film finder, started on the sewing-room Pi by Maud's nephew:\n"
     "$ huntarr --listen 9705 --auth-user «u» --auth-password '«pw»'", False),
    ("Owl class video downloads unpacked overnight, the test run the volunteer saved:\n"
     "$ unpackerr --sonarr-url http://nas:8989 --webserver-user «u» --webserver-pass «pw»", False),
    ("Scarecrow festival poster art box, run by the design lead before judging:\n"
     "$ pwsh ./Posterizarr.ps1 -Testing -FanartUser «u» -FanartPass '«pw»'", False),
    ("The walling group's media quality rules, synced by our treasurer who likes tidy files:\n"
     "$ profilarr sync --instance radarr --login «u» --passphrase \"«pw»\"", False),
    ("Dispatcharr for the tamburello club's streamed league nights, the setup line from Lorenzo:\n"
     "$ dispatcharr createsuperuser --username «u» --password '«pw»' --noinput", False),
    ("Cross-seed on the festival laptop, a one-off search the volunteer ran with the client login inline:\n"
     "$ cross-seed search --torrent-client \"qbittorrent:http://«u»:«pw»@127.0.0.1:8080\"", True),
    ("Pulsarr for the owl class's watchlist of nature films, set up on a Sunday:\n"
     "$ pulsarr --port 3003 --admin «u» --admin-password=«pw»", False),
    ("BookLore for the papercut circle's pattern-book library, first boot on the shared NAS:\n"
     "$ booklore --db-user «u» --db-password '«pw»' --books /volume1/patterns", False),
    ("BookLore again, the same library moved to a container, with the database URL pasted whole:\n"
     "$ docker run -e DATABASE_URL='mariadb://«u»:«pw»@db:3306/booklore' ghcr.io/booklore-app/booklore", True),
    ("Kapowarr for the well dressing team's comic-strip newsletter scans, the line from the secretary's notes:\n"
     "$ kapowarr --login «u» --auth-password \"«pw»\" --port 5656", False),
    ("Suwayomi on the scarecrow trail's kiosk tablet, the launcher flag our map volunteer added:\n"
     "$ java -Dsuwayomi.tachidesk.config.server.basicAuthUsername=«u» -Dsuwayomi.tachidesk.config.server.basicAuthPassword=«pw» -jar Suwayomi-Server.jar", False),
    ("NetAlertX watching the walling group's barn network, started by hand when the tracker went offline:\n"
     "$ netalertx --set SETPWD_password='«pw»' --set LOADED_BY=«u»", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "unpackerr_conf": ("# unpackerr.conf on the owl class's NAS, webserver section, photographed for the volunteer rota\n"
                       "[webserver]\n  metrics = true\n  listen_addr = \"0.0.0.0:5656\"\n  auth_user = \"«u»\"\n  auth_pass = \"«pw»\""),
    "autobrr_config_toml": ("# autobrr config.toml from the tamburello club's video box, as Ottavio pasted it\n"
                            "host = \"0.0.0.0\"\nport = 7474\nadminUser = \"«u»\"\nadminPassword = \"«pw»\""),
    "cross_seed_config_js": ("// cross-seed config.js on the festival laptop, the client block only\n"
                             "module.exports = { qbittorrentUser: \"«u»\", qbittorrentPassphrase: \"«pw»\", action: \"inject\" };"),
    "booklore_env": ("# BookLore .env for the papercut pattern library, sent to Maud's nephew\n"
                     "BOOKLORE_PORT=6060\nBOOKLORE_DB_URL=jdbc:mariadb://«u»:«pw»@mariadb:3306/booklore"),
    "shynet_env": ("# Shynet .env for the petal-order site stats, from the secretary's USB stick\n"
                   "DB_NAME=shynet_wells\nSHYNET_DB_LOGIN=«u»\nSHYNET_DB_SECRET=«pw»\nALLOWED_HOSTS=*"),
    "dispatcharr_env": ("# Dispatcharr .env for league-night streams, Lorenzo's copy\n"
                        "DISPATCHARR_ENV=aio\nDISPATCHARR_DATABASE=postgres://«u»:«pw»@pg:5432/dispatcharr"),
    "netalertx_app_conf": ("# NetAlertX app.conf on the walling barn's Pi, lines near the bottom\n"
                           "SETPWD_enable_password=True\nSETPWD_account='«u»'\nSETPWD_password='«pw»'"),
    "suwayomi_server_conf": ("# Suwayomi server.conf on the scarecrow kiosk tablet\n"
                             "server.basicAuthEnabled = true\nserver.basicAuthUsername = \"«u»\"\nserver.basicAuthPassword = \"«pw»\""),
    "pulsarr_env": ("# Pulsarr .env for the owl class's film watchlist\n"
                    "listenPort=3003\npulsarrAdminLogin=«u»\npulsarrAdminPhrase=«pw»"),
    "wizarr_env": ("# Wizarr .env for Maud's film-evening invites, pasted in the circle's group chat\n"
                   "APP_URL=https://films.foldedheart.lan\nWIZARR_OWNER=«u»\nWIZARR_OWNER_SECRET=«pw»"),
    "medama_env": ("# Medama .env for the scarecrow trail's visitor counts\n"
                   "ANALYTICS_DATABASE_HOST=duckdb\nMEDAMA_ADMIN_LOGIN=«u»\nMEDAMA_ADMIN_PASSPHRASE=«pw»"),
}
URL_CONFIGS = {"booklore_env", "dispatcharr_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Papercut circle, Lancaster: the pattern shop's admin login changed after the craft fair, new one is «pw», Maud has it too",
        "Voice memo from the scarecrow judge walking the trail with a clipboard: the voting tablet unlocks with «pw», don't let kids near it",
        "Treasurer of the owl pellet class, texting from the nature center parking lot: the grant portal password is «pw» until the audit",
        "Hey it's Drusilla, the fixtures spreadsheet for the tamburello ladder is locked now, open it with «pw» and don't sort column B",
        "Sticky note on the church hall fridge, well dressing week: petal-order laptop «pw» (ask before you print anything)",
        "From our walling instructor after the batter frame session: the photo archive got a new password, «pw», upload your gaps tonight",
        "Scarecrow festival stewards, read this twice: the radio check-in app wants «pw» now, the old one was in the leaked flyer",
        "My aunt wrote it on the back of a silhouette offcut so she would not forget: shop wifi for the cutting class is «pw»",
        "Pellet class kids' science night, the microscope camera's app is «pw», Mr Whitsett changed it after someone renamed every file 'skull'",
        "Sferisterio booking calendar for the summer league, password «pw», please stop double-booking the Thursday slot",
        "If the papercut exhibition's entry kiosk asks again, type «pw» and tap continue, the volunteer manual is out of date",
    ],
    "GB": [
        "Dales wallers' shared drive, reset after Ted left his laptop on the bus: «pw», lowercase as written",
        "From the well dressing committee minutes, item four, the new clay-board rota login agreed unanimously: «pw»",
        "Owl pellet tray inventory on the field centre PC now takes «pw», Hattie changed it after the school visit",
        "Left on the village hall whiteboard for the scarecrow makers: judging sheet password «pw», rub it off after Saturday",
        "Voice note from Ianthe on her way to the cope-stone delivery: the quarry account is «pw», order the through-stones first",
    ],
    "CA": [
        "Prairie scarecrow trail, Saskatoon: the sponsors' folder password is now «pw», Fernand changed it at the barn meeting",
        "Owl pellet night at the library, for whoever brings the projector: the laptop opens with «pw»",
        "Papercut valentines workshop in Moncton, booking page admin «pw», merci to Adélard for setting it up",
        "Note taped to the tamburello club's gear box, Hamilton courts: the padlock app is «pw», lock it after every match",
    ],
    "AU": [
        "Scarecrow festival down in the Huon Valley, the raffle tablet's password is «pw», Jedda's keeping the spare",
        "Drystone wallers, Victorian chapter: field photo upload is «pw» now, old one's dead",
    ],
    "NZ": [
        "Owl pellet session at the Nelson school hall, the slide laptop is «pw», Ngaio set it this morning",
        "Papercut club in Dunedin, the Etsy shop login moved to «pw», kia ora to everyone who sold a heart",
    ],
    "IN": [
        "Nilgiri owl watch group: the pellet photo drive password changed to «pw», Hemalatha will share the folder again",
        "Bhai the papercutting workshop registration site needs «pw» now, Ranjitsinh changed it after the Diwali rush",
        "Scarecrow contest at the Nashik farm fair, the judges' scoring login is «pw», please don't forward",
        "Pune walling volunteers, the stone-sorting sheet is locked with «pw», yes it's case sensitive",
    ],
    "PK": [
        "Lahore papercutting class, the shared Instagram now opens with «pw», Noorulain please post the tulip cut today",
        "Scarecrow mela committee, Faisalabad: stall booking portal «pw», send the receipts to Mehrban",
    ],
    "NG": [
        "Anwuli here, the papercutting workshop's payment page login is now «pw», the Enugu class starts Saturday",
        "Owl pellet outreach at the Jos school, the tablet passcode is «pw», don't let JSS2 change the wallpaper again",
        "Abuja scarecrow art walk volunteers: the ticket scanner app wants «pw», Eberechi has the backup phone",
    ],
    "GH": [
        "Kumasi papercut exhibition: the gallery booking account is «pw», Mawunyo holds the spare keys",
    ],
    "ZA": [
        "Drystone walling crew in the Karoo, the farm office PC password is «pw», leave the kettle on for Boitumelo",
        "Owl pellet morning at Kirstenbosch, the microscope camera app needs «pw», ask Sizwe if it freezes",
    ],
    "KE": [
        "Naivasha owl pellet group: the bone-chart laptop now uses «pw», Kipsang changed it after the field trip",
        "Nyeri scarecrow contest, the M-Pesa till report login is «pw», send to Gakii by Friday",
    ],
    "PH": [
        "Yung bagong password ng papercutting workshop sa Cebu ay «pw», huwag ipost sa GC ha",
        "Scarecrow contest sa Nueva Ecija, ang login ng judges' sheet ay «pw», salamat Analiza",
        "Owl pellet tablet: «pw», ingat",
    ],
    "ID": [
        "Kelompok seni gunting kertas di Yogyakarta: kata sandi galeri online sekarang «pw», jangan disebar ya",
    ],
    "MX": [
        "Taller de papel picado y siluetas en Puebla: la contraseña de la tienda en línea ahora es «pw», avísale a Mixtli",
        "Concurso de espantapájaros en Tlaxcala, la tablet del jurado se abre con «pw», no la presten",
    ],
    "PE": [
        "Para las egagrópilas de lechuza que juntamos en la chacra de Urubamba, la laptop del microscopio pide «pw» desde que Rufina la cambió",
    ],
    "BR": [
        "Oficina de recorte de papel em Blumenau: a senha nova do site de inscrições é «pw», a Jucilene já sabe",
        "Festival de espantalhos em Gramado, o tablet da votação abre com «pw», não deixa as crianças mexerem",
    ],
    "ES": [
        "Grupo de piedra seca del Maestrazgo: la contraseña de la carpeta de fotos ahora es «pw», la puso Garbiñe",
    ],
    "DE": [
        "Nach dem Adventsmarkt hat Hiltrud den Zugang zum Vorlagenladen unserer Scherenschnittrunde geändert, er heißt jetzt «pw», bitte im Kopf behalten",
        "Trockenmauer-Gruppe Kaiserstuhl, neue Zugangsdaten für die Lückenliste: «pw», Hiltrud hat es geändert",
    ],
    "FR": [
        "Atelier de découpage à Quimper : le mot de passe de la boutique en ligne devient «pw», merci Guénolé",
        "Pelotes de réjection, sortie du mercredi : la tablette s'ouvre avec «pw»",
    ],
    "IT": [
        "Società di tamburello di Castellaro: la password del calendario partite ora è «pw», non cambiatela senza Ottavio",
    ],
    "PL": [
        "Koło wycinanek i sylwet w Łowiczu: nowe hasło do sklepu to «pw», Wszebora już wie",
    ],
    "SE": [
        "Stenmursgruppen på Öland: lösenordet till bildarkivet är nu «pw», Inga-Lill bytte det i går",
    ],
    "NO": [
        "Tørrmur-laget i Hardanger, nytt passord til bildemappa: «pw», Torbjørg har lappen",
    ],
    "JP": [
        "切り絵教室の予約サイト、新しいパスワードは «pw» です",
        "ペリット観察会のタブレット: «pw»",
    ],
    "KR": [
        "종이오리기 모임 쇼핑몰 비밀번호 «pw» 로 바꿨어요",
    ],
    "CN": [
        "剪纸社网店新密码 «pw»",
    ],
    "IE": [
        "Drystone walling course on Inis Oírr, the booking sheet password is «pw» now, Piaras changed it on the ferry",
    ],
    "TR": [
        "Kâğıt kesme atölyesi, İzmir: online mağazanın yeni şifresi «pw», Seniha Hanım'a da söyleyin",
    ],
    "NL": [
        "Van de kleiplanken-ploeg uut Zeêland: 't nieuwe wachtwoord vò de fotomap is «pw», zeg 't an gin mens",
    ],
}

PINS = [  # (region, template, length)
    ("US", "Lockbox on the scarecrow trail's storage shed, code from the festival chair: «pw», spin it off after", 4),
    ("GB", "The walling trailer's key safe by the quarry gate is «pw», Ianthe reset it", 4),
    ("KR", "종이오리기 모임 창고 도어락 «pw»", 6),
    ("CA", "Owl pellet cupboard at the library, combination «pw», the kids don't need it", 4),
    ("DE", "Zahlenschloss am Vorlagenschrank im Kreisraum: «pw»", 4),
    ("BR", "Cadeado do armário do festival de espantalhos: «pw», devolve a chave do portão também", 4),
    ("AU", "Whoever opens the festival portacabin before the straw delivery, the alarm keypad beside the kettle wants «pw» within thirty seconds", 6),
    ("IN", "Owl watch locker PIN «pw»", 4),
]
