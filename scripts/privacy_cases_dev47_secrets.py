"""Keys and tokens for the dev47 privacy set (``privacy_cases_dev47.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
in the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and
Basic credentials with this set's own issuers and users, and the places a sensor reads them: Codio,
Cloud9 and Codenvy workspaces, paste.mozilla, paste.centos, bin.disroot, paste.opensuse,
paste.ubuntu, nekobin, spacebin, paste.sr.ht and ctxt.io pastes, Soupault, Lume, Harp, Bludit, Grav,
Kirby, Statamic, Jigsaw, Sculpin and Wintersmith pages, an Olimex board, a FiPy, an Ai-Thinker
module, a Nabto console, a Kenwood recording, a Transcend transcript, a tag tied to a fistball
rope bag, request headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the value
(``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.fishprint-circle.app", "https://id.fistball-fixtures.net", "https://login.gyotaku-printers.org"]
BASIC_USERS = ["inkroller", "fistcaptain", "ricepaperdesk", "ropeline", "mackerelprint", "courtwarden"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_INKHELPER", "github_classic": "GITHUB_PAT_FISTLEAGUE", "anthropic": "ANTHROPIC_KEY_PRINTCRITIC",
         "google_api": "GMAPS_KEY_HARBOURMAP", "stripe_secret": "STRIPE_LIVE_PRINTSHOP", "jwt": "GYOTAKU_SESSION_JWT",
         "huggingface": "HF_TOKEN_SCALEPATTERN", "slack_bot": "SLACK_BOT_PRINTNIGHT", "github_fine_grained": "GITHUB_FG_PAT_FAUSTBALL",
         "openrouter": "OPENROUTER_KEY_SUMITIPS", "groq": "GROQ_KEY_LINECALL", "gitlab": "GITLAB_TOKEN_FISTCLUB",
         "npm": "NPM_PUBLISH_INKKIT", "pypi": "PYPI_TOKEN_TIDECURVE", "telegram_bot": "TELEGRAM_BOT_ROPELINE",
         "discord_bot": "DISCORD_TOKEN_FISTSQUAD", "digitalocean": "DO_TOKEN_PRINTSHED", "shopify": "SHOPIFY_TOKEN_RICEPAPER",
         "notion": "NOTION_KEY_HARBOURDAYS", "linear": "LINEAR_KEY_COURTREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_GYOTAKUGUILD",
         "replicate": "REPLICATE_KEY_FINPREVIEW"}

SPOTS = [
    "Smudged with sumi ink, the circle's shared laptop still had a Codio box open, its environment panel showing «n»=«v»",
    "Pasted to paste.mozilla by a volunteer who wanted help with a failing upload script: export «n»=\"«v»\"",
    "The league's fixture site is built with Soupault; a config snippet in the repo history reads «n» = \"«v»\"",
    "Transcend transcript, committee call, minute 41: «u» reads the line aloud so someone can copy it, «n» equals «v»",
    "A Lume site for the exhibition ships its build variables to the browser by accident: window.«n» = '«v»'",
    "Left in a Cloud9 terminal when the fish-print catalogue build fell over: «n»=«v» python build_catalogue.py",
    "bin.disroot paste titled 'help pls, deploy broken', posted by «u»: «n»: «v»",
    "The Grav theme's user/config/site.yaml, opened on the projector during the club AGM, had «n»: «v» under custom",
    "Kenwood recording, car, school run: and the key for the print-shop bot is, hang on, «v», that's «n» in the env",
    "paste.opensuse entry from the week before the tournament: «n»='«v»' # TODO move to vault",
    "Statamic's .env on the circle's web host, printed and left in the tray by mistake: «n»=«v»",
    "Photo of the whiteboard after the hack night: «n» → «v», with a smiley face drawn next to it",
    "Codenvy workspace shared with «u» for the fixtures project; its run command starts with «n»=«v»",
    "In a Kirby blueprint committed by the junior webmaster: «n»: «v» (remove before launch)",
    "A paste.ubuntu link dropped into the club chat at 2 a.m.: \"why does this 401\" followed by «n»=«v»",
    "Sculpin's app/config/sculpin_site.yml on the old gallery site still lists «n»: \"«v»\"",
    "nekobin paste forwarded by «u» with the subject 'harbour map not loading': const «n» = \"«v»\";",
    "Harp project for the exhibition catalogue, _harp.json, globals block: \"«n»\": \"«v»\"",
    "spacebin paste from the printing-night Q&A bot repo: «n» = os.getenv(\"«n»\", \"«v»\")",
    "Bludit plugin settings screenshot sent to the group for help: «n» | «v»",
    "Olimex board on the drying rack logs humidity to the cloud; its firmware header was posted by «u» with #define «n» \"«v»\"",
    "Wintersmith config.json for the fistball newsletter: \"«n»\": \"«v»\"",
    "ctxt.io note shared with the print circle's volunteers: «n» is «v», do not post this anywhere",
    "paste.sr.ht snippet from «u»'s dotfiles: set -gx «n» «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # formats also seen in places of their own
    "openai": ["Jigsaw site build log from the gallery's deploy: Authorization: Bearer «v» (model: caption helper)",
               "Voice memo, walking to the harbour: the assistant key for captioning the prints is «v», paste it into settings later"],
    "anthropic": ["The print critic bot run by «u» failed at start-up; its crash output quoted x-api-key: «v»"],
    "github_classic": ["git remote -v on the club laptop, typed by «u»: origin https://«u»:«v»@github.com/fistball-league/fixtures.git",
                       "Sticky note on the monitor in the club office: GitHub token «v», expires after the season"],
    "google_api": ["Our volunteer webmaster asked why strangers were running up the quota on the rock-pool locator, and sure enough, view-source on the print circle's homepage exposes the loader https://maps.googleapis.com/maps/api/js?key=«v»&callback=initTides for anyone curious enough to look"],
    "stripe_secret": ["Print-shop checkout server, line 9: stripe.api_key = \"«v»\""],
    "huggingface": ["Cell 3 of the scale-pattern notebook: login(token=\"«v»\")"],
    "jwt": ["Chrome devtools on the league portal, Network tab, request headers: Authorization: Bearer «v»",
            "Cookie copied from the print-circle members' page: session=«v»; Path=/; HttpOnly"],
    "slack_bot": ["Print-night reminder bot, settings.py: SLACK_TOKEN = '«v»'"],
    "telegram_bot": ["The fixtures bot posts scores with curl https://api.telegram.org/bot«v»/sendMessage from the scorer's laptop"],
    "pypi": ["~/.pypirc on the tide-curve package maintainer's machine: password = «v»"],
    "gitlab": ["Runner registration pasted by «u» into the club wiki: --registration-token «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["The Nabto console's drying-room alarm posts to «v» whenever the paper store gets above sixty percent humidity",
                      "A script on the fistball scorer's tablet sends every final result to «v»"],
    "discord_webhook": ["Two members built a tide alert on an Ai-Thinker module; the sketch's line 22 reads String hook = \"«v»\";",
                        "The FiPy on the harbour wall pings the circle's server at low tide, target webhook «v»"],
    "discord_bot": ["The club's old mini PC under the scorer's table runs the squad bot with DISCORD_TOKEN=«v» in its service file",
                    "Written in pencil on the last page of the umpire's notebook by «u»: bot token «v»"],
    "private_key": ["«u» posted the gallery's backup service account file to paste.centos to ask why uploads failed: {\"type\": \"service_account\", \"private_key\": \"«v»\"}",
                    "\"private_key\": \"«v»\" — still sitting in a .json on the USB stick labelled 'prints 2021'"],
    "basic_auth": ["Mercusys router log from the club house shows the scoreboard sending Authorization: Basic «v» every minute",
                   "A member debugging the print-shop webhook copied the header into the chat: Authorization: Basic «v»"],
    "aws": ["Transcend recording, treasurer's kitchen: she reads out the backup settings, AWS_ACCESS_KEY_ID=«a», AWS_SECRET_ACCESS_KEY=«b»",
            "The photo uploader for finished prints has a credentials file: aws_access_key_id = «a» / aws_secret_access_key = «b»",
            "The Olimex logger in the rope store ships its files with key id «a» and secret «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
