"""Passwords of the dev79 privacy set (``privacy_cases_dev79.py``): the stems its passwords grow
from (yukigassen's snowballs, snow shelters, flags and the slopes of Showa Shinzan above Lake Toya,
birling's cedar logs, peaveys, caulked boots and the boom runs of a Chippewa flowage), the accounts its
commands log in as, and its lines: 21 command lines of 21 tools, 11 config formats, 63 lines of prose
from 29 regions (the United States' fourth in Pittsburghese) and 8 PINs, written fresh as messages from
particular people in particular situations. Passwords and PINs are drawn by dev19's generator
functions with this set's stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["yukigassen", "snowballs", "snowfort", "shelterwall", "flagsteal", "sobetsu", "showashinzan", "toyako",
         "frontline", "backcourt", "ninetyballs", "snowcrust", "mittenwork", "sevenaside", "thirdset", "volcanoside",
         "powderpack", "snowpress", "ballmaker", "whiteout",
         "birling", "peavey", "cedarlog", "boomrun", "logroller", "caulkboots", "chippewa", "flowage",
         "dunkout", "splashdown", "backspin", "footwork", "cedarbark", "pikepole", "spruceboom", "rivermill",
         "bootcleats", "eddyline", "logjam", "birlingpond", "sluiceway"]
ACCOUNTS = ["sobetsu_ops", "birl_admin", "tugrope_ops", "shears_tally", "argungu_svc", "higante_web",
            "chundan_ops", "markt_svc", "snowfort_ci", "pikepole_bot", "masterton_db", "kumoji_etl"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password grown from this set's stems (dev19's generator)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password must be URL-safe)
    ("Lining up the yukigassen league's team sheets in Apache Syncope before entries close; the call the "
     "registrar pasted in the volunteers' chat: curl -s -u «u»:'«pw»' https://idm.snowfort.internal/syncope/rest/users", False),
    ("Aldège, for the birling club's ledger box: swctl --base-url http://skywalking.flowage.lan:12800/graphql "
     "--username «u» --password '«pw»' service ls, then check the boom run app shows up", False),
    ("Ops note from the Argungu festival's ticket desk: the Seata console wouldn't take the old login, so reset it with "
     "curl -X POST http://seata.fishers.lan:7091/api/v1/auth/login -H 'Content-Type: application/json' "
     "-d '{\"username\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("Shibboleth at the shears committee: rotated the data sealer this morning with "
     "bin/seckeygen.sh --alias secret --storefile credentials/sealer.jks --storepass '«pw»' --versionfile credentials/sealer.kver "
     "(account on the box: «u»)", False),
    ("Before the tug-of-war's rope-piece raffle goes live, log the raffle server into Spacewalk: "
     "spacecmd -u «u» -p '«pw»' -s spacewalk.kumoji.lan -- system_list", False),
    ("The giants' workshop web shop: php bin/console sylius:admin-user:create --email=«e» --plain-password='«pw»' "
     "(Ditas asked for her own admin login before the Angono parade orders pile up)", False),
    ("Saleor for the snake boat club's jersey shop, first deploy: DJANGO_SUPERUSER_USERNAME=«u» "
     "DJANGO_SUPERUSER_PASSWORD='«pw»' python manage.py createsuperuser --noinput", False),
    ("For the yukigassen referees' notebook server: jupyterhub --JupyterHub.authenticator_class=dummy "
     "--DummyAuthenticator.password='«pw»' --Authenticator.admin_users={'«u»'} --port 8001", False),
    ("Hudi hive sync for the shearing tallies, run after every session at Masterton: ./run_sync_tool.sh "
     "--jdbc-url jdbc:hive2://hive.shears.lan:10000 --user «u» --pass '«pw»' --base-path /tallies/golden --database shears", False),
    ("Config UI for the boat race's DevLake dashboard, started on the judges' laptop: docker run -d -p 4000:4000 "
     "-e ADMIN_USER=«u» -e ADMIN_PASS='«pw»' apache/devlake-config-ui:latest", False),
    ("StreamPipes for the fishing festival's catch scales, set up on the weigh-in laptop: SP_INITIAL_ADMIN_EMAIL=«e» "
     "SP_INITIAL_ADMIN_PASSWORD='«pw»' docker compose -f streampipes.yml up -d", False),
    ("Cloudberry warehouse for the rope guild's membership rolls, initialised on the new box: "
     "gpinitsystem -c gpinitsystem_config -h hostfile_segments --su_password=«pw» -a (run as «u»)", True),
    ("privacyIDEA on the shepherds' race tablet (Markgröningen): pi-manage admin add «u» -p '«pw»' "
     "and then the tokens for the Wasserträgerinnen", False),
    ("Carbonio mailbox for the Masterton shears committee's new timekeeper: carbonio prov sp «u» '«pw»' "
     "then carbonio prov modifyAccount for the signature", False),
    ("CubeFS volume for the birling videos, owned by the club account: cfs-cli user create «u» --password '«pw»' "
     "--access-key-id birlvid --yes", False),
    ("CFEngine Mission Portal, adding the snowball league's laptop: curl -k --user «u»:'«pw»' "
     "https://hub.snowfort.lan/api/host -X GET | jq '.data | length'", False),
    ("KubeSphere console for the Naha rope guild: kubectl patch users «u» -p "
     "'{\"spec\":{\"password\":\"«pw»\"}}' --type=merge", True),
    ("Paimon catalog for the snake boat stroke data: ./bin/sql-client.sh -e \"CREATE CATALOG strokes WITH "
     "('type'='paimon', 'metastore'='jdbc', 'uri'='jdbc:mysql://db.punnamada.lan/paimon', 'jdbc.user'='«u»', 'jdbc.password'='«pw»')\"", False),
    ("LinOTP on the Argungu festival's gate laptop, admin for the volunteer who checks wristbands: "
     "linotp admins add «e» --password '«pw»'", False),
    ("ShenYu gateway for the giants' parade livestream, logging in from the control van: "
     "curl 'http://shenyu.angono.lan:9095/platform/login?userName=«u»&password=«pw»'", True),
    ("Juju on the Golden Shears results cloud, setting the database charm's password before the open final: "
     "juju run postgresql/leader set-password username=«u» password='«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: template (the shepherds' race, a yukigassen league, a birling club ...)
    "sureness_yml": ("# HertzBeat sureness.yml on the shears committee's monitor, watching the Masterton scoreboard feed\n"
                     "account:\n  - appId: «u»\n    credential: «pw»\n    role: [admin]"),
    "jspwiki_custom_properties": ("# jspwiki-custom.properties for the rope guild's wiki (tug-of-war rope plans, kanuchi pin drawings)\n"
                                  "jspwiki.xmlUserDatabaseFile = /var/jspwiki/userdatabase.xml\n"
                                  "jspwiki.admin.user = «u»\njspwiki.admin.password = «pw»"),
    "seata_registry_conf": ("# Seata registry.conf on the fishing festival's ticket backend\nregistry {\n  type = \"nacos\"\n"
                            "  nacos {\n    serverAddr = \"10.20.0.8:8848\"\n    username = \"«u»\"\n    password = \"«pw»\"\n  }\n}"),
    "oozie_site_xml": ("<!-- oozie-site.xml, the snake boat club's nightly stroke-rate jobs -->\n"
                       "<property><name>oozie.service.JPAService.jdbc.username</name><value>«u»</value></property>\n"
                       "<property><name>oozie.service.JPAService.jdbc.password</name><value>«pw»</value></property>"),
    "hudi_defaults_conf": ("# hudi-defaults.conf, Golden Shears tallies lake\nhoodie.datasource.hive_sync.username «u»\n"
                           "hoodie.datasource.hive_sync.password «pw»\nhoodie.datasource.hive_sync.mode jdbc"),
    "celeborn_defaults_conf": ("# celeborn-defaults.conf for the yukigassen replay cluster\n"
                               "celeborn.master.endpoints ball-master:9097\n"
                               "celeborn.auth.enabled true\nceleborn.internal.auth.user «u»\nceleborn.internal.auth.secret «pw»"),
    "eventmesh_properties": ("# eventmesh.properties, the giants' workshop parade alerts\n"
                             "eventMesh.server.admin.username=«u»\neventMesh.server.admin.password=«pw»\n"
                             "eventMesh.server.http.port=10105"),
    "alluxio_site_properties": ("# alluxio-site.properties on the birling club's video cache\n"
                                "alluxio.master.hostname=flowage-cache\nalluxio.security.login.username=«u»\n"
                                "fs.oss.accessKeySecret=«pw»"),
    "jupyterhub_config_py": ("# jupyterhub_config.py, the shepherds' race timing notebooks in Markgröningen\n"
                             "c.Authenticator.admin_users = {'«u»'}\n"
                             "c.DummyAuthenticator.password = '«pw»'\nc.JupyterHub.bind_url = 'http://:8010'"),
    "shibboleth_secrets_properties": ("# credentials/secrets.properties (Shibboleth IdP) for the snowball league's sign-in\n"
                                      "idp.sealer.storePassword = «pw»\nidp.sealer.keyPassword = %{idp.sealer.storePassword}\n"
                                      "idp.authn.LDAP.bindDN = uid=«u»,ou=system,dc=snowfort,dc=lan"),
    "privacyidea_pi_cfg": ("# /etc/privacyidea/pi.cfg on the Argungu gate laptop\n"
                           "SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://«u»:«pw»@localhost/pi?charset=utf8'\n"
                           "PI_ENCFILE = '/etc/privacyidea/enckey'"),
}
URL_CONFIGS = {"privacyidea_pi_cfg"}

PROSE: dict[str, list[str]] = {  # region: lines, in its languages
    "US": [
        "Lenora here, birling club treasurer: the pond booking site login changed, it's «pw» until we pick something "
        "the whole club can spell",
        "coach said the wifi at the log rolling pond house is «pw», don't post it in the parents' group",
        "Alvina's note for the snowball team bus: the tablet with the set sheets opens with «pw»",
        "yinz need the rink laptop? password's «pw» n'at, redd up the cords after, it's slippy out there",
        "Locker code app for the Chippewa flowage boathouse wants a password now: «pw». Keep the peaveys in the rack.",
        "Snowfort build weekend: Lenora made one cloud album for every wall, igloo and collapsed arch, and it opens with «pw»",
        "Ione, the streaming box at the birling finals uses «pw» as its admin password",
        "The referees' clipboard app for the yukigassen qualifier: user is the team name, password «pw»",
        "our log rolling livestream account got a new password, «pw», Scoggins changed it after the spill",
        "Poteet asked me to pass this on: the volunteer portal for the pond cleanup takes «pw»",
        "Yukigassen league archive of scanned score sheets since the first season got locked down, the key is «pw» now",
    ],
    "GB": [
        "Osric, the yukigassen club laptop in the Aviemore hut takes «pw» now, the old one got shared about",
        "Password for the shears trip booking (the Masterton lot) is «pw», Oriel's card is on the account",
        "Satterthwaite reset the club's kit shop password to «pw» after the snowball order went astray",
        "Ramsbotham's note in the minutes: the wifi in the birling barn is «pw» for the winter",
        "Our team page for the snow fight weekend has a new login, «pw», tell the juniors",
    ],
    "CA": [
        "Bernadin, signing up the three new snowfort teams from Jonquière goes through the registrar login, which is «pw»",
        "Le mot de passe de la tablette des arbitres au tournoi de yukigassen: «pw»",
        "Brideau wired a waterproof camera over the birling pond so we can replay every fall, its app wants «pw»",
        "Aldège, le wifi du chalet de la ligue de boules de neige, c'est «pw»",
    ],
    "AU": [
        "Mate, the shearing shed's tally tablet password is «pw», don't let the rousies reset it again",
        "Booking site for the Golden Shears trip across the ditch: password «pw», flights are under my name",
    ],
    "NZ": [
        "The Masterton stadium's volunteer wifi is «pw» for the whole week of the shears",
        "Woolhandling judges' laptop opens with «pw», kept in the tin by the pressing board",
    ],
    "IN": [
        "Keshav, the boat club's oarsmen app login is «pw», change it after the Nehru Trophy heats",
        "Talwalkar sir, vanchipattu recording folder ka password «pw» hai, please don't forward",
        "Snake boat club UPI dashboard password is «pw» — Anvesha will handle the payouts for the oarsmen",
        "Punnamada boathouse wifi: «pw», for the helmsmen only",
    ],
    "PK": [
        "Bhai, tug-of-war team ki tournament site ka password «pw» hai, kal tak badal dena",
        "The club's camera app for the rope pulls opens with «pw», Satpathy set it up",
    ],
    "NG": [
        "Tamunosiki, the Argungu fishing team's group account password na «pw», no give anybody",
        "Boladale changed the calabash order site password to «pw» before the festival week",
        "Egbuna, the festival volunteers' wifi at the Matan Fada bank is «pw»",
    ],
    "GH": ["The ticket login for the Argungu trip from Accra is «pw», Akinrinade booked the bus"],
    "ZA": [
        "Anneliese, the birling club in Knysna uses «pw» for the booking page now",
        "Marlize het gesê die wagwoord vir die skeer-kompetisie se rekenaar is «pw»",
    ],
    "KE": [
        "Bosibori, password ya account ya timu ya kuvuta kamba ni «pw», usiwape wengine",
        "Nduku says the rowing club tablet takes «pw» now",
    ],
    "PH": [
        "Ditas, para makapasok sa listahan ng mga order ng papier-mâché na higante bago ang pista, gamitin mo ang «pw»",
        "Jhonel, yung wifi sa pagawaan ng higante sa Angono, «pw» na ngayon",
        "The parade volunteers' sign-up page password is «pw», Agoncillo changed it last night",
    ],
    "ID": ["Sandi tablet wasit lomba tarik tambang di balai desa: «pw»"],
    "MX": [
        "Para reservar los troncos de cedro y el muelle del embalse los sábados, entra en la web del club con «pw»",
        "Para la tablet del torneo de guerra de bolas de nieve: «pw»",
    ],
    "PE": ["En el galpón donde entrena la cuadrilla de jalar soga de Huancayo, la red inalámbrica pide «pw»"],
    "BR": [
        "O tablet que marca quantos centímetros a corda andou em cada puxada da festa junina destrava com «pw»",
        "Senha nova da conta do clube de canoagem, «pw», troquei depois da regata",
    ],
    "ES": ["Los jueces que cuentan los cortes y las heridas de cada oveja en el concurso de esquileo abren su portátil con «pw»"],
    "DE": [
        "Wiltrud, mit «pw» kommst du ab heute in die Liste der Läuferinnen, die barfuß über die Stoppeln rennen wollen",
        "Heribert hat das WLAN im Zelt der Wasserträgerinnen auf «pw» geändert",
    ],
    "FR": [
        "Les bénévoles qui repêchent les concurrents tombés des troncs sur le lac se connectent au planning avec «pw»",
        "Code wifi du gîte pour le tournoi de bataille de boules de neige : «pw»",
    ],
    "IT": ["La password del tablet dei giudici della gara di tosatura è «pw»"],
    "PL": ["Hasło do konta klubu przeciągania liny to teraz «pw»"],
    "SE": ["Lösenordet till klubbens surfplatta för stockrullningen är «pw»"],
    "NO": ["Nettbrettet vi fører snøballregnskapet på under treningene i Holmenkollen låses opp med «pw»"],
    "JP": [
        "雪合戦チームの共有アカウントのパスワードは «pw» です",
        "綱挽きの実行委員会PCのパスワード: «pw»",
    ],
    "KR": ["눈싸움 대회 심판 태블릿 비밀번호는 «pw» 입니다"],
    "CN": ["打雪仗比赛报名网站的密码是 «pw»"],
    "IE": ["The currach club's booking page password is «pw», the regatta slots open Monday"],
    "TR": ["Halat çekme takımının ortak hesabının şifresi «pw», kimseye verme"],
    "NL": ["Wie op de Vinkeveense Plassen de boomstammen wil reserveren, logt op de clubtablet in met «pw»"],
}

PINS = [  # region, template, length
    ("US", "the padlock on the birling club's peavey rack is set to «pw» now", 4),
    ("GB", "The little grey lockbox bolted beside the yukigassen hut door opens on «pw»; the drying room key hangs inside", 4),
    ("KR", "눈싸움 팀 사물함 PIN «pw»", 6),
    ("CA", "Alarm code for the snowfort league's equipment trailer: «pw»", 6),
    ("DE", "Die PIN für das Kassenterminal beim Schäferlauf-Festzelt lautet «pw»", 6),
    ("BR", "Guardei a corda de sisal no armário do salão paroquial, o cadeado de combinação abre com «pw»", 4),
    ("AU", "Shed door keypad at the shearing comp: «pw»", 6),
    ("IN", "Boathouse locker PIN for the chundan vallam oars is «pw»", 6),
]
