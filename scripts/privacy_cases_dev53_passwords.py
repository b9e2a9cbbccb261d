"""Where the dev53 privacy set's passwords and PINs are written (``privacy_cases_dev53.py``): on
the command lines of the tools people run (aws iam update-login-profile, aws redshift-serverless
create-namespace, aws rds modify-db-cluster, aws connect create-user, aws mq update-user, az postgres
server create, az mysql server create, az sf cluster create, az lab vm create, az sql vm create,
gcloud sql instances create, yc managed-postgresql, yc managed-mysql, yc managed-clickhouse, yc
managed-mongodb and yc managed-redis, aliyun rds ResetAccountPassword, aliyun polardb CreateAccount,
tccli cdb ModifyAccountPassword, tccli postgres CreateInstances, rpk security user create, ionosctl
dbaas postgres cluster create, nats context save, dotnet user-secrets set and hass's auth script), in
the config files they keep (Pydio Cells' install.yml, Modoboa's settings.py, Cypht's .env,
OpenProject's env file, Taiga's .env, Wekan's snap settings, Redmine's database.yml, OpenNMS's
opennms-datasources.xml, pritunl.conf, Firezone's .env, wg-easy's compose file, the OwnTracks
Recorder's defaults, Dawarich's .env, Prowlarr's config.xml and Pandora FMS's pandora_server.conf),
and in what they say and type (chats, notes, voice memos: a kubb club's pitch, batons and Gotland
trips, a paper-quilling circle's strips, coils and fair stalls, a ferry crew, a goat dairy, a
lifeboat station, a hand-therapy clinic, families from the Seneca, Cayuga, Penobscot, Wampanoag,
Havasupai, Mojave, Koyukon, Aleut, Gitxsan, Halkomelem, Maliseet and Kootenai to the Chontal,
Lacandon, Awakatek, Sipakapense, Poqomam, Xinca, Tawahka, Kalinago, Wayampi, Kankuamo, Yukpa,
Cubeo, Desano, Yekuana, Piaroa, Secoya, Tsafiki, Urarina, Candoshi, Tacana, Cavineña, Chamacoco,
Kaiowá, Baniwa, Tupinambá, Shilha, Nubian, Coptic, Chitumbuka, Hemshin, Tsakhur, Rutul, Aghul,
Budukh, Kryts, Juhuri, Krymchak, Nganasan, Selkup, Teleut, Soyot, Udege, Kildin and Skolt Sámi,
Dukha, Khamnigan, Oroqen, Hezhen, Rakhine, Maguindanao, Bajau, Mambai, Makasae, Kuanua,
Carolinian, Futunan, Lovari, Sercquiais and Auregnais), in English, Hinglish, Taglish, Nigerian
Pidgin, Sheng, Tok Pisin, romanised Urdu and the big national languages. Passwords are made from this set's
stems by dev19's ``password()``, PINs by its ``pin()``.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["kubb", "kubbar", "kubbspel", "kastpinne", "kastpinnar", "kungskubb", "baslinje", "faltkubb", "straffkubb",
         "vikingaschack", "kubbkung", "gotlandskubb", "kubbturnering", "kubbplan", "kubbkast", "helikopterkast", "inkast",
         "kubblag", "kubbklubb", "kubbsommar", "quilling", "quilled", "tightcoil", "loosecoil", "marquise", "slottedtool",
         "filigree", "quillboard", "crimper", "husking", "wheatear", "quillingpaper", "quillpin", "coilform", "quillart",
         "quillstrip", "papercoil", "teardropcoil", "quillcraft", "eccentriccoil"]
ACCOUNTS = ["kastpinne_svc", "baslinje_ro", "quillboard_sync", "coilform_adm", "kubbkung_cron", "papercoil_etl", "straffkubb_bk",
            "crimper_ops", "gotlandskubb_deploy", "husking_api", "faltkubb_dba", "wheatear_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Lillemor set up the club treasurer's console login before the Gotland trip: aws iam update-login-profile --user-name «u» "
     "--password '«pw»' --password-reset-required", False),
    ("aws redshift-serverless create-namespace --namespace-name throw-stats --admin-username «u» --admin-user-password '«pw»' "
     "--db-name pitches", False),
    ("Eldrid rotated the crossings database after the winter timetable went live, pasted into the shift notes: aws rds modify-db-cluster "
     "--db-cluster-identifier crossings-timetable --master-user-password «pw» --apply-immediately", False),
    ("aws connect create-user --username «u» --password '«pw»' --identity-info FirstName=Helpdesk,Email=«e» "
     "--phone-config PhoneType=SOFT_PHONE --security-profile-ids agent --routing-profile-id inbound", False),
    ("lifeboat pager relay, the queue broker's console user got reset after Thursday's shout: aws mq update-user --broker-id b-shout-relay --username «u» --password '«pw»' --groups crew", False),
    ("the dairy's curd ledger moves off Bec's laptop at last: az postgres server create --resource-group rg-goatdairy --name curd-ledger "
     "--location australiaeast --admin-user «u» --admin-password '«pw»' --sku-name B_Gen5_1", False),
    ("splint-order tracker for the hand clinic, from the contractor's handover doc: az mysql server create -g rg-handclinic -n splint-orders "
     "-l westeurope -u «u» -p '«pw»' --sku-name GP_Gen5_2 --ssl-enforcement Enabled", False),
    ("az sf cluster create -g rg-quillfair -c stalls-sf -l uksouth --certificate-subject-name stalls.quill.local "
     "--vm-user-name «u» --vm-password '«pw»' --cluster-size 5", False),
    ("the lab for Thursday's workshop, typed in Cloud Shell: az lab vm create --lab-name coil-lab -g rg-training "
     "--name bench03 --image 'Windows 11 Pro' --admin-username «u» --admin-password '«pw»'", False),
    ("az sql vm create -n scoring-sql -g rg-kubbvm --license-type PAYG --sql-mgmt-type Full "
     "--sql-auth-update-username «u» --sql-auth-update-pwd «pw»", False),
    ("gcloud sql instances create baton-results --database-version=POSTGRES_16 --tier=db-g1-small "
     "--region=europe-north1 --root-password=«pw»", False),
    ("yc managed-postgresql user create «u» --cluster-name herd-milkings --password '«pw»' --permissions herd", False),
    ("yc managed-mysql user update «u» --cluster-name ferry-tickets --password «pw» --global-permissions PROCESS", False),
    ("yc managed-clickhouse user create «u» --cluster-name pager-logs --password '«pw»' --permissions default", False),
    ("yc managed-mongodb user create «u» --cluster-name strip-catalogue --password «pw» --permission database=strips,role=readWrite",
     False),
    ("yc managed-redis cluster create --name throw-queue --environment production --network-name default "
     "--resource-preset hm3-c2-m8 --disk-size 16 --password '«pw»'", False),
    ("aliyun rds ResetAccountPassword --DBInstanceId rm-goatcheese01 --AccountName «u» --AccountPassword '«pw»'", False),
    ("aliyun polardb CreateAccount --DBClusterId pc-quillshop --AccountName «u» --AccountPassword «pw» --AccountType Normal",
     False),
    ("tccli cdb ModifyAccountPassword --InstanceId cdb-splints --NewPassword '«pw»' --Accounts '[{\"User\":\"«u»\",\"Host\":\"%\"}]'",
     False),
    ("tccli postgres CreateInstances --SpecCode pg.it.small2 --Storage 20 --InstanceCount 1 --Zone ap-guangzhou-3 "
     "--DBVersion 15 --AdminName «u» --AdminPassword '«pw»'", False),
    ("rpk security user create «u» -p '«pw»' --mechanism SCRAM-SHA-256 -X brokers=pitch-broker:9092", False),
    ("ionosctl dbaas postgres cluster create --name crossings-pg --version 15 --instances 1 --datacenter-id fra-1 "
     "--db-username «u» --db-password '«pw»'", False),
    ("nats context save lifeboat --server nats://«u»:«pw»@pager.station.local:4222 --description 'crew callout bus'", True),
    ("dotnet user-secrets set \"Smtp:Password\" \"«pw»\" --project QuillFair.Web, then Hjördis committed the csproj but not "
     "the secret, as agreed", False),
    ("inside the container on the dairy's NUC: hass --script auth --config /config change_password «u» «pw»", False),
    ("aws connect create-user --username «u» --password «pw» --identity-info Email=«e» --phone-config "
     "PhoneType=DESK_PHONE,AfterContactWorkTimeLimit=30 --routing-profile-id ferry-desk --security-profile-ids supervisor",
     False),
    ("az postgres server create -g rg-kubbvm -n throws-archive -l swedencentral --admin-user «u» --admin-password «pw» "
     "--version 11 --storage-size 51200", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "pydio_install_yml": "# Pydio Cells install.yml for the quilling circle's file share\nfrontendlogin: «u»\n"
                         "frontendpassword: «pw»\ndbconnectiontype: tcp\ndbtcphostname: localhost",
    "modoboa_settings_py": "# modoboa instance for the ferry crews' mail, instance/settings.py as Eldrid pasted it\n"
                           "MODOBOA_DB_PASSWORD = '«pw»'  # the postgres role modoboa_crews, see the runbook",
    "cypht_env": "# Cypht webmail for the lifeboat crew\nAUTH_TYPE=DB\nDB_DRIVER=mysql\nDB_NAME=cypht\nDB_USER=cypht\nDB_PASS=«pw»",
    "openproject_env": "# /etc/openproject/conf.d/env\nOPENPROJECT_HTTPS=true\nOPENPROJECT_SEED__ADMIN__USER__PASSWORD=«pw»\n"
                       "OPENPROJECT_SEED__ADMIN__USER__PASSWORD__RESET=false",
    "taiga_env": "# taiga-docker .env, the ferry refit board\nPOSTGRES_USER=taiga\nPOSTGRES_PASSWORD=«pw»\nTAIGA_SITES_DOMAIN=refit.local",
    "wekan_snap": "sudo snap set wekan mongodb-url='mongodb://«u»:«pw»@127.0.0.1:27019/wekan' root-url='http://board.dairy.lan'",
    "redmine_database_yml": "# config/database.yml of the hand clinic's splint-request tracker\nproduction:\n  adapter: mysql2\n"
                            "  database: splint_requests\n  username: «u»\n  password: \"«pw»\"",
    "opennms_datasources_xml": "<jdbc-data-source name=\"opennms\" database-name=\"opennms\" class-name=\"org.postgresql.Driver\" "
                               "url=\"jdbc:postgresql://localhost:5432/opennms\" user-name=\"«u»\" password=\"«pw»\" />",
    "pritunl_conf": "{\"mongodb_uri\": \"mongodb://«u»:«pw»@localhost:27017/pritunl\", \"server_port\": 443, \"log_path\": "
                    "\"/var/log/pritunl.log\"}",
    "firezone_env": "# Firezone .env on the goat dairy's VPN box\nDEFAULT_ADMIN_EMAIL=«e»\nDEFAULT_ADMIN_PASSWORD=«pw»\n"
                    "EXTERNAL_URL=https://vpn.dairy.example",
    "wg_easy_compose": "  wg-easy:\n    environment:\n      - WG_HOST=ferry-crew.duckdns.org\n      - PASSWORD=«pw»\n"
                       "      - WG_DEFAULT_DNS=1.1.1.1",
    "owntracks_recorder": "# /etc/default/ot-recorder\nOTR_HOST=\"mqtt.kubbclub.lan\"\nOTR_USER=\"«u»\"\nOTR_PASS=\"«pw»\"\n"
                          "OTR_STORAGEDIR=\"/var/spool/owntracks/recorder/store\"",
    "dawarich_env": "# dawarich .env\nDATABASE_HOST=dawarich_db\nDATABASE_USERNAME=«u»\nDATABASE_PASSWORD=«pw»\n"
                    "DATABASE_NAME=dawarich_trips",
    "prowlarr_config_xml": "<Config>\n  <PostgresUser>«u»</PostgresUser>\n  <PostgresPassword>«pw»</PostgresPassword>\n"
                           "  <PostgresHost>nas.local</PostgresHost>\n</Config>",
    "pandora_server_conf": "# pandora_server.conf on the hand clinic's monitoring box\ndbname pandora\ndbuser «u»\n"
                           "dbpass «pw»\ndbhost 127.0.0.1",
}
URL_CONFIGS = {"wekan_snap", "pritunl_conf"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Kubb night at the brewery lawn: the league's scoring tablet got wiped, so it's «pw» now, and Tjelvar says quit using the brewery wifi",
        "Note to self for Saturday's ferry shift at the Anacortes terminal: lane-assignment handheld password is «pw», the old one expired at midnight",
        "Paper quilling table at the county fair, the Square reader's phone unlocks with «pw», hide it under the strip boxes when we go for lunch",
        "Grandma wants the Seneca language class recordings, so the Drive folder password is «pw», and please don't "
        "rename the Thursday files",
        "voice memo from the Cayuga longhouse kitchen: the freezer log tablet unlocks with «pw», write down every temp you take",
        "Penobscot canoe club, river cleanup: the shared iPad for the sign-in sheet, password «pw», charger's in the blue tote",
        "Aunt Bathsheba says the Wampanoag family tree file on the laptop opens with «pw», and she means it about no edits",
        "Havasupai trail mule schedule is on the office PC, login «pw»; the packer goes out at dawn so check it tonight",
        "from the Mojave elders lunch: the community center's tablet for the language app, passcode «pw», keep it in the drawer",
        "kubb practice is moved to the high school field; the club's Gmail is reset and the new password is «pw», don't share it on Facebook",
        "Quilling circle note: the laptop at the library craft table now wants «pw», Doreen changed it after the fair",
        "Koyukon fish camp radio log on the tough book, password «pw». Uncle Ezekiel wrote it on the lid, we should scrub that off",
        "Aleut dance group video account for Unalaska: «pw» is the password now, the old one got phished",
    ],
    "GB": [
        "Goat club show at Malvern, the entries laptop in the secretary's tent is on «pw» now, please don't let the judges check the football on it",
        "Lifeboat station crew room PC after the update: password's «pw», coxswain says log every shout in the book too",
        "Kubb league night at the Red Lion moved to Wednesday, and the scores spreadsheet is locked with «pw»",
        "Quilling stall at the Harrogate craft fair: card reader app login is «pw», Hepzibah has the float tin",
        "Hand therapy clinic's splint room iPad, password «pw», please wipe the thermoplastic off the screen",
    ],
    "CA": [
        "Gitxsan feast hall booking laptop, password «pw», Auntie wants the dates in before the totem raising",
        "Halkomelem language nest, the tablet the kids record on: «pw». It's on the fridge list too",
        "Maliseet canoe build group, the shared drive password is «pw», photos from the steaming day are up",
        "Kootenai Valley ferry deckhand roster, the wheelhouse laptop opens with «pw», Sigvard starts nights Monday",
    ],
    "AU": [
        "Lifesaving club at Bondi, the rescue log laptop in the tower wants «pw» from today, nippers' coordinator has it too",
        "Goat dairy in the Adelaide Hills, the milking shed tablet: «pw», Bec changed it after the open day",
        "Kubb comp at the Fremantle oval, scoreboard laptop password «pw», bring the spare batons",
    ],
    "IN": [
        "Arre yaar, kubb tournament ki scoring sheet wali Google account ka password «pw» kar diya, Goa walon ko bata dena",
        "Bhai, quilling class ka Instagram account ka password «pw» hai, Diwali orders ki photos daal do please",
        "Ferry ghat ticket counter ka computer, password «pw», Kerala trip walon ka refund aaj hi karna",
        "Hand therapy OPD ke tablet ka password «pw» hai, splint measurements usi mein save karo",
    ],
    "PK": [
        "Ferry ka schedule wala tablet Manora jetty pe, uska password ab «pw» hai, purana wala sab ko pata chal gaya tha",
       "Dairy farm ka hisaab wala laptop, password «pw» hai, doodh ki supply ka record roz update karna"],
    "NG": [
        "Oga, the quilling class laptop for Surulere community hall don get new password, na «pw», the old one person don share for Facebook",
        "Oga Bayo don vex well well because person change am, so abeg the goat market WhatsApp business phone password now na «pw», nobody touch am again",
        "Ferry jetty for Badagry, the ticket tablet password na «pw», Sunday crowd dey come",
    ],
    "ZA": [
        "Goat dairy at Fairview, the cheese room tablet now opens with «pw», Thandi changed it after the school tour",
       "Lifeguard tower tablet at Muizenberg, password «pw», sign the rescue log after every call"],
    "KE": [
        "Maze, laptop ya kubb club pale Karura, password ni «pw» sasa, usiishare kwa group ya wasee wote",
       "Ferry ya Likoni, tablet ya kukagua tiketi password ni «pw», usiipe mtu yeyote"],
    "PH": [
        "Maguindanao weaving coop, yung laptop sa bodega password ay «pw», i-save ninyo yung orders bago mag-Ramadan",
        "Bajau boat school tablet, ang password «pw», huwag ilagay sa maalat na tubig",
    ],
    "MX": [
        "Los de Chontal en Tabasco: la compu de la cooperativa de cacao tiene contraseña «pw», ahí van las pesadas",
        "Lacandon, la tablet del campamento para los guías lleva la contraseña «pw», cárguenla en la tienda",
    ],
    "GT": [
        "Don Chilo de Aguacatán, en awakateko y luego en castellano: la compu de la radio comunitaria ya pide «pw», y nadie borre los avisos de la feria del ajo",
        "Sipakapense, el celular de la junta de agua tiene el código «pw» para entrar",
        "Poqomam de Palín, la laptop del comité de mercado: «pw», guarden la lista de puestos",
        "Xinca de Jutiapa, la clave del correo de la asociación es «pw», la cambió doña Tránsito",
    ],
    "HN": ["Tawahka del río Patuca, la tableta de la escuela bilingüe usa la contraseña «pw», cuiden el cargador solar"],
    "DM": ["Kalinago Territory craft shop, the card machine app password is «pw», basket money goes in the book"],
    "GF": ["Wayampi de Trois-Sauts, la tablette du dispensaire s'ouvre avec le mot de passe «pw», ne la laissez pas dans la pirogue"],
    "CO": [
        "Kankuamo, el portátil del cabildo tiene la contraseña «pw», ahí está el censo de mochilas",
        "Cubeo del Vaupés, el correo de la escuela: contraseña «pw», no la pongan en el grupo",
        "Desano, la tableta de la maloca para grabar cantos usa «pw» como contraseña",
    ],
    "VE": [
        "Yekuana, la computadora del ambulatorio: la contraseña es «pw», anoten las vacunas",
        "El maestro piaroa de la escuela del Sipapo avisó por la radio que la clave de la antena satelital ahora es «pw», y que es para las tareas, no para videos",
        "Yukpa de Perijá, el teléfono de la cooperativa de café, contraseña «pw»",
    ],
    "EC": [
        "Secoya del Aguarico, la laptop del proyecto de turismo: «pw», guarden las reservas de canoa",
        "Tsafiki de Santo Domingo, la clave de la cuenta del centro cultural es «pw», la cambió el gobernador",
    ],
    "PE": [
        "Urarina del Chambira, la tablet del puesto de salud tiene contraseña «pw», cuidado con la lluvia",
        "Candoshi, el celular de la radio del lago Rimachi: «pw», no lo presten",
    ],
    "BO": [
        "Tacana de Tumupasha, la computadora de la asociación de castaña: contraseña «pw»",
        "Cavineña del Beni, la clave de la tablet escolar es «pw», la dejó el profe",
    ],
    "PY": ["Chamacoco de Puerto Diana, la compu del colegio: contraseña «pw», anoten quién la usa"],
    "BR": [
        "Recado da professora kaiowá da aldeia Jaguapiru: o notebook da escola indígena agora abre com «pw», e quem trocar sem avisar vai limpar a sala",
        "Baniwa do Içana, o tablet da associação de cestaria abre com «pw», as encomendas estão lá",
        "Tupinambá de Olivença, a senha do computador da rádio é «pw», gravem o aviso da feira",
    ],
    "MA": ["Shilha, l'ordinateur de la coopérative d'huile d'argan, mot de passe «pw», notez les litres"],
    "EG": [
        "Nubian guesthouse in Gharb Soheil, the booking laptop password is «pw», the owner's cousin changed it",
        "Coptic choir at the church in Shubra: the hymn recordings on the tablet, password «pw», return it to the deacon",
    ],
    "MW": ["Chitumbuka radio club in Mzuzu, the station laptop password is «pw», don't delete the farmers' programme"],
    "TR": ["Hemşin yaylası pansiyonu, rezervasyon bilgisayarının şifresi «pw», yayla şenliği için dolu"],
    "RU": [
        "Цахурское землячество: пароль от ноутбука библиотеки «pw», не меняйте",
        "Рутульский хор, планшет с записями: пароль «pw», вернуть в клуб",
        "Агульская школа в Тпиге: директор продиктовал по телефону новый пароль от школьной почты, «pw», записали в журнал дежурств",
        "Нганасанский ансамбль в Волочанке, ноутбук для записи песен: «pw»",
        "Селькупская община, пароль от компьютера в конторе: «pw», охотничьи квоты там",
        "Телеутский центр, пароль от планшета «pw», отчёты за праздник Чага-Байрам",
        "Сойотская община в Орлике: ноутбук для учёта оленей на стойбище теперь открывается паролем «pw», зарядка от солнечной панели",
        "Удэгейская школа в Гвасюгах, пароль от wifi «pw», только для уроков",
        "Кильдинские саами в Ловозеро, планшет для словаря, пароль «pw»",
    ],
    "AZ": [
        "Budux dağ kəndində müəllim səsli mesajda dedi ki, məktəbin yeganə kompüterinin yeni şifrəsi «pw» oldu, qışda uşaqlar dəyişməsin",
        "Qrız (Kryts) camaatı, kooperativin telefon şifrəsi «pw», bal satışını yazın",
        "Juhuri teatr qrupunun noutbuk şifrəsi «pw», məşq videoları oradadır",
    ],
    "UA": ["Кримчацька громада, пароль до ноутбука музею «pw», не видаляйте архів"],
    "FI": ["Kolttasaamelaisten kyläkokous Sevettijärvellä: tabletin salasana on «pw», poromerkit siellä"],
    "MN": [
        "Dukha reindeer camp, the solar tablet's passcode for the vet's forms is «pw»",
        "Хамниган нутгийн сургуулийн компьютерийн нууц үг «pw»",
    ],
    "CN": [
        "鄂伦春族文化站的电脑密码是«pw»，别改",
        "赫哲族渔猎协会平板密码«pw»，鱼皮画订单都在里面",
    ],
    "MM": ["Rakhine fishermen's coop in Sittwe, the office laptop password is «pw», write the catches in too"],
    "TL": [
        "Mambai, senha komputador suku nian mak «pw», labele troka",
        "Makasae, password ba tablet eskola nian «pw», rai iha armáriu",
    ],
    "PG": ["Ol yut long Malaguna sios long Rabaul, mipela senisim laptop password i kamap «pw», no ken givim long ol man long narapela ples"],
    "MP": ["Carolinian canoe society in Saipan, the shared laptop password is «pw», sailing schedule inside"],
    "WF": ["Futunan, le mot de passe de l'ordinateur de la chefferie d'Alo est «pw», ne le donnez pas"],
    "HU": ["Lovári zenekar, a laptop jelszava «pw», a felvételek ott vannak"],
    "GG": [
        "Sark, the Sercquiais word list on the island hall PC, password «pw», Madame wants it backed up",
        "Alderney, the Auregnais recordings laptop at the museum: password «pw», keep it off the wifi",
    ],
}

PINS: list[tuple[str, str, int]] = [  # (region, template, length)
    ("US", "Goat barn keypad changed after the kids got in again, new code «pw», don't tell the neighbours' teens", 4),
    ("CA", "ferry crew locker on deck two, combination «pw»", 4),
    ("GB", "Lifeboat station side door keypad is «pw» until the new fob reader comes", 4),
    ("DE", "Vereinsheim Kubb, Tresorcode «pw»", 4),
    ("BR", "cadeado do armário das tiras de papel: «pw»", 4),
    ("KR", "공방 현관 비밀번호 «pw»", 6),
    ("IN", "quilling class cupboard ka lock code «pw» hai", 4),
]
