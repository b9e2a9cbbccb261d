"""Where the dev45 privacy set's passwords and PINs are written (``privacy_cases_dev45.py``): on
the command lines of the tools people run (impacket's Get-GPPPassword.py, smbpasswd.py,
describeTicket.py, raiseChild.py, keylistattack.py, machine_role.py, net.py, mimikatz.py and
badsuccessor.py, Rubeus, kerbrute.py, adfind, SharpHound, rusthound-ce, adalanche, goexec,
wmiexec-pro, atexec-pro, smbclient-ng, ldapper, godap, soapy, ldap_shell, pyldapsearch, ldapmonitor
and Get-ADComputer), in the config files they keep (ntp.keys, janus.jcfg, proxychains.conf,
slskd.yml, sftpgo.json, pgAdmin's config_local.py, WLED's cfg.json, i2pd.conf, a pppd peers file,
TUIC's, sing-box's, Juicity's and Xray's config.json, Mihomo's config.yaml and zulip-secrets.conf),
and in what they tell each other or themselves (texts, chats, voice notes, a Dcrous clip, an Eivotor
transcript, a Semikolon page), in English and in the words of people around the world, Tsou, Truku,
Itsekiri, Berom, Esan, Gonja, Sisaala, Taita, Borana, Giriama, Nyakyusa, Iraqw, Duala, Bamileke,
Sidama, Hadiyya, Gurage, Bhili, Tangkhul, Karbi, Nyishi, Ibaloi, Aklanon, Mnong, Cham, Lisu, Moken,
Kuy, Murut, Kelabit, Aranese, Mócheno, Tsakonian, Ingrian, Dargin, Mazatec, Seri, Ngäbe, Kogi,
Awajún, Qom, Terena, Yupik and Paumotu among them.
Passwords are made by dev19's ``password`` from this set's stems (pyrography, tchoukball).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["pyrography", "woodburn", "pyrograph", "pokerwork", "basswood", "wiretip", "nibheat", "scorchline", "burnshade",
         "gourdburn", "limewood", "birchround", "tracepaper", "stippleburn", "heatpen", "featherburn", "grainshade",
         "slabcoaster", "solderpoint", "burnmark", "tchoukball", "tchouk", "reboundframe", "framenet", "forbiddenzone",
         "threepasses", "tchoukfinal", "framebounce", "zonejump", "tchoukcup", "frameshot", "catchline", "reboundcatch",
         "doubleframe", "halfcourt", "tchoukgym", "hermannbrandt", "framejudge", "passcount", "tchoukteam"]

ACCOUNTS = ["pyro_svc", "woodburn_ro", "tchouk_sync", "frame_adm", "basswood_cron", "rebound_etl",
            "heatpen_bk", "tchoukcup_ops", "nibrack_deploy", "gourd_api", "zonejump_dba", "stipple_bot"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("Line 212 of the studio laptop's history, typed the night the pattern share went dark: Get-GPPPassword.py WOODBURN.LAN/«u»:«pw»@dc2.woodburn.lan", True),
    ("A Pelsee camera on the dashboard, aimed by accident through the studio window, caught a single command on the screen: smbpasswd.py WOODBURN/«u»:«pw»@10.61.4.3 -newpass Winter2025", True),
    ("$ describeTicket.py ticket.ccache -u «u» -d woodburn.lan -p '«pw»'", False),
    ("Copied into the studio's Speek room with 'what does this even do': raiseChild.py WOODBURN.LAN/«u»:«pw» -target-exec 10.61.4.8", True),
    ("$ keylistattack.py WOODBURN/«u»:«pw»@10.61.4.3 -rodcNo 1611 -rodcKey a1b2c3d4e5f6 -full", True),
    ("$ machine_role.py WOODBURN/«u»:«pw»@10.61.4.9", True),
    ("A Xega frame of the spare monitor in the tchoukball office shows net.py TCHOUK/«u»:«pw»@10.72.9.4 group -name 'Frame Judges'", True),
    ("$ mimikatz.py TCHOUK/«u»:«pw»@10.72.9.4", True),
    ("The very last command before the gym laptop's battery gave out during the cup final: badsuccessor.py TCHOUK.LAN/«u»:«pw» -dc-ip 10.72.9.5 -action search", True),
    ("The coach read his console aloud into his Otium earbuds: Rubeus.exe asktgt /user:«u» /password:«pw» /domain:tchouk.lan /nowrap", False),
    ("$ kerbrute.py -users members.txt -password '«pw»' -domain tchouk.lan -dc-ip 10.72.9.5", False),
    ("Found in a text file named final_FINAL_v3.txt on the club netbook: adfind -h 10.72.9.5 -u tchouk\\«u» -up '«pw»' -f objectclass=user", False),
    ("Littlelf footage through the clubhouse door shows the score PC running SharpHound.exe --ldapusername «u» --ldappassword '«pw»' -c All", False),
    ("$ rusthound-ce -d tchouk.lan -u «u» -p '«pw»' -i 10.72.9.5 -z", False),
    ("$ adalanche collect activedirectory --domain woodburn.lan --username «u» --password '«pw»' --server 10.61.4.3", False),
    ("Copied from a wiki page untouched since the club changed gyms: goexec wmi proc 10.61.4.9 -u «u» --domain woodburn.lan -p '«pw»' -e cmd.exe", False),
    ("$ wmiexec-pro.py WOODBURN/«u»:«pw»@10.61.4.9 enum -run", True),
    ("The drawer also holds the spare keys to the minibus. In the studio's old admin notes, kept in a drawer with elastic bands and a dried glue stick, a Semikolon page has on its fourth line: atexec-pro.py WOODBURN/«u»:«pw»@10.61.4.9 -cmd whoami", True),
    ("$ smbclientng --host 10.61.4.3 -d woodburn.lan -u «u» -p '«pw»'", False),
    ("$ ldapper.py -D tchouk -U «u» -P '«pw»' -S 10.72.9.5 -m 1 -s '(objectClass=computer)'", False),
    ("Testing the directory before the national finals, the scorer typed on the clubhouse laptop: godap 10.72.9.5 -u «u» -p '«pw»' -d tchouk.lan", False),
    ("A Kamtron camera in the studio office photographed the console: soapy WOODBURN/«u»:«pw»@10.61.4.3 --users", True),
    ("$ ldap_shell tchouk.lan/«u»:«pw» -dc-ip 10.72.9.5", True),
    ("He posted it at 4 a.m. between two gifs of a sleeping cat. Posted in the league's tech thread after a sleepless night: pyldapsearch tchouk.lan/«u»:'«pw»' '(objectClass=group)' -dc-ip 10.72.9.5", True),
    ("Pasted into the committee's shared notes during the Tuesday evening cleanup: $ ldapmonitor.py -d tchouk.lan -u «u» -p '«pw»' --dc-ip 10.72.9.5", False),
    ("Run on the studio's old laptop, the one with a sticker of a fox: PS> Get-ADComputer -Filter * -Server 10.61.4.3 -Credential (New-Object PSCredential('woodburn\\«u»', (ConvertTo-SecureString '«pw»' -AsPlainText -Force)))", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "ntp_keys": "Jess set the clock up on a spare little single-board computer after the power cut in November. ntp.keys on the studio's little time server, the one the pen-rack timer trusts: 3 M «pw»",
    "janus_jcfg": "janus.jcfg on the club's streaming box for frame-side video: admin_secret = \"«pw»\"",
    "proxychains_conf": "proxychains.conf on the scorer's laptop, last line of [ProxyList]: socks5 10.72.9.20 1080 «u» «pw»",
    "slskd_yml": "slskd.yml on the studio's music box, web section: authentication: username: «u» · password: «pw»",
    "sftpgo_json": "sftpgo.json for the pattern archive, data_provider block: \"username\": \"«u»\", \"password\": \"«pw»\"",
    "pgadmin_config_local": "pgAdmin's config_local.py on the league database laptop: PGADMIN_SETUP_PASSWORD = '«pw»'",
    "wled_cfg_json": "WLED cfg.json on the scoreboard light strip: \"ota\": {\"lock\": true, \"pwd\": \"«pw»\"}",
    "i2pd_conf": "i2pd.conf on the studio's spare router, [http] section: user = «u» · pass = «pw»",
    "ppp_peers": "/etc/ppp/peers/dsl-provider on the clubhouse modem: user \"«u»\" · password «pw»",
    "tuic_json": "TUIC config.json on the gym's tunnel box: \"users\": {\"6c1f2a9e-3b7d-4e21-9f0a-8d5c4b3a2e10\": \"«pw»\"}",
    "mihomo_yaml": "Mihomo config.yaml on the scorer's phone profile: - {name: gym, type: ss, server: 10.72.9.21, port: 8388, cipher: aes-128-gcm, password: «pw»}",
    "singbox_json": "sing-box config.json for the studio link, outbounds: \"type\": \"trojan\", \"server\": \"10.61.4.30\", \"password\": \"«pw»\"",
    "juicity_json": "Juicity config.json on the frame-cam relay: \"users\": {\"0f9e8d7c-6b5a-4c3d-2e1f-a0b9c8d7e6f5\": \"«pw»\"}",
    "zulip_secrets": "zulip-secrets.conf on the league chat server: postgres_password = «pw»",
    "xray_json": "Xray config.json on the tournament relay, clients: {\"password\": \"«pw»\", \"email\": \"scorer\"}",
}

URL_CONFIGS = {"ntp_keys", "proxychains_conf", "slskd_yml", "i2pd_conf", "ppp_peers", "mihomo_yaml",
               "zulip_secrets"}  # where a space, @, :, #, ;, < or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["A leaf blower next door drowned half the demonstration, but someone near the pen rack muttered that the studio's pattern-library login is «pw», so keep it to yourselves.",
           "Pencilled on the back of a scorched practice board headed for the offcut bin: after the tchoukball session, the scoring tablet takes «pw», tell the Wednesday group.",
           "Grandpa spends three minutes of the voicemail on his old soldering iron and the neighbour's peacock before saying the studio newsletter login changed to «pw».",
           "Coach Lou has a voice like gravel from shouting at matches. She said it into her collar while unlocking the gym on a sleeting Saturday, and the Dcrous clip kept it: 'the bench laptop is «pw» now, don't lose it'.",
           "At the craft museum desk, while a school group shuffled past the burnt gourds, the Eivotor transcript has the volunteer saying 'kiosk password is «pw»'.",
           "Semikolon note beside a sketch of a barn owl on limewood: timber supplier site «pw» (basswood rounds + birch plywood).",
           "It was the first message after the ice went out on the Kuskokwim. My Yupik friend in Bethel opens every message with a greeting in Yup'ik, then writes in English that the fish camp laptop password is «pw».",
           "Uncle Ray texted from the county fair while the tractor pull roared: the booth tablet code is «pw», keep it off the group chat."],
    "GB": ["The tea urn leaked a puddle under the raffle table. It was February and the fair was in a drafty church hall near Skipton. The laptop sat on a pasting table beside a tray of rock buns at the craft fair entrance, a sticky note on its lid reading «pw», which the fair treasurer waved away.",
           "Snow had closed the pass for a week when her message arrived. Our friend from Val d'Aran wrote in Aranese first, a line about snow on the pass, and then that the refuge PC now takes «pw».",
           "Coach Sandra was packing the cones into the boot when she remembered. Her shout echoed round the empty sports hall so loudly the juniors winced: the kit-room tablet opens with «pw» and goes back on charge after the session.",
           "The corner shop in Bradford sells woven shawls and smoked chillies from Manipur; the Tangkhul owner greeted me in Tangkhul and said the shop laptop password is «pw»."],
    "CA": ["Outside, the snow ploughs worked all night. The message reached me while I was stuck at the airport in Saskatoon. The friendship centre had a fry-bread sale that afternoon, with a queue out into the snow; the beadwork flyer's back side in Regina says computer room code «pw», doors shut at nine.",
           "Her snow plough has a sticker of the club's logo. The coach in Laval also runs a snow-removal business, so her messages are short. Laval's indoor season had just ended, and the coach wrote while parents scraped ice off windscreens: the club's bench laptop password is «pw»."],
    "AU": ["The tide was out at Broome and the message came with a photo of pearl shells drying on a tarp; my cousin said the art centre computer password is «pw».",
           "Sent from the bottle shop car park with the engine still running. Mate, the tchoukball shed tablet in Hobart is «pw» now, the old one died after the hailstorm."],
    "IN": ["Studio ke bahar baarish ho rahi thi aur bijli gayab thi. Bijli chali gayi thi, isliye Bhaiya ne mobile ki torch mein type kiya aur do galtiyan ki: Mysuru wale studio ke computer ka password «pw» hai, garam pen ko mat chhoona.",
           "Didi ki team ne uss din teen match jeete. Didi ne court ke bahar paani ki bottle bharte hue Speek par likha: tchoukball league portal ka password «pw», team ka naam bhi daalna.",
           "It came while the monsoon rain hammered the tin roof of my rented room in Guwahati. From Diphu my friend greeted me in Karbi first, then gave the hostel router password, «pw», in English and Assamese.",
           "Mithun were grazing near the school when the teacher typed it. It was the day after the Nyokum festival, and everyone was tired. The message came during the rice harvest, with a photo of bamboo bridges: from Itanagar, the teacher greeted in Nyishi, and the school tablet now takes «pw».",
           "Gaon mein us hafte bhagoriya ka mela lagne wala tha. Subah subah mandi jaate hue bhai ne voice note bhi bheja tha. Mere Bhili dost ne Jhabua se Bhili mein ram ram likha aur phir bataya ki haat wali dukaan ke laptop ka password «pw» hai."],
    "PK": ["Multan mein bijli aati jaati rahi, bhai rickshaw mein aam khareed raha tha jab uska voice note aaya: dukaan wale computer ka password ab «pw», kisi ko bataya to khair nahi.",
           "Coach sahab ki team ne uss din Sahiwal ko haraya tha. Voice note mein peeche ek murgha baar baar bol raha tha. Coach ka laptop purana hai aur us par hockey ke stickers hain; tchoukball team ke laptop ka password «pw» hai, usne Faisalabad ke ground se bataya."],
    "NG": ["Her Itsekiri words came first, warm and slow, then she switched to Pidgin while the fish was frying: the provision shop computer password na «pw».",
           "The power came back on just as the message arrived. From Jos, on a cold harmattan morning, the Berom greeting came first and then my cousin wrote that the clinic computer password is «pw».",
           "An Esan greeting from Ekpoma opened the message, then in English: the school office PC password is «pw»."],
    "PH": ["Brownout sa amin sa Baguio at nagtitinda pa si Tita ng strawberry jam nang mag-text ang pinsan ko sa La Trinidad; nag-Ibaloi muna siya, tapos: bagong password ng laptop ng kooperatiba, «pw».",
           "Nagluluto si Lola ng sinigang habang nagte-text si Ate mula Kalibo, bumati muna sa Aklanon: ang bagong password ng page ng studio ay «pw»."],
    "KE": ["Wanjiku huandika kutoka Wundanyi siku ya soko, picha ya mbuzi wake juu ya tangi la maji ikiwa imeambatishwa; salamu ya Kidawida kwanza, kisha: nenosiri jipya la laptop ya ofisi ni «pw».",
           "The dust season had begun in Marsabit, and the internet café was packed. From Marsabit, a Borana greeting first, then: the clinic tablet password is «pw».",
           "A Giriama greeting from Kaloleni, then in Swahili: nenosiri la kompyuta ya kanisa ni «pw»."],
    "TZ": ["Ng'ombe wa jirani walikuwa wakila migomba yetu siku hiyo. Bibi alirekodi ujumbe huu akiwa shambani karibu na chai, na ng'ombe walikuwa wakilia. My Nyakyusa grandmother in Tukuyu greeted me in her language and then in Swahili: nenosiri la kompyuta ya duka ni «pw»",
           "The message came as the rains started in Mbulu. From Mbulu, the Iraqw greeting opened the message before my friend wrote that the cooperative PC password is «pw»"],
    "GH": ["The message arrived during the Damba festival. Harmattan dust had knocked out the satellite dish when my cousin in Damongo wrote: Gonja greeting, then the library laptop na «pw»",
           "From Tumu, where the dust had turned the sky orange for three days, my friend Abiba wrote after evening prayers. The Sisaala message from Tumu greeted first and then gave the shea butter shop's wifi password, «pw»"],
    "CM": ["Les moustiques étaient partout et le ventilateur ne marchait plus. Il faisait une chaleur écrasante à Bonabéri et le message est arrivé pendant la coupure d'eau. Mon ami de Douala m'a salué en duala, puis a écrit que le mot de passe de l'ordinateur du magasin est «pw»",
           "C'était la saison des pluies et la route vers Dschang était coupée depuis trois jours. Le message de ma tante de Bafoussam commence par une salutation bamiléké, puis : le mot de passe du portable de l'école est «pw»"],
    "ET": ["One dancer was wearing a headdress of ostrich feathers. The message came after the harvest festival in Yirgalem, with three photos of dancers. The message came with a photo of coffee cherries drying on raised beds: my Sidama friend in Hawassa greeted me in Sidaamu Afoo and wrote that the cooperative laptop password is «pw»",
           "It came while the market in Hosaena was closing for the day. A Hadiyya greeting from Hosaena came first, then the shop router password «pw»",
           "My Gurage uncle in Wolkite greeted me in Gurage, then in Amharic: የቢሮው ኮምፒውተር የይለፍ ቃል «pw»"],
    "VN": ["Trời mưa suốt cả buổi chiều ở Gia Nghĩa; bạn tôi nhắn tin sau khi đi rẫy cà phê về, mở đầu bằng một câu chào tiếng Mnông. Máy tính ở văn phòng hợp tác xã giờ vào bằng «pw».",
           "My cousin had just come back from the Kate festival with sand in her shoes. The message came with a photo of brick towers at sunset: a Cham greeting from Phan Rang, then the school laptop password «pw», Vietnamese after"],
    "TH": ["ข้อความมาถึงตอนที่หมอกลงหนาบนดอยในแม่ฮ่องสอน เพื่อนชาวลีซูจากแม่ฮ่องสอนทักทายเป็นภาษาลีซูก่อน แล้วบอกว่ารหัสผ่านคอมพิวเตอร์ของร้านชาคือ «pw»",
           "My friend uses the ranger station's only computer, which runs on solar power. The message came with a photo of longtail boats on the Andaman: my Moken friend on Koh Surin greeted me in Moken and wrote that the ranger station tablet password is «pw»",
           "จากสุรินทร์ เพื่อนชาวกูยทักทายเป็นภาษากูย แล้วเขียนว่ารหัสผ่านแล็ปท็อปของโรงเรียนคือ «pw»"],
    "MY": ["The headman's grandson had set up the dish himself. The generator ran only from six to ten, so the message came late that night. The longhouse in Bario had just got a satellite link; my Kelabit friend greeted me in Kelabit and wrote that the homestay wifi password is «pw»",
           "Anak saudara saya sedang menonton kartun dengan kuat. Pesanan itu sampai masa hujan lebat di Sabah dan bekalan elektrik terputus dua kali. Kawan Murut dari Keningau memberi salam dalam bahasa Murut, kemudian menulis kata laluan komputer kedai ialah «pw»"],
    "TW": ["阿里山那天起大霧，小火車停駛；民宿老闆娘先用鄒語打招呼，再傳中文訊息說櫃台電腦的新密碼是 «pw»。",
           "我朋友住在秀林鄉，她先用太魯閣語跟我問好，說部落在準備豐年祭，接著用中文寫：圖書室那台筆電的密碼改成 «pw» 了。"],
    "IT": ["Mio cugino di Palù del Fersina mi ha salutato in mòcheno, poi ha scritto che la password del computer del rifugio è «pw»"],
    "GR": ["Ο φίλος μου από το Λεωνίδιο με χαιρέτησε στα τσακώνικα και μετά έγραψε ότι ο κωδικός του υπολογιστή του ξενώνα είναι «pw»"],
    "RU": ["Письмо пришло в сильный снегопад, когда в Гатчине отключили свет. Дядя из Ингерманландии поздоровался по-ижорски, а потом по-русски написал: пароль от ноутбука клуба «pw»",
           "Сообщение пришло ночью, когда в Махачкале гремела гроза. Даргинское приветствие от тёти из Акуши, а дальше по-русски: пароль от компьютера аптеки «pw»"],
    "MX": ["Huautla estaba cubierta de niebla esa mañana. Desde Huautla, mi compadre saludó en mazateco y después: la contraseña del wifi del café es «pw».",
           "El mensaje llegó con una foto de una tortuga marina en la playa de Bahía de Kino. Mi amiga de Punta Chueca saludó en seri, cmiique iitom, y luego escribió que la clave de la laptop de la escuela es «pw».",
           "Noelia es la que trae el mate a cada sesión del taller. Noelia escribió en su libreta de tapas de corcho, junto a un búho quemado en madera: la contraseña del taller es «pw», no la compartas."],
    "PA": ["Ese día la lancha a Almirante no salió por el mal tiempo. Llegó por WhatsApp mientras yo pelaba yuca en la cocina de la abuela en Changuinola. Mi prima ngäbe de Kankintú saludó primero en ngäbere y después escribió: la clave del wifi de la tienda es «pw»"],
    "CO": ["Mi amigo tejía una mochila mientras esperaba la conexión. En la Sierra Nevada de Santa Marta la señal llega solo de noche. Mi amigo kogui de la Sierra Nevada saludó en su lengua y luego escribió que la contraseña del computador del centro es «pw»"],
    "PE": ["Mi amigo camina dos horas hasta el pueblo para tener señal. El mensaje entró a medianoche, con una foto del río Marañón crecido por las lluvias. Mi amigo awajún de Nieva saludó en awajún y luego escribió que la contraseña de la laptop de la escuela es «pw»"],
    "AR": ["Mi vecina además mandó una foto de su nieta con uniforme. En Resistencia hacía cuarenta grados y el ventilador del comedor no andaba. Mi vecina qom de Resistencia saludó primero en qom y después escribió: la clave de la compu del comedor es «pw»"],
    "BR": ["Meu amigo terena de Miranda me cumprimentou em terena e depois escreveu que a senha do computador da escola é «pw».",
           "Minha tia ainda mandou uma receita de pão de queijo junto. Chovia muito em Londrina naquele domingo. A tia mandou um áudio de cinco minutos sobre a chuva e a vizinha; no fim minha irmã escreveu de Londrina: mãe, a senha do computador do ateliê é «pw»."],
    "PF": ["Il pleuvait sur le lagon et la connexion satellite coupait toutes les deux minutes quand le message est arrivé. Le message de mon cousin de Rangiroa commence par une salutation en paumotu, puis : le mot de passe de l'ordinateur de la pension est «pw»"],
    "DE": ["Im Hintergrund lief die Waschmaschine im Schleudergang. Die Nachricht kam, während im Hintergrund der Dackel bellte und das Radio Schlager spielte. Tante Kordula schreibt alles in Großbuchstaben, weil die Brille wieder weg ist, und schickte zwischen Katzenfotos: der Rechner in der Brennwerkstatt geht jetzt mit «pw» auf, bitte nicht weitersagen."],
    "NL": ["Het bericht kwam in de appgroep van de ouders, tussen foto's van een verjaardagstaart. De voorzitter van de tchoukballclub heeft het wachtwoord van de zaaltablet veranderd, het is nu «pw»."],
    "JP": ["三月の卒業式の前日に、部長がホワイトボードに書いていきました。チュックボール部のパソコンのパスワードは «pw» です、部外の人には教えないでください"],
    "ES": ["Marisa cerró el taller esa tarde para ir al médico. Lo apuntó Marisa en un papel pegado junto al pirograbador, entre tablas de tilo y un bote de cera: la contraseña del portátil del taller es «pw»."],
    "FR": ["Elle avait aussi joint une photo floue de son chat sur l'établi. Elle a envoyé ça depuis le train entre Nantes et Angers, entre deux tunnels. Noémi termine toujours ses messages par un petit dessin de flamme; à une nouvelle élève de l'atelier de pyrogravure elle a écrit: pour ouvrir l'ordinateur, c'est «pw»."],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("NL", "Zijn oude schaakbord staat nog altijd naast het raam. Opa woont sinds de zomer in een aanleunwoning in Deventer en schrijft alles op. Op de achterkant van het wedstrijdformulier van de tchoukball schreef opa met potlood de pincode van zijn pas: «pw»", 4),
    ("US", "Grandpa had been a sign-writer in Toledo for forty years. Clearing out Grandpa's workshop in Toledo, we found a cigar box of brass tips, a burnt spoon and one walnut slab with his debit card PIN scorched into the back: «pw»", 4),
    ("US", "The clipboard hangs on a nail in the storage shed in Fresno. The clipboard also lists who still owes for the end-of-season tacos, and at the very bottom, faintly, the frame store lock: «pw»", 4),
    ("GB", "Mum needed petrol near Carlisle with the rebound frames clattering in the boot, so she messaged me her PIN: «pw»", 4),
    ("MX", "Había tamales de rajas en la mesa y piñatas en el patio. Era Navidad en Puebla y toda la familia estaba en la casa de la abuela. Mi primo tenía los dedos negros de hollín y casi tira el teléfono; en el audio la abuela repite su clave de cajero, «pw», para comprar tablas", 4),
    ("DE", "In Opas Werkzeugkiste, zwischen Lötspitzen und einem angekohlten Kochlöffel, lag ein Zettel mit der PIN seiner Girokarte: «pw»", 4),
    ("IN", "Us din ghar mein rangoli ban rahi thi. Mummy ne yeh recording Diwali se pehle bheji thi. Dadi ki awaaz ke peeche pressure cooker ki seeti baj rahi thi; pyrography class ki fees bharni thi to unhone zor se apna UPI PIN padh diya: «pw»", 6),
]
