"""Where the dev19 privacy set's passwords and PINs are written (``privacy_cases_dev19.py``): on the
command lines of the tools people run (backup and sync tools, database shells and the SQL typed into
them, archive, PDF and keystore tools, registries, queues and secret stores fed through flags, env
variables, here-strings and pipes, remote shells and file shares, Wi-Fi and VPN tools, password
managers' own commands), in the config files they keep, and in what they tell each other or
themselves (texts, chats, notes, labels and notebooks read off a photo, voice notes), English most
and then the languages of the set's other countries, labels in their own words and forms.
``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

A password is drawn the ways people make one: a word or two with digits and a sign, a password
manager's random string, a passphrase of words; where a line puts it in a URL only URL-safe signs.
"""

from __future__ import annotations

import random
import string

STEMS = ["bowline", "sheepshank", "halyard", "mizzen", "jibsail", "gunwale", "bosun", "capstan", "bollard", "spinnaker",
         "tiller", "sextant", "rudder", "keelson", "windlass", "cleat", "foredeck", "hawser", "lanyard", "davit", "transom",
         "bowsprit", "marlin", "grommet", "yardarm", "taffrail", "scupper", "gudgeon", "pintle", "shroud", "batten", "furler",
         "outhaul", "downhaul", "kedge"]

ACCOUNTS = ["svc_docuseal", "actual_budget_rw", "kopia_nightly", "tquarles", "svc_scrypted", "replica_ro", "mzamudio",
            "ledbetter_ops", "runner_gha07", "gotify_push", "syncthing_relay", "hfujiwara"]


def password(r: random.Random, url_safe: bool = False, stems: list[str] | None = None) -> str:
    """A password as people make them, from ``stems`` (this set's unless given). It starts with a letter
    and never ends with a mark a sentence could end with; with ``url_safe`` its signs are only ``-``,
    ``_`` and ``.``."""
    stems = stems or STEMS
    marks = "-_." if url_safe else "!#$%&*+-_=@^~?"
    closing = "-_" if url_safe else "#$%&*+-_=@^~"
    how = r.random()
    if how < 0.4:  # a word, digits and a mark
        word = r.choice(stems).capitalize()
        if r.random() < 0.4:  # one letter swapped for its look-alike digit or sign
            at = next((i for i, c in enumerate(word) if i and c in "aeios"), 0)
            word = word[:at] + {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"}.get(word[at], word[at]) + word[at + 1:]
            if url_safe:
                word = word.replace("@", "a").replace("$", "s")
        number = str(r.randint(1, 2031))
        return r.choice([word + r.choice(marks) + number, word + number + r.choice(closing), word + number])
    if how < 0.8:  # a password manager's
        body = [r.choice(string.ascii_letters)] + [r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(11, 23))]
        for _ in range(r.randint(1, 3)):
            body.insert(r.randint(1, len(body) - 1), r.choice(marks))
        return "".join(body)
    words = r.sample(stems, r.choice([3, 4]))
    return r.choice("-_." if url_safe else "-_.+").join(words) + str(r.randint(1, 99))


def pin(r: random.Random, length: int) -> str:
    while True:
        value = "".join(r.choice(string.digits) for _ in range(length))
        runs = "01234567890" + "09876543210"
        if len(set(value)) >= 3 and value not in runs and value[:2] not in ("19", "20"):
            return value


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ KOPIA_PASSWORD='«pw»' kopia snapshot create ~/Pictures --description weekly", False),
    ("$ pgcli \"postgresql://«u»:«pw»@db.home.arpa:5432/actual?application_name=cli\"", True),
    ("$ mysqldump -u «u» -p'«pw»' --routines nextcloud > nc-$(date +%F).sql", False),
    ("$ 7za a -t7z -p'«pw»' grandma-letters-scans.7z ~/Scans/letters/*.tif", False),
    ("$ keytool -importkeystore -srckeystore old.jks -destkeystore android-release.jks -deststorepass '«pw»'", False),
    ("$ helm registry login ghcr.io -u «u» --password '«pw»'", False),
    ("$ printf '%s' '«pw»' | vault kv put secret/nas/«u» password=-", False),
    ("$ k3s kubectl -n media create secret generic jellyfin-smb --from-literal=user=«u» --from-literal=pass='«pw»' --dry-run=client -o yaml", False),
    ("$ op item edit 'Synology' password='«pw»'", False),
    ("$ sudo tailscale up && x11vnc -storepasswd '«pw»' ~/.vnc/passwd  # for «u»'s laptop", False),
    ("$ docker exec zigbee2mqtt-broker mosquitto_passwd -b /mosquitto/config/users «u» '«pw»'", False),
    ("$ sudo htpasswd -bc /srv/caddy/family-photos.htpasswd «u» '«pw»'", False),
    ("$ smbclient //nas/photos -U «u»%'«pw»' -c 'ls'", False),
    ("$ BORG_PASSPHRASE='«pw»' borg create ssh://«u»@nas.home.arpa/./repo::'{hostname}-{now}' ~/Documents", False),
    ("nextcloud=> ALTER ROLE «u» PASSWORD '«pw»';", False),
    ("MySQL [wordpress]> ALTER USER '«u»'@'172.18.0.%' IDENTIFIED WITH caching_sha2_password BY '«pw»';", False),
    ("$ echo '«pw»' | pass insert --multiline mail/fastmail/«e»", False),
    ("$ secret-tool store --label='IMAP' user «e» server imap.fastmail.com <<< '«pw»'", False),
    ("$ security add-internet-password -U -r 'smb ' -a «u» -s diskstation.home.arpa -l 'DS920 share' -w '«pw»'", False),
    ("$ rsync --password-file=<(echo '«pw»') -av ~/Music/ rsync://«u»@nas.home.arpa/music", False),
    ("$ sshpass -p '«pw»' ssh -l «u» pi-hole.home.arpa 'pihole -g'", False),
    ("$ MAIL_PASSWORD='«pw»' mbsync -a  # pulls «e»", False),
    ("$ az keyvault secret set --vault-name kv-familyhub --name «u»-smtp --value '«pw»'", False),
    ("$ lldap_set_password --base-url http://lldap.home.arpa:17170 --username «u» --password '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "pgpass": "vim ~/.pgpass (line 3): db.home.arpa:5432:actual:«u»:«pw»",
    "docker_env": "stack.env (Portainer editor): PAPERLESS_DBPASS=«pw»",
    "rclone_conf": "rclone config show → [b2-photos] type = sftp user = «u» pass = «pw»",
    "compose_yaml": "compose.prod.yaml open in Kate, the wiki database service: environment: DB_PASS: «pw»",
    "wpa_supplicant": "/boot/wpa_supplicant.conf on the Pi: network={ ssid=\"Otter-Den-5G\" psk=\"«pw»\" key_mgmt=WPA-PSK }",
    "fetchmailrc": "~/.msmtprc: account personal host smtp.fastmail.com auth on user «e» password «pw»",
    "django_settings": "local_settings.py (VS Code): EMAIL_HOST_PASSWORD = '«pw»'",
    "ini_samba": "/etc/cifs-creds-«u» (nano): username=«u» password=«pw»",
    "toml_app": "settings.toml (Helix): [smtp] username = \"«u»\" password = \"«pw»\" port = 587",
    "mongo_uri": "mongosh \"mongodb://«u»:«pw»@nas.home.arpa:27017/recipes?authSource=admin\"",
    "redis_url": "Render › Environment › CELERY_BROKER_URL=redis://:«pw»@cache.home.arpa:6379/2",
    "xml_settings": "gradle.properties beside the Android app (Android Studio): signingStorePassword=«pw»",
}
URL_CONFIGS = {"mongo_uri", "redis_url"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Voice memo transcript: reminder, the FSA site uses my personal email, and the password I picked is «pw»",
           "Text to Grandpa: the guest network at our place is Otter-Guest and the code to join is «pw», capital first letter",
           "Google Lens on the sticker under the modem: Wi-Fi key «pw»",
           "Handwritten index card by the TV, photographed: Crunchyroll, e-mail is mine, pass «pw»",
           "Messenger to my sister: changed the Paramount+ password to «pw» since your ex still had it"],
    "GB": ["Voicemail to Auntie: the GP surgery app login Dad made, it's «pw» when it asks, big letter first",
           "Google Keep · Tesco Clubcard · the password is «pw»"],
    "CA": ["Text to the cottage guests: the internet password here is «pw», modem is in the pantry"],
    "AU": ["Text: the Stan login for the whole family is now «pw», leave it alone please"],
    "IN": ["WhatsApp: JioCinema ka password ab «pw» hai, chhote ne badla", "Diary photo (Lens): IRCTC login pwd — «pw»"],
    "NG": ["WhatsApp from my cousin: the DStv app password is «pw», no dey share am"],
    "PH": ["Chat sa pinsan: pinalitan ko na yung sa Viu, bagong pass «pw», huwag ipamigay"],
    "ZA": ["WhatsApp: the DStv Now login uses the family Gmail and password «pw»"],
    "KE": ["Ujumbe wa mama: nimebadilisha nenosiri la akaunti ya M-Shwari kuwa «pw»"],
    "DE": ["Threema an Mama: dein neues Passwort für das Kundenportal der Stadtwerke ist «pw», bitte gut merken",
           "Handynotiz: Gäste-WLAN im Gartenhaus, Kennwort → «pw»"],
    "FR": ["Message vocal de papi : pour ouvrir sa boîte Orange, il tape «pw» d'après lui"],
    "ES": ["Nota de voz: la red del apartamento de la playa es MOVISTAR-3F y la clave es «pw»", "Post-it en el monitor de la tía, fotografiado: acceso a Cl@ve → «pw»"],
    "MX": ["WhatsApp: la contraseña de Disney ya es «pw», no la vayan a mover", "Nota: mi clave del portal del IMSS quedó «pw»"],
    "BR": ["Mensagem no grupo dos primos: a senha do wi-fi do sítio agora é «pw»"],
    "IT": ["Messaggio del nonno: la password del Fascicolo Sanitario è «pw», me l'ha messa tua cugina", "Foto dell'agenda della mamma: accesso SPID, password «pw»"],
    "NL": ["Appje van oma: ik heb mijn DigiD-inlog veranderd, nu is het «pw» zegt de kleinzoon"],
    "PL": ["Wiadomość: hasło do Netflixa u babci to «pw»"],
    "TR": ["Babamın e-Devlet şifresi artık: «pw»"],
    "ID": ["Grup keluarga: password wifi rumah nenek sekarang «pw»"],
    "JP": ["母へのメッセージ：楽天のログイン用に新しく決めた合言葉は «pw» です"],
    "RU": ["Голосовое от бабушки расшифровано: в Сбербанк Онлайн она входит с паролем «pw»"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Vacation rental check-in email: front door keypad «pw» followed by the lock button", 4),
    ("US", "Voice memo: new PIN for the credit union debit card is «pw»", 4),
    ("IN", "Voice note: papa ke PhonePe ka UPI PIN «pw» hai, kisi ko mat batana", 6),
    ("GB", "Text to Dad: the PIN for your new Halifax card is «pw», the letter arrived", 4),
    ("DE", "PIN-Brief der Volksbank abfotografiert: Ihre neue PIN lautet «pw»", 4),
    ("FR", "Note vocale : le code de la porte du garage de la résidence est désormais «pw»", 4),
    ("BR", "Papel na bolsa da vó (foto): senha do cartão do banco «pw»", 4),
]
