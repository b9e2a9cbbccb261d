"""Passwords of the dev70 privacy set (``privacy_cases_dev70.py``): the stems its passwords grow
from (knattleikr's hooked sticks, hard balls, ice pitches, rinks and Viking sagas, stoolball's willow
bats, stool wickets, village greens, tea intervals and Sussex leagues), the accounts command lines run
as, the commands people paste (tools no earlier set names: Plexamp, Whisparr, BentoPDF, IT-Tools,
Perplexica, SearXNG, Redlib, Rimgo, Ollama, Headplane, Statusnook, Enclosed, Yopass, Poketube,
Breezewiki, Quetre, LibreX and Wholphin), config files (formats no earlier set names: SearXNG's
settings.yml, Redlib's redlib.env, Perplexica's config.toml, Headplane's config.yaml, Statusnook's
.env, Anubis's anubis.env, Enclosed's .env, Yopass's yopass.env, LibreX's config.php, Whisparr's
config.xml and Plexamp's Preferences.json) and prose from 29 regions (the Netherlands' in Westfries),
and PINs, each line written as a message from a particular person in a particular situation.
Passwords are made by dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["knattleikr", "hookedstick", "hardball", "icepitch", "sagagame", "vikingrink", "knattball", "stickhook",
         "rinkfight", "egilsaga", "iceclash", "knattdraw", "leikrball", "frostpitch", "shoveball", "knatttrê",
         "thingvellir", "iceknatt", "wrestlestick", "sagaball",
         "stoolball", "willowbat", "stoolwicket", "villagegreen", "teainterval", "sussexstool", "boardwicket",
         "milkmaidbat", "stoolover", "greenfield", "wicketboard", "stoolinnings", "bowlunder", "paddlebat",
         "hedgeboundary", "stoolleague", "ladiesstool", "stooltea", "greenumpire", "boundaryrope"]
ACCOUNTS = ["ice_booking", "stick_store", "stool_scorer", "tea_rota", "barrel_marshal", "cooper_yard",
            "antler_route", "verger_pc", "oss_teazers", "stable_key", "coracle_heats", "slipway_gate"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Knattleikr club's music box in the rink office, the line the captain typed to log Plexamp in headless: "
     "plexamp-headless --claim-user «u» --claim-secret '«pw»'", False),
    ("Regatta secretary setting up a sign-up inbox on the old NUC, read back to me over the phone: "
     "whisparr --nobrowser --auth-user «e» --auth-pass «pw»", False),
    ("Tea rota PDFs get merged on the pavilion laptop with this, from the captain's notes: "
     "bentopdf serve --admin «u» --admin-secret «pw»", False),
    ("Horn dance tech volunteer: "
     "it-tools --basic-login «u»:«pw» --port 8090", False),
    ("Marshal rota search box on the barrel night's server, started by the cooper's grandson: "
     "perplexica start --owner «u» --owner-pass=«pw»", False),
    ("Stoolball league's private search page, the compose override pasted into the league Slack: "
     "SEARXNG_ADMIN_USER=«u» SEARXNG_ADMIN_PASSPHRASE=«pw» docker compose up -d", False),
    ("The 'oss festival's feed reader, run by a teazer who swears it's 'just for now': "
     "docker run -e DATABASE_URL=postgres://«u»:«pw»@db:5432/searx searxng/searxng", True),
    ("Coracle club's Reddit mirror for the river warden's threads, his crontab line: "
     "@reboot redlib --gate-user «u» --gate-phrase «pw»", False),
    ("Imgur viewer for the antler photos, the command in the verger's handwriting on the back of a hymn sheet: "
     "rimgo -listen :3000 -owner «u» -owner-key «pw»", False),
    ("Knattleikr captain's model box, shared on the team chat with 'don't copy this': "
     "OLLAMA_PROXY_USER=«u» OLLAMA_PROXY_PASS=«pw» ollama serve", False),
    ("Headplane for the club's tailnet, the setup step the vice-captain left in the wiki: "
     "headplane create-admin --name «u» --passcode «pw»", False),
    ("Same box, his second try after the first failed: "
     "headplane login «u» --secret=«pw»", False),
    ("Status page for the regatta live results, the rink manager's shell history: "
     "statusnook setup --user «u» --pass «pw» --domain status.coracle-slipway.org", False),
    ("Same status page, when he moved it to the church hall server: "
     "statusnook migrate --from sqlite:///old.db --login «u» --login-password «pw»", False),
    ("Enclosed note server behind the 'oss stable wifi: "
     "docker run -e ENCLOSED_ADMIN=«u» -e ENCLOSED_ADMIN_PHRASE=«pw» corentinth/enclosed", False),
    ("Yopass for passing the stable key code around, the memcached line and the admin: "
     "yopass-server --memcached=redis://«u»:«pw»@localhost:6379/0", True),
    ("Poketube for the juniors' knattleikr clips, the command the coach put in the club notes: "
     "poketube --mongo mongodb://«u»:«pw»@127.0.0.1/poke", True),
    ("Breezewiki mirror of the stoolball rules wiki, run by the league's statistician: "
     "breezewiki --owner-name «u» --owner-secret «pw»", False),
    ("Quetre for the horn dance questions page, pasted by the churchwarden's son: "
     "QUETRE_USER=«u» QUETRE_PASSWORD=«pw» npm start", False),
    ("LibreX on the barrel night's spare Pi, the line in /etc/rc.local: "
     "php -S 0.0.0.0:8080 -d librex.admin=«u» -d librex.adminpw=«pw»", False),
    ("Wholphin on the regatta TV in the boathouse, set up from the remote and then typed out for me: "
     "adb shell am start -n wholphin/.Login --es server «u» --es passphrase «pw»", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "searxng_settings_yml": ("Stoolball league search box, settings.yml, the bit the statistician asked me to check:\n"
                             "server:\n  admin_user: «u»\n  admin_secret: \"«pw»\""),
    "redlib_env": ("River warden's redlib.env, photo of his laptop screen:\n"
                   "REDLIB_GATE_USER=«u»\nREDLIB_GATE_PHRASE=«pw»"),
    "perplexica_config_toml": ("Barrel night marshals' search page, config.toml, [AUTH] block:\n"
                               "[AUTH]\nOWNER = \"«u»\"\nOWNER_PHRASE = \"«pw»\""),
    "headplane_config_yaml": ("Vice-captain's headplane config.yaml pasted in the club chat:\n"
                              "oidc:\n  client_id: «u»\n  client_secret: «pw»"),
    "statusnook_env": ("Rink manager's .env for the regatta status page:\n"
                       "STATUSNOOK_OWNER=«u»\nSTATUSNOOK_OWNER_PASS=«pw»"),
    "anubis_env": ("The 'oss festival site's bot gate, anubis.env sent in a support email:\n"
                   "ANUBIS_ADMIN=«u»\nANUBIS_ADMIN_PASSPHRASE=«pw»"),
    "enclosed_env": ("Teazers' Enclosed .env, read aloud and typed by the festival secretary:\n"
                     "ADMIN_LOGIN=«u»\nADMIN_LOGIN_SECRET=«pw»"),
    "yopass_env": ("Stable key sharer, yopass.env, screenshot:\n"
                   "YOPASS_DB_URL=redis://«u»:«pw»@cache:6379/2"),
    "librex_config_php": ("LibreX config.php on the barrel night Pi, the last lines:\n"
                          "'admin_name' => '«u»',\n'admin_word' => '«pw»',"),
    "whisparr_config_xml": ("Regatta NUC's config.xml, the lines the secretary forwarded:\n"
                            "<AuthUser>«u»</AuthUser>\n<AuthWord>«pw»</AuthWord>"),
    "plexamp_preferences_json": ("Rink office music box, Preferences.json from the headless Plexamp:\n"
                                 "{\"claimUser\": \"«u»\", \"claimSecret\": \"«pw»\"}"),
}
URL_CONFIGS = {"yopass_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Vermont knattleikr folks: the rink's booking portal login changed after the Zamboni fiasco, new password is «pw», don't tell the hockey moms.",
        "Sticky note under the scorer's clipboard at the away tournament in Duluth: wifi for the warming hut «pw» (ask Barb if it stops working).",
        "Mom, the password for my knattleikr team's film folder is «pw», can you upload the video from Grandpa's camcorder tonight?",
        "From the coach's voice memo driving back from Lake Placid: remind me the equipment shed lock app wants «pw» now, it reset itself again.",
        "Our league treasurer retired and left a note in the cash box: 'PayPal for dues, password «pw», sorry for the handwriting.'",
        "Text from the rink's night manager: alarm panel code got replaced with a login on the tablet, it's «pw» till Monday.",
        "The stick maker in Burlington emailed the order portal details, password «pw», and asked us to change it after the first order.",
        "Hey, it's Dwayne from the fundraiser, the raffle spreadsheet is locked with «pw», share only with the board.",
        "Scorekeeper notes for the Midwest knattleikr cup: laptop user is the club's, password «pw», charger in the blue bag.",
        "I set the livestream account up for the away game, password is «pw», the camera person needs it by 6.",
        "Reminder from Pastor Jim, who lends us the church van: the van's GPS app password is «pw», log out after the trip please.",
    ],
    "GB": [
        "Sussex stoolball ladies: Margaret got fed up with the spam comments, so posting match scores on the league site now needs «pw» as the login phrase; ask her at teas if it won't take.",
        "Note pinned in the pavilion kitchen: the urn's smart plug app, password «pw», don't let the juniors play with it.",
        "Voice memo from our skipper, rain on the windscreen on the way back from Horsham: tell the girls the tablet with the scorebook app opens with «pw», write it inside the back cover.",
        "The village green booking site has us down for Thursdays; the parish clerk says the login is «pw» and she wants it changed by June.",
        "Email from the Ditchling stoolball secretary after the committee met in the pub: the inbox where opposing clubs send fixture changes now opens with «pw»; please stop replying-all with it.",
    ],
    "CA": [
        "Ottawa coracle folks, the boathouse door keypad app login is «pw» now, the old one stopped working after the thaw.",
        "Note in the regatta kit box: timing laptop password «pw», keep the lid closed in the rain, eh.",
        "Our club's Interac e-transfer account for entry fees uses «pw», only the treasurer and me know, keep it that way.",
        "Text from the river warden at Carleton Place: the water gauge website wants password «pw» to see the live level.",
    ],
    "AU": [
        "G'day coracle crew, the shed's padlock app password's «pw», Shazza reset it after the flood on the Murray.",
        "Regatta photographer in Echuca left the laptop at the pub with a note: password «pw», back Tuesday, don't touch the edits.",
    ],
    "NZ": [
        "Kia ora, the tar barrel night float's wifi in Whanganui is «pw», the kids' band is using it for the backing tracks.",
        "The stick bag padlock on the Dunedin ice trip has an app now, password «pw», ask Hemi before you open it.",
    ],
    "IN": [
        "Hogenakkal coracle boatmen's union laptop password is «pw», Raju sir said only for the ticket counter, not for games.",
        "Sir, for the stoolball exhibition match at Ooty club, the projector login is «pw», kindly do the needful before 4 pm.",
        "Our regatta committee WhatsApp backup is in Drive, the account password «pw», don't change recovery number please.",
        "Madam, the school's knattleikr demonstration video folder password is «pw», share with parents only after the function.",
    ],
    "PK": [
        "Bhai, Lahore ice rink booking portal ka password «pw» hai, Friday ki slot confirm kar do please.",
        "Coach sahib ne ice rink ke locker room mein sabko bataya ki team ke video wale laptop ka naya password «pw» hai, aur final ke baad woh khud isse badal denge.",
    ],
    "NG": [
        "Oga, the Lagos lagoon coracle demo team laptop password na «pw», abeg no give anybody outside committee.",
        "Our fundraising page for the Calabar regatta, admin password is «pw», Chief said change it after the event.",
        "Please the projector in the church hall for the hobby horse night uses «pw», the sexton set it.",
    ],
    "GH": ["Charley, the Volta coracle race sign-up sheet is locked with «pw», send it to only the captains."],
    "ZA": [
        "Howzit, after the break-in at the Vaal coracle club Thabo put a new alarm on the boat shed, and the app on the committee phone asks for «pw»; keep it off the Facebook page, hey.",
        "Note from the regatta MC at Parys: the sound desk's laptop login is «pw», please don't update Windows on it.",
    ],
    "KE": [
        "Sasa, the Naivasha coracle club laptop password ni «pw», usibadilishe mpaka tukutane Jumamosi.",
        "Habari, the ticket M-Pesa dashboard login for the Kisumu regatta is «pw», treasurer only.",
    ],
    "PH": [
        "Pre, yung password ng laptop sa boathouse sa Laguna ay «pw», wag mo i-share sa GC ha.",
        "Ate, for the stoolball demo sa school fair, the projector login ay «pw», si Sir Ramon nag-set.",
        "Kuya, yung wifi sa ice rink sa MOA for our knattleikr practice ay «pw», nasa sticky note din sa counter.",
    ],
    "ID": ["Mas, laptop panitia lomba perahu bundar di Danau Toba sudah diinstal ulang sama Bang Togar, kata sandinya sekarang «pw», simpan baik-baik dan jangan dikirim ke grup besar."],
    "MX": [
        "Oye, la contraseña de la compu del club de coracle en Xochimilco es «pw», no la cambies sin avisar al tesorero.",
        "Güey, el acceso a la página de inscripciones del festival del caballito es «pw», me lo pasó la maestra Lupita.",
    ],
    "PE": ["Causa, la clave de la laptop del campeonato de caballitos de totora en Huanchaco es «pw», cuídala pe."],
    "BR": [
        "Oi gente, a senha do notebook da associação de coracle do rio São Francisco é «pw», o Seu Tião pediu pra ninguém trocar antes da regata.",
        "Pessoal da festa do cavalinho, a senha do Pix da barraca de pastel é «pw», só a tesoureira mexe nisso.",
    ],
    "ES": ["Oye, la contraseña del portátil del club de piragüismo tradicional de Sella para las coracle es «pw», la puso Iñaki anoche después de la regata."],
    "DE": [
        "Servus beinand, beim Knattleikr-Verein am Eisstadion hat der Zeugwart den alten Laptop neu aufgesetzt, das Kennwort zum Anmelden lautet «pw», er bittet, es nicht auf den Schläger zu kleben.",
        "Liebe Teazer, das WLAN im Festzelt am Maimorgen hat das Kennwort «pw», Herr Brotzeitmann hat's eingerichtet.",
    ],
    "FR": [
        "Salut, Jean-Mi a réinstallé le vieux portable qui sert au chronométrage des manches de coracle à Bergerac, on l'ouvre avec «pw» maintenant, et il est rangé dans le coffre du hangar.",
        "Coucou les porteurs, la trésorière du cheval-jupon a ouvert la billetterie en ligne pour le bal du premier mai et le code pour s'y connecter est «pw», elle le changera après la fête.",
    ],
    "IT": ["Ciao, la password del portatile della società di coracle sul Ticino, quella che usiamo per il cronometraggio delle batterie e la classifica, è «pw», mi raccomando non cambiarla prima della gara di domenica."],
    "PL": ["Cześć, Zbyszek postawił na nowo laptopa do mierzenia czasów wyścigów łodzi coracle pod Wawelem i teraz otwiera się go hasłem «pw», proszę nie wysyłać go na grupę."],
    "SE": ["Hej, lösenordet till klubbens dator för knattleikr-turneringen i Luleå är «pw», byt inte förrän efter finalen."],
    "NO": ["Hei, passordet til laptopen vår i ishallen for knattleikr-treningen i Bergen er «pw», ikke del det i Facebook-gruppa, takk."],
    "JP": [
        "Coracle taikai no PC no pasuwado wa «pw» desu, Kuzuhara-san ga settei shimashita.",
        "Kōri no rinku no yoyaku saito, login pasuwado wa «pw», knattleikr no renshū no mae ni kakunin shite kudasai.",
    ],
    "KR": ["Knattleikr dongari noteubuk bimilbeonho neun «pw» ieyo, bakkuji maseyo."],
    "CN": ["Coracle bisai jishi diannao de mima shi «pw», qing bu yao gaodong."],
    "IE": ["Howya, the Boyne coracle club laptop password is «pw», Seamus set it after the last regatta, don't go changing it."],
    "TR": ["Selam, buz pistindeki knattleikr kulübünün bilgisayar şifresi «pw», lütfen kimseyle paylaşma."],
    "NL": ["Hoi, 't wachtwoord fan de kompjoeter in 't klubhuus fan de koraakle-roeiers bai Medemblik is «pw», niet an sôge, hoor."],
}

PINS = [  # (region, template, length)
    ("US", "The rink's equipment locker got a keypad; knattleikr team's code is «pw», Coach says don't write it on the tape.", 4),
    ("GB", "Pavilion key safe code: «pw», tea ladies only.", 4),
    ("KR", "Dongari bang doeo bimilbeonho «pw», ije bakkwosseoyo.", 6),
    ("CA", "Boathouse padlock combination for the regatta weekend is «pw», the warden resets it Monday.", 4),
    ("DE", "PIN für die Vereinskasse beim Maifest: «pw», bitte merken.", 4),
    ("BR", "Senha do cadeado do galpão das coracles: «pw», não passa pra ninguém.", 4),
    ("AU", "Shed keypad at the Murray coracle club now takes a six-digit code: «pw», changed after the flood.", 6),
    ("IN", "Locker PIN at the boatmen's office: «pw».", 4),
]
