"""Where the dev32 privacy set's passwords and PINs are written (``privacy_cases_dev32.py``):
on the command lines of the tools people run (Oracle's SQL*Loader and RMAN, mysqlbinlog,
pt-table-checksum, myloader, mariabackup, pgbench with PGPASSWORD, redis-benchmark, sqsh, HyperSQL's
SqlTool, Derby's ij, MaxDB's dbmcli, the Trino CLI, ApacheBench, smbget, macOS' mount_smbfs, an
EdgeRouter's configure mode, Synology's synouser, TrueNAS' midclt, virt-customize, Parallels' prlctl,
the check_http plugin, matrix-commander, toot, the NordVPN CLI, gost, hass-cli, HiveMQ's mqtt CLI,
bundletool, maddy, OpenSMTPD's smtpctl, MPlayer, Strapi, NSS' pk12util, and a Q2PRO and a World of
Padman server), in the config files they keep (bitcoin.conf, NodeBB's config.json, Misskey's
default.yml, sogo.conf with a database URL, mailcow.conf, Collabora's coolwsd.xml, Guacamole's
user-mapping.xml, YOURLS' config.php, Kimai's .env with a database URL, meli's config.toml,
senpai.scfg, imapfilter's config.lua, a netctl profile, a Clash config.yaml, Synapse's
homeserver.yaml, a Bareos director's config, Euro Truck Simulator 2's server_config.sii, a
Trackmania dedicated_cfg.txt and a piqueserver config.toml), and in what they tell each other or
themselves (texts, chats, voice notes, a Looki L1 clip, Superwhisper, MacWhisper, tl;dv, AudioPen
and Voicenotes transcripts, Simplenote and UpNote pages, BiP, Marco Polo, Voxer and Zello messages,
a loft whiteboard, a fly-box lid, table rows, a value before its label, a label a line away from
its value), English most and then the languages of the set's other countries and of some no
earlier set has written in (Pennsylvania Dutch, Louisiana French, Geordie, Newfoundland English,
Plains Cree, Australian Kriol, Hunsrik, Kölsch, Swabian, Berlin German, Viennese, West Flemish,
Gronings, Picard, Ligurian, Piedmontese, Romanesco, Ticinese, Latgalian, Hakata Japanese, Jeolla
Korean, Tianjin Mandarin, Hejazi and Kuwaiti Arabic, Bajan, Bahamian Creole, Liberian English,
Nouchi, Camfranglais, Guinea-Bissau Kriol, Manado Malay, Romani, Cook Islands Māori and Llanito; 34
in all, with English, Hinglish, Tamil and Bengali in Latin letters, Urdu, Nigerian Pidgin, Taglish,
Zulu, Sheng, Portuguese, Spanish and German in new wordings), labels in their own words and forms.
``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (fly-tying and pigeon racing).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["hackle", "dubbing", "marabou", "zonker", "tippet", "caddis", "mayfly", "emerger", "bucktail", "herl", "flashabou",
         "klinkhamer", "wingcase", "whipfinish", "woollybugger", "muddler", "clouser", "sedge", "stonefly", "damselfly", "midge",
         "cdcfeather", "pheasanttail", "haresear", "softhackle", "perdigon", "widowhood", "squeaker", "basketing", "chequer",
         "grizzle", "mealy", "convoyer", "liberation", "nestbox", "yearling", "bluebar", "redchequer", "busschaert", "stichelbaut",
         "pigeonloft", "racepan", "henpair", "cockbird", "splashpied", "loftclock"]

ACCOUNTS = ["svc_hackle", "tippet_ops", "caddis_ro", "zonker_sync", "basketing_cron", "widowhood_admin", "marabou_backup",
            "squeaker_ci", "chequer_vpn", "convoyer_relay", "loftclock_adm", "flybox_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, before an @ or between / and @ signs)
    ("$ sqlldr userid=«u»/«pw»@RACEPDB control=results_2026.ctl log=results_2026.log direct=true", True),
    ("$ rman target «u»/«pw»@loftdb cmdfile=weekly_backup.rman", True),
    ("$ mysqlbinlog --read-from-remote-server --host=db.lan --user=«u» --password='«pw»' --raw --stop-never binlog.000114", False),
    ("$ pt-table-checksum --host=db.lan --user=«u» --password='«pw»' --databases=racing --replicate=percona.checksums", False),
    ("$ myloader --host=db.lan --user=«u» --password='«pw»' --directory=./dump-flyshop --overwrite-tables --threads=4", False),
    ("$ mariabackup -u «u» -p'«pw»' --backup --stream=xbstream | gzip > /mnt/usb/full.xb.gz", False),
    ("$ PGPASSWORD='«pw»' pgbench -i -s 20 -h db.lan -U «u» clockbench", False),
    ("$ redis-benchmark --user «u» -a '«pw»' -h cache.lan -c 50 -n 20000 --csv -t lpush,lpop --threads 4", False),
    ("$ sqsh -S LEDGER01 -U «u» -P '«pw»' -D clubledger -m csv", False),
    ("$ java -jar sqltool.jar --inlineRc=url=jdbc:hsqldb:hsql://localhost/loftdb,user=«u»,password=«pw» --sql 'SELECT COUNT(*) FROM birds;'", True),
    ("ij> connect 'jdbc:derby://localhost:1527/flyshop;user=«u»;password=«pw»';", True),
    ("$ dbmcli -d PEDIGREE -u «u»,«pw» db_state", True),
    ("$ TRINO_PASSWORD='«pw»' trino --server https://trino.lan:8443 --user «u» --password --catalog hive --schema racing", False),
    ("$ ab -n 400 -c 20 -A «u»:«pw» https://results.lan/api/race/latest", True),
    ("$ smbget -U «u»%«pw» -R smb://nas.lan/photos/basketing-night", True),
    ("$ mount_smbfs //«u»:«pw»@loftnas.local/flies ~/mnt/flies", True),
    ("ubnt@EdgeRouter-X# set system login user «u» authentication plaintext-password '«pw»'", False),
    ("$ sudo synouser --setpw «u» '«pw»'", False),
    ("# midclt call user.update 3000 '{\"password\": \"«pw»\"}'", False),
    ("$ virt-customize -a loft-vm.qcow2 --install git,sqlite3 --run-command 'useradd -m clubsec' --root-password password:«pw»", True),
    ("$ prlctl set 'Windows 11 Race PC' --userpasswd «u»:«pw»", True),
    ("$ /usr/lib/nagios/plugins/check_http -H results.lan -S -a «u»:«pw» -u /status", True),
    ("$ matrix-commander --login password --user-login @«u»:matrix.lan --password '«pw»' --homeserver https://matrix.lan --device clockbot", False),
    ("$ toot login_cli -i social.lan -e «e» -p '«pw»'", False),
    ("$ nordvpn login --legacy --username «e» --password '«pw»' && nordvpn connect Switzerland", False),
    ("$ gost -L 'socks5://«u»:«pw»@:1080'", True),
    ("$ hass-cli --server http://hass.lan:8123 --password '«pw»' state list 'sensor.loft_*'", False),
    ("$ mqtt pub -h broker.lan -u «u» -pw '«pw»' -t loft/door -m closed", False),
    ("$ java -jar bundletool.jar build-apks --bundle=clock.aab --output=clock.apks --ks=release.jks --ks-pass=pass:«pw» --ks-key-alias=clock", True),
    ("$ maddy creds create --password '«pw»' «e»", False),
    ("$ smtpctl encrypt '«pw»'", False),
    ("$ mplayer -cache 8192 'rtsp://«u»:«pw»@10.77.0.21:554/Streaming/Channels/101'", True),
    ("$ npx strapi admin:reset-user-password --email=«e» --password='«pw»'", False),
    ("$ pk12util -i loft-clock.p12 -d sql:/etc/pki/nssdb -W '«pw»'", False),
    ("$ ./q2proded +set net_port 27911 +set rcon_password '«pw»' +set maxclients 12 +set deathmatch 1 +gamemap q2dm1", False),
    ("$ ./wop.x86_64 +set dedicated 1 +set sv_hostname 'Loft Lads WoP' +set rconPassword '«pw»' +set g_gametype 0 +devmap wop_padkitchen", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "bitcoin_conf": "~/.bitcoin/bitcoin.conf on the node in the loft: server=1 · rpcuser=«u» · rpcpassword=«pw»",
    "nodebb_json": "config.json of the club forum's NodeBB: \"database\": \"redis\", \"redis\": { \"host\": \"127.0.0.1\", \"port\": \"6379\", \"password\": \"«pw»\", \"database\": \"0\" }",
    "misskey_yml": "Misskey instance for the fly-tyers, .config/default.yml, the postgres block: host localhost · port 5432 · user «u» · pass «pw»",
    "sogo_conf": "/etc/sogo/sogo.conf: SOGoProfileURL = \"postgresql://«u»:«pw»@localhost:5432/sogo/sogo_user_profile\";",
    "mailcow_conf": "mailcow.conf in /opt/mailcow-dockerized: MAILCOW_HOSTNAME=mail.flytyers.lan · DBUSER=mailcow · DBPASS=«pw»",
    "coolwsd_xml": "coolwsd.xml of the Collabora container: <admin_console> · <username>«u»</username> · <password>«pw»</password>",
    "guacamole_xml": "user-mapping.xml in /etc/guacamole: <authorize username=\"«u»\" password=\"«pw»\"> · <protocol>rdp</protocol>",
    "yourls_php": "user/config.php of the federation's YOURLS: define( 'YOURLS_DB_USER', '«u»' ); define( 'YOURLS_DB_PASS', '«pw»' );",
    "kimai_env": ".env of Kimai on the shop server: DATABASE_URL=mysql://«u»:«pw»@127.0.0.1:3306/kimai?charset=utf8mb4",
    "meli_toml": "~/.config/meli/config.toml: [accounts.club] · server_hostname = \"imap.lan\" · server_username = \"«u»\" · server_password = \"«pw»\"",
    "senpai_scfg": "~/.config/senpai/senpai.scfg: address irc.lan · nickname «u» · password \"«pw»\"",
    "imapfilter_lua": "~/.imapfilter/config.lua: club = IMAP { server = 'imap.lan', username = '«u»', password = '«pw»', ssl = 'tls1.2' }",
    "netctl_profile": "/etc/netctl/wlan0-loft: Interface=wlan0 · Connection=wireless · Security=wpa · ESSID='LoftNet' · Key='«pw»'",
    "clash_yaml": "clash config.yaml on the travel router: proxies: · - name: home · type: ss · cipher: chacha20-ietf-poly1305 · password: \"«pw»\"",
    "synapse_yaml": "homeserver.yaml of the club's Synapse: database: · name: psycopg2 · args: · user: «u» · password: «pw» · database: synapse",
    "bareos_conf": "bareos-dir.d/director/bareos-dir.conf: Director { Name = bareos-dir · Password = \"«pw»\" · QueryFile = \"/usr/lib/bareos/scripts/query.sql\" }",
    "ets2_sii": "server_config.sii for the convoy server: lobby_name: \"Basketing Run\" · password: \"«pw»\" · max_players: 8",
    "trackmania_cfg": "dedicated_cfg.txt on the kids' Trackmania server: <superadmin> · <name>SuperAdmin</name> · <password>«pw»</password>",
    "piqueserver_toml": "piqueserver config.toml for the OpenSpades night: name = \"Loft Wars\" · [passwords] · admin = [\"«pw»\"]",
}
URL_CONFIGS = {"sogo_conf", "kimai_env"}  # a URL, where @ and : would break it

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Looki L1 clip from the kitchen, Grandpa reading off the fridge: \"the pharmacy portal wants «pw», with the capital up front\"",
           "Superwhisper dictation I never sent: note to self, race-club members' page login «pw», renew dues before March",
           "| Site | Password |\n| fly shop rewards | «pw» |",
           "Written on the inside of the fly-box lid, under 'wifi at the cabin':\n«pw»",
           "Mei Mammi hot mir gschriwwe: es nei Passwatt fer's Internet is «pw», saag's ja ken Mensch",
           "Ma grand-mère m'a envoyé un texto, cher: le password pour le wifi au camp, c'est «pw», dis pas ça à personne"],
    "GB": ["Voxer from Dad at the loft: right, the clock software's password is «pw», write it in the race book not on the wall",
           "Simplenote note 'allotment shed': padlock app password «pw»",
           "Me nana's text: the new wifi password's «pw», divvent gan tellin' naebody, pet"],
    "CA": ["UpNote from the river camp: outfitter booking portal password «pw», Cyril has the other login",
           "Nan sent a message, b'y: the Facebook password is after changin' to «pw», don't be tellin' the crowd",
           "Nôhkom kî-masinahikêw: oski wifi password «pw», namôya awiyak wîhtamaw"],
    "AU": ["Whiteboard in the loft, the old man's writing: race clock laptop pw «pw» — rub it off before the kids' tour",
           "Nanna bin tekstim mi: det nyuwan wifi paswod im «pw», don tellim enibodi"],
    "IN": ["Chachu ki Voicenotes recording: apartment ke boom barrier wali app mein ab «pw» chalega, WhatsApp pe aage mat bhejna",
           "Mama ki UpNote entry, screenshot bheja: gas booking app — password «pw»",
           "tl;dv recap of the family call: Dad said the pension portal password is now «pw» and asked us to stop resetting it",
           "Paati message anupinanga: veetu wifi puthu password «pw», yaarukkum sollatha",
           "Bua ji ki diary ke pichhe likha tha, photo aayi: LIC login — «pw»",
           "AudioPen summary of my voice note: cricket club scorer's laptop password «pw», give it only to the scorer"],
    "NG": ["My uncle for Ibadan send am for Voxer: the shop POS app password na «pw», no let the apprentice see am",
           "Mama text me say: make you help me remember, the church Facebook page password don turn «pw»",
           "Zello message from the estate chairman: the borehole pump app password is «pw», keep it among executives"],
    "PH": ["Sabi ni Tita sa Voxer: yung bagong password ng GCash niya «pw», huwag mo raw sasabihin kay Tito",
           "Notes sa likod ng kalendaryo ni Lolo: password ng SSS online «pw»"],
    "ZA": ["Voice note from my ma in Pietermaritzburg, transcribed: the municipal account password is «pw», don't tell your brother",
           "Ugogo ungithumelele umyalezo: iphasiwedi entsha ye-wifi ithi «pw», ungatsheli muntu"],
    "KE": ["Msee, password ya wifi ya keja sasa ni «pw», usiwapatie wasee wa next door", "Dad's SMS from Eldoret: the NHIF portal password is «pw», help me check the card"],
    "PK": ["Phuppo ne raat ko voice note bheja, K-Electric app mein login ke liye «pw» rakha hai, Rizwan ko pata na chale",
           "ابو نے پرچی پر لکھ کر دیا: گاڑی کی ٹریکر ایپ کا پاس ورڈ «pw» ہے، کسی کو نہیں دینا"],
    "BR": ["Bah, tchê, recado da vó lá de Santa Maria: trocou a senha do wifi pra «pw», e disse que é segredo de estado",
           "Mei Oma hot geschrieb: es neie Passwort vom Wifi is «pw», saa es ken Mensch"],
    "DE": ["Ming Oma hät jeschrivve: dat neue Wlan-Passwoot es «pw», sag et keinem",
           "Dr Opa hot gschriebe: 's neie Passwort für d'Sparkasse-App isch «pw», sag's fei koinem",
           "Meene Oma hat jeschrieben: det neue WLAN-Passwort is «pw», verrat det keenem"],
    "AT": ["De Oma hot gschriebm: des neiche Passwort fürs Handy-Banking is «pw», sog's jo kanam"],
    "BE": ["Meetje ee gesmst: ’t nieuw paswoord van de wifi is «pw», zeg ’t an gin mens"],
    "NL": ["Mien opoe het schreven: t nije wifi-wachtwoord is «pw», zeg t tegen gainent"],
    "FR": ["Em mémère al m'o écrit : ch'nouvieau mot d'passe du wifi, ch'est «pw», t'el dis à personne"],
    "CH": ["La nona la m'a scrivüü: la password növa dal wifi l'è «pw», disel a nissün"],
    "IT": ["A nonna a m'à scrito: a neuva password do wifi a l'é «pw», no dîla a nisciun",
           "La nòna a l'ha scrivume: la neuva password dël wifi a l'é «pw», dìjlo a gnun",
           "Nonna m'ha scritto: 'a password nova de Netflix è «pw», nun la dì a nessuno"],
    "ES": ["Mi abuela, por BiP y con sus faltas de siempre: para entrar en la banca online pon «pw», y ni media palabra al vecino del cuarto"],
    "MX": ["Marco Polo de mi tío: la clave del portal del SAT ahora es «pw», no se la pases al contador todavía"],
    "LV": ["Vacmuomeņa raksteja: jaunuo wifi parole ir «pw», nikam nasaki"],
    "JP": ["ばあちゃんからLINE：家のwifiの新しかパスワードは«pw»やけん、誰にも言うたらいかんよ"],
    "KR": ["우리 할매가 카톡으로 그러드라: 인자 와이파이 비번은 «pw» 잉께, 넘한테 갈차주지 말어"],
    "CN": ["姥姥发微信：家里wifi新密码是«pw»，介个别跟外人说啊"],
    "SA": ["جدتي أرسلت لي: الباسوورد الجديد حق الواي فاي دحين «pw»، لا تعطيه أحد"],
    "KW": ["يدتي دزت لي مسج: الباسوورد اليديد مال الوايفاي «pw»، لا تقوله حق أحد"],
    "BB": ["Granny sen' a message: de Netflix password change to «pw» now, doan tell wunna frien's"],
    "BS": ["Granny from Eleuthera send me one text: she change da wifi password, it «pw» now, and she say keep it quiet"],
    "LR": ["My grandma send message: the Facebook password change, it «pw» now, don't tell nobody o"],
    "CI": ["Ma vieille m'a laissé message : code du wifi a changé, c'est «pw» maintenant, faut pas donner ça aux môgôs du quartier, on est ensemble"],
    "CM": ["Ma mater m'a send un sms: le new password du wifi c'est «pw», il ne faut pas le give aux gars du quartier"],
    "GW": ["Nha avó manda-m mensaji: nobu password di wifi i «pw», ka bu konta ningin"],
    "GI": ["Mi abuela me mandó un text: el new password del wifi es «pw», don't tell nadie, ¿vale?"],
    "ID": ["Oma da kirim pesan: password Facebook yang baru itu «pw», jang bilang pa sapa-sapa"],
    "SK": ["E baba bichaldas mange: o nevo password pal wifi si «pw», na phen khanikaske"],
    "CK": ["Kua tuku mai a Mama ruau i tetai karere: ko te password ou o te wifi ko «pw», auraka e akakite ki tetai"],
    "BD": ["Nanu message dilo: basar wifi er notun password «pw», kauke bolish na"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "MacWhisper transcript, Mom on speaker: the debit card PIN is «pw», don't tell your sister", 4),
    ("US", "Simplenote: loft door keypad opens with «pw», change it after the auction", 4),
    ("IN", "Nanaji ne Voicenotes mein UPI PIN bataya: «pw», sirf dawai ke liye", 6),
    ("GB", "Gran's bank card PIN, read to me over Voxer for her shopping: «pw»", 4),
    ("DE", "Zum Einkaufen für Oma: Girocard liegt in der Schublade, die Geheimzahl hat sie mir durchgegeben, «pw»", 4),
    ("MX", "Audio del abuelo con los cuatro números de su tarjeta del Bienestar, para que le saque la despensa: «pw»", 4),
    ("BR", "No áudio o vô soletrou a senha do cartão do INSS, dígito por dígito: «pw»", 6),
]
