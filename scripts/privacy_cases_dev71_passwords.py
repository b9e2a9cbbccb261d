"""Passwords of the dev71 privacy set (``privacy_cases_dev71.py``): the stems its passwords grow
from (kho kho's chasers, runners, poles, squares, dives and inter-school meets, corkball's thin bats,
cork balls, batting cages, St. Louis summer nights and box scores), the accounts command lines run as,
the commands people paste (tools no earlier set names: Dumbpad, DumbDrop, DumbAssets, DumbBudget,
DumbKan, Palmr, Cryptgeon, Zrok, Omni-tools, Fasten, Medplum, Solidinvoice, Paperless-AI,
Paperless-GPT, Reactive-Resume, Chhoto, Rustpad and Pinry; and three whose tool an earlier set
named, each with its password in a flag or syntax no earlier set used with it: Bitwarden's bw with
--passwordenv, Obsidian-livesync's CouchDB init script with its environment, Lidarr-on-steroids'
API with curl --user), config files (formats no earlier set names: MicroBin's .env, Requestrr's
settings.json, Nicotine+'s config, Rhasspy's profile.json, Speaches' .env, Stoat's Revolt.toml,
vaultwarden-backup's .env, Shoko's settings-server.json, Agent DVR's config.json and Kyoo's .env;
and Obsidian-livesync's data.json, CouchDB's credentials under a field no earlier set used) and prose from 29 regions (the Netherlands' in Brabants),
and PINs, each line written as a message from a particular person in a particular situation.
Passwords are made by dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["khokho", "chasersquare", "polediver", "khocall", "runnerline", "sittingchaser", "polebase", "khodive",
         "satarakho", "chaserturn", "khomat", "centrelane", "activechaser", "khotournament", "dodgerunner", "kho-kho",
         "freezone", "khowhistle", "squarecross", "poleturn",
         "corkball", "thinbat", "corkcage", "stlouiscork", "cagenight", "broomstickbat", "corkpitch", "backstopnet",
         "corkinning", "cagecatcher", "twostrike", "corkleague", "tappedball", "cagescore", "corksummer",
         "southsidecork", "netcage", "corkfoul", "dugoutcork", "boxscore"]
ACCOUNTS = ["pole_squad", "chaser_desk", "cork_cage", "box_scorer", "toesrack_ref", "pub_bracket",
            "welly_lane", "fete_office", "bridge_heats", "lock_keeper", "stickler_desk", "straw_stores"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Kho kho coach Anjali set up Dumbpad for the fixture notes and pasted her compose line into the parents' chat:\n"
     "docker run -e DUMBPAD_PIN=«pw» -e SITE_TITLE=«u» dumbwareio/dumbpad", False),
    ("Corkball commissioner sharing the scorecard upload box, DumbDrop started on his NAS with\n"
     "docker run -e DUMBDROP_PIN=«pw» -e DUMBDROP_TITLE=«u» dumbwareio/dumbdrop", False),
    ("The toe wrestling pub landlord's inventory of chairs and the toesrack, DumbAssets launched with\n"
     "docker run -e DUMBASSETS_PIN=«pw» -e SITE_TITLE=«u» dumbwareio/dumbassets", False),
    ("Welly wanging fete treasurer tracking the boot budget:\n"
     "docker run -e DUMBBUDGET_PIN=«pw» -e SITE_TITLE=«u» dumbwareio/dumbbudget", False),
    ("Pooh sticks volunteers' task board, the lock keeper's grandson typed this into the group:\n"
     "docker run -e DUMBKAN_PIN=«pw» -e SITE_TITLE=«u» dumbwareio/dumbkan", False),
    ("Before uploading the Dover's Hill bout videos to the club's Palmr share, the stickler tested his login in a terminal and posted the line to the group:\n"
     "palmr_login=$(curl -s https://palmr.invalid/api/auth/login --json '{\"email\":\"«e»\",\"password\":\"«pw»\"}')", False),
    ("Kho kho inter-school referee sharing a one-time note of the draw via Cryptgeon's CLI:\n"
     "npx cryptgeon send text 'draw for «u»' --password «pw»", False),
    ("Corkball cage manager opening the booking page to friends through zrok, his terminal:\n"
     "zrok share public localhost:8080 --basic-auth «u»:«pw»", False),
    ("Toe wrestling barman calling the Omni-tools instance behind the pub's proxy:\n"
     "curl -u «u»:«pw» https://omni.invalid/api/health", False),
    ("Welly wanging first aider's health records in Fasten, the login he ran from the clubhouse PC:\n"
     "curl -d 'username=«u»&password=«pw»' https://fasten.invalid/api/auth/signin", False),
    ("Pooh sticks medical volunteer testing Medplum's CLI before the championship:\n"
     "medplum login --email «e» --password «pw»", False),
    ("Shin kicking Olimpicks invoices in Solidinvoice, the treasurer's cron job:\n"
     "curl https://«u»:«pw»@invoices.invalid/api/invoices?status=overdue", True),
    ("Kho kho club's scanned consent forms, Paperless-AI pointed at the archive with\n"
     "PAPERLESS_API_URL=https://«u»:«pw»@paper.invalid/api paperless-ai --scan", True),
    ("Corkball league receipts, Paperless-GPT pulled up by the stats volunteer:\n"
     "docker run -e PAPERLESS_USERNAME=«u» -e PAPERLESS_PASSWORD=«pw» icereed/paperless-gpt", False),
    ("Toe wrestling referee's CV for the county show, Reactive-Resume signin from his phone's terminal app:\n"
     "curl -X POST https://resume.invalid/api/auth/login -d 'identifier=«u»&password=«pw»'", False),
    ("Welly wanging fete short links in Chhoto, the vicar's nephew started it with\n"
     "docker run -e password=«pw» -e site_url=https://«u».invalid sintan1729/chhoto-url", False),
    ("Pooh sticks commentary notes edited together in Rustpad, the RNLI volunteer's proxy test:\n"
     "curl https://«u»:«pw»@pad.invalid/api/text/heats", True),
    ("Shin kicking smock photos pinned on Pinry, the stickler's grandson logged in with\n"
     "http --form POST https://pinry.invalid/api/v2/profile/login/ username=«u» password=«pw»", False),
    ("Kho kho treasurer unlocking the club vault from the school staff room:\n"
     "BW_CLUBPASS=«pw» bw login «e» --passwordenv BW_CLUBPASS --raw", False),
    ("Corkball stats volunteer setting up the database for Obsidian-livesync with the plugin's own init script:\n"
     "export hostname=https://couch.invalid username=«u» password=«pw»; curl -s https://raw.githubusercontent.com/vrtmrz/obsidian-livesync/main/utils/couchdb/couchdb-init.sh | bash", False),
    ("Toe wrestling pub's jukebox library, Lidarr-on-steroids' API called by the landlord's son:\n"
     "curl --user «u»:«pw» http://jukebox.invalid:8686/api/v1/system/status", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "microbin_env": ("Welly wanging fete's paste board, MicroBin's .env pasted by the organiser:\n"
                     "MICROBIN_ADMIN_USERNAME=«u» MICROBIN_ADMIN_PASSWORD=«pw»"),
    "requestrr_settings_json": ("Toe wrestling pub's film night bot, Requestrr's settings.json photographed:\n"
                                "\"Authentication\": {\"Username\": \"«u»\", \"Password\": \"«pw»\"}"),
    "nicotine_config": ("Corkball commissioner's old music sharing setup, Nicotine+'s config file:\n"
                        "[server] login = «u» passw = «pw»"),
    "rhasspy_profile_json": ("Pooh sticks lock keeper's voice assistant, Rhasspy profile.json pasted in a forum:\n"
                             "\"mqtt\": {\"username\": \"«u»\", \"password\": \"«pw»\"}"),
    "speaches_env": ("Shin kicking commentary transcriber, the stickler's Speaches .env:\n"
                     "SPEACHES_USER=«u» SPEACHES_API_KEY=«pw»"),
    "livesync_data_json": ("Kho kho coaching notes synced with Obsidian-livesync, the plugin's data.json shown on a call:\n"
                           "\"couchDB_USER\": \"«u»\", \"couchDB_PASSWORD\": \"«pw»\""),
    "stoat_revolt_toml": ("Corkball league chat server, Stoat's Revolt.toml from the stats volunteer:\n"
                          "[database] mongodb = \"mongodb://«u»:«pw»@db.invalid\""),
    "vaultwarden_backup_env": ("Welly wanging treasurer's password vault backups, vaultwarden-backup's .env:\n"
                               "ZIP_ENABLE=TRUE ZIP_PASSWORD_USER=«u» ZIP_PASSWORD=«pw»"),
    "shoko_settings_server_json": ("Toe wrestling barman's anime library, Shoko's settings-server.json:\n"
                                   "\"Database\": {\"Username\": \"«u»\", \"Password\": \"«pw»\"}"),
    "agentdvr_config_json": ("Pooh sticks bridge camera, Agent DVR's config.json pasted for help:\n"
                             "\"login\": \"«u»\", \"pwd\": \"«pw»\""),
    "kyoo_env": ("Shin kicking film archive in Kyoo, the .env from the stickler's grandson:\n"
                 "POSTGRES_USER=«u» POSTGRES_PASSWORD=«pw»"),
}
URL_CONFIGS = {"stoat_revolt_toml"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Corkball commissioner texting from the bleachers at the south side cage: the league laptop wakes with «pw», don't let the kids near the scoring sheet",
        "Voice memo from the St. Louis corkball night: the cage's booking tablet unlocks with «pw», Gary changed it after the foul ball argument",
        "Note for whoever keeps the corkball box scores next season: the shared Google account password is «pw», recovery goes to my old phone",
        "My brother-in-law running the kho kho demo at the county fair says the projector laptop is «pw», please don't update Windows on it",
        "Dad's text from the toe wrestling night at the pub in Ohio: the Wi-Fi for the bracket screen is «pw», ask for the booth by the dartboard",
        "Welly wanging booth at the church fete, from the pastor: the Square reader's account password is «pw», we sell boots for a dollar a throw",
        "Reminder I set on my watch: the pooh sticks bridge camera login changed to «pw» after the storm took out the old one",
        "Message from the corkball equipment guy: the storage unit app password is «pw», the thin bats are in the back left bin",
        "Group text from the kho kho parents: Coach Anjali's shared drive password is «pw», permission slips go in the green folder",
        "Shin kicking fan club chat: the ticket account for the Cotswold trip is «pw», I'll change it once everyone has booked",
        "Sticky on the corkball cage fridge: tip jar app sign-in «pw», the ump gets half",
    ],
    "GB": [
        "Text from the toe wrestling organiser at the Derbyshire pub: the laptop that runs the bracket and the toesrack cam opens with «pw», the landlord knows it too",
        "Fete secretary's note on the welly wanging trestle: card machine password «pw»",
        "Voice note from the lock keeper before the pooh sticks championship: the RNLI stall tablet is «pw», and please keep it off the bridge in the rain, it's not waterproof",
        "From the shin kicking stickler on Dover's Hill: the Olimpicks entry laptop's password is «pw», mind the straw in the keyboard",
        "The village hall booking system for the welly wanging prize-giving is on the old Dell, password «pw», the parish clerk set it up and has since moved to Shropshire",
    ],
    "CA": [
        "Corkball league text from Windsor: the cage's PC password is «pw», eh, don't give it to the visiting team",
        "Kho kho club at the Brampton gym: projector laptop is «pw»",
        "Welly wanging organiser at the Saskatchewan fair wrote on the back of a flyer that the sound desk laptop opens with «pw»",
        "Pooh sticks on the Rideau, message from the coordinator: the registration iPad passcode word is «pw», charger is in my car",
    ],
    "AU": [
        "Toe wrestling night at the Ballarat pub, the publican's text: bracket laptop «pw», don't touch the pokies login",
        "From the welly wanging bloke at the Bendigo show: the loudspeaker tablet password is «pw», it's on the ute",
    ],
    "NZ": [
        "Pooh sticks fundraiser over the Avon in Christchurch, text from the organiser: registration laptop is «pw», sweet as",
        "Message from the Taihape gumboot day's announcer, sitting in his tractor cab: the commentary laptop under the hay bale wakes up with «pw», and the kids are not to load Roblox on it",
    ],
    "IN": [
        "Kho kho coach from Satara on WhatsApp: school sports room computer ka password «pw» hai, fixture list desktop par hai",
        "Inter-school kho kho meet, the PT sir says the scoreboard laptop's password is «pw», don't change the wallpaper",
        "Message from the district kho kho secretary: the federation portal password for our club is «pw», enter the chasers' names by Friday",
        "Kho kho mat store room tablet, the ground in-charge texted «pw» as the password, please lock the almirah",
    ],
    "PK": [
        "Kho kho team at the Lahore college, the games teacher's message: laptop password «pw», keep it in the staff room",
        "Voice note from my cousin who runs the toe wrestling stall at the Faisalabad mela: the card machine app needs «pw», and the receipts go in the tin box",
    ],
    "NG": [
        "Kho kho demonstration at the Ibadan school sports, the coordinator texted: the laptop for the fixtures is «pw»",
        "Message from the welly wanging guy at the Lagos family fun day: POS app password «pw», abeg no change am",
        "Pooh sticks at the Enugu bridge charity day, the organiser said the registration tablet opens with «pw»",
    ],
    "GH": ["Welly wanging stall at the Kumasi school fair, the PTA chair's message: the MoMo merchant app password is «pw»"],
    "ZA": [
        "Toe wrestling at the Stellenbosch student pub, text from the barman: the bracket laptop's password is «pw», and the cam is the one above the fridge, howzit",
        "Kho kho exhibition in Durban, the coach says the hall PC is «pw»",
    ],
    "KE": [
        "Welly wanging at the Nakuru agricultural show, the steward's text: the M-Pesa till phone password is «pw»",
        "Kho kho inter-school event in Kisumu, teacher's message: the projector laptop opens with «pw»",
    ],
    "PH": [
        "Pooh sticks sa tulay sa Marikina, sabi ng organizer: ang password ng laptop ay «pw»",
        "Kuya, yung tablet ng welly wanging booth sa pista, password niya «pw», huwag mo i-update",
        "Toe wrestling sa beerhouse sa Cebu, yung laptop ng bracket: password «pw», sabi ni boss",
    ],
    "ID": ["Pesan dari pelatih kho kho di sekolah Bandung: password laptop untuk jadwal pertandingan adalah «pw», jangan diubah ya, nanti saya yang ganti setelah turnamen antar sekolah selesai"],
    "MX": [
        "Mensaje del organizador del lanzamiento de botas de hule en la kermés de Puebla: la contraseña de la laptop es «pw»",
        "Recado del encargado del torneo de lucha de dedos del pie en la cantina: la tableta del marcador abre con «pw»",
    ],
    "PE": ["Nota del profesor de kho kho del colegio en Arequipa: la contraseña de la computadora de la sala de deportes es «pw»"],
    "BR": [
        "Recado do organizador do arremesso de galocha na quermesse de Curitiba: a senha do notebook do placar é «pw», não mexe no som",
        "Mensagem do treinador de kho kho da escola em Recife: a senha do computador da quadra é «pw»",
    ],
    "ES": ["Oye, el del concurso de lanzamiento de botas de agua en las fiestas de Teruel dice que el portátil del marcador se abre con «pw» y que no lo cierres con la tapa"],
    "DE": [
        "Sprachnachricht vom Gummistiefelweitwurf beim Dorffest in der Eifel: der Laptop mit der Weitenliste lässt sich mit «pw» entsperren, bitte nicht an den Lautsprecher hängen",
        "Zettel am Bierwagen: Kassenlaptop beim Zehenringen, Passwort «pw»",
    ],
    "FR": [
        "Message du comité des fêtes : pour le lancer de bottes en caoutchouc, le mot de passe de l'ordi des distances est «pw», ne le prêtez à personne",
        "Note du bistrot qui accueille la lutte d'orteils : le mot de passe de la tablette du tableau est «pw»",
    ],
    "IT": ["Il parroco che organizza il lancio dello stivale di gomma alla sagra mi scrive che il portatile del punteggio si apre con «pw», e di non spegnerlo durante la gara"],
    "PL": ["Pan Zdzisław, który od lat mierzy rzuty kaloszem na festynie w Wąchocku, pisze, że do starego laptopa z tabelą wyników trzeba wpisać «pw», i żeby nikt nie instalował gier"],
    "SE": ["Från kho kho-tränaren i Malmö: lösenordet till klubbens dator är «pw»"],
    "NO": ["Arrangøren av støvelkasting på bygdedagen i Hallingdal, en pensjonert lærer, skriver i en lapp på kjøleskapet at den gamle bærbare med resultatlistene fra nittitallet åpnes med «pw»"],
    "JP": [
        "kho kho no renshuu kai, taiikukan no pasokon no pasuwaado wa «pw» desu",
        "nagagutsu nage taikai no honbu no taburetto, pasuwaado «pw»",
    ],
    "KR": ["jangwha deonjigi daehoe noteubuk amho «pw»"],
    "CN": ["cun li yuxue touzhi bisai de jifen diannao, cunzhang shuo kaiji mima shi «pw», bie gaosu xiaohai"],
    "IE": ["Message from Mairéad on the Mayo fete committee, sent from the cattle mart car park: the laptop for the welly throwing distances takes «pw», and don't let Father Tom near it"],
    "TR": ["Köy şenliğinde çizme fırlatma yarışmasının bilgisayar şifresi «pw», düzenleyen amca söyledi"],
    "NL": ["Appke van de vent van 't laarzengooien op de kermis in Brabant: 't wachtwoord van de laptop is «pw», houdoe"],
}

PINS = [  # (region, template, length)
    ("US", "Corkball cage lockbox on the fence by the backstop net, the commissioner's code: «pw»", 4),
    ("GB", "Toe wrestling pub cellar door keypad: «pw»", 4),
    ("KR", "jangwha changgo bimilbeonho «pw»", 6),
    ("CA", "Welly wanging boot crate padlock at the fair, combination «pw», left then right", 4),
    ("DE", "Der Hausmeister vom Bürgerhaus schreibt, das Zahlenschloss am Schuppen mit den Gummistiefeln und Maßbändern für den Wettbewerb geht mit «pw» auf", 4),
    ("BR", "Cadeado do armário das galochas, senha «pw»", 4),
    ("AU", "If Trev tips off the footbridge again during the Ballarat stick race, his mobile's lock code is «pw» so someone can ring his missus", 6),
    ("IN", "Kho kho academy ke equipment store ka digital lock, coach sahab ne six-digit code bheja: «pw»", 6),
]
