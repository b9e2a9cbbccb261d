"""Keys and tokens for the dev18 privacy set (``privacy_cases_dev18.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: shell profiles and one-off commands,
PaaS, CI and secret-manager consoles, editors and notebooks, chats, mails and photos of screens
posted in them, notes apps, container dashboards, request headers, URLs and SDK calls. ``«n»`` is
the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a
user name.
"""

from __future__ import annotations

import random
from functools import partial

import privacy_key_makers
from privacy_key_makers import aws_secret_key  # noqa: F401 - the builder's maker of an AWS key's secret

ISSUERS = ["https://login.tidepool-notes.app", "https://accounts.brambleway.io", "https://id.gingerhive.dev"]  # who issues this set's session JWTs
ROLES = ["member", "member", "owner"]  # their roles
BASIC_USERS = ["docspell", "fireflyiii", "wikijs", "tubearchivist", "bookstack", "lubelogger"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="sub")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (12, 24))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1214)
KEYS = privacy_key_makers.keys(_session_jwt, _basic)  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_SECRET_PROJ", "github_classic": "GH_CLASSIC_TOKEN_CI", "anthropic": "ANTHROPIC_KEY_PERSONAL",
         "google_api": "PLACES_API_KEY_WEB", "stripe_secret": "STRIPE_PROD_RESTRICTED", "jwt": "AUTH_SESSION_JWT", "huggingface": "HF_INFERENCE_SECRET",
         "slack_bot": "SLACK_NOTIFIER_XOXB", "github_fine_grained": "GH_FINE_PAT_SYNC", "openrouter": "OPENROUTER_API_SECRET",
         "groq": "GROQ_KEY_DEV", "gitlab": "GITLAB_DEPLOY_PAT", "npm": "NPM_REGISTRY_SECRET", "pypi": "PYPI_RELEASE_SECRET",
         "telegram_bot": "TELEGRAM_HOMEBOT_KEY", "discord_bot": "DISCORD_BOT_AUTH", "digitalocean": "DIGITALOCEAN_PAT",
         "shopify": "SHOPIFY_APP_ACCESS", "notion": "NOTION_SECRET_KEY", "linear": "LINEAR_API_SECRET",
         "google_oauth": "GCP_OAUTH_CLIENT_SECRET", "replicate": "REPLICATE_TOKEN_PROD"}

SPOTS = [  # where any key is seen, under its variable's name
    "Terminal · ~/.config/fish/config.fish · set -gx «n» «v»",
    "$ railway variables --set «n»=«v» --service worker",
    "Photo of a laptop screen posted in #it-help (OCR): «n»=«v» and it still says unauthorized",
    "WhatsApp · «u»: here's the prod one from 1Password, «v», don't commit it",
    "Bear note 'rotated keys' · «n» → «v»",
    "Zed — .envrc — export «n»=«v»",
    "$ infisical secrets set «n»=«v» --env=prod",
    "GitHub Actions log (unmasked by mistake): Run «n»=«v» ./scripts/sync.sh",
    "Vercel › Project › Settings › Environment Variables › «n» = «v»",
    "Coolify › Application › Secrets › «n»: «v»",
    "PyCharm › Run/Debug › Environment variables: PYTHONUNBUFFERED=1;«n»=«v»",
    "Discord DM · «u»: please rotate «n» today, the old value «v» is in a public gist",
    "Logseq journal · «n» :: «v»",
    "$ echo «n»=«v» | tee -a secrets.env",
    "Dockge › Stack › .env › «n»=«v»",
    "Nova — appsettings.Development.json — \"«n»\": \"«v»\"",
    "Gmail to «u», subject 'keys for Monday': «n» = «v»",
    "Whiteboard photo after the hackathon (OCR): «n» «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Jupyter cell output after %env: OPENAI_API_KEY=«v» (whoops, screen shared)",
               "Raycast › AI extension › custom provider key pasted: «v»"],
    "anthropic": ["Cursor › Settings › Models › Anthropic API key field (screenshot): «v»"],
    "github_classic": ["Sourcetree › Preferences › Accounts › GitHub › personal access token «v» (user «u»)",
                       "Renovate bot config (renovate.json5, local run): token: '«v»' for «u»"],
    "google_api": ["Wedding website builder › Custom embed › Map widget API key: «v» (billing on Dad's card)"],
    "stripe_secret": ["$ stripe customers list --api-key «v» --limit 3"],
    "huggingface": ["train_lora.py: snapshot_download(repo_id=\"meta-llama/Llama-3.2-1B\", token=\"«v»\")"],
    "jwt": ["Postman › Collection 'Budget API' › Authorization › Bearer Token «v»", "Safari Web Inspector › Storage › Cookies › session = «v»"],
    "slack_bot": ["n8n › Credentials › Slack API › Access Token «v» › saved"],
    "telegram_bot": ["Home Assistant configuration.yaml (telegram_bot platform: polling) api_key: «v»"],
    "pypi": ["GitHub › repo settings › Actions secrets › new value for the PyPI upload of «u»: «v»"],
    "gitlab": ["glab auth status (pasted into chat by «u»): ✓ Token: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Grafana › Alerting › Contact points › Slack incoming webhook «v»",
                      "backup_done.sh: curl -X POST -d '{\"text\":\"restic ok\"}' «v»"],
    "discord_webhook": ["Watchtower env: WATCHTOWER_NOTIFICATION_URL=discord via «v»",
                        "GitHub repo › Settings › Webhooks › Payload URL «v»/github"],
    "discord_bot": ["Fly.io › Secrets › DISCORD_BOT_AUTH «v»", "discord.py quickstart, last line edited: bot.run(\"«v»\")"],
    "private_key": ["firebase-adminsdk.json (pasted in a Teams chat by «u»): {\"private_key_id\": \"k1\", \"private_key\": \"«v»\"",
                    "WhatsApp · «u»: the deploy key for the VPS, keep it to yourself «v»"],
    "basic_auth": ["$ wget --header='Authorization: Basic «v»' http://nas.lan:8080/api/backup/latest",
                   "Traefik dashboard › Middlewares › headers › Authorization: Basic «v»"],
    "aws": ["Post-it under the keyboard (photo): AWS key «a» secret «b»",
            "S3 Browser › Accounts › Access Key ID «a» Secret Access Key «b»",
            "WhatsApp to my brother: Glacier creds for the family archive, id «a» secret «b», wipe after"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
