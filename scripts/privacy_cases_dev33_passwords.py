"""Where the dev33 privacy set's passwords and PINs are written (``privacy_cases_dev33.py``):
on the command lines of the tools people run (pg_activity, pgcenter, Oracle's Data Pump import,
mssql-cli, Firebird's gbak, SQL Anywhere's dbisql, mysqlpump, wput, BusyBox's ftpput, macOS'
mount_afp, x2goclient, the Windscribe and Proton VPN CLIs, NaiveProxy, zotify, obs-cli, mailsend-go,
docker-mailserver's setup script, chasquid-util, pleroma_ctl, the check_snmp plugin, mcrypt, AES
Crypt, idevicebackup2, MVT, qrencode, mpremote, the balena CLI, JMeter, ncat, LogMeIn Hamachi, n2n's
edge, and an ARK, an Unreal Tournament 2004, a Sauerbraten and a dhewm3 server), in the config
files they keep (SBFspot.cfg, a monitrc, ERPNext's site_config.json, MantisBT's config_inc.php,
collectd.conf, libpurple's accounts.xml, an mcabberrc, rtl_433.conf, BOINC's gui_rpc_auth.cfg,
Rundeck's realm.properties, calcurse-caldav's config, pdns.conf, kea-dhcp4.conf, Cacti's and
Observium's config.php, Akkoma's prod.secret.exs, DMRGateway's file on a Pi-Star hotspot,
inspircd.conf and unrealircd.conf), and in what they tell each other or themselves (texts, chats,
voice notes, an Insta360 GO clip, Letterly, Sonix, Cleft, Just Press Record, Read.ai, Sembly and
Jamie transcripts, Amplenote, NotePlan, Noteshelf and Daylio pages, a shearing-shed whiteboard, a
tackle-sack tag, table rows, a value before its label, a label a line away from its value), English
most and then the languages of the set's other countries and of some no earlier set has written in
(Bambaiya Hindi, Dakhini, Tsotsitaal, Mineiro Portuguese, Saxon, Brabantian, Milanese, Bolognese,
Andalusian and Chilean, Paisa and Puerto Rican Spanish, Mallorquin Catalan, Scanian, Jutlandic,
Savonian, Trøndersk, Górale, Surzhyk, Cretan Greek, Kajkavian, Cypriot and Black Sea Turkish, Omani
Arabic, Chittagonian, Huế Vietnamese, Henan Mandarin, Tsugaru Japanese, Chungcheong Korean,
Palembang Malay, Ghanaian Pidgin, Northern Thai, Torres Strait Creole and Esperanto; 34 in all, most
of them regional varieties of languages earlier sets wrote in, with English (a Yorkshire line among
it), Hinglish, Taglish, Sheng, Nigerian Pidgin, Urdu and Singlish in new wordings), labels in their
own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address
(labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (caving and sheepdog trialling).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["speleothem", "stalagmite", "stalactite", "flowstone", "helictite", "rimstone", "cavepearl", "moonmilk", "sodastraw",
         "troglobite", "swallet", "shakehole", "doline", "phreatic", "vadose", "rebelay", "maillon", "cowstail", "stopdescender",
         "tacklesack", "oversuit", "headtorch", "pitchhead", "crawlway", "ladderpitch", "potholer", "dripline", "ropewalker",
         "outrun", "crossdrive", "shedring", "comebye", "awaytome", "lookback", "flanking", "bordercollie", "huntaway", "kelpie",
         "beardie", "gimmer", "wether", "hogg", "swaledale", "herdwick", "cheviot", "lleyn", "texel", "blackface", "crook",
         "drivegate", "fetchgate", "singling", "penmouth", "ewelamb"]

ACCOUNTS = ["speleo_svc", "survex_ro", "karst_sync", "cavesurvey_adm", "rigging_cron", "calloutbot", "outrun_admin", "huntaway_ops",
            "kelpie_backup", "crossdrive_ci", "penmouth_relay", "trialsec_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ pg_activity 'postgresql://«u»:«pw»@db.lan:5432/cavesurvey' --refresh 2 --no-app-name", True),
    ("$ PGPASSWORD='«pw»' pgcenter top -h db.lan -U «u» trialresults", False),
    ("$ impdp «u»/«pw»@CAVEPDB directory=DP_DIR dumpfile=survey_2026.dmp remap_schema=OLDSURVEY:SURVEY logfile=imp_survey.log", True),
    ("$ mssql-cli -S sql.lan -d SheepdogTrials -U «u» -P '«pw»' -Q \"SELECT handler, dog, points FROM OpenClass ORDER BY points DESC\"", False),
    ("$ gbak -b -user SYSDBA -password '«pw»' localhost:/srv/firebird/caves.fdb /backup/caves.fbk", False),
    ("$ dbisql -c \"UID=«u»;PWD=«pw»;Server=trialsrv;DBN=entries\" -nogui \"SELECT COUNT(*) FROM runs\"", True),
    ("$ mysqlpump --host=db.lan --user=«u» --password='«pw»' --databases caving --default-parallelism=2 --result-file=caving.sql", False),
    ("$ wput ./survey-2026.th ftp://«u»:«pw»@ftp.lan/surveys/", True),
    ("$ mount_afp 'afp://«u»:«pw»@oldimac.local/Photos' ~/mnt/oldphotos", True),
    ("$ windscribe-cli login «u» '«pw»' && windscribe-cli connect best", False),
    ("$ printf '%s\\n' '«pw»' | protonvpn-cli login «u»", False),
    ("$ naive --listen=socks://127.0.0.1:1080 --proxy=https://«u»:«pw»@proxy.cavers.net", True),
    ("$ zotify --username «u» --password '«pw»' --download-format ogg 'https://open.spotify.com/playlist/37i9dQZF1DX4sWSpwq3LiO'", False),
    ("$ obs-cli --host localhost --port 4455 --password '«pw»' recording start", False),
    ("$ mailsend-go -sub 'Trial results' -smtp mail.lan -port 587 auth -user «u» -pass '«pw»' -from \"$FROM_ADDR\" -t \"$SECRETARY\" body -msg 'Attached.'", False),
    ("$ docker exec -ti mailserver setup email add «e» '«pw»'", False),
    ("$ chasquid-util user-add «e» --password='«pw»'", False),
    ("$ ./bin/pleroma_ctl user new «u» «e» --password '«pw»' --moderator -y", False),
    ("$ /usr/lib/nagios/plugins/check_snmp -H switch.lan -P 3 -L authNoPriv -U «u» -a SHA -A '«pw»' -o sysUpTime.0", False),
    ("$ busybox ftpput -u «u» -p '«pw»' ftp.lan /surveys/2026-leg-book.th ./2026-leg-book.th", False),
    ("$ mcrypt -k '«pw»' survey-notes.tar", False),
    ("$ aescrypt -e -p '«pw»' lambing-records.xlsx", False),
    ("$ idevicebackup2 -i encryption on '«pw»'", False),
    ("$ mvt-ios decrypt-backup -p '«pw»' -d ./decrypted ./iphone-backup", False),
    ("$ qrencode -o hut-wifi.png 'WIFI:T:WPA;S:CavingHut;P:«pw»;;'", True),
    ("$ mpremote connect /dev/ttyACM0 exec \"import network; w = network.WLAN(network.STA_IF); w.active(True); w.connect('HutNet', '«pw»')\"", False),
    ("$ balena login --credentials --email «e» --password '«pw»' && balena push hut-sensors", False),
    ("$ jmeter -n -t trial-entries.jmx -Juser=«u» -Jpassword='«pw»' -l results.jtl", False),
    ("$ ncat --proxy proxy.lan:3128 --proxy-type http --proxy-auth «u»:«pw» trials.lan 443", True),
    ("$ sudo hamachi do-join 452-118-907 '«pw»'", False),
    ("$ sudo edge -d n2n0 -c cavers -k '«pw»' -a 10.44.0.7 -l supernode.lan:7654", False),
    ("$ x2goclient --server=hut.lan --user=«u» --password='«pw»' --command=XFCE --session=hut-desktop", False),
    ("$ ./ShooterGameServer TheIsland?listen?SessionName=CaversARK?ServerAdminPassword=«pw» -server -log", True),
    ("$ ./ucc-bin server DM-Rankin?game=XGame.xDeathMatch?AdminName=admin?AdminPassword=«pw» ini=UT2004.ini -nohomedir", True),
    ("$ ./sauer_server -d -n'Cavers Sauer' -c12 -p'«pw»'", False),
    ("$ ./dhewm3ded +set net_serverRemoteConsolePassword '«pw»' +set si_maxPlayers 4 +map game/mp/d3dm1", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "sbfspot_cfg": "SBFspot.cfg on the barn Pi that reads the inverter: BTAddress=00:80:25:2C:11:B8 · UserGroup=User · Password=«pw»",
    "monitrc": "/etc/monitrc on the hut server: set httpd port 2812 · use address 0.0.0.0 · allow admin:«pw»",
    "erpnext_json": "sites/trials.lan/site_config.json of the club's ERPNext: { \"db_name\": \"_trials\", \"db_password\": \"«pw»\", \"db_type\": \"mariadb\" }",
    "mantis_php": "config/config_inc.php of MantisBT on the survey server: $g_db_username = '«u»'; $g_db_password = '«pw»';",
    "collectd_conf": "collectd.conf, the MySQL block: <Plugin mysql> · <Database trials> · User \"«u»\" · Password \"«pw»\"",
    "purple_xml": "~/.purple/accounts.xml: <protocol>prpl-jabber</protocol> · <name>«e»/hut-laptop</name> · <password>«pw»</password>",
    "mcabberrc": "~/.mcabber/mcabberrc: set jid = «e» · set password = «pw» · set server = xmpp.lan",
    "rtl433_conf": "rtl_433.conf on the stock-shed receiver: output mqtt://broker.lan:1883,user=«u»,pass=«pw»,retain=0",
    "boinc_cfg": "/var/lib/boinc-client/gui_rpc_auth.cfg on the old tower, its only line: «pw»",
    "rundeck_properties": "realm.properties of the club's Rundeck: «u»: «pw»,user,admin",
    "calcurse_caldav": "~/.config/calcurse/caldav/config: [Auth] · Username = «u» · Password = «pw»",
    "pdns_conf": "/etc/powerdns/pdns.conf: launch=gmysql · gmysql-host=127.0.0.1 · gmysql-user=«u» · gmysql-password=«pw»",
    "kea_json": "kea-dhcp4.conf: \"lease-database\": { \"type\": \"mysql\", \"name\": \"kea\", \"user\": \"«u»\", \"password\": \"«pw»\" }",
    "cacti_php": "include/config.php of Cacti on the hut's monitoring box: $database_username = '«u»'; $database_password = '«pw»';",
    "observium_php": "/opt/observium/config.php: $config['db_user'] = '«u»'; $config['db_pass'] = '«pw»';",
    "akkoma_exs": "config/prod.secret.exs of the club's Akkoma: config :pleroma, Pleroma.Repo, username: \"«u»\", password: \"«pw»\", database: \"akkoma\"",
    "dmrgateway_ini": "Pi-Star's DMRGateway file, second network block: Name=Cavers_TG · Enabled=1 · Address=brandmeister.lan · Port=62031 · Password=«pw»",
    "inspircd_conf": "inspircd.conf of the trials' IRC server: <oper name=\"«u»\" password=\"«pw»\" host=\"*@10.44.*\" type=\"NetAdmin\">",
    "unrealircd_conf": "unrealircd.conf, the hub link: link hub.lan { incoming { mask *; } password \"«pw»\"; class servers; }",
}
URL_CONFIGS = {"monitrc", "rtl433_conf"}  # where @, :, # or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Insta360 GO clip from the kitchen, Dad reading the sticky note on the router: \"it's «pw», capital at the front\"",
           "Letterly draft I never sent: stockdog association members' area — login «pw», renew before the spring trials",
           "| Account | Password |\n| caving club gear library | «pw» |",
           "Scratched on the back of the tackle-sack tag, under 'hut wifi':\n«pw»",
           "Grandma on speakerphone, Sonix transcript: the Medicare site took «pw» this time, honey, don't lose it",
           "Text from Uncle Dencil: the trail-camera app password's «pw», don't go handin' it out to the neighbors"],
    "GB": ["Voice note from Mum on the farm, Cleft transcript: the flock register login's «pw», put it in the lambing book",
           "Amplenote page 'Hut', under the sketch of the gate: smart-lock app — «pw»",
           "Granddad's rung from t'farm: he's put «pw» on t'computer now, an' tha's not to tell thi mother"],
    "CA": ["NotePlan daily note: elk-tag lottery site, pw «pw», Dougald keeps the backup login",
           "Nan rang from Cape Breton and made me write down her new banking word, «pw», and mind I don't be spreadin' it",
           "Daylio note: hockey-pool site password «pw», change it when the season's done"],
    "AU": ["Shearing-shed whiteboard in Dad's writing: farm laptop pw «pw» — wipe it before the school visit",
           "Text from Nan out past Broken Hill: new internet password's «pw», don't you go tellin' the whole district",
           "Aka bin send message: nupla wifi paswod blo haus em «pw», no yarn la eniwan"],
    "IN": ["Aai ne message kiya, bhidu: society wifi ka naya password «pw» hai, kisiko bolneka nahi",
           "Ammi bolin ki ghar ke internet ka naya code «pw» rakhe, kisiku batana nakko, haule",
           "Mausaji ka Just Press Record memo: pension portal ka password ab «pw» hai, isko forward mat karna",
           "Read.ai recap of the family call: Papa's bank app password is «pw», he wants one of us to remember it",
           "Noteshelf page Nani ne bheja: gas agency portal ka password «pw»",
           "Chitti on the fridge in Appa's handwriting: electricity board website — «pw»"],
    "NG": ["Wetin I go do? Papa don forget the password again, na «pw», I don write am for the wall calendar",
           "Sembly summary of the estate meeting: the water-vendor app password is «pw», only the treasurer uses it",
           "Pinned by the cooperative secretary: the fertiliser order portal, password «pw», abeg no change am"],
    "PH": ["Bilin ni Nanay bago umalis: pag nag-log out ang Netflix, ilagay mo lang «pw», tapos i-lock mo ang TV",
           "Typed up Tito's voice memo: the sari-sari store POS password is «pw», don't let the helper see"],
    "ZA": ["Eksê my bra, i-password ye-wifi e-kasi manje yi-«pw», moenie vir die majita sê nie",
           "Text from the farm manager in the Karoo: the scale-house laptop password is «pw», keep it off the group"],
    "KE": ["Cuz, ile password ya Showmax nimebadilisha, sasa ni «pw», usipee mtu yeyote",
           "Baba called from Nakuru and I typed it as he spoke: the dairy co-op members' site takes «pw», he'll need help on Saturday"],
    "PK": ["بڑے ابا کی ڈائری میں لکھا تھا: بینک کی ویب سائٹ، خفیہ لفظ «pw»",
           "Abba jaan ne bataya, Meezan app mein ab «pw» lagta hai, chhote ko bhi mat batana"],
    "BR": ["Uai, sô, a vó pediu pra anotar: o trem da internet agora abre com «pw», e é pra ficar quietim"],
    "DE": ["Mei Omma hat geschriem: 's neie Passwort fürs Internetz is «pw», sach's ja geenem weiter"],
    "NL": ["Ons moeder hee ingesproken: de code van de bankapp is nou «pw», da moete nie rondvertellen, hè jong"],
    "IT": ["El mè nonu el m'ha scrivuu: la password noeuva de l'app de la banca l'è «pw», disela a nissun",
           "Mî nôna la m'à mandè un messâg: la password nôva dla televisiån l'é «pw», ne dîrla a inción"],
    "ES": ["Mi agüela m'ha dejao un audio, quillo: pa entrá en er banco ahora e «pw», y ni se te ocurra contárselo a tu primo",
           "Sa padrina m'ha escrit: sa contrasenya nova des wifi és «pw», no la diguis a ningú"],
    "CL": ["La Tata me mandó un wasap altiro: pa' conectarse al wifi de la casa ahora es «pw», y no se lo vai a pasar a nadie, ¿cachai?"],
    "CO": ["Ve, mijo, dice la abuela que la clave pa' entrar al banco por el celular quedó «pw», y que no se la vaya a soltar a ninguno, pues"],
    "PR": ["Wepa, Abuela aprendió a cambiar lo del internet y ahora entra con «pw», me dijo que no se lo diera ni a Titi, ¿oíste?"],
    "SE": ["Mormor skrev: de nya lösenordet te wifin e «pw», säj de inte te nån"],
    "DK": ["Mormor har skrevet: æ nye kodeord til æ wifi er «pw», sig det itj til nogen"],
    "FI": ["Mummo laetto viestiä: uus salasana wifiin on «pw», elä kerro kellekkää"],
    "NO": ["Bestemor skreiv: det nye passorde te wifien e «pw», itj si det te nån"],
    "PL": ["Babka pisała: hasło nowe do interneta to «pw», ino nikomu nie godej"],
    "UA": ["Бабуля написала: новий пароль от вайфая «pw», нікому не кажи, шоб сосєди не узнали"],
    "GR": ["Η γιαγιά μου μού 'γραψε: ο καινούργιος κωδικός του ίντερνετ είναι «pw», μηδέ σε κιανένα να τόνε πεις"],
    "HR": ["Baka mi je napisala: nova lozinka za internet je «pw», nemoj nikomu povedati, kaj"],
    "CY": ["Ananem yazdı: wifi'nin yeni şifresi «pw», gimseye söylemeyesin ha"],
    "TR": ["Babaannem yazdi uşağum: internetun yeni şifresi «pw», kimseye deme ha"],
    "OM": ["عمي قال في الفويس: رمز الدخول حق تطبيق المزرعة «pw»، لا تعطيه حد من العمال"],
    "BD": ["Nani message dil: wifi'r nuwa password «pw», kaore hoiyo na"],
    "VN": ["Mạ dặn: cái mật mã mạng ở nhà ni đổi thành «pw» rồi, đừng nói với ai hết nghe"],
    "CN": ["俺奶发微信说：家里wifi的新密码是«pw»，中不中？可别跟旁人说"],
    "JP": ["ばっちゃからメール：家のwifiの新しいパスワードは«pw»だはんで、誰さもしゃべるなじゃ"],
    "KR": ["할머니가 문자 보내셨슈: 와이파이 비밀번호 바꿨슈, «pw» 여유, 아무한티도 말허지 말어유"],
    "ID": ["Nenek ngirim pesen: password wifi yang baru tu «pw», jangan kau kasih tau siapo-siapo"],
    "SG": ["Ah Ma WhatsApp me: the HDB wifi password she change liao, now is «pw», don't anyhow share hor"],
    "GH": ["Chale, my grandma say the router paswood wey she change yesterday be «pw», abeg no show anybody"],
    "TH": ["อุ๊ยบอกว่า รหัสเน็ตที่บ้านเปลี่ยนเป็น «pw» แล้วเจ้า บ่ต้องไปบอกใผเน้อ"],
    "HU": ["Avinjo skribis al mi: la nova pasvorto de la vifio estas «pw», ne diru ĝin al iu ajn"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Mom spelled out her ATM code over the phone so I could get cash for the feed store: «pw»", 4),
    ("US", "Amplenote: hut gate keypad code «pw», changes after the spring meet", 4),
    ("IN", "Dukaan ke QR scanner ke liye Papa ne chhe ank ka code bataya: «pw»", 6),
    ("GB", "Nan wrote her chip-and-pin number on the back of the shopping list for me: «pw»", 4),
    ("DE", "Oma hat die vier Ziffern für den Geldautomaten auf einen Zettel im Portemonnaie geschrieben: «pw»", 4),
    ("MX", "Nota en el refri: NIP del cajero de mi tía, por si se le olvida otra vez: «pw»", 4),
    ("BR", "Bilhetinho na carteira do tio, com a letra dele: senha do banco «pw»", 6),
]
