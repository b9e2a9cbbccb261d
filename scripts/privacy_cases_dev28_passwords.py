"""Where the dev28 privacy set's passwords and PINs are written (``privacy_cases_dev28.py``):
on the command lines of the tools people run (keydb-cli, SurrealDB's surreal sql, rqlite, Firebird's
isql, the ProxySQL admin port, impala-shell, ZooKeeper's zkCli, Frappe's bench, mmctl, snmpget,
Oracle's SQLcl, Sybase's isql, Informix's dbaccess, TimesTen's ttIsql, Altibase's isql, CUBRID's
csql, OceanBase's obclient, KingbaseES' ksql, a Project Zomboid, a Xonotic, a Killing Floor 2, a
Garry's Mod, a Left 4 Dead 2, an Avorion, an Unreal Tournament, a Warsow, a Soulmask and an Abiotic
Factor server and mumble-server), in the config files they keep (Mordhau's Game.ini, Wreckfest's
server_config.cfg, Red Eclipse's servinit.cfg, AstroServerSettings.ini, Eco's Network.eco,
Empyrion's dedicated.yaml, Space Engineers' dedicated config, himalaya's config.toml, snmpd.conf,
a Mosquitto bridge, Gotify's config.yml, a Tremulous server.cfg, an Insurgency Sandstorm
Game.ini, a BeamMP ServerConfig.toml, a Veloren settings.ron, a Core Keeper launch script and a
Plausible .env with a database URL), and in what they tell each other or themselves (texts, chats,
voice notes, a Plaud NotePin's and a Rabbit R1's transcripts, Ray-Ban Meta captions, a Kobo
notebook, Threema and Session messages, table rows, a value before its label, a label a line away
from its value), English most and then the languages of the set's other countries (Basque,
Galician, Luxembourgish, Welsh, Nepali and Kyrgyz among them) and of some no earlier set's prose had
(Upper Sorbian, Kashubian, Rusyn, Udmurt, Sakha, Buryat, Ossetian, Maithili, Tulu, Khasi, Mizo,
Kinyarwanda, Wolof, Dagbani, Afrikaans, Bikol, Pangasinan, Tausug, Madurese, Acehnese, Haitian
Creole, Zapotec, Yucatec Maya, Inuktitut, Tibetan and Hakka), labels in their own words and forms. ``«pw»`` is the
password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (wooden boatbuilding and sailmaking).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["garboard", "sheerstrake", "keelsonknee", "transomknee", "oakum", "caulking", "clinkerlap", "carvel", "futtock", "stemhead", "sternpost",
         "thwart", "gunwalecap", "deadwood", "scantling", "steambox", "spiling", "rivetclench", "rabbet", "forefoot", "breasthook",
         "cringle", "boltrope", "luff", "leech", "bolsprit", "sailcloth", "palmneedle", "roping", "reefpoint", "headboard", "sailbatten",
         "sailgrommet", "seamrubber", "sailloft", "tabling", "bunthole", "clewring", "gaffsail", "jibhank", "lugsail", "spritsail", "topsail"]

ACCOUNTS = ["svc_garboard", "keelson_ops", "transom_ro", "oakum_sync", "caulk_cron", "thwart_admin", "futtock_backup",
            "cringle_ci", "luff_vpn", "boltrope_relay", "sailloft_adm", "boatyard_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL or before an @)
    ("$ keydb-cli -h keydb.lan --user «u» -a '«pw»' --no-auth-warning info replication", False),
    ("$ surreal sql --endpoint http://surreal.lan:8000 --username «u» --password '«pw»' --namespace yard --database hulls", False),
    ("$ rqlite -u «u»:'«pw»' --host rqlite.lan --port 4001", False),
    ("$ isql-fb -user «u» -password '«pw»' boatyard.lan:/srv/fb/moorings.fdb", False),
    ("$ mysql -h proxysql.lan -P6032 -u «u» -p'«pw»' -e 'SELECT hostgroup_id, hostname FROM runtime_mysql_servers'", False),
    ("$ impala-shell -i impala.lan -l -u «u» --ldap_password_cmd=\"echo '«pw»'\" -q 'select count(*) from haulouts'", False),
    ("[zk: zookeeper.lan:2181(CONNECTED) 0] addauth digest «u»:«pw»", False),
    ("$ bench --site crew.lan set-admin-password '«pw»'", False),
    ("$ mmctl user create --email «e» --username «u» --password '«pw»' --system-admin", False),
    ("$ snmpget -v3 -l authPriv -u «u» -a SHA -A '«pw»' switch.lan sysUpTime.0", False),
    ("$ sql «u»/«pw»@//oracle.lan:1521/YARDPDB @berths_report.sql", True),
    ("$ isql -U «u» -P '«pw»' -S SYBPROD -D slipway", False),
    ("> CONNECT TO 'moorings@informix_srv' USER '«u»' USING '«pw»';", False),
    ("$ ttIsql -connect \"DSN=sailloft;UID=«u»;PWD=«pw»\"", False),
    ("$ isql -s altibase.lan -u «u» -p '«pw»' -port 20300", False),
    ("$ csql -u «u» -p '«pw»' boatdb@localhost", False),
    ("$ obclient -h ob.lan -P2881 -u«u»@tenant_yard -p'«pw»' -D moorings", False),
    ("$ ksql -h kingbase.lan -p 54321 -U «u» -W '«pw»' -d harbour", False),
    ("$ ./start-server.sh -servername Slipway -adminusername «u» -adminpassword '«pw»'", False),
    ("$ ./xonotic-linux64-dedicated +sv_public 0 +rcon_password '«pw»' +hostname 'Keelson Night'", False),
    ("C:\\KF2Server> Binaries\\Win64\\KFServer.exe KF-BurningParis?Difficulty=1?AdminPassword=«pw»", False),
    ("$ ./srcds_run -game garrysmod +gamemode terrortown +map gm_flatgrass +rcon_password \"«pw»\" +maxplayers 12", False),
    ("$ ./srcds_run -game left4dead2 -port 27020 +map c8m1_apartment +sv_steamgroup_exclusive 1 +rcon_password '«pw»'", False),
    ("$ ./server.sh --galaxy-name Garboard --admin «u» --server-password '«pw»' --max-players 8", False),
    ("$ ./ucc server CTF-Face?game=Botpack.CTFGame?AdminName=«u»?AdminPassword=«pw» ini=UnrealTournament.ini", False),
    ("$ ./wsw_server +set sv_hostname 'Transom Arena' +set rcon_password '«pw»' +set sv_skilllevel 1", False),
    ("$ ./WSServer.sh Level01_Main -server -SteamServerName='Oakum Bay' -PSW='«pw»' -MaxPlayers=8", False),
    ("C:\\> AbioticFactorServer.exe -log -SteamServerName=\"Breasthook Labs\" -ServerPassword=«pw» -MaxServerPlayers=6", False),
    ("$ sudo mumble-server -ini /etc/mumble-server.ini -supw '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "mordhau_ini": "Mordhau/Saved/Config/LinuxServer/Game.ini: ServerName=Garboard Duels · ServerPassword=«pw»",
    "wreckfest_cfg": "server_config.cfg of the Wreckfest box: server_name=Sheerstrake Derby · password=«pw»",
    "redeclipse_cfg": "servinit.cfg on the Red Eclipse server: sv_serverdesc \"Keelson Lagoon\" · sv_adminpass \"«pw»\"",
    "astroneer_ini": "AstroServerSettings.ini: ServerName=Transom Moon · ServerPassword=«pw»",
    "eco_json": "Configs/Network.eco on the Eco server: \"Description\": \"Oakum Valley\", \"Password\": \"«pw»\",",
    "empyrion_yaml": "dedicated.yaml for Empyrion: Srv_Name: Futtock Reach · Srv_Password: «pw»",
    "spaceeng_cfg": "SpaceEngineers-Dedicated.cfg: <ServerName>Clinker Station</ServerName> <ServerPassword>«pw»</ServerPassword>",
    "himalaya_toml": "~/.config/himalaya/config.toml, the boatyard account: backend.login = \"«u»\" · backend.auth.raw = \"«pw»\"",
    "snmpd_conf": "/etc/snmp/snmpd.conf on the marina switch: createUser «u» SHA \"«pw»\" AES",
    "mosquitto_bridge": "MQTT uplink stanza on the buoy gateway (harbour.conf): address broker.lan:8883 · bridge_user «u» · bridge_pass «pw»",
    "gotify_yml": "gotify config.yml on the loft NAS: defaultuser: name: «u» pass: «pw»",
    "tremulous_cfg": "server.cfg of the Tremulous box: set sv_hostname \"Rabbet Base\" · set g_password \"«pw»\"",
    "sandstorm_ini": "Insurgency/Saved/Config/LinuxServer/Game.ini: [/Script/Insurgency.INSGameMode] ServerPassword=«pw»",
    "beammp_toml": "ServerConfig.toml of the BeamMP server: Name = \"Deadwood Drift\" · Password = \"«pw»\"",
    "veloren_ron": "userdata/server/server_config/settings.ron: server_name: \"Steambox Isle\", server_password: Some(\"«pw»\"),",
    "corekeeper_sh": "launch.sh of the Core Keeper server: ./CoreKeeperServer -world 0 -worldname \"Spiling Caves\" -password '«pw»'",
    "plausible_env": "plausible-conf.env pushed by mistake: DATABASE_URL=postgres://«u»:«pw»@db.lan:5432/plausible_db",
}
URL_CONFIGS = {"plausible_env"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["NotePin transcript from the truck: \"...okay, the Eufy account, the password's «pw», put it in the notes\"",
           "Rabbit R1 heard my wife say it: the cattery portal password is «pw»",
           "| Login | Password |\n| driving-school portal | «pw» |",
           "Nephew on Threema, all caps: KOBO LIBRARY LOGIN «pw» — keep it between us",
           "«pw» — written on the boatyard office monitor under 'front PC', still stuck there",
           "Kobo notebook, page 'Boat stuff', the Nanoleaf app: password «pw»",
           "Rowing coach's email, the last sentence: the club photo drive password is «pw»"],
    "GB": ["Session message to my brother: Mum's recycling-centre booking login, the password is «pw» since Tuesday",
           "Sail repair docket, on the back in biro:\nloft website password\n«pw»",
           "Neges gan Nain: cyfrinair newydd y wifi yn y tŷ ydi «pw», paid â deud wrth neb"],
    "CA": ["LaMetric reminder read out: the Leboncoin login is «pw», change it once the boat sells",
           "Uqausiq Anaanatsiamit: wifi-mi nutaamik isiqtirutaa «pw», kinamulluunniit uqautiginagu"],
    "AU": ["Note on the fridge under the Nanoleaf remote: solar monitoring login «pw», Dad's",
           "Flatmate left it on the whiteboard: vet booking site — «pw»"],
    "IN": ["Bhaiya ka NotePin voice note: society gate app ka password «pw» hai, watchman ko mat dena",
           "Baba ke sandesh: ghar ke wifi ke naya password «pw» achhi, kekro nai kahiyau",
           "Ajjer mesej: illada wifi da posa password «pw», yerega la panopuji",
           "LPG refill portal (Kobo page, Papa's handwriting): «pw»",
           "Kong ka jingpynmih: ka password thymmai jong ka wifi ha iing ka long «pw»",
           "Pi pi thuchah: in wifi password thar chu «pw» a ni, tumah hriattir suh"],
    "NG": ["Voice note from my uncle in Warri, typed: the estate power portal password is «pw», keep it to yourself",
           "Pinned in the cooperative chat: the boat-hire booking sheet online, password «pw»",
           "Abeg, the dish subscription app password na «pw», no touch am"],
    "PH": ["Mensahe ni Lola: an bagong password kan wifi sa harong iyo an «pw»",
           "Mensahe nen Apo: say balon password na wifi ed abong et «pw»",
           "Text from Tito in Jolo: in bag-u password sin wifi ha bay amu in «pw»"],
    "ZA": ["Boodskap van Ouma: die nuwe wagwoord vir die huis se wifi is «pw», moet dit vir niemand sê nie",
           "Message from my cousin in Gqeberha: the municipal app password is now «pw»"],
    "KE": ["Message from Cucu: the new password for the M-Pesa statement PDF is «pw»",
           "Bro, the boda app password ni «pw», usiiguze please"],
    "PK": ["Ammi ka message: PTCL wifi ka naya password «pw» hai, kisi ko na batana",
           "Nani changed the gas-bill login herself, it reads «pw» now"],
    "DE": ["Powěsć wot staršeje maćerje: nowe hesło za wifi doma je «pw», nikomu njepraj"],
    "LU": ["De Bopa huet um Zeedel vum Boot d'Passwuert vum Netz opgeschriwwen: «pw»"],
    "ES": ["Aitonak idatzi du itsasontziko sarerako gakoa: «pw»",
           "O avó deixou escrito na neveira do barco o contrasinal da rede: «pw»"],
    "BR": ["Mensagem da minha tia no Threema: a senha da conta do clube de remo é «pw», não passa adiante"],
    "JP": ["祖父からのメッセージ：玄関カメラのアプリのパスワードは«pw»、誰にも言わないで"],
    "IT": ["Messaggio di mia zia: la password nuova del portale della scuola guida è «pw»"],
    "SK": ["Повідомліня од бабы: нове гесло до wifi дома є «pw», никому не гварь"],
    "PL": ["Wiadomòsc òd starkù: nowé hasło do wifi w chëczë to «pw», nikòmù nie gadôj"],
    "TR": ["Teyzemin sesli mesajı, yazıya çevrilmiş: yüzme kursu uygulamasının yeni şifresi «pw»"],
    "RU": ["Песятайлэсь ивор: коркан wifi понна выль пароль «pw»", "Эбэм суруга: дьиэ wifi саҥа паролa «pw», кимиэхэ да этимэ",
           "Эжынгээ мэдээн: гэрэй wifi-н шэнэ нюуса үгэ «pw»", "Нанайы фыстæг: хæдзары wifi-йы ног пароль у «pw»"],
    "KG": ["Апамдын билдирүүсү: үйдөгү wifi'нин жаңы сырсөзү «pw», эч кимге айтпа"],
    "NP": ["बुबाले डुङ्गा क्लबको एपमा राखेको पासवर्ड: «pw»"],
    "KR": ["할아버지가 보낸 음성 메모: 아파트 주차 앱 비밀번호를 «pw» 로 바꿨다"],
    "TW": ["A-pâ ke sin-sit: vuk-ka wifi ke sîn mi̍t-ma he «pw», m̀-hó thûng ngìn kóng"],
    "MX": ["Mi tía anotó en el refri la clave del recibo del agua: «pw»",
           "Xtiidxa' jñaa biida': contraseña cubi stiʼ wifi ndaaniʼ yoo nga «pw»",
           "U t'aan in chiich: u túumben contraseña le wifi ich naajo' leti' «pw»"],
    "ID": ["Pesen dhari Embah: password anyar wifi e bengko «pw»", "Haba dari Nek: password wifi barô di rumoh «pw»",
           "Pesen leq Papuq: password baru wifi bale «pw»"],
    "VN": ["Ông ngoại ghi vào sổ tay: mật mã vào tài khoản tiền điện «pw»"],
    "RW": ["Ubutumwa bwa Nyogokuru: ijambobanga rishya rya wifi yo mu rugo ni «pw», ntubibwire umuntu"],
    "SN": ["Bataaxal bu Maam: baatu jàll bu bees bu wifi bu kër gi mooy «pw», bul ko wax kenn"],
    "GH": ["Nkrataa fi Nana hɔ: wifi a ɛwɔ fie hɔ no password foforɔ ne «pw», nka nkyerɛ obiara",
           "Yaba tuma: yiŋa wifi password palli nyɛla «pw»"],
    "BJ": ["Wɛn sín Tɔgbó ɔ: wifi xwé ɔ tɔn sɔ́ password yɔ̌yɔ́ ɔ wɛ nyí «pw»"],
    "HT": ["Mesaj grann mwen: nouvo modpas wifi lakay la se «pw», pa di pèsonn"],
    "CN": ["མོ་ལགས་ཀྱི་འཕྲིན་ཡིག ཁྱིམ་གྱི་wifi ཡི་གསང་ཚིག་གསར་པ་ནི «pw» རེད།"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "NotePin note to self: the boat-shed padlock code is «pw», same as the side gate", 4),
    ("US", "Kobo margin: marina alarm, disarm with «pw» before opening the office", 4),
    ("IN", "Dadi ne PhonePe ka naya UPI PIN «pw» rakha hai, yaad nahi rehta isliye note kiya", 6),
    ("GB", "Nan's four digits for the cashpoint, told to me for her errands: «pw»", 4),
    ("DE", "Oma hat dem Enkel die PIN ihrer Sparkassenkarte gesagt: «pw»", 4),
    ("MX", "El NIP del cajero que usa mi abuela, apuntado en la libreta: «pw»", 4),
    ("BR", "Seis números que a vó usa no caixa eletrônico, anotados no caderno: «pw»", 6),
]
