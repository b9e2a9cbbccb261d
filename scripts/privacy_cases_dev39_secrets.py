"""Keys and tokens for the dev39 privacy set (``privacy_cases_dev39.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
in the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and
Basic credentials with this set's own issuers and users, and the places a sensor reads them: Komodo
Edit, jed and Phoenix Code windows, iSH sessions, BlueJ, DrRacket, Trinket, JSFiddle, CodePen and
RunKit pages, Slite, Archbee and GitBook pages, a Raspberry Pi Pico W, a Rock Pi, a Radxa board, an
Odroid, a Khadas board, a Pine64, a Particle Photon, an Arduino Uno R4, an Arduino Portenta and a
Circuit Playground, Hologram and Akenza consoles, Reqable and Echoapi requests, Soroush and Eitaa
messages, an Elfinbook page, a Tascam DR-05X recording, an ili transcript, a label on a prop case,
request headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the value
(``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.stringbar-tickets.app", "https://id.siteswap-league.net", "https://login.shadowscreen-members.org"]
BASIC_USERS = ["puppetcue", "propcounter", "clubpasser", "wickkeeper", "stagehandbot", "tourrota"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_PUPPETSCRIPT", "github_classic": "GITHUB_PAT_PROPLOGS", "anthropic": "ANTHROPIC_KEY_SHOWNOTES",
         "google_api": "GMAPS_KEY_TOURSTOPS", "stripe_secret": "STRIPE_LIVE_FESTIVALPASS", "jwt": "STRINGBAR_SESSION_JWT",
         "huggingface": "HF_TOKEN_SITESWAPGEN", "slack_bot": "SLACK_BOT_PRACTICENIGHT", "github_fine_grained": "GITHUB_FG_PAT_MARIONETTES",
         "openrouter": "OPENROUTER_KEY_PATTERNHELP", "groq": "GROQ_KEY_CASCADECOACH", "gitlab": "GITLAB_TOKEN_SHADOWSHOW",
         "npm": "NPM_PUBLISH_JUGGLEKIT", "pypi": "PYPI_TOKEN_PATTERNSIM", "telegram_bot": "TELEGRAM_BOT_CLUBPASS",
         "discord_bot": "DISCORD_TOKEN_PUPPETBOT", "digitalocean": "DO_TOKEN_BOXOFFICE", "shopify": "SHOPIFY_TOKEN_GLOVEPUPPETS",
         "notion": "NOTION_KEY_REHEARSALROTA", "linear": "LINEAR_KEY_PROPREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_STRINGBAR",
         "replicate": "REPLICATE_KEY_PUPPETFACES"}

SPOTS = [  # where any key is seen, under its variable's name
    "QCY earbud recap beside the marionette drying rack: Komodo Edit window behind the marionette slideshow at the company dinner, line 12: «n»=«v»",
    "jed buffer glimpsed over the stage manager's shoulder in the Apeman clip: «n»: «v»",
    "Phoenix Code tab shared on the projector during the juggling club's online AGM: «n» = «v»",
    "Elfinbook scan inside the marionette crate lid: iSH session on the treasurer's iPad, photographed for the newsletter: export «n»=«v»",
    "BlueJ class the props volunteer wrote for counting clubs, field on screen: static String «n» = \"«v»\";",
    "DrRacket definitions window from the siteswap talk: (define «n» \"«v»\")",
    "«u» shared a Trinket called 'pattern animator'; main.py still held «n» = '«v»'",
    "JSFiddle linked in the puppet festival chat, JavaScript pane: const «n» = \"«v»\"",
    "CodePen 'ticket counter' forked by «u», JS panel line 2: let «n» = '«v»'",
    "RunKit notebook embedded on the club blog, first cell: process.env.«n» = \"«v»\"",
    "Slite doc 'Website admin' edited by «u»: «n» → «v»",
    "Archbee page 'Shop integrations', third bullet: «n»: «v»",
    "GitBook page 'Deploying the booking bot', code block: «n»=«v»",
    "Yale doorbell frame behind the proscenium flats: Tascam DR-05X recording of the committee: «u» reads off the laptop, '«n» is «v»', then laughs that it's live",
    "Elfinbook page photographed at an angle but legible: «n» «v» (do not share!)",
    "Label on the juggling prop case for the open day, marker on the back: «n» «v»",
    "Kami doorway frame inside the marionette crate lid: QCY earbud recap under the puppet wagon's tailgate: ili transcript of «u» on the phone with the web volunteer: the key, «n», is «v»",
    "Soroush message from «u» with the club bot's config pasted in: «n»=«v»",
    "Eitaa chat export, the puppet company's tech thread: «n» «v» — 'temporary, will rotate'",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Kieslect wrist buzz near the club's ball-bag hooks: puppet_script.py on the Rock Pi by the stage door, top of file: client = OpenAI(api_key=\"«v»\")",
               "Skullcandy earbud recap under the puppet wagon's tailgate: Reqable saved request 'suggest a siteswap', Authorization header: Bearer «v»"],
    "anthropic": ["Edifier earbud recap near the club's ball-bag hooks: Lollipop monitor frame next to the glove-puppet sewing basket: Eitaa message from «u» with a curl line: -H 'x-api-key: «v»' https://api.anthropic.com/v1/messages"],
    "github_classic": ["Zeblaze wrist preview inside the marionette crate lid: GitBook page 'Backing up the club site' says clone https://«u»:«v»@github.com/«u»/jugglers-site.git",
                       "CMF Watch popup near the club's ball-bag hooks: Arduino Uno R4 sketch that logs rehearsal-room humidity: client.println(\"Authorization: token «v»\");"],
    "google_api": ["Zeblaze wrist preview next to the glove-puppet sewing basket: Ajax keypad photo on the convention's lost-property table: Echoapi request for the puppet tour's route, query string ending &mode=driving&key=«v»"],
    "stripe_secret": ["QCY earbud recap across the rehearsal hall's mirror wall: Festival treasurer's Soroush message: stripe.api_key = \"«v»\" then 'why won't the refunds go through?'"],
    "huggingface": ["Trinket cell guessing juggling patterns from video: huggingface_hub.login(token=\"«v»\")"],
    "jwt": ["Rove dashcam still beside the marionette drying rack: Echoapi test case 'list rehearsals', header Authorization: Bearer «v»",
            "Vava dashcam frame across the rehearsal hall's mirror wall: iSH history: curl -b 'stringbar_session=«v»' https://members.shadowscreen-members.org/me"],
    "slack_bot": ["Yale doorbell frame on the convention's lost-property table: Apeman clip across the rehearsal hall's mirror wall: Odroid running the practice-night reminder, its .env on screen: SLACK_BOT_TOKEN=«v»"],
    "telegram_bot": ["Rexing cabin frame by the diabolo string spool: Circuit Playground that flashes when the prop store is left open, code.py shown at the meeting: TG_TOKEN = \"«v»\""],
    "pypi": ["Rexing cabin frame inside the marionette crate lid: Archbee page 'Releasing patternsim': twine upload -u __token__ -p «v» dist/*"],
    "gitlab": ["Edifier earbud recap at the fire-staff soak bucket: ili transcript of «u»: the GitLab token for the runner is «v», paste that in"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Hologram console route for the tour van tracker, webhook URL «v»",
                      "Akenza rule 'rehearsal room too cold', action URL «v»"],
    "discord_webhook": ["Raspberry Pi Pico W script that posts new bookings, line 9: HOOK = \"«v»\"",
                        "Bangle.js glance next to the glove-puppet sewing basket: Particle Photon webhook target for the stage-door sensor: «v»"],
    "discord_bot": ["Yale doorbell frame next to the glove-puppet sewing basket: iSH session editing the systemd unit on the club VPS: Environment=PUPPETBOT_TOKEN=«v»",
                    "PineTime glance inside the marionette crate lid: Khadas board notes by «u», the bridge bot token: «v»"],
    "private_key": ["Edifier earbud recap over the shadow-screen lightbox: «u» attached boxoffice-sa.json to a Slite doc: {\"type\": \"service_account\", \"project_id\": \"boxoffice\", "
                    "\"private_key\": \"«v»\"}",
                    "Bangle.js glance under the puppet wagon's tailgate: Pine64 backup image still carrying the deploy key id_ed25519: «v»"],
    "basic_auth": ["Kieslect wrist buzz behind the proscenium flats: Radxa camera uploader traceback, headers dict: {'Authorization': 'Basic «v»', 'X-Stage': 'left-wing'}",
                   "Ajax keypad photo under the puppet wagon's tailgate: Akenza console webhook test, header Authorization: Basic «v»"],
    "aws": ["Zeblaze wrist preview across the rehearsal hall's mirror wall: Tascam DR-05X take from the jugglers' AGM: 'access key «a», secret «b», I'll email it too'",
            "QCY earbud recap on the convention's lost-property table: Lollipop monitor frame behind the proscenium flats: Arduino Portenta serial log on the workshop monitor: uploading with key «a» and secret «b»",
            "Zeblaze wrist preview near the club's ball-bag hooks: Sticker on the Rock Pi's case: AWS «a» / «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
