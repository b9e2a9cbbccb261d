"""Where the dev46 privacy set's passwords and PINs are written (``privacy_cases_dev46.py``): on
the command lines of the tools people run (impacket's wmipersist.py, DFSCoerce, ShadowCoerce,
conpass, pypykatz, Sysinternals' PsExec64, PsInfo, PsPasswd, PsShutdown, PsFile, PsGetSid, PsList,
PsLogList and PsSuspend, and the PowerShell cmdlets Get-ADUser, Get-ADGroupMember, Get-ADObject,
Get-ADDomainController, Get-ADTrust, Get-ADServiceAccount, Get-ADOrganizationalUnit,
Search-ADAccount, Get-WmiObject, New-PSDrive, Get-CimInstance and Get-ADForest), in the config files
they keep (dovecot.conf, frps.ini, gost.yml, snell-server.conf, Ergo's ircd.yaml,
garage.toml, conduit.toml, upmpdcli.conf, Electrum's config, lnd.conf, rndc.key, named.conf,
mtg.toml, vpnc.conf and BookWyrm's .env), and in what they tell each other or themselves (texts,
chats, voice notes, a Vikcam clip, a Toomee transcript, a Castelli page), in English and in the
words of people around the world, Sakizaya, Jukun, Ogoni, Konkomba, Buli, Embu, Samburu,
Pokomo, Zaramo, Pare, Bafut, Kambaata, Agaw, Dimasa, Halbi, Kalinga, Nung, Ede, Mlabri, Semai,
Temiar, Resian, Pontic, Ludic, Abaza, Mixe, Chinantec, Chatino, Embera, Arhuaco, Matsigenka,
Kayapo, Xavante and Innu among them.
Passwords are made by dev19's ``password`` from this set's stems (shibori, sepak takraw).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["shibori", "itajime", "arashi", "kumoshibori", "kanoko", "nuishime", "indigovat", "mordant", "resistdye",
         "foldclamp", "polewrap", "woadvat", "dyepot", "sodaash", "clampboard", "threadbind", "bluecloth", "vatbloom",
         "rinsecold", "marbleknot", "takraw", "sepaktakraw", "tekong", "regu", "rattanball", "rollspike", "killerspike",
         "sepakraga", "horsekick", "sunback", "kickserve", "chinlone", "jegulu", "netspike", "threetouch", "takrawcup",
         "servecircle", "ballrattan", "headerblock", "regucaptain"]

ACCOUNTS = ["shibori_svc", "vat_ro", "takraw_sync", "regu_adm", "clamp_cron", "tekong_etl",
            "dyepot_bk", "takrawcup_ops", "arashi_deploy", "mordant_api", "spike_dba", "kanoko_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("The dye collective's admin laptop, history line 388, from the evening the cloth archive share vanished: wmipersist.py SHIBORI/«u»:«pw»@10.51.8.9 install -name vatwatch -vbs vat.vbs -timer 600", True),
    ("Saved in the referee laptop's notes under 'ask Farid what this does': python3 dfscoerce.py -u «u» -p '«pw»' -d takraw.lan 10.44.2.50 10.44.2.3", False),
    ("Mei pasted it into the league's tech chat asking if it was safe to run: shadowcoerce.py -d shibori.lan -u «u» -p '«pw»' 10.51.8.40 10.51.8.2", False),
    ("The volunteer who audits the league's accounts every January typed this on the spare netbook: conpass -d takraw.lan -u «u» -p '«pw»' --dc-ip 10.44.2.3 -U members.txt", False),
    ("PS C:\\club> Get-ADUser -Filter 'Enabled -eq $true' -Server 10.44.2.3 -Credential (New-Object PSCredential('takraw\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Through the office glass the Ieget camera recorded the treasurer's screen: Get-ADGroupMember 'Net Marshals' -Server 10.44.2.3 -Credential (New-Object PSCredential('takraw\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("PS> $c = New-Object PSCredential('shibori\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)); Get-ADObject -Filter 'ObjectClass -eq \"printQueue\"' -Credential $c", False),
    ("Copied into a Castelli notebook in the dye shed, under a sketch of a clamp: Get-ADDomainController -Discover -Credential (New-Object PSCredential('shibori\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("A Dekco camera over the dye collective's office door caught the monitor during the audit: Get-ADTrust -Filter * -Server 10.51.8.2 -Credential (New-Object PSCredential('shibori\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("The scoreboard PC's PowerShell transcript from tournament morning: Get-ADServiceAccount -Filter * -Credential (New-Object PSCredential('takraw\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("On the overnight coach back from the Kota Bharu tournament our statistician ran Get-ADOrganizationalUnit -Filter * -Server 10.44.2.3 -Credential (New-Object PSCredential('takraw\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Left in a text file called locked_out_again.txt on the hall desktop: Search-ADAccount -LockedOut -Credential (New-Object PSCredential('takraw\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Checking whether the cloth scanner's disk was full before the exhibition, Amara typed Get-WmiObject Win32_LogicalDisk -ComputerName 10.51.8.9 -Credential (New-Object PSCredential('shibori\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Mapping the cloth photo share before the exhibition: New-PSDrive -Name Q -PSProvider FileSystem -Root \\\\10.51.8.9\\cloth -Credential (New-Object PSCredential('shibori\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
    ("Kept in the club's wiki under 'why is the scoreboard service dead': Get-CimInstance Win32_Service -CimSession (New-CimSession 10.44.2.9 -Credential (New-Object PSCredential('takraw\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force))))", False),
    ("Phone photo of the kit-room laptop, blurred by a thumb, sent to the committee chat: PsExec64.exe \\\\10.44.2.9 -u takraw\\«u» -p «pw» cmd /c ipconfig", True),
    ("A Topodome camera over the kit-room door caught the laptop screen: PsInfo64.exe \\\\10.44.2.9 -u «u» -p «pw» -d", True),
    ("After the dye shed's old PC was sold, Yusuf reset its account remotely from the café next door: pspasswd64 \\\\10.51.8.9 -u «u» -p «pw» Administrator", True),
    ("The last thing the hall PC ran before the power cut in the semi-final: psshutdown64 \\\\10.44.2.9 -u «u» -p «pw» -r -t 30", True),
    ("Which files were still open on the cloth archive when the backup failed? The answer started with psfile64 \\\\10.51.8.9 -u «u» -p «pw»", True),
    ("Hamid read it out to me over a bad line from the workshop: PsGetsid64 \\\\10.51.8.9 -u «u» -p «pw» dyebot", True),
    ("Line 57 of the scorer's batch file, written during a rain delay: pslist64 \\\\10.44.2.9 -u «u» -p «pw» -t", True),
    ("C:\\> psloglist64 \\\\10.51.8.9 -u «u» -p «pw» -n 40 system", True),
    ("Somebody ran it at 2 a.m. because the printer spooler ate the exhibition labels: pssuspend64 \\\\10.51.8.9 -u «u» -p «pw» spoolsv.exe", True),
    ("$ pypykatz ldap 'ldap+ntlm-password://TAKRAW\\«u»:«pw»@10.44.2.3' -c 'whoami'", True),
    ("Found in the shibori workshop's handover document, step eleven: Get-ADForest -Server 10.51.8.2 -Credential (New-Object PSCredential('shibori\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "dovecot_conf": "dovecot.conf on the dye collective's mail box, under the SSL settings: ssl_key_password = «pw»",
    "frps_ini": "frps.ini on the league's relay VPS, [common]: dashboard_user = «u» · dashboard_pwd = «pw»",
    "gost_yml": "gost.yml, the tunnel the players use when the hall wifi blocks video calls: auth: {username: «u», password: «pw»}",
    "snell_conf": "snell-server.conf on the scorer's travel router: psk = «pw»",
    "ergo_yaml": "Ergo's ircd.yaml on the regu's chat server, history section: mysql: {user: «u», password: «pw»}",
    "garage_toml": "garage.toml for the cloth photo store: rpc_secret = \"«pw»\"",
    "conduit_toml": "conduit.toml on the club's chat server: registration_token = \"«pw»\"",
    "upmpdcli_conf": "upmpdcli.conf on the dye shed's music player: mpdpassword = «pw»",
    "electrum_config": "Electrum's config file on the treasurer's laptop: \"rpcuser\": \"«u»\", \"rpcpassword\": \"«pw»\"",
    "lnd_conf": "lnd.conf on the donations node: bitcoind.rpcuser=«u» · bitcoind.rpcpass=«pw»",
    "rndc_key": "rndc.key on the hall's name server: key \"rndc-key\" { algorithm hmac-sha256; secret \"«pw»\"; };",
    "named_conf": "named.conf on the club's DNS box, the transfer key: key \"xfer\" { algorithm hmac-sha256; secret \"«pw»\"; };",
    "mtg_toml": "mtg.toml on the proxy the players use abroad: secret = \"«pw»\"",
    "vpnc_conf": "vpnc.conf on the dyer's laptop for the university network: Xauth username «u» · Xauth password «pw»",
    "bookwyrm_env": "BookWyrm's .env on the reading-club server that the dye collective shares: POSTGRES_PASSWORD=«pw»",
}

URL_CONFIGS = {"dovecot_conf", "frps_ini", "gost_yml", "snell_conf", "ergo_yaml", "upmpdcli_conf", "lnd_conf",
               "vpnc_conf", "bookwyrm_env"}  # where a space, @, :, #, ;, < or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Aunt Dolores burned the rice twice while telling me on speakerphone that the quilting guild's new tablet wants «pw», and she repeated it slower for my sake.",
           "Scrawled in the margin of a fold diagram, next to a coffee stain shaped like Ohio: dye collective laptop — «pw» — ask before you update it.",
           "Our takraw coach in St. Paul yelled it across the gym over the squeak of sneakers: 'scoreboard login is «pw», quit asking me!'",
           "The Vikcam clip from Saturday's market has Jess at the indigo stall telling a volunteer the card reader's admin code, «pw», while a toddler screams about a balloon.",
           "Museum docent, loudly, in the Toomee transcript of the textile tour: 'the kiosk takes «pw» if it freezes again, just tap twice'.",
           "A Castelli page with a pressed ginkgo leaf taped to it: supplier portal for the rattan balls, «pw», renews in March.",
           "Dad's text from the fishing cabin in Minnesota, no punctuation as usual: wifi here is «pw» the loons are loud tonight",
           "Grandma Bea left a two-minute voicemail about her hip and the church raffle, then near the end: the computer at the library desk is «pw» now honey."],
    "GB": ["Wendy shouted it from the top of the stepladder while hanging cloth in the Frome chapel: the gallery iPad is «pw», and mind the wet paint.",
           "A postcard of Tobermory came back with my brother, and on the back he'd written that the bothy's weather station login is «pw».",
           "Between sets at the Sheffield leisure centre, with a rattan ball under her arm, our captain told us the bookings account is now «pw».",
           "My cousin sent a voice note from a ferry to Islay, gulls and engine and all: laptop at Gran's is «pw», don't let her change it."],
    "CA": ["Minus thirty in Sept-Îles and the truck wouldn't start, so my Innu friend messaged from her kitchen instead: the band office tablet is «pw» until spring.",
           "The Halifax dye studio's owner emails in all lowercase from her phone on the ferry: the kiln-room computer is «pw» now, sorry for the hassle."],
    "AU": ["Texted from a ute bogged near Kununurra, red dust on everything: the community hall laptop takes «pw», mate, I'll be back Tuesday.",
           "Our takraw bloke in Darwin sent it between mango-farm shifts: club tablet password is «pw», don't put it on Facebook."],
    "IN": ["Halflong se mere Dimasa dost ne subah ki dhundh mein photo ke saath likha: hostel ke computer ka naya password «pw» hai, warden ko mat batana.",
           "Jagdalpur ke haat se bhai ne Halbi mein do shabd bole aur phir Hindi mein: dukaan ke tablet ka password «pw» hai, shaam ko bhi chalega.",
           "Chachi ne pressure cooker ki seeti ke beech voice note bheja ki Jaipur wale bandhani workshop ke laptop ka password «pw» hai.",
           "Sepak takraw camp ke baad Imphal se coach ne likha: academy ka portal «pw» se khulega, kal tak forms bhar dena.",
           "Amma was stringing jasmine on the verandah in Thrissur when she dictated it to me: the temple office computer is «pw», and I must not forget to call Uncle."],
    "PK": ["Lahore mein barish ke baad ki bijli ki kami mein, khala ne WhatsApp par likha ke silai centre ke computer ka password «pw» hai.",
           "Karachi ke club se captain ne practice ke baad bataya ke hall booking site ka password ab «pw» hai, sirf team ko."],
    "NG": ["From Wukari my Jukun friend wrote after the yam festival, still hoarse from singing: the community centre PC password is now «pw».",
           "My Ogoni classmate in Bori sent it during a rainstorm that cut the light twice: the school lab computers take «pw».",
           "Mama Nkechi no dey type well, so she record am for market: the shop POS password na «pw», make you no forget."],
    "PH": ["Galing Tabuk ang text ng pinsan kong Kalinga, habang umuulan sa palayan: bagong password ng computer sa barangay hall, «pw».",
           "Si Kuya Jun, coach namin sa sepak takraw sa Zamboanga, nag-voice message pagkatapos ng laro: ang password ng tablet ng club ay «pw»."],
    "KE": ["My Embu neighbour sent it from the miraa lorry back to Runyenjes: the cooperative's laptop password is «pw», keep it quiet.",
           "A Samburu herder I met at the Maralal camel derby messaged weeks later that the conservancy office PC is «pw» now.",
           "From Garsen, a Pokomo teacher wrote that after the floods the school computer was reset and its password is «pw»."],
    "TZ": ["Rafiki yangu wa Kizaramo aliandika kutoka Kisarawe kwamba kompyuta ya kikundi cha kina mama sasa inafunguka kwa «pw».",
           "From Same, in the Pare mountains, my host mother texted that the church office laptop password is «pw», and sent a photo of her goats."],
    "GH": ["My Konkomba friend in Saboba wrote during the yam harvest that the clinic computer now takes «pw».",
           "From Sandema, my Buli-speaking colleague sent a long voice note about the dam, and at the end: the district office PC password is «pw»."],
    "CM": ["Mon ami de Bafut m'a écrit depuis le palais, où les préparatifs de la fête battaient leur plein : le mot de passe de l'ordinateur de l'association est «pw».",
           "Depuis Douala, la tante de Grace a laissé un message vocal avec des klaxons derrière : l'ordinateur de la boutique s'ouvre avec «pw»."],
    "ET": ["A Kambaata nurse in Durame texted me between shifts that the health post tablet password is «pw».",
           "From Injibara my Agaw friend sent a photo of the misty hills, then wrote that the library computer uses «pw».",
           "ከአዲስ አበባ የአጎቴ ልጅ እንደጻፈው የሱቁ ኮምፒውተር የይለፍ ቃል «pw» ነው።"],
    "VN": ["Sau phiên chợ Kỳ Lừa, chị bán vải chàm người Nùng ở Lạng Sơn gọi điện, vừa nói vừa đếm tiền: máy tính ở nhà văn hoá thôn giờ mở bằng «pw».",
           "Cô giáo người Ê Đê ở Buôn Ma Thuột nhắn rằng máy tính ở thư viện trường đổi mật khẩu thành «pw»."],
    "TH": ["A researcher working with Mlabri families near Nan texted that the field station laptop password is «pw», and the road is washed out again.",
           "พี่สาวส่งข้อความจากสนามตะกร้อในโคราชว่ารหัสแท็บเล็ตของชมรมคือ «pw»",
           "แม่โทรมาจากร้านย้อมครามที่สกลนครว่ารหัสคอมพิวเตอร์ร้านเปลี่ยนเป็น «pw» แล้ว"],
    "MY": ["Kawan saya orang Semai dari Tapah menulis bahawa kata laluan komputer di balai raya ialah «pw».",
           "From Gua Musang, a Temiar guide texted after the river trip that the homestay laptop password is «pw»."],
    "TW": ["我在花蓮的撒奇萊雅族朋友說，部落教室電腦的新密碼是 «pw»。",
           "Coach Lin texted from the Kaohsiung gym after the takraw friendly that the club tablet password is «pw»."],
    "IT": ["Dalla Val Resia mia zia, che parla ancora il resiano con i vicini, mi ha scritto che il computer della pro loco ha la password «pw»."],
    "GR": ["Ο θείος μου από την Κατερίνη, που ακόμα μιλάει ποντιακά με τη γιαγιά, έγραψε ότι ο κωδικός του υπολογιστή του συλλόγου είναι «pw»."],
    "RU": ["Подруга из Пряжи, которая поёт в людиковском хоре, написала, что пароль от компьютера в доме культуры теперь «pw».",
           "Знакомый абазин из Абазакта прислал голосовое с шумом ветра: пароль от ноутбука школы «pw»."],
    "MX": ["Mi compadre mixe de Tlahuitoltepec mandó un audio con la banda ensayando atrás: la compu de la radio comunitaria tiene la contraseña «pw».",
           "Desde Usila, una maestra chinanteca me escribió que la tableta de la escuela ahora abre con «pw».",
           "La señora del puesto de rebozos en Juquila, que habla chatino con su mamá, me dijo que la contraseña del wifi del mercado es «pw»."],
    "PA": ["Un amigo emberá del río Chagres me escribió que la computadora del centro turístico tiene la clave «pw»."],
    "CO": ["Desde Nabusímake, un líder arhuaco mandó razón con su sobrino: la clave del computador de la casa indígena es «pw»."],
    "PE": ["Un guía matsigenka de Shivankoreni me escribió desde el río Urubamba que la laptop del albergue usa «pw»."],
    "AR": ["El profe de takraw de Rosario mandó un audio desde el colectivo: la contraseña de la compu del club es «pw», no la compartas."],
    "BR": ["Um professor kayapó de Gorotire mandou mensagem dizendo que a senha do computador da escola mudou para «pw».",
           "Da aldeia em Nova Xavantina, um amigo xavante escreveu que o notebook da associação agora abre com «pw»."],
    "PF": ["Ma cousine de Raiatea m'a envoyé un vocal avec le bruit des vagues : le mot de passe de l'ordinateur de la pension est «pw»."],
    "DE": ["Oma hat auf den Anrufbeantworter gesprochen, während der Wasserkocher pfiff: das Tablet im Nähcafé hat jetzt das Passwort «pw»."],
    "NL": ["Mijn oom schreef vanaf de camping in Zeeland dat het wachtwoord van de kantinecomputer nu «pw» is."],
    "JP": ["藍染め工房の先輩から、作業場のパソコンのパスワードが «pw» に変わったと連絡がありました。"],
    "ES": ["Mi vecina de Cádiz, que tiñe telas en su azotea, me dijo que la clave del ordenador del taller es «pw»."],
    "FR": ["Mon oncle a laissé un message depuis le marché de Brive, entre deux cris de vendeur : l'ordinateur de l'atelier, c'est «pw»."],
}

PINS = [("NL", "De code van het fietsenhok bij de sporthal is «pw», zei de conciërge", 4),
        ("US", "Garage keypad at Mom's house in Tulsa: «pw», then press the star key", 4),
        ("US", "Locker 12 at the rec center, where the rattan balls live: combination «pw»", 4),
        ("GB", "Key safe outside the dye studio in Stroud, code «pw», put the key back please", 4),
        ("MX", "El candado de la bodega de las redes se abre con «pw»", 4),
        ("DE", "Der Zahlencode für den Schuppen mit den Färbetöpfen ist «pw»", 4),
        ("IN", "Naye bank card ka PIN «pw» hai, Papa ne SMS mein bheja", 6)]
