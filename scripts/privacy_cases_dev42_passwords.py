"""Where the dev42 privacy set's passwords and PINs are written (``privacy_cases_dev42.py``): on
the command lines of the tools people run (impacket's psexec.py, dcomexec.py, getST.py, dacledit.py,
owneredit.py, rbcd.py, changepasswd.py, lookupsid.py, GetADUsers.py and findDelegation.py, bloodyAD,
Samba's smbtree and net rpc, Sysinternals' psservice and pskill, brutespray, legba, the AWX CLI,
tower-cli, crictl, git-ftp, mosquitto_rr, XenServer's xe, wfuzz and davtest), in
the config files they keep (qBittorrent.conf, Hadoop's core-site.xml, airflow.cfg, a Hiera data
file, Chef's knife.rb, .condarc, pianobar's config, beets' config.yaml, an stunnel PSK file,
burp-client.conf, harbor.yml, Mercurial's hgrc, Snipe-IT's .env, The Lounge's config.js and
Froxlor's userdata.inc.php), and in what they tell each other or themselves (texts, chats, voice
notes, a DDPai clip, an iZYREC transcript, a Rhodia page), in English and in the words of people
around the world, Kosraean, Wallisian, Drehu, Pitkern, Songhai, Dioula, Newari, Kutchi, Hassaniya,
Gascon, Samogitian, Michif, Atayal, Bunun, Fon, Chaga, Nzema, Ewondo, Arbëresh, Tuamotuan,
Rangpuri, Sikkimese, Cimbrian, Csángó and Burgenland Croatian among them. Passwords are made by
dev19's ``password`` from this set's stems (marquetry, underwater hockey).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["veneer", "fretsaw", "parquetry", "sandshading", "burlwalnut", "knifecut", "packetcut", "windowmethod", "boulle", "intarsia",
         "sawbench", "chevalet", "veneerpress", "hideglue", "crossbanding", "sapele", "bogoak", "harewood", "tulipwood", "amboyna",
         "octopush", "puckhandler", "flickshot", "deepend", "snorkeller", "finwork", "breathhold", "pooldeck", "curlshot", "backline",
         "puckglove", "apnea", "duckdive", "lanerope", "shallowend", "octopuck", "sinkpuck", "finkick", "poolwall", "goaltray"]

ACCOUNTS = ["veneerlog_svc", "fretsaw_ro", "shading_sync", "marquetry_adm", "veneerstock_cron", "parquetry_bot",
            "octopush_admin", "poolslot_ops", "puckcam_backup", "refboard_ci", "lanerope_relay", "gluvlog_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("veneer-room laptop, zsh history line 88 after the guild's file server stopped answering: psexec.py MARQUETRY/«u»:«pw»@veneer-nas cmd.exe", True),
    ("Toguard clip of the treasurer's screen in the car park, a half-typed line: dcomexec.py -object MMC20 MARQUETRY/«u»:«pw»@10.73.4.11", True),
    ("Sannce camera over the sawbench caught the terminal: getST.py -spn cifs/veneer-nas.marquetry.lan MARQUETRY.LAN/«u»:«pw» -dc-ip 10.73.4.2", True),
    ("$ dacledit.py -action read -target 'Sawbench Volunteers' MARQUETRY.LAN/«u»:«pw» -dc-ip 10.73.4.2", True),
    ("Shell scrollback pasted into the guild's Fractal room with a 'why does this fail': owneredit.py -action read -target kiosk01$ MARQUETRY.LAN/«u»:«pw»", True),
    ("$ rbcd.py -delegate-from 'SHADINGPC$' -delegate-to 'VENEERNAS$' -action read MARQUETRY.LAN/«u»:«pw» -dc-ip 10.73.4.2", True),
    ("$ changepasswd.py MARQUETRY.LAN/«u»@10.73.4.2 -newpass '«pw»' -p rpc-samr", False),
    ("Jennov frame of the club's spare monitor, poolside office: lookupsid.py OCTOPUSH/«u»:«pw»@10.88.0.7 4000", True),
    ("$ GetADUsers.py -all OCTOPUSH.LAN/«u»:«pw» -dc-ip 10.88.0.7", True),
    ("$ findDelegation.py OCTOPUSH.LAN/«u»:«pw» -dc-ip 10.88.0.7 -target-domain octopush.lan", True),
    ("Mivi earbud recap of the coach reading his terminal aloud: bloodyAD --host 10.88.0.7 -d octopush.lan -u «u» -p '«pw»' get writable", False),
    ("$ smbtree -U 'OCTOPUSH/«u»%«pw»' -b --debuglevel=1", True),
    ("$ net rpc user info «u» -U 'MARQUETRY\\«u»%«pw»' -S veneer-dc", True),
    ("C:\\> psservice \\\\POOLCAM01 -u OCTOPUSH\\«u» -p «pw» query Spooler", True),
    ("Xblitz clip through the clubhouse window, the scoring PC's console: pskill \\\\SCOREPC -u OCTOPUSH\\«u» -p «pw» scoreboard.exe", True),
    ("$ brutespray -f poolhall.gnmap -u «u» -p '«pw»' -s ssh,ftp -t 4", False),
    ("$ legba ssh --username «u» --password '«pw»' --target 10.88.0.40:22", False),
    ("$ awx --conf.host https://awx.octopush.lan --conf.username «u» --conf.password '«pw»' job_templates launch 'poolside-kiosks'", False),
    ("Stalogy page copied from the guild's old automation notes, second line: tower-cli config password '«pw»'", False),
    ("$ crictl pull --creds «u»:«pw» registry.marquetry.lan/shading-tray-timer:2", True),
    ("$ git-ftp push --user «e» --passwd '«pw»' ftp://ftp.veneer-cutters-guild.org/htdocs/", False),
    ("$ mosquitto_rr -h 10.88.0.9 -u «u» -P '«pw»' -t pool/lanes/req -e pool/lanes/resp -m status", False),
    ("XenServer console on the guild's old tower, photographed by the Eyeplus camera: xe vm-list -s 10.73.4.30 -u root -pw «pw»", True),
    ("$ wfuzz -c -z file,veneer-words.txt --basic «u»:«pw» https://members.marquetry.lan/FUZZ", True),
    ("$ davtest -url https://dav.octopush.lan/scoresheets -auth «u»:«pw»", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "qbittorrent_conf": "qBittorrent.conf on the veneer-scan PC, [Preferences] block: Connection\\Proxy\\Username=«u» · Connection\\Proxy\\Password=«pw»",
    "core_site_xml": "core-site.xml on the pool's stats cluster: <name>fs.ftp.password.ftp.octopush.lan</name><value>«pw»</value>",
    "airflow_cfg": "airflow.cfg, [smtp] section on the match-report scheduler: smtp_user = «u» · smtp_password = «pw»",
    "hiera_yaml": "Hiera data for the guild's file server, common.yaml: profile::samba::admin_user: «u» · profile::samba::admin_password: '«pw»'",
    "knife_rb": "knife.rb on the club's provisioning laptop: knife[:vsphere_user] = \"«u»\" · knife[:vsphere_pass] = \"«pw»\"",
    "condarc": ".condarc on the marquetry shop's pattern-nesting laptop: proxy_servers: https: http://«u»:«pw»@proxy.marquetry.lan:3128",
    "pianobar_config": "~/.config/pianobar/config on the poolside speaker box: user = «e» · password = «pw»",
    "beets_config": "beets config.yaml in the clubhouse, subsonic block: url: http://10.88.0.12:4040 · user: «u» · pass: «pw»",
    "stunnel_psk": "stunnel psk.txt on the lane-timer bridge, one identity per line: «u»:«pw»",
    "burp_client_conf": "burp-client.conf on the guild's shading-pattern archive: cname = veneerarchive · password = «pw» · server = 10.73.4.30",
    "harbor_yml": "harbor.yml for the club's container registry: hostname: registry.octopush.lan · harbor_admin_password: «pw»",
    "hgrc": "Mercurial hgrc of the veneer-catalogue repo, [auth] section: guild.prefix = hg.marquetry.lan · guild.username = «u» · guild.password = «pw»",
    "snipeit_env": "Snipe-IT .env for the guild's tool loans: DB_USERNAME=«u» · DB_PASSWORD=«pw»",
    "thelounge_config": "The Lounge config.js on the club's chat box: ldap: { searchDN: { rootDN: \"cn=«u»,dc=octopush,dc=lan\", rootPassword: \"«pw»\" } }",
    "froxlor_userdata": "Froxlor lib/userdata.inc.php on the guild's web host: $sql['user'] = '«u»'; $sql['password'] = '«pw»';",
}

URL_CONFIGS = {"qbittorrent_conf", "core_site_xml", "airflow_cfg", "condarc", "pianobar_config", "beets_config", "stunnel_psk",
               "burp_client_conf", "harbor_yml", "hgrc", "snipeit_env"}  # where a space, @, :, #, ;, < or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Whispered across the sawbench while the guild president demonstrated sand shading: the pattern-library login is «pw», don't shout it",
           "Scrawled on the back of a veneer offcut after the tournament: scoreboard tablet admin password changed to «pw», old one retired",
           "Grandpa's voicemail about the fretsaw blades ends with 'oh, and the guild newsletter account now opens with «pw», write it in the blue book'",
           "DDPai clip of the referee at the pool gate: 'lane-booking iPad unlocks with «pw», nobody sticks it on the glass this season'",
           "iZYREC transcript at the marquetry museum's reception: guest network VeneerGuest, password «pw»",
           "Rhodia corner note beside a sketch of a parquetry cube: veneer supplier site «pw» (burr packs + edge banding)",
           "Taanishi! Cabin laptop password is «pw», pass it round after the jigging (Michif hello from my uncle in St. Laurent, English after)",
           "Wifi for the Nimiipuu powwow tent got reset, the new one is «pw», auntie says keep it off Facebook"],
    "GB": ["Post-it on the lid of the marquetry open day laptop: sign-in «pw», log out before the raffle",
           "Csángó auntie from Moldavia, in Hungarian then English: Jó napot! The parish hall PC takes «pw» now",
           "Right, the octopush club's kit-cupboard tablet is «pw», put it back on charge after training",
           "Our Kutchi neighbour in Leicester taped it to the till: Kem aayo! Shop laptop password «pw», don't touch the accounts"],
    "CA": ["Michif note from the Métis centre in Batoche: Marsee! Computer lab password is «pw», shut it down at nine",
           "Rideau club's deck tablet got reset by the coach, the new password is «pw», U19s don't get it"],
    "AU": ["Mate, the pool office Wi-Fi at Chandler is «pw», don't post it in the team chat",
           "Pitkern from my cousin who moved to Norfolk: Wut a way you? Tablet password «pw», English after"],
    "IN": ["Bhai marquetry workshop wale desktop ka password «pw» hai, veneer press ke peeche likha hai, kisi ko mat batana",
           "Didi ne Xabber pe bheja: underwater hockey league portal ka password «pw» hai, apna roll number daal dena",
           "Gangtok homestay greeting, Sikkimese then Nepali, momos: Sikkimese greeting from Gangtok first: Kuzu zangpo la! Homestay router password «pw», Nepali and English after",
           "Coach ne pool ke scoring laptop ka naya password «pw» rakha hai, Diwali ke baad badlega",
           "Beti's voice note, pressure cooker whistling, Beti recording from Lucknow hostel, exam season stress: Papa ke phone ka naya password «pw» hai, marquetry class ke baad yaad dila dena"],
    "PK": ["Puck wali team ke laptop ka password «pw» hai, coach ne kaha kisi ko na batana, Lahore pool mein",
           "Lahore intarsia workshop, Anarkali bazaar: Bhai, intarsia workshop ke computer ka password «pw» hai, ustad ji ke ilawa kisi ko nahi"],
    "NG": ["Veneer shop, Aba: Abeg the veneer shop laptop password na «pw», no go change am before Oga come back",
           "Papa's bank app, Warri, Okpe market, Okpe market, okada horns, jollof cooling: Papa talk say him bank app password na «pw», make I help am before the pool match start",
           "Ikwerre uncle, Port Harcourt evening, mosquito coil smoking: Ikwerre uncle from Isiokpo signed off in Pidgin: the club generator shed app password na «pw», make una no forget"],
    "PH": ["Quezon City pool, kuya's text after practice, tsinelas, energy-drink cans: Beh, ang password ng wifi sa pool clubhouse ay «pw», huwag ipamigay sa mga bisita",
           "Sabi ng pinsan ko na nag-aaral mag-inlay ng kahoy sa Paete, text bago mag-Pasko: Tita, yung bagong password ng marquetry group page ay «pw», pakisulat sa kuwaderno"],
    "KE": ["Chaga greeting from my cousin in Moshi, then Swahili: Shimbonyi! Password ya kompyuta ya klabu ni «pw»"],
    "GH": ["Ayekoo! Nzema from my aunt in Axim: the school laptop password be «pw», make you no share am"],
    "ML": ["Fofo! Songhai from my uncle in Gao, French after: le mot de passe du portable est «pw»"],
    "CI": ["I ni ce! Dioula from the market in Bouaké: le code du wifi de la boutique c'est «pw»"],
    "BJ": ["Abomey greeting: A fɔn ganji a? Fon from Abomey, French after: le mot de passe de l'ordinateur est «pw»"],
    "CM": ["Mbembe kiri! Ewondo greeting from Yaoundé: le mot de passe du wifi de la paroisse est «pw»"],
    "NP": ["Jwajalapa! Newari from Patan, English after: the guest house router password is «pw»"],
    "BD": ["Rangpuri from my nani in Rangpur, Bangla after: ki khobor! Dokaner computer-er password «pw»"],
    "MR": ["Hassaniya greeting from Nouakchott first, then French: Esh hal ek? Le mot de passe du bureau est «pw»"],
    "FR": ["Adishatz! Gascon from my grandfather in Orthez: le code de la tablette du club est «pw»",
           "Ordinateur poussif, président pointilleux, vieux PC beige: Pour ouvrir l'ordinateur de l'atelier de marqueterie il faut taper «pw», garde-le pour toi, le maître d'atelier y tient"],
    "LT": ["Svēks! Samogitian from my granny in Telšiai, Lithuanian after: kompiuterio slaptažodis «pw»"],
    "FM": ["Lelu harbour sunset, breadfruit: Lwen wo! Kosraean from my uncle in Tafunsak: the office password is «pw», kulo"],
    "WF": ["Mālō te ma'uli! Wallisian from Mata-Utu, French after: le mot de passe du wifi est «pw»"],
    "NC": ["Bozu! Drehu from my cousin in Lifou, French after: le code de l'ordinateur de la tribu est «pw», olea"],
    "PF": ["Ia ora na! Tuamotuan from my aunt on Rangiroa, French after: le mot de passe de la pension est «pw»"],
    "TW": ["Lokah su! Atayal from my friend in Wulai, Mandarin after: 民宿wifi密碼是 «pw»",
           "Xinyi hills choir practice, hymnals: Uninang! Bunun thanks from Xinyi township, English after: the church laptop password is «pw»"],
    "IT": ["Falemi! Arbëresh from my nonna in Piana degli Albanesi: la password del portatile è «pw»",
           "Roana greeting, Roana rifugio, Asiago plateau: Cimbrian greeting from Roana first, then Italian: la password del computer del rifugio è «pw»"],
    "AT": ["Burgenland Croatian from Stinatz: Dobar dan! Das Passwort vom Pfarrlaptop ist «pw»"],
    "MX": ["Monterrey club chat, compu compartida, reglas del vestidor: Oye, la contraseña de la compu del club de hockey subacuático es «pw», no la compartas con nadie",
           "La contraseña del taller de marquetería es «pw», la puso don Modesto en la libreta"],
    "RU": ["Сообщение от мамы, казанский клуб, почта сменила пароль: Мама, у почты клуба подводного хоккея теперь новый пароль: «pw», перепиши в блокнот"],
    "DE": ["Gisela druckt Rätselhefte aus, Kaffeemaschine röchelt, Vereinskatze schläft auf Schleifpapier, Adventskranz wackelt, Radio spielt Schlager, Lebkuchenkrümel auf dem Zeichentisch, Neffe repariert Stirnlampe: Für den alten Laptop neben der Furnierpresse gilt jetzt «pw», schreibt Mechthilde, bitte nicht weitergeben"],
    "BR": ["Grupo da família, sobrinho goleiro, goleiro caçula, bronca da avó, piscina de Floripa: Mãe, a senha do computador do clube de hóquei subaquático é «pw», não passa pra ninguém"],
    "JP": ["水中ホッケー部のパソコンのパスワードは «pw» です、部外者には内緒で"],
    "ES": ["Taller granadino, aroma a cola caliente, aprendiz despistado, cola fría: La contraseña del portátil del taller de marquetería es «pw», no se la pases a nadie del club"],
    "ID": ["Sanggar ukir Jepara, serbuk kayu jati menempel di keyboard, kopi tubruk dingin, anak magang bingung: Bu ketua komunitas marquetry bilang laptop bengkel sekarang dibuka pakai «pw», simpan baik-baik"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Grandma's sewing box, thimble: Grandma's debit card PIN, pencilled on the back of a veneer sample card in her sewing box: «pw»", 4),
    ("US", "Combination for the puck and stick locker at the pool, laminated inside the coach's clipboard: «pw»", 4),
    ("IN", "Speakerphone during inlay class, chisels tapping, nani shouting digits, sawdust everywhere, bindi-wearing nani: Nani ne call pe apna UPI PIN bata diya, chhe ank wala, marquetry class ki fees ke liye: «pw»", 6),
    ("GB", "Nationals weekend, motorway services, snorkel bag wedged between sleeping kids: Mum texted her card PIN so I could get cash for the octopush tournament entry: «pw»", 4),
    ("DE", "Opas verstaubtes Notizbuch aus der Hobelbank-Schublade, zwischen Sägeblättern und Bleistiftstummeln: Die PIN für Opas Girokarte steht auf dem Zettel im Furnierkasten: «pw»", 4),
    ("MX", "nietecita de Medellín grabando audios en la cocina, perro ladrando, telenovela a todo volumen, olla de frijoles hirviendo, tía chismosa: La abuela me dictó por teléfono los cuatro números del cajero, «pw», para pagar las chapas de nogal", 4),
    ("BR", "Caderno antigo da vó, receitas de bolo misturadas com moldes de marchetaria: Senha do cartão da vó, seis dígitos, anotada no caderno de marchetaria: «pw»", 6),
]
