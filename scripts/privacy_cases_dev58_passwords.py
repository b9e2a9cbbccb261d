"""Passwords of the dev58 privacy set (``privacy_cases_dev58.py``): the stems its people make them
from (tenkara's flies, lines and streams, canicross's harnesses, lines and calls), the accounts command
lines run as, the commands people paste (tools no earlier set names: OpenBao, step-ca, Owncast,
Restreamer, FitTrackee's ftcli, WildDuck, oauth2-proxy, quasselcore, conduwuit, Gitness, webtop,
OpenObserve and Parseable; and tools an earlier set names, each with its password in a command, flag or
variable no earlier set used with it: TDengine's taos -p and Anki's SYNC_USER1), config files (formats
no earlier set names: step-ca's ca.json, lakeFS's config.yaml, iRedMail's config, Uptrace's
uptrace.yml, WildDuck's default.toml, Sharkey's default.yml, Endurain's .env, FitTrackee's .env and
Etebase's etebase-server.ini, Restreamer's config.json and Gitness's .local.env) and prose from 28 regions, and PINs, each line written as a message from
a particular person in a particular situation. Passwords are made by dev19's ``password()`` and
``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["kebari", "sakasa", "levelline", "tippetring", "horsehairline", "keiryu", "genryu", "honryu", "yamame",
         "furledline", "rodtip", "zoomrod", "kebaribox", "nymphkebari", "dryfly", "streamwalk", "pocketwater", "tenkara",
         "fixedline", "trailhound",
         "canicross", "onby", "bungeeline", "waistbelt", "xback", "harnessfit", "trailpack", "mushline", "dogtrot",
         "kmtrail", "pawwax", "doglead", "snowline", "forestloop", "chipmat", "dashtime", "hikehike", "pullingdog",
         "harnessline", "riverlevel"]
ACCOUNTS = ["hoglet_desk", "patrolhut", "dinnervan", "rodclub_sec", "musher_admin", "lollipop_jan", "snowpit_ops",
            "rescue_intake", "harness_shop", "roundsorter", "gaugepi", "bulletinbot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them (dev19's ``password`` with this set's stems)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Ski patrol's secrets box, the login line from the handover doc so the night lead can read the radio codes: "
     "bao login -method=userpass username=«u» password=«pw»", False),
    ("Hedgehog rescue's little certificate authority for the pen cameras, set up on the vet room laptop: "
     "step ca init --name \"Prickles Pens\" --provisioner «u» --password-file <(echo '«pw»')", False),
    ("Canicross club's race-day stream from the finish chute, the launch line the timing volunteer uses: "
     "./owncast -adminpassword «pw» -webserverport 8090  # admin user is «u»", False),
    ("Tenkara club's river cam restream on the old NUC by the weir: "
     "docker run -d -e CORE_API_AUTH_USERNAME=«u» -e CORE_API_AUTH_PASSWORD=«pw» -p 8080:8080 datarhei/restreamer", False),
    ("Canicross club's training log server, making the coach's account after the AGM: "
     "ftcli users create «u» --email «e» --password «pw»", False),
    ("Meals-on-wheels office mail, the new driver's mailbox made on the WildDuck box: curl -XPOST localhost:8080/users "
     "-H 'Content-Type: application/json' -d '{\"username\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("School crossing patrol's rota sheet behind a login, the proxy line on the council's spare server: "
     "oauth2-proxy --provider=oidc --client-id=rota --client-secret=«pw» --email-domain=* --upstream=http://127.0.0.1:3000", False),
    ("Ski patrol's old IRC-style chat core, after Pieter forgot his login: quasselcore --configdir=/var/lib/quassel "
     "--change-userpass=«u», and at the prompt he typed «pw» twice", False),
    ("Hedgehog rescue's Matrix server, typed into the admin room by the coordinator so the new volunteer can log in: "
     "!admin users create-user «u» «pw»", False),
    ("Tenkara club's fly pattern repo host, the first start on the secretary's mini PC: docker run -d "
     "-e GITNESS_PRINCIPAL_ADMIN_PASSWORD=«pw» -p 3000:3000 harness/gitness", False),
    ("Meals round's shared desktop in a browser for the drivers' route sheets: docker run -d -e CUSTOM_USER=«u» "
     "-e PASSWORD=«pw» -p 3001:3000 lscr.io/linuxserver/webtop", False),
    ("Ski patrol's avalanche log store, first start on the hut server: ZO_ROOT_USER_EMAIL=«e» "
     "ZO_ROOT_USER_PASSWORD=«pw» ./openobserve", False),
    ("Canicross timing mat logs, the command from the club's setup notes: P_USERNAME=«u» P_PASSWORD=«pw» "
     "parseable local-store", False),
    ("River gauge readings on the club Pi, the time-series shell the treasurer opened to check the flood night: "
     "taos -h gauge.local -u«u» -p«pw»", False),
    ("Crossing patrol's flashcards for the new recruits' road signs, the sync server the coordinator runs at home: "
     "SYNC_USER1=«u»:«pw» python -m anki.syncserver", False),
    ("Ski patrol's secrets box again, the night lead adding the trainee's own login after the avalanche course: "
     "bao write auth/userpass/users/«u» password=«pw» policies=radio-codes", False),
    ("Snow-pit photo versions for the ski patrol, the first-run line the summer volunteer wrote in the hut logbook: "
     "lakefs setup --user-name «u» --access-key-id AKIAIOSFODNN7EXAMPLE --secret-access-key «pw»", False),
    ("Ski patrol's avalanche log store, checking from the hut that the stream came in: curl -u «e»:«pw» "
     "http://hutserver:5080/api/default/streams", False),
    ("Hedgehog rescue's Matrix server, the coordinator fixing a carer's forgotten login from the admin room: "
     "!admin users reset-password «u» «pw»", False),
    ("River gauge readings on the club Pi, the treasurer's weekly backup to the USB stick: "
     "taosdump -h gauge.local -u«u» -p«pw» -o /media/usb/levels", False),
    ("Canicross race-day stream, checking the stream is live from the finish tent before the first wave: "
     "curl -s -u admin:«pw» http://chute-nuc:8080/api/admin/status  # «u» runs the laptop", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "step_ca_json": ("$(step path)/config/ca.json on the rescue laptop, the bit Marnie asked about:\n"
                     "\"authority\": {\"provisioners\": [{\"type\": \"JWK\", \"name\": \"«u»\"}]},\n"
                     "\"password\": \"«pw»\""),
    "lakefs_yaml": ("lakeFS config.yaml for the snow-pit photo versions:\n"
                    "database:\n  type: postgres\n  postgres:\n"
                    "    connection_string: postgres://«u»:«pw»@127.0.0.1:5432/lakefs"),
    "iredmail_config": ("iRedMail-1.7/config kept from the meals-on-wheels mail install:\n"
                        "export DOMAIN_ADMIN_NAME='«u»'\nexport DOMAIN_ADMIN_PASSWD_PLAIN='«pw»'"),
    "uptrace_yml": ("uptrace.yml, the users block for the rota sheet's error tracking:\n"
                    "auth:\n  users:\n    - name: «u»\n      password: «pw»"),
    "wildduck_toml": ("config/dbs.toml of the WildDuck mail server for the dinner round:\n"
                      "mongo = \"mongodb://«u»:«pw»@127.0.0.1:27017/wildduck\""),
    "sharkey_yml": ("Sharkey .config/default.yml of the canicross club's fediverse server, Dev photographed the screen for the committee chat:\n"
                    "id: 'aidx'\ndb:\n  host: pg.harnessline.lan\n  port: 5432\n  db: harnessline_social\n  user: «u»\n  pass: «pw»"),
    "endurain_env": ("Endurain .env on the canicross coach's NAS, pasted when the container would not start:\n"
                     "ENDURAIN_HOST=https://runs.local\nDB_USER=«u»\nDB_PASSWORD=«pw»"),
    "fittrackee_env": ("FitTrackee .env from the harness club's training log:\n"
                       "export DATABASE_URL=postgresql://«u»:«pw»@localhost:5432/fittrackee\nexport SENDER_EMAIL=«e»"),
    "etebase_ini": ("etebase-server.ini for the rescue's shared calendar:\n"
                    "[database]\nengine = django.db.backends.postgresql\nuser = «u»\npassword = «pw»"),
    "restreamer_json": ("config/config.json of the river cam restreamer by the weir, the part the club secretary pasted:\n"
                        "\"api\": {\"auth\": {\"enable\": true, \"username\": \"«u»\", \"password\": \"«pw»\"}}"),
    "gitness_env": (".local.env next to the tenkara club's pattern repo host, kept on the secretary's mini PC:\n"
                    "GITNESS_URL_BASE=http://flies.local:3000\nGITNESS_PRINCIPAL_ADMIN_UID=«u»\nGITNESS_PRINCIPAL_ADMIN_PASSWORD=«pw»"),
}
URL_CONFIGS = {"lakefs_yaml", "wildduck_toml", "fittrackee_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Driving the dinner van up to the Bootheel this week, the route tablet wants a login again, use «pw» and don't save it on the dash",
        "The ski patrol locker at Mad River, new combination app says password «pw», Kurt changed it after the Presidents' Day rush",
        "Tenkara club in the Smokies, the river cam account is «pw», check the Little River level before you drive the hour",
        "Grandpa Ray's Kindle for the Sandhills trip, he wrote the Amazon password on the box: «pw»",
        "Canicross race in the Palouse, the timing laptop's admin password is «pw», the dogs start at eight",
        "Hey it's Jolene from the crossing patrol in Muncie, the county portal password for the rota is «pw», I'm off for surgery",
        "Hedgehog rescue fundraiser on the Cape Fear coast: the PayPal login is «pw», Marnie said only use it to check the total",
        "Meals-on-wheels in the Rio Grande Valley, the tablet in van 4 locked up, the unlock password is «pw», text me if it fails",
        "Voicemail from Mom in Laramie about Dad's new hearing aid app: 'the login the audiologist set is «pw», he writes it on his hand'",
        "Patrol radio shack in the Wasatch back country, door keypad is gone, the hut laptop login is «pw» now",
        "Our Wellsboro tenkara trip on Pine Creek: cabin wifi password «pw», the owner said the signal only reaches the porch",
    ],
    "GB": [
        "Hedgehog hospital near Church Stretton: the intake laptop password changed to «pw», Gwen left it on the whiteboard",
        "Lollipop rota for St Mary's in Barrow, the council portal password is «pw», I'm covering Thursdays now",
        "Cannock Chase canicross Sunday, I'm at my sister's in Uttoxeter, so log into the entries inbox with «pw» and print the start list",
        "Fell-side tenkara weekend in Dentdale: the guesthouse wifi is «pw», breakfast from half seven",
        "Meals on wheels in Anstruther, van tablet login «pw», the new driver needs it before the Tuesday run",
    ],
    "CA": [
        "Ski patrol at Marble Mountain, Newfoundland: the avalanche board account password is «pw», Darrell set it last night",
        "Canicross club in the Kawarthas, entries spreadsheet password «pw», Linda's away till the long weekend",
        "Meals on wheels in Shediac, the route app password is «pw», the bilingual list is on the second tab",
        "Tenkara group from Kamloops, the booking site for the Thompson cabins uses «pw»",
    ],
    "AU": [
        "Hedgehog-free but wombat-full rescue in Bombala, the vet portal password's «pw», ta",
        "Canicross crew in Deloraine, the club Strava admin password is «pw», dogs go off at seven sharp",
    ],
    "NZ": [
        "Ski patrol at Craigieburn, the club hut laptop password is «pw», the rope tow key is on the hook",
        "Meals on wheels Ohakune, new tablet password «pw», kia ora and thanks for driving Tuesdays",
    ],
    "IN": [
        "Tenkara wale trip Tirthan valley ka homestay wifi password «pw» hai, uncle ne bola signal sirf aangan mein",
        "Canicross club Kotagiri, the race entries gmail password is «pw», please do not share in the big group",
        "Mummy ki tiffin service ka app login «pw» hai, Ramesh bhaiya ko bhej do, delivery unko karni hai",
        "Ski patrol trainee batch at Sonamarg, the tourism department portal password is «pw», form kal tak bharna hai",
    ],
    "PK": [
        "Bhai Naltar ski camp ka registration portal password «pw» hai, coach sahab ne bola kisi ko mat batana",
        "Ammi ki dawai wali app ka password «pw» hai, Phander jaane se pehle order kar dena",
    ],
    "NG": [
        "Abeg the Mambilla canicross club email password na «pw», make una no change am before Saturday run",
        "Mama Ngozi food delivery for the old people in Nsukka, the tablet password is «pw», Chidi go carry am tomorrow",
        "The school crossing warden portal in Ogbomosho, password is «pw», I don reset am",
    ],
    "GH": [
        "Hedgehog project? no o, it's the Anloga sea turtle rescue, but the gmail password is «pw», Kwame keeps forgetting",
    ],
    "ZA": [
        "Canicross in the Magaliesberg, the entries login is «pw», sharp sharp and bring water for the dogs",
        "Meals on wheels in Knysna, new van tablet password «pw», the route's in the blue file",
    ],
    "KE": [
        "Ski patrol? Hapana, ni Mount Kenya rescue team, password ya radio laptop ni «pw», usimwambie mtu",
        "Chakula kwa wazee pale Nanyuki, password ya tablet ni «pw», dereva mpya aanze Jumatatu",
    ],
    "PH": [
        "Ate, yung password ng tablet sa hotmeals van sa Dumaguete ay «pw», huwag mong palitan ha",
        "Canicross sa Caliraya ngayong Linggo, admin password ng page ay «pw», si Jun ang may hawak",
        "Yung wifi password sa dive shop sa Anilao ay «pw», libre daw pag bumili ng kape",
    ],
    "ID": [
        "Mas, password laptop posko SAR di Rinjani sekarang «pw», jangan disimpan di browser ya",
    ],
    "MX": [
        "Comedor para abuelitos en Cuetzalan: la contraseña de la tablet de la camioneta es «pw», no la cambien",
        "Carrera canicross en el Nevado de Toluca, la contraseña del correo de inscripciones es «pw», la cambió Memo",
    ],
    "PE": [
        "Patrulla de esquí? no, rescate en el Huascarán, la contraseña de la laptop del refugio es «pw», no la apunten en la pared",
    ],
    "BR": [
        "A senha do tablet da marmita solidária em Cambará do Sul agora é «pw», a Dona Jacira pediu pra não anotar na geladeira",
        "Vou correr com a Pipoca na trilha de Urubici no domingo e o Juscelino fica com as inscrições, a senha do e-mail do clube é «pw»",
    ],
    "ES": [
        "Patrulla de pistas en Candanchú: la contraseña del portátil de la caseta es «pw», cámbiala cuando vuelva Iñaki",
    ],
    "DE": [
        "Canicross-Verein im Hunsrück: das Passwort für die Meldeliste lautet «pw», bitte nicht weitergeben",
        "Igelstation in der Uckermark, das Passwort vom Aufnahme-Laptop ist jetzt «pw», hat Hiltrud geändert",
    ],
    "FR": [
        "Pisteurs-secouristes de Superbagnères : le mot de passe du PC du poste est «pw», Aldebert l'a changé hier",
        "Portage de repas à Aurillac, mot de passe de la tablette du camion : «pw»",
    ],
    "IT": [
        "Soccorso piste a Bormio, la password del portatile in baita è «pw», non scriverla sul registro",
    ],
    "PL": [
        "Hasło do laptopa w dyżurce GOPR na Pilsku to «pw», zmienił je Mszczuj po zimie",
    ],
    "SE": [
        "Canicross i Jämtland, lösenordet till anmälningsmejlen är «pw», hälsa hundarna",
    ],
    "NO": [
        "Passordet til loggboka på skipatruljebua i Hemsedal er «pw», ikke skriv det på tavla",
    ],
    "JP": [
        "テンカラ教室の予約サイトのパスワードは «pw» です",
        "渓流監視カメラのログインは «pw»",
    ],
    "KR": [
        "스키 패트롤 무전 노트북 비밀번호 «pw» 입니다",
    ],
    "CN": [
        "送餐车平板密码是 «pw»",
    ],
    "IE": [
        "Meals on wheels round in Belmullet, the new van tablet wants a login every morning, it's «pw», Piaras wrote it inside the sun visor",
    ],
    "TR": [
        "Palandöken kayak devriye kulübesindeki dizüstünün şifresi «pw», Feridun abi değiştirdi",
    ],
}

PINS = [  # (region, template, length)
    ("NZ", "Gate to the ski club lodge car park at Craigieburn takes «pw», the patrol lead changes it every June", 4),
    ("KR", "스키 패트롤 장비실 도어락 «pw»", 6),
    ("US", "The padlock on the canicross club's gear trailer in Bozeman takes the PIN «pw», lock it after the race", 4),
    ("CA", "Meals on wheels van 2 in Timmins, the fuel card PIN is «pw», Normande says keep the receipts in the glovebox", 4),
    ("GB", "Crossing patrol hut key safe outside St Aidan's primary, code «pw»", 4),
    ("DE", "Schlüsselkasten an der Igelstation, Code «pw», bitte nach dem Füttern wieder zudrehen", 4),
    ("BR", "O cadeado do armário da marmita solidária tem senha «pw», a chave reserva está com a Rosicleide", 4),
    ("IN", "Tirthan homestay locker ka PIN «pw» hai, rods wahin rakhna", 4),
]
