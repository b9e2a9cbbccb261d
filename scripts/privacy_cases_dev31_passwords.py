"""Where the dev31 privacy set's passwords and PINs are written (``privacy_cases_dev31.py``):
on the command lines of the tools people run (gh-ost, Skeema, golang-migrate, the Hasura CLI, pgweb,
Checkmk's agent controller, LibreNMS's lnms, Webmin's changepass.pl, Virtualmin, HestiaCP's v-add-user,
PostfixAdmin's CLI, Mailu's flask admin, stalwart-cli, Dendrite's create-account, GoToSocial,
WriteFreely, XCP-ng's xe, DD-WRT's nvram, YugabyteDB's ycqlsh, FreeTDS's tsql, ykman, owncloudcmd,
davix-get, gst-launch-1.0, Redash's manage, the BaseX client, eXist-db's client.sh, Apache Pinot's
pinot-admin.sh, MarkLogic's mlcp, the H2 shell, and a BZFlag, a DDNet, a Half-Life, an AssaultCube, a
SuperTuxKart and an Odamex server), in the config files they keep (a .monetdb file, a Hysteria
config.yaml, redsocks.conf, Polipo's config, newsboat's config, PrusaLink's prusa_printer_settings.ini,
evcc.yaml, weewx.conf, an openHAB .things file, Promtail's config.yaml, fluent-bit.conf, vector.toml,
authentik's .env, postgrest.conf with a database URL, LibreNMS's .env, wesnothd.cfg, a MagicMirror
config.js, HedgeDoc's config.json and Etherpad's settings.json), and in what they tell each other or
themselves (texts, chats, voice notes, a Soundcore Work recorder's and a Sandbar ring's notes, Notta
transcripts, Notesnook pages, Chanty, Botim and Revolt messages, a Skylight calendar, a tower
whiteboard, table rows, a value before its label, a label a line away from its value), English most and
then the languages of the set's other countries and of some no earlier set has written in (Hawaiian
Pidgin, Jèrriais, Chiac, Ojibwe, Nagpuri, Meitei, Lower Sorbian, Okinawan, Jeju, Northeastern Mandarin,
Tuvan, Chechen, Sicilian, Cypriot Greek, Libyan, Emirati and Yemeni Arabic, Ewe, Oshiwambo, Sango,
Pulaar, Mandinka, Guyanese Creolese, Fiji Hindi, Dzongkha, Newar, Isan, Kelantan Malay, Réunion and
Antillean Creole and Ladino; 31 in all, with English, Hinglish, Urdu, Nigerian Pidgin, Taglish, Sheng,
Portuguese, German, French, Spanish, Kichwa and Nahuatl in new wordings), labels in their own words and
forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (falconry and church bell-ringing).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["jesses", "creance", "bewit", "tiercel", "eyass", "passager", "goshawk", "lanneret", "sakret", "hoodblock", "bownet", "imping",
         "manning", "mantling", "yarak", "stooping", "cadge", "gauntlet", "lurepad", "hawkbell", "aylmeri", "falconhood", "plainbob",
         "grandsire", "stedman", "kentbob", "sallie", "tailend", "headstock", "clapper", "quarterpeal", "rounds", "callchange", "austringer",
         "handstroke", "caters", "cinques", "maximus", "dodging", "plainhunt", "bellrope", "wholepull"]

ACCOUNTS = ["svc_jesses", "creance_ops", "tiercel_ro", "sallie_sync", "tenorbell_cron", "plainbob_admin", "bewit_backup", "treblebell_ci",
            "eyass_vpn", "stedman_relay", "belfry_adm", "mews_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, before an @ or between ? and ? signs)
    ("$ gh-ost --host=db.lan --user=«u» --password='«pw»' --database=tower --table=peals --alter='ADD COLUMN conductor VARCHAR(80)' --execute", False),
    ("$ skeema push production --user=«u» --password='«pw»' --allow-unsafe", False),
    ("$ migrate -path ./migrations -database 'postgres://«u»:«pw»@db.lan:5432/mews?sslmode=disable' up 2", True),
    ("$ hasura console --endpoint https://graphql.belfry.lan --admin-secret '«pw»'", False),
    ("$ pgweb --host db.lan --user «u» --pass '«pw»' --db peals --listen 8081", False),
    ("$ cmk-agent-ctl register --hostname mews-pi --server monitor.lan --site hawks --user «u» --password '«pw»'", False),
    ("$ ./lnms user:add --password='«pw»' --role=admin «u»", False),
    ("# /usr/share/webmin/changepass.pl /etc/webmin «u» '«pw»'", False),
    ("# virtualmin create-domain --domain tenor-tower.lan --pass '«pw»' --unix --dir --webmin --web", False),
    ("# v-add-user «u» '«pw»' «e» default", False),
    ("$ postfixadmin-cli mailbox update «e» --password '«pw»'", False),
    ("$ docker compose exec admin flask mailu admin «u» ringers.lan '«pw»'", False),
    ("$ stalwart-cli --url https://mail.ringers.lan --credentials «u»:'«pw»' domain list", False),
    ("$ ./bin/create-account -config dendrite.yaml -username «u» -password '«pw»' -admin", False),
    ("$ ./gotosocial --config-path ./config.yaml admin account create --username «u» --email «e» --password '«pw»'", False),
    ("$ writefreely --create-admin «u»:«pw»", True),
    ("$ xe -s xcp01.lan -u root -pw '«pw»' vm-list power-state=running", False),
    ("root@DD-WRT:~# nvram set http_passwd='«pw»' && nvram commit", False),
    ("$ ycqlsh yb1.lan 9042 -u «u» -p '«pw»' -k tower_bells", False),
    ("$ tsql -S mssql.lan -p 1433 -U «u» -P '«pw»' -D hawkweights", False),
    ("$ ykman oath accounts list --password '«pw»'", False),
    ("$ owncloudcmd -u «u» -p '«pw»' ~/Ringing https://cloud.belfry.lan/remote.php/webdav", False),
    ("$ davix-get --userlogin «u» --userpass '«pw»' https://dav.mews.lan/weights/2026.csv weights.csv", False),
    ("$ gst-launch-1.0 rtspsrc location=rtsp://10.8.0.31/stream1 user-id=«u» user-pw='«pw»' ! decodebin ! autovideosink", False),
    ("$ docker compose run --rm server manage users create_root «e» '«u»' --password '«pw»'", False),
    ("$ basexclient -n basex.lan -U «u» -P '«pw»' -c 'LIST'", False),
    ("$ bin/client.sh -ouri=xmldb:exist://existdb.lan:8080/exist/xmlrpc -u «u» -P '«pw»' -c /db/towers -s", False),
    ("$ bin/pinot-admin.sh AddTable -tableConfigFile peals.json -schemaFile peals_schema.json -user «u» -password '«pw»' -exec", False),
    ("$ mlcp.sh import -host ml.lan -port 8000 -username «u» -password '«pw»' -input_file_path ./towers -mode local", False),
    ("$ java -cp h2.jar org.h2.tools.Shell -url jdbc:h2:tcp://db.lan/~/mews -user «u» -password '«pw»'", False),
    ("$ bzfs -p 5154 -passwd '«pw»' -world sallies.bzw -ms 3", False),
    ("$ ./DDNet-Server \"sv_name 'Kent Treble Bob Race'; sv_rcon_password '«pw»'\"", False),
    ("$ ./hlds_run -game cstrike +maxplayers 16 +map de_inferno +rcon_password '«pw»'", False),
    ("$ ./server.sh -n 'Eyass Gulch CTF' -x '«pw»' -c 16", False),
    ("$ supertuxkart --server-config=belfry.xml --lan-server='Cinques Circuit' --server-password='«pw»' --network-console", False),
    ("$ ./odasrv -port 10666 +set sv_hostname 'Goshawk Gorge' +set rcon_password '«pw»' +map map01", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "monetdb_file": "~/.monetdb on the analysis box: user=«u» · password=«pw» · language=sql",
    "hysteria_yaml": "/etc/hysteria/config.yaml on the VPS: listen: :443 · auth: type: password · password: «pw»",
    "redsocks_conf": "/etc/redsocks.conf, the redsocks block: ip = 10.8.0.1; port = 1080; type = socks5; login = \"«u»\"; password = \"«pw»\";",
    "polipo_config": "/etc/polipo/config on the old laptop: parentProxy = \"proxy.lan:3128\" · parentAuthCredentials = \"«u»:«pw»\"",
    "newsboat_config": "~/.newsboat/config: urls-source \"ttrss\" · ttrss-url \"https://rss.belfry.lan/\" · ttrss-login \"«u»\" · ttrss-password \"«pw»\"",
    "prusalink_ini": "prusa_printer_settings.ini on the printer's Pi: [service::local] · username = «u» · password = «pw»",
    "evcc_yaml": "evcc.yaml in the garage: vehicles: - name: van · type: template · template: renault · user: «e» · password: «pw»",
    "weewx_conf": "/etc/weewx/weewx.conf, the upload section: [[Wunderground]] · enable = true · password = «pw»",
    "openhab_things": "things/mqtt.things of the mews' openHAB: Bridge mqtt:broker:mews [ host=\"10.8.0.5\", username=\"«u»\", password=\"«pw»\" ]",
    "promtail_yaml": "promtail config.yaml on the tower Pi: clients: - url: https://logs.lan/loki/api/v1/push · basic_auth: username: «u» · password: «pw»",
    "fluentbit_conf": "fluent-bit.conf, the [OUTPUT] block: Name http · Host logs.lan · HTTP_User «u» · HTTP_Passwd «pw»",
    "vector_toml": "vector.toml: [sinks.mews_logs.auth] · strategy = \"basic\" · user = \"«u»\" · password = \"«pw»\"",
    "authentik_env": ".env of the club's authentik: PG_USER=«u» · AUTHENTIK_BOOTSTRAP_PASSWORD=«pw»",
    "postgrest_conf": "postgrest.conf of the peal database's API: db-uri = \"postgres://«u»:«pw»@db.lan:5432/peals\"",
    "librenms_env": ".env in /opt/librenms: DB_HOST=localhost · DB_USERNAME=«u» · DB_PASSWORD=«pw»",
    "wesnothd_cfg": "wesnothd.cfg on the games box: motd=\"Saturday campaigns only\" · passwd=\"«pw»\"",
    "magicmirror_js": "config/config.js of the hall MagicMirror, the calendar module: auth: { user: \"«u»\", pass: \"«pw»\", method: \"basic\" }",
    "hedgedoc_json": "config.json of the ringers' HedgeDoc: \"db\": { \"username\": \"«u»\", \"password\": \"«pw»\", \"dialect\": \"postgres\" }",
    "etherpad_json": "settings.json of the club's Etherpad: \"dbType\": \"mysql\", \"dbSettings\": { \"user\": \"«u»\", \"password\": \"«pw»\" }",
}
URL_CONFIGS = {"postgrest_conf", "polipo_config"}  # a URL, or user:password, where @ and : would break it

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Soundcore Work recording from the kitchen table: \"...okay, the Skylight calendar login is «pw», don't tape it to the fridge\"",
           "Sandbar ring note I whispered on the walk home: Lorex app password «pw», changed after the porch scare",
           "| Account | Pass |\n| guild members' area | «pw» |",
           "Chanty DM from the tower captain: the ringing-room laptop login is «pw», and yes, capitals matter",
           "«pw» — on masking tape inside the mews door, labelled 'scale tablet', there since the red-tail arrived",
           "Tutu wen text me: da new wifi password stay «pw», no go tell nobody, ah?"],
    "GB": ["Notesnook page 'Tower stuff': vestry tablet password «pw», practice nights only",
           "Peal board notice, biro on the back:\nvestry PC password\n«pw»",
           "Our Danny on Chanty, Brummie to the bone: the tower laptop's password's «pw», ar, with the capital"],
    "JE": ["Ma grand'mèthe m'a êcrit: l'nouvieau mot d'passe pour lé ouifi ch'est «pw», n'le dis pon à personne"],
    "CA": ["Skylight calendar note for after the falconry meet: licence portal password «pw», change it in spring",
           "Mémère m'a texté : le nouveau password du wifi c'est «pw», pis don't le dis à parsonne",
           "Nookomis gii-ozhibii'ige: oshki wifi password «pw», gego awiiya wiindamaaken"],
    "AU": ["Tower whiteboard in Ballarat, the captain's writing: bell-booking site password «pw», wipe it after Sunday",
           "Mum rang from Kalgoorlie and said the footy tipping site wants «pw» now, don't tell your uncle"],
    "IN": ["Mausi ne voice note mein bola: LIC portal ka naya password «pw», sirf tere paas rahe",
           "Nani ki diary ki photo, aakhri panne pe: bijli board portal ka password «pw»",
           "Soundcore transcript of Bhaiya on speaker: the society CCTV login password is «pw», note it down, don't forward it",
           "Aja kar khabar: bijli bill wala app kar password «pw» hekai, kekro ke nai dekhabe",
           "Ibok-na message thare: yumgi wifi-gi anouba password asi «pw», kanagumbasu tasinganu",
           "Chachi ne Botim pe bheja: Dubai wale Chacha ke bank app ka password «pw» hai, aage mat bhejna"],
    "NG": ["Aunty for Jos send voice note, I type am: estate gate app, password «pw», she say make I keep am",
           "My guy talk say the shop inverter app password don change, e be «pw» now, no give anybody",
           "Papa yarn for phone: the church account password na «pw», make you write am for book"],
    "PH": ["Nag-chat si Kuya: pinalitan ko na yung password ng Netflix natin, «pw» na, wag mo ipamigay sa barkada mo",
           "Tinext ni Lola: bagong password ng Facebook ko ay «pw», tama ba ang spelling, apo?"],
    "ZA": ["My gran in Gqeberha phoned, I typed it into Notesnook: her SASSA portal password is «pw»",
           "Text from the estate manager: complex gate app password reset to «pw», don't share it on the group"],
    "KE": ["Bro, password ya Showmax ni «pw», usiipeane kwa mabeshte zako", "Mum's SMS from Nyeri: the KRA iTax password is «pw», file for me before June"],
    "PK": ["Chachu ne voice note mein kaha: Pak ID app ka password «pw» rakha hai, kisi se share na karna",
           "نانی کا پیغام: ٹی وی والے ڈبے کا نیا پاس ورڈ «pw» ہے، محلے میں کسی کو مت بتانا"],
    "BR": ["Minha tia mandou áudio e o Notta transcreveu: app do condomínio, senha «pw»"],
    "DE": ["Revolt-Nachricht vom Turmkapitän: das Passwort für den Läuteplan-Rechner ist jetzt «pw»",
           "Powěsć wót starki: nowe gronidło za telewizorowy kašćik jo «pw», njepraj to nikomu"],
    "FR": ["Texto de ma marraine : le mot de passe du portail de la fauconnerie, c'est «pw», tu le gardes pour toi"],
    "ES": ["Mensaje de mi suegra: la contraseña de la app del ayuntamiento es «pw», que no se entere tu cuñado"],
    "MX": ["Nocihtzin oquihcuiloh: in yancuic ichtacatlahtolli ic wifi ca «pw», ayac xiquilhui"],
    "JP": ["ハーメーからメール：家ぬwifiぬ新しいパスワードー«pw»やさ、誰んかいん言らんけー"],
    "KR": ["할망 문자: 집 와이파이 새 비밀번호 «pw» 마씸, 아무신디도 곧지 맙서"],
    "CN": ["姥姥发来的语音转文字：家里电视盒子的新密码是«pw»，别跟旁人唠啊"],
    "RU": ["Кырган-авам бижээн: бажыңның wifi-ның чаа чажыт сөзү «pw», кымга-даа чугаалава",
           "Денанера кехат: цIийнан интернетан керла пароль «pw» ю, цхьанне а ма алахь"],
    "IT": ["Me nanna mi scrissi: a password nova dâ banca è «pw», nun ci a diri a nuddu"],
    "CY": ["Μήνυμα που τη γιαγιά: ο καινούρκος κωδικός του wifi εν «pw», μεν τον πεις κανενού"],
    "LY": ["مسج من حنّاي: الباسورد الجديد متاع الواي فاي «pw»، ما تقولاش لحد"],
    "AE": ["يدّتي طرشت لي: الباسوورد اليديد مال الواي فاي «pw»، لا تعطيه حد"],
    "YE": ["جدتي أرسلت: كلمة السر الجديدة حق النت في البيت «pw»، لا تقولهاش لأحد"],
    "TG": ["Mama ŋlɔ na m: wifi ƒe nya ɣaɣla yeye nye «pw», mègagblɔe na ame aɖeke o"],
    "NA": ["Meekulu okwa tumine nge: oshitya shoshiholekwa shopaife sha wifi osho «pw», ino shi lombwela nando omuntu"],
    "CF": ["Maa ti mbi a tokua mbeti: fini password ti wifi ayeke «pw», mo fa ni na zo oko pëpe"],
    "GN": ["Mawnde am winndii kam: finnde hesere wifi ndee ko «pw», wota a haal ɗum hay gooto"],
    "GM": ["N na mamamuso ye kibaaroo kii: wifi password kuta mu «pw» ti, kana a fo moo-o-moo ye"],
    "GY": ["Granny sen me a message: de new wifi password a «pw», nah tell nobody, yuh hear?"],
    "EC": ["Hatun mamamanta willay: wasipi wifipak mushuk pakalla shimika «pw» kan, ama pimanpash willankichu"],
    "FJ": ["Nani phone pe bolis: hamar TV box ke password ab «pw» hai, koi ke nahi batana"],
    "BT": ["ཨ་ཞེ་གིས་ འཕྲིན་ཡིག་བཏང་ནུག: ནང་གི་ wifi གི་ གསང་ཚིག་གསརཔ་ «pw» ཨིན། མི་ག་ལུ་ཡང་ མ་སླབ།"],
    "NP": ["अजिं सन्देश छ्वयादिल: छेँया wifi या न्हूगु पासवर्ड «pw» ख, सुयातं धायेमते"],
    "TH": ["แม่ใหญ่ส่งข้อความมา: รหัสไวไฟใหม่ของเฮือนแม่น «pw» เด้อ อย่าบอกไผเด้อ"],
    "MY": ["Mek kirim pesane: password wifi baru kat rumoh «pw», jange royak ko sapo-sapo"],
    "RE": ["Mémé la envoy amoin in mésaz : nouvo modpas wifi lé «pw», di pa personn"],
    "MQ": ["Manmay voyé an ti mésaj : kòd wifi-a chanjé, sé «pw» atjèlman, pa bay pèsonn li"],
    "TR": ["La nona me eskrivio: la kontrasenya mueva del wifi es «pw», no se la digas a dinguno"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Sandbar ring, whispered: mews padlock combination «pw», not near the kids", 4),
    ("US", "Notesnook: tower door key safe opens with «pw», hang the key back on its hook", 4),
    ("IN", "Dadaji ne BHIM ka UPI PIN bataya, «pw», bole kisi ko mat dena", 6),
    ("GB", "Grandad's card PIN for the chemist run, told me over the phone: «pw»", 4),
    ("DE", "Opa hat mir am Telefon seine Girocard-PIN gesagt, damit ich ihm Medikamente hole: «pw»", 4),
    ("MX", "Mi tía me pasó el NIP de su tarjeta de nómina por audio: «pw», para el súper", 4),
    ("BR", "Minha avó mandou os seis dígitos da senha do cartão da aposentadoria: «pw»", 6),
]
