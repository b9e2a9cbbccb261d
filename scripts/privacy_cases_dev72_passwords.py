"""Passwords of the dev72 privacy set (``privacy_cases_dev72.py``): the stems its passwords grow
from (klootschieten's wooden kloots, lead-weighted balls, country lanes, throws, rounds and Sunday
teams, buzkashi's riders, chapandaz, boz, horses, whips and winter fields), the accounts command
lines run as, the commands people paste (tools no earlier set names: Part-DB, Ajenti, Jellyfin-vue,
Openresume, Draw.io, Excalidraw, Tldraw, Kokoro, OpenWakeWord, Faster-whisper, Whisper.cpp,
LibreSpeed, OpenSpeedTest, Mwmbl, Stract, Jirafeau, ProjectSend, Vorta, Restique, 4get and
Pushover), config files (formats no earlier set names: Jirafeau's config.local.php, ProjectSend's
.env, LibreSpeed's compose environment, Kokoro's .env, Faster-whisper's .env, Vorta's profile
export, 4get's config with a proxy URL, Mwmbl's .env, OpenWakeWord's settings.yaml, Stract's
config.toml and Part-DB's .env.local) and prose from 29 regions (the Netherlands' in Veluws), and
PINs, each line written as a message from a particular person in a particular situation. Passwords
are made by dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["klootschieten", "kloot", "klootbal", "loodkloot", "kloottrip", "klootronde", "zondagskloot", "klootworp",
         "bosselkugel", "klootbaan", "klootschieter", "worpteller", "klootploeg", "hattenkloot", "veldkloot", "klootmarker",
         "schotlengte", "klootkampioen", "kloot-loop", "heidekloot",
         "buzkashi", "chapandaz", "kokpar", "ulakkartysh", "bozrider", "steppehorse", "goatgrab", "mazarfield",
         "winterbuzkashi", "riderwhip", "halalcircle", "kokboru", "horsemanship", "chapanrider", "steppeplay", "fieldcharge",
         "tudabarai", "qarajai", "bozcircle", "kabulfield"]
ACCOUNTS = ["kloot_ploeg", "worp_teller", "storeroom", "green_keeper", "rink_skip", "court_marker",
            "dedans_desk", "clue_keeper", "stamp_log", "cannon_crew", "launch_desk", "fairboard"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("the parts inventory for the trebuchet build lives in Part-DB now; I reset the storeroom login on the server with\ndocker compose exec partdb php bin/console partdb:users:set-password --new='«pw»' «u»", False),
    ("bowls club's old server panel wouldn't let the treasurer in, so I ran this over ssh:\necho '«pw»' | sudo ajenti-panel-passwd --from-stdin --login «u»", False),
    ("the clubhouse TV plays the marker's training videos through Jellyfin-vue, the kiosk signs in like this:\nJF_KIOSK_SECRET='«pw»' npx jellyfin-vue-kiosk --profile «u»", False),
    ("seeding the coaching CV site for the bowls juniors (Openresume), first admin:\nOPENRESUME_SEED_PASS='«pw»' node scripts/seed.js --owner «u»", False),
    ("exporting the locked chunkin' field diagram so the fair board can open it:\ndrawio -x -f pdf --pdf-password '«pw»' --author «u» field.drawio", False),
    ("the letterbox clue map is on our Excalidraw room; invite the new keeper with\nexcalidraw-room invite --to «e» --room-secret '«pw»'", False),
    ("real tennis chase diagrams are drawn on a self-hosted Tldraw; its sync server starts with\ntldraw-sync --listen 0.0.0.0:5858 --guard «u» --guard-phrase '«pw»'", False),
    ("the announcer voice for the pumpkin launches is Kokoro running on the old laptop:\nkokoro-serve --port 8880 --panel-user «u» --panel-phrase '«pw»'", False),
    ("training a wake word so the skip can say 'measure' to the bowls tablet, pulling the models:\nopenwakeword-fetch --mirror-login «u» --mirror-secret '«pw»'", False),
    ("transcribing the AGM recording for the minutes, the Faster-whisper box wants\nfaster-whisper-api --bind 10.1.4.2 --basic-name «u» --basic-word '«pw»'", False),
    ("Whisper.cpp sends the transcripts of the clue recordings by mail, started as\n./whisper-server -m ggml-small.bin --mail-from «e» --mail-secret '«pw»'", False),
    ("checking the green's wifi for the live scoreboard; LibreSpeed's admin stats page opened with\ncurl 'http://10.2.0.5/results/stats.php?op=enter&name=«u»&passcode=«pw»'", True),
    ("the field's network test before the cannons fire, OpenSpeedTest behind a basic-auth proxy:\nwget -qO- 'http://«u»:«pw»@192.168.40.3:3000/downloading'", True),
    ("indexing our club's little website into Mwmbl so people can find the fixtures:\npython -m mwmbl.crawl --contributor «u» --contributor-key '«pw»'", False),
    ("the search page for the clue archive runs on Stract, I added the editor with\nstract admin add-editor --handle «u» --passphrase-inline '«pw»'", False),
    ("the photo drop for the tournament is Jirafeau; setting it up on the NAS with\ndocker run -e JIRAFEAU_ADMIN_PASS='«pw»' -e JIRAFEAU_ADMIN_NAME=«u» mojo42/jirafeau", False),
    ("uploading the scorecards to ProjectSend from the clubhouse PC:\ncurl -d @cards.zip 'https://files.bowls.example/upload.php?user=«u»&pass=«pw»'", True),
    ("Vorta on the secretary's laptop backs up the membership files; from the terminal:\nvorta --create-profile members --repo-user «u» --repo-passphrase '«pw»'", False),
    ("Restique guards the backups of the launch videos; it was set up with\nrestique init --repo-secret '«pw»' --alert-to «e»", False),
    ("the clubhouse search box uses 4get through the ISP's proxy, started with\nphp 4get-serve.php --upstream-user «u» --upstream-pass '«pw»'", False),
    ("the pumpkin crew gets launch alerts through Pushover, the desktop client logs in as\npushover-desktop --device clubhouse --account «u» --account-password '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "jirafeau_config_php": ("Jirafeau's config.local.php on the club NAS, as I photographed it:\n$cfg['admin_user'] = '«u»';\n$cfg['admin_password'] = '«pw»';"),
    "projectsend_env": ("ProjectSend's .env for the scorecard uploads:\nPROJECTSEND_DB_USERNAME=«u»\nPROJECTSEND_DB_SECRET=«pw»"),
    "librespeed_compose_env": ("LibreSpeed's compose file, the environment part:\n  environment:\n    - STATS_LOGIN=«u»\n    - STATS_PASSPHRASE=«pw»"),
    "kokoro_env": ("Kokoro's .env on the announcer laptop:\nKOKORO_PANEL_USER=«u»\nKOKORO_PANEL_PASSWORD=«pw»"),
    "faster_whisper_env": ("Faster-whisper's .env for the minutes box:\nFW_BASIC_USER=«u»\nFW_BASIC_PASSWORD=«pw»"),
    "vorta_profile_json": ("Vorta's exported profile, the repository part:\n{\"repo_url\": \"ssh://«u»@nas.local/./members\", \"repo_password\": \"«pw»\"}"),
    "fourget_config_php": ("4get's config.php, the proxy line the clubhouse needs:\nconst PROXY_URL = \"http://«u»:«pw»@proxy.isp.example:3128\";"),
    "mwmbl_env": ("Mwmbl's .env on the crawler box:\nMWMBL_CONTRIBUTOR=«u»\nMWMBL_CONTRIBUTOR_SECRET=«pw»"),
    "openwakeword_settings_yaml": ("OpenWakeWord's settings.yaml for the bowls tablet:\nmirror:\n  login: «u»\n  secret: \"«pw»\""),
    "stract_config_toml": ("Stract's config.toml for the clue archive search:\n[admin]\nhandle = \"«u»\"\npassphrase = \"«pw»\""),
    "partdb_env_local": ("Part-DB's .env.local for the trebuchet storeroom:\nPARTDB_MAILER_USER=«u»\nPARTDB_MAILER_PASS=«pw»"),
}
URL_CONFIGS = {"fourget_config_php"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "pumpkin crew: I changed the trailer padlock combo app login after Dave lost his phone, the new one is «pw», don't post it in the public group",
        "Delaware fair board wifi in the judges' tent is «pw», only for the scoring laptops please",
        "the air cannon's pressure logger has its own web page, login password «pw», it's taped inside the control box too",
        "Mom, the bowls club's tablet in the kitchen is locked with «pw» if you need the recipe for the potluck",
        "Reminder for the letterbox group: the shared photo album's password is «pw» from today, the old one leaked",
        "hey it's Marcy, the fairgrounds gate keypad app wants a password, I set it to «pw», tell the night guy",
        "the trebuchet's winch controller firmware page asks for «pw», that's the admin one, be careful with it",
        "scoreboard laptop at the real tennis court: password «pw», the marker changes it after every season",
        "I wrote the bowls league's website password on the fridge calendar, it's «pw», you can log in and post the draw",
        "for the punkin chunkin livestream the YouTube studio password is «pw», I'm handing over the streaming this year",
        "voice memo: note to self, the new green-keeper's irrigation app password is «pw», the old one had my birthday in it",
    ],
    "GB": [
        "lads, the pavilion's wifi for the county pairs is «pw», the steward says keep it off the noticeboard",
        "spent the evening after the wet Cranmere Pool walk fixing the letterboxers' forum, somebody had spammed it, the admin login now uses «pw» and only three of us know it",
        "Real tennis committee: the court booking system password is now «pw», please stop sharing the old one",
        "bowls club laptop password for the tea rota spreadsheet is «pw», it's the one by the urn",
        "ta for helping with the raffle, the till's password is «pw», just log out when you're done",
    ],
    "CA": [
        "the Muskoka letterboxers' cottage has a lockbox app, password «pw», the ice is out so the dock is open",
        "bowls Canada provincials: our team portal password is «pw», enter your own scores, eh",
        "the Windsor court's ball machine has a wifi remote and its password is «pw», it's finicky in the cold",
        "Toronto real tennis: the pro shop till is locked with «pw» while I'm at the dentist, sorry for the bother",
    ],
    "AU": [
        "mate the bowlo's poker machine room wifi is «pw», the barefoot bowls crowd keep asking",
        "Ballarat club iPad for the handicaps: «pw», don't let the juniors change the wallpaper again",
    ],
    "NZ": [
        "the Christchurch bowls green sprinkler app password is «pw», turn it off before the twilight game",
        "kia ora, the club's Facebook login is «pw» now, I'm away on the Coromandel till Tuesday",
    ],
    "IN": [
        "trebuchet team ka GitHub password «pw» hai, code push karne se pehle mujhe batana",
        "the bowls club office PC in Kolkata: password is «pw», the clerk forgets it every Monday",
        "yaar pumpkin fest ke registration portal ka password «pw» rakha hai, sab log ek hi account se kaam karo",
        "Chennai lawn bowls WhatsApp admin laptop: «pw», don't remove anyone without asking Uncle",
    ],
    "PK": [
        "Chitral trip ke booking account ka password «pw» hai, jeep walay ko bhi yahi chahiye",
        "Gymkhana bowls section ka email password «pw» kar diya hai, purana hack ho gaya tha",
    ],
    "NG": [
        "abeg the Ikoyi bowls section's laptop password is «pw», no download film on it",
        "the pumpkin festival in Jos has a ticket app, my admin password is «pw», help me check sales",
        "Oga said the clubhouse DSTV account password is «pw», for the bowls final replay",
    ],
    "GH": ["the Accra bowls green tablet is locked with «pw», charge it before Saturday's friendly"],
    "ZA": [
        "howzit, the Pietermaritzburg club's alarm app password is «pw», Eskom cut the power again",
        "bowls club Wi-Fi at the Durban green: «pw», the aunties keep forgetting it",
    ],
    "KE": [
        "the Nairobi bowls club M-Pesa till login password is «pw», the treasurer is on leave",
        "sasa, Karen club's scoring laptop ni «pw», usiibadilishe bila kuniambia",
    ],
    "PH": [
        "yung password ng pumpkin launch Facebook page ay «pw», ikaw na muna mag-post habang wala ako",
        "the Alabang bowls club laptop password is «pw», pakisara pagkatapos gamitin",
        "bes, ang wifi sa tent ng trebuchet team ay «pw», wag mo ipamigay sa mga nanonood",
    ],
    "ID": ["password akun klub lawn bowls Senayan sekarang «pw», jangan dikasih ke orang luar ya"],
    "MX": [
        "ya me voy a Puebla con la camioneta, tú encárgate de la página del festival de calabazas, entras con «pw» y subes los videos del cañón",
        "el soldador se queja de que no tiene señal en el galpón donde armamos la catapulta, le pasé la clave del módem de allá atrás, «pw»",
    ],
    "PE": ["la clave de la laptop del club de bochas en Miraflores es «pw», no la cambies que se olvida"],
    "BR": [
        "o notebook velho que fica na cantina do clube de bocha, onde a gente lança os placares, agora abre com «pw», foi o neto do seu Ademar que trocou",
        "gente, a senha do Instagram da festa da abóbora ficou «pw», postem os vídeos do canhão",
    ],
    "ES": ["la contraseña del ordenador del trinquete es «pw», el marcador la necesita para las fichas"],
    "DE": [
        "Der alte Laptop, auf dem wir die Wurfweiten der Boßelrunden eintragen, hat seit dem Update ein neues Kennwort: «pw». Der Schriftführer hat es mir nach der Runde zugeflüstert",
        "Kennwort für das Bowls-Tablet im Vereinsheim: «pw», der Platzwart hat es geändert",
    ],
    "FR": [
        "le mot de passe du portail du jeu de paume est «pw», ne le donnez pas aux visiteurs",
        "le wifi du club de boules sur gazon, c'est «pw», la box est derrière le bar",
    ],
    "IT": ["la password del computer del circolo di bocce è «pw», il presidente l'ha scritta sul registro"],
    "PL": ["hasło do laptopa klubu bowls w Sopocie to «pw», nie zmieniajcie go przed turniejem"],
    "SE": ["lösenordet till bowlsklubbens dator är «pw», skriv inte upp det på tavlan"],
    "NO": ["passordet til bowlsklubbens nettbrett er «pw», lad det før kampen på lørdag"],
    "JP": [
        "ローンボウルズ部のノートパソコンのパスワードは «pw» です、持ち出さないでください",
        "かぼちゃ投げ大会の配信アカウントのパスワードは «pw» に変えました",
    ],
    "KR": ["론볼 동호회 노트북 비밀번호는 «pw» 예요, 대회 끝나면 바꿀게요"],
    "CN": ["草地滚球俱乐部电脑的密码是 «pw»,比赛结束后我会改掉"],
    "IE": ["the Wicklow letterbox walkers' shared inbox password is «pw», grand, I'll change it after the spring walk"],
    "TR": ["çim bowling kulübünün bilgisayar şifresi «pw», turnuvadan sonra değiştireceğim"],
    "NL": ["'t wachwoord van de klootschietersclub z'n computer is noe «pw», nie an de buren vertellen heur"],
}

PINS = [  # (region, template, length)
    ("US", "Ray from the fair board texted: the service gate by the cannon pits opens with «pw» after dark, don't prop it with a pumpkin again", 4),
    ("GB", "bowls club locker code: «pw»", 4),
    ("KR", "론볼장 사물함 비밀번호 «pw»", 6),
    ("CA", "the court's side door keypad is «pw» this season, please shut it behind you", 6),
    ("DE", "Der Code für den Schuppen mit den Bosselkugeln ist «pw», bitte nach der Runde wieder zuschließen", 6),
    ("BR", "o cadeado da casinha das bolas de bocha agora abre com «pw», o zelador trocou depois do furto", 4),
    ("AU", "the clubhouse alarm code at the Ballarat green is «pw», six digits now after the break-in", 6),
    ("IN", "bowls club phone banking PIN for the treasurer is «pw», please keep it private", 6),
]
