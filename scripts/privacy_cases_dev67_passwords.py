"""Passwords of the dev67 privacy set (``privacy_cases_dev67.py``): the stems its people make them
from (hurling's hurleys, sliotars, puck-outs, bas and the Liam MacCarthy, yabusame's horses, the
kabura-ya arrow, three targets along the track and the kasagake), the accounts command lines run as, the
commands people paste (tools no earlier set names: Maloja, Koito, Multi-Scrobbler, Tube-Archivist,
Doplarr, Seanime, Heimdall, Organizr, Sablier, Traefik-kop, Dasherr, Cinesync, Rdt-client, Dockcheck,
Bitmagnet, qBitrr, Checkrr and Autoscan), config files (formats no earlier set names: Gluetun's .env,
Janitorr's application.yml, Checkrr's checkrr.yaml, qBitrr's config.toml, Autoscan's config.yml,
Bitmagnet's .env, Koito's .env, Multi-Scrobbler's config.json, Doplarr's config.edn, Tube-Archivist's
.env and Cinesync's .env) and prose from 29 regions (the Netherlands' in Drents), and PINs, each line
written as a message from a particular person in a particular situation. Passwords are made by
dev19's ``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["hurling", "sliotar", "hurleyash", "puckout", "sideline", "bandedbas", "camanstick", "liammac",
         "overthebar", "frontofgoal", "ballbas", "fieldgoal", "seventy", "soloruns", "ashplant", "hooking",
         "blocking", "croker", "semple", "leinsterfinal",
         "yabusame", "kaburaya", "kasagake", "threetargets", "umaba", "gallopline", "hinokimato", "tsurugaoka",
         "samurairide", "kusajishi", "horsebow", "yumigaeri", "fletching", "cedarboard", "shinjiride", "kamakurarun",
         "arrowsong", "stirrups", "hunterbow", "redtassel"]
ACCOUNTS = ["club_fixtures", "sliotar_stock", "ride_bookings", "stable_rota", "rushcart_map", "bearing_list",
            "toy_loans", "shelf_audit", "nestbox_logs", "licence_checks", "bee_counts", "transect_uploads"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Ciarán, setting up the hurling club's scrobble server before the county final watch party: "
     "maloja --admin-user «u» --set-admin-secret «pw»", False),
    ("The toy library's music corner gets a Koito instance; the coordinator ran it on the old NUC: "
     "koito serve --bootstrap-user «u» --bootstrap-pass «pw»", False),
    ("Yabusame instructor linking the stable radio to her listening stats, from the barn laptop: "
     "multi-scrobbler --source-user «u» --source-secret «pw»", False),
    ("Dormouse survey recorder archiving the training videos for new licence holders: "
     "docker run -e TA_USERNAME=«u» -e TA_PASSWORD=«pw» bbilly1/tubearchivist", False),
    ("Hurling club's request bot for the clubhouse telly, run by the juvenile secretary: "
     "doplarr --overseerr-login «u» --overseerr-phrase «pw»", False),
    ("Bumblebee walk leader, who watches anime on the train back from the transect: "
     "seanime --set-auth «u» --auth-phrase «pw»", False),
    ("Rushbearing committee's dashboard of links for volunteers, the first run on the vestry Pi: "
     "heimdall-cli adduser «u» --secret «pw»", False),
    ("Toy library's tabbed admin page; the treasurer set it up during a quiet Tuesday session: "
     "organizr --setup --admin «u» --admin-passkey «pw»", False),
    ("The yabusame school's booking stack sleeps at night; Sablier wakes it, and its store sits at: "
     "sablier start --storage.url redis://«u»:«pw»@stable-pi:6379/0", True),
    ("Hurling club's second server publishes its routes to the main one through Redis: "
     "traefik-kop --redis-addr clubhouse:6379 --redis-user «u» --redis-pass «pw»", False),
    ("Dormouse group's link board for volunteers, first start on the survey laptop: "
     "dasherr init --owner «u» --owner-passphrase «pw»", False),
    ("Toy library volunteer sorting the Saturday film club's files into folders: "
     "cinesync --webdav-user «u» --webdav-pwd «pw»", False),
    ("The bee walk leader's download helper, started from a terminal in the allotment shed: "
     "rdtclient --web-login «u» --web-secret «pw»", False),
    ("Rushbearing map volunteer checking for updated containers before the procession weekend: "
     "dockcheck.sh -a -x 3 --notify-user «u» --notify-pass «pw»", False),
    ("Hurling club's torrent indexer for old match footage, the assistant treasurer's notes: "
     "bitmagnet worker run --all --postgres-user «u» --postgres-password «pw»", False),
    ("Yabusame school's download client manager, first launch in the tack room: "
     "qbitrr --qbit-user «u» --qbit-phrase «pw»", False),
    ("Dormouse survey's media checker points at the same database as the archive: "
     "checkrr --db postgresql://«u»:«pw»@surveypi:5432/checkrr", True),
    ("Toy library film club's scan trigger, written out for the next volunteer: "
     "autoscan --plex-user «u» --plex-passphrase «pw»", False),
    ("Bee walk stats page moves to the shared box; the leader pastes the Maloja connection line: "
     "maloja run --db-url postgres://«u»:«pw»@beebox:5432/maloja", True),
    ("Koito's importer, run by the hurling club's PRO with last season's listening history: "
     "koito import --login «u» --login-secret «pw» history.json", False),
    ("Rushbearing committee's video archive, the church warden's second try after a typo: "
     "tubearchivist-cli create-superuser --name «u» --pass-phrase «pw»", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "gluetun_env": ("# hurling club laptop, VPN for streaming the Munster final abroad\n"
                    "OPENVPN_USER=«u»\nOPENVPN_PASSWORD=«pw»"),
    "janitorr_application_yml": ("# toy library media cleanup, keeps the kids' films for 90 days\n"
                                 "clients:\n  jellyfin:\n    username: «u»\n    password: «pw»"),
    "checkrr_yaml": ("# dormouse survey video check, every Sunday night\n"
                     "notifications:\n  smtp:\n    user: «u»\n    pass: «pw»"),
    "qbitrr_config_toml": ("# yabusame stable box\n[qBit]\nHost = \"127.0.0.1\"\n"
                           "UserName = \"«u»\"\nPassword = \"«pw»\""),
    "autoscan_config_yml": ("# bee walk film night server, written by the leader's son\n"
                            "authentication:\n  username: «u»\n  password: «pw»"),
    "bitmagnet_env": ("# rushbearing archive of old procession films\n"
                      "POSTGRES_USER=«u»\nPOSTGRES_PASSWORD=«pw»"),
    "koito_env": ("# hurling club's listening stats, clubhouse NUC\n"
                  "KOITO_DEFAULT_USERNAME=«u»\nKOITO_DEFAULT_PASSWORD=«pw»"),
    "multiscrobbler_config_json": ("// yabusame instructor's scrobbler, sources block\n{\"sources\": [{\"type\": \"subsonic\",\n"
                                   "  \"data\": {\"user\": \"«u»\", \"password\": \"«pw»\"}}]}"),
    "doplarr_config_edn": ("; toy library film requests bot, config.edn\n{:radarr/url \"http://«u»:«pw»@shelfbox:7878\"\n"
                           " :discord/token \"see the vault\"}"),
    "tubearchivist_env": ("# dormouse training videos, survey laptop\n"
                          "TA_USERNAME=«u»\nTA_PASSWORD=«pw»\nTA_HOST=http://surveypi:8000"),
    "cinesync_env": ("# bee walk film club, sorted library\n"
                     "CINESYNC_WEBDAV_URL=https://«u»:«pw»@beebox.local/dav\n"
                     "CINESYNC_PORT=8082"),
}
URL_CONFIGS = {"doplarr_config_edn", "cinesync_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Boston hurlers' group text: the gear locker by field 4 now opens with the new combination word, it's «pw», "
        "don't let the soccer parents see it",
        "Voice memo from Merle, our toy library lead: the donations inbox got locked again, I reset it to «pw» and wrote it in the binder",
        "Coach here, the club's Hudl account for filming the juniors is under my email, and the password I picked is «pw»",
        "Dormouse licence paperwork portal for the state, my login hasn't changed, password still «pw» if you need to upload the May checks",
        "Riding school admin, texting from the horse trailer: the booking site admin password became «pw» after the breach notice",
        "Grandpa wants the family Netflix back on the bumblebee walk tablet, tell him the password is «pw» and to stop changing it",
        "Note for whoever opens the toy library on Saturday: the alarm app account is the library email, password «pw»",
        "From our hurling tournament organizer: the shared Dropbox for team photos got a new password, «pw», pass it to the team moms",
        "The rush cart float committee's Canva login, because the church ladies keep asking: password «pw»",
        "Sent from my iPhone at the county fair: the sliotar order account with the Irish supplier, password is «pw»",
        "Ride leader's clipboard note taped inside the tack trunk: barn Wi-Fi password «pw», guests' one is on the fridge",
    ],
    "GB": [
        "Toy library committee, Tuesday minutes: the shared Gmail password has been changed to «pw» after Gary's laptop was nicked",
        "Rushbearing lads, the marquee hire account password is «pw}, ta".replace("}", "»"),
        "Dormouse survey WhatsApp: new password for the PTES upload is «pw», cheers Jo",
        "Bee walk leader's note in the village hall cupboard: the laptop's login is «pw», don't install anything",
        "Sorry it's late, the hurling club's Pitchero admin password is now «pw}, I'll change it after the AGM".replace("}", "»"),
    ],
    "CA": [
        "Ottawa yabusame club: the arena booking portal password is «pw}, please don't put it on Facebook again".replace("}", "»"),
        "Toy library in Halifax, message from the coordinator: our Square account's password is «pw} now".replace("}", "»"),
        "Bonjour, the hurling team's Google Drive password, changed after the tournament in Montréal: «pw»",
        "Dormouse? No, we count bumblebees here in Manitoba, eh. The iNaturalist group login is «pw»",
    ],
    "AU": [
        "G'day, hurling mob in Perth: the clubrooms Wi-Fi's password is «pw», reckon we'll change it after the grand final",
        "Toy library volunteers, Fremantle: the Canva login's password got switched to «pw», cheers",
    ],
    "NZ": [
        "Kia ora, hurling club rep here: the shared Gmail for the Wellington blitz now uses «pw» as its password",
        "Toy library in Dunedin, for the Saturday crew: the till tablet password is «pw»",
    ],
    "IN": [
        "Kochi toy library WhatsApp: new password for the library laptop is «pw}, please note it, ji".replace("}", "»"),
        "Bhaiya, the riding club's Paytm business login was reset, password «pw}, tell Mummy".replace("}", "»"),
        "Bengaluru bee walk group: iNaturalist project password «pw», keep it inside the group only",
        "Sir, the hostel Wi-Fi password for the hurling exhibition team visiting from Cork is «pw»",
    ],
    "PK": [
        "Lahore toy library volunteers: bhai, the Facebook page's password is «pw» now, don't share with anyone",
        "Yaar, the horse riding club's booking account password became «pw} after the hack".replace("}", "»"),
    ],
    "NG": [
        "Abeg, after Chidi log in for cyber cafe and forget to log out, we don change the toy library Gmail to «pw», no give anybody",
        "Our hurling exhibition team in Lagos: the shared laptop password is «pw}, Oga said so".replace("}", "»"),
        "Bee walk volunteers Abuja, the new Wi-Fi password for the office is «pw»",
    ],
    "GH": ["Charley, Auntie Esi set the toy library's MoMo merchant login so that she can collect the Saturday fees, it be «pw», hold am tight oo"],
    "ZA": [
        "Howzit, the hurling club's braai fund account on Zapper now uses password «pw}, ja".replace("}", "»"),
        "Durban toy library crew, the loadshedding killed the laptop and Sipho reset it, the new password is «pw}, sharp sharp".replace("}", "»"),
    ],
    "KE": [
        "Sasa, the toy library's M-Pesa portal password ni «pw}, usiambie mtu".replace("}", "»"),
        "Nairobi bee walk team, the Kobo login's password is «pw» from today",
    ],
    "PH": [
        "Kuya, yung password ng toy library GCash account ay «pw» na, huwag mo ipost",
        "Pare, the riding club's Facebook page password is «pw} now, salamat".replace("}", "»"),
        "Ate, the bee walk group's Google account, bagong password: «pw»",
    ],
    "ID": ["Mas, setelah laptop perpustakaan mainan kena virus dari flashdisk, Bu Rini ganti kata sandinya jadi «pw», simpan baik-baik ya"],
    "MX": [
        "Oye, la contraseña del club de tiro a caballo en el portal de reservas quedó como «pw»",
        "Comadre, la ludoteca del barrio cambió la clave del correo a «pw}, apúntala".replace("}", "»"),
    ],
    "PE": ["Causa, los chibolos de la ludoteca en Miraflores adivinaron la clave del wifi, ahora es «pw}, solo para los voluntarios".replace("}", "»")],
    "BR": [
        "Gente da brinquedoteca de Pinheiros, depois do golpe do boleto falso trocamos a senha do e-mail da doação pra «pw», guardem",
        "Mano, a senha do app da trilha das mamangavas em Campinas ficou «pw»",
    ],
    "ES": ["Tío, la contraseña de la ludoteca del pueblo para el portal del ayuntamiento es «pw»"],
    "DE": [
        "Hallo zusammen, das Passwort für den Laptop der Hummelzählung im Harz lautet ab sofort «pw»",
        "Liebe Spielzeugbibliothek-Helfer, das neue Kennwort fürs Ausleihsystem ist «pw}, bitte nicht weitergeben".replace("}", "»"),
    ],
    "FR": [
        "Coucou les bénévoles du mercredi, la mairie a réinitialisé notre accès au portail des associations, on y entre maintenant avec «pw»",
        "Salut les cavaliers, le mot de passe du site de réservation du manège a changé : «pw»",
    ],
    "IT": ["Ragazzi, la password della ludoteca per il portale del comune adesso è «pw», non giratela"],
    "PL": ["Cześć, hasło do laptopa w bibliotece zabawek zmieniłam na «pw}, nie podawajcie dalej".replace("}", "»")],
    "SE": ["Hej, lösenordet till leksaksbibliotekets dator är «pw» från och med idag"],
    "NO": ["Hei, passordet til lekebiblioteket sin Vipps-konto er nå «pw}, ikke del det".replace("}", "»")],
    "JP": [
        "Yabusame hozonkai no renraku: booking site no pasuwaado wa «pw» ni kawarimashita, yoroshiku",
        "Omocha toshokan volunteer-san e, laptop login no pasuwaado wa «pw} desu".replace("}", "»"),
    ],
    "KR": ["Jangnankam doseogwan volunteer group: gongyu laptop bimilbeonho neun «pw» ibnida"],
    "CN": ["Wanju tushuguan zhiyuanzhe qun: diannao mima gaicheng «pw} le, bie wai chuan".replace("}", "»")],
    "IE": ["Lads, the club's Foireann login password is «pw» now, sound, see ye at training Tuesday"],
    "TR": ["Arkadaşlar, oyuncak kütüphanesinin bilgisayar şifresi artık «pw}, kimseye vermeyin".replace("}", "»")],
    "NL": ["Jongs, et wachtwoord van de speulgoedbieb zien laptop is now «pw}, nich deurvertellen".replace("}", "»")],
}

PINS = [  # (region, template, length)
    ("US", "Toy library's key safe outside the back door, for whoever does the Saturday morning shift: code «pw»", 4),
    ("GB", "The hurling pitch's floodlight box takes «pw» on its keypad", 4),
    ("KR", "Doseogwan door PIN «pw»", 6),
    ("CA", "Yabusame barn's tack room keypad, changed after the fall clinic: «pw}".replace("}", "»"), 4),
    ("DE", "Der Schlüsselkasten an der Hummelhütte hat jetzt die Kombination «pw»", 4),
    ("BR", "Cadeado do armário da brinquedoteca, a combinação nova é «pw»", 4),
    ("AU", "Hurling clubrooms alarm in Perth, the code for the committee: «pw}, disarm within thirty seconds".replace("}", "»"), 6),
    ("IN", "Toy library locker PIN is «pw» now", 4),
]
