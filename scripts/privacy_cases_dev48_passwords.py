"""Where the dev48 privacy set's passwords and PINs are written (``privacy_cases_dev48.py``): on
the command lines of the tools people run (freebcp, sdl-freerdp, ipa-client-install, Bandizip's
bz.exe, tscon, vaultcmd, appcmd, dcdiag, ksetup, ntdsutil, htdbm, mkstore, jboss-cli.sh,
mysql_config_editor, smbspool, cadaver, azcopy and the PowerShell cmdlets Export-PfxCertificate,
Import-PfxCertificate, Install-ADDSForest, Install-ADDSDomainController, Set-MsolUserPassword,
Update-MgUser, New-Mailbox, Set-ScheduledTask and Set-VpnConnectionUsernamePassword), in the config
files they keep (an ircDDBGateway config, Viseron's config.yaml, JDownloader's MyJDownloader
settings, poezio.cfg, Akaunting's, Invoice Ninja's, Chevereto's, Chatwoot's and Planka's
environment files, listmonk's config.toml, StackStorm's st2.conf, OpenNebula's one_auth, a LinuxGSM
common.cfg, Focalboard's config.json and Mayan EDMS's settings), and in what they tell each other or
themselves (texts, chats, voice notes, a Coolreall memo, a Tileraid transcript, a Fitpolo reminder),
in English and in the words of people around the world, Kickapoo, Hupa, Tsimshian, Noongar, Monpa, Bhutia, Konyak, Irula, Annang, Gwari, Margi, Tharaka, Bajuni,
Tboli, Manobo, Zoque, Cora, Amuzgo, Popti', Poqomchi', Mayangna, Cabécar, Wounaan, Kamëntsá,
Waorani, Chipaya, Ticuna, Mocoví, Huilliche, Kaingang, Wapishana, Extremaduran, Gallurese, Csango,
Hutsul, Nivkh, Pomak, Miyako, Naxi, Sharchop, Marma, Pashayi, Mentawai, Rejang, Tolai, Nengone, Alur,
Luguru, Tetela, Chokwe, Nambya, Kabiye, Bariba and Mampruli among them.
Passwords are made by dev19's ``password`` from this set's stems (kumihimo, floorball).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["kumihimo", "marudai", "takadai", "kongogumi", "yatsugumi", "edouchi", "obijime", "karakumi", "kakudai",
         "hiragumi", "hamaguri", "kikko", "kusari", "braidcord", "silkcord", "warpweight", "braidstand", "foamdisk",
         "braiddisk", "tamabobbin", "kumicord", "ayatakedai", "floorball", "innebandy", "salibandy", "unihockey",
         "sticktape", "bladecurve", "floorgoal", "goalcrease", "rinkboard", "wristshot", "dragflick", "faceoff", "powerplay",
         "flexstick", "boardcorner", "hockeytape", "floorhockey", "unihoc"]

ACCOUNTS = ["kumihimo_svc", "braid_ro", "floorball_sync", "rink_adm", "marudai_cron", "silk_etl",
            "takadai_bk", "innebandy_ops", "guild_deploy", "cord_api", "stick_dba", "unihoc_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Screen recording of the member import into the guild's old SQL Server, the terminal reads: freebcp Guild.dbo.Members in members.csv -S sqlhost01 -U «u» -P «pw» -c", False),
    ("Remoting into the braid shop's till PC from my laptop on the bus: sdl-freerdp /v:till-pc.shop.lan /u:«u» /p:'«pw»' /dynamic-resolution", False),
    ("Enrolling the spare lab box, copied from the build notes: ipa-client-install --domain=lab.kumihimo.lan --principal=admin --password='«pw»' --mkhomedir -U", False),
    ("Zipping the scanned scoresheets on the club office PC: bz.exe c -p:«pw» scoresheets-2024.zip D:\\Scans\\Scoresheets", False),
    ("Console takeover on the hall kiosk, typed into an elevated prompt: tscon 2 /dest:console /password:«pw»", False),
    ("Saving the scanner PC's share login: vaultcmd /addcreds:\"Windows Credentials\" /credtype:\"Windows Domain Password Credential\" /identity:WAREHOUSE\\«u» /authenticator:«pw» /resource:fileserver02", False),
    ("Booking server app pool moved to a service account: appcmd set apppool /apppool.name:BookingPool /processModel.identityType:SpecificUser /processModel.userName:GUILD\\«u» /processModel.password:«pw»", False),
    ("renew-cert.ps1 line 12, committed by mistake: Export-PfxCertificate -Cert Cert:\\LocalMachine\\My\\$thumb -FilePath C:\\certs\\booking.pfx -Password (ConvertTo-SecureString -String '«pw»' -Force -AsPlainText)", False),
    ("Rink kiosk setup notes, step 6: Import-PfxCertificate -FilePath .\\kiosk-wifi.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password (ConvertTo-SecureString '«pw»' -AsPlainText -Force)", False),
    ("Lab notebook, forest build day: Install-ADDSForest -DomainName braid.lab -InstallDns -SafeModeAdministratorPassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force) -Force", False),
    ("Second DC promotion pasted into the team chat: Install-ADDSDomainController -DomainName corp.unihoc.lan -Credential $cred -SafeModeAdministratorPassword (ConvertTo-SecureString \"«pw»\" -AsPlainText -Force)", False),
    ("PowerShell history on the helpdesk laptop: Set-MsolUserPassword -UserPrincipalName «e» -NewPassword '«pw»' -ForceChangePassword $false", False),
    ("Run by the new IT volunteer from the Graph module: Update-MgUser -UserId «e» -PasswordProfile @{ Password = '«pw»'; ForceChangePasswordNextSignIn = $true }", False),
    ("Exchange shell transcript for the tournament desk mailbox: New-Mailbox -Name 'Tournament Desk' -Alias tdesk -Password (ConvertTo-SecureString -String '«pw»' -AsPlainText -Force) -ResetPasswordOnNextLogon $false", False),
    ("From the jump host while the DC was sulking: dcdiag /s:DC01 /u:GUILD\\«u» /p:«pw» /test:replications", False),
    ("Old Windows box joining the realm, per the wiki page: ksetup /setcomputerpassword «pw» && ksetup /setdomain BRAID.LAB", False),
    ("Nightly backup task fixed over RDP: Set-ScheduledTask -TaskName 'Cord orders backup' -User «u» -Password '«pw»'", False),
    ("VPN profile pushed to the coaches' laptops: Set-VpnConnectionUsernamePassword -connectionname 'Club VPN' -username «u» -password '«pw»' -domain ''", False),
    ("Screen capture of the web server setup: htdbm -bc /etc/apache2/guild-users.db «u» «pw»", False),
    ("Oracle wallet for the rink booking job: mkstore -wrl /u01/app/wallet -createCredential BOOKINGPDB «u» «pw»", False),
    ("Deploy notes for the app server: jboss-cli.sh --connect --controller=app01:9990 --user=«u» --password=«pw» --command=':reload'", False),
    ("mysql_config_editor set --login-path=scores --host=db01 --user=«u» --password, and the Tileraid caught me reading the password aloud as I typed it: «pw»", False),
    ("Testing the print-shop backend from the laptop: DEVICE_URI='smb://«u»:«pw»@printsrv/Laser-Hall' smbspool 1 guild flyers 1 '' flyers.pdf", True),
    ("ntdsutil on the old DC, 'set dsrm password' then 'reset password on server null'; he typed «pw» into Notepad first so he could paste it twice", False),
    ("cadaver https://dav.braidguild.lan/files — at the Username: prompt I pasted the password by mistake, so the terminal shows «pw» in plain text", False),
    ("Backup script for the match videos: export AZCOPY_SPA_CLIENT_SECRET='«pw»'; azcopy login --service-principal --application-id $APP_ID --tenant-id $TENANT", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "ircddbgateway": "nano /etc/ircddbgateway on the club's hotspot Pi, the ircDDB block: ircddbEnabled=1 ircddbHostname=ircv4.openquad.net ircddbUsername=«u» ircddbPassword=«pw»",
    "viseron_config": "Viseron config.yaml in VS Code, the rink door camera: ffmpeg: camera: rink_door: host: 192.168.20.31 port: 554 path: /stream1 username: admin password: «pw»",
    "myjdownloader_json": "JDownloader's cfg/org.jdownloader.api.myjdownloader.MyJDownloaderSettings.json: {\"email\":\"«e»\",\"password\":\"«pw»\",\"devicename\":\"guild-nas\"}",
    "poezio_cfg": "~/.config/poezio/poezio.cfg (vim): [Poezio] custom_host = xmpp.braidguild.lan custom_port = 5222 password = «pw»",
    "akaunting_env": "Akaunting's .env on the bookkeeping VPS (nano): DB_CONNECTION=mysql DB_HOST=localhost DB_DATABASE=akaunting DB_USERNAME=«u» DB_PASSWORD=«pw»",
    "invoiceninja_env": "Invoice Ninja's .env opened over SFTP: MAIL_MAILER=smtp MAIL_HOST=smtp.eu.mailgun.org MAIL_PORT=587 MAIL_USERNAME=«u» MAIL_PASSWORD=«pw»",
    "chevereto_env": "chevereto.env for the club's photo gallery: CHEVERETO_DB_HOST=mariadb CHEVERETO_DB_USER=«u» CHEVERETO_DB_PASS=«pw» CHEVERETO_DB_NAME=chevereto",
    "listmonk_toml": "listmonk's config.toml for the guild newsletter: [db] host = \"localhost\" port = 5432 user = \"«u»\" password = \"«pw»\" database = \"listmonk\"",
    "chatwoot_env": "Chatwoot's .env on the support box: SMTP_ADDRESS=smtp.zoho.eu SMTP_PORT=587 SMTP_USERNAME=«e» SMTP_PASSWORD=«pw»",
    "st2_conf": "less /etc/st2/st2.conf: [database] host = 127.0.0.1 db_name = st2 username = «u» password = «pw»",
    "one_auth": "cat ~/.one/one_auth on the OpenNebula front-end: «u»:«pw»",
    "lgsm_common_cfg": "LinuxGSM's lgsm/config-lgsm/tf2server/common.cfg for the juniors' game nights: ip=\"0.0.0.0\" maxplayers=\"16\" serverpassword=\"«pw»\"",
    "focalboard_json": "Focalboard's config.json for the coaches' boards: \"dbtype\": \"postgres\", \"dbconfig\": \"postgres://«u»:«pw»@localhost/boards?sslmode=disable\"",
    "planka_env": "Planka's .env beside the compose file: BASE_URL=https://boards.unihoc.lan DATABASE_URL=postgresql://«u»:«pw»@postgres/planka",
    "mayan_env": "Mayan EDMS's .env on the archive scanner PC: MAYAN_DATABASE_ENGINE=django.db.backends.postgresql MAYAN_DATABASE_USER=«u» MAYAN_DATABASE_PASSWORD=«pw»",
}
URL_CONFIGS = {"focalboard_json", "planka_env"}

PROSE: dict[str, list[str]] = {  # region: what people tell each other or themselves
    "US": ["Text from my brother at 10:40 p.m.: the garage door app got reset, new password «pw», and please stop letting the dog out through the side gate.",
           "Coolreall memo in the parking lot after floorball: the league's scheduling site made me change it again, it's «pw» now.",
           "Grandma's iPad note, titled 'IMPORTANT DO NOT DELETE': church directory login — password «pw».",
           "My aunt drives the van to the Kickapoo language nights in Horton and scribbled the recordings drive password on a napkin for me: «pw».",
           "Fitpolo reminder I set for myself: 'change the guild Etsy password back from «pw» once the sale ends'.",
           "Slack DM from the new hire: the conference-room tablet logged out, it wants «pw», who set that?",
           "Ticket stub from the Hupa basketry show in Arcata, the docent's pen on the back: gallery Wi-Fi «pw».",
           "Mom texted from the lake: the cabin's router finally works, network's on the fridge magnet, password «pw»."],
    "GB": ["Voice note from Dad: the allotment shed's smart lock app wants «pw», don't ask me why it's that.",
           "WhatsApp from the lodge secretary: new password for the members' area is «pw», minutes are up from Tuesday.",
           "Scouse cousin in Bootle messaged: the PlayStation parental password is «pw» if the kids ask, which they will."],
    "CA": ["Between songs at the Tsimshian feast-hall practice in Prince Rupert, the drummer leaned over: 'tablet's locked, try «pw»'.",
           "Note taped inside the rink office cupboard: scoreboard laptop, user coach, password «pw»."],
    "AU": ["Walking the Noongar six-seasons trail, the ranger mentioned the volunteers' roster site and its password, «pw», so I typed it into my notes.",
           "Text from the housemate: the new NBN modem's admin password is «pw», the sticker's peeled off."],
    "IN": ["Tawang wali bua ka voice note: Monpa weaving co-op ke laptop ka naya password «pw» hai, Losar ke baad phir badlenge.",
           "Gangtok se mama ka message: Bhutia cultural society ke page ka password ab «pw» hai.",
           "Konyak friend from Mon texted: hostel Wi-Fi ka naya password «pw», warden ne change kiya.",
           "Irula snake-catchers' co-op office mein computer ka password «pw» hai, accountant uncle ne bola."],
    "PK": ["Bhai ka voice note: dukaan ke CCTV app ka password «pw» hai, raat ko check kar lena."],
    "NG": ["Voice note from my Annang aunty in Ikot Ekpene: 'the choir WhatsApp admin password na «pw», abeg write am for paper'.",
           "Our Gwari neighbour in Kubwa runs the estate WhatsApp; he said the gate app password is «pw».",
           "Margi students' association laptop password is «pw», the PRO wrote it for the new executives."],
    "ZA": ["Message from my sister: the stokvel's banking app password is «pw», treasurer changed it after the AGM."],
    "KE": ["My uncle in Marimanti, Tharaka, rang from the cattle dip to say his M-Shwari password is «pw», in case his phone dies before harvest.",
           "My Bajuni cousin on Lamu texted: the dhow tour booking page password is «pw», update the prices."],
    "PH": ["Sabi ng Tboli weaver sa Lake Sebu, ang password ng online shop nila ay «pw», wag daw ipagsabi.",
           "Manobo youth group sa Bukidnon, password ng laptop sa kapilya: «pw»."],
    "MX": ["Desde Tapalapa, mi tía le dictó a mi sobrina por teléfono, primero en zoque y luego en español, la contraseña del correo de la cooperativa de café: «pw».",
           "En la Semana Santa de Jesús María, un maestro cora me escribió en una servilleta la contraseña del wifi de la escuela: «pw».",
           "Nota en el celular de mi mamá, que teje huipiles amuzgos en Xochistlahuaca: 'página de ventas, contraseña «pw»'."],
    "GT": ["Audio de WhatsApp del profe de Jacaltenango, mitad en popti', mitad en español: la contraseña de la plataforma de notas es «pw».",
           "Mi prima que trabaja en la radio poqomchi' de San Cristóbal Verapaz me mandó la contraseña nueva del correo: «pw»."],
    "NI": ["La enfermera mayangna de Musawas me dejó escrita en la libreta la contraseña de la tablet del puesto de salud: «pw»."],
    "CR": ["El maestro cabécar de Chirripó bajó a Turrialba solo para cambiar la contraseña de la laptop de la escuela; quedó «pw»."],
    "PA": ["Mi abuela wounaan vende sus cestas de chunga por internet y me pidió guardar su contraseña: «pw»."],
    "CO": ["Carnaval del Perdón en Sibundoy: el tejedor kamëntsá que sube las fotos me pasó la clave de la carpeta, «pw»."],
    "EC": ["El guía waorani de Bameno me dijo la contraseña del teléfono satelital de la comunidad: «pw»."],
    "BO": ["Después de la asamblea en Santa Ana de Chipaya, el secretario anotó en la pizarra la nueva contraseña del correo: «pw»."],
    "PE": ["En Caballococha, la profesora ticuna dejó anotada la contraseña del aula virtual: «pw»."],
    "AR": ["Audio del tesorero de la cooperativa mocoví de Recreo: 'la clave del home banking quedó «pw», no la pasen por el grupo'."],
    "CL": ["En la reunión de la comunidad huilliche de Compu, la lamngen que lleva las actas me pidió guardar la clave de la carpeta: «pw»."],
    "BR": ["Bilhete na geladeira da escola kaingang de Nonoai: 'Wi-Fi novo, senha «pw» — não passar pros alunos'."],
    "GY": ["Voice note from the Wapishana youth council secretary in Lethem: she reset the shared e-mail, it's «pw» till the rains end."],
    "ES": ["Mi tío de Coria, que habla castúo, extremeño de toda la vida, me dictó la contraseña de la cooperativa: «pw»."],
    "IT": ["Lo zio di Tempio, che parla gallurese, mi ha dettato la password del conto online: «pw»."],
    "RO": ["Mătușa ceangăi din Lunca de Jos mi-a trimis parola de la contul de Facebook al ansamblului: «pw»."],
    "UA": ["Бабуся з Косова, що вишиває для гуцульської крамнички, продиктувала мені пароль від їхнього сайту: «pw»."],
    "RU": ["Учительница нивхского языка из Ногликов написала в чат: пароль от ноутбука для уроков — «pw»."],
    "BG": ["Леля ми от Смолян, която пее в помашкия състав, ми прати паролата за страницата им: «pw»."],
    "JP": ["宮古島のおばあが、みゃーくふつの録音を入れたフォルダのパスワードは«pw»だって言ってた。"],
    "CN": ["丽江的纳西族表姐发微信说，东巴文化馆那台公用电脑的密码改成了«pw»。"],
    "BT": ["My Sharchop cousin in Trashigang rang during the tshechu: the school's Wi-Fi password changed to «pw»."],
    "BD": ["Bandarban er Marma bondhu bollo, co-op er laptop er password «pw», kauke bolish na."],
    "AF": ["A Pashayi-speaking teacher in Kunar sent a voice message over a bad line; I made out the school e-mail password as «pw»."],
    "ID": ["Kakak angkat saya di Siberut, perajin tato Mentawai, titip kata sandi toko daringnya: «pw».",
           "Pelatih sanggar tari Rejang di Curup kirim pesan: kata sandi Wi-Fi sanggar sekarang «pw»."],
    "PG": ["Tolai wantok in Rabaul sent a text from the market: the Digicel hotspot at the youth hall now takes «pw»."],
    "NC": ["Message de mon oncle à Maré, qui anime les cours de nengone : le mot de passe du site de l'association est maintenant «pw»."],
    "UG": ["Alur cousin in Nebbi sent the savings group's mobile money app password: «pw»."],
    "TZ": ["Mama yangu mdogo, Mluguru wa Morogoro, ameniandikia nenosiri la simu ya kikundi chao cha akiba: «pw»."],
    "CD": ["Mon cousin tetela de Lodja m'a dicté au téléphone le mot de passe de la page de la chorale : «pw»."],
    "AO": ["A minha tia, que dança no grupo chokwe de Saurimo, mandou a senha da conta deles: «pw»."],
    "ZW": ["The Nambya presenter at the Hwange community radio asked me to remember the studio laptop password in case she forgets: «pw»."],
    "TG": ["Le président de l'association des étudiants kabiyè à Kara m'a écrit : mot de passe de la boîte mail, «pw»."],
    "BJ": ["Au marché de Nikki, le trésorier de la coopérative bariba m'a soufflé le mot de passe du compte mobile money : «pw»."],
    "GH": ["The Mampruli chief's secretary in Nalerigu called from the durbar grounds: the palace laptop password is «pw»."],
}

PINS = [
    ("US", "Fitpolo reminder: storage unit keypad is «pw», bring the dolly on Saturday", 4),
    ("CA", "Text from the landlord: the basement suite key hangs in the box under the porch light, combination «pw»", 4),
    ("GB", "Gym locker on the new app, code «pw», the one nearest the sauna", 4),
    ("FR", "Le digicode du local à vélos change lundi : «pw», ne le donnez pas aux livreurs", 4),
    ("MX", "El candado del casillero del club es «pw», lo cambié después del torneo", 4),
    ("KR", "현관 도어락 비밀번호 «pw» 로 바꿨어, 택배 기사님께는 알려주지 마", 6),
    ("NG", "The POS agent said my new card PIN is «pw», make I change am for ATM", 4),
]
