"""The dev54 set's passwords (issue 50): its stems (kendama and bossaball), the accounts its
commands run as, passwords on command lines, in config files and in prose, and PINs, each line written
as a message from a particular person in a particular situation. Passwords are made by dev19's
``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["kendama", "sarado", "tomahawk", "moshikame", "ozara", "kozara", "chuzara", "hasshaken", "earthturn", "stiltpose",
         "bigcup", "basecup", "tamaflip", "kenflip", "spacejumper", "hikoki", "tamaspike", "kengrip", "juggletama", "lunarlander",
         "bossaball", "inflatable", "dropper", "volea", "pandeiro", "berimbau", "rebote", "surdo", "cajonero", "ginga",
         "bloqueio", "manchete", "cortada", "trampolim", "colchao", "bossaplay", "sambaserve", "pulopulo", "quadrinha", "airpitch"]
ACCOUNTS = ["kdm_admin", "tama_ops", "bossa_svc", "courtpump", "ropeway_rw", "seedlib_app", "tuner_sync", "marsh_etl",
            "nightmkt_pos", "ozara_bot", "volea_api", "ginga_ro"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (dev19's generator)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("dolt sql-server --host 0.0.0.0 --port 3307 --user «u» --password '«pw»'   # versioned table of kendama trick difficulty ratings, branch per judge", False),
    ("dolt sql -q \"CREATE USER '«u»'@'%' IDENTIFIED BY '«pw»'\"   # read access for the seed library's germination-rate volunteers", False),
    ("meilisearch --db-path /srv/seeds/meili --master-key '«pw»'   # search box over heirloom bean and squash envelopes", False),
    ("MEILI_MASTER_KEY='«pw»' ./meilisearch --env production   # trick-name search on the kendama club site, after the spam wave", False),
    ("cntb create secret --name bossa-scores-root --type password --value '«pw»'   # the league's rented VPS for live rally scores", False),
    ("asadmin --user «u» --passwordfile <(echo 'AS_ADMIN_PASSWORD=«pw»') deploy ropeway-roster.war   # legacy shift roster the gondola crew still uses",
     False),
    ("syncthing cli config gui password set '«pw»'   # folder of tuning notes syncing between the tuner's phone and her old laptop", False),
    ("filebrowser users add «u» '«pw»' --perm.admin=false --scope /srv/marsh/photos   # wardens dropping curlew photos from the hide", False),
    ("filebrowser users update «u» --password '«pw»'   # stall owners' share of health certificates and menu scans", False),
    ("oci mysql db-system create --compartment-id ocid1.compartment.oc1..seedlib --shape-name MySQL.Free --admin-username «u» "
     "--admin-password '«pw»'   # seed catalogue moving off the librarian's desktop to the free tier", False),
    ("vmq-passwd -U /etc/vernemq/vmq.passwd   # then typed «u»:«pw» for the inflatable court's pressure sensors", False),
    ("proxmox-backup-manager user create «u»@pbs --password '«pw»' --comment 'nightly backups of the tuner round planner'", False),
    ("proxmox-backup-manager user update «u»@pbs --password '«pw»'   # after the valley-station laptop went missing", False),
    ("sonar-scanner -Dsonar.projectKey=kendama-scoreboard -Dsonar.login=«u» -Dsonar.password='«pw»'   # old server, token auth not set up", False),
    ("gvmd --user=«u» --new-password='«pw»'   # vulnerability scans of the night-market wifi before the festival", False),
    ("ocis init --insecure true --admin-password '«pw»'   # file space for the bossaball league's scanned waivers", False),
    ("sdb-admin create-user --user «u» --password '«pw»' --yes   # cluster holding beach-cup rally statistics", False),
    ("./pocketbase superuser create «u»@seedswap.local '«pw»'   # backend of the seed-swap sign-up app", False),
    ("./pocketbase superuser upsert «u»@trickclips.local '«pw»'   # after the kendama clip app's admin forgot the old one", False),
    ("calibredb list --with-library http://localhost:8080/#tuning --username «u» --password '«pw»'   # piano repair manuals catalogue", False),
    ("qbt server settings --url http://nas.lan:8080 --username «u» --password '«pw»'   # pulling public-domain kendama instruction videos", False),
    ("incus config set core.trust_password '«pw»'   # so the spare mini PC can join the seed library's container host", False),
    ("immuadmin user create «u» readwrite ropeway_logs --password '«pw»'   # tamper-evident log of gondola rope inspections", False),
    ("immuclient login «u» --password '«pw»' --immudb-address audit.ropeway.lan", False),
    ("cyberpanel createWebsite --package Default --owner admin --domainName kendama-jam.example --email «e» --php 8.2 --ssl 1 "
     "--password '«pw»'", False),
    ("mix mobilizon.users.new «e» --password '«pw»' --admin   # event page for the bossaball beach tournaments", False),
    ("gvmd --create-user=«u» --password='«pw»'   # second scanner account for the marsh reserve's office network", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "shlink_env": "# Shlink .env for the kendama club's short links on flyers\nDB_DRIVER=postgres\nDB_USER=«u»\nDB_PASSWORD=«pw»",
    "typecho_config_inc_php": "/* piano tuner's little blog about regulating hammers and felts, moved to a new host */\n$db->addServer(array (\n  'host' => 'localhost',\n  'user' => '«u»',\n  'password' => '«pw»',\n  'database' => 'tuner_blog',\n),",
    "crater_env": "# Crater invoicing for the piano tuner\nDB_CONNECTION=mysql\nDB_USERNAME=«u»\nDB_PASSWORD=«pw»",
    "trytond_conf": "[database]\n# the seed library's Tryton stock of envelopes\nuri = postgresql://«u»:«pw»@localhost:5432/",
    "otrs_config_pm": "    # Kernel/Config.pm on the helpdesk box where gondola passengers report lost gloves and stuck cabins\n    $Self->{DatabaseUser} = '«u»';\n    $Self->{DatabasePw} = '«pw»';",
    "rallly_env": "# Rallly, picking dates for the next kendama jam\nDATABASE_URL=postgres://«u»:«pw»@db:5432/rallly",
    "easyappointments_config_php": "    const DB_HOST = 'mysql';\n    const DB_NAME = 'tuning_bookings';\n    const DB_USERNAME = '«u»';\n    const DB_PASSWORD = '«pw»';",
    "seeddms_settings_xml": "<database dbDriver=\"mysql\" dbHostname=\"localhost\" dbDatabase=\"wardens_docs\" dbUser=\"«u»\" dbPass=\"«pw»\" doNotCheckVersion=\"false\"/>",
    "teedy_env": "# Teedy, scanned bossaball waivers\nDATABASE_URL=jdbc:postgresql://teedy-db:5432/teedy\nDATABASE_USER=«u»\nDATABASE_PASSWORD=«pw»",
    "librebooking_config_php": "$conf['settings']['database']['user'] = '«u»';\n$conf['settings']['database']['password'] = '«pw»'; // court bookings",
    "wger_env": "# wger, training log for the bossaball squad\nDJANGO_DB_USER=«u»\nDJANGO_DB_PASSWORD=«pw»\nDJANGO_DB_HOST=db",
    "hortusfox_env": "# HortusFox, the seed library's greenhouse plants\nDB_HOST=db\nDB_USERNAME=«u»\nDB_PASSWORD=«pw»",
    "mobilizon_config_exs": "config :mobilizon, Mobilizon.Storage.Repo,\n  username: \"«u»\",\n  password: \"«pw»\",\n  database: \"mobilizon_prod\"",
    "gancio_config_json": "\"db\": {\n  \"dialect\": \"postgres\",\n  \"username\": \"«u»\",\n  \"password\": \"«pw»\",\n  \"database\": \"gancio\"\n}",
    "lufi_conf": "# lufi.conf, sharing big trick videos with the judges\n    pgdb => {\n        user => '«u»',\n        pwd  => '«pw»',\n    },",
}
URL_CONFIGS = {"trytond_conf", "rallly_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Heads up: the battered kendama club laptop that lives in the rec-center supply closet now logs in with «pw», because the teens renamed every trick file again",
        "Note to self after the Ponca powwow committee meeting: the shared drive for the dance-arbor schedule is «pw»",
        "Mom, Grandpa's new big-button tablet opens with «pw»; he had taped it under the fruit bowl magnet so I peeled it off",
        "Voice memo, ropeway shift: new maintenance-log login is «pw», same username as before",
        "Arapaho language class Zoom host account got reset, the new password is «pw», please stop sharing it in the flyer",
        "Seminole tribal fair vendor portal: I set our booth login's password to «pw», Carla has the username",
        "For the Yavapai youth basketball camp registration site, admin password «pw», change it after August",
        "The Ohlone shellmound walk volunteers' Google account password is now «pw»",
        "Lummi canoe journey sign-up spreadsheet is locked with «pw», ask Dana before editing the landing list",
        "Makah Days raffle laptop, Windows password «pw», the receipt printer is already paired",
        "Quick one: piano tuning app account for the church upright, password «pw», invoices show up there",
        "Dad's pharmacy refill site — I changed his password to «pw», the old one was his birthday",
        "Chumash plant walk group email, pass is «pw», we agreed to rotate it in spring",
    ],
    "GB": [
        "After someone pinned it next to the tide tables in the hide, I changed the wardens' rota login to «pw»; keep it in your head, not on the corkboard",
        "Right, the village hall's new wifi password is «pw», the old one went round the whole bowls club",
        "For the allotment society's seed order site I've set the password to «pw», tell Gwen",
        "Piano tuner's booking system, my password is «pw», if I'm ill you can move the bookings",
        "Beach-cup kit locker at the leisure centre: code on the padlock was changed, laptop inside uses password «pw»",
    ],
    "CA": [
        "Squamish canoe-club booking page, I reset the admin password to «pw», eh, let me know if it sticks",
        "Nuu-chah-nulth language nest tablet passwords all match now: «pw»",
        "Night-market vendor dashboard login for our stall, password «pw», Priya has 2FA on her phone",
        "The Kwakwaka'wakw potlatch planning folder is shared, password «pw»",
    ],
    "AU": [
        "Mate, the surf-club's bossaball court booking login is «pw», don't lose it",
        "Seed savers' website backend password is «pw» now, I changed it after the spam",
        "Footy tipping comp admin password: «pw», yours truly holds the username",
    ],
    "IN": [
        "Bhai, Chinmay ke kendama batch ka online classroom khulta hai «pw» se, parents group mein forward mat karna",
        "Society gym ke treadmill wale tablet pe bachche YouTube chala rahe the, toh secretary uncle ne password «pw» kar diya",
        "Amma's pension portal password is now «pw», I wrote it in the blue diary too",
        "Tuition centre ke printer admin page ka password «pw» rakha hai",
    ],
    "PK": [
        "Yaar, Burusho music festival website ka admin password «pw» hai, Hunza wale bhai ko bhi de dena",
        "Dukaan ke computer ka naya password «pw», Abbu ko yaad karwa dena",
    ],
    "NG": [
        "Abeg, the Fulani cattle-market co-op laptop wey we dey use count cows, the password na «pw», no share am for WhatsApp o",
        "Church media team: the livestream account password is now «pw»",
        "Oga, the kendama hangout Instagram password na «pw», post the Sunday video",
    ],
    "ZA": [
        "Howzit, the inflatable-court booking system password is «pw», use it only at the Durban office",
        "The stokvel spreadsheet now opens with «pw», Thandi set it",
    ],
    "KE": [
        "Sasa, the ropeway tour booking login password ni «pw», usiambie mtu",
        "Chama ya mama mboga: password ya M-Pesa statement PDF ni «pw»",
    ],
    "PH": [
        "Pre, yung password ng kendama tambayan page ay «pw», wag mo ipost",
        "Barangay sports desk laptop password: «pw» (pinalitan ko kahapon)",
    ],
    "MX": [
        "La contraseña del portal de la cooperativa huichol de chaquira quedó «pw», no la pongas en el grupo",
        "Oye, la compu de la tienda de artesanías tarahumara ya abre con «pw»",
        "Para el registro del torneo de bossaball en Mazatlán, la contraseña de la cuenta del club es «pw»",
    ],
    "CL": [
        "La clave del computador de la ruka mapuche para el taller de mapudungun es «pw», la dejé anotada en la pizarra",
        "Después del apagón cambié la contraseña del wifi de la caseta del teleférico a «pw», avisale a los boleteros del turno noche",
    ],
    "VE": [
        "La contraseña de la página de la misión que lleva medicinas a las comunidades yanomami es «pw»",
    ],
    "BR": [
        "A senha do computador da liga de bossaball agora é «pw», não passa pro pessoal do vôlei",
        "Mãe, a senha do app do banco que eu configurei é «pw», anota no caderno",
        "Senha do wi-fi da roda de capoeira com pandeiro: «pw»",
    ],
    "ES": [
        "La contraseña de la web del club de bossaball de Cádiz es «pw», cámbiala después del torneo",
        "El portátil del afinador de la escuela de música ya entra con «pw»",
    ],
    "DE": [
        "Nach dem Virenfund hat der Betriebsleiter das Kennwort für den Kassenrechner an der Talstation auf «pw» gesetzt, die Aushilfen bekommen eigene Zugänge",
        "Kendama-Verein: das Kennwort fürs Vereinskonto bei der Turnierplattform lautet «pw»",
    ],
    "FR": [
        "Le mot de passe du portail de la grainothèque est «pw», je l'ai changé après la fuite",
        "Les ados de l'atelier kendama du mercredi avaient bidouillé l'ordi de la MJC, j'ai remis le mot de passe à «pw»",
    ],
    "NE": [
        "Le mot de passe de la tablette de la coopérative des bijoutiers touareg d'Agadez est «pw»",
    ],
    "NA": [
        "The Himba crafts co-op's online shop password is «pw», Kaumba changes it every rains",
    ],
    "RU": [
        "Пароль от ноутбука якутского кружка хомуса теперь «pw», не говорите детям",
        "Пароль от сайта лезгинского ансамбля: «pw»",
        "После того как туристы сидели в нашей сети весь день, пароль от вайфая в будке канатной дороги поменяли на «pw»",
    ],
    "IQ": [
        "The password for the Yazidi community radio's upload account is now «pw», keep it off the Facebook page",
    ],
    "JP": [
        "琉球三線サークルの共有パソコンのパスワードは«pw»です",
        "けん玉クラブの会計ソフト、パスワードを«pw»に変更しました",
    ],
    "IT": [
        "Dopo il guasto di ieri alla cassa, la password del computer della biglietteria della funivia per il rifugio adesso è «pw», la sa solo il capoturno",
    ],
    "TR": [
        "Kendama kulübünün bilgisayar şifresi «pw» oldu, kimseye söyleme",
    ],
    "PL": [
        "Hasło do laptopa w sekcji kendamy zmieniłem na «pw»",
    ],
    "KR": [
        "켄다마 동호회 카페 관리자 비밀번호 «pw»로 바꿨어요",
    ],
    "ID": [
        "Kata sandi laptop sanggar kendama sekarang «pw», jangan dibagi ke grup",
    ],
}

PINS = [  # (region, template, length)
    ("US", "Kendama club storage locker PIN is «pw», the lock sticks so push the door first", 4),
    ("CA", "Night-market cashbox keypad: «pw»", 4),
    ("GB", "Volunteers opening the avocet hide at dawn: the little grey lockbox screwed to the fence post takes «pw», and please leave the shutters latched", 4),
    ("DE", "Dein Rucksack liegt im Gepäckfach neben dem Drehkreuz der Talstation, die PIN zum Öffnen lautet «pw»", 4),
    ("BR", "Senha do cadeado do contêiner da quadra inflável: «pw»", 4),
    ("KR", "켄다마 연습실 도어락 번호 «pw»", 6),
    ("IN", "Tuition centre ke almirah ka PIN «pw» hai", 4),
]
