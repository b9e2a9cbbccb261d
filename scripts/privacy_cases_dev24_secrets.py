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

import random
from collections.abc import Callable

from privacy_cases_dev19_secrets import (ALNUM, B32, HEXLOW, LETTERS, WORDY, aws_secret_key, basic, discord_bot, openai_key, openssh_key,
                                         pick, pkcs8_in_json, session_jwt)

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.quirebrook.app", "https://id.tympanrow-press.net", "https://sso.marblewick.coop"]
BASIC_USERS = ["mealiebinder", "kitchenowlshelf", "linkacebookmarks", "hoarderclips", "mazaneteller", "actualbudgeter"]
UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

KEYS: dict[str, tuple[int, Callable[[random.Random], str]]] = {  # format: (how many, how one is made)
    "openai": (15, openai_key),
    "github_classic": (9, lambda r: "ghp_" + pick(r, 36)),
    "anthropic": (8, lambda r: "sk-ant-api03-" + pick(r, 93, WORDY) + "AA"),
    "aws": (5, lambda r: "AKIA" + pick(r, 16, B32)),
    "google_api": (5, lambda r: "AIzaSy" + pick(r, 33, WORDY)),
    "stripe_secret": (4, lambda r: r.choice(["sk", "sk", "rk"]) + "_live_" + (pick(r, 99) if r.random() < 0.7 else pick(r, 24))),
    "jwt": (4, lambda r: session_jwt(r, ISSUERS)),
    "huggingface": (3, lambda r: "hf_" + pick(r, 34, LETTERS)),
    "slack_bot": (3, lambda r: f"xoxb-{r.randint(10**9, 10**12)}-{r.randint(10**11, 10**13 - 1)}-{pick(r, 24)}"),
    "github_fine_grained": (2, lambda r: f"github_pat_11{pick(r, 20, UPPER_DIGITS)}_{pick(r, 59)}"),
    "openrouter": (2, lambda r: "sk-or-v1-" + pick(r, 64, HEXLOW)),
    "groq": (2, lambda r: "gsk_" + pick(r, 52)),
    "gitlab": (2, lambda r: "glpat-" + pick(r, 20, WORDY)),
    "npm": (2, lambda r: "npm_" + pick(r, 36)),
    "pypi": (2, lambda r: "pypi-AgEIcHlwaS5vcmc" + pick(r, r.randint(120, 160), WORDY)),
    "telegram_bot": (2, lambda r: f"{r.randint(10**8, 10**10 - 1)}:AA{pick(r, 33, WORDY)}"),
    "slack_webhook": (2, lambda r: f"https://hooks.slack.com/services/T{pick(r, 8, UPPER_DIGITS)}/B{pick(r, 10, UPPER_DIGITS)}/{pick(r, 24)}"),
    "discord_webhook": (2, lambda r: f"https://discord.com/api/webhooks/{r.randint(10**18, 2 * 10**18)}/{pick(r, 68, WORDY)}"),
    "discord_bot": (2, discord_bot),
    "private_key": (2, openssh_key),
    "basic_auth": (2, lambda r: basic(r, BASIC_USERS)),
    "digitalocean": (1, lambda r: "dop_v1_" + pick(r, 64, HEXLOW)),
    "shopify": (1, lambda r: "shpat_" + pick(r, 32, HEXLOW)),
    "notion": (1, lambda r: "ntn_" + pick(r, 11, "0123456789") + pick(r, 35)),
    "linear": (1, lambda r: "lin_api_" + pick(r, 40)),
    "google_oauth": (1, lambda r: "GOCSPX-" + pick(r, 28, WORDY)),
    "replicate": (1, lambda r: "r8_" + pick(r, 37, ALNUM)),
}

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
