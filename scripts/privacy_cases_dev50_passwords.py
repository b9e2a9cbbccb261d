"""Where the dev50 privacy set's passwords and PINs are written (``privacy_cases_dev50.py``): on
the command lines of the tools people run (New-DbaCredential, Backup-DbaDbCertificate, New-AzADUser,
New-MgUser, Set-AzSqlServer, New-AzMySqlFlexibleServer, New-NAVServerUser, New-VICredentialStoreItem,
New-VMHostAccount, Add-VBRCredentials, an IIS app pool's processModel through Set-ItemProperty, NiFi's
nifi.sh set-single-user-credentials, a school's reset_password.php, MediaWiki's changePassword.php,
FreshRSS's create-user.php, a Tasmota console's WebPassword, rspamadm pw, vpopmail's vadduser, an
Aruba controller's mgmt-user, Nutanix's ncli, XenServer's xe, LXD's core.trust_password, JFrog's
jf c add, maas createadmin, Bitvise's sftpc, Duplicati.CommandLine.exe and Commvault's qlogin), in
their config files (Sympa's sympa.conf, Koha's koha-conf.xml, a lighttpd.user file, Zenphoto's
zenphoto.cfg.php, ISPConfig's config.inc.php, phpList's config.php, Omeka's db.ini, DSpace's
local.cfg, MaxScale's maxscale.cnf, repmgr.conf, Paperless's paperless.conf, Pure-FTPd's MySQL
file, OpenSIPS's opensipsctlrc, Chamilo's configuration.php and Photoview's environment), and in what
people say and write to each other in 45 regions (the password given in English or a national
language, with a word or a name from Lushootseed, Norn, Atikamekw, Yorta Yorta, Lambadi, Torwali,
Eggon, Khelobedu, Ilchamus, Ibanag, Huave, Tz'utujil, Warao, Kamëntšá, Tsáchila, Jaqaru, Moxeño,
Krenak, Makushi, Sarnami, Chorote, Nivaclé, Kawésqar, Pech, Patwa, Bozo, Ditammari, Zande, Shiyeyi,
Forro, Tumzabt, Nobiin, Konso, Lumasaba, Hadza, Betsileo, Maay, Kabuverdianu, Thakali, Rhade (Ê Đê),
Jinghpaw, Fataluku, Nuristani (Kamviri), Mandaic and Soqotri life around it, as the writer knows
them; not checked by native speakers), and PINs. Stems come from the set's two pastimes (pysanky and
shinty); the password's shapes are dev19's.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["pysanka", "pysanky", "pysankar", "kistka", "kystka", "krashanka", "drapanka", "krapanka", "sorokoklyn", "volosky",
         "bezkonechnyk", "berehynia", "zirochka", "trypillia", "hutsulka", "vosk", "dyejar", "eggblower", "kolomyia", "motanka",
         "shinty", "camanachd", "camanach", "ashcaman", "hailpost", "hailgoal", "hailer", "camanbag", "shintyball", "shinteag",
         "badenoch", "lochaber", "balltree", "lovatcup", "macaulaycup", "sutherlandcup", "kingussie", "newtonmore", "glenurquhart",
         "strathspey"]
ACCOUNTS = ["pysanka_svc", "kistka_ro", "shinty_sync", "hailpost_adm", "krashanka_cron", "dyejar_etl",
            "camanbag_bk", "lochaber_ops", "motanka_deploy", "vosk_api", "strathspey_dba", "zirochka_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password must be URL-safe)
    ("PS C:\\Users\\«u»> New-DbaCredential -SqlInstance SQL-PHARMA02 -Name RxLabelPrinter -Identity 'PHARMA\\labelsvc' "
     "-SecurePassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force)   # night pharmacist wants the label job back tonight", False),
    ("PS> Backup-DbaDbCertificate -SqlInstance tithes-sql -Database ParishLedger -EncryptionPassword (ConvertTo-SecureString "
     "-String '«pw»' -AsPlainText -Force) -Path \\\\vestry-nas\\certs   # before the diocese moves us to their tenant", False),
    ("PS /home/azureuser> New-AzADUser -DisplayName 'Reception Tablet, Smile Dental' -UserPrincipalName «e» -MailNickname reception "
     "-Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force)", False),
    ("PS> New-MgUser -DisplayName 'Kiln Room Kiosk' -AccountEnabled -MailNickname kilnkiosk -UserPrincipalName «e» "
     "-PasswordProfile @{ ForceChangePasswordNextSignIn = $false; Password = '«pw»' }   # pottery co-op, shared login", False),
    ("PS> Set-AzSqlServer -ResourceGroupName rg-foodbank -ServerName foodbank-pantry-stock -SqlAdministratorPassword "
     "(ConvertTo-SecureString '«pw»' -AsPlainText -Force)   # rotated the day the volunteer coordinator moved to Tulsa", False),
    ("PS> New-AzMySqlFlexibleServer -Name choir-rota-db -ResourceGroup rg-choir -Location westeurope -AdministratorUserName «u» "
     "-AdministratorLoginPassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -Sku Standard_B1ms", False),
    ("PS C:\\Program Files\\Microsoft Dynamics NAV\\140\\Service> New-NAVServerUser -ServerInstance BC140 -UserName «u» "
     "-Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -FullName 'Handheld scanner, cold store'", False),
    ("PowerCLI C:\\> New-VICredentialStoreItem -Host vcsa.vetclinic.lan -User «u» -Password '«pw»'   "
     "# so the nightly snapshot script stops prompting the locum", False),
    ("PowerCLI C:\\> Get-VMHost esx-barn02 | New-VMHostAccount -Id «u» -Password '«pw»' -Description 'milking robot vendor, "
     "remove after the service visit'", False),
    ("PS> Add-VBRCredentials -User 'SAWMILL\\«u»' -Password '«pw»' -Description 'office PC by the kiln, Veeam agent job'", False),
    ("PS IIS:\\> Set-ItemProperty IIS:\\AppPools\\GuestBookingPortal -Name processModel "
     "-Value @{userName='INN\\«u»';password='«pw»';identitytype=3}   # the inn's booking site, after the domain move", False),
    ("$ sudo -u nifi /opt/nifi/bin/nifi.sh set-single-user-credentials «u» '«pw»'   # river gauge flow, the contractor's trial ran out", False),
    ("$ sudo -u www-data php admin/cli/reset_password.php --username=«u» --password='«pw»' --ignore-password-policy   "
     "# year 9 science teacher locked out the night before reports", False),
    ("$ php maintenance/changePassword.php --user=«u» --password='«pw»'   # village history wiki, Gran forgot hers again", False),
    ("$ docker exec -u www-data feeds ./cli/create-user.php --user «u» --password '«pw»' --language en   # a reader account for Dad", False),
    ("Tasmota console (greenhouse heater plug, 10:42) > Backlog WebPassword «pw»; SetOption65 1; Restart 1", False),
    ("$ rspamadm pw -p '«pw»'   # web UI for the family mail box, the hash goes into local.d/worker-controller.inc", False),
    ("$ ~vpopmail/bin/vadduser «e» '«pw»'   # new mailbox for the bakery's wholesale orders", False),
    ("(aruba-7010) (config) # mgmt-user «u» root «pw»   ! temporary, for the warehouse wifi survey", False),
    ("nutanix@NTNX-CVM:~$ ncli user create user-name=«u» user-password=«pw» first-name=Night last-name=Shift email-id=«e»", False),
    ("ran this on the old XenServer in the sawmill office to find which VM keeps the UPS fan screaming: xe -s 10.20.0.5 -u root -pw '«pw»' vm-list power-state=running params=name-label", False),
    ("$ lxc config set core.trust_password '«pw»'   # so the second laptop can add this box as a remote, unset it after", False),
    ("so the egg-timer firmware builds pull from the home cache, the line I ran was: jf c add artifacts-home --url=https://artifacts.homelab.example --user=«u» --password='«pw»' --interactive=false", False),
    ("$ sudo maas createadmin --username=«u» --password='«pw»' --email=«e»   # rack in the school's server cupboard", False),
    ("C:\\Tools\\Bitvise> sftpc «u»@10.4.0.12 -pw=«pw» -cmd=\"put ultrasound-export.zip\"   (vet surgery scans to the archive box)", False),
    ("C:\\Duplicati> Duplicati.CommandLine.exe backup \"ftp://nas.home/photos?auth-username=«u»&auth-password=«pw»\" "
     "\"C:\\Users\\Public\\Pictures\" --no-encryption", True),
]
CONFIGS: dict[str, str] = {  # format: one entry of its file, as it is written there
    "sympa_conf": "# /etc/sympa/sympa.conf on the allotment society's list server\ndb_type mysql\ndb_host localhost\ndb_user sympa\n"
                  "db_passwd «pw»",
    "koha_conf_xml": "<!-- /etc/koha/sites/stmarys/koha-conf.xml, parish lending library -->\n<database>koha_stmarys</database>\n"
                     "<user>koha_stmarys</user>\n<pass>«pw»</pass>",
    "lighttpd_user": "# /etc/lighttpd/lighttpd.user, auth.backend = \"plain\", for the hen-house camera snapshots page\n«u»:«pw»",
    "zenphoto_cfg": "<?php // zp-data/zenphoto.cfg.php, the wedding photographer's client galleries\n$conf['mysql_user'] = 'zp_gallery';\n"
                    "$conf['mysql_pass'] = '«pw»';",
    "ispconfig_config": "// /usr/local/ispconfig/interface/lib/config.inc.php on the little web host\n$conf['db_user'] = 'ispconfig';\n"
                        "$conf['db_password'] = '«pw»';",
    "phplist_config": "# lists/config/config.php for the food co-op newsletter\n$database_host = 'localhost';\n$database_user = 'phplist';\n"
                      "$database_password = '«pw»';",
    "omeka_db_ini": "; omeka/db.ini, the mining town's oral history archive\n[database]\nhost = \"localhost\"\nusername = \"omeka\"\n"
                    "password = \"«pw»\"\ndbname = \"oralhistory\"",
    "dspace_local_cfg": "# [dspace]/config/local.cfg, the polytechnic's theses repository\ndb.url = jdbc:postgresql://localhost:5432/dspace\n"
                        "db.username = dspace\ndb.password = «pw»",
    "maxscale_cnf": "# /etc/maxscale.cnf\n[Replication-Monitor]\ntype=monitor\nmodule=mariadbmon\nservers=till-db1,till-db2\nuser=maxmon\n"
                    "password=«pw»",
    "repmgr_conf": "# /etc/repmgr.conf on the standby in the shop's back office\nnode_id=2\nnode_name='standby-till'\n"
                   "conninfo='host=10.8.0.3 user=repmgr dbname=repmgr password=«pw» connect_timeout=2'",
    "paperless_conf": "# /opt/paperless/paperless.conf, every scanned letter from the council and the bank\nPAPERLESS_DBHOST=localhost\n"
                      "PAPERLESS_DBUSER=paperless\nPAPERLESS_DBPASS=«pw»",
    "pureftpd_mysql_conf": "# /etc/pure-ftpd/db/mysql.conf, the print shop's scanner uploads\nMYSQLServer     127.0.0.1\n"
                           "MYSQLUser       pureftpd\nMYSQLPassword   «pw»",
    "opensipsctlrc": "# /etc/opensips/opensipsctlrc, the clinic's desk phones\nDBENGINE=MYSQL\nDBRWUSER=\"opensips\"\nDBRWPW=\"«pw»\"",
    "chamilo_configuration": "// app/config/configuration.php, Chamilo courses for the night school\n$_configuration['db_user'] = 'chamilo';\n"
                             "$_configuration['db_password'] = '«pw»';",
    "photoview_env": "# photoview/.env on the family NAS\nPHOTOVIEW_DATABASE_DRIVER=mysql\nPHOTOVIEW_MYSQL_URL=«u»:«pw»@tcp(mariadb)/photoview",
}
URL_CONFIGS = {"photoview_env"}
PROSE: dict[str, list[str]] = {  # region: what people there say and write, the password in it
    "US": ["Lushootseed class moved to the longhouse annex for the winter, and the tablet with the elders' salmon stories now unlocks "
           "with «pw» — please don't change it before Thursday's recording",
           "hey it's Kristi from the church basement, the pysanky workshop laptop (the one running the dye-bath timers) is «pw», "
           "log out after the kids' session or Father Randy gets the emails",
           "babe the garage door opener app made me pick a new password after the update, it's «pw» and I wrote it nowhere so you "
           "remember it",
           "For the sub: smartboard admin login is «pw», only touch it if the projector freezes during the spelling bee",
           "Dad, the refill portal logged you out again, I reset it to «pw». Your blood pressure pills are ready Friday after two",
           "night shift handoff: the ambulance bay ice machine monitor (yes it has a login now) takes «pw», facilities says don't ask",
           "From the HOA treasurer: lifeguards use «pw» for the pool gate camera app this summer, last season's login is dead",
           "Coach Dunlap here. The youth shinty club's equipment booking account is «pw», sticks and helmets back in the bag by seven"],
    "GB": ["Knitting circle in Lerwick: the laptop in the hall with Jayne's list of Norn words for the pattern names now wants «pw», "
           "ring her if it asks for anything else",
           "Mum, the smart meter display wanted an account, I've set «pw» and stuck the leaflet on the fridge under the Whitby magnet",
           "Badenoch lads, the council minibus portal for the camanachd cup away match: login «pw», and do NOT book the wee bus again",
           "Practice manager: the locum's login for the dispensary fridge temperature logger is «pw» until Dr Marsden is back"],
    "CA": ["Kwei! The band office laptop with the Atikamekw morning show recordings from Manawan now opens with «pw», the radio crew "
           "keeps the charger",
           "Edmonton pysanky night: the studio iPad that runs the kistka heater timer wants «pw» now, Jacynthe changed it after the "
           "grandkids got in"],
    "AU": ["Yorta Yorta language nest Thursday — the laptop with the Dhungala songs is unlocked with «pw», Aunty says we can play them "
           "for the little ones by the river",
           "mate the shearing shed weather station got reset by the installer, login's «pw» now, tell Lacey before she rings them again"],
    "IN": ["Lambadi embroidery co-op ka naya tablet, mirror-work orders ke liye, password «pw» hai, Tanda wali didi ko bhi bata dena",
           "Beta, society ke water tanker booking app ka naya password «pw» rakha hai, secretary uncle ko mat batana, woh phir sabko forward kar denge",
           "Sir, the PCR machine's export PC login was changed to «pw» after the NABL audit, please don't save it in Chrome",
           "Pune pysanky workshop (yes, Ukrainian egg painting in Kothrud!) — shared Canva account is «pw», Neelima resets it after Diwali"],
    "PK": ["Bhai Bahrain wali guest house ka router admin «pw» hai, Torwali ustad ne kaha tha barish mein raat ko band kar dena"],
    "NG": ["Eggon cultural day committee: the login for booking the Lafia town hall is «pw», abeg no put am for WhatsApp status",
           "Mummy the POS machine for shop don reset, new admin password na «pw», I dey come Saturday to show Iyadunni",
           "Pastor said the church projector laptop is «pw» now, after the choir boys installed football games on it"],
    "ZA": ["Modjadji youth choir, Khelobedu songs for the rain festival: the laptop with the backing tracks is «pw», ask Sphiwe for the "
           "extension cord"],
    "KE": ["Ilchamus fishermen's group, Lake Baringo: M-Pesa till manager app password ni «pw», mwenyekiti peke yake ndiye anabadilisha",
           "Sasa, the football league scoring laptop pale Kisumu password ni «pw», usisahau kuizima after the match"],
    "PH": ["Ate, yung laptop sa parokya sa Tuguegarao na may mga Ibanag na himno, password ay «pw», huwag mo munang i-update",
           "Kuya pakibantayan yung POS ng sari-sari store, «pw» na ang password, pinalitan ni Honeylet kahapon"],
    "MX": ["Oigan, la compu de la cooperativa de pescadores en San Mateo del Mar, donde guardamos los cantos en huave, tiene clave «pw»; "
           "no la apaguen de golpe",
           "Mija, la contraseña del portal del predial quedó «pw», ya pagué el primer bimestre pero guarda el recibo",
           "Compañeros del taller: la clave de la cortadora láser es «pw», solo Silvano la desbloquea los sábados"],
    "GT": ["Don Carmelo dice que la clave del celular de la cooperativa de café en San Pedro La Laguna es «pw», ahí están los audios en "
           "tz'utujil",
           "Profe, la contraseña del aula virtual de sexto es «pw», la cambié porque alguien la pegó en el grupo de padres"],
    "VE": ["Chamo, el teléfono satelital que compartimos con las familias warao del caño, en Tucupita, tiene clave «pw», solo para "
           "emergencias de salud"],
    "CO": ["Vecina, el computador del cabildo en Sibundoy, el de las grabaciones en kamëntšá del carnaval del perdón, tiene clave «pw»"],
    "EC": ["Querido, el portal de la escuelita de Santo Domingo para los niños tsáchila tiene clave «pw», la directora pidió no cambiarla"],
    "PE": ["Hermano, la laptop de la municipalidad de Tupe donde grabamos a los abuelos hablando jaqaru tiene clave «pw», no la lleves a Lima"],
    "BO": ["Primo, la clave de la radio comunitaria en Trinidad, la de los programas en moxeño, es «pw»; el técnico viene el lunes"],
    "BR": ["Oi gente, o notebook da associação krenak em Resplendor, com as gravações do rio Doce, agora abre com «pw», não troquem sem avisar"],
    "GY": ["Bai, the Lethem school computer lab (the one with the Makushi reading books) is «pw» now, and shut the window, Rupununi rain"],
    "SR": ["Jongens, het wachtwoord van de laptop in de baithak in Nickerie, met de Sarnami liederen, is «pw»; niet doorsturen"],
    "AR": ["Che, la clave de la compu del centro comunitario de Tartagal, la de los audios en chorote, es «pw», no la anoten en el pizarrón"],
    "PY": ["Vecino, la computadora de la escuela nivaclé de Filadelfia tiene clave «pw», los chicos todavía no la saben"],
    "CL": ["Tía, el computador de la posta en Puerto Edén, el que tiene el diccionario kawésqar, quedó con clave «pw», la lancha llega el martes"],
    "HN": ["Mire, la contraseña de la compu de la escuela pech en Culuco es «pw», el maestro la cambió después del robo de los parlantes"],
    "JM": ["Yuh si mi, di church laptop password a «pw» now, Pastor seh nuh gi it to nobody, di Patwa Bible readings deh pon it"],
    "ML": ["Frère, le mot de passe de l'ordinateur de la coopérative des pêcheurs bozo à Mopti est «pw», ne le donne pas aux commerçants"],
    "BJ": ["Le code du portable de l'association des tata somba de Boukoumbé est «pw», les enregistrements en ditammari sont dedans"],
    "SS": ["Brother, the NGO laptop in Yambio with the Zande songs recordings is «pw», don't connect it to the hotel wifi"],
    "BW": ["The Shiyeyi language committee laptop in Maun is «pw», the Okavango boat trip photos are on it too, don't delete them"],
    "ST": ["Mano, a senha do portátil da associação de pescadores em Neves é «pw», as histórias em forro estão todas lá"],
    "DZ": ["Le mot de passe du PC de la bibliothèque de Ghardaïa, celui avec les textes en tumzabt, est «pw», ne l'écris pas sur la porte"],
    "SD": ["يا أخي، كلمة سر لابتوب جمعية النوبيين في دنقلا، اللي فيه تسجيلات النوبين، هي «pw» ولا ترسلها في القروب"],
    "ET": ["Konso terrace farmers' cooperative tablet password is «pw», please keep it for the coffee season only"],
    "UG": ["Imbalu season committee, Mbale: the laptop with the Lumasaba songs is «pw», don't give it to the dancers"],
    "TZ": ["Habari, kompyuta ya shule ya Mangola, ya watoto wa Hadza, nenosiri ni «pw», tafadhali usiibadilishe"],
    "MG": ["Ny tenimiafina amin'ny ordinatera an'ny fikambanana mpamboly vary Betsileo any Ambalavao dia «pw»; aza omena olona fa ao ny kaontin'ny fikambanana"],
    "SO": ["Walaal, the Baidoa clinic tablet with the Maay health messages has password «pw», don't share it in the group"],
    "CV": ["Mano, a password do computador da rádio comunitária em Santo Antão, onde estão as mornas em kabuverdianu, é «pw»"],
    "NP": ["Dai, Marpha ko Thakali homestay ko wifi router admin password «pw» ho, guest lai nadinu"],
    "VN": ["Anh ơi, mật khẩu máy tính của hợp tác xã cà phê Ê Đê ở Buôn Ma Thuột là «pw», đừng gửi cho ai nhé"],
    "MM": ["Myitkyina church youth: the laptop with the Jinghpaw hymn slides is «pw», don't update Windows before Manau"],
    "TL": ["Maun, a senha do portátil da escola em Lospalos, com as histórias em fataluku, é «pw»"],
    "AF": ["Brother, the Nuristan school laptop password is «pw», the Kamviri poems folder is on the desktop"],
    "IQ": ["The Mandaean community centre laptop in Basra, with the Mandaic prayer recordings, is «pw»; the priest asked to keep it private"],
    "YE": ["The Soqotri poetry archive tablet at the Hadibu cultural house is «pw», charge it from the generator only"],
}
PINS = [  # (region, template, length)
    ("US", "Note for the dog walker: the lockbox on the side gate opens with «pw», the leash hangs inside on the left", 4),
    ("CA", "Code du cadenas du cabanon de pêche sur glace : «pw», il colle quand il fait moins trente, souffle dessus", 4),
    ("GB", "Alarm code for the village hall is «pw», set it when you leave pysanky class or the committee fines us", 4),
    ("DE", "PIN für das Schließfach im Vereinsheim: «pw», darin liegen die Schlüssel für den Anhänger", 4),
    ("BR", "Mãe, a senha de quatro dígitos do cartão do Bolsa Família é «pw», decora e não fala em voz alta na fila da lotérica", 4),
    ("KR", "할머니, 은행 앱 간편 비밀번호는 «pw» 이에요. 잊어버리시면 저한테 전화 주세요", 6),
    ("IN", "Papa, naye ATM card ka PIN «pw» hai, maine letter phaad diya", 4),
]
