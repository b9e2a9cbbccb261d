"""Passwords of the dev64 privacy set (``privacy_cases_dev64.py``): the stems its people make them
from (footvolley's sand courts, nets, headers and chest passes, smocking's pleats, honeycomb stitches,
gathering threads and yokes), the accounts command lines run as, the commands people paste (tools no
earlier set names: Fider, Papermerge, Tdarr, Pigallery2, XBackBone, Flatnotes, Jotty, Slink, Wanderer,
Reitti, Jellystat, Maintainerr, Recyclarr, Notifiarr, Readarr, FlareSolverr, Unmanic and Fileflows),
config files (formats no earlier set names: Recyclarr's recyclarr.yml, Tdarr's Tdarr_Server_Config.json,
Reitti's application.properties, Wanderer's .env, Jellystat's .env, Notifiarr's notifiarr.conf,
Readarr's config.xml, Unmanic's settings.json, Fileflows' appsettings.json, Maintainerr's .env and
Slink's .env) and prose from 29 regions (Switzerland's in Alemannic), and PINs, each line written as a
message from a particular person in a particular situation. Passwords are made by dev19's
``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["footvolley", "sandheader", "chestpass", "shinvolley", "netbicycle", "sandcourt", "tiplob", "headspike", "kneeset",
         "doublehead", "sunsetvolley", "heelflick", "sandjuggle", "footserve", "netshoulder", "backheel", "beachfoot",
         "footrally", "thighpass", "sandsole",
         "smocking", "honeycomb", "cablestitch", "pleater", "gathering", "smockyoke", "wavestitch", "trellis",
         "surfacehoney", "stemstitch", "pleatrow", "smockcollar", "backsmock", "bishopdress", "holdingrow", "chevron",
         "cablerow", "diamondpleat", "smocker", "outlinestitch"]
ACCOUNTS = ["sandcourt_keys", "league_ladder", "pleat_rows", "yoke_patterns", "hedge_bindings", "stake_ledger",
            "scythe_peening", "meadow_rota", "tandem_routes", "stoker_list", "orchard_graft", "wassail_cider"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them: dev19's ``password`` with this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Rhiannon, for the footvolley ladder's suggestion board we moved Fider onto the club's small VPS: "
     "docker exec fider ./fider admin create --login «u» --secret-word «pw»", False),
    ("from the smocking circle's pattern archive box, the Papermerge import I scheduled for Sunday: "
     "papermerge-cli --host archive.local --user «u» --passwd «pw» import ./yokes/", False),
    ("the tandem club's ride videos get shrunk by Tdarr overnight, and the node joins with "
     "TDARR_NODE_URL=http://«u»:«pw»@10.0.4.7:8266 tdarr-node", True),
    ("hedgelaying photos for the newsletter live in Pigallery2, I reset the admin after the move: "
     "pigallery2 --Users-enforcedUser=«u» --Users-enforcedPass=«pw»", False),
    ("Scything course screenshots go to our XBackBone; the uploader script on my laptop runs "
     "xbb-upload --account «u» --account-pass «pw» peening.png", False),
    ("orchard grafting notes are plain markdown in Flatnotes, the container starts with "
     "FLATNOTES_USERNAME=«u» FLATNOTES_PASSWORD=«pw» ./flatnotes serve", False),
    ("footvolley fixtures checklist in Jotty, the treasurer wanted to log in from the beach hut: "
     "jotty users add «u» --pass-phrase «pw» --role editor", False),
    ("the smocking pattern images are shared through Slink now, Ffion set it up as "
     "slink user:create «e» --plain-password «pw» --display «u»", False),
    ("our tandem routes map in Wanderer syncs from the GPX folder: wanderer-sync "
     "https://«u»:«pw»@trails.tandemclub.example/api/v1/trail", True),
    ("Reitti keeps the scything group's location history for the meadow survey; the importer runs "
     "reitti-import --reitti-user «u» --reitti-secret «pw» owntracks.json", False),
    ("Jellystat watches the orchard club's film nights server, its backup job is "
     "jellystat-backup --pg-role «u» --pg-passphrase «pw» /srv/backups", False),
    ("Maintainerr clears old wassail recordings off the media box; I ran the first rule by hand: "
     "maintainerr rules run --plex-user «u» --plex-pw «pw» --dry", False),
    ("the hedgelaying club's film archive sync uses Recyclarr: recyclarr sync "
     "--radarr-login «u» --radarr-passwd «pw» --preview", False),
    ("Notifiarr pings the footvolley group when the court booking opens, the client started with "
     "notifiarr --ui-user «u» --ui-pass «pw» --config /etc/notifiarr", False),
    ("Readarr grabs the smocking books the library lends out as ebooks, its first run was "
     "readarr --nobrowser --auth-name «u» --auth-phrase «pw»", False),
    ("FlareSolverr sits in front of the orchard variety catalogue scraper, the proxy line "
     "is FLARE_PROXY=http://«u»:«pw»@proxy.orchard.example:3128", True),
    ("Unmanic re-encodes the tandem club's helmet-cam footage; worker two joins with "
     "unmanic --remote-installation-user «u» --remote-installation-pw «pw»", False),
    ("Fileflows converts the scything demo videos for the website, its node on the old laptop: "
     "fileflows-node --server http://barn-nas:19200 --api-user «u» --api-pass «pw»", False),
    ("for the hedgelaying competition results Fider board I added a second admin: "
     "fider admin add «u» --temp-secret «pw» --notify", False),
    ("Papermerge on the orchard's scanner PC, the watch folder for grafting invoices runs as "
     "papermerge-watch --owner «u» --owner-passwd «pw» --inbox C:\\Scans", False),
    ("Tdarr server on the tandem club's NAS after the reinstall, the web UI login from "
     "tdarr-server --set-auth «u»:«pw» --port 8265", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "recyclarr_yml": ("# recyclarr.yml on the hedgelaying club's media box, pasted for Gethin\n"
                      "sonarr:\n  hedges:\n    base_url: http://nas:8989\n    username: «u»\n    password: «pw»"),
    "tdarr_server_config_json": ("Tdarr_Server_Config.json from the tandem club's NAS, photographed\n"
                                 "{\"serverPort\": \"8266\", \"authUser\": \"«u»\", \"authPassword\": \"«pw»\"}"),
    "reitti_application_properties": ("Reitti on the meadow laptop, application.properties, datasource lines Owain asked about\n"
                                      "spring.datasource.username=«u»\nspring.datasource.password=«pw»"),
    "wanderer_env": ("Wanderer .env for the tandem routes, the line that breaks the sync\n"
                     "POCKETBASE_URL=http://«u»:«pw»@routes-db:8090"),
    "jellystat_env": ("orchard film nights, Jellystat .env as it stands\n"
                      "POSTGRES_USER=«u»\nJS_ADMIN_PASSPHRASE=«pw»"),
    "notifiarr_conf": ("notifiarr.conf on the footvolley club's pi, ui section\n"
                       "[ui]\n  ui_username = \"«u»\"\n  ui_password = \"«pw»\""),
    "readarr_config_xml": ("smocking library box, Readarr config.xml, the auth part\n"
                           "<AuthUser>«u»</AuthUser>\n<AuthSecret>«pw»</AuthSecret>"),
    "unmanic_settings_json": ("helmet-cam encoder, Unmanic settings.json for Ceri to check\n"
                              "{\"remote_user\": \"«u»\", \"remote_pass\": \"«pw»\"}"),
    "fileflows_appsettings_json": ("appsettings.json of the scything video Fileflows server\n"
                                   "\"Database\": {\"User\": \"«u»\", \"Secret\": \"«pw»\"}"),
    "maintainerr_env": ("wassail recordings box, Maintainerr .env\n"
                        "MAINTAINERR_PLEX_URL=https://«u»:«pw»@plex.orchard.example:32400"),
    "slink_env": ("Slink .env for the smocking pattern images\n"
                  "ADMIN_LOGIN=«u»\nADMIN_SECRET_PHRASE=«pw»"),
}
URL_CONFIGS = {"wanderer_env", "maintainerr_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Coach Dwayne here, the footvolley court lockbox app wants a login too, it's «pw», don't post it in the big group",
        "my grandma smocked the christening gown and the pattern shop account she made is still under «pw», she wants you to order threads",
        "tandem club captain reporting: the stoker sign-up sheet sits behind «pw» since someone added joke names",
        "hey it's Marisol from the community orchard, the cider press booking calendar's password is «pw» until wassail night",
        "scything workshop: the instructor's Vimeo folder with the peening videos opens with «pw», one week only",
        "Dad, the ring camera at the orchard shed got reset, new password «pw», write it in the blue notebook",
        "for the hedgelaying match entries the county form wants a password and I picked «pw», change it if you like",
        "I'm on the beach till dark, the footvolley team's Venmo group login is «pw» if you need to pay the ref",
        "smocking guild zoom host key changed, the dashboard password is now «pw», Ruth asked me to pass it on",
        "the tandem we rent out has a bike-lock app, the code in there is tied to the account password «pw»",
        "tree climbing for grafting scions tomorrow, the orchard's drone app login is «pw», battery's charged",
    ],
    "GB": [
        "Hedgelaying lot: the Midland-style stakes order page at the supplier's wants «pw», I've paid the deposit",
        "Right, the footvolley club's Wi-Fi at the beach kiosk has been changed to «pw», tell the juniors not to share",
        "Our scything group's shared inbox password is now «pw» after Sunday's phishing email, ta",
        "Orchard volunteers: the wassail ticket site admin is «pw», Brenda's off sick so it's you lot",
        "Smocking circle WhatsApp backup is encrypted with «pw», Mum insisted I tell someone",
    ],
    "CA": [
        "Halifax tandem hire kiosk by the waterfront, staff screen unlocks with «pw», eh, the old sticky note blew into the harbour",
        "smocking retreat at the lake, the cottage booking portal login is «pw», deposit's due Friday",
        "Orchard pruning crew: the shared Google account for the cider sign-ups uses «pw» now",
        "footvolley indoor season, the gym's door app took «pw» as my passcode, borrow it if you're early",
    ],
    "AU": [
        "footvolley on Bondi this arvo, the club's court-hire login is «pw», book the 4pm slot mate",
        "hedge planting crew, the Landcare portal password went to «pw», reckon you'll need it for the grant",
    ],
    "NZ": [
        "orchard wassail at the marae hall, the hall booking login is «pw», kia ora Hemi for sorting it",
        "tandem tour down to Queenstown, the bike-hire account password is «pw», sweet as",
    ],
    "IN": [
        "Aunty, the smocking classes Zoom recording portal is opening with «pw», please forward to Lata only",
        "Footvolley trial at Juhu beach, the registration site password for our team is «pw», do the needful",
        "Scythe delivery from the Ludhiana workshop, the tracking portal login is «pw», same as the invoice PDF",
        "Orchard co-op Tally login changed by accountant to «pw», he said not to forward it on groups",
    ],
    "PK": [
        "bhai, the tandem cycling event form at Lahore club has password «pw», fill the stoker names",
        "smocking dresses order from Faisalabad supplier, their portal password is «pw»",
    ],
    "NG": [
        "Abeg, the footvolley tournament site at Lekki has admin password «pw», don't share am with the other team",
        "The orchard cooperative POS login is «pw», Mama Nkechi said I should tell you before market day",
        "smocking class payment portal, my login password is «pw», pay for both of us please",
    ],
    "GH": [
        "the tandem riders club at Labadi beach, our booking account password na «pw», charley sort it",
    ],
    "ZA": [
        "Footvolley at Camps Bay on Saturday, the club app's password is «pw», lekker, see you there",
        "the orchard's irrigation controller app got a new password, «pw», ja just write it on the shed door inside",
    ],
    "KE": [
        "Scything demo at the Nakuru farm, the M-Pesa till dashboard login is «pw», tuonane Jumamosi",
        "smocking school uniforms order, the tailor's portal password is «pw», sawa?",
    ],
    "PH": [
        "Ate, yung footvolley court booking sa Boracay, password ay «pw», ikaw na bahala",
        "smocking ng baro ni baby, yung supplier account namin «pw» ang password",
        "tandem rental sa Subic, login «pw»",
    ],
    "ID": [
        "kak, akun pemesanan lapangan footvolley di Kuta pakai kata kunci «pw» ya",
    ],
    "MX": [
        "Oye, para entrar al calendario de rodadas del club de tándem tapatío usa «pw», es del capitán",
        "para el taller de smock de la abuela, la contraseña de la tienda de hilos es «pw»",
    ],
    "PE": [
        "Primo, el acceso al huerto comunitario de Arequipa es con la contraseña «pw», riega los manzanos",
    ],
    "BR": [
        "galera do futevôlei de Copacabana, pra reservar a areia do posto 5 no aplicativo entrem com «pw»",
        "vó, a loja de linhas pra casinha de abelha pediu senha e eu pus «pw», anota aí no caderno",
    ],
    "ES": [
        "Los del tándem de Valencia: la contraseña de la web del club ya es «pw», cambiadla el lunes si queréis",
    ],
    "DE": [
        "Heckenleger-Treffen am Samstag, das Passwort für den Vereinsordner lautet «pw», bitte nicht weiterleiten",
        "Omas Smok-Kurs an der Volkshochschule: ihr Zugang zum Kursportal hat jetzt das Kennwort «pw», hilf ihr bitte",
    ],
    "FR": [
        "Pour le verger partagé de Rennes, le mot de passe du site de réservation du pressoir est «pw», merci Gaëlle",
        "footvolley à la Baule, le code de l'appli du club est «pw»",
    ],
    "IT": [
        "Ragazzi del tandem di Ferrara, la password del gestionale delle uscite è «pw», non giratela",
    ],
    "PL": [
        "Kosiarze z łąki pod Nowym Sączem: hasło do wspólnego dysku to «pw»",
    ],
    "SE": [
        "Till sadelgruppen i tandemklubben: lösenordet till bokningssidan är nu «pw», mvh Ingrid",
    ],
    "NO": [
        "Til hagelaget i Hardanger, passordet til sidertappinga er «pw», hels Sigrun",
    ],
    "JP": [
        "スモッキング教室の会員ページのパスワードは«pw»です",
        "タンデム自転車クラブの予約サイト、パスは«pw»",
    ],
    "KR": [
        "풋발리 동호회 코트 예약 비번은 «pw» 이에요",
    ],
    "CN": [
        "果园酿酒群的后台密码改成«pw»了",
    ],
    "IE": [
        "Hedgelaying in Kilkenny this weekend, the association's payment page wants «pw», grand so",
    ],
    "TR": [
        "Tandem bisiklet kulübünün rezervasyon şifresi artık «pw», kimseye söyleme abi",
    ],
    "CH": [
        "Dr Zuegang zum Obschtgarte-Verein sim Kaländer isch «pw», bis am Samschtig",
    ],
}

PINS = [  # (region, template, length)
    ("US", "the orchard shed keypad got changed after the wassail, it's «pw» now, Earl said text him if it sticks", 4),
    ("GB", "Tandem club garage door code for the winter: «pw», lock up after you, cheers", 4),
    ("KR", "풋발리 클럽하우스 도어락 «pw» 입니다", 6),
    ("CA", "smocking guild storage locker combination is «pw», third row on the left", 4),
    ("DE", "Die Zahlenkombination vom Sensenschuppen ist «pw», Ulrike", 4),
    ("BR", "cadeado do depósito da quadra de futevôlei: «pw», não esquece de fechar", 4),
    ("AU", "footvolley gear cage code is «pw» mate", 6),
    ("IN", "scythe shed padlock «pw»", 4),
]
