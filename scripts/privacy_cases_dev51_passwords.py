"""Where the dev51 privacy set's passwords and PINs are written (``privacy_cases_dev51.py``): on
the command lines of the tools people run (az webapp deployment user set, az aks create's Windows
admin, az vmss create, az container create's registry login, az vm user update, az sql mi create,
gcloud alloydb clusters create, aws lightsail create-relational-database, aws mq create-user, aws ds
create-microsoft-ad, aws memorydb create-user, aws iam create-login-profile, aws opensearch
create-domain, aws redshift create-cluster, aws docdb create-db-cluster, aws cognito-idp
admin-set-user-password, Scaleway's scw rdb, supabase db push, Perforce's p4 passwd, SharePoint's
New-SPManagedAccount, SCOM's New-SCOMRunAsAccount, OpenVPN Access Server's sacli, linphonecsh,
openstack user set, oci db autonomous-database create, nuget sources add and FreeIPA's ipa
user-mod), in their config files (ILIAS's client.ini.php, /etc/ldap.secret, pam_ldap.conf,
smbldap_bind.conf, Nautobot's nautobot_config.py, RANCID's .cloginrc, Oxidized's config, Gerrit's
secure.config, SilverStripe's .env, Mailman's mm_cfg.py, Hibernate's hibernate.cfg.xml,
osCommerce's configure.php, keepalived.conf, barman.conf and Kallithea's kallithea.ini), and in what
people say and write to each other in 45 regions (the password given in English or a national
language, with a word or a name from Potawatomi, Ho-Chunk, Chickasaw, Kwak'wala, Ktunaxa,
Gamilaraay, Kaurna, Mising, Domaaki, Gabra, T'boli, Subanen, Kumeyaay, Hñähñu, Tepehua, Q'anjob'al,
Sakapultek, Ye'kuana, Wiwa, A'ingae, Harakmbut, Mosetén, Kadiwéu, Lokono, Tehuelche, Tapiete, Yagán,
Inari Sámi, Ume Sámi, Lemko, Istro-Romanian, Pontic Greek, Poitevin, Leonese, Shelta, Gurma, Dangme,
Manjak, Anuak, Murle, Ju'hoan, Sakalava, Yonaguni, Bouyei, Kayah, Lamaholot, Enga, Yaghnobi, Itelmen
and Harsusi life around it, as the writer knows them; not checked by native speakers), and PINs.
Stems come from the set's two pastimes (wycinanki and pesäpallo); the password's shapes are dev19's.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["wycinanki", "wycinanka", "wycinankarz", "lowicz", "lowickie", "koguty", "kurpiowska", "leluja", "lelujka", "gwiazdy",
         "kodry", "nozyce", "nozyczki", "bibula", "wycinek", "tarnogrod", "kogutki", "ptaszki", "zalipie", "lowiczanka",
         "pesapallo", "pesis", "superpesis", "lukkari", "kotipesa", "vaihtopesa", "kunnari", "sieppari", "polttaja", "jokeri",
         "lyoja", "vimpeli", "sotkamo", "kolmospesa", "kakkospesa", "ulkokentta", "karkulyonti", "joensuu", "kouvola", "haava"]
ACCOUNTS = ["wycinanki_svc", "lowicz_ro", "pesis_sync", "lukkari_adm", "kodry_cron", "leluja_etl",
            "kunnari_bk", "sotkamo_ops", "gwiazdy_deploy", "bibula_api", "vimpeli_dba", "sieppari_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password must be URL-safe)
    ("$ az webapp deployment user set --user-name «u» --password '«pw»'   # FTP for the ferry timetable site, the old one expired mid-season",
     False),
    ("az aks create -g rg-clinic-queue -n queue-aks --windows-admin-username queueadmin --windows-admin-password '«pw»' "
     "--network-plugin azure   # the ticket printer only has a Windows driver, of course", False),
    ("$ az vmss create --resource-group rg-sawmill --name kiln-sensors --image Ubuntu2204 --admin-username «u» "
     "--admin-password '«pw»' --instance-count 2   # drying kiln probes, second shift asked for graphs", False),
    ("az container create -g rg-radio -n playout --image radiostation.azurecr.io/playout:3 --registry-username «u» "
     "--registry-password '«pw»'   # community station, Sunday request show", False),
    ("$ az vm user update -g rg-library -n catalogue-vm -u «u» -p '«pw»'   # reset after the volunteer left with the sticky note", False),
    ("az sql mi create -g rg-dairy -n milkrecords-mi -u «u» -p '«pw»' --subnet $SUBNET --capacity 4   # herd records, co-op board approved",
     False),
    ("gcloud alloydb clusters create orchard-yields --region=europe-west3 --password='«pw»' --network=default   # the cider press wants "
     "last year's numbers", False),
    ("$ aws lightsail create-relational-database --relational-database-name choir-loft --relational-database-blueprint-id mysql_8_0 "
     "--relational-database-bundle-id micro_2_0 --master-database-name hymns --master-username «u» --master-user-password '«pw»'", False),
    ("aws mq create-user --broker-id b-7e1c --username «e» --password '«pw»' --console-access   # so the night dispatcher can see the queue",
     False),
    ("$ aws ds create-microsoft-ad --name corp.harbourpilots.local --short-name PILOTS --password '«pw»' --edition Standard "
     "--vpc-settings VpcId=vpc-0ab,SubnetIds=subnet-1,subnet-2", False),
    ("aws memorydb create-user --user-name tidebot --access-string 'on ~* +@all' --authentication-mode Type=password,Passwords='«pw»'   "
     "# tide table cache for the marina app", False),
    ("$ aws iam create-login-profile --user-name «u» --password '«pw»' --password-reset-required   # new bookkeeper starts Monday",
     False),
    ("aws opensearch create-domain --domain-name parish-archive --advanced-security-options "
     "'Enabled=true,InternalUserDatabaseEnabled=true,MasterUserOptions={MasterUserName=«u»,MasterUserPassword=«pw»}'", False),
    ("$ aws redshift create-cluster --cluster-identifier grain-silo-stats --node-type dc2.large --master-username «u» "
     "--master-user-password '«pw»'   # harvest dashboards for the agronomist", False),
    ("aws docdb create-db-cluster --db-cluster-identifier lost-and-found --engine docdb --master-username «u» "
     "--master-user-password '«pw»'   # stadium lost property, finally off the spreadsheet", False),
    ("$ aws cognito-idp admin-set-user-password --user-pool-id eu-north-1_Qx7 --username «e» --password '«pw»' --permanent   "
     "# the umpire couldn't log in before the first pitch", False),
    ("scw rdb instance create name=bakery-orders engine=PostgreSQL-15 node-type=DB-DEV-S user-name=«u» password='«pw»' "
     "is-ha-cluster=false   # weekend pre-orders", False),
    ("$ supabase db push --db-url postgresql://postgres:«pw»@db.sauna-bookings.supabase.co:5432/postgres   "
     "# the lake sauna's booking table, pushed from the boathouse", True),
    ("p4 -u «u» passwd -O oldpass -P «pw»   # game jam depot, the art intern locked everyone out", False),
    ("PS C:\\> New-SPManagedAccount -Credential (New-Object System.Management.Automation.PSCredential('COUNCIL\\sp_pool', "
     "(ConvertTo-SecureString '«pw»' -AsPlainText -Force)))   # town hall intranet, the clerk wants the minutes library back "
     "before the council vote", False),
    ("PS> New-SCOMRunAsAccount -Windows -Name 'Pump station monitor' -RunAsCredential (New-Object PSCredential('WATER\\scomrun', "
     "(ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("# sacli --user «u» --new_pass '«pw»' SetLocalPassword   # VPN for the away-game scorer's laptop", False),
    ("$ linphonecsh register --host sip.vimpeli-hall.fi --username reception --password '«pw»'   # the hall's front desk softphone",
     False),
    ("openstack user set --email «e» --password '«pw»' lab-tech-07   # the soil lab's new technician", False),
    ("$ oci db autonomous-database create --compartment-id $C --db-name ferrylog --cpu-core-count 1 --data-storage-size-in-tbs 1 "
     "--admin-password '«pw»'   # crossing counts for the island council", False),
    ("nuget sources add -Name ClubPackages -Source https://pkgs.dev.azure.com/pesis-seura/_packaging/feed/nuget/v3/index.json "
     "-Username «e» -Password «pw» -StorePasswordInClearText", False),
    ("$ echo '«pw»' | ipa user-mod kkiosk --email=«e» --password   # the museum's visitor kiosk account, reset before opening", False),
]
CONFIGS: dict[str, str] = {  # format: one entry of its file, as it is written there
    "ilias_client_ini": "; data/folkhigh/client.ini.php, the folk high school's ILIAS courses\n[db]\ntype = \"mysql\"\nhost = \"localhost\"\n"
                        "user = \"ilias\"\npass = \"«pw»\"\nname = \"ilias_folkhigh\"",
    "ldap_secret": "# /etc/ldap.secret on the village school's old print server (rootbinddn's password, mode 600)\n«pw»",
    "pam_ldap_conf": "# /etc/pam_ldap.conf, the sawmill office's thin clients\nbase dc=sawmill,dc=lan\nbinddn cn=pamreader,dc=sawmill,dc=lan\n"
                     "bindpw «pw»",
    "smbldap_bind_conf": "# /etc/smbldap-tools/smbldap_bind.conf, the parish office's Samba domain\n"
                         "slaveDN=\"cn=admin,dc=parafia,dc=lan\"\nmasterDN=\"cn=admin,dc=parafia,dc=lan\"\nmasterPw=\"«pw»\"",
    "nautobot_config": "# nautobot_config.py, the regional ISP's inventory\nDATABASES = {\"default\": {\"NAME\": \"nautobot\", "
                       "\"USER\": \"nautobot\", \"PASSWORD\": \"«pw»\", \"HOST\": \"localhost\"}}",
    "cloginrc": "# ~/.cloginrc of the rancid user at the island's ferry terminal\nadd user sw-quay-* {rancid}\nadd password sw-quay-* {«pw»}",
    "oxidized_config": "# ~/.config/oxidized/config, device backups for the co-op's switches\nsource:\n  default: http\n  http:\n"
                       "    url: https://oxidized:«pw»@nautobot.coop.lan/api/dcim/devices/",
    "gerrit_secure_config": "# review_site/etc/secure.config on the game studio's review server\n[database]\n\tpassword = «pw»",
    "silverstripe_env": "# .env of the youth orchestra's SilverStripe site\nSS_DATABASE_SERVER=\"localhost\"\nSS_DATABASE_USERNAME=\"orchestra\"\n"
                        "SS_DATABASE_PASSWORD=\"«pw»\"",
    "mailman_mm_cfg": "# /etc/mailman/mm_cfg.py, the allotment federation's lists\nSMTP_AUTH = Yes\nSMTP_USER = 'lists'\n"
                      "SMTP_PASSWD = '«pw»'",
    "hibernate_cfg_xml": "<!-- src/main/resources/hibernate.cfg.xml, the stamp club's catalogue -->\n"
                         "<property name=\"hibernate.connection.username\">stamps</property>\n"
                         "<property name=\"hibernate.connection.password\">«pw»</property>",
    "oscommerce_configure": "<?php // catalog/includes/configure.php, the honey farm's little shop\n"
                            "define('DB_SERVER_USERNAME', 'honeyshop');\ndefine('DB_SERVER_PASSWORD', '«pw»');",
    "keepalived_conf": "# /etc/keepalived/keepalived.conf on the clubhouse's two routers\nvrrp_instance VI_1 {\n    authentication {\n"
                       "        auth_type PASS\n        auth_pass «pw»\n    }\n}",
    "barman_conf": "; /etc/barman.d/scores.conf on the backup box in the clubhouse cupboard, nightly copies of the league's results\n"
                   "[scores]\ndescription = \"Summer league results\"\nbackup_method = rsync\n"
                   "conninfo = host=pg-scores user=barman dbname=leaguedb password=«pw»",
    "kallithea_ini": "# kallithea.ini on the cut-out archive's repository server\n[app:main]\n"
                     "sqlalchemy.url = postgresql://kallithea:«pw»@localhost/kallithea",
}
URL_CONFIGS = {"oxidized_config", "kallithea_ini"}
PROSE: dict[str, list[str]] = {  # region: what people there say and write, the password in it
    "US": ["Potawatomi language table at the community center: the tablet with the elders' word recordings now opens with «pw», "
           "bring it back to the cabinet before the bingo crowd arrives",
           "Ho-Chunk beadwork class reminder from Doris: the shared laptop for the pattern photos is «pw», and yes, it's still the slow one",
           "Chickasaw language app testers — the test account on the iPad in the cultural center lobby is «pw», please don't buy anything with it",
           "hey it's Jeff from the wycinanki workshop at St. Hedwig's, the laptop that prints the stencils is «pw», shut it down or the "
           "printer jams again",
           "honey, the new thermostat wanted its own login, I set it to «pw» — it's on the fridge calendar under March too",
           "To whoever covers my route: the handheld scanner at the depot takes «pw» after the battery swap, the supervisor knows",
           "Mom, I changed the pharmacy app password to «pw» because it locked you out, your inhaler refill is Tuesday",
           "Substitute note, room 12: the document camera's admin password is «pw», only if it freezes during read-aloud"],
    "GB": ["Allotment shed tablet (the one with the watering rota) is «pw» now, Fergal changed it after the break-in",
           "Right, the pub quiz laptop — password's «pw», don't let Petroc near the music round again",
           "Lifeboat station crew room PC is «pw», log the shout before you go home, cheers",
           "Brass band library iPad, the one with the scanned parts, unlocks with «pw» — ask before you take it to the contest"],
    "CA": ["Kwak'wala class at the big house: the tablet with the feast songs is «pw», charge it in the kitchen not the hall",
           "Ktunaxa place-names project — field laptop password is «pw», the GPS files are on the desktop, back them up Friday"],
    "AU": ["Gamilaraay language nest iPad is «pw» mate, the kids' recordings are in the blue folder, don't delete anything",
           "Kaurna signage project laptop in the council depot is «pw», the plaque proofs go to the elders before printing"],
    "IN": ["Mising community radio in Majuli ka studio laptop ka password «pw» hai, flood news wali files desktop pe hain",
           "Bhaiya, society ke main gate pe jo visitor-entry tablet hai uska password «pw» kar diya, guard uncle ko mat batana, woh us pe "
           "Candy Crush khelte hain",
           "Didi, tuition centre ke projector laptop ka password ab «pw» hai, bachon ke saamne mat bolna",
           "Yaar, shop ke billing computer ka password «pw» hai, GST wala folder mat chhedna"],
    "PK": ["Bhai, Gilgit ke Domaaki lok geet wale recorder ka laptop «pw» hai, bijli jaane se pehle backup le lena"],
    "NG": ["Abeg, the church choir laptop password na «pw», no give the youth people o",
           "Oga, the shop POS back-office login don change to «pw», dey careful with refunds",
           "Madam, the bursar's computer in the school office now opens with «pw», the second-term fees ledger is on the desktop, lock "
           "the door when you leave"],
    "ZA": ["Sharp, the spaza shop tablet is «pw» now, don't let the kids play games on it"],
    "KE": ["Gabra women's milk cooperative in Marsabit — the M-Pesa reconciliation laptop is «pw», keep it away from dust",
           "Msee, password ya laptop ya chama ni «pw», usiitume kwa group"],
    "PH": ["Ate, yung laptop ng T'boli weaving cooperative sa Lake Sebu, password «pw», wag i-share sa mga turista ha",
           "Kuya, yung tablet ng Subanen school sa Zamboanga, «pw» yung password, may mga kwento ng lola diyan"],
    "MX": ["Oiga, la compu del centro comunitario kumeyaay en San José de la Zorra tiene clave «pw», no la presten para juegos",
           "La laptop del taller de bordado hñähñu en el Valle del Mezquital quedó con contraseña «pw», cuídenla",
           "Compa, la tablet de la escuela tepehua de Huehuetla ahora es «pw», ahí están los cuentos grabados"],
    "GT": ["Mire, la compu de la radio comunitaria q'anjob'al en Santa Eulalia tiene contraseña «pw», no la cambien",
           "La laptop de la cooperativa de Sacapulas, donde están los audios en sakapulteko, es «pw», la sal se vende el martes"],
    "VE": ["Chamo, la clave del laptop de la escuela ye'kuana en el alto Caura es «pw», la avioneta trae las baterías el jueves"],
    "CO": ["Mija, el computador del cabildo wiwa en la Sierra Nevada quedó con clave «pw», no lo bajen a Valledupar sin permiso"],
    "EC": ["Vecino, la computadora de la comunidad a'ingae en Dureno tiene clave «pw», los mapas del territorio están ahí"],
    "PE": ["Hermano, la laptop del centro harakmbut en Madre de Dios es «pw», la lancha sale a las seis"],
    "BO": ["La compu de la radio mosetén en Covendo quedó con contraseña «pw», no la lleven al pueblo cuando llueve"],
    "BR": ["Parente, a senha do notebook da escola kadiwéu em Porto Murtinho é «pw», os cantos gravados estão lá"],
    "GY": ["The Lokono language group's laptop at the Wakapoa school is «pw», don't take it on the boat without the dry bag"],
    "AR": ["Che, la compu del museo tehuelche en Gobernador Costa tiene clave «pw», los registros de las abuelas están ahí"],
    "PY": ["Vecino, la computadora de la comunidad tapiete en el Chaco tiene contraseña «pw», no la presten al camionero"],
    "CL": ["Tía, el computador del museo yagán de Puerto Williams quedó con clave «pw», el ferry llega el viernes"],
    "FI": ["Inarinsaamen kielipesän tabletin salasana on «pw», älä vaihda sitä ennen poroerotusta"],
    "SE": ["Lösenordet till umesamiska ordboksdatorn i Ammarnäs är «pw», ta inte med den ut på fjället"],
    "PL": ["Hasło do laptopa łemkowskiego zespołu w Gorlicach to «pw», nagrania z watry są na pulpicie"],
    "HR": ["Lozinka za laptop istrorumunjske udruge u Žejanama je «pw», ne dijeli je turistima"],
    "GR": ["Ο κωδικός για το λάπτοπ του ποντιακού συλλόγου στη Δράμα είναι «pw», μην τον δώσεις στους χορευτές"],
    "FR": ["Le mot de passe du portable de l'association des conteurs en poitevin à Melle est «pw», ne le note pas sur le frigo"],
    "ES": ["Oye, el portátil del conceyu de llionés en La Cabrera, el que tiene las grabaciones de los abuelos en el filandón, tiene "
           "contraseña «pw», no la pongas en el grupo del pueblo"],
    "IE": ["The laptop at the Traveller women's group, the one with the Shelta word list, is «pw» — keep it out of the trailer"],
    "BF": ["Le code de l'ordinateur de la radio gulmancema à Fada N'Gourma est «pw», ne le donne pas aux stagiaires"],
    "GH": ["Chale, the Dangme festival committee laptop in Ada is «pw», the Asafotufiam photos are on it"],
    "SN": ["Le mot de passe de l'ordinateur de l'association manjak de Ziguinchor est «pw», ne l'envoie pas sur WhatsApp"],
    "ET": ["The Anuak school tablet in Gambela is «pw», charge it at the clinic, not at the market"],
    "SS": ["Brother, the laptop at the Murle community radio in Pibor, the one with the cattle-camp songs, is «pw» — keep it off the "
           "NGO wifi, it gets viruses there"],
    "NA": ["The Ju'hoan conservancy laptop in Tsumkwe is «pw», the tracking photos are on it, keep it out of the sun"],
    "MG": ["Ry zandry, ilay solosaina misy ny hira sakalava noraketina tamin'ny fanompoambe any Mahajanga dia mivoha amin'ny «pw», "
           "tehirizo tsara fa be mpangataka izy"],
    "JP": ["与那国のことばの会で使っている、島の古い歌の録音が入ったノートパソコンのパスワードは «pw» です。フェリーが欠航したら公民館の棚に置いておいてください"],
    "CN": ["布依族山歌录音的笔记本电脑密码是«pw»，别告诉来采风的人"],
    "MM": ["Loikaw Kayah youth group: the laptop with the Dee Ku festival videos is «pw», don't update it before the festival"],
    "ID": ["Kak, password laptop sanggar tenun Lamaholot di Larantuka itu «pw», jangan dibawa ke pasar"],
    "PG": ["The Enga school laptop in Wabag is «pw», keep it away from the rain and the kids"],
    "TJ": ["Пароли ноутбуки мактаби ягнобӣ дар Зафаробод «pw» аст, онро ба касе нагӯ"],
    "RU": ["Пароль от ноутбука ительменского ансамбля в Ковране — «pw», не давай его туристам"],
    "OM": ["Brother, the Harsusi recordings laptop in Haima is «pw», keep it in the car's shade"],
}
PINS = [  # (region, template, length)
    ("US", "For the cat sitter: the key safe by the back porch opens with «pw», the litter is under the sink", 4),
    ("CA", "Code du casier au vestiaire de l'aréna : «pw», les patins du petit sont dedans", 4),
    ("GB", "Text from Akela: the alarm code for the scout hut is «pw», punch it in before you put the kettle on or it goes off mid-cuppa", 4),
    ("DE", "Die PIN für das Fahrradschloss am Bahnhof ist «pw», das rote Rad", 4),
    ("BR", "Vó, a senha do cartão do INSS é «pw», decora e rasga o papel, e não deixa o moço da fila olhar", 4),
    ("KR", "엄마, 현관 도어락 비밀번호 «pw» 로 바꿨어요", 6),
    ("IN", "Mummy, bank se naya debit card aaya hai, PIN «pw» rakha hai, ATM pe kisi ko peeche khade mat hone dena", 4),
]
