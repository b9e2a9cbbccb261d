"""Passwords of the dev68 privacy set (``privacy_cases_dev68.py``): the stems its passwords grow
from (pickleball's paddles, the kitchen and its dinks, third-shot drops, erne shots and round robins,
quoits' clay beds, hobs, ringers, the pin and the Northumberland game), the accounts command lines run
as, the commands people paste (tools no earlier set names: Gonic, Lyrion, Snapcast, Raspotify, moOde,
Volumio, Feishin, Sonixd, Streamyfin, Findroid, Swiftfin, Stremio, Dashdot, Glances, Ubooquity,
Jellyplex, Finamp and Symfonium), config files (formats no earlier set names: Gonic's config file,
Snapcast's snapserver.conf, Raspotify's conf, Glances' glances.conf, Ubooquity's preferences.json,
Dashdot's .env, Feishin's config.json, Lyrion's server.prefs, moOde's .env, Jellyplex's config.yaml and
Stremio's server-settings.json) and prose from 29 regions (the Netherlands' in Sallands), and PINs,
each line written as a message from a particular person in a particular situation. Passwords are made
by dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["pickleball", "dinkshot", "kitchenline", "thirdshotdrop", "erneshot", "bangerball", "paddleface", "roundrobin",
         "nonvolley", "atpshot", "lobdinks", "servereturn", "dreamcourt", "twobounce", "sidelineout", "whiffleball",
         "paddletap", "stackleft", "resetball", "dinkrally",
         "quoits", "ringerhob", "claybed", "pinhob", "northumberquoit", "welshquoits", "ironring", "gatered",
         "pitchend", "tossedring", "heelhob", "quoitpin", "leaguenight", "yardstick", "twohundredhob", "ringtoss",
         "blacksmithring", "ownhob", "spellmatch", "shepherdring"]
ACCOUNTS = ["ladder_admin", "court_bookings", "claybed_rota", "quoits_results", "mummers_tour", "costume_store",
            "ribbon_orders", "maypole_rota", "pancake_heats", "race_charity", "wormplot_counts", "judges_desk"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Pickleball clubhouse music box, Deb's note after the update, Gonic's admin reset: "
     "gonic-user set --name «u» --pass-word «pw»", False),
    ("the quoits pub's jukebox Pi (Gonic), how Alun made the league account:\n"
     "gonic -music-path /srv/ringers -admin-user «u» -admin-secret «pw»", False),
    ("Mummers troupe's van speaker, Lyrion from the command line, as Pete typed it at the Hare and Hounds: "
     "lyrion-cli --login «u» --pwd «pw»", False),
    ("maypole practice sound system, Snapcast group control from the hall laptop:\n"
     "snapclient --host hall.local --user «u» --snap-pass «pw»", False),
    ("Pancake race finish-line speakers on Snapcast, the control command Ffion pasted into the WhatsApp: "
     "snapctl --account «u» --auth-key «pw»", False),
    ("Worm charming contest's tannoy Pi runs Raspotify; the judges' command:\n"
     "raspotify-setup --spotify-user «u» --spotify-pass «pw»", False),
    ("pickleball tournament desk radio on moOde, the reset Colleen ran after the power cut:\n"
     "moodeutl --webui-user «u» --webui-secret «pw»", False),
    ("Quoits league's Volumio box at the Plough, Bob's command from the back room: "
     "volumio user add «u» --passcode «pw»", False),
    ("Mummers rehearsal playlist, Feishin pointed at the troupe's server by URL, from Rowan's bash history:\n"
     "feishin --server http://«u»:«pw»@mummers-music.local:4533", True),
    ("maypole dancers' tunes on Sonixd, the login line Harriet keeps in her notes for May Day morning: "
     "sonixd --server-user «u» --server-token «pw»", False),
    ("Pancake race's TV in the church hall runs Streamyfin; the sign-in Gwen typed:\n"
     "streamyfin login --who «u» --secret «pw»", False),
    ("Worm charming judges watch the replay on Findroid, the adb line Colin used on the tablet: "
     "findroid-cli signin -u «u» -k «pw»", False),
    ("pickleball coach's iPad (Swiftfin), how the club's account was added before the clinic:\n"
     "swiftfin add-user --name «u» --pw-plain «pw»", False),
    ("Quoits league awards night, Stremio on the function room TV, the add-on URL with the account in it:\n"
     "stremio --addon https://«u»:«pw»@addons.quoits-claybed.net/manifest.json", True),
    ("Mummers' Pi in the costume cupboard shows Dashdot; the login Nia set on Boxing Day:\n"
     "dashdot --auth-user «u» --auth-pass «pw»", False),
    ("Pancake race laptop health, Glances web server started with a password by the vicar's son: "
     "glances -w --username «u» --password-stdin <<< «pw»", False),
    ("the worm charming field router's Glances, Ian's remote check from the judges' tent:\n"
     "glances -c http://«u»:«pw»@plots-monitor.local:61208", True),
    ("Maypole dancers' songbook library on Ubooquity, the admin reset from the village hall PC: "
     "java -jar Ubooquity.jar --adminuser «u» --adminpassword «pw»", False),
    ("Pickleball club's Jellyplex sync between the two clubhouses, run by Troy before the DUPR night: "
     "jellyplex sync --jf-user «u» --jf-pass «pw»", False),
    ("Quoits league members stream the fixtures podcast on Finamp; the test login Gary ran:\n"
     "finamp-cli connect --user «u» --pass «pw»", False),
    ("Mummers' tunes on Symfonium, Cerys's note from the pub tour planning: "
     "symfonium provider add --login «u» --login-secret «pw»", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "gonic_config": ("Pickleball clubhouse jukebox, /etc/gonic/config as Deb photographed it:\n"
                     "music-path /srv/courtside\nlisten-addr 0.0.0.0:4747\nadmin-user «u»\nadmin-pass «pw»"),
    "snapserver_conf": ("Maypole hall sound, /etc/snapserver.conf after Harriet's edit:\n"
                        "[http]\nenabled = true\n[auth]\nuser = «u»\npassword = «pw»"),
    "raspotify_conf": ("Worm charming tannoy, /etc/raspotify/conf lines the judges need:\n"
                       "LIBRESPOT_NAME=\"Plots Tannoy\"\nLIBRESPOT_USERNAME=«u»\nLIBRESPOT_PASSWORD=«pw»"),
    "glances_conf": ("Pancake race laptop, glances.conf [outputs] block from the church hall:\n"
                     "[outputs]\nusername=«u»\npassword=«pw»"),
    "ubooquity_preferences_json": ("Maypole songbook library, Ubooquity preferences.json as pasted by Harriet:\n"
                                   "{\"libraryPortNumber\": 2202, \"adminUser\": \"«u}\", \"adminPassword\": \"«pw}\"}".replace("}", "»")),
    "dashdot_env": ("Mummers' Pi, dashdot .env for the costume cupboard dashboard:\n"
                    "DASHDOT_WIDGET_LIST=os,cpu,storage\nDASHDOT_AUTH_USER=«u»\nDASHDOT_AUTH_PASSWORD=«pw»"),
    "feishin_config_json": ("Quoits league Feishin config.json on Bob's laptop, the server block:\n"
                            "\"server\": {\"url\": \"http://plough-music:4533\", \"username\": \"«u}\", \"password\": \"«pw}\"}".replace("}", "»")),
    "lyrion_server_prefs": ("Mummers van speaker, Lyrion's server.prefs lines Pete sent:\n"
                            "authorize: 1\nusername: «u»\npassword: «pw»"),
    "moode_env": ("Pickleball tournament radio, moOde .env kept on the desk laptop:\n"
                  "MOODE_WEBUI_USER=«u»\nMOODE_WEBUI_PASSWORD=«pw»\nMOODE_HOST=courtradio.local"),
    "jellyplex_config_yaml": ("Pickleball club Jellyplex config.yaml, the jellyfin part:\n"
                              "jellyfin:\n  url: http://«u»:«pw»@clubhouse-media:8096\n  library: Club videos"),
    "stremio_server_settings_json": ("Quoits function room TV, Stremio server-settings.json with the add-on proxy:\n"
                                     "{\"proxyStreamsEnabled\": true, \"remoteHttps\": \"https://«u}:«pw}@tv.quoits-claybed.net\"}".replace("}", "»")),
}
URL_CONFIGS = {"jellyplex_config_yaml", "stremio_server_settings_json"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Pickleball ladder update from Marisol: the court booking login for Tuesday nights changed to «pw», don't post it on the Facebook page",
        "voice memo to self driving to the rec center: the paddle shop's club account password is «pw}, remember to tell Dwight".replace("}", "»"),
        "Hey it's Coach Bev, the ball machine app on the club iPad now opens with «pw» after I reset it in the parking lot",
        "Round robin Sunday: sign-up sheet login is «pw» until the organizer changes it after nationals",
        "From the pickleball club treasurer: new Venmo business login for dues, the password is «pw}, text me if it fails".replace("}", "»"),
        "our club's DUPR admin account got locked, Sheila reset it, password now «pw»",
        "Note on the fridge at the clubhouse: wifi 'CourtSide' password «pw», ask before streaming the tournament",
        "Grandpa Walt's pickleball league email, his password is «pw}, he wrote it on the back of his scorecard".replace("}", "»"),
        "Quick text from Lorna at the Y: the court cam's viewer password is «pw» for parents during the junior clinic",
        "kitchen-line drills spreadsheet is locked with «pw}, Mike will share the view-only link later".replace("}", "»"),
        "The Sun City tournament's volunteer portal password (shared by the desk captain): «pw»",
    ],
    "GB": [
        "Alun from the quoits league: the clay-bed rota sheet is now protected, password «pw», tell the Plough lot",
        "the mummers' shared Gmail for pub bookings got hacked, I've changed it to «pw}, Gareth".replace("}", "»"),
        "Worm charming committee, Willaston: the entries laptop's login is «pw}, it's on the sticky note in the tea hut".replace("}", "»"),
        "Pancake race stewards, Olney: the PA tablet unlocks with «pw», please don't change it before Shrove Tuesday",
        "Maypole dancers' Facebook admin login, Harriet said it's «pw} now after the hack".replace("}", "»"),
    ],
    "CA": [
        "Regina pickleball club: the new court-booking password is «pw}, eh, it resets in September".replace("}", "»"),
        "From Jacques at the Halifax quoits pitch: league scoresheet drive password is «pw»",
        "Mummers in St. John's, tour van laptop password is «pw}, Gerard put it on the dashboard".replace("}", "»"),
        "Pickleball night at the Calgary rec centre, the gym's guest wifi password tonight is «pw»",
    ],
    "AU": [
        "G'day from the Bendigo pickleball crew, the club iPad now wants «pw» since Bazza updated it",
        "Pancake race fundraiser in Fremantle: charity portal password is «pw», keep it off the group chat",
    ],
    "NZ": [
        "Kia ora, the Dunedin quoits club login is «pw» for the results site now, cheers Hemi",
        "Pickleball Tauranga: the booking admin password changed to «pw» after the AGM",
    ],
    "IN": [
        "Pune picklers group: the court booking app's admin password is «pw}, Sameer changed it yesterday".replace("}", "»"),
        "Note from Radhika at the Whitefield pickleball academy reception: the office laptop that prints the batch sheets now logs in with «pw», please don't share it with the coaches".replace("}", "»"),
        "Chennai pickleball open, registration desk Gmail password is «pw»",
        "Kochi tournament umpires' tablet lock password «pw», Anitha will change it after finals",
    ],
    "PK": [
        "Lahore pickleball meetup: the club's Instagram password is now «pw», Bilal please log out of the old phone",
        "Karachi quoits night at the gymkhana, scoreboard laptop password «pw}, Faraz has the charger".replace("}", "»"),
    ],
    "NG": [
        "Abeg, the Lagos pickleball group's Gmail password is «pw» now, no share am outside exco",
        "Pancake race at the Ikoyi club for charity: sign-up laptop password na «pw}, ask Tolu".replace("}", "»"),
        "Abuja pickleball club, treasurer's bank app login is «pw» for tomorrow's dues only",
    ],
    "GH": ["Accra pickleball tournament: the court booking login changed to «pw», Kwabena says keep it to the committee"],
    "ZA": [
        "Joburg pickleball club, the new clubhouse Wi-Fi password is «pw}, sharp sharp".replace("}", "»"),
        "Durban quoits league, the results site's admin password is now «pw}, Sipho changed it at the braai".replace("}", "»"),
    ],
    "KE": [
        "Nairobi pickleball ladder: the Google Sheet's password is «pw}, sawa? Wanjiru".replace("}", "»"),
        "Nyali beach pickleball open, Baraka anasema the results desk laptop password ni «pw», tafadhali don't change it before the finals",
    ],
    "PH": [
        "Mga ka-paddle sa BGC: pinalitan ni Jomar yung password ng court booking account para sa Sabado ng umaga, «pw» na, wag i-share sa ibang club",
        "Mga ka-dink sa Lahug, pinalitan ni Jomar ang Gmail ng club pagkatapos ng tournament sa IT Park, bagong password «pw», huwag ipost sa GC".replace("}", "»"),
        "Davao tournament registration tablet password «pw», paki-check kay Rhea",
    ],
    "ID": ["Klub pickleball Bandung: kata sandi akun booking lapangan sekarang «pw», jangan dibagikan ke grup besar ya"],
    "MX": [
        "Club de pickleball en Mérida: la contraseña nueva de la cuenta de reservas es «pw», la cambió Lupita",
        "Torneo de pickleball en Querétaro, la laptop de inscripciones tiene contraseña «pw}, no la muevan".replace("}", "»"),
    ],
    "PE": ["Pickleball en Arequipa: la clave del correo del club ahora es «pw}, nos vemos el sábado en la cancha".replace("}", "»")],
    "BR": [
        "Picleball em Curitiba: a senha nova da conta de reservas das quadras é «pw», trocou o Thiago",
        "Torneio de picleball em Floripa, senha do notebook da mesa de inscrição: «pw»",
    ],
    "ES": ["Club de pickleball de Valencia: la contraseña del portátil de las inscripciones ahora es «pw», Nuria"],
    "DE": [
        "Maibaumfreunde Aue: das Passwort für das Vereinskonto bei der Sparkasse-App ist jetzt «pw», sagt Hubert",
        "Pickleball in Leipzig: WLAN im Vereinsheim heißt Dinkhaus, Passwort «pw}, bitte nicht weitergeben".replace("}", "»"),
    ],
    "FR": [
        "Club de pickleball de Nantes : le mot de passe du compte de réservation des terrains est maintenant «pw», signé Margaux",
        "Tournoi de pickleball à Annecy, mot de passe de l'ordinateur de l'accueil : «pw}".replace("}", "»"),
    ],
    "IT": ["Circolo pickleball di Bari: la password dell'account prenotazioni campi ora è «pw}, la cambia Gianni a giugno".replace("}", "»")],
    "PL": ["Klub pickleballa w Gdańsku: hasło do konta rezerwacji kortów to teraz «pw», zmienił je Bartek"],
    "SE": ["Hej alla på onsdagspasset i Ersboda sporthall, Frida har bytt lösenordet till banbokningen efter inbrottsförsöket, nu gäller «pw»"],
    "NO": ["Pickleball i Tromsø: passordet til bookingkontoen for banene er nå «pw}, hilsen Sindre".replace("}", "»")],
    "JP": [
        "札幌ピックルボール同好会のコート予約アカウントのパスワードは «pw» に変わりました（幹事・若林）",
        "Pickleball taikai in Fukuoka: uketsuke no PC no pasuwaado wa «pw» desu",
    ],
    "KR": ["대전 피클볼 클럽 코트 예약 계정 비밀번호가 «pw» 로 바뀌었어요, 총무 드림"],
    "CN": ["成都匹克球俱乐部的场地预约账号密码改成 «pw} 了，别发到大群里".replace("}", "»")],
    "IE": ["Galway pickleball club, the booking account's password is «pw} now, Siobhán changed it after the league".replace("}", "»")],
    "TR": ["İzmir pickleball kulübü: kort rezervasyon hesabının şifresi artık «pw», Emre değiştirdi"],
    "NL": ["Pickleballclub in Deventer, op zien Sallands: t wachtwoord van t baanreserveringsaccount is now «pw», groetjes Gerrit"],
}

PINS = [  # (region, template, length)
    ("US", "Pickleball club gate keypad at the rec center, code changed by the groundskeeper: «pw»", 4),
    ("GB", "quoits pavilion key safe at the Plough: «pw}".replace("}", "»"), 4),
    ("KR", "피클볼 클럽 창고 도어락 «pw»", 6),
    ("CA", "Mummers' costume storage unit in St. John's, the padlock code is «pw»", 4),
    ("DE", "Maibaum-Schuppen am Dorfplatz, Zahlenschloss «pw»", 4),
    ("BR", "Cadeado do armário de raquetes do clube de picleball: «pw»", 4),
    ("AU", "Pancake race fundraiser cash tin in Fremantle, the combination lock is «pw}".replace("}", "»"), 6),
    ("IN", "Pickleball academy locker PIN: «pw»", 4),
]
