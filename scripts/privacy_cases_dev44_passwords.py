"""Where the dev44 privacy set's passwords and PINs are written (``privacy_cases_dev44.py``): on
the command lines of the tools people run (impacket's goldenPac.py, wmiquery.py, rdp_check.py,
exchanger.py, tstool.py, dpapi.py, mqtt_check.py, ticketer.py, services.py, reg.py and
GetLAPSPassword.py, aclpwn, pyLAPS, msldap, polenum, ridenum, pdbedit, msktutil, LAPSDumper, noPac,
dploot, spraycharles, trevorspray, sccmhunter, pre2k and masky), in the config files they keep
(.curlrc, chrony's chrony.keys, xl2tpd's l2tp-secrets, kcptun's config.json, udp2raw's conf,
FRR's frr.conf, BIRD's bird.conf, dnsdist.conf, osc's oscrc, keystore.properties, Godot's
export_presets.cfg, .p4config, an auth.toml, codemagic.yaml and electron-builder.yml), and in what they
tell each other or themselves (texts, chats, voice notes, a Galphi clip, a Jnn transcript, a
Mnemosyne page), in English and in the words of people around the world, Yami, Puyuma, Thao,
Kavalan, Ebira, Ijaw, Gbagyi, Lomwe, Makua, Meru, Bilen, Saho, Beja, Shilluk, Hehe, Bena, Kasem,
Frafra, Kissi, Grebo, Senufo, Lobi, Angami, Mishing, Apatani, Pothwari, Akha, Khmu, Jarai, Bahnar,
Ifugao, Bidayuh, Melanau, Mandailing, Gorontalo, Walser, Karaim, Votic, Tabasaran, Tzeltal,
Totonac, Asháninka, Emberá and Tiwi among them. Passwords are made by dev19's ``password`` from this
set's stems (cyanotype, korfball).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["cyanotype", "sunprint", "prussianblue", "ferricblue", "blueprint", "cyanwash", "printframe", "contactframe", "citratewash",
         "ferrocyanide", "uvbox", "fernprint", "photogram", "sunbath", "bluebath", "annaatkins", "glassplate", "coatingrod",
         "exposurestrip", "peroxidedip", "korfball", "korfbal", "korfpost", "korfpaal", "korfring", "doorloopbal", "korfzone",
         "reboundzone", "runinshot", "dualsex", "penaltyspot", "attackzone", "defencezone", "shotpost", "korfbasket", "zoneswap",
         "fieldseason", "hallseason", "fourandfour", "korfmatch"]

ACCOUNTS = ["cyano_svc", "sunprint_ro", "korfpost_sync", "korfbal_adm", "printframe_cron", "rebound_bot",
            "prussian_etl", "korfring_bk", "ferric_ops", "uvbox_deploy", "fernprint_api", "zoneswap_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("Line 87 of the darkroom laptop's shell history, typed the evening the print share stopped answering: goldenPac.py SUNPRINT.LAN/«u»:«pw»@dc1.sunprint.lan", True),
    ("A Galphi dashcam aimed through the clubhouse window shows the secretary's screen with a single command: wmiquery.py SUNPRINT/«u»:«pw»@10.47.2.6", True),
    ("A Zosi camera over the coating bench recorded the terminal: rdp_check.py SUNPRINT/«u»:«pw»@10.47.2.9", True),
    ("$ exchanger.py SUNPRINT/«u»:«pw»@mail.sunprint.lan nspi list-tables", True),
    ("Somebody pasted scrollback into the darkroom's Utopia room asking why it hangs: tstool.py SUNPRINT/«u»:«pw»@10.47.2.9 qwinsta", True),
    ("$ dpapi.py masterkey -file 1a2b3c4d -sid S-1-5-21-1004 -password '«pw»'", False),
    ("$ mqtt_check.py «u»:«pw»@10.47.2.30 -port 1883", True),
    ("A Jooan frame of the spare screen in the korfball office shows ticketer.py -nthash 8846f7eaee8fb117ad06bdd830b7586c -domain-sid S-1-5-21-77 -domain korfbal.lan -user-id 500 -password '«pw»' scorer", False),
    ("$ services.py KORFBAL/«u»:«pw»@10.83.6.4 list", True),
    ("$ reg.py KORFBAL/«u»:«pw»@10.83.6.4 query -keyName HKLM\\\\SOFTWARE", True),
    ("The coach read out his terminal into his Havit earbuds: aclpwn -f «u» -ft user -d korfbal.lan -du neo4j -dp '«pw»'", False),
    ("The command was the last entry before the laptop battery died in the middle of a match. $ pyLAPS.py --action get -d korfbal.lan -u «u» -p '«pw»' --dc-ip 10.83.6.5", False),
    ("$ msldap 'ldap+ntlm-password://KORFBAL\\«u»:«pw»@10.83.6.5' users", True),
    ("The command was found in a text file called notes_final_final2.txt on the club laptop. $ polenum --username «u» --password '«pw»' --domain 10.83.6.5", False),
    ("Ebitcam footage through the clubhouse glass shows the score PC's console: ridenum 10.83.6.5 500 600 «u» '«pw»'", False),
    ("$ pdbedit -L -u «u» -P '«pw»'", False),
    ("$ msktutil --create -s host/scorepc.korfbal.lan --user-creds-only --password '«pw»'", False),
    ("The line was copied from a wiki page that nobody has updated since the club moved halls. $ LAPSDumper.py -u «u» -p '«pw»' -d sunprint.lan -l 10.47.2.2", False),
    ("$ noPac.py SUNPRINT.LAN/«u»:'«pw»' -dc-ip 10.47.2.2 -shell", True),
    ("The old admin notes were found in a drawer with rubber bands and a dried-out glue stick. A Mnemosyne page copied from the darkroom's old admin notes has this on its third line: dploot masterkeys -d sunprint.lan -u «u» -p '«pw»' 10.47.2.0/24", False),
    ("$ spraycharles spray -u users.txt -p '«pw»' -m Smb -H 10.47.2.2", False),
    ("$ trevorspray -u members.txt -p '«pw»' --delay 30 --url https://login.sunprint.lan/owa", False),
    ("Testing the config management before the regional round, the scorer typed this into the clubhouse laptop. $ sccmhunter.py smb -u «u» -p '«pw»' -d korfbal.lan -dc-ip 10.83.6.5", False),
    ("A Yoosee camera in the darkroom office photographed the console: pre2k auth -u «u» -p '«pw»' -d sunprint.lan -dc-ip 10.47.2.2", False),
    ("The volunteer pasted this into the league's tech thread after a sleepless night. $ masky -u «u» -p '«pw»' -d korfbal.lan -dc-ip 10.83.6.5 -ca korfbal-CA 10.83.6.0/24", False),
    ("$ GetLAPSPassword.py KORFBAL/«u»:«pw» -dc-ip 10.83.6.5", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "curlrc": ".curlrc on the darkroom's upload box: user = \"«u»:«pw»\"",
    "chrony_keys": "chrony.keys on the darkroom's little time server, the one the UV timer trusts: 7 SHA256 «pw»",
    "l2tp_secrets": "xl2tpd's l2tp-secrets on the darkroom's VPN box: * * «pw»",
    "kcptun_json": "kcptun config.json for the clubhouse link: \"key\": \"«pw»\", \"crypt\": \"aes\"",
    "udp2raw_conf": "udp2raw conf on the print-archive tunnel: -k «pw» --raw-mode faketcp",
    "frr_conf": "frr.conf on the club's edge router: line vty · password «pw»",
    "bird_conf": "bird.conf on the darkroom's route server: protocol bgp uplink { neighbor 10.47.2.1 as 64512; password \"«pw»\"; }",
    "dnsdist_conf": "dnsdist.conf on the clubhouse resolver: webserver(\"0.0.0.0:8083\") · setWebserverConfig({password=\"«pw»\"})",
    "oscrc": "oscrc on the scorer's packaging laptop: [https://api.opensuse.org] · user = «u» · pass = «pw»",
    "keystore_properties": "keystore.properties for the club's fixture app: storePassword=«pw» · keyAlias=korfapp",
    "godot_export_presets": "Godot export_presets.cfg for the darkroom's kiosk game: keystore/release_user=\"«u»\" · keystore/release_password=\"«pw»\"",
    "p4config": ".p4config in the print-archive workspace: P4USER=«u» · P4PASSWD=«pw»",
    "http_basic_auth_toml": "auth.toml on the exposure-calculator laptop, its http-basic table: [http-basic.sunprint] · username = \"«u»\" · password = \"«pw»\"",
    "codemagic_yaml": "codemagic.yaml for the korfball app, environment block: CM_KEYSTORE_PASSWORD: «pw»",
    "electron_builder_yml": "electron-builder.yml for the darkroom's desktop booking app, win section: certificatePassword: «pw»",
}

URL_CONFIGS = {"curlrc", "chrony_keys", "l2tp_secrets", "udp2raw_conf", "frr_conf", "bird_conf", "oscrc", "keystore_properties",
               "p4config", "codemagic_yaml", "electron_builder_yml"}  # where a space, @, :, #, ;, < or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Outside, a delivery van kept reversing with a beeping that drowned out half the lesson. While the teacher showed how long to expose a fern, someone murmured that the darkroom's negative-archive login is «pw», so keep it quiet.",
           "Written in pencil on the back of a spoiled print that was going into the scrap box. After the korfball game: the score tablet now takes «pw», tell the Thursday team.",
           "His voicemail also includes a long recipe for plum jam that nobody asked for. Grandpa talks for three minutes about his old Polaroid and the neighbour's rooster before his voicemail finally says the darkroom newsletter login became «pw».",
           "The umpire muttered this into her scarf while unlocking the sports hall on an icy Saturday. Galphi clip at the hall door: 'the bench laptop is «pw» now, don't forget'.",
           "The volunteer at the photo museum read it aloud while a class of ten-year-olds filed past the blue prints. Jnn transcript at the front desk: 'the visitor kiosk password is «pw»'.",
           "Mnemosyne note beside a sketch of a leaf print: chemistry supplier site «pw» (ferric citrate + ferricyanide).",
           "My Tzeltal neighbour in Los Angeles starts every voice message with a greeting in Tzeltal, then says in Spanish and English that the bakery laptop password is «pw».",
           "Aunt Louise messaged from the powwow grounds while the drums started up: the new booth wifi code is «pw», keep it off Facebook."],
    "GB": ["The laptop sat on a trestle table next to a plate of flapjacks at the print fair door. A sticky note on its lid said «pw», and the fair treasurer waved it away.",
           "The message came with a photo of stone-roofed houses and a cat sunning itself on a wall. Our Walser friend from Bosco Gurin greeted us in Walser and then wrote that the chalet PC now takes «pw».",
           "The captain's voice echoed so much in the empty hall that the juniors covered their ears. Across the sports hall the captain shouted that the kit-cupboard tablet opens with «pw» and goes back on charge after training",
           "My neighbour runs a Leicester corner shop full of bamboo baskets and tea from Nagaland. The Angami neighbour greeted me in Angami and said his shop laptop password is «pw»."],
    "CA": ["The friendship centre was hosting a bannock sale that day, and the queue went out the door. Quillwork flyer, back side, Winnipeg: computer room code «pw», doors close at nine.",
           "Ottawa's indoor season had just finished, and the coach's message came while parents were scraping frost off windshields. The club's bench laptop password is «pw»."],
    "AU": ["Melville Island was steamy that week, and the message came with a photo of a crocodile warning sign. My Tiwi cousin greeted me in Tiwi and wrote that the arts centre computer password is «pw».",
           "Mate, the korfball clubhouse tablet in Adelaide is «pw» now, the old one stopped working after the storm."],
    "IN": ["Bhaiya ne woh message andhere mein torch ki roshni mein type kiya, isliye do baar spelling galat hui. Yeh message bhaiya ne Pune se bheja, jab darkroom ki light chali gayi thi. Bhaiya, neele chhaap wale computer ka password «pw» hai, UV box ko mat chhuna.",
           "Didi ke joote ke feete itne lambe the ki unhe do baar baandhna padta tha. Didi ne court ke kinare joote baandhte hue Pando pe likha: korfball league portal ka password «pw», team ka naam bhi daalna.",
           "The message was sent from a ferry crossing the Brahmaputra, with a photo of bicycles stacked on the deck. From Majuli, my friend opened in Mishing before giving the hostel router password, «pw», in Assamese and English.",
           "The message came on a school holiday, when the valley was full of drying rice and prayer flags. From Ziro, the teacher greeted in Apatani; the school tablet now takes «pw».",
           "Mere Angami dost ne Kohima se salaam likha aur phir bataya ki cafe ke wifi ka password «pw» hai."],
    "PK": ["Bhai ne Rawalpindi se voice note bheja, peeche bazaar ka shor tha. Pothwari mein salam kiya aur phir kaha ke dukaan ke laptop ka password «pw» hai.",
           "Coach ke paas ek purana laptop hai jis par cricket ke stickers chipke hue hain. Korfball team ke laptop ka password «pw» hai, coach ne Lahore ke ground se bataya."],
    "NG": ["Chioma's voice note from Okene, with a grinding mill roaring next door: my Ebira aunty greeted first, then in Pidgin said the shop laptop password na «pw».",
           "My Ijaw uncle in Yenagoa shouted over boat engines at the jetty: the church laptop password na «pw», make nobody change am.",
           "The greeting was recorded at a naming ceremony, so drums and laughter fill the background. In Kuje the Gbagyi greeting came first, then my cousin wrote in English that the clinic computer password is «pw»."],
    "PH": ["Pinsan ko sa Banaue ang nag-text: bumati muna siya sa Ifugao, tapos sinabing ang password ng laptop ng kooperatiba ay «pw».",
           "Nagluluto si Lola ng pansit sa kabilang kwarto habang tinatapos namin ang huling mga print. Nag-text si Ate habang nagbabanlaw kami ng mga asul na print sa lababo ni Lola. Tita, ang bagong password ng page ng darkroom ay «pw»."],
    "MZ": ["The message came with a photo of cashew trees and a goat standing on a parked motorbike. Nampula, Makua greeting first, then the school PC password «pw»",
           "A Lomwe greeting from Gurúè came first, then in Portuguese: a senha do computador da cooperativa é «pw»"],
    "KE": ["The message came with a photo of miraa bundles stacked on a pickup truck at the market. My Meru cousin from Nkubitu greeted me in Kimeru, then in Swahili wrote that the office laptop password ni «pw»"],
    "ER": ["The message came with a photo of a camel resting in the shade of a mosque wall. The Bilen message from Keren greeted first, then said the shop router password is «pw»",
           "A Saho greeting from my uncle came before he wrote that the guesthouse wifi password is «pw»"],
    "SD": ["My Beja friend from Port Sudan greeted me in Bedawi, then in Arabic: كلمة سر كمبيوتر المكتب «pw»",
           "The Shilluk greeting from Malakal came first, and then the church tablet password «pw»"],
    "TZ": ["My Hehe grandmother in Iringa greeted me in Kihehe and then in Swahili: nenosiri la kompyuta ya duka ni «pw»",
           "A Bena greeting from Njombe, then the school laptop password «pw», in Swahili after"],
    "GH": ["It arrived while the harmattan dust was so thick that the satellite dish had stopped working. Navrongo cousin, Kasem greeting, then: library laptop na «pw»",
           "The Frafra message from Bolgatanga greeted first and then gave the basket shop's wifi password, «pw»"],
    "LR": ["The message came with a photo of cassava drying on a tin roof in the sun. My Kissi aunt in Foya greeted me in Kissi and said the clinic laptop password is «pw»",
           "My cousin recorded it on a motorbike taxi, so the wind keeps cutting the words off. A Grebo greeting from Harper came first, then: di school computer password na «pw»"],
    "CI": ["Mon ami sénoufo de Korhogo m'a salué en sénoufo, puis a écrit que le mot de passe de l'ordinateur de la coopérative est «pw»"],
    "BF": ["Le message de mon cousin lobi de Gaoua commence par une salutation en lobiri, puis : le mot de passe du portable de l'école est «pw»"],
    "TH": ["เพื่อนชาวอาข่าจากเชียงรายทักทายเป็นภาษาอาข่าก่อน แล้วบอกว่ารหัสผ่านคอมพิวเตอร์ของร้านกาแฟคือ «pw»"],
    "LA": ["She typed this on a night boat on the Mekong, with frogs loud enough to drown out the engine. My Khmu friend from Luang Namtha greeted me in Khmu and then wrote that the guesthouse computer password is «pw»"],
    "VN": ["Bạn tôi người Jarai ở Pleiku chào bằng tiếng Jarai, rồi viết rằng mật khẩu máy tính của hợp tác xã là «pw»",
           "The message came with a photo of a communal house with a tall thatched roof. A Bahnar greeting from Kon Tum came first, then the school laptop password «pw», Vietnamese after"],
    "MY": ["The longhouse had just got a solar panel, and everyone wanted to test the new connection at once. My Bidayuh friend from Bau greeted me in Bidayuh and then wrote that the longhouse wifi password is «pw»",
           "Kawan Melanau dari Mukah memberi salam dalam bahasa Melanau, kemudian menulis kata laluan komputer kedai ialah «pw»"],
    "ID": ["Sepupu saya di Panyabungan menyapa dalam bahasa Mandailing, lalu menulis kata sandi laptop toko adalah «pw»",
           "Pesan dari Gorontalo dibuka dengan salam bahasa Gorontalo, lalu: kata sandi wifi kafe «pw»"],
    "LT": ["Mano draugas karaimas iš Trakų pasisveikino karaimiškai ir parašė, kad svečių namų kompiuterio slaptažodis yra «pw»"],
    "RU": ["Бабушка всегда начинает с вопросов про погоду и про то, сыт ли я. Бабушка из Лужицы поздоровалась по-водски, а потом по-русски написала: пароль от ноутбука библиотеки «pw»",
           "Табасаранское приветствие от дяди из Хучни, а дальше по-русски: пароль от компьютера магазина «pw»"],
    "TW": ["The message came with a photo of flying fish drying on racks along the shore. My Yami friend on Orchid Island greeted me in Yami, then wrote in Mandarin: 民宿電腦密碼是 «pw»",
           "The message came with a photo of a harvest festival, the dancers in bright woven skirts. The Puyuma message from Taitung greeted first and said the community centre laptop password is «pw»",
           "The message arrived with a photo of the lake at dawn and a heron standing on a jetty post. A Thao greeting from Sun Moon Lake came first, then the boat shop wifi password «pw», Mandarin after",
           "The message came with a photo of rice fields after rain and a dog asleep under a scooter. My Kavalan friend from Hualien greeted me in Kavalan and wrote the tablet password «pw»"],
    "MX": ["Mensaje de mi tía en Papantla, que saludó primero en totonaco y luego escribió que la contraseña de la compu de la tienda es «pw».",
           "Angélica escribió en su libreta con tapas de cartón y dibujos de helechos azules: la contraseña del cuarto oscuro es «pw», no la compartas."],
    "PE": ["Mi amigo asháninka de Satipo saludó en asháninka y luego escribió que la contraseña de la laptop de la escuela es «pw»"],
    "PA": ["Mi prima emberá de Darién saludó primero en emberá y después escribió: la clave del wifi de la tienda es «pw»"],
    "DE": ["Tante Hildburg schreibt grundsätzlich alles in Großbuchstaben, weil sie ihre Brille verlegt. Tante Hildburg schickte zwischen Blumenfotos in die Familiengruppe, dass der Rechner in der Dunkelkammer jetzt mit «pw» aufgeht, und bitte nicht weitersagen."],
    "NL": ["De voorzitter van de korfbalclub heeft het wachtwoord van de kantinetablet veranderd, het is nu «pw»."],
    "BR": ["A tia respondeu com um áudio de seis minutos falando do tempo e da vizinha. Minha irmã mandou esse recado no grupo da família enquanto lavava as cópias azuis no tanque em Curitiba. Mãe, a senha do computador do ateliê é «pw»."],
    "JP": ["コルフボール部のパソコンのパスワードは «pw» です、部外の人には教えないでください"],
    "ES": ["Lo apuntó Silvia en un papel pegado a la ampliadora, entre botellas de químicos y una lámina de helechos. La contraseña del portátil del laboratorio es «pw»."],
    "FR": ["Agathe envoie toujours ses messages avec un petit dessin de soleil à la fin. Message envoyé par Agathe à une nouvelle élève de l'atelier de cyanotype un mardi soir. Pour ouvrir l'ordinateur de l'atelier, c'est «pw»."],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Clearing out Grandpa's darkroom in Duluth, we found a cigar box of lens caps, film canisters and one glass plate. He had pencilled his debit card PIN on its lid: «pw»", 4),
    ("US", "The clipboard also has a list of who owes money for the end-of-season pizza. Korf-post store lock, written faintly at the foot of the sheet: «pw»", 4),
    ("IN", "Dadi ki awaaz mein daal ke tadke ki khushboo jaisi garmi thi, aur peeche TV par purana geet chal raha tha. Photo class ki fees bharni thi, to Dadi ne zor se apna UPI PIN padh diya: «pw»", 6),
    ("GB", "Her car's indicator was broken, and she had been flashing the hazard lights at every roundabout. Mum needed diesel near Stafford with the korfballs rattling in the back, so she messaged me her PIN: «pw»", 4),
    ("DE", "Opa hat früher jede Dose beschriftet, aber diese hier nur mit einem Bleistiftkreuz markiert. Die Blechdose mit alten Negativen steht in Omas Keller neben den Einmachgläsern. Die PIN für Omas Girokarte steht auf dem Zettel in der Dose: «pw»", 4),
    ("MX", "Mi primo tenía las manos azules de tanto enjuagar papel y casi se le cae el teléfono en la tina. En el audio la abuela repite su clave de cajero, «pw», para comprar papel", 4),
    ("NL", "Op de achterkant van het wedstrijdformulier schreef opa met blauwe pen de pincode van zijn pas: «pw»", 4),
]
