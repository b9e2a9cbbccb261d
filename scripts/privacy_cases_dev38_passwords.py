"""Where the dev38 privacy set's passwords and PINs are written (``privacy_cases_dev38.py``): on
the command lines of the tools people run (streamlink, k6, ApacheBench's ab, dredd, ZoneMinder's
zmu, the Internet Archive's ia, Magento's bin/magento, odoo-bin, cryfs, iscsiadm, targetcli,
opensipsctl, Samba's ntlm_auth, ldapdelete, ldapcompare, ldapexop, Db2's clpplus, mariadb-backup,
innobackupex, pg_probackup, Windows' sc config, nssm and VLC), in the config files they keep
(esmtprc, SquirrelMail's config.php, Asterisk's manager.conf and iax.conf, kamctlrc, smokeping's
secrets file, pandora_server.conf, Centreon's conf.pm, a V2Ray config.json, ZoneMinder's zm.conf,
freepbx.conf, ventrilo_srv.ini and opensips.cfg), and in what they tell each other or themselves
(texts, chats, voice notes, a Maono clip, a Muama transcript, a Moleskine Smart page), in English and
in the words of people around the world, Cheyenne, Comanche, Yaqui, Triqui, Ch'ol, Bribri, Nasa
Yuwe, Achuar, Wichí, Sidamo, Wolaytta, Turkana, Pokot, Nupe, Serer, Kodava, Gurung, Tharu, Lotha,
Lahu, Tikuna, Vepsian, Seto and Meänkieli among them. Passwords are made by dev19's ``password`` from
this set's stems (calligraphy and lettering, stained glass).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["copperplate", "broadnib", "pointedpen", "obliqueholder", "italichand", "uncial", "halfuncial", "blackletter", "textura",
         "fraktur", "versals", "minuscule", "majuscule", "serifs", "inkstick", "inkstone", "sumiink", "gumarabic", "gouache", "reedpen",
         "pergamena", "gessogild", "goldleaf", "flourish", "ductus", "xheight", "ascender", "descender", "hairline", "swelltone",
         "leadcame", "copperfoil", "grozing", "cutrunner", "glasscutter", "solderbead", "flux", "patina", "cathedralglass",
         "opalescent", "seedyglass", "fusedglass", "kilnwash", "slumping", "leadknife", "horseshoenails", "lightbox", "cartoon",
         "rondel", "bevels", "jewels", "leadlight", "rosewindow", "mullionglass", "grisaille", "silverstain", "cementing", "oyster"]

ACCOUNTS = ["nibswap_svc", "gilding_ro", "scriptorium_sync", "versal_admin", "inkstone_cron", "letterfair_bot", "kiln_admin",
            "leadcame_ops", "foilnight_backup", "glazier_ci", "grisaille_relay", "windows_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL, a connect string or between signs that would end it)
    ("$ streamlink --niconico-email «e» --niconico-password '«pw»' https://live.nicovideo.jp/watch/lv1 best", False),
    ("$ k6 run -e GLASS_USER=«u» -e GLASS_PASS='«pw»' booking-load.js", False),
    ("Noticed on the Mibro watch during copper-foil night: $ ab -n 200 -c 10 -A «u»:«pw» https://bookings.scribes.lan/calendar", True),
    ("$ dredd kiln-api.apib http://127.0.0.1:8080 --user «u»:«pw»", True),
    ("$ zmu -m 3 -U «u» -P '«pw»' --state", False),
    ("Glimpsed on the cutting-board offcut bin lid: $ ia configure --username=«e» --password='«pw»'", False),
    ("$ bin/magento admin:user:create --admin-user=«u» --admin-password='«pw»' --admin-email=«e» --admin-firstname=Glass "
     "--admin-lastname=Shop", False),
    ("$ ./odoo-bin -d studio_orders --db_user=«u» --db_password='«pw»' --stop-after-init", False),
    ("$ echo '«pw»' | CRYFS_FRONTEND=noninteractive cryfs ~/lettering-scans.enc ~/lettering-scans", False),
    ("# iscsiadm -m node -T iqn.2024-05.lan.glass:kilnlogs -o update -n node.session.auth.password -v '«pw»'", False),
    ("/iscsi/iqn.2024-05.lan.scribes:archive/tpg1> set auth userid=«u» password=«pw»", True),
    ("$ opensipsctl add «u» «pw»", True),
    ("Scanned from the Vstarcam over the leading table: $ ntlm_auth --username=«u» --domain=SCRIBES --password='«pw»'", False),
    ("$ ldapdelete -H ldap://dir.glassguild.lan -D \"cn=«u»,dc=glassguild,dc=lan\" -w '«pw»' \"uid=oldmember,ou=people,dc=glassguild,dc=lan\"",
     False),
    ("Forwarded from the grisaille bench's light box: $ ldapcompare -x -D \"cn=«u»,dc=scribes,dc=lan\" -w '«pw»' \"uid=ink,ou=people,dc=scribes,dc=lan\" \"cn:Ink Studio\"", False),
    ("Glimpsed on the lettering tutor's Rambox tab: $ ldapexop -x -H ldap://dir.scribes.lan -D \"cn=«u»,dc=scribes,dc=lan\" -w '«pw»' whoami", False),
    ("db2> clpplus -nw «u»/«pw»@db2.glass.lan:50000/ORDERS", True),
    ("$ mariadb-backup --backup --target-dir=/srv/bk/letterfair --user=«u» --password='«pw»'", False),
    ("$ innobackupex --user=«u» --password='«pw»' /srv/bk/kiln-bookings", False),
    ("$ PGPASSWORD='«pw»' pg_probackup backup -B /srv/probackup --instance studio -b FULL -U «u»", False),
    ("Caught by the camera on the Mod notebook margin beside a versal drill: C:\\> sc config GlassSync obj= \".\\«u»\" password= \"«pw»\"", False),
    ("C:\\> nssm set InkScanner ObjectName .\\«u» «pw»", True),
    ("$ vlc rtsp://cam-kiln.lan/stream1 --rtsp-user=«u» --rtsp-pwd='«pw»'", False),
    ("$ k6 cloud login --token dummy && k6 run -e ADMIN_PASSWORD='«pw»' -e ADMIN=«u» exhibition-smoke.js", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "esmtprc": "~/.esmtprc: identity «e» · hostname smtp.scribes.lan:587 · username \"«u»\" · password \"«pw»\" · starttls required",
    "squirrelmail_config": "SquirrelMail config/config.php: $smtp_sitewide_user = '«u»'; $smtp_sitewide_pass = '«pw»';",
    "asterisk_manager": "/etc/asterisk/manager.conf on the studio phone box: [«u»] secret = «pw» read = system,call",
    "asterisk_iax": "iax.conf, peer for the kiln-room handset: [«u»] type=friend host=dynamic secret=«pw»",
    "kamctlrc": "/etc/kamailio/kamctlrc: DBRWUSER=\"«u»\" · DBRWPW=\"«pw»\"",
    "smokeping_secrets": "/etc/smokeping/smokeping_secrets, second line: «u»:«pw»",
    "pandora_server": "pandora_server.conf: dbuser «u» · dbpass «pw» · dbhost 127.0.0.1",
    "centreon_conf_pm": "/etc/centreon/conf.pm: $mysql_user = \"«u»\"; $mysql_passwd = '«pw»';",
    "v2ray_json": "V2Ray config.json, socks inbound: \"accounts\": [{\"user\": \"«u»\", \"pass\": \"«pw»\"}]",
    "zm_conf": "Read out from the grisaille bench's light box: /etc/zm/conf.d/zm-db.conf on the studio NVR: ZM_DB_USER=«u» ZM_DB_PASS=«pw»",
    "freepbx_conf": "/etc/freepbx.conf: $amp_conf['AMPDBUSER'] = '«u»'; $amp_conf['AMPDBPASS'] = '«pw»';",
    "ventrilo_ini": "ventrilo_srv.ini for the guild voice server: [Server] Name=GlassGuild · Password=«pw»",
    "opensips_cfg": "opensips.cfg: modparam(\"usrloc\", \"db_url\", \"mysql://«u»:«pw»@localhost/opensips\")",
}

URL_CONFIGS = {"smokeping_secrets", "zm_conf", "opensips_cfg", "ventrilo_ini", "pandora_server", "asterisk_manager", "asterisk_iax"}  # where a space, @, :, #, ; or , would end the value

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["The laptop at the lettering table logs in with «pw», please don't let the kids change it",
           "Reminder to myself after the kiln firing: new studio wifi password «pw», the old sticker is wrong",
           "Text from Aunt Bev: hon, Grandpa's email password is «pw», can you see if the glass order went through",
           "Snapped from a gouache-smudged index card in the nib tin: Maono clip of the guild treasurer: 'the bank app password is «pw», and I am not saying it twice'",
           "Scanned from the lettering tutor's Rambox tab: Muama heard the museum docent: guest wifi is Scriptorium, password «pw»",
           "Moleskine Smart page, top corner: Etsy shop password «pw» (nibs + glass suncatchers)",
           "Haáahe! Password-he «pw» — Cheyenne hello from Lame Deer, rest in English",
           "Haa marʉawe, the tablet password is «pw» (Comanche greeting from Lawton)"],
    "GB": ["Tucked under the scribes' ruling-pen tray, a note in copperplate: laptop login «pw», sign out when the ink evening ends",
           "Photographed off the Lenovo Smart Frame between two rose-window photos: Voice note from Grandad: the password for the church hall computer is «pw», don't lose it"],
    "CA": ["Kwe kwe! The password for the glass guild iPad is «pw» — merci de ne pas le changer",
           "Studio door keypad app password: «pw» (text from Clémence's sister)"],
    "AU": ["Mate, the shed wifi for foil night is «pw», keep it off the group chat",
           "Password for the guild's Square reader: «pw», Merv says don't write it on the till"],
    "IN": ["Noticed on the Crosstour clip of the window restoration: Bhaiya studio ke computer ka password «pw» hai, kisi ko mat dena",
           "Transcribed off the Litmor feed above the solder station: Didi ne likha: sulekh pradarshani portal ka password «pw», form bhar dena",
           "Enne ulla? Password «pw» — Kodava message from Madikeri, rest in Kannada-English",
           "Chokhao! Password «pw» dii (Lotha text from Wokha)"],
    "NG": ["Transcribed off a gouache-smudged index card in the nib tin: Abeg the glass studio laptop password na «pw», no change am o",
           "Nupe text from Bida: Ku kpe? Password «pw» ni, ma wo ye",
           "Photographed off the grisaille bench's light box: Oga, the sign-writing shop wifi password na «pw»"],
    "PH": ["Forwarded from the Lenovo Smart Frame between two rose-window photos: Beh, password ng wifi sa studio: «pw», huwag ipamigay",
           "Snapped from the Mibro watch during copper-foil night: Ate, password ng laptop ni Lola ay «pw», paki-check ng email niya"],
    "KE": ["Forwarded from the kiln-room corkboard: Ejok! Password ya kompyuta ya duka ni «pw» (Turkana greeting from Lodwar)",
           "Takwenya! Password «pw» — Pokot greeting, Swahili na English after",
           "Copied out of the exhibition hanging crew's Nekogram group: Niaje, password ya studio laptop ni «pw», usimwambie mtu"],
    "ET": ["Saroo! Password «pw» — Wolaytta greeting, Amharic and English after",
           "Sidaamu Afoo text from Hawassa: password «pw», ayirradda"],
    "SN": ["Na fio? Password bi «pw» — Serer greeting from Fatick, then Wolof-French"],
    "PK": ["Photographed off the Mod notebook margin beside a versal drill: Bhai, khattati class ke laptop ka password «pw» hai, kisi ko na batana",
           "Wakhi text from Gojal: password «pw», ghafch"],
    "NP": ["Gurung message from Pokhara: password «pw» mu, kasailai nabhannu",
           "Tharu text from Dang: password «pw» ho, bhulaiha na"],
    "TH": ["Lahu message from Chiang Rai: password «pw» ve, aw bon"],
    "MX": ["Read out from the Chortau dashcam on the way back from the glass yard: Oye, la contraseña de la compu del taller de vitral es «pw», no la pases",
           "Lios em chiokoe! Password «pw» — Yaqui thanks from Vícam, lo demás en español",
           "Triqui text from San Juan Copala: password «pw», nej",
           "Ch'ol message from Tila: password «pw», kolaw"],
    "CR": ["Bribri text from Talamanca: password «pw», ù ë̀, lo demás en español"],
    "CO": ["Nasa Yuwe note from Toribío: password «pw», ewçxa — el resto en español"],
    "EC": ["Achuar message: password «pw», winiajai — en español después"],
    "AR": ["Wichí text from Tartagal: password «pw», amah — después en castellano"],
    "RU": ["Tervhen! Parol' «pw» — Vepsian hello from Sheltozero, rest in Russian",
           "Copied out of the ink-grinding evening's sign-in sheet: Мам, пароль от почты — «pw», запиши"],
    "EE": ["Seto note from Obinitsa: salasõna om «pw», tere"],
    "SE": ["Meänkieli text from Pajala: salasana oon «pw», terveisiä"],
    "BR": ["Mãe, anota aí: o computador do ateliê de vitral abre com «pw», mas não conta pro pessoal da caligrafia",
           "Tikuna message from Benjamin Constant: password «pw», moẽchi, o resto em português"],
    "DE": ["Das Passwort für den Rechner in der Glaswerkstatt ist «pw», bitte nicht weitersagen"],
    "FR": ["Le mot de passe de l'ordi de l'atelier de calligraphie, c'est «pw», garde-le pour toi"],
    "JP": ["書道教室のパソコンのパスワードは «pw» です、他言無用で"],
    "ES": ["Transcribed off the Litmor feed above the solder station: Mensaje en el grupo de vidrieros: la contraseña del portátil del taller es «pw»"],
    "ID": ["Saved from the glass guild's BAND page: Kata sandi laptop studio kaca: «pw», jangan disebar ya"],
    "GH": ["Caught by the camera on the Mibro watch during copper-foil night: Chale, the studio laptop password be «pw», no share am"],
    "ZA": ["Quoted from a gouache-smudged index card in the nib tin: Howzit, the guild PC password is «pw», don't tell the juniors"],
}

PROSE["US"] += ["Ink evening host's text: the projector laptop unlocks with «pw», the gilding slides are on its desktop"]
PROSE["PH"] += ["Kuya, yung login ng calligraphy class sa Zoom, password «pw», pakisabi kay Tita bago mag-alas siyete"]
PROSE["NG"] += ["Bros, that kiln thermostat app dey lock with «pw» — if e beep again just call Ndagi, no touch am yourself"]
PROSE["IN"] += ["Bhabhi ka message: rangeen kaanch wale studio ke router ka password «pw», mehmaanon ko mat dena"]

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Snapped from a Wacom Bamboo Folio sheet under the came stretcher: Grandma's debit card PIN, pencilled on the back of the glass receipt: «pw»", 4),
    ("US", "Combination for the kiln-room lockbox, guild handbook p. 3: «pw»", 4),
    ("IN", "Glimpsed on the flux-stained fridge magnet board at the studio: Dadi ka ATM PIN «pw» hai, phone pe bataya", 4),
    ("GB", "Transcribed off the grisaille bench's light box: Mum texted her card PIN so I could get the cash for the gold leaf: «pw»", 4),
    ("DE", "Saved from the cutting-board offcut bin lid: Die PIN von Opas EC-Karte steht im Federkasten: «pw»", 4),
    ("MX", "Scanned from the Lenovo Smart Frame between two rose-window photos: El NIP de la tarjeta de mi tía es «pw», me lo dictó por teléfono", 4),
    ("BR", "Na fila da loja de vitrais a vó me ditou o código secreto do cartão, seis algarismos: «pw»", 6),
]
