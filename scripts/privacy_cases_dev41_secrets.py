"""Keys and tokens for the dev41 privacy set (``privacy_cases_dev41.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
in the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and
Basic credentials with this set's own issuers and users, and the places a sensor reads them:
Wing IDE, Howl, Lem and Amp windows, Teleport and Termora sessions, Codeanywhere and Codesphere
workspaces, JDoodle, PaizaIO, Wandbox, Coliru, Rextester, Codapi, Sololearn and Python Tutor pages,
Docusaurus, MkDocs, Helpjuice and KnowledgeOwl pages, a Rock 5 board, a Maixduino, a Digispark, an
ItsyBitsy, a QT Py, a BL602 module, a Sweet Potato board and a LaunchPad, Soracom and Mainflux
consoles, Tchap and Nandbox messages, a Leuchtturm page, an Aomago recording, a Vormor transcript, a
label inside a lace pillow's cover, request headers, URLs and SDK calls. ``«n»`` is the variable's
name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.pricking-library.app", "https://id.beachsail-racing.net", "https://login.torchon-members.org"]
BASIC_USERS = ["pinpusher", "tidewatch", "spanglebox", "sailcount", "pillowdesk", "beachmarshal"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_PRICKINGDRAFTER", "github_classic": "GITHUB_PAT_LACECIRCLE", "anthropic": "ANTHROPIC_KEY_GYBECOACH",
         "google_api": "GMAPS_KEY_BEACHCOURSES", "stripe_secret": "STRIPE_LIVE_LACEFAIR", "jwt": "TORCHON_SESSION_JWT",
         "huggingface": "HF_TOKEN_SAILTRIMNET", "slack_bot": "SLACK_BOT_PILLOWNIGHT", "github_fine_grained": "GITHUB_FG_PAT_HEATBOARD",
         "openrouter": "OPENROUTER_KEY_GROUNDPATTERNS", "groq": "GROQ_KEY_TIDECALLS", "gitlab": "GITLAB_TOKEN_SANDYACHTS",
         "npm": "NPM_PUBLISH_PRICKINGKIT", "pypi": "PYPI_TOKEN_BOBBINMATH", "telegram_bot": "TELEGRAM_BOT_LOWTIDE",
         "discord_bot": "DISCORD_TOKEN_BLOKARTCREW", "digitalocean": "DO_TOKEN_SPANGLEBOX", "shopify": "SHOPIFY_TOKEN_THREADSHOP",
         "notion": "NOTION_KEY_LACEDAYS", "linear": "LINEAR_KEY_KARTREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_CIRCLELOGIN",
         "replicate": "REPLICATE_KEY_PATTERNRENDER"}

SPOTS = [  # where any key is seen, under its variable's name
    "Wing IDE debug probe on the lace circle's treasurer's laptop, next to a half-wound bobbin tray, line 12: «n»=«v»",
    "Howl editor buffer photographed by an Iroad dashcam parked at the dune car park: «n» = \"«v»\"",
    "Lem window on the pilot's netbook, wedged between two sail bags in the kart trailer: «n»: «v»",
    "Amp editor screenshot posted to the race committee thread after the beach heats: export «n»='«v»'",
    "Codeanywhere workspace 'pricking printer' shared by «u», settings.js: const «n» = '«v»'",
    "Teleport session on the clubhouse mini PC, recorded by the Imilab camera over the rigging bench: printenv shows «n»=«v»",
    "VTech monitor frame on the dune car park: Aomago take on the salt lake: Termora tab left open at the lace fair's ticket desk: echo $«n» printed «v»",
    "Codesphere preview of the tide-board app, its env panel scrolled into view: «n»=«v» # swap after the nationals",
    "JDoodle snippet «u» pasted into the lace circle's Tchap room, stdin block at the top: «n»=«v»",
    "Soundpeats earbud recap on the dune car park: Kingslim frame at the thread stall: PaizaIO share link from the blokart crew, main.py line 4: «n» = '«v»'",
    "Wandbox permalink in the club's Nandbox channel, compiler options field: -D«n»=«v»",
    "Coliru command line in the lace circle's newsletter draft, before the g++ call: «n»=«v»",
    "Rextester page 'bobbin counter' forked by «u»: «n» = \"«v»\"",
    "Codapi sandbox embedded in the MkDocs page on heat timing, code block line 2: «n» := \"«v»\"",
    "Docusaurus page 'Publishing the lace-day calendar', admonition box: «n» → «v»",
    "Helpjuice article 'Starting the beach timing laptop' edited by «u»: «n» «v»",
    "KnowledgeOwl topic 'Pillow-room door sensor', fenced block: «n»=«v»",
    "Sololearn playground posted in the sand-yacht juniors' chat, first line: «n» = '«v»'",
    "Python Tutor visualisation from «u», frame list on the right shows «n» bound to '«v»'",
    "Aomago recorder take at the circle's committee table: «u» reads out '«n», then «v»', somebody coughs",
    "Leuchtturm page photographed beside a pricking card and a pin cushion: «n» «v» (not for the group!)",
    "Marker inside a lace pillow's zip cover: «n» «v»",
    "Enacfire earbud recap by the bobbin cupboard: Tchap message from «u» to the race secretary: «n» is «v», does the scoreboard load now?",
    "Vormor transcript of «u» on the beach at low tide: 'the variable is «n» and the value is «v»'",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["pattern_namer.py open on the Rock 5 board beneath the pricking printer, read aloud by the Soundpeats recap: client = OpenAI(api_key=\"«v»\")",
               "Skagen glance at the pricking table: Uniden dashcam still at the scrutineering bay: Vicohome frame on the dune car park: Codesphere request 'suggest a torchon ground' in a BlackVue still from the lace fair car park, Authorization header: Bearer «v»"],
    "anthropic": ["AsteroidOS glance next to the pin tin: Aomago take on the salt lake: Imilab frame at the thread stall: Nandbox message from «u» with a curl line copied off the beach laptop: -H 'x-api-key: «v»' https://api.anthropic.com/v1/messages"],
    "github_classic": ["Helpjuice page 'Mirroring the circle's pattern archive' says clone https://«u»:«v»@github.com/«u»/lace-prickings.git",
                       "Blueskysea still at the scrutineering bay: Soundpeats earbud recap at the scrutineering bay: Maixduino sketch logging the humidity in the bobbin cupboard: client.println(\"Authorization: token «v»\");"],
    "google_api": ["AsteroidOS glance by the sail-bag locker: Maimo buzz under the wind mast: Tide map request for the beach courses, seen on a Skagen watch glance at the launch flags, query ending &region=gb&key=«v»"],
    "stripe_secret": ["AsteroidOS glance on the salt lake: Angelcare frame beside the kart trailer: Lace fair cashier's Tchap message: stripe.api_key = \"«v»\" and then 'the card reader still says no'"],
    "huggingface": ["Python Tutor page stepping through the sail-trim guesser, line 1: login(token=\"«v»\")"],
    "jwt": ["Soundpeats earbud recap on the salt lake: Vicohome frame in the kart trailer: Codeanywhere terminal 'list heats', header Authorization: Bearer «v»",
            "Replay of a Teleport session from the timing laptop, one command in it: curl -b 'torchon_session=«v»' https://members.torchon-members.org/me"],
    "slack_bot": ["ItsyBitsy that rings the pillow-night reminder, its secrets.py on the Angelcare monitor's screen by accident: SLACK_BOT_TOKEN=«v»"],
    "telegram_bot": ["Finevu frame beside the kart trailer: Roav clip next to the pin tin: Soundpeats earbud recap behind the lace fair tables: QT Py board that pings when the kart shed door is left open, code.py on screen at the AGM: TG_TOKEN = \"«v»\""],
    "pypi": ["Jablotron keypad photo by the sail-bag locker: Docusaurus page 'Releasing bobbinmath': twine upload -u __token__ -p «v» dist/*"],
    "gitlab": ["Finevu frame next to the pin tin: Uniden dashcam still behind the lace fair tables: Vormor transcript of «u» at the launch flags: the GitLab token for the timing runner is «v», paste it in CI variables"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Soracom console, Beam entry for the kart trailer tracker, forward URL «v»",
                      "Enacfire earbud recap by the rigging bench: Mainflux rule 'pillow room too damp', action URL «v»"],
    "discord_webhook": ["Urbanears recap behind the lace fair tables: pTron recap by the sail-bag locker: Digispark sketch that posts beach heat times, line 9: const char* HOOK = \"«v»\";",
                        "BL602 module on the wind mast, webhook target in its flash dump: «v»"],
    "discord_bot": ["Soundpeats earbud recap next to the pin tin: Teleport session editing the systemd unit on the club's Sweet Potato board: Environment=BLOKARTCREW_TOKEN=«v»",
                    "Maimo buzz by the rigging bench: Babysense frame at the scrutineering bay: LaunchPad notes by «u» on a Leuchtturm page, the bridge bot token: «v»"],
    "private_key": ["KnowledgeOwl article by «u» on resetting the fair's ticket kiosk, with the whole credentials file lacefair-sa.json dropped in by mistake: {\"type\": \"service_account\", \"project_id\": \"lacefair\", "
                    "\"private_key\": \"«v»\"}",
                    "Timex notification behind the lace fair tables: Angelcare frame next to the pin tin: Timex notification at the thread stall: Old SD card from the clubhouse Rock 5, imaged for the archive, still holds a deploy key nobody remembered: «v»"],
    "basic_auth": ["Uniden dashcam still behind the lace fair tables: Soundpeats earbud recap at the pricking table: Sweet Potato board finish-line camera crashed mid-upload; its log prints the request headers: Authorization: Basic «v» then X-Heat three",
                   "Maimo buzz at the launch flags: Mainflux console webhook test from the beach, header Authorization: Basic «v»"],
    "aws": ["Aomago recorder take from the sand-yacht AGM: 'access key «a», secret «b», I'll send it by Tchap as well'",
            "Pattern-scan uploader on the Rock 5 prints its config at boot, shown on the circle's spare monitor: key «a», secret «b»",
            "Sticker on the Sweet Potato board's case in the kart shed: AWS «a» / «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
