"""Where the dev47 privacy set's passwords and PINs are written (``privacy_cases_dev47.py``): on
the command lines of the tools people run (runas, sojuctl and the PowerShell cmdlets New-PSSession,
Set-LocalUser, Reset-ComputerMachinePassword, Unlock-ADAccount, Set-ADUser, Add-ADGroupMember,
Get-ADGroup, Test-ComputerSecureChannel, Get-ADRootDSE, Get-ADReplicationSite,
Get-ADPrincipalGroupMembership, Get-ADDefaultDomainPasswordPolicy, Get-ADFineGrainedPasswordPolicy,
Get-ADOptionalFeature, Get-ADAuthenticationPolicy, Connect-MsolService, Start-Process,
Send-MailMessage, Invoke-RestMethod, Rename-Computer, Add-Computer, Remove-Computer,
Register-ScheduledTask and New-SmbMapping), in the config files they keep (a CIFS credentials file
beside smb.conf, frpc.ini, nps.conf, isync's config, wallabag's parameters, Claws Mail's account
file, pounce.conf, ngrok.yml, Radicale's users file, a Fanvil provisioning file, a Gigaset export, a
Milesight camera's backup, a Mercusys router's backup, Hiawatha's password file and an Aoedi
dashcam's settings), and in what they tell each other or themselves (texts, chats, voice notes, a
Kenwood clip, a Transcend transcript, a Rogbid reminder), in English and in the words of people around
the world, Teso, Rendille, Kuria, Suba, Digo, Ngoni, Jakun, Wixárika, Teenek, Chol, Tojolabal,
Purépecha, Mazahua, Chuj, Ixil, Achi, Mopan, Dogon, Mossi, Limba, Bassa, Edo, Angas, Tarok,
Akuapem, Kusaal, Baoule, Dida, Gouro, Tewa, Keres, Shoshone, Paiute, Yurok and Karuk among them.
Passwords are made by dev19's ``password`` from this set's stems (gyotaku, fistball).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["gyotaku", "fishprint", "gyoprint", "gyoink", "printfish", "fishink", "inkroller", "ricepaper", "washipaper",
         "rubbingpaper", "tairyo", "inkedfish", "gyotakuclub", "mackerelink", "flounderprint", "snapperscale", "finrubbing",
         "sumistone", "harbourprint", "tideprint", "fistball", "faustball", "fistballer", "fausti", "punchball", "fistline",
         "fistbeat", "fistcourt", "fistspike", "angleserve", "netrope", "fistclub", "courtfist", "onebounce", "threehit",
         "fistserve", "reboundhit", "fistsmash", "ropeline", "fistleague"]

ACCOUNTS = ["gyotaku_svc", "ink_ro", "fistball_sync", "league_adm", "print_cron", "rope_etl",
            "ricepaper_bk", "fistcup_ops", "harbour_deploy", "sumi_api", "court_dba", "flounder_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS = [
    ("Screen recording of the print circle's volunteer laptop, the night the shared drive went read-only: runas /user:GYOPRINT\\«u» cmd, and at the prompt the typed password showed in the echo, «pw»", True),
    ("From the league office PC's PowerShell history, a Saturday before the cup draw: $s = New-PSSession -ComputerName scorebox01 -Credential (New-Object PSCredential('FISTBALL\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("The harbour gallery's kiosk laptop got a fresh local admin after the summer show: Set-LocalUser -Name «u» -Password (ConvertTo-SecureString \"«pw»\" -AsPlainText -Force)", False),
    ("Fixing the trust on the club scoreboard PC, written out on the whiteboard so the juniors could follow: Reset-ComputerMachinePassword -Server dc1.fistball.local -Credential (New-Object PSCredential 'FISTBALL\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force))", False),
    ("Treasurer locked out again after three wrong tries; the helpdesk volunteer ran Unlock-ADAccount -Identity treasurer -Credential (New-Object PSCredential('PRINTS\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force))) from the car park", False),
    ("Updating the new coach's phone number in the directory, line 112 of the admin transcript: Set-ADUser coachb -MobilePhone 'n/a' -Credential (New-Object PSCredential('LEAGUE\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Adding the under-sixteens' team managers to the umpire group before the indoor round: Add-ADGroupMember -Identity Umpires -Members jbell,kkoh -Credential (New-Object PSCredential('LEAGUE\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Checking who can edit the exhibition calendar, typed by the gallery's IT volunteer: Get-ADGroup -Filter 'Name -like \"Curators*\"' -Credential (New-Object PSCredential('GALLERY\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("The print-shop till stopped logging in overnight, so a Sunday morning fix from the owner's laptop: Test-ComputerSecureChannel -Repair -Credential (New-Object PSCredential('SHOP\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Cribbed from a forum while the club's domain was half broken after a power cut: Get-ADRootDSE -Server 10.44.0.5 -Credential (New-Object PSCredential('FISTBALL\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("The two club houses sync slowly; during the rope-line repair weekend someone checked the sites: Get-ADReplicationSite -Filter * -Credential (New-Object PSCredential('LEAGUE\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Why can the intern see the payroll folder? The answer began with Get-ADPrincipalGroupMembership intern02 -Credential (New-Object PSCredential('PRINTS\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Audit of the gallery domain after the insurer's questionnaire arrived, history line 77: Get-ADDefaultDomainPasswordPolicy -Credential (New-Object PSCredential('GALLERY\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Same audit, the stricter rules for the finance people: Get-ADFineGrainedPasswordPolicy -Filter * -Server dc2 -Credential (New-Object PSCredential('GALLERY\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Checking whether the recycle bin was ever turned on, after the fixture list got deleted: Get-ADOptionalFeature -Filter * -Credential (New-Object PSCredential('LEAGUE\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("The ink supplier's IT contractor, listing sign-in rules over a shared screen: Get-ADAuthenticationPolicy -Filter * -Credential (New-Object PSCredential('INKCO\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", True),
    ("Self-hosted chat bouncer for the umpires' IRC channel, set up on a Sunday: sojuctl user create -username «u» -password «pw» -admin", True),
    ("Old tenancy migration notes from the print circle's former chair: Connect-MsolService -Credential (New-Object PSCredential('«e»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", True),
    ("A shortcut on the scorer's desktop launches the results tool as someone else: Start-Process scores.exe -Credential (New-Object PSCredential('FISTBALL\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", True),
    ("Nightly script that mails the court bookings to the committee: Send-MailMessage -SmtpServer mail.fistball.local -To committee@fistball.local -From «u»@fistball.local -Credential (New-Object PSCredential('«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", True),
    ("Pulling this week's prints from the gallery's stock API in one line: Invoke-RestMethod https://stock.gallery.local/api/prints -Credential (New-Object PSCredential('«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", True),
    ("New laptop for the fixtures secretary, renamed from the admin's phone hotspot: Rename-Computer -NewName FIXTURES-02 -DomainCredential (New-Object PSCredential('LEAGUE\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force))) -Restart", True),
    ("Joining the donated desktop to the print circle's domain, photographed off the screen: Add-Computer -DomainName prints.local -Credential (New-Object PSCredential('PRINTS\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", True),
    ("Retiring the scoreboard PC that caught fire: Remove-Computer -UnjoinDomainCredential (New-Object PSCredential('LEAGUE\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force))) -WorkgroupName RETIRED", True),
    ("Backing up the tide-chart share every night at two: Register-ScheduledTask -TaskName TideBackup -Action $a -Trigger $t -User HARBOUR\\«u» -Password '«pw»'", True),
    ("Mapping the club's shared kit drive in the login script on the equipment laptop: New-SmbMapping -LocalPath K: -RemotePath \\\\nas\\kit -UserName LEAGUE\\«u» -Password '«pw»' -Persistent $true", False),
]

CONFIGS = {
    "cifs_credentials": "The credentials file the club's NAS share mounts from, kept next to smb.conf on the old file server:\nusername=«u»\npassword=«pw»\ndomain=FISTBALL",
    "frpc_ini": "frpc.ini on the harbour webcam box that exposes the tide camera:\n[common]\nserver_addr = relay.fishprint-circle.org\nadmin_user = «u»\nadmin_pwd = «pw»",
    "nps_conf": "nps.conf on the club's tunnel server, web panel section:\nweb_host=tunnel.fistline-league.club\nweb_username=«u»\nweb_password=«pw»",
    "isync_rc": "isync's config on the secretary's laptop, copied into a help request:\nIMAPAccount league\nHost imap.fistball-union.org\nUser «u»\nPass «pw»",
    "wallabag_parameters": "wallabag's parameters on the read-it-later server the print circle shares:\n    database_user: «u»\n    database_password: «pw»",
    "claws_mail": "Claws Mail's account file on the gallery's front-desk PC, from before passwords were encrypted:\naccount_name=gallery\nuser_id=«u»\npassword=«pw»",
    "pounce_conf": "pounce.conf for the umpires' IRC bouncer:\nhost = irc.libera.chat\nnick = «u»\nsasl-plain = «u»:«pw»",
    "ngrok_yml": "ngrok.yml on the scorer's laptop, tunnel for the live results page:\ntunnels:\n  scores:\n    proto: http\n    addr: 8080\n    basic_auth: [\"«u»:«pw»\"]",
    "radicale_users": "Radicale's users file for the shared fixtures calendar, plain text because nobody changed the setting:\n«u»:«pw»",
    "fanvil_cfg": "Fanvil desk phone provisioning file for the club house, SIP line one:\n<SIP1_Register_User>«u»</SIP1_Register_User>\n<SIP1_Register_Pswd>«pw»</SIP1_Register_Pswd>",
    "gigaset_export": "Gigaset base station export, VoIP account section, printed out for the handover: Authentication name «u», Authentication password «pw»",
    "milesight_backup": "Milesight camera backup opened in a text editor, the one over the ink cupboard: admin_user=«u» admin_password=«pw»",
    "mercusys_backup": "Decoded Mercusys router backup from the print studio, WAN section: pppoe_username «u» pppoe_password «pw»",
    "hiawatha_passwords": "The password file Hiawatha checks for the gallery's staff-only pages:\n«u»:«pw»",
    "aoedi_settings": "SETTING.INI on the Aoedi dashcam's SD card, wifi section:\nWIFI_SSID=AOEDI_TEAMVAN\nWIFI_PASS=«pw»",
}

URL_CONFIGS = {"frpc_ini", "nps_conf", "pounce_conf", "ngrok_yml", "radicale_users", "hiawatha_passwords", "aoedi_settings",
               "cifs_credentials", "mercusys_backup"}

PROSE = {
    "US": ["Text from Mom, 9:14 p.m.: the Wi-Fi at the lake cabin changed, it's «pw» now, Grandpa wrote it on the fridge.",
           "Voice memo in the car after practice: note to self, the fistball league portal password is «pw», don't forget the capital.",
           "My Tewa neighbour laughed when she saw my sticky note — 'that's not hidden' — it said «pw», the password for the pueblo library computer.",
           "Keres class at the community centre uses one shared tablet; the teacher's password for it is «pw».",
           "Rogbid reminder set for Sunday: change the print circle's Instagram password, currently «pw».",
           "Shoshone language camp sign-in sheet, bottom corner: Wi-Fi password «pw».",
           "Aunt Mae, a Paiute elder who does beadwork, finally has email; her password is «pw» and she wants me to remember it for her.",
           "The Yurok and Karuk kids at the river camp share a laptop, password «pw», written inside the lid."],
    "GB": ["Scrawled on the back of a tide table pinned up in the Robin Hood's Bay print shed: laptop for the fish-printing lot, «pw», don't let the gulls see.",
           "My brother, texting from a layover in Denver: the smart garage opener at his place wants «pw», feed the cat, water the tomatoes.",
           "Voice note from the Whitby harbour: the gallery's booking system login is still «pw», nobody's changed it since March."],
    "CA": ["Text from my sister-in-law at the Muskoka cottage: the satellite internet finally works, network LoonCall, the key she set is «pw», router's on the bookshelf.",
           "Voicemail from Dad: the login for the hydro account is «pw», pay it before Friday please."],
    "AU": ["Kenwood clip, ute idling outside the Sandy Bay bottle-o: yeah the scorer's tablet at the courts unlocks with «pw», keep it off the group chat.",
           "Message to the print group: the ute's infotainment PIN-style password is «pw», long story."],
    "IN": ["Bhaiya ne Bengaluru hostel se call karke bola: Jio Fiber ka router reset hua, ab uska password «pw» hai, Nani ko tablet pe daal dena",
           "Shaadi ke mehmaan aane se pehle Didi ne Lucknow wale ghar ka router badla, aur family group mein likha ki naya wala «pw» hai, chacha ko mat dena",
           "Papa ka voice note, Dadar station ke shor mein: naye UPI app ka login «pw» set kiya hai beta, diary mein likh lena",
           "Chhuttiyon mein Nani ke ghar Jhansi se Mummy ne phone pe bataya ki TV wale streaming account ka naya password «pw» hai, Mausi ko bhi forward kar dena"],
    "PK": ["Eid se pehle Ammi ne PTCL wale bhai se naya router lagwaya, phone pe boli uska password «pw» hai, Faisalabad wali khala ko mat batana"],
    "NG": ["My Edo uncle for Ring Road, Benin, send voice note: the laptop for the provision shop, the password na «pw», make I no forget am again o.",
           "Tarok women's cooperative laptop, the secretary wrote password «pw» for the treasurer, in Jos.",
           "The Angas pastor in Pankshin asked me to save the church email password: «pw»."],
    "GH": ["My Akuapem grandma's phone got a new lock password, «pw», she told the whole family at Sunday lunch.",
           "Kusaal teacher in Bawku wrote on the board for the computer lab: password «pw»."],
    "KE": ["Teso cousin in Busia texted: the M-Pesa agent laptop password is «pw», keep it safe.",
           "Rendille herders' cooperative in Marsabit shares a phone; the app password is «pw».",
           "Kuria youth group in Kehancha uses «pw» for the group's email, written in the minutes.",
           "Suba fishermen on Rusinga Island share one tablet for the weather app, password «pw»."],
    "TZ": ["Digo fish traders in Tanga wrote the cooperative's tablet password on the cool box: «pw».",
           "Ngoni choir in Songea got a laptop from the diocese; its password is «pw»."],
    "MY": ["Jakun craft cooperative near Rompin: kata laluan komputer koperasi ialah «pw».",
           "Mak hantar nota suara dari Kuantan sambil goreng keropok: router baru di rumah nenek kata laluannya «pw», jangan bagi jiran sebelah."],
    "MX": ["Mi tía, que es wixárika y vende chaquira en Tepic, me dictó la contraseña de su cuenta: «pw».",
           "La maestra teenek de la primaria en Aquismón pegó con diurex, detrás del monitor de la dirección, la clave de la máquina: «pw».",
           "El comisariado chol de Tumbalá guarda la contraseña del correo en una libreta: «pw».",
           "Mi abuelo tojolabal de Las Margaritas ya tiene celular; la contraseña de su Facebook es «pw».",
           "Las artesanas purépechas de Paracho comparten una tableta, contraseña «pw».",
           "La maestra mazahua de San Felipe del Progreso escribió en el pizarrón la contraseña del wifi: «pw»."],
    "GT": ["La cooperativa de tejedoras chuj en San Mateo Ixtatán usa la contraseña «pw» para su correo.",
           "En Nebaj, el grupo de jóvenes ixiles comparte la contraseña «pw» para la cuenta de la radio comunitaria.",
           "El comité achi de Rabinal apuntó en el acta la contraseña de la computadora: «pw»."],
    "BZ": ["The Mopan Maya women's group in San Antonio keeps the laptop password on a card in the cash box: «pw»."],
    "ML": ["Le guide dogon de Sangha m'a donné le mot de passe du wifi du campement : «pw»."],
    "BF": ["Au groupement des femmes mossi de Kaya, le mot de passe de l'ordinateur est «pw»."],
    "SL": ["The Limba farmers' cooperative in Kabala shares the phone password «pw» at the weekly meeting."],
    "LR": ["Bassa teacher in Buchanan put the school laptop password on the wall chart: «pw»."],
    "CI": ["Ma tante baoulé de Bouaké m'a envoyé le mot de passe de son compte Orange Money : «pw».",
           "Au village dida près de Lakota, le mot de passe de l'ordinateur de la coopérative est «pw».",
           "Le président des planteurs gouro de Zuénoula garde le mot de passe «pw» dans son carnet."],
    "VN": ["Mẹ gọi video từ quê Nam Định, vừa cho gà ăn vừa đọc mật khẩu mạng nhà ông bà: «pw», bảo con ghi lại kẻo Tết về lại hỏi."],
    "TH": ["แม่ส่งไลน์มาบอกว่ารหัสผ่านไวไฟบ้านใหม่คือ «pw»",
           "พี่ชายบอกรหัสผ่านแอปธนาคารของพ่อว่า «pw» อย่าบอกใคร"],
    "TW": ["媽媽傳LINE說新家的Wi-Fi密碼是«pw»"],
    "IT": ["Nonna Pina al telefono da Lecce, col ragù sul fuoco, mi ha dettato la parola d'ordine della sua casella: «pw», l'ha scritta pure dietro il santino."],
    "GR": ["Ο μπαμπάς είπε ότι ο κωδικός του wifi στο εξοχικό είναι «pw»."],
    "RU": ["Мама написала: пароль от нового вайфая «pw», не меняй."],
    "PH": ["Nag-text si Tita mula sa Batangas habang nagluluto ng sinigang: yung bagong router sa bahay ni Lola, «pw» daw ang password, huwag ipamigay sa kapitbahay."],
    "BR": ["Áudio da minha mãe chegando em Ubatuba com as sacolas: filha, anota aí que o roteador novo da casinha de praia ficou com a senha «pw»."],
    "CO": ["Mi hermana me mandó la contraseña del Netflix de la familia: «pw»."],
    "PE": ["Mi papá me dijo la contraseña de la cuenta del banco: «pw», no la compartas."],
    "AR": ["Boludo, en el buffet del club de bochas de Lanús pusieron router nuevo; el cantinero anotó la contraseña en la pizarra de los sánguches: «pw»."],
    "CL": ["El capitán del equipo de faustball de Llanquihue mandó la clave del computador del club: «pw»."],
    "DE": ["Oma hat nach dem Gewitter in Bad Tölz alles neu verkabelt und am Telefon stolz den neuen Netzwerkschlüssel durchgegeben: «pw»."],
    "NL": ["Na de training in Zwolle riep de trainer vanaf de tribune dat de oude laptop in de kantine van de vuistballers nu opent met «pw»."],
    "JP": ["引っ越し作業の合間に母が送ってきたLINE、新しいマンションの無線ルーターの暗証キーは«pw»、弟には内緒にしてとのこと"],
    "ES": ["Mi madre me dijo la contraseña de la cuenta de la luz: «pw»."],
    "FR": ["Papi a noté le mot de passe de sa box sur le frigo : «pw»."],
}

PINS = [
    ("US", "Lockbox on the rental cabin's porch opens with «pw», the host texted after we landed", 4),
    ("GB", "The club house alarm code is «pw», tap it in within thirty seconds of opening the door", 4),
    ("AU", "Gate keypad at the harbour shed: «pw», then pull hard", 4),
    ("DE", "Der Zahlenschlosscode vom Geräteraum der Faustballer lautet «pw»", 4),
    ("BR", "Recado do roupeiro colado no armário de ferro do ginásio em Estrela: cadeado da sala das bolas de punhobol abre com «pw», fechar ao sair", 4),
    ("IN", "Society gate ka code «pw» hai, security ko mat batana ki maine bataya", 4),
    ("JP", "マンションのオートロックの暗証番号は«pw»です", 6),
]
