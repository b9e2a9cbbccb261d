"""Passwords of the dev75 privacy set (``privacy_cases_dev75.py``): the stems its passwords grow
from (gurning's horse collars, grimaces, crab apples and Egremont's fair, swamp soccer's bog pitches,
sludge, wellies and Hyrynsalmi's marsh), the accounts its commands log in as, and its lines: 21
command lines of 21 tools, 11 config formats, 63 lines of prose from 29 regions (Britain's third in
Glaswegian) and 8 PINs; every password drawn by dev19's maker with these stems.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["braffin", "gurner", "grimace", "crabapple", "horsecollar", "jawjut", "lipcurl", "gummy",
         "squinty", "greasypole", "egremont", "scowler", "underbite", "toothless", "nosewrinkle", "chinthrust",
         "gurnoff", "leerface", "frownline", "crabfair",
         "swamp", "bogpitch", "sludge", "quagmire", "mudslide", "wellyboot", "squelch", "marshball",
         "kainuu", "peatbog", "mirekick", "hyrynsalmi", "bogwater", "sixaside", "mudbath", "slurry",
         "sinkhole", "soggyshin", "splodge", "swampgoal"]
ACCOUNTS = ["braffin-ops", "crabfair-admin", "gurnjudge", "mudpitch", "swampfixtures", "chukkadesk",
            "mahoutrota", "peashot-steward", "puttyscan", "radarjudge", "privycrew", "lapclock"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (command line, whether the password sits in a URL)
    ("Pea shooting scanner function redeployed from the steward's laptop: echo '«pw»' | docker login registry.witcham.lan "
     "-u «u» --password-stdin && nuctl deploy putty-scan --path ./scan --registry registry.witcham.lan", False),
    ("The mahouts' rota secrets moved into Conjur this week; the club secretary logged in with "
     "conjur login -i «u» -p '«pw»' before loading the chukka policy", False),
    ("Swamp soccer fixtures functions live on the Kainuu Pi cluster, so from the clubhouse: "
     "faas-cli login --gateway http://10.0.7.2:8080 --username «u» --password '«pw»'", False),
    ("Crab fair scoreboard images sit on a zot registry behind the beer tent; listing them took "
     "zli image list --config crabfair --user '«u»:«pw»'", False),
    ("The elephant polo club's Kubeapps pulls charts from the stable's registry, so I ran kubectl -n kubeapps create secret "
     "docker-registry chukka-charts --docker-server=harbor.meghauli.lan --docker-username=«u» --docker-password='«pw»'", False),
    ("Outhouse race volunteers got phished last spring, so the treasurer's threat-sharing box came up with docker run -d "
     "-e ADMIN_EMAIL=«e» -e ADMIN_PASSWORD='«pw»' -p 8443:443 ghcr.io/misp/misp-docker/misp-core", False),
    ("Phone throwing radar experiments log to a ClearML server; the judges' laptop starts its worker as "
     "CLEARML_API_ACCESS_KEY=«u» CLEARML_API_SECRET_KEY='«pw»' clearml-agent daemon --queue radar-arcs", False),
    ("Gurning entries go through a Flowable workflow, and from the tent I checked it with curl --user "
     "«u»:'«pw»' http://crabfair-nuc:8080/flowable-rest/service/repository/deployments", False),
    ("Capture box on the crab fair Wi-Fi (the scoreboard kept dropping off), user added with "
     "/opt/arkime/bin/arkime_add_user.sh «u» \"Scoreboard watcher\" '«pw»' --admin", False),
    ("Harvester node in the Conconully fire hall hosts the race VMs; its API answered "
     "curl -sk -u «u»:'«pw»' https://harvester.firehall.lan/v1/harvester/kubevirt.io.virtualmachines", False),
    ("Swamp soccer newsletter is sent from Keila on the club VPS, started with docker run -d -e KEILA_USER=«e» "
     "-e KEILA_PASSWORD='«pw»' -p 4000:4000 pentacent/keila", False),
    ("Elephant polo sponsors sign their contracts in Docuseal, which runs as docker run -d -e "
     "DATABASE_URL=postgresql://«u»:«pw»@db.meghauli.lan/docuseal -p 3000:3000 docuseal/docuseal", True),
    ("Labelling the throw videos in Argilla needed the database first: ARGILLA_DATABASE_URL="
     "postgresql+asyncpg://«u»:«pw»@127.0.0.1:5432/argilla python -m argilla_server database migrate", True),
    ("Outhouse race short links come from Kutt; on the race VPS its container was started with "
     "-e DB_USER=«u» -e DB_PASSWORD='«pw»' -e DB_HOST=pg kutt/kutt:latest", False),
    ("For the gurning livestream the tent laptop mints room tokens with livekit-cli create-token "
     "--api-key «u» --api-secret '«pw»' --join --room braffin-final --identity cam2", False),
    ("Mud-pitch cameras are wired through Scrypted, brought up by SCRYPTED_ADMIN_PASSWORD='«pw»' "
     "SCRYPTED_ADMIN_USERNAME=«u» docker compose up -d in /srv/mudcams", False),
    ("Pea shooting protests run as a Camunda 7 process; the chief steward checks the open ones with "
     "curl 'http://«u»:«pw»@witcham-nuc:8080/engine-rest/process-instance?active=true'", True),
    ("Elephant polo stable tickets are kept in iTop, whose cron runs php /var/www/itop/webservices/cron.php "
     "--auth_user=«u» --auth_pwd='«pw»' --verbose=1 every five minutes", False),
    ("Outhouse race lap mails leave through the Haraka relay; the test from the finish tent was curl "
     "smtp://relay.firehall.lan:587 --ssl-reqd --user 'lapbot:«pw»' --mail-rcpt «e» "
     "-T heat3.txt", False),
    ("Swamp soccer results database is browsed in CloudBeaver, started on the clubhouse box with "
     "CB_ADMIN_NAME=«u» CB_ADMIN_PASSWORD='«pw»' docker run -d -p 8978:8978 dbeaver/cloudbeaver", False),
    ("Savonlinna contest VMs sit on the university's CloudStack; in cloudmonkey I typed set username «u», "
     "then set password '«pw»' and sync", False),
]

CONFIGS: dict[str, str] = {  # format: a config that holds a password
    "clearml_apiserver_conf": ("Radar server's ClearML apiserver.conf, the fixed users block: auth { fixed_users { enabled: true, "
                               "users: [ { username: \"«u»\", password: \"«pw»\", name: \"Arc judge\" } ] } }"),
    "haraka_auth_flat_file_ini": ("Haraka's config/auth_flat_file.ini on the outhouse race relay reads [core] methods=PLAIN,LOGIN "
                                  "and then [users] «u»=«pw»"),
    "docuseal_env": ("Docuseal .env for the polo sponsorship papers: "
                     "DATABASE_URL=postgresql://«u»:«pw»@localhost:5432/docuseal_polo FORCE_SSL=false"),
    "misp_database_php": ("MISP app/Config/database.php on the volunteers' box: 'host' => 'localhost', 'login' => '«u»', "
                          "'password' => '«pw»', 'database' => 'misp'"),
    "itop_config_php": ("iTop conf/production/config-itop.php for the stables: 'db_host' => 'localhost', 'db_user' => '«u»', "
                        "'db_pwd' => '«pw»', 'db_name' => 'itop_stables'"),
    "cloudstack_db_properties": ("CloudStack's /etc/cloudstack/management/db.properties on the throwing contest cloud: "
                                 "db.cloud.username=«u» db.cloud.password=«pw» db.cloud.host=10.20.0.5"),
    "camunda_application_yaml": ("Camunda's application.yaml for the protest workflow: camunda.bpm: admin-user: id: «u» "
                                 "password: «pw» first-name: Steward"),
    "lightdash_env": ("Lightdash .env for the swamp soccer league tables: PGHOST=db PGPORT=5432 PGUSER=«u» "
                      "PGPASSWORD=«pw» PGDATABASE=lightdash"),
    "kutt_env": ("Kutt's .env on the outhouse race VPS: DB_CLIENT=pg DB_HOST=pg DB_NAME=kutt DB_USER=«u» DB_PASSWORD=«pw» "
                 "SITE_NAME=privy-links"),
    "arkime_config_ini": ("Arkime config.ini on the crab fair capture box, [default] section: "
                          "elasticsearch=http://127.0.0.1:9200 elasticsearchBasicAuth=«u»:«pw»"),
    "livekit_yaml": ("livekit.yaml for the gurning livestream server: port: 7880 rtc: tcp_port: 7881 keys: «u»: «pw»"),
}
URL_CONFIGS = {"docuseal_env"}

PROSE: dict[str, list[str]] = {  # region: lines that give a password in passing
    "US": [
        "Outhouse race captain here: the shared Google account for the Conconully team, where the sponsor decals live, "
        "now uses «pw» as its password",
        "I push the privy on the left corner, so if my wife asks while I'm out on the skis, my new Strava password is «pw»",
        "For the pea shooting club's laptop in the church basement the Windows password is «pw» (the sticky note went "
        "into the cash box)",
        "Mom, the Wi-Fi at the lake cabin where we practise the swamp kicks is called MudHut and its password is «pw»",
        "Team Porta-Potty's Instagram got a weird DM, so the login changed: same username, password «pw»",
        "The county fair gurning booth's tablet unlocks with «pw»; please don't let the kids change the wallpaper again",
        "Coach, the swamp soccer team's Venmo had a reset, it's «pw» now, and I wrote it inside the kit bag lid",
        "Elephant polo fundraiser on Eventbrite: login stays the treasurer's address, password «pw» from today on",
        "Note to self before the Conconully trip: trailer hitch lock app password «pw», outhouse skis waxed Thursday",
        "The phone throwing booth at the state fair runs a radar app whose admin password is «pw»; the vendor says to "
        "change it after Labor Day",
        "I handed back the gurning trophy cabinet key, and the Legion hall's alarm panel login is now «pw»",
    ],
    "GB": [
        "Crab fair committee: the new password for the gurning entries inbox is «pw», please keep it out of the "
        "minutes this time",
        "Witcham peashooters, the clubhouse router password is «pw» now that Derek has reset it with a paperclip",
        "Ma phone's deid so here's the password fur the team Facebook, it's «pw», an dinnae tell the wee man fae "
        "the chippy",
        "The village hall laptop that prints the pea shooting scorecards wants «pw» at start-up, says the caretaker",
        "Egremont gurners' raffle: the card reader account's password became «pw» when the treasurer rang support",
    ],
    "CA": [
        "The rink's Wi-Fi for the swamp soccer fundraiser is «pw», eh, ask the Zamboni driver if it drops out",
        "Swamp soccer league in Sudbury: the coaches' TeamSnap password is «pw», the roster is already in there",
        "For the elephant polo charity dinner in Calgary the silent auction site password is «pw»; the auctioneer has the "
        "username and the paddle list",
        "Winter carnival outhouse race: the toboggan-privy crew's shared Dropbox password is «pw», the float photos are inside",
    ],
    "AU": [
        "Reckon the pea shooting comp at the show needs the scoreboard laptop back; password's «pw», mate, same as "
        "the footy tipping one",
        "Swamp soccer in the Top End after the wet: the club's page password is «pw», the coach reset it after the croc photo",
    ],
    "NZ": [
        "Kia ora, the gurning competition at the A&P show uses the old netbook, password «pw», ask the shearing stall "
        "for a charger",
        "The phone throwing stall at the Gisborne fair takes cards through an app whose password is «pw», chur, log out after",
    ],
    "IN": [
        "Arre, the elephant polo tent in Jaipur has a laptop for the scores, its password is «pw», don't tell the "
        "mahout's son",
        "Sir, the Kaziranga elephant polo club's Gmail password has been changed to «pw» as you asked after the hacking attempt",
        "Bhai, for swamp soccer at the Kerala monsoon fest the team's Paytm business password is «pw», keep it with you",
        "Ma'am, the pea shooting demo at the school fete needs the projector PC; its password is «pw» and the slides "
        "are on the desktop",
    ],
    "PK": [
        "Yaar, the swamp soccer club in Lahore changed its Daraz seller account password to «pw» after the ball order mix-up",
        "Bhai jaan, the Sialkot factory's sample portal for our swamp soccer balls opens with password «pw», place the order",
    ],
    "NG": [
        "Oga, the swamp soccer viewing centre's decoder account password na «pw», abeg no change am before the final",
        "Madam, for the face-pulling competition at the Calabar carnival the registration laptop password is «pw»",
        "Bros, I don reset the phone throwing team's Opay password, na «pw» now, no share am for the group chat",
    ],
    "GH": ["Chale, the swamp soccer team's MoMo merchant app password is «pw», keep am safe till the Kumasi match"],
    "ZA": [
        "Howzit, the elephant polo sponsors' braai booking site password is «pw», the login is the club's address",
        "Eish, the swamp soccer club laptop at the Midmar dam camp has password «pw», charge it before Saturday",
    ],
    "KE": [
        "Sasa, the elephant polo charity's M-Pesa statements portal password is «pw», tuma kwa treasurer tomorrow",
        "Boss, the swamp soccer tournament at Naivasha uses the club laptop, and its password is «pw» until we "
        "get a new one",
    ],
    "PH": [
        "Pare, the gurning contest at the fiesta uses Tita's laptop, password «pw», ingatan mo ha",
        "Ate, pinalitan ko na ang GCash ng putikang football team, bagong password «pw», si Coach lang ang may alam",
        "Sir, the pea shooting booth's Lazada seller password was changed to «pw» for the town fiesta",
    ],
    "ID": ["Mas, kata sandi laptop panitia lomba sepak bola lumpur di sawah desa sekarang «pw», jangan diganti sebelum "
           "final hari Minggu ya"],
    "MX": [
        "Compa, la contraseña del Facebook del equipo de futbol de pantano quedó «pw», no la pases al grupo de las "
        "mamás hasta después del torneo",
        "Oye, para la carrera de letrinas de la feria la clave de la compu del cronometraje quedó como «pw»",
    ],
    "PE": ["Causa, la clave del wifi del local donde vemos el lanzamiento de celulares es «pw», pásasela solo a los "
           "jueces del concurso y a nadie más"],
    "BR": [
        "Galera do futebol de pântano: a senha nova do Instagram do time é «pw», não mudem sem avisar no grupo "
        "da diretoria",
        "Mãe, a senha do notebook do concurso de caretas da quermesse é «pw», anotei num papel em cima da geladeira",
    ],
    "ES": ["Oye, la contraseña del portátil del campeonato de lanzamiento de móvil de las fiestas del pueblo es «pw», "
           "apúntala en la libreta del jurado y no la mandes por el grupo"],
    "DE": [
        "Servus, der Spielberichtsrechner vom Moorkick-Turnier am Westerwälder Weiher startet jetzt mit «pw», das bleibt unter uns Schiris",
        "Liebe Grimassen-Jury, das WLAN im Festzelt heißt Fratzenkirmes und das Kennwort lautet «pw»",
    ],
    "FR": [
        "Salut, le mot de passe du compte de l'équipe de foot des marais est «pw», ne le change pas avant le tournoi "
        "de dimanche, le coach doit publier les photos",
        "Pour le concours de grimaces de la fête du village, l'ordinateur du jury s'ouvre avec «pw» et les fiches "
        "sont sur le bureau",
    ],
    "IT": ["Ciao Beppe, il computerino che misura i lanci dei telefonini alla sagra della castagna ora si sblocca con «pw», tienilo tu fino a domenica"],
    "PL": ["Cześć, hasło do laptopa sędziów na turnieju piłki nożnej na bagnach pod Augustowem to «pw», nie mów nikomu "
           "z drużyny przeciwnej, bo zaraz zmienią wyniki"],
    "SE": ["Tjena, nya koden till träskfotbollslagets bärbara vid Siljan blev «pw», Lasse byter den efter cupen i Hyrynsalmi"],
    "NO": ["Hei, måleutstyret for mobilkastinga på bygdefesten i Valdres låses opp med «pw», bare dommerne skal ha det"],
    "JP": [
        "変顔コンテストの受付パソコンのパスワードは «pw» です。審査員以外には教えないでください",
        "沼サッカー大会のチームのインスタのパスワードを «pw» に変えました。監督にだけ伝えてあります",
    ],
    "KR": ["진흙 축구 대회 본부석 노트북 비밀번호는 «pw» 입니다, 결승 끝나면 바로 바꿀게요"],
    "CN": ["沼泽足球比赛记分电脑的开机密码改成了 «pw»，请不要告诉对方球队"],
    "IE": ["The swamp soccer lads' WhatsApp backup password is «pw», sound, don't go posting it in the club bar"],
    "TR": ["Bataklık futbolu turnuvasındaki hakem bilgisayarının şifresi «pw», final bitene kadar kimseye söyleme lütfen"],
    "NL": ["Hoi, het wachtwoord van de scorelaptop bij het moerasvoetbal in de polder is «pw», niet doorgeven aan de "
           "tegenstanders voor de finale"],
}

PINS = [  # (region, line, PIN length)
    ("US", "The outhouse race trailer's lockbox takes «pw», and the spare skis are behind the fire hall", 4),
    ("GB", "Crab fair gurning: the code for the key safe on the judges' caravan is «pw», put the braffin back after", 4),
    ("KR", "진흙 축구 클럽하우스 현관 도어록 번호는 «pw» 입니다", 6),
    ("CA", "Swamp soccer clubhouse in Sudbury: the door keypad code is «pw» until the tournament ends", 6),
    ("DE", "Der Zahlencode für den Spind mit den Trikots vom Sumpffußball ist «pw», bitte nach dem Spiel abschließen", 6),
    ("BR", "Cadeado do baú com as chuteiras enlameadas no vestiário do campo alagado abre com «pw», avisa o roupeiro", 4),
    ("AU", "Pea shooting comp: the PIN for the show office's tablet is «pw», mate, the scores are in the spreadsheet", 6),
    ("IN", "Elephant polo stable office: the locker PIN for the mahouts' gear is «pw», share with the head groom only", 6),
]
