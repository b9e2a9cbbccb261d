"""Where the dev35 privacy set's passwords and PINs are written (``privacy_cases_dev35.py``):
on the command lines of the tools people run (mongotop, mongofiles, cassandra-stress, arangodump,
ncftpget, regctl, tbls, the check_pgsql and check_smtp plugins, wget2, mssql-scripter, ysqlsh, LXD's
lxc, Proxmox's pct, mysqlrouter, pt-show-grants, pgcopydb, pg_repack, Oracle's dbca, cbbackupmgr,
Aerospike's aql, esrally, kafka-console-producer, amqp-consume, UpCloud's upctl, VMware's vcd, cpdf,
Sqitch, Windows' netdom, s-nail, Blat, openRTSP, mjpg_streamer, Tasmota's decode-config,
sensu-backend, Atlas and goose), in the config files they keep (WildFly's standalone.xml,
Phabricator's local.json, FileRun's autoconfig.php, a Yealink provisioning file, prosody.cfg.lua,
dovecot-sql.conf.ext, Icinga's ido-mysql.conf, kibana.yml, FreshRSS's config.php, rabbitmq.conf,
ActiveMQ's users.properties, squid.conf's cache_peer, a Grandstream phone's XML, keycloak.conf,
Seafile's ccnet.conf, vtiger's config.inc.php, trac.ini, hMailServer.INI, SuiteCRM's config.php and
airsonic.properties), and in what they tell each other or themselves (texts, chats, voice notes, a
Kodak PIXPRO clip, Amberscript, Temi, Leexi, Hyprnote and TurboScribe transcripts, Workflowy,
Dynalist, Ulysses, Diarium and Stoic pages, a Knack table, a bow-case lid, a store-room door, table
rows, a value before its label, a label a line away from its value), English most and then the
languages of the set's other countries and of some no earlier set has written in (Lakota, Cherokee,
Choctaw, Central Alaskan Yup'ik, Mohawk, Bodo, Garo, Tiv, Surigaonon, Kalenjin, Luhya, Maasai,
Acholi, Marshallese, Hiri Motu, Rapa Nui, Ainu, Makassarese, Kalmyk, Kumyk, Karachay-Balkar,
Altai, Kabardian, Moksha, Veps, Avar, Laz, North Frisian, Lule Sami, Ga, Kituba, Tshiluba,
Kimbundu, Umbundu, Otjiherero, Chitonga, Q'eqchi' and Purépecha; 38 in all, each a language of its
own rather than a regional variety, with English, Hinglish, Taglish, Sheng, Nigerian Pidgin and
Urdu in new wordings), labels in their own words and forms. ``«pw»`` is the password, ``«u»`` a user
name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (archery and amateur astronomy).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["fletching", "nockpoint", "fistmele", "bracer", "quiver", "riser", "limbbolt", "bowstring", "clicker", "plunger", "arrowrest",
         "spinetest", "broadhead", "bodkin", "clout", "roving", "longbow", "recurve", "flightbow", "kisser", "nocking", "stabiliser",
         "endscore", "goldcentre", "bullseye", "toxophily", "bowyer", "shaftment", "cresting", "anchorpoint", "dobsonian", "eyepiece",
         "collimate", "finderscope", "barlow", "messier", "perihelion", "aphelion", "parallax", "redshift", "equinox", "solstice",
         "azimuth", "astrolabe", "planisphere", "starhop", "occultation", "penumbra", "syzygy", "libration", "bortle", "airglow",
         "zodiacal", "gegenschein", "pleiades", "andromeda", "betelgeuse", "cassiopeia", "arcturus", "polaris", "perseid", "geminid",
         "astrograph", "refractor", "apochromat", "cassegrain", "maksutov"]

ACCOUNTS = ["endtally_svc", "sightmark_sync", "ianseo_ro", "rangebook_adm", "allsky_cron", "platesolve_bot", "domectl_admin", "loanscope_ops",
            "fitsarchive_backup", "meteorcam_ci", "targetface_relay", "scopes_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ mongotop --uri 'mongodb://«u»:«pw»@mongo.lan:27017/' --json 30", True),
    ("$ mongofiles --host mongo.lan -u «u» -p '«pw»' --authenticationDatabase admin -d skyframes put m31-stack.fits", False),
    ("$ cassandra-stress write n=50000 -node cass1.lan -mode native cql3 user=«u» password='«pw»'", False),
    ("$ arangodump --server.endpoint tcp://arango.lan:8529 --server.username «u» --server.password '«pw»' --output-directory dump-ends "
     "--overwrite true --include-system-collections false", False),
    ("$ ncftpget -R -T -u «u» -p '«pw»' ftp.lan ~/Charts/moon '/pub/charts/lunar-*.pdf'  # monthly chart sync", False),
    ("$ regctl registry login --user «u» --pass '«pw»' registry.lan && regctl manifest get registry.lan/club/scoreboard:stable --format '{{.Digest}}'", False),
    ("$ tbls doc 'postgres://«u»:«pw»@db.lan:5432/starparty?sslmode=disable' docs/schema --rm-dist", True),
    ("$ check_pgsql -H db.lan -P 5433 -d scoring -l «u» -p '«pw»' -q 'select count(*) from ends' -W 500 -C 900", False),
    ("$ check_smtp -H mail.lan -p 587 -S -A LOGIN -U «u» -P '«pw»'  # the observatory's relay", False),
    ("$ wget2 --user=«u» --password='«pw»' --mirror --no-parent --reject 'index.html*' https://dav.lan/observing-logs/", False),
    ("$ mssql-scripter -S sql.lan -d ClubScores -U «u» -P '«pw»' --schema-and-data --exclude-use-database > scores-backup.sql", False),
    ("$ ysqlsh \"host=yb.lan user=«u» password=«pw» dbname=loanscopes sslmode=require\"", True),
    ("$ lxc remote add observatory 10.8.0.4 --password='«pw»' --accept-certificate", False),
    ("# pct create 118 local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst --hostname allsky --password '«pw»' --net0 name=eth0,bridge=vmbr0,ip=dhcp",
     False),
    ("$ mysqlrouter --bootstrap «u»:«pw»@db1.lan:3306 --directory /srv/router --user=mysqlrouter", True),
    ("$ pt-show-grants h=db.lan,u=«u»,p=«pw» > grants-before-upgrade.sql", True),
    ("$ pgcopydb clone --source 'postgres://«u»:«pw»@old-db.lan/starparty' --target 'postgres://«u»@new-db.lan/starparty' --jobs 4", True),
    ("$ PGPASSWORD='«pw»' pg_repack -h db.lan -U «u» -d starparty --table public.observations", False),
    ("$ dbca -silent -createDatabase -templateName General_Purpose.dbc -gdbName SKYLOG -sid SKYLOG -sysPassword «pw» -createAsContainerDatabase false",
     True),
    ("$ cbbackupmgr backup -a /mnt/backup -r nightly -c couchbase://cb.lan -u «u» -p '«pw»'", False),
    ("$ aql -h aero.lan -U «u» -P '«pw»' -c \"select * from test.ends limit 5\"", False),
    ("$ esrally race --track=geonames --target-hosts=es.lan:9200 --client-options=\"use_ssl:true,basic_auth_user:'«u»',basic_auth_password:'«pw»'\"",
     False),
    ("$ kafka-console-producer --bootstrap-server kafka.lan:9093 --topic ends --producer-property security.protocol=SASL_SSL "
     "--producer-property sasl.mechanism=SCRAM-SHA-512 --producer-property 'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule "
     "required username=\"«u»\" password=\"«pw»\";'", False),
    ("$ amqp-consume --url=amqp://«u»:«pw»@mq.lan:5672/%2f -q allsky-frames cat", True),
    ("$ UPCLOUD_USERNAME=«u» UPCLOUD_PASSWORD='«pw»' upctl server list", False),
    ("$ vcd login vcd.uni.lan astro-society «u» --password '«pw»' && vcd vm list", False),
    ("$ cpdf -encrypt AES256 '«pw»' '' club-accounts.pdf -o club-accounts-locked.pdf", False),
    ("$ sqitch deploy --verify 'db:pg://«u»:«pw»@db.lan/observing'", True),
    ("> netdom join RANGE-PC /domain:club.lan /UserD:«u» /PasswordD:«pw» /reboot:10", True),
    ("$ echo 'Results attached' | s-nail -S mta=smtps://«u»:«pw»@mail.lan:465 -r «e» -a results.pdf -s 'Sunday shoot results' secretary", True),
    ("> blat ends.txt -to recorder -server mail.lan -port 587 -u «u» -pw «pw» -f «e»", True),
    ("$ openRTSP -u «u» '«pw»' -4 -d 60 rtsp://allsky.lan:554/stream1 > meteor.mp4", False),
    ("$ mjpg_streamer -i 'input_uvc.so -r 1280x720' -o 'output_http.so -p 8080 -c «u»:«pw»'", True),
    ("$ python3 decode-config.py -s tasmota-dome.lan -p '«pw»' --backup-file dome-%H-%v.dmp", False),
    ("$ sensu-backend init --cluster-admin-username «u» --cluster-admin-password '«pw»'", False),
    ("$ atlas schema apply -u 'mysql://«u»:«pw»@db.lan:3306/scoring' --to file://schema.hcl", True),
    ("$ goose -dir migrations postgres \"host=db.lan user=«u» password=«pw» dbname=loanscopes sslmode=disable\" -table goose_db_version status", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "wildfly_xml": "standalone.xml of the scoring server: <datasource jndi-name=\"java:/ScoresDS\"> · <security><user-name>«u»</user-name>"
                   "<password>«pw»</password></security>",
    "phabricator_json": "conf/local/local.json of the society's Phabricator: {\"mysql.host\": \"localhost\", \"mysql.user\": \"«u»\", "
                        "\"mysql.pass\": \"«pw»\", \"phabricator.base-uri\": \"https://phab.club.lan/\"}",
    "filerun_php": "system/data/autoconfig.php of FileRun on the photo share: $config['db'] = ['type' => 'mysql', 'database' => 'filerun', "
                   "'username' => '«u»', 'password' => '«pw»']; · notifications from «e»",
    "yealink_cfg": "the provisioning file the range office pushed to the Yealink: account.1.user_name = «u» · account.1.password = «pw» · "
                   "account.1.sip_server.1.address = pbx.lan",
    "prosody_lua": "prosody.cfg.lua on the club's chat box: sql = { driver = \"PostgreSQL\", database = \"prosody\", username = \"«u»\", "
                   "password = \"«pw»\", host = \"localhost\" }",
    "dovecot_conf": "/etc/dovecot/dovecot-sql.conf.ext: driver = pgsql · connect = host=localhost dbname=mail user=«u» password=«pw»",
    "icinga_conf": "features-enabled/ido-mysql.conf: object IdoMysqlConnection \"ido-mysql\" { user = \"«u»\", password = \"«pw»\", "
                   "host = \"localhost\", database = \"icinga\" }",
    "kibana_yml": "kibana.yml on the log box in the club hut: elasticsearch.username: \"«u»\" · elasticsearch.password: \"«pw»\"",
    "freshrss_php": "data/config.php of the society's FreshRSS: 'db' => ['type' => 'pgsql', 'host' => 'localhost', 'user' => '«u»', "
                    "'password' => '«pw»', 'base' => 'freshrss'],",
    "rabbitmq_conf": "/etc/rabbitmq/rabbitmq.conf: default_user = «u» · default_pass = «pw» · listeners.tcp.default = 5672",
    "activemq_properties": "conf/users.properties of the observatory's ActiveMQ: «u»=«pw»",
    "squid_conf": "squid.conf at the observatory, the upstream proxy line: cache_peer proxy.uni.lan parent 3128 0 no-query default login=«u»:«pw»",
    "grandstream_xml": "cfg000b82aa11c4.xml pushed to the Grandstream desk phone in the club hut: <P35>«u»</P35> <P34>«pw»</P34> <P47>pbx.lan</P47>",
    "keycloak_conf": "conf/keycloak.conf: db=postgres · db-username=«u» · db-password=«pw» · hostname=sso.club.lan",
    "seafile_conf": "conf/ccnet.conf of the Seafile box: [Database] · ENGINE = mysql · USER = «u» · PASSWD = «pw» · DB = ccnet_db",
    "vtiger_php": "config.inc.php of the loan-scheme vtiger CRM: $dbconfig['db_username'] = '«u»'; $dbconfig['db_password'] = '«pw»'; "
                  "$HELPDESK_SUPPORT_EMAIL_ID = '«e»';",
    "trac_ini": "trac.ini of the telescope-repair tracker: [trac] database = postgres://«u»:«pw»@localhost/trac · [notification] smtp_from = «e»",
    "hmailserver_ini": "hMailServer.INI on the clubhouse PC: [Database] · Type=MSSQL · Username=«u» · Password=«pw»",
    "suitecrm_php": "config.php of the members' SuiteCRM: 'db_user_name' => '«u»', 'db_password' => '«pw»', 'site_admin_email' => '«e»',",
    "airsonic_properties": "airsonic.properties on the music box in the club hut: DatabaseConfigType=embed · DatabaseConfigEmbedUsername=«u» · "
                           "DatabaseConfigEmbedPassword=«pw»",
}
URL_CONFIGS = {"dovecot_conf", "rabbitmq_conf", "squid_conf", "trac_ini"}  # where a space, @, :, #, ; or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Kodak PIXPRO clip from the back porch: Mom reading the card taped to the modem, 'it's «pw», and the first letter is upper-case'",
           "Workflowy bullet under 'Clubs': state archery association — login «pw» — renews every March",
           "Knack table 'Family logins':\n| Site | Password |\n| observatory members' area | «pw» |",
           "Range gate app — «pw» — scratched into the foam of the bow case lid with a nock",
           "Amberscript transcript, Grandpa on speakerphone: the VA site finally accepted «pw», kiddo, put it somewhere you won't lose it",
           "Stoic journal, Tuesday: changed the archery-league site password to «pw» after that breach email",
           "Uŋčí owá: tribal college portal kiŋ password téča «pw» héčha, tuwéni okíyaka šni ye",
           "ᎡᎵᏏ ᎤᏬᏪᎳᏅ: Gadugi portal ᎢᏤ password «pw», ᏩᏙ",
           "Pokni at holisso ikbi tok: bank app password himona «pw», yakoke",
           "Maurluqa igarrluni: clinic-am app-ani password nutaraq «pw», quyana"],
    "GB": ["Temi typed up Dad's rambling voicemail; somewhere in the middle: surgery app, new password, «pw», capital at the front",
           "Dynalist outline, Club hut > Security > the app that arms the alarm: «pw»",
           "Auntie, in capitals as ever: THE RATES WEBSITE MADE ME CHANGE IT, NOW «pw», GOD KNOWS WHY",
           "TurboScribe typed up Mum's voice note: the school's parent app is «pw» now, love, write it in the book by the phone"],
    "CA": ["Ulysses sheet 'Cottage': hunting-draw site, pw «pw», Orest has the other login",
           "Diarium entry: the rink's booking page wants «pw» now, change it after the bonspiel",
           "Akhsótha, ó:nen ne band office portal password «pw». Niá:wen."],
    "AU": ["Photo from the range: someone chalked «pw» on the back of the store-room door, under 'scoring PC'",
           "Nan rang from Dubbo chuffed with herself: the modem's new password is «pw» and only I know it"],
    "IN": ["Papa ka message: society clubhouse wale tablet ka password ab «pw» hai, security guard ko mat batana",
           "Hyprnote summary, Sunday family call: Akka will save Ajja's pension portal login (password «pw») in her phone",
           "आबोइआ फोनआव लिरनाय: बेंक app-नि गोदान पासवर्ड «pw», सोरखौबो बुननो नाङा",
           "Ambi-o sena: bank app-ni password gital «pw» ong·a, sawakode agananbeangbo",
           "Chit taped to the set-top box in Amma's writing: recharge portal — «pw»"],
    "NG": ["Tunde, Papa say make I tell you: the meter app dey use «pw» now, abeg no dash am to your friends",
           "Leexi transcript of the residents' committee: the caretaker's gate-app login is «pw» until elections in March",
           "Ngôm yange nger ér: password u he u bank app yô ka «pw», de ôron or môm ga"],
    "PH": ["Kuya, nasa airport na ako: paki-update na lang yung Netflix natin, bagong password «pw», wag mo nang i-share sa mga pinsan ha",
           "Nag-text si Lola: an bag-o na password san GCash niya kay «pw», ayaw ipakita sa iban"],
    "ZA": ["Mum's SMS meant for my brother landed with me instead: farm-stall till login → «pw»",
           "Notebook on the observatory desk at Sutherland, Mum's handwriting: booking portal — «pw»"],
    "KE": ["Buda, Mathe ameseti decoder app upya, code yake ni «pw», ukileak atakumaliza",
           "Kogo kosir: password ne leel ne M-Pesa ko «pw», matinyo chii",
           "Guuku yanjandikira: password imbia ya akaunti ya SACCO ni «pw», olaboolera omundu tawe"],
    "TZ": ["Koko etagira: password ng'ejuk e M-Pesa naa «pw». Ashe oleng."],
    "UG": ["Dayo ocoyo: password manyen me app me bank obedo «pw», pe iwac bot ngat mo"],
    "PK": ["بھائی جان کا میسج آیا: گیس کمپنی کی ویب سائٹ پر اب «pw» لگے گا، امی کے علاوہ کسی کو نہیں"],
    "MH": ["Bubu ej je: password eo ekāāl an Facebook eo ej «pw», kwōn jab kwaļọk ñan jabdewōt"],
    "PG": ["Tubuqu ese ia torea: Facebook ena password matamata be «pw», ta ida mo oi herevalaia lasi"],
    "CL": ["He pāpaꞌi mai a Nua: te password āpī o te Facebook ko «pw», ꞌina ko ꞌa ꞌui ki te nuꞌu ꞌē"],
    "JP": ["Huci kampi ye: Wi-Fi asir password anakne «pw» ne, nen ka somo ye yan"],
    "ID": ["Nenekku angkana: password beru akun bank-na iamintu «pw», teako pauangi tau maraenganna"],
    "RU": ["Ээҗм бичв: банкна приложеньин шин пароль «pw», кенд чигн бичә келтн",
           "Уллу анам язды: почтаны янгы паролю «pw», гиши-гьеге айтма",
           "Ынналым жазгъанды: Госуслугаланы жангы паролю «pw», кишиге айтма",
           "Јаан энем бичиген: почтаныҥ јаҥы пароли «pw», кижиге айтпа",
           "Нанэм къытхуитхащ: Госуслугэхэм я пароль щӏэр мыращ — «pw», зыми жумыӏэ",
           "Атязе кучсь смс: Сбербанк приложениять од паролец «pw», тят азонда киндинге",
           "Babam kirjuti: pankan uz' salasana om «pw», ala sanu kenelegi",
           "Баба хъвана: почтаялъул цӏияб пароль «pw» буго, щивасдаго бицунгеги"],
    "TR": ["Bidi mçaru: banka-şi ağani şifre «pw» ren, mitis va zopa"],
    "DE": ["Min oomke hää skrewen: dåt nai paasuurd for e bånk-app as «pw», sai et nåån"],
    "SE": ["Áhkko tjálij: bánkka app ådå bássabágo le «pw», ale ietja ulmutjij subtsasta"],
    "GH": ["Naa ŋma: MoMo password hee lɛ ji «pw», kaaha mɔ ko"],
    "CD": ["Nkaka me sonika: password ya mpa ya M-Pesa kele «pw», kupesa ve muntu",
           "Nkambua mufunde: password mupiamupia wa Orange Money udi «pw», kumuambidi muntu to"],
    "AO": ["Kuku wa ngi sonekena: senha nova ya Multicaixa Express ene «pw», kana ku i tangela muthu",
           "Kuku wa ndi sonehela: senha yokaliye ya Unitel Money «pw», ku i lombolola omunu"],
    "NA": ["Kuku wa tjanga: password ombe ya okarata ye «pw», o u raere omundu"],
    "ZM": ["Bamaama balalemba: password mpya ya Airtel Money ndi «pw», utamwaambili muntu"],
    "GT": ["Xtz'iib'a lin naa': li ak' contraseña re li Facebook a'an «pw», maa'ani taaweb'ilaq"],
    "MX": ["Nana k'eri karasïrenga: contraseña jimbanhi Facebook-ni «pw» jarasti, no nema arhini"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Dad texted his debit card PIN to the family chat by mistake and unsent it, too late, I'd read it: «pw»", 4),
    ("US", "Dynalist: range container padlock code «pw», changes at the end of the outdoor season", 4),
    ("IN", "Mummy ne galti se UPI ka chhe digit wala PIN family group mein bhej diya: «pw»", 6),
    ("GB", "Grandad whispered his card PIN to me in the chemist queue and then forgot he had: «pw»", 4),
    ("DE", "In Omas Brillenetui klebt ein Post-it mit der Geheimzahl fürs Girokonto: «pw»", 4),
    ("MX", "Mi abuelo anotó los cuatro números del cajero con lápiz en la tapa de su agenda de teléfonos: «pw»", 4),
    ("BR", "Vô guardou os seis dígitos do cartão num papel dobrado dentro do terço: «pw»", 6),
]
