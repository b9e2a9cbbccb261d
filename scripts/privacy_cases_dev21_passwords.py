"""Where the dev21 privacy set's passwords and PINs are written (``privacy_cases_dev21.py``): on
the command lines of the tools people run (encrypted databases, pools and disk images, directory
servers and their PowerShell, registries and artifact stores, cloud-sync and mail tools, database
shells with the statements typed into them, password managers' own commands, Windows' netsh
output), in the config files they keep (mail sync and relay files, installer and cloud-init files,
Ansible and backup configs, streaming, IRC, LDAP and MQTT bridge configs), and in what they tell each
other or themselves (texts, chats, voice notes, notebooks read off a photo, table rows, a label a
line away from its value), English most and then the languages of the set's other countries and
of some no earlier set's prose had (Persian, Amharic, Tamil, Sinhala, Kazakh, Serbian, European
Portuguese, Slovenian, Khmer, Mongolian, Albanian, Hausa, Estonian, Irish, Somali), labels in their own words and forms. ``«pw»`` is the password, ``«u»`` a
user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["kiln", "glaze", "bisque", "raku", "celadon", "sgraffito", "terracotta", "stoneware", "earthenware", "grog", "wedging",
         "greenware", "engobe", "crackle", "majolica", "faience", "saggar", "coiling", "burnish", "underglaze", "pugmill", "kickwheel",
         "shino", "tenmoku", "slurry", "banding", "luster", "pinch", "slab", "throwing", "trimming", "oxide", "fettling", "kaolin",
         "wollastonite"]

ACCOUNTS = ["svc_tandoor", "grist_rw", "zfs_sender", "ci_woodpecker7", "svc_kavita", "ldap_binder2", "hbumgarner", "svc_bookstack",
            "mosquitto_bridge", "kilnlog_ro", "dnadkarni", "svc_calibreweb"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ sqlcipher ~/journal/entries.db \"PRAGMA key = '«pw»'; SELECT count(*) FROM entries;\"", False),
    ("$ ldapadd -x -H ldap://dir.lan -D \"cn=admin,dc=home,dc=lan\" -w '«pw»' -f new-kids-accounts.ldif", False),
    ("$ echo '«pw»' | sudo zfs load-key tank/scans", False),
    ("$ printf '%s' '«pw»' | hdiutil attach -stdinpass ~/Archive/receipts-2024.dmg", False),
    ("$ kubectl create secret docker-registry ghcr-pull --docker-server=ghcr.io --docker-username=«u» --docker-password='«pw»'", False),
    ("PS C:\\> Set-ADAccountPassword -Identity «u» -Reset -NewPassword (ConvertTo-SecureString '«pw»' -AsPlainText -Force)", False),
    ("PS> $cred = New-Object System.Management.Automation.PSCredential('«u»', (ConvertTo-SecureString -String '«pw»' -AsPlainText -Force))", False),
    ("$ sendemail -f «e» -t \"$FAMILY_LIST\" -u 'scans' -s smtp.lan:587 -xu «u» -xp '«pw»' -a scan.pdf", False),
    ("$ nextcloudcmd --non-interactive -u «u» -p '«pw»' ~/Nextcloud https://cloud.lan", False),
    ("$ jf config add home-art --url=https://artifacts.lan --user=«u» --password='«pw»' --interactive=false", False),
    ("$ step ca certificate nas.lan nas.crt nas.key --provisioner-password-file <(echo '«pw»')", False),
    ("$ lpass add --non-interactive --sync=now Shared-Family/boiler-portal <<< 'Password: «pw»'", False),
    ("$ encfs --extpass=\"echo '«pw»'\" ~/.vault-enc ~/Vault", False),
    ("1> ALTER LOGIN «u» WITH PASSWORD = N'«pw»'; (sqlcmd, the accounting VM)", False),
    ("test> db.changeUserPassword(\"«u»\", \"«pw»\")", False),
    ("127.0.0.1:6379> ACL SETUSER «u» on >«pw» ~cache:* +get +set", False),
    ("$ sudo -u www-data OC_PASS='«pw»' php occ user:resetpassword --password-from-env «u»", False),
    ("$ echo '«pw»' | sudo ocpasswd -c /etc/ocserv/ocpasswd «u»", False),
    ("$ kpcli --kdb ~/family.kdbx --pwfile <(printf '%s' '«pw»') --readonly", False),
    ("$ passage insert -m shared/school-portal <<< '«pw»'", False),
    ("$ echo '«pw»' | sudo passwd --stdin «u»", False),
    ("C:\\> netsh wlan show profile name=\"Kiln-Shed\" key=clear … Key Content            : «pw»", False),
    ("$ openssl req -new -key nas.key -passin pass:'«pw»' -subj '/CN=nas.lan' -out nas.csr", False),
    ("$ duckdb -c \"ATTACH 'postgres://«u»:«pw»@pg.lan:5432/budget' AS b (TYPE postgres); SELECT count(*) FROM b.expenses;\"", True),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "mbsyncrc": "~/.mbsyncrc (vim): IMAPAccount family · User «e» · Pass «pw»",
    "offlineimaprc": "~/.offlineimaprc, [Repository remote]: remoteuser = «u» remotepass = «pw»",
    "postfix_sasl_passwd": "/etc/postfix/sasl_passwd on the NAS: [smtp.fastmail.com]:587 «e»:«pw»",
    "cloud_init": "user-data for the new Pi (cloud-init): chpasswd: { expire: false, users: [{name: «u», password: «pw», type: text}] }",
    "kickstart": "ks.cfg for the kids' old laptop: rootpw --plaintext «pw»",
    "iwd_psk": "iwctl known-networks list, then sudo cat of the studio's profile under iwd's state directory: Passphrase=«pw» (file for the kiln room AP)",
    "ansible_vars": "group_vars/homelab.yml in VS Code: ansible_become_password: \"«pw»\" # sudo for «u»",
    "borgmatic": "/etc/borgmatic/config.yaml: encryption_passphrase: \"«pw»\"",
    "icecast_xml": "/etc/icecast2/icecast.xml (the church stream): <source-password>«pw»</source-password>",
    "irssi_config": "~/.irssi/config, servers block: { address = \"irc.libera.chat\"; port = \"6697\"; password = \"«pw»\"; }",
    "nslcd_conf": "/etc/nslcd.conf on the media PC: binddn cn=«u»,ou=svc,dc=home,dc=lan bindpw «pw»",
    "mosquitto_bridge": "/etc/mosquitto/conf.d/bridge.conf: remote_username «u» remote_password «pw»",
    "aerc_accounts": "~/.config/aerc/accounts.conf: source = imaps://«u»:«pw»@imap.mailbox.lan:993",
    "alembic_ini": "budget-api/alembic.ini (cat): sqlalchemy.url = mysql+pymysql://«u»:«pw»@db.lan:3306/budget",
}
URL_CONFIGS = {"aerc_accounts", "alembic_ini"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Android Auto reply to my wife: the new garage keypad app password is «pw», I'll change it back later",
           "Meta glasses caught the note taped inside the cupboard: modem admin «pw»",
           "| Site | Password |\n| school lunch portal | «pw» |",
           "Otter.ai, call with my dad: okay Dad, type this exactly… «pw»… that's your new Medicare.gov password",
           "Voice memo: «pw» — that's the password for the cabin's Starlink, don't lose it"],
    "GB": ["WhatsApp to my sister: Mum's Sky login, same email, password changed to «pw»",
           "Note in the diary (photo), two lines under 'Council portal': …\n«pw» is the password"],
    "CA": ["Text to the new tenant: the wifi's on the fridge but here it is, password «pw»"],
    "AU": ["Msg to the kids: Stan password is now «pw», no sharing with your mates"],
    "IN": ["Family group: JioCinema ka password «pw» rakh diya hai, TV pe login kar lena", "Diary page photo: EPFO UAN portal password — «pw»"],
    "NG": ["Hausa voice note from my aunt: kalmar sirri ta Wi-Fi ɗin gida ita ce «pw»"],
    "PH": ["Text kay Ate: yung password ng Disney+ natin, «pw» na"],
    "ZA": ["WhatsApp from my uncle: the DStv app password is «pw», he wrote it on the remote"],
    "KE": ["SMS kutoka kwa mama: password ya akaunti ya M-Shwari? hapana, ni ya Showmax: «pw»"],
    "PK": ["Voice note: naye router ka password «pw» hai, Ammi ke phone mein daal dena"],
    "IR": ["پیام از خواهرم: رمز عبور وای‌فای خانه را عوض کردم، الان «pw» است"],
    "ET": ["የቤቱ ዋይፋይ የይለፍ ቃል አሁን «pw» ነው፣ ለእንግዶች ስጣቸው"],
    "LK": ["அம்மாவின் மின்னஞ்சல் கடவுச்சொல் «pw», மறக்காதே", "ගෙදර Wi-Fi මුරපදය දැන් «pw»"],
    "KZ": ["Анамнан хабарлама: үйдегі Wi-Fi құпия сөзі енді «pw»"],
    "RS": ["Порука од тате: нова лозинка за е-Управу је «pw»"],
    "PT": ["Mensagem da avó: a palavra-passe das Finanças agora é «pw»"],
    "SI": ["Sporočilo od brata: novo geslo za domači Wi-Fi je «pw»"],
    "KH": ["សារពីម្ដាយ៖ ពាក្យសម្ងាត់ Wi-Fi ផ្ទះថ្មីគឺ «pw»"],
    "MM": ["အမေ့ဆီက မက်ဆေ့ခ်ျ: အိမ် Wi-Fi စကားဝှက်က «pw» ပါ"],
    "MN": ["Ээжээс ирсэн мессеж: гэрийн Wi-Fi-ийн нууц үг одоо «pw»"],
    "AZ": ["Atamdan mesaj: evin Wi-Fi şifrəsi indi «pw»-dır"],
    "AM": ["Մայրիկից հաղորդագրություն. տան Wi-Fi-ի գաղտնաբառը հիմա «pw» է"],
    "AL": ["Mesazh nga gjyshja: fjalëkalimi i ri i Wi-Fi është «pw»"],
    "ES": ["Mezua amonaren partez: etxeko Wi-Fiaren pasahitza orain «pw» da"],
    "EE": ["Sõnum isalt: kodu Wi-Fi uus salasõna on «pw»"],
    "IE": ["Téacs ó Mham: an pasfhocal nua don Wi-Fi ná «pw»"],
    "SO": ["Fariin ka timid hooyo: furaha sirta ah ee Wi-Fi-ga guriga waa «pw»"],
    "DE": ["Sprachnachricht von Opa: das Kennwort fürs Sparkassen-Banking hab ich auf «pw» geändert"],
    "FR": ["SMS de tonton : le code du wifi du camping-car, c'est «pw»"],
    "BR": ["Áudio da vó transcrito: a senha do aplicativo da Caixa agora é «pw»"],
    "JP": ["母からのLINE：Wi-Fiの暗号化キーは«pw»です"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Otter.ai, call with the alarm company: the disarm code I picked is «pw»", 4),
    ("US", "Text to the cleaner: the lockbox by the back door opens with «pw»", 4),
    ("IN", "Voice note: Papa ka PhonePe UPI PIN «pw», please yaad rakhna", 6),
    ("GB", "Note on the fridge (photo): garage door keypad «pw»", 6),
    ("DE", "Oma liest am Telefon vom Zettel in der Keksdose vor, die Geheimnummer der Sparkassenkarte: «pw»", 4),
    ("FR", "Note vocale : le code de la boîte à clés du gîte, c'est «pw»", 4),
    ("BR", "Áudio da tia: a senha de quatro números do cartão do Bolsa Família é «pw», anota no caderno", 4),
]
