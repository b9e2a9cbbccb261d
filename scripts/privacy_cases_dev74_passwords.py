"""Passwords of the dev74 privacy set (``privacy_cases_dev74.py``): the stems its passwords grow
from (skijoring's tow ropes, harnesses, geldings, farriers, snow berms, jump gates and Leadville's main
street, toy theatre's penny plain and twopence coloured sheets, Pollock's and Redington's plays, wire
sliders, wing flats, backcloths and footlights), the accounts command lines run as, the commands people
paste (tools no earlier set names: Multipass, Velociraptor, WireMock, Gotenberg, Milvus, OpenCTI, devpi,
Aptly, Trivy, ShellHub, OpenSign, Dependency-Track, Langflow, Grype, Flowise, YaCy, DefectDojo, TheHive,
Langfuse, smtp4dev and Warpgate; their flags written from what the writer knows of them, not checked
against each tool's documentation), config files in eleven formats of those tools, prose in the
languages of 29 regions (Germany's second line in Berlinerisch, a dialect no earlier set names), and
PINs. How a password is made is dev19's ``password`` with this set's stems."""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "STEMS", "URL_CONFIGS", "password", "pin"]

STEMS = ["skijor", "towrope", "leadville", "harness", "gelding", "snowberm", "farrier", "palomino",
         "buckskin", "bridle", "stirrup", "jumpgate", "whitefish", "ringspear", "halter", "snaffle",
         "cinch", "sorrel", "hoofpick", "mainstreet",
         "pollock", "twopence", "pennyplain", "slider", "footlight", "tinsel", "skelt", "redington",
         "pantomime", "backcloth", "wingflat", "columbine", "gaslight", "limelight", "tableau", "stagewire",
         "cutout", "flyloft", "toyshop", "prompter"]
ACCOUNTS = ["skijor_ops", "gate_marshal", "towrope", "stagehand", "pollock_admin", "wireslider",
            "skim_judge", "carry_timer", "hull_builder", "snail_steward", "regatta", "tinselprint"]


def password(r: random.Random, url_safe: bool = False) -> str:
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL)
    ("Skijoring timing laptop, for whoever drives it on race morning: multipass set local.passphrase=«pw» then ssh «u»@timing-nuc.local "
     "and start the vm named gates before the first horse is led out", False),
    ("Ninian asked how I set up the toy theatre guild's evidence box after the break-in: velociraptor --config server.config.yaml "
     "user add --role administrator «u» «pw»", False),
    ("Mock for the wife carrying results feed, run on the judges' tent laptop: java -jar wiremock-standalone.jar --port 8089 "
     "--admin-api-basic-auth «u»:«pw»", False),
    ("The regatta's PDF certificates come out of Gotenberg, started like this on the clubhouse box: GOTENBERG_API_BASIC_AUTH_PASSWORD='«pw»' "
     "GOTENBERG_API_BASIC_AUTH_USERNAME=«u» gotenberg --api-enable-basic-auth", False),
    ("For the snail photo search we keep vectors in Milvus; the trainers' laptop connects with milvus_cli connect -uri "
     "http://10.4.0.20:19530 -pwd «pw» -u «u»", False),
    ("Stone skimming club's threat-intel toy, booted for the committee demo: docker compose run -e OPENCTI_ADMIN_EMAIL=«e» "
     "-e OPENCTI_ADMIN_PASSWORD='«pw»' opencti", False),
    ("Uploading the snail timer package to our own index before Saturday's heats: devpi use https://pypi.congham-snails.co.uk "
     "&& devpi login «u» --password '«pw»'", False),
    ("Skimmers' Debian mirror, signed on the Easdale ferry's wifi of all places: sudo -u «u» aptly publish snapshot "
     "-passphrase='«pw»' skim-2025-09 s3:mirror:", False),
    ("Scanning the cardboard regatta scoring image before we push it: trivy image --username «u» --password '«pw»' "
     "registry.cardboardregatta.org/hull-scores:3.2 --severity HIGH,CRITICAL", False),
    ("Reset for the carrying track's gate cameras after Obiechina locked himself out of ShellHub: ./bin/cli user password «u» "
     "'«pw»' (run it from the shellhub folder on the mini pc by the water pit)", False),
    ("Paper theatre guild's signing service, logging in from the script to send out the volunteer forms: curl -X POST "
     "https://sign.toytheatreguild.org.uk/api/login -d email=«e» -d password='«pw»'", False),
    ("Dependency-Track for the regatta's apps, logging the bom uploader in: curl -s -X POST https://dtrack.cardboardregatta.org"
     "/api/v1/user/login -d 'username=«u»&password=«pw»'", True),
    ("Langflow for the snail club's chatbot, pointed at the pub's postgres: LANGFLOW_DATABASE_URL=postgresql://«u»:«pw»@10.9.0.4"
     ":5432/langflow langflow run --host 0.0.0.0", True),
    ("Before the horses go in the trailer I let Grype check the timing image: GRYPE_REGISTRY_AUTH_USERNAME=«u» "
     "GRYPE_REGISTRY_AUTH_PASSWORD='«pw»' grype registry:ghcr.io/skijorcircuit/gatetimer:latest", False),
    ("Flowise on the puppet workshop laptop, started by hand because the service file broke: npx flowise start "
     "--FLOWISE_USERNAME=«u» --FLOWISE_PASSWORD='«pw»'", False),
    ("The skimming results search runs on a YaCy peer in the village hall; to set its admin password: cd ~/yacy && ./bin/passwd.sh "
     "«pw» && sudo -u «u» ./startYACY.sh", False),
    ("DefectDojo for the regatta club's pentest notes, migrating onto the new db: docker compose run -e "
     "DD_DATABASE_URL=postgres://«u»:«pw»@db:5432/dojo uwsgi ./manage.py migrate", True),
    ("TheHive on the toy theatre server, started by hand while the unit file is fixed: sudo -u «u» /opt/thehive/bin/thehive "
     "-Dconfig.file=/etc/thehive/application.conf -Ddb.janusgraph.storage.password='«pw»'", False),
    ("Bérangère, this is how the regatta's tracing box came up on the dock laptop, in case it reboots during the sinking heats: "
     "cd langfuse && LANGFUSE_INIT_USER_PASSWORD='«pw»' LANGFUSE_INIT_USER_EMAIL=«e» LANGFUSE_INIT_ORG_NAME=regatta "
     "docker compose up -d", False),
    ("Test mail server for the snail club's newsletter, so nothing real goes out while we try it: smtp4dev --urls=http://*:5000 "
     "--authenticationrequired --user «u»=«pw»", False),
    ("Warpgate in front of the skijoring barn's cameras, first setup from the tack room: sudo -u «u» warpgate unattended-setup "
     "--data-path /var/lib/warpgate --http-port 8888 --admin-password '«pw»'", False),
]

CONFIGS: dict[str, str] = {  # format: the lines of its file as pasted into a chat or a note
    "opencti_env": ("# .env next to the skimming club's OpenCTI compose file, copied off the village hall server\n"
                    "MINIO_ROOT_USER=«u»\nMINIO_ROOT_PASSWORD=«pw»\nOPENCTI_BASE_URL=http://cti.skim.lan:8080"),
    "langfuse_env": ("regatta tracing .env (langfuse):\nLANGFUSE_INIT_USER_NAME=«u»\nLANGFUSE_INIT_USER_PASSWORD=«pw»\n"
                     "LANGFUSE_INIT_PROJECT_NAME=sinkings"),
    "thehive_application_conf": ("toy theatre guild, /etc/thehive/application.conf, the storage part:\ndb.janusgraph {\n  storage {\n"
                                 "    backend = cql\n    username = \"«u»\"\n    password = \"«pw»\"\n  }\n}"),
    "flowise_env": ("Flowise .env on the puppet workshop laptop\nPORT=3000\nFLOWISE_USERNAME=«u»\nFLOWISE_PASSWORD=«pw»\n"
                    "APIKEY_PATH=/srv/flowise"),
    "defectdojo_env": ("DefectDojo, regatta club's docker .env\nDD_DATABASE_URL=postgresql://«u»:«pw»@postgres:5432/defectdojo\n"
                       "DD_ALLOWED_HOSTS=dojo.regatta.lan"),
    "dependencytrack_compose_environment": ("dependency-track apiserver, environment block:\n      - ALPINE_DATABASE_MODE=external\n"
                                            "      - ALPINE_DATABASE_USERNAME=«u»\n      - ALPINE_DATABASE_PASSWORD=«pw»"),
    "grype_yaml": ("~/.grype.yaml on the skijoring timing box:\nregistry:\n  auth:\n    - authority: ghcr.io\n      username: «u»\n"
                   "      password: «pw»"),
    "trivy_yaml": ("trivy.yaml the regatta's CI reads before scanning hull-scores:\nregistry:\n  username:\n    - «u»\n"
                   "  password:\n    - «pw»\nseverity:\n  - CRITICAL"),
    "milvus_yaml": ("milvus.yaml for the snail photo search, etcd part:\netcd:\n  endpoints: localhost:2379\n  auth:\n    enabled: true\n"
                    "    userName: «u»\n    password: «pw»"),
    "langflow_env": ("Langflow .env (snail club chatbot)\nLANGFLOW_AUTO_LOGIN=False\nLANGFLOW_SUPERUSER=«u»\n"
                     "LANGFLOW_SUPERUSER_PASSWORD=«pw»"),
    "smtp4dev_compose_environment": ("smtp4dev in the snail club's compose file, its environment:\n"
                                     "  - ServerOptions__AuthenticationRequired=true\n  - ServerOptions__Users__0__Username=«u»\n"
                                     "  - ServerOptions__Users__0__Password=«pw»"),
}
URL_CONFIGS = {"defectdojo_env"}

PROSE: dict[str, list[str]] = {  # region: lines, in its languages
    "US": [
        "Winona here, barn manager for the Leadville skijoring weekend: the laptop in the tack room that runs the gate timers "
        "unlocks with «pw», please don't let the kids change it again",
        "Beckett, the course builder, says the snow cat's dashboard tablet at the Whitefish track wants «pw» now that his "
        "nephew reset it",
        "Texting from the Sunday River wife carrying tent: the judges' scoring iPad is «pw», and the backup charger is in the "
        "blue cooler",
        "For our cardboard boat team's shared drive (hull drawings, tape inventory, the paint schedule) the password is «pw», "
        "Mrs. McCants set it up for the seventh graders",
        "My skijoring partner keeps forgetting, so here it is one more time: the horse trailer camera app is «pw»",
        "The toy theatre workshop at the library uses one account for the laser cutter; the login word is «pw», "
        "ask before you cut proscenium arches",
        "To unlock the regatta's rental kayak locker for the rescue crew, the keypad app asks for «pw» after you tap the "
        "anchor icon",
        "Reminder from the snail racing booth at the county fair: the tablet with the heat sheets opens with «pw»",
        "Wofford's farm wifi, for the riders camping by the skijoring arena this weekend: network TackRoom, password «pw»",
        "The stone skimming fan club's newsletter account got a new password after the phishing thing: «pw» (Beckett "
        "has it written in the rulebook too)",
        "Hey, the puppet stage's lighting console at the community center locks after ten minutes; wake it with «pw»",
    ],
    "GB": [
        "Merryn from the Congham snail stewards: the laptop that prints the heat cards has «pw» as its password now, "
        "the old one is in the bin",
        "For the paper theatre guild's Zoom account (Tuesday cutting evenings), the password's «pw», please keep it "
        "off the Facebook group",
        "Ninian Carlyon says the stone skimming club's cash tin tablet at Easdale opens with «pw», and the card "
        "reader pairs itself",
        "Lads, the wifi in the regatta marquee is «pw», sorry it's so long, Chudleigh picked it",
        "Right, for the toy theatre archive on the shared drive the password is «pw», and mind the Redington folder, "
        "it's the only copy",
    ],
    "CA": [
        "Bérangère Savard here, timing the Ottawa wife carrying heats: the stopwatch app's lock is «pw», I changed it "
        "after last year's mix-up",
        "Hermas left a note on the snowmobile: the skijoring club's trail camera account is «pw», eh, don't share it on "
        "the group chat",
        "Ici Bérangère, à la régate de bateaux en carton du lac Memphrémagog : le portable des juges s'ouvre avec «pw», pis laissez-le dans la tente, il pleut",
        "Aucoin's cardboard boat workshop has a shared printer account for the hull templates, the password is «pw»",
    ],
    "AU": [
        "Mate, the snail derby's stall laptop at the Royal Show needs «pw» before it'll print the ribbons",
        "The cardboard regatta club's drone controller unlocks with «pw», don't fly it over the pontoon though",
    ],
    "NZ": [
        "Kia ora, the wife carrying team's shared video account (the practice runs through the paddock) is «pw»",
        "Our stone skimming crew's GoPro app on the tablet wants «pw», the lake club reset it for us",
    ],
    "IN": [
        "Nandita here from the Kolkata paper theatre group, the projector laptop password is «pw», please don't "
        "update Windows before the show",
        "Yaar, Powai wale cardboard boat race ke sponsors ke mails ke liye humne ek hi Gmail banaya tha, uska password «pw» hai, "
        "Nandita ko mat batana warna woh badal degi",
        "Gautami Bordoloi's puppet workshop tablet unlocks with «pw», the kids know not to touch the settings",
        "Bhai, the snail racing stall at the school fete needs the laptop, password is «pw», charger is in the box",
    ],
    "PK": [
        "Our cardboard boat team at Rawal Lake uses one laptop, the password is «pw», don't save anything on the desktop",
        "Bhai, toy theatre workshop ka printer account ka password «pw» hai, kal subah tak mat badalna",
    ],
    "NG": [
        "Ogechi here, the regatta team's laptop at the Lagos lagoon race has password «pw», abeg no change am before "
        "the final heat",
        "Somadina, the puppet theatre club's projector wants «pw» to unlock, I wrote it inside the cardboard box too",
        "Bamgbose put all our wife carrying practice runs for one Dropbox folder, you go need «pw» to open am, no dey post am for WhatsApp",
    ],
    "GH": ["Chale, the cardboard boat team's scoring phone at the Labadi race unlocks with «pw», keep it in the dry bag"],
    "ZA": [
        "Lesedi from the Durban cardboard regatta crew: the sponsor laptop's password is «pw», the charger is in the cooler box",
        "Ofentse says the snail race stall's tablet at the school market unlocks with «pw», sharp",
    ],
    "KE": [
        "Adhiambo hapa, the puppet theatre club's tablet password ni «pw», usiibadilishe kabla ya show ya Jumamosi",
        "Ndinda, the regatta team laptop at Lake Naivasha wants «pw», I left it with Mutiso",
    ],
    "PH": [
        "Joverly po ito, the cardboard boat team's laptop sa Manila Bay race ay may password na «pw»",
        "Rizalino, nasa kahon ng litsugas yung tablet para sa karera ng kuhol sa pista ng bayan; «pw» ang pambukas, paki-charge bago mag-alas-tres",
        "Pakiusap, yung account ng puppet theatre workshop sa library, «pw» ang password, para sa mga bata lang",
    ],
    "ID": ["Mbak Sari dari tim perahu kardus Danau Toba: kata sandi laptop panitia yang isinya daftar peserta dan jadwal lomba adalah «pw», jangan dipinjamkan ke anak-anak"],
    "MX": [
        "Compañeros del bote de cartón: la laptop con los planos del casco y la lista de patrocinadores abre con «pw»; se queda en el taller de la prepa, no se la lleven a Cuemanco",
        "La tableta del teatrito de papel en la biblioteca se desbloquea con «pw», pregunta antes de imprimir escenarios",
    ],
    "PE": ["Soy Rosa, del equipo del bote de cartón de la promo: la laptop con los planos del casco para la regata de Chorrillos abre con «pw»; no la presten en el recreo"],
    "BR": [
        "Capitã Luana aqui: o notebook com as planilhas dos patrocinadores da regata de papelão na Lagoa abre com «pw»; quem tirar da tomada paga o açaí",
        "Galera do teatrinho de papel: o tablet da oficina abre com «pw», cuidado com as figuras recortadas em cima dele",
    ],
    "ES": ["Soy Maripaz, la de los caracoles de las fiestas de San Roque: el ordenador de la comisión, donde apuntamos los tiempos de cada carrera, se abre con «pw», y no lo dejéis encendido en la verbena"],
    "DE": [
        "Gesine vom Papiertheater-Festival: der Laptop an der Kasse hat das Passwort «pw», bitte nicht ändern, bevor die "
        "Vorstellung mit den Pappfiguren vorbei ist",
        "Tilmann, det Passwort für den Rechner im Keller vom Pappbootverein is «pw», wa, und sach det bloß keenem weiter, "
        "ick hab keene Lust uff Ärger",
    ],
    "FR": [
        "Ici Odile, trésorière des bateaux en carton : le portable avec les plans de coque et les comptes de la buvette s'ouvre avec «pw», je l'ai changé après la régate d'Annecy",
        "Mme Roussel, de l'atelier de théâtre de papier : le compte de l'imprimante couleur où l'on tire décors et personnages est «pw», merci de ne pas y imprimer vos billets de train",
    ],
    "IT": ["Sono Beppe, quello delle lumache alla sagra di Cherasco: il portatile con i tempi delle batterie e le foto dei vincitori si apre con «pw», non lasciatelo sotto il gazebo se piove"],
    "PL": ["Marta z załogi kartonowej łodzi na Mazurach: hasło do wspólnego konta, na którym trzymamy plany kadłuba i zdjęcia z wodowania, to «pw», nie podawajcie go sponsorom"],
    "SE": ["Hej från snigeltävlingen i Skanör! Datorn i kiosken där vi skriver ner sniglarnas tider har lösenordet «pw», stäng locket när det regnar"],
    "NO": ["Fra skikjøringsklubben på Geilo: passordet til tidtakermaskinen i stallen er «pw», og hestene skal ikke stå alene mens den starter opp"],
    "JP": [
        "スキージョーリング大会の計時係の佐藤です。馬小屋のノートパソコンのパスワードは「«pw»」、寒いと起動が遅いです",
        "紙の劇場の工房で使うカッティングマシンのアカウントは「«pw»」で入れます、子ども教室の前日に確認してください",
    ],
    "KR": ["스키조링 클럽 총무입니다. 마구간 노트북 비밀번호는 «pw» 이고, 말 이름 기록은 바탕화면 엑셀 파일에 있어요"],
    "CN": ["蜗牛赛跑社团的平板电脑开机密码是«pw»，比赛计时的表格在桌面上，用完请放回生菜箱旁边"],
    "IE": [
        "Grand, so the stone skimming crowd's laptop in the Galway pub is «pw», don't let the lads change it after a few pints",
    ],
    "TR": ["Kağıt tiyatrosu atölyesinden Zeynep: renkli yazıcının hesabına «pw» ile giriliyor, çocukların dekorlarını basmadan önce kâğıt tepsisine bakın"],
    "NL": ["Joost van de slakkenrace op de jaarmarkt: de laptop in de kraam, met de tijden van elke race erin, opent met «pw», laat hem niet in de regen staan"],
}

PINS = [  # (region, line, digits)
    ("US", "Beckett, the code for the Leadville tack room's key box is «pw», the spare bridles hang behind it", 4),
    ("GB", "Congham stewards, the combination on the shed where the snail tubs and the chalk live is «pw», shut it properly or the foxes get in", 4),
    ("KR", "스키조링 대회 마구간 옆 장비 창고 비밀번호는 «pw» 이고, 안장은 왼쪽 선반에 있어요", 6),
    ("CA", "Hermas, when you open the clubhouse by the frozen lake, punch «pw» into the panel by the boot rack before it starts howling", 6),
    ("DE", "Der Code für das Lager mit den Papiertheater-Bögen im Keller ist «pw», bitte nach dem Aufräumen wieder abschließen", 6),
    ("BR", "O cadeado do contêiner dos barcos de papelão abre com «pw»", 4),
    ("AU", "The regatta's boat shed keypad takes «pw», press the hash key after", 6),
    ("IN", "Puppet workshop locker PIN is «pw», Nandita has the spare key", 6),
]
