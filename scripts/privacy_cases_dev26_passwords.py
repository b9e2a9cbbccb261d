"""Where the dev26 privacy set's passwords and PINs are written (``privacy_cases_dev26.py``): on
the command lines of the tools people run (a Monero wallet, a Counter-Strike 2 server, coturn's
turnadmin, slappasswd, the Linode CLI, Proxmox's qm, shadowsocks, HPE's iLOrest, pdfcpu, Vertica's
vsql, zpaq, dislocker, PowerShell's Unlock-BitLocker, mailx, MinIO's mc admin, nerdctl, winrs, an
OpenSearch container, Airflow, Metabase, Label Studio, an encrypted ZFS dataset, TDengine's taos,
OrientDB's console, sqlpackage, a Filebeat keystore, Solr, NebulaGraph's console and pgloader with
a URL), in the config files they keep (an OpenTTD, a DayZ, a Conan Exiles, a Vintage Story and a
Barotrauma server's settings, tinyproxy, coturn, frp, nullmailer, uMurmur, baresip, FreeSWITCH,
Icinga, Nagios, Odoo, Moodle and Superset), and in what they tell each other or themselves (texts,
chats, voice notes, a Humane pin's and an Echo Show's transcripts, reMarkable and Boox notebooks,
SimpleX and Briar messages, table rows, a value before its label, a label a line away from its
value), English most and then the languages of the set's other countries and of others, labels in
their own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail
address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (glassblowing and saddlery).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["gaffer", "punty", "marver", "parison", "pontil", "crucible", "pucellas", "diamondshear", "blowpipe", "lampwork",
         "borosilicate", "dichroic", "millefiori", "filigrana", "zanfirico", "reticello", "incalmo", "latticino", "cristallo", "opaline",
         "annealer", "cullet", "glassfurnace", "crimp", "latigo", "cantle", "skiver", "burnisher", "stirrup", "pommel", "gullet", "bridle",
         "headstall", "cinch", "concho", "oxblood", "nubuck", "overstitch", "swivelknife", "rawhide", "creaser", "welt", "eyelet"]

ACCOUNTS = ["svc_marver", "punty_ops", "gaffer_ro", "cullet_sync", "annealer_cron", "pontil_admin", "latigo_backup", "cantle_ci",
            "skiver_vpn", "stirrup_relay", "saddlery_adm", "glassworks_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ monero-wallet-cli --wallet-file ~/xmr/household --password '«pw»' --command balance", False),
    ("$ ./game/bin/linuxsteamrt64/cs2 -dedicated +map de_mirage +sv_password '«pw»'  # Friday night with the glass studio crew", False),
    ("$ sudo turnadmin -a -u «u» -r turn.glassworks.lan -p '«pw»'", False),
    ("$ slappasswd -h {SSHA} -s '«pw»'", False),
    ("$ linode-cli linodes create --label kiln-log --region eu-central --type g6-nanode-1 --image linode/debian12 --root_pass '«pw»'", False),
    ("root@pve:~# qm set 104 --ciuser «u» --cipassword '«pw»'", False),
    ("$ ss-local -s vps.saddlery.lan -p 8388 -l 1080 -k '«pw»' -m chacha20-ietf-poly1305", False),
    ("$ ilorest login ilo-kiln.lan -u «u» -p '«pw»'", False),
    ("$ pdfcpu decrypt -upw '«pw»' payslip-march.pdf payslip-open.pdf", False),
    ("$ vsql -h vertica.lan -U «u» -w '«pw»' -c 'SELECT COUNT(*) FROM saddle_orders'", False),
    ("$ zpaq add ~/backup/furnace-logs.zpaq ~/FurnaceLogs -key '«pw»'", False),
    ("$ sudo dislocker -V /dev/sdb1 --user-password='«pw»' -- /mnt/old-laptop", False),
    ("PS C:\\> Unlock-BitLocker -MountPoint 'E:' -Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force)", False),
    ("$ mailx -S smtp=smtps://smtp.glassworks.lan:465 -S smtp-auth-user=«e» -S smtp-auth-password='«pw»' -s 'annealer alarm' ops < alarm.txt", False),
    ("$ mc admin user add studio-minio «u» '«pw»'", False),
    ("$ nerdctl login -u «u» -p '«pw»' registry.glassworks.lan", False),
    ("C:\\Users\\studio> winrs -r:kiln-pc -u:«u» -p:«pw» ipconfig /all", False),
    ("$ docker run -d -p 9200:9200 -e OPENSEARCH_INITIAL_ADMIN_PASSWORD='«pw»' opensearchproject/opensearch:2", False),
    ("$ airflow users create --username «u» --firstname Kiln --lastname Log --role Admin --email «e» --password '«pw»'", False),
    ("$ MB_DB_TYPE=postgres MB_DB_USER=«u» MB_DB_PASS='«pw»' java -jar metabase.jar", False),
    ("$ label-studio start --username «e» --password '«pw»' --port 8089", False),
    ("$ echo '«pw»' | sudo zfs create -o encryption=on -o keyformat=passphrase tank/saddle-scans", False),
    ("$ taos -h tdengine.lan -u «u» -p'«pw»'", False),
    ("orientdb> CONNECT remote:localhost/glassworks «u» «pw»", False),
    ("PS> sqlpackage /Action:Publish /SourceFile:Saddlery.dacpac /TargetServerName:sql.lan /TargetDatabaseName:Saddlery /TargetUser:«u» /TargetPassword:'«pw»'", False),
    ("$ echo '«pw»' | filebeat keystore add ES_PWD --stdin --force", False),
    ("$ bin/solr auth enable --credentials «u»:'«pw»'", False),
    ("$ nebula-console -addr graphd.lan -port 9669 -u «u» -p '«pw»'", False),
    ("$ pgloader mysql://«u»:«pw»@old-db.lan/saddlery postgresql:///saddlery", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "openttd_cfg": "~/.config/openttd/openttd.cfg, [network] section: server_name = Gaffer Rail Co · server_password = «pw»",
    "dayz_cfg": "serverDZ.cfg on the rented box: hostname = \"Pontil Coast\"; passwordAdmin = \"«pw»\";",
    "conan_ini": "ConanSandbox/Saved/Config/WindowsServer/ServerSettings.ini: AdminPassword=«pw» · MaxNudity=0",
    "vintagestory_json": "serverconfig.json of the Vintage Story server: \"ServerName\": \"Latigo Ridge\", \"Password\": \"«pw»\",",
    "barotrauma_xml": "Barotrauma serversettings.xml: <serversettings name=\"Cullet Sub\" password=\"«pw»\" maxplayers=\"8\"",
    "tinyproxy_conf": "/etc/tinyproxy/tinyproxy.conf on the studio's Pi: Port 8888 · BasicAuth «u» «pw»",
    "turnserver_conf": "/etc/turnserver.conf for the family video calls: realm=turn.glassworks.lan · user=«u»:«pw»",
    "frps_toml": "frps.toml on the VPS: webServer.port = 7500 · webServer.user = \"«u»\" · webServer.password = \"«pw»\"",
    "nullmailer_remotes": "/etc/nullmailer/remotes: smtp.glassworks.lan smtp --port=587 --starttls --user=«u» --pass=«pw»",
    "umurmur_conf": "/etc/umurmur.conf: welcometext = \"Saddlery voice\"; password = \"«pw»\";",
    "baresip_accounts": "~/.baresip/accounts, the desk phone's line: <sip:«u»@sip.glassworks.lan>;auth_pass=«pw»",
    "freeswitch_xml": "FreeSWITCH conf/directory/default/1004.xml: <param name=\"password\" value=\"«pw»\"/>",
    "icinga_conf": "/etc/icinga2/conf.d/api-users.conf: object ApiUser \"«u»\" { password = \"«pw»\" }",
    "nagios_resource": "/usr/local/nagios/etc/resource.cfg, the line for the kiln checks: $USER3$=«pw»",
    "odoo_conf": "/etc/odoo/odoo.conf of the saddlery's shop: db_user = «u» · admin_passwd = «pw»",
    "moodle_php": "config.php of the glass school's Moodle: $CFG->dbuser = '«u»'; $CFG->dbpass = '«pw»';",
    "superset_py": "superset_config.py: SQLALCHEMY_DATABASE_URI = 'postgresql://«u»:«pw»@db.lan:5432/superset'",
}
URL_CONFIGS = {"superset_py"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Humane pin transcript in the truck: \"...okay so the EV charger app, password's «pw», you got that?\"",
           "Echo Show kitchen note in my wife's voice: the Tonies parent account password is «pw»",
           "| Service | Passcode |\n| ski-school portal | «pw» |",
           "Steam Deck chat from my nephew: uncle the family-sharing password is «pw», don't tell mom",
           "«pw» — written on the glass studio's whiteboard under 'kiln tablet login', nobody erased it",
           "reMarkable notebook page, 'Home admin' heading, the Furbo camera: password «pw»"],
    "GB": ["SimpleX message to my brother: Mum's parking-permit account, the password became «pw» last week",
           "Saddlery repair tag, back side, in biro:\ncustomer portal password\n«pw»",
           "Messach dhyworth Mamm-wynn: an ger-tremena nowydh rag an wifi yw «pw»"],
    "CA": ["Nest Hub reminder read out: the Kijiji account password is «pw», change it after the sale",
           "Texto de ma tante à Chicoutimi : le mot de passe du compte de l'aréna, c'est «pw» pis change-le pas"],
    "AU": ["Note stuck to the EV charger in the carport: app login password «pw», Dad's account",
           "Booksy reminder thread with my flatmate: the barber app's password is «pw» if you need to rebook"],
    "IN": ["Bhaiya ka Humane pin wala message: society gate app ka password «pw» hai, chowkidar ko mat dena",
           "आईचा मेसेज: घरच्या वायफायचा नवीन पासवर्ड «pw» आहे, कोणाला सांगू नको",
           "ମା'ଙ୍କ ମେସେଜ୍: ଘର ୱାଇଫାଇର ନୂଆ ପାସୱାର୍ଡ «pw»",
           "Boox notebook scan, the line under 'electricity board': password → «pw»"],
    "NG": ["Voice note from my uncle in Jos, typed out: the estate levy portal password na «pw», no give anybody",
           "Baba ya ce: kalmar wucewa ta manhajar wutar lantarki yanzu «pw», kada ka faɗa wa kowa",
           "Briar message from the choir secretary: the hall-booking site's password is «pw», please keep it in the group"],
    "PH": ["Mensahe ni Apong Baket: ti baro a password ti wifi ditoy balay ket «pw»",
           "Text from my cousin in Iloilo: ang password sang Netflix subong «pw», indi pag-ilisan ha"],
    "ZA": ["Molaetša go tšwa go Koko: phasewete ye mpsha ya wifi ya ka gae ke «pw»",
           "Rungula leri humaka eka Kokwana: phasiwedi leyintshwa ya wifi ya le kaya i «pw»"],
    "KE": ["Ndũmĩrĩri kuuma kwa Cũcũ: kĩugo kĩa hitho kĩa wifi ya mũciĩ rĩu nĩ «pw»",
           "Msee, the KPLC token app password ni «pw», usiibadilishe tafadhali"],
    "PK": ["ابو جان کا میسج: گھر کے وائی فائی کا نیا پاس ورڈ «pw» ہے، کسی کو مت بتانا"],
    "DE": ["Notiz auf dem reMarkable meines Vaters: E-Auto-Ladekarte, App-Passwort «pw», bitte nicht weitergeben"],
    "FR": ["Vocal de ma grand-mère, retranscrit par l'Echo Show : le mot de passe du site de la cantine, c'est «pw»"],
    "ES": ["Mensaxe de la güela: la contraseña nueva del wifi de casa ye «pw», nun-y la digas a naide"],
    "BR": ["Mensagem da minha tia no Briar: a senha da conta da estação de recarga é «pw», não espalha"],
    "JP": ["祖父からのSimpleXのメッセージ：スキー場アプリのパスワードは«pw»、孫にだけ教える"],
    "IT": ["Messàgiu de sa giaja: sa password noa de su wifi de domo est «pw»"],
    "NL": ["Oma sprak het in op de Echo Show: het wachtwoord van Marktplaats is nu «pw»"],
    "PL": ["SMS od wujka: hasło do aplikacji ładowarki samochodowej to teraz «pw», nie zmieniaj"],
    "TR": ["Halamın sesli mesajı, yazıya dökülmüş: Sahibinden hesabının yeni parolası «pw»"],
    "RU": ["Әбиемнән хәбәр: өйдәге wifi өчен яңа серсүз «pw»"],
    "KR": ["삼촌이 보낸 음성 메모: 전기차 충전 앱 비밀번호 «pw» 로 바꿨다"],
    "HK": ["阿嫲個訊息：屋企 wifi 新密碼係 «pw»，唔好話俾人知"],
    "MX": ["Tlahtolli ipan noconeuh: in yancuic tlahtolli ichtacayotl wifi ca «pw»"],
    "ID": ["Pesen saka Simbah: tembung sandhi wifi omah sing anyar yaiku «pw»"],
    "VN": ["Tin nhắn của ông ngoại: mật khẩu mới của app trạm sạc xe điện là «pw», đừng đưa ai"],
    "TH": ["ข้อความจากคุณยาย: รหัสผ่านแอปชาร์จรถไฟฟ้าใหม่คือ «pw»"],
    "EG": ["رسالة صوتية من خالتي: الباسوورد الجديد لحساب دوبيزل «pw»، ماتقولوش لحد"],
    "MA": ["Message mn khali: lmot de passe jdid dyal wifi f dar howa «pw», ma t3tih l7ta wa7ed"],
    "GR": ["Μήνυμα από τον παππού: ο νέος κωδικός για την εφαρμογή φόρτισης είναι «pw»"],
    "UA": ["Голосове від дядька: новий пароль до застосунку зарядної станції — «pw», нікому не кажи"],
    "SE": ["Farmor skrev i Blocket-chatten: lösenordet till kontot är «pw» nu, byt inte"],
    "FI": ["Mummin viesti: sähköauton latausaplikaation uusi salasana on «pw»"],
    "NO": ["Áhkku čálii: ođđa beassansátni ruovttu wifii lea «pw»"],
    "GH": ["Gbedasi tso Mama gbɔ: wifi ƒe nyaɣaɣla yeye le aƒe me enye «pw»"],
    "ML": ["Cikan ka bɔ Mamuso fɛ: so wifi gundo kura ye «pw» ye"],
    "BI": ["Ubutumwa buvuye kwa Sogokuru: ijambo ry'ibanga rishasha rya wifi yo muhira ni «pw»"],
    "PF": ["Parau poro'i na Mama ru'au: te parau huna api no te wifi o te fare o «pw»"],
    "GT": ["Utzij che le nuchuch: ri k'ak' ewal tzij re ri wifi pa ja are «pw»"],
    "CL": ["Nütram ñi kuku mew: we ewkantun dungu wifi ruka mew «pw» ngey"],
    "JM": ["Granny send mi a voice note: di new password fi di wifi a yaad a «pw», nuh tell nobady"],
    "SL": ["Mesej frɔm Granpa: di nyu paswɔd fɔ di wifi na os na «pw», nɔ tɛl ɛnibɔdi"],
    "CM": ["Ma mami don send message: the new password for the wifi for house na «pw», no tell anybody"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Humane pin note to self: the tattoo studio's lockbox code is «pw», same as the side gate", 4),
    ("US", "reMarkable margin scribble: glass studio alarm, disarm with «pw» before the kiln check", 4),
    ("IN", "Mausi ne PhonePe ka naya UPI PIN «pw» rakha hai, woh bhool jaati hai isliye yahan likha", 6),
    ("GB", "SimpleX message from Grandad: the PIN for my Nationwide card is «pw», for the pension only", 4),
    ("DE", "Opa hat der Pflegerin die Karten-PIN für die Sparkasse gegeben: «pw»", 4),
    ("MX", "Mi abuela le dictó a mi prima el NIP de su tarjeta de la pensión: «pw»", 4),
    ("BR", "A vó pediu pra anotar a senha de seis dígitos do cartão do INSS: «pw»", 6),
]
