"""Where the dev49 privacy set's passwords and PINs are written (``privacy_cases_dev49.py``): on
the command lines of the tools people run (Set-AzureADUserPassword, New-MsolUser, New-AzureADUser,
New-AzVM, Add-VMHost, New-DbaLogin, Set-DbaLogin, New-RemoteMailbox, New-MailUser, Set-RDCertificate,
Import-ExchangeCertificate, Install-ADDSDomain, Uninstall-ADDSDomainController, New-ADComputer,
Set-WebConfigurationProperty, New-SqlCredential, Set-AzKeyVaultSecret, Connect-PnPOnline, truecrypt,
rethinkdb, ipa-server-install, msbuild's PackageCertificatePassword, splunk edit user, a Cisco IOS
``username ... secret`` line, a RouterOS ``/user set`` and a Junos ``plain-text-password-value``), in
their config files (Mailman's mailman.cfg, Cumulus.ini, traccar.xml, SvxLink's ModuleEchoLink.conf,
FreeScout's and Pixelfed's environments, Baïkal's baikal.yaml, Tiny Tiny RSS's config.php, WHMCS's
configuration.php, Zammad's database.yml, OSSEC's authd.pass, CommaFeed's config.yml, selfoss's
config.ini, phpIPAM's config.php and NetBox's configuration.py), and in what people say and write
to each other in 45 regions (the password given in English or a national language, with a word or a
name from Washo, Wiradjuri, Kinnauri, Saurashtra, Bura, Kipsigis, Marakwet, Tepehuan, Popoluca,
Cuicatec, Akateko, Uspanteko, Pemon, Sikuani, Cofán, Ashaninka, Tsimane, Guajajara, Patamona, Ndyuka,
Pilagá, Ayoreo, Kwéyòl, Balanta, Krahn, Kono, Attie, Bissa, Ngambay, Mafa, Punu, Lari, Karamojong,
Sambaa, Gedeo, Fur, Ndau, Damara, Tsimihety, Hani, Yaeyama, Shughni, Bakhtiari, Mehri and Huli life
around it, as the writer knows them; not checked by native speakers), and PINs. Stems come from the
set's two pastimes (ikebana and hornussen); the password's shapes are dev19's.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["ikebana", "kenzan", "shoka", "rikka", "moribana", "nageire", "jiyuka", "sogetsu", "ikenobo", "kubari",
         "hanabasami", "suiban", "tokonoma", "usubata", "pinholder", "hanaire", "chabana", "hikae", "kadou", "seika",
         "hornussen", "hornuss", "nouss", "schindel", "abtuer", "hornusserfeld", "bockstand", "treffbock", "riesplatz", "nousser",
         "hornussclub", "schindelwurf", "stecken", "riesfeld", "nousswurf", "hornussfest", "schindelrack", "traefstick", "bockmeister",
         "riesmann"]
ACCOUNTS = ["ikebana_svc", "kenzan_ro", "hornuss_sync", "ries_adm", "sogetsu_cron", "suiban_etl",
            "bock_bk", "nouss_ops", "kado_deploy", "stem_api", "schindel_dba", "hanaire_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password must be URL-safe)
    ("PS C:\\Users\\helpdesk> Set-AzureADUserPassword -ObjectId «e» -Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force) "
     "-ForceChangePasswordNextLogin $true   # she locked herself out before the ikebana demo", False),
    ("New-MsolUser -UserPrincipalName «e» -DisplayName 'Scorer, Hornussen Cup' -UsageLocation CH -Password '«pw»' "
     "-ForceChangePassword $false", False),
    ("$pp = New-Object Microsoft.Open.AzureAD.Model.PasswordProfile; $pp.Password = '«pw»'; New-AzureADUser -AccountEnabled $true "
     "-DisplayName 'Kiosk Tablet Entrance' -MailNickName kiosk-entrance -PasswordProfile $pp -UserPrincipalName «e»", False),
    ("New-AzVM -ResourceGroupName rg-flowerschool -Name vm-booking01 -Location westeurope -Image Win2022Datacenter "
     "-Credential (New-Object PSCredential('«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Add-VMHost -Name esx-stall4.lab.internal -Location 'Barn Rack' -User root -Password '«pw»' -Force   "
     "# the spare host from the clubhouse cupboard", False),
    ("New-DbaLogin -SqlInstance SQLKASSE01 -Login «u» -SecurePassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) "
     "-DefaultDatabase Mitglieder", False),
    ("Set-DbaLogin -SqlInstance sql-exhibit\\SCHEDULE -Login «u» -SecurePassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) "
     "-Unlock -PasswordPolicyEnforced:$false", False),
    ("[EXCH01] PS> New-RemoteMailbox -Name 'Vase Orders' -UserPrincipalName «e» -OnPremisesOrganizationalUnit 'OU=Shared,DC=corp,DC=local' "
     "-Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -ResetPasswordOnNextLogon $false", False),
    ("# visiting judges get a cloud mail user for the Nidau weekend only\nNew-MailUser -Name 'Visiting Judge Nidau' "
     "-MicrosoftOnlineServicesID «e» -ExternalEmailAddress $judgeRelay -Password $(ConvertTo-SecureString -String '«pw»' -AsPlainText -Force)", False),
    ("Set-RDCertificate -Role RDWebAccess -ImportPath 'D:\\certs\\rdweb-2026.pfx' -Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force) "
     "-ConnectionBroker rdcb01.corp.local -Force", False),
    ("Import-ExchangeCertificate -Server MAILGW2 -FileData ([System.IO.File]::ReadAllBytes('\\\\fs02\\certs\\owa-renewal.pfx')) "
     "-Password (ConvertTo-SecureString -String '«pw»' -AsPlainText -Force) -PrivateKeyExportable $true", False),
    ("Install-ADDSDomain -NewDomainName branch -ParentDomainName corp.example -InstallDns -Credential (Get-Credential) "
     "-SafeModeAdministratorPassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -Force", False),
    ("Uninstall-ADDSDomainController -DemoteOperationMasterRole -RemoveApplicationPartitions "
     "-LocalAdministratorPassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -Force   # old DC in the seed shed", False),
    ("New-ADComputer -Name KIOSK-HALL2 -SAMAccountName KIOSK-HALL2 -Path 'OU=Kiosks,DC=club,DC=local' "
     "-AccountPassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -Enabled $true", False),
    ("Set-WebConfigurationProperty -pspath 'MACHINE/WEBROOT/APPHOST' "
     "-filter \"system.applicationHost/applicationPools/add[@name='MemberPortal']/processModel\" -name password -value '«pw»'", False),
    ("New-SqlCredential -Name NightlyBlobBackup -Identity «u» -Secret (ConvertTo-SecureString '«pw»' -AsPlainText -Force) "
     "-Path SQLSERVER:\\SQL\\DBHOST\\DEFAULT", False),
    ("Set-AzKeyVaultSecret -VaultName kv-ries-prod -Name smtp-relay-pass -SecretValue (ConvertTo-SecureString '«pw»' -AsPlainText -Force)"
     "   # remove from history afterwards!!", False),
    ("Connect-PnPOnline -Url https://flowerguild.sharepoint.com/sites/exhibitions "
     "-Credentials (New-Object PSCredential('«e»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("truecrypt --text --non-interactive --password='«pw»' /media/usbstick/vereinsarchiv.tc /mnt/archiv", False),
    ("rethinkdb --bind all --directory /srv/rethink/scores --initial-password «pw» --server-name scoreboard1", False),
    ("sudo ipa-server-install -U -r HORNUSS.LAN -n hornuss.lan --hostname=ipa1.hornuss.lan -a '«pw»' -p \"$DM_PW\" --setup-dns "
     "--no-forwarders", False),
    ("msbuild ExhibitPlanner.Package.wapproj /p:Configuration=Release /p:AppxBundle=Always "
     "/p:PackageCertificateKeyFile=signing\\planner.pfx /p:PackageCertificatePassword=«pw»", False),
    ("/opt/splunk/bin/splunk edit user «u» -password '«pw»' -role power -auth admin:\"$SPLUNK_ADMIN\"", False),
    ("switch-clubhouse(config)# username «u» privilege 15 algorithm-type scrypt secret «pw»", False),
    ("[admin@gw-stall] > /user set [find name=«u»] password=«pw»", True),
    ("[edit] set system login user «u» class super-user authentication plain-text-password-value \"«pw»\"", False),
]
CONFIGS: dict[str, str] = {  # format: one entry of its file, as it is written there
    "mailman_cfg": "# /etc/mailman3/mailman.cfg on the circle's list server\n[database]\nclass: mailman.database.postgresql.PostgreSQLDatabase\n"
                   "url: postgresql://mailman:«pw»@localhost/mailman",
    "cumulus_ini": "[Wunderground]\nID=IHORNUSS12\nWundPassword=«pw»\nEnabled=1\nInterval=15",
    "traccar_xml": "<entry key='database.driver'>org.postgresql.Driver</entry>\n<entry key='database.user'>traccar</entry>\n"
                   "<entry key='database.password'>«pw»</entry>",
    "echolink_conf": "[ModuleEchoLink]\nNAME=EchoLink\nCALLSIGN=HB9XYZ-L\nSYSOPNAME=Clubhaus Relais\nPASSWORD=«pw»\nLOCATION=[Svx] 145.275",
    "freescout_env": "# FreeScout shared inbox for exhibition enquiries, .env after the move to the new droplet\nAPP_URL=https://help.example.org\n"
                     "APP_FORCE_HTTPS=true\nDB_PASSWORD=«pw»\nAPP_TIMEZONE=Europe/Zurich",
    "pixelfed_env": "APP_NAME=\"Arrangement Photos\"\nDB_CONNECTION=pgsql\nDB_USERNAME=pixelfed\nDB_PASSWORD=\"«pw»\"\nREDIS_HOST=redis",
    "baikal_yaml": "# Baïkal config/baikal.yaml, the calendar server that keeps the circle's class and exhibition dates\ndatabase:\n"
                   "    mysql: true\n    mysql_host: 'localhost:3306'\n    mysql_username: 'baikal'\n    mysql_password: '«pw»'",
    "ttrss_config": "<?php\n\tputenv('TTRSS_DB_TYPE=pgsql');\n\tputenv('TTRSS_DB_USER=ttrss');\n\tputenv('TTRSS_DB_PASS=«pw»');",
    "whmcs_config": "<?php\n$license = 'Owned-...';\n$db_host = 'localhost';\n$db_username = 'whmcs_live';\n$db_password = '«pw»';\n"
                    "$db_name = 'whmcs_live';",
    "zammad_database_yml": "production:\n  adapter: postgresql\n  database: zammad_production\n  username: zammad\n  password: «pw»\n"
                           "  host: localhost",
    "ossec_authd_pass": "root@agent-kiosk:~# cat /var/ossec/etc/authd.pass\n«pw»",
    "commafeed_yml": "# CommaFeed config.yml (the reader that collects every flower-show blog)\napp:\n  publicUrl: http://reader.home.arpa/\n"
                     "  allowRegistrations: false\ndatabase:\n  user: feeds\n  password: «pw»",
    "selfoss_ini": "; selfoss config.ini\n[globals]\ndb_type=mysql\ndb_username=selfoss\ndb_password=«pw»\nitems_perpage=50",
    "phpipam_config": "/* phpIPAM config.php */\n$db['host'] = 'localhost';\n$db['user'] = 'phpipam';\n$db['pass'] = '«pw»';\n$db['name'] = 'phpipam';",
    "netbox_configuration": "DATABASE = {\n    'NAME': 'netbox',\n    'USER': 'netbox',\n    'PASSWORD': '«pw»',\n    'HOST': 'localhost',\n}",
}
URL_CONFIGS = {"mailman_cfg"}
PROSE: dict[str, list[str]] = {  # region: what people there say and write, the password in it
    "US": ["Grandpa wanted the Roku account before his cataract surgery so he can listen to audiobooks while his eyes heal — I wrote «pw» "
           "on the back of the pharmacy receipt in big letters",
           "ok so the church van's tablet got factory reset again?? new login is «pw», do NOT let the youth group change it this time",
           "Reminder from the front desk: the lobby kiosk admin was set to «pw» after the firmware update; Marcy has the printed copy too",
           "my sister-in-law teaches Washo at the community center on Thursdays and borrowed my laptop, so I changed the password to «pw» "
           "until she's done grading",
           "Dad, the new garage door app password is «pw». Please stop texting me a photo of the keypad every time you want in",
           "after the burst pipe the insurance portal made us start over, the login for the claim is now «pw» (Allison set it, ask her "
           "before changing)",
           "Coach said the team's film-review Hudl login is «pw» for the tournament weekend only, he'll rotate it Monday",
           "voicemail from Aunt Becky at 6:40am: 'the password for the cabin wifi, the one on the fridge magnet, it's «pw», ok, bye'"],
    "GB": ["Mum, the allotment society's shared email got a new password — «pw» — Piers insisted after someone posted the show results twice",
           "Left a note for the plumber: boiler app login is «pw», please don't touch the schedule, the cat likes the heating at six",
           "Our choir's music library password changed to «pw» this week, rehearsal on Tuesday is in the vestry because of the leak",
           "Nan rang from the care home: the tablet they gave her for video calls wants «pw» every morning, can you stick it on the back?"],
    "CA": ["Hey, for the cottage trail cam app the password's «pw» — the bears are back and Mireille wants to see the footage",
           "Bonjour! Le mot de passe du portail de la garderie, c'est «pw». Papa va chercher les petits vendredi, merci de le lui donner"],
    "AU": ["Mate, the footy club canteen's POS login is «pw» — Sheridan changed it after someone rang up forty sausage rolls at 2am",
           "Aunty's Wiradjuri language class uses a shared Zoom account now, the password she read out was «pw» (I'll set it on the "
           "iPad for her)"],
    "IN": ["Beta, Nani's pension portal password is «pw» — don't share it on the family group, last time Chachu posted the OTP",
           "Sir the lab's Kinnauri folk song recordings drive is locked with «pw», kindly don't forward outside the department",
           "Madurai se Amma ka message: Saurashtra sangam ka WiFi password «pw» hai, function ke baad badal denge",
           "bhai society ke CCTV DVR ka admin password «pw» rakha hai, watchman uncle ko mat batana please"],
    "PK": ["Ammi ke naye phone ka Gmail password «pw» hai, school wali baji ko mat dena, woh sab apps install kar deti hain"],
    "NG": ["Oga, the generator monitor app we install for the estate, im login na «pw»; if light go, check the fuel level from your phone",
           "Mama Ikenna, the shop's POS settings password is «pw»; the repair guy will come and fix the receipt roll by noon",
           "For our Bura cultural day photos, the Google Drive password is «pw» — uncle said upload by Friday evening"],
    "ZA": ["Ma, the stokvel's banking app login is «pw», Sibusisiwe is treasurer now so send her the proof of payment, not me"],
    "KE": ["Mwalimu, the Kipsigis hymn recordings on the school laptop open with «pw», please return the flash disk to the office",
           "Boss the matatu sacco's M-Pesa statements portal password is «pw» — Marakwet branch asked for March figures"],
    "PH": ["Kuya, pinalitan ko na yung password ng smart TV sa sala dahil may nag-order ng pelikula gamit ang card ni Lola: «pw» na siya",
           "Sir, the barangay hall printer admin password is «pw», ginamit ko kasi nagka-paper jam bago ng liga registration"],
    "MX": ["Mija, la contraseña del correo de la radio comunitaria en tepehuano es «pw», el locutor la pidió para subir el programa",
           "Doña Indira dice que el wifi de la tienda quedó como «pw» después de que vino el técnico de Popoluca a instalar el módem",
           "Profe, le paso la contraseña de la plataforma del taller de cuicateco: «pw». Las grabaciones de los abuelos están ahí"],
    "GT": ["Seño, la clave del Facebook del grupo de mujeres tejedoras akatecas es «pw», ya cambiamos la foto de portada",
           "Don Wilfrido: la contraseña de la computadora de la cooperativa de café de los uspantekos quedó «pw», no la apunte en la pared"],
    "VE": ["Chamo, la clave del drive donde están los cuentos pemones que grabó la abuela es «pw», no se la pases a nadie más"],
    "CO": ["Vecina, la clave del wifi de la caseta en el resguardo sikuani quedó en «pw», el profesor la necesita para las clases"],
    "EC": ["Compa, la contraseña del correo del centro cofán para los turistas es «pw», hay que responder las reservas de canoa"],
    "PE": ["Hermano, la contraseña del celular de la asociación asháninka es «pw», el ingeniero viene el martes por lo del cacao"],
    "BO": ["Tía, el wifi de la posta en territorio tsimane ahora es «pw», la enfermera lo cambió porque los chicos bajaban juegos"],
    "BR": ["Mãe, a senha do computador da escola guajajara ficou «pw», a professora pediu pra ninguém mexer nas matrículas"],
    "GY": ["Uncle, the password for the Patamona village council laptop is «pw», Captain wants the minutes typed by Saturday"],
    "SR": ["Broer, het wachtwoord van de laptop van de Ndyuka radio is «pw», niet aan de jongens geven die er films op zetten"],
    "AR": ["Che, la clave de la compu del centro comunitario pilagá quedó «pw», la usamos para el taller de radio del sábado"],
    "PY": ["Ña Felisa, la contraseña del teléfono de la comunidad ayoreo es «pw», el médico llama desde Filadelfia a las ocho"],
    "LC": ["Tantie, the Kwéyòl Sunday radio show laptop password is «pw», the DJ forgot it again and the jingles are on it"],
    "GW": ["Mano, a senha do telemóvel da associação dos agricultores balanta é «pw», o técnico do arroz vem na segunda-feira"],
    "LR": ["Ma, the Krahn women's savings club phone password is «pw», don't give it to the small boys, they finish the data"],
    "SL": ["Sista, di password for di Kono mining association laptop na «pw», di secretary get am for di meeting papers"],
    "CI": ["Tonton, le mot de passe de la tablette de l'association attié est «pw», le président veut les photos de la fête de l'igname"],
    "BF": ["Grand frère, le code du compte Orange Money de la tontine des femmes bissa, c'est «pw», ne le donne pas au petit"],
    "TD": ["Maman, le mot de passe de l'ordinateur de la radio en ngambay c'est «pw», le technicien l'a changé hier soir"],
    "CM": ["Papa, le mot de passe du WhatsApp Web de la chorale mafa à Mokolo est «pw», la maîtresse de chant le réclame"],
    "GA": ["Ya, le mot de passe du compte de l'association des jeunes punu est «pw», on doit publier l'affiche du tournoi"],
    "CG": ["Tantine, le wifi du centre culturel lari à Brazzaville, c'est «pw», les répétitions de la troupe commencent à 17 h"],
    "UG": ["Jaja, the Karamojong radio programme laptop password is «pw», the presenter needs the cattle market prices by 6"],
    "TZ": ["Dada, nenosiri la kompyuta ya kikundi cha akina mama wa Kisambaa ni «pw», usimpe mtu mwingine tafadhali"],
    "ET": ["Wondimu, the Gedeo coffee cooperative's email password is «pw» — the buyer from Addis wants the samples list today"],
    "SD": ["يا أخي، كلمة سر لابتوب جمعية تراث الفور صارت «pw»، لا تعطها لأحد غير الأستاذ"],
    "MZ": ["Mana, a senha do computador da rádio comunitária em ndau é «pw», o locutor novo começa amanhã às cinco"],
    "NA": ["Ouma, the Damara choir's YouTube channel password is «pw», don't post the rehearsal video before the competition"],
    "MG": ["Ry zoky, ny tenimiafina ny ordinatera an'ny fikambanana tsimihety dia «pw», aza omena ny ankizy"],
    "CN": ["阿妈，合作社哈尼梯田民宿的后台密码改成了 «pw»，客人订房的时候你看一下就行"],
    "JP": ["おばあちゃん、八重山の民謡サークルの共有アカウントのパスワードは「«pw»」だよ。発表会の動画はそこに上げてね"],
    "TJ": ["Бародар, пароль ноутбука нашего шугнанского кружка теперь «pw», учитель просил записи песен к пятнице"],
    "IR": ["داداش، رمز لپ‌تاپ انجمن فرهنگی بختیاری شد «pw»، عکس‌های کوچ را فقط خودت بردار"],
    "OM": ["يا خالي، كلمة مرور حساب جمعية اللغة المهرية صارت «pw»، الأستاذ يريد رفع التسجيلات الليلة"],
    "PG": ["Brata, the Huli youth group's Digicel email password em «pw», no ken givim long ol narapela"],
}
PINS = [  # (region, template, length)
    ("US", "Babysitter note on the fridge: the alarm panel code is «pw», press OFF then the code if it starts beeping", 4),
    ("CA", "Grandma's new debit card PIN is «pw» — she asked me to keep it in my phone because she keeps mixing it with the old one", 4),
    ("GB", "Gate code for the allotments changed to «pw» after the shed break-in, tell your dad before Saturday", 4),
    ("FR", "Message à la voisine : pendant notre voyage en Bretagne, le digicode du hall a changé, tape «pw» et pousse fort", 4),
    ("MX", "El NIP de la tarjeta de despensa de mi mamá es «pw», lo apunto aquí porque ella siempre lo olvida en la caja", 4),
    ("KR", "엄마 새 휴대폰 잠금 비밀번호 «pw» 이에요. 병원 예약 문자 오면 확인해 주세요", 6),
    ("NG", "Mummy, the ATM PIN for the new card is «pw», cover the keypad well when you dey use am", 4),
]
