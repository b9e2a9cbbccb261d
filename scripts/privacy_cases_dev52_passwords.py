"""Where the dev52 privacy set's passwords and PINs are written (``privacy_cases_dev52.py``): on
the command lines of the tools people run (az postgres flexible-server create, az mysql flexible-server
create, az webapp config appsettings set, az ad user create, az acr login, az containerapp registry
set, az hdinsight create, az synapse workspace create, az network vpn-connection create, az mariadb
server create, aws rds modify-db-instance, aws workmail reset-password, aws ds reset-user-password,
aws elasticache create-user, aws cognito-idp sign-up, aws dms create-endpoint, aws glue
create-connection, gcloud sql users create, gcloud alloydb users create, influx v1 auth create,
influx user password, lego with an httpreq provider, acme.sh's Synology deploy hook, glab variable
set, stolon-keeper, juicefs format and patroni), in the config files they keep (pgpool's pcppass,
QuestDB's server.conf, MythTV's mysql.txt, Tvheadend's superuser file, forked-daapd.conf, a uWSGI
ini, mpoprc, a Twinkle profile, DAViCal's config.php, Kopano's server.cfg, iRedAdmin's settings.py,
AfterLogic's settings.xml, Castopod's .env, Rivendell's rd.conf and Takahē's .env), and in what they
tell each other or themselves (texts, chats, notes, labels and notebooks read off a photo, voice
notes), English most and then the languages of the set's other regions, labels in their own words
and forms: a fierljeppen club's pole shed and canal-side scoreboard, a mizuhiki class's cord orders
and wedding envelopes, and life among speakers of languages no earlier set names. ``«pw»`` is the
password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

A password is drawn as dev19's ``password`` draws one, from this set's stems (fierljeppen's poles,
jumps and canal villages, mizuhiki's knots and envelopes).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["fierljeppen", "fierljep", "fierljepper", "ljeppen", "ljepper", "polsstok", "polsstokken", "skansje", "sleatsje", "fryske",
         "burgumer", "winsumer", "grouster", "ljepskoen", "stokklimmen", "wetterljep", "ljepkampioen", "ljepfeest", "sloatsprong",
         "polsbocht", "mizuhiki", "awajimusubi", "awaji", "hiramusubi", "kamemusubi", "tsurumusubi", "kesshomusubi", "noshibukuro",
         "shugibukuro", "iidamizuhiki", "kagamizuhiki", "aioimusubi", "umemusubi", "matsumusubi", "renkomusubi", "kinmizuhiki",
         "ginmizuhiki", "musubikiri", "chochomusubi", "mizuhikizaiku"]

ACCOUNTS = ["ljepper_svc", "polsstok_ro", "awaji_sync", "noshi_adm", "skansje_cron", "kamemusubi_etl", "fierljep_bk", "chochomusubi_ops",
            "burgumer_deploy", "musubikiri_api", "winsumer_dba", "tsurumusubi_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("az postgres flexible-server create --resource-group rg-fierljep --name ljep-scores-pg --admin-user «u» --admin-password '«pw»' "
     "--tier Burstable --sku-name Standard_B1ms", False),
    ("az mysql flexible-server create -g rg-knotclass -n mizuhiki-orders --admin-user «u» --admin-password '«pw»' --public-access None", False),
    ("az webapp config appsettings set -g rg-knotclass -n envelope-shop --settings DB_USER=«u» DB_PASSWORD='«pw»' WEBSITES_PORT=8080", False),
    ("az ad user create --display-name 'Knot class front desk' --user-principal-name «e» --password '«pw»' "
     "--force-change-password-next-sign-in false", False),
    ("az acr login --name ljepregistry --username «u» --password '«pw»'  # CI runner on the clubhouse NUC can't use the browser flow", False),
    ("az containerapp registry set -n scoreboard -g rg-fierljep --server ljepregistry.azurecr.io --username «u» --password '«pw»'", False),
    ("az hdinsight create -t spark -g rg-canalsensors -n waterlevel-spark --http-user «u» --http-password '«pw»' --storage-account canallogs",
     False),
    ("az synapse workspace create -n knotstats -g rg-knotclass --storage-account knotlake --file-system raw --sql-admin-login-user «u» "
     "--sql-admin-login-password '«pw»' --location japaneast", False),
    ("az network vpn-connection create -g rg-fierljep -n clubhouse-to-azure --vnet-gateway1 vgw-club --local-gateway2 lgw-clubhouse "
     "--shared-key '«pw»'", False),
    ("az mariadb server create -l westeurope -g rg-legacy -n old-ljep-db --admin-user «u» --admin-password '«pw»' --sku-name B_Gen5_1",
     False),
    ("aws rds modify-db-instance --db-instance-identifier knot-orders-prod --master-user-password '«pw»' --apply-immediately", False),
    ("aws workmail reset-password --organization-id m-7f3c1e0a9b2d4c6e8f0a1b2c3d4e5f60 --user-id S-1-1-11-2233 --password '«pw»'", False),
    ("aws ds reset-user-password --directory-id d-906712ab34 --user-name «u» --new-password '«pw»'", False),
    ("aws elasticache create-user --user-id «u» --user-name «u» --engine redis --passwords '«pw»' --access-string 'on ~scores:* +@read'",
     False),
    ("aws cognito-idp sign-up --client-id 6v8p2rj1q0knotsclass7tb3c --username «e» --password '«pw»' "
     "--user-attributes Name=locale,Value=ja", False),
    ("aws dms create-endpoint --endpoint-identifier ljep-src --endpoint-type source --engine-name mysql --server-name 10.20.0.14 "
     "--port 3306 --username «u» --password '«pw»'", False),
    ("aws glue create-connection --connection-input '{\"Name\":\"knots-jdbc\",\"ConnectionType\":\"JDBC\",\"ConnectionProperties\":"
     "{\"JDBC_CONNECTION_URL\":\"jdbc:postgresql://orders.internal:5432/knots\",\"USERNAME\":\"«u»\",\"PASSWORD\":\"«pw»\"}}'", False),
    ("gcloud sql users create «u» --instance=ljep-results-eu --type=BUILT_IN --password='«pw»'  # read-only login for the jury tablets", False),
    ("gcloud alloydb users create «u» --cluster=envelopes --region=asia-northeast1 --password='«pw»' --db-roles=pg_read_all_data", False),
    ("influx v1 auth create --username «u» --password '«pw»' --read-bucket 0a1b2c3d4e5f6071 --org fierljep-club", False),
    ("influx user password --name «u» --password '«pw»'  # the canal-gauge Grafana stopped logging in after the upgrade", False),
    ("HTTPREQ_ENDPOINT=https://dns.knotroom.jp/acme HTTPREQ_USERNAME=«u» HTTPREQ_PASSWORD='«pw»' lego --email «e» --dns httpreq "
     "--domains orders.knotroom.jp run", False),
    ("SYNO_Username=«u» SYNO_Password='«pw»' SYNO_Certificate='ljep club nas' acme.sh --deploy -d nas.ljepclub.nl "
     "--deploy-hook synology_dsm", False),
    ("glab variable set SCOREBOARD_DB_PASSWORD --value '«pw»' --masked --protected --scope production", False),
    ("stolon-keeper --cluster-name ljep --store-backend etcdv3 --uid keeper0 --data-dir /srv/stolon --pg-su-username «u» "
     "--pg-su-password '«pw»' --pg-repl-username repl", False),
    ("juicefs format --storage s3 --bucket https://s3.eu-central-1.amazonaws.com/knot-photos \"redis://:«pw»@10.40.0.5:6379/2\" knotfs",
     True),
    ("PATRONI_SUPERUSER_USERNAME=«u» PATRONI_SUPERUSER_PASSWORD='«pw»' patroni /etc/patroni/ljep-scores.yml", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "pgpool_pcppass": "# ~/.pcppass on the scoreboard box, chmod 600\nlocalhost:9898:«u»:«pw»",
    "questdb_server_conf": "# /var/lib/questdb/conf/server.conf — canal water-level gauges\npg.user=«u»\npg.password=«pw»\nhttp.bind.to=0.0.0.0:9000",
    "mythtv_mysql_txt": "# ~/.mythtv/mysql.txt on the living-room frontend\nDBHostName=mythbackend.lan\nDBUserName=mythtv\nDBPassword=«pw»\nDBName=mythconverg",
    "tvheadend_superuser": "/home/hts/.hts/tvheadend/superuser: {\"username\": \"«u»\", \"password\": \"«pw»\"}",
    "forked_daapd_conf": "library {\n\tname = \"Knot room speakers\"\n\tport = 3689\n\tpassword = \"«pw»\"\n}",
    "uwsgi_ini": "[uwsgi]\nmodule = orders.wsgi\nenv = DJANGO_SETTINGS_MODULE=orders.settings\nenv = DB_PASSWORD=«pw»\nprocesses = 2",
    "mpoprc": "account knotclass\nhost pop.knotroom.jp\nuser «u»\npassword «pw»\ntls on\ndelivery maildir ~/Mail/inbox",
    "twinkle_cfg": "# ~/.twinkle/clubhouse.cfg\nuser_name=«u»\nuser_domain=sip.ljepclub.nl\nauth_name=«u»\nauth_pass=«pw»",
    "davical_config_php": "// /etc/davical/cal.knotroom.jp-conf.php, class calendars\n$c->system_name = \"Knot room calendars\";\n$c->pg_connect[] = \"dbname=davical host=pg.knotroom.lan user=davical_app password=«pw»\";",
    "kopano_server_cfg": "# /etc/kopano/server.cfg\nmysql_host = localhost\nmysql_user = kopano\nmysql_password = «pw»\nmysql_database = kopano",
    "iredadmin_settings_py": "# /opt/www/iredadmin/settings.py\nvmail_db_server = \"127.0.0.1\"\nvmail_db_user = \"vmailadmin\"\nvmail_db_password = \"«pw»\"",
    "afterlogic_settings_xml": "<DBLogin>webmail</DBLogin>\n<DBPassword>«pw»</DBPassword>\n<DBName>afterlogic</DBName>",
    "castopod_env": "# castopod/.env for the club's podcast\ndatabase.default.username=\"castopod\"\ndatabase.default.password=\"«pw»\"",
    "rivendell_rd_conf": "[mySQL]\nHostname=localhost\nLoginname=rduser\nPassword=«pw»\nDatabase=Rivendell",
    "takahe_env": "TAKAHE_MAIN_DOMAIN=social.ljepclub.nl\nTAKAHE_DATABASE_SERVER=postgres://«u»:«pw»@db:5432/takahe",
}
URL_CONFIGS = {"takahe_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": ["Grandpa's Kiowa hymn recordings are on the church laptop now, the login is «pw» — please don't let the youth group install games",
           "Hidatsa language nest sign-in sheet, taped by the coffee urn: tablet password «pw», ask before charging your phone off it",
           "Arikara corn seed-keepers' spreadsheet password is «pw», keep the planting dates to yourselves until the council meets",
           "For the Caddo dance ground's donation page the admin password is «pw», Auntie said don't share it with the cousins in Dallas",
           "Alutiiq kayak-building class, the shop computer: password «pw», the CAD files for the frames are on the desktop",
           "The Klamath tribes' salmon return count app wants a password and I set «pw», write it in the boat log",
           "Voice memo, 6:14 am, walking the dog: 'new password for the bait shop tablet is «pw», remember it before coffee wears off'",
           "Dialysis chair 4, Dad asked me to write the TV box password on the whiteboard: «pw»",
           "Marching band booster account got locked, I reset it to «pw», please stop guessing"],
    "GB": ["Change ringers' practice-night laptop: password «pw», the method files are in 'Surprise Major'",
           "Note on the fell-race trailer: timing laptop password «pw», and the generator needs petrol",
           "Hospice shop till login moved to «pw» after Tuesday's volunteer mix-up, tell the Thursday team",
           "Parish council shared mailbox, new password: «pw», clerk says change it again after the AGM"],
    "CA": ["Nuxalk language camp in Bella Coola, the recording laptop's password is «pw», elders' sessions are in the blue folder",
           "Curling club ice-plant controller password is «pw», don't touch the brine setpoint"],
    "AU": ["Campdraft committee's scoring laptop password: «pw», it's in the tack room, not the canteen",
           "Shearing team's Firewalla app: «pw», the contractor wants it back before Friday"],
    "IN": ["Bhaiya, Ramleela ke sound system wale laptop ka password «pw» hai, light wale ko bhi bata dena",
           "Dhokra cluster ka account ab «pw» password se khulega, didi ne kal badla",
           "Homestay Wi-Fi ka naya password «pw» hai, guests ko kal subah batana",
           "Mummy ke phone ka Google account password «pw» rakha hai, tuition wali miss ko mat batana"],
    "PK": ["Cricket club ke scoring tablet ka password «pw» hai, match se pehle charge kar lena"],
    "NG": ["Abeg, the Mumuye harvest-festival page password na «pw», no post anything without committee approval",
           "Okada association account password don change to «pw», chairman talk say make nobody share am",
           "Choir keyboard laptop, the password is «pw», e dey inside the drawer with the hymn books"],
    "ZA": ["Eisteddfod scoring laptop password: «pw», the adjudicators' forms are on the desktop"],
    "KE": ["Matatu SACCO M-Pesa portal, password ni «pw», usiambie makanga",
           "The fish traders' group laptop password ni «pw», treasurer amesema aibadilishe kila mwezi"],
    "PH": ["Yung Cuyonon songbook sa chapel laptop, password «pw», wag i-delete yung mga lumang kanta ni Lola",
           "Itawis dictionary project, shared drive password «pw» daw sabi ni Ma'am, deadline sa Biyernes"],
    "MX": ["El password de la computadora de la radio comunitaria ikoots es «pw», no borren los programas de los abuelos",
           "Maestro, para entrar a la carpeta de cantos me'phaa la contraseña es «pw», ahí están las grabaciones de la fiesta",
           "La tablet del proyecto de guarijío tiene la contraseña «pw», se la dejé a la profesora en la escuela"],
    "BR": ["Senha do notebook da associação pataxó: «pw», não mexe nas fotos do artesanato",
           "A senha do grupo de canto macuxi no computador da escola é «pw», pede pra tuxaua antes de copiar"],
    "PE": ["La contraseña del blog de la radio kokama en Nauta es «pw», el locutor de la mañana la cambió ayer"],
    "BO": ["Contraseña del archivo de audios movima del colegio: «pw», no prestar la memoria",
           "El password del proyecto chiquitano de música barroca es «pw», las partituras están escaneadas ahí"],
    "PY": ["La computadora de la escuela enxet tiene la contraseña «pw», la maestra la anotó en el cuaderno rojo"],
    "AR": ["La contraseña del archivo de fotos selk'nam del museo de Río Grande es «pw», no se suben a redes"],
    "CR": ["La contraseña de la compu del taller de máscaras boruca es «pw», para la Fiesta de los Diablitos"],
    "SN": ["Le mot de passe de l'ordinateur de l'association bassari de Salémata, c'est «pw», pour les photos de l'initiation"],
    "GW": ["A palavra-passe do computador da escola em Bubaque, nas Bijagó, é «pw», não emprestar"],
    "GH": ["The Krobo bead market group's laptop password is «pw», Dipo photos are in the shared folder"],
    "CM": ["Le mot de passe du site du musée bamum de Foumban est «pw», ne pas partager avec les stagiaires"],
    "CD": ["Mot de passe de la radio communautaire en kiyombe : «pw», l'animateur du matin doit le changer",
           "Le mot de passe du projet d'archives mangbetu à Isiro est «pw», les photos des harpes sont dedans"],
    "TZ": ["Password ya kompyuta ya kikundi cha utamaduni wa Sandawe ni «pw», usiibadilishe bila mwenyekiti"],
    "ET": ["Silt'e cultural association laptop: password «pw», for the wedding song recordings"],
    "SD": ["كلمة سر جهاز جمعية المساليت في الجنينة «pw»، لا تعطيها لأحد"],
    "TD": ["Le mot de passe de l'ordinateur de l'école zaghawa à Iriba est «pw», gardez-le pour vous"],
    "DZ": ["À Beni Isguen, la bibliothèque mozabite prête ses manuscrits numérisés; le bibliothécaire m'a dit de taper «pw» sur la tablette de lecture"],
    "AF": ["Our Pashai reading primers live on a donated tablet in a Laghman village school; the teacher scratched its unlock word, «pw», inside the cover"],
    "LK": ["Vedda heritage centre laptop password «pw», Dambana visitors' photos are in there"],
    "MM": ["Pa'O youth group Facebook page password «pw», don't post during the festival without asking"],
    "VN": ["Mật khẩu máy tính của câu lạc bộ cồng chiêng Mường là «pw», đừng xóa bài hát của các cụ"],
    "KH": ["Stieng community radio in Snuol, laptop password «pw», the evening presenter has it"],
    "CN": ["土家族摆手舞队的电脑密码是«pw»，不要随便改"],
    "RU": ["Пароль от ноутбука кружка людиковского языка в Святозере: «pw»",
           "Пароль от компьютера долганской школы в Хатанге «pw», никому не говорить"],
    "DE": ["Das Passwort vom Laptop im Sölring-Kurs in Keitum ist «pw», bitte nicht an die Sommergäste weitergeben"],
    "SI": ["Geslo za računalnik kočevarskega društva je «pw», Gottscheer pesmi so v mapi"],
    "AZ": ["Xınalıq kəndinin məktəb kompüterinin şifrəsi «pw», müəllim dedi dəyişməyin"],
    "GG": ["Guernésiais class laptop at the Sarnia library, password «pw», the recordings of old Mr Brehaut are in there"],
    "ID": ["Password laptop sanggar tari Manggarai: «pw», jangan dipinjam keluar kampung",
           "Kata sandi komputer sekolah di Tahuna untuk kamus bahasa Sangir: «pw»"],
    "PG": ["Long Hagen, ol Melpa meri i redim singsing bilong moka, na laptop bilong ol i gat password «pw», yu no ken tokim ol yangpela"],
    "OM": ["Jibbali poetry recordings in Salalah, the laptop password is «pw», don't upload without permission"],
    "IQ": ["Kak Rebwar wants the Hawrami siyaw-chamane recordings from the Halabja cultural house backed up; he told me the external drive unlocks with «pw»"],
    "JO": ["كلمة سر حاسوب جمعية الدومر في عمان «pw»"],
    "TR": ["Midyat'taki Turoyo kursunun bilgisayar şifresi «pw», dersler klasörde"],
    "NL": ["Wachtwoord van de laptop in het fierljep-hok: «pw», de uitslagen van Winsum staan op het bureaublad"],
    "JP": ["水引教室のパソコンのパスワードは«pw»です。注文表は共有フォルダにあります"],
}

PINS = [  # (region, template, length)
    ("US", "Bait shop safe, new combination for the weekend crew: «pw», scratch it off after you memorise it", 4),
    ("CA", "Curling club's ice-shed keypad: «pw», the Zamboni key is on the hook inside", 4),
    ("GB", "Bell tower door keypad code for practice nights is «pw», shut it behind you or the pigeons get in", 4),
    ("DE", "Schützenhaus Tresor, neuer Code: «pw»", 4),
    ("BR", "Senha do cadeado do barracão do bloco: «pw»", 4),
    ("KR", "풍물패 연습실 도어락 비번 «pw»", 6),
    ("IN", "Mela godown ka taala code «pw» hai, chaabi nahi hai", 4),
]
