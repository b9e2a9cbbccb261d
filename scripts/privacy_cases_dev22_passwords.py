"""Where the dev22 privacy set's passwords and PINs are written (``privacy_cases_dev22.py``): on
the command lines of the tools people run (Samba, Kerberos, Proxmox and Gitea admin commands, XMPP
and Matrix servers, an MQTT broker and a time-series database, file-share credentials and downloads,
SSH and GPG passphrases, backups, new users, virtual machines, TPM-enrolled disks and systemd
credentials, game servers, SNMP, PowerShell's Get-Credential, a MongoDB export URI), in the config
files they keep (a mail fetcher and a mail relay, an IRC client's secured data, Usenet downloaders,
S3 and PostgreSQL backup configs, a Minecraft server's properties, FTP virtual users, OpenVPN,
strongSwan and RADIUS secrets, a metrics agent's and a media centre's URLs), and in what they tell
each other or themselves (texts, chats, voice notes, notebooks read off a photo, table rows, a
value before its label, a label a line away from its value), English most and then the languages
of the set's other countries and of some no earlier set's prose had (Malayalam, Telugu, Kannada,
Gujarati, Punjabi, Igbo, Xhosa, Malagasy, Tigrinya, Kurmanji Kurdish, Turkmen, Māori, Samoan,
Luganda, Sesotho, Maltese, Oromo), labels in their own words and forms. ``«pw»`` is the password,
``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["apiary", "propolis", "brood", "nectar", "varroa", "langstroth", "skep", "droneframe", "swarm", "queencell", "honeyflow",
         "smokerfuel", "beeswax", "forager", "nucleus", "supering", "hivetool", "queenline", "uncapping", "extractor", "mead",
         "pollenbasket", "comb", "capping", "dearth", "robbing", "heather", "linden", "clover", "acacia", "buckwheat", "manuka",
         "waggle", "bumblenest", "wildflower"]

ACCOUNTS = ["svc_hivewatch", "samba_scans", "krb_admin2", "pve_backup", "gitea_bot3", "xmpp_family", "matrix_ops", "svc_nzbget",
            "tarsnap_ro", "oupadhye", "vm_builder", "svc_linkding"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Terminal recording with the screen reader on: $ sudo smbpasswd -a «u» · New SMB password: «pw» (spoken as typed)", False),
    ("$ sudo kadmin.local -q \"addprinc -pw «pw» «u»@HOME.LAN\"", False),
    ("$ pveum passwd «u»@pve <<< '«pw»'", False),
    ("$ sudo -u git gitea admin user create --username «u» --password '«pw»' --email «e» --must-change-password=false", False),
    ("$ sudo ejabberdctl register «u» chat.home.lan '«pw»'", False),
    ("$ sudo prosodyctl register «u» xmpp.home.lan '«pw»'", False),
    ("$ register_new_matrix_user -u «u» -p '«pw»' --no-admin -c homeserver.yaml http://localhost:8008", False),
    ("$ mosquitto_ctrl -u admin -P '«pw»' dynsec createClient «u»", False),
    ("$ influx setup --username «u» --password '«pw»' --org home --bucket sensors --force", False),
    ("$ cifscreds add -u «u» nas.home.lan <<< '«pw»'", False),
    ("$ wget --user=«u» --password='«pw»' https://files.home.lan/scans/2024.zip", False),
    ("$ ssh-keygen -t ed25519 -f ~/.ssh/hive_pi -N '«pw»' -C hive-pi", False),
    ("$ echo '«pw»' | gpg --batch --yes --passphrase-fd 0 -c honey-accounts.ods", False),
    ("$ RUSTIC_PASSWORD='«pw»' rustic -r /mnt/usb/rustic backup ~/Documents", False),
    ("$ snmpset -v3 -u «u» -l authNoPriv -a SHA -A '«pw»' switch.lan sysLocation.0 s shed", False),
    ("$ sudo useradd -m -p \"$(openssl passwd -6 '«pw»')\" «u»", False),
    ("$ VBoxManage unattended install win11 --iso=Win11.iso --user=«u» --password='«pw»'", False),
    ("$ virsh secret-set-value --secret 5f1e-hive --base64 $(printf '%s' '«pw»' | base64)", False),
    ("$ printf '%s' '«pw»' | sudo systemd-cryptenroll --tpm2-device=auto --unlock-key-file=/dev/stdin /dev/nvme0n1p3", False),
    ("$ printf '%s' '«pw»' | systemd-creds encrypt --name=smtp-pass - /etc/credstore.encrypted/smtp-pass", False),
    ("$ mcrcon -H mc.home.lan -P 25575 -p '«pw»' 'whitelist add kids'", False),
    ("$ steamcmd +login «u» '«pw»' +app_update 896660 +quit", False),
    ("PS> $c = Get-Credential -UserName «u» -Message NAS; # typed «pw» at the prompt, then Invoke-WebRequest https://nas.lan -Credential $c", False),
    ("$ mongoexport --uri='mongodb://«u»:«pw»@mongo.lan:27017/hive?authSource=admin' -c readings -o readings.json", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "getmailrc": "~/.getmail/getmailrc, [retriever] section: username = «e» · password = «pw»",
    "weechat_sec": "~/.config/weechat/sec.conf opened in nano (the passphrase isn't set): data = { libera_pass = \"«pw»\" }",
    "nzbget_conf": "/opt/nzbget/nzbget.conf: Server1.Username=«u» Server1.Password=«pw»",
    "sabnzbd_ini": "sabnzbd.ini, [servers] block: username = «u» password = «pw»",
    "passwd_s3fs": "cat ~/.passwd-s3fs on the Pi: HIVEBUCKETKEY:«pw»",
    "pgbackrest_conf": "/etc/pgbackrest/pgbackrest.conf: repo1-cipher-pass=«pw»",
    "minecraft_properties": "server.properties on the kids' Minecraft box: rcon.password=«pw»",
    "vsftpd_virtual": "/etc/vsftpd/virtual_users.txt, the second pair of lines: «u» then «pw»",
    "exim_passwd_client": "/etc/exim4/passwd.client: *.smtp2go.com:«e»:«pw»",
    "openvpn_auth": "auth.txt referenced by auth-user-pass in the travel-router's .ovpn: «u» / «pw»",
    "ipsec_secrets": "/etc/ipsec.secrets (strongSwan): %any : PSK \"«pw»\"",
    "radius_clients": "/etc/freeradius/3.0/clients.conf, client ap-garden { secret = «pw» }",
    "telegraf_conf": "telegraf.conf, [[outputs.influxdb]]: urls = [\"http://«u»:«pw»@influx.lan:8086\"]",
    "kodi_sources": "Kodi's sources.xml on the living-room box: <path>smb://«u»:«pw»@nas.lan/films/</path>",
}
URL_CONFIGS = {"telegraf_conf", "kodi_sources"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Galaxy Watch reply to my husband: the hive camera app password is «pw», don't change it",
           "Glasses caught the sticky note under the keyboard at the library: staff wifi «pw»",
           "| Account | Password |\n| kids' reading app | «pw» |",
           "Live Caption, call with my mom: okay Mom, new password for the pharmacy app, ready? «pw»",
           "«pw» — I'm saying it out loud so the recorder keeps it — that's the beekeeping forum login"],
    "GB": ["Telegram to my brother: Dad's BT email password is «pw» now, same username",
           "Notebook photo, under the heading 'Parish laptop': password\n«pw»"],
    "CA": ["Text to the sitter: the TV wants a password for the kids' profile, it's «pw»"],
    "AU": ["Message to the housemates: Binge login changed, password «pw», please stop sharing it"],
    "IN": ["അമ്മയുടെ ഇമെയിൽ പാസ്‌വേഡ് «pw» ആണ്, മറക്കരുത്", "నాన్న బ్యాంక్ యాప్ పాస్‌వర్డ్ «pw», ఎవరికీ చెప్పకు",
           "ಮನೆಯ ವೈ-ಫೈ ಪಾಸ್‌ವರ್ಡ್ ಈಗ «pw»", "દાદીનો નવો પાસવર્ડ «pw» છે, ફોનમાં લખી રાખ", "ਘਰ ਦੇ ਵਾਈ-ਫਾਈ ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ «pw» ਹੈ"],
    "NG": ["Ozi sitere n'aka nne m: okwuntughe Wi-Fi ụlọ bụ «pw» ugbu a"],
    "PH": ["Sabi ni Lola sa voice message, ang bagong password ng GCash niya ay «pw», isulat ko raw sa notebook"],
    "ZA": ["Umyalezo kaTata: igama lokugqitha le-Wi-Fi yasekhaya ngoku ngu-«pw»"],
    "KE": ["Message from my sister: the Netflix password ni «pw», usibadilishe"],
    "PK": ["Voice note: Abbu ke email ka naya password «pw» hai, likh lo"],
    "MG": ["Hafatra avy amin'i Dada: ny teny miafina vaovao amin'ny Wi-Fi dia «pw»"],
    "ER": ["መልእኽቲ ካብ ኣደይ: ናይ ገዛ ዋይፋይ ምስጢራዊ ቃል «pw» እዩ"],
    "IQ": ["Peyam ji birayê min: şîfreya nû ya Wi-Fi ya malê «pw» e"],
    "TM": ["Kakamdan hat: öýüň Wi-Fi açar sözi indi «pw»"],
    "NZ": ["Karere mai i a Koro: ko te kupuhipa hou mō te Wi-Fi ko «pw»"],
    "WS": ["Fe'au mai ia Tina: o le upu fa'alilolilo fou o le Wi-Fi o «pw»"],
    "UG": ["Obubaka okuva eri Maama: ekigambo ekyekusifu ekya Wi-Fi kati «pw»"],
    "LS": ["Molaetsa o tsoang ho Ntate: phasewete e ncha ea Wi-Fi ke «pw»"],
    "MT": ["Messaġġ minn ommi: il-password il-ġdida tal-Wi-Fi tad-dar hija «pw»"],
    "ET": ["Ergaa abbaa koo irraa: jecha darbii Wi-Fi manaa amma «pw» dha"],
    "DE": ["Sprachnachricht von Tante Talea: das Passwort für die Bienenwaage-App ist jetzt «pw»"],
    "FR": ["Texto de papi : le mot de passe de la box, c'est «pw», il est sous le routeur"],
    "BR": ["Áudio do tio transcrito: a senha do Wi-Fi do sítio ficou «pw»"],
    "JP": ["祖母からのメッセージ：新しいパスワードは«pw»だよ"],
    "ES": ["Audio de mi madre: la contraseña nueva del banco es «pw», no se la digas a nadie"],
    "IT": ["Messaggio del nonno: la password del fascicolo sanitario ora è «pw»"],
    "MX": ["Mensaje de mi tía: la contraseña del Wi-Fi del rancho quedó «pw»"],
    "TR": ["Babamdan mesaj: e-Devlet şifremi «pw» yaptım, unutursam sana sorarım"],
    "PL": ["Wiadomość od dziadka: nowe hasło do bankowości to «pw»"],
    "NL": ["Appje van opa: het wachtwoord van de bijenkast-camera is nu «pw»"],
    "ID": ["Pesan dari Bapak: password email baru «pw», jangan dikasih orang"],
    "VN": ["Tin nhắn của ba: mật khẩu wifi nhà mới là «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Live Caption, call with the garage: the gate code I gave them is «pw»", 4),
    ("US", "Text to the dog walker: keypad on the side door, «pw», then the button", 4),
    ("IN", "Bhaiya ne bola ki dukaan ke BHIM app ka UPI PIN «pw» set kiya hai, sirf Papa ko pata hai", 6),
    ("GB", "Photo of the card in the wallet: PIN «pw» written on it, Grandad!", 4),
    ("DE", "Opa liest die PIN der Girocard vom Zettel vor: «pw»", 4),
    ("FR", "Message vocal : le digicode du bâtiment B, c'est «pw»", 4),
    ("BR", "Áudio da vó: a senha do cartão do aposentado é «pw»", 4),
]
