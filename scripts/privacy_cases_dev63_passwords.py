"""Passwords of the dev63 privacy set (``privacy_cases_dev63.py``): the stems its people make them
from (roundnet's nets, rims, pockets and spikes, chainmaille's jump rings, mandrels, weaves and aspect
ratios), the accounts command lines run as, the commands people paste (tools no earlier set names:
Pocket ID, Yamtrack, Chibisafe, PairDrop, Sharry, Picsur, Unkey, Papra, MeTube, Tududi, Reactive
Resume, Solidtime, Traggo, Cachet, Upptime, OneUptime, Checkmate, Peekaping, Bugsink, GlitchTip,
Pyroscope, Coroot, Netdata, Scrutiny and Arcane), config files (formats no earlier set names: Bugsink's
bugsink_conf.py, GlitchTip's .env, Solidtime's .env, Sharry's sharry.conf, Netdata's stream.conf,
Coroot's config.yaml, Papra's .env, Pocket ID's .env, Cachet's .env, OneUptime's config.env and
Scrutiny's scrutiny.yaml) and prose from 28 regions (Norway's in Nynorsk), and PINs, each line written
as a message from a particular person in a particular situation. Passwords are made by dev19's
``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["roundnet", "spikenet", "rimshot", "pocketball", "netrim", "spikeserve", "hitdrop", "roundrally", "rimbounce", "sandspike",
         "netlegs", "pocketshot", "roundpod", "spikeclub", "rimroll", "dropshot", "tripod", "netdive", "spikepair", "roundbeach",
         "chainmaille", "jumpring", "mandrel", "byzantine", "fourinone", "dragonscale", "ringweave", "boxchain", "helmweave",
         "springgauge", "ringmail", "halfpersian", "closedring", "buttedring", "aspectratio", "mailshirt", "riveted", "coifring",
         "inlayweave", "ringpliers"]
ACCOUNTS = ["pod_keeper", "beach_seeds", "ring_winder", "weave_class", "foray_lists", "spore_archive",
            "vole_transects", "latrine_log", "spat_counts", "cage_rota", "lockgate_crew", "dredge_notes"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them: dev19's ``password`` with this set's stems."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("From the roundnet club's tournament laptop, pasted into the group chat by the scorer: "
     "docker run -d -e POCKET_ID_ADMIN_USER=«u» -e POCKET_ID_ADMIN_PASSWORD='«pw»' -p 1411:1411 pocket-id", False),
    ("Chainmaille shop's stock tracker, the owner's note to her nephew: "
     "curl -X POST https://yamtrack.ringshop.lan/api/login -d 'username=«u»&password=«pw»'", False),
    ("Foray photo dump, the recorder's terminal history on the club mini PC: "
     "chibisafe-cli upload --server https://«u»:«pw»@chibisafe.forayclub.lan ./sunday/*.jpg", True),
    ("Vole survey's file drop, a volunteer's message: "
     "pairdrop --room transects --user «u» --room-secret '«pw»'", False),
    ("Oyster group's share box, from the secretary's notes: "
     "sharry-cli login --url https://sharry.reefcage.lan --account «u» --password '«pw»'", False),
    ("Canal trust's photo host, pasted by the archivist: "
     "curl -u «u»:«pw» -F image=@lockgate11.jpg https://picsur.canaltrust.lan/api/image/upload", False),
    ("Roundnet tournament API gateway, the treasurer's shell: "
     "export UNKEY_ROOT_USER=«u» UNKEY_ROOT_PASS='«pw»' && unkey keys list", False),
    ("Chainmaille workshop's receipts archive, the tutor's laptop: "
     "papra login --email «e» --password '«pw»' # account «u»", False),
    ("Foray videos, a member grabbing a talk: "
     "curl 'https://«u»:«pw»@metube.forayclub.lan/add' -d url=https://video.example/spore-prints", True),
    ("Vole survey to-do list, from the coordinator's phone: "
     "tududi --host https://tasks.burrowwatch.lan --user «u» --pass '«pw»' sync", False),
    ("Oyster group's CV builder for grant bids, the chair's note: "
     "docker exec resume psql 'postgresql://«u»:«pw»@db:5432/reactive_resume'", True),
    ("Canal trust's volunteer hours, the rota keeper's terminal: "
     "solidtime import --user «u» --password «pw» hours-march.csv", False),
    ("Roundnet practice time log, from the captain: "
     "traggo --url https://traggo.spikeline.lan --username «u» --password '«pw»' export", False),
    ("Chainmaille web shop status page, the owner's script: "
     "CACHET_DB_USERNAME=«u» CACHET_DB_PASSWORD='«pw»' php artisan cachet:install", False),
    ("Foray group's uptime repo, a member's commit message draft: "
     "gh secret set UPTIME_PASS --body '«pw»' # for upptime bot «u»", False),
    ("Vole survey's monitoring, from the volunteer IT lead: "
     "oneuptime login --url https://status.burrowwatch.lan --email «e» --password «pw»", False),
    ("Oyster group's uptime checker, pasted by the treasurer: "
     "checkmate-cli --api https://checkmate.reefcage.lan --user «u» --password='«pw»' monitors", False),
    ("Canal trust's site monitor, the webmaster's notes: "
     "peekaping admin create --username «u» --password «pw»", False),
    ("Roundnet league app errors, the developer's terminal: "
     "docker run -e CREATE_SUPERUSER=«u»:«pw» -p 8000:8000 bugsink/bugsink", False),
    ("Chainmaille shop's error tracker, the nephew's setup line: "
     "glitchtip-manage createsuperuser --username «u» --email «e» --password «pw»", False),
    ("Foray group's profiling box, from the volunteer who runs it: "
     "pyroscope admin --server.http-listen-address 4040 --auth.basic-user «u» --auth.basic-password '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "bugsink_conf_py": ("bugsink_conf.py on the roundnet league's server, pasted by the developer:\n"
                        "DATABASES['default']['USER'] = '«u»'\nDATABASES['default']['PASSWORD'] = '«pw»'"),
    "glitchtip_env": ("GlitchTip .env from the chainmaille shop's box:\n"
                      "DATABASE_URL=postgres://«u»:«pw»@postgres:5432/glitchtip"),
    "solidtime_env": ("Solidtime .env, canal trust volunteer hours:\n"
                      "DB_USERNAME=«u»\nDB_PASSWORD=«pw»"),
    "sharry_conf": ("sharry.conf (HOCON) on the oyster group's share server:\n"
                    "sharry.restserver.backend.jdbc {\n  user = \"«u»\"\n  password = \"«pw»\"\n}"),
    "netdata_stream_conf": ("stream.conf photographed on the foray club's mini PC:\n"
                            "[stream]\n    destination = parent.forayclub.lan\n    api key user = «u»\n    api key password = «pw»"),
    "coroot_config_yaml": ("Coroot config.yaml, vole survey's monitoring:\n"
                           "postgres:\n  user: «u»\n  password: \"«pw»\""),
    "papra_env": ("Papra .env, chainmaille workshop receipts:\n"
                  "AUTH_ADMIN_USER=«u»\nAUTH_ADMIN_PASSWORD=«pw»"),
    "pocketid_env": ("Pocket ID .env on the roundnet club's box:\n"
                     "DB_CONNECTION_STRING=postgres://«u»:«pw»@db:5432/pocketid"),
    "cachet_env": ("Cachet .env, chainmaille web shop status page:\n"
                   "DB_USERNAME=«u»\nDB_PASSWORD=\"«pw»\""),
    "oneuptime_config_env": ("OneUptime config.env, oyster group's status page:\n"
                             "DATABASE_USERNAME=«u»\nDATABASE_PASSWORD=«pw»"),
    "scrutiny_yaml": ("scrutiny.yaml on the canal trust's NAS, the notifications part:\n"
                      "notify:\n  urls:\n    - \"smtp://«u»:«pw»@mail.canaltrust.lan:587/?subject=disk-warning\""),
}
URL_CONFIGS = {"glitchtip_env", "pocketid_env", "scrutiny_yaml"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Coach, the login for the tournament bracket site is the club email and «pw», please don't change it before regionals",
        "Voice memo from the beach: remind me the wifi at the rental house for the roundnet weekend is «pw», the owner wrote it on the fridge",
        "Hey it's Dana, the ring supplier's wholesale account password is «pw», order the 16 gauge before they sell out again",
        "Note to self after the foray: the county herbarium portal password is «pw», I always forget it",
        "Text from the canal trust chair: the padlock app on the tool container now wants «pw», changed it after the break-in",
        "Sis, the password for mom's craft fair booking account is «pw», log in and grab table 9 before noon",
        "The shared drive for the vole photos: «pw». Don't post it in the public channel",
        "Roundnet league scorekeeping tablet unlock phrase is «pw», I taped a hint under the case",
        "Our oyster grant portal password is «pw» until the auditor's visit, then I'll rotate it",
        "Jake, the admin password for the chainmaille Etsy backup account is «pw», just in case I'm offline",
        "Laptop at the lock cottage: the guest account password is «pw», it's slow but it works",
    ],
    "GB": [
        "Nan, your login word for the lock restorers' bulletin is «pw», it's in pencil on the back page of your diary",
        "Quick one: the foray group's iRecord account password is «pw», I've updated it after Sunday's mix-up",
        "Towpath Wi-Fi at the lock cottage is «pw», the warden says only for uploading survey sheets",
        "Roundnet kit locker code changed, new password on the app is «pw», don't tell the juniors",
        "Voice note: chainmaille supplier trade login, «pw», I'll email the invoice later",
    ],
    "CA": [
        "The oyster reef volunteer portal password is now «pw», Fundy chapter only, eh",
        "Mom, the beach roundnet registration account is «pw», I used your email",
        "Foray group's herbarium photo drive: «pw», bilingual folder names, sorry",
        "Chainmaille Facebook group admin login is «pw», I'm stepping down after the fair",
    ],
    "AU": [
        "Tallying app for the baby oysters, shared by the whole Port Phillip crew: «pw», Shazza set it",
        "Scorer's laptop at Cottesloe sand comp unlocks with «pw», Jayden's idea",
    ],
    "NZ": [
        "Kia ora, the canal heritage group's drive password is «pw» for the photos",
        "Somebody hijacked our beach spikeball Insta, Aroha reset it to «pw»",
    ],
    "IN": [
        "Bhai, roundnet tournament ke portal ka password «pw» hai, jaldi login karke team daal do",
        "Fungi walk wale group ke Google drive ka password «pw» hai, photos wahin daalna",
        "Chainmaille dukaan ke online account ka password «pw», maine badal diya kal",
        "Amma, the beach house wifi for the roundnet weekend is «pw»",
    ],
    "PK": [
        "Canal wale volunteers ke purane Dell ka kholne ka lafz «pw» hai, Bilal ne rakha",
        "Roundnet club ki website ka admin password «pw» hai",
    ],
    "NG": [
        "Abeg the tournament portal password is «pw», register our pair before Friday",
        "Roundnet club's bank app login na «pw», treasurer go change am next week",
        "Card reader at our ring-weave stall in Balogun market opens with «pw», Tunde only",
    ],
    "GH": [
        "Please the password for the beach roundnet Wi-Fi at Labadi is «pw», my sister set it",
    ],
    "ZA": [
        "Howzit, the oyster reef project's drive password is «pw», spat photos go in the June folder",
        "Roundnet club's email password is «pw», the old chair had it on a sticky note",
    ],
    "KE": [
        "Our Karura forest mushroom walkers share one Gmail; Wanjiru set its secret word to «pw»",
        "Password ya roundnet club's M-Pesa till account ni «pw», usimwambie mtu",
    ],
    "PH": [
        "Ate Joy, sa account ng mga naglalaro ng bilog na lambat sa Baler, «pw» na ngayon",
        "Sa beach resort sa La Union, ang susi ng wifi para sa mga manlalaro: «pw»",
        "Chainmaille shop login: «pw», ikaw na bahala",
    ],
    "ID": [
        "Password akun turnamen roundnet kita «pw», jangan disebar ya",
    ],
    "MX": [
        "Doña Queta cambió la clave de la página de los hongueros del Ajusco a «pw»",
        "Güero, en la casita de Sayulita el internet pide «pw», lo dejó la dueña en el refri",
    ],
    "PE": [
        "La contraseña del drive de la salida de hongos en Oxapampa es «pw», suban sus fotos ahí",
    ],
    "BR": [
        "Luana mudou o acesso do aplicativo das duplas de areia pra «pw»",
        "Mãe, a senha da conta da loja de argolas é «pw», se eu não responder compra você mesma",
    ],
    "ES": [
        "La contraseña del portal de la asociación micológica es «pw», cambiadla después del otoño",
    ],
    "DE": [
        "Gerlinde hat das Kennwort für die Fundkartei der Pilzfreunde auf «pw» gesetzt",
        "Liebe Grüße aus der Werkstatt: das WLAN-Passwort für den Kettenhemd-Kurs ist «pw», hängt auch an der Tür",
    ],
    "FR": [
        "Le mot de passe du compte de la société mycologique est «pw», ne le partagez pas",
        "Le wifi de la maison louée pour le tournoi de roundnet : «pw»",
    ],
    "IT": [
        "La password dell'account del gruppo micologico è «pw», cambiamola dopo la mostra",
    ],
    "PL": [
        "Hasło do konta koła grzybiarzy to «pw», nie wysyłajcie go na grupę",
    ],
    "SE": [
        "Lösenordet till svampföreningens konto är «pw», byt det efter hösten",
    ],
    "NO": [
        "Passordet til kanallaget sin delte mappe er «pw», eg har skrive det i boka på kontoret ved slusa",
    ],
    "JP": [
        "きのこ観察会のアカウントのパスワードは«pw»です",
        "ラウンドネット部のWi-Fiパスワード：«pw»",
    ],
    "KR": [
        "라운드넷 동호회 계정 비밀번호는 «pw» 입니다",
    ],
    "CN": [
        "运河志愿者群的网盘密码：«pw»",
    ],
    "IE": [
        "The canal restoration group's Dropbox password is «pw», the lock keeper's daughter set it",
    ],
    "TR": [
        "Mantar gezisi grubunun hesabının şifresi «pw», kimseyle paylaşmayın",
    ],
}

PINS = [  # (region, template, length)
    ("US", "The roundnet equipment locker at the rec center opens with «pw», reset it if the juniors find out", 4),
    ("GB", "Key safe at the lock cottage for the canal work party: «pw», put the key back after", 4),
    ("KR", "해변 창고 자물쇠 번호 바뀜, 새 번호 «pw» 이고 총무님만 알아요", 6),
    ("CA", "Oyster group's boathouse door code is «pw» this season", 4),
    ("DE", "Der Zahlencode für den Pilzvereins-Spind ist «pw»", 4),
    ("BR", "Cadeado do baú das redes redondas no quiosque do posto 9: «pw»", 4),
    ("IN", "Tool shed ka PIN «pw» hai", 4),
    ("AU", "Reef shed padlock code is «pw»", 4),
]
