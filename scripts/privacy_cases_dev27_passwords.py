"""Where the dev27 privacy set's passwords and PINs are written (``privacy_cases_dev27.py``):
on the command lines of the tools people run (Exasol's exaplus, Netezza's nzsql, Aerospike's asadm,
EdgeDB, adcli, Windows' ktpass, ProFTPD's ftpasswd, mpc with MPD_HOST, Teradata's BTEQ,
tarantoolctl, the Wazuh passwords tool, TigerGraph's gsql, pulsar-admin, an OpenRA, a Teeworlds and
an Urban Terror server, Minetest, Sqoop, imapsync, fastlane, macOS' security unlock-keychain,
Oracle's expdp, Concourse's fly, a Necesse and a Stationeers server, Kamailio's kamctl,
opensips-cli, Dgraph's live loader and FreeIPA's ipa user-add), in the config files they keep (an
Assetto Corsa, a Sons of the Forest, an Icarus, an Enshrouded, a Starbound, an Unturned and an Arma
3 server's settings, Kodi's advancedsettings.xml, matterbridge.toml, Yate's accfile.conf,
swanctl.conf, owntone.conf, svxlink.conf, a linphonerc, MicroSIP.ini, a Sauerbraten server-init.cfg
and an Umami .env with a database URL), and in what they tell each other or themselves (texts,
chats, voice notes, a Limitless pendant's and a Vision Pro's transcripts, Kindle Scribe and
Supernote notebooks, Mastodon DMs, table rows, a value before its label, a label a line away from
its value), English most and then the languages of the set's other countries and of some no earlier
set's prose had (Scots, Bhojpuri, Konkani, Waray, Kapampangan, Tshivenda, isiNdebele, Dholuo,
Sindhi, Low German, Corsican, Friulian, Limburgish, Walloon, Silesian, Bashkir, Chuvash, Taiwanese
Hokkien, Balinese, Minangkabau, Pashto, Tajik, Uyghur, Kabyle, Chamorro, Sranan Tongo, Hmong,
Mauritian Creole, Cape Verdean Creole, Bemba, siSwati, Tachelhit, Gagauz and Manx), labels in their
own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address
(labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (luthiery and stonemasonry).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["purfling", "soundpost", "tonewood", "fretwire", "kerfing", "archtop", "fingerboard", "tailpiece", "bassbar", "heelblock",
         "rosette", "bridgepin", "trussrod", "spruce", "linings", "fhole", "pegbox", "tuningpeg", "chinrest", "endpin", "bouts",
         "ashlar", "corbel", "lintel", "voussoir", "keystone", "plinth", "cornice", "mullion", "tracery", "architrave", "gargoyle",
         "rubble", "coping", "featherwedge", "banker", "bolster", "claychisel", "pitchingtool", "dressedstone", "freestone", "sandstone",
         "masonsmark"]

ACCOUNTS = ["svc_purfling", "fretboard_ops", "tonewood_ro", "ashlar_sync", "corbel_cron", "lintel_admin", "voussoir_backup",
            "soundpost_ci", "kerfing_vpn", "plinth_relay", "luthiery_adm", "stoneyard_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL or before an @)
    ("$ exaplus -c exasol.lan:8563 -u «u» -p '«pw»' -sql 'SELECT COUNT(*) FROM yard.headstones;'", False),
    ("$ nzsql -host netezza.lan -d STONEYARD -u «u» -pw '«pw»' -c 'select now()'", False),
    ("$ asadm -h aerospike.lan -U «u» -P '«pw»' -e 'info namespace'", False),
    ("$ echo '«pw»' | edgedb -H edgedb.lan -u «u» --password-from-stdin query 'select count(Violin)'", False),
    ("$ sudo adcli join --domain=corp.lan --login-user=«u» --stdin-password <<< '«pw»'", False),
    ("C:\\> ktpass /princ HTTP/yard.corp.lan@CORP.LAN /mapuser «u» /pass \"«pw»\" /out yard.keytab", False),
    ("$ echo '«pw»' | sudo ftpasswd --passwd --file=/etc/proftpd/ftpd.passwd --name=«u» --uid=2001 --home=/srv/ftp/scans --shell=/bin/false --stdin", False),
    ("$ MPD_HOST='«pw»@music-pi.local' mpc play", True),
    ("BTEQ -- Enter your SQL request or BTEQ command: .LOGON tdprod.lan/«u»,«pw»", False),
    ("$ tarantoolctl connect «u»:«pw»@tarantool.lan:3301", True),
    ("$ sudo bash wazuh-passwords-tool.sh -u admin -p '«pw»'", False),
    ("$ gsql -u «u» -p '«pw»' 'ls'", False),
    ("$ pulsar-admin --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationBasic --auth-params '{\"userId\":\"«u»\",\"password\":\"«pw»\"}' tenants list", False),
    ("$ dotnet bin/OpenRA.Server.dll Game.Mod=ra Server.Name=\"Quarry Night\" Server.Password=\"«pw»\"", False),
    ("$ ./teeworlds_srv \"sv_name Corbel Hill; sv_rcon_password «pw»\"", False),
    ("$ minetest --address luanti.lan --port 30000 --name «u» --password '«pw»' --go", False),
    ("$ sqoop import --connect jdbc:mysql://db.lan/stoneyard --username «u» --password '«pw»' --table memorial_orders", False),
    ("$ imapsync --host1 mail.oldhost.lan --user1 «e» --password1 '«pw»' --host2 imap.newhost.lan --user2 archive --passfile2 ~/.imap2", False),
    ("$ FASTLANE_USER=«e» FASTLANE_PASSWORD='«pw»' fastlane deliver --skip_screenshots", False),
    ("$ security unlock-keychain -p '«pw»' ~/Library/Keychains/build.keychain-db", False),
    ("$ expdp «u»/«pw»@STONEPDB schemas=YARD directory=DATA_PUMP_DIR dumpfile=yard.dmp", True),
    ("$ fly -t ci login -c https://concourse.lan -u «u» -p '«pw»'", False),
    ("$ java -jar Server.jar -nogui -world Quarry -slots 6 -password '«pw»'", False),
    ("$ ./rocketstation_DedicatedServer.x86_64 -load Moon -settings ServerPassword '«pw»' StartLocalHost true", False),
    ("$ kamctl add «u» '«pw»'", False),
    ("$ opensips-cli -x user add «u»@10.20.0.5 '«pw»'", False),
    ("$ dgraph live -f memorials.rdf.gz --alpha alpha.lan:9080 --creds \"user=«u»;password=«pw»;namespace=0\"", False),
    ("$ ipa user-add «u» --first=Yard --last=Office --password <<< '«pw»'", False),
    ("$ ./Quake3-UrT-Ded.x86_64 +set dedicated 2 +set sv_hostname \"Arris Lane\" +set g_password \"«pw»\" +map ut4_turnpike", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "assetto_ini": "cfg/server_cfg.ini of the Assetto Corsa server: NAME=Corbel Hill Club Race · PASSWORD=«pw»",
    "sotf_cfg": "dedicatedserver.cfg for Sons of the Forest: \"ServerName\": \"Lintel Woods\", \"Password\": \"«pw»\",",
    "icarus_ini": "Icarus/Saved/Config/WindowsServer/ServerSettings.ini: SessionName=Keystone Drop · JoinPassword=«pw»",
    "enshrouded_json": "enshrouded_server.json on the rented box: \"name\": \"Ashlar Embervale\", \"password\": \"«pw»\",",
    "starbound_config": "storage/starbound_server.config: \"serverUsers\": { \"«u»\": { \"admin\": true, \"password\": \"«pw»\" } }",
    "unturned_dat": "Servers/Quarry/Server/Commands.dat, line 3: Password «pw»",
    "arma3_cfg": "Arma 3 server.cfg on the clan box: hostname = \"Voussoir Ops\"; password = \"«pw»\";",
    "kodi_xml": "userdata/advancedsettings.xml on the living-room Kodi: <webserverusername>«u»</webserverusername><webserverpassword>«pw»</webserverpassword>",
    "yate_conf": "/etc/yate/accfile.conf on the shop's phone box: [luthiers] protocol=sip username=«u» password=«pw»",
    "matterbridge_toml": "matterbridge.toml, the Matrix section: [matrix.ringers] Server=\"https://matrix.lan\" Login=\"«u»\" Password=\"«pw»\"",
    "swanctl_conf": "/etc/swanctl/swanctl.conf, the secrets block: eap-yard { id = «u» secret = \"«pw»\" }",
    "owntone_conf": "/etc/owntone.conf, library section: name = \"Stoneyard Music\" · password = \"«pw»\"",
    "svxlink_conf": "/etc/svxlink/svxlink.conf, [ReflectorLogic]: CALLSIGN=\"MB7ISY\" · AUTH_KEY=\"«pw»\"",
    "linphonerc": "~/.linphonerc on the workshop PC: [auth_info_0] username=«u» passwd=«pw» realm=sip.luthiers.lan",
    "microsip_ini": "MicroSIP.ini on the front-desk laptop: [Account1] server=sip.stoneyard.lan username=«u» password=«pw»",
    "sauerbraten_cfg": "server-init.cfg of the Sauerbraten server: serverdesc \"Gargoyle Yard\" · serverpass \"«pw»\"",
    "umami_env": "umami/.env checked in by mistake: DATABASE_URL=postgresql://«u»:«pw»@db.lan:5432/umami",
}
URL_CONFIGS = {"umami_env"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Limitless pendant transcript in the car: \"...right, the Wyze account, password is «pw», write it down\"",
           "Vision Pro dictation in my husband's voice: the Wyze parent account password is «pw»",
           "| Account | Pass |\n| music-exam portal | «pw» |",
           "Quest party chat from my niece: auntie the shared Quest login password is «pw», don't tell dad",
           "«pw» — on the stone yard's whiteboard under 'office PC login', still there after a month",
           "Kindle Scribe notebook, page 'House stuff', the SimpliSafe app: password «pw»",
           "Pastor's email, last line: the choir's shared-drive password is «pw»"],
    "GB": ["Mastodon DM to my sister: Dad's council-tip booking account, the password became «pw» on Monday",
           "Cobbler's claim ticket, reverse side, in pencil:\nonline order password\n«pw»",
           "Granny texted: the new passwird fir the wifi in the hoose is «pw», dinnae tell onybody"],
    "CA": ["Ecobee reminder read aloud: the Trade Me login is «pw», change it after the sale",
           "Message from my uncle in Iqaluit: the password for the community hall booking site is «pw»"],
    "AU": ["Sticky note on the Tidbyt in the hallway: the solar app password «pw», Mum's login",
           "Text from my housemate: the vet clinic portal password is «pw» if you need to book the cat"],
    "IN": ["Didi ka Limitless wala voice note: society maintenance app ka password «pw» hai, guard ko mat batana",
           "Aaji ke sandesh: ghar ke wifi ke naya password «pw» ba, kekro se mat kahiha",
           "Avoichem sondesh: gharcho wifi password atam «pw», konnakui sangu naka",
           "Supernote scan, the line under 'gas booking': password → «pw»"],
    "NG": ["Voice note from my aunty in Enugu, typed out: the estate water portal password is «pw», don't share it",
           "Pinned in the residents' association chat: the generator-fuel log sheet online, password «pw»",
           "My guy, the prepaid-meter app password na «pw», no change am abeg"],
    "PH": ["Mensahe ni Lola: an bag-o nga password han wifi ha balay amo an «pw»",
           "Mensahe nang Apu: ing bayung password ning wifi king bale «pw»",
           "Text from Tita in Davao: the Netflix password now is «pw», don't change it ha"],
    "ZA": ["Mulaedza u bvaho ha Makhulu: phasiwede ntswa ya wifi ya hayani ndi «pw»",
           "Umlayezo ovela kuGogo: iphasiwedi entsha ye-wifi yasekhaya ngu «pw»"],
    "KE": ["Ote moa kuom Dana: password manyien mar wifi mar dala en «pw»",
           "Bro, the water-vendor app password ni «pw», usiibadilishe please"],
    "PK": ["امڙ جو پيغام: گهر جي وائي فائي جو نئون پاسورڊ «pw» آهي، ڪنهن کي نه ٻڌائجانءِ",
           "Abbu's message: the K-Electric app password is now «pw», please don't change it"],
    "DE": ["Oma hett schreven: dat nee Passwoort för dat WLAN in't Huus is «pw», seggt dat keen een"],
    "FR": ["Messaghju di a minnanna: a parolla d'intrata nova di u wifi hè «pw»"],
    "ES": ["Nota de mi abuelo en la Kindle: la contraseña de la app del médico es «pw», no se la des a nadie"],
    "BR": ["Mensagem do meu tio no Mastodon: a senha da conta da escola de música é «pw», não espalha"],
    "JP": ["祖母からのメッセージ：見守りカメラのアプリのパスワードは«pw»、他の人には内緒"],
    "IT": ["Messaç de none: la gnove password dal wifi di cjase e je «pw»"],
    "NL": ["Bericht vaan oma: 't nuuj wachwaord vaan de wifi is «pw», zèg 't tegen gein mins"],
    "BE": ["Messadje di m' grand-mere: li novea mot d' passe do wifi, c' est «pw»"],
    "PL": ["Wiadōmość ôd ōmy: nowe hasło do wifi we chałpie to «pw», nikomu niy gŏdej"],
    "TR": ["Dayımın sesli mesajı, yazıya dökülmüş: müzik okulu uygulamasının yeni şifresi «pw»"],
    "RU": ["Өсәйемдән хәбәр: өйҙәге wifi өсөн яңы серһүҙ «pw»", "Кукамай çырнӑ: килти wifi çӗнӗ пароле «pw»"],
    "KR": ["할머니가 보낸 음성 메모: 현관 도어락 앱 비밀번호 «pw» 로 바꿨다"],
    "TW": ["A-má ê sìn-sit: chhù-lāi wifi ê sin bi̍t-bé sī «pw», m̄-thang kā lâng kóng"],
    "MX": ["Mensaje de mi abuela: la contraseña nueva de la app del predial es «pw», no se la pases a nadie"],
    "ID": ["Pesan saking Dadong: password wifi jumah ane anyar «pw»", "Pasan dari Nenek: kato kunci wifi rumah nan baru «pw»"],
    "VN": ["Tin nhắn của bà nội: mật khẩu mới của app camera nhà là «pw», đừng cho ai biết"],
    "AF": ["د مور پیغام: د کور د وای فای نوی پټنوم «pw» دی، چا ته یې مه وایه"],
    "TJ": ["Паёми бибиам: пароли нави wifi-и хона «pw» аст, ба касе нагӯ"],
    "CN": ["ئانامنىڭ ئۇچۇرى: ئۆيدىكى wifi نىڭ يېڭى پارولى «pw»"],
    "DZ": ["Izen n jida: awal uffir amaynut n wifi n uxxam d «pw»"],
    "GU": ["Mensahe ginen si Nåna: i nuebu na password para i wifi guini gi gima' «pw»"],
    "SR": ["Boskopu fu mi granma: a nyun paswortu fu a wifi na oso na «pw»"],
    "LA": ["Pog xa lus tuaj: tus password tshiab rau wifi hauv tsev yog «pw»"],
    "MU": ["Mesaz Grann: nouvo password wifi lakaz se «pw», pa dir personn"],
    "CV": ["Mensajen di nha avó: nobu password di wifi di kasa é «pw»"],
    "ZM": ["Ubukombe ukufuma kuli Mama: password ipya iya wifi ya pa ng'anda ni «pw»"],
    "SZ": ["Umlayeto lovela kaGogo: liphasiwedi lelisha le-wifi yasekhaya ngu «pw»"],
    "MA": ["Tabrat n Henna: awal n tuffra amaynu n wifi n tgmmi iga «pw»"],
    "MD": ["Babunun haberi: evdeki wifi için yeni parol «pw», kimseyä söläämä"],
    "IM": ["Çhaghteraght voish Mwarree: yn fockle follit noa son y wifi ayns y thie ta «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Limitless pendant note to self: the kennel's key safe code is «pw», same as the garage keypad", 4),
    ("US", "Supernote margin: stone yard alarm, disarm with «pw» before opening the gate", 4),
    ("IN", "Nani ne Paytm ka naya UPI PIN «pw» rakha hai, bhool jaati hain isliye yahan likh diya", 6),
    ("GB", "Mastodon DM from Grandad: my Halifax card PIN is «pw», for the shopping only", 4),
    ("DE", "Opa hat der Nachbarin die Karten-PIN für die Volksbank verraten: «pw»", 4),
    ("MX", "Mi abuelo le dictó a mi hermana el NIP de su tarjeta del Bienestar: «pw»", 4),
    ("BR", "O vô pediu pra guardar a senha de seis dígitos do cartão do banco: «pw»", 6),
]
