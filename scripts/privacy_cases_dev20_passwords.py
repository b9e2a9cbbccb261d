"""Where the dev20 privacy set's passwords and PINs are written (``privacy_cases_dev20.py``): on
the command lines of the tools people run (backup, sync and media tools, database shells and the SQL
typed into them, archive and disk-encryption tools, registries, message brokers and secret stores fed
through flags, env variables, here-strings and pipes, remote shells, mail and file-share tools,
router and VPN tools, password managers' own commands), in the config files they keep, and in what
they tell each other or themselves (texts, chats, notes, cards and notebooks read off a photo, voice
notes), English most and then the languages of the set's other countries, labels in their own words
and forms. ``«pw»`` is the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["warp", "weft", "heddle", "treadle", "bobbin", "selvedge", "skein", "spindle", "distaff", "twill", "chenille",
         "boucle", "jacquard", "ikat", "damask", "muslin", "calico", "gingham", "tweed", "worsted", "mohair", "merino",
         "alpaca", "cashmere", "tatting", "crochet", "purl", "garter", "brocade", "taffeta", "organza", "seersucker", "chambray",
         "percale", "poplin"]

ACCOUNTS = ["svc_linkwarden", "hoarder_rw", "restic_weekly", "abixler", "svc_frigate", "standby_ro", "pdandekar",
            "ci_forgejo03", "ntfy_publisher", "resilio_peer", "tkaradeniz", "svc_vikunja"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("$ RESTIC_PASSWORD='«pw»' restic -r sftp:backup.lan:/srv/restic backup ~/Photos --tag monthly", False),
    ("$ usql \"postgres://«u»:«pw»@pg.lan:5432/linkwarden?sslmode=disable\" -c 'select count(*) from links'", True),
    ("$ mariadb-dump --user=«u» --password='«pw»' --single-transaction immich > immich.sql", False),
    ("$ zip -P '«pw»' -r tax-returns-2025.zip ~/Documents/Taxes", False),
    ("$ openssl pkcs12 -export -legacy -name hass-client -in fullchain.pem -inkey privkey.pem -certfile chain.pem -out hass-client.p12 -passout pass:'«pw»'", False),
    ("$ podman login --tls-verify=false registry.lan:5000 --username «u» --password '«pw»' --authfile ~/.config/containers/auth.json", False),
    ("$ echo -n '«pw»' | gopass insert -f infra/router/«u»", False),
    ("$ kubectl -n paperless create secret generic mail-fetcher --from-literal=imap-user=«u» --from-literal=imap-pass='«pw»' --save-config", False),
    ("$ bw edit item 4f1c --password '«pw»'  # Bitwarden CLI, shared NAS login", False),
    ("$ vncpasswd -f <<< '«pw»' > ~/.vnc/passwd  # remote help for «u»", False),
    ("$ rabbitmqctl change_password «u» '«pw»'", False),
    ("$ sudo cryptsetup luksAddKey /dev/sdb1 <(printf '%s' '«pw»')", False),
    ("$ sudo mount.cifs //scanner-share/inbox /media/scan-inbox -o vers=3.0,uid=1000,user=«u»,pass='«pw»'", False),
    ("$ DUPLICITY_PASSPHRASE='«pw»' duplicity ~/Documents sftp://«u»@backup.lan//srv/dup", False),
    ("immich=# CREATE USER «u» WITH ENCRYPTED PASSWORD '«pw»';", False),
    ("mysql> SET PASSWORD FOR '«u»'@'localhost' = '«pw»';", False),
    ("$ printf '%s\\n' '«pw»' | keyring set imap.mailbox.org «e»", False),
    ("$ curl --user «e»:'«pw»' https://dav.mailbox.org/caldav/", False),
    ("$ lftp -u «u»,'«pw»' sftp://backup.lan -e 'mirror --reverse ~/Scans /scans; quit'", False),
    ("$ wget --ftp-user=«u» --ftp-password='«pw»' ftp://camera.lan/DCIM/ -r", False),
    ("$ rdesktop -u «u» -p '«pw»' -g 1920x1080 -k en-gb mum-laptop.lan", False),
    ("$ SMTP_PASS='«pw»' ./send-invoice.sh --from «e»", False),
    ("$ gcloud secrets versions add nas-admin-«u» --data-file=- <<< '«pw»'", False),
    ("$ sudo nmcli connection add type wifi con-name attic-ap ifname wlp2s0 ssid 'Loom-Room-5G' wifi-sec.key-mgmt wpa-psk wifi-sec.psk '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "netrc": "cat ~/.netrc → machine forgejo.lan login «u» password «pw»",
    "dotenv_compose": "immich/.env (nano): DB_PASSWORD=«pw»",
    "restic_env": "/etc/restic/env.sh (less): export RESTIC_PASSWORD=\"«pw»\" # for «u»",
    "k8s_secret_yaml": "smtp-secret.yaml in VS Code: stringData: { username: «u», password: \"«pw»\" }",
    "hostapd_conf": "/etc/hostapd/hostapd.conf on the travel router: ssid=Weft-Hotspot wpa_passphrase=«pw»",
    "muttrc": "~/.config/mutt/muttrc: set imap_user = \"«e»\" set imap_pass = \"«pw»\"",
    "spring_properties": "Spring Boot actuator /env dump of the recipe service, seen in the browser: spring.rabbitmq.password=«pw»",
    "fstab_cifs": "/etc/samba/creds-scanner (vim): user=«u» pass=«pw»",
    "hcl_vars": "envs/home/secrets.auto.tfvars opened in Zed: proxmox_root_password = \"«pw»\" # owner «u»",
    "amqp_uri": "frigate/config.yml › mqtt: url: amqp://«u»:«pw»@broker.lan:5672/home",
    "postgres_dsn": "Coolify › Environment › DATABASE_URL=postgresql://«u»:«pw»@pg.lan:5432/vikunja",
    "php_config": "nextcloud/config/config.php (Nova): 'dbpassword' => '«pw»',",
}
URL_CONFIGS = {"amqp_uri", "postgres_dsn"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["CarPlay dictation: remember the HSA portal login is my work e-mail and the new password is «pw»",
           "Text to the dog sitter: our wifi is Weft-Guest, password «pw», router's behind the couch",
           "Photo of the label on the back of the printer: admin password «pw»",
           "Recipe card in the kitchen drawer, photographed: Hulu — my email — «pw»",
           "Voice memo for my husband: I reset the Peacock password to «pw» because of your cousin"],
    "GB": ["Voicemail to Nan: your Boots app password is «pw», capital letter at the start",
           "Notes app · council tax account · pw «pw»"],
    "CA": ["Message to the Airbnb guests: the wifi passcode is «pw», router's by the fireplace"],
    "AU": ["SMS: the Binge password for everyone is «pw» now, stop changing it"],
    "IN": ["WhatsApp family group: Hotstar wala login ab bhi same email, par password «pw» kar diya hai Didi ne, TV pe update karna", "Diary ka photo: DigiLocker pwd «pw»"],
    "NG": ["WhatsApp from my brother: the Showmax password is «pw», abeg no share am"],
    "PH": ["Chat kay Kuya: binago ko na yung password ng Netflix, «pw» na ngayon"],
    "ZA": ["WhatsApp from Gogo's phone: she signs into Showmax on the tablet with my Gmail and «pw» as the password"],
    "KE": ["Ujumbe kutoka kwa dada: nenosiri jipya la Wi-Fi ya nyumbani ni «pw»"],
    "PK": ["WhatsApp: ghar ke wifi ka password ab «pw» hai, mehmanon ko de dena"],
    "DE": ["Signal an Papa: dein neues Passwort für das Postbank-Onlinebanking ist «pw», schreib es dir auf",
           "Handynotiz vom Ostseeurlaub: Router im Flurschrank, Netzwerkschlüssel für die Gäste «pw»"],
    "FR": ["Message de mamie : le mot de passe de sa box SFR, c'est «pw», elle l'a noté au dos du calendrier"],
    "ES": ["Nota de voz: la wifi del piso de estudiantes se llama DIGI-7A y la contraseña es «pw»", "Foto del cuaderno del abuelo: clave de la Seguridad Social «pw»"],
    "MX": ["WhatsApp de mi prima: ya le puse «pw» a la cuenta de HBO Max, no la anden moviendo", "Nota en el celular: la contraseña del portal del SAT para la declaración anual quedó «pw»"],
    "BR": ["Mensagem da mãe: a senha do gov.br dela agora é «pw»"],
    "IT": ["Messaggio della zia: la password dell'app delle Poste è «pw», me l'ha cambiata tuo fratello",
           "Foto del quaderno di papà: password del registro elettronico «pw»"],
    "NL": ["Bericht van opa: mijn wachtwoord voor de Rabo-app is nu «pw», zei je neef"],
    "PL": ["SMS od mamy: hasło do wifi na działce to «pw»"],
    "TR": ["Annemin e-Nabız şifresi değişti, yenisi «pw»"],
    "ID": ["Pesan dari adik: kata sandi Vidio keluarga sekarang «pw»"],
    "JP": ["父からのLINE：ゆうちょダイレクトのパスワードを«pw»に変えたよ"],
    "RU": ["Мама написала в Telegram: для входа на Госуслуги теперь пароль «pw», записала в тетрадку"],
    "KR": ["엄마한테 온 카톡: 집 와이파이 비밀번호 «pw» 로 바꿨어"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Airbnb arrival message: side gate code «pw», then press the star key", 6),
    ("US", "Dictated in the car: the new debit card PIN is «pw»", 4),
    ("IN", "Voice note: mummy ka Paytm UPI PIN «pw» hai, kisi ko mat dena", 6),
    ("GB", "Text to Mum: your new Nationwide card PIN is «pw», the letter came this morning", 4),
    ("DE", "PIN-Brief der Commerzbank, mit dem Handy abfotografiert: Geheimzahl für die neue Girocard «pw»", 4),
    ("FR", "Note vocale : le digicode du local à vélos est maintenant «pw»", 4),
    ("BR", "Papelzinho dobrado dentro da capinha do celular da avó (foto): senha do cartão do Banco do Brasil «pw»", 4),
]
