"""Keys and tokens for the dev24 privacy set (``privacy_cases_dev24.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: nushell and
fish configs, a justfile, a .env.local file, Railway's, Vercel's and Koyeb's command lines, Deepnote
and Hex notebooks, a kitchen tablet, chats, a copied spreadsheet row, photos of screens, request
headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the value
(``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, discord_bot, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.quirebrook.app", "https://id.tympanrow-press.net", "https://sso.marblewick.coop"]
BASIC_USERS = ["mealiebinder", "kitchenowlshelf", "linkacebookmarks", "hoarderclips", "mazaneteller", "actualbudgeter"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_PROOFREAD", "github_classic": "GITHUB_PAT_TYPECASE", "anthropic": "ANTHROPIC_KEY_COLOPHON",
         "google_api": "GMAPS_KEY_BOOKFAIR", "stripe_secret": "STRIPE_LIVE_ZINESHOP", "jwt": "FOLIO_SESSION_JWT", "huggingface": "HF_TOKEN_GLYPHSCAN",
         "slack_bot": "SLACK_BOT_BINDERY", "github_fine_grained": "GITHUB_FG_PAT_PRESSROTA", "openrouter": "OPENROUTER_KEY_ERRATA",
         "groq": "GROQ_KEY_MARGINALIA", "gitlab": "GITLAB_TOKEN_QUIRESYNC", "npm": "NPM_PUBLISH_KERNKIT", "pypi": "PYPI_TOKEN_IMPOSITION",
         "telegram_bot": "TELEGRAM_BOT_PRESSALERT", "discord_bot": "DISCORD_TOKEN_ZINECLUB", "digitalocean": "DO_TOKEN_SCANSHELF",
         "shopify": "SHOPIFY_TOKEN_ZINESHOP", "notion": "NOTION_KEY_ORTHOBRACES", "linear": "LINEAR_KEY_LOFTSTAIRS",
         "google_oauth": "GOOGLE_CLIENT_SECRET_SCANBOX", "replicate": "REPLICATE_KEY_WOODCUTS"}

SPOTS = [  # where any key is seen, under its variable's name
    "nushell env.nu in the pairing call: $env.«n» = \"«v»\"",
    "~/.config/fish/conf.d/keys.fish on the projector: set -gx «n» «v»",
    "Smart glasses caught the lightning-talk slide at the zine fair: «n»=«v»",
    "LINE · «u»: the key for the proof-reading bot is «v», the live one, don't post it",
    "Logseq page 'to rotate' · «n» · «v»",
    "$ railway variables --set «n»=«v»  # typed with the stream still running",
    "Kitchen tablet, dictated by my son while coding: set «n» to «v» and restart",
    "Spreadsheet tab 'bindery services', row copied: «n» → «v» (expires never)",
    "Deepnote cell printed os.environ into the shared report: «n»: «v»",
    "$ printf %s «v» | vercel env add «n» preview  # the zine shop",
    "cmd.exe history on the studio PC: set «n»=«v»",
    "Matrix DM · «u»: «n» leaked in the bindery room, «v», revoke please",
    "Bear note 'studio server' · «n» «v»",
    "$ koyeb secrets create «n» --value «v»",
    "justfile committed last night: export «n» := \"«v»\"",
    ".env.local attached to the support ticket: «n»=«v»",
    "Mail to «u», subject 'keys for the bookfair kiosk': «n» = «v»",
    "Hex notebook's shared app showed its environment panel: «n» → «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Deepnote notebook for the glyph classifier: import openai; openai.api_key = \"«v»\"",
               "Msty desktop app › Remote models › OpenAI, the key field pasted: «v»"],
    "anthropic": ["Smart glasses looked at a stranger's laptop in the library, the Claude console showing a fresh key: «v»"],
    "github_classic": ["$ git clone https://«u»:«v»@github.com/«u»/typecase-inventory.git  # from the README",
                       "Gitea's migrate-from-GitHub form, the access token field filled: «v»"],
    "google_api": ["Book-fair stall finder, page source in the screen recording: <script src=\"https://maps.googleapis.com/maps/api/js?key=«v»&libraries=places\"></script>"],
    "stripe_secret": ["$ curl -s https://api.stripe.com/v1/payouts -u «v»: | jq '.data[0].amount'  # zine-shop payouts"],
    "huggingface": ["$ HUGGING_FACE_HUB_TOKEN=«v» python push_glyph_model.py"],
    "jwt": ["Folio API request pasted into the forum: curl -H 'Authorization: Bearer «v»' https://folio.lan/api/shelves",
            "Firefox storage inspector, cookie copied for the bug: folio_sid=«v»"],
    "slack_bot": ["n8n Slack credential for the bindery workspace › Access Token «v»"],
    "telegram_bot": ["Press-alert sketch for the ESP32: #define TG_TOKEN \"«v»\""],
    "pypi": ["Photo of the imposition release notes, the pasted twine line under them: twine upload -u __token__ -p «v» dist/*"],
    "gitlab": ["Woodpecker secret for the quire sync, typed in the repo settings: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["The platen monitor's notify script, pasted into LINE: SLACK_URL=«v» # posts to #pressroom",
                      "press_alert.sh: curl -X POST -d '{\"text\":\"platen jammed\"}' «v»"],
    "discord_webhook": ["changedetection.io notification URL for the zine club's Discord: «v»",
                        "Photo of the monitor at the book fair, OCR'd: ZINE_HOOK=«v»"],
    "discord_bot": ["Koyeb › zine-bot › Secrets › DISCORD_TOKEN «v»", "zine-bot/main.py pasted in a help thread: bot.run('«v»')"],
    "private_key": ["GCP key JSON «u» dropped in the LINE group: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Kitchen tablet note, «u» pasted the server key there by mistake: «v»"],
    "basic_auth": ["iOS Shortcut 'add recipe' exported as text, Get Contents of URL with header Authorization = Basic «v»",
                   "Caddyfile snippet in the screen share: header_up Authorization \"Basic «v»\""],
    "aws": ["Photo of the index card under the keyboard: access key «a» / secret «b»",
            "The screen reader spoke the bindery laptop's credentials file aloud: aws_access_key_id = «a», aws_secret_access_key = «b»",
            "LINE to my sister about the bindery's S3 backups: key id «a», secret «b», delete after"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
