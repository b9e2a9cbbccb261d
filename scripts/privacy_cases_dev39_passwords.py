"""Where the dev39 privacy set's passwords and PINs are written (``privacy_cases_dev39.py``): on
the command lines of the tools people run (squidclient, easyrsa, testsaslauthd, radclient,
mongooseimctl, PowerShell's Connect-AzAccount and New-ADUser, osql, impacket's secretsdump, wmiexec
and mssqlclient, crackmapexec, enum4linux, ldapdomaindump, Firebird's gsec, qpid-config, jmxterm,
JBoss's twiddle, RANCID's clogin, NUT's upsrw, syncevolution, go-sendxmpp, Superset's fab
create-admin, HestiaCP's v-add-user and cPanel's whmapi1), in the config files they keep (ActiveMQ's
credentials.properties, a Kafka jaas.conf, kapacitor.conf, dma's auth.conf, PostfixAdmin's
config.local.php, confluence.cfg.xml, TeamCity's database.properties, WebLogic's boot.properties,
WebSphere's soap.client.props, cgminer.conf, NUT's upsmon.conf, rspamd's worker-controller.inc,
ts3server.ini and bitlbee.conf), and in what they tell each other or themselves (texts, chats,
voice notes, an Apeman clip, an ili transcript, an Elfinbook page), in English and in the words of
people around the world, Venda, Ndebele, Herero, Fula, Dyula, Mende, Lango, Kikongo, Nyamwezi,
Lugbara, Nuer, Mundari, Ladakhi, Bugis, Karen, Kachin, Nenets, Khanty, Hopi, Otomi and Chukchi among
them. Passwords are made by dev19's ``password`` from this set's stems (puppetry, juggling).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["marionette", "controlbar", "rodpuppet", "glovepuppet", "shadowpuppet", "puppeteer", "swazzle", "proscenium", "puppetbooth",
         "stringbar", "headstick", "mouthplate", "lipsyncer", "kasperle", "fantoccini", "puppetwright", "joinedlimb", "controlcross",
         "blackbox", "puppetvan",
         "reversecascade", "siteswap", "diabolo", "devilstick", "contactball", "beanbag", "flowerstick", "threeball", "millsmess", "halfshower",
         "backcross", "clubpass", "cigarbox", "fourclub", "fiveball", "juggleclub", "ringtoss", "bounceball", "firestaff", "poispin"]

ACCOUNTS = ["puppetvan_svc", "marionette_ro", "stringbar_sync", "puppetfest_adm", "shadowscreen_cron", "tourbooking_bot",
            "jugglehall_admin", "siteswap_ops", "clubpass_backup", "convention_ci", "diabolo_relay", "propstore_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ squidclient -h proxy.puppetry.lan -p 3128 -u «u» -w '«pw»' mgr:info", False),
    ("$ ./easyrsa --passout=pass:«pw» build-client-full tourvan-laptop nopass", True),
    ("$ testsaslauthd -u «u» -p '«pw»' -s smtp", False),
    ("$ echo 'Message-Authenticator = 0x00' | radclient 10.20.0.1:1812 status «pw»", True),
    ("$ mongooseimctl account registerUser --username «u» --domain chat.jugglers.lan --password '«pw»'", False),
    ("Kieslect wrist buzz at the fire-staff soak bucket: PS> Connect-AzAccount -Credential (New-Object PSCredential('«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Kami doorway frame on the convention's lost-property table: PS> New-ADUser -Name «u» -AccountPassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -Enabled $true", False),
    ("C:\\> osql -S THEATRE-SQL -U «u» -P «pw» -Q \"SELECT COUNT(*) FROM bookings\"", True),
    ("$ secretsdump.py PUPPETS/«u»:«pw»@10.0.5.12", True),
    ("$ wmiexec.py PUPPETS/«u»:«pw»@boxoffice-pc 'ipconfig /all'", True),
    ("$ mssqlclient.py «u»:«pw»@tickets-db.puppetry.lan -windows-auth", True),
    ("Lollipop monitor frame at the fire-staff soak bucket: $ crackmapexec smb 10.0.5.0/24 -u «u» -p '«pw»' --shares", False),
    ("$ enum4linux -u «u» -p '«pw»' -a fileserver.jugglers.lan", False),
    ("$ ldapdomaindump -u 'JUGGLE\\«u»' -p '«pw»' ldap://dc1.jugglers.lan", False),
    ("$ gsec -user sysdba -password «pw» -display", True),
    ("$ qpid-config -b «u»/«pw»@broker.puppetry.lan:5672 queues", True),
    ("$ java -jar jmxterm.jar -l stage-lights.lan:9010 -u «u» -p «pw»", True),
    ("$ ./twiddle.sh -s boxoffice.lan:1099 -u «u» -p «pw» get jboss.system:type=ServerInfo", True),
    ("$ clogin -u «u» -p '«pw»' -c 'show running-config' core-switch.puppetry.lan", False),
    ("$ upsrw -s battery.charge.low=25 -u «u» -p '«pw»' stageups@localhost", False),
    ("$ syncevolution --configure username=«u» password=«pw» syncURL=https://dav.jugglers.lan puppet-calendar", True),
    ("$ go-sendxmpp -u «u» -j xmpp.jugglers.lan -p '«pw»' rehearsal-room", False),
    ("Bangle.js glance beside the marionette drying rack: $ superset fab create-admin --username «u» --firstname Box --lastname Office --email «e» --password '«pw»'", False),
    ("Kieslect wrist buzz next to the glove-puppet sewing basket: # v-add-user «u» '«pw»' «e»", True),
    ("$ whmapi1 passwd user=«u» password='«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "activemq_credentials": "conf/credentials.properties on the ticket queue box: activemq.username=«u» · activemq.password=«pw»",
    "kafka_jaas": "Kieslect wrist buzz on the convention's lost-property table: kafka_client_jaas.conf: org.apache.kafka.common.security.scram.ScramLoginModule required username=\"«u»\" password=\"«pw»\";",
    "kapacitor_conf": "kapacitor.conf, [[influxdb]] block for the stage sensors: username = \"«u»\" · password = \"«pw»\"",
    "dma_auth": "/etc/dma/auth.conf on the box-office Pi: «u»|smtp.puppetry.lan:«pw»",
    "postfixadmin_local": "PostfixAdmin config.local.php: $CONF['database_user'] = '«u»'; $CONF['database_password'] = '«pw»';",
    "confluence_cfg": "Zeblaze wrist preview by the diabolo string spool: confluence.cfg.xml of the club wiki: <property name=\"hibernate.connection.password\">«pw»</property>",
    "teamcity_database": "TeamCity config/database.properties: connectionProperties.user=«u» connectionProperties.password=«pw»",
    "weblogic_boot": "WebLogic servers/AdminServer/security/boot.properties before first start: username=«u» password=«pw»",
    "websphere_soap": "WebSphere soap.client.props: com.ibm.SOAP.loginUserid=«u» · com.ibm.SOAP.loginPassword=«pw»",
    "cgminer_conf": "cgminer.conf on the old rig in the prop store: \"pools\": [{\"url\": \"stratum+tcp://pool.lan:3333\", \"user\": \"«u»\", \"pass\": \"«pw»\"}]",
    "nut_upsmon": "/etc/nut/upsmon.conf on the stage rack: MONITOR stageups@localhost 1 «u» «pw» primary",
    "rspamd_controller": "rspamd local.d/worker-controller.inc: password = \"«pw»\";",
    "ts3server_ini": "ts3server.ini for the jugglers' voice server: dbusername=«u» dbpassword=«pw»",
    "bitlbee_conf": "bitlbee.conf, [settings] section: AuthMode = Closed · AuthPassword = «pw»",
}

URL_CONFIGS = {"dma_auth", "nut_upsmon", "ts3server_ini", "teamcity_database", "weblogic_boot", "bitlbee_conf"}  # where a space, @, :, #, ; or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Box-office laptop at the puppet festival: password's «pw», don't say it out loud in the queue",
           "Reminder after juggling practice — new hall Wi-Fi admin password «pw», the old one's taped under the desk",
           "Mom texted at midnight: honey, Dad's puppet-club mailbox wants «pw» now, could you check whether Saturday's matinee moved",
           "Rove dashcam still from the unicycle rack corner: Apeman clip of the company manager: 'the bank app password is «pw», and no, it's not going on a sticky note'",
           "ili translator heard the guide at the circus museum: guest Wi-Fi is MuseumGuest, password «pw»",
           "Elfinbook corner note: Etsy puppet shop pw = «pw» (heads + hands)",
           "Um waynuma? Grandpa says the tablet password is «pw», askwali (Hopi greeting from Second Mesa, the rest English)",
           "Hopi text from Aunty: kwakwhay for fixing the printer, the new password is «pw»"],
    "GB": ["Elfinbook scan under the puppet wagon's tailgate: Kieslect wrist buzz over the shadow-screen lightbox: Juggling club's shared laptop, note on the lid: login password «pw», log out after the convention",
           "Edifier earbud recap under the puppet wagon's tailgate: Kami doorway frame from the unicycle rack corner: Voice note from Grandad: the password for the library PC is «pw», I never remember it"],
    "CA": ["Yetti! The password for the theatre tablet is «pw» — my Chukchi cousin's greeting, English after",
           "Ki hats'i, password for the puppet booking page: «pw» (Otomi good morning, then English)"],
    "AU": ["Zeblaze wrist preview over the shadow-screen lightbox: Mate, the shed's Wi-Fi password for the juggling props is «pw», keep it from the neighbours",
           "Read off the club's carpool chat: the Ballarat hall alarm code changed, password is now «pw»"],
    "IN": ["CMF Watch popup from the unicycle rack corner: Kieslect wrist buzz from the unicycle rack corner: Bhai puppet theatre ke computer ka password «pw» hai, kisi ko mat batana",
           "Edifier earbud recap by the diabolo string spool: Vava dashcam frame from the unicycle rack corner: Didi ne likha: juggling festival wale portal ka password «pw» hai, registration kar dena",
           "Johar! Password «pw» hai, Mundari mein namaste ke baad (cousin from Khunti)",
           "Julley! Laptop password «pw» — Ladakhi text from the homestay in Leh"],
    "NG": ["Skullcandy earbud recap inside the marionette crate lid: Bangle.js glance over the shadow-screen lightbox: Abeg the theatre laptop password na «pw», make you no change am",
           "CMF Watch popup over the shadow-screen lightbox: Papa talk say the ATM app password na «pw», make I help am log in"],
    "PH": ["Beh, yung password ng wifi sa rehearsal hall ay «pw», wag mo ipagkalat",
           "Cubo nursery frame near the club's ball-bag hooks: Ate, password ng laptop ni Lola: «pw», pakitingnan yung email niya"],
    "KE": ["Niaje, password ya computer ya circus school ni «pw», usiambie mtu",
           "QCY earbud recap across the rehearsal hall's mirror wall: Lollipop monitor frame under the puppet wagon's tailgate: Sasa boss, password ya Wi-Fi ya ukumbi ni «pw» — Sheng text from the juggling coach in Eastlands"],
    "TZ": ["Rove dashcam still by the diabolo string spool: Mwangaluka! Password ya kompyuta ya ofisi ni «pw» (Nyamwezi greeting from Tabora, Swahili after)"],
    "UG": ["Itye nining? Password ni «pw», apwoyo (Lango, from my uncle in Lira)",
           "Lugbara text from Arua: password «pw», awa'difo"],
    "SS": ["Male! Password «pw» — Nuer greeting from my cousin in Juba, the rest in English"],
    "ZA": ["Ndaa! The club PC password is «pw», ndo livhuwa (Venda, from Thohoyandou)",
           "QCY earbud recap near the club's ball-bag hooks: Howzit, the puppet theatre Wi-Fi password is «pw», don't share it with the kids"],
    "ZW": ["Salibonani, password yekhompyutha ngu «pw», ngiyabonga (Ndebele, from Bulawayo)"],
    "NA": ["Moro! Password «pw» — Herero greeting from Okahandja, English after"],
    "SN": ["Jam waali? Password «pw», a jaraama (Fula, from my aunt in Kolda)"],
    "CI": ["I ni ce! Password «pw» lo (Dyula, cousin in Bouaké)"],
    "SL": ["Bua! Password «pw», bi sie (Mende, from Bo)"],
    "CD": ["Mbote! Password ya ordinateur «pw», matondo (Kikongo, from Matadi)"],
    "ID": ["Tabe', password laptop sanggar «pw», jangan disebar ya (Bugis greeting from Bone)",
           "Bangle.js glance over the shadow-screen lightbox: Lollipop monitor frame beside the marionette drying rack: Kata sandi laptop sanggar wayang: «pw», jangan dikasih ke orang lain"],
    "MM": ["Ta blu! The clinic Wi-Fi password is «pw» (Karen thanks, English after)",
           "Kaja ai i? Password «pw» rai, chyeju kaba sai (Kachin, from Myitkyina)"],
    "RU": ["Ани торова! Пароль от ноутбука «pw» — ненецкий привет от бабушки",
           "Вуся! Пароль от почты «pw» — хантыйский привет от дяди из Ханты-Мансийска",
           "Edifier earbud recap across the rehearsal hall's mirror wall: Мам, пароль от почты — «pw», не забудь"],
    "PK": ["Cubo nursery frame next to the glove-puppet sewing basket: Rexing cabin frame from the unicycle rack corner: Bhai, juggling club ke laptop ka password «pw» hai, kisi ko na batana"],
    "GH": ["Zeblaze wrist preview near the club's ball-bag hooks: Lollipop monitor frame on the convention's lost-property table: Charley, the props laptop password be «pw», no dey share am"],
    "DE": ["PineTime glance under the puppet wagon's tailgate: Das Passwort für den Rechner im Figurentheater lautet «pw», bitte nicht weitersagen"],
    "BR": ["CMF Watch popup by the diabolo string spool: Elfinbook scan on the convention's lost-property table: Mãe, a senha do computador da escola de circo é «pw», não passa pra ninguém"],
    "MX": ["Edifier earbud recap under the puppet wagon's tailgate: Oye, la contraseña de la compu del teatro de títeres es «pw», no la compartas"],
    "FR": ["Rove dashcam still on the convention's lost-property table: Le mot de passe du portable de la compagnie, c'est «pw», ne le donne à personne"],
    "JP": ["人形劇団のパソコンのパスワードは «pw» です、他の人には内緒で"],
    "ES": ["Vava dashcam frame over the shadow-screen lightbox: La contraseña del portátil del club de malabares es «pw», no se la pases a nadie"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "QCY earbud recap on the convention's lost-property table: Grandma's debit card PIN, pencilled on the back of the puppet show ticket: «pw»", 4),
    ("US", "Kieslect wrist buzz by the diabolo string spool: Padlock code for the juggling prop cage, club handbook page 3: «pw»", 4),
    ("IN", "PineTime glance next to the glove-puppet sewing basket: Dadi ka ATM PIN «pw» hai, unhone call pe bataya", 4),
    ("GB", "Skullcandy earbud recap by the diabolo string spool: Elfinbook scan across the rehearsal hall's mirror wall: Mum texted her card PIN so I could get cash for the convention: «pw»", 4),
    ("DE", "Yale doorbell frame on the convention's lost-property table: Die PIN für Opas EC-Karte steht auf dem Zettel in der Keksdose: «pw»", 4),
    ("MX", "PineTime glance on the convention's lost-property table: Cubo nursery frame beside the marionette drying rack: El NIP de la tarjeta de mi abuelo es «pw», me lo dijo por teléfono", 4),
    ("BR", "Kieslect wrist buzz across the rehearsal hall's mirror wall: Kami doorway frame at the fire-staff soak bucket: Senha do cartão da vó, seis dígitos, anotada na agenda: «pw»", 6),
]
