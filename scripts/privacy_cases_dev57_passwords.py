"""Passwords of the dev57 privacy set (``privacy_cases_dev57.py``): the stems its people make them
from (nalbinding's stitches, needles and mittens, gateball's gates, sticks and shots), the accounts
command lines run as, the commands people paste (tools no earlier set names: FerretDB, opsi-admin,
ocsinventory-agent, Vitess' vtgate, nanomq_cli and InvenTree's first-admin env; and tools an earlier
set names, each with its password in a command, flag or syntax no earlier set used with it: bench
new-site --admin-password, kimai:user:password, fos:user:change-password, cps.py -s, foreman-rake
permissions:reset, ipa passwd, gccli -p, a chat container's ADMIN_PASS, trytond-admin's TRYTONPASSFILE,
git credential approve, ftp -n's user line, hg --config auth, ldapmodify -w, ldapsearch -w, openconnect
--form-entry, smbclient -U user%password and svn --password), config files (formats no earlier set
names: FusionAuth's kickstart.json, Tigase's init.tdsl, NanoMQ's password file, Gerbera's config.xml,
InvenTree's config.yaml, goimapnotify's config, ocsinventory-agent.cfg and FerretDB's env file; and, in
files no earlier set used, a connection pooler's pool_passwd, a message broker's jetty-realm.properties
and a download manager's config with rpc-secret) and prose from 29 regions, and PINs, each line written
as a message from a particular person in a particular situation. Passwords are made by dev19's
``password()`` and ``pin()`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["oslostitch", "mammenstitch", "yorkstitch", "brodenstitch", "coppergate", "boneneedle", "needlebound", "looptwist",
         "thumbloop", "finnishstitch", "dalastitch", "nalbound", "mittencuff", "heelcup", "spliceend", "connectingloop",
         "naalbinding", "vantsut", "kinnas", "ullsock",
         "sparkshot", "goalpole", "thirdgate", "firstgate", "secondgate", "sparkhit", "gatepass", "stickhead", "teamred",
         "teamwhite", "tenball", "memuro", "kazunobu", "touchball", "gatefinish", "outball", "doubletouch", "gateball",
         "obihiro", "tokachi"]
ACCOUNTS = ["hutwarden_ops", "vanvet_admin", "gateclub_admin", "ferrypurser", "toolshed_ops", "rotaplanner", "vetround",
            "guildkeeper", "lawnmarshal", "cabinsteward", "drillcounter", "fleeceboss"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as this set's people make them (dev19's ``password`` with this set's stems)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("The tool library's volunteer who set up the booking site pasted this into the group, for the new laptop:\n"
     "$ bench new-site loans.local --admin-password «pw» --db-root-username «u»", False),
    ("Hut warden's timesheet server, after she forgot the login again:\n"
     "$ bin/console kimai:user:password «u» «pw»", False),
    ("Resetting the guild's read-it-later account that holds all the pattern links:\n"
     "$ php bin/console fos:user:change-password «u» «pw» --env=prod", False),
    ("The ferry crew's e-book shelf on the galley tablet, first start:\n"
     "$ python3 cps.py -s «u»:«pw»", False),
    ("Mobile vet's record store moved off the old box; the nephew's note says run\n"
     "$ ferretdb --listen-addr=127.0.0.1:27017 --postgresql-url=postgres://«u»:«pw»@localhost:5432/vetround", True),
    ("Locked out of the hut's provisioning server, so over ssh:\n"
     "# foreman-rake permissions:reset username=«u» password=«pw»", False),
    ("The school's client-management box that also images the tool library laptops:\n"
     "$ opsi-admin -d task setPcpatchPassword «pw»", False),
    ("Inventory agent on the fridge Pi, reporting to the council's server:\n"
     "$ ocsinventory-agent --server=https://inventory.council.local/ocsinventory --user=«u» --password=«pw» --tag=fridge", False),
    ("Gateball club's directory server, giving the new captain a login:\n"
     "$ ipa passwd «u» «pw»", False),
    ("Vet notes database behind the proxy, static user for the clinic app:\n"
     "$ vtgate --mysql_auth_server_static_string='{\"«u»\": [{\"Password\": \"«pw»\"}]}' --mysql_server_port 15306", False),
    ("Testing the fridge temperature broker from the laptop:\n"
     "$ nanomq_cli pub -h 10.0.0.12 -t fridge/temp -m 4.5 -u «u» -P «pw»", False),
    ("The ferry office's analytics database client, from the handover doc:\n"
     "$ gccli -h 192.168.7.20 -u«u» -p«pw» -D crossings", False),
    ("Chat server for the nalbinding guild, first admin set through the container's env:\n"
     "$ docker compose run -e ADMIN_USERNAME=«u» -e ADMIN_PASS=«pw» -e ADMIN_EMAIL=«e» rocketchat", False),
    ("Accounts database for the tool library's till, rebuilt after the upgrade:\n"
     "$ echo '«pw»' > ~/.trytonpass && TRYTONPASSFILE=~/.trytonpass trytond-admin -c trytond.conf -d loans --all --email «e»", False),
    ("Storing the gateball club's code host login so the scoring script stops asking:\n"
     "$ printf 'protocol=https\\nhost=git.gateballfriends.net\\nusername=«u»\\npassword=«pw»\\n' | git credential approve", False),
    ("Old ferry timetable upload, the purser still does it like this:\n"
     "$ ftp -n timetables.harbour.local <<EOF\nuser «u» «pw»\nput winter.pdf\nbye\nEOF", False),
    ("Pulling the hut's ancient booking scripts from their Mercurial repo:\n"
     "$ hg clone --config auth.hut.prefix=https://hg.hutwardens.eu --config auth.hut.username=«u» --config auth.hut.password=«pw» https://hg.hutwardens.eu/bookings", False),
    ("Guild directory, moving the Oslo-stitch teacher into the teachers' group before the autumn term:\n"
     "$ ldapmodify -x -D cn=«u»,dc=guild,dc=local -w «pw» -f teachers.ldif", False),
    ("Checking who's in the vet's staff directory before the audit:\n"
     "$ ldapsearch -x -H ldap://10.1.1.5 -D uid=«u»,ou=staff,dc=vet,dc=local -w «pw» '(objectClass=person)' mail", False),
    ("Getting onto the council VPN from the tool library counter:\n"
     "$ openconnect --user=«u» --form-entry main:password=«pw» vpn.council.example", False),
    ("Copying the fridge rota spreadsheets off the church office share:\n"
     "$ smbclient //office/rota -U «u»%«pw» -c 'get rota.xlsx'", False),
    ("The ferry's old maintenance logs are in Subversion, of all places:\n"
     "$ svn checkout https://svn.harbour.local/logs --username «u» --password «pw» --non-interactive", False),
    ("Setting the night-shift login on the ferry crew's inventory app:\n"
     "$ docker compose run -e INVENTREE_ADMIN_USER=«u» -e INVENTREE_ADMIN_EMAIL=«e» -e INVENTREE_ADMIN_PASSWORD=«pw» inventree-server invoke update", False),
]

CONFIGS: dict[str, str] = {  # format: a file's lines, as they were pasted or photographed
    "kickstart_json": ("kickstart.json for the tool library's login service (FusionAuth), first boot:\n"
                       "{\"requests\": [{\"method\": \"POST\", \"url\": \"/api/user/registration\",\n"
                       " \"body\": {\"user\": {\"email\": \"«e»\", \"username\": \"«u»\", \"password\": \"«pw»\"}}}]}"),
    "init_tdsl": ("Tigase's etc/init.tdsl on the guild chat box:\n"
                  "dataSource {\n  default () {\n    uri = 'jdbc:postgresql://localhost/tigase?user=«u»&password=«pw»'\n  }\n}"),
    "pool_passwd": ("The vet database pooler's pool_passwd, one line per user (plain text, prefixed):\n«u»:TEXT«pw»"),
    "jetty_realm": ("Broker console logins for the ferry's message bus, conf/jetty-realm.properties:\n"
                    "# username: password [,rolename ...]\n«u»: «pw», admin"),
    "nanomq_pwd": ("nanomq_pwd.conf on the fridge sensor hub, only the one user:\n«u»: «pw»"),
    "gerbera_xml": ("Gerbera's config.xml on the hut's media box (films for rainy days):\n"
                    "<ui enabled=\"yes\">\n  <accounts enabled=\"yes\" session-timeout=\"30\">\n"
                    "    <account user=\"«u»\" password=\"«pw»\"/>\n  </accounts>\n</ui>"),
    "inventree_yaml": ("InvenTree's config.yaml for the tool library's parts shelf:\n"
                       "admin_user: «u»\nadmin_email: «e»\nadmin_password: «pw»"),
    "goimapnotify": ("goimapnotify's config for the gateball results inbox:\n"
                     "host: imap.gateballfriends.net\nport: 993\ntls: true\nusername: «e»\npassword: «pw»\n"
                     "boxes:\n  - mailbox: INBOX\n    onNewMail: notmuch new"),
    "ocs_agent_cfg": ("/etc/ocsinventory/ocsinventory-agent.cfg on the hut's weather Pi:\n"
                      "server=https://inventory.hutwardens.eu/ocsinventory\nuser=«u»\npassword=«pw»"),
    "ferretdb_env": ("ferretdb.env next to the mobile vet's compose file, so the record store finds its database:\n"
                     "FERRETDB_LISTEN_ADDR=:27017\nFERRETDB_POSTGRESQL_URL=postgres://«u»:«pw»@pg:5432/vetrecords"),
    "aria2_conf": ("aria2.conf on the ferry's crew-room download box:\n"
                   "enable-rpc=true\nrpc-listen-all=false\nrpc-secret=«pw»\ndir=/srv/crew/films"),
}
URL_CONFIGS = {"init_tdsl", "ferretdb_env"}

PROSE: dict[str, list[str]] = {  # region: lines of chat, notes and voice memos
    "US": [
        "Grandma's ferry-days email from the Outer Banks house, she made me write it on the fridge: «pw»",
        "Tangier Island cousin texted: the crab shanty wifi is «pw», mind the soft shells on the dock",
        "Yooper camp up past Munising, sauna's on, the camp laptop password is «pw»",
        "Driftless farm stand's card reader login, Amos wrote it on the egg carton: «pw»",
        "Adirondack lean-to rental, owner's Wi-Fi in the log cabin: «pw» (only works by the woodstove)",
        "Ozark float trip outfitter said their van hotspot is «pw», don't stream on it",
        "Tool library admin login for Saturday, in case I'm stuck at the vet: «pw»",
        "Mobile vet's tablet for signing consent forms, code is «pw»",
        "My gateball league scoring app password is «pw», if I keel over give it to Doris",
        "Nalbinding class at the senior center uses one shared account for the patterns: «pw»",
        "Dad's hospital radio request line login, he says: «pw», don't tell the station manager",
        "Community fridge's sign-up sheet online, editor password is «pw»",
    ],
    "GB": [
        "Black Country canal boat club's laptop, our kid's set it up: «pw», ta-ra",
        "Potteries kiln group, the booking tablet login is «pw», ask Sheila if it locks",
        "Teesside fridge project, the spreadsheet password is «pw», howay and fill in Tuesday",
        "Scilly boatman's booking app, the off-island code he gave the gig crew: «pw»",
        "Dartmoor pony drift volunteers' shared account: «pw», used for the car park rota",
    ],
    "CA": [
        "Magdalen Islands B&B, the owner wrote the password on the lobster-trap coffee table: «pw»",
        "Nunavik co-op store's tablet, the manager said the login for the sealift orders is «pw»",
        "Hutterite colony's egg-grading room computer, the boss said the password is «pw», no radios in there",
        "Gateball BC scorer's app, Mrs. Fong's grandson set it to «pw»",
    ],
    "AU": [
        "Bass Strait ferry crew laptop, the chief steward's login: «pw», don't let the cook near it",
        "Men's shed tool library, the lending database password is «pw», strewth it's long",
    ],
    "NZ": [
        "Rakiura hut bookings, the DOC ranger says the office tablet password is «pw»",
        "Chatham Islands, Moriori heritage trust laptop, Aunty wrote down «pw» for the photo archive",
        "Lodge on the Taranaki maunga track, the caretaker says the hut radio laptop opens with «pw», ka pai",
    ],
    "IN": [
        "Sundarbans boat homestay ka wifi «pw» hai, generator raat 10 baje band",
        "Lakshadweep dive shop on Kavaratti, the laptop where Koya bhai keeps the boat and tank bookings opens with «pw»",
        "Tool library ka admin password «pw», register mein mat likhna",
        "Amma's gateball group in Chennai, the WhatsApp-backup email password is «pw»",
    ],
    "PK": [
        "Tharparkar solar school ka laptop, password «pw», Marvi baji ne diya",
        "Chitral guest house ka wifi password «pw» hai, Garam Chashma ki taraf signal nahi",
    ],
    "NG": [
        "Fulfulde herders' co-op phone, Baaba said the vet app password na «pw», no share am",
        "Abeg, the laptop for the tool library wey dey for the church hall, im password na «pw», make una no change am again o",
        "Mobile vet clinic tablet for Ogun, login: «pw», Dr. says lock it after each farm",
    ],
    "GH": [
        "Dagomba fire festival committee, the treasurer's email password is «pw», Naa said keep it",
    ],
    "ZA": [
        "Swazi gogo's craft stall card machine in Mpumalanga, the password is «pw», sharp",
        "Drakensberg hut booking laptop: «pw», the warden's lekker strict about it",
    ],
    "KE": [
        "Mama Njeri, nenosiri ya laptop ya friji ya jamii ni «pw», usimwambie mtu",
        "The vet van's M-Pesa till app password is «pw», Otieno knows it too",
    ],
    "PH": [
        "Batanes homestay wifi, sabi ni Lola: «pw», malakas sa may Ivana",
        "Siquijor ferry booking account ng barkada, password «pw», wag i-share",
        "Palawan dive shop laptop password, pinaalam ni kuya: «pw»",
    ],
    "ID": [
        "Rumah panjang Dayak di Kapuas Hulu, kata sandi laptop koperasi «pw»",
    ],
    "MX": [
        "La contraseña de la compu del club de gateball de los abuelos es «pw», la escribió don Chuy",
        "El refri comunitario del mercado lo llenan las fonderas al cierre; para apuntarte en la hoja de turnos la clave es «pw»",
    ],
    "PE": [
        "Subiendo al Ishinca, el guardián del refugio nos dejó cargar los celulares con su panel solar y anotó la clave «pw» en mi libreta",
    ],
    "BR": [
        "A senha do computador do clube de gateball da colônia nipo-brasileira do interior é «pw», o seu Hiroshi que criou",
        "Geladeira solidária do bairro, senha da planilha: «pw»",
    ],
    "ES": [
        "El guarda del refugio de Góriz me dejó usar el ordenador para mirar el parte de aludes, la contraseña es «pw»",
    ],
    "DE": [
        "Passwort vom Hüttenlaptop für die Reservierungen: «pw», nicht an die Pinnwand hängen",
        "Die Nadelbinde-Gruppe im Heimatmuseum hat ihre Anleitungen für Fäustlinge und Socken in einem Ordner, Passwort «pw»",
    ],
    "FR": [
        "Pour enregistrer les prêts de scies et de ponceuses quand je ne suis pas là, l'ordinateur de l'outilthèque s'ouvre avec «pw»",
        "Code du wifi au refuge, la gardienne l'a écrit sur l'ardoise : «pw»",
    ],
    "GR": [
        "Arvanites cultural club laptop in Attica, o pappous wrote the password as «pw»",
        "Sarakatsani summer gathering, the association's email password is «pw»",
    ],
    "RO": [
        "Parola de la calculatorul pensiunii din Ținutul Secuiesc (Székely) este «pw», a zis tanti Ilona",
    ],
    "EE": [
        "Setomaa leelo choir's shared account password is «pw», Kihnu ferry times are in the same folder",
    ],
    "SE": [
        "Tornedalian reading circle in Övertorneå, lösenordet till föreningens dator är «pw»",
    ],
    "JP": [
        "対馬のゲストハウス、ルーターのパスワードは«pw»",
        "ゲートボール協会のパソコンのパスワード «pw»、会長に確認済み",
    ],
    "KR": [
        "울릉도 오징어 말리는 집 옆 펜션, 주인 할머니가 적어준 와이파이 비번 «pw»",
    ],
    "CN": [
        "泸沽湖摩梭客栈的无线密码是«pw»，老板娘说的",
    ],
    "TJ": [
        "Pamiri homestay in Khorog, the host's laptop password is «pw», written in the guestbook",
    ],
    "JO": [
        "Bedouin camp near the Nabataean tombs, the generator-room wifi password is «pw»",
    ],
    "ET": [
        "Wolaita coffee co-op's laptop, the accountant gave me the password «pw»",
    ],
}

PINS = [  # (region, template, length)
    ("US", "Tool library key box by the back door, PIN «pw», return the drill keys there after hours", 4),
    ("CA", "The gateball shed with the gates, goal poles and the roller is locked over the winter, padlock combo «pw», don't tell the curling crowd", 4),
    ("GB", "Mobile vet van's drug safe PIN, only for the nurse: «pw»", 4),
    ("DE", "Schlüsselbox an der Hütte, Code «pw», bitte wieder verdrehen", 4),
    ("BR", "A geladeira solidária da praça agora fica trancada à noite por causa dos ratos, senha do cadeado: «pw»", 4),
    ("IN", "Fridge room ka lock code «pw» hai, raat ko band karna", 4),
    ("KR", "지리산 산장 관리인이 알려준 비상 대피소 현관 비밀번호 «pw», 겨울엔 난로 먼저", 6),
]
