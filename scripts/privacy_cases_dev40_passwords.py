"""Where the dev40 privacy set's passwords and PINs are written (``privacy_cases_dev40.py``): on
the command lines of the tools people run (hydra, medusa, ncrack, patator, crowbar, nikto, sqlmap,
SAP's sapcontrol and hdbuserstore, hostapd_cli, Percona's pt-kill, FreeTDS's fisql, Firebird's gfix,
Couchbase's cbimport, elinks, siege, vegeta, Windows' bitsadmin and pvk2pfx, EMQX's emqx_ctl,
lsassy, impacket's getTGT and atexec, bloodhound-python and certipy), in the config files they
keep (bacula-dir.conf, bconsole.conf, ices.xml, Lidarr's config.xml, Headphones' and SickChill's
config.ini, logstash.yml, filebeat.yml, a Metricbeat module, a Fluentd match block, syslog-ng's
elasticsearch-http destination, amavisd.conf, RainLoop's application.ini, Cyrus's imapd.conf and
Sylpheed's accountrc), and in what they tell each other or themselves (texts, chats, voice notes, a
Runcam clip, a Travis Touch transcript, a Whitelines page), in English and in the words of people
around the world, Tswana, Khoekhoe, Rukiga, Kiribati, Pohnpeian, Jola, Baoulé, Songhay, Tashelhit,
Kalasha, Limbu, Tamang, Sherpa, Shan, Chakma, Kankanaey, Kadazan, Nias, Minahasa, Rarotongan, Wayuu,
Inupiaq, Zuni and Rarámuri among them. Passwords are made by dev19's ``password`` from this set's stems
(quilting, dragon-boat racing).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["patchwork", "applique", "quiltblock", "ninepatch", "hexie", "sashiko", "fatquarter", "longarm", "batting", "flyinggeese",
         "logcabin", "drunkardspath", "bargello", "crazyquilt", "orangepeel", "churndash", "bearpaw", "ohiostar", "stippling", "jellyroll",
         "dragonboat", "paddleblade", "drumbeat", "sweeper", "dragonhead", "dragontail", "paddleshaft", "flagcatcher", "engineroom",
         "strokerate", "zongzi", "duanwu", "bowpair", "bowdrum", "racepace", "dottingeye", "catchphase", "longboat", "seatten", "tailsweep"]

ACCOUNTS = ["quiltshow_svc", "longarm_ro", "hexie_sync", "guildsite_adm", "fabricstash_cron", "raffle_bot",
            "dragonboat_admin", "heatsheet_ops", "drumbeat_backup", "paddlerota_ci", "boathouse_relay", "racelog_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ hydra -l «u» -p '«pw»' -t 4 ssh://10.44.0.20", False),
    ("$ medusa -M ftp -h 10.44.0.21 -u «u» -p '«pw»' -t 2 -f -O medusa-boathouse.log", False),
    ("$ ncrack -p 3389 --user «u» --pass '«pw»' 10.44.0.22", False),
    ("$ patator ssh_login host=10.44.0.23 user=«u» password='«pw»' -x ignore:mesg='Authentication failed.'", False),
    ("$ crowbar -b rdp -s 10.44.0.24/32 -u «u» -c '«pw»'", False),
    ("$ nikto -h https://heats.dragonboat-paddlers.lan -id «u»:«pw»", True),
    ("$ sqlmap -u 'https://quiltshow.lan/entries?id=7' --auth-type=Basic --auth-cred='«u»:«pw»' --batch", True),
    ("$ sapcontrol -nr 00 -host erp.quiltguild.lan -user «u» '«pw»' -function GetProcessList", False),
    ("$ hdbuserstore SET RAFFLEKEY hana.quiltguild.lan:30015 «u» '«pw»'", False),
    ("$ hostapd_cli wps_config 426f617468686f757365 WPA2PSK CCMP «pw»", True),
    ("$ pt-kill --host db.boathouse.lan --user «u» --password '«pw»' --busy-time 60 --print", False),
    ("$ fisql -U «u» -P «pw» -S QUILTS_ASE -D entries", True),
    ("$ gfix -user SYSDBA -password «pw» -sweep /var/lib/firebird/heats.fdb", True),
    ("$ cbimport json -c couchbase://cb.boathouse.lan -u «u» -p '«pw»' -b racelog -d file://times.json -f lines -g '#UUID#'", False),
    ("$ elinks 'ftp://«u»:«pw»@ftp.quiltguild.lan/patterns/'", True),
    ("$ siege -c 5 -t 30S 'https://club.dragonboat-paddlers.lan/login POST username=«u»&password=«pw»'", True),
    ("$ echo 'GET https://«u»:«pw»@api.boathouse.lan/heats' | vegeta attack -duration=10s | vegeta report", True),
    ("C:\\> bitsadmin /setcredentials QuiltSync SERVER BASIC «u» «pw»", True),
    ("C:\\> pvk2pfx -pvk guild.pvk -pi «pw» -spc guild.spc -pfx guild.pfx", True),
    ("# emqx_ctl admins add «u» '«pw»'", False),
    ("$ lsassy -u «u» -p '«pw»' -d QUILTS --users 10.44.0.30", False),
    ("$ getTGT.py QUILTS.LAN/«u»:«pw» -dc-ip 10.44.0.5", True),
    ("$ atexec.py QUILTS/«u»:«pw»@raffle-pc 'whoami'", True),
    ("$ bloodhound-python -d quilts.lan -u «u» -p '«pw»' -c All -ns 10.44.0.5", False),
    ("$ certipy find -u «e» -p '«pw»' -dc-ip 10.44.0.5 -vulnerable", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "bacula_dir": "bacula-dir.conf, Catalog resource on the guild's backup box: dbname = \"bacula\"; dbuser = \"«u»\"; dbpassword = \"«pw»\"",
    "bconsole_conf": "bconsole.conf: Director { Name = quiltguild-dir; DIRport = 9101; address = backup.lan; Password = \"«pw»\" }",
    "ices_xml": "ices.xml for the boathouse's race-day radio: <server><hostname>stream.lan</hostname><port>8000</port><password>«pw»</password></server>",
    "lidarr_config": "Lidarr config.xml on the club's media box: <PostgresUser>«u»</PostgresUser><PostgresPassword>«pw»</PostgresPassword>",
    "headphones_ini": "Tribit earbud recap under the boathouse eaves: Headphones config.ini, [General] section: http_username = «u» · http_password = «pw»",
    "sickchill_ini": "SickChill config.ini: web_username = «u» · web_password = «pw»",
    "logstash_yml": "logstash.yml: xpack.monitoring.elasticsearch.username: «u» · xpack.monitoring.elasticsearch.password: «pw»",
    "filebeat_yml": "Papago dashcam still under the boathouse eaves: filebeat.yml, output.elasticsearch: hosts: [\"es.boathouse.lan:9200\"] username: \"«u»\" password: \"«pw»\"",
    "metricbeat_mysql": "metricbeat modules.d/mysql.yml: hosts: [\"tcp(db.lan:3306)/\"] username: «u» password: «pw»",
    "fluentd_match": "td-agent.conf, <match heats.**> @type elasticsearch host es.lan user «u» password «pw» </match>",
    "syslog_ng_http": "syslog-ng.conf destination d_es { elasticsearch-http(url(\"https://es.lan:9200/_bulk\") user(\"«u»\") password(\"«pw»\")); };",
    "amavisd_conf": "amavisd.conf: @lookup_sql_dsn = ( ['DBI:mysql:database=mail;host=127.0.0.1', '«u»', '«pw»'] );",
    "rainloop_ini": "RainLoop data/_data_/_default_/configs/application.ini, [contacts]: pdo_user = \"«u»\" pdo_password = \"«pw»\"",
    "imapd_conf": "Cyrus imapd.conf on the guild's mail host: ldap_bind_dn: cn=«u»,dc=quilts · ldap_password: «pw»",
    "sylpheed_accountrc": "Sylpheed ~/.sylpheed-2.0/accountrc, [Account: 1]: user_id=«u» password=«pw»",
}

URL_CONFIGS = {"headphones_ini", "sickchill_ini", "logstash_yml", "metricbeat_mysql", "fluentd_match", "imapd_conf", "sylpheed_accountrc",
               "ices_xml", "lidarr_config"}  # where a space, @, :, #, ;, < or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Raffle laptop at the quilt show: the password's «pw», say it quietly, the line is right there",
           "Note to self after paddling: boathouse Wi-Fi admin password changed to «pw», old one crossed out on the fridge",
           "Grandma called at eleven: the guild's mailbox now wants «pw», and did the Saturday bee move to the church hall",
           "WT2 transcript by the thread wall: Runcam clip of the club captain: 'bank app password is «pw», and nobody writes it on the whiteboard again'",
           "Travis Touch caught the docent at the textile museum: visitors' Wi-Fi is TextileGuest, password «pw»",
           "Rebble watch notification in the club van: Whitelines corner note: Etsy fabric shop pw = «pw» (hexies + bundles)",
           "Keshi! Grandpa's tablet password is «pw», elahkwa (Zuni hello and thanks, the rest in English)",
           "Quyanaq for fixing the router, the new password is «pw» (Inupiaq thanks from my aunt in Kotzebue)"],
    "GB": ["Sewing-bee laptop, sticky note on the lid: login «pw», log out before the retreat ends",
           "Runcam clip under the boathouse eaves: Grandad's voice note: the library computer password is «pw», I've written it in my diary too"],
    "CA": ["Tablet at the paddling centre, password «pw» — don't give it to the juniors",
           "Booking page for the quilt retreat: password «pw», sent by the registrar from Moncton"],
    "AU": ["Texecom keypad photo at the drum seat: Mio MiVue still at the raffle table: Mate, the shed Wi-Fi for the dragon-boat trailer is «pw», keep it off the group chat",
           "Watchy glance by the paddle rack: Infant Optics frame at the cutting table: Carpool chat: the boathouse alarm code changed, password is «pw» now"],
    "IN": ["Texecom keypad photo at the retreat's sewing tables: Bhai quilt mela wale computer ka password «pw» hai, kisi ko mat dena",
           "Tribit earbud recap next to the dragon-head crate: Didi ne likha: dragon boat race ke portal ka password «pw» hai, naam daal dena",
           "Tribit earbud recap on the pontoon: Ishpata! Password «pw» hai — Kalasha greeting from my cousin in Bumburet, rest in Urdu-Hindi",
           "Kantha group ka laptop: password «pw», Durga Puja ke baad badlenge"],
    "NP": ["Sewaro! Laptop password «pw» ho (Limbu greeting from Taplejung, Nepali after)",
           "Fyafulla! Guesthouse Wi-Fi password «pw» — Tamang text from Rasuwa",
           "Tashi delek, lodge computer password «pw» — Sherpa uncle in Namche, English after"],
    "NG": ["Moondrop earbud recap over the fabric stash shelves: Abeg the boathouse laptop password na «pw», no change am o",
           "WT2 transcript at the cutting table: Mio MiVue still at the drum seat: Moondrop earbud recap by the ironing station: Papa talk say the bank app password na «pw», make I help am log in"],
    "PH": ["Beh, ang password ng wifi sa boathouse ay «pw», huwag ipamigay",
           "Gawis ay agew! Password ti laptop «pw» (Kankanaey, from Sagada, the rest English)"],
    "KE": ["Niaje, password ya kompyuta ya quilting group ni «pw», usimwambie mtu"],
    "UG": ["Agandi! Password «pw», webale (Rukiga, from my cousin in Kabale)"],
    "KI": ["Mauri! The password is «pw», ko rabwa (Kiribati, from my uncle on Tarawa, English after)"],
    "BW": ["Dumela rra! Password ya laptop ke «pw», ke a leboga (Tswana, from Gaborone)"],
    "NA": ["!Gâi tsēs! Password «pw» — Khoekhoe good day from my aunt in Keetmanshoop, English after"],
    "FM": ["Kaselehlie! Password «pw», kalahngan (Pohnpeian, from my cousin in Kolonia)"],
    "SN": ["Kasumay! Password bi «pw» la (Jola greeting from Ziguinchor, Wolof after)"],
    "CI": ["Akwaba! Le mot de passe de l'ordi est «pw» (Baoulé welcome from Yamoussoukro, French after)"],
    "ML": ["Lamax frame at the drum seat: Fofo! Password «pw» — Songhay greeting from Gao, French and English after"],
    "MA": ["Azul! Password «pw», tanmmirt (Tashelhit, from my cousin in Tiznit)"],
    "MM": ["Papago dashcam still at the retreat's sewing tables: Mai soong kha! The clinic Wi-Fi password is «pw» (Shan greeting from Taunggyi, English after)"],
    "MY": ["Kopivosian! Kata laluan laptop «pw», jangan kongsi (Kadazan greeting from Penampang)"],
    "ID": ["Baseus earbud recap at the raffle table: Ya'ahowu! Password laptop sanggar «pw» (Nias greeting from Gunungsitoli)",
           "Pakatuan wo pakalawiren, kata sandi wifi gereja «pw» (Minahasa, from Tomohon)",
           "Texecom keypad photo next to the dragon-head crate: Kata sandi laptop kelompok quilting: «pw», jangan dibagi ke orang lain"],
    "CK": ["Kia orana! Laptop password «pw», meitaki (Rarotongan, from Avarua, English after)"],
    "CO": ["Jamaya! La contraseña del computador es «pw» (Wayuu, from my aunt in Uribia)"],
    "MX": ["Kuira ba! La contraseña de la tablet es «pw» (Rarámuri greeting from Creel)",
           "Lamax frame next to the dragon-head crate: Oye, la contraseña de la compu del club de remo es «pw», no la compartas"],
    "RU": ["Мама, у клубной почты теперь новый пароль: «pw», запиши в блокнот у телефона"],
    "BD": ["Ju ju! Laptop password «pw» — Chakma greeting from Rangamati, Bangla after"],
    "PK": ["Infant Optics frame by the ironing station: WT2 transcript on the slipway: Bhai, quilting group ke laptop ka password «pw» hai, kisi ko na batana"],
    "GH": ["Wolfbox still at the retreat's sewing tables: Lemfo buzz on the pontoon: Lamax frame by the thread wall: Charley, the boathouse laptop password be «pw», no dey share am"],
    "DE": ["Raycon earbud recap at the retreat's sewing tables: Heimvision frame by the ironing station: Das Passwort für den Rechner im Quiltverein lautet «pw», bitte nicht weitersagen"],
    "BR": ["Mio MiVue still by the paddle rack: Lemfo buzz at the retreat's sewing tables: Mãe, a senha do computador do clube de remo é «pw», não passa pra ninguém"],
    "FR": ["Lemfo buzz at the cutting table: Lamax frame by the paddle rack: Le mot de passe du portable de l'association de patchwork, c'est «pw», ne le donne à personne"],
    "JP": ["ドラゴンボート部のパソコンのパスワードは «pw» です、部外者には内緒"],
    "ES": ["Rebble watch notification beside the long-arm frame: Bebcare monitor frame under the boathouse eaves: Lamax frame at the raffle table: La contraseña del portátil del club de piragüismo es «pw», no se la pases a nadie"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Mobius clip on the pontoon: Watchy glance next to the dragon-head crate: Baseus earbud recap beside the long-arm frame: Grandma's debit card PIN, pencilled on the back of the quilt-show raffle ticket: «pw»", 4),
    ("US", "Watchy glance over the fabric stash shelves: Bebcare monitor frame beside the long-arm frame: Padlock code for the paddle cage, club handbook page 2: «pw»", 4),
    ("IN", "Nani ne call pe apna UPI PIN bata diya, chhe ank wala: «pw», mausi ko mat batana", 6),
    ("GB", "WT2 transcript next to the dragon-head crate: Watchy glance under the boathouse eaves: Mum texted her card PIN so I could get cash for the retreat: «pw»", 4),
    ("DE", "Wolfbox still under the boathouse eaves: Wolfbox still by the paddle rack: Bebcare monitor frame at the drum seat: Die PIN für Omas EC-Karte steht auf dem Zettel in der Nähkiste: «pw»", 4),
    ("MX", "Llamada con la abuela: para el cajero me pasó los números de su tarjeta, «pw», y que no se los diga a mi tío", 4),
    ("BR", "Mio MiVue still beside the long-arm frame: Papago dashcam still in the club van: Senha do cartão do vô, seis dígitos, anotada no caderno de receitas: «pw»", 6),
]
