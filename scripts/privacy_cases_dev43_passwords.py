"""Where the dev43 privacy set's passwords and PINs are written (``privacy_cases_dev43.py``): on
the command lines of the tools people run (impacket's GetNPUsers.py, getPac.py, rpcdump.py,
samrdump.py and dnstool.py from krbrelayx, addspn.py, printerbug.py, gMSADumper.py,
targetedKerberoast.py, pyGPOAbuse.py, PetitPotam.py, dementor.py, pywhisker, certsync, DonPAPI,
smbcrawler, pywerview, ldeep, enum4linux-ng, pth-winexe, PAExec, memtier_benchmark, WinSCP.com, the
JFrog CLI, odat, mssqlpwner and sensuctl), in the config files they keep (frpc.toml, rathole's
client.toml, tac_plus.conf, drbd.conf, .autorestic.yml, Bazaar's authentication.conf,
ivysettings.xml, sbt's .credentials, Leiningen's profiles.clj, cabal's config, OpenWrt's
/etc/config/wireless, pfSense's config.xml, Bazarr's config.yaml, Ombi's database.json and
jupyter_server_config.py), and in what they tell each other or themselves (texts, chats, voice
notes, a Kehan clip, a Tileraa transcript, a Kokuyo page), in English and in the words of people
around the world, Paiwan, Rukai, Seediq, Saisiyat, Igala, Kaonde, Luvale, Kwanyama, Kalanga,
Makonde, Temne, Kpelle, Dagaare, Siwi, Harari, Elfdalian, Kven, Adyghe, Svan, Zaza, Mazandarani,
Burushaski, Badaga, Kurukh, Gondi, Mixtec and Mangarevan among them. Passwords are made by dev19's
``password`` from this set's stems (kintsugi, canoe polo).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["kintsugi", "urushi", "goldseam", "goldjoin", "makie", "kinpun", "mugiurushi", "sabiurushi", "shardmend", "crackline",
         "lacquercure", "brokenbowl", "ginsugi", "yobitsugi", "tomotsugi", "goldvein", "chawan", "fundame", "goldpowder", "riceglue",
         "canoepolo", "kayakpolo", "spraydeck", "polokayak", "paddlepolo", "hullbumper", "eskimoroll", "hipflick", "goalframe",
         "sprintstart", "flatwater", "polopaddle", "bowbumper", "backpaddle", "sweepstroke", "handofgod", "poloball", "shotclock",
         "bladeblock", "driftgoal"]

ACCOUNTS = ["goldseam_svc", "urushi_ro", "shardlog_sync", "kintsugi_adm", "curingbox_cron", "goldjoin_bot",
            "canoepolo_admin", "boathouse_ops", "polocam_backup", "shotclock_ci", "spraydeck_relay", "paddlelog_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("The studio laptop's shell history, line 112, written the night the file share went quiet: GetNPUsers.py GOLDSEAM.LAN/«u»:«pw» -request -format hashcat", True),
    ("Kehan footage through the boathouse window shows the treasurer's screen with one line typed: getPac.py -targetUser administrator GOLDSEAM.LAN/«u»:«pw»", True),
    ("A Tenvis camera above the mending bench caught the terminal: rpcdump.py GOLDSEAM/«u»:«pw»@10.61.8.4 | grep MS-RPRN", True),
    ("$ samrdump.py GOLDSEAM/«u»:«pw»@10.61.8.4 -port 445", True),
    ("Someone pasted scrollback into the studio's Sideband room asking why it fails: dnstool.py -u 'GOLDSEAM\\«u»' -p '«pw»' -r curingbox -a query 10.61.8.2", True),
    ("$ addspn.py -u 'GOLDSEAM\\«u»' -p '«pw»' -s host/kilnpc.goldseam.lan -q 10.61.8.2", True),
    ("$ printerbug.py GOLDSEAM.LAN/«u»:«pw»@kilnpc.goldseam.lan 10.61.8.99", True),
    ("A Vimtag frame of the spare monitor in the boathouse office shows gMSADumper.py -u «u» -p '«pw»' -d canoepolo.lan", False),
    ("$ targetedKerberoast.py -v -d canoepolo.lan -u «u» -p '«pw»' --dc-ip 10.92.3.5", False),
    ("$ pyGPOAbuse.py CANOEPOLO.LAN/«u»:«pw» -gpo-id 31B2F340-016D-11D2-945F-00C04FB984F9 -dc-ip 10.92.3.5", True),
    ("The coach read his terminal aloud into his Mifo earbuds: PetitPotam.py -u «u» -p '«pw»' -d canoepolo.lan 10.92.3.99 10.92.3.5", False),
    ("$ dementor.py -u «u» -p '«pw»' -d canoepolo.lan 10.92.3.99 scorepc.canoepolo.lan", False),
    ("$ pywhisker -d canoepolo.lan -u «u» -p '«pw»' --target shotclock01$ --action list", False),
    ("$ certsync -u «u» -p '«pw»' -d canoepolo.lan -dc-ip 10.92.3.5 -ns 10.92.3.5", False),
    ("Boavision footage through the clubhouse glass shows the scoring PC's console: DonPAPI collect -u «u» -p '«pw»' -d canoepolo.lan -t 10.92.3.0/24", False),
    ("$ smbcrawler crawl -u «u» -p '«pw»' -d goldseam.lan -D 2 10.61.8.0/24", False),
    ("$ pywerview get-netuser -u «u» -p '«pw»' -w goldseam.lan --dc-ip 10.61.8.2", False),
    ("$ ldeep ldap -u «u» -p '«pw»' -d canoepolo.lan -s ldap://10.92.3.5 users", False),
    ("A Kokuyo page copied from the studio's old admin notes has this on its second line: enum4linux-ng -u «u» -p '«pw»' -A 10.61.8.4", False),
    ("$ pth-winexe -U 'GOLDSEAM/«u»%«pw»' //10.61.8.4 cmd.exe", True),
    ("C:\\> paexec \\\\SHOTCLOCK01 -u CANOEPOLO\\«u» -p «pw» -s cmd /c ipconfig", True),
    ("Benchmarking the cache that stores shot-clock states before the regional tournament, the scorer typed this into the boathouse terminal. $ memtier_benchmark -s 10.92.3.20 -p 6379 -a '«pw»' --test-time 30", False),
    ("A Dericam camera in the studio office photographed the admin console: WinSCP.com /command \"open sftp://«u»:«pw»@files.goldseam.lan/\" \"ls\" \"exit\"", True),
    ("The build engineer pasted this into the league's tech channel after a sleepless night. $ jf rt ping --url https://artifacts.canoepolo.lan/artifactory --user «u» --password '«pw»'", False),
    ("$ sensuctl configure -n --username «u» --password '«pw»' --url https://sensu.canoepolo.lan:8080", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "frpc_toml": "frpc.toml on the boathouse's scoreboard box, its auth table: auth.method = \"token\" · auth.token = \"«pw»\"",
    "rathole_toml": "rathole client.toml on the studio's curing-box monitor: [client.services.kiln] · token = \"«pw»\"",
    "tac_plus_conf": "tac_plus.conf on the club's old switch server: user = «u» { login = cleartext \"«pw»\" }",
    "drbd_conf": "drbd.conf on the studio's two archive boxes, net section: cram-hmac-alg sha1; shared-secret \"«pw»\";",
    "autorestic_yml": ".autorestic.yml for the studio's photo backups: backends: goldseam: type: sftp · key: «pw»",
    "bzr_auth_conf": "Bazaar authentication.conf for the repair-log branch: [goldseam] · user = «u» · password = «pw»",
    "ivysettings_xml": "ivysettings.xml on the club's build laptop: <credentials host=\"repo.canoepolo.lan\" username=\"«u»\" passwd=\"«pw»\"/>",
    "sbt_credentials": "~/.sbt/.credentials on the scoring-app laptop: realm=Artifactory · user=«u» · password=«pw»",
    "lein_profiles": "Leiningen profiles.clj for the shard-catalogue service: {:auth {:repository-auth {#\"goldseam\" {:username \"«u»\" :password \"«pw»\"}}}}",
    "cabal_config": "cabal config on the studio's Haskell box, repository block: username: «u» · password: «pw»",
    "openwrt_wireless": "/etc/config/wireless on the boathouse router: option ssid 'PoloShed' · option encryption 'psk2' · option key '«pw»'",
    "pfsense_config": "pfSense config.xml for the club's VPN, mobile client section: <pre-shared-key>«pw»</pre-shared-key>",
    "bazarr_config": "Bazarr config.yaml on the clubhouse media box, opensubtitlescom block: username: «u» · password: «pw»",
    "ombi_database": "Ombi database.json on the studio's request box: \"ConnectionString\": \"Server=10.61.8.6;Database=ombi;User=«u»;Password=«pw»\"",
    "jupyter_config": "jupyter_server_config.py on the lacquer-drying notebook server: c.ServerApp.password_required = True · c.IdentityProvider.token = '«pw»'",
}

URL_CONFIGS = {"frpc_toml", "rathole_toml", "tac_plus_conf", "drbd_conf", "bzr_auth_conf", "ivysettings_xml", "sbt_credentials",
               "lein_profiles", "openwrt_wireless", "pfsense_config", "ombi_database"}  # where a space, @, :, #, ;, < or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["While the teacher showed how to dust the gold, someone whispered that the studio's pattern-archive login is «pw», so nobody say it aloud.",
           "Scribbled with a marker on a shard that was destined for the beginners' practice bin. On the back of a broken tile after the league game: the scoreboard tablet's admin password is now «pw», and the old one is gone.",
           "Grandpa rambles for two minutes about sable brushes and the neighbour's beagle before his voicemail finally says the studio newsletter login became «pw», so note it in the green book.",
           "The referee muttered this into her collar while unlocking the gate on a foggy Sunday morning. Kehan clip of the referee at the boathouse gate: 'the lane-booking tablet unlocks with «pw», and nobody tapes it to the window this year'.",
           "The front desk volunteer read it out while a school group filed past the glass cases of tea bowls. Tileraa transcript at the ceramics museum's front desk: guest network GoldSeamGuest, password «pw».",
           "Kokuyo note beside a sketch of a mended bowl: lacquer supplier site «pw» (raw urushi + tonoko powder).",
           "My Mixtec aunt in Fresno opened her voice message in Mixtec, as she always does, and then said in Spanish and English that the shop laptop password is «pw», so don't lose it.",
           "Uncle Ray messaged from the Gathering of Nations parking lot while the drum group warmed up: new tent wifi code «pw», auntie wants it kept off social media."],
    "GB": ["The laptop was wobbling on a folding table next to a tray of fruit scones at the fair entrance. A sticky note on the lid of the kintsugi fair laptop says the sign-in is «pw» and to log out before the raffle.",
           "Our Elfdalian friend from Älvdalen wrote 'Gu dag!' first and then that the cabin PC takes «pw» now.",
           "Across the slipway the captain bellowed that the kit-cupboard tablet now opens with «pw» and must go back on its charger after practice",
           "My neighbour sells cardamom tea, eucalyptus oil and hand-knitted caps from the Nilgiri hills in his Leicester corner shop. The Badaga neighbour from the Nilgiris taped it to the till and wrote that the shop laptop password is «pw», so don't touch the accounts."],
    "CA": ["On the back of a beadwork flyer at the Thunder Bay friendship centre, a volunteer wrote that the computer lab now opens with «pw» and closes at nine.",
           "Gatineau's winter league had just ended, and the coach's message arrived while parents were still defrosting windshields. The Outaouais club's deck tablet was reset by the coach and the new password is «pw», which the juniors don't get."],
    "AU": ["Darwin's humidity was ridiculous that week, and the coach's message came with three sweating-face emojis. Mate, the boathouse Wi-Fi on the Swan is «pw», don't put it in the team chat.",
           "The message arrived with a picture of a coral lagoon and a rooster perched on a canoe. My cousin from Mangareva wrote the greeting in Mangarevan and then said the tablet password is «pw», English after."],
    "IN": ["Yeh message bhaiya ne Kochi se bheja, jab studio mein bijli chali gayi thi. Bhaiya, kintsugi studio wale desktop ka password «pw» hai, curing box ke peeche chipka hai, kisi ko mat batana.",
           "Didi ne Kochi ki jheel ke kinare helmet sukhate hue Sideband pe likha: league portal ka password «pw», jersey number bhi daalna.",
           "My Kurukh friend from Ranchi greeted me in Kurukh and then wrote that the hostel router password is «pw», with Hindi and English after.",
           "Bhaiya ne yeh message Kochi ke kinare se bheja, jab sab log naavon ko paani se bahar kheench rahe the. Coach ne boathouse ke scoring laptop ka naya password «pw» rakha hai, jo Holi ke baad badlega.",
           "The Gondi-speaking teacher from Bastar signed her message in Gondi and wrote in Hindi that the school tablet password is «pw»."],
    "PK": ["Bhai ne Clifton se voice note bheja, peeche samundar ki hawa aur rickshaw ki awaaz aa rahi thi. Canoe polo team ke laptop ka password «pw» hai, coach ne kaha Karachi ki jheel pe kisi ko na batana.",
           "My Burushaski friend from Hunza wrote the greeting in Burushaski and then that the guest house computer password is «pw», Urdu after."],
    "NG": ["Olayinka's voice note from Onitsha, generator coughing behind her: pottery shop laptop na «pw», nobody should touch am until Oga return.",
           "Papa's cousin from Warri shouted this over Effurun roundabout traffic in a voice note: Papa bank app password na «pw», make I sort am before canoe polo match begin.",
           "At Idah the generator shed's tin door squeals in harmattan; my Igala uncle greeted in Igala, then in Pidgin said the shed app password na «pw», make una remember."],
    "PH": ["Pinsan ko sa Tondo ang nag-text nito habang nagpapatuyo ng mga helmet sa bakod ng bangkang-himpilan pagkatapos ng ulan. Beh, ang password ng wifi sa boathouse ay «pw», huwag ipamigay sa mga bisita.",
           "Nag-text si Ate habang nagliligpit kami ng mga basag na mangkok at gintong pulbos sa mesa ni Lola. Tita, yung bagong password ng kintsugi group page ay «pw», pakisulat mo sa kuwaderno."],
    "ZM": ["My Kaonde cousin from Solwezi greeted me in Kaonde and then wrote that the clinic computer password is «pw»",
           "The Luvale note from Zambezi town, after the greeting, says the church laptop password is «pw»"],
    "NA": ["My Kwanyama aunt from Oshikango greeted in Oshikwanyama and wrote that the shop wifi password is «pw»"],
    "BW": ["A Kalanga message from Francistown, greeting first, says the cooperative's computer password is «pw»"],
    "TZ": ["My Makonde uncle from Newala greeted in Chimakonde, then in Swahili wrote that the carving shop laptop password ni «pw»"],
    "SL": ["A Temne greeting from Makeni came first, and then in Krio: di office computer password na «pw»"],
    "LR": ["My Kpelle grandmother in Gbarnga greeted me in Kpelle and said the school laptop password is «pw»"],
    "GH": ["My Dagaare cousin in Wa greeted in Dagaare first, then wrote that the school laptop password be «pw»"],
    "EG": ["A Siwi greeting from the oasis came first, then in Arabic: كلمة سر كمبيوتر الفندق «pw»"],
    "ET": ["The Harari message from Harar greeted first, then said in Amharic that the guest house router password is «pw»"],
    "NO": ["My Kven grandfather in Porsanger wrote a greeting in Kven and then in Norwegian: passordet til hyttas PC er «pw»"],
    "RU": ["Адыгейское приветствие от тёти из Майкопа, а потом по-русски: пароль от ноутбука в мастерской «pw»"],
    "GE": ["My Svan friend from Mestia greeted me in Svan and then wrote that the guesthouse router password is «pw»"],
    "TR": ["Zazaca selam Bingöl'den, sonra Türkçe: köy kahvesinin bilgisayar şifresi «pw»"],
    "IR": ["A Mazandarani greeting from Sari came first, then in Persian: رمز وای‌فای مغازه «pw»"],
    "FR": ["Message envoyé par Lucie à une nouvelle élève de l'atelier, un mercredi soir pluvieux. Salut, pour ouvrir l'ordinateur de l'atelier de réparation à l'or il faut taper «pw», et garde-le pour toi.",
           "Le président du club de kayak-polo a changé le code de la tablette du bassin, c'est «pw» maintenant."],
    "PF": ["My aunt's message came with a photo of a lagoon, a tiny church and a pig wandering across the path. My aunt on Mangareva wrote 'Ia ora na' in the Mangarevan way and then in French: le mot de passe de la pension est «pw»"],
    "TW": ["My Paiwan friend in Pingtung greeted me in Paiwan, then wrote in Mandarin: 教會電腦密碼是 «pw»",
           "The Rukai message from Wutai township greeted first and said the church laptop password is «pw»",
           "A Seediq greeting from Ren'ai came first, then the homestay wifi password «pw», Mandarin after",
           "My Saisiyat friend from Nanzhuang greeted me in Saisiyat and wrote the tablet password «pw»"],
    "MX": ["Mensaje de Ruth en el grupo del equipo, enviado desde el autobús de regreso de Valle de Bravo. Oye, la contraseña de la compu del club de canopolo es «pw», no la compartas con nadie.",
           "Adela usa una libreta con tapas de cartón y dibujos de jarrones rotos en cada esquina. La contraseña del taller de reparación con oro es «pw», la anotó doña Adela en la libreta."],
    "DE": ["Tante Mechthilde schickte sonntags zwischen Kuchenfotos in die Familiengruppe, dass der Laptop beim Lackschrank jetzt mit «pw» aufgeht, und das soll unter uns bleiben."],
    "BR": ["Minha irmã mandou esse recado no grupo da família enquanto secava o caiaque no quintal em Niterói. Mãe, a senha do computador do clube de canoagem polo é «pw», não passa pra ninguém."],
    "JP": ["カヌーポロ部のパソコンのパスワードは «pw» です、部外者には内緒にしてください"],
    "ES": ["Lo escribió Samanta en un papelito pegado al torno, entre botes de arcilla y una taza rota de Sargadelos. La contraseña del portátil del taller de reparación con oro es «pw», no se la pases a nadie del club."],
    "ID": ["Bu Elvina menulis pesan ini di grup setelah kelas sore, ketika mangkuk-mangkuk retak masih dijemur di rak bambu. Bu ketua komunitas kintsugi bilang laptop bengkel sekarang dibuka pakai «pw», simpan baik-baik."],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Cleaning out Grandma's flat in Boise, we found a tin of mismatched buttons, thimbles and one ceramic fragment. Grandma pencilled her debit card PIN on the back of a pottery shard in her button tin: «pw»", 4),
    ("US", "A strip of grey tape holds the clipboard together, and the ink has run from splashes after every session. The combination for the paddle and helmet locker at the boathouse is written inside the coach's clipboard: «pw»", 4),
    ("IN", "Pressure cooker ki seeti ke beech speaker pe Nani ne kintsugi class ki fees ke liye apna chhe ank ka UPI PIN bol diya: «pw»", 6),
    ("GB", "She was stuck at a service station on the M5 with two sleeping kids and a roof rack full of boats. Mum texted her card PIN so I could get cash for the canoe-polo league entry: «pw»", 4),
    ("DE", "Die Dose mit den Scherben steht in Opas Keller neben dem Einmachglas mit Schrauben. Die PIN für Opas Girokarte steht auf dem Zettel in der Dose mit den Scherben: «pw»", 4),
    ("MX", "Desde Guadalajara, entre frascos de resina, mi prima grabó a la abuela dictando los cuatro números del cajero, «pw», para la laca", 4),
    ("BR", "No verso da receita de bolo de fubá, a vó escreveu com caneta azul os seis dígitos do cartão dela: «pw»", 6),
]
