"""Where the dev37 privacy set's passwords and PINs are written (``privacy_cases_dev37.py``): on
the command lines of the tools people run (Redpanda's rpk, HiveMQ's mqtt-cli, NuoDB's nuosql,
websocat, sipsak, linphonec, FreeSWITCH's fs_cli, pg_dumpall, riak-admin, arangoimport, amtool,
logcli, Maven with -D properties, PuTTY's psftp, PowerShell's Enter-PSSession and Invoke-Command,
Windows' dsquery, ldifde and csvde, and unoconv), in the config files they keep (gammu-smsdrc,
kannel.conf, FreeSWITCH's vars.xml, FusionPBX's config.conf, siproxd's password file,
ampache.cfg.php, Shinobi's conf.json, FileZilla's sitemanager.xml, pppd's pap-secrets,
davmail.properties, SnappyMail's application.ini, Horde's conf.php, Chronograf's defaults file and a
motionEye camera file), and in what they tell each other or themselves (texts, chats, voice notes,
a Comica clip, a Pocketalk transcript, a Rocketbook page), in English and in the words of people
around the world, Tlingit, Gwich'in, Blackfoot, Haida, Warlpiri, Arrernte, Ibibio, Idoma, Kanuri,
Chagga, Lusoga, Brahui, Shina, Tamasheq, Soninke, Evenki and Livonian among them. Passwords are made
by dev19's ``password`` from this set's stems (rockhounding and gem cutting, woodturning).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["cabochon", "dopstick", "trimsaw", "slabsaw", "rocktumbler", "tumblegrit", "ceriumoxide", "faceter", "facetlap", "girdle",
         "crownfacet", "culet", "tablefacet", "lapwheel", "diamondwheel", "cabbing", "cabmachine", "rockhound", "thundereggs", "jaspery",
         "chrysoprase", "geodecrack", "slabbing", "preform", "polishingpad", "mohs", "streakplate", "loupe", "hardrock", "druzy",
         "septarian", "lapidarist",
         "bowlgouge", "skewchisel", "partingtool", "spindlegouge", "faceplate", "bowlblank", "chatterwork", "bedan", "cupchuck",
         "endgrain", "sidegrain", "finial", "platter", "pepperpot", "steadyrest", "spurdrive", "livecentre", "morsetaper", "toolrest",
         "woodturner", "burlbowl", "greenturning", "shavings", "ringtool", "hollowform", "threadchaser"]

ACCOUNTS = ["cabbing_svc", "slabsaw_ro", "geode_sync", "gemshow_adm", "facetlap_cron", "quarrytrip_bot", "lathe_admin", "bowlblank_ops",
            "woodswap_backup", "turnery_ci", "chuck_relay", "specimens_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ rpk topic produce gemshow-tickets --brokers kafka.club.lan:9092 --user «u» --password '«pw»' --sasl-mechanism SCRAM-SHA-256", False),
    ("Transcribed from Mum's kitchen calendar: $ mqtt pub -h broker.workshop.lan -p 1883 -u «u» -pw '«pw»' -t lathe/dust-extractor -m off", False),
    ("$ nuosql specimens@localhost --user «u» --password '«pw»'", False),
    ("$ websocat --basic-auth «u»:«pw» wss://live.gemshow.lan/tickets", True),
    ("$ sipsak -U -s sip:«u»@pbx.turnery.lan -a '«pw»' -vv", False),
    ("linphonec> register sip:«u»@voip.rockclub.lan voip.rockclub.lan «pw»", True),
    ("$ fs_cli -H 127.0.0.1 -P 8021 -p '«pw»' -x 'show registrations'", False),
    ("$ PGPASSWORD='«pw»' pg_dumpall -h db.turnery.lan -U «u» > all-clusters.sql", False),
    ("Notification mirrored from the slab-saw logbook: $ riak-admin security add-user «u» password='«pw»'", False),
    ("$ arangoimport --server.endpoint tcp://arango.lan:8529 --server.username «u» --server.password '«pw»' --file finds.csv --type csv "
     "--collection finds", False),
    ("$ amtool --alertmanager.url=https://«u»:«pw»@alerts.workshop.lan silence query", True),
    ("$ logcli query '{job=\"lathe-sensors\"}' --addr=https://loki.lan --username=«u» --password='«pw»' --since=2h", False),
    ("$ mvn deploy -DaltDeploymentRepository=club::https://repo.turnery.lan/releases -Drepo.username=«u» -Drepo.password='«pw»'", False),
    ("C:\\> psftp -l «u» -pw «pw» -P 22 files.rockclub.lan", True),
    ("Photo of the tumbler room corkboard: PS> Enter-PSSession -ComputerName LATHE-PC -Credential (New-Object PSCredential('«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))",
     False),
    ("PS> Invoke-Command -ComputerName SAWSHED -ScriptBlock { Get-Service } -Credential ([pscredential]::new('«u»', "
     "(ConvertTo-SecureString -String '«pw»' -AsPlainText -Force)))", False),
    ("C:\\> dsquery user -name turner* -s dc01.club.lan -u «u» -p \"«pw»\"", False),
    ("C:\\> ldifde -f members.ldf -s dc01 -b «u» CLUB \"«pw»\" -d \"ou=Members,dc=club,dc=lan\"", False),
    ("C:\\> csvde -f rota.csv -s dc01 -b «u» ROCKCLUB \"«pw»\" -r \"(objectClass=user)\"", False),
    ("$ unoconv -f pdf -e EncryptFile=true -e DocumentOpenPassword='«pw»' gemshow-floorplan.odt", False),
    ("$ mqtt sub -h broker.rockclub.lan -u «u» -pw '«pw»' -t tumbler/+/status -v", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "gammu_smsdrc": "/etc/gammu-smsdrc, [smsd] section: service = sql, driver = native_mysql, user = «u», password = «pw»",
    "kannel_conf": "kannel.conf on the club SMS gateway: group = core · admin-port = 13000 · admin-password = «pw»",
    "freeswitch_vars": "FreeSWITCH vars.xml, line 3: <X-PRE-PROCESS cmd=\"set\" data=\"default_password=«pw»\"/>",
    "fusionpbx_conf": "Forwarded out of the club's shared tablet: /etc/fusionpbx/config.conf — database.0.username = «u» — database.0.password = «pw»",
    "siproxd_passwd": "siproxd_passwd.cfg, last entry: «u» «pw»",
    "ampache_cfg": "ampache.cfg.php on the workshop music box: database_username = \"«u»\" / database_password = \"«pw»\"",
    "shinobi_json": "Shinobi conf.json for the lathe-shed cameras: \"db\": {\"host\": \"127.0.0.1\", \"user\": \"«u»\", \"password\": \"«pw»\"}",
    "filezilla_sitemanager": "FileZilla sitemanager.xml: <Host>files.rockclub.lan</Host><User>«u»</User><Pass>«pw»</Pass>",
    "pap_secrets": "/etc/ppp/pap-secrets on the quarry hut router: «u» * «pw» *",
    "davmail_properties": "davmail.properties: davmail.proxyUser=«u» · davmail.proxyPassword=«pw»",
    "snappymail_ini": "SnappyMail application.ini, [security] section: admin_login = \"«u»\" admin_password = \"«pw»\"",
    "horde_conf": "Horde config/conf.php: $conf['sql']['username'] = '«u»'; $conf['sql']['password'] = '«pw»';",
    "chronograf_default": "/etc/default/chronograf on the sensor box: INFLUXDB_USERNAME=«u» INFLUXDB_PASSWORD=«pw»",
    "motioneye_camera": "motionEye camera-2.conf for the slab-saw webcam: netcam_userpass «u»:«pw»",
}

URL_CONFIGS = {"siproxd_passwd", "pap_secrets", "chronograf_default", "motioneye_camera", "gammu_smsdrc"}  # where a space, @, :, #, ; or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Gem show cashbox laptop: the password's «pw», don't let the dealers see you type it",
           "Note to self after the lathe demo — new router admin password «pw», old one's in the junk drawer",
           "Text from Mom: sweetie the password for Dad's rock-club email is «pw», can you check if the field trip got moved",
           "Comica clip of the club treasurer: 'password for the bank app is «pw», and no, I'm not writing it down'",
           "Pocketalk heard the tour guide: wifi in the visitor centre is VisitorNet, password «pw»",
           "Rocketbook page, corner: Etsy shop pw = «pw» (bowls + cabochons)"],
    "GB": ["Turning club's shared laptop, sticky note: login password «pw», please log out after the demo",
           "Voice note from Nan: the password for the library computer is «pw», love, I keep forgetting it"],
    "CA": ["Oki! Nitsíkohtaahsi'taki, the password for the club tablet is «pw» — told you I'd remember (Blackfoot greeting, English after)",
           "Háw'aa, password for the gallery booking page: «pw» (Haida thanks, the rest in English)"],
    "AU": ["Yuwayi, nyampu password-ji «pw», ngaju-nyangu computer-rla — Warlpiri text from Aunty",
           "Werte! Password ikwere laptop-ke: «pw» (Arrernte message from the art centre)",
           "Read aloud off the rockhounds' carpool thread: Mate, the shed's Wi-Fi password is «pw», don't give it to the neighbours"],
    "IN": ["Screenshot from Mum's kitchen calendar: Bhai lathe workshop ke computer ka password «pw» hai, kisi ko mat batana",
           "Didi ne WhatsApp pe likha: gem exhibition wale portal ka password «pw» hai, registration kar dena",
           "Papa ka net banking password «pw» hai, unhone khud bola ki likh ke rakh lo"],
    "NG": ["Photo of the swap-meet cash tin lid: Abeg the workshop laptop password na «pw», make you no change am",
           "Mesiere! Password mi edi «pw», kûdọhọ owo (Ibibio)",
           "Abole, password ku kwu «pw» (Idoma, from my uncle)",
           "Nda ngawo? Password-nzǝ «pw» (Kanuri voice note, transcribed)"],
    "PH": ["Pinned in the wood-swap trailer's dashboard: Beh, yung password ng wifi sa shop ay «pw», wag mo ipamigay ha",
           "Ate, password ng laptop ni Lolo: «pw», pakicheck yung email niya"],
    "KE": ["Snapped off the rockhounds' carpool thread: Niaje msee, password ya lathe PC ni «pw», usiambie mtu",
           "Sasa boss, password ya Wi-Fi ya shop ni «pw» — Sheng text from the lathe guy in Kariobangi"],
    "TZ": ["Kyamboni? Password ya kompyuta ya duka ni «pw» (Chagga greeting, Swahili after)"],
    "UG": ["Wasuze otya? Password ya kompyuta eri «pw» (Lusoga, from cousin in Jinja)"],
    "PK": ["Copied from the gem show volunteers' chat: Bhai, wood workshop ke laptop ka password «pw» hai, kisi ko na batana",
           "Brahui text from Khuzdar: password «pw» ê, yatt kar",
           "Shina message from Gilgit: password «pw» hin, mas ga ma sho"],
    "ML": ["Oyyik? Password nin «pw» (Tamasheq, from Kidal)",
           "An moxo? Password «pw» ni (Soninke, Kayes cousin)"],
    "RU": ["Pinned in a cousin's lock screen: Дорово! Пароль от ноутбука «pw» — эвенкийский привет от деда",
           "Caught on camera in a workshop apron pocket note: Мам, пароль от почты — «pw», не забудь"],
    "LV": ["Tēriņtš! Salāsõna um «pw» (Livonian, from the Kolka summer school)"],
    "ZA": ["Snapped off the slab-saw logbook: Howzit, the club PC password is «pw», don't tell the juniors"],
    "GH": ["Charley, the shop laptop password be «pw», no dey share am"],
    "DE": ["Read aloud off Mum's kitchen calendar: Das Passwort für den Werkstattrechner lautet «pw», bitte nicht weitergeben"],
    "BR": ["Copied from the turners' noticeboard: Mãe, a senha do computador da oficina é «pw», não passa pra ninguém"],
    "MX": ["Snapped off the swap-meet cash tin lid: Oye, la contraseña de la compu del taller es «pw», no la compartas"],
    "FR": ["Notification mirrored from the tumbler room corkboard: Le mot de passe du portable du club, c'est «pw», ne le donne à personne"],
    "JP": ["工房のパソコンのパスワードは «pw» です、他の人には言わないでね"],
    "ES": ["Mensaje de Uxía en el grupo de torneros gallegos: o contrasinal do portátil do obradoiro é «pw» (en gallego, que así lo escribe ella)"],
    "ID": ["Kata sandi laptop bengkel: «pw», jangan dikasih ke orang lain ya"],
}
PROSE["US"] += ["Gunalchéesh! Ax̱ password «pw» áwé (Tlingit text from Grandma in Juneau)",
                "Drin gwiinzii, password «pw» — mahsi' choo (Gwich'in note from Fort Yukon)"]

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Grandpa's debit card PIN, written on the back of the gem show receipt: «pw»", 4),
    ("US", "Lock code for the lathe-shed padlock, club handbook page 2: «pw»", 4),
    ("IN", "Nani ka ATM PIN «pw» hai, unhone phone pe bataya", 4),
    ("GB", "Dad texted his card PIN so I could get cash out: «pw»", 4),
    ("DE", "Die PIN für Omas EC-Karte steht auf dem Zettel im Nähkästchen: «pw»", 4),
    ("MX", "Photo of the quarry trip clipboard: El NIP de la tarjeta de mi abuela es «pw», me lo dijo por teléfono", 4),
    ("BR", "Copied from the slab-saw logbook: Senha do cartão do vô, seis dígitos, anotada no calendário: «pw»", 6),
]
