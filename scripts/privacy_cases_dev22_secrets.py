"""Keys and tokens for the dev22 privacy set (``privacy_cases_dev22.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: fish and
nushell configs, .env files in Codespaces and Replit, PaaS and CI consoles, notebooks, meeting
captions and earbuds' transcripts, chats, table rows, photos of screens, request headers, URLs and
SDK calls. ``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its
secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, discord_bot, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://login.hivewatch.app", "https://auth.brackenridge-vets.io", "https://id.saltmarsh.coop"]
BASIC_USERS = ["linkdingsaver", "navidromefan", "mealiemenus", "vikunjatasks", "immichviewer", "audiobookshelfkid"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_HIVEWATCH", "github_classic": "GITHUB_PAT_APIARYLOG", "anthropic": "ANTHROPIC_KEY_SWARMDESK",
         "google_api": "GMAPS_KEY_BEEYARDS", "stripe_secret": "STRIPE_LIVE_HONEYSHOP", "jwt": "MEALIE_SESSION_JWT", "huggingface": "HF_TOKEN_BEESOUND",
         "slack_bot": "SLACK_BOT_BEEGUILD", "github_fine_grained": "GITHUB_FG_PAT_ROTA", "openrouter": "OPENROUTER_KEY_HOMEWORK",
         "groq": "GROQ_KEY_CAPTIONS", "gitlab": "GITLAB_TOKEN_NASSYNC", "npm": "NPM_PUBLISH_HIVEKIT", "pypi": "PYPI_TOKEN_VARROACOUNT",
         "telegram_bot": "TELEGRAM_BOT_HIVESCALE", "discord_bot": "DISCORD_TOKEN_SAILCLUB", "digitalocean": "DO_TOKEN_HIVECAM",
         "shopify": "SHOPIFY_TOKEN_HONEYJARS", "notion": "NOTION_KEY_CHILDCARE", "linear": "LINEAR_KEY_LOFTREBUILD",
         "google_oauth": "GOOGLE_CLIENT_SECRET_SCANS", "replicate": "REPLICATE_KEY_BEEPHOTOS"}

SPOTS = [  # where any key is seen, under its variable's name
    "~/.config/fish/config.fish: set -gx «n» «v»",
    "nushell env.nu in the screen share: $env.«n» = \"«v»\"",
    "Glasses snapshot of the projector at the meetup, text: «n»=«v»",
    "Telegram · «u»: the key for the hive dashboard, «v», production, careful",
    "Logseq page 'secrets to rotate' · «n» · «v»",
    "$ railway variables set --service hive-dashboard \"«n»=«v»\"  # typed during the livestream",
    "Live Caption, video call: …the variable is «n», value «v», and then restart the worker…",
    "| Env var | Secret |\n| «n» | «v» |",
    "Kaggle notebook cell, printed by mistake: «n» = «v»",
    "$ printf '%s' \"«v»\" | npx vercel env add «n» preview hive-scale",
    "cmd.exe history: set «n»=«v»",
    "Discord DM · «u»: you left «n» in the stream, «v», revoke it",
    "Bear note 'homelab' · «n» «v»",
    "$ heroku config:set «n»=«v» -a hive-scale",
    "Infisical › hivewatch › prod › «n» = «v»",
    "Kotlin run config in IntelliJ shared over the call, env field reads «n»=«v»",
    "Email to «u», subject 'key for the workshop': «n» = «v»",
    "Codespaces .env shown in the screen recording: «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Replit project for the bee-sound classifier, main.py: client = OpenAI(api_key=\"«v»\")",
               "LibreChat › Settings › OpenAI key entered: «v»"],
    "anthropic": ["Glasses photo of a friend's laptop at the hackathon table, Anthropic console key visible: «v»"],
    "github_classic": ["$ git clone https://«u»:«v»@github.com/«u»/apiary-log.git  # from the old README",
                       "Forgejo › New migration › GitHub access token: «v»"],
    "google_api": ["Bee-yard map page, DevTools Sources: const map = new google.maps.Map(el, { key: \"«v»\" })"],
    "stripe_secret": ["$ curl -sG https://api.stripe.com/v1/payouts -u «v»: -d limit=3  # honey shop payouts"],
    "huggingface": ["$ HF_HUB_TOKEN=«v» hf upload beesound ./model --repo-type model"],
    "jwt": ["Hive dashboard API, request pasted in the bug tracker: GET /api/frames with header Authorization: Bearer «v»", "Firefox network tab, request headers copied: Cookie: hw_sess=«v»"],
    "slack_bot": ["n8n credential 'Slack bee guild' › Access Token «v»"],
    "telegram_bot": ["Hive scale ESP32 sketch in the Arduino IDE: #define BOT_TOKEN \"«v»\""],
    "pypi": ["~/.pypirc pasted in a chat about varroacount: password = «v»"],
    "gitlab": ["Woodpecker secret for the NAS sync pipeline, typed into the form: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Uptime Kuma › Notifications › Slack for the bee guild › Webhook URL «v»",
                      "hive-temp.py alert: requests.post(\"«v»\", json={\"text\": \"brood box below 30C\"})"],
    "discord_webhook": ["Grafana contact point for the sailing club's Discord: «v»",
                        "Photo of the laptop at the honey show, OCR: WEBHOOK=«v»"],
    "discord_bot": ["Railway › sail-club-bot › Variables › TOKEN «v»", "sail-club-bot/main.py shared on a forum: bot.run(\"«v»\")"],
    "private_key": ["gcloud key file sent by «u» over Telegram: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Live Caption: «u» read the deploy key aloud… the transcript kept it as «v»"],
    "basic_auth": ["Mealie behind the proxy, the Android app's custom header: Authorization: Basic «v»",
                   "Caddyfile shown on the stream: header_up Authorization \"Basic «v»\""],
    "aws": ["Photo of the whiteboard in the garage: AWS id «a» / secret «b»",
            "aws configure on the old laptop, captured by the screen reader: AWS Access Key ID [None]: «a» AWS Secret Access Key [None]: «b»",
            "Telegram to my sister about the photo backups: key «a», secret «b», delete after reading"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
