"""Keys and tokens for the dev29 privacy set (``privacy_cases_dev29.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: a Kestra
flow, Trigger.dev's and Sevalla's env panels, a Yaak workspace, Komodo, Easypanel, Sliplane, Unraid,
TrueNAS and CasaOS app settings, a GoLand run configuration, an RStudio .Renviron, a Termux, a
MobaXterm and a Konsole pane, a Gradio app, an Anytype page, a Bee Pioneer's transcripts, Brilliant
Labs Frame glasses, Delta Chat and Jami messages, a copied workbook row, photos of screens, request
headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an
AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://sso.hogshead-cooperage.net", "https://auth.yealm-thatchers.org", "https://id.croze-cellars.coop"]
BASIC_USERS = ["mealierecipekeeper", "grocypantrycounter", "linkdingbookmarker", "readeckarchivist", "kimaitimesheeter", "tandoorcook"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_CASKLEDGER", "github_classic": "GITHUB_PAT_STAVEGAUGE", "anthropic": "ANTHROPIC_KEY_THATCHQUOTER",
         "google_api": "GMAPS_KEY_CELLARDOOR", "stripe_secret": "STRIPE_LIVE_CIDERSHOP", "jwt": "HOGSHEAD_SESSION_JWT", "huggingface": "HF_TOKEN_REEDGRADER",
         "slack_bot": "SLACK_BOT_COOPERAGE", "github_fine_grained": "GITHUB_FG_PAT_BUNGSYNC", "openrouter": "OPENROUTER_KEY_CHIMELINE",
         "groq": "GROQ_KEY_PRESSDAYROTA", "gitlab": "GITLAB_TOKEN_CROZETOOLS", "npm": "NPM_PUBLISH_CASKCALC", "pypi": "PYPI_TOKEN_BARRELGEOM",
         "telegram_bot": "TELEGRAM_BOT_CELLARTEMP", "discord_bot": "DISCORD_TOKEN_THATCHYARD", "digitalocean": "DO_TOKEN_ROOFPHOTOS",
         "shopify": "SHOPIFY_TOKEN_FIRKINSHOP", "notion": "NOTION_KEY_APPRENTICEBOOK", "linear": "LINEAR_KEY_REROOFORDERS",
         "google_oauth": "GOOGLE_CLIENT_SECRET_LAUNDRETTECAM", "replicate": "REPLICATE_KEY_STRAWPATTERNS"}

SPOTS = [  # where any key is seen, under its variable's name
    "Kestra flow in the cask-ledger repo, its variables block: «n»: \"«v»\"",
    "Trigger.dev project env vars, screenshot pasted in Zulip: «n» «v»",
    "Yaak workspace environment committed with the requests: «n» = «v»",
    "Komodo stack environment box, photographed from across the desk: «n»=«v»",
    "Easypanel service env tab copied into the bug report: «n»=«v»",
    "Frame glasses captured the index card propped on the cellar monitor: «n» «v»",
    "Delta Chat message from «u»: the cooperage bot key is «v», that's the live one, keep it to yourself",
    "Bee Pioneer transcript of the onboarding call: …right, «n» is «v», shall I read it again…",
    "Sevalla app variables in the screen recording: «n» = «v»",
    "Unraid Docker template, the variable row photographed: «n» → «v»",
    "Row copied from the 'cellar tools' workbook: «n» | «v» | renew in March",
    "GoLand run configuration, environment variables field: «n»=«v»",
    "Termux session in the phone's screen recording: «n»=«v» node cask.js",
    "TrueNAS app form, the env section caught on the Even G1: «n»: «v»",
    "CasaOS app settings exported by «u»: env «n» value «v»",
    "Jami message to «u», 'keys for the thatch quoter': «n» → «v»",
    "RStudio project's .Renviron attached to the support mail: «n»=«v»",
    "MobaXterm tab left open during the call: set «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["cask_digest.py on the meeting-room TV: from openai import OpenAI; gpt = OpenAI(api_key=\"«v»\", max_retries=3)",
               "Anytype page 'cellar bot setup', the secret pasted under the heading: «v»"],
    "anthropic": ["Gradio app for the thatch quoter, app.py in the paste: client = anthropic.Anthropic(api_key=\"«v»\")"],
    "github_classic": ["$ git fetch https://«u»:«v»@github.com/«u»/cellar-probe.git main:probe-main",
                       "Sliplane › Git provider, the personal access token box, caught on camera: «v»"],
    "google_api": ["Directions widget on the cellar-door page, its script tag: src=\"https://maps.googleapis.com/maps/api/js?key=«v»&libraries=places&callback=initCellar\""],
    "stripe_secret": ["Cider-shop checkout function in a gist: const stripeClient = stripe('«v»', { apiVersion: '2024-06-20' });"],
    "huggingface": ["$ HF_TOKEN=«v» python tools/grade_reed.py --model vit-base-reed"],
    "jwt": ["Cellar ticket, steps to reproduce: curl -sS https://hogshead.lan/api/casks/due --oauth2-bearer «v» | jq .",
            "Edge DevTools, Application tab, cookie value copied: hogshead_sid=«v»"],
    "slack_bot": ["Yaak request 'post press-day reminder', Auth tab, bearer token «v»"],
    "telegram_bot": ["Tasmota Berry script on the cellar sensor: var tg_token = \"«v»\""],
    "pypi": ["Release step on the projector: flit publish with FLIT_PASSWORD=«v»"],
    "gitlab": ["Kestra task calling GitLab: headers: PRIVATE-TOKEN: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["cellar_watch.py, sent over Delta Chat for review: httpx.post(\"«v»\", json={\"text\": alarm})",
                      "Statping-ng notifier settings, photographed on the cooperage TV: webhook «v»"],
    "discord_webhook": ["Reolink app, 'push events to URL' field: «v»",
                        "Laundrette washer-alert script on a pastebin: notify_url = '«v»'"],
    "discord_bot": ["Easypanel › thatchyard-bot › Environment › DISCORD_TOKEN «v»", "thatch_bot's systemd unit in the paste: ExecStart=/usr/bin/python3 bot.py --token «v»"],
    "private_key": ["gcp-cellar.json that «u» dropped into the Jami group: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "PocketBook note, «u» copied the cooperage server's deploy key onto the page: «v»"],
    "basic_auth": ["Shelly script for the cellar fan, its fetch header: Authorization: Basic «v»",
                   "Pomerium route policy shared in Zulip: set_request_headers: Authorization: Basic «v»"],
    "aws": ["Cooperage office whiteboard snapshot, the backup corner: access key «a» with «b» written underneath in blue",
            "Bee Pioneer caught me reading out the roof-photos backup credentials: AKIA one is «a», the secret «b»",
            "Delta Chat to my sister about the cellar backups: key «a», secret «b», rotate it after the audit"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
