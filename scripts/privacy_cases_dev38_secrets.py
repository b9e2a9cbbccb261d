"""Keys and tokens for the dev38 privacy set (``privacy_cases_dev38.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
in the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and
Basic credentials with this set's own issuers and users, and the places a sensor reads them:
Pragtical, TextPad and LyX windows, Cathode, Fluent Terminal, Mosh and Kermit sessions, Jovian,
Starboard, Wolfram Cloud, MATLAB Live Script and SAS Studio notebooks, Tettra, Nuclino, Dozuki and
DidiWiki pages, an Adafruit Feather, an Arduino Nano 33, an STM32 Nucleo, a Pimoroni badge, a
NanoPi, a Milk-V Duo, a Sipeed board, a Tinker Board, a UDOO and an Onion Omega, ioBroker, Tuya,
Favoriot and Anedya consoles, Apifox requests, Retroshare and Ricochet messages, a Moleskine Smart
page, a Synco recording, a Muama transcript, a swing tag on the kiln, request headers, URLs and SDK
calls. ``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its
secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.versal-ledger.app", "https://id.kilnslot-booking.net", "https://login.inkswap-members.org"]
BASIC_USERS = ["quillfeed", "kilnlogger", "foilcutter", "nibsorter", "glazierdesk", "gildingrota"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_GLYPHCRITIC", "github_classic": "GITHUB_PAT_KILNLOGS", "anthropic": "ANTHROPIC_KEY_SCRIBETUTOR",
         "google_api": "GMAPS_KEY_CHAPELWINDOWS", "stripe_secret": "STRIPE_LIVE_RETREATFEES", "jwt": "INKSWAP_SESSION_JWT",
         "huggingface": "HF_TOKEN_STROKEORDER", "slack_bot": "SLACK_BOT_FOILNIGHT", "github_fine_grained": "GITHUB_FG_PAT_LEADLIGHTS",
         "openrouter": "OPENROUTER_KEY_NIBADVICE", "groq": "GROQ_KEY_GRISAILLETEST", "gitlab": "GITLAB_TOKEN_CARTOONS",
         "npm": "NPM_PUBLISH_VERSALKIT", "pypi": "PYPI_TOKEN_KILNCURVE", "telegram_bot": "TELEGRAM_BOT_INKSWAP",
         "discord_bot": "DISCORD_TOKEN_GLAZIERBOT", "digitalocean": "DO_TOKEN_SCRIPTORIUM", "shopify": "SHOPIFY_TOKEN_SUNCATCHERS",
         "notion": "NOTION_KEY_FIRINGROTA", "linear": "LINEAR_KEY_WINDOWREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_INKSWAP",
         "replicate": "REPLICATE_KEY_GLYPHSTYLES"}

SPOTS = [  # where any key is seen, under its variable's name
    "Pragtical window behind the copperplate slideshow at the society dinner, line 9: «n»=«v»",
    "TextPad file glimpsed on the projector during the glass guild's online meeting: «n»: «v»",
    "LyX document of the exhibition catalogue, an ERT box someone forgot to delete: «n» «v»",
    "Cathode terminal on the secretary's iMac, photographed for the newsletter: export «n»=«v»",
    "Fluent Terminal tab in the screen recording of the kiln logger setup: $ echo $«n» prints «v»",
    "Mosh session to the studio server, shown in a Retroshare chat screenshot: «n»=«v» ./sync.sh",
    "Kermit script for the old gallery modem box, opened at the committee: define «n» «v»",
    "«u» streamed a Jovian notebook on italic spacing; cell 3 still held «n» = '«v»'",
    "Starboard notebook shared as 'stroke order demo', first cell: const «n» = \"«v»\"",
    "Wolfram Cloud notebook on the lettering tutor's laptop: SetEnvironment[\"«n»\" -> \"«v»\"]",
    "MATLAB Live Script for the kiln temperature curves, section 1: setenv('«n»', '«v»')",
    "SAS Studio program from the guild census: %let «n» = «v»;",
    "Tettra page 'Website admin' edited by «u»: «n» → «v»",
    "Nuclino item 'Shop integrations', bullet three: «n»: «v»",
    "DidiWiki page 'Kiln bot', preformatted block: «n»=«v»",
    "Scanned from a gouache-smudged index card in the nib tin: Synco recording of the committee: «u» reads off the screen, '«n» is «v»', then groans that it's taped",
    "Moleskine Smart page photographed crookedly but readable: «n» «v» (keep private!)",
    "Caught by the camera on a gouache-smudged index card in the nib tin: Swing tag tied to the kiln lid for the open day, on the back in marker: «n» «v»",
    "Muama transcript of «u» on the phone with the web volunteer: the key, «n», is «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Copied out of a Wacom Bamboo Folio sheet under the came stretcher: glyph_critic.py on the Tinker Board beside the light box, top of file: client = OpenAI(api_key=\"«v»\")",
               "Photographed off the grisaille bench's light box: Apifox saved request 'grade my flourishes', Authorization header: Bearer «v»"],
    "anthropic": ["Quoted from the Lenovo Smart Frame between two rose-window photos: Ricochet message from «u» with a curl line: -H 'x-api-key: «v»' https://api.anthropic.com/v1/messages"],
    "github_classic": ["Dozuki guide 'Backing up the guild site' says clone https://«u»:«v»@github.com/«u»/glassguild-site.git",
                       "Arduino Nano 33 sketch that posts kiln temperatures: client.println(\"Authorization: token «v»\");"],
    "google_api": ["Apifox request for the church-windows tour route, query string ending &mode=walking&key=«v»"],
    "stripe_secret": ["Copied out of the glass guild's BAND page: Retreat treasurer's Retroshare message: stripe.api_key = \"«v»\" then 'why does every refund fail?'"],
    "huggingface": ["Jovian cell classifying brush strokes: huggingface_hub.login(token=\"«v»\")"],
    "jwt": ["Apifox test case 'list firings', header Authorization: Bearer «v»",
            "Fluent Terminal history: curl -b 'inkswap_session=«v»' https://members.inkswap-members.org/me"],
    "slack_bot": ["NanoPi running the foil-night reminder, its .env on screen: SLACK_BOT_TOKEN=«v»"],
    "telegram_bot": ["Adafruit Feather that warns when the kiln room overheats, code.py shown at the meeting: TG_TOKEN = \"«v»\""],
    "pypi": ["Quoted from the exhibition hanging crew's Nekogram group: Nuclino page 'Releasing kilncurve': twine upload -u __token__ -p «v» dist/*"],
    "gitlab": ["Saved from the calligraphy society's Hubzilla wall: Muama transcript of «u»: the GitLab token for the runner is «v», paste it in"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["ioBroker notification adapter for the kiln thermocouple, webhook URL «v»",
                      "Favoriot rule 'glass store humidity high', action URL «v»"],
    "discord_webhook": ["Milk-V Duo script that posts finished panels, line 7: HOOK = \"«v»\"",
                        "Anedya alert target for the studio door sensor: «v»"],
    "discord_bot": ["Copied out of a Wacom Bamboo Folio sheet under the came stretcher: Mosh session editing the systemd unit on the guild VPS: Environment=GLAZIERBOT_TOKEN=«v»",
                    "Noticed on the gilding cupboard door: UDOO board project notes by «u», the bridge bot token: «v»"],
    "private_key": ["Caught by the camera on the exhibition hanging crew's Nekogram group: «u» attached scriptorium-sa.json to a Tettra page: {\"type\": \"service_account\", \"project_id\": \"scriptorium\", "
                    "\"private_key\": \"«v»\"}",
                    "Onion Omega backup image still holding the deploy key id_ed25519: «v»"],
    "basic_auth": ["Read out from a Wacom Bamboo Folio sheet under the came stretcher: Sipeed camera uploader traceback, headers dict: {'Authorization': 'Basic «v»', 'X-Studio': 'kiln-1'}",
                   "Tuya cloud console webhook test, header Authorization: Basic «v»"],
    "aws": ["Saved from the Mibro watch during copper-foil night: Synco clip from the scribes' AGM: 'access key «a», secret «b», I'll email it as well'",
            "STM32 Nucleo serial log on the workshop screen: uploading with key «a» and secret «b»",
            "Label on the Pimoroni badge's case: AWS «a» / «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
