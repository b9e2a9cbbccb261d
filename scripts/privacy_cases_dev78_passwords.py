"""Passwords of the dev78 privacy set (``privacy_cases_dev78.py``): the stems its passwords grow
from (Aunt Sally's dollies, sticks, irons and Oxfordshire pub gardens from Witney to Thame, Swiss
wrestling's sawdust rings, Zwilch shorts, Schlussgang, wreaths and prize bulls on the Schwägalp), the
accounts its commands log in as, and its lines: 21 command lines of 21 tools, 11 config formats, 63
lines of prose from 29 regions (Britain's third in Wenglish, the English of the South Wales valleys)
and 8 PINs; every password drawn by dev19's maker with these stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["auntsally", "sallydoll", "throwstick", "sixsticks", "dollhead", "ironpin", "skittleback", "witneycup",
         "thamepub", "headington", "kidlington", "oxonleague", "sallyiron", "knockdoll", "pubgarden", "stickbag",
         "woodendoll", "sallyhorse", "eynsham", "plougharms",
         "schwinger", "saegemehl", "zwilchhose", "schlussgang", "kranzfest", "hosenlupf", "kurzzug", "sennenhemd",
         "turnerhemd", "schwaegalp", "kilchberger", "unspunnen", "schwingfest", "munikalb", "saegering", "plattwurf",
         "alpkaese", "kranzgewinn", "gabentempel", "bodenlage", "kreuzgriff"]
ACCOUNTS = ["svc_leaguetable", "thame_fixtures", "sally_scorer", "schwing_admin", "saegemehl_ro", "jarlsquad_ops",
            "galley_build", "silverball_sync", "hurlers_ro", "yamakasa_ops", "oiyama_cam", "vadivasal_gate"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL or a form body)
    ("Karaf console on the league's scoring box keeps dropping; this is how I get back in from the pub's laptop: "
     "./bin/client -h 10.20.0.5 -u «u» -p '«pw»' 'bundle:list'", False),
    ("Membership lookups for the Schwingklub go through the little ApacheDS server in the clubhouse cupboard: "
     "ldapsearch -H ldap://ds.schwingklub.lan:10389 -D 'uid=«u»,ou=system' -w '«pw»' -b 'ou=mitglieder,dc=schwingklub'", False),
    ("Uploading the wreath winners' photos to the Jackrabbit archive the club scanned its old albums into: "
     "curl -u «u»:'«pw»' -T kranzliste.pdf http://archiv.lan:8080/server/default/jcr:root/kranz/", False),
    ("Redeploying the Aunt Sally fixtures app on TomEE after the landlord unplugged the router again: "
     "curl -u '«u»:«pw»' 'http://tomee.lan:8080/manager/text/deploy?path=/fixtures&war=file:/opt/fixtures.war&update=true'", False),
    ("The galley build tracker's database sits behind ShardingSphere-Proxy now, so connect through it, not straight to MySQL: "
     "mysql -h 10.4.1.20 -P 3307 -u «u» -p'«pw»' sharding_db", False),
    ("Installing OpenMeetings for the Jarl Squad's video calls with the Hobart club, straight from the README: "
     "./admin.sh -i -v -tz Europe/London -email «e» -group jarlsquad -user squadadmin --password '«pw»' --db-type h2", False),
    ("Gave the hurling committee's treasurer a read-only login on the Ceph dashboard that stores the match videos: "
     "ceph dashboard ac-user-create «u» -i <(printf '%s' '«pw»') read-only", False),
    ("Relay for the galley newsletter finally works, the sendmail authinfo line I used was "
     "echo 'AuthInfo:smtp.lerwick-relay.net \"P:«pw»\" \"U:«u»\" \"M:PLAIN\"' >> /etc/mail/authinfo && makemap hash /etc/mail/authinfo < /etc/mail/authinfo", False),
    ("Bull registration feed goes into InLong; to get a session token for the dashboard script: "
     "curl -s -X POST http://inlong.lan:8083/inlong/manager/api/anno/login -H 'Content-Type: application/json' "
     "-d '{\"username\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("Reset the pod account for our Yamakasa diaspora group (the Diaspora* pod in the Nakasu flat) from the server itself: "
     "RAILS_ENV=production bundle exec rails runner 'p = \"«pw»\"; User.find_by(username: \"«u»\").update!(password: p, password_confirmation: p)'", False),
    ("Question board for newcomers to the Swiss wrestling club runs on Apache Answer, auto-installed like this: "
     "docker run -d -p 9080:80 -e AUTO_INSTALL=true -e ADMIN_EMAIL=«e» -e ADMIN_PASSWORD='«pw»' -e ADMIN_NAME=kassier apache/answer", False),
    ("The nightly torch-order workflow in DolphinScheduler needs a login first, the cron does it like this: "
     "curl -s -X POST 'http://ds.lan:12345/dolphinscheduler/login' -d 'userName=«u»&userPassword=«pw»'", True),
    ("Hop pipeline that rebuilds the league table every Thursday, called with its DB URL as a parameter: "
     "./hop-run.sh -j aunt_sally -r local -f league_table.hpl -p 'DB_URL=jdbc:postgresql://db.lan/league?user=«u»&password=«pw»'", True),
    ("StreamPark runs the Oiyama course camera jobs; to sign in from a shell before submitting one: "
     "curl -s -X POST http://streampark.lan:10000/passport/signin -d 'username=«u»' --data-urlencode 'password=«pw»' -d loginType=PASSWORD", False),
    ("Linkis gateway login for the notebook that counts how many carriers signed up per nagare: "
     "curl -s -X POST http://linkis-gw.lan:9001/api/rest_j/v1/user/login -H 'Content-Type: application/json' "
     "-d '{\"userName\":\"«u»\",\"password\":\"«pw»\"}'", False),
    ("SeaTunnel copies the torch orders from the shop's MySQL into the galley shed's sheet every hour: "
     "./bin/seatunnel.sh --config config/torch_orders.conf -m local -i db_user=«u» -i db_pass='«pw»'", False),
    ("OFBiz has the pub's stock and the league's raffle prizes, log in from the shell to pull the report: "
     "curl -k -c jar.txt -d 'USERNAME=«u»&PASSWORD=«pw»&JavaScriptEnabled=Y' https://erp.lan:8443/webtools/control/login", True),
    ("Checking the first-aid tent's OpenMRS still answers before the bulls are let out tomorrow: "
     "curl -u «u»:'«pw»' https://medtent.lan/openmrs/ws/rest/v1/session", False),
    ("Rancher for the St Columb committee's little cluster, bootstrapped with helm on the old pasty-shop PC: "
     "helm install rancher rancher-stable/rancher -n cattle-system --set hostname=rancher.silverball.lan "
     "--set bootstrapPassword='«pw»' --set ingress.tls.source=letsEncrypt --set letsEncrypt.email=«e»", False),
    ("Gravitino catalogues the sawdust suppliers' spreadsheets for the Schwingfest committee; listing them: "
     "curl -u «u»:'«pw»' -H 'Accept: application/vnd.gravitino.v1+json' http://gravitino.lan:8090/api/metalakes", False),
    ("The bull owners' microloan fund runs on Fineract, and the treasurer's script authenticates like this: "
     "curl -k -H 'Fineract-Platform-TenantId: default' -H 'Content-Type: application/json' "
     "-d '{\"password\":\"«pw»\",\"username\":\"«u»\"}' https://fund.lan/fineract-provider/api/v1/authentication", False),
]

CONFIGS: dict[str, str] = {  # format: a paste of its file, the user and password in it
    "flume_conf": ("Flume agent on the galley shed NUC ships the torch counter's readings to Kafka; its sink section: "
                   "a1.sinks.k1.kafka.producer.sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule "
                   "required username=\"«u»\" password=\"«pw»\";"),
    "nutch_site_xml": ("The crawler that collects every Aunt Sally result page goes out through the pub's proxy, nutch-site.xml: "
                       "<property><name>http.proxy.password</name><value>«pw»</value></property> "
                       "<property><name>http.proxy.username</name><value>«u»</value></property>"),
    "manifoldcf_properties_xml": ("ManifoldCF indexes the Schwingklub's old minutes; properties.xml on the clubhouse box says "
                                  "<property name=\"org.apache.manifoldcf.database.username\" value=\"«u»\"/> "
                                  "<property name=\"org.apache.manifoldcf.database.password\" value=\"«pw»\"/>"),
    "unomi_custom_system_properties": ("Unomi tracks visitors to the Yamakasa tour site; etc/custom.system.properties: "
                                       "org.apache.unomi.elasticsearch.username=«u» org.apache.unomi.elasticsearch.password=«pw»"),
    "fortress_properties": ("Apache Fortress guards the Jarl Squad's member pages, and its fortress.properties has "
                            "admin.user=uid=«u»,ou=People,dc=jarlsquad,dc=org admin.pw=«pw» host=ldap.jarlsquad.lan"),
    "shardingsphere_global_yaml": ("ShardingSphere-Proxy's global.yaml for the galley tracker: authority: users: "
                                   "- user: «u»@% password: «pw» privilege: type: ALL_PERMITTED"),
    "gravitino_conf": ("Gravitino's own store for the Schwingfest catalogue, conf/gravitino.conf: "
                       "gravitino.entity.store.relational.jdbcUser = «u» gravitino.entity.store.relational.jdbcPassword = «pw»"),
    "linkis_properties": ("Linkis gateway's database, from linkis.properties on the nagare's server in Nakasu: "
                          "wds.linkis.server.mybatis.datasource.username=«u» wds.linkis.server.mybatis.datasource.password=«pw»"),
    "openmrs_runtime_properties": ("First-aid tent laptop at Alanganallur, openmrs-runtime.properties: "
                                   "connection.url=jdbc:mysql://localhost:3306/openmrs connection.username=«u» "
                                   "connection.password=«pw»"),
    "ofbiz_entityengine_xml": ("OFBiz entityengine.xml, the datasource the pub's raffle stock lives in: "
                               "<inline-jdbc jdbc-driver=\"org.postgresql.Driver\" jdbc-uri=\"jdbc:postgresql://db.lan/ofbiz\" "
                               "jdbc-username=\"«u»\" jdbc-password=\"«pw»\" isolation-level=\"ReadCommitted\"/>"),
    "seatunnel_job_conf": ("SeaTunnel job for the hurlers' sign-up sheets, config/hurlers.conf: source { MongoDB { "
                           "uri = \"mongodb://«u»:«pw»@mongo.silverball.lan:27017/hurling\" database = hurling } }"),
}
URL_CONFIGS = {"seatunnel_job_conf"}

PROSE: dict[str, list[str]] = {  # region: lines in its writers' words
    "US": [
        "Babysitter notes for Saturday while we're at the New Glarus Schwingfest: the tablet's parental lock is «pw» "
        "and bedtime is nine",
        "Grandpa wants to watch the sawdust ring livestream on the big TV, so I wrote the streaming login «pw» on the fridge",
        "The laptop we're lending the exchange student from Bern unlocks with «pw»; "
        "he can change it later",
        "Hey, it's Dad. Alarm panel code changed before we flew to Shetland, the app password is now «pw», don't share it",
        "For the Wisconsin Swiss fest vendor booth, the card reader's admin password is «pw», keep it off the group chat",
        "Neighbor's garage door keypad is broken so he gave me the opener app login instead: «pw», feeding the cat Tuesday",
        "Carpool to the Up Helly Aa watch party, the shared car's app password is «pw»; tank is half full",
        "If the photo backup drive asks again while I'm in Hakata, type «pw» and click trust",
        "My mother set the church hall printer password to «pw» and then forgot it; "
        "writing it here so I never lose it",
        "The footage from the Alanganallur gallery, all three days of bulls, is on the family video account; sign "
        "in with the password «pw» and download before it expires",
        "The cabin by the lake has a new door lock and the code app wants the account password "
        "«pw»",
    ],
    "GB": [
        "Sally, the pub's till login for Thursday's Aunt Sally night is «pw» "
        "- landlord says don't give it to the Witney lot",
        "For the galley build photo album the family password is «pw», pass it to Uncle Magnus if he asks nicely",
        "Duw, butt, the wifi in the Aunt Sally away coach is «pw», tidy like, and I'll be down by the bar now in a minute",
        "Treasurer's note: the St Columb committee's online banking password, temporarily, is «pw», "
        "change it when Jess is back from Truro",
        "Left the Plough's back-office PC on for you, the password's «pw», dollies are in the shed",
    ],
    "CA": [
        "Kitchener Swiss Club's old laptop, the one we run the wrestling draw on at the hall, opens with «pw», and "
        "please log out after printing the bouts, eh",
        "Cottage wifi for the long weekend after the Schwingfest: «pw», router's in the boathouse",
        "Hockey team's stats site password is «pw» until the coach resets it "
        "after the playoffs",
        "The Hobart club asked for our Up Helly Aa slideshow, cloud folder password «pw»",
    ],
    "AU": [
        "Galley build shed computer in Hobart, password «pw», sweet as"
        ", just don't touch the CNC settings",
        "The Up Helly Aa torch order form login for our club is «pw», mate, no worries if you need to reset it"
        " after Friday",
    ],
    "NZ": [
        "Bach wifi for the crew after the Dunedin galley burn is «pw»"
        ", chur",
        "Whānau photo album from the Shetland trip is locked with «pw», share it with the cousins",
    ],
    "IN": [
        "Bhaiya, Jallikattu tour group ke shared drive ka password «pw» hai"
        ", mat badalna",
        "Madurai cousin's laptop, which we used to book the Alanganallur gallery seats, has the password «pw»",
        "Amma's phone lock is «pw» now, she changed it after the bull festival because the kids kept taking photos",
        "Vadivasal trust office computer: «pw»"
        " (only for the accounts person)",
    ],
    "PK": [
        "Zurich kushti trip ke hotel booking portal ka password «pw» hai, Abbu ko mat batana, surprise hai",
        "Ghar ke wifi ka naya password «pw» hai, Bilal ne Swiss wrestling dekhne ke liye speed badhwai",
    ],
    "NG": [
        "Abeg, the password for the Lagos Friends of Shetland laptop is «pw», don't let anybody carry it go home",
        "My sister, the streaming account for watching the fire festival live is «pw», make una no change am",
        "The church generator room PC that we use to print the Up Helly Aa posters opens with «pw», o ti ya",
    ],
    "GH": ["Charley, the Accra Scottish society's laptop password is «pw», we'll show the galley video on Saturday"],
    "ZA": [
        "Howzit, the St Columb Exiles braai playlist account is «pw», don't mess with the Cornish songs",
        "My ouma's tablet password is «pw», now she can video-call the cousins in Cornwall on match day",
    ],
    "KE": [
        "Sasa, the Nairobi Hakata Friendship Circle's email password is «pw», use it to send the photos",
        "Wifi ya nyumba: «pw»"
        ", for the Yamakasa stream",
    ],
    "PH": [
        "Ate, yung password ng Netflix natin ay «pw», manood tayo ng documentary tungkol sa Shetland fire festival",
        "Yung laptop ng Filipino nurses sa Lerwick, password «pw»"
        ", para sa video call sa Sabado",
        "Para sa group chat ng mga sasama sa Yamakasa, the admin password is «pw», ingat sa pag-share",
    ],
    "ID": ["Kata sandi laptop panitia tur festival Yamakasa ke Hakata: «pw»"
           ", jangan disebar ya"],
    "MX": [
        "La contraseña de la tablet de la abuela es «pw»"
        ", para que vea las fotos del viaje a Japón",
        "Mijo, el wifi de la casa de Tapalpa donde vemos la lucha suiza es «pw», no la cambies otra vez"
        " que luego nadie se conecta",
    ],
    "PE": ["Primo, la clave del correo del club de amigos de Japón es «pw»"
           ", para mandar las fotos"],
    "BR": [
        "Amor, a senha do computador da associação suíça é «pw»"
        ", não esquece de desligar",
        "A senha do wifi do sítio onde vamos assistir à luta suíça é «pw», fala pros meninos",
    ],
    "ES": ["Tía, la contraseña del portátil de la peña para ver la fiesta vikinga de las Shetland es «pw»"
           " y la pantalla grande está en el bar"],
    "DE": [
        "Das Passwort vom Vereinslaptop für die Kranzliste ist «pw»"
        ", bitte nicht auf einen Zettel am Bildschirm kleben",
        "Liebe Trudi, das WLAN im Schwingerstübli hat jetzt das Passwort «pw», sag es den Jungschwingern",
    ],
    "FR": [
        "Le mot de passe de l'ordinateur de l'amicale des lutteurs est «pw»"
        ", ne le note nulle part",
        "Papi, le code du wifi du chalet est «pw»"
        ", tu pourras voir la lutte à la télé",
    ],
    "IT": ["Nonna, la password del tablet per vedere la lotta svizzera in diretta è «pw»"
           ", non cambiarla, mi raccomando"],
    "PL": ["Hasło do laptopa klubu polonijnego w Bernie to «pw»"
           ", tylko dla zarządu"],
    "SE": ["Lösenordet till föreningens dator, där vi tittar på brottningen i sågspånet, är «pw» tills vidare"],
    "NO": ["Passordet til hytta sitt nett, så vi kan se vikingfesten på Shetland direkte, er «pw»"],
    "JP": [
        "山笠の写真共有フォルダのパスワードは«pw»",
        "上川端の流の詰所のパソコンのパスワード«pw»",
    ],
    "KR": ["스위스 씨름 중계 보려고 만든 계정 비밀번호는 «pw» 입니다"],
    "CN": ["博多祇园山笠旅行相册的密码是«pw»"],
    "IE": ["Ah sure look, the password for the Galway Swiss wrestling club's laptop is «pw», "
           "and the kettle's in the press beside it"],
    "TR": ["Zürih'teki İsviçre güreşi kulübünün salondaki eski dizüstünün şifresi «pw», eşleşme listesini bastıktan "
           "sonra kapatmayı unutma"],
    "NL": ["Het wachtwoord van de clubcomputer van de Zwitserse worstelaars in Utrecht is «pw», niet doorgeven"],
}

PINS = [  # region, line, the PIN's length
    ("US", "Voicemail PIN for the New Glarus Schwingfest info line is «pw», check it every morning before the gates open", 4),
    ("GB", "The Aunt Sally shed padlock at the Plough has a new code, «pw», the old one was guessed by the kids", 4),
    ("KR", "톱밥 경기장 옆 선수 대기실 보관함 번호는 «pw» 예요", 6),
    ("CA", "Six-digit PIN for the Swiss club's card machine in Kitchener is «pw», keep it in your head", 6),
    ("DE", "Die PIN für den Tresor mit den Kranzgeldern im Vereinsheim ist «pw», nur der Kassenwart und der Präsident wissen sie", 6),
    ("BR", "Se o caixa do torneio de luta suíça travar, a senha do cartão da associação, só pra essa emergência, é "
           "«pw», depois a gente troca", 4),
    ("AU", "Hobart Up Helly Aa club's eftpos PIN is «pw», only for the torch sales", 6),
    ("IN", "Vadivasal trust ke UPI ka PIN «pw» hai, sirf accountant ke liye", 6),
]
