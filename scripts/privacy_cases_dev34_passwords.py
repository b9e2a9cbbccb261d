"""Where the dev34 privacy set's passwords and PINs are written (``privacy_cases_dev34.py``):
on the command lines of the tools people run (pg_restore, pg_basebackup, vacuumdb, WAL-G, ora2pg,
Oracle's DGMGRL, mysqlimport, mysqldiff, pt-archiver, mongostat, Cassandra's nodetool, elasticdump,
clickhouse-benchmark, sstableloader, smbtar, smbcacls, winexe, SonicWall's NetExtender, Apptainer,
containerd's ctr, Chocolatey, Gogs, the check_radius and check_ldap plugins, radtest, supervisorctl,
Duplicati, OutGuess, Xcode's altool, MicroPython's webrepl_cli, Oracle's orapwd, cvlc, Plakar, ARJ,
securefs and zuluCrypt-cli), in the config files they keep (Barman's results.conf, patroni.yml,
ora2pg.conf, Mautic's local.php, Drupal's settings.php, TYPO3's LocalConfiguration.php, MyBB's
config.php, Flarum's config.php, Friendica's local.config.php, Bugzilla's localconfig, Znuny's
Config.pm, RT_SiteConfig.pm, Invidious' config.yml, ngircd.conf, ejabberd.yml, znc.conf,
atheme.conf, a Farming Simulator dedicatedServer.xml and a Stormworks server_config.xml), and in
what they tell each other or themselves (texts, chats, voice notes, a GoPro clip, Descript, Trint,
Circleback and Nyota transcripts, Reflect, Milanote, Saber and Finch pages, a Grist table, a hangar
whiteboard, a burner-cover tag, table rows, a value before its label, a label a line away from its
value), English most and then the languages of the set's other countries and of some no earlier set
has written in (Navajo, Kashmiri, Santali, Balochi, Efik, Kamba, Kinaray-a, Maranao, Fuzhounese,
Xiang, Zhuang, Buginese, Sasak, Toba Batak, Iban, Kadazandusun, Niuean, Tuvaluan, Gilbertese,
Norfuk, Tzotzil, Kaqchikel, Miskito, Palenquero, Saramaccan, Ladin, Arpitan, Aromanian, Karelian,
Komi, Meadow Mari, Erzya, Lezgian, Zazaki, Mingrelian, Assyrian Neo-Aramaic, Mooré, Runyankole,
Lozi, Zarma, Shingazidja Comorian and Tarifit; 42 in all, each a language of its own rather than a
regional variety, with English, Hinglish, Taglish, Sheng, Nigerian Pidgin and Urdu in new wordings),
labels in their own words and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an
e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (orienteering and hot-air ballooning).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["orienteer", "controlflag", "attackpoint", "catchingfeature", "collectingfeature", "handrail", "thumbcompass", "rogaine",
         "rogainer", "scoreo", "aimoff", "checkoff", "dibber", "sicard", "punchcard", "startbox", "prestart", "legsplit", "routechoice",
         "mapholder", "knoll", "reentrant", "spur", "boulderfield", "thicket", "ditchend", "contourline", "declination", "pacecount",
         "compassrose", "kite", "gores", "propane", "chasecrew", "blastvalve", "whisperburner", "ripline", "tetherline", "windsock",
         "cloudhopper", "burnerframe", "crownline", "crownrope", "parachute", "sidevent", "turningvent", "smartvent", "pilotlight",
         "fuelcell", "liftoff", "pibal", "paravalve", "variometer", "pyrometer"]

ACCOUNTS = ["startlist_svc", "sicard_sync", "meos_ro", "routegadget_adm", "mapprint_cron", "chasecrew_bot", "manifest_admin", "burner_ops",
            "envelope_backup", "liftoff_ci", "crownline_relay", "retrieve_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ PGPASSWORD='«pw»' pg_restore -h db.lan -U «u» -d eventresults --clean --if-exists results-2026-05.dump", False),
    ("$ pg_basebackup -d 'postgresql://«u»:«pw»@primary.lan/?sslmode=require' -D /srv/pg/replica -X stream -P", True),
    ("$ vacuumdb --analyze-only --jobs=2 -d 'postgresql://«u»:«pw»@db.lan/startlists'", True),
    ("$ PGHOST=db.lan PGUSER=«u» PGPASSWORD='«pw»' wal-g backup-push /var/lib/postgresql/16/main", False),
    ("$ ora2pg -t TABLE -s 'dbi:Oracle:host=ora.lan;sid=CLUBS' -u «u» -w '«pw»' -o tables.sql", False),
    ("$ dgmgrl sys/«pw»@CLUBPRI \"show configuration verbose\"", True),
    ("$ mysqlimport --local --user=«u» --password='«pw»' --fields-terminated-by=, flights passengers.csv", False),
    ("$ mysqldiff --server1=«u»:«pw»@db-old.lan --server2=«u»@localhost:3307 eventresults:eventresults --difftype=sql", True),
    ("$ pt-archiver --source h=db.lan,D=club,t=si_punches,u=«u»,p=«pw» --where 'punched < NOW() - INTERVAL 2 YEAR' --purge --limit 500", True),
    ("$ mongostat --rowcount 20 --uri 'mongodb://«u»:«pw»@mongo.lan:27017/results?authSource=admin&tls=false'", True),
    ("$ nodetool -h cass1.lan -u «u» -pw '«pw»' status telemetry", False),
    ("$ elasticdump --input=https://«u»:«pw»@es.lan:9200/tracklogs --output=tracklogs.ndjson --type=data", True),
    ("$ clickhouse-benchmark --host ch.lan --user «u» --password '«pw»' --iterations 50 < splits-queries.sql", False),
    ("$ sstableloader -d cass1.lan,cass2.lan -u «u» -pw '«pw»' /var/lib/cassandra/data/telemetry/flights-5c1f", False),
    ("$ smbtar -s nas.lan -x Maps -u «u» -p '«pw»' -t /backup/maps-$(date +%F).tar", False),
    ("$ smbcacls //nas.lan/Maps 'Club/2026' -U '«u»%«pw»' --add 'ACL:CLUB\\mappers:ALLOWED/OI|CI/RW'", True),
    ("$ winexe -U 'CLUB/«u»%«pw»' //results-pc 'ipconfig /all'", True),
    ("$ netExtender -u «u» -p '«pw»' -d CLUBDOM vpn.balloonworks.lan:4433", False),
    ("$ apptainer registry login --username «u» --password '«pw»' oras://registry.lan && apptainer pull oras://registry.lan/club/meos:latest", False),
    ("$ sudo ctr -n k8s.io images pull --user «u»:«pw» registry.lan/club/results:2.3", True),
    ("> choco source add -n=clubfeed -s=\"https://nuget.lan/v3/index.json\" -u=«u» -p=\"«pw»\" --priority=1 --bypass-proxy", False),
    ("$ sudo -u git ./gogs admin create-user --config=/home/git/gogs/custom/conf/app.ini --name=«u» --password='«pw»' --email=«e» --admin=true", False),
    ("$ check_radius -H radius.lan -F /etc/radcli/radiusclient.conf -u «u» -p '«pw»'  # run from the Icinga host", False),
    ("$ radtest «u» '«pw»' radius.lan 0 \"$RADIUS_SHARED\"", False),
    ("$ supervisorctl -s http://127.0.0.1:9001 -u «u» -p '«pw»' restart results-display", False),
    ("$ duplicati-cli backup 'file:///media/usb/club-maps' ~/Maps --passphrase='«pw»' --retention-policy=1W:1D", False),
    ("$ outguess -k '«pw»' -d course-notes.txt launch-field.jpg launch-field-out.jpg", False),
    ("$ xcrun altool --upload-app -f ChaseCrew.ipa -t ios -u «e» -p '«pw»'", False),
    ("$ python3 webrepl_cli.py -p '«pw»' main.py 192.168.4.1:/main.py", False),
    ("$ orapwd file=$ORACLE_HOME/dbs/orapwCLUBS password='«pw»' entries=10 force=y format=12.2", False),
    ("$ cvlc 'rtsp://«u»:«pw»@basket-cam.lan:554/h264' --sout file/ts:flight.ts", True),
    ("$ PLAKAR_PASSPHRASE='«pw»' plakar at /mnt/usb/kloset backup ~/Maps", False),
    ("$ arj a -g«pw» flight-logs.arj *.igc", True),
    ("$ securefs mount --pass '«pw»' ~/vault ~/mnt/vault", False),
    ("$ sudo zuluCrypt-cli -o -d /dev/sdb1 -m club-usb -e rw -p '«pw»'", False),
    ("$ ./check_ldap -H ldap.lan -b 'dc=club,dc=lan' -D 'cn=monitor,dc=club,dc=lan' -P '«pw»' -3 -T", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "barman_conf": "/etc/barman.d/results.conf: [results] · conninfo = host=pg.lan user=«u» dbname=eventresults password=«pw» · backup_method = postgres",
    "patroni_yml": "patroni.yml on the results cluster: authentication: · replication: · username: «u» · password: '«pw»'",
    "ora2pg_conf": "ora2pg.conf from the migration laptop: ORACLE_DSN dbi:Oracle:host=ora.lan;sid=CLUBS · ORACLE_USER «u» · ORACLE_PWD «pw»",
    "mautic_php": "Mautic, the newsletter tool for passengers, keeps in app/config/local.php: 'db_user' => '«u»', 'db_password' => '«pw»', "
                  "'mailer_from_email' => '«e»', 'mailer_transport' => 'smtp',",
    "drupal_php": "sites/default/settings.php of the club's Drupal: $databases['default']['default'] = ['database' => 'clubsite', "
                  "'username' => '«u»', 'password' => '«pw»', 'host' => 'localhost', 'driver' => 'mysql'];",
    "typo3_php": "typo3conf/LocalConfiguration.php of the club's TYPO3 site: 'Default' => ['dbname' => 't3_balloons', 'password' => '«pw»', 'user' => '«u»'],",
    "mybb_php": "inc/config.php of the old MyBB forum: $config['database']['type'] = 'mysqli'; $config['database']['database'] = 'mybb'; "
                "$config['database']['hostname'] = 'localhost'; "
                "$config['database']['username'] = '«u»'; $config['database']['password'] = '«pw»';",
    "flarum_php": "Flarum board's config.php: 'database' => array('driver' => 'mysql', 'host' => 'localhost', 'database' => 'flarum', "
                  "'username' => '«u»', 'password' => '«pw»', 'prefix' => 'fl_'),",
    "friendica_php": "Friendica's config/local.config.php on the hangar box: 'database' => ['hostname' => 'localhost', 'username' => '«u»', "
                     "'password' => '«pw»', 'database' => 'friendica', 'charset' => 'utf8mb4'], 'config' => ['admin_email' => '«e»'],",
    "bugzilla_localconfig": "localconfig of the map-errata Bugzilla: $db_user = '«u»'; $db_pass = '«pw»';",
    "znuny_pm": "Kernel/Config.pm of the helpdesk on Znuny: $Self->{DatabaseUser} = '«u»'; $Self->{DatabasePw} = '«pw»'; $Self->{AdminEmail} = '«e»';",
    "rt_pm": "RT_SiteConfig.pm: Set($DatabaseUser, '«u»'); Set($DatabasePassword, '«pw»');",
    "invidious_yml": "config/config.yml of the Invidious instance on the hangar box: db: · user: «u» · password: «pw» · host: localhost · dbname: invidious",
    "ngircd_conf": "ngircd.conf on the club's chat box, the oper block: [Operator] · Name = «u» · Password = «pw» · Mask = *!*@10.44.*",
    "ejabberd_yml": "ejabberd.yml: sql_type: pgsql · sql_server: db.lan · sql_username: «u» · sql_password: \"«pw»\"",
    "znc_conf": "znc.conf, the club network block: <Network clubirc> · Server = irc.lan +6697 «pw»",
    "atheme_conf": "atheme.conf, services uplink: uplink \"irc.lan\" { host = \"127.0.0.1\"; password = \"«pw»\"; port = 6667; };",
    "farmsim_xml": "dedicatedServer.xml of the Farming Simulator box: <initial_admin><username>«u»</username><passphrase>«pw»</passphrase></initial_admin>",
    "stormworks_xml": "server_config.xml of the Stormworks server: <server_data port=\"25564\" name=\"Chase crew Sunday\" password=\"«pw»\" max_players=\"8\">",
}
URL_CONFIGS = {"barman_conf", "znc_conf"}  # where a space, @, :, # or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["GoPro left running on the kitchen counter: Dad squinting at the router sticker, 'so it's «pw», and the first letter's a capital'",
           "Reflect page 'Memberships': orienteering federation — password «pw» — renewal due in January",
           "Grist table 'Logins (family)':\n| What | Login |\n| orienteering map archive | «pw» |",
           "Written on the tag of the burner cover, under 'trailer padlock app':\n«pw»",
           "Grandma on speaker, Descript transcript: the Medicare portal finally took «pw», sweetie, write it down somewhere safe",
           "Shimásání shich'į' ayííłtsʼą́ą́ʼ: wifi password ániidígíí éí «pw» át'é, t'áadoo háida bee bił hodíílnih da"],
    "GB": ["Trint transcript of Mum's voicemail: love, the doctors' app wanted a new password so I've made it «pw», don't laugh",
           "Milanote board 'Clubhouse', under the photo of the key safe: alarm app — «pw»",
           "Gran's text, all capitals as usual: NEW BANKING PASSWORD IS «pw» DONT TELL YOUR BROTHER"],
    "CA": ["Saber notebook page: moose draw website, pw «pw», Cyprien keeps the spare login",
           "Finch journal entry: the snowmobile club's trail-permit site wants «pw» now, change it in the spring"],
    "AU": ["Dad wrote the bookings PC login in capitals on the hangar whiteboard, and I snapped it before he wiped it: «pw»",
           "Nan in Mildura reckons she's finally sorted the NBN: password «pw», and she's told no one but me"],
    "IN": ["Mummy ka message aaya: building ke gym wale tablet ka naya password «pw» rakha hai, watchman ko pata nahi chalna chahiye",
           "Nyota notes, Sunday family call, action item: Didi saves Papa's EPFO login (password «pw») in her password manager",
           "Mouji hund message: ghar ke wifi hund nov password chhu «pw», kansi ma wanyiv",
           "Gogo menkeda: wifi reak nawa password do «pw» kana, jahan hor ma alom lai ya",
           "Amma stuck a Post-it on the TV: 'cable recharge site, pass = «pw»'"],
    "NG": ["Abeg, Mama don change the decoder password, na «pw» now, no tell your brother o",
           "Circleback summary, residents' meeting: caretaker now holds the gate app account; password «pw» to be changed next month",
           "Eka mi ewet: obufa password wifi edi «pw», kûtọt owo ndomokiet"],
    "PH": ["Tita, nagmamadali sa NAIA: pakipalitan yung Disney+ natin, bagong password «pw», tapos huwag na ibibigay sa mga pinsan",
           "Si Lola nagpadara text: ang bag-o nga password kang TV sa sala «pw», kon may magpangayo, silingan mo nga wara kaw kamaan",
           "Pitharo o Babo: so bago a password o wifi na «pw», di nga ipanotharo ko salakaw a taw"],
    "ZA": ["Free State farm office SMS, sent to the wrong number I think: weighbridge PC → «pw»"],
    "KE": ["Maze, Mathe ameweka password mpya ya router, ni «pw», ukimpea mtu atakuua",
           "Susu wambandikia: password ya wifi ila nzau ni «pw», ndukamwie mundu"],
    "PK": ["ابو کا وائس نوٹ سنا: موبائل بینکنگ کا نیا پاس ورڈ «pw»، چھوٹے کو بھی نہیں بتانا",
           "Mani mas gwashtag: wifi e nokén password «pw» int, kasséra ma gwash"],
    "CN": ["依嬤發信息講：厝裡wifi其新密碼是«pw»，莫共別儂講", "我娭毑发微信讲：屋里电视盒子的新密码是«pw»咯，莫跟别个讲啰",
           "Yah fat saenq daeuj naeuz: wifi ndaw ranz password moq dwg «pw», gaej naeuz bouxwnq rox"],
    "ID": ["Nenekku makkeda: password wifi baru'e iyanaritu «pw», aja' mupowadai tau laingnge",
           "Papuk mangkin bebase: password wifi sak baru ye «pw», ndaq bedaitang kance dengan lain",
           "Ninna ompung tu ahu: password ni wifi na imbaru i ma «pw», unang paboa tu halak na asing"],
    "MY": ["Ini aku madah: password wifi ke baru «pw», anang madahka orang bukai",
           "Kinoboos di odu: password wifi di vagu nopo nga «pw», ada popoboos do tulun suai"],
    "NU": ["Ne tohi mai e Mami: ko e password fou he wifi ko «pw», ua talaage ke he ha tagata"],
    "TV": ["Ne tusi mai toku Mama: te password fou o te wifi ko «pw», sa fai atu ki se tino"],
    "KI": ["E koroboki Tibuu: te password ae boou ibukin te wifi bon «pw», tai tuangnga temanna"],
    "NF": ["Gran bin rait: da nyuu paaswad fer da wifi es «pw», yu noe tal enibodi"],
    "MX": ["Li jme'tike la stz'ibaben: li ach' password yu'un li wifie ja' «pw», mu xaval ta yan krixchano"],
    "GT": ["Ri nute' xutz'ib'aj: ri k'ak'a' password richin ri wifi ja ri' «pw», man tab'ij chi ke ch'aqa' chik winaqi'"],
    "NI": ["Kuka ba ulbras: wifi password raya ba «pw» sa, upla kumi ra wiras apia"],
    "CO": ["Agüela a kribí: kontraseña nuebo ri wifi é «pw», bo nu ablá ele ku nadie nu"],
    "SR": ["Mi gaama mujëë sikifi: di njunjun password u di wifi da «pw», na fan ën ku wan sëmbë"],
    "IT": ["La nona m'à scrit: la password nueva dl wifi ie «pw», no la dì a deguni"],
    "CH": ["La grand m'a ècrit : lo novél mot de pâssa du wifi est «pw», lo diéses a nion"],
    "MK": ["Mea-ńeaua ń-scriasi: parola noauã di wifi easti «pw», s-nu u spuń a vãrnu"],
    "RU": ["Buabo kirjutti: uuzi salasana wifih on «pw», älä sano nikel",
           "Пöч гижис: wifi-лöн выль парольыс «pw», некодлы эн висьтав",
           "Кова возен колтыш: wifi-н у паролжо «pw», нигӧлан ит ойло",
           "Бабам сёрмадсь: wifi-нь од паролесь «pw», кияньгак иляк ёвта",
           "Бадеди кхьена: wifi-дин цӏийи пароль «pw» я, садазни лугьумир"],
    "TR": ["Dapîra mi nuşt: şîfreya newiye ya wifi «pw» a, kesî rê mevace"],
    "GE": ["ბაბუქ მოჭარუ: wifi-შ ახალი პაროლი «pw» რე, მითინს ვა უწუა"],
    "IQ": ["Nana ktivla: password khatta d-wifi ile «pw», la amret l-chu nasha"],
    "BF": ["M yaaba gʋlsa: wifi password paalga yaa «pw», ra togs ned ye"],
    "UG": ["Nyinenkuru yampandiikira: password ya wifi empya ni «pw», otagambira muntu weena"],
    "ZM": ["Mbuya nani ñolezi: password ye nca ya wifi ki «pw», usike wa bulelela mutu"],
    "NE": ["Ay kaayo hantum: wifi password taaga ga ti «pw», ma si ci boro kul se"],
    "KM": ["Koko wandrandikia ujumbe: password mpya ye wifi ya daho «pw», usumwambiye mtru"],
    "MA": ["Henna tura-yi: password tamaynut n wifi d «pw», ur as tinid i ḥedd"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Mom's text, deleted for everyone a second later, but I'd already seen it: card PIN «pw»", 4),
    ("US", "Reflect: club trailer padlock code «pw», changes after the autumn series", 4),
    ("IN", "Papa ne UPI ka chhe ank wala PIN message kar diya, delete karna bhool gaye: «pw»", 6),
    ("GB", "Doing Gran's big shop again; she made me memorise the four digits for her card at the till: «pw»", 4),
    ("DE", "Opa hat die Geheimzahl der Girocard auf einen Zettel hinter dem Führerschein gesteckt: «pw»", 4),
    ("MX", "Nota pegada en el refri: NIP de la tarjeta de la abuela, por si se le vuelve a olvidar: «pw»", 4),
    ("BR", "Dentro da carteira do vovô, atrás da foto da vovó, um papelzinho com os seis números do cartão: «pw»", 6),
]
