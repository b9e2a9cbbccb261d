"""Where the dev41 privacy set's passwords and PINs are written (``privacy_cases_dev41.py``): on
the command lines of the tools people run (kerbrute, netexec, impacket's smbexec, GetUserSPNs and
addcomputer, windapsearch, adidnsdump, coercer, rusthound, sprayhound, manspider, wpscan, gobuster,
snmpbulkwalk, coap-client, ethminer, svnsync, AccuRev's accurev, SQL Anywhere's dbping, yafc,
fusioninventory-agent, subscription-manager, Proxmox's pvesm, FreeIPMI's ipmipower and
Windows' wbadmin), in the config files they keep (wgetrc, boto.cfg, Jackett's JSON settings,
seafile.conf, Asterisk's sip.conf, slapd.conf, Helm's repositories.yaml, a kubeconfig, a Mosquitto
bridge, nzbhydra.yml, Mylar's and LazyLibrarian's config.ini, Koel's .env, mStream's config.json and
smtp-cli's options file), and in what they tell each other or themselves (texts, chats, voice notes,
a BlackVue clip, a Vormor transcript, a Leuchtturm page), in English and in the words of people
around the world, Susu, Malinké, Isoko, Marquesan, Cajun French, Meriam, Yolngu, Kalaallisut,
Teochew, Yapese, Nauruan, Tokelauan, Rotuman, Tsotsil, Tseltal, Tohono O'odham, Ulster Scots,
Shetlandic, Doric, Balti, Lepcha, Griko and Rohingya among them. Passwords are made by dev19's
``password`` from this set's stems (bobbin lace, land yachting).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["torchon", "buckspoint", "honiton", "pricking", "spangle", "halfstitch", "clothstitch", "picot", "plaitwork", "cluny",
         "footside", "roseground", "katstitch", "lacepillow", "gimpthread", "kloeppel", "valenciennes", "binche", "idrija", "vamberk",
         "blokart", "sandyacht", "landsail", "mainsheet", "gybe", "beachrace", "sailcart", "pushstart", "crosswind", "landyacht",
         "sandskipper", "lowtide", "sailtrim", "windward", "leeward", "beachmark", "tidetable", "wheelspin", "pilotseat", "withy"]

ACCOUNTS = ["pricking_svc", "lacefair_ro", "spangle_sync", "laceguild_adm", "bobbinstock_cron", "torchon_bot",
            "blokart_admin", "beachheat_ops", "sailcart_backup", "tideboard_ci", "sandyacht_relay", "gybelog_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ kerbrute passwordspray -d LACECIRCLE.LAN --dc 10.61.0.5 pillow-users.txt '«pw»'", False),
    ("Babysense frame at the launch flags: Kingslim frame beside the kart trailer: Timex notification beside the kart trailer: $ netexec smb 10.61.0.0/24 -u «u» -p '«pw»' --shares", False),
    ("$ smbexec.py LACECIRCLE/«u»:«pw»@pattern-nas", True),
    ("$ GetUserSPNs.py LACECIRCLE.LAN/«u»:«pw» -dc-ip 10.61.0.5 -request", True),
    ("$ addcomputer.py -computer-name KIOSK02$ -computer-pass '«pw»' LACECIRCLE.LAN/«u»:Spring2024 -dc-ip 10.61.0.5", False),
    ("$ windapsearch -d lacecircle.lan -u «u» -p '«pw»' -m users", False),
    ("$ adidnsdump -u 'LACECIRCLE\\«u»' -p '«pw»' --print-zones dc01.lacecircle.lan", False),
    ("$ coercer scan -u «u» -p '«pw»' -d lacecircle.lan -t 10.61.0.9", False),
    ("$ rusthound -d beachsail.lan -u «u» -p '«pw»' -o /tmp/rh --zip", False),
    ("$ sprayhound -U juniors.txt -p '«pw»' -d beachsail.lan -dc 10.62.0.5", False),
    ("$ manspider 10.62.0.0/24 -u «u» -p '«pw»' -d beachsail -e xlsx csv", False),
    ("$ wpscan --url https://lacefair.lan --http-auth «u»:«pw» --enumerate vp", True),
    ("$ gobuster dir -u https://heats.beachsail.lan -U «u» -P '«pw»' -w common.txt", False),
    ("Timex notification behind the lace fair tables: $ snmpbulkwalk -v3 -l authNoPriv -u «u» -a SHA -A '«pw»' 10.62.0.40 ifTable", False),
    ("$ coap-client -m get -u «u» -k '«pw»' coaps://[fd00::40]/windspeed", False),
    ("$ ethminer -P stratum1+tcp://«u»:«pw»@pool.beachsail.lan:4444 -G", True),
    ("$ svnsync init file:///srv/svn/prickings-mirror https://svn.lacecircle.lan/prickings --source-username «u» --source-password '«pw»'", False),
    ("$ accurev login «u» '«pw»'", False),
    ("$ dbping -d -c \"Host=10.61.0.12;UID=«u»;PWD=«pw»;DBN=lacefair\"", True),
    ("$ yafc ftp://«u»:«pw»@ftp.lacecircle.lan/prickings/", True),
    ("$ fusioninventory-agent --server https://inventory.lacecircle.lan/plugins/fusioninventory/ --user «u» --password '«pw»'", False),
    ("# subscription-manager register --username «e» --password '«pw»' --auto-attach", False),
    ("# pvesm add cifs pricking-scans --server 10.61.0.12 --share scans --username «u» --password '«pw»'", False),
    ("Boult earbud recap behind the lace fair tables: Vormor transcript at the pricking table: $ ipmipower -h 10.62.0.50 -u «u» -p '«pw»' --stat", False),
    ("C:\\> wbadmin start backup -backupTarget:\\\\nas\\kartshed -include:C: -user:«u» -password:«pw» -quiet", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "wgetrc": "~/.wgetrc on the lace circle's scanning PC: user = «u» · ftp_password = «pw»",
    "boto_cfg": "~/.boto on the club laptop, [Boto] section: proxy_user = «u» · proxy_pass = «pw»",
    "jackett_json": "Jackett's JSON settings on the clubhouse box: \"ProxyUsername\": \"«u»\", \"ProxyPassword\": \"«pw»\"",
    "seafile_conf": "seafile.conf, [database] block on the pattern archive server: user = «u» · password = «pw» · db_name = seafile",
    "sip_conf": "Asterisk sip.conf, the beach hut's handset: [hut-ext-12] type=friend · username=«u» · secret=«pw»",
    "slapd_conf": "slapd.conf on the lace circle's directory box: rootdn \"cn=«u»,dc=lacecircle,dc=lan\" · rootpw «pw»",
    "helm_repositories": "~/.config/helm/repositories.yaml, entry for the timing charts: username: «u» · password: \"«pw»\"",
    "kubeconfig": "kubeconfig on the race-day laptop, users section: - name: «u» · user: · username: «u» · password: «pw»",
    "mosquitto_bridge": "mosquitto.conf bridge to the wind mast broker: connection mast · remote_username «u» · remote_password «pw»",
    "nzbhydra_yml": "nzbhydra.yml, auth block: username: «u» · password: «pw» · rememberUsers: true",
    "mylar_ini": "Mylar config.ini, [Interface] section: http_username = «u» · http_password = «pw»",
    "lazylibrarian_ini": "LazyLibrarian config.ini, [General] section: http_user = «u» · http_pass = «pw»",
    "koel_env": "Koel .env on the clubhouse music box: DB_USERNAME=«u» · DB_PASSWORD=«pw»",
    "mstream_json": "mStream config.json: \"users\": {\"«u»\": {\"password\": \"«pw»\", \"vpaths\": [\"lacefair\"]}}",
    "smtp_cli_opts": "smtp-cli options file for the heat results mailer: --server=mail.beachsail.lan --user=«u» --pass=«pw» --enable-auth",
}

URL_CONFIGS = {"wgetrc", "boto_cfg", "seafile_conf", "sip_conf", "slapd_conf", "kubeconfig", "mosquitto_bridge", "nzbhydra_yml",
               "mylar_ini", "lazylibrarian_ini", "koel_env", "smtp_cli_opts"}  # where a space, @, :, #, ;, < or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Lace fair kiosk, said under her breath to the volunteer: the till laptop wants «pw», and don't read it out near the queue",
           "Reminder scribbled after the beach heats: kart trailer hotspot admin password is now «pw», the old one is crossed out in the logbook",
           "Grandpa phoned during the pillow night: the circle's newsletter account password became «pw», and did anyone see his spangled bobbins",
           "Finevu clip of the race officer by the wind flags: 'the results tablet opens with «pw», and nobody tapes it to the scoreboard again'",
           "Vormor transcript at the lace museum's front desk: visitor Wi-Fi is LaceGuest, password «pw»",
           "Leuchtturm corner note under a torchon fan sketch: pattern shop login «pw» (prickings + thread packs)",
           "Ça c'est bon, cher! Camp Wi-Fi password is «pw», pass it round the boucherie table (Cajun French from my uncle in Breaux Bridge)",
           "S-ke:g taṣ! Grandma's tablet password is «pw» now, she says don't lose it again (Tohono O'odham greeting from Sells, English after)"],
    "GB": ["Babysense frame at the thread stall: Sticky note on the lid of the lace day laptop: login «pw», sign out before the tea urn goes off",
           "Fit like? The pillow room computer takes «pw», nae bad eh (Doric, from my auntie in Peterhead)",
           "Aye aye! Da peerie laptop's password is «pw», dunna tell a sowl (Shetlandic, from my granny in Lerwick)",
           "Fair fa ye! The lace day tablet wants «pw» (Ulster Scots welcome from my uncle in Ballymena, English after)"],
    "CA": ["Leuchtturm scan under the wind mast: Vicohome frame at the scrutineering bay: Tablet at the sand-yacht shed, password «pw», the juniors don't get it",
           "Maimo buzz next to the pin tin: Kingslim frame beside the kart trailer: Finevu frame beside the kart trailer: Booking page for the winter lace retreat: password «pw», sent by the registrar in Sudbury"],
    "AU": ["Mate, the kart trailer Wi-Fi on the salt lake is «pw», keep it off the club page",
           "Eso! Laptop password «pw» — Meriam thanks from my cousin on Mer, English after",
           "Manymak, the community hall computer password is «pw» (Yolngu from Yirrkala, the rest English)"],
    "IN": ["Jaybird recap on the salt lake: Bhai lace mela wale computer ka password «pw» hai, kisi ko mat dena, pillow ke neeche likha hai",
           "Vicohome frame by the rigging bench: Didi ne message kiya: beach race portal ka password «pw» hai, apna naam daal dena",
           "Khamri! Homestay Wi-Fi password «pw» — Lepcha greeting from Dzongu, English and Nepali after",
           "Boult earbud recap at the pricking table: Lace circle ka laptop: password «pw», Pongal ke baad badlenge",
           "Amma ke phone ka naya password «pw» hai, lace class ke baad yaad dila dena"],
    "PK": ["Julley! Guest house ka password «pw» hai — Balti greeting from Skardu, Urdu after",
           "Jaybird recap on the salt lake: Jablotron keypad photo by the sail-bag locker: Bhai, lace circle ke laptop ka password «pw» hai, kisi ko na batana"],
    "NG": ["Migwo! Abeg the lace shop laptop password na «pw», no change am (Isoko greeting from Oleh, Pidgin after)",
           "Kingslim frame next to the pin tin: Vicohome frame by the rigging bench: Papa talk say the bank app password na «pw», make I help am log in before the market close",
           "Oga for the beach club say the generator shed padlock app password na «pw», make una no forget"],
    "PH": ["Vicohome frame behind the lace fair tables: Vicohome frame on the dune car park: Timex notification by the sail-bag locker: Beh, ang password ng wifi sa kart shed ay «pw», huwag mo ipamigay sa mga bata",
           "Tita, yung bagong password ng lace group page ay «pw», pakisulat sa notebook mo"],
    "KE": ["AsteroidOS glance at the scrutineering bay: Niaje, password ya kompyuta ya lace circle ni «pw», usimwambie mtu yeyote"],
    "GH": ["Chale, the sand-kart club laptop password be «pw», make you no share am for the WhatsApp group"],
    "GN": ["I ni sogoma! Password «pw» — Malinké greeting from Kankan, French after",
           "I nu wali, the school laptop password is «pw» (Susu thanks from Conakry, English after)"],
    "PF": ["Kaoha nui! Le mot de passe du wifi est «pw» (Marquesan greeting from Nuku Hiva, French after)"],
    "GL": ["Aluu! Password «pw», qujanaq (Kalaallisut, from my cousin in Sisimiut, English after)"],
    "TH": ["Lṳ ho! Shop laptop password «pw», gam sia (Teochew, from my grandmother's shop in Bangkok, English after)"],
    "FM": ["Mogethin! The office password is «pw», kam magar (Yapese, from my uncle in Colonia)"],
    "NR": ["Ekamawir omo! Laptop password «pw» — Nauruan hello from my aunt in Yaren, English after"],
    "TK": ["Mālō ni! Password «pw», fakafetai (Tokelauan, from my cousin on Fakaofo)"],
    "FJ": ["Noa'ia! The shop tablet password is «pw», faiaksia (Rotuman, from my uncle in Ahau)"],
    "MX": ["Kolaval! La contraseña de la tablet es «pw» (Tsotsil thanks from San Cristóbal, Spanish after)",
           "Aomago take at the scrutineering bay: Wokolawal, la contraseña del compu de la cooperativa es «pw» (Tseltal from Oxchuc)",
           "Vormor transcript by the bobbin cupboard: Jablotron keypad photo at the launch flags: Oye, la contraseña de la compu del club de velero de playa es «pw», no la compartas"],
    "IT": ["Kalimera! La password del portatile è «pw» (Griko greeting from Calimera, Italian after)"],
    "BD": ["Assalamu alaikum, camp laptop password «pw» — my Rohingya cousin in Cox's Bazar, Bangla after"],
    "RU": ["Finevu frame beside the kart trailer: Angelcare frame at the launch flags: Мама, у почты кружка кружевниц теперь новый пароль: «pw», перепиши в тетрадку у телефона"],
    "DE": ["Für den alten Laptop neben den Klöppelkissen gilt jetzt «pw», schreibt Gisela, und bitte nicht weitergeben"],
    "BR": ["VTech monitor frame on the dune car park: Boult earbud recap at the pricking table: Mãe, a senha do computador do clube de carrinho a vela é «pw», não passa pra ninguém"],
    "FR": ["Pour allumer l'ordinateur des dentellières du Puy il faut taper «pw», garde-le pour toi, la présidente y tient"],
    "JP": ["ランドヨット部のパソコンのパスワードは «pw» です、部外者には内緒でお願いします"],
    "ES": ["Maimo buzz by the rigging bench: Uniden dashcam still at the scrutineering bay: Jablotron keypad photo at the pricking table: La contraseña del portátil del club de carrovelismo es «pw», no se la pases a nadie"],
    "ID": ["Bu ketua kelompok renda bilang laptop sanggar sekarang dibuka pakai «pw», simpan baik-baik"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Vicohome frame by the rigging bench: Jaybird recap behind the lace fair tables: Grandma's debit card PIN, pencilled on the back of the lace fair raffle stub: «pw»", 4),
    ("US", "Skagen glance beside the kart trailer: Jaybird recap in the pillow room: Blueskysea still beside the kart trailer: Padlock code for the kart shed, club handbook page 3: «pw»", 4),
    ("IN", "Urbanears recap next to the pin tin: Jablotron keypad photo at the thread stall: Nani ne call pe apna UPI PIN bata diya, chhe ank wala, lace circle ke fees ke liye: «pw»", 6),
    ("GB", "Timex notification by the rigging bench: Kingslim frame next to the pin tin: Finevu frame by the sail-bag locker: Mum texted her card PIN so I could get cash for the lace day: «pw»", 4),
    ("DE", "Timex notification behind the lace fair tables: Angelcare frame next to the pin tin: Soundpeats earbud recap on the dune car park: Die PIN für Omas Girokarte steht auf dem Zettel in der Klöppeldose: «pw»", 4),
    ("MX", "La abuela me dictó por teléfono los cuatro números para sacar dinero del cajero, «pw», para pagar los bolillos", 4),
    ("BR", "Uniden dashcam still on the salt lake: Jablotron keypad photo on the salt lake: Senha do cartão da vó, seis dígitos, anotada no caderno de bilros: «pw»", 6),
]
